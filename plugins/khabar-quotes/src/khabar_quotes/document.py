"""The article as the statement grammar reads it: tokens, sentences, quotes, entity mentions."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from khabar import Article, Entity, Mention
from khabar.text import Token, tokenize
from khabar_quotes.grammar import GRAMMAR
from khabar_quotes.quotes import Quote, pair_quotes

__all__ = ["Document", "Sentence"]

_SENTENCE_ENDS: Final = frozenset({".", "!", "?", "\u061f", "\u061b"})
_BEYOND: Final = 1 << 62
"""Greater than every offset (a bisect key that sorts after any interval starting at one)."""


def _merged(intervals: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The union of half-open *intervals*, as disjoint intervals in ascending order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


@attrs.frozen(kw_only=True)
class Sentence:
    """Tokens ``[first, last)`` of one sentence of block ``block``."""

    block: int
    first: int
    last: int


@attrs.frozen(kw_only=True)
class Document:
    """Tokens of the whole article, its paragraphs' sentences, quotes and mentions."""

    article: Article
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[tuple[Mention, Entity], ...]
    known_names: frozenset[str] = frozenset()
    """Matching keys of one-word names the article uses alone as a subject (وأكد ولايتي أن)."""
    family_names: Mapping[str, int] = attrs.field(factory=dict)
    """Matching keys of definite name words written after a first name (منى الخوري), each with
    the index of its first such first name: the family names of the article's people."""
    named: frozenset[int] = frozenset()
    """Start offsets of the person mentions that open with a given name of the lexicon (محمد
    العلي): names, not a noun and its genitive, even where an object may follow."""
    starts: tuple[int, ...] = ()
    """Each token's start offset (ascending), for binary searches."""
    ends: tuple[int, ...] = ()
    """Each token's end offset (ascending)."""
    quoted: tuple[tuple[int, int], ...] = ()
    """The insides of the properly closed quotes, merged where they overlap, in text order."""

    @classmethod
    def read(cls, article: Article) -> Document:
        """Tokenise *article* and find its quotes and sentences."""
        text = article.text
        tokens = tokenize(text)
        paragraphs = [block.span for block in article.blocks]
        quotes = pair_quotes(text, [(span.start, span.end) for span in paragraphs])
        mentions = tuple(
            (mention, entity) for entity in article.entities for mention in entity.mentions
        )
        document = cls(
            article=article,
            tokens=tokens,
            quotes=quotes,
            sentences=(),
            mentions=mentions,
            starts=tuple([token.start for token in tokens]),
            ends=tuple([token.end for token in tokens]),
            quoted=_merged(
                (quote.inner_start, quote.inner_end) for quote in quotes if not quote.repaired
            ),
        )
        return attrs.evolve(document, sentences=document._split())

    def _split(self) -> tuple[Sentence, ...]:
        sentences: list[Sentence] = []
        text = self.article.text
        starts = self.starts
        for index, block in enumerate(self.article.blocks):
            first = bisect.bisect_left(starts, block.span.start)
            end = bisect.bisect_left(starts, block.span.end)
            current = first
            for position in range(first, end):
                token = self.tokens[position]
                if token.text not in _SENTENCE_ENDS or self.inside_quote(token.start):
                    continue
                before = text[token.start - 1 : token.start]
                after = text[token.end : token.end + 1]
                if before.isdigit() and after.isdigit():
                    continue
                if token.text == "." and self._abbreviates(position):
                    continue
                if position + 1 > current:
                    sentences.append(Sentence(block=index, first=current, last=position + 1))
                current = position + 1
            if end > current:
                sentences.append(Sentence(block=index, first=current, last=end))
        return tuple(sentences)

    def _abbreviates(self, position: int) -> bool:
        """Whether the full stop at ``tokens[position]`` closes a one-letter abbreviation of a
        title (م. for مهندس، د. for دكتور، أ. for أستاذ), as the Saudi press writes them before a
        name; after a number the letter is a date's era (2015 م.) and may end the sentence."""
        if position < 1 or position + 1 >= len(self.tokens):
            return False
        letter = self.tokens[position - 1]
        if (
            not GRAMMAR.is_a("title-abbreviation", letter.key)
            or letter.end != self.tokens[position].start
        ):
            return False
        previous = self.tokens[position - 2] if position >= 2 else None
        following = self.tokens[position + 1]
        return following.is_word and (previous is None or not previous.key[-1:].isdigit())

    def inside_quote(self, offset: int) -> bool:
        """Whether *offset* lies between the marks of a properly closed quote."""
        quoted = self.quoted
        at = bisect.bisect_right(quoted, (offset, _BEYOND)) - 1
        return at >= 0 and offset < quoted[at][1]

    def quote_opening_at(self, offset: int) -> Quote | None:
        """The quote whose opening mark is at *offset*."""
        return next((quote for quote in self.quotes if quote.open == offset), None)

    def mention_at(self, token: Token) -> tuple[Mention, Entity] | None:
        """The recognised mention that starts inside *token*."""
        for mention, entity in self.mentions:
            if token.start <= mention.span.start < token.end:
                return mention, entity
        return None

    def mention_covering(self, token: Token) -> tuple[Mention, Entity] | None:
        """The recognised mention that covers the start of *token*."""
        for mention, entity in self.mentions:
            if mention.span.start <= token.start < mention.span.end or (
                token.start <= mention.span.start < token.end
            ):
                return mention, entity
        return None

    def token_index_at(self, offset: int) -> int:
        """The index of the first token that ends after *offset*."""
        return bisect.bisect_right(self.ends, offset)
