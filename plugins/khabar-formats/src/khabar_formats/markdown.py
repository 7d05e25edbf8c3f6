"""Markdown: each article's headline, dateline and a table of its statements.

The table (GitHub-flavoured) has the columns ``id``, ``speaker``, ``cue``, ``kind`` and
``content``. Every character of article text that Markdown could read as inline markup is
backslash-escaped (``\\ ` * _ [ ] < > # | ~ &``; ``|`` so a cell never splits), and line
breaks inside a cell become spaces.
Several articles are separated by a horizontal rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from khabar import Article, Statement
from khabar_formats.naming import article_key, speakers_of

__all__ = ["escape_markdown", "render_markdown"]

_MARKUP: Final = re.compile(r"([\\`*_\[\]<>#|~&])")
_LINE_BREAKS: Final = re.compile(r"\s*[\n\r\u2028\u2029]+\s*")
_ANONYMOUS: Final = "مصدر غير مسمّى"


def escape_markdown(text: str) -> str:
    """*text* as literal inline Markdown: markup characters escaped, line breaks made spaces."""
    return _MARKUP.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def _speaker(article: Article, statement: Statement) -> str:
    names = [entity.name for entity in speakers_of(article, statement)]
    if names:
        return "، ".join(names)
    if statement.speaker_span is not None:
        return statement.speaker_span.text
    return _ANONYMOUS if statement.anonymous else ""


def _article(article: Article, position: int) -> str:
    headline = article.headline.text if article.headline else article_key(article, position)
    lines = [f"# {escape_markdown(headline)}", ""]
    if article.dateline is not None:
        lines += [f"*{escape_markdown(article.dateline.span.text)}*", ""]
    lines += ["| id | speaker | cue | kind | content |", "| --- | --- | --- | --- | --- |"]
    for statement in article.statements:
        cells = (
            statement.id,
            _speaker(article, statement),
            statement.cue.span.text if statement.cue else "",
            statement.kind,
            statement.content.text,
        )
        lines.append("| " + " | ".join(escape_markdown(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def render_markdown(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """One Markdown document for the articles."""
    parts = (_article(article, position) for position, article in enumerate(articles))
    text = "\n---\n\n".join(parts)
    return {".md": text.encode("utf-8")}
