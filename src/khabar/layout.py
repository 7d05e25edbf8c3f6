"""Building blocks for layout plugins: lines as spans, datelines, assembling an article.

Source plugins (``khabar-sana``, ``khabar-spa``) and the generic layout share these, so every
layout finds lines, trims them and builds stories the same way.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from khabar.model import Article, Block, Dateline, Span, Story, Teaser
from khabar.text import match_key, tokenize

__all__ = [
    "DatelineMatch",
    "assemble",
    "is_republication_note",
    "lines",
    "match_byline_dateline",
    "match_dateline",
    "match_place_agency_dateline",
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


_SEGMENT: Final = rf"(?P<segment>«{_WORDS % 3}»|\u201c{_WORDS % 3}\u201d|{_WORDS % 3})"
"""A byline segment; an outlet may sign in guillemets, as a title is quoted (``«الجزيرة»``)."""
_QUOTES: Final = "«»\u201c\u201d"
_BYLINE_SEGMENTS: Final = regex.compile(
    rf"{_SEGMENT}(?:{_DASH}{_SEGMENT}){{1,3}}[ \u00a0]*(?P<colon>:)?"
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
    A segment in guillemets is an outlet's name quoted as a title (``«الجزيرة» - <reporter>:``)
    when *is_outlet* knows it, even if it is also a place's name.

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
    quoted = [segment[:1] in _QUOTES for segment in match.captures("segment")]
    segments = [segment.strip(_QUOTES).strip() for segment in match.captures("segment")]
    roles = [
        _OUTLET
        if is_title and is_outlet(segment)  # a quoted name is a title, not a place
        else _segment_role(segment, is_place, is_outlet, is_person, is_source_note)
        for segment, is_title in zip(segments, quoted, strict=True)
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


_PLACE_AGENCY: Final = regex.compile(
    rf"(?P<place>{_WORDS % 2})[ \u00a0]*:[ \u00a0]*(?P<agency>{_WORDS % 2})"
)
_AGENCY_SEPARATOR: Final = regex.compile(r"[ \u00a0]*[-\u2013\u2014:]")


def match_place_agency_dateline(
    text: str,
    line: Span,
    is_place: Callable[[str], bool],
    is_agency: Callable[[str], bool],
    *,
    is_wire: Callable[[str], bool] = _never,
) -> DatelineMatch | None:
    """A dateline ``<place>: <agency>`` (``الرياض: واس``), as newspapers print a wire they
    reprint: on a line of its own, or opening the first paragraph.

    ``<name>: <words>`` is also how a headline quotes a speaker, so both the place
    (*is_place*) and the agency (*is_agency*) must be known. Opening a paragraph, the agency
    is followed by a dash or a colon, or is a wire agency (*is_wire*): a newspaper's name may
    be a word of the sentence (``سبق``, ``اليوم``).
    """
    match = _PLACE_AGENCY.match(text, line.start, line.end)
    if match is None:
        return None
    for agency_words in (2, 1):
        agency = match.group("agency").split()
        if len(agency) < agency_words:
            continue
        agency_text = " ".join(agency[:agency_words])
        if not (is_place(match.group("place")) and is_agency(agency_text)):
            continue
        agency_end = match.start("agency")
        for word in agency[:agency_words]:
            agency_end = text.index(word, agency_end) + len(word)
        end = agency_end
        separator = _AGENCY_SEPARATOR.match(text, end, line.end)
        rest_start = end if separator is None else separator.end()
        while rest_start < line.end and text[rest_start] in " \u00a0":
            rest_start += 1
        if (
            rest_start < line.end
            and separator is None
            and (not is_wire(agency_text) or rest_start == end)
        ):
            continue
        if separator is not None and text[separator.end() - 1] == ":":
            end = separator.end()  # a closing colon belongs to the dateline
        dateline = Dateline(
            span=Span.of(text, line.start, end),
            place=match.group("place").strip(),
            agency=agency_text,
        )
        rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
        return DatelineMatch(dateline=dateline, rest=rest, roles=(_PLACE, _OUTLET))
    return None


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


def _keys(*words: str) -> frozenset[str]:
    return frozenset(match_key(word) for word in words)


_CREDIT_LABEL_WORDS: Final = _keys(
    "المصدر", "الكاتب", "الموقع", "المحرر", "نشر", "الخبر", "المقال", "أول", "اول", "لأول",
    "مرة", "بتاريخ", "تاريخ", "النشر",
)  # fmt: skip
"""The words of the labels an aggregator prints under a reprinted item: its source, writer,
site and date of first publication (``المصدر``, ``الكاتب:``, ``نشر الخبر أول مرة بتاريخ :``)."""
_CREDIT_LABEL_HEADS: Final = _keys("المصدر", "الكاتب", "الموقع", "المحرر", "نشر", "النشر")
_CREDIT_VALUE_WORDS: Final = 4
"""The most words (numbers aside: a date) a credit label's value has: a name, a site."""
_DISCLAIMER_VERBS: Final = _keys("تتبنى", "يتبنى", "تعبر", "يعبر", "تمثل", "يمثل")
_DISCLAIMER_OWNERS: Final = _keys("الكاتب", "الناشر", "كاتبها", "كاتبه", "أصحابها", "المنشور")
_SITE: Final = match_key("الموقع")
_NOT: Final = match_key("لا")
_DISCLAIMER_WORDS: Final = 40
_NOTE_CHARACTERS: Final = 300


def is_republication_note(line: str) -> bool:
    """Whether *line* is an aggregator's note under an item it reprints: a credit label, its
    colon and a few words (``المصدر``, ``الكاتب: <handle>``, ``الموقع : <site>``, ``نشر الخبر
    اول مرة بتاريخ : <date>``), or the site's disclaimer that it does not adopt the writer's
    view (``ادارة الموقع لا تتبنى وجهة نظر الكاتب ...``)."""
    if len(line) > _NOTE_CHARACTERS:  # cheap test first: notes are short
        return False
    tokens = tokenize(line)
    words = [token.key for token in tokens if token.is_word]
    if not words:
        return False
    colon = next((n for n, token in enumerate(tokens) if token.key == ":"), len(tokens))
    label = [token.key for token in tokens[:colon] if token.is_word]
    if (
        label
        and label[0] in _CREDIT_LABEL_HEADS
        and all(word in _CREDIT_LABEL_WORDS for word in label)
        and (colon < len(tokens) or len(label) == 1)
        and sum(not word.isdigit() for word in words[len(label) :]) <= _CREDIT_VALUE_WORDS
    ):
        return True
    return (
        len(words) <= _DISCLAIMER_WORDS
        and _SITE in words
        and any(
            word == _NOT and following in _DISCLAIMER_VERBS
            for word, following in itertools.pairwise(words)
        )
        and any(word in _DISCLAIMER_OWNERS for word in words)
    )
