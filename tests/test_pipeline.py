"""The pipeline with the built-in plugins only: bad input, blank input, the seed article."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import khabar
from khabar import (
    Article,
    InputError,
    LexiconEntry,
    MissingExtraError,
    Pipeline,
    PluginError,
    make_plugin_manager,
)

SEED = ("corpus", "sana", "dev", "000_95620cfd22d33f1f.txt")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """One pipeline with the built-in plugins for the whole module."""
    return Pipeline(make_plugin_manager(autoload=False))


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u00a0\u2003\n"])
def test_empty_and_blank_input_give_an_empty_article(pipeline: Pipeline, text: str) -> None:
    article = pipeline.process(text)
    assert article == Article(text=text)
    assert (article.headline, article.blocks, article.entities) == (None, (), ())


def test_source_and_id_are_kept(pipeline: Pipeline) -> None:
    article = pipeline.process("عنوان\n\nنص الخبر.", source="sana", id="one")
    assert (article.source, article.id) == ("sana", "one")
    assert pipeline.process("", source="sana").source == "sana"


@pytest.mark.parametrize("value", [b"\xd8\xb9\xd9\x86", None, 42, ["نص"]])
def test_non_string_input_is_an_input_error(pipeline: Pipeline, value: object) -> None:
    with pytest.raises(InputError, match=f"khabar processes str, not {type(value).__name__}"):
        pipeline.process(value)  # type: ignore[arg-type]


def test_generic_layout_of_a_small_article(pipeline: Pipeline) -> None:
    text = "عنوان الخبر\n\nدمشق-سانا\n\nقال الوزير إن العمل مستمر.\nسطر ثان.\n"
    article = pipeline.process(text)
    assert article.text == text
    assert article.headline is not None
    assert article.headline.text == "عنوان الخبر"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("دمشق", "سانا")
    assert [(block.kind, block.span.text) for block in article.blocks] == [
        ("headline", "عنوان الخبر"),
        ("dateline", "دمشق-سانا"),
        ("paragraph", "قال الوزير إن العمل مستمر."),
        ("paragraph", "سطر ثان."),
    ]


def test_the_seed_article(pipeline: Pipeline, shared_dir: Path) -> None:
    path = shared_dir.joinpath(*SEED)
    text = path.read_text(encoding="utf-8")
    article = pipeline.process(text, id=path.stem)
    assert article.text == text
    assert article.id == "000_95620cfd22d33f1f"
    assert article.headline is not None
    assert article.headline.text == (
        "بوشكوف بعد لقائه ولايتي: العلاقات الروسية الايرانية تكتسب طابعا ثابتا واستراتيجيا"
    )
    assert (article.headline.start, article.headline.end) == (0, 81)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("موسكو", "سانا")
    assert (article.dateline.span.start, article.dateline.span.text) == (83, "موسكو-سانا")
    kinds = [block.kind for block in article.blocks]
    # the generic layout knows no SANA footer: only the bare web addresses are boilerplate; the
    # "انظر ايضاً" label and the teasers under it are related, as on any site
    url_lines = {19, 23}
    assert kinds == [
        "headline",
        "dateline",
        *["boilerplate" if index in url_lines else "paragraph" for index in range(2, 24)],
        *["related"] * 3,
    ]
    first = article.blocks[2].span
    assert (first.start, first.end) == (95, 297)
    assert first.text.startswith("أعلن الكسي بوشكوف رئيس لجنة العلاقات الدولية")
    assert article.blocks[-1].span.text.startswith("طهران-سانا ")
    assert article.blocks[-1].span.end == len(text)
    for block in article.blocks:
        assert text[block.span.start : block.span.end] == block.span.text
        assert block.span.text == block.span.text.strip()


class _Places:
    """A lexicon of two places, so that mention spans can be checked without the packaged lists."""

    __name__ = "test-places"

    @khabar.hookimpl
    def khabar_lexicon_entries(self) -> Iterator[LexiconEntry]:
        yield LexiconEntry(form="روسيا", category="LOC", source="test")
        yield LexiconEntry(form="العراق", category="LOC", source="test")


def test_mention_spans_leave_the_proclitics_out() -> None:
    pipeline = Pipeline(make_plugin_manager(autoload=False, plugins=[_Places()]))
    text = "عنوان\n\nوقال إن لِروسيا وبالعراقِ مصالح."
    article = pipeline.process(text)
    mentions = sorted(
        (mention.span.start, mention.span.text)
        for entity in article.entities
        for mention in entity.mentions
        if mention.type == "LOC"
    )
    assert mentions == [(17, "روسيا"), (25, "العراقِ")]


_PAGE = (
    "<html><head><title>وزير يفتتح معرضا</title></head><body><article><h1>وزير يفتتح معرضا</h1>"
    "<p>افتتح وزير الثقافة اليوم معرض الكتاب في المدينة بمشاركة عشرات من دور النشر المحلية"
    " والعربية والأجنبية.</p><p>وقال الوزير إن المعرض يستمر عشرة أيام ويضم ندوات وأمسيات شعرية"
    " يومية للزوار من مختلف الأعمار.</p></article></body></html>"
)


def test_a_page_no_source_knows_is_read_by_trafilatura(pipeline: Pipeline) -> None:
    assert pipeline.read_html(_PAGE, url="https://example.com/a").splitlines() == [
        "وزير يفتتح معرضا",
        "افتتح وزير الثقافة اليوم معرض الكتاب في المدينة بمشاركة عشرات من دور النشر المحلية"
        " والعربية والأجنبية.",
        "وقال الوزير إن المعرض يستمر عشرة أيام ويضم ندوات وأمسيات شعرية يومية للزوار من مختلف"
        " الأعمار.",
    ]


def test_an_unusable_trafilatura_is_named_with_its_cause(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails, as with a broken lxml
    with pytest.raises(PluginError, match=r"needs trafilatura \(.*trafilatura.*\): pip") as raised:
        pipeline.read_html(_PAGE)
    assert (raised.value.plugin, raised.value.hook) == ("khabar.html", "khabar_read_html")
    assert isinstance(raised.value.__cause__, MissingExtraError)
