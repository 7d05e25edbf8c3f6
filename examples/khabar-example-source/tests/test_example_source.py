"""The example source plugin: detection and layout of an Al-Weeam article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from khabar_example_source import plugin

from khabar import Pipeline, make_plugin_manager

# A text written for this test in the outlet's shape (not a real article).
TEXT = """وزارة الصحة تطلق حملة للتوعية بضربات الشمس

 أطلقت وزارة الصحة اليوم حملة للتوعية بمخاطر ضربات الشمس في فصل الصيف.
وأوضحت الوزارة أن الحملة تستمر أسبوعين.
رابط الخبر بصحيفة الوئام: وزارة الصحة تطلق حملة للتوعية بضربات الشمس
"""


@pytest.fixture
def pipeline() -> Pipeline:
    return Pipeline(make_plugin_manager(plugins=[plugin], autoload=False))


def test_layout(pipeline: Pipeline) -> None:
    article = pipeline.process(TEXT)
    assert article.source == "alweeam"
    assert article.headline is not None
    assert article.headline.text == "وزارة الصحة تطلق حملة للتوعية بضربات الشمس"
    assert [block.kind for block in article.blocks] == [
        "headline",
        "paragraph",
        "paragraph",
        "boilerplate",
    ]
    assert article.blocks[-1].span.text.startswith("رابط الخبر")


def test_other_text_is_left_alone(pipeline: Pipeline) -> None:
    assert pipeline.detect_source("عنوان\n\nنص الخبر.") is None


@pytest.mark.corpus
def test_gold_boilerplate(pipeline: Pipeline, shared_dir: Path) -> None:
    for line in (shared_dir / "gold" / "saudinewsnet-dev.jsonl").read_text().splitlines():
        gold = json.loads(line)
        if gold["source"] != "alweeam":
            continue
        article = pipeline.process((shared_dir / gold["file"]).read_text(encoding="utf-8"))
        assert article.headline is not None
        assert article.headline.text == gold["headline"]
        boilerplate = [block.span.text for block in article.blocks_of_kind("boilerplate")]
        assert boilerplate == [text.strip() for text in gold["boilerplate_lines"]]
