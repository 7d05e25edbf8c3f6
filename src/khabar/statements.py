"""What a statement plugin returns: statements and the entities they need."""

from __future__ import annotations

import attrs

from khabar.model import Entity, Statement

__all__ = ["StatementsFound"]


@attrs.frozen(kw_only=True)
class StatementsFound:
    """The result of :func:`~khabar.hookspecs.khabar_find_statements`.

    ``entities`` holds entities the plugin created (a speaker that recognition missed, under a
    new id) or changed (the same id as in the article: it replaces that entity).
    """

    statements: tuple[Statement, ...] = ()
    entities: tuple[Entity, ...] = ()
