"""Each construction of the statement grammar on small constructed articles."""

from __future__ import annotations

import subprocess
import sys

import pytest

from khabar import Article, Pipeline

HEAD = "عنوان الخبر\n\nدمشق-سانا\n\n"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def said(pipeline: Pipeline, body: str, head: str = HEAD) -> list[tuple[object, ...]]:
    """(cue, kind, speaker names, anonymous, content) of every statement of *body*."""
    article: Article = pipeline.process(head + body)
    return [
        (
            statement.cue.span.text if statement.cue else None,
            statement.kind,
            tuple(article.entity(speaker).name for speaker in statement.speakers),
            statement.anonymous,
            statement.content.text,
        )
        for statement in article.statements
    ]


def test_vso_with_a_title_before_the_name(pipeline: Pipeline) -> None:
    assert said(pipeline, "أعلن وزير الخارجية سامر الخطيب أن الاجتماع سيعقد غدا في العاصمة.") == [
        ("أعلن", "indirect", ("سامر الخطيب",), False, "الاجتماع سيعقد غدا في العاصمة")
    ]


def test_vso_with_an_apposition_after_the_name(pipeline: Pipeline) -> None:
    body = "أعلن سامر الخطيب رئيس اللجنة الوطنية للحوار أن الاجتماع سيعقد غدا."
    assert said(pipeline, body) == [
        ("أعلن", "indirect", ("سامر الخطيب",), False, "الاجتماع سيعقد غدا")
    ]


def test_svo_after_anna_and_the_impersonal_lead_in_gives_way(pipeline: Pipeline) -> None:
    assert said(pipeline, "يذكر أن سامر الخطيب أكد أمس أن الوفد جاهز.") == [
        ("أكد", "indirect", ("سامر الخطيب",), False, "الوفد جاهز")
    ]


def test_joint_speakers_with_a_singular_verb(pipeline: Pipeline) -> None:
    body = (
        "وشدد وزير الخارجية سامر الخطيب ونظيره كمال الحسن خلال لقائهما اليوم"
        " على ضرورة مواصلة الحوار."
    )
    assert said(pipeline, body) == [
        ("وشدد", "indirect", ("سامر الخطيب", "كمال الحسن"), False, "ضرورة مواصلة الحوار")
    ]


def test_participle_continues_the_speaker(pipeline: Pipeline) -> None:
    body = "وقال سامر الخطيب إن الوضع مستقر مشيرا إلى أن الحوار مستمر."
    assert said(pipeline, body) == [
        ("وقال", "indirect", ("سامر الخطيب",), False, "الوضع مستقر"),
        ("مشيرا", "indirect", ("سامر الخطيب",), False, "الحوار مستمر"),
    ]


def test_min_janibihi_and_an_omitted_subject(pipeline: Pipeline) -> None:
    body = (
        "أكد سامر الخطيب أن الحوار مستمر.\n\nمن جانبه قال كمال الحسن إن الوفد سيصل غدا."
        "\n\nوأضاف أن الجولة ستكون حاسمة."
    )
    assert said(pipeline, body) == [
        ("أكد", "indirect", ("سامر الخطيب",), False, "الحوار مستمر"),
        ("قال", "indirect", ("كمال الحسن",), False, "الوفد سيصل غدا"),
        ("وأضاف", "indirect", ("كمال الحسن",), False, "الجولة ستكون حاسمة"),
    ]


def test_anonymous_source_has_no_speaker(pipeline: Pipeline) -> None:
    assert said(pipeline, "وقالت مصادر مطلعة إن المفاوضات تعثرت.") == [
        ("وقالت", "indirect", (), True, "المفاوضات تعثرت")
    ]


def test_impersonal_background_is_anonymous(pipeline: Pipeline) -> None:
    assert said(pipeline, "يذكر أن الجولة السابقة عقدت في جنيف.") == [
        ("يذكر", "indirect", (), True, "الجولة السابقة عقدت في جنيف")
    ]


def test_nominal_source_bihasab(pipeline: Pipeline) -> None:
    assert said(pipeline, "وبحسب الشرطة فإن الحادث وقع ليلا.") == [
        ("وبحسب", "indirect", ("الشرطة",), False, "الحادث وقع ليلا")
    ]


def test_mismatched_closing_mark(pipeline: Pipeline) -> None:
    body = "وأضاف سامر الخطيب “نحن مستعدون للحوار “مؤكدا أن الوفد جاهز."
    assert said(pipeline, body) == [
        ("وأضاف", "direct", ("سامر الخطيب",), False, "نحن مستعدون للحوار"),
        ("مؤكدا", "indirect", ("سامر الخطيب",), False, "الوفد جاهز"),
    ]


def test_quote_over_a_paragraph_break(pipeline: Pipeline) -> None:
    body = "وقال سامر الخطيب: «الجولة الأولى كانت مثمرة.\n\n«ونأمل أن تكون الجولة الثانية أفضل»."
    assert said(pipeline, body) == [
        (
            "وقال",
            "direct",
            ("سامر الخطيب",),
            False,
            "الجولة الأولى كانت مثمرة.\n\n«ونأمل أن تكون الجولة الثانية أفضل",
        )
    ]


def test_nested_quotes(pipeline: Pipeline) -> None:
    body = 'وقال سامر الخطيب: «نرفض ما يسمى "الحل المؤقت" بشكل قاطع».'
    assert said(pipeline, body) == [
        ("وقال", "direct", ("سامر الخطيب",), False, 'نرفض ما يسمى "الحل المؤقت" بشكل قاطع')
    ]


def test_an_unclosed_quote_ends_with_its_sentence(pipeline: Pipeline) -> None:
    body = 'وقال سامر الخطيب إن "الوضع مستقر. وأكد أن الوفد جاهز.'
    assert said(pipeline, body) == [
        ("وقال", "direct", ("سامر الخطيب",), False, "الوضع مستقر"),
        ("وأكد", "indirect", ("سامر الخطيب",), False, "الوفد جاهز"),
    ]


def test_mixed_quote_and_a_name_in_quotes(pipeline: Pipeline) -> None:
    body = (
        'أكد سامر الخطيب أن التعاون "مستمر ومتطور" بين البلدين.\n\n'
        'وأشار الخطيب إلى أن الوزارة أطلقت برنامج "صيف آمن" للأطفال.'
    )
    assert said(pipeline, body) == [
        ("أكد", "mixed", ("سامر الخطيب",), False, 'التعاون "مستمر ومتطور" بين البلدين'),
        ("وأشار", "indirect", ("سامر الخطيب",), False, 'الوزارة أطلقت برنامج "صيف آمن" للأطفال'),
    ]


def test_headline_with_a_colon(pipeline: Pipeline) -> None:
    text = "الخطيب: الحوار مستمر\n\nدمشق-سانا\n\nأكد سامر الخطيب أن الحوار مستمر."
    assert said(pipeline, "", head=text) == [
        (":", "headline", ("سامر الخطيب",), False, "الحوار مستمر"),
        ("أكد", "indirect", ("سامر الخطيب",), False, "الحوار مستمر"),
    ]


def test_a_preposition_spelt_like_a_verb_is_no_cue(pipeline: Pipeline) -> None:
    assert said(pipeline, "وبحث الجانبان التعاون بين البلدين إلا أن الخلاف قائم.") == []


def test_khabar_plugins_lists_quotes() -> None:
    listing = subprocess.run(
        [sys.executable, "-m", "khabar.cli", "plugins"], capture_output=True, text=True, check=True
    )
    assert "quotes" in listing.stdout.split()
