"""Cue words: finite reporting verbs, participial continuations, nominal and impersonal markers.

A finite verb or participle is recognised through the lexicon's ``reporting-verb`` entries (a
proclitic و or ف may precede it); nominal source markers (بحسب، وفقا لـ ...) and impersonal
lead-ins (يذكر أن ...) come from the plugin's word classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from khabar import Lexicon
from khabar.text import Token, match_key, stems
from khabar_quotes.grammar import GRAMMAR

__all__ = ["CueWord", "find_cue"]

_CONJUNCTIONS: Final = frozenset({"", "و", "ف"})


@attrs.frozen(kw_only=True)
class CueWord:
    """A cue found at token ``index`` (``length`` tokens long)."""

    index: int
    length: int
    form: str
    """``finite``, ``participle``, ``nominal`` or ``impersonal``."""
    lemma: str
    """The verb's lemma (matching key) or the marker's key."""
    conjunction: str = ""
    """The proclitic و or ف written on the cue word, if any."""
    accusative: bool = False
    """For a participle: written in an accusative form (tanween alef, dual or plural)."""


def _bare(key: str) -> str:
    """*key* without a leading و or ف conjunction (when what is left is still a word)."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def find_cue(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> CueWord | None:
    """The cue that starts at ``tokens[index]``, if any."""
    token = tokens[index]
    if not token.is_word:
        return None
    following = tokens[index + 1].key if index + 1 < len(tokens) else ""
    bare = _bare(token.key)
    for word_class in ("impersonal", "nominal"):
        if GRAMMAR.is_a(word_class, bare, following):
            return CueWord(index=index, length=2, form=word_class, lemma=f"{bare} {following}")
        if GRAMMAR.is_a(word_class, bare):
            return CueWord(index=index, length=1, form=word_class, lemma=bare)
    for stem in stems(token.key):
        if token.key[: stem.prefix] not in _CONJUNCTIONS:
            continue
        lemmas = [
            entry.canonical or entry.form
            for entry in lexicon.lookup((stem.key,))
            if entry.category == "reporting-verb"
        ]
        if not lemmas:
            continue

        lemma = match_key(lemmas[0])
        conjunction = token.key[: stem.prefix]
        participle = GRAMMAR.participles.get(stem.key)
        if participle is not None:
            return CueWord(
                index=index,
                length=1,
                form="participle",
                lemma=lemma,
                conjunction=conjunction,
                accusative=participle[1],
            )
        if lemma in GRAMMAR.verbs:
            return CueWord(
                index=index, length=1, form="finite", lemma=lemma, conjunction=conjunction
            )
    return None
