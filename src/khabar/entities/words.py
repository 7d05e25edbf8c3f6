"""The words of a block as the entity recogniser reads them: tokens with their lexicon readings.

Each :class:`Word` records which proclitics (و ف ب ل ك) can come off it and what the lexicon
says about the rest: ``ولايتي`` is a bare unknown word, ``للرئيس`` is ل + the title ``الرئيس``,
``بمنطقة`` is ب + the place head ``منطقة``. The closed classes of Arabic (prepositions,
conjunctions, particles, pronouns, and the adverbs in -an such as آنفا، سابقا) are listed here:
they end every name, role and phrase.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs

from khabar.entities.index import lexicon_index
from khabar.lexicon import Lexicon
from khabar.text import Token, match_key, stems, tokenize

__all__ = ["FUNCTION_WORDS", "ROLE_PREPOSITIONS", "Word", "phrase_key", "read_words", "vocabulary"]

_CLOSED_CLASS: Final = """
في من إلى الى على عن مع أن إن أنه إنه بأن لأن كأن أنها إنها أنهم بأنه بأنها الذي التي الذين اللذين
اللتين اللواتي هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هو هي هم هن هما نحن أنا أنت كما حيث بعد
قبل خلال عند عندما لدى حول بين ضد عبر منذ حتى أو أم ثم لكن ولكن بل قد لقد لم لن لا ما ماذا كل
بعض غير أي دون نحو وفق عقب أمام خلف تجاه فوق تحت اليوم أمس غدا يوم كان كانت يكون تكون ليس ليست
إذا إذ لو كي لكي مما ممن عما فيما بينما أيضا جدا سوى إلا أما إما وإن وأن فإن بما لما لمن كذلك
هنا هناك
لها له لهم بها به فيه فيها منه منها عليه عليها إليه عليهم معه منهم بهم وهو وهي وهم ذات ذو
مثل ضمن إثر بشأن حسب بحسب لدي وسط جميع كافة عدة عدد أكثر أقل أحد إحدى
و ف بسبب بهدف بفضل بحضور بمشاركة برئاسة بمناسبة بواقع بالإضافة بالرغم رغم لصالح جراء إزاء
قرابة حوالي مقابل ال غيرها وغيرها نفسه نفسها أنفسهم ذاته ذاتها
شمال جنوب شرق غرب أثناء طوال لدى وذلك تلك حين بينما كلا كلتا سواء
جانبه جانبها جانبهم جهته جهتها جهتهم ناحيته ناحيتها مساء مساءً
بدوره بدورها بدورهم بدورهما بدورهن
عنه عنها عنهم عنهما إليها إليهم إليهما معها معهم معهما لديه لديها لديهم عنده عندها عندهم
بينهم بينهما فيهم فيهما عليهما منهما لهما بهما
إننا أننا إنني أنني لأنه لأنها لأنهم
آنفا سابقا لاحقا مسبقا مؤخرا أخيرا تقريبا دائما أبدا غالبا فورا مجددا معا
"""
FUNCTION_WORDS: Final = frozenset(match_key(word) for word in _CLOSED_CLASS.split())
"""Keys of the closed-class words (prepositions, particles, pronouns, demonstratives ...)."""

ROLE_PREPOSITIONS: Final = frozenset(match_key(word) for word in ("في", "إلى", "الى", "لدى", "على"))
"""Prepositions that may continue a role (سفير فلسطين لدى إندونيسيا, المبعوث الخاص إلى سورية)."""

_ALEF_MAQSURA_WORDS: Final = frozenset(
    match_key(word) for word in ("على", "إلى", "لدى", "حتى", "سوى")
)
"""Function words whose key collides with a name once ى is read as ي (على / علي)."""

_MADDA_WORDS: Final = frozenset(
    {match_key("آل"), *(match_key(word) for word in _CLOSED_CLASS.split() if word[0] == "آ")}
)
"""Keys of the closed-class words written with آ (آنفا) and of the family's آل: any other word
written with آ is not the closed-class word its key spells (آلا is a name, إلا a particle)."""

_SUFFIXED_FEMININE: Final = ("تها", "تهم", "تهما", "تكم")
"""Key endings of a feminine noun with a pronoun suffix (مساحتها): ة is written ت before it."""
_IMPERFECTIVE_PREFIXES: Final = ("ي", "سي", "ست", "سن")
_HAMZA_ALEFS: Final = frozenset("أإآ")
_NAME_CATEGORIES: Final = ("PER", "ORG", "LOC")
_HEAD_CATEGORIES: Final = ("title", "org-head", "place-head", "nisba")
"""Categories a word keeps when read without its article (المجلس is the head مجلس)."""
_READ_CATEGORIES: Final = (
    "given-name",
    "name-particle",
    "title",
    "nisba",
    "org-head",
    "place-head",
    "reporting-verb",
    "anonymous-source",
    *_NAME_CATEGORIES,
)


@attrs.frozen(kw_only=True, slots=False)
class Word:
    """A token of a block with its best lexicon reading.

    ``start`` and ``end`` are raw offsets into the article; ``stem_start`` is where the word
    continues once the proclitics of the reading are left out. ``stem`` is that reading's key
    (``الرئيس`` for ``للرئيس``), ``categories`` the lexicon categories of the stem alone.
    """

    start: int
    end: int
    text: str
    key: str
    is_word: bool
    stem: str
    stem_start: int
    clitic: str
    """The key characters that come off (``و``, ``ل``, ``وب`` ...), empty for a bare reading."""
    categories: frozenset[str]
    honorific: bool = False
    proper_head: bool = False
    function: bool = False
    continues_title: bool = False
    """Whether the word is the second or a later word of a title (مدير عام، المبعوث الخاص)."""
    stem_keys: tuple[str, ...] = ()
    """The keys of every reading of the word (:func:`~khabar.text.stems`), the bare word first."""
    name_stems: tuple[str, ...] = ()
    """The readings (ك aside) that may open a listed name of several words or one."""
    listed: bool = False
    """Whether ``categories`` has a category besides given names and name particles."""
    opens: bool = False
    """Whether a phrase may open at the word by its reading alone: it has a lexicon category,
    may open a listed name, is a dual in تي or a name in عبدال. Most words open none, and the
    recogniser passes them by on this one test."""

    @property
    def definite(self) -> bool:
        """Whether the reading starts with the article ال."""
        return self.stem.startswith("ال")

    @property
    def conjoined(self) -> bool:
        """Whether the word starts with the conjunction و or ف, which opens a new phrase."""
        return self.clitic[:1] in ("و", "ف")

    @property
    def lam_complement(self) -> bool:
        """Whether the word may be ل + a noun in construct (لشؤون، لكرة) when a definite
        genitive follows it."""
        return self.key.startswith("ل") and not self.known and not self.clitic and len(self.key) > 3

    @property
    def verb_like(self) -> bool:
        """Whether the word has the prefix of an imperfective verb (يبحث); foreign names may
        begin with the future's سي (سيلفا), so that prefix is left to :attr:`future_verb_like`."""
        return self.key.startswith("ي") and len(self.key) > 3

    @property
    def future_verb_like(self) -> bool:
        """Whether the word has the prefix of an imperfective verb, future (ستشغل) or not."""
        return self.key.startswith(_IMPERFECTIVE_PREFIXES) and len(self.key) > 3

    @property
    def known(self) -> bool:
        """Whether the lexicon or the closed classes know the word (given names aside)."""
        return self.function or self.continues_title or self.listed

    @property
    def name_like(self) -> bool:
        """Whether the word can be part of a name: a word the lexicon does not otherwise know,
        and not a noun whose ة became ت before a pronoun suffix (مساحتها، قيادتهم)."""
        return (
            self.is_word
            and not self.known
            and not self.key[:1].isdigit()
            and not self.key.endswith(_SUFFIXED_FEMININE)
        )

    def has(self, category: str) -> bool:
        """Whether the stem has an entry of *category*."""
        return category in self.categories


def _bare(text: str) -> str:
    return "".join(char for char in text if unicodedata.category(char) != "Mn")


def _readings(key: str) -> Iterator[tuple[int, str, str]]:
    """(proclitic length, stem with its article, stem without it) of each reading of *key*.

    A reading that takes the article off (الرئاسة → رئاسة) keeps it in the stem: the article is
    part of the word, only conjunctions and prepositions come off a mention.
    """
    for stem in stems(key):
        before = key[: stem.prefix]
        if not stem.article and before.endswith("ال"):
            yield stem.prefix - 2, "ال" + stem.key, stem.key
        elif not stem.article and before.endswith("لل"):
            yield stem.prefix - 1, "ال" + stem.key, stem.key
        elif stem.article:
            yield stem.prefix, stem.key, stem.key[2:]
        else:
            yield stem.prefix, stem.key, stem.key


def _read(key: str, lexicon: Lexicon) -> tuple[str, int, frozenset[str], bool, bool]:
    """(stem, clitic key length, categories, honorific, proper head) of the best reading."""
    for prefix, stem, base in _readings(key):
        entries = [e for e in lexicon.lookup((stem,)) if e.category in _READ_CATEGORIES]
        if not entries and base != stem and len(base) > 1:  # بالم is no ب + ال + م.
            entries = [e for e in lexicon.lookup((base,)) if e.category in _HEAD_CATEGORIES]
        if entries:
            categories = frozenset(entry.category for entry in entries)
            honorific = not prefix and any(
                e.canonical == "honorific" for e in entries if e.category == "title"
            )
            proper = any(e.canonical == "proper" for e in entries if e.category == "org-head")
            return stem, prefix, categories, honorific, proper
    return key, 0, frozenset(), False, False


def _clitic_reading(key: str) -> tuple[str, int]:
    """The reading of an unknown word whose proclitic clearly comes off: the one before ال.

    ``والتنمية`` → و + التنمية, ``للشؤون`` → ل + الشؤون; a word without the article keeps its
    first letter (ولايتي is not و + لايتي).
    """
    for prefix, stem, _base in _readings(key):
        if prefix and stem.startswith("ال"):
            return stem, prefix
    return key, 0


def vocabulary(blocks: Iterable[Sequence[Token]]) -> frozenset[str]:
    """The keys of the words in *blocks* of tokens (an article's content)."""
    return frozenset(token.key for tokens in blocks for token in tokens if token.is_word)


def _before_hamza(bare: str, key: str) -> tuple[str, int]:
    """و ف ب ل ك written before a hamza on alef (بإقرار، لأن، وأتلتيك) are clitics: no Arabic or
    transliterated word begins with one of them followed by a hamza."""
    for length in (1, 2):
        clitics, rest = bare[:length], bare[length : length + 1]
        if (
            all(char in "وفبلك" for char in clitics)
            and rest in _HAMZA_ALEFS
            and len(key) > length + 2
        ):
            return key[length:], length
    return key, 0


_NO_CATEGORIES: Final[frozenset[str]] = frozenset()
_NAME_PARTS: Final = frozenset({"given-name", "name-particle"})
_MAX_ANALYSES: Final = 500_000
"""The most word analyses kept per lexicon (a bound on memory for endless input)."""

_Analysis = tuple[str, int, frozenset[str], bool, bool, bool, tuple[str, ...], tuple[str, ...]]
"""(stem, clitic length, categories, honorific, proper head, function, stem keys, name stems)."""

_Reading = tuple[dict[str, Any], int, bool]
"""A spelling's reading, shared by all its tokens: the :class:`Word` fields that do not depend
on the token's position, the raw length of its proclitics (0 for none) and whether the stem
may open a title of several words."""


def _analyse(text: str, key: str, conjunction_known: bool, lexicon: Lexicon) -> _Analysis:
    """The context-free reading of a word written *text* (key *key*).

    *conjunction_known* tells whether the article also uses the word without its leading و or
    ف; it is the only fact about the article a word's reading depends on.
    """
    function = (
        key in FUNCTION_WORDS
        and not (key in _ALEF_MAQSURA_WORDS and _bare(text).endswith("ي"))
        and not (_bare(text).startswith("آ") and key not in _MADDA_WORDS)
    )
    stem, prefix, categories, honorific, proper = _read(key, lexicon)
    if not categories and not function:
        stem, prefix = _clitic_reading(key)
        if (prefix and stem in FUNCTION_WORDS) or (
            key[:1] in "وفبلك" and key[1:] in FUNCTION_WORDS and len(key) > 3
        ):
            function = True  # لهذه، وفي: a clitic on a closed-class word
        if not prefix and conjunction_known:
            stem, prefix = key[1:], 1
        elif not prefix:
            stem, prefix = _before_hamza(_bare(text), key)
    if not prefix and key[:1] in ("و", "ف") and key[1:] in FUNCTION_WORDS:
        function = True
    if prefix and stem in _ALEF_MAQSURA_WORDS and _bare(text).endswith("ى"):
        function = True  # وعلى، فإلى: a clitic on a preposition written with ى
    readings = stems(key)
    name_prefixes = lexicon_index(lexicon).name_prefixes
    name_stems = tuple(
        reading.key
        for reading in readings
        if "ك" not in key[: reading.prefix] and (reading.key,) in name_prefixes
    )
    stem_keys = tuple(reading.key for reading in readings)
    return stem, prefix, categories, honorific, proper, function, stem_keys, name_stems


def _punctuation_fields(text: str, key: str) -> dict[str, Any]:
    """The position-free :class:`Word` fields of a punctuation mark: it is its own stem and
    belongs to no category."""
    return {
        "text": text,
        "key": key,
        "is_word": False,
        "stem": key,
        "clitic": "",
        "categories": _NO_CATEGORIES,
        "honorific": False,
        "proper_head": False,
        "function": False,
        "continues_title": False,
        "stem_keys": (),
        "name_stems": (),
        "listed": False,
        "opens": False,
    }


def _reading(
    token: Token,
    conjunction_known: bool,
    lexicon: Lexicon,
    title_prefixes: frozenset[tuple[str, ...]],
) -> _Reading:
    """The position-free reading of *token*'s spelling (see :data:`_Reading`)."""
    key = token.key
    if not (key[:1].isalnum() or token.is_word):
        return _punctuation_fields(token.text, key), 0, False
    analysis = _analyse(token.text, key, conjunction_known, lexicon)
    stem, prefix, categories, honorific, proper, function, stem_keys, name_stems = analysis
    fields = {
        "text": token.text,
        "key": key,
        "is_word": True,
        "stem": stem,
        "clitic": key[:prefix] if prefix else "",
        "categories": categories,
        "honorific": honorific,
        "proper_head": proper,
        "function": function,
        "continues_title": False,
        "stem_keys": stem_keys,
        "name_stems": name_stems,
        "listed": not categories <= _NAME_PARTS,
        "opens": bool(categories or name_stems) or key.endswith("تي") or key.startswith("عبدال"),
    }
    clitic_length = token.raw_offset(prefix) - token.start if prefix else 0
    return fields, clitic_length, (stem,) in title_prefixes


_new = object.__new__
_set = object.__setattr__


def read_words(
    text: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    known_words: frozenset[str] = frozenset(),
    tokens: Sequence[Token] | None = None,
) -> tuple[Word, ...]:
    """The words of ``text[start:end]`` (a block), with absolute offsets.

    *known_words* are the keys of the article's words: an unknown word that starts with و or ف
    reads as the conjunction + another word when the article also uses that word alone
    (وأتلتيك beside أتلتيك), and as one word otherwise (ولايتي). *tokens* are the block's
    tokens when already at hand. Each distinct spelling is read once per lexicon; its tokens
    share that reading, and a :class:`Word` is built from it without the keyword-argument cost
    of ``__init__`` (the class has no validators), as :func:`~khabar.text.tokenize` does.
    """
    index = lexicon_index(lexicon)
    memo = index.analyses
    if len(memo) > _MAX_ANALYSES:
        memo.clear()
    title_prefixes = index.title_prefixes
    words: list[Word] = []
    append = words.append
    new, put, cls = _new, _set, Word
    title_starts: list[int] = []
    previous_end = -1
    for token in tokenize(text[start:end]) if tokens is None else tokens:
        if token.start > previous_end + 1 >= 1:  # more than one space since the last token
            dash = text.find(_TATWEEL, start + previous_end, start + token.start)
            if dash >= 0:
                append(_separator(dash))
        previous_end = token.end
        key = token.key
        if key[:1] in ("و", "ف") and len(key) > 3 and key[1:] in known_words:
            memo_key: str | tuple[str, bool] = (token.text, True)
            conjunction_known = True
        else:
            memo_key = token.text
            conjunction_known = False
        reading = memo.get(memo_key)
        if reading is None:
            reading = memo[memo_key] = _reading(token, conjunction_known, lexicon, title_prefixes)
        fields, clitic_length, opens_title = reading
        if opens_title:
            title_starts.append(len(words))
        token_start = start + token.start
        state = fields.copy()
        state["start"] = token_start
        state["end"] = start + token.end
        state["stem_start"] = token_start + clitic_length
        word = new(cls)
        put(word, "__dict__", state)
        append(word)
    if not title_starts:
        return tuple(words)
    return _mark_titles(words, lexicon, title_prefixes, title_starts)


_TATWEEL: Final = "\u0640"
"""The kashida, which the Saudi papers also write alone as a dash between the items of a list
(متعب شراحيلي ـ عبدالله الشمري). The tokenizer drops it, so it is put back as punctuation."""


def _separator(start: int) -> Word:
    """A stand-alone kashida at *start*, between two words, read as the dash it is used for."""
    word: Word = _new(Word)
    state = _punctuation_fields(_TATWEEL, "-")
    state.update(start=start, end=start + 1, stem_start=start)
    _set(word, "__dict__", state)
    return word


def _changed(word: Word, **changes: object) -> Word:
    """*word* with some fields changed (:func:`attrs.evolve` without ``__init__``'s cost)."""
    state = dict(vars(word))
    state.update(changes)
    changed: Word = _new(Word)
    _set(changed, "__dict__", state)
    return changed


def _mark_titles(
    words: list[Word],
    lexicon: Lexicon,
    prefixes: frozenset[tuple[str, ...]],
    starts: Sequence[int],
) -> tuple[Word, ...]:
    """Mark the words that continue a title of several words (مدير عام، ولي العهد); *starts*
    are the indices, in order, of the words whose stem may open one."""
    for index in starts:
        word = words[index]
        key: tuple[str, ...] = (word.stem,)
        longest = 0
        for position in range(index + 1, len(words)):
            if not words[position].is_word:
                break
            key = (*key, words[position].key)
            if key not in prefixes:
                break
            if lexicon.has(key, "title"):
                longest = len(key)
        honorific = longest > 1 and any(
            entry.canonical == "honorific"
            for entry in lexicon.lookup(
                (word.stem, *(w.key for w in words[index + 1 : index + longest]))
            )
            if entry.category == "title"
        )
        for position in range(index + 1, index + longest):
            words[position] = _changed(words[position], continues_title=True, honorific=honorific)
        if longest and (honorific or "title" not in word.categories):
            words[index] = _changed(
                word,
                categories=word.categories | {"title"},
                listed=True,
                honorific=honorific,
                opens=True,
            )
    return tuple(words)


_SPLIT_THEOPHORIC: Final = " عبد ال"
"""عبد + a divine name is one name, written as one word or two (عبدالله، عبد الله)."""


def phrase_key(words: Sequence[Word]) -> str:
    """The matching key of a phrase of words, the first one without its clitic; عبد + a divine
    name written as two words keys as one (عبد الله العنزي and عبدالله العنزي are one name)."""
    if not words:
        return ""
    key = " " + " ".join((words[0].stem, *(word.key for word in words[1:])))
    if _SPLIT_THEOPHORIC in key:
        key = key.replace(_SPLIT_THEOPHORIC, " عبدال")
    return key[1:]
