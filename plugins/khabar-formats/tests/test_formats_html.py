"""HTML: a right-to-left page an HTML5 parser reads, with all article text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import html5lib  # type: ignore[import-untyped]

from khabar import Article, Block, Cue, Entity, Mention, Span, Statement
from khabar_formats.html_page import render_html
from khabar_formats.sample import sample_article

NS = {"h": "http://www.w3.org/1999/xhtml"}


def _parse(data: bytes) -> ET.Element:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(data.decode("utf-8"))  # type: ignore[no-any-return]


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_page_is_rtl_and_highlights_entities_and_statements() -> None:
    root = _parse(render_html([sample_article()])[".html"])
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    assert root.findall(".//h:script", NS) == []
    marks = root.findall(".//h:mark[@data-entity]", NS)
    assert [(mark.get("class"), _text(mark)) for mark in marks][:3] == [
        ("ent ent-per", "المقداد"),
        ("ent ent-loc", "الأردن"),
        ("ent ent-loc", "دمشق"),
    ]
    contents = {
        span.get("data-statement"): _text(span)
        for span in root.findall(".//h:span[@id]", NS)
        if "st" in (span.get("class") or "").split()
    }
    assert contents == {
        "S1": "المحادثات مع الأردن إيجابية",
        "S2": "المحادثات مع الأردن كانت إيجابية",
        "S3": "التعاون مع الأمم المتحدة مستمر",
        "S4": "لقاءات ستعقد بعمان وبدمشق قريبا",
    }
    statement_classes = {
        span.get("class") for span in root.findall(".//h:span[@data-statement]", NS)
    }
    assert statement_classes == {"st sp-0", "cue sp-0", "st sp-none", "cue sp-none"}


def test_blocks_keep_the_article_text_exactly() -> None:
    article = sample_article()
    root = _parse(render_html([article])[".html"])
    (text,) = root.findall(".//h:div[@class='khabar-text']", NS)
    assert [_text(child) for child in text] == [block.span.text for block in article.blocks]
    assert [child.tag.split("}")[1] for child in text] == ["h1", "p", "p", "p", "p", "p"]


def test_side_list_says_who_said_what() -> None:
    root = _parse(render_html([sample_article()])[".html"])
    items = root.findall(".//h:aside//h:li", NS)
    said = [(_text(item.find("h:strong", NS)), _text(item.find("h:q", NS))) for item in items]  # type: ignore[arg-type]
    assert said == [
        ("فيصل المقداد", "المحادثات مع الأردن إيجابية"),
        ("فيصل المقداد", "المحادثات مع الأردن كانت إيجابية"),
        ("فيصل المقداد", "التعاون مع الأمم المتحدة مستمر"),
        ("مصادر", "لقاءات ستعقد بعمان وبدمشق قريبا"),
    ]
    assert [item.find("h:a", NS).get("href") for item in items] == [  # type: ignore[union-attr]
        "#a1-S1",
        "#a1-S2",
        "#a1-S3",
        "#a1-S4",
    ]


HOSTILE = (
    '<script>alert("x")</script> عنوان\n\nقال "الوزير" إن </p><img src=x onerror=alert(1)> & <b>'
)


def test_hostile_text_is_escaped() -> None:
    text = HOSTILE
    content = Span.of(text, text.index("</p>"), len(text))
    name = "<iframe src='//evil'>"
    article = Article(
        text=text,
        id='"><script>',
        headline=Span.of(text, 0, text.index("\n")),
        blocks=(
            Block(kind="headline", span=Span.of(text, 0, text.index("\n"))),
            Block(kind="paragraph", span=Span.of(text, text.index("قال"), len(text))),
        ),
        entities=(
            Entity(
                id="E1<",
                type="PER",
                name=name,
                mentions=(
                    Mention(
                        span=Span.of(text, text.index('"الوزير"'), text.index("إن") - 1), type="PER"
                    ),
                ),
            ),
        ),
        statements=(
            Statement(
                id="S1",
                speakers=("E1<",),
                cue=Cue(span=Span.of(text, text.index("قال"), text.index("قال") + 3), lemma="قال"),
                kind="direct",
                content=content,
            ),
        ),
    )
    page = render_html([article])[".html"]
    root = _parse(page)
    for tag in ("script", "img", "iframe", "b"):
        assert root.findall(f".//h:{tag}", NS) == []
    (title,) = root.findall(".//h:title", NS)
    assert title.text == text[: text.index("\n")]
    blocks = root.findall(".//h:div[@class='khabar-text']/*", NS)
    assert [_text(block) for block in blocks] == [block.span.text for block in article.blocks]
    (item,) = root.findall(".//h:aside//h:li", NS)
    assert _text(item.find("h:strong", NS)) == name  # type: ignore[arg-type]
    assert _text(item.find("h:q", NS)) == content.text  # type: ignore[arg-type]
    (section,) = root.findall(".//h:article", NS)
    assert section.get("data-article") == '"><script>'


def test_repr_html_uses_the_page() -> None:
    article = sample_article()
    assert article._repr_html_() == render_html([article])[".html"].decode("utf-8")
