"""The SANA plugin's hook implementations: detection, layout and HTML pages."""

from __future__ import annotations

from typing import Final

from khabar import hookimpl
from khabar.model import Article
from khabar_sana.detect import is_sana_text
from khabar_sana.layout import lay_out
from khabar_sana.page import read_sana_page

__all__ = ["SOURCE", "khabar_detect_source", "khabar_layout", "khabar_read_html"]

SOURCE: Final = "sana"
"""The source name this plugin answers to (``--source sana``)."""


@hookimpl
def khabar_detect_source(text: str) -> str | None:
    """``"sana"`` for a text with SANA's dateline or links."""
    return SOURCE if is_sana_text(text) else None


@hookimpl
def khabar_layout(article: Article) -> Article | None:
    """SANA's layout (headline, dateline, stories, footer, teasers) for a SANA article."""
    return lay_out(article) if article.source == SOURCE else None


@hookimpl
def khabar_read_html(html: str, url: str | None) -> str | None:
    """The article text of a SANA page (``h1.s-title`` and ``div.entry-content``), else ``None``."""
    return read_sana_page(html, url)
