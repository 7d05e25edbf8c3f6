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


_RUNNING = (
    "استقبل أمير المنطقة في مكتبه اليوم مدير الجامعة ووكلاءها وعددا من أعضاء هيئة التدريس،"
    " واطلع على التقرير السنوي لأعمال الجامعة خلال العام الماضي. وأكد الأمير خلال اللقاء"
    " أهمية الدور الذي تقوم به الجامعة في خدمة المجتمع وتأهيل الشباب لسوق العمل."
)


@pytest.mark.parametrize(
    ("text", "headline", "kinds"),
    [
        # a page scraped without its headline opens on running text: no headline
        (_RUNNING, None, ["paragraph"]),
        (f"{_RUNNING}\n\nوأضاف أن الجامعة ستفتتح كلية جديدة.", None, ["paragraph", "paragraph"]),
        # a long headline of one sentence is still a headline
        (
            "أمير المنطقة يستقبل مدير الجامعة ووكلاءها ويطلع على التقرير السنوي\n\n" + _RUNNING,
            "أمير المنطقة يستقبل مدير الجامعة ووكلاءها ويطلع على التقرير السنوي",
            ["headline", "paragraph"],
        ),
    ],
)
def test_running_text_on_the_first_line_is_no_headline(
    generic: Pipeline, text: str, headline: str | None, kinds: list[str]
) -> None:
    article = generic.process(text)
    assert (article.headline.text if article.headline else None) == headline
    assert [block.kind for block in article.blocks] == kinds


def test_a_colon_sentence_is_not_a_dateline(generic: Pipeline) -> None:
    article = generic.process("عنوان\n\nقال الوزير: العمل مستمر.")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("الدمام: واس افتتح المحافظ المعرض.", "الدمام: واس", "افتتح المحافظ المعرض."),
        ("الدمام: عكاظ - افتتح المحافظ المعرض.", "الدمام: عكاظ", "افتتح المحافظ المعرض."),
    ],
)
def test_a_reprinted_wire_dateline_opening_the_paragraph(
    generic: Pipeline, paragraph: str, dateline: str, rest: str
) -> None:
    article = generic.process(f"عنوان\n\n{paragraph}")
    assert article.dateline is not None
    assert article.dateline.span.text == dateline
    assert [block.span.text for block in article.paragraphs] == [rest]


@pytest.mark.parametrize(
    "paragraph",
    [
        "جدة: سبق أن أعلنت الأمانة خطتها.",  # a newspaper's name that is a word of the sentence
        "الوزير: واس تنشر البيان.",  # no place before the colon
        "الرياض: السوق تغلق مرتفعة.",  # no agency after it
    ],
)
def test_a_colon_after_a_place_is_no_dateline_alone(generic: Pipeline, paragraph: str) -> None:
    article = generic.process(f"عنوان\n\n{paragraph}")
    assert article.dateline is None
    assert [block.span.text for block in article.paragraphs] == [paragraph]


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
    link lines, page furniture and tag lists are boilerplate."""
    paths = _other_outlets(shared_dir)
    assert len(paths) == 65
    boilerplate = []
    related = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = khabar_pipeline.process(text)
        assert article.source not in SOURCE_PLUGINS, path
        assert uncovered_text(article) == "", path
        boilerplate += [b.span.text for b in article.blocks if b.kind == "boilerplate"]
        related += [b.span.text[:18] for b in article.blocks if b.kind == "related"]
    links = [line for line in boilerplate if line.startswith("رابط الخبر بصحيفة الوئام:")]
    assert len(links) == 5
    assert [line for line in boilerplate if line not in links] == [
        "Next Previous",
        "سمات الطيارة تويتر",
        "سمات جازان فورد اكسبديشن محافظة بيش مريض نفسي",
        "سمات الشرائح المجهولة لاتصالات هيئة الاتصالات",
        "سمات اللاذقية بشرى الأسد قتل هلال الأسد",
        "...المزيد",
        "تعليقات ()",
    ]
    assert related == ["مقالات أخرى للكاتب"]


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


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("رغد عشميل – عين اليوم", None, "عين اليوم"),  # <reporter> – <outlet>
        ("عين اليوم – متابعات", None, "عين اليوم"),  # <outlet> – compiled from reports
        ("الرياض - متابعات", "الرياض", "متابعات"),
        ("طلال عبدالله ـ جدة", "جدة", None),  # a spaced tatweel as the dash
        ("مسلّم الهواملة – الدلم", "الدلم", None),  # <reporter> – <place> the lexicon lacks
        ("جدة - خالد العتيبي", "جدة", None),  # <place> - <reporter>
        ("الدمام – نورة سعد الشمري", "الدمام", None),  # <place> – <female reporter>
        ("مريم الزهراني - تبوك", "تبوك", None),  # <female reporter> - <place>
        ("عبدالله الداني (جدة)", "جدة", None),  # <reporter> (<place>)
        ("القاهرة - أ ش أ", "القاهرة", "أ ش أ"),
    ],
)
def test_newspaper_bylines_on_their_own_line(
    generic: Pipeline, line: str, place: str | None, agency: str | None
) -> None:
    article = generic.process(f"عنوان\n\n{line}\n\nنص الخبر.")
    assert article.dateline is not None
    assert (article.dateline.span.text, article.dateline.place, article.dateline.agency) == (
        line,
        place,
        agency,
    )
    assert [block.kind for block in article.blocks] == ["headline", "dateline", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "خالد العتيبي - فهد السالم",  # two reporters, no place, no outlet
        "تصفيات كأس العالم - المجموعة الأولى: السعودية تفوز.",  # no byline: a colon sentence
        "عبدالرحمن النخيش",  # a reporter's name alone
    ],
)
def test_lines_that_are_no_byline(generic: Pipeline, line: str) -> None:
    assert generic.process(f"عنوان\n\n{line}\n\nنص الخبر.").dateline is None


@pytest.mark.parametrize(
    ("name", "dateline", "place", "agency"),
    [
        ("3alyoum/3alyoum_2015-07-24_0483.txt", "مسلّم الهواملة – الدلم", "الدلم", None),
        ("3alyoum/3alyoum_2015-07-31_0009.txt", "رغد عشميل – عين اليوم", None, "عين اليوم"),
        ("3alyoum/3alyoum_2015-08-02_0026.txt", "قاسم الزرعي – عين اليوم", None, "عين اليوم"),
        ("3alyoum/3alyoum_2015-08-07_0040.txt", "عين اليوم – جدة", "جدة", "عين اليوم"),
        ("3alyoum/3alyoum_2015-08-09_0036.txt", "عين اليوم – متابعات", None, "عين اليوم"),
        ("arreyadi/arreyadi_2015-07-21_2382.txt", "طلال عبدالله ـ جدة", "جدة", None),
    ],
)
def test_bylines_of_the_corpus(
    shared_dir: Path,
    khabar_pipeline: Pipeline,
    name: str,
    dateline: str,
    place: str | None,
    agency: str | None,
) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / name
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert article.dateline is not None
    assert (article.dateline.span.text, article.dateline.place, article.dateline.agency) == (
        dateline,
        place,
        agency,
    )


def test_slider_buttons_before_the_byline(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / "3alyoum" / "3alyoum_2015-07-24_0483.txt"
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert [(block.kind, block.span.text) for block in article.blocks[:3]] == [
        ("headline", "ضبط مصنع مستحضرات طبية مغشوشة تديره عمالة وافدة في الدلم"),
        ("boilerplate", "Next Previous"),
        ("dateline", "مسلّم الهواملة – الدلم"),
    ]
    assert article.paragraphs[0].span.text.startswith("تمكنت الجهات الرقابية لبلدية الدلم")


def test_a_kicker_before_the_byline_is_a_subheadline(
    shared_dir: Path, khabar_pipeline: Pipeline
) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / "arreyadi" / "arreyadi_2015-07-21_2382.txt"
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert [block.kind for block in article.blocks] == [
        "headline",
        "subheadline",
        "dateline",
        "paragraph",
        "paragraph",
    ]
    assert article.blocks[1].span.text == "الحمود:فايز جاحد والتلفزيون له أفضال على جميع النجوم"
    assert len(article.stories) == 1


def test_a_tag_list_glued_after_the_last_sentence(
    shared_dir: Path, khabar_pipeline: Pipeline
) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / "3alyoum" / "3alyoum_2015-08-02_0026.txt"
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert article.blocks[-2].kind == "paragraph"
    assert article.blocks[-2].span.text.endswith("أربع مرات في اليوم وليست خمسا.")
    assert (article.blocks[-1].kind, article.blocks[-1].span.text) == (
        "boilerplate",
        "سمات جازان فورد اكسبديشن محافظة بيش مريض نفسي",
    )


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("aawsat/aawsat_2015-07-31_0339.txt", "...المزيد"),  # a read-more link
        ("arriyadiyah/arriyadiyah_2015-08-11_1318.txt", "تعليقات ()"),  # a comment counter
    ],
)
def test_page_furniture_of_the_corpus(
    shared_dir: Path, khabar_pipeline: Pipeline, name: str, line: str
) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / name
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    assert (article.blocks[-1].kind, article.blocks[-1].span.text) == ("boilerplate", line)
    assert all(block.span.text != line for block in article.paragraphs)


def test_other_articles_of_the_columnist_are_related(
    shared_dir: Path, khabar_pipeline: Pipeline
) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / "aljazirah" / "aljazirah_2015-08-11_0428.txt"
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"))
    last = article.blocks[-1]
    assert last.kind == "related"
    assert last.span.text.startswith("مقالات أخرى للكاتبلن أشتري منكم أبدًا!")
    assert len(article.related) == 1
    assert article.related[0].headline.text.startswith("لن أشتري منكم أبدًا!3 أفكار خاطئة")
    assert article.related[0].blocks == (len(article.blocks) - 1,)
    assert article.paragraphs[-1].span.text.endswith("فهذا أقوى بكثير.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("تعليقات (12)", "boilerplate"),
        ("اقرأ المزيد", "boilerplate"),
        ("تصوير: فهد العتيبي", "boilerplate"),
        ("تابعونا على تويتر وفيسبوك", "boilerplate"),
        ("writer@example.com", "boilerplate"),
        ("@example_writer", "boilerplate"),
        ("اقرأ أيضاً: الوزارة تطلق مبادرة جديدة", "related"),
        ("المصدر", "boilerplate"),
        ("الكاتب: news_editor", "boilerplate"),
        ("المصدر: example.com", "boilerplate"),
        ("نشر الخبر أول مرة بتاريخ : 2023-01-02 10:11:12", "boilerplate"),
        ("إدارة الموقع لا تتبنى وجهة نظر الكاتب والمسؤولية على الناشر الأصلي", "boilerplate"),
        ("المصدر: وزارة الصحة أعلنت تسجيل حالات جديدة في المدينة.", "paragraph"),
        ("نشر الجيش وحداته في المنطقة أمس.", "paragraph"),
        ("الكاتب والروائي خالد حسن يفوز بالجائزة.", "paragraph"),
        ("وأكد أن الحكومة لا تتبنى هذا الموقف.", "paragraph"),
        ("تصوير فيلم جديد في الرياض.", "paragraph"),
        ("شارك عدد من الحضور في النقاش.", "paragraph"),
    ],
)
def test_page_furniture_and_teasers(generic: Pipeline, line: str, kind: str) -> None:
    article = generic.process(f"عنوان\n\nنص الخبر.\n\n{line}\n\nفقرة أخيرة من الخبر.")
    assert [(block.kind, block.span.text) for block in article.blocks[2:]] == [
        (kind, line),
        ("paragraph", "فقرة أخيرة من الخبر."),
    ]


def test_teasers_after_a_label_of_their_own(generic: Pipeline) -> None:
    text = "عنوان\n\nنص الخبر.\n\nانظر أيضاً\n\nالوزارة تطلق مبادرة\n\nافتتاح معرض الكتاب"
    article = generic.process(text)
    assert [block.kind for block in article.blocks] == [
        "headline",
        "paragraph",
        "related",
        "related",
        "related",
    ]
    assert [teaser.headline.text for teaser in article.related] == [
        "الوزارة تطلق مبادرة",
        "افتتاح معرض الكتاب",
    ]
    assert len(article.stories[0].blocks) == 2


def test_a_tag_label_inside_the_body_is_content(generic: Pipeline) -> None:
    article = generic.process("عنوان\n\nسمات القائد الناجح\n\nنص الخبر.")
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


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("الطائف – ريم سالم الغامدي", "الطائف", None),
        ("هند العنزي - الوئام - تبوك", "تبوك", "الوئام"),
        ("الرياض - واس", "الرياض", "واس"),
        ("جدة: واس", "جدة", "واس"),
        ("«عكاظ» - سامي الحربي:", None, "عكاظ"),
        ("«الجزيرة» - فهد السالم:", None, "الجزيرة"),  # quoted: the outlet, not the place
    ],
)
def test_a_page_opening_on_its_byline_has_no_headline(
    generic: Pipeline, line: str, place: str | None, agency: str | None
) -> None:
    text = f"{line}\nافتتح المحافظ أمس المعرض السنوي.\nوقال إن المعرض يستمر أسبوعا."
    article = generic.process(text)
    assert article.headline is None
    assert article.dateline is not None
    assert (article.dateline.span.text, article.dateline.place, article.dateline.agency) == (
        line,
        place,
        agency,
    )
    assert [block.kind for block in article.blocks] == ["dateline", "paragraph", "paragraph"]
    assert len(article.stories) == 1
    assert uncovered_text(article) == ""


@pytest.mark.parametrize(
    "headline",
    [
        "السعودية – الكويت",  # places alone: a match's headline
        "خالد العتيبي - فهد السالم",  # two names, no place
        "فهد العتيبي – الرياض: سنفوز في النهائي",  # a quoting headline goes on after the colon
    ],
)
def test_a_dash_headline_stays_the_headline(generic: Pipeline, headline: str) -> None:
    article = generic.process(f"{headline}\n\nنص الخبر.")
    assert article.headline is not None
    assert article.headline.text == headline


def test_a_caption_printed_twice_is_boilerplate(generic: Pipeline) -> None:
    caption = "مبنى الوزارة الجديد"
    text = f"عنوان\n\nافتتح الوزير المبنى.\n\n{caption}\n{caption}\n\nوقال إنه جاهز."
    article = generic.process(text)
    assert [(block.kind, block.span.text) for block in article.blocks[1:]] == [
        ("paragraph", "افتتح الوزير المبنى."),
        ("boilerplate", caption),
        ("boilerplate", caption),
        ("paragraph", "وقال إنه جاهز."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "مبنى الوزارة الجديد\n\nوقال إنه جاهز.",  # a short line once: maybe a sub-headline
        "تم الافتتاح.\nتم الافتتاح.",  # a sentence repeated is text, not a caption
    ],
)
def test_lines_that_are_no_repeated_caption(generic: Pipeline, body: str) -> None:
    article = generic.process(f"عنوان\n\nافتتح الوزير المبنى.\n\n{body}")
    assert "boilerplate" not in [block.kind for block in article.blocks]
