"""Building blocks for layout plugins: lines as spans, datelines, assembling an article.

Source plugins (``khabar-sana``, ``khabar-spa``) and the generic layout share these, so every
layout finds lines, trims them and builds stories the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from khabar.model import Article, Block, Dateline, Span, Story, Teaser

__all__ = [
    "DatelineMatch",
    "assemble",
    "lines",
    "match_byline_dateline",
    "match_dateline",
]

_LINE: Final = regex.compile(r"[^\n\r\u2028\u2029]+")
_LEADING_BLANKS: Final = regex.compile(r"[\s\p{Cf}]*")
"""Spaces and invisible format characters opening a line (always matches)."""
_TRAILING_BLANKS: Final = regex.compile(r"(?r)[\s\p{Cf}]*")
"""The same, closing a line (matched backwards from the line's end)."""

# A dateline names a place in a few words and an agency in a few words, joined by a dash, or the
# agency in parentheses: موسكو-سانا، الرياض - واس:، دمشق (سانا). The place and the agency are runs
# of letters and spaces; nothing else may stand between them.
_WORDS: Final = r"\p{L}[\p{L}\p{M}\u0640]*(?:[ \u00a0]+\p{L}[\p{L}\p{M}\u0640]*){0,%d}"
_DASH: Final = r"[ \u00a0]*[-\u2013\u2014\u2012][ \u00a0]*"
_DATELINE_FORMS: Final = (
    regex.compile(rf"(?P<place>{_WORDS % 3}){_DASH}(?P<agency>{_WORDS % 2})[ \u00a0]*:?"),
    regex.compile(rf"(?P<place>{_WORDS % 3})[ \u00a0]*\((?P<agency>{_WORDS % 2})\)[ \u00a0]*[-:]?"),
)


def lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The non-blank lines of ``text[start:end]`` as spans without their surrounding blanks.

    Source detection and layout both read the lines of an article: the lines of the last few
    texts are remembered (a new list is returned each time; spans are immutable).
    """
    if type(text) is not str:  # a str subclass may compare equal to another text
        return list(_lines(text, start, end))
    return list(_remembered_lines(text, start, end))


def _lines(text: str, start: int, end: int | None) -> tuple[Span, ...]:
    found = []
    for match in _LINE.finditer(text, start, len(text) if end is None else end):
        first, last = match.span()
        first = _LEADING_BLANKS.match(text, first, last).end()  # type: ignore[union-attr]
        if first < last:
            last = _TRAILING_BLANKS.match(text, first, last).start()  # type: ignore[union-attr]
            found.append(Span.of(text, first, last))
    return tuple(found)


_remembered_lines: Final = functools.lru_cache(maxsize=16)(_lines)


@attrs.frozen(kw_only=True)
class DatelineMatch:
    """A dateline found at the start of a line: the dateline and what follows it on the line."""

    dateline: Dateline
    rest: Span | None


def match_dateline(text: str, line: Span, *, whole_line: bool = False) -> DatelineMatch | None:
    """A dateline at the start of *line* in one of the forms ``<place>-<agency>``,
    ``<place> - <agency>:`` and ``<place> (<agency>)``.

    With ``whole_line`` the dateline must be the entire line (the agencies' separate dateline
    line); otherwise it may open a paragraph, and the rest of the line is returned.
    """
    for form in _DATELINE_FORMS:
        match = form.match(text, line.start, line.end)
        if match is None:
            continue
        end = match.end()
        rest_start = end
        while rest_start < line.end and text[rest_start] in " \u00a0-–—:":
            rest_start += 1
        if whole_line and rest_start < line.end:
            continue
        if not whole_line and rest_start == line.end:
            continue
        if (
            not whole_line
            and form is _DATELINE_FORMS[0]
            and text[end - 1] != ":"
            and ":" not in text[end:rest_start]
        ):
            continue  # "<place>-<agency>" opening a paragraph needs a colon to be sure
        span_end = end
        while span_end > line.start and text[span_end - 1] in " \u00a0":
            span_end -= 1
        dateline = Dateline(
            span=Span.of(text, line.start, span_end),
            place=match.group("place").strip(),
            agency=match.group("agency").strip(),
        )
        rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
        return DatelineMatch(dateline=dateline, rest=rest)
    return None


_BYLINE_SEGMENTS: Final = regex.compile(
    rf"(?P<segment>{_WORDS % 3})(?:{_DASH}(?P<segment>{_WORDS % 3})){{1,3}}[ \u00a0]*(?P<colon>:)?"
)
_BYLINE_WHOLE_LINE_WORDS: Final = 8
"""A dash-separated run without a colon is a dateline only when it is the whole line, this short."""


def match_byline_dateline(
    text: str, line: Span, is_place: Callable[[str], bool]
) -> DatelineMatch | None:
    """A dateline written as a dash-separated run of short segments, one of them a place:
    ``عبد الله الراجحي- سبق- جازان:``, ``سبق-جدة :``, ``عين اليوم – جدة``, ``موسكو-سانا``.

    Newspapers open a report with the reporter's name, the outlet and the place, in either
    order; *is_place* (a lexicon lookup) tells which segment is the place, and the segment next
    to it (before it, or after it when the place comes first) is the agency. The run must end
    in a colon, or be a whole short line.
    """
    match = _BYLINE_SEGMENTS.match(text, line.start, line.end)
    if match is None:
        return None
    segments = [segment.strip() for segment in match.captures("segment")]
    places = [index for index, segment in enumerate(segments) if is_place(segment)]
    if not places:
        return None
    rest_start = match.end()
    while rest_start < line.end and text[rest_start] in " \u00a0":
        rest_start += 1
    if match.group("colon") is None and (
        rest_start < line.end or len(match.group().split()) > _BYLINE_WHOLE_LINE_WORDS
    ):
        return None
    place = places[-1]
    agency = segments[place - 1] if place > 0 else segments[1]
    end = match.end()  # the colon, if any, belongs to the dateline
    while end > line.start and text[end - 1] in " \u00a0":
        end -= 1
    dateline = Dateline(span=Span.of(text, line.start, end), place=segments[place], agency=agency)
    rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
    return DatelineMatch(dateline=dateline, rest=rest)


def assemble(
    article: Article,
    blocks: Sequence[Block],
    *,
    headline: Span | None,
    dateline: Dateline | None = None,
    story_starts: Sequence[int] = (0,),
    story_headlines: Sequence[Span | None] | None = None,
    related: Sequence[Teaser] = (),
    section: Span | None = None,
) -> Article:
    """The article with its layout: *blocks* in text order split into stories at *story_starts*.

    Each story gets the content blocks (all but boilerplate and related) from its start up to
    the next story's start. ``story_headlines`` defaults to *headline* for the first story and
    the sub-headline block opening each further story.
    """
    ordered = sorted(blocks, key=lambda block: block.span.start)
    if [block.span.start for block in ordered] != [block.span.start for block in blocks]:
        raise ValueError("blocks must be given in text order")
    starts = list(story_starts) or [0]
    stories = []
    for number, first in enumerate(starts):
        last = starts[number + 1] if number + 1 < len(starts) else len(ordered)
        indexes = tuple(
            index
            for index in range(first, last)
            if ordered[index].kind not in ("boilerplate", "related")
        )
        if story_headlines is not None:
            story_headline = story_headlines[number]
        elif number == 0:
            story_headline = headline
        else:
            story_headline = ordered[first].span if ordered[first].kind == "subheadline" else None
        stories.append(Story(headline=story_headline, blocks=indexes))
    return attrs.evolve(
        article,
        headline=headline,
        dateline=dateline,
        section=section,
        blocks=tuple(ordered),
        stories=tuple(stories),
        related=tuple(related),
    )
