"""Month names, Hijri and Gregorian (with the Levantine forms): never a person's name.

Several share their first word with a given name (ربيع، رجب، رمضان، شعبان). A month of two
words (ربيع الأول، جمادى الآخرة، كانون الثاني) is a month wherever it stands; a month of one
word that is also a given name is a month only in a date's slot: after شهر or a number
(لشهر رمضان، 5 رجب), where no person's name stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from khabar.entities.words import Word
from khabar.text import match_key

__all__ = ["month_at"]

_COMPOUND_MONTHS: Final = (
    *("ربيع الأول", "ربيع الآخر", "ربيع الثاني", "ربيع الاول", "ربيع الاخر"),
    *("جمادى الأولى", "جمادى الآخرة", "جمادى الثانية", "جمادى الاولى", "جمادى الاخرة"),
    *("جمادى الأول", "جمادى الآخر", "جمادى الثاني", "ذو القعدة", "ذو الحجة", "ذي القعدة"),
    *("ذي الحجة", "كانون الأول", "كانون الثاني", "تشرين الأول", "تشرين الثاني"),
    *("كانون الاول", "تشرين الاول"),
)
_SINGLE_MONTHS: Final = (
    *("محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال", "جمادى"),
    *("يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه"),
    *("يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"),
    *("شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول"),
)
_COMPOUND_KEYS: Final = frozenset(
    tuple(match_key(part) for part in month.split()) for month in _COMPOUND_MONTHS
)
_SINGLE_KEYS: Final = frozenset(match_key(month) for month in _SINGLE_MONTHS)
_MONTH_NOUNS: Final = frozenset(match_key(word) for word in ("شهر", "شهري", "الشهر"))
"""شهر (month) in construct with the month's name (شهر رمضان، لشهر ربيع الآخر)."""


def _date_slot(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` follows شهر or a number (the day of a date)."""
    if index == 0:
        return False
    before = words[index - 1]
    return before.is_word and (before.stem in _MONTH_NOUNS or before.key[:1].isdigit())


def month_at(words: Sequence[Word], index: int) -> int:
    """How many words of a month's name start at ``words[index]`` (0 when none does)."""
    word = words[index]
    if not word.is_word:
        return 0
    following = words[index + 1] if index + 1 < len(words) else None
    if (
        following is not None
        and following.is_word
        and not following.clitic
        and (word.stem, following.key) in _COMPOUND_KEYS
    ):
        return 2
    if word.stem not in _SINGLE_KEYS:
        return 0
    given = "given-name" in word.categories
    return 1 if not given or _date_slot(words, index) else 0
