"""Lookups derived from a :class:`~khabar.lexicon.Lexicon`, compiled once per lexicon.

The recogniser asks, at every word, whether a listed name or a title of several words starts
there; the prefixes of those entries answer it in one set lookup per word instead of one
lookup per possible length. The analyses of single words are memoised here as well.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Final, TypeVar

import attrs

from khabar.lexicon import Lexicon

__all__ = ["LexiconIndex", "lexicon_index"]

NAME_TYPES: Final = ("PER", "ORG", "LOC")
_T = TypeVar("_T")


def _prefixes(keys: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    return frozenset(key[:length] for key in keys for length in range(1, len(key) + 1))


@attrs.frozen
class LexiconIndex:
    """Prefix sets of the lexicon's names and titles, and a memo of word analyses."""

    name_prefixes: frozenset[tuple[str, ...]]
    title_prefixes: frozenset[tuple[str, ...]]
    _memo: dict[str, object] = attrs.field(factory=dict)

    @classmethod
    def build(cls, lexicon: Lexicon) -> LexiconIndex:
        """The index of *lexicon*."""
        return cls(
            _prefixes(lexicon.keys_of(NAME_TYPES)),
            _prefixes(frozenset(key for key in lexicon.keys_of(("title",)) if len(key) > 1)),
        )

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """The value memoised under *key*, computed once."""
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            value = self._memo[key] = compute()
            return value


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
