"""Proclitic analysis: the stems a word may have once و ف ب ل ك and the article ال come off.

Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال) joined to the next
word, in a fixed order: conjunction, then preposition, then article; ل + ال is written لل. A
lexicon lookup of ``وولايتي``, ``لروسيا`` or ``بالعراق`` must try ولايتي, روسيا and العراق, and the
mention's span must leave the clitic out. :func:`stems` lists the readings, the bare word first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import attrs

__all__ = ["Stem", "stems"]

_CONJUNCTIONS: Final = ("", "و", "ف")
_PREPOSITIONS: Final = ("", "ب", "ل", "ك")
_ARTICLE: Final = "ال"
_MIN_STEM: Final = 2
"""A stem shorter than this is never a name (guards against reading ول as و + ل)."""


@attrs.frozen
class Stem:
    """One reading of a word: ``prefix`` (its length in key characters) comes off, ``key`` stays.

    ``article`` tells whether the stem begins with the article ال (restored for لل readings:
    ``للتعاون`` reads as ل + ``التعاون``).
    """

    prefix: int
    key: str
    article: bool


def _proclitic_sequences() -> tuple[str, ...]:
    prefixes = {conj + prep for conj in _CONJUNCTIONS for prep in _PREPOSITIONS}
    return tuple(sorted(prefixes, key=lambda prefix: (len(prefix), prefix)))


_PREFIXES: Final = _proclitic_sequences()


@lru_cache(maxsize=65536)
def stems(key: str) -> tuple[Stem, ...]:
    """Every reading of the normalised word *key*: the bare word first, then shorter stems.

    A stem shorter than two letters, or the bare article, is never produced (the bare word is
    always the first reading, however short). ``لل`` is read both as ل + ال (``للتعاون``:
    التعاون) and, for nouns that begin with ل, as ل + ال with the doubled ل written once
    (``للجنة``: اللجنة).

    >>> [stem.key for stem in stems("وبالعراق")]
    ['وبالعراق', 'بالعراق', 'العراق', 'عراق']
    >>> [stem.key for stem in stems("للتعاون")]
    ['للتعاون', 'التعاون', 'اللتعاون', 'لتعاون', 'تعاون']
    """
    if not key:
        return ()
    readings: list[Stem] = [Stem(0, key, key.startswith(_ARTICLE))]
    seen: set[str] = {key}

    def add(prefix: int, stem: str, article: bool) -> None:
        if len(stem) >= _MIN_STEM and stem != _ARTICLE and stem not in seen:
            seen.add(stem)
            readings.append(Stem(prefix, stem, article))

    for prefix in _PREFIXES:
        if not key.startswith(prefix):
            continue
        rest = key[len(prefix) :]
        if prefix.endswith("ل") and rest.startswith("ل") and len(rest) > _MIN_STEM:
            # ل + ال is written لل, its alef dropped: للتعاون is ل + التعاون, the stem's span
            # starting at the second ل; before a noun that itself begins with ل the article's ل
            # merges with it: للجنة is ل + اللجنة.
            add(len(prefix), "ا" + rest, True)
            add(len(prefix), _ARTICLE + rest, True)
            add(len(prefix) + 1, rest[1:], False)
        add(len(prefix), rest, rest.startswith(_ARTICLE))
        if rest.startswith(_ARTICLE):
            add(len(prefix) + len(_ARTICLE), rest[len(_ARTICLE) :], False)
    readings.sort(key=lambda stem: (stem.prefix, not stem.article))
    return tuple(readings)
