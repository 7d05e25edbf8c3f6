"""The two tables the tabular formats share: one row a statement, one row an entity.

The CSV/TSV and Parquet writers render the same rows; list-valued cells (speakers, aliases,
roles) are tuples here and each writer decides how to store them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from khabar import Article
from khabar_formats.naming import article_key, speakers_of

__all__ = ["ENTITY_COLUMNS", "STATEMENT_COLUMNS", "Cell", "Row", "entity_rows", "statement_rows"]

Cell = str | int | bool | tuple[str, ...] | None
Row = Mapping[str, Cell]

STATEMENT_COLUMNS: Final[Mapping[str, str]] = {
    "article_id": "str",
    "statement_id": "str",
    "story": "int",
    "kind": "str",
    "anonymous": "bool",
    "speaker_ids": "list",
    "speaker_names": "list",
    "speaker_types": "list",
    "speaker_text": "str",
    "speaker_start": "int",
    "speaker_end": "int",
    "cue": "str",
    "cue_lemma": "str",
    "cue_start": "int",
    "cue_end": "int",
    "content": "str",
    "content_start": "int",
    "content_end": "int",
}
"""The ``statements`` table: column name to cell type (``str``, ``int``, ``bool`` or ``list``)."""

ENTITY_COLUMNS: Final[Mapping[str, str]] = {
    "article_id": "str",
    "entity_id": "str",
    "type": "str",
    "name": "str",
    "aliases": "list",
    "roles": "list",
    "mention_count": "int",
    "first_start": "int",
    "first_end": "int",
}
"""The ``entities`` table: column name to cell type."""


def statement_rows(articles: Sequence[Article]) -> list[Row]:
    """One row per statement of every article, in article then statement order.

    Offsets are code points into the article's text; a missing cue or speaker span leaves its
    cells empty (``None``).
    """
    rows: list[Row] = []
    for position, article in enumerate(articles):
        key = article_key(article, position)
        for statement in article.statements:
            speakers = speakers_of(article, statement)
            cue, speaker_span = statement.cue, statement.speaker_span
            rows.append(
                {
                    "article_id": key,
                    "statement_id": statement.id,
                    "story": statement.story,
                    "kind": statement.kind,
                    "anonymous": statement.anonymous,
                    "speaker_ids": tuple(entity.id for entity in speakers),
                    "speaker_names": tuple(entity.name for entity in speakers),
                    "speaker_types": tuple(entity.type for entity in speakers),
                    "speaker_text": speaker_span.text if speaker_span else None,
                    "speaker_start": speaker_span.start if speaker_span else None,
                    "speaker_end": speaker_span.end if speaker_span else None,
                    "cue": cue.span.text if cue else None,
                    "cue_lemma": cue.lemma if cue else None,
                    "cue_start": cue.span.start if cue else None,
                    "cue_end": cue.span.end if cue else None,
                    "content": statement.content.text,
                    "content_start": statement.content.start,
                    "content_end": statement.content.end,
                }
            )
    return rows


def entity_rows(articles: Sequence[Article]) -> list[Row]:
    """One row per entity of every article; ``first_*`` is its earliest mention's span."""
    rows: list[Row] = []
    for position, article in enumerate(articles):
        key = article_key(article, position)
        for entity in article.entities:
            first = min(entity.mentions, key=lambda m: m.span.start, default=None)
            rows.append(
                {
                    "article_id": key,
                    "entity_id": entity.id,
                    "type": entity.type,
                    "name": entity.name,
                    "aliases": entity.aliases,
                    "roles": entity.roles,
                    "mention_count": len(entity.mentions),
                    "first_start": first.span.start if first else None,
                    "first_end": first.span.end if first else None,
                }
            )
    return rows
