"""The quotes plugin's hook implementation: every reported statement of the article."""

from __future__ import annotations

from khabar import Article, Lexicon, StatementsFound, hookimpl
from khabar_quotes.statements import StatementFinder

__all__ = ["khabar_find_statements"]


@hookimpl
def khabar_find_statements(article: Article, lexicon: Lexicon) -> StatementsFound | None:
    """Statements of the article's paragraphs, and of headlines of the form "X: ..."."""
    if not article.blocks:
        return StatementsFound()
    return StatementFinder(article, lexicon).run()
