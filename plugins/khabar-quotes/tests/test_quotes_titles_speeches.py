"""Bare definite titles as speakers, speeches delivered with ألقى, the evaluative ثمّن, a joined
ب inside a title, and names written with آ.

Short written sentences for each pattern and real SaudiNewsNet articles outside the gold files
(each test asserts every statement: cue, kind, speakers by entity name, first and last word of
the content, anonymity).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Article, Pipeline
from khabar.testing import StatementRow, statement_rows

SNN = Path("corpus") / "saudinewsnet"

Row = StatementRow
_rows = statement_rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _article(pipeline: Pipeline, shared_dir: Path, name: str) -> Article:
    outlet = name.rsplit("_", 2)[0]
    return pipeline.process((shared_dir / SNN / outlet / f"{name}.txt").read_text("utf-8"))


def _written(pipeline: Pipeline, *paragraphs: str) -> list[Row]:
    body = "\n\n".join(paragraphs)
    return _rows(pipeline.process(f"عنوان الخبر\n\nالرياض - واس\n\n{body}\n"))


def test_bare_title_is_the_person_given_it(pipeline: Pipeline) -> None:
    """وأوضح المحافظ في تصريح ...: the title alone refers to محافظ حلب named before; the
    participle after it continues the same speaker."""
    assert _written(
        pipeline,
        "أكد محافظ حلب، عبد الله الأحمد، أن الانتخابات جرت في أجواء هادئة ومنظمة.",
        "وأوضح المحافظ في تصريح للصحفيين، أن المحافظة قامت بدورها كاملاً، مبيناً أن عمليات"
        " الفرز انتهت في الريف.",
    ) == [
        ("أكد", "indirect", ("عبد الله الأحمد",), "الانتخابات", "ومنظمة", False),
        ("وأوضح", "indirect", ("عبد الله الأحمد",), "المحافظة", "كاملاً", False),
        ("مبيناً", "indirect", ("عبد الله الأحمد",), "عمليات", "الريف", False),
    ]


def test_bare_title_skips_a_later_speaker_without_it(pipeline: Pipeline) -> None:
    """وأوضح السفير after a minister spoke: the ambassador named before, not the last speaker;
    في تصريح صحفي is the speech act's adjunct, not part of the title (صحفي is no name)."""
    assert _written(
        pipeline,
        "أكد سفير فرنسا لدى المملكة لودوفيك بوي أن التعاون بين البلدين مستمر.",
        "وقال وزير الدولة عادل الجبير إن المملكة ترحب بالمبادرة.",
        "وأوضح السفير في تصريح صحفي أن الزيارة ناجحة.",
    ) == [
        ("أكد", "indirect", ("لودوفيك بوي",), "التعاون", "مستمر", False),
        ("وقال", "indirect", ("عادل الجبير",), "المملكة", "بالمبادرة", False),
        ("وأوضح", "indirect", ("لودوفيك بوي",), "الزيارة", "ناجحة", False),
    ]


def test_bare_title_nobody_was_given_stays_unattributed(pipeline: Pipeline) -> None:
    """No person carries the title محافظ: the statement keeps no speaker, as before."""
    assert _written(
        pipeline,
        "أكد محمد العلي أن المشروع سيكتمل قريبا.",
        "وأوضح المحافظ في تصريح للصحفيين أن العمل مستمر.",
    ) == [
        ("أكد", "indirect", ("محمد العلي",), "المشروع", "قريبا", False),
        ("وأوضح", "indirect", (), "العمل", "مستمر", False),
    ]


def test_speech_is_said_by_whoever_delivered_it(pipeline: Pipeline) -> None:
    """ألقى X كلمة ... قال فيها: X speaks, not the previous speaker; وأكد في كلمته refers to
    the speech delivered in the sentence before."""
    assert _written(
        pipeline,
        "أكد معالي وزير الصحة الدكتور فهد بن عبدالرحمن الجلاجل أن الخدمات الصحية تشهد تطورا كبيرا.",
        "وبدأ الحفل بتلاوة آيات من القرآن الكريم، ثم ألقى سعد بن ناصر القحطاني كلمة نيابة عن"
        ' الأهالي قال فيها: "نشكر القيادة على دعمها المتواصل لأبناء المنطقة".',
        "ثم ألقى مدير الجامعة الدكتور سالم بن علي الزهراني كلمة بالمناسبة.",
        "وأكد في كلمته أن الجامعة تواصل تطوير برامجها الأكاديمية.",
    ) == [
        ("أكد", "indirect", ("فهد بن عبدالرحمن الجلاجل",), "الخدمات", "كبيرا", False),
        ("قال", "direct", ("سعد بن ناصر القحطاني",), "نشكر", "المنطقة", False),
        ("وأكد", "indirect", ("سالم بن علي الزهراني",), "الجامعة", "الأكاديمية", False),
    ]


def test_speech_after_a_long_title(pipeline: Pipeline, shared_dir: Path) -> None:
    """ألقى نائب رئيس مهرجان القطيف (واحتنا فرحانه) رائد ... كلمة قال فيها: the person right
    before the speech noun delivered it."""
    rows = _rows(_article(pipeline, shared_dir, "was_2015-08-11_1677"))
    assert rows[3] == ("قال", "mixed", ("رائد عبدالله أبو عزيز",), "قبل", "أجمعها", False)


def test_thamman_reports_its_object(pipeline: Pipeline) -> None:
    """وثمّن X دعم ...: appreciated, like أشاد بـ, with a direct object; ثمن "price" inside a
    clause is no verb."""
    assert _written(
        pipeline,
        "وثمّن معالي وزير التعليم الدكتور خالد بن محمد العتيبي دعم القيادة الرشيدة للتعليم،"
        " مؤكداً أن الوزارة ماضية في تطوير المناهج.",
        "وقال إن ثمن الكتب المدرسية لن يرتفع.",
    ) == [
        ("وثمّن", "indirect", ("خالد بن محمد العتيبي",), "دعم", "للتعليم", False),
        ("مؤكداً", "indirect", ("خالد بن محمد العتيبي",), "الوزارة", "المناهج", False),
        ("وقال", "indirect", ("خالد بن محمد العتيبي",), "ثمن", "يرتفع", False),
    ]


def test_thamman_participle(pipeline: Pipeline, shared_dir: Path) -> None:
    """مثمناً نسب الإنجاز: the accusative participle continues the speaker."""
    assert _rows(_article(pipeline, shared_dir, "was_2015-08-11_1627")) == [
        ("مثمناً", "indirect", ("ناصر بن فهاد العشوان",), "نسب", "تحققت", False),
        ("مؤكداً", "indirect", ("ناصر بن فهاد العشوان",), "التقارير", "الأعمال", False),
    ]


def test_joined_b_inside_a_title_is_not_the_particle(pipeline: Pipeline, shared_dir: Path) -> None:
    """رحب مساعد المدير العام لخدمة العملاء بالمركز العميد حامد السهلي ... بالجميع: بالمركز
    qualifies the title; the verb's ب comes after the name."""
    assert _rows(_article(pipeline, shared_dir, "was_2015-08-10_1589")) == [
        ("رحب", "indirect", ("حامد السهلي",), "الجميع,", "1436هـ", False),
    ]


def test_name_written_with_madda_is_no_verb(pipeline: Pipeline, shared_dir: Path) -> None:
    """آصف is a name: only matching keys fold آ into ا, so it is not أصف "I describe"."""
    assert _written(
        pipeline,
        "التقى اللواء آصف شوكت أمس وفدا من الأهالي.",
        "وقال نبيل آصف إن الزيارة كانت ودية.",
    ) == [("وقال", "indirect", ("نبيل آصف",), "الزيارة", "ودية", False)]
    article = _article(pipeline, shared_dir, "3alyoum_2015-08-09_0036")
    cues = [statement.cue.span.text for statement in article.statements if statement.cue]
    assert "آصف" not in cues
    reported = next(s for s in article.statements if s.cue and s.cue.span.text == "ذكرت")
    assert reported.content.text.startswith("النظام السوري أرسل ابن اللواء آصف شوكت، وابن")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an outlet's correspondent left unnamed is an anonymous source, not a person
        (
            "وذكرت مراسلة سانا أن الأهالي عادوا إلى قراهم أمس.",
            [("وذكرت", "indirect", (), "الأهالي", "أمس", True)],
        ),
        (
            "وقال مراسل سانا إن الأهالي عادوا إلى قراهم.",
            [("وقال", "indirect", (), "الأهالي", "قراهم", True)],
        ),
        # a named correspondent: the noun is the role of the name after it
        (
            "وقال مراسل قناة الإخبارية محمد الأحمد إن الأهالي عادوا إلى قراهم.",
            [("وقال", "indirect", ("محمد الأحمد",), "الأهالي", "قراهم", False)],
        ),
    ],
)
def test_a_correspondent_is_unnamed_unless_a_name_follows(
    pipeline: Pipeline, sentence: str, expected: list[Row]
) -> None:
    assert _written(pipeline, sentence) == expected
