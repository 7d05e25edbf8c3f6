"""Normalisation for matching, on a shadow string that maps back to the raw text.

Arabic spelling varies in ways that do not change the word: diacritics and tatweel come and go,
alef carries a hamza or not, final ي is written ى, ة is written ه, Persian keyboards type ی and ک,
digits are Arabic-Indic or Western, spaces are no-break, invisible bidi controls and zero-width
characters are sprinkled in, and quotation marks come in a dozen shapes. :func:`normalize`
folds all of these on a *shadow* string; every shadow character comes from exactly one raw
character, so :meth:`Shadow.to_raw` maps any shadow offset back to the raw text.

pyarabic provides the character tables; its ``normalize_hamza`` is deliberately not used (it
rewrites إيران as ءيران), nor are its tokenizers.
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import pyarabic.araby as araby
import regex

__all__ = ["QUOTE", "Shadow", "match_key", "normalize"]

QUOTE: Final = '"'
"""Every quotation mark becomes this character on the shadow string."""

_DELETE: Final = (
    set(araby.TASHKEEL)
    | {araby.TATWEEL, araby.SMALL_ALEF, "\u0653", "\u0654", "\u0655", "\u0656", "\u0657"}
    | {"\u0658", "\u065c", "\u065d", "\u065e", "\u065f", "\u06e1"}
    | {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c", "\u00ad"}
    | {chr(code) for code in range(0x202A, 0x202F)}
    | {chr(code) for code in range(0x2066, 0x206A)}
)
"""Characters removed for matching: diacritics, tatweel, zero-width and bidi controls."""

_ALEFS: Final = {araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA, "\u0671"}
_SPACES: Final = {"\u00a0", "\u2007", "\u202f", "\u2000", "\u2001", "\u2002", "\u2003"} | {
    "\u2004", "\u2005", "\u2006", "\u2008", "\u2009", "\u200a", "\u205f", "\u3000", "\t"
}
_QUOTES: Final = {"\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2039"} | {
    "\u203a", "\u2033", "\u2036", "\u301d", "\u301e", "\uff02", '"'
}


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(char): None for char in _DELETE}
    table.update({ord(char): araby.ALEF for char in _ALEFS})
    table.update({ord(char): " " for char in _SPACES})
    table.update({ord(char): QUOTE for char in _QUOTES})
    table[ord(araby.ALEF_MAKSURA)] = araby.YEH
    table[ord(araby.TEH_MARBUTA)] = araby.HEH
    table[ord("\u06cc")] = araby.YEH  # Persian yeh
    table[ord("\u06a9")] = araby.KAF  # Persian keheh
    table[ord("\u06c0")] = araby.HEH  # heh with yeh above
    for digit in range(10):
        table[0x0660 + digit] = str(digit)  # Arabic-Indic
        table[0x06F0 + digit] = str(digit)  # Extended Arabic-Indic (Persian)
    for letter in range(ord("A"), ord("Z") + 1):
        table[letter] = chr(letter + 32)
    return table


_TABLE: Final = _table()
_DELETABLE: Final = regex.compile("[" + regex.escape("".join(sorted(_DELETE))) + "]+")
_WHITESPACE: Final = regex.compile(r"\s+")


@attrs.frozen
class Shadow:
    """A normalised copy of a raw text with the map back to raw offsets.

    ``text`` is the shadow; ``raw_length`` the length of the raw text. Internally the map is a
    list of runs of kept characters, so building it costs one step per deleted run and a lookup
    is a binary search.
    """

    text: str
    raw_length: int
    _run_shadow_starts: tuple[int, ...]
    _run_raw_starts: tuple[int, ...]

    def to_raw(self, offset: int) -> int:
        """The raw offset of the shadow character at *offset* (``len(text)`` maps to the end)."""
        if offset >= len(self.text):
            return self.raw_length if offset == len(self.text) else _out_of_range(offset)
        run = bisect.bisect_right(self._run_shadow_starts, offset) - 1
        return self._run_raw_starts[run] + offset - self._run_shadow_starts[run]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``[start, end)`` covering the shadow characters ``[start, end)``."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1


def _out_of_range(offset: int) -> int:
    raise IndexError(f"shadow offset {offset} is out of range")


def normalize(raw: str) -> Shadow:
    """The matching shadow of *raw* (see the module docstring for what is folded)."""
    shadow = raw.translate(_TABLE)
    shadow_starts = [0]
    raw_starts = [0]
    deleted = 0
    for match in _DELETABLE.finditer(raw):
        deleted += match.end() - match.start()
        shadow_starts.append(match.end() - deleted)
        raw_starts.append(match.end())
    return Shadow(shadow, len(raw), tuple(shadow_starts), tuple(raw_starts))


def match_key(text: str) -> str:
    """The key two spellings of a word or phrase share: normalised, whitespace collapsed.

    >>> match_key("إيرانَ") == match_key("ايران")
    True
    """
    return _WHITESPACE.sub(" ", text.translate(_TABLE)).strip()
