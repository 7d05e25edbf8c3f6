"""The layout of a SANA page: headline, dateline, stories, footer and teasers.

A SANA page reads, one block per line: the headline; the dateline ``<place>-سانا``; the
paragraphs of the first story; possibly further stories, each opened by a sub-headline (a
short line without final punctuation followed by paragraphs) and sometimes its own dateline; the
footer (follow-us, subscription, link and credit lines); and after ``انظر ايضاً`` the teasers of
other articles, each a headline and a line opening with its own dateline. Footer lines are
boilerplate wherever they stand; everything from the teaser heading on is related.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from khabar.layout import DatelineMatch, assemble, lines
from khabar.model import Article, Block, Dateline, Span, Teaser
from khabar_sana.dateline import match_sana_dateline
from khabar_sana.footer import LineRole, is_headline_like, line_role, teaser_headline_start

__all__ = ["lay_out"]

_DATELINE_SEARCH: Final = 2
"""How many lines after the headline may carry the dateline."""

_SANDWICHED_MAX_WORDS: Final = 12
"""A short line between two footer lines (``تابعونا على:``) belongs to the footer."""


@attrs.define
class _TeaserDraft:
    headline: Span
    dateline: Dateline | None = None
    blocks: list[int] = attrs.Factory(list)
    awaits_lead: bool = False
    """Its dateline stood alone on its line: the next line is its lead, whatever its shape."""


def lay_out(article: Article) -> Article:
    """The article laid out by SANA's conventions (see the module docstring)."""
    text = article.text
    found = lines(text)
    if not found:
        return article
    roles = [line_role(line.text) for line in found]
    related_at = next(
        (n for n, role in enumerate(roles) if n > 0 and role is LineRole.RELATED_MARKER),
        len(found),
    )
    blocks: list[Block] = [Block(kind="headline", span=found[0])]
    teasers: list[Teaser] = []
    dateline, story_starts = _body(text, found[1:related_at], roles[1:related_at], blocks, teasers)
    teasers += _related(text, found[related_at:], roles[related_at:], blocks)
    return assemble(
        article,
        blocks,
        headline=found[0],
        dateline=dateline,
        story_starts=story_starts,
        related=teasers,
    )


def _add_dateline(blocks: list[Block], match: DatelineMatch) -> None:
    blocks.append(Block(kind="dateline", span=match.dateline.span))
    if match.rest is not None:
        blocks.append(Block(kind="paragraph", span=match.rest))


def _inline_teaser(line: Span, index: int) -> Teaser:
    start = teaser_headline_start(line.text) or 0  # the line's role says there is a headline
    headline = Span(start=line.start + start, end=line.end, text=line.text[start:])
    return Teaser(headline=headline, blocks=(index,))


def _body(
    text: str,
    found: Sequence[Span],
    roles: Sequence[LineRole],
    blocks: list[Block],
    teasers: list[Teaser],
) -> tuple[Dateline | None, list[int]]:
    """Append the body's blocks and inline teasers; return the dateline and the stories' starts."""
    dateline: Dateline | None = None
    dateline_line = -1
    for number, line in enumerate(found[:_DATELINE_SEARCH]):
        if roles[number] is LineRole.TEXT:
            match = match_sana_dateline(text, line)
            if match is not None:
                dateline, dateline_line = match.dateline, number
                break
    story_starts = [0]
    paragraphs_in_story = 0
    after_subheadline = False
    for number, line in enumerate(found):
        if roles[number] is LineRole.INLINE_TEASER:
            teasers.append(_inline_teaser(line, len(blocks)))
            blocks.append(Block(kind="related", span=line))
            continue
        if roles[number] is not LineRole.TEXT or _sandwiched(found, roles, number):
            blocks.append(Block(kind="boilerplate", span=line))
            continue
        dated = number == dateline_line or after_subheadline
        match = match_sana_dateline(text, line) if dated else None
        if match is not None:
            _add_dateline(blocks, match)
            paragraphs_in_story += match.rest is not None
        elif paragraphs_in_story and _opens_story(text, found, roles, number):
            story_starts.append(len(blocks))
            blocks.append(Block(kind="subheadline", span=line))
            paragraphs_in_story = 0
            after_subheadline = True
            continue
        else:
            blocks.append(Block(kind="paragraph", span=line))
            paragraphs_in_story += 1
        after_subheadline = False
    return dateline, story_starts


def _opens_story(text: str, found: Sequence[Span], roles: Sequence[LineRole], number: int) -> bool:
    """A sub-headline: a headline-like line followed by a paragraph or a dateline."""
    if number + 1 >= len(found) or roles[number + 1] is not LineRole.TEXT:
        return False
    if not is_headline_like(found[number].text):
        return False
    following = found[number + 1]
    return match_sana_dateline(text, following) is not None or not is_headline_like(following.text)


def _sandwiched(found: Sequence[Span], roles: Sequence[LineRole], number: int) -> bool:
    """A short text line with footer lines on both sides."""
    if not 0 < number < len(found) - 1:
        return False
    return (
        roles[number - 1] is LineRole.FOOTER
        and roles[number + 1] is LineRole.FOOTER
        and len(found[number].text.split()) <= _SANDWICHED_MAX_WORDS
    )


def _related(
    text: str, found: Sequence[Span], roles: Sequence[LineRole], blocks: list[Block]
) -> list[Teaser]:
    """Append the teaser section's blocks and return its teasers.

    A line opening with a SANA dateline gives the teaser whose headline precedes it its
    dateline and lead (a dateline alone on its line makes the next line the lead); a
    headline-like line starts a new teaser; any other line continues the current one.
    """
    drafts: list[_TeaserDraft] = []
    inline: list[Teaser] = []
    for number, line in enumerate(found):
        if roles[number] is LineRole.FOOTER:
            blocks.append(Block(kind="boilerplate", span=line))
            continue
        index = len(blocks)
        blocks.append(Block(kind="related", span=line))
        if roles[number] is LineRole.RELATED_MARKER:
            continue
        if roles[number] is LineRole.INLINE_TEASER:
            inline.append(_inline_teaser(line, index))
            continue
        match = match_sana_dateline(text, line)
        current = drafts[-1] if drafts else None
        if match is not None:
            if current is not None and current.dateline is None and len(current.blocks) == 1:
                current.dateline = match.dateline
            else:
                current = _TeaserDraft(headline=line, dateline=match.dateline)
                drafts.append(current)
            current.awaits_lead = match.rest is None
        elif current is None or (not current.awaits_lead and is_headline_like(line.text)):
            current = _TeaserDraft(headline=line)
            drafts.append(current)
        else:
            current.awaits_lead = False
        current.blocks.append(index)
    teasers = inline + [
        Teaser(headline=draft.headline, dateline=draft.dateline, blocks=tuple(draft.blocks))
        for draft in drafts
    ]
    return sorted(teasers, key=lambda teaser: teaser.headline.start)
