"""The SANA plugin's hook implementations."""

from __future__ import annotations

import regex

from khabar import hookimpl

_SIGNS = regex.compile(r"-\s*سانا\b|telegram\.me/SyrianArabNewsAgency|t\.me/|vk\.com/syrianarabnewsagency|sana\.sy")


@hookimpl
def khabar_detect_source(text: str) -> str | None:
    """``"sana"`` for a text with SANA's dateline or links."""
    return "sana" if _SIGNS.search(text) else None
