"""Speakers: the subject noun phrase of a cue, and the entities it names.

Modern Standard Arabic puts the subject after the verb (VSO) or before it (SVO); either way it is
a noun phrase that may carry a title before the name (وزير الثقافة محمد ياسين الصالح) or an
apposition after it (الكسي بوشكوف رئيس لجنة ...), and may coordinate several speakers with و
(لافرينتيف وولايتي، إيران وروسيا). A VSO verb agrees with its first conjunct only and stays
singular, so its number never bounds the speaker. The phrase ends at an adjunct (في بيان، خلال
لقائه، اليوم), punctuation or the governed particle.

Names are taken from the recognised entity mentions where there are some; otherwise the noun
phrase grammar delimits them: a construct title (وزير، مستشار) takes a genitive, prepositions
(في، إلى) take an object, definite adjectives (الإسلامية) follow, and the first word that is none
of these starts the name, which ends after a definite family name (الصالح) or before a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from khabar import Entity, Mention
from khabar.text import Token, match_key
from khabar_quotes.document import Document
from khabar_quotes.grammar import GRAMMAR

__all__ = [
    "COMPLEMENTISERS",
    "NameRef",
    "Subject",
    "extends_organisation",
    "is_name_word",
    "is_speech_noun",
    "parse_subject",
    "strip_and",
]

COMPLEMENTISERS: Final = frozenset(
    f"{clitic}{word}"
    for clitic in ("", "ب", "ف", "و")
    for word in ("ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انهن", "انك")
)
"""أنّ / إنّ with the pronoun suffixes and the ب of بأن, in matching spelling."""

_LINEAGE: Final = frozenset({"بن", "بنت", "ابن"})
"""The words of lineage inside a personal name (خالد بن مساعد السهلي)."""
_CHAIN_PREPOSITIONS: Final = frozenset({"في", "الي", "لدي", "من", "عن"})
_NAME_PARTICLES: Final = frozenset({"بن", "ابن", "ابو", "بنت", "عبد", "ال", "دا", "دي", "فان"})
_MAX_NAME: Final = 5
_PRONOUN_SUFFIXES: Final = ("ها", "هم", "هما", "هن", "كم", "نا")
_SUFFIXED_TITLES: Final = frozenset({"نظيره", "نظيرته", "نظيرها", "نظيرهم"})
"""Titles made definite by a pronoun suffix (نظيره "his counterpart"): no genitive follows."""


@attrs.frozen(kw_only=True)
class NameRef:
    """One named speaker: raw offsets of the name, a type, and the recognised entity if any."""

    start: int
    end: int
    type: str
    entity: Entity | None = None
    role: str | None = None


@attrs.frozen(kw_only=True)
class Subject:
    """A parsed subject: its names, or an anonymous source, or an anaphoric definite noun."""

    names: tuple[NameRef, ...] = ()
    anonymous: bool = False
    anaphor: str | None = None
    """A definite head noun or title with no name (الرئاسة، الوزير): refers back to an entity."""
    earlier_document: bool = False
    """A definite document noun with no issuer (وأضاف البيان): the document of the last speaker."""
    joint: bool = False
    """A dual noun of the two parties (الجانبان، الطرفان): the two named before speak together."""
    end: int
    """The index of the token after the noun phrase."""


def strip_and(key: str) -> str:
    """*key* without a leading coordinating و."""
    return key[1:] if key.startswith("و") and len(key) > 2 else key


def _is_ala(token: Token) -> bool:
    """The preposition على (the name علي has the same matching key)."""
    return token.key == "علي" and token.text.rstrip(
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
    ).endswith("ى")


def _breaks(token: Token) -> bool:
    """Whether the noun phrase cannot run over *token*."""
    if not token.is_word:
        return True
    key = token.key
    return (
        GRAMMAR.is_a("adjunct", key)
        or GRAMMAR.is_a("relative", key)
        or GRAMMAR.is_a("quantifier", key)
        or key in COMPLEMENTISERS
        or _is_ala(token)
        or key.isdigit()
    )


def is_name_word(token: Token) -> bool:
    """Whether *token* can be part of a name (no function word, title or joined preposition)."""
    key = token.key
    if _breaks(token) or key in _CHAIN_PREPOSITIONS:
        return False
    for word_class in ("title", "org-head", "anonymous", "connector", "honorific", "continuer"):
        if GRAMMAR.is_a(word_class, key):
            return False
    if "\u064b" in token.text:  # tanween: an indefinite common noun or adverb, not a name
        return False
    if len(key) > 4 and key.endswith(_PRONOUN_SUFFIXES) and not key.startswith("ال"):
        # a noun with a possessive pronoun (ولاءها، مواقفهم) is no name; a definite noun never
        # carries one, so الحكم، الإعلام end in letters, not in the suffixes كم، ها
        return False
    if GRAMMAR.is_a("relative", key):
        return False
    return not key.startswith(("لل", "بال", "كال"))


def _object_cut(document: Document, k: int, end: int) -> int:
    """With a direct object right after the subject, a trailing ``X الY`` of the name is the
    object's construct (أكد جيرارد بيكيه قرار اليويفا، أكد سمو رئيس المدينة حرص المدينة)."""
    tokens = document.tokens
    if end < len(tokens) and tokens[end].key.startswith("ال") and end - k > 2:
        return end - 1  # the name stopped before a recognised name: قرار | اليويفا
    if (
        end - k < 2
        or not tokens[end - 1].key.startswith("ال")
        or tokens[end - 2].key.startswith("ال")
    ):
        return end
    kept = end - 2 - k
    if kept == 1 or (kept > 1 and tokens[end - 3].key in _NAME_PARTICLES):
        return end
    if kept == 0 and tokens[end - 1].key in document.known_names:
        return end  # محمد الغامدي: the family name is used alone elsewhere as a subject
    return end - 2


def _name_extent(
    document: Document, k: int, stop: int, at_start: bool, object_follows: bool = False
) -> int:
    """The end of the name that starts at ``tokens[k]``."""
    end = _raw_extent(document, k, stop, at_start)
    return _object_cut(document, k, end) if object_follows else end


def _raw_extent(document: Document, k: int, stop: int, at_start: bool) -> int:
    tokens = document.tokens
    end = k
    while (
        end < stop
        and end - k < _MAX_NAME
        and (
            is_name_word(tokens[end])
            or (end > k and tokens[end - 1].key in _NAME_PARTICLES and tokens[end].is_word)
        )
    ):
        key = tokens[end].key
        other = document.mention_at(tokens[end]) if end > k else None
        if other is not None and other[1].type in ("ORG", "LOC"):
            break  # قرار اليويفا: a recognised organisation is not part of a person's name
        if (
            end == k
            and at_start
            and key.startswith("ال")
            and (key in document.known_names or _family_first(document, k))
        ):
            return end + 1  # a family name used alone (وأوضح السهلي أن)
        if end > k and key.startswith("و") and key not in _NAME_PARTICLES:
            found = document.mention_at(tokens[end])
            continues = found is not None and found[0].span.start == tokens[end].start
            if not continues and key not in document.known_names:
                break
            if continues or strip_and(key) not in document.known_names:
                return end + 1
        end += 1
        if key.startswith("ال") and key not in _NAME_PARTICLES and not (at_start and end - 1 == k):
            break
    return end


def is_speech_noun(key: str) -> bool:
    """Whether *key* is a speech noun (كلمة، تصريح، بيان ...), bare or with a pronoun suffix
    (كلمته، تصريحها: the ة of a noun is written ت before the pronoun)."""
    if GRAMMAR.is_a("speech-noun", key):
        return True
    for suffix in ("ه", "ها", "هم", "هما"):
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and stem.endswith("ت"):
            stem = stem[:-1] + "ه"
        if key.endswith(suffix) and len(stem) > 2 and GRAMMAR.is_a("speech-noun", stem):
            return True
    return False


def _chain_end(document: Document, k: int, stop: int) -> int:
    """The index of the first token after the title phrase that starts at ``tokens[k]``.

    A title or organisation head without the article is a construct noun and takes the next
    word as its genitive (وزير الثقافة، رئيس لجنة ...); a preposition (في، إلى، على، بـ) takes
    its object; definite relative adjectives (الروسي) and phrases with لـ (للشؤون) continue it.
    """
    tokens = document.tokens
    head = strip_and(tokens[k].key)
    need = GRAMMAR.is_a("honorific", head) or not (
        head.startswith("ال") or head in _SUFFIXED_TITLES
    )
    apposition = not need  # right after a definite title: an ال-word there is a name
    object_of_preposition = False
    position = k + 1
    while position < stop:
        token = tokens[position]
        key = token.key
        covering = document.mention_covering(token)
        if covering is not None and need and covering[1].type in ("ORG", "LOC"):
            # a recognised name as the genitive of the title: skip it whole
            position = max(position + 1, document.token_index_at(covering[0].span.end - 1) + 1)
            need = apposition = False
            continue
        if _abbreviated_title(tokens, position):
            return position + 2  # م. محمد: an abbreviated title, the name comes next
        quoted = _quoted_name(document, position)
        if quoted is not None:
            position = quoted  # برنامج "إحالتي": the quoted name belongs to the title's genitive
            need = apposition = False
            continue
        if key.startswith("وال") and not need:
            key = key[1:]
        elif key.startswith("و") and GRAMMAR.is_a("title", strip_and(key)):
            key = strip_and(key)  # a coordinated title (الكاتبة وأستاذة الأدب)
        if not token.is_word or (
            _breaks(token) and key not in _CHAIN_PREPOSITIONS and not _is_ala(token)
        ):
            return position
        if (
            key in _CHAIN_PREPOSITIONS
            and position + 1 < stop
            and is_speech_noun(tokens[position + 1].key)
        ):
            return position  # في تصريح صحفي، في كلمته: the speech act's adjunct, no title
        object_of_preposition = object_of_preposition and need
        if GRAMMAR.is_a("honorific", key):
            need, apposition = True, False
        elif GRAMMAR.is_a("title", key) or GRAMMAR.is_a("org-head", key):
            need = not (key.startswith("ال") or key in _SUFFIXED_TITLES)
            apposition = not need and not _is_adjective(key)
        elif key in _CHAIN_PREPOSITIONS or _is_ala(token):
            need, apposition, object_of_preposition = True, False, True
        elif need:
            # a title's genitive without the article is itself in construct (مدير تعليم
            # نجران); the object of a preposition without it is a proper noun (بسوق عكاظ)
            need = not object_of_preposition and not key.startswith(("ال", "لل"))
            object_of_preposition = False
        elif key.startswith("ال") and (_is_adjective(key) or not apposition):
            if apposition and _known_family(document, position) is not None:
                return position  # الدكتور الزياني: a family name named in full before
            apposition = False
        elif key.startswith("لل") or (key.startswith("ل") and not key.startswith("لا")):
            need, apposition = not key.startswith("لل"), False
        elif key.startswith("ب") and len(key) > 3:
            # بالمنطقة carries its own definite object; بسوق still needs one (بسوق عكاظ)
            definite = key.startswith("بال")
            need, apposition, object_of_preposition = not definite, False, not definite
        else:
            return position
        position += 1
    return position


def _abbreviated_title(tokens: Sequence[Token], position: int) -> bool:
    """Whether ``tokens[position]`` is a one-letter title abbreviation with its full stop
    written right after it (م. for مهندس، د. for دكتور)."""
    if not 0 <= position < len(tokens) - 2:
        return False
    letter, stop = tokens[position], tokens[position + 1]
    return (
        GRAMMAR.is_a("title-abbreviation", letter.key)
        and stop.text == "."
        and letter.end == stop.start
        and tokens[position + 2].is_word
    )


def _quoted_name(document: Document, position: int) -> int | None:
    """After a naming noun or an organisation's head noun (برنامج، مركز ...), the index just
    past the closed quotation that opens at ``tokens[position]``: the name the noun introduces."""
    tokens = document.tokens
    token = tokens[position]
    if token.is_word or position == 0:
        return None
    head = strip_and(tokens[position - 1].key)
    if not (GRAMMAR.is_a("naming", head) or GRAMMAR.is_a("org-head", head)):
        return None
    quote = document.quote_opening_at(token.start)
    if quote is None or quote.close is None:
        return None
    return document.token_index_at(quote.close) + 1


def _is_adjective(key: str) -> bool:
    """A definite relative adjective (الروسي، الإسلامية) or a title adjective (الخاص)."""
    return key.endswith(("ي", "يه")) or GRAMMAR.is_a("title", key)


def _org_extent(tokens: Sequence[Token], k: int, stop: int) -> int:
    """The end of an organisation's name headed by ``tokens[k]``."""
    end = k + 1
    while end < stop and end - k < 8:
        token = tokens[end]
        if _breaks(token) or GRAMMAR.is_a("title", token.key):
            break
        bare = strip_and(token.key)
        if token.key.startswith("و") and (
            GRAMMAR.is_a("org-head", bare) or GRAMMAR.is_a("title", bare)
        ):
            break
        if token.key.startswith("ب") and not GRAMMAR.is_a("place-head", token.key[1:]):
            break  # بإيصال: a verb's complement, not بمنطقة نجران
        end += 1
    return end


def _one(
    document: Document, k: int, stop: int, first: bool, object_follows: bool = False
) -> tuple[NameRef | None, int, str | None]:
    """Parse one conjunct at ``tokens[k]``: (name, end index, anaphor key)."""
    tokens = document.tokens
    text = document.article.text
    token = tokens[k]
    key = token.key if first else strip_and(token.key)
    skip = 0 if first or key == token.key else token.raw_offset(1) - token.start
    following = tokens[k + 1] if k + 1 < stop else None
    if following is not None and GRAMMAR.is_a("office", key, following.key) and k + 2 < stop:
        org = tokens[k + 2]
        if org.key.startswith("ل"):
            end = _org_extent(tokens, k + 2, stop)
            start = org.raw_offset(1)
            return NameRef(start=start, end=tokens[end - 1].end, type="ORG"), end, None
    found = document.mention_at(token)
    if found is not None and _family_first(document, k, found[0]):
        found = None  # منى الخوري named before: الخوري استعداد is her name and the object
    if found is not None:
        after = document.token_index_at(found[0].span.end - 1) + 1
        if _abbreviated_title(tokens, after - 1):
            found = None  # الاقتصادي م. محمد: a title and its abbreviation, the name follows
    if found is not None:
        mention, entity = found
        end = document.token_index_at(mention.span.end - 1) + 1
        finish = mention.span.end
        while entity.type == "ORG" and end < stop and extends_organisation(document, end):
            finish = tokens[end].end  # المديرية العامة للأرصاد | الجوية: the name goes on
            end += 1
        return (
            NameRef(start=mention.span.start, end=finish, type=entity.type, entity=entity),
            end,
            None,
        )
    if GRAMMAR.is_a("org-head", key):
        end = _org_extent(tokens, k, stop)
        if key.startswith("ال") and all(_is_adjective(t.key) for t in tokens[k + 1 : end]):
            return None, end, " ".join(t.key for t in tokens[k:end])
        return NameRef(start=token.start + skip, end=tokens[end - 1].end, type="ORG"), end, None
    abbreviated = _abbreviated_title(tokens, k)
    if GRAMMAR.is_a("title", key) or GRAMMAR.is_a("honorific", key) or abbreviated:
        begin = k + 2 if abbreviated else _chain_end(document, k, stop)
        if begin >= stop or not is_name_word(tokens[begin]):
            phrase = " ".join(t.key for t in tokens[k:begin])
            return None, begin, strip_and(phrase) if not first else phrase
        inner = document.mention_at(tokens[begin])
        end = _name_extent(document, begin, stop, at_start=False, object_follows=object_follows)
        if inner is not None and (
            inner[0].span.start != tokens[begin].start
            or inner[0].span.end > tokens[stop - 1].end
            or (end > begin and _unfinished(document, inner[0]))
            or (object_follows and end == begin and inner[0].span.start not in document.named)
        ):
            inner = None  # a name cut after بن, or the object's construct: the grammar wins
        role = text[token.start + skip : tokens[begin - 1].end]
        if inner is not None:
            mention, entity = inner
            end = document.token_index_at(mention.span.end - 1) + 1
            name_ref = NameRef(
                start=mention.span.start,
                end=mention.span.end,
                type=entity.type,
                entity=entity,
                role=role,
            )
            return name_ref, end, None
        if end == begin:
            phrase = " ".join(t.key for t in tokens[k:begin])
            return None, begin, strip_and(phrase) if not first else phrase
        return (
            NameRef(start=tokens[begin].start, end=tokens[end - 1].end, type="PER", role=role),
            end,
            None,
        )
    if not is_name_word(token):
        return None, k, None
    following_word = tokens[k + 1] if k + 1 < stop else None
    if following_word is not None and GRAMMAR.is_a("org-head", following_word.key):
        # رجال الشرطة: a common noun in construct with an organisation, not a person's name
        return None, k + 2, f"{key} {following_word.key}"
    given = _role_end(document, k, stop, object_follows)
    known = _known_family(document, k) if given is not None else None
    if known is not None:  # السهلي after خالد بن مساعد السهلي: the person, not a nisba role
        return (
            NameRef(start=token.start + skip, end=token.end, type="PER", entity=known),
            k + 1,
            None,
        )
    if given is not None:
        end = _name_extent(document, given, stop, at_start=False)
        if end > given:
            role = text[token.start + skip : tokens[given - 1].end]
            name_ref = NameRef(
                start=tokens[given].start, end=tokens[end - 1].end, type="PER", role=role
            )
            return name_ref, end, None
    end = _name_extent(document, k, stop, at_start=True, object_follows=object_follows)
    if end <= k:
        return None, k, key
    if end == k + 1 and key.startswith("ال"):
        if _family_first(document, k):  # والجبوري after ليلى الجبوري: her name, not a noun
            return NameRef(start=token.start + skip, end=token.end, type="PER"), end, None
        return None, end, key
    return NameRef(start=token.start + skip, end=tokens[end - 1].end, type="PER"), end, None


_MAX_ROLE: Final = 4
"""The most words a role noun phrase before a name takes (الناقد والشاعر الدكتور)."""


def _known_family(document: Document, k: int) -> Entity | None:
    """The person named in full earlier whose family name ``tokens[k]`` is (a definite word,
    the last of that person's name): news copy refers back to a person by the family name."""
    token = document.tokens[k]
    key = strip_and(token.key)
    if not key.startswith("ال") or len(key) < 4:
        return None
    tokens = document.tokens
    for mention, entity in document.mentions:
        if mention.span.end > token.start or entity.type != "PER":
            continue
        words = entity.name.split()
        if len(words) > 1 and match_key(words[-1]) == key:
            return entity
        if words and match_key(words[-1]) in _LINEAGE:  # a name cut after بن: read on
            after = document.token_index_at(mention.span.end - 1) + 1
            if any(t.key == key for t in tokens[after : min(after + 2, k)]):
                return entity
    return None


def _family_first(document: Document, k: int, mention: Mention | None = None) -> bool:
    """Whether ``tokens[k]`` is a family name the article wrote after a given name earlier:
    used alone it is the whole name, so it cannot begin a longer one (or *mention*)."""
    token = document.tokens[k]
    key = strip_and(token.key)
    if not key.startswith("ال") or (
        mention is not None and (mention.type != "PER" or mention.span.end <= token.end)
    ):
        return False
    given = document.family_names.get(key)
    return given is not None and given < k - 1


def _role_end(document: Document, k: int, stop: int, object_follows: bool) -> int | None:
    """The index of the given name after a role noun in apposition (الخبير العقاري عبدالرحمن
    القحطاني، الناشر اللبناني جورج حداد), or ``None``.

    A definite noun (with its definite adjectives) right before an indefinite name word is a
    description of the person: Arabic given names never take the article, family names do,
    so a family name cannot come first. With a direct object after the subject the indefinite
    word may begin the object (أكد الجانبان أهمية ...): then only a one-word nisba role counts.
    """
    tokens = document.tokens
    key = tokens[k].key
    if (
        not key.startswith("ال")
        or len(key) < 4
        or key in document.known_names
        or document.mention_at(tokens[k]) is not None
    ):
        return None
    given = k + 1
    while not object_follows and given < stop and given - k < _MAX_ROLE:
        word = strip_and(tokens[given].key)
        if not word.startswith("ال") or word in document.family_names:
            break
        if not (is_name_word(tokens[given]) or GRAMMAR.is_a("title", word)):
            break
        given += 1  # a definite adjective or a coordinated role (اللبناني، والشاعر الدكتور)
    if object_follows and not key.endswith("ي"):
        return None
    if given >= stop:
        return None
    name = tokens[given]
    if (
        not is_name_word(name)
        or name.key.startswith("ال")
        or name.key in document.known_names
        or given + 1 >= stop
        or not is_name_word(tokens[given + 1])
        or GRAMMAR.is_a("org-head", tokens[given + 1].key)
    ):
        return None  # a given name and a family name at least (جورج حداد)
    for later in tokens[given + 1 : min(stop, given + _MAX_ROLE)]:
        if GRAMMAR.is_a("title", later.key) or GRAMMAR.is_a("honorific", later.key):
            return None  # the role goes on (الكاتبة وأستاذة الأدب الدكتورة ...): not a name yet
    if key in document.family_names:
        return None  # منى الخوري named before: الخوري استعداد is her name and an object
    return given


def extends_organisation(document: Document, index: int) -> bool:
    """Whether ``tokens[index]`` is a definite nisba adjective (الجوية، الروسي) that no other
    mention starts: it agrees with the organisation's name before it and belongs to it."""
    token = document.tokens[index]
    key = token.key
    return (
        key.startswith("ال")
        and key.endswith(("ي", "يه"))
        and len(key) > 4
        and not GRAMMAR.is_a("title", key)
        and document.mention_at(token) is None
    )


def _unfinished(document: Document, mention: Mention) -> bool:
    """Whether a recognised mention stops inside a name (it ends with بن، أبو، عبد ...)."""
    words = mention.span.text.split()
    return bool(words) and match_key(words[-1]) in _NAME_PARTICLES


def _skip_apposition(document: Document, k: int, stop: int) -> int:
    """Skip a title in apposition after a name (رئيس لجنة العلاقات الدولية ...)."""
    if k >= stop or not GRAMMAR.is_a("title", document.tokens[k].key):
        return k
    return _chain_end(document, k, stop)


def _unnamed_group(token: Token) -> bool:
    """An indefinite sound masculine plural of a nisba or a participle (اقتصاديون، سياسيون،
    مسؤولون، محللون): an unnamed group of people, never a name."""
    key = token.key
    return (
        len(key) >= 6
        and not key.startswith("ال")
        and (key.endswith("يون") or (key.startswith("م") and key.endswith("ون")))
    )


_ISSUER_REACH: Final = 3
"""How many words may stand between a document noun and the preposition of its issuer."""


def _document_source(document: Document, start: int, stop: int) -> Subject:
    """The source of a document noun as a subject (أفاد بيان صادر عن قيادة الجيش، أكد تقرير
    المنظمة): a document does not speak, its issuer does, named after عن / من or as its
    genitive; with no issuer named the statement is anonymous."""
    tokens = document.tokens
    position = start + 1
    while position < min(stop, start + 1 + _ISSUER_REACH):
        key = tokens[position].key
        if key in ("عن", "من"):
            position += 1
            break
        if not GRAMMAR.is_a("document-adjective", key):
            break
        position += 1
    named = position < stop and (
        GRAMMAR.is_a("org-head", tokens[position].key)
        or document.mention_at(tokens[position]) is not None
    )
    issuer = parse_subject(document, position, stop) if position > start + 1 or named else None
    if issuer is not None and issuer.names:
        name = issuer.names[0]
        if name.entity is None and name.role is None and name.type == "PER":
            # an unknown name that issues a document (سوق مسقط للأوراق المالية): an organisation
            end = _org_extent(tokens, position, stop)
            name = NameRef(start=name.start, end=tokens[end - 1].end, type="ORG")
            return Subject(names=(name,), end=end)
        return issuer
    end = max(position, start + 1)
    if strip_and(tokens[start].key).startswith("ال"):
        return Subject(earlier_document=True, end=end)
    return Subject(anonymous=True, end=end)


_NAMED_WITHIN: Final = 4
"""How many words after an unnamed-person noun may hold the name it introduces (مراسل قناة
الإخبارية محمد الأحمد)."""


def _named_after(document: Document, start: int, stop: int) -> bool:
    """Whether a recognised person is named in the few words from *start*: the noun before is
    then a role (مراسل قناة X محمد الأحمد), not an unnamed source (مراسل سانا)."""
    for token in document.tokens[start : min(stop, start + _NAMED_WITHIN)]:
        if _breaks(token):
            return False
        found = document.mention_at(token)
        if found is not None and found[1].type == "PER":
            return True
    return False


def parse_subject(
    document: Document, start: int, stop: int, object_follows: bool = False
) -> Subject | None:
    """The subject noun phrase in ``tokens[start:stop]``, or ``None`` when it is omitted.

    With *object_follows* the verb's direct object comes right after the subject, so the
    name gives up a trailing construct that begins the object.
    """
    tokens = document.tokens
    if start >= stop:
        return None
    first = tokens[start]
    if _breaks(first) or GRAMMAR.is_a("continuer", first.key) or first.key in _CHAIN_PREPOSITIONS:
        return None
    if (GRAMMAR.is_a("anonymous", first.key) and not _named_after(document, start + 1, stop)) or (
        _unnamed_group(first) and document.mention_at(first) is None
    ):
        return Subject(anonymous=True, end=start + 1)
    if strip_and(first.key) in ("احد", "احدي") and start + 1 < stop and tokens[start + 1].is_word:
        # أحد المسؤولين، أحد سكان المدينة: one unnamed member of a group (with its genitive)
        end = start + 2
        if not tokens[start + 1].key.startswith("ال") and end < stop and tokens[end].is_word:
            end += 1
        return Subject(anonymous=True, end=end)
    if GRAMMAR.is_a("joint", strip_and(first.key)):
        return Subject(joint=True, end=start + 1)
    if GRAMMAR.is_a("document", strip_and(first.key)):
        return _document_source(document, start, stop)
    names: list[NameRef] = []
    name, end, anaphor = _one(document, start, stop, first=True, object_follows=object_follows)
    if name is None:
        return Subject(anaphor=anaphor, end=end)
    names.append(name)
    end = _skip_apposition(document, end, stop)
    while end < stop and tokens[end].key.startswith("و"):
        bare = strip_and(tokens[end].key)
        if not (
            GRAMMAR.is_a("title", bare)
            or document.mention_at(tokens[end])
            or is_name_word(tokens[end])
        ):
            break
        name, after, _ = _one(document, end, stop, first=False)
        if name is None:
            break
        names.append(name)
        end = _skip_apposition(document, after, stop)
    return Subject(names=tuple(names), end=end)
