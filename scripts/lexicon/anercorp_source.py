"""Facts learned from the build part of ANERcorp: names with their tags and how often they occur.

Only the first :data:`BUILD_SENTENCES` sentences of ``train.txt`` are read; the rest of the file
is held back for measuring the recogniser and is never opened past that point. Each line holds
``token TAG`` (IOB2 over PERS, LOC, ORG, MISC); a blank line ends a sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import regex
from rows import clean

from khabar.text import match_key, stems

__all__ = ["BUILD_SENTENCES", "Anercorp", "Span", "is_arabic"]

BUILD_SENTENCES = 3200
"""Sentences 1..3200 build the lists; 3201..end are held back for measurement."""

_ARABIC_WORD = regex.compile(r"^\p{Arabic}{2,}$")
_PROCLITIC_LETTERS = frozenset("وفبلك")
_TYPES = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}


def is_arabic(word: str) -> bool:
    """Whether *word* is two Arabic letters or more and nothing else."""
    return bool(_ARABIC_WORD.match(word))


@attrs.frozen(kw_only=True)
class Span:
    """One tagged name: its type (PER, LOC, ORG) and its tokens (diacritics removed)."""

    type: str
    tokens: tuple[str, ...]


def _sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """The first :data:`BUILD_SENTENCES` sentences of *path*, as (token, tag) pairs."""
    count = 0
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                if sentence:
                    yield sentence
                    count += 1
                    sentence = []
                    if count >= BUILD_SENTENCES:
                        return
                continue
            token, _, tag = line.rstrip("\n").rpartition(" ")
            sentence.append((clean(token), tag))
    if sentence:
        yield sentence


def _spans(sentence: list[tuple[str, str]]) -> Iterator[Span]:
    index = 0
    while index < len(sentence):
        tag = sentence[index][1]
        if not tag.startswith("B-"):
            index += 1
            continue
        kind = tag[2:]
        end = index + 1
        while end < len(sentence) and sentence[end][1] == f"I-{kind}":
            end += 1
        if kind in _TYPES:
            yield Span(type=_TYPES[kind], tokens=tuple(t for t, _ in sentence[index:end]))
        index = end


@attrs.frozen
class Anercorp:
    """Statistics of the build part: tagged spans, and token and n-gram counts."""

    spans: tuple[Span, ...]
    ngrams: Mapping[tuple[str, ...], int]
    """How often each key sequence (up to 4 tokens) occurs, whatever its tags."""
    plain_tokens: Mapping[str, int]
    """How often each token form (diacritics removed, not folded) is tagged O."""
    person_tokens: Mapping[str, int]
    """How often each token form is part of a PERS name."""
    named_tokens: Mapping[str, int]
    """How often each token form is part of a name of any type."""

    @classmethod
    def read(cls, path: Path) -> Anercorp:
        """Read the build part of the ANERcorp training file at *path*."""
        spans: list[Span] = []
        ngrams: Counter[tuple[str, ...]] = Counter()
        plain: Counter[str] = Counter()
        person: Counter[str] = Counter()
        named: Counter[str] = Counter()
        for sentence in _sentences(path):
            spans.extend(_spans(sentence))
            keys = [match_key(token) for token, _ in sentence]
            for size in range(1, 5):
                for start in range(len(keys) - size + 1):
                    ngrams[tuple(keys[start : start + size])] += 1
            for token, tag in sentence:
                if tag == "O":
                    plain[token] += 1
                else:
                    named[token] += 1
                    if tag.endswith("PERS"):
                        person[token] += 1
        return cls(tuple(spans), ngrams, plain, person, named)

    def is_ordinary_word(self, form: str, *, names: bool) -> bool:
        """Whether the one-word *form* is mostly an ordinary word here: tagged O at least 3
        times, and part of a person's name (of any name, with *names*) in under a fifth of its
        uses (رئيس، حياة، كبير)."""
        plain = self.plain_tokens.get(form, 0)
        tagged = (self.named_tokens if names else self.person_tokens).get(form, 0)
        return plain >= 3 and tagged < 0.2 * (plain + tagged)

    def names(self, kind: str, known: Mapping[tuple[str, ...], str]) -> Counter[tuple[str, ...]]:
        """How often each name of type *kind* is tagged, by key, a leading proclitic removed when
        the rest is a name seen without it or one of *known* (a key -> surface map)."""
        surfaces = self.surfaces(kind)
        counts: Counter[tuple[str, ...]] = Counter()
        for span in self.spans:
            if span.type != kind or not all(is_arabic(token) for token in span.tokens):
                continue
            key = tuple(match_key(token) for token in span.tokens)
            counts[self.bare(key, {**surfaces, **known})] += 1
        return counts

    def surfaces(self, kind: str) -> dict[tuple[str, ...], str]:
        """The most frequent spelling of each tagged name of type *kind*, by key."""
        spellings: Counter[tuple[tuple[str, ...], str]] = Counter()
        for span in self.spans:
            if span.type == kind:
                key = tuple(match_key(token) for token in span.tokens)
                spellings[(key, " ".join(span.tokens))] += 1
        best: dict[tuple[str, ...], str] = {}
        for (key, surface), _count in spellings.most_common():
            best.setdefault(key, surface)
        return best

    @staticmethod
    def bare(key: tuple[str, ...], known: Mapping[tuple[str, ...], object]) -> tuple[str, ...]:
        """*key* with a leading proclitic (و ف ب ل ك) removed when the rest is in *known*."""
        for stem in stems(key[0]):
            removed = key[0][: stem.prefix]
            if not removed or any(letter not in _PROCLITIC_LETTERS for letter in removed):
                continue  # the bare word, or a reading without the article
            candidate = (stem.key, *key[1:])
            if candidate in known:
                return candidate
        return key

    def share_tagged(self, key: tuple[str, ...], count: int) -> float:
        """The share of the occurrences of *key* that carry the name tag (*count* of them)."""
        total = self.ngrams.get(key, 0)
        return 1.0 if total == 0 else min(1.0, count / total)
