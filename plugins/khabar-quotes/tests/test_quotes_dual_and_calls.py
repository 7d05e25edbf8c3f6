"""Dual verbs with an omitted subject, participles after a transitive verb, and verbs of calling
on someone (دعا، أهاب بـ), on small constructed articles."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

HEAD = "عنوان الخبر\n\nدمشق-سانا\n\n"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def said(pipeline: Pipeline, body: str) -> list[tuple[object, ...]]:
    """(cue, speaker names, content) of every statement of *body*."""
    article: Article = pipeline.process(HEAD + body)
    return [
        (
            statement.cue.span.text if statement.cue else None,
            tuple(article.entity(speaker).name for speaker in statement.speakers),
            statement.content.text,
        )
        for statement in article.statements
    ]


def test_dual_past_verb_with_an_object_after_a_meeting(pipeline: Pipeline) -> None:
    body = (
        "التقى وزير الخارجية علي الحسن مع وزير الخارجية العماني بدر الزيدي في مسقط،"
        " وبحثا العلاقات الثنائية، وأكدا أهمية تعزيز التعاون بين البلدين."
    )
    assert said(pipeline, body) == [
        ("وأكدا", ("علي الحسن", "بدر الزيدي"), "أهمية تعزيز التعاون بين البلدين")
    ]


def test_dual_past_verb_after_a_talk_with_a_counterpart(pipeline: Pipeline) -> None:
    body = (
        "بحث وزير الصحة سامر العلي مع نظيره الأردني خالد النمر سبل التعاون،"
        " وأكدا ضرورة تبادل الخبرات."
    )
    assert said(pipeline, body) == [("وأكدا", ("سامر العلي", "خالد النمر"), "ضرورة تبادل الخبرات")]


def test_dual_verb_with_its_particle(pipeline: Pipeline) -> None:
    body = (
        "استقبل رئيس الوزراء حسين عرنوس وزير النقل الأردني عمر السعيد وأشارا إلى أن التعاون يتطور."
    )
    assert said(pipeline, body) == [("وأشارا", ("حسين عرنوس", "عمر السعيد"), "التعاون يتطور")]


def test_dual_present_verb(pipeline: Pipeline) -> None:
    body = (
        "اجتمع وزير الاقتصاد سامر الخطيب مع السفير الهندي راجيف كومار،"
        " ويؤكدان أن الاستثمارات المشتركة ستزداد."
    )
    assert said(pipeline, body) == [
        ("ويؤكدان", ("سامر الخطيب", "راجيف كومار"), "الاستثمارات المشتركة ستزداد")
    ]


def test_participle_after_a_transitive_verb_takes_its_subject(pipeline: Pipeline) -> None:
    body = (
        "وعرض محافظ حمص أحمد الخطيب معاناة الأهالي في الريف الشرقي جراء الاعتداءات"
        " مبينا أن الطرق تحتاج إلى صيانة عاجلة."
    )
    assert said(pipeline, body) == [("مبينا", ("أحمد الخطيب",), "الطرق تحتاج إلى صيانة عاجلة")]


def test_participle_after_a_title_subject_and_its_object(pipeline: Pipeline) -> None:
    body = (
        "استقبل محافظ حمص أحمد الخطيب اليوم وفدا صحفيا.\n\n"
        "وأكد الخطيب أن المحافظة تواصل تقديم الخدمات.\n\n"
        "وعرض محافظ حمص معاناة الأهالي في الريف الشرقي جراء الاعتداءات"
        " مبينا أن الطرق تحتاج إلى صيانة عاجلة."
    )
    assert said(pipeline, body) == [
        ("وأكد", ("أحمد الخطيب",), "المحافظة تواصل تقديم الخدمات"),
        ("مبينا", ("أحمد الخطيب",), "الطرق تحتاج إلى صيانة عاجلة"),
    ]


def test_participles_in_a_row_with_an_addressee(pipeline: Pipeline) -> None:
    body = (
        "وأكد المحافظ أحمد الخطيب أن المحافظة تواصل تقديم الخدمات"
        " مبينا أن الحكومة تعمل على إعادة الإعمار"
        " داعيا الوفد ووسائل الإعلام لنقل الصورة الحقيقية."
    )
    assert said(pipeline, body) == [
        ("وأكد", ("أحمد الخطيب",), "المحافظة تواصل تقديم الخدمات"),
        ("مبينا", ("أحمد الخطيب",), "الحكومة تعمل على إعادة الإعمار"),
        ("داعيا", ("أحمد الخطيب",), "الوفد ووسائل الإعلام لنقل الصورة الحقيقية"),
    ]


def test_ahaba_bi_is_a_call_like_daa(pipeline: Pipeline) -> None:
    body = (
        "وأهاب المهندس خالد الرويشد بجميع المنشآت الالتزام بالأنظمة،"
        " داعياً المواطنين للإبلاغ عن المخالفات، مؤكداً استمرار الحملات."
    )
    assert said(pipeline, body) == [
        ("وأهاب", ("خالد الرويشد",), "جميع المنشآت الالتزام بالأنظمة"),
        ("داعياً", ("خالد الرويشد",), "المواطنين للإبلاغ عن المخالفات"),
        ("مؤكداً", ("خالد الرويشد",), "استمرار الحملات"),
    ]


def test_adjective_muhib_is_no_cue(pipeline: Pipeline) -> None:
    body = "أقيم في المدينة حفل مهيب بحضور المحافظ أحمد الخطيب."
    assert said(pipeline, body) == []


def test_calling_on_god_is_a_prayer_not_a_statement(pipeline: Pipeline) -> None:
    body = "وأكد الوزير محمد العلي أهمية المشروع، داعيا الله العلي القدير أن يوفق الجميع."
    assert said(pipeline, body) == [("وأكد", ("محمد العلي",), "أهمية المشروع")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a recognised name opening with a given name stays the subject before the object
        (
            "وأكد وزير الصحة محمد العلي على أهمية المشروع.",
            [("وأكد", ("محمد العلي",), "أهمية المشروع")],
        ),
        (
            "وأكد وزير الصحة خالد الفالح أهمية المشروع.",
            [("وأكد", ("خالد الفالح",), "أهمية المشروع")],
        ),
        # a noun and its genitive after a title is the object, not a name
        ("أكد سمو رئيس المدينة حرص المدينة على المشروع.", [("أكد", (), "حرص المدينة على المشروع")]),
    ],
)
def test_title_name_and_object(
    pipeline: Pipeline, body: str, expected: list[tuple[object, ...]]
) -> None:
    assert said(pipeline, body) == expected
