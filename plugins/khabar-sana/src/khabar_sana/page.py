"""SANA's article pages (the relaunched sana.sy and the old one) read into article text.

The relaunched site (2025) puts the headline in ``h1.s-title`` and the article in
``div.entry-content``; the old site (until 2024) in ``h1.entry-title`` (also ``post-title``,
``name``) and ``div.entry``, whose first paragraph is the dateline. The page's title heading is
the headline (else its ``og:title`` without the site's name); the blocks of the article body
(paragraphs, sub-headings, list items, line breaks) are the dateline and paragraphs.
Navigation, menus, share buttons, related-post lists, scripts and figures are never read: only
the body is, and inside it any element whose class or id names a share, related, social,
advertising or tag widget is skipped. A SANA page of neither layout has its body read by
trafilatura (the extra ``khabar[html]``; without it the page is left to the generic reader),
still under the headline found here.
The result has the shape of SANA's text form: the headline, a blank line, then each block on
its own line, blocks separated by blank lines.

The two known layouts need only the standard library's :mod:`html.parser`.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Final
from urllib.parse import urlsplit

import regex

__all__ = ["read_sana_page"]

_HOSTS: Final = ("sana.sy", "sananews.sy")
_SITE_NAMES: Final = ("سانا", "sana", "السورية للأنباء", "السورية للانباء", "syrian arab news")
_HEADLINE_CLASSES: Final = frozenset({"s-title", "entry-title", "post-title", "name"})
_BODY_CLASSES: Final = ("entry-content", "entry")
"""The body's class on the relaunched site, then on the old one (tried in this order)."""
_TITLE_SEPARATORS: Final = regex.compile(r"\s+[-–—|:]\s+")
_VOID: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "br"}
    | {"section", "article", "table", "tr", "td", "th", "pre", "dd", "dt", "hr"}
)
_SKIPPED_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "figure", "figcaption", "iframe", "svg"}
    | {"form", "button", "aside", "nav", "header", "footer", "select", "video", "audio"}
)
_SKIPPED_CLASS_WORDS: Final = frozenset(
    {"share", "sharing", "related", "social", "ad", "ads", "advert", "advertisement", "banner"}
    | {"tags", "tag", "newsletter", "comments", "comment", "breadcrumb", "menu", "widget", "nav"}
    | {"sharedaddy", "jp", "rp4wp", "yarpp", "author", "meta", "subscribe", "follow"}
)
_CLASS_WORD: Final = regex.compile(r"[a-z0-9]+")
_SPACE: Final = regex.compile(r"\s+")


def _class_names(attrs: list[tuple[str, str | None]]) -> list[str]:
    for name, value in attrs:
        if name == "class" and value:
            return value.lower().split()
    return []


def _attr(attrs: list[tuple[str, str | None]], wanted: str) -> str:
    for name, value in attrs:
        if name == wanted:
            return value or ""
    return ""


class _PageParser(HTMLParser):
    """Collects the headline, the body's blocks and the signs that the page is SANA's."""

    def __init__(self, body_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.body_class = body_class
        self.headline: str | None = None
        self.titles: list[str] = []
        self.blocks: list[str] = []
        self.addresses: list[str] = []
        self.site_names: list[str] = []
        self._stack: list[str] = []
        self._headline_depth: int | None = None
        self._body_depth: int | None = None
        self._skip_depth: int | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_site(tag, attrs)
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _VOID:
            return
        self._stack.append(tag)
        depth = len(self._stack)
        classes = _class_names(attrs)
        names = [*classes, _attr(attrs, "id").lower()]
        if self._skip_depth is None and self._body_depth is not None and _skipped(tag, names):
            self._skip_depth = depth
        if tag == "h1" and self.headline is None and _is_headline(classes, attrs):
            self._headline_depth = depth
        if tag == "div" and self._body_depth is None and self.body_class in classes:
            self._body_depth = depth

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_site(tag, attrs)
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._stack:
            return
        if tag in _BLOCK_TAGS or tag == "h1":
            self._flush()
        while self._stack:
            depth = len(self._stack)
            closed = self._stack.pop()
            if depth == self._skip_depth:
                self._skip_depth = None
            if depth == self._headline_depth:
                self._headline_depth = None
            if depth == self._body_depth:
                self._body_depth = -1  # the body is over; a second one is not read
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._skip_depth is not None:
            return
        if self._headline_depth is not None or (
            self._body_depth is not None and self._body_depth > 0
        ):
            self._buffer.append(data)

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._buffer)).strip()
        self._buffer.clear()
        if not text:
            return
        if self._headline_depth is not None:
            self.headline = text
        else:
            self.blocks.append(text)

    def _note_site(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and _attr(attrs, "property") == "og:site_name":
            self.site_names.append(_attr(attrs, "content"))
        elif tag == "meta" and _attr(attrs, "property") == "og:title":
            self.titles.append(_SPACE.sub(" ", _attr(attrs, "content")).strip())
        elif tag == "meta" and _attr(attrs, "property") == "og:url":
            self.addresses.append(_attr(attrs, "content"))
        elif tag == "link" and "canonical" in _attr(attrs, "rel").split():
            self.addresses.append(_attr(attrs, "href"))


def _is_headline(classes: list[str], attrs: list[tuple[str, str | None]]) -> bool:
    return bool(_HEADLINE_CLASSES.intersection(classes)) or _attr(attrs, "itemprop") == "headline"


def _skipped(tag: str, classes: list[str]) -> bool:
    if tag in _SKIPPED_TAGS:
        return True
    return any(
        word in _SKIPPED_CLASS_WORDS for name in classes for word in _CLASS_WORD.findall(name)
    )


def _is_sana_address(address: str | None) -> bool:
    host = (urlsplit(address).hostname or "") if address else ""
    return any(host == known or host.endswith("." + known) for known in _HOSTS)


def _parse(html: str, body_class: str) -> _PageParser:
    parser = _PageParser(body_class)
    parser.feed(html)
    parser.close()
    return parser


def _is_sana(parser: _PageParser, url: str | None) -> bool:
    """Whether the page is SANA's: by its address, its canonical address or its site name."""
    if _is_sana_address(url) or any(_is_sana_address(a) for a in parser.addresses):
        return True
    return any(sign in name.lower() for name in parser.site_names for sign in _SITE_NAMES)


def _title_headline(parser: _PageParser) -> str | None:
    """The page's ``og:title`` without the site's name (``<headline> - سانا``)."""
    for title in parser.titles:
        pieces = _TITLE_SEPARATORS.split(title)
        while len(pieces) > 1 and any(sign in pieces[-1].lower() for sign in _SITE_NAMES):
            pieces.pop()
        headline = " - ".join(pieces).strip()
        if headline:
            return headline
    return None


def _generic_body(html: str, url: str | None) -> list[str]:
    """The page's main text by trafilatura, one block a line; none without trafilatura."""
    try:
        import trafilatura
    except ImportError:
        return []
    body = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    return [line.strip() for line in (body or "").splitlines() if line.strip()]


def read_sana_page(html: str, url: str | None) -> str | None:
    """The article text of a SANA page, or ``None`` for a page that is not SANA's article page."""
    parser: _PageParser | None = None
    for body_class in _BODY_CLASSES:
        parser = _parse(html, body_class)
        if not _is_sana(parser, url):
            return None
        if parser.blocks:
            break
    if parser is None:
        return None
    headline = parser.headline or _title_headline(parser)
    blocks = parser.blocks or _generic_body(html, url)
    if blocks and blocks[0] == headline:
        blocks = blocks[1:]
    if headline is None or not blocks:
        return None
    return "\n\n".join([headline, *blocks])
