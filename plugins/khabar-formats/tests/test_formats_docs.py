"""The formats reference page documents every format and is up to date with the output."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from khabar_formats.plugin import FORMATS

PLUGIN = Path(__file__).resolve().parents[1]
PAGE = PLUGIN.parents[1] / "docs" / "reference" / "formats.md"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_formats_doc", PLUGIN / "scripts" / "make_formats_doc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_format_has_a_section() -> None:
    headings = re.findall(r"^## (.+)$", PAGE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    documented = {name for heading in headings for name in re.findall(r"`([^`]+)`", heading)}
    plain = {fmt.name.removesuffix("-excel") for fmt in FORMATS}
    assert plain <= documented


def test_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == _generator().build(), (
        "run: python plugins/khabar-formats/scripts/make_formats_doc.py"
    )
