"""Recognising SANA text: its dateline near the top, or its links and subscription note.

SANA opens every dispatch with ``<place>-سانا`` on the line after the headline (or opening the
first paragraph; a scrape may put a date line or the site's header above the headline, or drop
the headline) and closes its pages with links to its channels (``telegram.me`` or ``t.me``
``/SyrianArabNewsAgency``, since 2025 ``t.me/SyriaAgency``, ``vk.com/syrianarabnewsagency``,
``sana.sy``) and a note asking readers to save its number "باسم سانا".
"""

from __future__ import annotations

from typing import Final

import regex

from khabar.layout import lines
from khabar_sana.dateline import match_sana_dateline

__all__ = ["is_sana_text"]

_DATELINE_LINES: Final = 12
"""The dateline stands within the first lines: below the headline and whatever a scrape keeps of
the page above it (a date line, the ticker, the site's slogan and menu: the layout's bound)."""
_HEAD_CHARS: Final = 4000

_SIGNS: Final = regex.compile(
    r"(?:telegram\.me|t\.me)/(?:SyrianArabNewsAgency|SyriaAgency)(?![\w])"
    r"|vk\.com/syrianarabnewsagency"
    r"|(?<![\w.-])(?:www\.)?sana(?:news)?\.sy(?![\w-])"
    r"|باسم\s+سانا",
    regex.IGNORECASE,
)


def is_sana_text(text: str) -> bool:
    """Whether *text* carries SANA's dateline near its top, or SANA's links."""
    head = lines(text, 0, min(len(text), _HEAD_CHARS))[:_DATELINE_LINES]
    if any(match_sana_dateline(text, line) is not None for line in head):
        return True
    return _SIGNS.search(text) is not None
