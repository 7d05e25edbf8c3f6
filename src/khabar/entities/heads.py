"""Names opened by a head noun: organisations (وزارة الثقافة) and places (محافظة ديالى).

An organisation's name is its head noun with the modifiers Arabic grammar attaches to it: a
genitive chain (لجنة مكافحة العنف), adjectives and nisbas (مجلس الأمن القومي الروسي), a proper
name (منظمة شنغهاي، نادي برشلونة), a place (مركز بغداد المعلوماتي), a complement with لـ
(منظمة شنغهاي للتعاون، الاتحاد الأسباني لكرة القدم), coordinated definite nouns (وزارة الثقافة
والإعلام), and a closing locative with بـ (الإدارة العامة للتعليم بمنطقة نجران). It ends at
punctuation, a closed-class word (في، من، أن ...), a conjunction opening another phrase, a title
or a word without the article after a definite one (a verb or a new noun phrase).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from khabar.entities.names import pronoun_suffixed
from khabar.entities.words import Word
from khabar.text import match_key

__all__ = ["MAX_ORG_WORDS", "imperfective_verb", "org_end", "place_end", "shares_genitive"]

MAX_ORG_WORDS: Final = 10
_MAX_PROPER_RUN: Final = 3
_ROYAL_TITLES: Final = frozenset({"الملك", "الامير", "الشيخ"})
"""Titles of the people institutions are named after (جامعة الملك عبدالله)."""


def _given(word: Word) -> bool:
    return (
        word.is_word
        and not word.clitic
        and not word.function
        and ("given-name" in word.categories or word.key.startswith("عبد"))
    )


def _place_at(words: Sequence[Word], index: int) -> int:
    """The end of a place name at ``words[index]`` (a known place, or a place head + name)."""
    word = words[index]
    if "LOC" in word.categories:
        end = index + 1
        while (
            end < len(words)
            and words[end].is_word
            and "LOC" in words[end].categories
            and not words[end].clitic
        ):
            end += 1
        return end
    if "place-head" in word.categories and index + 1 < len(words):
        nested = words[index + 1]
        if (
            nested.is_word
            and not nested.clitic
            and ("LOC" in nested.categories or nested.name_like)
        ):
            return index + 2
    return index


def _complement_follows(word: Word, following: Word | None) -> bool:
    """Whether *word* is ل + a noun in construct with the definite word after it (لكرة القدم)."""
    return (
        word.lam_complement
        and following is not None
        and following.is_word
        and following.definite
        and not following.clitic
    )


def _sub_unit(word: Word, following: Word | None) -> bool:
    """Whether the phrase goes on with في + another organisation (لجنة ... في مجلس الدوما)."""
    return (
        word.key == "في"
        and following is not None
        and following.is_word
        and "org-head" in following.categories
        and not following.clitic
    )


_FEMININE_ADJECTIVE_ENDINGS: Final = ("ه", "ا", "ي", "ى")
"""Key endings of an adjective that agrees with a feminine singular noun: ة (الدولية), the
elatives in ى / ا (العليا، الكبرى) and the nisba (read يه → ه)."""


def _agrees(head: Word, word: Word) -> bool:
    """Whether the definite *word* can be an adjective of the definite feminine *head*
    (اللجنة الأولمبية) rather than a noun that starts the next phrase (اللجنة الأهداف); a
    masculine head is not checked (its adjectives have no mark)."""
    if not head.key.endswith("ه"):
        return True
    return word.key.endswith(_FEMININE_ADJECTIVE_ENDINGS) and not word.key.endswith("ات")


def _complement_adjective(word: Word) -> bool:
    """Whether the definite *word* after a complement with لـ is its adjective: a nisba, in the
    masculine (ي) or the feminine (ية) (الهيئة العامة للسياحة والتراث الوطني، المؤسسة العامة
    للتأمينات الاجتماعية). Nouns after the complement start the sentence's next phrase."""
    return (
        word.definite
        and not word.clitic
        and ("nisba" in word.categories or word.key.endswith(("ي", "يه")))
        and not any(category in word.categories for category in _NOT_ADJECTIVE)
    )


_NOT_ADJECTIVE: Final = ("title", "org-head", "place-head", "LOC", "ORG", "PER", "given-name")

_VOWEL_LETTERS: Final = frozenset("اويى")


def imperfective_verb(word: Word) -> bool:
    """Whether the unknown *word* is ت and then two consonants: an imperfective verb in the 3rd
    person feminine (تنفذ، تطلق) that ends the subject before it (أمانة عسير تنفذ جولات).

    Transliteration writes a vowel letter in the first two letters after ت (تويتر، تشيلسي);
    the verbal nouns in ت end in ة (تنمية، تقنية) or have ي before their last letter (تعليم،
    تدريب), and a verb has neither. For ي + consonants see
    :attr:`~khabar.entities.words.Word.future_verb_like`.
    """
    key = word.key
    return (
        len(key) >= 4
        and key[0] == "ت"
        and key[1] not in _VOWEL_LETTERS
        and key[2] not in _VOWEL_LETTERS
        and not key.endswith("ه")
        and key[-2] != "ي"
        and "given-name" not in word.categories
    )


def _suffixed_predicate(word: Word) -> bool:
    """Whether the unknown *word* carries a pronoun suffix of the 3rd person (تأييده، تطويرها):
    a construct's head takes no suffix and a suffixed noun is no adjective, so it starts the
    predicate (نادي برشلونة تأييده للقرار). كم is left out (محاكم، أحكام are plurals, not
    suffixed), and so is و + such a noun (an indefinite phrase and its conjunct is no name)."""
    return pronoun_suffixed(word) and not word.key.endswith("كم") and not word.key.startswith("و")


_PLURAL_ENDINGS: Final = ("ات", "ين", "ون")


def _verbal_noun(key: str) -> bool:
    """Whether *key* (without the article or ل) has the shape of the verbal noun of a derived verb:
    افتعال، إفعال، انفعال، استفعال (اتخاذ، إفراج، اجتماع، استقبال), تفعيل (تعزيز), تفاعل (تعاون)
    or مفاعلة (موافقة، مناقشة). Such a noun after a complete name is the action the sentence
    goes on with (قرر مجلس الوزراء الموافقة، دعا وزارة العدل لاتخاذ الإجراءات), not a part of
    the name."""
    length = len(key)
    if key.endswith(_PLURAL_ENDINGS) or length < 5:
        return False
    if key[0] == "ا":
        return length <= 7 and key[-2] == "ا"
    if key[0] == "ت":  # not تفعلة nor a nisba (تنمية، التركية)
        return length == 5 and (key[3] == "ي" or key[2] == "ا") and key[-1] != "ه"
    return key[0] == "م" and length == 6 and key[2] == "ا" and key[-1] == "ه"


def _purpose_clause(head: Word, state: str, end: int, index: int, word: Word) -> bool:
    """Whether *word* after a complete name (a head in construct with a definite genitive: وزارة
    العدل) opens a clause of its own: ل + a verbal noun (لاتخاذ، لتعزيز، لبحث), the purpose of
    the verb, or a definite verbal noun (الموافقة), its object. A definite head (الهيئة الوطنية
    لمكافحة الفساد) takes such a complement as its name."""
    if head.definite or state != "definite" or end < index + 2 or word.clitic not in ("", "ل"):
        return False
    if word.definite:
        return not word.clitic and _verbal_noun(word.stem[2:])
    noun = word.key[1:] if word.key.startswith("ل") else ""
    return bool(noun) and (_verbal_noun(noun) or (len(noun) == 3 and not word.known))


def shares_genitive(words: Sequence[Word], index: int) -> bool:
    """Whether the noun ``words[index]`` and the next one, joined by و, share the genitive
    after them (غرفة تجارة وصناعة اللاذقية): و + an unknown word, then a definite word or a
    place."""
    if index + 2 >= len(words):
        return False
    joined, genitive = words[index + 1], words[index + 2]
    return (
        joined.name_like
        and joined.key.startswith("و")
        and genitive.is_word
        and not genitive.clitic
        and (genitive.definite or "LOC" in genitive.categories)
    )


def org_end(words: Sequence[Word], index: int) -> int | None:
    """The end (exclusive) of the organisation whose head noun is ``words[index]``, or ``None``.

    ``None`` also when the head has no modifier; when a definite head has only adjectives
    (النادي الكتالوني describes, it does not name); and when the phrase is a unit named after
    its parent (لجنة العلاقات الدولية في مجلس الدوما): the parent is the organisation then.
    """
    head = words[index]
    state = "definite" if head.definite else "construct"
    end = index + 1
    proper_run = 0
    anchored = False  # a complement, a proper name or a place: what makes a definite head a name
    closed = False  # after a coordination, or a nisba after an indefinite head: no complement
    anchored_before_run = False
    royal_name = False
    adjectives = 0  # nisbas right after a definite head (الهيئة الخيرية الأردنية الهاشمية)
    while end < len(words) and end - index < MAX_ORG_WORDS:
        word = words[end]
        following = words[end + 1] if end + 1 < len(words) else None
        if not word.is_word:
            break
        if _purpose_clause(head, state, end, index, word) or word.stem in _OFFICE_ADJECTIVES:
            break
        if (
            end == index + 1
            and not head.definite
            and (word.clitic == "ل" or word.lam_complement)
            and not word.definite
        ):
            return None  # فريق لتطوير البرامج: an indefinite head and its purpose, no name
        if _joined_construct(state, end, index, word, following):
            closed = True
            end += 2  # وتقنية المعلومات: a second genitive in construct, joined by و
            continue
        if word.function:
            if _sub_unit(word, following):
                return None
            break
        if word.clitic == "ب":
            if "place-head" in word.categories and not word.definite:
                place = _place_at(words, end)
                anchored = anchored or place > end
                end = max(end, place)
            break
        if word.conjoined:
            if (
                state in ("definite", "complement")
                and end > index + 1
                and word.definite
                and not (
                    "title" in word.categories
                    or "org-head" in word.categories
                    or "LOC" in word.categories
                    or "ORG" in word.categories
                )
            ):
                closed = True
                end += 1
                continue
            break
        complement = word.clitic == "ل" or _complement_follows(word, following)
        if complement:
            if closed or state == "complement" or (end == index + 1 and head.definite):
                break  # a definite head takes an adjective before a complement with لـ
            if word.definite or "org-head" in word.categories or "ORG" in word.categories:
                state = "complement" if word.definite else "construct"
            elif following is not None and following.is_word and following.definite:
                state = "construct"
            else:
                break
            anchored = True
            end += 1
            continue
        if word.clitic:
            break
        if "place-head" in word.categories and not word.definite and state == "construct":
            place = _place_at(words, end)
            if place <= end + 1:
                break
            end = place  # the place it serves, with its head (أمانة منطقة القصيم)
            state = "proper"
            anchored = True
            continue
        if word.honorific and word.definite and word.key.endswith("ي") and state == "definite":
            end += 1  # an honorific nisba is an adjective here (رئاسة الحرس الملكي)
            continue
        if "title" in word.categories:
            if (
                word.stem in _ROYAL_TITLES
                and state in ("construct", "proper")  # المعهد الشيخ سلمان: a definite noun
                and not closed  # takes no genitive, and after a complement with لـ or a
                # conjunct (للسياحة والآثار الأمير سلطان) the title opens the next phrase
                and following is not None
                and _given(following)
            ):
                end += 2
                while (
                    end < len(words)
                    and words[end].is_word
                    and ("name-particle" in words[end].categories or _given(words[end]))
                    and not words[end].clitic
                ):
                    end += 1
                state = "proper"
                anchored = True
                royal_name = True
                continue
            break
        if state == "complement":
            if _complement_adjective(word):
                end += 1  # the complement's own adjective (للتأمينات الاجتماعية)
                continue
            break  # the complement with لـ closes the name (منظمة شنغهاي للتعاون)
        if (
            end == index + 1
            and head.definite
            and word.definite
            and "nisba" not in word.categories
            and not _agrees(head, word)
        ):
            break  # اللجنة الأهداف: a definite head takes no genitive; this opens a new phrase
        if "nisba" in word.categories or (
            word.definite
            and "reporting-verb" not in word.categories
            and "org-head" not in word.categories
        ):
            if (
                royal_name
                and state == "proper"
                and "nisba" not in word.categories
                and not word.key.endswith("ي")
            ):
                break  # جامعة الملك سعود المعرض: right after the king's name only a nisba
            if (
                head.stem in _ADJECTIVE_NAMED_HEADS
                and adjectives == end - index - 1
                and _nisba_adjective(word)
            ):
                adjectives += 1
            if head.proper_head and state == "definite" and anchored:
                break  # a brand name takes one adjective at most (قناة السويس الجديدة)
            nisba_shaped = "nisba" in word.categories or word.key.endswith("ي")
            if head.proper_head and state == "proper" and proper_run and nisba_shaped:
                break  # a nisba after a foreign name describes it (نادي تشارلتون الانكليزي)
            if "nisba" in word.categories and not head.definite:
                closed = True
            if head.proper_head and state == "construct" and end == index + 1:
                anchored = True  # the brand's name itself may carry the article (نادي النصر)
            state = "definite"
        elif "LOC" in word.categories or "ORG" in word.categories:
            if state not in ("construct", "proper"):
                break
            state = "proper"
            anchored = True
        elif end == index + 1 and not head.proper_head and word.key[:1] in "بل" and word.name_like:
            break  # بـ / لـ + a noun right after the head is a preposition (إدارة بتشكيل)
        elif (
            word.name_like
            or "given-name" in word.categories
            or not word.key.isalpha()
            or word.key.isascii()
        ) and state in ("construct", "proper"):
            if (
                royal_name  # الملك + his names closes the name (جامعة الملك عبدالعزيز لتدريب)
                or "reporting-verb" in word.categories
                or word.key[:1].isdigit()
                or word.future_verb_like
                or imperfective_verb(word)
                or _suffixed_predicate(word)
            ):
                break
            in_construct = (
                following is not None
                and following.is_word
                and following.definite
                and not following.clitic
            ) or shares_genitive(words, end)
            if in_construct and word.key.endswith("ه") and not proper_run:
                state = "construct"  # a verbal noun and its genitive (هيئة تنمية البحث)
                end += 1
                continue
            if word.key.endswith("ه") and not (head.proper_head and proper_run == 0):
                if proper_run and not anchored_before_run:
                    return None  # شركة طيران دولية: an indefinite noun phrase, not a name
                break  # an indefinite feminine adjective (لجنة متخصصة): not a name
            if not proper_run:
                anchored_before_run = anchored
            proper_run += 1
            if proper_run > _MAX_PROPER_RUN:
                break
            state = "proper"
            anchored = True
        else:
            break
        end += 1
    if end == index + 1 or (head.definite and not anchored and adjectives < _NAMING_ADJECTIVES):
        return None
    return end


_OFFICE_ADJECTIVES: Final = frozenset(
    match_key(word)
    for word in (
        *("السابق", "السابقة", "الأسبق", "الأسبقة", "الحالي", "الحالية", "الراحل", "الراحلة"),
        *("المنتهية", "المستقيل", "المستقيلة", "المقال", "المقالة", "المخلوع", "المكلف"),
        *("القادم", "القادمة", "المقبل", "المقبلة", "الجديد", "الجديدة", "الأخير", "الأخيرة"),
    )
)
"""Adjectives of a term of office (رئيسة مجلس النواب السابقة) or of one instance of a body in
time or sequence (مجلس الشعب القادم، مجلس النواب الجديد): they qualify the title or the
instance, never the organisation's name, which stays the same from term to term. Ordinals
and المؤقت are left out: they name a unit or a body of their own (الجيش الثاني الميداني،
الحكومة السورية المؤقتة)."""

_NAMING_ADJECTIVES: Final = 2
_ADJECTIVE_NAMED_HEADS: Final = frozenset(match_key(word) for word in ("الهيئة", "الجمعية"))
"""A definite head describes with its nisbas (النادي الكتالوني، الحكومة العراقية الجديدة), but
a constituted body, an authority or a society, is named by two or more of them (الهيئة الخيرية
الأردنية الهاشمية، الجمعية الخيرية الإسلامية)."""


def _nisba_adjective(word: Word) -> bool:
    """A definite nisba (الخيرية، الأردني): ال + a word in ي or ية, with no other reading."""
    return (
        word.definite
        and not word.clitic
        and word.key.endswith(("ي", "يه"))
        and not any(category in word.categories for category in _NOT_ADJECTIVE)
    )


def _joined_construct(state: str, end: int, index: int, word: Word, following: Word | None) -> bool:
    """Whether ``words[end]`` is و + a feminine noun in construct with the definite word after
    it, a second genitive of the head (هيئة الاتصالات وتقنية المعلومات، مصلحة الأرصاد وحماية
    البيئة)."""
    return (
        state == "definite"
        and end > index + 1
        and word.name_like
        and word.key.startswith("و")
        and word.key.endswith("ه")
        and len(word.key) > 3
        and following is not None
        and following.is_word
        and following.definite
        and not following.clitic
        and not following.function
        and not following.categories
    )


def place_end(words: Sequence[Word], index: int) -> tuple[int, int] | None:
    """(end, name start) of a place opened by the head noun ``words[index]`` (مدينة X), or ``None``.

    Only a head without the article opens a name (محافظة ديالى, not المحافظة); the name is a
    known place or one or two unknown words, then at most one definite word (سبع البور).
    """
    head = words[index]
    if head.definite or index + 1 >= len(words):
        return None
    start = index + 1
    first = words[start]
    if not first.is_word or first.clitic:
        return None
    end = _place_at(words, start) if "LOC" in first.categories else start
    while (
        "LOC" not in first.categories  # a listed place is the whole name (منطقة الحولة بريف ...)
        and end < len(words)
        and end - start < 2
        and not words[end].known
        and words[end].name_like
        and not words[end].definite
        and not words[end].clitic
        and not words[end].future_verb_like
        and (end == start or not (words[end].conjoined or words[end].key.startswith("و")))
    ):
        end += 1
    if (
        end > start
        and end + 1 < len(words)
        and words[end].key == "-"
        and words[end + 1].name_like
        and not words[end + 1].definite
        and not words[end + 1].clitic
    ):
        end += 2  # a compound name joined by a hyphen (بيتيغهايم - بيسنغن)
    if end == start and _definite_name(first):
        return start + 1, start  # منطقة العبيدي: a single definite name
    if end == start:
        return None
    if end < len(words) and "LOC" not in first.categories and _definite_name(words[end]):
        end += 1
    return end, start


def _definite_name(word: Word) -> bool:
    """An unknown definite word without a feminine or plural ending (العبيدي، البور)."""
    return (
        word.is_word
        and word.name_like
        and word.definite
        and not word.clitic
        and not word.key.endswith(("ه", "ات", "ين", "ون"))
    )
