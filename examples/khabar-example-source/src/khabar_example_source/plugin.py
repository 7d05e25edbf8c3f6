"""Al-Weeam (صحيفة الوئام): recognise its articles and lay them out.

Al-Weeam closes every article with a link line that repeats the headline::

    رابط الخبر بصحيفة الوئام: <headline>

("the link to the story in Al-Weeam"). That line is how the outlet's text is recognised, and
it is boilerplate: it must not end up in the body. Everything else follows the generic shape:
the headline on the first line, then one paragraph per line.
"""

from __future__ import annotations

from typing import Final

from khabar import Article, Block, hookimpl
from khabar.layout import assemble, lines
from khabar.model import Span
from khabar.text import match_key

__all__ = ["SOURCE", "khabar_detect_source", "khabar_layout"]

SOURCE: Final = "alweeam"
"""The source name this plugin answers to (``--source alweeam``)."""

_LINK_LINE: Final = match_key("رابط الخبر بصحيفة الوئام")
"""The normalised opening of the outlet's closing link line."""


def _is_link_line(line: Span) -> bool:
    return match_key(line.text).startswith(_LINK_LINE)


@hookimpl
def khabar_detect_source(text: str) -> str | None:
    """``"alweeam"`` when the last line of *text* is the outlet's link line."""
    found = lines(text)
    return SOURCE if len(found) > 1 and _is_link_line(found[-1]) else None


@hookimpl
def khabar_layout(article: Article) -> Article | None:
    """Headline, paragraphs, and the link line as boilerplate, for Al-Weeam's articles."""
    if article.source != SOURCE:
        return None
    found = lines(article.text)
    if not found:
        return article
    blocks = [Block(kind="headline", span=found[0])]
    for line in found[1:]:
        kind = "boilerplate" if _is_link_line(line) else "paragraph"
        blocks.append(Block(kind=kind, span=line))
    return assemble(article, blocks, headline=found[0])
