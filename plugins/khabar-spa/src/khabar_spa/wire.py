"""The agency's wire conventions around the article: desk label, continuation and end marks.

- The headline opens with the desk that filed it and a slash: ``عام / ``, ``سياسي / ``,
  ``اقتصادي/``. Desks are named by a nisba adjective (سياسي، اقتصادي، رياضي ...) or one of a few
  nouns (عام، تقرير، منوعات).
- A long item is sent in pieces; each further piece is marked ``إضافة أولى``, ``إضافة ثانية
  وأخيرة`` ... at the end of its headline or on a line of its own, and carries no dateline.
- Each piece ends with ``// انتهى //`` ("end") or ``// يتبع //`` ("to follow"), typed with or
  without spaces (and by some operators with one slash, dashes or none), and a time stamp in
  Makkah time (توقيت مكة), ``17:18 ت م``, sometimes followed by the teleprinter end-of-message
  code ``NNNN``, which may also stand alone on the last line.
"""

from __future__ import annotations

from typing import Final

import regex

from khabar.model import Span
from khabar.text import match_key, tokenize

__all__ = ["is_continuation_mark", "is_wire_mark", "split_section"]

_DESK_NOUNS: Final = frozenset(
    match_key(word) for word in ("عام", "تقرير", "تقارير", "منوعات", "حوار", "تحقيق", "عاجل")
)
_NISBA_MIN_LETTERS: Final = 3
_SECTION: Final = regex.compile(r"(?P<label>\p{L}[\p{L}\p{M}\u0640]*)[ \u00a0]*/[ \u00a0]*")

_CONTINUATION: Final = match_key("إضافة")
_CONTINUATION_LETTER: Final = "\u0636"
"""The ض of إضافة: normalisation folds no other character to it, so a line without it is no
continuation mark."""
# fmt: off
_ORDINALS: Final = frozenset(
    match_key(word)
    for word in (
        "أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة",
        "أخيرة", "وأخيرة", "و",
    )
)
# fmt: on
_CONTINUATION_MAX_WORDS: Final = 5

_END_WORDS: Final = frozenset(match_key(word) for word in ("انتهى", "يتبع"))
_END_MARK: Final = regex.compile(
    r"[/\\\-\u2013\u2014*(\[]*[ \u00a0]*(?P<word>\p{L}+)"
    r"[ \u00a0]*[/\\\-\u2013\u2014*)\].]*[ \u00a0]*"
)
"""The end word between slashes, typed with one slash or two, dashes, stars or brackets, or
none."""
_TIME_STAMP: Final = regex.compile(
    r"(?:\d{1,2}[:.]\d{2}[ \u00a0]*ت[ \u00a0.]*م\.?(?:[ \u00a0]+N{2,})?|N{2,})"
)
"""``17:18 ت م`` (``ت.م``), optionally followed by the end-of-message code, or the code alone."""


def split_section(text: str, line: Span) -> tuple[Span | None, Span]:
    """The desk label opening the headline *line* (``عام``), and the headline after it."""
    match = _SECTION.match(text, line.start, line.end)
    if match is None or match.end() == line.end:
        return None, line
    label = match_key(match.group("label"))
    is_desk = label in _DESK_NOUNS or (label.endswith("ي") and len(label) >= _NISBA_MIN_LETTERS)
    if not is_desk:
        return None, line
    section = Span.of(text, match.start("label"), match.end("label"))
    return section, Span.of(text, match.end(), line.end)


def is_continuation_mark(line: str) -> bool:
    """``إضافة خامسة وأخيرة`` on a line of its own."""
    # cheap tests first: most lines are no mark
    if _CONTINUATION_LETTER not in line or _CONTINUATION not in match_key(line):
        return False
    words = [token.key for token in tokenize(line) if token.is_word]
    return (
        1 < len(words) <= _CONTINUATION_MAX_WORDS
        and words[0] == _CONTINUATION
        and all(word in _ORDINALS for word in words[1:])
    )


def is_wire_mark(line: str) -> bool:
    """``// انتهى //``, ``// يتبع //`` (optionally with the time stamp) or the time stamp alone."""
    end = _END_MARK.match(line)
    if end is not None and match_key(end.group("word")) in _END_WORDS:
        rest = line[end.end() :]
        return not rest or _TIME_STAMP.fullmatch(rest.rstrip()) is not None
    return _TIME_STAMP.fullmatch(line) is not None
