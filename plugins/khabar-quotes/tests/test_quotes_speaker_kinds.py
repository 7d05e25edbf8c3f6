"""What a speaker is, typed by its head noun, and the cues and kinds found on unseen articles.

Real SaudiNewsNet articles outside the gold files (each test asserts every statement: cue, kind,
speakers by entity name, first and last word of the content, anonymity), and short written
sentences for the patterns no corpus article shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Pipeline
from khabar.testing import StatementRow, statement_rows

SNN = Path("corpus") / "saudinewsnet"

Row = StatementRow
_rows = statement_rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _article(pipeline: Pipeline, shared_dir: Path, name: str) -> list[Row]:
    outlet = name.rsplit("_", 2)[0]
    text = (shared_dir / SNN / outlet / f"{name}.txt").read_text(encoding="utf-8")
    return _rows(pipeline.process(text))


def _written(pipeline: Pipeline, body: str) -> list[Row]:
    return _rows(pipeline.process(f"عنوان الخبر\n\nالرياض - واس\n\n{body}\n"))


def test_document_speaks_for_its_issuer(pipeline: Pipeline, shared_dir: Path) -> None:
    """أفاد بيان صادر عن قيادة الجيش: the statement's source is the document's issuer."""
    assert _article(pipeline, shared_dir, "was_2015-08-11_1601") == [
        ("وأفاد", "indirect", ("قيادة الجيش اللبناني",), "طائرة", "أتت", False),
        ("ولفت", "indirect", ("قيادة الجيش اللبناني",), "هذا", "المحتلة", False),
    ]


def test_unknown_issuer_of_a_report_is_an_organisation(
    pipeline: Pipeline, shared_dir: Path
) -> None:
    """التقرير الصادر عن سوق مسقط للأوراق المالية: whoever issues a report is an organisation."""
    assert _article(pipeline, shared_dir, "was_2015-08-11_1673") == [
        ("وأشار", "indirect", ("سوق مسقط للأوراق المالية",), "القيمة", "عماني", False),
    ]


def test_document_without_issuer_is_anonymous(pipeline: Pipeline) -> None:
    assert _written(pipeline, "وأكد بيان صادر اليوم أن الوضع مستقر.") == [
        ("وأكد", "indirect", (), "الوضع", "مستقر", True),
    ]


def test_agency_head_noun_makes_an_organisation(pipeline: Pipeline, shared_dir: Path) -> None:
    """الجهاز المركزي للإحصاء: جهاز heads an organisation, never a person's name."""
    assert _article(pipeline, shared_dir, "was_2015-08-10_1511") == [
        ("وقال", "indirect", ("الجهاز المركزي للاحصاء",), "تراجع", "2014", False),
        ("يذكر", "indirect", (), "الأسعار", "الأخرى", True),
    ]


def test_definite_head_with_adjectives_names_an_organisation(
    pipeline: Pipeline, shared_dir: Path
) -> None:
    """وقال الجهاز التنفيذي الأوروبي: a head and its nisba adjectives name the organisation."""
    assert _article(pipeline, shared_dir, "was_2015-08-10_1521") == [
        ("أعلنت", "indirect", ("المفوضية الأوروبية",), "خطوة", "اللجوء", False),
        ("وقال", "indirect", ("الجهاز التنفيذي الأوروبي",), "الخطوة", "اعبائهم", False),
        ("مشيراً", "indirect", ("الجهاز التنفيذي الأوروبي",), "المبالغ", "2020", False),
    ]


def test_institution_alone_resident_and_anna_quote(pipeline: Pipeline, shared_dir: Path) -> None:
    """وقال التلفزيون: the broadcaster named before; ان "…" after أوضح is direct; أحد سكان
    المدينة is unnamed and so is his continuation; التي اعلنت ولاءها reports nothing."""
    assert _article(pipeline, shared_dir, "aleqtisadiya_2015-07-26_0329") == [
        ("وقال", "indirect", ("التلفزيون الرسمي الكاميروني",), "الهجوم", "المدينة", False),
        ("واوضح", "direct", ("التلفزيون الرسمي الكاميروني",), "فتاة", "الاخضر+", False),
        ("واضاف", "direct", ("التلفزيون الرسمي الكاميروني",), "قوات", "الاشخاص", False),
        ("واضاف", "direct", ("التلفزيون الرسمي الكاميروني",), "كنت", "الانفجار", False),
        ("واوضح", "mixed", ("التلفزيون الرسمي الكاميروني",), "منفذ", 'نفسه"', False),
        ("قال", "mixed", (), "سمع", 'قوي"', True),
        ("واضاف", "direct", (), "علمنا", "الليل", True),
    ]


def test_unnamed_company_in_relative_clause(pipeline: Pipeline, shared_dir: Path) -> None:
    """غير أن الشركة التي طورت دواء ... تقول إنه: the subject before its relative clause."""
    assert _article(pipeline, shared_dir, "aleqtisadiya_2015-07-23_0167") == [
        ("تقول", "indirect", (), "يساعد", "حية", True),
    ]


def test_object_after_adjunct_closed_by_comma(pipeline: Pipeline, shared_dir: Path) -> None:
    """وبين خلال اجتماعه ... ، أهمية: بين before an adjunct is the verb; its object follows."""
    assert _article(pipeline, shared_dir, "was_2015-08-10_1675") == [
        ("أكد", "indirect", ("سعيد بن محمد مخايش",), "أهمية", "القادم", False),
        ("مشيراً", "indirect", ("سعيد بن محمد مخايش",), "ضرورة", "للدعم", False),
        ("وبين", "indirect", ("سعيد بن محمد مخايش",), "أهمية", "المدارس", False),
        ("لافتاً", "indirect", ("سعيد بن محمد مخايش",), "ضرورة", "للإدارة", False),
    ]


def test_express_governs_an(pipeline: Pipeline, shared_dir: Path) -> None:
    """وعبر X عن: the verb عبّر, not the preposition عبر."""
    assert _article(pipeline, shared_dir, "was_2015-08-10_1673") == [
        ("وعبر", "indirect", ("محمد سعيد آل جابر",), "سعادته", "بالزيارة", False),
        ("مثنياً", "indirect", ("محمد سعيد آل جابر",), "أعمال", "قصيرة", False),
    ]


def test_express_with_titled_family_name(pipeline: Pipeline, shared_dir: Path) -> None:
    """وعبر الدكتور الزياني في تصريح صحفي ... عن: the family name of a person named before."""
    found = _article(pipeline, shared_dir, "was_2015-08-10_1681")
    assert found[1] == (
        "وعبر",
        "indirect",
        ("عبداللطيف بن راشد الزياني",),
        "سعادته",
        "الإنسانية",
        False,
    )


def test_via_is_a_preposition(pipeline: Pipeline) -> None:
    """أوضح X عبر حسابه أن / نقلوا عبر الطائرات عن طريق: عبر "via" is no cue."""
    assert _written(
        pipeline,
        "أوضح الوزير عادل الجبير عبر حسابه في تويتر أن الزيارة ناجحة. "
        "وتم نقل المصابين عبر الطائرات عن طريق الهلال الأحمر.",
    ) == [("أوضح", "indirect", ("عادل الجبير",), "الزيارة", "ناجحة", False)]


def test_anna_before_quotation_is_direct(pipeline: Pipeline, shared_dir: Path) -> None:
    """وأكد قطان ...، أنه «...»: a quotation that is the whole content is direct after أنّ too."""
    assert _article(pipeline, shared_dir, "aawsat_2015-08-06_0242")[1] == (
        "وأكد",
        "direct",
        ("أحمد بن عبد العزيز قطان",),
        "يؤكد",
        "المشترك",
        False,
    )


def test_ila_anna_quotation_is_direct(pipeline: Pipeline) -> None:
    assert _written(
        pipeline, "وأشارت الوزيرة منى الخوري إلى أنه “لا بد من دعم المشاريع الصغيرة”."
    ) == [("وأشارت", "direct", ("منى الخوري",), "لا", "الصغيرة", False)]


def test_announced_verbal_noun_after_time_adverb(pipeline: Pipeline) -> None:
    assert _written(pipeline, "وأعلنت الهيئة العامة للإغاثة أمس تسيير قافلة إلى اليمن.") == [
        ("وأعلنت", "indirect", ("الهيئة العامة للإغاثة",), "تسيير", "اليمن", False)
    ]


def test_the_two_sides_are_the_two_named_before(pipeline: Pipeline) -> None:
    assert _written(
        pipeline,
        "استقبل وزير الخارجية عادل الجبير في الرياض اليوم وزير الخارجية الألماني فرانك "
        "فالتر شتاينماير. وأكد الجانبان ضرورة تعزيز التعاون بين البلدين.",
    ) == [
        (
            "وأكد",
            "indirect",
            ("عادل الجبير", "فرانك فالتر شتاينماير"),
            "ضرورة",
            "البلدين",
            False,
        )
    ]


def test_the_two_sides_unnamed_are_anonymous(pipeline: Pipeline) -> None:
    assert _written(pipeline, "وأكد الطرفان أهمية الحوار.") == [
        ("وأكد", "indirect", (), "أهمية", "الحوار", True)
    ]


def test_a_citizen_is_anonymous(pipeline: Pipeline) -> None:
    assert _written(pipeline, "وقال مواطن إن الأسعار ارتفعت كثيرا.") == [
        ("وقال", "indirect", (), "الأسعار", "كثيرا", True)
    ]


def test_declaring_mourning_is_no_statement(pipeline: Pipeline) -> None:
    """أعلن الحداد / أعلنت الجماعة ولاءها: an act performed, not content reported."""
    assert (
        _written(pipeline, "وأعلنت الحكومة الحداد ثلاثة أيام. وأعلنت الجماعة ولاءها للتنظيم.") == []
    )


def test_the_press_is_anonymous_and_half_is_no_verb(pipeline: Pipeline, shared_dir: Path) -> None:
    """وأشارت الصحف: unnamed outlets; منذ نصف قرن: نصف "half", never "we describe"."""
    assert _article(pipeline, shared_dir, "was_2015-08-11_1543") == [
        ("وأشارت", "indirect", (), "تحرير", "المتمردة", True),
        ("كشفت", "indirect", (), "ارتفاع", "القطاع", True),
    ]


def test_organisation_clause_hands_its_subject_to_the_participle(
    pipeline: Pipeline, shared_dir: Path
) -> None:
    """كما حددت الهيئة ... خطوات ...، مشيرة إلى: the organisation is the participle's subject."""
    authority = ("الهيئة العامة للغذاء والدواء",)
    assert _article(pipeline, shared_dir, "was_2015-08-11_1625") == [
        ("مشيرة", "indirect", authority, "أهمية", "الأدراج", False),
        ("وذكرت", "indirect", authority, "الأغذية", "تلوثها", False),
        ("مبينةً", "indirect", authority, "عند", "سنتمترات", False),
        ("مشيرة", "indirect", authority, "المواد", "الأغذية", False),
        ("وقالت", "indirect", authority, "الأغذية", "مئوية", False),
        ("وأوضحت", "indirect", authority, "الأغذية", "والتكاثر", False),
        ("يذكر", "mixed", (), "الحملة", "وجدة", True),
    ]


def test_resuming_phrase_before_the_clause_verb(pipeline: Pipeline, shared_dir: Path) -> None:
    """من جهته قدم عمر المهنا شكره ...، متمنياً: the clause's verb follows من جهته."""
    assert _article(pipeline, shared_dir, "was_2015-08-10_1553") == [
        ("متمنياً", "indirect", ("عمر المهنا",), "ينعكس", "الدوري", False),
    ]


def test_definite_role_ending_like_a_suffix(pipeline: Pipeline, shared_dir: Path) -> None:
    """الحكم الدولي نبيل الشمردل: a definite noun carries no pronoun suffix (الحكم ≠ حكم + كم)."""
    assert _article(pipeline, shared_dir, "was_2015-08-11_1651") == [
        ("أثنى", "indirect", ("نبيل الشمردل",), "مستوي", "الحكام", False),
        ("وأكد", "indirect", ("نبيل الشمردل",), "الاتحاد", "المقبلة", False),
    ]


def test_applicant_noun_is_no_verb(pipeline: Pipeline, shared_dir: Path) -> None:
    """هوية طالب الخدمة: طالب inside a clause is the noun "applicant"."""
    assert _article(pipeline, shared_dir, "3alyoum_2015-08-07_0040") == []
