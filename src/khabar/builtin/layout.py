"""The generic layout, for text no source plugin claims.

The headline is the first non-blank line; a dateline is recognised in the line after it or at the
start of the first paragraph, in the forms ``<place>-<agency>``, ``<place> - <agency>:`` and
``<place> (<agency>)``; every further non-blank line is a paragraph. Nothing is marked
boilerplate: without a source's conventions there is no evidence for it.
"""

from __future__ import annotations

from khabar.layout import assemble, lines, match_dateline
from khabar.model import Article, Block, Dateline
from khabar.plugins import hookimpl

__all__ = ["khabar_layout"]

_DATELINE_SEARCH = 2
"""How many lines after the headline may carry the dateline."""


@hookimpl(trylast=True)
def khabar_layout(article: Article) -> Article:
    """Lay out any article: headline, optional dateline, one paragraph per line."""
    text = article.text
    found = lines(text)
    if not found:
        return article
    headline = found[0]
    blocks = [Block(kind="headline", span=headline)]
    dateline: Dateline | None = None
    for number, line in enumerate(found[1:], 1):
        if dateline is None and number <= _DATELINE_SEARCH:
            match = match_dateline(text, line, whole_line=True) or match_dateline(text, line)
            if match is not None:
                dateline = match.dateline
                blocks.append(Block(kind="dateline", span=match.dateline.span))
                if match.rest is not None:
                    blocks.append(Block(kind="paragraph", span=match.rest))
                continue
        blocks.append(Block(kind="paragraph", span=line))
    return assemble(article, blocks, headline=headline, dateline=dateline)
