"""Recognising the Saudi Press Agency's text: its dated dateline, or its wire marks.

A first piece opens with the dated dateline ``... هـ الموافق ... م واس`` on one of its first
lines; a continuation piece has none, but every piece ends with ``// انتهى //`` or ``// يتبع //``
and the time stamp ``HH:MM ت م``.
"""

from __future__ import annotations

from typing import Final

from khabar.layout import lines
from khabar_spa.dateline import match_spa_dateline
from khabar_spa.wire import is_wire_mark

__all__ = ["is_spa_text"]

_HEAD_LINES: Final = 4
_TAIL_LINES: Final = 4


def is_spa_text(text: str) -> bool:
    """Whether *text* has the agency's dateline near its top or its wire marks at its end."""
    found = lines(text)
    if any(match_spa_dateline(text, line) is not None for line in found[1:_HEAD_LINES]):
        return True
    return any(is_wire_mark(line.text) for line in found[1:][-_TAIL_LINES:])
