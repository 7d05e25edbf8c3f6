"""SANA's dateline: ``<place>-سانا`` on a line of its own or opening a paragraph.

SANA files every dispatch from a place (``موسكو-سانا``), a collective one (``محافظات-سانا``,
``عواصم-سانا``) or several places (``موسكو-طهران-سانا``, ``دمشق/حلب-سانا``), with or without
spaces around the dash. The dash is any the keyboard offers: the hyphen, the en and em dashes,
the underscore, or the Arabic tatweel standing for a dash (``دمشق ـ سانا``); the agency is
sometimes bracketed (``دمشق (سانا)``). SANA's English service writes ``Damascus, SANA -``.
Because the agency's name is fixed, a dateline that opens a paragraph (``طهران-سانا وقعت ...``,
the teasers' form) needs no colon to be told apart from running text.
"""

from __future__ import annotations

from typing import Final

import regex

from khabar.layout import DatelineMatch
from khabar.model import Dateline, Span

__all__ = ["AGENCY", "match_sana_dateline"]

AGENCY: Final = "سانا"
"""The agency's name as SANA writes it in its Arabic datelines."""

_SPACE: Final = r"[ \u00a0\p{Cf}]"
_WORD: Final = r"(?!\u0640)\p{L}[\p{L}\p{M}\u0640]*"
"""A word opens with a letter other than the tatweel: a lone tatweel is a dash."""
_DASH: Final = rf"(?:{_SPACE}*[-_\u2010-\u2015/]{_SPACE}*|{_SPACE}*\u0640+{_SPACE}*)"
_PLACE: Final = rf"{_WORD}(?:(?:[ \u00a0]+|{_DASH}){_WORD}){{0,3}}"
"""One to four words: a place, or several places joined by spaces, dashes or slashes."""
_NOT_A_LETTER: Final = r"(?![\p{L}\p{M}\u0640])"
_ARABIC: Final = regex.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:{_DASH}(?P<agency>{AGENCY}){_NOT_A_LETTER}"
    rf"|{_SPACE}*{_DASH}?\((?P<agency>{AGENCY})\))"
)
_ENGLISH: Final = regex.compile(
    r"(?P<place>[A-Z][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}?)"
    r",\s*(?:\((?P<agency>SANA)\)|(?P<agency>SANA)\s*(?=[-_\u2010-\u2015]))"
)
"""The English service puts a comma before the agency, and brackets or a dash around it."""
_SPACES: Final = frozenset(" \u00a0\u200e\u200f\u061c\ufeff")
_AFTER_DATELINE: Final = _SPACES | frozenset("-_\u0640\u2010\u2011\u2012\u2013\u2014\u2015:/")


def match_sana_dateline(text: str, line: Span) -> DatelineMatch | None:
    """The SANA dateline at the start of *line*, with the rest of the line if there is any."""
    match = _ARABIC.match(text, line.start, line.end) or _ENGLISH.match(text, line.start, line.end)
    if match is None:
        return None
    rest_start = match.end()
    while rest_start < line.end and text[rest_start] in _AFTER_DATELINE:
        rest_start += 1
    end = rest_start  # trailing punctuation belongs to the dateline, spaces to neither
    while text[end - 1] in _SPACES:
        end -= 1
    dateline = Dateline(
        span=Span.of(text, line.start, end),
        place=match.group("place"),
        agency=match.group("agency"),
    )
    rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
    return DatelineMatch(dateline=dateline, rest=rest)
