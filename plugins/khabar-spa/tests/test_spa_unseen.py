"""khabar-spa on constructed wires it was never tuned on (``tests/data/unseen``).

Each wire is original text in the SaudiNewsNet form of the agency's dispatches (desk label,
dated dateline in its spellings and digits, continuation pieces, end marks and time stamp);
``expected.json`` gives its layout, asserted exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar import Pipeline
from khabar.testing import uncovered_text
from khabar_spa.dateline import hijri_month

UNSEEN = Path(__file__).parent / "data" / "unseen"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (UNSEEN / "expected.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_unseen_wire(khabar_pipeline: Pipeline, name: str) -> None:
    expected = EXPECTED[name]
    article = khabar_pipeline.process((UNSEEN / name).read_text(encoding="utf-8"))
    assert article.source == "spa"
    assert uncovered_text(article) == ""
    assert article.section is not None
    assert article.section.text == expected["section"]
    assert article.headline is not None
    assert article.headline.text == expected["headline"]
    dateline = article.dateline
    found = None
    if dateline is not None:
        found = {
            "text": dateline.span.text,
            "place": dateline.place,
            "agency": dateline.agency,
            "date": dateline.date.isoformat() if dateline.date else None,
        }
    assert found == expected["dateline"]
    assert len(article.stories) == 1
    assert article.paragraphs[0].span.text.startswith(expected["first_paragraph_starts"])
    assert article.paragraphs[-1].span.text.endswith(expected["body_last_words"])
    boilerplate = [block.span.text for block in article.blocks_of_kind("boilerplate")]
    assert boilerplate == expected["boilerplate_lines"]


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("ربيع أول", 3),
        ("ربيع الاول", 3),
        ("ربيع ثاني", 4),
        ("ربيع الآخِر", 4),
        ("جمادى أولى", 5),
        ("جمادى الاولى", 5),
        ("جمادى آخرة", 6),
        ("شوّال", 10),
        ("ذى القعدة", 11),
        ("ذوالقعدة", 11),
        ("ذوالحجة", 12),
        ("ذي الحجة", 12),
    ],
)
def test_hijri_month_spellings(name: str, number: int) -> None:
    assert hijri_month(name) == number
