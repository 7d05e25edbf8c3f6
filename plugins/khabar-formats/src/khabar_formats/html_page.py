"""HTML: one self-contained right-to-left page per render.

Each article shows its blocks with entity mentions highlighted by type (``<mark class="ent
ent-per">``) and statements shaded by speaker (one colour per speaker, grey for anonymous
sources), the cue in bold; a side list says who said what, each item linking to its statement.
Every piece of article text, and every name and attribute value, goes through
:func:`html.escape`, so no input can inject markup. The page carries its own CSS and no scripts.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from khabar import Article, Span
from khabar_formats.naming import article_key, speakers_of

__all__ = ["render_html"]

_PALETTE_SIZE: Final = 8
_TYPE_NAMES: Final[Mapping[str, str]] = {
    "PER": "شخص",
    "ORG": "منظمة",
    "LOC": "مكان",
    "MISC": "غير ذلك",
}
_BLOCK_TAGS: Final[Mapping[str, tuple[str, str]]] = {
    "headline": ("h1", "headline"),
    "subheadline": ("h2", "subheadline"),
    "dateline": ("p", "dateline"),
    "paragraph": ("p", "paragraph"),
    "boilerplate": ("p", "boilerplate"),
    "related": ("p", "related"),
}
_ANONYMOUS: Final = "مصدر غير مسمّى"
_UNKNOWN: Final = "متحدث غير معروف"

_CSS: Final = """
.khabar{font-family:"Noto Naskh Arabic","Amiri","Arial",sans-serif;line-height:1.9;color:#222}
.khabar-article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,1fr);gap:1.5em;
 margin:1em 0;padding-bottom:1em;border-bottom:1px solid #ccc}
.khabar-text p,.khabar-text h1,.khabar-text h2{white-space:pre-wrap}
.khabar .dateline{font-weight:bold;color:#555}
.khabar .boilerplate,.khabar .related{color:#999;font-size:.9em}
.khabar mark.ent{background:none;border-bottom:2px solid;padding:0 1px}
.khabar .ent-per{border-color:#c0392b}.khabar .ent-org{border-color:#2471a3}
.khabar .ent-loc{border-color:#1e8449}.khabar .ent-misc{border-color:#7d3c98}
.khabar .cue{font-weight:bold}
.khabar .sp-0{background:#fdebd0}.khabar .sp-1{background:#d6eaf8}.khabar .sp-2{background:#d5f5e3}
.khabar .sp-3{background:#f5eef8}.khabar .sp-4{background:#fcf3cf}.khabar .sp-5{background:#fadbd8}
.khabar .sp-6{background:#d1f2eb}.khabar .sp-7{background:#e5e8e8}
.khabar .sp-none{background:#eeeeee}
.khabar-said{font-size:.9em}.khabar-said li{margin-bottom:.6em;padding:.2em .4em}
.khabar-legend span{margin-inline-end:1em}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _speaker_colours(article: Article) -> dict[str, str]:
    """Statement id to its CSS colour class: one colour per first speaker."""
    colours: dict[str, str] = {}
    by_speaker: dict[str, int] = {}
    for statement in article.statements:
        if not statement.speakers:
            colours[statement.id] = "sp-none"
            continue
        index = by_speaker.setdefault(statement.speakers[0], len(by_speaker))
        colours[statement.id] = f"sp-{index % _PALETTE_SIZE}"
    return colours


def _who(article: Article, statement_index: int) -> str:
    statement = article.statements[statement_index]
    names = [entity.name for entity in speakers_of(article, statement)]
    if names:
        return "، ".join(names)
    if statement.speaker_span is not None:
        return statement.speaker_span.text
    return _ANONYMOUS if statement.anonymous else _UNKNOWN


def _layers(article: Article) -> tuple[list[int], list[int], list[str]]:
    """Per character: the statement covering it (-1 none; cue as ``-2 - index``) and mention."""
    size = len(article.text)
    statement_at = [-1] * size
    for index, statement in enumerate(article.statements):
        for offset in range(statement.content.start, statement.content.end):
            if statement_at[offset] == -1:
                statement_at[offset] = index
        if statement.cue is not None:
            for offset in range(statement.cue.span.start, statement.cue.span.end):
                statement_at[offset] = -2 - index
    mention_at = [-1] * size
    owners: list[str] = []
    for entity in article.entities:
        for mention in entity.mentions:
            for offset in range(mention.span.start, mention.span.end):
                if mention_at[offset] == -1:
                    mention_at[offset] = len(owners)
            owners.append(entity.id)
    return statement_at, mention_at, owners


def _runs(keys: Sequence[int], start: int, end: int) -> Iterator[tuple[int, int]]:
    """Maximal ``[a, b)`` stretches of ``[start, end)`` whose characters share a key."""
    run_start = start
    for offset in range(start + 1, end + 1):
        if offset == end or keys[offset] != keys[run_start]:
            yield run_start, offset
            run_start = offset


def _mentions_html(
    article: Article, start: int, end: int, mention_at: Sequence[int], owners: Sequence[str]
) -> str:
    entities = {entity.id: entity for entity in article.entities}
    out: list[str] = []
    for run_start, run_end in _runs(mention_at, start, end):
        piece = _e(article.text[run_start:run_end])
        mention = mention_at[run_start]
        if mention != -1:
            entity = entities[owners[mention]]
            piece = (
                f'<mark class="ent ent-{entity.type.lower()}" data-entity="{_e(entity.id)}" '
                f'title="{_e(entity.name)} ({_TYPE_NAMES[entity.type]})">{piece}</mark>'
            )
        out.append(piece)
    return "".join(out)


def _block_html(
    article: Article, span: Span, position: int, layers: tuple[list[int], list[int], list[str]]
) -> str:
    statement_at, mention_at, owners = layers
    colours = _speaker_colours(article)
    out: list[str] = []
    for run_start, run_end in _runs(statement_at, span.start, span.end):
        piece = _mentions_html(article, run_start, run_end, mention_at, owners)
        statement_key = statement_at[run_start]
        if statement_key != -1:
            index = statement_key if statement_key >= 0 else -2 - statement_key
            statement = article.statements[index]
            is_cue = statement_key < 0
            anchor = ""
            if not is_cue and run_start == statement.content.start:
                anchor = f' id="a{position + 1}-{_e(statement.id)}"'
            classes = f"cue {colours[statement.id]}" if is_cue else f"st {colours[statement.id]}"
            piece = (
                f'<span class="{classes}"{anchor} data-statement="{_e(statement.id)}" '
                f'title="{_e(_who(article, index))}">{piece}</span>'
            )
        out.append(piece)
    return "".join(out)


def _article_html(article: Article, position: int) -> str:
    layers = _layers(article)
    parts: list[str] = []
    for block in article.blocks:
        tag, css = _BLOCK_TAGS[block.kind]
        inner = _block_html(article, block.span, position, layers)
        parts.append(f'<{tag} class="{css}">{inner}</{tag}>')
    if not article.blocks:
        whole = Span.of(article.text, 0, len(article.text))
        parts.append(f'<p class="paragraph">{_block_html(article, whole, position, layers)}</p>')
    colours = _speaker_colours(article)
    said: list[str] = []
    for index, statement in enumerate(article.statements):
        cue = f' <span class="cue">{_e(statement.cue.span.text)}</span>' if statement.cue else ""
        said.append(
            f'<li class="{colours[statement.id]}"><a href="#a{position + 1}-{_e(statement.id)}">'
            f"{_e(statement.id)}</a> <strong>{_e(_who(article, index))}</strong>{cue} "
            f"<q>{_e(statement.content.text)}</q> <small>({_e(statement.kind)})</small></li>"
        )
    legend = "".join(
        f'<span><mark class="ent ent-{kind.lower()}">{name}</mark></span>'
        for kind, name in _TYPE_NAMES.items()
    )
    key = _e(article_key(article, position))
    return (
        f'<article class="khabar-article" id="a{position + 1}" data-article="{key}">\n'
        f'<div class="khabar-text">\n' + "\n".join(parts) + "\n</div>\n"
        f'<aside class="khabar-said"><h2>من قال ماذا</h2>\n'
        f'<p class="khabar-legend">{legend}</p>\n<ol>\n' + "\n".join(said) + "\n</ol></aside>\n"
        "</article>"
    )


def render_html(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """One page showing every article."""
    first = articles[0] if articles else None
    title = "khabar"
    if first is not None:
        title = first.headline.text if first.headline else article_key(first, 0)
    body = "\n".join(_article_html(article, position) for position, article in enumerate(articles))
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body>\n<div class="khabar" lang="ar" dir="rtl">\n{body}\n</div>\n</body>\n</html>\n'
    )
    return {".html": page.encode("utf-8")}
