"""How an article and its speakers are named in the formats' output."""

from __future__ import annotations

from collections.abc import Sequence

from khabar import Article, Entity, Statement

__all__ = ["article_key", "speakers_of"]


def article_key(article: Article, position: int) -> str:
    """The article's :attr:`~khabar.Article.id`, or its 1-based *position* in the collection."""
    return article.id if article.id is not None else str(position + 1)


def speakers_of(article: Article, statement: Statement) -> Sequence[Entity]:
    """The entities named as the statement's speakers, in the statement's order."""
    by_id = {entity.id: entity for entity in article.entities}
    return tuple(by_id[speaker] for speaker in statement.speakers if speaker in by_id)
