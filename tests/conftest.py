"""Shared settings of the core's tests: the Hypothesis profiles and a hand-built article.

``dev`` (the default) runs 50 examples a property; ``ci`` (when the ``CI`` environment variable
is set) runs 100, derandomised. The core's tests use the built-in plugins only: they build their
pipelines with ``make_plugin_manager(autoload=False)`` (the ``bare_pipeline`` fixture) or ask for
the ``no_plugin_autoload`` fixture; both come from :mod:`khabar.testing`.
"""

from __future__ import annotations

import datetime

import pytest

from khabar import Article, Block, Cue, Dateline, Entity, Mention, Span, Statement, Story, Teaser
from khabar.testing import register_hypothesis_profiles

register_hypothesis_profiles()

RICH_TEXT = (
    "عام / وزير الخارجية: العلاقات متينة\n"
    "\n"
    "موسكو-سانا\n"
    "\n"
    "أكد وزير الخارجية أن «العلاقات بين روسيا وسورية متينة».\n"
    "وقالت مصادر إن اللقاء كان مثمرا.\n"
    "\n"
    "انظر ايضاً\n"
    "دمشق-سانا بحث الوزير مع نظيره التعاون.\n"
)


def _span(text: str, part: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def build_rich_article() -> Article:
    """An article with every kind of part: section, headline, dateline with a date, blocks of
    every kind, a story, a teaser, entities with aliases and roles, and statements (direct with
    a cue and a speaker span, anonymous indirect, headline)."""
    text = RICH_TEXT
    headline = _span(text, "وزير الخارجية: العلاقات متينة")
    dateline = Dateline(
        span=_span(text, "موسكو-سانا"), place="موسكو", agency="سانا", date=datetime.date(2016, 5, 3)
    )
    quote_line = _span(text, "أكد وزير الخارجية أن «العلاقات بين روسيا وسورية متينة».")
    sources_line = _span(text, "وقالت مصادر إن اللقاء كان مثمرا.")
    blocks = (
        Block(kind="headline", span=headline),
        Block(kind="dateline", span=dateline.span),
        Block(kind="paragraph", span=quote_line),
        Block(kind="subheadline", span=sources_line),
        Block(kind="boilerplate", span=_span(text, "انظر ايضاً")),
        Block(kind="related", span=_span(text, "دمشق-سانا بحث الوزير مع نظيره التعاون.")),
    )
    teaser = Teaser(
        headline=_span(text, "دمشق-سانا بحث الوزير مع نظيره التعاون."),
        dateline=Dateline(span=_span(text, "دمشق-سانا"), place="دمشق", agency="سانا"),
        blocks=(5,),
    )
    minister = Entity(
        id="E1",
        type="PER",
        name="وزير الخارجية",
        aliases=("الوزير",),
        roles=("وزير الخارجية",),
        mentions=(
            Mention(span=_span(text, "وزير الخارجية", 1), type="PER", key="وزير الخارجيه"),
            Mention(span=_span(text, "وزير الخارجية", 2), type="PER"),
        ),
    )
    russia = Entity(
        id="E2",
        type="LOC",
        name="روسيا",
        mentions=(Mention(span=_span(text, "روسيا"), type="LOC"),),
    )
    syria = Entity(
        id="E3",
        type="LOC",
        name="سورية",
        mentions=(Mention(span=_span(text, "سورية"), type="LOC", key="سوريه"),),
    )
    statements = (
        Statement(
            id="S1",
            speakers=("E1",),
            kind="headline",
            content=_span(text, "العلاقات متينة"),
            cue=Cue(span=_span(text, ":"), lemma=":"),
        ),
        Statement(
            id="S2",
            speakers=("E1",),
            cue=Cue(span=_span(text, "أكد"), lemma="أكد"),
            kind="direct",
            content=_span(text, "العلاقات بين روسيا وسورية متينة"),
            speaker_span=_span(text, "وزير الخارجية", 2),
        ),
        Statement(
            id="S3",
            cue=Cue(span=_span(text, "وقالت"), lemma="قال"),
            kind="indirect",
            content=_span(text, "اللقاء كان مثمرا"),
            anonymous=True,
        ),
    )
    return Article(
        text=text,
        id="rich",
        source="sana",
        section=_span(text, "عام /"),
        headline=headline,
        dateline=dateline,
        blocks=blocks,
        stories=(Story(headline=headline, blocks=(0, 1, 2, 3)),),
        related=(teaser,),
        entities=(minister, russia, syria),
        statements=statements,
    )


@pytest.fixture
def rich_article() -> Article:
    """A hand-built article with every part of the model filled in."""
    return build_rich_article()
