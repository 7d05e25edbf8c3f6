"""khabar-spa: the Saudi Press Agency's section, dated dateline and wire marks."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given

from khabar import Article, Pipeline, Span, make_plugin_manager
from khabar.testing import arabic_text, uncovered_text
from khabar_spa.dateline import gregorian_month, match_spa_dateline
from khabar_spa.layout import lay_out
from khabar_spa.wire import is_continuation_mark, is_wire_mark

SECTIONS = {"عام", "سياسي", "اقتصادي", "رياضي", "ثقافي", "اجتماعي", "تقرير"}


def _spa_files(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "saudinewsnet" / "was").glob("*.txt"))


def _process(pipeline: Pipeline, shared: Path, name: str) -> Article:
    path = shared / "corpus" / "saudinewsnet" / "was" / name
    return pipeline.process(path.read_text(encoding="utf-8"))


def test_plugin_is_listed() -> None:
    infos = {info.name: info for info in make_plugin_manager(autoload=True).plugin_info()}
    assert infos["spa"].distribution == "khabar-spa"
    assert set(infos["spa"].hooks) == {"khabar_detect_source", "khabar_layout"}


@pytest.mark.corpus
def test_every_spa_article(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    files = _spa_files(shared_dir)
    assert len(files) == 185
    with_dateline = ended = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        article = khabar_pipeline.process(text)
        name = path.name
        assert article.source == "spa", name
        assert uncovered_text(article) == "", name
        head = text.splitlines()[1:5]
        has_dateline = any(re.search(r"لموافق\s*\d", line[:60]) for line in head)
        assert (article.dateline is not None) == has_dateline, name
        if article.dateline is not None:
            with_dateline += 1
            assert article.dateline.agency == "واس", name
            assert article.dateline.date in (datetime.date(2015, 8, 10), datetime.date(2015, 8, 11))
        else:
            assert "إضافة" in text.splitlines()[0] + text.splitlines()[2], name
        marks = [block.span.text for block in article.blocks_of_kind("boilerplate")]
        assert article.blocks[-1].kind == "boilerplate", name
        ended += any(mark.startswith("//") for mark in marks)
        for block in article.paragraphs:
            assert not block.span.text.startswith("//"), name
            assert not is_wire_mark(block.span.text), name
        assert article.headline is not None
        if article.section is not None:
            assert article.section.text in SECTIONS, name
            assert article.section.end <= article.headline.start
            assert "/" not in article.text[article.headline.start : article.headline.start + 1]
    assert with_dateline == 169  # 16 continuation pieces carry none
    assert ended == 184  # all but the agency's opening greeting of the day


@pytest.mark.corpus
def test_article_with_section_and_dateline(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    article = _process(khabar_pipeline, shared_dir, "was_2015-08-10_1547.txt")
    assert article.section is not None
    assert article.section.text == "عام"
    assert article.headline is not None
    assert article.headline.text == (
        "اختتام فعاليات البرنامج التأهيلي لإدارة المشاريع بالرئاسة العامة لشؤون المسجد الحرام"
    )
    assert article.blocks[0].span.text.startswith("عام / اختتام")
    assert article.dateline is not None
    assert article.dateline.span.text == "مكة المكرمة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "مكة المكرمة",
        "واس",
        datetime.date(2015, 8, 10),
    )
    assert len(article.blocks_of_kind("paragraph")) == 7
    assert [block.span.text for block in article.blocks_of_kind("boilerplate")] == [
        "// انتهى //",
        "17:18 ت م",
    ]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "place", "day"),
    [
        ("was_2015-08-11_1541.txt", "نجران", 11),  # هـالموافق
        ("was_2015-08-11_1577.txt", "طرابلس", 11),  # 1436ه لموافق ... 2015م .واس
        ("was_2015-08-11_1591.txt", "نجران", 11),  # مواس
        ("was_2015-08-11_1595.txt", "الرياض", 11),  # الرياض26
        ("was_2015-08-11_1611.txt", "ينبع", 11),  # ينبع26 ... 011 أغسطس
        ("was_2015-08-11_1587.txt", None, 11),  # the day of the week where the place stands
    ],
)
def test_hand_typed_datelines(
    khabar_pipeline: Pipeline, shared_dir: Path, name: str, place: str | None, day: int
) -> None:
    article = _process(khabar_pipeline, shared_dir, name)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        place,
        "واس",
        datetime.date(2015, 8, day),
    )


@pytest.mark.corpus
def test_continuation_pieces(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    piece = _process(khabar_pipeline, shared_dir, "was_2015-08-11_1639.txt")
    assert piece.dateline is None
    assert piece.headline is not None
    assert piece.headline.text.endswith("/ إضافة أولى واخيرة")
    assert piece.paragraphs[0].span.text.startswith("وتخلل اللقاء استعراض")
    fifth = _process(khabar_pipeline, shared_dir, "was_2015-08-10_1505.txt")
    assert fifth.blocks[1].kind == "boilerplate"
    assert fifth.blocks[1].span.text == "إضافة خامسة وأخيرة"
    following = _process(khabar_pipeline, shared_dir, "was_2015-08-11_1559.txt")
    assert following.blocks[-1].span.text == "// يتبع // 11:02 ت م"
    assert following.blocks[-1].kind == "boilerplate"


@pytest.mark.corpus
def test_other_outlets_are_not_spa(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    others = [
        path
        for path in sorted((shared_dir / "corpus" / "saudinewsnet").glob("*/*.txt"))
        if path.parent.name != "was"
    ]
    assert len(others) == 65
    for path in others:
        assert khabar_pipeline.detect_source(path.read_text(encoding="utf-8")) is None, path


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "الرياض", (2015, 8, 10)),
        ("جدة ٢٥ شوال ١٤٣٦ هـ الموافق ١٠ أغسطس ٢٠١٥ م واس", "جدة", (2015, 8, 10)),
        ("دمشق 12 ربيع الآخر 1437 هـ الموافق 22 كانون الثاني 2016 م واس", "دمشق", (2016, 1, 22)),
        ("الجزائر 1 رمضان 1436 هـ الموافق 18 جوان 2015 م واس", "الجزائر", (2015, 6, 18)),
        ("أبهــا 25 شوال 1436هـ الموافق 10 اغسطس 2015م واس", "أبهــا", (2015, 8, 10)),
        ("الرياض الخميس 5 ذو القعدة 1436 هـ الموافق 20 أغسطس 2015 م واس", "الرياض", (2015, 8, 20)),
    ],
)
def test_dateline_forms(line: str, place: str, date: tuple[int, int, int]) -> None:
    match = match_spa_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert match.dateline.span.text == line
    assert (match.dateline.place, match.dateline.agency, match.dateline.date) == (
        place,
        "واس",
        datetime.date(*date),
    )
    assert match.rest is None


@pytest.mark.parametrize(
    ("line", "dateline", "date"),
    [
        # the agency's name in parentheses, with a hamza typed, or followed by a full stop
        ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس)", None, (2015, 8, 11)),
        ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م وأس", None, (2015, 8, 11)),
        (
            "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس.",
            "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس.",
            (2015, 8, 11),
        ),
        # a comma after the place, a dash before الموافق, the marks spelled out or left out
        ("الرياض، 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", None, (2015, 8, 11)),
        ("الرياض 26 شوال 1436 هـ - الموافق 11 أغسطس 2015 م واس", None, (2015, 8, 11)),
        ("الرياض 26 شوال 1436 هجرية الموافق 11 أغسطس 2015 ميلادية واس", None, (2015, 8, 11)),
        ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 واس", None, (2015, 8, 11)),
        # no space between the numbers and the month names
        ("الرياض 26شوال1436هـ الموافق 11أغسطس2015م واس", None, (2015, 8, 11)),
        # one of the two dates left out
        ("الرياض 11 أغسطس 2015 م واس", None, (2015, 8, 11)),
        ("الرياض 26 شوال 1436 هـ واس", None, None),
    ],
)
def test_hand_typed_dateline_variants(
    line: str, dateline: str | None, date: tuple[int, int, int] | None
) -> None:
    match = match_spa_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert match.dateline.span.text == (dateline or line)
    assert match.dateline.place == "الرياض"
    assert match.dateline.agency in ("واس", "وأس")
    assert match.dateline.date == (datetime.date(*date) if date else None)
    assert match.rest is None


def test_dateline_opening_a_paragraph() -> None:
    line = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس : أعلنت الوزارة"
    match = match_spa_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert match.dateline.span.text.endswith("واس :")
    assert match.rest is not None
    assert match.rest.text == "أعلنت الوزارة"


def test_impossible_date_keeps_the_dateline() -> None:
    line = "الرياض 25 شوال 1436 هـ الموافق 31 سبتمبر 2015 م واس"
    match = match_spa_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert (match.dateline.place, match.dateline.date) == ("الرياض", None)


@pytest.mark.parametrize(
    "line",
    [
        "وأقيم الحفل في 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م في الرياض",
        "الرياض 25 أغسطس 1436 هـ الموافق 10 أغسطس 2015 م واس",  # no Hijri month
        "الرياض 11 أغسطس 2015 م",  # one date without the agency's name
        "وصل الوفد في 11 أغسطس 2015 م إلى الرياض",
    ],
)
def test_not_datelines(line: str) -> None:
    assert match_spa_dateline(line, Span.of(line, 0, len(line))) is None


@pytest.mark.parametrize(
    ("name", "number"),
    [("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("إبريل", 4), ("آب", 8), ("اغسطس", 8)],
)
def test_gregorian_months(name: str, number: int) -> None:
    assert gregorian_month(name) == number


@pytest.mark.parametrize(
    "line",
    [
        "// انتهى //",
        "//انتهى//",
        "/ انتهى /",
        "// يتبع //",
        "17:18 ت م",
        "10:14 ت م NNNN",
        "// يتبع // 11:02 ت م",
        "-- انتهى --",  # typed with dashes
        "انتهى",  # or bare
        "(يتبع)",
        "17:18 ت.م",
        "NNNN",  # the end-of-message code on a line of its own
    ],
)
def test_wire_marks(line: str) -> None:
    assert is_wire_mark(line)


@pytest.mark.parametrize(
    "line", ["// عاجل //", "وانتهى الاجتماع في الساعة 17:18", "17:18", "انتهى الاجتماع", "N"]
)
def test_not_wire_marks(line: str) -> None:
    assert not is_wire_mark(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("إضافة خامسة وأخيرة", True),
        ("إضافة أولى", True),
        ("إضافة ثالثة  واخيرة", True),
        ("إضافة إلى ذلك أعلنت الوزارة", False),
    ],
)
def test_continuation_marks(line: str, expected: bool) -> None:
    assert is_continuation_mark(line) is expected


@pytest.mark.parametrize(
    ("headline", "section", "rest"),
    [
        ("عام / حالة الطقس", "عام", "حالة الطقس"),
        ("اقتصادي/ ارتفاع المؤشر", "اقتصادي", "ارتفاع المؤشر"),
        ("صحي / حملة تطعيم", "صحي", "حملة تطعيم"),
        ("بسم الله الرحمن الرحيم", None, "بسم الله الرحمن الرحيم"),
        ("الرياض / مؤتمر", None, "الرياض / مؤتمر"),
    ],
)
def test_section_prefix(
    khabar_pipeline: Pipeline, headline: str, section: str | None, rest: str
) -> None:
    text = f"{headline}\n\n الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n نص الخبر.\n"
    article = khabar_pipeline.process(text, source="spa")
    assert (article.section.text if article.section else None) == section
    assert article.headline is not None
    assert article.headline.text == rest


@given(text=arabic_text())
def test_layout_loses_nothing_on_any_text(text: str) -> None:
    article = lay_out(Article(text=text, source="spa"))
    assert uncovered_text(article) == ""
