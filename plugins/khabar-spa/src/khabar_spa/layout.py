"""The layout of a Saudi Press Agency dispatch.

One block per line: the headline line (the desk label is the article's section, the rest its
headline); the dated dateline on one of the next lines, or none in a continuation piece; the
paragraphs; and the wire marks (continuation line, ``// انتهى //``, the time stamp) as
boilerplate wherever they stand.
"""

from __future__ import annotations

from typing import Final

from khabar.layout import assemble, lines
from khabar.model import Article, Block, Dateline
from khabar_spa.dateline import match_spa_dateline
from khabar_spa.wire import is_continuation_mark, is_wire_mark, split_section

__all__ = ["lay_out"]

_DATELINE_SEARCH: Final = 3
"""How many lines after the headline may carry the dateline (the greeting puts a line first)."""


def lay_out(article: Article) -> Article:
    """The article laid out by the agency's conventions (see the module docstring)."""
    text = article.text
    found = lines(text)
    if not found:
        return article
    section, headline = split_section(text, found[0])
    blocks = [Block(kind="headline", span=found[0])]
    dateline: Dateline | None = None
    for number, line in enumerate(found[1:], 1):
        if is_wire_mark(line.text) or is_continuation_mark(line.text):
            blocks.append(Block(kind="boilerplate", span=line))
            continue
        match = match_spa_dateline(text, line) if dateline is None else None
        if match is not None and number <= _DATELINE_SEARCH:
            dateline = match.dateline
            blocks.append(Block(kind="dateline", span=match.dateline.span))
            if match.rest is not None:
                blocks.append(Block(kind="paragraph", span=match.rest))
            continue
        blocks.append(Block(kind="paragraph", span=line))
    return assemble(article, blocks, headline=headline, dateline=dateline, section=section)
