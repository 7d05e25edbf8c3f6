"""The generic layout, for text no source plugin claims.

The headline is the first non-blank line, unless that line is a byline naming the reporter or
the outlet beside a known place or outlet (``عسير – <reporter>``): a page scraped without its
headline. A dateline is recognised in the two lines after it or
at the start of the first paragraph: ``<place> (<agency>)``, a reporter's byline with the place
in parentheses (``<reporter> (<place>)``), a reprinted wire's ``<place>: <agency>``
(``الرياض: واس``), or a dash-separated run of reporters, outlet, place
and agency (``موسكو-سانا``, ``القاهرة - أ ش أ:``, ``<reporter>- <outlet>- <place>:``,
``<reporter> – <place>``, ``<outlet> – متابعات``, ``«الجزيرة» - <reporter>:``), read by
:func:`~khabar.layout.match_byline_dateline`: the lexicon tells places and given names, a short
table the outlets and agencies. A line between
the headline and the dateline is a sub-headline; every further non-blank line is a paragraph.

Without a source's conventions, a line is marked boilerplate or related only on evidence that
holds for any outlet's web page:

- a bare web address, and a self-link line, a short label and a colon followed by the article's
  own headline (``رابط الخبر بصحيفة ...: <headline>``), also when glued after the last sentence;
- page furniture: a slider's navigation words opening a line (``Next Previous``), a comment
  counter (``تعليقات (3)``), a read-more link (``...المزيد``), a photo credit (``تصوير: ...``),
  a follow-us line naming a social network, a line of e-mail addresses or handles only, and the
  tag list (``سمات ...``, ``الكلمات الدلالية:``) closing the article, on a line of its own or
  glued after its last sentence;
- an aggregator's notes under an item it reprints: its source, writer and date labels
  (``المصدر``, ``الكاتب: ...``, ``نشر الخبر اول مرة بتاريخ : ...``) and its disclaimer
  (``ادارة الموقع لا تتبنى وجهة نظر الكاتب ...``), read by
  :func:`~khabar.layout.is_republication_note`;
- a photo's caption printed twice, as its alt text and its caption: a short line without a
  full stop repeated word for word on the next line (both copies);
- teasers of other articles (related): a line opening with ``اقرأ أيضا``, ``مقالات أخرى
  للكاتب``, ``أخبار ذات صلة`` ..., and the short lines without a full stop after such a label
  standing alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from khabar.layout import (
    DatelineMatch,
    assemble,
    is_republication_note,
    lines,
    match_byline_dateline,
    match_dateline,
    match_place_agency_dateline,
)
from khabar.lexicon import Lexicon
from khabar.model import Article, Block, Dateline, Span, Teaser
from khabar.plugins import hookimpl
from khabar.text import match_key, tokenize

__all__ = ["is_link_line", "khabar_layout", "split_link"]

_DATELINE_SEARCH: Final = 2
"""How many lines after the headline may carry the dateline."""
_SELF_LINK_LABEL_WORDS: Final = 6
"""The most words a self-link line's label may have before its colon."""
_URL_LINE: Final = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
_CONTACT_LINE: Final = regex.compile(
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})(?:[ \u00a0]*[،,|/]?[ \u00a0]*"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,}))*",
    regex.ASCII,
)
"""A line of e-mail addresses or social-media handles only (a columnist's contact)."""
_SENTENCE_END: Final = regex.compile(r"[.!?؟](?=\s)")
_SENTENCE_MARK: Final = regex.compile(r"[.!?؟،,؛;]")
_MARK: Final = regex.compile(r"[\p{M}\u0640]")
_CAPTION_WORDS: Final = 12
"""A photo's caption is a label of a few words."""


def _keys(*words: str) -> frozenset[str]:
    return frozenset(match_key(word) for word in words)


# Outlets and agencies that sign bylines, by the name they sign with: the Saudi dailies and
# news sites, and the wire agencies Arabic papers credit. Names that are also places (الرياض،
# المدينة، مكة) are left to the place lexicon: in a byline they are far more often the place.
_OUTLETS: Final = _keys(
    "سبق", "عين اليوم", "اليوم", "عكاظ", "الوطن", "الجزيرة", "الاقتصادية", "الوئام", "الرياضي",
    "الرياضية", "الشرق الأوسط", "الحياة", "المواطن", "تواصل", "العربية نت",
    "العربية.نت", "واس", "رويترز", "فرانس برس", "أ ف ب", "ا ف ب", "د ب أ", "أ ش أ", "يو بي آي",
    "كونا", "وام", "بنا", "قنا", "سانا", "الأناضول", "أسوشيتد برس", "شينخوا", "العمانية",
)  # fmt: skip
_WIRES: Final = _keys(
    "واس", "رويترز", "فرانس برس", "أ ف ب", "ا ف ب", "د ب أ", "أ ش أ", "يو بي آي", "كونا", "وام",
    "سانا", "الأناضول", "أسوشيتد برس", "شينخوا",
)  # fmt: skip
"""The wire agencies among them whose names are no Arabic words (``بنا``, ``قنا``, the
newspapers' ``اليوم``, ``سبق`` are): such a name after ``<place>:`` is the agency even when the
sentence goes on after it."""
_SOURCE_NOTES: Final = _keys("متابعات", "وكالات")
"""Words standing where the agency does when a report is compiled (``عين اليوم – متابعات``)."""
_AGENCY_NOUNS: Final = ("وكالة", "صحيفة", "جريدة")
"""Nouns naming an outlet in the lexicon (``وكالة رويترز``): ``X`` is an outlet when ``<noun> X``
is a known organisation."""

_NAVIGATION: Final = regex.compile(
    r"(?:(?:next|previous|prev|back)\b[ \u00a0]*)+", regex.IGNORECASE | regex.ASCII
)
"""A photo slider's buttons, scraped into the text before the byline (``Next Previous``)."""
_COMMENT_COUNTER: Final = regex.compile(r"(?:ال)?تعليقات[ \u00a0]*(?:\(\s*\d*\s*\)|\d+)?")
_READ_MORE: Final = regex.compile(
    r"(?:\.\.\.|…)?[ \u00a0]*(?:اقرأ[ \u00a0]+|إقرأ[ \u00a0]+)?المزيد"
)
_PHOTO_CREDIT: Final = regex.compile(r"\(?[ \u00a0]*(?:تصوير|عدسة|الصورة|صورة)[ \u00a0]*[:\-–—]")
_PHOTO_CREDIT_WORDS: Final = 8
_FOLLOW_WORDS: Final = _keys(
    "تابعونا", "تابعوا", "تابعنا", "شارك", "شاركوا", "للاشتراك", "اشترك", "اشتركوا", "حمل", "حملوا"
)  # fmt: skip
_NETWORKS: Final = _keys(
    "تويتر", "فيسبوك", "فيس", "انستغرام", "انستقرام", "إنستغرام", "يوتيوب", "سناب", "سناب شات",
    "تلغرام", "تيليجرام", "واتساب", "twitter", "facebook", "instagram", "youtube", "telegram",
)  # fmt: skip
_FOLLOW_LINE_WORDS: Final = 12
_FURNITURE_CHARACTERS: Final = 160
"""No line of page furniture is longer."""
_TAG_LABELS: Final = ("سمات", "الكلمات الدلالية", "كلمات دلالية", "الوسوم", "وسوم")
"""Labels of the tag list a news site's template prints under the article."""
_TAG_LIST_WORDS: Final = 20
_TEASER_LABELS: Final = tuple(
    match_key(label)
    for label in (
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "انظر أيضا", "انظر أيضاً",
        "شاهد أيضا", "شاهد أيضاً", "مقالات أخرى للكاتب", "مقالات ذات صلة", "أخبار ذات صلة",
        "مواضيع ذات صلة", "أخبار متعلقة", "اقرأ المزيد:",
    )
)  # fmt: skip
_TEASER_LABEL_CHARACTERS: Final = 40
"""Enough characters of a line to hold any teaser label, with diacritics."""
_TEASER_LINE_WORDS: Final = 20
"""A line after a bare teaser label is one more teaser while it is this short and ends in no
full stop (a headline's way)."""


def is_link_line(line: Span, headline_key: str) -> bool:
    """Whether *line* is a bare web address or a self-link line repeating the headline."""
    if _URL_LINE.fullmatch(line.text):
        return True
    key = match_key(line.text)
    if not headline_key or not key.endswith(headline_key) or len(key) == len(headline_key):
        return False
    label = key[: -len(headline_key)].rstrip()
    return label.endswith(":") and len(label.split()) <= _SELF_LINK_LABEL_WORDS


def split_link(text: str, line: Span, headline_key: str) -> tuple[Span | None, Span | None]:
    """*line* as (body, link line): the whole line may be a link line, or a self-link line may
    be glued after the last sentence of a paragraph."""
    if is_link_line(line, headline_key):
        return None, line
    longest = 2 * len(headline_key) + 100  # a label of a few words and the headline
    for end in reversed([m.end() for m in _SENTENCE_END.finditer(text, line.start, line.end)]):
        if line.end - end > longest:
            break
        tail = _from(text, end, line.end)
        if is_link_line(tail, headline_key):
            return Span.of(text, line.start, end), tail
    return line, None


def _from(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without its leading blanks."""
    while start < end and text[start].isspace():
        start += 1
    return Span.of(text, start, end)


def _prefix_end(text: str, line: Span, key: str) -> int | None:
    """Where the words of *key* (a match key) end in *line*, which opens with them."""
    for end in range(line.start + len(key), line.end + 1):
        if match_key(text[line.start : end]) == key:
            while end < line.end and _MARK.match(text, end):  # the last letter's diacritics
                end += 1
            return end
    return None


def _navigation_end(line: Span) -> int | None:
    """The end of a run of slider navigation words opening *line*, if any."""
    if not line.text[:1].isascii():  # cheap test first: Arabic lines open with no such word
        return None
    match = _NAVIGATION.match(line.text)
    return None if match is None else line.start + len(match.group().rstrip())


def _is_furniture(line: Span) -> bool:
    """Whether *line* is page furniture: a comment counter, a read-more link, a photo credit
    or a follow-us line."""
    body = line.text
    if len(body) > _FURNITURE_CHARACTERS:  # cheap test first: furniture is short
        return False
    if (
        _COMMENT_COUNTER.fullmatch(body)
        or _READ_MORE.fullmatch(body.rstrip(" .:"))
        or _CONTACT_LINE.fullmatch(body)
        or is_republication_note(body)
    ):
        return True
    words = [token.key for token in tokenize(body) if token.is_word]
    if _PHOTO_CREDIT.match(body) and len(words) <= _PHOTO_CREDIT_WORDS:
        return True
    return (
        len(words) <= _FOLLOW_LINE_WORDS
        and any(word in _FOLLOW_WORDS for word in words)
        and any(word in _NETWORKS for word in words)
    )


def _tag_list_start(body: str) -> int | None:
    """Where a tag list (label and a few words, no sentence) starts in *body*: at its start, or
    after its last sentence."""
    starts = [0] + [match.end() for match in _SENTENCE_END.finditer(body)]
    for start in reversed(starts):
        tail = body[start:].lstrip()
        offset = len(body) - len(tail)
        for label in _TAG_LABELS:
            if not tail.startswith(label):
                continue
            after = tail[len(label) :]
            words = after.split()
            if (
                after[:1] in ("", " ", ":", "\u00a0")
                and len(words) <= _TAG_LIST_WORDS
                and not _SENTENCE_MARK.search(after.lstrip(" :"))
            ):
                return offset
        if start != 0 and len(body) - start > _TAG_LIST_WORDS * 12:
            break
    return None


def _split_tags(text: str, line: Span) -> tuple[Span, Span | None]:
    """The last line as (body, tag list) when a tag list is glued after its last sentence."""
    start = _tag_list_start(line.text)
    if not start:
        return line, None
    body_end = line.start + start
    while body_end > line.start and text[body_end - 1].isspace():
        body_end -= 1
    return Span.of(text, line.start, body_end), Span.of(text, line.start + start, line.end)


def _teaser_label_end(text: str, line: Span) -> int | None:
    """The end of a related-articles label opening *line*, if any."""
    head = match_key(line.text[:_TEASER_LABEL_CHARACTERS])
    for label in _TEASER_LABELS:
        if head.startswith(label):
            return _prefix_end(text, line, label)
    return None


class _Classifier:
    """The lexicon questions a byline asks of its segments."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def is_place(self, words: str) -> bool:
        return any(entry.category == "LOC" for entry in self.lexicon.lookup_form(words))

    def is_outlet(self, words: str) -> bool:
        if match_key(words) in _OUTLETS:
            return True
        return any(
            entry.category == "ORG"
            for noun in _AGENCY_NOUNS
            for entry in self.lexicon.lookup_form(f"{noun} {words}")
        )

    def is_person(self, words: str) -> bool:
        """A name: it opens with a given name (``فهد``, ``عبد الله``) or a name particle."""
        found = words.split()
        if not found:
            return False
        for size in (2, 1):
            head = " ".join(found[:size])
            for entry in self.lexicon.lookup_form(head):
                if entry.category == "given-name" or (
                    entry.category == "name-particle" and len(found) > size
                ):
                    return True
        return False

    @staticmethod
    def is_wire(words: str) -> bool:
        return match_key(words) in _WIRES

    @staticmethod
    def is_source_note(words: str) -> bool:
        return match_key(words) in _SOURCE_NOTES


def _find_dateline(text: str, line: Span, names: _Classifier) -> DatelineMatch | None:
    """A dateline opening *line*: a newspaper byline, or one of the agencies' forms."""
    byline = match_byline_dateline(
        text,
        line,
        names.is_place,
        is_person=names.is_person,
        is_outlet=names.is_outlet,
        is_source_note=names.is_source_note,
    )
    if byline is not None:
        return byline
    wire = match_place_agency_dateline(
        text, line, names.is_place, names.is_outlet, is_wire=names.is_wire
    )
    if wire is not None:
        return wire
    match = match_dateline(text, line, whole_line=True) or match_dateline(text, line)
    if match is None or "(" not in match.dateline.span.text:
        return None  # a dash-separated run is a byline or nothing: the byline's rules decide
    if not names.is_person(match.dateline.place or "-"):
        return match
    # <reporter> (<place>): the reporter's name stands where the place does
    agency = match.dateline.agency or ""
    if names.is_person(agency):
        return None
    if names.is_outlet(agency):
        dateline = Dateline(span=match.dateline.span, agency=agency)
    else:
        dateline = Dateline(span=match.dateline.span, place=agency)
    return DatelineMatch(dateline=dateline, rest=match.rest)


class _Page:
    """The blocks and teasers of an article being laid out, in text order."""

    def __init__(self, text: str, headline: Span | None) -> None:
        self.text = text
        self.blocks = [] if headline is None else [Block(kind="headline", span=headline)]
        self.related: list[Teaser] = []

    def add(self, kind: str, span: Span) -> None:
        self.blocks.append(Block(kind=kind, span=span))

    def add_teaser(self, line: Span, headline: Span) -> None:
        self.related.append(Teaser(headline=headline, blocks=(len(self.blocks),)))
        self.add("related", line)


@hookimpl(trylast=True)
def khabar_layout(article: Article, lexicon: Lexicon) -> Article:
    """Lay out any article: headline, optional dateline, one paragraph per line, page
    furniture as boilerplate and teasers of other articles as related."""
    text = article.text
    found = lines(text)
    if not found:
        return article
    names = _Classifier(lexicon)
    opening = _opening_byline(text, found[0], names)
    untitled = opening is None and _is_running_text(found[0])
    headline = None if opening is not None or untitled else found[0]
    page = _Page(text, headline)
    dateline: Dateline | None = None
    if opening is not None:
        dateline = opening.dateline
        page.add("dateline", opening.dateline.span)
    headline_key = "" if headline is None else match_key(headline.text)
    captions = _repeated_captions(found)
    in_teasers = False
    last = len(found) - 1
    first_body = 0 if untitled else 1
    for number, whole in enumerate(found[first_body:], first_body):
        line = whole
        if number in captions:
            page.add("boilerplate", line)
            continue
        navigation = _navigation_end(line)
        if navigation is not None:
            page.add("boilerplate", Span.of(text, line.start, navigation))
            if navigation == line.end:
                continue
            line = _from(text, navigation, line.end)
        if dateline is None and number <= _DATELINE_SEARCH:
            match = _find_dateline(text, line, names)
            if match is not None:
                dateline = match.dateline
                _kickers_to_subheadlines(page.blocks)
                page.add("dateline", match.dateline.span)
                if match.rest is not None:
                    page.add("paragraph", match.rest)
                continue
        in_teasers = _lay_out_line(page, line, headline_key, in_teasers, last=number == last)
    return assemble(
        article, page.blocks, headline=headline, dateline=dateline, related=page.related
    )


_HEADLINE_WORDS: Final = 40
"""No headline is longer: a first line beyond it is the body of a page scraped without one."""


def _is_running_text(line: Span) -> bool:
    """Whether the first line is running text, not a headline: longer than any headline, or
    several sentences (a full stop with more words after it)."""
    words = line.text.split()
    if len(words) > _HEADLINE_WORDS:
        return True
    end = _SENTENCE_END.search(line.text)
    return (
        end is not None
        and len(words) > _HEADLINE_WORDS // 2
        and len(line.text[end.end() :].split()) >= 3
    )


def _opening_byline(text: str, line: Span, names: _Classifier) -> DatelineMatch | None:
    """The byline standing alone on the first line of a page scraped without its headline.

    It must name the reporter or the outlet (``عسير – <reporter>``, ``<reporter> - سبق -
    جدة``) beside a known place or outlet: a run of places alone (``السعودية – إيران``) or a
    name beside an unknown word may be a headline, and a line that goes on after a colon may
    be a headline quoting someone.
    """
    match = _find_dateline(text, line, names)
    if match is None or match.rest is not None:
        return None
    roles = set(match.roles)
    if roles & {"person", "outlet", "note"} and roles & {"place", "outlet"}:
        return match
    return None


def _repeated_captions(found: Sequence[Span]) -> frozenset[int]:
    """The body lines that are a photo's caption printed twice (its alt text and its caption).

    Running text never repeats a line word for word at once; a page's picture does, as a short
    label without a full stop (``العلم السعودي``). Both copies are page furniture.
    """
    repeated: set[int] = set()
    for number in range(1, len(found) - 1):
        line, following = found[number].text, found[number + 1].text
        if (
            line == following
            and len(line.split()) <= _CAPTION_WORDS
            and not _SENTENCE_END.search(line + " ")
        ):
            repeated.update((number, number + 1))
    return frozenset(repeated)


def _kickers_to_subheadlines(blocks: list[Block]) -> None:
    """The paragraphs between the headline and the dateline are sub-headlines (kickers)."""
    for index, block in enumerate(blocks):
        if block.kind == "paragraph":
            blocks[index] = Block(kind="subheadline", span=block.span)


def _lay_out_line(
    page: _Page, line: Span, headline_key: str, in_teasers: bool, *, last: bool
) -> bool:
    """Add the blocks of one body line; whether the lines after it may still be teasers."""
    text = page.text
    label_end = _teaser_label_end(text, line)
    if label_end is not None:
        rest = _from(text, label_end, line.end)
        while rest.text[:1] in (":", "-", "\u2013") and len(rest):
            rest = _from(text, rest.start + 1, line.end)
        if not len(rest):  # a label standing alone: the teasers follow it
            page.add("related", line)
            return True
        page.add_teaser(line, rest)
        return False
    if in_teasers and len(line.text.split()) <= _TEASER_LINE_WORDS and not line.text.endswith("."):
        page.add_teaser(line, line)
        return True
    if _is_furniture(line) or (last and _tag_list_start(line.text) == 0):
        page.add("boilerplate", line)
        return False
    body, link = split_link(text, line, headline_key)
    tags = None
    if body is not None and last and link is None:
        body, tags = _split_tags(text, body)
    if body is not None:
        page.add("paragraph", body)
    for extra in (link, tags):
        if extra is not None:
            page.add("boilerplate", extra)
    return False
