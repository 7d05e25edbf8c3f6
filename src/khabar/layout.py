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
# A word starts with a letter other than the tatweel: a tatweel standing alone between spaces is
# a dash (``طلال عبدالله ـ جدة``), typed where the keyboard has no dash at hand.
_WORD_START: Final = r"(?!\u0640)\p{L}"
_WORD: Final = rf"{_WORD_START}[\p{{L}}\p{{M}}\u0640]*"
_WORDS: Final = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,%d}}"
_DASH: Final = r"(?:[ \u00a0]*[-\u2013\u2014\u2012][ \u00a0]*|[ \u00a0]+\u0640+[ \u00a0]+)"
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
    roles: tuple[str, ...] = ()
    """A byline's segments in order, each ``place``, ``outlet``, ``person``, ``note`` or
    ``unclaimed`` (see :func:`match_byline_dateline`); empty for the agencies' forms."""


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


def _never(words: str) -> bool:
    return False


def match_byline_dateline(
    text: str,
    line: Span,
    is_place: Callable[[str], bool],
    *,
    is_person: Callable[[str], bool] = _never,
    is_outlet: Callable[[str], bool] = _never,
    is_source_note: Callable[[str], bool] = _never,
) -> DatelineMatch | None:
    """A dateline written as a dash-separated run of short segments: ``عبد الله الراجحي- سبق-
    جازان:``, ``سبق-جدة :``, ``عين اليوم – جدة``, ``طلال عبدالله ـ جدة``, ``عين اليوم – متابعات``.

    Newspapers open a report with the reporters' names, the outlet and the place, reporters
    first and the place last (``<reporter> - <outlet> - <place>``), or the place first and the
    agency after it (``<place> - <agency>``). Each segment is told by the callables: a place
    (*is_place*, a lexicon lookup), an outlet or agency (*is_outlet*), a reporter (*is_person*)
    or a note that the report was compiled from others (*is_source_note*: متابعات، وكالات).

    - The place is the last known place; without one, the only segment none of the callables
      claims, when another segment shows this is a byline (a reporter, an outlet, a note), or,
      on a line of its own, the last of two unclaimed segments (``<reporter> - <place>``).
    - The agency is the outlet nearest the place; else the note; else the unclaimed segment
      after the place (``<place> - <agency>``) or just before it when reporters precede it.
      A reporter is never the agency.
    - Without a place, a reporter or note beside an outlet still makes a dateline of the
      outlet (``رغد عشميل – عين اليوم``).

    The run must end in a colon, or be a whole short line.
    """
    match = _BYLINE_SEGMENTS.match(text, line.start, line.end)
    if match is None:
        return None
    rest_start = match.end()
    while rest_start < line.end and text[rest_start] in " \u00a0":
        rest_start += 1
    if match.group("colon") is None and (
        rest_start < line.end or len(match.group().split()) > _BYLINE_WHOLE_LINE_WORDS
    ):
        return None
    segments = [segment.strip() for segment in match.captures("segment")]
    roles = [
        _segment_role(segment, is_place, is_outlet, is_person, is_source_note)
        for segment in segments
    ]
    place = _byline_place(roles, segments, whole_line=rest_start == line.end)
    agency = _byline_agency(roles, place)
    if place is None and agency is None:
        return None
    end = match.end()  # the colon, if any, belongs to the dateline
    while end > line.start and text[end - 1] in " \u00a0":
        end -= 1
    dateline = Dateline(
        span=Span.of(text, line.start, end),
        place=None if place is None else segments[place],
        agency=None if agency is None else segments[agency],
    )
    rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
    return DatelineMatch(dateline=dateline, rest=rest, roles=tuple(roles))


_PLACE, _OUTLET, _PERSON, _NOTE, _UNCLAIMED = "place", "outlet", "person", "note", "unclaimed"


def _segment_role(
    segment: str,
    is_place: Callable[[str], bool],
    is_outlet: Callable[[str], bool],
    is_person: Callable[[str], bool],
    is_source_note: Callable[[str], bool],
) -> str:
    if is_place(segment):
        return _PLACE
    if is_outlet(segment):
        return _OUTLET
    if is_source_note(segment):
        return _NOTE
    if is_person(segment):
        return _PERSON
    return _UNCLAIMED


def _byline_place(roles: Sequence[str], segments: Sequence[str], *, whole_line: bool) -> int | None:
    known = [index for index, role in enumerate(roles) if role == _PLACE]
    if known:
        return known[-1]
    unclaimed = [index for index, role in enumerate(roles) if role == _UNCLAIMED]
    if len(unclaimed) == 1 and len(roles) > 1:
        return unclaimed[0]  # the others show the run is a byline
    if whole_line and unclaimed == [0, 1] == list(range(len(roles))) and " " in segments[0]:
        return 1  # <reporter> - <place>: a name has two words at least
    return None


def _byline_agency(roles: Sequence[str], place: int | None) -> int | None:
    outlets = [index for index, role in enumerate(roles) if role == _OUTLET]
    if outlets:
        anchor = len(roles) if place is None else place
        return min(outlets, key=lambda index: (abs(index - anchor), index > anchor))
    notes = [index for index, role in enumerate(roles) if role == _NOTE]
    if notes:
        return notes[0]
    if place is None:
        return None
    if place + 1 < len(roles) and roles[place + 1] == _UNCLAIMED:
        return place + 1
    if place >= 2 and roles[place - 1] == _UNCLAIMED:  # reporters, outlet, place
        return place - 1
    return None


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
