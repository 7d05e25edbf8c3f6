"""Normalisation for matching, on a shadow string that maps back to the raw text.

Arabic spelling varies in ways that do not change the word: diacritics and tatweel come and go,
alef carries a hamza or not, final ي is written ى, ة is written ه, Persian keyboards type ی and ک,
digits are Arabic-Indic or Western, spaces are no-break, invisible bidi controls and zero-width
characters are sprinkled in, and quotation marks come in a dozen shapes. :func:`normalize`
folds all of these on a *shadow* string; every shadow character comes from exactly one raw
character, so :meth:`Shadow.to_raw` maps any shadow offset back to the raw text.

pyarabic provides the character names; its ``normalize_hamza`` is deliberately not used (it
rewrites إيران as ءيران), nor are its tokenizers.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from typing import Final

import attrs
import pyarabic.araby as araby
import regex

__all__ = ["ATTACHED_MARKS", "QUOTE", "Shadow", "match_key", "normalize"]

QUOTE: Final = '"'
"""Every quotation mark becomes this character on the shadow string."""

_ARABIC_BLOCKS: Final = (range(0x0600, 0x0700), range(0x0750, 0x0780), range(0x08A0, 0x0900))

ATTACHED_MARKS: Final = frozenset(
    {
        chr(code)
        for block in _ARABIC_BLOCKS
        for code in block
        if unicodedata.category(chr(code)) == "Mn"
    }
    | {araby.TATWEEL}
)
"""Characters written on or after a letter: every combining mark of the Arabic blocks (harakat,
tanwin, shadda, sukun, the dagger alef, the combining hamzas, Quranic annotation signs) and the
tatweel. They are removed for matching and belong to the word they are written on."""

_INVISIBLE: Final = frozenset(
    {"\u00ad", "\u034f", "\u061c", "\u180e", "\ufeff"}
    | {chr(code) for code in range(0x200B, 0x2010)}  # zero-width space, (non-)joiner, LRM, RLM
    | {chr(code) for code in range(0x202A, 0x202F)}  # bidi embeddings and overrides
    | {chr(code) for code in range(0x2060, 0x2065)}  # word joiner, invisible operators
    | {chr(code) for code in range(0x2066, 0x206A)}  # bidi isolates
)
"""Invisible format characters: soft hyphen, zero-width characters, bidi controls."""

_DELETE: Final = ATTACHED_MARKS | _INVISIBLE
"""Characters removed for matching."""

_ALEFS: Final = frozenset(
    {araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA, "\u0671"}  # أ إ آ ٱ
    | {"\u0672", "\u0673", "\u0675"}  # alef with wavy hamza above/below, high hamza alef
)
"""Alef forms folded to the bare alef ا (never to a lone hamza ء)."""

_SPACES: Final = frozenset(
    {"\t", "\u00a0", "\u1680", "\u202f", "\u205f", "\u3000"}
    | {chr(code) for code in range(0x2000, 0x200B)}  # en quad ... hair space
)
"""Tabs and the no-break and typographic spaces, folded to a plain space."""

_QUOTES: Final = frozenset(
    {'"', "\u00ab", "\u00bb", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d"}
    | {"\u201e", "\u201f", "\u2039", "\u203a", "\u2e42", "\u300c", "\u300d", "\u300e", "\u300f"}
    | {"\u301d", "\u301e", "\u301f", "\ufe41", "\ufe42", "\ufe43", "\ufe44", "\uff02", "\uff62"}
    | {"\uff63", "\u2033", "\u2036"}
)
"""Unicode's quotation marks (property ``Quotation_Mark``) but the apostrophes ``'`` and ``＇``,
which mostly mark elision in Latin script, plus the double primes ″ ‶ typed as quotes."""

_LETTERS: Final = {
    araby.ALEF_MAKSURA: araby.YEH,  # ى -> ي
    araby.TEH_MARBUTA: araby.HEH,  # ة -> ه
    "\u06cc": araby.YEH,  # Persian yeh ی
    "\u06a9": araby.KAF,  # Persian keheh ک
    "\u06aa": araby.KAF,  # swash kaf ڪ
    "\u06c0": araby.HEH,  # heh with yeh above ۀ
    "\u06c1": araby.HEH,  # heh goal ہ
    "\u06be": araby.HEH,  # heh doachashmee ھ
    "\u06c3": araby.HEH,  # teh marbuta goal ۃ
}
"""Letters folded to the form Arabic news spells most: final ي and ه, Arabic kaf."""


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(char): None for char in _DELETE}
    table.update({ord(char): araby.ALEF for char in _ALEFS})
    table.update({ord(char): " " for char in _SPACES})
    table.update({ord(char): QUOTE for char in _QUOTES})
    table.update({ord(char): folded for char, folded in _LETTERS.items()})
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

    @property
    def is_identity(self) -> bool:
        """Whether no character was deleted, so every shadow offset is also the raw offset."""
        return len(self._run_shadow_starts) == 1

    def to_raw(self, offset: int) -> int:
        """The raw offset of the shadow character at *offset* (``len(text)`` maps to the end).

        :raises IndexError: *offset* lies outside ``[0, len(text)]``.
        """
        if not 0 <= offset < len(self.text):
            if offset == len(self.text):
                return self.raw_length
            raise IndexError(f"shadow offset {offset} is out of range")
        run = bisect.bisect_right(self._run_shadow_starts, offset) - 1
        return self._run_raw_starts[run] + offset - self._run_shadow_starts[run]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``[start, end)`` covering the shadow characters ``[start, end)``.

        The raw span runs from the first to the last of those characters; characters deleted
        around it (a trailing diacritic, say) are not included. An empty span maps to an empty
        span at the raw position of *start*.
        """
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def spans_to_raw(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`span_to_raw` of many non-empty spans in ascending order, in one pass.

        :raises IndexError: a span is empty or lies outside the shadow.
        :raises ValueError: the spans are not in ascending order.
        """
        shadow_starts = self._run_shadow_starts
        raw_starts = self._run_raw_starts
        last_run = len(shadow_starts) - 1
        beyond = len(self.text) + 1
        run = 0
        delta = 0  # raw minus shadow offset within the current run
        next_start = shadow_starts[1] if last_run else beyond
        found = []
        for start, end in spans:
            if not 0 <= start < end < beyond:
                raise IndexError(f"shadow span [{start}, {end}) is out of range or empty")
            if start < shadow_starts[run]:
                raise ValueError("spans_to_raw needs spans in ascending order")
            while next_start <= start:
                run += 1
                delta = raw_starts[run] - shadow_starts[run]
                next_start = shadow_starts[run + 1] if run < last_run else beyond
            raw_start = start + delta
            while next_start < end:  # the run of the span's last character, end - 1
                run += 1
                delta = raw_starts[run] - shadow_starts[run]
                next_start = shadow_starts[run + 1] if run < last_run else beyond
            found.append((raw_start, end + delta))
        return found


def normalize(raw: str) -> Shadow:
    """The matching shadow of *raw* (see the module docstring for what is folded).

    >>> shadow = normalize("قالَ «إيرانُ»")
    >>> shadow.text
    'قال "ايران"'
    >>> shadow.span_to_raw(5, 10)
    (6, 11)
    """
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
    """The key two spellings of a word or phrase share: normalised, every run of whitespace
    (Unicode ``White_Space``) collapsed to one space, none at either end.

    >>> match_key("إيرانَ") == match_key("ايران")
    True
    """
    return _WHITESPACE.sub(" ", text.translate(_TABLE)).strip(" ")
