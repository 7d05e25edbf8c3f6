"""Work shared between stages stays invisible: remembered tokenizations and lines, and an
article's span check on every construction."""

from __future__ import annotations

import attrs
import pytest

from khabar import Article, Block, Entity, Mention, ModelError, Span
from khabar.layout import lines
from khabar.text import normalize, tokenize

TEXT = "عنوان الخبر\n\nدمشق-سانا\n\nقالَ الوزير إن العمل مستمر."


def test_an_evolved_article_still_rejects_a_bad_new_span() -> None:
    headline = Span.of(TEXT, 0, 11)
    article = Article(text=TEXT, blocks=(Block(kind="headline", span=headline),))
    bad = Mention(span=Span(start=0, end=5, text="دمشق-"), type="LOC")
    with pytest.raises(ModelError, match="does not match"):
        attrs.evolve(article, entities=(Entity(id="E1", type="LOC", name="x", mentions=(bad,)),))


def test_checked_blocks_are_checked_again_against_another_text() -> None:
    blocks = (Block(kind="headline", span=Span.of(TEXT, 0, 11)),)
    Article(text=TEXT, blocks=blocks)
    with pytest.raises(ModelError, match="does not match"):
        Article(text="x" * len(TEXT), blocks=blocks)


def test_checked_entities_are_checked_again_against_an_equal_text_object() -> None:
    mention = Mention(span=Span.of(TEXT, 13, 17), type="LOC")
    entities = (Entity(id="E1", type="LOC", name="دمشق", mentions=(mention,)),)
    Article(text=TEXT, entities=entities)
    other = "".join(["ع", TEXT[1:]])  # an equal text, another object: nothing is skipped
    assert Article(text=other, entities=entities).entities == entities


def test_tokenize_remembers_texts_without_changing_tokens() -> None:
    first = tokenize(TEXT)
    assert tokenize(TEXT) is first
    assert tokenize(TEXT, normalize(TEXT)) == first
    assert [token.text for token in first][:4] == ["عنوان", "الخبر", "دمشق", "-"]
    assert first[5].text == "قالَ"
    assert (first[5].start, first[5].end, first[5].key) == (24, 28, "قال")


def test_lines_returns_a_fresh_list_each_time() -> None:
    found = lines(TEXT)
    found.clear()
    assert [line.text for line in lines(TEXT)] == [
        "عنوان الخبر",
        "دمشق-سانا",
        "قالَ الوزير إن العمل مستمر.",
    ]


def test_lines_strip_spaces_and_invisible_marks_at_both_ends() -> None:
    text = " \u200fسطر أول\u200e \n\u00a0\n\tسطر"
    assert [(line.start, line.text) for line in lines(text)] == [(2, "سطر أول"), (15, "سطر")]
