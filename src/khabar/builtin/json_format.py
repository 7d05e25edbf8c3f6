"""The built-in ``json`` output format: the ``khabar.article/1`` contract."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from khabar.formats import OutputFormat
from khabar.model import Article
from khabar.plugins import hookimpl
from khabar.serialize import to_json

__all__ = ["khabar_register_formats", "render_json"]


def render_json(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """One article as indented JSON; several as JSON Lines, one article a line."""
    if len(articles) == 1:
        return {".json": (to_json(articles[0], indent=2) + "\n").encode("utf-8")}
    return {".json": "".join(to_json(article) + "\n" for article in articles).encode("utf-8")}


@hookimpl
def khabar_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register ``json``."""
    register(
        OutputFormat(
            name="json",
            suffix=".json",
            description="the khabar.article/1 JSON contract (JSON Lines for several articles)",
            render=render_json,
        )
    )
