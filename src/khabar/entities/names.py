"""The extent of a person's name: given names, particles, family names and foreign names.

An Arabic name is a chain of given names joined by particles (محمد بن ناصر الخزيم، عبد الله، أبو
عوف) and closed by a family name, often with the article (الصالح، العبدالجبار). A transliterated
foreign name (الكسندر لافرينتيف، فرانسيسكو مارتينيز) is a run of words the lexicon does not know.
Either ends at the first word that cannot belong to a name: punctuation, a closed-class word,
a title, a known place or organisation, a conjunction that starts a new phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from khabar.entities.months import month_at
from khabar.entities.words import Word
from khabar.text import match_key

__all__ = ["MAX_NAME_WORDS", "arabic_noun", "name_span", "pronoun_suffixed", "starts_name"]

MAX_NAME_WORDS: Final = 5
"""The most words a person's name may have besides its particles (محمد بن عبد الله بن سعود): a
particle (بن، عبد) only joins two names, so a lineage of grandfathers (صالح بن شعيل بن سودان
الأحمدي) or a split theophoric name (محمد بن نايف بن عبد العزيز) is not cut short."""

_FOREIGN_RUN: Final = 3
"""A run of unknown words longer than this is not all name (a verb or noun follows the name)."""

_CLITIC_LETTERS: Final = frozenset("وفبلك")
"""Letters of the proclitics: a run of unknown words that has one before a given name is read
as a phrase ending in a name (بسوق عكاظ خالد الحارثي), not as one foreign name."""

_ADVERB_ENDING: Final = "يا"
"""A lone unknown word in -iyyan is an adverb (ميدانيا، رسميا), not a name."""

_NOT_FAMILY_ENDINGS: Final = ("ه", "ات", "ين", "ون")
"""Feminine and plural endings (key spelling): a word with one is a common noun or adjective
(الثقافة، العاملين), not a family name, which is masculine singular (الغامدي، الصالح)."""

_NOT_FAMILY_WORDS: Final = frozenset(
    match_key(word)
    for word in (
        *("الدولي", "الوطني", "العام", "العالمي", "الإقليمي", "المركزي", "الرئيسي"),
        *("الجديد", "الحالي", "السابق", "الأسبق", "الراحل", "الأول", "الثاني", "الثالث"),
        *("الأخير", "الأعلى", "الأكبر", "الخاص", "المساعد", "التنفيذي", "الفني", "الإداري"),
        *("الشهير", "المعروف", "الملقب"),
    )
)
"""Common adjectives of offices and institutions (خبير التدريب الدولي، مطار ... الدولي): they
qualify the noun before the name, never close a name as a family name."""

_OBJECT_SUFFIXES: Final = ("ها", "هم", "هما", "هن", "كم", "نا")
"""Pronoun suffixes (key spelling): a word with one is a noun or verb, not a foreign name part
(علي مواقفها is the preposition على spelt with ي, not the name علي)."""

_PRONOUN_SUFFIXES: Final = ("ها", "هم", "هما", "هن", "كم")
"""Pronoun suffixes a lone word in a name's slot cannot end with (وقوفها، أعمالهم)."""

_NOT_NAMES: Final = frozenset(
    match_key(word)
    for word in (
        *("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة"),
        *("الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة"),
        *("التاسع", "التاسعة", "العاشر", "العاشرة", "الحادي"),
        *("الجانبان", "الطرفان", "البلدان", "الوزيران", "الرئيسان", "الزعيمان", "الوفدان"),
        *("الفريقان", "الجانبين", "الطرفين", "البلدين", "الوزيرين", "الوفدين"),
        *("الله", "تعالى", "سبحانه"),
    )
)
"""Ordinals (اللواء الخامس عشر) and the duals of common nouns for the parties to a meeting
(وأكد الجانبان ضرورة ...): definite words that fill a subject's or a title's slot but open no
name. A family name never takes the ordinal's or the dual's form. The divine name and its
laudations (قال الله تعالى، وقال تعالى) follow verbs of saying too, and name no person."""

_THEOPHORIC: Final = "عبد"
"""عبد + a divine name (عبدالعزيز، عبد الله) is always a given name."""


_DIN: Final = match_key("الدين")
"""الدين (the faith), the second half of compound given names (نور الدين، حسام الدين)."""

_ALLAH: Final = match_key("الله")
"""The divine name, the second half of compound given names (غرم الله، عطا الله، جار الله)."""


def pronoun_suffixed(word: Word) -> bool:
    """Whether the unlisted *word* is a noun or verb with a pronoun suffix (وقوفها، هويته،
    اتباعه، بقوله): it ends in ها، هم، هما، هن، كم, in ته (ة written ت before the suffix ه), or in
    ه after a consonant. A transliterated name writes a final e as ه after a vowel letter
    (أندريه، خوسيه), and the Arabic names in ه (طه، وجيه) are listed given names."""
    if "given-name" in word.categories:
        return False
    key = word.key
    if key.endswith(_PRONOUN_SUFFIXES):
        return True
    bare = _bare_text(word)
    return (
        len(key) >= 4
        and bare.endswith("ه")
        and (bare.endswith("ته") or key[-2] not in _VOWEL_LETTERS)
    )


def _suffixed_opening(word: Word) -> bool:
    """Whether *word* opens no name for its pronoun suffix (ونظرائهم، أعمالها): ها، هما، هن، كم,
    or هم after three letters or more (برهم is a name)."""
    key = word.key
    return "given-name" not in word.categories and (
        key.endswith(("ها", "هما", "هن", "كم")) or (key.endswith("هم") and len(key) > 4)
    )


def _name_part(word: Word) -> bool:
    """Whether *word*, inside a name, may take الله after it: an unknown or given name that is
    not a particle (عبد الله is read through the particle) nor a feminine noun (رحمه الله)."""
    return (
        word.is_word
        and not word.function
        and not _particle(word)
        and not word.definite
        and not word.key.endswith("ه")
        and (word.name_like or "given-name" in word.categories)
    )


def _bare_noun(word: Word) -> bool:
    """A word without the article or a proclitic that the lexicon reads as a title (مساعد،
    نائب): after بن it is the father's name (خالد بن مساعد السهلي), not a role."""
    return (
        word.is_word
        and not word.clitic
        and not word.function
        and not word.definite
        and "title" in word.categories
        and not word.key[:1].isdigit()
    )


def _given(word: Word) -> bool:
    return (
        word.is_word
        and not word.clitic
        and not word.function
        and "title" not in word.categories
        and (
            "given-name" in word.categories
            or (word.key.startswith(_THEOPHORIC + "ال") and len(word.key) > 5)
        )
    )


_FAMILY_PARTICLE: Final = "آل"
"""آل (the house of), which closes a name with its family (سلمان بن عبدالعزيز آل سعود): its
key is that of the article ال, a closed-class word, so it is told by its spelling."""


_LINEAGE_PARTICLES: Final = frozenset(match_key(word) for word in ("بن", "ابن", "بنت"))
"""Son of, daughter of: always in construct with the father's name, whatever that word is
otherwise (بن طالب، بن ربيعة)."""


_KUNYA_PARTICLES: Final = frozenset(match_key(word) for word in ("أبو", "أبا", "أبي"))
"""Father of, in its three cases: inside a name (محمد أبو ملحة، خالد أبو بكر) it opens a
kunya-style family name and is always in construct with the word after it."""


def _father_name(particle: Word, word: Word) -> bool:
    """Whether *word*, after the particle *particle*, is the genitive it is in construct with:
    the father's name of a lineage (بن، ابن، بنت) or the family's noun of a kunya (أبو ملحة), a
    bare word that is not a closed-class word, a number or an indefinite noun."""
    return (
        particle.key in _LINEAGE_PARTICLES | _KUNYA_PARTICLES
        and word.is_word
        and not word.clitic
        and not word.function
        and not word.definite
        and not word.key[:1].isdigit()
        and not _indefinite_noun(word)
    )


def _particle(word: Word) -> bool:
    return (
        word.is_word
        and not word.clitic
        and (
            (not word.function and "name-particle" in word.categories)
            or word.text == _FAMILY_PARTICLE
        )
    )


_TANWEEN: Final = frozenset("\u064b\u064c\u064d")
"""Fathatan, dammatan, kasratan: the ending of an indefinite Arabic noun (اتصالًا، حماسٍ)."""


def _indefinite_noun(word: Word) -> bool:
    """Whether *word* is written with tanween: an indefinite noun or adverb, never a name."""
    return not _TANWEEN.isdisjoint(word.text)


def _foreign(word: Word) -> bool:
    """An unknown word that may be part of a name, not joined to a conjunction.

    A word written with ة (تاء مربوطة) is an Arabic noun or adjective (قذيفة، أهمية):
    transliteration writes a final vowel with ا or ه, and the Arabic names that end in ة
    (أسامة، حمزة) are listed given names.
    """
    return (
        word.name_like
        and not word.clitic
        and not word.verb_like
        and not arabic_noun(word)
        and not _indefinite_noun(word)
        and len(word.key) > 1
    )


_COMMON_NOUN_ENDINGS: Final = (*_NOT_FAMILY_ENDINGS, "اء")
"""The endings above and اء, of verbal nouns and plurals (اللقاء، البناء، الوزراء)."""


def _definite_common_noun(word: Word) -> bool:
    """Whether *word* is an Arabic common noun with the article, which opens no person's name
    (حضر اللقاء بسام صباغ: اللقاء is the verb's object): a word the lexicon knows, one with a
    feminine or plural ending or اء, or the verbal noun of a derived verb (الاجتماع،
    الاستقبال). A transliterated name that starts with ال (الكسندر، الكسي) has none of these."""
    article = word.text[word.stem_start - word.start :].startswith("ال")
    if not word.definite or not article or "given-name" in word.categories:
        return False  # إلغاء reads as ال + غاء once its hamza is normalised away
    noun = word.stem[2:]
    verbal_noun = noun[:1] == "ا" and 5 <= len(noun) <= 7 and noun[-2] == "ا"
    return word.known or word.key.endswith(_COMMON_NOUN_ENDINGS) or verbal_noun


def _unknown(word: Word) -> bool:
    """An unknown word without the article or a proclitic, not an imperfective verb."""
    return word.name_like and not word.clitic and not word.verb_like and not word.definite


def arabic_noun(word: Word) -> bool:
    """A word written with ة that is not a listed given name (قذيفة، أهمية)."""
    return "given-name" not in word.categories and _bare_text(word).endswith("ة")


def _bare_text(word: Word) -> str:
    """The raw text of *word* without its trailing diacritics and tatweel."""
    return word.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def _closes(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` can close a name: it is followed by a clear boundary and has no
    feminine ending (علي أكبر ولايتي إن، not رمضان تتضمن رحلة في)."""
    if words[index].key.endswith("ه"):
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        following is None
        or not following.is_word
        or following.function
        or "title" in following.categories
        or "reporting-verb" in following.categories
    )


def _preposition_ala(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` is على written علي (a common spelling): it is the preposition,
    not the name, before a word with a pronoun suffix (علي مواقفها) or a definite noun that
    cannot be a family name (علي الخطة، علي الاتفاقيات)."""
    word = words[index]
    if word.stem != "علي" or word.clitic not in ("", "و", "ف") or index + 1 >= len(words):
        return False
    following = words[index + 1]
    if not following.is_word or "given-name" in following.categories:
        return False
    if following.definite:
        return following.key.endswith(_NOT_FAMILY_ENDINGS) or (
            following.known and "nisba" not in following.categories
        )
    return following.key.endswith(_OBJECT_SUFFIXES) and not following.known


_PLURAL_ENDINGS: Final = ("ين", "ون", "ات")
_VOWEL_LETTERS: Final = frozenset("اويى")


def _prepositional_plural(word: Word) -> bool:
    """Whether *word* is ل، ب or ك + an Arabic dual or plural (لموسمين، بمباريات): the
    preposition is followed by a consonant and the word ends in ين، ون or ات. A transliterated
    name with such letters writes a vowel after its first one (بالدوين)."""
    key = word.key
    return (
        len(key) >= 6
        and key[0] in "لبك"
        and key[1] not in _VOWEL_LETTERS
        and key.endswith(_PLURAL_ENDINGS)
    )


def _nisba_family(words: Sequence[Word], index: int, end: int) -> bool:
    """Whether ``words[index]`` is the last word of the name, a family name with the article
    shaped like a nisba (العلي، الحمصي): after a feminine given name (سارة العلي) it makes the
    pair a name, as no common noun in ة takes such an adjective without agreeing (ة)."""
    if index + 1 != end or index >= len(words):
        return False
    word = words[index]
    return word.definite and word.key.endswith("ي") and not word.known


def _lineage_family(words: Sequence[Word], index: int, particles: int, loose: bool) -> bool:
    """Whether the definite ``words[index]`` written with ة closes a name as its family name
    (عبدالله بن عبدالعزيز الربيعة، الدكتور عبدالله الربيعة لزيارة): after a lineage with بن or
    in a title's slot, and before a clear boundary or a preposition. Adjectives in ة are nisbas
    (ية) or participles in م (المتوسطة), and they agree with a feminine noun; a man's name has
    none to agree with."""
    word = words[index]
    bare = _bare_text(word)
    return (
        (particles > 0 or loose)
        and bare.endswith("ة")
        and not bare.endswith("ية")
        and not word.stem.startswith("الم")
        and (_bounded(words, index + 1) or _prepositional(words, index + 1))
    )


def _prepositional(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` carries the preposition ل or ب (لزيارة، بالمركز)."""
    word = words[index]
    return word.clitic[:1] in ("ل", "ب") or word.lam_complement


def _bounded(words: Sequence[Word], index: int) -> bool:
    """Whether a name may end before ``words[index]``: punctuation, a closed-class word, a
    title, a verb of saying or the end of the block."""
    if index >= len(words):
        return True
    following = words[index]
    return (
        not following.is_word
        or following.function
        or "title" in following.categories
        or "reporting-verb" in following.categories
    )


def starts_name(words: Sequence[Word], index: int) -> bool:
    """Whether a person's name can start at ``words[index]`` (its clitic aside)."""
    if index >= len(words):
        return False
    word = words[index]
    bare_ok = (
        "given-name" in word.categories or word.name_like or "name-particle" in word.categories
    )
    return (
        word.is_word
        and bare_ok
        and not word.function
        and "title" not in word.categories
        and not _indefinite_noun(word)
        and word.stem not in _NOT_NAMES
        and len(word.key) > 1  # a letter alone is an abbreviation or a label (د ب أ، فئة هـ)
        and not month_at(words, index)  # ربيع الآخر، لشهر رجب: a date, not a person
    )


def name_span(words: Sequence[Word], index: int, *, loose: bool = False) -> tuple[int, int] | None:
    """The words ``(start, end)`` of the person's name found from ``words[index]``, or ``None``.

    The name starts at ``index``, or later when a run of unknown words reaches a given name: an
    Arabic name starts with its given name (بسوق عكاظ خالد الحارثي is خالد الحارثي).

    The first word may carry a proclitic (وولايتي); later ones may not. A name that starts with a
    given name may close with one family name with the article. A foreign name (no given name)
    needs at least one word without the article and is cut to two words when the unknown run
    does not end within three. ``loose`` accepts a lone unknown word (after a title or a verb of
    saying, where the slot itself says a name follows).
    """
    if not starts_name(words, index):
        return None
    first = words[index]
    if _preposition_ala(words, index) or _suffixed_opening(first):
        return None
    given = (
        "given-name" in first.categories
        or first.key.startswith(_THEOPHORIC)
        or (loose and not first.definite and _nisba_family(words, index + 1, index + 2))
    )
    if not given and _definite_common_noun(first):
        return name_span(words, index + 1)  # حضر اللقاء بسام صباغ: the verb's object, then a name
    end = index + 1
    if "name-particle" in first.categories:
        if end < len(words) and (_given(words[end]) or _foreign(words[end])):
            end += 1
            given = True
        else:
            return None
    foreign_words = 0
    particles = 1 if "name-particle" in first.categories else 0
    closed = False
    common_father = False  # the father's name is a common word (بن طالب): no other name follows
    while end < len(words) and end - index - particles < MAX_NAME_WORDS:
        word = words[end]
        if common_father and not (_particle(word) or word.definite):
            break
        if _particle(word) and end + 1 < len(words) and _particle(words[end + 1]):
            end += 1  # بن عبد الملك: the particle عبد then reads its own name
            particles += 1
            continue
        if (
            _particle(word)
            and end + 1 < len(words)
            and (
                _given(words[end + 1])
                or _foreign(words[end + 1])
                or words[end + 1].definite
                or _bare_noun(words[end + 1])
                or _father_name(word, words[end + 1])
            )
        ):
            father = words[end + 1]
            common_father = not (_given(father) or _foreign(father) or father.definite)
            end += 2
            particles += 1
            if word.text == _FAMILY_PARTICLE:
                break  # آل + the family closes the name
            continue
        if (
            word.key == _DIN
            and not word.clitic
            and ((end == index + 1 and given) or _given(words[end - 1]))
        ):
            end += 1  # نور الدين، عماد الدين: one compound given name, a family name may follow
            continue
        if _given(word):
            closed = word.definite and not _particle(words[end - 1])
            end += 1
            continue
        if word.key == _ALLAH and particles and _name_part(words[end - 1]):
            end += 1  # a compound name in a lineage (أحمد بن غرم الله)، never its first word
            # (رضي الله عنه is a blessing)
            particles += 1
            continue
        if closed:
            break  # a given name with the article (الحسن) closes the name as a family name does
        if _prepositional_plural(word):
            break
        if _particle(word):
            break  # a particle without its name: the name ends before it
        if _foreign(word) and not word.definite and (given or not word.key.startswith("و")):
            if given and foreign_words and not _closes(words, end):
                break  # a second unknown word after given names must end at a boundary
            foreign_words += 1
            end += 1
            continue
        if (
            given
            and word.is_word
            and word.definite
            and not word.clitic
            and (not word.known or word.categories == frozenset({"nisba"}))
            and (
                not word.key.endswith(_NOT_FAMILY_ENDINGS)
                or _lineage_family(words, end, particles, loose)
            )
            and word.key not in _NOT_FAMILY_WORDS
        ):
            end += 1  # the family name with the article closes an Arabic name
        break
    while end - index > 1 and _particle(words[end - 1]):
        end -= 1  # a name never ends on بن، أبو، عبد، آل
    length = end - index
    if given:
        if (
            first.key.endswith("ه")
            and not loose
            and not (
                index + 1 < len(words) and (_given(words[index + 1]) or _particle(words[index + 1]))
            )
            and not _nisba_family(words, index + 1, end)
        ):
            return None  # سلامة، آمنة: a feminine noun reads as a name only before a given name
        return (index, end) if (length > 1 or loose) else None
    names = words[index:end]
    if all(word.definite for word in names):
        return None
    later_given = next((i for i in range(index + 1, end) if _given(words[i])), None)
    if later_given is not None:
        inner = name_span(words, later_given, loose=loose)
        if any(word.key[:1] in _CLITIC_LETTERS for word in words[index:later_given]) or (
            inner is not None and inner[1] - inner[0] > 1
        ):
            return inner  # an Arabic name starts with its given name (سوق عكاظ خالد الحارثي)
    if arabic_noun(first) and not loose:
        return None  # outside a title's or verb's slot, قذيفة starts no name (مبروكة does)
    run = end
    while run < len(words) and run - index <= _FOREIGN_RUN and _unknown(words[run]):
        run += 1  # Arabic nouns (قذيفة، غرامة) after the name still count towards the run
    if run - index > _FOREIGN_RUN:
        end = index + 2
    elif (
        length == _FOREIGN_RUN
        and end < len(words)
        and words[end].definite
        and not words[end].clitic
    ):
        end -= 1  # the last word is a noun in construct with the next one (زون آفاق التعاون)
    if end - index == 1 and (
        not loose
        or first.verb_like
        or first.key.endswith(_ADVERB_ENDING)
        or pronoun_suffixed(first)
        or arabic_noun(first)
    ):
        return None  # a lone word in a slot that is a noun, not a name (ضرورة، هويته)
    return index, end
