"""khabar-sana: SANA's HTML pages read into the same article as their text form."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Article, Pipeline
from khabar_sana.plugin import khabar_read_html

PAGE = """<html><head>
<meta property="og:site_name" content="الوكالة العربية السورية للأنباء – سانا">
<link rel="canonical" href="https://sana.sy/politics/1/"></head><body>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li>سياسة</li></ul></nav>
<h1 class="s-title">عنوان &amp; الخبر</h1>
<div class="entry-content rbct">
  <p>دمشق-سانا</p>
  <p>الفقرة   الأولى
     من الخبر.</p>
  <div class="share-buttons"><p>شارك على فيسبوك</p></div>
  <script>var x = "<p>ليس نصا</p>";</script>
  <figure><img src="a.jpg"><figcaption>تعليق الصورة</figcaption></figure>
  <h2>عنوان فرعي</h2>
  <p>سطر أول.<br>سطر ثان.</p>
  <div class="inline-related"><ul><li>خبر آخر ذو صلة</li></ul></div>
</div>
<div class="related-posts"><p>خبر مرتبط</p></div>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>"""


def _read(shared_dir: Path, name: str) -> str:
    return (shared_dir / "corpus" / "sana" / "dev" / name).read_text(encoding="utf-8")


def _shape(article: Article) -> tuple[object, ...]:
    assert article.headline is not None
    assert article.dateline is not None
    return (
        article.source,
        article.headline.text,
        (article.dateline.span.text, article.dateline.place, article.dateline.agency),
        tuple((block.kind, block.span.text) for block in article.paragraphs),
    )


@pytest.mark.corpus
def test_page_and_text_give_the_same_article(khabar_pipeline: Pipeline, shared_dir: Path) -> None:
    html = _read(shared_dir, "html/sana_sydaily_article1.html")
    text = _read(shared_dir, "sana_sydaily_article1.txt")
    from_page = khabar_pipeline.process_html(html, url=None)
    from_text = khabar_pipeline.process(text)
    assert _shape(from_page) == _shape(from_text)
    assert len(from_page.paragraphs) == 7
    assert from_page.text == text.rstrip("\n")


def test_page_reads_only_the_article() -> None:
    assert khabar_read_html(PAGE, None) == "\n\n".join(
        [
            "عنوان & الخبر",
            "دمشق-سانا",
            "الفقرة الأولى من الخبر.",
            "عنوان فرعي",
            "سطر أول.",
            "سطر ثان.",
        ]
    )


def test_page_is_recognised_by_its_address() -> None:
    bare = PAGE.replace("og:site_name", "og:other").replace("sana.sy/politics", "example.org")
    assert khabar_read_html(bare, None) is None
    assert khabar_read_html(bare, "https://sana.sy/politics/2/") is not None


def test_other_sites_are_left_to_other_readers() -> None:
    page = '<html><body><h1 class="s-title">عنوان</h1><div class="entry-content"><p>نص.</p></div>'
    assert khabar_read_html(page, "https://example.com/news/1") is None
