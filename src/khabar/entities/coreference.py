"""Coreference: mentions grouped into entities, with a name, aliases and roles.

Mentions with the same type and key (the lexicon's canonical name, or the matching key of the
name, which already folds spelling variants such as ايران / إيران) are one entity. A person
named by a part of their name (a surname found by a verb of saying: وقال بوشكوف) joins the one
fuller name that ends with it. The entity's name is its fullest form; the others are aliases;
the roles are the titles in apposition to any of its mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from khabar.entities.recognise import content_words
from khabar.entities.roles import roles_around
from khabar.entities.words import Word
from khabar.lexicon import Lexicon
from khabar.model import Article, Entity, Mention
from khabar.text import match_key, stems

__all__ = ["resolve_entities", "surface_form"]


def surface_form(mention: Mention) -> str:
    """The mention's text as a name: ``لأمم المتحدة`` (from للأمم) reads ``الأمم المتحدة``."""
    text = mention.span.text
    if (
        text.startswith("ل")
        and mention.key.startswith("ال")
        and not match_key(text).startswith("ال")
    ):
        return "ا" + text
    return text


_LINEAGE: Final = frozenset(match_key(word) for word in ("بن", "ابن", "بنت"))


def _part_of(short: list[str], full: list[str]) -> bool:
    """Whether the name *short* is a part of the longer name *full* that refers to the same
    person: its tail (بوشكوف of الكسي بوشكوف), unless بن stands before that tail, which is
    then the father (سلمان بن عبدالعزيز in محمد بن سلمان بن عبدالعزيز); its given name and
    family name without the lineage between (عمر الجاسر of عمر بن محمد الجاسر); or its lineage
    without the grandfathers (فيصل بن بندر of فيصل بن بندر بن عبدالعزيز)."""
    if len(full) <= len(short):
        return False
    if full[-len(short) :] == short:
        return len(short) == 1 or full[-len(short) - 1] not in _LINEAGE
    if len(short) > 2 and short[1] in _LINEAGE and full[: len(short)] == short:
        return True  # a lineage cut after the father (فيصل بن بندر of فيصل بن بندر بن عبدالعزيز)
    return len(short) == 2 and full[0] == short[0] and full[-1] == short[-1]


def _join_partial_names(keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Each person key that is a part (:func:`_part_of`) of exactly one longer person key → that
    key. Longer keys that are themselves parts of one name count as that name (قطان of أحمد
    قطان and of أحمد بن عبد العزيز قطان, one person)."""
    people = [key for kind, key in keys if kind == "PER"]
    split = {key: key.split() for key in people}
    longer = {
        key: {other for other in people if _part_of(split[key], split[other])} for key in people
    }
    fullest = {key: next(iter(names)) if len(names) == 1 else key for key, names in longer.items()}
    joined = {}
    for key in people:
        names = {fullest[name] for name in longer[key]}
        if len(names) == 1:
            joined[("PER", key)] = ("PER", names.pop())
    return joined


def _bases(key: str) -> tuple[str, ...]:
    """Each word of *key* without clitics or article (للطيران → طيران), for comparing names."""
    return tuple(stems(word)[-1].key if stems(word) else word for word in key.split())


def _join_shortened_organisations(
    keys: Sequence[tuple[str, str]], lexicon: Lexicon
) -> dict[tuple[str, str], tuple[str, str]]:
    """Each organisation key whose words all recur in one longer organisation name with the
    same head → that name.

    A later reference drops modifiers or reorders them (جمعية المنتجين for جمعية المنتجين
    والموزعين السعوديين, شركة فلاي دبي للطيران for شركة طيران فلاي دبي), or drops the head and
    names the place or country instead (الجمارك السعودية for مصلحة الجمارك العامة); a name the
    lexicon lists on its own (مجلس الأمن) stays apart, and so does one that two names could
    contain.
    """
    organisations = sorted(
        {key for kind, key in keys if kind == "ORG"}, key=lambda key: (-len(key.split()), key)
    )
    bases = {key: _bases(key) for key in organisations}
    joined: dict[tuple[str, str], tuple[str, str]] = {}
    for position, key in enumerate(organisations):
        words = bases[key]
        if len(words) < 2 or lexicon.has(tuple(key.split()), "ORG"):
            continue
        containers = [
            other
            for other in organisations[:position]
            if len(bases[other]) >= len(words)
            and bases[other][0] == words[0]
            and set(words) <= set(bases[other])
        ]
        if not containers:
            core = _core(key, lexicon)
            containers = [
                other
                for other in organisations
                if other != key
                and len(bases[other]) > len(core)
                and core[0] in bases[other][:2]
                and set(core) <= set(bases[other])
            ]
        roots = {joined.get(("ORG", other), ("ORG", other)) for other in containers}
        if len(roots) == 1:
            joined[("ORG", key)] = roots.pop()
    return joined


def _core(key: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The words of an organisation's key that name it, without the place it is located in
    (مكتب المدينة المنورة → مكتب) or the nisbas of its country (الجمارك السعودية → جمارك):
    a later mention may add them where the full name has other modifiers."""
    words = key.split()
    proper = any(
        entry.canonical == "proper"
        for entry in lexicon.lookup((_bases(words[0])[0],))
        if entry.category == "org-head"
    )
    if not proper and lexicon.has(tuple(words[1:]), "LOC"):
        return _bases(words[0])  # a proper head's place is its name (نادي برشلونة)
    kept = [
        word
        for word in words
        if not (lexicon.has((word,), "nisba") or lexicon.has((word.removeprefix("ال"),), "nisba"))
    ]
    return _bases(" ".join(kept or words))


def _name(forms: Sequence[str]) -> str:
    """The fullest form; among equally long ones, the one that keeps its hamzas."""
    return max(forms, key=lambda form: (len(match_key(form)), sum(ch in "أإآؤئ" for ch in form)))


def _word_at(blocks: Sequence[tuple[Word, ...]], start: int) -> tuple[tuple[Word, ...], int] | None:
    """The block and position of the last word whose stem starts at raw offset *start*, found
    by bisection in each block (words are in text order)."""
    for words in reversed(blocks):
        if not words or words[0].stem_start > start or words[-1].stem_start < start:
            continue
        position = bisect.bisect_right(words, start, key=_stem_start) - 1
        if position >= 0 and words[position].stem_start == start:
            return words, position
    return None


def _stem_start(word: Word) -> int:
    return word.stem_start


def _roles(
    article: Article,
    mentions: Sequence[Mention],
    blocks: Sequence[tuple[Word, ...]],
    name_starts: frozenset[int],
) -> tuple[str, ...]:
    roles: list[str] = []
    for mention in mentions:
        located = _word_at(blocks, mention.span.start)
        if located is None:
            continue
        words, start = located
        end = start
        while end < len(words) and words[end].end <= mention.span.end:
            end += 1
        for role in roles_around(words, start, end, article.text, name_starts):
            if match_key(role) not in {match_key(known) for known in roles}:
                roles.append(role)
    return tuple(roles)


def resolve_entities(
    article: Article, mentions: Sequence[Mention], lexicon: Lexicon
) -> list[Entity]:
    """The entities of *article*: one per group of coreferent mentions, in first-mention order."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.type, mention.key or match_key(mention.span.text)), []).append(
            mention
        )
    for short, full in _join_partial_names(list(groups)).items():
        groups[full].extend(groups.pop(short))
    for short, full in _join_shortened_organisations(list(groups), lexicon).items():
        groups[full].extend(groups.pop(short))
    blocks = content_words(article, lexicon) if any(kind == "PER" for kind, _ in groups) else ()
    name_starts = frozenset(mention.span.start for mention in mentions if mention.type == "PER")
    entities = []
    for number, ((kind, _key), group) in enumerate(groups.items(), 1):
        group.sort(key=lambda mention: mention.span.start)
        forms = list(dict.fromkeys(surface_form(mention) for mention in group))
        name = _name(forms)
        entities.append(
            Entity(
                id=f"E{number}",
                type=kind,
                name=name,
                aliases=tuple(form for form in forms if form != name),
                roles=_roles(article, group, blocks, name_starts) if kind == "PER" else (),
                mentions=tuple(group),
            )
        )
    return entities
