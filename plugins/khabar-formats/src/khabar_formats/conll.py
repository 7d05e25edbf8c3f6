"""CoNLL: IOB2 entity tags, one ``token TAG`` a line, a blank line between sentences.

The layout is ANERcorp's (a token and its tag separated by one space); the tags are ``B-``/``I-``
plus the entity type, ``PER``, ``ORG``, ``LOC`` (and ``MISC``), or ``O``. ANERcorp itself spells
the person type ``PERS``. Only content blocks are written (headline, dateline, paragraphs,
sub-headlines), never boilerplate or related teasers. A token's tag comes from the entity
mention covering it; since a mention leaves proclitics out, ``وولايتي`` is one ``B-PER`` token.
With ``split_clitics`` the proclitics in front of a mention (و ف ب ل ك and ال) become tokens of
their own tagged ``O``: ``و O`` then ``ولايتي B-PER``. Words without a mention are never split.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final

from khabar import Article, Span
from khabar.text import match_key, tokenize

__all__ = ["conll_renderer", "sentences"]

_SKIPPED_BLOCKS: Final = frozenset({"boilerplate", "related"})
_SENTENCE_FINAL: Final = frozenset({".", "!", "?", "؟", "…"})
_PROCLITICS: Final = frozenset({"و", "ف", "ب", "ل", "ك", "ال"})

Tagged = tuple[str, str]
"""A token's raw text and its tag."""


def _content_spans(article: Article) -> list[Span]:
    if not article.blocks:
        return [Span.of(article.text, 0, len(article.text))]
    return [block.span for block in article.blocks if block.kind not in _SKIPPED_BLOCKS]


def _letters(text: str) -> list[str]:
    """*text* cut into letters, each with the combining marks (and tatweel) that follow it."""
    pieces: list[str] = []
    for char in text:
        if pieces and (unicodedata.category(char) == "Mn" or char == "\u0640"):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _proclitics(prefix: str) -> list[str] | None:
    """*prefix* as a sequence of proclitics (ال kept whole), or ``None`` if it is not one."""
    pieces: list[str] = []
    for letter in _letters(prefix):
        if pieces and match_key(pieces[-1]) == "ا" and match_key(letter) == "ل":
            pieces[-1] += letter
        else:
            pieces.append(letter)
    if all(match_key(piece) in _PROCLITICS for piece in pieces):
        return pieces
    return None


def _mention_types(article: Article) -> tuple[list[int], list[Span], list[str]]:
    """For each character, the index of the mention covering it (or -1), and the mentions."""
    owner = [-1] * len(article.text)
    spans: list[Span] = []
    types: list[str] = []
    mentions = sorted(
        ((mention.span, entity.type) for entity in article.entities for mention in entity.mentions),
        key=lambda item: (item[0].start, -item[0].end),
    )
    for span, entity_type in mentions:
        index = len(spans)
        spans.append(span)
        types.append(entity_type)
        for offset in range(span.start, span.end):
            if owner[offset] == -1:
                owner[offset] = index
    return owner, spans, types


def _continues(sentence: Sequence[Tagged], entity_type: str) -> bool:
    """Whether the sentence so far ends inside an entity of *entity_type* (IOB2 allows ``I-``)."""
    return bool(sentence) and sentence[-1][1] in (f"B-{entity_type}", f"I-{entity_type}")


def sentences(article: Article, *, split_clitics: bool) -> Iterator[list[Tagged]]:
    """The tagged sentences of the article's content blocks, in text order.

    A sentence ends at a block's end or after a sentence-final mark (``. ! ? ؟ …``, with any
    punctuation glued to it) that is followed by white space.
    """
    owner, spans, types = _mention_types(article)
    text = article.text
    for block in _content_spans(article):
        tokens = tokenize(block.text)
        sentence: list[Tagged] = []
        final = False
        for position, token in enumerate(tokens):
            start, end = block.start + token.start, block.start + token.end
            covering = next((owner[o] for o in range(start, end) if owner[o] != -1), -1)
            if covering == -1:
                sentence.append((token.text, "O"))
            else:
                mention = spans[covering]
                clitics = None
                if split_clitics and start < mention.start < end:
                    clitics = _proclitics(text[start : mention.start])
                if clitics is not None:
                    sentence.extend((clitic, "O") for clitic in clitics)
                    sentence.append((text[mention.start : end], f"B-{types[covering]}"))
                else:
                    inside = mention.start < start and _continues(sentence, types[covering])
                    sentence.append((token.text, f"{'I' if inside else 'B'}-{types[covering]}"))
            if token.is_word:
                final = False
            elif token.text in _SENTENCE_FINAL:
                final = True
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if final and following is not None and following.start > token.end:
                yield sentence
                sentence, final = [], False
        if sentence:
            yield sentence


def conll_renderer(*, split_clitics: bool) -> Callable[[Sequence[Article]], Mapping[str, bytes]]:
    """A renderer writing every article's sentences to one ``.conll`` file."""

    def render(articles: Sequence[Article]) -> Mapping[str, bytes]:
        lines: list[str] = []
        for article in articles:
            for sentence in sentences(article, split_clitics=split_clitics):
                lines.extend(f"{token} {tag}" for token, tag in sentence)
                lines.append("")
        return {".conll": "".join(line + "\n" for line in lines).encode("utf-8")}

    return render
