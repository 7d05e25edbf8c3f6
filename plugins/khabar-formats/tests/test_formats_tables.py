"""CSV, TSV and Parquet: both tables read back with the csv module and pyarrow."""

from __future__ import annotations

import csv
import io
import sys

import pyarrow.parquet as pq
import pytest

from khabar import MissingExtraError
from khabar_formats.delimited import delimited_renderer
from khabar_formats.parquet import render_parquet
from khabar_formats.sample import sample_article
from khabar_formats.tables import ENTITY_COLUMNS, STATEMENT_COLUMNS


def _read(data: bytes, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=delimiter))


@pytest.mark.parametrize(("delimiter", "extension"), [(",", ".csv"), ("\t", ".tsv")])
def test_statements_table_reads_back(delimiter: str, extension: str) -> None:
    files = delimited_renderer(delimiter, extension, bom=False)([sample_article()])
    assert set(files) == {f".statements{extension}", f".entities{extension}"}
    rows = _read(files[f".statements{extension}"], delimiter)
    assert list(rows[0]) == list(STATEMENT_COLUMNS)
    assert [row["statement_id"] for row in rows] == ["S1", "S2", "S3", "S4"]
    assert rows[1] == {
        "article_id": "sample",
        "statement_id": "S2",
        "story": "0",
        "kind": "direct",
        "anonymous": "false",
        "speaker_ids": "E1",
        "speaker_names": "فيصل المقداد",
        "speaker_types": "PER",
        "speaker_text": "وزير الخارجية فيصل المقداد",
        "speaker_start": "53",
        "speaker_end": "79",
        "cue": "قال",
        "cue_lemma": "قال",
        "cue_start": "49",
        "cue_end": "52",
        "content": "المحادثات مع الأردن كانت إيجابية",
        "content_start": "84",
        "content_end": "116",
    }
    anonymous = rows[3]
    assert (anonymous["anonymous"], anonymous["speaker_names"], anonymous["speaker_text"]) == (
        "true",
        "",
        "مصادر",
    )


def test_offsets_slice_the_article_text() -> None:
    article = sample_article()
    rows = _read(delimited_renderer(",", ".csv", bom=False)([article])[".statements.csv"], ",")
    for row in rows:
        start, end = int(row["content_start"]), int(row["content_end"])
        assert article.text[start:end] == row["content"]


def test_entities_table_reads_back() -> None:
    files = delimited_renderer(",", ".csv", bom=False)([sample_article()])
    rows = _read(files[".entities.csv"], ",")
    assert list(rows[0]) == list(ENTITY_COLUMNS)
    assert [(row["entity_id"], row["type"], row["name"]) for row in rows] == [
        ("E1", "PER", "فيصل المقداد"),
        ("E2", "LOC", "الأردن"),
        ("E3", "LOC", "دمشق"),
        ("E4", "ORG", "الأمم المتحدة"),
        ("E5", "LOC", "عمان"),
    ]
    first = rows[0]
    assert (first["aliases"], first["roles"], first["mention_count"]) == (
        "المقداد",
        "وزير الخارجية",
        "3",
    )
    assert (first["first_start"], first["first_end"]) == ("0", "7")


def test_excel_variant_starts_with_a_bom() -> None:
    plain = delimited_renderer(",", ".csv", bom=False)([sample_article()])
    excel = delimited_renderer(",", ".csv", bom=True)([sample_article()])
    for suffix in plain:
        assert excel[suffix] == b"\xef\xbb\xbf" + plain[suffix]
        assert not plain[suffix].startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(excel[".statements.csv"].decode("utf-8-sig"))))
    assert rows[0]["article_id"] == "sample"


def test_several_articles_make_one_table_and_ids_fall_back_to_position() -> None:
    articles = [sample_article(), sample_article(article_id=None)]
    rows = _read(delimited_renderer(",", ".csv", bom=False)(articles)[".entities.csv"], ",")
    assert [row["article_id"] for row in rows] == ["sample"] * 5 + ["2"] * 5


def test_parquet_reads_back() -> None:
    files = render_parquet([sample_article()])
    statements = pq.read_table(io.BytesIO(files[".statements.parquet"])).to_pylist()
    assert statements[1]["speaker_names"] == ["فيصل المقداد"]
    assert statements[1]["content"] == "المحادثات مع الأردن كانت إيجابية"
    assert (statements[1]["content_start"], statements[1]["content_end"]) == (84, 116)
    assert statements[3]["anonymous"] is True
    assert statements[3]["speaker_ids"] == []
    entities = pq.read_table(io.BytesIO(files[".entities.parquet"])).to_pylist()
    assert entities[0] == {
        "article_id": "sample",
        "entity_id": "E1",
        "type": "PER",
        "name": "فيصل المقداد",
        "aliases": ["المقداد"],
        "roles": ["وزير الخارجية"],
        "mention_count": 3,
        "first_start": 0,
        "first_end": 7,
    }


def test_parquet_of_no_articles_keeps_the_schema() -> None:
    table = pq.read_table(io.BytesIO(render_parquet([])[".entities.parquet"]))
    assert table.num_rows == 0
    assert table.column_names == list(ENTITY_COLUMNS)


def test_parquet_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError, match=r"khabar-formats\[parquet\]"):
        render_parquet([sample_article()])
