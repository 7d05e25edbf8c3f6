"""The built-in generic layout, alone (no source plugin) and on the outlets without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Pipeline, make_plugin_manager
from khabar.builtin.layout import is_link_line
from khabar.model import Span
from khabar.testing import uncovered_text
from khabar.text import match_key

SOURCE_PLUGINS = ("sana", "spa")


@pytest.fixture(scope="module")
def generic() -> Pipeline:
    return Pipeline(make_plugin_manager(autoload=False))


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("دمشق-سانا", "دمشق", "سانا"),
        ("القاهرة - أ ش أ:", "القاهرة", "أ ش أ"),
        ("بيروت (رويترز)", "بيروت", "رويترز"),
    ],
)
def test_dateline_forms_on_their_own_line(
    generic: Pipeline, line: str, place: str, agency: str
) -> None:
    article = generic.process(f"عنوان\n\n{line}\n\nنص الخبر.")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert [block.kind for block in article.blocks] == ["headline", "dateline", "paragraph"]


def test_dateline_opening_the_first_paragraph(generic: Pipeline) -> None:
    article = generic.process("عنوان\n\nبيروت (رويترز) - قال مسؤول إن الاجتماع انتهى.")
    assert article.dateline is not None
    assert article.dateline.span.text == "بيروت (رويترز) -"
    assert [block.span.text for block in article.paragraphs] == ["قال مسؤول إن الاجتماع انتهى."]


def test_a_colon_sentence_is_not_a_dateline(generic: Pipeline) -> None:
    article = generic.process("عنوان\n\nقال الوزير: العمل مستمر.")
    assert article.dateline is None


def test_link_lines_are_boilerplate_and_nothing_else(generic: Pipeline) -> None:
    text = (
        "الجمارك تنهي إجراءات السلع\n\nنص الخبر: تفاصيل.\n\n"
        "رابط الخبر بصحيفة المثال: الجمارك تنهي إجراءات السلع\n\nhttps://example.com/news/1"
    )
    article = generic.process(text)
    assert [(block.kind, block.span.text) for block in article.blocks] == [
        ("headline", "الجمارك تنهي إجراءات السلع"),
        ("paragraph", "نص الخبر: تفاصيل."),
        ("boilerplate", "رابط الخبر بصحيفة المثال: الجمارك تنهي إجراءات السلع"),
        ("boilerplate", "https://example.com/news/1"),
    ]


def test_a_paragraph_quoting_the_headline_is_not_a_link_line() -> None:
    headline = match_key("العلاقات تكتسب طابعا ثابتا")
    line = "وقال الوزير في المؤتمر الصحفي الذي عقده اليوم في العاصمة: العلاقات تكتسب طابعا ثابتا"
    assert not is_link_line(Span.of(line, 0, len(line)), headline)


def _other_outlets(shared_dir: Path) -> list[Path]:
    root = shared_dir / "corpus" / "saudinewsnet"
    return sorted(p for p in root.glob("*/*.txt") if p.parent.name != "was")


def test_other_outlets_lose_no_body_text(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    """The 65 articles of outlets without a source plugin: every line is a block, and only
    link lines are boilerplate."""
    paths = _other_outlets(shared_dir)
    assert len(paths) == 65
    boilerplate = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = khabar_pipeline.process(text)
        assert article.source not in SOURCE_PLUGINS, path
        assert uncovered_text(article) == "", path
        boilerplate += [b.span.text for b in article.blocks if b.kind == "boilerplate"]
    assert len(boilerplate) == 5
    assert all(line.startswith("رابط الخبر بصحيفة الوئام:") for line in boilerplate)


@pytest.mark.parametrize(
    ("paragraph", "dateline", "place", "agency", "rest"),
    [
        (
            "عبد الله الراجحي- سبق- جازان: استقبل المطار أول رحلة.",
            "عبد الله الراجحي- سبق- جازان:",
            "جازان",
            "سبق",
            "استقبل المطار أول رحلة.",
        ),
        ("سبق-جدة : قدمت الرئاسة شكرها.", "سبق-جدة :", "جدة", "سبق", "قدمت الرئاسة شكرها."),
        ("عين اليوم – جدة", "عين اليوم – جدة", "جدة", "عين اليوم", None),
    ],
)
def test_newspaper_bylines_with_a_known_place(
    generic: Pipeline, paragraph: str, dateline: str, place: str, agency: str, rest: str | None
) -> None:
    article = generic.process(f"عنوان\n\n{paragraph}\n\nنص آخر.")
    assert article.dateline is not None
    assert (article.dateline.span.text, article.dateline.place, article.dateline.agency) == (
        dateline,
        place,
        agency,
    )
    assert article.paragraphs[0].span.text == (rest or "نص آخر.")


def test_a_reporter_byline_is_not_a_dateline(generic: Pipeline) -> None:
    article = generic.process("عنوان\n\nرغد عشميل – عين اليوم\n\nنص الخبر.")
    assert article.dateline is None
    assert [block.kind for block in article.blocks] == ["headline", "paragraph", "paragraph"]


def test_sabq_datelines(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    """Sabq opens with reporters, the outlet and the place: every dev article's place is found."""
    found = []
    for path in sorted((shared_dir / "corpus" / "saudinewsnet" / "sabq").glob("*.txt")):
        article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
        if article.dateline is not None:
            found.append((article.dateline.place, article.dateline.agency))
    assert found == [
        ("جازان", "سبق"),
        ("جدة", "سبق"),
        ("جدة", "سبق"),
        ("الطائف", "سبق"),
        ("مكة المكرمة", "سبق"),
    ]
