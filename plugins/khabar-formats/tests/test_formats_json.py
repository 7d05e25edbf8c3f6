"""JSON and JSON Lines read back equal to the articles written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import Article, Pipeline, from_json
from khabar_formats.sample import sample_article

SEED = ("corpus", "sana", "dev", "000_95620cfd22d33f1f.txt")


def _seed(shared_dir: Path, pipeline: Pipeline) -> Article:
    path = shared_dir.joinpath(*SEED)
    return pipeline.process(path.read_text(encoding="utf-8"), id=path.stem)


def test_jsonl_reads_back_equal(khabar_pipeline: Pipeline) -> None:
    articles = [sample_article(), sample_article(article_id=None)]
    data = khabar_pipeline.formats.get("jsonl").render(articles)[".jsonl"].decode("utf-8")
    lines = data.split("\n")
    assert lines[-1] == ""
    assert [from_json(line) for line in lines[:-1]] == articles


@pytest.mark.corpus
def test_seed_json_and_jsonl_read_back_equal(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    article = _seed(shared_dir, khabar_pipeline)
    json_bytes = khabar_pipeline.formats.get("json").render([article])[".json"]
    assert from_json(json_bytes.decode("utf-8")) == article
    jsonl = khabar_pipeline.formats.get("jsonl").render([article, article])[".jsonl"]
    lines = jsonl.decode("utf-8").split("\n")
    assert len(lines) == 3
    assert [from_json(line) for line in lines[:2]] == [article, article]
    assert json.loads(lines[0])["id"] == "000_95620cfd22d33f1f"
