"""JSON Lines: one article a line, each line the core's ``khabar.article/1`` JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from khabar import Article, to_json

__all__ = ["render_jsonl"]


def render_jsonl(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """Every article on a line of its own; :func:`khabar.from_json` reads each line back."""
    return {".jsonl": "".join(to_json(article) + "\n" for article in articles).encode("utf-8")}
