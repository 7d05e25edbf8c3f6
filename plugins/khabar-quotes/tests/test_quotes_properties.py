"""Properties that hold for every input: the plugin never fails and its spans are sound."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar import Article, Block, Entity, Mention, Pipeline, PluginError, Span, Story
from khabar.testing import arabic_text, sana_articles
from khabar.text import tokenize
from khabar_quotes.plugin import khabar_find_statements

PIPELINE = Pipeline()


def process(text: str) -> Article:
    """Process *text*; any crash fails the test: the quotes plugin's own, and another plugin's
    too (named in the failure, so that it is reported rather than hidden)."""
    try:
        return PIPELINE.process(text)
    except PluginError as error:
        if error.plugin == "quotes":
            raise
        pytest.fail(f"plugin {error.plugin!r} (not quotes) crashed on {text!r}: {error}")


CUES = st.sampled_from(
    ["وقال", "أكد", "مشيرا إلى أن", "وأضاف:", "بحسب", "يذكر أن", "من جانبه", "«", "»", "“", '"']
)


@settings(max_examples=60, deadline=None)
@given(sana_articles())
def test_articles_never_fail_and_contents_lie_in_the_body(text: str) -> None:
    article = process(text)
    for statement in article.statements:
        assert statement.content.text.strip()
        assert statement.anonymous is False or statement.speakers == ()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(arabic_text(max_size=60), CUES), min_size=1, max_size=12))
def test_arbitrary_text_with_cues_and_odd_quote_marks_never_fails(pieces: list[str]) -> None:
    article = process("عنوان\n\nدمشق-سانا\n\n" + " ".join(pieces))
    assert all(s.cue is not None for s in article.statements)


NAMES = st.sampled_from(["", " ", "\u064b", "«", "اللجنة", "وزير الخارجية", "سيرغي لافروف", "سانا"])


@st.composite
def laid_out_articles(draw: st.DrawFn) -> Article:
    """An article laid out as a headline and paragraphs, with arbitrary entities: some named
    oddly (empty, marks only), some mentioned at arbitrary words of the text."""
    paragraphs = draw(
        st.lists(
            st.lists(st.one_of(arabic_text(max_size=30), CUES, NAMES), min_size=1, max_size=10),
            min_size=1,
            max_size=3,
        )
    )
    text = "\n\n".join(["عنوان", *(" ".join(words) for words in paragraphs)])
    blocks = [Block(kind="headline", span=Span.of(text, 0, 5))]
    start = 7
    for words in paragraphs:
        end = start + len(" ".join(words))
        blocks.append(Block(kind="paragraph", span=Span.of(text, start, end)))
        start = end + 2
    offsets = [(token.start, token.end) for token in tokenize(text) if token.is_word]
    entities = []
    for number in range(draw(st.integers(0, 4))):
        spans = draw(st.lists(st.sampled_from(offsets), max_size=3, unique=True)) if offsets else []
        kind = draw(st.sampled_from(["PER", "ORG", "LOC"]))
        mentions = tuple(Mention(span=Span.of(text, s, e), type=kind) for s, e in sorted(spans))
        entities.append(Entity(id=f"E{number + 1}", type=kind, name=draw(NAMES), mentions=mentions))
    return Article(
        text=text,
        blocks=tuple(blocks),
        stories=(Story(blocks=tuple(range(len(blocks)))),),
        entities=tuple(entities),
    )


@settings(max_examples=150, deadline=None)
@given(laid_out_articles())
def test_the_quotes_hook_never_raises_on_arbitrary_articles(article: Article) -> None:
    found = khabar_find_statements(article=article, lexicon=PIPELINE.lexicon)
    assert found is not None
    for statement in found.statements:
        assert article.text[statement.content.start : statement.content.end]
        assert statement.content.text == article.slice(statement.content)


def test_an_organisation_named_by_marks_alone_breaks_no_definite_description() -> None:
    text = "عنوان\n\nوقالت اللجنة إن العمل مستمر."
    article = Article(
        text=text,
        blocks=(
            Block(kind="headline", span=Span.of(text, 0, 5)),
            Block(kind="paragraph", span=Span.of(text, 7, len(text))),
        ),
        stories=(Story(blocks=(0, 1)),),
        entities=(Entity(id="E1", type="ORG", name="\u064b"),),
    )
    found = khabar_find_statements(article=article, lexicon=PIPELINE.lexicon)
    assert found is not None
    assert [(s.cue.span.text if s.cue else None, s.content.text) for s in found.statements] == [
        ("وقالت", "العمل مستمر")
    ]
