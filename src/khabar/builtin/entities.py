"""The built-in entity recogniser: the packaged lexicons and the hooks of :mod:`khabar.entities`."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from importlib import resources

from khabar.entities import find_mentions, resolve_entities
from khabar.lexicon import Lexicon, LexiconEntry
from khabar.model import Article, Entity, Mention
from khabar.plugins import hookimpl

__all__ = ["khabar_find_mentions", "khabar_lexicon_entries", "khabar_resolve_entities"]


def packaged_entries() -> Iterator[LexiconEntry]:
    """The entries of every ``*.tsv`` under ``khabar/data`` (``form<TAB>category[<TAB>canonical]``,
    ``#`` comments)."""
    for path in sorted(resources.files("khabar.data").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".tsv"):
            continue
        with path.open(encoding="utf-8") as handle:
            rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
            for row in rows:
                if len(row) >= 2 and row[0].strip():
                    canonical = row[2].strip() if len(row) > 2 and row[2].strip() else None
                    yield LexiconEntry(
                        form=row[0].strip(),
                        category=row[1].strip(),
                        canonical=canonical,
                        source=path.name,
                    )


@hookimpl
def khabar_lexicon_entries() -> Iterator[LexiconEntry]:
    """The packaged lexicons."""
    yield from packaged_entries()


@hookimpl
def khabar_find_mentions(article: Article, lexicon: Lexicon) -> list[Mention]:
    """Names in the headline, dateline and paragraphs (see :mod:`khabar.entities`)."""
    return find_mentions(article, lexicon)


@hookimpl(trylast=True)
def khabar_resolve_entities(
    article: Article, mentions: Sequence[Mention], lexicon: Lexicon
) -> list[Entity]:
    """Coreference, names, aliases and roles (see :mod:`khabar.entities.coreference`)."""
    return resolve_entities(article, mentions, lexicon)
