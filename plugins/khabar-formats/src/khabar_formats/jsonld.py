"""JSON-LD: each article as a schema.org ``NewsArticle``.

The article carries its ``headline``, ``dateline`` (and ``locationCreated``, ``datePublished``
when the dateline names a place or a date), ``articleSection``, ``articleBody`` (the body
paragraphs joined by blank lines), its entities as ``mentions`` (``Person``, ``Organization``,
``Place``, or ``Thing`` for MISC, with ``alternateName`` and, for people, ``jobTitle``) and its
statements as ``Quotation`` parts (``hasPart``) with their ``text`` and ``creator``. Entities and
statements are blank nodes (``_:a1-E1``: article position, then id), so quotations point at
their speakers. Several articles at once are one document with an ``@graph``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from khabar import Article, Entity, Statement
from khabar_formats.naming import article_key

__all__ = ["SCHEMA_TYPES", "render_jsonld", "to_jsonld"]

CONTEXT: Final = "https://schema.org"

SCHEMA_TYPES: Final[Mapping[str, str]] = {
    "PER": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "MISC": "Thing",
}
"""The schema.org type of each entity type."""


def _node(position: int, ident: str) -> str:
    return f"_:a{position + 1}-{ident}"


def _entity(entity: Entity, position: int) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": SCHEMA_TYPES[entity.type],
        "@id": _node(position, entity.id),
        "identifier": entity.id,
        "name": entity.name,
    }
    if entity.aliases:
        node["alternateName"] = list(entity.aliases)
    if entity.roles and entity.type == "PER":
        node["jobTitle"] = list(entity.roles)
    return node


def _quotation(statement: Statement, position: int) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Quotation",
        "@id": _node(position, statement.id),
        "identifier": statement.id,
        "text": statement.content.text,
    }
    if statement.speakers:
        node["creator"] = [{"@id": _node(position, speaker)} for speaker in statement.speakers]
    return node


def to_jsonld(article: Article, position: int = 0) -> dict[str, Any]:
    """The ``NewsArticle`` node of *article* (without ``@context``)."""
    body_blocks = article.paragraphs
    body = "\n\n".join(block.span.text for block in body_blocks) if article.blocks else article.text
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "identifier": article_key(article, position),
        "inLanguage": "ar",
    }
    if article.headline is not None:
        node["headline"] = article.headline.text
    if article.section is not None:
        node["articleSection"] = article.section.text
    if article.dateline is not None:
        node["dateline"] = article.dateline.span.text
        if article.dateline.place:
            node["locationCreated"] = {"@type": "Place", "name": article.dateline.place}
        if article.dateline.date:
            node["datePublished"] = article.dateline.date.isoformat()
    node["articleBody"] = body
    if article.entities:
        node["mentions"] = [_entity(entity, position) for entity in article.entities]
    if article.statements:
        node["hasPart"] = [_quotation(statement, position) for statement in article.statements]
    return node


def render_jsonld(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """One ``NewsArticle`` document, or an ``@graph`` of them for several articles."""
    nodes = [to_jsonld(article, position) for position, article in enumerate(articles)]
    document = (
        {"@context": CONTEXT, **nodes[0]}
        if len(nodes) == 1
        else {
            "@context": CONTEXT,
            "@graph": nodes,
        }
    )
    return {".jsonld": (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")}
