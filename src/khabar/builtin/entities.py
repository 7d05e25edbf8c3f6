"""The built-in entity recogniser: packaged lexicons, clitic-aware lookups, simple grouping.

Mentions are found by a token pass: at each word, the longest run of tokens whose keys (the
first token read with its proclitics stripped) form a lexicon entry of type PER, ORG or LOC.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from importlib import resources

from khabar.lexicon import Lexicon, LexiconEntry
from khabar.model import Article, Entity, Mention, Span
from khabar.plugins import hookimpl
from khabar.text import Token, stems, tokenize

__all__ = ["khabar_find_mentions", "khabar_lexicon_entries", "khabar_resolve_entities"]

_NAME_TYPES = ("PER", "ORG", "LOC")


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
                        form=row[0].strip(), category=row[1].strip(), canonical=canonical, source=path.name
                    )


@hookimpl
def khabar_lexicon_entries() -> Iterator[LexiconEntry]:
    """The packaged lexicons."""
    yield from packaged_entries()


def _match_at(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> tuple[int, int, LexiconEntry] | None:
    """The longest name starting at ``tokens[index]``: (prefix length, token count, entry)."""
    first = tokens[index]
    for length in range(min(lexicon.max_tokens, len(tokens) - index), 0, -1):
        rest = tuple(token.key for token in tokens[index + 1 : index + length])
        for stem in stems(first.key):
            for entry in lexicon.lookup((stem.key, *rest)):
                if entry.category in _NAME_TYPES:
                    return stem.prefix, length, entry
    return None


@hookimpl
def khabar_find_mentions(article: Article, lexicon: Lexicon) -> Iterator[Mention]:
    """Lexicon names in the headline, dateline and paragraphs."""
    text = article.text
    for block in article.blocks:
        if block.kind in ("boilerplate", "related"):
            continue
        tokens = [t for t in tokenize(block.span.text) if t.is_word]
        index = 0
        while index < len(tokens):
            found = _match_at(tokens, index, lexicon)
            if found is None:
                index += 1
                continue
            prefix, length, entry = found
            start = block.span.start + tokens[index].raw_offset(prefix)
            end = block.span.start + tokens[index + length - 1].end
            key = entry.canonical or entry.form
            yield Mention(span=Span.of(text, start, end), type=entry.category, key=key)
            index += length


@hookimpl(trylast=True)
def khabar_resolve_entities(article: Article, mentions: Sequence[Mention]) -> list[Entity]:
    """One entity per canonical name; the longest surface form names it."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.type, mention.key), []).append(mention)
    entities = []
    for number, ((kind, _key), group) in enumerate(groups.items(), 1):
        forms = list(dict.fromkeys(mention.span.text for mention in group))
        name = max(forms, key=len)
        entities.append(
            Entity(
                id=f"E{number}",
                type=kind,
                name=name,
                aliases=tuple(form for form in forms if form != name),
                mentions=tuple(group),
            )
        )
    return entities
