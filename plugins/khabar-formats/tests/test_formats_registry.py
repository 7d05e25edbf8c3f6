"""The plugin registers every format, and ``khabar extract --format X`` works for each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import Pipeline
from khabar.cli import main

SEED = ("corpus", "sana", "dev", "000_95620cfd22d33f1f.txt")

EXPECTED_FILES = {
    "jsonl": (".jsonl",),
    "csv": (".statements.csv", ".entities.csv"),
    "csv-excel": (".statements.csv", ".entities.csv"),
    "tsv": (".statements.tsv", ".entities.tsv"),
    "tsv-excel": (".statements.tsv", ".entities.tsv"),
    "parquet": (".statements.parquet", ".entities.parquet"),
    "conll": (".conll",),
    "conll-split": (".conll",),
    "brat": (".txt", ".ann"),
    "jsonld": (".jsonld",),
    "html": (".html",),
    "markdown": (".md",),
}


def test_pipeline_lists_every_format(khabar_pipeline: Pipeline) -> None:
    ours = {fmt.name for fmt in khabar_pipeline.formats if fmt.plugin == "formats"}
    assert ours == set(EXPECTED_FILES)


def test_khabar_formats_command_lists_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    listed = {row["name"]: row for row in rows}
    assert set(EXPECTED_FILES) <= set(listed)
    assert listed["html"]["suffix"] == ".html"
    assert {listed[name]["plugin"] for name in EXPECTED_FILES} == {"formats"}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_extract_seed_in_every_format(name: str, shared_dir: Path, tmp_path: Path) -> None:
    seed = shared_dir.joinpath(*SEED)
    assert main(["extract", str(seed), "--format", name, "--output", str(tmp_path)]) == 0
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(f"{seed.stem}{suffix}" for suffix in EXPECTED_FILES[name])
    # every file has content, except an .ann when nothing was recognised
    assert all((tmp_path / f).stat().st_size > 0 for f in written if not f.endswith(".ann"))
