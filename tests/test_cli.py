"""The ``khabar`` command, run in-process through :func:`khabar.cli.main`."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import jsonschema
import pytest

from khabar import from_json
from khabar.cli import looks_like_html, main, read_input
from khabar.errors import DecodeError
from khabar.serialize import json_schema

ARTICLE = "عنوان الخبر\n\nدمشق-سانا\n\nقال الوزير إن العمل مستمر.\n"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_to_directory_writes_valid_json(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(article_file), "--output", str(out)]) == 0
    document = json.loads((out / "one.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json_schema()).validate(document)
    assert document["text"] == ARTICLE
    assert document["id"] == "one"
    assert document["headline"]["text"] == "عنوان الخبر"
    assert (document["dateline"]["place"], document["dateline"]["agency"]) == ("دمشق", "سانا")
    assert capsys.readouterr().out == ""


def test_extract_seed_article(shared_dir: Path, tmp_path: Path) -> None:
    seed = shared_dir / "corpus" / "sana" / "dev" / "000_95620cfd22d33f1f.txt"
    assert main(["extract", str(seed), "--output", str(tmp_path)]) == 0
    document = json.loads((tmp_path / "000_95620cfd22d33f1f.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json_schema()).validate(document)
    assert document["text"] == seed.read_text(encoding="utf-8")
    assert document["headline"]["text"] == (
        "بوشكوف بعد لقائه ولايتي: العلاقات الروسية الايرانية تكتسب طابعا ثابتا واستراتيجيا"
    )
    assert (document["dateline"]["place"], document["dateline"]["agency"]) == ("موسكو", "سانا")
    kinds = [block["kind"] for block in document["blocks"]]
    assert kinds[:3] == ["headline", "dateline", "paragraph"]
    assert document["blocks"][2]["text"].startswith("أعلن الكسي بوشكوف")


def test_several_inputs_to_stdout_are_json_lines(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "two.txt"
    second.write_text("عنوان ثان\n\nنص.", encoding="utf-8")
    assert main(["extract", str(article_file), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [from_json(line).id for line in lines] == ["one", "two"]


def test_directory_argument_takes_txt_and_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--output", "-"]) == 0
    assert from_json(capsys.readouterr().out).id == "a"


def test_empty_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path)]) == 1
    assert f"{tmp_path}: no articles" in capsys.readouterr().err


def test_undecodable_bytes_name_the_file_and_offset(
    tmp_path: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("خبر".encode() + b"\xff rest")
    out = tmp_path / "out"
    assert main(["extract", str(bad), str(article_file), "--output", str(out)]) == 1
    error = capsys.readouterr().err
    assert f"{bad}: byte 6 (0xff) is not valid utf-8" in error
    assert (out / "one.json").exists()  # the good input is still written
    with pytest.raises(DecodeError) as raised:
        read_input(bad)
    assert (raised.value.path, raised.value.offset) == (str(bad), 6)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("cp1256", ARTICLE.encode("cp1256")),
        ("utf-16", ARTICLE.encode("utf-16")),
    ],
)
def test_named_encodings(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    assert read_input(path, encoding) == ARTICLE


def test_utf8_bom_is_accepted_silently(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    assert read_input(path) == ARTICLE


def test_blank_input_gives_an_empty_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n ", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    article = from_json(capsys.readouterr().out)
    assert (article.text, article.blocks, article.headline) == (" \n\n ", (), None)


def test_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt: cannot read" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(article_file), "--format", "nope"]) == 2
    assert "unknown output format 'nope'" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["extract"])
    assert raised.value.code == 2


def test_plugins_lists_the_first_party_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json"]) == 0
    listed = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    for name, distribution in [
        ("sana", "khabar-sana"),
        ("spa", "khabar-spa"),
        ("quotes", "khabar-quotes"),
        ("formats", "khabar-formats"),
    ]:
        assert listed[name]["distribution"] == distribution
    assert listed["khabar.layout"]["hooks"] == ["khabar_layout"]


def test_formats_lists_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    assert any(line.startswith("json ") for line in capsys.readouterr().out.splitlines())


def test_html_is_chosen_by_content() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("\n  <html lang='ar'>")
    assert not looks_like_html("عنوان <b>ليس</b> صفحة")


def test_plugin_tracing_writes_hook_calls_to_stderr(
    article_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KHABAR_TRACE_PLUGINS", "1")
    assert main(["extract", str(article_file)]) == 0
    trace = capsys.readouterr().err
    assert "khabar_layout" in trace
    assert "khabar_find_mentions" in trace
