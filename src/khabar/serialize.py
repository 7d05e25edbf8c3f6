"""The JSON contract ``khabar.article/1``: articles to JSON-able dicts and back.

The shape is fixed and versioned (``docs/reference/json.md``, ``khabar/schema/``): fields may be
added, never renamed or removed without a new version. Serialisation lives here, outside the
model, so the model stays free of format concerns.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

from khabar.errors import ModelError, SchemaError
from khabar.model import (
    Article,
    Block,
    Cue,
    Dateline,
    Entity,
    Mention,
    Span,
    Statement,
    Story,
    Teaser,
)

__all__ = ["SCHEMA", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

SCHEMA: Final = "khabar.article/1"
"""The version tag every document carries in its ``schema`` field."""


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _optional_span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else _span(span)


def _dateline(dateline: Dateline | None) -> dict[str, Any] | None:
    if dateline is None:
        return None
    return {
        **_span(dateline.span),
        "place": dateline.place,
        "agency": dateline.agency,
        "date": dateline.date.isoformat() if dateline.date else None,
    }


def to_dict(article: Article) -> dict[str, Any]:
    """The article as a JSON-able dict following ``khabar.article/1``."""
    return {
        "schema": SCHEMA,
        "id": article.id,
        "source": article.source,
        "text": article.text,
        "section": _optional_span(article.section),
        "headline": _optional_span(article.headline),
        "dateline": _dateline(article.dateline),
        "blocks": [{"kind": block.kind, **_span(block.span)} for block in article.blocks],
        "stories": [
            {"headline": _optional_span(story.headline), "blocks": list(story.blocks)}
            for story in article.stories
        ],
        "related": [
            {
                "headline": _span(teaser.headline),
                "dateline": _dateline(teaser.dateline),
                "blocks": list(teaser.blocks),
            }
            for teaser in article.related
        ],
        "entities": [
            {
                "id": entity.id,
                "type": entity.type,
                "name": entity.name,
                "aliases": list(entity.aliases),
                "roles": list(entity.roles),
                "mentions": [
                    {**_span(mention.span), "type": mention.type, "key": mention.key}
                    for mention in entity.mentions
                ],
            }
            for entity in article.entities
        ],
        "statements": [
            {
                "id": statement.id,
                "speakers": list(statement.speakers),
                "anonymous": statement.anonymous,
                "cue": None
                if statement.cue is None
                else {**_span(statement.cue.span), "lemma": statement.cue.lemma},
                "kind": statement.kind,
                "content": _span(statement.content),
                "story": statement.story,
                "speaker_span": _optional_span(statement.speaker_span),
            }
            for statement in article.statements
        ],
    }


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON string (UTF-8 text, Arabic unescaped)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def _read_span(data: Mapping[str, Any] | None) -> Span | None:
    if data is None:
        return None
    return Span(start=data["start"], end=data["end"], text=data["text"])


def _need_span(data: Mapping[str, Any]) -> Span:
    return Span(start=data["start"], end=data["end"], text=data["text"])


def _read_dateline(data: Mapping[str, Any] | None) -> Dateline | None:
    if data is None:
        return None
    date = data.get("date")
    return Dateline(
        span=_need_span(data),
        place=data.get("place"),
        agency=data.get("agency"),
        date=datetime.date.fromisoformat(date) if date else None,
    )


def from_dict(data: Mapping[str, Any]) -> Article:
    """Restore an :class:`~khabar.Article` from :func:`to_dict`'s output.

    :raises SchemaError: the document is not ``khabar.article/1`` or breaks an invariant.
    """
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, Mapping) else type(data).__name__
        raise SchemaError(f"not a {SCHEMA} document (schema: {found!r})")
    try:
        return Article(
            text=data["text"],
            id=data.get("id"),
            source=data.get("source"),
            section=_read_span(data.get("section")),
            headline=_read_span(data.get("headline")),
            dateline=_read_dateline(data.get("dateline")),
            blocks=tuple(Block(kind=b["kind"], span=_need_span(b)) for b in data.get("blocks", ())),
            stories=tuple(
                Story(headline=_read_span(s.get("headline")), blocks=tuple(s.get("blocks", ())))
                for s in data.get("stories", ())
            ),
            related=tuple(
                Teaser(
                    headline=_need_span(t["headline"]),
                    dateline=_read_dateline(t.get("dateline")),
                    blocks=tuple(t.get("blocks", ())),
                )
                for t in data.get("related", ())
            ),
            entities=tuple(
                Entity(
                    id=e["id"],
                    type=e["type"],
                    name=e["name"],
                    aliases=tuple(e.get("aliases", ())),
                    roles=tuple(e.get("roles", ())),
                    mentions=tuple(
                        Mention(
                            span=_need_span(m), type=m.get("type", e["type"]), key=m.get("key", "")
                        )
                        for m in e.get("mentions", ())
                    ),
                )
                for e in data.get("entities", ())
            ),
            statements=tuple(
                Statement(
                    id=s["id"],
                    speakers=tuple(s.get("speakers", ())),
                    anonymous=bool(s.get("anonymous", False)),
                    cue=None
                    if s.get("cue") is None
                    else Cue(span=_need_span(s["cue"]), lemma=s["cue"].get("lemma", "")),
                    kind=s["kind"],
                    content=_need_span(s["content"]),
                    story=s.get("story", 0),
                    speaker_span=_read_span(s.get("speaker_span")),
                )
                for s in data.get("statements", ())
            ),
        )
    except (AttributeError, KeyError, TypeError, ModelError, ValueError) as error:
        raise SchemaError(f"invalid {SCHEMA} document: {type(error).__name__}: {error}") from error


def from_json(document: str | bytes) -> Article:
    """Restore an :class:`~khabar.Article` from :func:`to_json`'s output.

    :raises SchemaError: the text is not JSON or not a ``khabar.article/1`` document.
    """
    try:
        data = json.loads(document)
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError
        raise SchemaError(f"not JSON: {error}") from error
    return from_dict(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``khabar.article/1``."""
    text = (
        resources.files("khabar.schema").joinpath("khabar.article-1.schema.json").read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
