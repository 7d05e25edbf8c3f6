"""Markdown: read back with markdown-it (CommonMark plus GFM tables)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from khabar import Span
from khabar_formats.markdown import render_markdown
from khabar_formats.sample import quoted_article, sample_article


def _parse(data: bytes) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(data.decode("utf-8"))


def _inline_text(token: Token) -> str:
    return "".join(child.content for child in token.children or () if child.type == "text")


def _table(tokens: list[Token]) -> list[list[str]]:
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(_inline_text(token))
    return rows


def test_headline_dateline_and_statements_table() -> None:
    tokens = _parse(render_markdown([sample_article()])[".md"])
    heading = tokens[tokens.index(next(t for t in tokens if t.type == "heading_open")) + 1]
    assert heading.content == "المقداد: المحادثات مع الأردن إيجابية"
    emphasis = next(t for t in tokens if t.type == "inline" and t.content.startswith("*"))
    assert _inline_text(emphasis) == "دمشق-سانا"
    assert _table(tokens) == [
        ["id", "speaker", "cue", "kind", "content"],
        ["S1", "فيصل المقداد", ":", "headline", "المحادثات مع الأردن إيجابية"],
        ["S2", "فيصل المقداد", "قال", "direct", "المحادثات مع الأردن كانت إيجابية"],
        ["S3", "فيصل المقداد", "وأكد", "indirect", "التعاون مع الأمم المتحدة مستمر"],
        ["S4", "مصادر", "وأفادت", "indirect", "لقاءات ستعقد بعمان وبدمشق قريبا"],
    ]


def test_pipes_and_markup_in_cells_are_escaped() -> None:
    text = "قال الوزير: أ | ب *ج* <b>د</b> `هـ`\nو"
    content = Span.of(text, text.index("أ"), len(text))
    rows = _table(_parse(render_markdown([quoted_article(text, content)])[".md"]))
    assert rows[1] == ["S1", "", "قال", "direct", "أ | ب *ج* <b>د</b> `هـ` و"]
