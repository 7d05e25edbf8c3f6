"""khabar-sana: detection, layout, footer lines and datelines, on real and constructed text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

from khabar import Article, Pipeline, Span, make_plugin_manager
from khabar.testing import arabic_text, uncovered_text
from khabar_sana.dateline import match_sana_dateline
from khabar_sana.footer import LineRole, line_role
from khabar_sana.layout import lay_out

SEED = "000_95620cfd22d33f1f.txt"


def _sana_articles(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "sana" / "dev").glob("*.txt"))


@pytest.fixture
def seed(khabar_pipeline: Pipeline, shared_dir: Path) -> Article:
    text = (shared_dir / "corpus" / "sana" / "dev" / SEED).read_text(encoding="utf-8")
    return khabar_pipeline.process(text)


def test_plugin_is_listed() -> None:
    infos = {info.name: info for info in make_plugin_manager(autoload=True).plugin_info()}
    assert infos["sana"].distribution == "khabar-sana"
    assert set(infos["sana"].hooks) == {
        "khabar_detect_source",
        "khabar_layout",
        "khabar_read_html",
    }


@pytest.mark.corpus
def test_seed_headline_dateline_and_stories(seed: Article) -> None:
    assert seed.source == "sana"
    assert seed.headline is not None
    assert seed.headline.text == (
        "بوشكوف بعد لقائه ولايتي: العلاقات الروسية الايرانية تكتسب طابعا ثابتا واستراتيجيا"
    )
    assert seed.dateline is not None
    assert (seed.dateline.span.text, seed.dateline.place, seed.dateline.agency) == (
        "موسكو-سانا",
        "موسكو",
        "سانا",
    )
    assert len(seed.stories) == 2
    second = seed.stories[1]
    assert second.headline is not None
    assert second.headline.text == (
        "إيران وروسيا تجددان التأكيد على حق الشعب السوري بتقرير مستقبله بنفسه دون تدخل خارجي"
        " ودون مشاركة الإرهابيين"
    )
    first_paragraphs = [seed.blocks[i] for i in second.blocks if seed.blocks[i].kind == "paragraph"]
    assert first_paragraphs[0].span.text.startswith("جددت إيران وروسيا")
    assert len(first_paragraphs) == 6
    assert seed.paragraphs[-1].span.text.endswith("مع الكثير من القضايا.")


@pytest.mark.corpus
def test_seed_footer_is_boilerplate_and_teaser_is_related(seed: Article, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "gold" / "sana-dev.jsonl").read_text().splitlines()[0])
    boilerplate = [block.span.text for block in seed.blocks_of_kind("boilerplate")]
    assert boilerplate == [line.strip() for line in gold["boilerplate_lines"]]
    assert len(seed.related) == 1
    teaser = seed.related[0]
    assert teaser.headline.text == "إيران وروسيا توقعان حزمة من الاتفاقيات لتوسيع التعاون بينهما"
    assert teaser.dateline is not None
    assert (teaser.dateline.span.text, teaser.dateline.place) == ("طهران-سانا", "طهران")
    assert [seed.blocks[i].kind for i in teaser.blocks] == ["related", "related"]
    assert seed.blocks_of_kind("related")[0].span.text == "انظر ايضاً"
    story_blocks = {index for story in seed.stories for index in story.blocks}
    assert not story_blocks & set(teaser.blocks)


@pytest.mark.corpus
def test_every_sana_article(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    articles = _sana_articles(shared_dir)
    assert len(articles) == 2
    for path in articles:
        article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
        assert article.source == "sana", path.name
        assert uncovered_text(article) == "", path.name
        assert article.dateline is not None, path.name
        assert article.dateline.agency == "سانا"
        for block in article.paragraphs:
            assert line_role(block.span.text) is LineRole.TEXT, (path.name, block.span.text)


@pytest.mark.corpus
def test_sydaily_article(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "sana" / "dev" / "sana_sydaily_article1.txt"
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("جاكرتا", "سانا")
    assert len(article.stories) == 1
    assert len(article.blocks_of_kind("paragraph")) == 7
    assert article.blocks_of_kind("boilerplate", "related") == ()
    assert article.related == ()


@pytest.mark.corpus
def test_other_outlets_are_not_sana(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    others = sorted((shared_dir / "corpus" / "saudinewsnet").glob("*/*.txt"))
    assert len(others) == 250
    for path in others:
        assert khabar_pipeline.detect_source(path.read_text(encoding="utf-8")) != "sana", path


@pytest.mark.parametrize(
    "line",
    [
        "تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :",
        "تابعوا آخر الأخبار عبر تطبيق تلغرام على الرابط",
        "تابعونا عبر تطبيق واتس أب :",
        "تابعونا عبر واتساب",
        "تابعونا على فيسبوك",
        "وتابعونا على تويتر",
        "تابعونا على منصة إكس",
        "تابعوا قناتنا على يوتيوب",
        "تابعونا على انستغرام",
        "تابعوا صفحتنا على موقع (VK) للتواصل الاجتماعي على الرابط:",
        "عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).",
        "https://telegram.me/SyrianArabNewsAgency",
        "http://vk.com/syrianarabnewsagency",
        "t.me/SyrianArabNewsAgency",
        "www.sana.sy",
        "تصوير: محمد الأحمد",
        "قناتنا على يوتيوب",
        "لمتابعة آخر الأخبار عبر تلغرام",
        "رابط القناة: https://t.me/SyrianArabNewsAgency",
        "تابعونا على:",
        "@SANA_Arabic",
        "تصوير وتحرير: ليلى المصري",
        "بعد تخزينه باسم سانا أو (SANA).",
    ],
)
def test_footer_variants(line: str) -> None:
    assert line_role(line) is LineRole.FOOTER


@pytest.mark.parametrize(
    "line",
    [
        "وتابع الوزير قائلا إن تطبيق الخطة بدأ على الرابط الجديد بين المدينتين.",
        "وأشار إلى أن الحكومة حجبت موقع فيسبوك وتطبيق واتساب لمدة يومين.",
        "واشترك في الاجتماع ممثلون عن وزارة الاتصالات.",
        "إيران وروسيا تجددان التأكيد على حق الشعب السوري",
        "تصوير المشاهد الأولى للفيلم يبدأ الشهر المقبل في دمشق وحلب.",
        "تصوير وتحرير المشاهد: يبدأ الأسبوع المقبل",
        "وتابع الوزير على الرابط",
    ],
)
def test_article_lines_are_text(line: str) -> None:
    assert line_role(line) is LineRole.TEXT


@pytest.mark.parametrize("line", ["انظر ايضاً", "انظر أيضاً:", "اقرأ أيضاً", "إقرأ أيضا"])
def test_related_markers(line: str) -> None:
    assert line_role(line) is LineRole.RELATED_MARKER


@pytest.mark.parametrize(
    ("line", "dateline", "place", "rest"),
    [
        ("موسكو-سانا", "موسكو-سانا", "موسكو", None),
        ("دمشق - سانا", "دمشق - سانا", "دمشق", None),
        ("حمص–سانا", "حمص–سانا", "حمص", None),
        ("محافظات-سانا", "محافظات-سانا", "محافظات", None),
        ("عواصم-سانا", "عواصم-سانا", "عواصم", None),
        ("ريف دمشق-سانا", "ريف دمشق-سانا", "ريف دمشق", None),
        ("دمشق-سانا:", "دمشق-سانا:", "دمشق", None),
        ("طهران-سانا وقعت إيران وروسيا اليوم", "طهران-سانا", "طهران", "وقعت إيران وروسيا اليوم"),
        ("حلب-سانا: افتتح اليوم", "حلب-سانا:", "حلب", "افتتح اليوم"),
    ],
)
def test_dateline_forms(line: str, dateline: str, place: str, rest: str | None) -> None:
    match = match_sana_dateline(line, Span.of(line, 0, len(line)))
    assert match is not None
    assert (match.dateline.span.text, match.dateline.place, match.dateline.agency) == (
        dateline,
        place,
        "سانا",
    )
    assert (match.rest.text if match.rest else None) == rest


@pytest.mark.parametrize(
    "line", ["وقالت سانا إن الوفد وصل", "دمشق-سانانيوز", "نقلت وكالة سانا - عن مصدر"]
)
def test_not_datelines(line: str) -> None:
    assert match_sana_dateline(line, Span.of(line, 0, len(line))) is None


def test_constructed_page(khabar_pipeline: Pipeline) -> None:
    text = "\n\n".join(
        [
            "المقداد يلتقي وفدا برلمانيا",
            "دمشق-سانا",
            "التقى وزير الخارجية اليوم وفدا برلمانيا.",
            "وبحث الجانبان العلاقات الثنائية.",
            "افتتاح معرض الكتاب في حلب",
            "حلب-سانا",
            "افتتح اليوم معرض الكتاب في حلب بمشاركة 50 دار نشر.",
            "تابعونا على فيسبوك",
            "https://www.facebook.com/SyrianArabNewsAgency",
            "اقرأ أيضاً",
            "الرئيس يستقبل وفدا",
            "دمشق-سانا استقبل الرئيس اليوم وفدا.",
            "ارتفاع الصادرات الزراعية",
            "حمص-سانا ارتفعت الصادرات.",
            "تابعوا قناتنا على تلغرام",
        ]
    )
    article = khabar_pipeline.process(text)
    assert article.source == "sana"
    assert uncovered_text(article) == ""
    assert [story.headline.text for story in article.stories if story.headline] == [
        "المقداد يلتقي وفدا برلمانيا",
        "افتتاح معرض الكتاب في حلب",
    ]
    second = [article.blocks[i] for i in article.stories[1].blocks]
    assert [block.kind for block in second] == ["subheadline", "dateline", "paragraph"]
    assert [
        (t.headline.text, t.dateline.place if t.dateline else None) for t in article.related
    ] == [
        ("الرئيس يستقبل وفدا", "دمشق"),
        ("ارتفاع الصادرات الزراعية", "حمص"),
    ]
    assert [block.span.text for block in article.blocks_of_kind("boilerplate")] == [
        "تابعونا على فيسبوك",
        "https://www.facebook.com/SyrianArabNewsAgency",
        "تابعوا قناتنا على تلغرام",
    ]


def test_a_paragraph_with_its_full_stop_opens_no_story(khabar_pipeline: Pipeline) -> None:
    text = "عنوان الخبر\n\nدمشق-سانا\n\nجملة أولى.\n\nجملة قصيرة منتهية.\n\nجملة أخيرة طويلة."
    article = khabar_pipeline.process(text)
    assert len(article.stories) == 1
    assert [block.kind for block in article.blocks] == ["headline", "dateline", *["paragraph"] * 3]


def test_inline_teaser(khabar_pipeline: Pipeline) -> None:
    text = "\n".join(
        [
            "عنوان الخبر",
            "دمشق-سانا",
            "الفقرة الأولى.",
            "اقرأ أيضاً: وزير الصحة يفتتح مشفى جديدا",
            "الفقرة الثانية.",
        ]
    )
    article = khabar_pipeline.process(text)
    assert [block.kind for block in article.blocks] == [
        "headline",
        "dateline",
        "paragraph",
        "related",
        "paragraph",
    ]
    assert [teaser.headline.text for teaser in article.related] == ["وزير الصحة يفتتح مشفى جديدا"]
    assert article.related[0].blocks == (3,)
    assert line_role("اقرأ أيضاً: وزير الصحة يفتتح مشفى جديدا") is LineRole.INLINE_TEASER


@given(text=arabic_text())
def test_layout_loses_nothing_on_any_text(text: str) -> None:
    article = lay_out(Article(text=text, source="sana"))
    assert uncovered_text(article) == ""
