"""The packaged name lexicons: each file parses, has its header and holds the names it must."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from khabar.builtin.entities import packaged_entries
from khabar.lexicon import CATEGORIES, Lexicon

REPOSITORY = Path(__file__).resolve().parents[1]
LEXICON_FILES = (
    "places.tsv",
    "nisbas.tsv",
    "organisations.tsv",
    "given_names.tsv",
    "name_particles.tsv",
    "persons.tsv",
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(packaged_entries())


def _lines(name: str) -> list[str]:
    return resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_file_has_a_header_and_well_formed_rows(name: str) -> None:
    lines = _lines(name)
    header = [line for line in lines if line.startswith("#")]
    assert header[0].startswith("# ")
    assert any(line.startswith("# Licences: ") for line in header)
    assert any(line.startswith("# Sources: ") for line in header)
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert rows
    for fields in rows:
        assert len(fields) in (2, 3), fields
        assert fields[0]
        assert fields[0] == fields[0].strip()
        assert fields[1] in CATEGORIES
        assert len(fields) == 2 or fields[2]


def test_each_file_has_one_category() -> None:
    categories = {
        name: {line.split("\t")[1] for line in _lines(name) if not line.startswith("#")}
        for name in LEXICON_FILES
    }
    assert categories == {
        "places.tsv": {"LOC"},
        "nisbas.tsv": {"nisba"},
        "organisations.tsv": {"ORG"},
        "given_names.tsv": {"given-name"},
        "name_particles.tsv": {"name-particle"},
        "persons.tsv": {"PER"},
    }


def _found(lexicon: Lexicon, form: str) -> set[tuple[str, str | None]]:
    return {
        (entry.category, entry.canonical)
        for entry in lexicon.lookup_form(form)
        if entry.source in LEXICON_FILES
    }


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("الروسية", {("nisba", "روسيا")}),
        ("الروس", {("nisba", "روسيا")}),
        ("السوري", {("nisba", "سورية")}),
        ("الأميركية", {("nisba", "الولايات المتحدة")}),
        ("ايران", {("LOC", None)}),
        ("إيران", {("LOC", None)}),
        ("سورية", {("LOC", None)}),
        ("سوريا", {("LOC", "سورية")}),
        ("الشرق الأوسط", {("LOC", None)}),
        ("آسيا الوسطى", {("LOC", None)}),
        ("ريف دمشق", {("LOC", None)}),
        ("دير الزور", {("LOC", None)}),
        ("المدينة المنورة", {("LOC", None)}),
        ("جيزان", {("LOC", "جازان")}),
        ("موسكو", {("LOC", None)}),
        ("منظمة شنغهاي للتعاون", {("ORG", None)}),
        ("الناتو", {("ORG", "حلف شمال الأطلسي")}),
        ("مجلس التعاون الخليجي", {("ORG", "مجلس التعاون لدول الخليج العربية")}),
        ("علي", {("given-name", None)}),
        ("عبدالعزيز", {("given-name", "عبد العزيز")}),
        ("فاطمة", {("given-name", None)}),
        ("بن", {("name-particle", None)}),
        ("ابن", {("name-particle", "بن")}),
    ],
)
def test_spot_checks(lexicon: Lexicon, form: str, expected: set[tuple[str, str | None]]) -> None:
    assert _found(lexicon, form) == expected


@pytest.mark.parametrize("word", ["رئيس", "الخبر", "مالي", "المالي", "حياة", "سيول", "العالم"])
def test_ordinary_words_are_not_names(lexicon: Lexicon, word: str) -> None:
    assert _found(lexicon, word) == set()


def test_build_check_passes(shared_dir: Path) -> None:
    """The committed data files are what ``scripts/lexicon/build.py`` makes."""
    pytest.importorskip("babel")
    pytest.importorskip("faker")
    corpus = shared_dir / "data" / "anercorp" / "train.txt"
    if not corpus.is_file():
        pytest.skip("ANERcorp is not available")
    script = REPOSITORY / "scripts" / "lexicon" / "build.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check", "--anercorp", str(corpus)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
