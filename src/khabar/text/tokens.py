"""An offset-keeping tokenizer: words and single punctuation marks, spans into the raw text.

Unlike pyarabic's tokenizers it neither glues punctuation runs nor drops quotation marks: every
visible non-space character of the input belongs to exactly one token. Diacritics and tatweel
belong to the word they are written on (trailing ones included); zero-width and bidi controls
between words belong to no token.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from khabar.text.normalize import ATTACHED_MARKS, Shadow, normalize

__all__ = ["Token", "tokenize"]

_TOKEN: Final = regex.compile(r"(\s*)(\w+|[^\w\s])")
"""Whitespace, then a token: a run of word characters or one other character."""
_WORD_CHAR: Final = regex.compile(r"\w")


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
        """Whether the token is a word (letters, digits, marks), not punctuation."""
        first = self.key[:1]
        return first.isalnum() or _WORD_CHAR.match(first) is not None

    def raw_offset(self, key_chars: int) -> int:
        """The raw offset where the token's key continues after its first *key_chars* characters.

        Used to drop a proclitic from a mention: ``وَولايتي`` with one key character stripped
        starts two raw characters later, past the و and its fatha. *key_chars* of
        ``len(key)`` or more gives :attr:`end`.

        >>> token = tokenize("وَولايتي")[0]
        >>> token.raw_offset(1)
        2
        """
        if key_chars < 0:
            raise ValueError(f"key_chars must be >= 0, got {key_chars}")
        if key_chars >= len(self.key):
            return self.end
        if len(self.text) == len(self.key):  # nothing was deleted: key and text align
            return self.start + key_chars
        return self.start + normalize(self.text).to_raw(key_chars)


_new = object.__new__
_set = object.__setattr__


def _token(start: int, end: int, text: str, key: str, index: int) -> Token:
    """A :class:`Token` built without the keyword-argument overhead of its ``__init__``
    (it has no validators; tokenizing builds one per word and this halves its cost)."""
    token: Token = _new(Token)
    _set(token, "start", start)
    _set(token, "end", end)
    _set(token, "text", text)
    _set(token, "key", key)
    _set(token, "index", index)
    return token


_CACHED_TEXTS: Final = 64
"""How many recent texts :func:`tokenize` remembers: enough for one article's blocks and lines,
which several stages tokenize in turn, too few to hold a corpus."""


def tokenize(text: str, shadow: Shadow | None = None) -> tuple[Token, ...]:
    """The tokens of *text*, with raw offsets (pass its :func:`normalize` shadow to reuse it).

    The tokens of the last few texts are remembered, so stages that tokenize the same article,
    block or line share one tokenization (tokens are immutable).

    >>> [token.text for token in tokenize("قالَ: «نعم»")]
    ['قالَ', ':', '«', 'نعم', '»']
    """
    if shadow is None:
        if type(text) is not str:  # a str subclass may compare equal to another text
            return _tokenize(text, normalize(text))
        return _tokenize_remembered(text)
    if shadow.raw_length != len(text):
        raise ValueError("the shadow given to tokenize is not the shadow of this text")
    return _tokenize(text, shadow)


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def _tokenize_remembered(text: str) -> tuple[Token, ...]:
    return _tokenize(text, normalize(text))


def _tokenize(text: str, shadow: Shadow) -> tuple[Token, ...]:
    new, put, cls = _new, _set, Token
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    if shadow.is_identity:  # nothing deleted: raw offsets are shadow offsets, no marks follow
        for index, (space, key) in enumerate(_TOKEN.findall(shadow.text)):
            start = end + len(space)
            end = start + len(key)
            token = new(cls)
            put(token, "start", start)
            put(token, "end", end)
            put(token, "text", text[start:end])
            put(token, "key", key)
            put(token, "index", index)
            append(token)
        return tuple(tokens)
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    for space, key in _TOKEN.findall(shadow.text):
        start = end + len(space)
        end = start + len(key)
        keys.append(key)
        spans.append((start, end))
    length = len(text)
    attached = ATTACHED_MARKS
    for index, (raw_start, raw_end) in enumerate(shadow.spans_to_raw(spans)):
        while raw_end < length and text[raw_end] in attached:  # trailing diacritics, tatweel
            raw_end += 1
        token = new(cls)
        put(token, "start", raw_start)
        put(token, "end", raw_end)
        put(token, "text", text[raw_start:raw_end])
        put(token, "key", keys[index])
        put(token, "index", index)
        append(token)
    return tuple(tokens)
