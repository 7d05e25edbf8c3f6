"""The generic layout, for text no source plugin claims.

The headline is the first non-blank line; a dateline is recognised in the line after it or at the
start of the first paragraph, in the forms ``<place>-<agency>``, ``<place> - <agency>:`` and
``<place> (<agency>)``, or as a newspaper's dash-separated run of reporter, outlet and place in
which the lexicon knows the place (``<reporter>- <outlet>- <place>:``); every further non-blank
line is a paragraph. Without a source's conventions, a line is marked boilerplate only on
evidence that holds for any outlet: a line that is nothing but a web address, and a self-link
line, a short label and a colon followed by the article's own headline
(``رابط الخبر بصحيفة ...: <headline>``).
"""

from __future__ import annotations

import regex

from khabar.layout import assemble, lines, match_byline_dateline, match_dateline
from khabar.lexicon import Lexicon
from khabar.model import Article, Block, Dateline, Span
from khabar.plugins import hookimpl
from khabar.text import match_key

__all__ = ["khabar_layout"]

_DATELINE_SEARCH = 2
"""How many lines after the headline may carry the dateline."""
_SELF_LINK_LABEL_WORDS = 6
"""The most words a self-link line's label may have before its colon."""
_URL_LINE = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?؟](?=\s)")


def is_link_line(line: Span, headline_key: str) -> bool:
    """Whether *line* is a bare web address or a self-link line repeating the headline."""
    if _URL_LINE.fullmatch(line.text):
        return True
    key = match_key(line.text)
    if not headline_key or not key.endswith(headline_key) or len(key) == len(headline_key):
        return False
    label = key[: -len(headline_key)].rstrip()
    return label.endswith(":") and len(label.split()) <= _SELF_LINK_LABEL_WORDS


def split_link(text: str, line: Span, headline_key: str) -> tuple[Span | None, Span | None]:
    """*line* as (body, link line): the whole line may be a link line, or a self-link line may
    be glued after the last sentence of a paragraph."""
    if is_link_line(line, headline_key):
        return None, line
    longest = 2 * len(headline_key) + 100  # a label of a few words and the headline
    for end in reversed([m.end() for m in _SENTENCE_END.finditer(text, line.start, line.end)]):
        if line.end - end > longest:
            break
        tail_start = end
        while text[tail_start].isspace():
            tail_start += 1
        tail = Span.of(text, tail_start, line.end)
        if is_link_line(tail, headline_key):
            return Span.of(text, line.start, end), tail
    return line, None


@hookimpl(trylast=True)
def khabar_layout(article: Article, lexicon: Lexicon) -> Article:
    """Lay out any article: headline, optional dateline, one paragraph per line."""

    def is_place(words: str) -> bool:
        return any(entry.category == "LOC" for entry in lexicon.lookup_form(words))

    def names_a_person(words: str) -> bool:  # a byline: it opens with a given name
        first = words.split()[0]
        return any(entry.category == "given-name" for entry in lexicon.lookup_form(first))

    text = article.text
    found = lines(text)
    if not found:
        return article
    headline = found[0]
    blocks = [Block(kind="headline", span=headline)]
    dateline: Dateline | None = None
    headline_key = match_key(headline.text)
    for number, line in enumerate(found[1:], 1):
        if dateline is None and number <= _DATELINE_SEARCH:
            match = (
                match_byline_dateline(text, line, is_place)
                or match_dateline(text, line, whole_line=True)
                or match_dateline(text, line)
            )
            if match is not None and not names_a_person(match.dateline.place or "-"):
                dateline = match.dateline
                blocks.append(Block(kind="dateline", span=match.dateline.span))
                if match.rest is not None:
                    blocks.append(Block(kind="paragraph", span=match.rest))
                continue
        body, link = split_link(text, line, headline_key)
        if body is not None:
            blocks.append(Block(kind="paragraph", span=body))
        if link is not None:
            blocks.append(Block(kind="boilerplate", span=link))
    return assemble(article, blocks, headline=headline, dateline=dateline)
