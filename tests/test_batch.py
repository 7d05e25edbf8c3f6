"""Batch processing: results in input order, failures reported, not raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import InputError, Pipeline


def _texts(shared_dir: Path) -> list[str]:
    paths = sorted((shared_dir / "corpus" / "sana" / "dev").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.mark.parametrize("workers", [1, 2])
def test_process_many_matches_process(
    shared_dir: Path, khabar_pipeline: Pipeline, workers: int
) -> None:
    texts = _texts(shared_dir)
    batch = [*texts, 42, texts[0]]  # type: ignore[list-item]
    results = list(khabar_pipeline.process_many(batch, workers=workers))
    assert [result.index for result in results] == [0, 1, 2, 3]
    assert [result.article for result in results[:2]] == [khabar_pipeline.process(t) for t in texts]
    assert results[2].article is None
    assert isinstance(results[2].error, InputError)
    assert str(results[2].error) == "khabar processes str, not int"
    assert results[3].article == results[0].article
