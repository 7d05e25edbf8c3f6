"""khabar-sana on the variation of real SANA pages, in constructed text.

Conventions covered: dateline dashes (tatweel, underscore, slash, brackets), several places,
the English service's dateline, the date line above the headline, a scrape that opens on the
dateline, the reporter's signature, rules and hashtags, credit lines, and the old site's HTML.
"""

from __future__ import annotations

import pytest

from khabar import Pipeline, Span
from khabar.testing import uncovered_text
from khabar_sana.dateline import match_sana_dateline
from khabar_sana.detect import is_sana_text
from khabar_sana.footer import LineRole, line_role
from khabar_sana.plugin import khabar_read_html


@pytest.mark.parametrize(
    ("line", "dateline", "place", "agency", "rest"),
    [
        ("دمشق ـ سانا", "دمشق ـ سانا", "دمشق", "سانا", None),
        ("حمص ـسانا", "حمص ـسانا", "حمص", "سانا", None),
        ("حماة_سانا", "حماة_سانا", "حماة", "سانا", None),
        ("دمشق/سانا", "دمشق/سانا", "دمشق", "سانا", None),
        ("موسكو-طهران-سانا", "موسكو-طهران-سانا", "موسكو-طهران", "سانا", None),
        ("دمشق (سانا)", "دمشق (سانا)", "دمشق", "سانا", None),
        ("درعا-(سانا) وصلت", "درعا-(سانا)", "درعا", "سانا", "وصلت"),
        ("عواصم ومحافظات-سانا", "عواصم ومحافظات-سانا", "عواصم ومحافظات", "سانا", None),
        ("Damascus, SANA – The fair", "Damascus, SANA –", "Damascus", "SANA", "The fair"),
        ("New York, SANA_ The envoy", "New York, SANA_", "New York", "SANA", "The envoy"),
        ("LONDON, (SANA)- The paper", "LONDON, (SANA)-", "LONDON", "SANA", "The paper"),
        ("Hama, (SANA) The governor", "Hama, (SANA)", "Hama", "SANA", "The governor"),
    ],
)
def test_dateline_variants(
    line: str, dateline: str, place: str, agency: str, rest: str | None
) -> None:
    match = match_sana_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert (match.dateline.span.text, match.dateline.place, match.dateline.agency) == (
        dateline,
        place,
        agency,
    )
    assert (match.rest.text if match.rest else None) == rest


@pytest.mark.parametrize(
    "line",
    [
        "The SANA reporter said the convoy arrived",
        "Meanwhile, SANA reported that",
        "وأفادت سانا بأن القافلة وصلت",
        "ونقلت سانا_عن مصدر",
    ],
)
def test_running_text_is_no_dateline(line: str) -> None:
    assert match_sana_dateline(line, Span.of(line, 0, len(line))) is None


@pytest.mark.parametrize(
    "line",
    [
        "#سوريا #دمشق",
        "ــــــــــــــــــ",
        "-----",
        "* * *",
        "الأربعاء، 12 آذار 2025",
        "السبت 6 سبتمبر 2025 11:57",
        "2025-09-06",
        "Follow us on Telegram",
        "قناة سانا على يوتيوب",
        "حساب سانا على منصة إكس",
        "إعداد وتقديم: رنا العلي",
        "صور: سانا",
        "انضموا إلى قناتنا على واتساب",
        "ب.ح/ل.د",
        "ب.ح/.ل.د.",
        "تابعوا أخبار سانا على تلغرام https://t.me/SyriaAgency",
        "تابعوا آخر الأخبار عبر تطبيق تلغ",  # the network's name cut off by the scrape
        "تابعونا على قناتنا في",
        "المصدر",
        "الكاتب:editor",
        "الموقع : example.sy",
        "نشر الخبر اول مرة بتاريخ : 2023-03-04 08:09:10",
        "ادارة الموقع لا تتبنى وجهة نظر الكاتب او الخبر المنشور",
    ],
)
def test_more_footer_variants(line: str) -> None:
    assert line_role(line) is LineRole.FOOTER


@pytest.mark.parametrize(
    "line",
    [
        "وفي 12 آذار 2025 افتتحت الوزارة المركز.",
        "ونشرت سانا على حسابها في منصة إكس صورا من الموقع تظهر حجم الأضرار.",
        "2025",
        "تصوير فيلم جديد في حلب",
        "في ما لا",
        "أ.د. محمد الحسن يفتتح المؤتمر",
        "وتابع الوزير تطبيق الخطة في المحافظة.",
        "المصدر أكد أن القافلة وصلت إلى المدينة صباح اليوم.",
        "نشر الجيش وحداته على الطريق الدولي.",
    ],
)
def test_more_article_lines_are_text(line: str) -> None:
    assert line_role(line) is LineRole.TEXT


@pytest.mark.parametrize("line", ["مقالات ذات صلة", "أخبار متعلقة", "Read also", "Check Also"])
def test_more_related_markers(line: str) -> None:
    assert line_role(line) is LineRole.RELATED_MARKER


def test_a_page_opening_on_its_dateline(khabar_pipeline: Pipeline) -> None:
    text = "اللاذقية-سانا\n\nتفقد المحافظ اليوم أعمال الصيانة.\n\nوأكد أهمية الإسراع بالإنجاز."
    assert is_sana_text(text)
    article = khabar_pipeline.process(text)
    assert article.source == "sana"
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.place == "اللاذقية"
    assert [block.kind for block in article.blocks] == ["dateline", "paragraph", "paragraph"]
    assert uncovered_text(article) == ""


def test_a_ticker_above_the_headline(khabar_pipeline: Pipeline) -> None:
    text = "عاجل: خبر عاجل قصير\n\nعنوان الخبر\n\nحلب-سانا\n\nجملة أولى."
    article = khabar_pipeline.process(text)
    assert article.headline is not None
    assert article.headline.text == "عنوان الخبر"
    assert article.blocks[0].kind == "boilerplate"
    assert khabar_pipeline.process("عاجل\n\nحلب-سانا\n\nجملة.").headline is not None


@pytest.mark.parametrize(
    "header",
    [
        ["صوت الوطن كل يوم", "الشريط الإخباري"],  # the slogan and the ticker's label
        ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات"],  # the section menu
        ["عاجل: وصول قافلة المساعدات إلى حلب", "الشريط الإخباري"],
        ["صوت الوطن كل يوم", "الأحد، 29 تشرين الثاني 2026", "الرئيسية", "محليات"],  # a date
    ],
)
def test_site_header_above_the_headline(khabar_pipeline: Pipeline, header: list[str]) -> None:
    body = "افتتاح جسر جديد في ريف حماة\n\nحماة-سانا\n\nافتتح المحافظ اليوم الجسر.\n\nوأكد أهميته."
    article = khabar_pipeline.process("\n\n".join([*header, body]))
    assert article.source == "sana"
    assert article.headline is not None
    assert article.headline.text == "افتتاح جسر جديد في ريف حماة"
    assert article.dateline is not None
    assert article.dateline.place == "حماة"
    assert [block.kind for block in article.blocks] == [
        *["boilerplate"] * len(header),
        "headline",
        "dateline",
        "paragraph",
        "paragraph",
    ]
    assert len(article.stories) == 1
    assert uncovered_text(article) == ""


def test_a_later_story_dateline_does_not_move_the_headline(khabar_pipeline: Pipeline) -> None:
    text = (
        "المحافظ يفتتح مشاريع خدمية\n\nافتتح المحافظ اليوم ثلاثة مشاريع.\n\n"
        "تأهيل طريق الساحل\n\nاللاذقية-سانا\n\nبدأت أعمال التأهيل.\n\n"
        "https://sana.sy/?p=1"
    )
    article = khabar_pipeline.process(text)
    assert article.headline is not None
    assert article.headline.text == "المحافظ يفتتح مشاريع خدمية"
    assert [story.headline.text for story in article.stories if story.headline] == [
        "المحافظ يفتتح مشاريع خدمية",
        "تأهيل طريق الساحل",
    ]


def test_detected_by_the_new_channel() -> None:
    assert is_sana_text("عنوان\n\nنص الخبر.\n\nhttps://t.me/SyriaAgency")


def test_signature_needs_a_closed_paragraph_before_it(khabar_pipeline: Pipeline) -> None:
    signed = "عنوان الخبر\n\nحلب-سانا\n\nجملة أولى.\n\nجملة ثانية.\n\nمحمد الحسن"
    unsigned = "عنوان الخبر\n\nحلب-سانا\n\nجملة أولى.\n\nجملة ثانية بلا نقطة\n\nمحمد الحسن"
    signed_article = khabar_pipeline.process(signed)
    assert [block.kind for block in signed_article.blocks][-1] == "boilerplate"
    assert signed_article.paragraphs[-1].span.text == "جملة ثانية."
    assert khabar_pipeline.process(unsigned).paragraphs[-1].span.text == "محمد الحسن"


OLD_SITE_PAGE = """<html><head>
<meta property="og:site_name" content="الوكالة العربية السورية للأنباء">
<meta property="og:title" content="عنوان الخبر القديم - الوكالة العربية السورية للأنباء">
</head><body>
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">عنوان الخبر القديم</span></h1>
<p class="post-meta"><span>2016-05-04</span></p>
<div class="entry">
<p>حمص-سانا</p>
<p>الفقرة الأولى.</p>
<p>تابعوا آخر الأخبار عبر تطبيق تيلغرام</p>
<div class="share-post"><p>شارك</p></div>
</div>
<section id="related_posts"><h3>انظر ايضاً</h3><p>خبر آخر</p></section>
</div></body></html>"""


def test_old_site_page() -> None:
    assert khabar_read_html(OLD_SITE_PAGE, None) == "\n\n".join(
        ["عنوان الخبر القديم", "حمص-سانا", "الفقرة الأولى.", "تابعوا آخر الأخبار عبر تطبيق تيلغرام"]
    )


def test_headline_from_the_page_title() -> None:
    page = OLD_SITE_PAGE.replace('class="name post-title entry-title"', 'class="x"')
    text = khabar_read_html(page, None)
    assert text is not None
    assert text.splitlines()[0] == "عنوان الخبر القديم"


def test_unknown_layout_is_read_by_trafilatura_under_the_pages_headline() -> None:
    paragraph = "افتتحت المديرية اليوم معرضا للكتاب بمشاركة عشرات دور النشر المحلية والعربية. " * 4
    page = OLD_SITE_PAGE.replace('class="entry"', 'class="article-body"').replace(
        "<p>الفقرة الأولى.</p>", f"<p>{paragraph.strip()}</p>"
    )
    page = page.replace('class="name post-title entry-title"', 'class="x"')
    assert khabar_read_html(page, "https://sana.sy/?p=1") == "\n\n".join(
        [
            "عنوان الخبر القديم",
            "حمص-سانا",
            paragraph.strip(),
            "تابعوا آخر الأخبار عبر تطبيق تيلغرام",
        ]
    )


def test_teaser_headlines_ending_in_punctuation(khabar_pipeline: Pipeline) -> None:
    text = "\r\n\r\n".join(
        [
            "عنوان الخبر",
            "دمشق-سانا",
            "فقرة أولى.",
            "انظر ايضاً",
            "هل تنجح المفاوضات؟",
            "جنيف-سانا انطلقت المفاوضات",
            "اختتام الجولة الثالثة...",
            "أستانا-سانا اختتمت الجولة",
        ]
    )
    article = khabar_pipeline.process(text)
    assert [
        (t.headline.text, t.dateline.place if t.dateline else None) for t in article.related
    ] == [
        ("هل تنجح المفاوضات؟", "جنيف"),
        ("اختتام الجولة الثالثة...", "أستانا"),
    ]
    assert [block.span.text for block in article.paragraphs] == ["فقرة أولى."]
    assert uncovered_text(article) == ""


def test_a_mirror_page_with_a_cut_footer_and_the_aggregators_notes(
    khabar_pipeline: Pipeline,
) -> None:
    body = ["الوزير يفتتح المركز", "حمص-سانا", "افتتح الوزير اليوم المركز الجديد."]
    footer = [
        "تابعوا آخر الأخبار عبر تطبيق تلغ",
        "المصدر",
        "الكاتب:editor",
        "نشر الخبر اول مرة بتاريخ : 2023-03-04 08:09:10",
        "ادارة الموقع لا تتبنى وجهة نظر الكاتب او الخبر المنشور",
    ]
    article = khabar_pipeline.process("\n\n".join(body + footer))
    assert article.source == "sana"
    assert [(block.kind, block.span.text) for block in article.blocks] == [
        ("headline", body[0]),
        ("dateline", body[1]),
        ("paragraph", body[2]),
        *(("boilerplate", line) for line in footer),
    ]
