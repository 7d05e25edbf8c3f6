"""Mention finding: lexicon names, head-noun phrases, person names in their grammatical slots.

Each content block is read into :class:`~khabar.entities.words.Word` objects; at every word the
recogniser proposes the names that may start there:

* a lexicon name (PER, ORG, LOC), the longest one, its first word read without proclitics;
* an organisation opened by a head noun (:func:`~khabar.entities.heads.org_end`);
* a place opened by a place head (مدينة X، محافظة X): the name after the head;
* a person's name opened by a given name (محمد ياسين الصالح);
* a person's name in a slot that calls for one: after a role (الرئيس الإيراني حسن روحاني), after
  an honorific (المهندس طارق ...), after a verb of saying (وقال بوشكوف), after برئاسة، بحضور
  and the like (برئاسة سارة العلي), or before a role in apposition (نيكولاي باتروشيف امين مجلس
  ...). A slot is left empty when what fills it is a verb (محافظ حمص يتفقد), a common noun
  (توقع اتفاقية) or an anonymous source (وأفادت مصادر: the lexicon's ``anonymous-source``).

Overlaps are settled longest first. A second pass then finds the short forms the article uses
later or earlier for the names found: a surname (بوشكوف، وولايتي), an organisation's own name
without its head (برشلونة for نادي برشلونة), a place without its head (نجران for منطقة نجران).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from khabar.entities.heads import org_end, place_end
from khabar.entities.index import lexicon_index
from khabar.entities.names import arabic_noun, name_span
from khabar.entities.roles import role_end, starts_role
from khabar.entities.words import Word, phrase_key, read_words
from khabar.lexicon import Lexicon
from khabar.model import Article, Mention, Span
from khabar.text import QUOTE, Token, match_key, normalize, tokenize

__all__ = ["CONTENT_KINDS", "Found", "content_words", "find_mentions", "mention_words"]

CONTENT_KINDS: Final = frozenset({"headline", "dateline", "paragraph", "subheadline"})
_NAME_TYPES: Final = ("PER", "ORG", "LOC")
_MIN_SHORT_FORM: Final = 3
"""A short form (surname, bare organisation name) needs at least this many letters."""


@attrs.frozen(kw_only=True)
class Found:
    """A candidate name: words ``[start, end)`` of a block, its type and coreference key.

    ``short`` is the start of the short form the article may use alone (a surname, an
    organisation's name after its head), when there is one.
    """

    start: int
    end: int
    type: str
    key: str
    rank: int
    short: int | None = None
    role: int | None = None
    """For a name read from the slot after a role, the index of the role's title."""
    clitic: int = 0
    """Key characters of proclitics to leave out of the first word (و of ودير الزور) when the
    name was read from a shorter stem than the word's own reading."""


def content_words(article: Article, lexicon: Lexicon) -> tuple[tuple[Word, ...], ...]:
    """The words of every content block (headline, dateline, paragraphs), block by block.

    The last article's words are kept, so resolution reads the words mention finding read.
    """
    cached = _LAST_READ.get("words")
    if cached is not None and cached[0] is article and cached[1] is lexicon:
        return cached[2]
    spans = [(b.span.start, b.span.end) for b in article.blocks if b.kind in CONTENT_KINDS]
    tokens = _block_tokens(article.text, spans)
    known_words = frozenset(token.key for block, _offset in tokens for token in block)
    words = tuple(
        read_words(article.text, start, end, lexicon, known_words, block_tokens)
        if offset
        else read_words(article.text, 0, end, lexicon, known_words, block_tokens)
        for (start, end), (block_tokens, offset) in zip(spans, tokens, strict=True)
    )
    _LAST_READ["words"] = (article, lexicon, words)
    return words


_LAST_READ: dict[str, tuple[Article, Lexicon, tuple[tuple[Word, ...], ...]]] = {}


def _block_tokens(
    text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[Sequence[Token], bool]]:
    """Each block's tokens and whether their offsets are relative to the block.

    The article's text is tokenised once (:func:`~khabar.text.tokenize` remembers it, so the
    other stages share it) and each block takes the tokens inside its span; a block whose edge
    cuts a token is tokenised on its own.
    """
    tokens = tokenize(text)
    starts = [token.start for token in tokens]
    blocks: list[tuple[Sequence[Token], bool]] = []
    for start, end in spans:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        inside = tokens[first:last]
        cut = (first > 0 and tokens[first - 1].end > start) or (inside and inside[-1].end > end)
        if cut:
            blocks.append((tokenize(text[start:end]), True))
        else:
            blocks.append((inside, False))
    return blocks


def _lexicon_name(words: Sequence[Word], index: int, lexicon: Lexicon) -> Found | None:
    """The longest listed name starting at ``words[index]``, its first word without clitics."""
    if not words[index].name_stems:
        return None
    prefixes = lexicon_index(lexicon).name_prefixes
    best: Found | None = None
    for stem_key in words[index].name_stems:  # ك "like" hardly ever precedes a name: not read
        key: tuple[str, ...] = (stem_key,)
        position = index + 1
        while key in prefixes:
            for entry in lexicon.lookup(key):
                if entry.category in _NAME_TYPES and (
                    best is None or position - index > best.end - best.start
                ):
                    found_key = match_key(entry.canonical) if entry.canonical else " ".join(key)
                    best = Found(
                        start=index,
                        end=position,
                        type=entry.category,
                        key=found_key,
                        rank=3,
                        clitic=_clitic_length(words[index], stem_key),
                    )
                    break
            if position >= len(words) or not words[position].is_word:
                break
            key = (*key, words[position].key)
            position += 1
    return best


def _clitic_length(word: Word, stem_key: str) -> int:
    """How many key characters of proclitics come off *word* when it is read as *stem_key*,
    beyond those its own reading already leaves out (0 when the readings agree)."""
    if stem_key == word.stem or not word.key.endswith(stem_key):
        return 0
    return max(0, len(word.key) - len(stem_key) - len(word.clitic))


def _without_place_head(words: Sequence[Word], found: Found, lexicon: Lexicon) -> Found:
    """A listed place written with its head (مدينة سبها) is the name after the head: the head
    is a common noun (the city of), as in the places found by their head."""
    head = words[found.start]
    if (
        found.type != "LOC"
        or found.end - found.start < 2
        or head.definite
        or "place-head" not in head.categories
    ):
        return found
    inner = _lexicon_name(words, found.start + 1, lexicon)
    key = (
        inner.key
        if inner is not None and inner.end == found.end
        else phrase_key(words[found.start + 1 : found.end])
    )
    return attrs.evolve(found, start=found.start + 1, key=key)


def _adjective(words: Sequence[Word], found: Found) -> bool:
    """Whether a listed place shaped like a nisba (السعودية: ال + a feminine or masculine
    nisba ending) follows a definite noun, which it then qualifies as an adjective (السينما
    السعودية): no place is named."""
    word = words[found.start]
    nisba_shaped = "nisba" in word.categories or (word.definite and word.key.endswith(("يه", "ي")))
    if found.end - found.start != 1 or not nisba_shaped or word.clitic or found.start == 0:
        return False
    before = words[found.start - 1]
    return before.is_word and before.definite and not before.function


def _surname_in_role(words: Sequence[Word], index: int, end: int) -> Found | None:
    """The family name a role runs on into when no name follows (رئيس الوزراء العبادي من):
    a definite word shaped like a nisba right after a complete title, before a boundary."""
    last = end - 1
    if last - index < 2 or not _ends_subject(words, end):
        return None
    word, before = words[last], words[last - 1]
    complete_title = before.continues_title or ("title" in before.categories and before.definite)
    if word.name_like and word.definite and word.key.endswith("ي") and complete_title:
        return Found(start=last, end=end, type="PER", key=word.key, rank=1)
    return None


def _skip_address(words: Sequence[Word], index: int) -> int:
    """The index after the honorifics (with the full stop of an abbreviated one: د.، م.) and the
    comma between a role and a name."""
    while index < len(words) and (
        words[index].honorific
        or words[index].key in (",", "،")
        or (words[index].key == "." and _abbreviation(words, index - 1))
    ):
        index += 1
    return index


def _abbreviation(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` is a one-letter honorific followed by a full stop (د. دكتور، م.
    مهندس): written alone, the letter is a label (فئة د), no form of address."""
    return (
        0 <= index < len(words) - 1
        and words[index].honorific
        and len(words[index].key) == 1
        and words[index + 1].key == "."
    )


def _quoted_person(words: Sequence[Word], index: int) -> Found | None:
    """A name of two words or more set in quotation marks right after a role, in apposition to it
    (عازف الناي "X Y"): the marks must enclose the name and nothing else, which tells it from a
    quotation of speech after a title."""
    if index >= len(words) or words[index].key != QUOTE:
        return None
    person = _person(words, index + 1, loose=True, rank=1)
    if (
        person is None
        or person.start != index + 1
        or person.end - person.start < 2
        or person.end >= len(words)
        or words[person.end].key != QUOTE
    ):
        return None
    return person


def _person(words: Sequence[Word], index: int, *, loose: bool, rank: int) -> Found | None:
    found = name_span(words, index, loose=loose)
    if found is None:
        return None
    index, end = found
    short = end - 1 if end - index > 1 else None
    return Found(
        start=index, end=end, type="PER", key=phrase_key(words[index:end]), rank=rank, short=short
    )


def _ends_subject(words: Sequence[Word], end: int) -> bool:
    """Whether a verb's subject can end before ``words[end]``: the verb's complement (أن، إن،
    في، إلى ...), punctuation, a quotation, a role in apposition, or the end of the block."""
    if end >= len(words):
        return True
    word = words[end]
    return not word.is_word or word.function or starts_role(word)


def _perfective(word: Word, lexicon: Lexicon) -> bool:
    """Whether the reporting verb is in the perfect, 3rd person singular (قال، قالت، أكدت): the
    verb that opens a news sentence, with its subject right after it (VSO order)."""
    for entry in lexicon.lookup((word.stem,)):
        if entry.category == "reporting-verb":
            lemma = match_key(entry.canonical or entry.form)
            if word.stem in (lemma, lemma + "ت"):
                return True
    return False


_VOWEL_LETTERS: Final = frozenset("اويى")


def _not_a_name_after_role(words: Sequence[Word], person: Found) -> bool:
    """Whether the words read as a name after a role are a verb (محافظ حمص يتفقد أعمال) or,
    alone, a preposition and its noun (رئيس جمهورية تشاد بذكرى)."""
    first = words[person.start]
    return _prefixed_cluster(first, ("ي", "ت")) or (
        person.end - person.start == 1 and _prefixed_cluster(first, ("ب", "ل"))
    )


def _predicate_noun(words: Sequence[Word], index: int, after: int, person: Found) -> bool:
    """Whether a one-word title without the article and without a complement is followed by
    one word (هزازي لاعب مؤثر): an indefinite noun names no office on its own (وزير الخارجية
    does, الرئيس does), so the word after it is its adjective, not a name."""
    title = words[index]
    return (
        after == index + 1
        and not title.definite
        and not title.honorific
        and person.start == after
        and person.end - person.start == 1
    )


_RANKS_AS_NOUNS: Final = frozenset(
    match_key(word) for word in ("الفريق", "الرائد", "المقدم", "اللواء", "العميد")
)
"""Military ranks that are also common nouns (the team, the pioneer, the presenter, the banner
or brigade, the dean)."""


def _rank_as_noun(words: Sequence[Word], index: int, person: Found) -> bool:
    """Whether the rank ``words[index]`` is the common noun it also is: a rank addresses a full
    name or at least a given name (الفريق سعيد البيشي), so one word that is no given name after it
    is the noun's verb or complement (الفريق رصد)."""
    return (
        words[index].stem in _RANKS_AS_NOUNS
        and person.end - person.start == 1
        and not _given_start(words[person.start])
    )


def _prefixed_cluster(word: Word, prefixes: tuple[str, ...]) -> bool:
    """Whether *word* is one of *prefixes* (perhaps after و or ف) and then two consonants:
    an imperfective verb (يتفقد، تفتتح، ويطلع) or a preposition + noun (بذكرى). Transliteration
    writes a vowel letter in the first two letters after the initial (ترامب، يوري، ويليام،
    بوتين); Arabic verbs and nouns need none."""
    key = word.key
    if key[:1] in ("و", "ف") and key[1:2] in prefixes:
        key = key[1:]
    return (
        len(key) >= 4
        and key[0] in prefixes
        and key[1] not in _VOWEL_LETTERS
        and key[2] not in _VOWEL_LETTERS
        and "given-name" not in word.categories
    )


def _prepositional(word: Word) -> bool:
    """Whether *word* carries the preposition ب، ل or ك (وأفاد بيان read as ب + يان): the
    subject of a verb is in the nominative and never takes one."""
    return any(letter in word.clitic for letter in "بلك")


def _common_noun_subject(words: Sequence[Word], person: Found) -> bool:
    """Whether the subject read after a verb of saying is one word written with ة that no
    given-name list knows (توقع اتفاقية، طالب وطالبة): an Arabic common noun, not a name."""
    return person.end - person.start == 1 and arabic_noun(words[person.start])


def _given_start(word: Word) -> bool:
    return (
        "given-name" in word.categories
        or "name-particle" in word.categories
        or (word.key.startswith("عبدال") and len(word.key) > 5)
    )


_VERB_GIVEN_NAMES: Final = frozenset(match_key(word) for word in ("كرم",))
"""Given names written like a perfect verb of news reports: كرم (كرّم، honoured)."""
_CLAUSE_BREAKS: Final = frozenset({".", "!", "؟", "?", ":", "؛", ";"})


def _opens_clause(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` opens a sentence or a clause: first in its block, after a full
    stop or a colon, or with the conjunction و or ف."""
    if index == 0 or words[index].conjoined:
        return True
    before = words[index - 1]
    return not before.is_word and before.text.strip() in _CLAUSE_BREAKS


def _verb_not_given_name(words: Sequence[Word], index: int) -> bool:
    """Whether the given name ``words[index]`` is the perfect verb it is also written as (كرم
    المهرجان الفنان ...): opening a clause, Arabic news puts the verb first (VSO), and the verb's
    definite subject follows it; a name opening a clause continues with the father's or the
    family's name, and a definite common noun after a given name makes no name."""
    following = index + 1
    return (
        words[index].stem in _VERB_GIVEN_NAMES
        and _opens_clause(words, index)
        and following < len(words)
        and words[following].is_word
        and words[following].definite
        and "given-name" not in words[following].categories
    )


_LINEAGE: Final = frozenset(match_key(word) for word in ("بن", "ابن", "بنت"))
"""Son of, daughter of: in a lineage (نسب) the person's own given name comes right before."""


def _given_before_lineage(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` is بن / بنت after an unknown bare word, which is then the given
    name the lineage starts from (إحسان بن صالح طيب، عطية بن حسن): بن never opens a name."""
    if index == 0 or words[index].key not in _LINEAGE:
        return False
    given = words[index - 1]
    return given.name_like and not given.clitic and not given.definite and not given.verb_like


def _role_in_apposition(words: Sequence[Word], index: int) -> bool:
    """Whether a role in apposition after a name may start at ``words[index]`` (امين مجلس ...):
    a title without the article or a proclitic."""
    if index >= len(words):
        return False
    word = words[index]
    return starts_role(word) and not word.definite and not word.clitic


_ROYAL_TITLES: Final = frozenset({"الملك", "الامير", "الشيخ"})
_NAMED_AFTER_HEADS: Final = ("org-head", "place-head")
_FACILITIES: Final = frozenset(
    match_key(word)
    for word in (
        *("مطار", "مستشفى", "شارع", "طريق", "جسر", "مسجد", "ملعب"),
        *("استاد", "قاعة", "جائزة", "كرسي", "قاعدة", "مجمع", "برج"),
    )
)
"""Buildings, roads and prizes, often named after a king or prince (مطار الملك عبدالعزيز)."""


def _names_a_place(words: Sequence[Word], index: int) -> bool:
    """Whether the royal title ``words[index]`` follows a head noun in construct (مطار الملك
    عبدالله، ميناء الملك عبدالعزيز): the title and name are the genitive that names the
    facility, not a person taking part in the news."""
    if index == 0 or words[index].stem not in _ROYAL_TITLES or words[index].clitic:
        return False
    head = words[index - 1]
    return (
        head.is_word
        and not head.definite
        and (head.stem in _FACILITIES or any(head.has(category) for category in _NAMED_AFTER_HEADS))
    )


def _place_name(word: Word) -> bool:
    """A listed place, or an unknown word that can name one (العبيدي، الكرادة، سبها)."""
    return word.is_word and (
        "LOC" in word.categories or (word.name_like and not word.verb_like and not word.function)
    )


def _dual_places(words: Sequence[Word], index: int, lexicon: Lexicon) -> Iterator[Found]:
    """The two places a dual place head in construct opens (منطقتي المنصور والشعلة، مدينتي حلب
    وحمص): the dual of a place head is written with تي, its two names joined by و."""
    head = words[index]
    if head.clitic.endswith("ل") or index + 2 >= len(words):
        return
    if not lexicon.has((head.stem[:-2] + "ه",), "place-head"):
        return
    first, second = words[index + 1], words[index + 2]
    # the second name is joined by و, which an unknown name keeps in its reading (وكفرلاها)
    joined = 1 if second.clitic == "" and second.key.startswith("و") and len(second.key) > 3 else 0
    if first.clitic or not (second.clitic == "و" or joined):
        return
    if not (_place_name(first) and _place_name(second)):
        return
    for position in (index + 1, index + 2):
        listed = _lexicon_name(words, position, lexicon)
        if listed is not None and listed.end == position + 1 and listed.type == "LOC":
            yield listed
        elif position == index + 2 and joined:
            yield Found(
                start=position,
                end=position + 1,
                type="LOC",
                key=second.key[1:],
                rank=2,
                clitic=1,
            )
        else:
            yield Found(
                start=position, end=position + 1, type="LOC", key=words[position].stem, rank=2
            )


_NAME_SLOTS: Final = frozenset(
    match_key(word) for word in ("برئاسة", "بحضور", "بمشاركة", "بقيادة", "بإشراف", "بدعوة")
)
"""Verbal nouns with ب whose genitive is a person (برئاسة سارة العلي، بحضور محافظ حمص): a
name right after one fills the slot, as the subject after a verb of saying does."""


def _name_slot(word: Word) -> bool:
    """Whether *word* is one of :data:`_NAME_SLOTS`, perhaps after و or ف (وبحضور)."""
    return word.key in _NAME_SLOTS or (word.key[:1] in ("و", "ف") and word.key[1:] in _NAME_SLOTS)


def _slot_before_name(words: Sequence[Word], index: int) -> bool:
    """Whether ``words[index]`` is a name slot (برئاسة) before an indefinite word: the genitive
    is a person's name (برئاسة سارة العلي), not the rest of an office (برئاسة الجمهورية)."""
    following = words[index + 1] if index + 1 < len(words) else None
    return _name_slot(words[index]) and following is not None and not following.definite


_MASTHEADS: Final = frozenset(match_key(word) for word in ("صحيفة", "جريدة", "مجلة"))
"""Newspapers and magazines: the title after the noun is the publication's whole name."""


def _masthead(words: Sequence[Word], index: int, end: int) -> bool:
    """Whether ``words[index:end]`` is a publication's noun before its title (صحيفة نيويورك
    تايمز، جريدة القدس): the title alone names it, as a book's title names the book."""
    head = words[index]
    return (
        not head.definite
        and head.stem in _MASTHEADS
        and end > index + 1
        and not words[index + 1].clitic
        and (words[index + 1].name_like or "LOC" in words[index + 1].categories)
    )


def _conjoined_given(word: Word) -> bool:
    """Whether *word* is و or ف + a given name of four letters or more (وعبدالحليم علي): a
    second name in a list. Shorter names joined to و often spell another word (وجود، وحسن)."""
    return word.clitic in ("و", "ف") and len(word.stem) >= 4 and not word.function


def _inside_name(words: Sequence[Word], index: int) -> bool:
    """Whether the particle ``words[index]`` (بن، أبو) follows a given name: it continues that
    name and opens none of its own."""
    return (
        index > 0
        and "name-particle" in words[index].categories
        and "given-name" not in words[index].categories
        and words[index - 1].is_word
        and _given_start(words[index - 1])
    )


def _openings(words: Sequence[Word]) -> tuple[list[int], frozenset[int]]:
    """The indices where :func:`_candidates` may find something, in order, and where a role in
    apposition may start. Only the words that :attr:`~khabar.entities.words.Word.opens` and the
    unknown words two or three before such a role can open a candidate: any other word costs
    one test."""
    openings = [index for index, word in enumerate(words) if word.opens]
    appositions = frozenset(
        index
        for index in openings
        if "title" in words[index].categories and _role_in_apposition(words, index)
    )
    if appositions:
        before = {index - gap for index in appositions for gap in (2, 3) if index >= gap}
        openings = sorted(before.union(openings))
    return openings, appositions


def _candidates(words: Sequence[Word], lexicon: Lexicon) -> Iterator[Found]:
    openings, appositions = _openings(words)
    for index in openings:
        word = words[index]
        if not word.is_word:
            continue
        if word.name_stems:
            found = _lexicon_name(words, index, lexicon)
            if found is not None and not _adjective(words, found):
                yield _without_place_head(words, found, lexicon)
        if word.key.endswith("تي"):
            yield from _dual_places(words, index, lexicon)
        if not word.categories and not word.key.startswith("عبدال"):
            # no head, given name, title or verb of saying: only a name before a role
            if not word.clitic and word.name_like:
                yield from _apposed_person(words, index, appositions)
            continue
        if "org-head" in word.categories and not _slot_before_name(words, index):
            end = org_end(words, index)
            if end is not None and _masthead(words, index, end):
                yield Found(
                    start=index + 1,
                    end=end,
                    type="ORG",
                    key=phrase_key(words[index + 1 : end]),
                    rank=4,  # the title outranks the place it may also name (جريدة القدس)
                )
            elif end is not None:
                short = index + 1 if word.proper_head else None
                yield Found(
                    start=index,
                    end=end,
                    type="ORG",
                    key=phrase_key(words[index:end]),
                    rank=2,
                    short=short,
                )
        if "place-head" in word.categories:
            place = place_end(words, index)
            if place is not None:
                end, start = place
                inner = _lexicon_name(words, start, lexicon)
                key = (
                    inner.key
                    if inner is not None and inner.end == end
                    else phrase_key(words[start:end])
                )
                yield Found(start=start, end=end, type="LOC", key=key, rank=2)
        if (
            _given_start(word)
            and (not word.clitic or _conjoined_given(word))
            and not _names_a_place(words, index - 1)
            and not _inside_name(words, index)
            and not _verb_not_given_name(words, index)
        ):
            person = _person(words, index, loose=False, rank=1)
            if person is not None and _given_before_lineage(words, index):
                person = attrs.evolve(
                    person, start=index - 1, key=phrase_key(words[index - 1 : person.end])
                )
            if person is not None:
                yield person
        if _names_a_place(words, index):
            continue
        if word.honorific and len(word.key) == 1 and not _abbreviation(words, index):
            continue  # a letter alone (فئة د) addresses no one
        if starts_role(word) or word.honorific:
            after = role_end(words, index) if starts_role(word) else index + 1
            start = _skip_address(words, after)
            comma = any(not other.is_word for other in words[after:start])
            if comma and (start >= len(words) or not _given_start(words[start])):
                continue  # after a comma only a given name opens the name
            person = _quoted_person(words, start) or _person(words, start, loose=True, rank=1)
            if person is not None and _not_a_name_after_role(words, person):
                person = None  # محافظ حمص يتفقد: the role is the subject of a verb
            if person is not None and _rank_as_noun(words, index, person):
                person = None  # أن الفريق رصد عدة مخالفات: the team, and its verb
            if person is not None and _predicate_noun(words, index, after, person):
                person = None  # لاعب مؤثر: an indefinite noun and its adjective
            if person is not None and starts_role(word):
                person = attrs.evolve(person, role=index)
            if person is None and starts_role(word):
                person = _surname_in_role(words, index, after)
            if person is not None and (
                person.end - person.start > 1 or _ends_subject(words, person.end)
            ):
                yield person
        elif _name_slot(word):
            person = _person(words, _skip_address(words, index + 1), loose=True, rank=1)
            if person is not None and (
                person.end - person.start > 1 or _ends_subject(words, person.end)
            ):
                yield person
        elif (
            "reporting-verb" in word.categories and not word.function and _perfective(word, lexicon)
        ):
            start = _skip_address(words, index + 1)
            person = (
                None
                if start < len(words) and _prepositional(words[start])
                else _person(words, start, loose=True, rank=1)
            )
            if (
                person is not None
                and _ends_subject(words, person.end)
                and not _common_noun_subject(words, person)
            ):
                yield person
        if word.name_like and not word.clitic and not _given_start(word):
            yield from _apposed_person(words, index, appositions)


def _apposed_person(
    words: Sequence[Word], index: int, appositions: frozenset[int]
) -> Iterator[Found]:
    """A foreign name of two or three unknown words right before a role in apposition
    (نيكولاي باتروشيف امين مجلس ...); *appositions* are where such a role may start."""
    if (index + 2 not in appositions and index + 3 not in appositions) or arabic_noun(words[index]):
        return
    span = name_span(words, index, loose=True)
    end = span[1] if span is not None and span[0] == index else None
    if end is not None and end - index == 3 and len(words[index].key) > 3:
        pass  # three unknown words before a role, the first no bare triliteral verb
    elif end is not None and end - index != 2:
        end = None
    if end is not None and end in appositions:
        person = _person(words, index, loose=True, rank=0)
        if person is not None:
            yield person


def _in_construct(words: Sequence[Word], end: int) -> bool:
    """Whether the words before ``words[end]`` are a noun in construct with it: a definite
    genitive without a proclitic follows (سبل دعم القطاع)."""
    if end >= len(words):
        return False
    following = words[end]
    return following.is_word and following.definite and not following.clitic


def _not_after_apposed_role(words: Sequence[Word], found: list[Found]) -> list[Found]:
    """The candidates without the names read after a role that itself stands in apposition
    after a name (سارة العلي ممثلة المنظمة في سورية سبل دعم القطاع): that role describes the
    name before it, and what follows it is the sentence going on, here the verb's object in
    construct, not a second name."""
    person_ends = frozenset(f.end for f in found if f.type == "PER" and f.role is None)
    return [
        f
        for f in found
        if f.role is None or f.role not in person_ends or not _in_construct(words, f.end)
    ]


def _settle(found: Sequence[Found]) -> list[Found]:
    """Overlapping candidates settled: the longest wins, then the higher rank, then the earlier."""
    chosen: list[Found] = []
    taken = set[int]()
    for candidate in sorted(found, key=lambda f: (-(f.end - f.start), -f.rank, f.start)):
        positions = set(range(candidate.start, candidate.end))
        if not positions & taken:
            chosen.append(candidate)
            taken |= positions
    return sorted(chosen, key=lambda f: f.start)


def _mention(text: str, words: Sequence[Word], found: Found) -> Mention:
    first = words[found.start]
    start = first.stem_start
    if found.clitic:
        skipped = len(first.clitic) + found.clitic
        start = first.start + normalize(first.text).to_raw(skipped)
    span = Span.of(text, start, words[found.end - 1].end)
    return Mention(span=span, type=found.type, key=found.key)


def _short_forms(
    blocks: Sequence[tuple[Sequence[Word], list[Found]]],
) -> dict[tuple[str, ...], tuple[str, str]]:
    """The short forms of the names found: their word keys → (type, full key)."""
    short: dict[tuple[str, ...], tuple[str, str]] = {}
    for words, chosen in blocks:
        for found in chosen:
            if found.short is None:
                continue
            form = tuple(word.key for word in words[found.short : found.end])
            if len(" ".join(form)) >= _MIN_SHORT_FORM and form != (found.key,):
                short.setdefault(form, (found.type, found.key))
    return short


def _trim_to_short_form(
    words: Sequence[Word], found: Found, short: dict[tuple[str, ...], tuple[str, str]]
) -> Found:
    """A person found by its slot alone (لقاء باتروشيف after a verb) whose last word is the
    surname of a fuller name is that surname alone: the words before it are not that name.
    A name that starts with a given name or runs through بن is another person of that family."""
    if found.type != "PER" or found.rank > 1 or found.end - found.start < 2:
        return found
    if _given_start(words[found.start]) or any(
        "name-particle" in word.categories for word in words[found.start : found.end]
    ):
        return found  # a given name or a lineage (عطية بن حسن الأحمدي) is a name of its own
    last = words[found.end - 1]
    known = short.get((last.stem,))
    if known is None or known[1] == found.key:
        return found
    return Found(start=found.end - 1, end=found.end, type="PER", key=known[1], rank=0)


def _one_sense(
    words: Sequence[Word], found: Found, short: dict[tuple[str, ...], tuple[str, str]]
) -> Found:
    """A listed place that is also an organisation's own name in the article (برشلونة beside
    نادي برشلونة) is that organisation: one sense per article."""
    if found.type != "LOC" or found.rank != 3:
        return found
    form = (words[found.start].stem, *(word.key for word in words[found.start + 1 : found.end]))
    known = short.get(form)
    if known is None or known[0] != "ORG":
        return found
    return attrs.evolve(found, type="ORG", key=known[1])


def _short_form_at(
    words: Sequence[Word],
    index: int,
    short: dict[tuple[str, ...], tuple[str, str]],
    firsts: frozenset[str],
    longest: int,
) -> Found | None:
    first = words[index]
    if firsts.isdisjoint(first.stem_keys):
        return None
    for length in range(min(longest, len(words) - index), 0, -1):
        rest = words[index + 1 : index + length]
        if any(not word.is_word for word in rest):
            continue
        keys = tuple(word.key for word in rest)
        for stem_key in first.stem_keys:
            known = short.get((stem_key, *keys))
            if known is not None:
                return Found(start=index, end=index + length, type=known[0], key=known[1], rank=0)
    return None


def mention_words(article: Article, lexicon: Lexicon) -> list[tuple[tuple[Word, ...], list[Found]]]:
    """Every content block's words with the names found in it (both passes)."""
    blocks = [
        (words, _settle(_not_after_apposed_role(words, list(_candidates(words, lexicon)))))
        for words in content_words(article, lexicon)
    ]
    short = _short_forms(blocks)
    if not short:
        return blocks
    for words, chosen in blocks:
        chosen[:] = [
            _one_sense(words, _trim_to_short_form(words, found, short), short) for found in chosen
        ]
    longest = max(len(form) for form in short)
    firsts = frozenset(form[0] for form in short)
    for words, chosen in blocks:
        taken = {position for found in chosen for position in range(found.start, found.end)}
        for index, word in enumerate(words):
            if index in taken or firsts.isdisjoint(word.stem_keys):
                continue
            found = _short_form_at(words, index, short, firsts, longest)
            if found is not None and not taken & set(range(found.start, found.end)):
                chosen.append(found)
                taken |= set(range(found.start, found.end))
        chosen.sort(key=lambda f: f.start)
    return blocks


def find_mentions(article: Article, lexicon: Lexicon) -> list[Mention]:
    """The entity mentions of *article*'s content blocks, in text order."""
    return [
        _mention(article.text, words, found)
        for words, chosen in mention_words(article, lexicon)
        for found in chosen
    ]
