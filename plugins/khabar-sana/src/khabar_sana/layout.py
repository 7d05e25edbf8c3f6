"""The layout of a SANA page: headline, dateline, stories, footer and teasers.

A SANA page reads, one block per line: the headline (a scrape may put the page's date line,
its breaking-news ticker ``عاجل ...`` or the site's header above it, or drop it and open on the
dateline: the headline is the line right before the dateline); the dateline ``<place>-سانا``;
the paragraphs of the first story; possibly further stories, each opened by a sub-headline (a
short line without final punctuation followed by paragraphs) and sometimes its own dateline;
the reporter's signature (a name, or initials, alone on the body's last line); the footer
(follow-us, subscription, link and credit lines); and after ``انظر ايضاً`` the teasers of
other articles, each a headline and a line opening with its own dateline. Footer lines are
boilerplate wherever they stand; everything from the teaser heading on is related, unless the
heading stands amid the article over bare headlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from khabar.layout import DatelineMatch, assemble, lines
from khabar.model import Article, Block, Dateline, Span, Teaser
from khabar.text import match_key, tokenize
from khabar_sana.dateline import match_sana_dateline
from khabar_sana.footer import LineRole, is_headline_like, line_role, teaser_headline_start

__all__ = ["lay_out"]

_DATELINE_SEARCH: Final = 2
"""How many lines after the headline may carry the dateline."""

_HEADER_MAX_LINES: Final = 10
"""The most furniture lines a scrape keeps above the headline: the slogan, the ticker's label,
the date and a section menu of a few entries. Further down, a dateline opens a later story."""

_SANDWICHED_MAX_WORDS: Final = 12
"""A short line between two footer lines (``تابعونا على:``) belongs to the footer."""

_BREAKING: Final = match_key("عاجل")

_INLINE_GROUP_MAX_HEADLINES: Final = 3
"""A teaser heading amid the article stands over at most this many bare headlines."""

_SIGNATURE_MAX_WORDS: Final = 4
"""A reporter's name (``رشا محمود``) or initials (``ر.م``) signing the body's last line."""


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
    blocks: list[Block] = []
    texts = [n for n, role in enumerate(roles) if role is LineRole.TEXT]
    first = _headline_line(text, found, texts)
    for line in found[:first]:  # the page's date line, ticker or a rule: above the headline
        blocks.append(Block(kind="boilerplate", span=line))
    headline: Span | None = found[first]
    if not texts or match_sana_dateline(text, found[first]) is not None:
        headline = None  # no text, or a scrape that dropped the headline and opens on the dateline
    else:
        blocks.append(Block(kind="headline", span=found[first]))
        first += 1
    related_at = next(
        (
            n
            for n, role in enumerate(roles)
            if n >= max(first, 1)
            and role is LineRole.RELATED_MARKER
            and _inline_group_end(text, found, roles, n) is None
        ),
        len(found),
    )
    teasers: list[Teaser] = []
    body_start = len(blocks)
    dateline, story_starts = _body(
        text, found[first:related_at], roles[first:related_at], blocks, teasers
    )
    _mark_signature(blocks, body_start)
    teasers += _related(text, found[related_at:], roles[related_at:], blocks)
    return assemble(
        article,
        blocks,
        headline=headline,
        dateline=dateline,
        story_starts=story_starts,
        related=teasers,
    )


def _headline_line(text: str, found: Sequence[Span], texts: Sequence[int]) -> int:
    """The line the headline stands on (or the dateline, when the scrape dropped the headline).

    SANA's headline is the line right before its dateline: what a scrape keeps above it (the
    site's slogan, the ticker's label ``الشريط الإخباري``, its menu) is page furniture, short
    lines without sentence punctuation; SANA prints no kicker above its headlines. Without a
    dateline so placed, the headline is the first text line, or the one after a ticker.
    """
    if not texts:
        return 0
    for position, number in enumerate(texts[: _HEADER_MAX_LINES + 2]):
        if match_sana_dateline(text, found[number]) is not None:
            if position >= 2 and all(
                is_headline_like(found[above].text) for above in texts[: position - 1]
            ):
                return texts[position - 1]
            break
    if (
        len(texts) > 1
        and _is_ticker(found[texts[0]].text)
        and match_sana_dateline(text, found[texts[1]]) is None  # else the ticker is the headline
    ):
        return texts[1]
    return texts[0]


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
    text_lines = [number for number, role in enumerate(roles) if role is LineRole.TEXT]
    for number in text_lines[:_DATELINE_SEARCH]:
        match = match_sana_dateline(text, found[number])
        if match is not None:
            dateline, dateline_line = match.dateline, number
            break
    story_starts = [0]
    paragraphs_in_story = 0
    after_subheadline = False
    teaser_lines: set[int] = set()
    for number, line in enumerate(found):
        if roles[number] is LineRole.RELATED_MARKER:
            end = _inline_group_end(text, found, roles, number) or number + 1
            teaser_lines.update(range(number + 1, end))
            blocks.append(Block(kind="related", span=line))
            continue
        if number in teaser_lines:
            teasers.append(Teaser(headline=line, blocks=(len(blocks),)))
            blocks.append(Block(kind="related", span=line))
            continue
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


def _dated(text: str, found: Sequence[Span], roles: Sequence[LineRole], number: int) -> bool:
    """Whether line *number* exists and opens with a SANA dateline."""
    return (
        number < len(found)
        and roles[number] is LineRole.TEXT
        and match_sana_dateline(text, found[number]) is not None
    )


def _inline_group_end(
    text: str, found: Sequence[Span], roles: Sequence[LineRole], marker: int
) -> int | None:
    """Where the article goes on after a teaser heading amid it, else ``None``.

    Amid the article, ``اقرأ أيضاً`` stands over one to three bare headlines, and the article's
    paragraphs follow. In the page's teaser section every teaser has a lead opening with its
    dateline (the excerpt of the other article), and nothing of the article follows.
    """
    for headlines, number in enumerate(range(marker + 1, len(found))):
        line = found[number]
        if roles[number] is not LineRole.TEXT or match_sana_dateline(text, line) is not None:
            return None
        if not is_headline_like(line.text):
            return number if headlines else None
        if headlines == _INLINE_GROUP_MAX_HEADLINES:
            return None
    return None


def _is_ticker(line: str) -> bool:
    """The breaking-news ticker a scrape of the page catches above the headline."""
    words = [token.key for token in tokenize(line) if token.is_word]
    return bool(words) and words[0] == _BREAKING


def _mark_signature(blocks: list[Block], body_start: int) -> None:
    """Mark the body's last line boilerplate when it is a signature: a short line without
    punctuation or digits closing the body, after a paragraph that ends a sentence."""
    content = [n for n in range(body_start, len(blocks)) if blocks[n].kind != "boilerplate"]
    if len(content) < 2 or blocks[content[-1]].kind != "paragraph":
        return
    last, before = blocks[content[-1]], blocks[content[-2]]
    words = last.span.text.replace(".", " ").split()
    if (
        before.kind == "paragraph"
        and len(words) <= _SIGNATURE_MAX_WORDS
        and is_headline_like(last.span.text)
        and not is_headline_like(before.span.text)
        and not any(char.isdigit() for char in last.span.text)
        and ":" not in last.span.text
    ):
        blocks[content[-1]] = Block(kind="boilerplate", span=last.span)


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
    headline-like line, or any line before a dated one (a headline ending in ``؟`` or ``...``),
    starts a new teaser; any other line continues the current one.
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
        elif current is None or (
            not current.awaits_lead
            and (is_headline_like(line.text) or _dated(text, found, roles, number + 1))
        ):
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
