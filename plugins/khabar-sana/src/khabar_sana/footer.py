"""What a SANA line is when it is not article text: footer, link, credit, teaser marker.

SANA closes its pages with lines asking readers to follow the agency (``تابعونا عبر تطبيق واتس
أب``, ``تابعوا صفحتنا على موقع (VK)``), subscription notes (``عبر إرسال كلمة اشتراك على الرقم``),
bare links, account handles and hashtag lines, rules of tatweels or dashes (SANA's Telegram posts
set their channel footer off with one), the page's date line, photo and editing credits
(``تصوير: ...``), the notes of an aggregator reprinting the item (``المصدر``, ``الكاتب: ...``,
see :func:`khabar.layout.is_republication_note`) and a ``انظر ايضاً`` / ``اقرأ أيضاً`` section
of teasers. Lines are recognised by dictionary lookups of their normalised words
(:func:`khabar.text.match_key`), trying each word with its proclitics removed, never by one
large pattern.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Final

import regex

from khabar.layout import is_republication_note
from khabar.text import Token, match_key, stems, tokenize

__all__ = ["LineRole", "is_headline_like", "line_role", "teaser_headline_start"]


class LineRole(enum.Enum):
    """The role of a line that is not article text, or ``TEXT``."""

    TEXT = "text"
    FOOTER = "footer"
    """A follow-us, subscription, link or credit line: boilerplate."""
    RELATED_MARKER = "related_marker"
    """``انظر ايضاً`` and its variants: what follows are teasers of other articles."""
    INLINE_TEASER = "inline_teaser"
    """``اقرأ أيضاً: <headline>``: one teaser on one line, amid the article."""


def _keys(*words: str) -> frozenset[str]:
    return frozenset(match_key(word) for word in words)


# fmt: off
_FOLLOW: Final = _keys(
    "تابعوا", "تابعونا", "تابعنا", "اشتركوا", "اشتراك", "انضموا", "للاشتراك", "الاشتراك",
    "لمتابعة", "للمتابعة", "follow", "join", "subscribe",
)
# fmt: on
"""Plural imperatives and nouns inviting the reader to follow the agency's channels (never the
past tense تابع, اشترك "he followed up, took part", common in news), and the English service's
imperatives."""

# fmt: off
_CHANNELS: Final = _keys(
    "تيلغرام", "تلغرام", "تليغرام", "تيليغرام", "تلجرام", "تليجرام", "telegram",
    "واتس", "واتساب", "واتسآب", "الواتس", "whatsapp",
    "فيسبوك", "فيس", "الفيسبوك", "facebook",
    "تويتر", "twitter", "إكس", "x",
    "يوتيوب", "youtube",
    "انستغرام", "إنستغرام", "انستقرام", "إنستقرام", "انستجرام", "instagram",
    "vk", "فكونتاكتي", "تيك", "tiktok",
)
# fmt: on
"""Social networks and messengers, in the spellings SANA uses."""

_OUR_CHANNELS: Final = _keys("صفحتنا", "قناتنا", "حسابنا", "موقعنا", "حساباتنا", "قنواتنا")
"""The agency speaking of "our page/channel/account": with a network's name, a footer line."""

_SUBSCRIPTION: Final = _keys("إرسال", "كلمة", "الرقم", "تخزينه", "رقم")
"""The words of the "send the word اشتراك to the number ..." note, besides اشتراك itself."""

_CHANNEL_NETWORK_MAX_WORDS: Final = 8
"""``قناة سانا على يوتيوب``: the agency and a network in a short line without a full stop."""

_SUBSCRIBE: Final = match_key("اشتراك")
_STORE_IT: Final = match_key("تخزينه")
_AGENCY: Final = match_key("سانا")
"""``بعد تخزينه باسم سانا`` ("after saving it under the name SANA"), the subscription note's
close, sometimes wrapped onto a line of its own."""

_FOLLOW_IMPERATIVES: Final = _keys("تابعوا", "تابعونا", "تابعنا", "اشتركوا", "انضموا")
_MEDIA: Final = _keys(
    "تطبيق", "التطبيق", "قناة", "قناتنا", "صفحة", "صفحتنا", "حساب", "حسابنا", "موقع", "موقعنا",
    "الرابط", "رابط",
)  # fmt: skip
"""An invitation opening with an imperative and naming the medium (``تابعوا آخر الأخبار ...
عبر تطبيق ...``) is a follow-us line by its opening words: a scrape may cut the network's name
at the end of the page (``تطبيق تيل``)."""

_FOLLOW_PARTICLES: Final = _keys("على", "عبر", "في", "من", "خلال", "إلى")
"""Prepositions a bare invitation (``تابعونا على:``) may carry before the list of channels."""

# fmt: off
_CREDITS: Final = _keys(
    "تصوير", "تحرير", "متابعة", "إعداد", "ترجمة", "تغطية", "مونتاج", "إشراف", "كتابة", "فيديو",
    "تقرير", "عدسة", "تقديم", "إخراج", "تصميم", "تدقيق", "مراجعة", "تنسيق", "صور", "بقلم",
)
# fmt: on
"""Words opening a credit line (``تصوير: name``): who filmed, wrote or edited the item."""

_CREDIT_MAX_WORDS: Final = 8

# fmt: off
_RELATED_MARKERS: Final = _keys(
    "انظر ايضاً", "انظر أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضاً", "شاهد أيضاً",
    "اقرأ المزيد", "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة", "مقالات ذات صلة",
    "مواد ذات صلة", "أخبار متعلقة", "مواضيع متعلقة", "read also", "see also", "related",
    "check also",
)
# fmt: on
"""The headings SANA puts above teasers of other articles."""
_MARKER_MAX_WORDS: Final = max(len(marker.split()) for marker in _RELATED_MARKERS)

# fmt: off
_DATE_WORDS: Final = _keys(
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    "الأول", "الثاني", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو",
    "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "م", "هـ", "ه", "الساعة", "ص",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "am", "pm",
)
# fmt: on
"""Weekdays, months (Levantine and Egyptian names, as Syrian pages print both) and time words:
the words of the date line a page prints above or below its headline."""
_DATE_MAX_WORDS: Final = 10
_DATE_FIGURES: Final = 3

_TATWEEL: Final = "\u0640"

_INITIALS_MAX_LETTERS: Final = 2
_INITIALS_MAX_WORDS: Final = 8
"""The editors' initials SANA signs a dispatch with (``ب.ح/ل.د``): letters, dots and slashes."""

_FOOTER_MAX_WORDS: Final = 30
"""A follow-us line is a short invitation, never a paragraph of news."""

_LINK_LABEL_MAX_WORDS: Final = 6
"""A link with at most this many words beside it (``رابط القناة: https://...``) is a link line."""

_URL: Final = regex.compile(
    r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|sy|me|ru|info)(?:/\S*)?"
    r"|@[A-Za-z0-9_.]+",
    regex.IGNORECASE,
)
"""A link, a bare domain, or an account handle (``@SANA_English``)."""
_SENTENCE_END: Final = frozenset(".!?؟:؛…،,")
_CLOSERS: Final = frozenset("\"'”’»)]}›")
_HEADLINE_MAX_WORDS: Final = 25
"""Longer lines without final punctuation are paragraphs whose full stop was lost."""


def _word_keys(tokens: Iterable[Token]) -> list[str]:
    return [token.key for token in tokens if token.is_word]


def _known(key: str, vocabulary: frozenset[str]) -> bool:
    """Whether *key*, or *key* with its proclitics off (وتابعونا, بتطبيق), is in *vocabulary*."""
    return key in vocabulary or any(stem.key in vocabulary for stem in stems(key))


def _is_only_links(line: str) -> bool:
    pieces = line.split()
    return bool(pieces) and all(_URL.fullmatch(piece.strip("()<>[]،,.")) for piece in pieces)


def _without_links(line: str) -> str:
    return _URL.sub(" ", line)


def _is_date(words: list[str]) -> bool:
    """A date line: only weekday, month and time words and numbers, with a number and a date
    word (``السبت 6 أيلول 2025``) or day, month and year in figures (``2025-09-06``)."""
    numbers = sum(word.isdigit() for word in words)
    return (
        len(words) <= _DATE_MAX_WORDS
        and numbers >= (1 if numbers < len(words) else _DATE_FIGURES)
        and all(word.isdigit() or word in _DATE_WORDS for word in words)
    )


def _is_initials(line: str, words: list[str]) -> bool:
    """Two or more initials of one or two letters, separated by dots or slashes."""
    return (
        2 <= len(words) <= _INITIALS_MAX_WORDS
        and all(len(word) <= _INITIALS_MAX_LETTERS and word.isalpha() for word in words)
        and ("." in line or "/" in line)
    )


def _is_alphanumeric(char: str) -> bool:
    return char.isalnum() and char != _TATWEEL


def _is_hashtags(line: str) -> bool:
    pieces = line.split()
    return bool(pieces) and all(piece.startswith("#") and len(piece) > 1 for piece in pieces)


def line_role(line: str) -> LineRole:
    """Classify one line (its text, trimmed) of a SANA article."""
    if _is_only_links(line) or _is_hashtags(line):
        return LineRole.FOOTER
    words = _word_keys(tokenize(_without_links(line)))
    if not words:
        # a rule of tatweels, dashes or stars, or a lone emoji: never article text
        return LineRole.TEXT if any(_is_alphanumeric(char) for char in line) else LineRole.FOOTER
    if _is_date(words) or _is_initials(line, words):
        return LineRole.FOOTER
    if " ".join(words) in _RELATED_MARKERS:
        return LineRole.RELATED_MARKER
    if teaser_headline_start(line) is not None:
        return LineRole.INLINE_TEASER
    has_link = _URL.search(line) is not None
    if has_link and len(words) <= _LINK_LABEL_MAX_WORDS:
        return LineRole.FOOTER
    if len(words) <= _FOOTER_MAX_WORDS:
        follows = any(_known(word, _FOLLOW) for word in words)
        ours = any(_known(word, _OUR_CHANNELS) for word in words)
        network = any(_known(word, _CHANNELS) for word in words)
        if (follows and (network or ours or has_link)) or (ours and network):
            return LineRole.FOOTER
        if network and _AGENCY in words and _is_unfinished(line, words):
            return LineRole.FOOTER
        if _SUBSCRIBE in words and any(_known(word, _SUBSCRIPTION) for word in words):
            return LineRole.FOOTER
        if _STORE_IT in words and _AGENCY in words:
            return LineRole.FOOTER
        if follows and all(_known(word, _FOLLOW | _FOLLOW_PARTICLES) for word in words):
            return LineRole.FOOTER
        if words[0] in _FOLLOW_IMPERATIVES and any(_known(word, _MEDIA) for word in words):
            return LineRole.FOOTER
    if is_republication_note(line):
        return LineRole.FOOTER
    if _is_credit(line, words):
        return LineRole.FOOTER
    return LineRole.TEXT


def teaser_headline_start(line: str) -> int | None:
    """Where the headline starts in an inline teaser ``اقرأ أيضاً: <headline>``, else ``None``."""
    tokens = tokenize(line)
    for colon, token in enumerate(tokens[: _MARKER_MAX_WORDS + 1]):
        if token.key == ":":
            marker = " ".join(token.key for token in tokens[:colon])
            if marker in _RELATED_MARKERS and colon + 1 < len(tokens):
                return tokens[colon + 1].start
            return None
    return None


def _is_credit(line: str, words: list[str]) -> bool:
    """``تصوير: name``, ``تصوير وتحرير - name``: credit words, a colon or dash, a few of name."""
    if len(words) > _CREDIT_MAX_WORDS or words[0] not in _CREDITS:
        return False
    tokens = tokenize(line)
    for number, token in enumerate(tokens):
        if not token.is_word:
            return token.key in (":", "-", "/") and 0 < number < len(tokens) - 1
        if number and not _known(token.key, _CREDITS):
            return False  # ``تصوير وتحرير: ...``: only credit words before the separator
    return False


def _is_unfinished(line: str, words: list[str]) -> bool:
    """A short line without sentence-final punctuation: a label, not a sentence."""
    return len(words) <= _CHANNEL_NETWORK_MAX_WORDS and is_headline_like(line)


def is_headline_like(line: str) -> bool:
    """A short line without sentence-final punctuation: the shape of a (sub-)headline."""
    stripped = line.rstrip()
    while stripped and stripped[-1] in _CLOSERS:
        stripped = stripped[:-1].rstrip()
    if not stripped or stripped[-1] in _SENTENCE_END:
        return False
    return len(_word_keys(tokenize(line))) <= _HEADLINE_MAX_WORDS
