"""The Saudi Press Agency plugin's hook implementations."""

from __future__ import annotations

import regex

from khabar import hookimpl

_DATELINE = regex.compile(r"هـ\s+الموافق\s+.{1,40}?م\s+واس")


@hookimpl
def khabar_detect_source(text: str) -> str | None:
    """``"spa"`` for a text with the agency's dated dateline."""
    return "spa" if _DATELINE.search(text[:2000]) else None
