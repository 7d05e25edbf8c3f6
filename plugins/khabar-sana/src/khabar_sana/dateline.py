"""SANA's dateline: ``<place>-سانا`` on a line of its own or opening a paragraph.

SANA files every dispatch from a place (``موسكو-سانا``) or a collective one (``محافظات-سانا``,
``عواصم-سانا``), with or without spaces around the dash. Because the agency's name is fixed, a
dateline that opens a paragraph (``طهران-سانا وقعت ...``, the teasers' form) needs no colon to
be told apart from running text.
"""

from __future__ import annotations

from typing import Final

import regex

from khabar.layout import DatelineMatch
from khabar.model import Dateline, Span

__all__ = ["AGENCY", "match_sana_dateline"]

AGENCY: Final = "سانا"
"""The agency's name as SANA writes it in its datelines."""

_WORD: Final = r"\p{L}[\p{L}\p{M}\u0640]*"
_DATELINE: Final = regex.compile(
    rf"(?P<place>{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}})"
    rf"[ \u00a0]*[-\u2010-\u2015][ \u00a0]*(?P<agency>{AGENCY})(?![\p{{L}}\p{{M}}\u0640])"
)
_SPACES: Final = frozenset(" \u00a0")
_AFTER_DATELINE: Final = _SPACES | frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015:/")


def match_sana_dateline(text: str, line: Span) -> DatelineMatch | None:
    """The SANA dateline at the start of *line*, with the rest of the line if there is any."""
    match = _DATELINE.match(text, line.start, line.end)
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
