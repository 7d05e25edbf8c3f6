"""Quotation-mark pairing: kinds, repairs, paragraph breaks, nesting."""

from __future__ import annotations

from khabar_quotes.quotes import pair_quotes


def inner(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[str, bool]]:
    quotes = pair_quotes(text, paragraphs or [(0, len(text))])
    return [(text[q.inner_start : q.inner_end], q.repaired) for q in quotes]


def test_marks_pair_by_family() -> None:
    assert inner('قال «نعم» ثم “لا” و"ربما"') == [("نعم", False), ("لا", False), ("ربما", False)]


def test_a_curly_quote_closed_with_an_opening_mark() -> None:
    assert inner("وأضاف “نحن مستعدون “مؤكدا") == [("نحن مستعدون ", False)]


def test_nested_marks_of_another_family() -> None:
    assert inner('«نرفض "الحل" تماما»') == [('نرفض "الحل" تماما', False), ("الحل", False)]


def test_an_odd_count_is_repaired_not_rejected() -> None:
    assert inner('قال "نعم ثم') == [("نعم ثم", True)]


def test_a_stray_closing_guillemet_is_ignored() -> None:
    assert inner("» بند أول «نعم»") == [("نعم", False)]


def test_a_quote_reopened_in_the_next_paragraph() -> None:
    text = "قال «الأول\n\n«الثاني» انتهى"
    assert inner(text, [(0, 10), (12, len(text))]) == [("الأول\n\n«الثاني", False)]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "قال «الأول\n\nفقرة ثانية\n\nفقرة ثالثة"
    paragraphs = [(0, 10), (12, 23), (25, len(text))]
    assert inner(text, paragraphs) == [("الأول", True)]
