"""Properties that hold for every input: the plugin never fails and its spans are sound."""

from __future__ import annotations

from hypothesis import given, reject, settings
from hypothesis import strategies as st

from khabar import Article, Pipeline, PluginError
from khabar.testing import arabic_text, sana_articles

PIPELINE = Pipeline()


def process(text: str) -> Article:
    """Process *text*; a failure of another plugin is not this plugin's to test."""
    try:
        return PIPELINE.process(text)
    except PluginError as error:
        if error.plugin == "quotes":
            raise
        reject()


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
