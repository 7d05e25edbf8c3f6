"""An offset-keeping tokenizer: words and single punctuation marks, spans into the raw text.

Unlike pyarabic's tokenizers it neither glues punctuation runs nor drops quotation marks: every
non-space character of the input belongs to exactly one token, except the invisible ones
(diacritics are part of their word; zero-width and bidi controls between words are skipped).
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from khabar.text.normalize import Shadow, normalize

__all__ = ["Token", "tokenize"]

_TOKEN: Final = regex.compile(r"\w+|[^\w\s]")
_TRAILING_MARKS: Final = regex.compile(r"[\p{Mn}\u0640]*")


@attrs.frozen(kw_only=True)
class Token:
    """A word or punctuation mark: raw offsets, raw text and its matching key."""

    start: int
    end: int
    text: str
    key: str
    """The normalised form (:func:`khabar.text.match_key` of :attr:`text`)."""
    index: int
    """The token's position in its tokenization."""

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (letters or digits), not punctuation."""
        return self.key[:1].isalnum() or self.key[:1] == "_"

    def raw_offset(self, key_chars: int) -> int:
        """The raw offset where the token's key continues after its first *key_chars* characters.

        Used to drop a proclitic from a mention: ``وولايتي`` with one key character stripped
        starts one raw character later, whatever diacritics follow the و.
        """
        kept = 0
        for position, char in enumerate(self.text):
            if kept == key_chars and normalize(char).text:
                return self.start + position
            if normalize(char).text:
                kept += 1
        return self.end


def tokenize(text: str, shadow: Shadow | None = None) -> tuple[Token, ...]:
    """The tokens of *text*, with raw offsets (pass its :func:`normalize` shadow to reuse it)."""
    shadow = shadow or normalize(text)
    tokens = []
    for match in _TOKEN.finditer(shadow.text):
        start, end = shadow.span_to_raw(match.start(), match.end())
        end = _TRAILING_MARKS.match(text, end).end()  # type: ignore[union-attr]
        tokens.append(
            Token(start=start, end=end, text=text[start:end], key=match.group(), index=len(tokens))
        )
    return tuple(tokens)
