"""The entity recogniser on articles written for the tests, never tuned on (``data/unseen``).

Each article has its expected entities in a JSON file beside it (see ``data/unseen/README.md``);
the recogniser must report exactly those, less the misses the file records, with the roles of
the people. The documentation's example article is checked the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar import Article, Pipeline
from khabar.plugins import make_plugin_manager
from khabar.text import match_key

UNSEEN = Path(__file__).parent / "data" / "unseen"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sana-style-article.txt"
CASES = sorted(path.stem for path in UNSEEN.glob("*.json"))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The built-in plugins and the SANA and SPA layouts (statements are not under test)."""
    return Pipeline(make_plugin_manager(disable={"quotes", "formats"}))


def _key(entry: dict[str, Any]) -> tuple[str, str]:
    return entry["type"], match_key(entry["name"])


def _found(article: Article) -> dict[tuple[str, str], tuple[str, ...]]:
    return {
        (entity.type, match_key(entity.name)): tuple(match_key(role) for role in entity.roles)
        for entity in article.entities
    }


@pytest.mark.parametrize("name", CASES)
def test_unseen_entities(pipeline: Pipeline, name: str) -> None:
    expected = json.loads((UNSEEN / f"{name}.json").read_text(encoding="utf-8"))
    article = pipeline.process((UNSEEN / expected["text"]).read_text(encoding="utf-8"))
    found = _found(article)
    optional = {_key(entry) for entry in expected["optional_entities"]}
    wanted = {_key(entry) for entry in expected["entities"]}
    wanted -= {_key(entry) for entry in expected["known_misses"]}
    wanted |= {_key(entry) for entry in expected["known_extras"]}
    assert set(found) - optional == wanted
    for entry in expected["entities"]:
        if entry["type"] == "PER" and _key(entry) in found:
            assert found[_key(entry)] == tuple(match_key(role) for role in entry["roles"])


def test_unseen_files_are_consistent() -> None:
    """Every article has its JSON, and a known miss is an expected entity."""
    assert {path.stem for path in UNSEEN.glob("*.txt")} == set(CASES)
    for name in CASES:
        expected = json.loads((UNSEEN / f"{name}.json").read_text(encoding="utf-8"))
        keys = {_key(entry) for entry in expected["entities"]}
        assert {_key(entry) for entry in expected["known_misses"]} <= keys


def test_example_article(pipeline: Pipeline) -> None:
    """The documentation's example: the chair after برئاسة with her role after the name, the
    و of ودير الزور left out, and the anonymous مصادر no person."""
    article = pipeline.process(EXAMPLE.read_text(encoding="utf-8"))
    assert _found(article) == {
        ("LOC", match_key("دمشق")): (),
        ("ORG", match_key("سانا")): (),
        ("PER", match_key("أحمد الخطيب")): (match_key("وزير الصحة"),),
        ("ORG", match_key("منظمة الصحة العالمية")): (),
        ("PER", match_key("سارة العلي")): (match_key("ممثلة المنظمة في سورية"),),
        ("LOC", match_key("سورية")): (),
        ("LOC", match_key("حلب")): (),
        ("LOC", match_key("حمص")): (),
        ("LOC", match_key("دير الزور")): (),
    }
    deir = next(entity for entity in article.entities if entity.name == "دير الزور")
    assert [mention.span.text for mention in deir.mentions] == ["دير الزور"]
    assert article.text[deir.mentions[0].span.start - 1] == "و"


def test_example_article_speaker() -> None:
    """With every plugin, من جانبها أكدت العلي is said by سارة العلي."""
    article = Pipeline().process(EXAMPLE.read_text(encoding="utf-8"))
    names = {entity.id: entity.name for entity in article.entities}
    said = [s for s in article.statements if s.cue is not None and s.cue.span.text == "أكدت"]
    assert [[names[speaker] for speaker in s.speakers] for s in said] == [["سارة العلي"]]
