"""Role phrases: a title with its complements (رئيس لجنة العلاقات الدولية في مجلس الدوما الروسي).

A role is a title followed by a chain of genitives and adjectives (iḍāfa: مستشار قائد الثورة
الإسلامية), nisbas (الرئيس الإيراني), names of places and organisations, and prepositional
phrases that locate it (في إيران، لدى إندونيسيا، للشؤون الدولية). It stands in apposition to a
person's name, before it (الرئيس الإيراني حسن روحاني) or after it (نيكولاي باتروشيف امين مجلس
الأمن القومي الروسي).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from khabar.entities.heads import shares_genitive
from khabar.entities.words import ROLE_PREPOSITIONS, Word

__all__ = ["MAX_ROLE_WORDS", "role_end", "role_text", "roles_around", "starts_role"]

MAX_ROLE_WORDS: Final = 14

_CONSTRUCT, _DEFINITE, _PROPER, _PREPOSITION = "construct", "definite", "proper", "preposition"


def starts_role(word: Word) -> bool:
    """Whether *word* is a title that can open a role (an honorific cannot)."""
    return word.is_word and "title" in word.categories and not word.honorific


def _complement(word: Word) -> bool:
    """A word that can follow a preposition inside a role."""
    return (
        word.is_word
        and not word.function
        and (
            word.definite
            or "LOC" in word.categories
            or "ORG" in word.categories
            or "org-head" in word.categories
            or "place-head" in word.categories
            or "title" in word.categories
        )
    )


def role_end(words: Sequence[Word], index: int) -> int:
    """The end (exclusive) of the role phrase opened by the title ``words[index]``.

    The phrase never ends on a preposition and never takes a plain definite word right after a
    proper name (``سورية الكسندر``: the definite word opens the next name).
    """
    state = _DEFINITE if words[index].definite else _CONSTRUCT
    end = index + 1
    last_good = end
    while end < len(words) and end - index < MAX_ROLE_WORDS:
        word = words[end]
        following = words[end + 1] if end + 1 < len(words) else None
        if not word.is_word or (
            word.honorific and not word.continues_title and state != _CONSTRUCT
        ):
            break  # a form of address opens the name, unless it is a genitive (سفير خادم ...)
        if word.continues_title:
            if word.definite:
                state = _DEFINITE  # a title complete in itself (خادم الحرمين الشريفين)
            end += 1
            last_good = end
            continue
        if word.function:
            if word.key in ROLE_PREPOSITIONS and following is not None and _complement(following):
                state = _PREPOSITION
                end += 1
                continue
            break
        if word.conjoined:
            if (
                state == _DEFINITE
                and word.definite
                and "title" not in word.categories
                and not (
                    "org-head" in word.categories
                    or "LOC" in word.categories
                    or "ORG" in word.categories
                )
            ):
                end += 1
                last_good = end
                continue
            break
        if word.clitic in ("ل", "ب"):
            if (
                word.definite
                or "title" in word.categories
                or "org-head" in word.categories
                or "place-head" in word.categories
                or "LOC" in word.categories
                or "ORG" in word.categories
            ):
                state = _DEFINITE if word.definite else _CONSTRUCT
                end += 1
                last_good = end
                continue
            if following is not None and following.is_word and following.definite:
                state = _CONSTRUCT
                end += 1
                continue
            break
        if word.clitic:
            break
        if (
            word.lam_complement
            and following is not None
            and following.definite
            and not following.clitic
        ):
            state = _CONSTRUCT
            end += 1
            continue
        if "nisba" in word.categories and state in (_DEFINITE, _PROPER, _CONSTRUCT):
            state = _DEFINITE
        elif "LOC" in word.categories or "ORG" in word.categories:
            if state not in (_CONSTRUCT, _PREPOSITION):
                break
            state = _PROPER
        elif (
            "title" in word.categories
            or "org-head" in word.categories
            or "place-head" in word.categories
        ):
            if state not in (_CONSTRUCT, _PREPOSITION, _DEFINITE):
                break
            state = _DEFINITE if word.definite else _CONSTRUCT
        elif word.definite and "given-name" not in word.categories:
            if state == _PROPER or "reporting-verb" in word.categories:
                break
            state = _DEFINITE
        elif (
            word.name_like
            and following is not None
            and following.is_word
            and (
                ((following.definite or "LOC" in following.categories) and not following.clitic)
                or shares_genitive(words, end)
            )
            and state in (_CONSTRUCT, _PREPOSITION)
        ):
            state = _CONSTRUCT
        else:
            break
        end += 1
        last_good = end
    return last_good


def role_text(words: Sequence[Word], start: int, end: int, text: str) -> str:
    """The role ``words[start:end]`` as written, its first word without a proclitic.

    ``للرئيس الإيراني`` gives ``الرئيس الإيراني``: the article that لل absorbs is restored.
    """
    first = words[start]
    head = text[first.stem_start : words[end - 1].end]
    if first.clitic.endswith("ل") and first.definite and not head.startswith("ال"):
        head = "ا" + head
    return head


def _before(words: Sequence[Word], start: int) -> tuple[int, int] | None:
    """The words ``(first, end)`` of the role that ends right before the name at
    ``words[start]`` (or that would run on into it: الوزير الصالح reads as an adjective chain
    until the surname is known). The forms of address between them are left out, unless the
    role takes one as its genitive (نائب خادم الحرمين الشريفين صاحب السمو ...)."""
    stop = start
    while stop > 0 and (words[stop - 1].honorific or words[stop - 1].key in (",", "،")):
        stop -= 1
    for index in range(max(0, stop - MAX_ROLE_WORDS), stop):
        if starts_role(words[index]):
            end = role_end(words, index)
            if end >= stop:
                return index, end if stop < end <= start else stop
    return None


def _describes_next_name(
    words: Sequence[Word], start: int, end: int, name_starts: frozenset[int]
) -> bool:
    """Whether the role ``words[start:end]`` after a name stands before the next name, in
    apposition to it: that name follows right after the role (past forms of address) and
    without و or ف, which would coordinate a new person (X نائب المدير ومحمد ...); and the role
    does not end on a title that takes the next name as its genitive (قائد قاعدة الملك
    عبدالعزيز: the king's name completes the role)."""
    if end - start > 1 and "title" in words[end - 1].categories:
        return False
    index = end
    if index >= len(words) or words[index].conjoined:
        return False
    while index < len(words) and words[index].honorific:
        index += 1
    return index < len(words) and words[index].stem_start in name_starts


def roles_around(
    words: Sequence[Word],
    start: int,
    end: int,
    text: str,
    name_starts: frozenset[int] = frozenset(),
) -> tuple[str, ...]:
    """The roles in apposition to the name ``words[start:end]``: before it, then after it.

    *name_starts* are the raw offsets where the names of the text start: a role after the name
    that runs up to another name belongs to that one (وزير الخارجية X السفير الفرنسي Y), as a
    title in apposition stands before the name it describes.
    """
    roles = []
    before = _before(words, start)
    if before is not None:
        roles.append(role_text(words, before[0], before[1], text))
    after = end
    if after < len(words) and words[after].key in (",", "،"):
        after += 1
    if after < len(words) and starts_role(words[after]) and not words[after].clitic:
        role_stop = role_end(words, after)
        if not _describes_next_name(words, after, role_stop, name_starts):
            roles.append(role_text(words, after, role_stop, text))
    return tuple(roles)
