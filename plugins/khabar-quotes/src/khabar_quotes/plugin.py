"""The quotes plugin's hook implementations."""

from __future__ import annotations

from khabar import Article, StatementsFound, hookimpl


@hookimpl
def khabar_find_statements(article: Article) -> StatementsFound | None:
    """Statements of the article."""
    return StatementsFound()
