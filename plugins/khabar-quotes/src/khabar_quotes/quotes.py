"""Quotation marks paired by position and kind, with the repairs real news text needs.

Arabic news writes quotes with « », “ ” (often mismatched: the SANA seed closes a quote with “)
and straight ". Marks of one *family* pair with each other whatever their glyph: « with », any
curly mark with a curly mark, " with ". A mark opens when no quote of its family is open and
closes the open one otherwise, so a quote of one family may nest inside another (« … "…" … »).
A document is never rejected for an odd count: a mark that closes nothing is ignored, and a
quote left open runs over a paragraph break when the next paragraph reopens it (the news
convention) or closes it; otherwise it is closed at the end of its paragraph and marked
``repaired``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

__all__ = ["Quote", "pair_quotes"]

_FAMILIES: Final = {
    "\u00ab": "guillemet",
    "\u00bb": "guillemet",
    "\u201c": "curly",
    "\u201d": "curly",
    "\u201e": "curly",
    "\u201f": "curly",
    '"': "straight",
    "\uff02": "straight",
}
_MARK: Final = regex.compile("[" + regex.escape("".join(_FAMILIES)) + "]")
"""Any quotation mark of a family."""
_CLOSE_ONLY: Final = frozenset({"\u00bb"})
_OPEN_ONLY: Final = frozenset({"\u00ab"})


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the offsets of its marks and of the text between them.

    ``close`` is the offset of the closing mark, or ``None`` for a repaired quote that ends at
    its paragraph's end (``inner_end``).
    """

    open: int
    close: int | None
    inner_start: int
    inner_end: int
    repaired: bool = False

    @property
    def end(self) -> int:
        """The offset just after the quote, closing mark included."""
        return self.close + 1 if self.close is not None else self.inner_end


@attrs.define
class _Open:
    family: str
    offset: int
    paragraph: int


def _paragraph_of(offset: int, paragraphs: Sequence[tuple[int, int]]) -> int:
    for index, (start, end) in enumerate(paragraphs):
        if start <= offset < end:
            return index
    return -1


def _first_visible(text: str, start: int, end: int) -> int:
    position = start
    while position < end and text[position].isspace():
        position += 1
    return position


def pair_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Quote, ...]:
    """Every quotation in *text*; *paragraphs* are the ``(start, end)`` offsets of its blocks.

    >>> [(q.inner_start, q.inner_end) for q in pair_quotes("قال «نعم» و“لا“", [(0, 15)])]
    [(5, 8), (12, 14)]
    """
    quotes: list[Quote] = []
    stack: list[_Open] = []
    marks = [(match.start(), match.group()) for match in _MARK.finditer(text)]
    reopened: set[int] = set()

    def close_at_paragraph_end(entry: _Open) -> None:
        end = paragraphs[entry.paragraph][1] if entry.paragraph >= 0 else len(text)
        inner_end = end
        while inner_end > entry.offset + 1 and text[inner_end - 1].isspace():
            inner_end -= 1
        quotes.append(
            Quote(
                open=entry.offset,
                close=None,
                inner_start=entry.offset + 1,
                inner_end=inner_end,
                repaired=True,
            )
        )

    for offset, char in marks:
        if offset in reopened:
            continue
        family = _FAMILIES[char]
        paragraph = _paragraph_of(offset, paragraphs)
        # a quote may run into the next paragraph; one left open longer ends with its paragraph
        for entry in list(stack):
            if paragraph >= 0 and paragraph - entry.paragraph > 1:
                stack.remove(entry)
                close_at_paragraph_end(entry)
        open_index = next(
            (index for index in range(len(stack) - 1, -1, -1) if stack[index].family == family),
            None,
        )
        if open_index is not None and char not in _OPEN_ONLY:
            entry = stack[open_index]
            for inner in stack[open_index + 1 :]:
                close_at_paragraph_end(inner)
            del stack[open_index:]
            quotes.append(
                Quote(
                    open=entry.offset, close=offset, inner_start=entry.offset + 1, inner_end=offset
                )
            )
        elif char not in _CLOSE_ONLY or family == "curly":
            stack.append(_Open(family, offset, paragraph))
            _carry_over(text, stack[-1], paragraphs, reopened)
        else:
            # a lone closing guillemet opens nothing: ignore it
            continue
    for entry in stack:
        close_at_paragraph_end(entry)
    return tuple(sorted(quotes, key=lambda quote: quote.open))


def _carry_over(
    text: str, entry: _Open, paragraphs: Sequence[tuple[int, int]], reopened: set[int]
) -> None:
    """Mark the reopening marks of the following paragraphs that continue *entry*'s quote."""
    index = entry.paragraph
    while 0 <= index < len(paragraphs) - 1:
        start, end = paragraphs[index]
        close = _find_close(
            text, entry.offset + 1 if index == entry.paragraph else start, end, entry.family
        )
        if close is not None:
            return
        next_start, next_end = paragraphs[index + 1]
        first = _first_visible(text, next_start, next_end)
        if (
            first < next_end
            and _FAMILIES.get(text[first]) == entry.family
            and text[first] not in _CLOSE_ONLY
        ):
            reopened.add(first)
            entry.paragraph = index + 1
            index += 1
            continue
        return


def _find_close(text: str, start: int, end: int, family: str) -> int | None:
    for offset in range(start, end):
        if _FAMILIES.get(text[offset]) == family and text[offset] not in _OPEN_ONLY:
            return offset
    return None
