"""The JSON contract ``khabar.article/1``: round trips, the JSON Schema, and broken documents."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from khabar import Article, SchemaError, from_dict, from_json, to_dict, to_json
from khabar.serialize import SCHEMA, json_schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_round_trip_of_a_rich_article(rich_article: Article) -> None:
    assert from_json(to_json(rich_article)) == rich_article
    assert from_json(to_json(rich_article, indent=2)) == rich_article
    assert from_json(to_json(rich_article).encode("utf-8")) == rich_article
    assert from_dict(to_dict(rich_article)) == rich_article


def test_round_trip_of_an_empty_article() -> None:
    empty = Article(text="")
    assert from_json(to_json(empty)) == empty
    assert to_dict(empty)["headline"] is None


def test_to_dict_validates_against_the_schema(
    rich_article: Article, validator: jsonschema.Draft202012Validator
) -> None:
    document = to_dict(rich_article)
    validator.validate(document)
    validator.validate(to_dict(Article(text="")))


def test_to_dict_has_the_contract_fields(rich_article: Article) -> None:
    document = to_dict(rich_article)
    assert document["schema"] == SCHEMA == "khabar.article/1"
    assert document["text"] == rich_article.text
    assert document["source"] == "sana"
    assert document["headline"] == {
        "start": 6,
        "end": 35,
        "text": "وزير الخارجية: العلاقات متينة",
    }
    assert document["dateline"] == {
        "start": 37,
        "end": 47,
        "text": "موسكو-سانا",
        "place": "موسكو",
        "agency": "سانا",
        "date": "2016-05-03",
    }
    assert [block["kind"] for block in document["blocks"]] == [
        "headline", "dateline", "paragraph", "subheadline", "boilerplate", "related",
    ]  # fmt: skip
    assert document["stories"] == [{"headline": document["headline"], "blocks": [0, 1, 2, 3]}]
    assert [entity["id"] for entity in document["entities"]] == ["E1", "E2", "E3"]
    assert document["entities"][0]["aliases"] == ["الوزير"]
    assert document["entities"][0]["mentions"][0]["text"] == "وزير الخارجية"
    s2 = document["statements"][1]
    assert (s2["id"], s2["speakers"], s2["kind"]) == ("S2", ["E1"], "direct")
    assert s2["cue"] == {"start": 49, "end": 52, "text": "أكد", "lemma": "أكد"}
    assert s2["content"]["text"] == "العلاقات بين روسيا وسورية متينة"
    s3 = document["statements"][2]
    assert (s3["speakers"], s3["anonymous"], s3["speaker_span"]) == ([], True, None)


def test_to_json_keeps_arabic_unescaped(rich_article: Article) -> None:
    assert "موسكو" in to_json(rich_article)
    assert "\\u" not in to_json(rich_article)


def test_schema_rejects_a_broken_document(
    rich_article: Article, validator: jsonschema.Draft202012Validator
) -> None:
    document = to_dict(rich_article)
    for path, value in [
        (("schema",), "khabar.article/2"),
        (("blocks", 0, "kind"), "footer"),
        (("entities", 0, "type"), "PERSON"),
        (("entities", 0, "mentions", 0, "type"), "PERSON"),
        (("entities", 0, "mentions", 0, "end"), "3"),
        (("statements", 0, "kind"), "quote"),
        (("headline", "start"), -1),
        (("dateline", "date"), "3 May 2016"),
    ]:
        broken = copy.deepcopy(document)
        target: Any = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)


@pytest.mark.parametrize("tag", ["khabar.article/2", "khabar.article", None, 1])
def test_wrong_schema_tag_is_a_schema_error(rich_article: Article, tag: object) -> None:
    document = to_dict(rich_article)
    document["schema"] = tag
    with pytest.raises(SchemaError, match=r"not a khabar\.article/1 document"):
        from_dict(document)


def test_a_document_without_schema_tag_is_a_schema_error(rich_article: Article) -> None:
    document = to_dict(rich_article)
    del document["schema"]
    with pytest.raises(SchemaError, match="schema: None"):
        from_dict(document)


@pytest.mark.parametrize("document", ["", "{", "[1, 2", b"\xff\xfe{", "null", "[]", '"text"'])
def test_not_json_or_not_an_object_is_a_schema_error(document: str | bytes) -> None:
    with pytest.raises(SchemaError):
        from_json(document)


def _broken(rich_article: Article, change: str) -> dict[str, Any]:
    document = to_dict(rich_article)
    if change == "no text":
        del document["text"]
    elif change == "text not a string":
        document["text"] = 42
    elif change == "span text differs":
        document["headline"]["text"] = "عنوان آخر مختلف تماما تماما"
    elif change == "span outside the text":
        document["blocks"][0].update(start=10_000, end=10_002, text="xx")
    elif change == "span missing end":
        del document["blocks"][0]["end"]
    elif change == "unknown block kind":
        document["blocks"][0]["kind"] = "footer"
    elif change == "unknown entity type":
        document["entities"][0]["type"] = "PERSON"
    elif change == "unknown statement kind":
        document["statements"][0]["kind"] = "quote"
    elif change == "story names a missing block":
        document["stories"][0]["blocks"] = [0, 99]
    elif change == "unknown speaker":
        document["statements"][1]["speakers"] = ["E42"]
    elif change == "bad date":
        document["dateline"]["date"] = "yesterday"
    elif change == "story not an object":
        document["stories"] = [5]
    elif change == "blocks not a list":
        document["blocks"] = "paragraph"
    elif change == "offset not a number":
        document["blocks"][0]["start"] = "0"
    else:  # pragma: no cover - a typo in the parameters
        raise AssertionError(change)
    return document


@pytest.mark.parametrize(
    "change",
    [
        "no text",
        "text not a string",
        "span text differs",
        "span outside the text",
        "span missing end",
        "unknown block kind",
        "unknown entity type",
        "unknown statement kind",
        "story names a missing block",
        "unknown speaker",
        "bad date",
        "story not an object",
        "blocks not a list",
        "offset not a number",
    ],
)
def test_broken_documents_are_schema_errors(rich_article: Article, change: str) -> None:
    document = _broken(rich_article, change)
    with pytest.raises(SchemaError, match=r"invalid khabar\.article/1 document"):
        from_dict(document)
    with pytest.raises(SchemaError):
        from_json(json.dumps(document, ensure_ascii=False))


def test_extra_fields_are_welcome(rich_article: Article) -> None:
    document = to_dict(rich_article)
    document["generator"] = "khabar 0.1"
    document["blocks"][0]["confidence"] = 0.9
    assert from_dict(document) == rich_article
