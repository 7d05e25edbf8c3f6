"""The Saudi Press Agency's dated dateline.

Every dispatch of the agency opens with a line of the form::

    <place> <day> <Hijri month> <year> هـ الموافق <day> <Gregorian month> <year> م واس

(``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``): the place, the Hijri date marked
``هـ``, ``الموافق`` ("corresponding to"), the Gregorian date marked ``م`` and the agency's name.
Operators type it by hand, so spaces come and go (``الرياض25``, ``1436هـ``, ``هـالموافق``,
``2015م``, ``مواس``, ``26شوال``), ``هـ`` may lose its tatweel or be spelled out (``هجرية``),
as may ``م`` (``ميلادية``) or be left out, ``الموافق`` may lose its alef, a comma may follow
the place and a comma or dash ``هـ``, a stray full stop, comma, slash or dash may precede
``واس``, which may stand in parentheses, take a hamza (``وأس``) or be followed by a full stop.
Digits are Western or Arabic-Indic. Gregorian months are written in any of the three Arabic
naming traditions (يناير، كانون الثاني، جانفي). The date is read from the Gregorian part; the
day of the week may stand where the place does (the agency's opening greeting). An operator may
also leave one of the two dates out.
"""

from __future__ import annotations

import datetime
from typing import Final

import regex

from khabar.layout import DatelineMatch
from khabar.model import Dateline, Span
from khabar.text import match_key

__all__ = ["AGENCY", "gregorian_month", "hijri_month", "match_spa_dateline"]

AGENCY: Final = "واس"
"""The agency's name as it signs its datelines."""


def _table(names: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {match_key(name): number for number, forms in names.items() for name in forms}


_GREGORIAN: Final = _table(
    {
        1: ("يناير", "كانون الثاني", "جانفي"),
        2: ("فبراير", "شباط", "فيفري"),
        3: ("مارس", "آذار"),
        4: ("أبريل", "إبريل", "نيسان", "أفريل"),
        5: ("مايو", "أيار", "ماي"),
        6: ("يونيو", "يونية", "حزيران", "جوان"),
        7: ("يوليو", "يولية", "تموز", "جويلية"),
        8: ("أغسطس", "آب", "أوت", "اغسطس"),
        9: ("سبتمبر", "أيلول", "شتنبر"),
        10: ("أكتوبر", "تشرين الأول", "أكتوبر"),
        11: ("نوفمبر", "تشرين الثاني", "نونبر"),
        12: ("ديسمبر", "كانون الأول", "دجنبر"),
    }
)
"""Gregorian month names: Egyptian/Gulf, Levantine (Syriac) and Maghrebi, by number."""

_HIJRI: Final = _table(
    {
        1: ("محرم",),
        2: ("صفر",),
        3: ("ربيع الأول", "ربيع أول"),
        4: ("ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"),
        5: ("جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادى أول"),
        6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى آخرة", "جمادى ثانية"),
        7: ("رجب",),
        8: ("شعبان",),
        9: ("رمضان",),
        10: ("شوال",),
        11: ("ذو القعدة", "ذي القعدة", "ذوالقعدة", "ذيالقعدة"),
        12: ("ذو الحجة", "ذي الحجة", "ذوالحجة", "ذيالحجة"),
    }
)
"""Hijri month names, by number: with and without the article (``ربيع الأول``, ``ربيع أول``),
and ذو/ذي written apart from or joined to the noun (``ذو القعدة``, ``ذوالقعدة``). Spellings that
differ only by hamza, alef maqsura or diacritics share a key."""

_WEEKDAYS: Final = frozenset(
    match_key(day)
    for day in ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
)

_WORD: Final = r"\p{L}[\p{L}\p{M}\u0640]*"
_MONTH: Final = rf"{_WORD}(?:[ \u00a0]+{_WORD})?"
_SPACE: Final = r"[ \u00a0]*"
_PLACE: Final = rf"(?P<place>{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}})?{_SPACE}[،,]?{_SPACE}"
_HIJRI_MARK: Final = r"(?:ه\u0640*(?:جري[ةه]?)?)"
"""``هـ``, ``ه``, or the word spelled out: ``هجري``, ``هجرية``."""
_GREGORIAN_MARK: Final = r"(?:م(?:يلادي[ةه]?)?)"
"""``م``, or ``ميلادي``, ``ميلادية``."""
_AGENCY_MARK: Final = (
    rf"(?:{_SPACE}[.،,/\-\u2013\u2014]?{_SPACE}\(?{_SPACE}(?P<agency>و[اأ]س){_SPACE}\)?)"
)
"""The agency's name after the date: after a stray mark, in parentheses, with a hamza typed."""
_DATELINE: Final = regex.compile(
    rf"{_PLACE}"
    rf"(?P<hday>\d{{1,2}}){_SPACE}(?P<hmonth>{_MONTH}){_SPACE}(?P<hyear>\d{{4}})"
    rf"{_SPACE}{_HIJRI_MARK}?{_SPACE}[،,\-\u2013\u2014]?{_SPACE}ا?لموافق{_SPACE}"
    rf"(?P<gday>\d{{1,3}}){_SPACE}(?P<gmonth>{_MONTH}){_SPACE}(?P<gyear>\d{{4}})"
    rf"(?:{_SPACE}{_GREGORIAN_MARK})?{_AGENCY_MARK}?(?![\p{{L}}\p{{M}}])"
)
_ONE_DATE_DATELINE: Final = regex.compile(
    rf"{_PLACE}(?P<day>\d{{1,2}}){_SPACE}(?P<month>{_MONTH}){_SPACE}(?P<year>\d{{4}})"
    rf"(?:{_SPACE}(?:{_HIJRI_MARK}|{_GREGORIAN_MARK}))?{_AGENCY_MARK}(?![\p{{L}}\p{{M}}])"
)
"""A dateline with one of its two dates left out; the agency's name must follow it."""
_SPACES: Final = frozenset(" \u00a0")
_AFTER_DATELINE: Final = _SPACES | frozenset(":-.\u2013\u2014")


def gregorian_month(name: str) -> int | None:
    """The number of the Gregorian month *name* in any of its Arabic spellings, or ``None``."""
    return _GREGORIAN.get(match_key(name))


def hijri_month(name: str) -> int | None:
    """The number of the Hijri month *name*, or ``None``."""
    return _HIJRI.get(match_key(name))


def _date(day: str, month: str, year: str) -> datetime.date | None:
    number = gregorian_month(month)
    if number is None:
        return None
    try:
        return datetime.date(int(year), number, int(day))
    except ValueError:
        return None


def _place(raw: str | None) -> str | None:
    """The place, without a day of the week written before the date (``الرياض الثلاثاء``)."""
    words = (raw or "").split()
    while words and match_key(words[-1]) in _WEEKDAYS:
        words.pop()
    return " ".join(words) or None


def match_spa_dateline(text: str, line: Span) -> DatelineMatch | None:
    """The agency's dateline at the start of *line*, with the rest of the line if any.

    The Hijri month must be a Hijri month's name; a dateline without the agency's name must be
    the whole line. The date is the Gregorian one when its month is known and the day exists.
    An operator may leave one of the two dates out: the one date left must then be followed by
    the agency's name, and gives the date when it is the Gregorian one.
    """
    match = _DATELINE.match(text, line.start, line.end)
    if match is not None and hijri_month(match.group("hmonth")) is not None:
        date = _date(match.group("gday"), match.group("gmonth"), match.group("gyear"))
    else:
        match = _ONE_DATE_DATELINE.match(text, line.start, line.end)
        if match is None:
            return None
        month = match.group("month")
        if hijri_month(month) is None and gregorian_month(month) is None:
            return None
        date = _date(match.group("day"), month, match.group("year"))
    if match.group("agency") is None and text[match.end() : line.end].strip():
        return None  # without the agency's name the dateline must fill its line
    rest_start = match.end()
    while rest_start < line.end and text[rest_start] in _AFTER_DATELINE:
        rest_start += 1
    end = rest_start  # a colon, dash or full stop after the agency belongs to the dateline
    while text[end - 1] in _SPACES:
        end -= 1
    dateline = Dateline(
        span=Span.of(text, line.start, end),
        place=_place(match.group("place")),
        agency=match.group("agency"),
        date=date,
    )
    rest = Span.of(text, rest_start, line.end) if rest_start < line.end else None
    return DatelineMatch(dateline=dateline, rest=rest)
