"""Lookups derived from a :class:`~khabar.lexicon.Lexicon`, compiled once per lexicon.

The recogniser asks, at every word, whether a listed name or a title of several words starts
there; the prefixes of those entries answer it in one set lookup per word instead of one
lookup per possible length. The analyses of single words are memoised here as well.
"""

from __future__ import annotations

import weakref
from typing import Any, Final

import attrs

from khabar.lexicon import Lexicon

__all__ = ["LexiconIndex", "lexicon_index"]

NAME_TYPES: Final = ("PER", "ORG", "LOC")


def _prefixes(keys: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    return frozenset(key[:length] for key in keys for length in range(1, len(key) + 1))


@attrs.frozen
class LexiconIndex:
    """Prefix sets of the lexicon's names and titles, and the analyses of the words read so far."""

    name_prefixes: frozenset[tuple[str, ...]]
    title_prefixes: frozenset[tuple[str, ...]]
    analyses: dict[str | tuple[str, bool], Any] = attrs.field(factory=dict)
    """Word readings by spelling (with ``True`` when a leading و or ف comes off), filled by
    :func:`~khabar.entities.words.read_words`."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> LexiconIndex:
        """The index of *lexicon*."""
        return cls(
            _prefixes(lexicon.keys_of(NAME_TYPES)),
            _prefixes(frozenset(key for key in lexicon.keys_of(("title",)) if len(key) > 1)),
        )


_INDEXES: dict[int, tuple[weakref.ref[Lexicon], LexiconIndex]] = {}


def lexicon_index(lexicon: Lexicon) -> LexiconIndex:
    """The index of *lexicon*, built on first use and kept as long as the lexicon lives."""
    found = _INDEXES.get(id(lexicon))
    if found is not None and found[0]() is lexicon:
        return found[1]
    index = LexiconIndex.build(lexicon)
    key = id(lexicon)
    _INDEXES[key] = (weakref.ref(lexicon, lambda _ref: _INDEXES.pop(key, None)), index)
    return index
