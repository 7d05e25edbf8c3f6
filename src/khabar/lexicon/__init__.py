"""Lexicons: word lists of names, titles and nisbas, compiled once into token lookups.

A :class:`LexiconEntry` is one surface form with its category; plugins contribute entries
through :func:`~khabar.hookspecs.khabar_lexicon_entries` and the pipeline compiles every entry
into one :class:`Lexicon` per process. Lookups go by the matching key of
:func:`khabar.text.match_key`, so ``إيران`` and ``ايران`` find the same entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

import attrs

from khabar.text import match_key

__all__ = ["CATEGORIES", "Lexicon", "LexiconEntry"]

CATEGORIES = frozenset(
    {
        "PER",  # a full person's name
        "ORG",  # an organisation's name
        "LOC",  # a place: country, capital, city, region, governorate
        "given-name",  # an Arabic given name (علي، فاطمة)
        "name-particle",  # بن، أبو، آل، عبد ...
        "title",  # a title or role word (رئيس، وزير، الشيخ، الدكتور)
        "nisba",  # a relative adjective naming a place (الروسي -> روسيا)
        "org-head",  # the head noun of an organisation's name (وزارة، مجلس، منظمة)
        "place-head",  # a noun introducing a place name (مدينة، محافظة، منطقة)
        "reporting-verb",  # a form of a verb of saying (وقال، أكدت، مشيرا); canonical: the lemma
        "anonymous-source",  # a noun standing for an unnamed source (مصادر، مسؤول، شهود)
    }
)
"""The categories a :class:`LexiconEntry` may have."""


def _category(instance: object, attribute: object, value: str) -> None:
    if value not in CATEGORIES:
        raise ValueError(f"unknown lexicon category {value!r}; use one of {sorted(CATEGORIES)}")


@attrs.frozen(kw_only=True)
class LexiconEntry:
    """One surface form of a lexicon, e.g. ``LexiconEntry(form="الروسي", category="nisba",
    canonical="روسيا")``.

    ``canonical`` is the name the form stands for (a place for a nisba, the fullest spelling for
    a variant); ``None`` means the form itself.
    """

    form: str
    category: str = attrs.field(validator=_category)
    canonical: str | None = None
    source: str = ""
    """Where the entry comes from (a data file or a plugin), for auditing."""


@attrs.frozen
class Lexicon:
    """Every lexicon entry, indexed by the matching key of its form (a tuple of token keys)."""

    _index: Mapping[tuple[str, ...], tuple[LexiconEntry, ...]]
    max_tokens: int

    @classmethod
    def build(cls, entries: Iterable[LexiconEntry]) -> Lexicon:
        """Compile *entries* into a lookup table (do this once per process)."""
        index: defaultdict[tuple[str, ...], list[LexiconEntry]] = defaultdict(list)
        for entry in entries:
            key = tuple(match_key(entry.form).split())
            if key and entry not in index[key]:
                index[key].append(entry)
        longest = max((len(key) for key in index), default=0)
        return cls({key: tuple(found) for key, found in index.items()}, longest)

    def lookup(self, key: tuple[str, ...]) -> tuple[LexiconEntry, ...]:
        """The entries whose form has the token keys *key* (see :func:`khabar.text.match_key`)."""
        return self._index.get(key, ())

    def lookup_form(self, form: str) -> tuple[LexiconEntry, ...]:
        """The entries for the surface form *form*, however it is spelt."""
        return self.lookup(tuple(match_key(form).split()))

    def has(self, key: tuple[str, ...], category: str) -> bool:
        """Whether *key* has an entry of *category*."""
        return any(entry.category == category for entry in self.lookup(key))

    def keys_of(self, categories: Collection[str]) -> frozenset[tuple[str, ...]]:
        """The keys that have an entry of one of *categories* (to build derived indexes)."""
        return frozenset(
            key
            for key, found in self._index.items()
            if any(entry.category in categories for entry in found)
        )

    def __len__(self) -> int:
        return sum(len(found) for found in self._index.values())
