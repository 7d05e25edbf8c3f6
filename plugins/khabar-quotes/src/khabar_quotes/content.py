"""Content: what was said, and whether it is rendered direct, indirect or mixed.

Content starts after the governed particle (or the colon, or the cue when the verb takes a
direct object). Content opening with a quotation mark is *direct*: the text between the marks,
however far the quote runs (over sentence ends and paragraph breaks). Otherwise it runs to the
end of the sentence or the next cue; quoted speech inside it makes it *mixed*. Quotation marks
that enclose a number or a name after a naming noun (برنامج "…", شعار "…") are not speech, and
neither is a stray mark the quote pairing had to repair.
"""

from __future__ import annotations

from typing import Final

import attrs

from khabar.text import match_key
from khabar_quotes.document import Document
from khabar_quotes.grammar import GRAMMAR
from khabar_quotes.quotes import Quote
from khabar_quotes.speakers import COMPLEMENTISERS

__all__ = ["Content", "is_speech", "read_content"]

_TRAILING: Final = " \t\n\u00a0.,،:;؛!?؟-–—\u200f\u200e"


@attrs.frozen(kw_only=True)
class Content:
    """Raw offsets of the content and its kind."""

    start: int
    end: int
    kind: str


def is_speech(document: Document, quote: Quote) -> bool:
    """Whether *quote* may be speech: not repaired, with letters, not a name after a naming noun."""
    text = document.article.text
    inner = text[quote.inner_start : quote.inner_end]
    if quote.repaired or not any(char.isalpha() for char in inner):
        return False
    before = text[max(0, quote.open - 40) : quote.open].split()
    previous = match_key(before[-1]) if before else ""
    return not GRAMMAR.is_a("naming", previous) and not GRAMMAR.is_a("naming", previous[1:])


def _trim(document: Document, start: int, end: int) -> tuple[int, int]:
    text = document.article.text
    while start < end and text[start] in _TRAILING:
        start += 1
    changed = True
    while changed and end > start:
        changed = False
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
            changed = True
        words = text[start:end].rsplit(None, 1)
        if len(words) == 2 and GRAMMAR.is_a("connector", match_key(words[1])):
            end = start + len(words[0])
            changed = True
    return start, end


def read_content(document: Document, start: int, limit: int) -> Content | None:
    """The content that begins at offset *start* and ends by *limit* (sentence end or next cue).

    A direct quote opening at *start* is followed to its closing mark, past *limit*: a quotation
    that is the whole content is direct after any particle (قال إن «...», أشار إلى أنه «...»),
    as the gold conventions treat إنّ and أنّ alike.
    """
    text = document.article.text
    while start < len(text) and text[start].isspace():
        start += 1
    if text[start : start + 1] == ":":  # قال إن: «...»: a colon between particle and quote
        after = start + 1
        while after < len(text) and text[after].isspace():
            after += 1
        if document.quote_opening_at(after) is not None:
            start = after
    opening = document.quote_opening_at(start)
    if opening is not None:
        # a quote the pairing had to close by force ends with the sentence at the latest
        close = min(opening.inner_end, limit) if opening.repaired else opening.inner_end
        inner_start, inner_end = _trim(document, opening.inner_start, close)
        words = text[inner_start:inner_end].split(None, 1)
        if len(words) == 2 and match_key(words[0]) in COMPLEMENTISERS and "إ" not in words[0]:
            # وأوضح: «أن الهيئة ...»: أنّ heads a subordinate clause, never an utterance, so
            # written inside the marks it is the verb's particle (an utterance may open with إنّ)
            inner_start, inner_end = _trim(document, inner_start + len(words[0]), inner_end)
        if inner_end <= inner_start:
            return None
        return Content(start=inner_start, end=inner_end, kind="direct")
    end = limit
    for quote in document.quotes:
        if start <= quote.open < end and quote.end > end and is_speech(document, quote):
            end = quote.end
    start, end = _trim(document, start, end)
    if end <= start:
        return None
    speech = any(
        start <= quote.open and quote.end <= end + 1 and is_speech(document, quote)
        for quote in document.quotes
    )
    return Content(start=start, end=end, kind="mixed" if speech else "indirect")
