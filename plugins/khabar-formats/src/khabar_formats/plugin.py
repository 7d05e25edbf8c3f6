"""The formats plugin's hook implementations."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from khabar import Article, OutputFormat, hookimpl, to_json


def render_jsonl(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """One article a line, each line the core's JSON."""
    return {".jsonl": "".join(to_json(article) + "\n" for article in articles).encode("utf-8")}


@hookimpl
def khabar_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the formats."""
    register(OutputFormat(name="jsonl", suffix=".jsonl", description="JSON Lines", render=render_jsonl))
