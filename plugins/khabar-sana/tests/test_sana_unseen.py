"""khabar-sana on constructed pages it was never tuned on (``tests/data/unseen``).

Each page is original text in SANA's scrape conventions (datelines, sub-headlined stories,
footer variants, teaser sections); ``expected.json`` gives its layout, asserted exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar import Article, Pipeline
from khabar.testing import uncovered_text

UNSEEN = Path(__file__).parent / "data" / "unseen"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (UNSEEN / "expected.json").read_text(encoding="utf-8")
)


def _stories(article: Article) -> list[list[str]]:
    found = []
    for story in article.stories:
        paragraphs = [
            article.blocks[i] for i in story.blocks if article.blocks[i].kind == "paragraph"
        ]
        headline = story.headline.text if story.headline else ""
        found.append([headline, paragraphs[0].span.text if paragraphs else ""])
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_unseen_page(khabar_pipeline: Pipeline, name: str) -> None:
    expected = EXPECTED[name]
    article = khabar_pipeline.process((UNSEEN / name).read_text(encoding="utf-8"))
    assert article.source == "sana"
    assert uncovered_text(article) == ""
    assert article.headline is not None
    assert article.headline.text == expected["headline"]
    assert article.dateline is not None
    dateline = article.dateline
    assert {"text": dateline.span.text, "place": dateline.place, "agency": dateline.agency} == (
        expected["dateline"]
    )
    stories = _stories(article)
    assert [headline for headline, _ in stories] == [h for h, _ in expected["stories"]]
    for (_, first), (_, start) in zip(stories, expected["stories"], strict=True):
        assert first.startswith(start), (first, start)
    assert article.paragraphs[-1].span.text.endswith(expected["body_last_words"])
    boilerplate = [block.span.text for block in article.blocks_of_kind("boilerplate")]
    assert boilerplate == expected["boilerplate_lines"]
    related = [
        [teaser.headline.text, teaser.dateline.span.text if teaser.dateline else None]
        for teaser in article.related
    ]
    assert related == expected["related"]
    for block in article.paragraphs:
        assert all(line not in block.span.text for line in expected["boilerplate_lines"])
