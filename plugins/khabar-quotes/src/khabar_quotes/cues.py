"""Cue words: finite reporting verbs, participial continuations, nominal and impersonal markers.

A finite verb or participle is recognised through the lexicon's ``reporting-verb`` entries or
the plugin's own ``verb_forms.tsv`` (a proclitic و or ف may precede it); nominal source markers
(بحسب، وفقا لـ ...) and impersonal lead-ins (يذكر أن ...) come from the plugin's word classes.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from khabar import Lexicon
from khabar.text import Token, match_key, stems
from khabar_quotes.grammar import GRAMMAR

__all__ = ["CueWord", "find_cue", "find_cues"]

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


_NO_CUE: Final = ()
"""The cached shape of a word that starts no cue."""
_PAIR_FIRSTS: Final = frozenset(
    words[0]
    for word_class in ("impersonal", "nominal")
    for words in GRAMMAR.classes.get(word_class, frozenset())
    if len(words) == 2
)
"""First words of the two-word markers: only after these does the following word matter."""

_Shape = tuple[int, str, str, str, bool]
"""A cue without its index: length, form, lemma, conjunction, accusative."""


class _CueTable:
    """The cue shape of each word key already seen, for one lexicon (built lazily)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = weakref.ref(lexicon)
        self.shapes: dict[tuple[str, str], _Shape | tuple[()]] = {}


_MAX_SHAPES: Final = 1 << 18
"""How many word shapes a table keeps before it starts afresh."""
_TABLES: dict[int, _CueTable] = {}
"""One table per live lexicon, by the lexicon's identity (a :class:`Lexicon` is not hashable)."""


def _table(lexicon: Lexicon) -> _CueTable:
    table = _TABLES.get(id(lexicon))
    if table is None or table.lexicon() is not lexicon:
        table = _CueTable(lexicon)
        _TABLES[id(lexicon)] = table
        weakref.finalize(lexicon, _TABLES.pop, id(lexicon), None)
    elif len(table.shapes) > _MAX_SHAPES:  # a bound for long runs over ever new words
        table.shapes.clear()
    return table


def find_cue(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> CueWord | None:
    """The cue that starts at ``tokens[index]``, if any."""
    return find_cues(tokens, (index,), lexicon).get(index)


def find_cues(
    tokens: Sequence[Token], indexes: Iterable[int], lexicon: Lexicon
) -> dict[int, CueWord]:
    """:func:`find_cue` at each of *indexes*: the cues found, by index."""
    shapes = _table(lexicon).shapes
    pair_firsts = _PAIR_FIRSTS
    count = len(tokens)
    found: dict[int, CueWord] = {}
    for index in indexes:
        token = tokens[index]
        key = token.key
        following = tokens[index + 1].key if index + 1 < count and _bare(key) in pair_firsts else ""
        if _MADDA in token.text:
            key = _MADDA + key  # matching keys fold آ into ا: keep its words apart in the table
        shape = shapes.get((key, following))
        if shape is None:
            shape = shapes[key, following] = _shape(token, following, lexicon) or _NO_CUE
        if shape:
            length, form, lemma, conjunction, accusative = shape
            found[index] = CueWord(
                index=index,
                length=length,
                form=form,
                lemma=lemma,
                conjunction=conjunction,
                accusative=accusative,
            )
    return found


_MADDA: Final = "\u0622"
"""آ, alef with madda: a long ā after a glottal stop. Matching keys fold it into ا like أ, but
news copy that drops hamzas never writes آ for أ, so آصف (a name) is not أصف "I describe"."""


def _written_with_madda(token: Token, prefix: int) -> bool:
    """Whether the word after *prefix* proclitic letters begins with آ in the raw text."""
    letters = [char for char in token.text if not "\u064b" <= char <= "\u0652"]
    return len(letters) > prefix and letters[prefix] == _MADDA


def _shape(token: Token, following: str, lexicon: Lexicon) -> _Shape | None:
    """The cue *token* starts (before a word keyed *following*), without its index."""
    if not token.is_word:
        return None
    bare = _bare(token.key)
    for word_class in ("impersonal", "nominal"):
        if GRAMMAR.is_a(word_class, bare, following):
            return 2, word_class, f"{bare} {following}", "", False
        if GRAMMAR.is_a(word_class, bare):
            return 1, word_class, bare, "", False
    for stem in stems(token.key):
        if token.key[: stem.prefix] not in _CONJUNCTIONS:
            continue
        madda = _written_with_madda(token, stem.prefix)
        lemmas = [
            entry.canonical or entry.form
            for entry in lexicon.lookup((stem.key,))
            if entry.category == "reporting-verb" and entry.form.startswith(_MADDA) == madda
        ]
        own = None if madda else GRAMMAR.verb_forms.get(stem.key)
        if not lemmas and own is None:
            continue
        lemma = match_key(lemmas[0]) if lemmas else str(own)
        conjunction = token.key[: stem.prefix]
        participle = GRAMMAR.participles.get(stem.key)
        if participle is not None:
            return 1, "participle", lemma, conjunction, participle[1]
        if lemma in GRAMMAR.verbs:
            return 1, "finite", lemma, conjunction, False
    return None
