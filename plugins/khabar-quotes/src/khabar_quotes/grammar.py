"""The grammar tables of the plugin, loaded once from the data files beside this module.

``cues.tsv`` says which particle each reporting verb governs; ``words.tsv`` lists the closed word
classes (adjunct prepositions, titles, organisation heads, anonymous-source nouns, nominal source
markers ...). Every word is stored under its matching key (:func:`khabar.text.match_key`).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import Final

import attrs

from khabar.text import match_key

__all__ = ["GRAMMAR", "Grammar", "VerbRule"]

_PARTICIPLE_STEMS: Final = {
    "أضاف": "مضيف", "أوضح": "موضح", "أشار": "مشير", "أكد": "مؤكد", "لفت": "لافت",
    "اعتبر": "معتبر", "بين": "مبين", "نوه": "منوه", "شدد": "مشدد", "أعرب": "معرب",
    "دعا": "داعي", "حذر": "محذر", "قال": "قائل", "تابع": "متابع", "أبدى": "مبدي",
    "أشاد": "مشيد", "أثنى": "مثني", "تطلع": "متطلع", "جدد": "مجدد", "طالب": "مطالب",
    "تمنى": "متمني", "أخبر": "مخبر", "رحب": "مرحب", "نبه": "منبه", "كشف": "كاشف",
    "أعلن": "معلن", "نفى": "نافي", "أبان": "مبين", "عبر": "معبر", "ثمن": "مثمن",
}  # fmt: skip
"""The active participle (اسم الفاعل) of each reporting verb, used as a حال continuation."""

_PARTICIPLE_ENDINGS: Final = ("ا", "", "ه", "ين", "ان", "تين", "تان")
"""Accusative singular (with or without the tanween alef), feminine, dual and plural endings."""


@attrs.frozen(kw_only=True)
class VerbRule:
    """What a reporting verb governs: its particles and whether a direct object reports too."""

    lemma: str
    particles: tuple[tuple[str, ...], ...]
    """Each particle as a tuple of token keys (``("التاكيد", "علي")``)."""
    takes_object: bool
    object_first: bool = False
    """The content is the object, before the particle (وصف X بأنه ...)."""


def _rows(name: str) -> Iterator[list[str]]:
    with resources.files("khabar_quotes.data").joinpath(name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.reader(lines, delimiter="\t")


def _core_org_heads() -> set[tuple[str, ...]]:
    """The organisation head nouns of the core lexicon (``khabar/data/heads.tsv``), with and
    without the article: the recogniser and the speaker grammar must agree on what heads an
    organisation (الجهاز المركزي للإحصاء is an organisation, not a person)."""
    heads: set[tuple[str, ...]] = set()
    data = resources.files("khabar.data").joinpath("heads.tsv")
    with data.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.reader(lines, delimiter="\t"):
            if len(row) > 1 and row[1] == "org-head":
                words = tuple(match_key(row[0]).split())
                heads.add(words)
                heads.add(("ال" + words[0], *words[1:]))
    return heads


def _feminine_titles(titles: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The feminine of each one-word title noun (مشرف → مشرفة، الخبير → الخبيرة): a woman's
    title takes the feminine ending ة, so the table need not list both genders."""
    return {
        (title + "ه",)
        for (title, *rest) in titles
        if not rest and len(title) > 2 and not title.endswith("ه") and not title.startswith("ب")
    }


@attrs.frozen(kw_only=True)
class Grammar:
    """Every table the statement grammar consults."""

    verbs: dict[str, VerbRule]
    classes: dict[str, frozenset[tuple[str, ...]]]
    participles: dict[str, tuple[str, bool]]
    """Participle form key -> (lemma, whether the form is accusative: tanween, dual or plural)."""
    verb_forms: dict[str, str]
    """Forms of the reporting verbs the core lexicon leaves out (``verb_forms.tsv``) -> lemma."""

    @classmethod
    def load(cls) -> Grammar:
        """Read the packaged tables."""
        verbs: dict[str, VerbRule] = {}
        for lemma, governs, takes_object in _rows("cues.tsv"):
            particles = tuple(
                tuple(match_key(word.replace("_", " ")).split()) if word != ":" else (":",)
                for word in governs.split()
            )
            key = match_key(lemma)
            verbs[key] = VerbRule(
                lemma=lemma,
                particles=particles,
                takes_object=takes_object in ("yes", "first"),
                object_first=takes_object == "first",
            )
        classes: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
        for word, word_class in _rows("words.tsv"):
            classes[word_class].add(tuple(match_key(word).split()))
        classes["title"] |= _feminine_titles(classes["title"])
        classes["org-head"] |= _core_org_heads() - classes["title"]  # الفريق is a rank
        forms: dict[str, str] = {}
        for form, lemma in _rows("verb_forms.tsv"):
            forms[match_key(form)] = match_key(lemma)
        participles: dict[str, tuple[str, bool]] = {}
        for lemma, stem in _PARTICIPLE_STEMS.items():
            for ending in _PARTICIPLE_ENDINGS:
                participles[match_key(stem + ending)] = (match_key(lemma), ending not in ("", "ه"))
        return cls(
            verbs=verbs,
            classes={name: frozenset(words) for name, words in classes.items()},
            participles=participles,
            verb_forms=forms,
        )

    def is_a(self, word_class: str, *keys: str) -> bool:
        """Whether the words *keys* form an entry of *word_class*."""
        return tuple(keys) in self.classes.get(word_class, frozenset())


GRAMMAR: Final = Grammar.load()
