"""The Saudi Press Agency plugin's hook implementations: detection and layout."""

from __future__ import annotations

from typing import Final

from khabar import hookimpl
from khabar.model import Article
from khabar_spa.detect import is_spa_text
from khabar_spa.layout import lay_out

__all__ = ["SOURCE", "khabar_detect_source", "khabar_layout"]

SOURCE: Final = "spa"
"""The source name this plugin answers to (``--source spa``)."""


@hookimpl
def khabar_detect_source(text: str) -> str | None:
    """``"spa"`` for a text with the agency's dated dateline or its wire marks."""
    return SOURCE if is_spa_text(text) else None


@hookimpl
def khabar_layout(article: Article) -> Article | None:
    """The agency's layout (section, dated dateline, wire marks) for its articles."""
    return lay_out(article) if article.source == SOURCE else None
