"""Sentence by sentence: cues, their subjects and particles, and the statements they make.

:mod:`khabar_quotes.cues` finds the cue words, :mod:`khabar_quotes.speakers` parses subjects,
:mod:`khabar_quotes.entities` links speakers to entities, :mod:`khabar_quotes.content` delimits
what was said and :mod:`khabar_quotes.quotes` pairs the quotation marks; this module walks the
sentences and puts the pieces together.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs

from khabar import Article, Cue, Lexicon, Span, Statement, StatementsFound
from khabar.text import Token, match_key
from khabar_quotes.content import is_speech, read_content
from khabar_quotes.cues import CueWord, find_cue, find_cues
from khabar_quotes.document import Document, Sentence
from khabar_quotes.entities import SpeakerBook
from khabar_quotes.grammar import GRAMMAR, VerbRule
from khabar_quotes.quotes import Quote
from khabar_quotes.speakers import (
    COMPLEMENTISERS,
    NameRef,
    Subject,
    extends_organisation,
    is_name_word,
    is_speech_noun,
    parse_subject,
    strip_and,
)

__all__ = ["StatementFinder"]

_QUOTE_MARKS: Final = frozenset('«»“”„‟"＂')
_LEADING_LINKS: Final = frozenset({"كما", "فيما", "وقد", "قد", "وكان", "كان", "بينما", "ثم"})
_PARTICIPLE_REACH: Final = 3
"""A participle's particle follows it within this many tokens (مشيرا إلى أن، داعيا الجميع إلى)."""
_PREPOSITIONS: Final = frozenset({"ل", "ب", "في", "عن", "من", "الي", "علي", "مع"})
"""Prepositions written apart: a quotation right after one is its object (a name)."""
_TITLE_REACH: Final = 10
"""How far before a given name its title may stand (رئيسة بعثة المنظمة في سورية هند ...)."""
_DELIVERY_REACH: Final = 16
"""How far before its speech noun ألقى may stand (a subject with a long title: ألقى نائب رئيس
مهرجان القطيف (واحتنا فرحانة) رائد ... كلمة)."""
_LEAD_REACH: Final = 3
"""How many earlier sentences may hold the actor an omitted first speaker refers to."""
_TERM_WORDS: Final = 3
"""A quotation of at most this many words, followed by the verb's particle, is a name."""
_ADJUNCT_B: Final = frozenset({"بعد", "بين", "بدوره", "بدورها", "بحضور", "بمناسبه", "بشان"})


@attrs.frozen(kw_only=True)
class _Plan:
    cue: CueWord
    content_start: int
    speakers: tuple[str, ...] = ()
    anonymous: bool = False
    background: bool = False
    speaker_span: Span | None = None


_PREPOSITION_HOMOGRAPHS: Final = frozenset({"بين"})
"""Bare verb forms that are far more often a preposition (بين "between"); وبين is still a cue."""


def _is_present(key: str, lemma: str) -> bool:
    """Whether the verb form *key* is imperfective (يقول، تؤكد), not perfective."""
    bare = key[1:] if key[:1] in ("و", "ف") else key
    return (
        bare.startswith("ي")
        or (bare.startswith("ت") and not lemma.startswith("ت"))
        or bare.startswith("تت")
    )


def _is_dual(key: str, lemma: str) -> bool:
    """Whether the verb form *key* is a third person dual (أكدا، أكدتا، يؤكدان، تؤكدان).

    A verb before its noun subject stays singular (أكد الوزيران), so a dual ending is the
    pronoun of an omitted subject: the two parties named before, never a noun after the verb.
    """
    bare = key[1:] if key[:1] in ("و", "ف") else key
    stem = match_key(lemma)
    if _is_present(key, lemma):
        return bare.endswith("ان") and len(bare) > len(stem) + 1
    return bare in (stem + "ا", stem + "تا")


def _first_person_plural(key: str, lemma: str) -> bool:
    """Whether the verb form *key* is a first person plural imperfective (نؤكد، نصف): its
    subject is the pronoun نحن, never a noun after it (and نصف is most often "half")."""
    bare = key[1:] if key[:1] in ("و", "ف") else key
    return bare.startswith("ن") and not lemma.startswith("ن")


def _disagrees(verb: Token, head: Token) -> bool:
    """A masculine verb before a feminine organisation or title (دعا وزارة): in VSO order the
    verb agrees with its subject in gender, so that noun is the object, not the subject."""
    bare = verb.key[1:] if verb.key[:1] in ("و", "ف") else verb.key
    feminine_verb = bare.endswith(("ت", "تا")) or bare.startswith("ت")
    noun = strip_and(head.key)
    feminine_noun = head.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith(
        "ة"
    )
    named_kind = GRAMMAR.is_a("org-head", noun) or GRAMMAR.is_a("title", noun)
    return named_kind and feminine_noun and not feminine_verb


_RELATIVE_GENDER: Final = {"الذي": "m", "الذين": "m", "اللذان": "m", "التي": "f"}


def _agrees_with(verb: Token, cue: CueWord, relative: str) -> bool:
    """Whether the reporting verb's gender matches the relative pronoun's (التي ... تقول)."""
    gender = _cue_gender(verb, cue)
    return gender is None or _RELATIVE_GENDER.get(relative, gender) == gender


def _nisba(key: str) -> bool:
    """A definite relative adjective (الرسمي، الكاميروني، الوطنية)."""
    return key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 4


def _unspecified(subject: Subject) -> bool:
    """Whether *subject* names nobody, no unnamed source, no institution and no parties."""
    institution = subject.anaphor is not None and GRAMMAR.is_a(
        "org-head", subject.anaphor.split()[0]
    )
    return not (
        subject.names
        or subject.anonymous
        or institution
        or subject.joint
        or subject.earlier_document
    )


def _is_ala(token: Token) -> bool:
    return token.key == "علي" and token.text.rstrip(
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
    ).endswith("ى")


def _is_person(name: NameRef) -> bool:
    """A person recognised as such, or named after a title (الخبير العقاري عبدالرحمن ...)."""
    if name.entity is not None:
        return name.entity.type == "PER"
    return name.type == "PER" and name.role is not None


def _feminine_word(text: str) -> bool:
    """Whether a title as written is feminine (وزيرة، رئيستها، نظيرته)."""
    bare = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return bare.endswith(("ة", "ته", "تها", "تهم"))


def _cue_gender(token: Token, cue: CueWord) -> str | None:
    """``f`` or ``m`` when the cue's form shows its subject's gender in the singular."""
    key = token.key[len(cue.conjunction) :]
    if cue.form == "participle":
        if key.endswith(("ين", "ان")):
            return None
        return "f" if token.text.rstrip("\u064b").endswith("ة") else "m"
    if cue.form != "finite" or (key.endswith(("وا", "ا", "ن")) and key != cue.lemma):
        return None
    if key.startswith("ت") and not cue.lemma.startswith("ت"):
        return "f"  # تقول، تؤكد
    if key.startswith("ي") or key == cue.lemma:
        return "m"
    if key.endswith("ت") and not cue.lemma.endswith("ت"):
        return "f"
    return None


class _FamilyNames(Mapping[str, int]):
    """:func:`_family_names` of an article's tokens, computed on first use (most articles
    never ask)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._found: dict[str, int] | None = None

    def _names(self) -> dict[str, int]:
        if self._found is None:
            self._found = _family_names(self._tokens)
        return self._found

    def __getitem__(self, key: str) -> int:
        return self._names()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


def _family_names(tokens: Sequence[Token]) -> dict[str, int]:
    """Definite name words right after an indefinite one (منى الخوري، حسان النوري): Arabic
    personal names are a given name without the article followed by a family name with it,
    so such a pair names a person; each family name maps to its given name's first index."""
    found: dict[str, int] = {}
    for index in range(1, len(tokens)):
        family = tokens[index]
        if not family.key.startswith("ال") or len(family.key) < 4 or family.key in found:
            continue  # آل (family of) has the same key as the article: not a family name
        given = tokens[index - 1]
        if (
            given.is_word
            and len(given.key) > 2
            and not given.key.startswith(("ال", "و"))  # و: the second of two conjuncts
            and _titled(tokens, index - 1)
            and is_name_word(given)
            and is_name_word(family)
            and not (index > 1 and _introduces_object(tokens[index - 2]))
        ):
            found[family.key] = index - 1
    return found


def _titled(tokens: Sequence[Token], given: int) -> bool:
    """Whether the pair at ``tokens[given]`` stands next to a title (المهندس حسان النوري،
    منى الخوري ممثلة المنظمة), as a person's name does in news copy."""
    return _nearest_title(tokens, given) is not None


def _nearest_title(tokens: Sequence[Token], given: int) -> str | None:
    """The title (as written) in apposition right after the name at ``tokens[given]`` or
    nearest before it in the same clause, if any."""
    after = given + 2
    if after < len(tokens) and _is_title(tokens[after].key):
        return tokens[after].text
    for index in range(given - 1, max(-1, given - _TITLE_REACH), -1):
        if not tokens[index].is_word:
            return None
        if _is_title(tokens[index].key):
            return tokens[index].text
    return None


_TITLE_WORDS: Final = frozenset(
    words[0]
    for word_class in ("title", "honorific")
    for words in GRAMMAR.classes.get(word_class, frozenset())
    if len(words) == 1
)


def _is_title(key: str) -> bool:
    """A title or honorific, possibly after the conjunction و (وزير itself begins with و)."""
    return key in _TITLE_WORDS or strip_and(key) in _TITLE_WORDS


def _introduces_object(token: Token) -> bool:
    """Whether *token* governs the next word (a preposition, a title or organisation head),
    so that word is not a given name (وزير النقل، في مدينة تدمر)."""
    key = strip_and(token.key)
    return (
        key in _PREPOSITIONS
        or GRAMMAR.is_a("adjunct", key)
        or GRAMMAR.is_a("org-head", key)
        or GRAMMAR.is_a("naming", key)
        or GRAMMAR.is_a("place-head", key)
    )


class StatementFinder:
    """Finds the statements of one article (build one per article)."""

    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        self.article = article
        self.lexicon = lexicon
        document = Document.read(article)
        named = frozenset(
            mention.span.start
            for mention, entity in document.mentions
            if entity.type == "PER"
            and lexicon.has((match_key(mention.span.text.split()[0]),), "given-name")
        )
        document = attrs.evolve(document, named=named)
        scanned = self._paragraph_tokens(document)
        self._scanned = frozenset(scanned)
        self._cues_found = find_cues(document.tokens, scanned, lexicon)
        self._cue_indexes = sorted(self._cues_found)
        self.document = attrs.evolve(
            document,
            known_names=self._known_names(document),
            family_names=_FamilyNames(document.tokens),
        )
        self.tokens = self.document.tokens
        self.book = SpeakerBook(article)
        self.previous: tuple[str, ...] = ()
        self.unnamed_last = False
        """Whether the last statement's source was unnamed (قال أحد السكان ... وأضاف)."""
        self.history: list[str] = []
        """Every speaker so far, most recent last (for definite descriptions)."""
        self.statements: list[Statement] = []
        self.gender: dict[str, str] = {}
        """``m`` or ``f`` for speakers whose reporting verb showed their gender (قال، قالت)."""
        self.story_of: dict[int, int] = {
            block: index for index, story in enumerate(article.stories) for block in story.blocks
        }

    def _complete_organisations(self) -> None:
        """Widen a speaking organisation's mentions over a definite adjective right after them
        (شركة المياه | الوطنية): the adjective agrees with the name and is part of it."""
        speakers = {speaker for statement in self.statements for speaker in statement.speakers}
        for entity_id in sorted(speakers):
            entity = self.book.entity(entity_id)
            if entity.type != "ORG":
                continue
            for mention in entity.mentions:
                after = self.document.token_index_at(mention.span.end - 1) + 1
                end = after
                while end < len(self.tokens) and extends_organisation(self.document, end):
                    end += 1
                if end > after:
                    name = NameRef(
                        start=mention.span.start,
                        end=self.tokens[end - 1].end,
                        type="ORG",
                        entity=self.book.entity(entity_id),
                    )
                    self.book.resolve(name)

    def _recent(self) -> tuple[str, ...]:
        """Speakers so far, the most recent first."""
        return tuple(dict.fromkeys(reversed([*self.history, *self.previous])))

    def _paragraph_tokens(self, document: Document) -> list[int]:
        """The indexes of the tokens that start in a paragraph block, ascending."""
        indexes: set[int] = set()
        for block in self.article.blocks:
            if block.kind == "paragraph":
                first = bisect.bisect_left(document.starts, block.span.start)
                end = bisect.bisect_left(document.starts, block.span.end)
                indexes.update(range(first, end))
        return sorted(indexes)

    def _cue_at(self, tokens: Sequence[Token], index: int) -> CueWord | None:
        """:func:`find_cue` at *index* (paragraph tokens were all looked up at once)."""
        if index in self._scanned:
            return self._cues_found.get(index)
        return find_cue(tokens, index, self.lexicon)

    def _known_names(self, document: Document) -> frozenset[str]:
        """One-word subjects of reporting verbs (وأكد ولايتي أن، وقال بوشكوف في ...)."""
        tokens = document.tokens
        known = set()
        for index, cue in sorted(self._cues_found.items()):
            if index >= len(tokens) - 2 or cue.form != "finite":
                continue
            subject, after = tokens[index + 1], tokens[index + 2]
            ends = (
                not after.is_word
                or after.key in COMPLEMENTISERS
                or after.key in ("الي", "عن", "علي")
                or GRAMMAR.is_a("adjunct", after.key)
            )
            if ends and is_name_word(subject):
                known.add(subject.key)
        return frozenset(known)

    def run(self) -> StatementsFound:
        """Walk the paragraphs, then the headlines; return statements and speaker entities."""
        for sentence in self.document.sentences:
            if self.article.blocks[sentence.block].kind == "paragraph":
                self._sentence(sentence)
        for index, block in enumerate(self.article.blocks):
            if block.kind in ("headline", "subheadline"):
                self._headline(index)
        self._complete_organisations()
        return StatementsFound(statements=tuple(self.statements), entities=self.book.changed())

    # --- sentences -------------------------------------------------------------------------

    def _sentence(self, sentence: Sentence) -> None:
        candidates = self._candidates(sentence)
        plans: list[_Plan] = []
        previous, unnamed = self.previous, self.unnamed_last
        for _ in range(2):
            plans = []
            self.previous, self.unnamed_last = previous, unnamed
            for number, cue in enumerate(candidates):
                limit = (
                    candidates[number + 1].index if number + 1 < len(candidates) else sentence.last
                )
                plan = self._plan(cue, sentence, limit, plans)
                if plan is not None:
                    plans.append(plan)
                    if plan.anonymous and not plan.background:
                        self.unnamed_last = True
                    if plan.speakers:
                        self.previous, self.unnamed_last = plan.speakers, False
                        self.history.extend(plan.speakers)
                        gender = _cue_gender(self.tokens[plan.cue.index], plan.cue)
                        if gender is not None and len(plan.speakers) == 1:
                            self.gender[plan.speakers[0]] = gender
            planned = {plan.cue.index for plan in plans}
            # a prayer (داعيا الله أن) reports nothing but still ends the statement before it
            kept = [cue for cue in candidates if cue.index in planned or self._is_prayer(cue)]
            if kept == candidates:
                break
            candidates = kept
        if any(not plan.background for plan in plans):
            plans = [plan for plan in plans if not plan.background]
        sentence_end = self.tokens[sentence.last - 1].end
        boundaries = sorted(
            {plan.cue.index for plan in plans}
            | {cue.index for cue in candidates if self._is_prayer(cue)}
        )
        for plan in plans:
            after = bisect.bisect_right(boundaries, plan.cue.index)
            limit = (
                self.tokens[boundaries[after]].start if after < len(boundaries) else sentence_end
            )
            self._emit(plan, limit, sentence.block)

    def _candidates(self, sentence: Sentence) -> list[CueWord]:
        """The cues of *sentence* outside quotes, left to right (a cue's words start none)."""
        candidates: list[CueWord] = []
        inside_quote = self.document.inside_quote
        tokens = self.tokens
        if sentence.first in self._scanned and sentence.last - 1 in self._scanned:
            # a paragraph's tokens were all looked up: visit only the positions of cues
            low = bisect.bisect_left(self._cue_indexes, sentence.first)
            high = bisect.bisect_left(self._cue_indexes, sentence.last)
            allowed = sentence.first
            for index in self._cue_indexes[low:high]:
                if index < allowed or inside_quote(tokens[index].start):
                    continue
                cue = self._cues_found[index]
                candidates.append(cue)
                allowed = index + cue.length
            return [cue for cue in candidates if not self._preposition(cue, sentence)]
        index = sentence.first
        while index < sentence.last:
            found = None if inside_quote(tokens[index].start) else self._cue_at(tokens, index)
            if found is None:
                index += 1
                continue
            candidates.append(found)
            index += found.length
        return [cue for cue in candidates if not self._preposition(cue, sentence)]

    def _preposition(self, cue: CueWord, sentence: Sentence) -> bool:
        """Whether a verb that is also a preposition or noun (بين، عبر، طالب) is not the verb: bare
        and inside its clause (أوضح X عبر حسابه أن): it then bounds no other cue's content."""
        before = self.tokens[cue.index - 1].key if cue.index > 0 else ""
        return (
            cue.form == "finite"
            and GRAMMAR.is_a("homograph-verb", cue.lemma)
            and not cue.conjunction
            and before not in ("قد", "لقد", "وقد", "فقد")  # قد stands before verbs only
            and not self._opens_clause(cue, sentence)
        )

    def _emit(self, plan: _Plan, limit: int, block: int) -> None:
        text = self.article.text
        content = read_content(self.document, plan.content_start, limit)
        if content is None:
            return
        first = self.tokens[plan.cue.index]
        last = self.tokens[plan.cue.index + plan.cue.length - 1]
        rule = GRAMMAR.verbs.get(plan.cue.lemma)
        self.statements.append(
            Statement(
                id=f"q{len(self.statements) + 1}",
                speakers=plan.speakers,
                cue=Cue(
                    span=Span.of(text, first.start, last.end),
                    lemma=rule.lemma if rule else plan.cue.lemma,
                ),
                kind=content.kind,
                content=Span.of(text, content.start, content.end),
                story=self.story_of.get(block, 0),
                anonymous=plan.anonymous,
                speaker_span=plan.speaker_span,
            )
        )

    # --- one cue ---------------------------------------------------------------------------

    def _plan(
        self, cue: CueWord, sentence: Sentence, limit: int, earlier: list[_Plan]
    ) -> _Plan | None:
        if self._is_prayer(cue):
            return None
        if cue.form == "finite":
            return self._finite(cue, sentence, limit)
        if cue.form == "participle":
            return self._participle(cue, sentence, limit, earlier)
        if cue.form == "impersonal":
            return self._impersonal(cue, sentence, limit)
        return self._nominal(cue, sentence)

    def _is_prayer(self, cue: CueWord) -> bool:
        """Whether a verb of calling on someone calls on God (داعيا الله أن، ودعا المولى): a
        supplication, not a report of what anyone said."""
        following = cue.index + 1
        return (
            GRAMMAR.is_a("addressee-verb", cue.lemma)
            and following < len(self.tokens)
            and GRAMMAR.is_a("divine", strip_and(self.tokens[following].key))
        )

    def _particle(
        self, rule: VerbRule, start: int, limit: int, reach: int | None = None
    ) -> tuple[int, int] | None:
        """The first governed particle in ``tokens[start:limit]``: (its index, content offset)."""
        stop = limit if reach is None else min(limit, start + reach)
        tokens = self.tokens
        index = start - 1
        while index + 1 < stop:
            index += 1
            token = tokens[index]
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.key in ("الا", "لكن", "ولكن"):
                return None
            if token.text in _QUOTE_MARKS:
                opening = self.document.quote_opening_at(token.start)
                if opening is not None and index > start and tokens[index - 1].key in _PREPOSITIONS:
                    # the object of a preposition (في تصريح لـ«عكاظ»): a name, not speech
                    index = self.document.token_index_at(opening.end - 1)
                    continue
                if (
                    opening is not None
                    and index > start
                    and reach is None
                    and self._is_term(opening)
                ):
                    # a quoted name inside the subject or an adjunct (المشرف على برنامج "إحالتي"،
                    # عبر حسابه في «تويتر»): the verb's own particle after it governs the content
                    after_quote = self.document.token_index_at(opening.end - 1) + 1
                    later = self._particle(rule, after_quote, limit)
                    if later is not None and self.tokens[later[0]].text not in _QUOTE_MARKS:
                        return later
                if (":",) in rule.particles and opening is not None:
                    return index, token.start
                return None
            for particle in rule.particles:
                if particle == (":",):
                    if token.text == ":":
                        return index, self._after_particle(index)
                    continue
                if len(particle) > 1:
                    keys = tuple(t.key for t in tokens[index : index + len(particle)])
                    if keys == particle:
                        return index, self._after_particle(index + len(particle) - 1)
                    continue
                word = particle[0]
                if word == "ان" and token.key in COMPLEMENTISERS:
                    return index, token.end
                if word == "علي" and _is_ala(token):
                    return index, self._after_particle(index)
                if word not in ("ان", "علي", "ب") and token.key == word:
                    return index, self._after_particle(index)  # الى، عن، من، بالقول ...
                if word == "ب" and token.key.startswith("ب") and token.key not in _ADJUNCT_B:
                    if token.key == "ب":
                        return index, token.end
                    if (
                        len(token.key) > 3
                        and after is not None
                        and not GRAMMAR.is_a("adjunct", token.key)
                    ):
                        if token.key in COMPLEMENTISERS:
                            return index, token.end
                        return index, token.raw_offset(1)
        return None

    def _inside_title(self, particle: int) -> bool:
        """Whether a joined ب with a definite object at ``tokens[particle]`` (not a title
        itself) is followed by a title or an honorific: a definite noun takes no genitive, so
        the title after it begins the subject's name, and the ب phrase qualifies the title
        before (مدير الفرع بالمنطقة العميد ...); it is not the verb's particle."""
        tokens = self.tokens
        marker = tokens[particle]
        if particle + 1 >= len(tokens) or not marker.key.startswith("بال"):
            return False
        if GRAMMAR.is_a("title", marker.key[1:]) or GRAMMAR.is_a("honorific", marker.key[1:]):
            return False  # أشاد الوزير بالأمير ...: the praised person is the object
        following = tokens[particle + 1].key
        return GRAMMAR.is_a("title", following) or GRAMMAR.is_a("honorific", following)

    def _is_term(self, quote: Quote) -> bool:
        """A quotation that names something rather than reports speech: after a naming noun,
        or of a few words only that the sentence goes on after (a title, a brand, a slogan)."""
        if not is_speech(self.document, quote):
            return True
        text = self.article.text
        return (
            quote.close is not None
            and len(text[quote.inner_start : quote.inner_end].split()) <= _TERM_WORDS
        )

    def _after_particle(self, index: int) -> int:
        """Content begins after a preposition, and after a complementiser right behind it."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and following.key in COMPLEMENTISERS:
            return following.end
        return self.tokens[index].end

    def _speakers(self, subject: Subject | None) -> tuple[tuple[str, ...], bool, Span | None]:
        """Entity ids, anonymity and the speaker's span for a parsed subject."""
        if subject is None:
            return ((), True, None) if self.unnamed_last else (self.previous, False, None)
        if subject.anonymous:
            return (), True, None
        if subject.earlier_document:  # وأضاف البيان: the statement of the last speaker
            known = self.previous and not self.unnamed_last
            return (self.previous, False, None) if known else ((), True, None)
        if subject.joint:
            parties = self._two_parties(subject.end - 1)
            return (parties, False, None) if parties else ((), True, None)
        if subject.anaphor is not None:
            found = self.book.anaphor(subject.anaphor, self._recent())
            head = subject.anaphor.split()[0]
            if found is None and GRAMMAR.is_a("org-head", head):
                words = len(subject.anaphor.split())
                head_index = subject.end - words
                end = subject.end
                while end < len(self.tokens) and _nisba(self.tokens[end].key):
                    end += 1  # الجهاز التنفيذي الأوروبي: the adjectives agree with the head
                if end - head_index > 1:  # a head with its adjectives names the organisation
                    start = self.tokens[head_index].start
                    name = NameRef(start=start, end=self.tokens[end - 1].end, type="ORG")
                    return (self.book.resolve(name),), False, None
                # الشركة، التلفزيون: the organisation named before with that head, else unnamed
                found = self._earlier_organisation(subject.end - words)
                return ((found,), False, None) if found else ((), True, None)
            if found is None:
                found = self._title_holder(subject.anaphor, subject.end)
            if found is None and " " not in subject.anaphor:
                return self._family_speaker(subject)
            return ((found,) if found else ()), False, None
        if not subject.names:
            return (), False, None
        ids = tuple(dict.fromkeys(self._resolve(name) for name in subject.names))
        first, last = subject.names[0], subject.names[-1]
        return ids, False, Span.of(self.article.text, first.start, last.end)

    def _title_holder(self, anaphor: str, end: int) -> str | None:
        """A definite title as the subject (وأوضح المحافظ في تصريح ...، قال الوزير): the person
        the article gave that title before. A definite noun takes no genitive, so the title's
        phrase ends at the first preposition (an adjunct); with adjectives left, every one must
        match (:meth:`SpeakerBook.anaphor`), else the last person with that title speaks."""
        words = anaphor.split()
        head_index = end - len(words)
        head = strip_and(words[0])
        if not head.startswith("ال") or not GRAMMAR.is_a("title", head):
            return None
        phrase = [head]
        for token in self.tokens[head_index + 1 : end]:
            if GRAMMAR.is_a("adjunct", token.key) or token.key in _PREPOSITIONS or _is_ala(token):
                break
            phrase.append(token.key)
        if len(phrase) > 1:
            if len(phrase) == len(words):
                return None  # the description was matched in full already
            return self.book.anaphor(" ".join(phrase), self._recent())
        return self.book.title_holder(head[2:], self.tokens[head_index].start)

    def _two_parties(self, index: int) -> tuple[str, ...]:
        """The two people named last before ``tokens[index]`` in its paragraph (استقبل X Y ...
        وأكد الجانبان): the dual refers to the two parties of the meeting; ``()`` unless two
        distinct people are found."""
        start = self.tokens[index].start
        block = next(
            (b.span for b in self.article.blocks if b.span.start <= start < b.span.end), None
        )
        if block is None:
            return ()
        people = [
            (mention.span.start, entity.id)
            for mention, entity in self.document.mentions
            if entity.type == "PER" and block.start <= mention.span.start < start
        ]
        latest = list(dict.fromkeys(entity for _, entity in sorted(people, reverse=True)))
        return tuple(reversed(latest[:2])) if len(latest) >= 2 else ()

    def _earlier_organisation(self, index: int) -> str | None:
        """The organisation an article named with the head noun at ``tokens[index]`` before
        (التلفزيون الرسمي الكاميروني ... وقال التلفزيون): the same head with its modifiers,
        found in the story's text before the cue, becomes the speaker."""
        tokens = self.tokens
        head = strip_and(tokens[index].key)
        bare = head[2:] if head.startswith("ال") else head
        for earlier in range(index - 1, -1, -1):
            key = strip_and(tokens[earlier].key)
            if key == head and head != bare:  # a definite head with its nisba adjectives
                after = earlier + 1
                while after < index and _nisba(tokens[after].key):
                    after += 1
                if after > earlier + 1:
                    start, end = tokens[earlier].start, tokens[after - 1].end
                    return self.book.resolve(NameRef(start=start, end=end, type="ORG"))
            elif key == bare:  # an indefinite head in construct with its name (شركة أرامكو)
                subject = parse_subject(self.document, earlier, index)
                if subject is not None and subject.names and subject.names[0].type == "ORG":
                    return self.book.resolve(subject.names[0])
        return None

    def _resolve(self, name: NameRef) -> str:
        """:meth:`SpeakerBook.resolve`, after creating the full name of an unrecognised family
        name used alone (والجبوري after نظيرته العراقية ليلى الجبوري)."""
        if name.entity is None and name.type == "PER":
            index = self.document.token_index_at(name.start)
            word = self.tokens[index]
            given = self.document.family_names.get(strip_and(word.key))
            if word.end == name.end and given is not None and given + 1 < index:
                start, end = self.tokens[given].start, self.tokens[given + 1].end
                self.book.resolve(NameRef(start=start, end=end, type="PER"))
        return self.book.resolve(name)

    def _family_speaker(self, subject: Subject) -> tuple[tuple[str, ...], bool, Span | None]:
        """A family name alone as the subject (أكدت الخوري) that no entity carries: the person
        is the one the article named in full before (برئاسة منى الخوري), created if need be."""
        word = self.tokens[subject.end - 1]
        given = self.document.family_names.get(strip_and(word.key))
        if given is None or given + 1 >= subject.end - 2:
            return (), False, None  # the full name must come before the verb and its subject
        family = self.tokens[given + 1]
        self.book.resolve(NameRef(start=self.tokens[given].start, end=family.end, type="PER"))
        offset = word.raw_offset(1) if word.key != strip_and(word.key) else word.start
        name = NameRef(start=offset, end=word.end, type="PER")
        return (self.book.resolve(name),), False, Span.of(self.article.text, offset, word.end)

    def _fronted_subject(self, cue: CueWord, sentence: Sentence) -> Subject | None:
        """An SVO subject between كان or أنّ and the verb (وكان ولايتي وصف، أن ولايتي أكد)."""
        if cue.conjunction:
            return None
        for opener in range(cue.index - 1, max(sentence.first, cue.index - 12) - 1, -1):
            key = self.tokens[opener].key
            if key in COMPLEMENTISERS or key in ("كان", "وكان", "فكان"):
                break
        else:
            if not sentence.first < cue.index <= sentence.first + 12:
                return None
            opener = sentence.first - 1  # a sentence that opens with its subject (SVO)
        subject = parse_subject(self.document, opener + 1, cue.index)
        if subject is None or not (subject.names or (subject.anaphor and opener >= sentence.first)):
            return None
        if opener < sentence.first and not _is_person(subject.names[0]):
            return None  # a sentence opening with a noun: only a known or titled person
        between = self.tokens[subject.end : cue.index]
        if between and GRAMMAR.is_a("relative", between[0].key):
            # الشركة التي طورت الدواء تقول: a relative clause qualifies the subject; the verb
            # after it agrees with the subject and is the main predicate
            return subject if _agrees_with(self.tokens[cue.index], cue, between[0].key) else None
        if len(between) > 1 or any(not GRAMMAR.is_a("adjunct", token.key) for token in between):
            return None
        return subject

    def _lead_sentences(self, sentence: Sentence) -> Iterator[Sentence]:
        """The paragraph sentences of *sentence*'s story before it, nearest first, at most
        :data:`_LEAD_REACH` back: where a news lead names the actor."""
        story = self.story_of.get(sentence.block, 0)
        position = self.document.sentences.index(sentence)
        for earlier in reversed(self.document.sentences[max(0, position - _LEAD_REACH) : position]):
            block = self.article.blocks[earlier.block]
            if block.kind == "paragraph" and self.story_of.get(earlier.block, 0) == story:
                yield earlier

    def _speech_giver(self, cue: CueWord, sentence: Sentence) -> Subject | None:
        """For a cue with no subject, who delivered the speech it reports from: ألقى X كلمة
        قال فيها (the clause describes the speech, فيها refers to it), or, after في كلمته /
        خلال خطابه, the subject of ألقى in one of the story's earlier sentences."""
        found = self._delivery(sentence.first, cue.index)
        if found is not None or not self._in_own_speech(cue.index + cue.length):
            return found
        for earlier in self._lead_sentences(sentence):
            found = self._delivery(earlier.first, earlier.last)
            if found is not None:
                return found
        return None

    def _delivery(self, first: int, stop: int) -> Subject | None:
        """The named subject of the last ألقى + speech noun in ``tokens[first:stop]``."""
        tokens = self.tokens
        for noun in range(stop - 1, first, -1):
            if not GRAMMAR.is_a("speech-noun", tokens[noun].key):  # bare: the object of ألقى
                continue
            for verb in range(noun - 1, max(first, noun - _DELIVERY_REACH) - 1, -1):
                if GRAMMAR.is_a("delivery-verb", strip_and(tokens[verb].key)):
                    subject = parse_subject(self.document, verb + 1, noun)
                    if subject is not None and subject.names:
                        return subject
                    return self._person_ending_at(noun - 1, noun)
        return None

    def _person_ending_at(self, last: int, end: int) -> Subject | None:
        """The recognised person whose mention ends with ``tokens[last]`` (the subject right
        before the object, when a title too long for the grammar stands before the name)."""
        finish = self.tokens[last].end
        for mention, entity in self.document.mentions:
            if entity.type == "PER" and mention.span.end == finish:
                span = mention.span
                name = NameRef(start=span.start, end=span.end, type="PER", entity=entity)
                return Subject(names=(name,), end=end)
        return None

    def _in_own_speech(self, index: int) -> bool:
        """Whether ``tokens[index:]`` begins في كلمته / خلال خطابه: an adjunct on a speech."""
        if index + 1 >= len(self.tokens) or not GRAMMAR.is_a("adjunct", self.tokens[index].key):
            return False
        key = self.tokens[index + 1].key  # with the pronoun: his speech, not any speech
        return is_speech_noun(key) and not GRAMMAR.is_a("speech-noun", key)

    def _nearest_person(self, cue: CueWord, sentence: Sentence) -> Subject | None:
        """With no earlier speaker, the person named last before the cue in its paragraph
        (بكلمة محمد الغامدي رئيس الجمعية أشار فيها إلى أن ...)."""
        block = self.article.blocks[sentence.block].span
        cue_start = self.tokens[cue.index].start
        before = [
            (mention, entity)
            for mention, entity in self.document.mentions
            if entity.type == "PER"
            and block.start <= mention.span.start
            and mention.span.end <= cue_start
        ]
        if not before:
            return None
        mention, entity = max(before, key=lambda pair: pair[0].span.start)
        name = NameRef(start=mention.span.start, end=mention.span.end, type="PER", entity=entity)
        return Subject(names=(name,), end=cue.index)

    def _gender_of(self, entity_id: str) -> str | None:
        """``m`` or ``f`` from the speaker's verbs, else from a title among its roles."""
        if entity_id in self.gender:
            return self.gender[entity_id]
        entity = self.book.entity(entity_id)
        if entity.type != "PER":
            return None
        for role in entity.roles:
            words = role.split()
            if words and GRAMMAR.is_a("title", match_key(words[0])):
                return "f" if _feminine_word(words[0]) else "m"
        return None

    def _all_men(self, speakers: tuple[str, ...]) -> bool:
        return bool(speakers) and all(self._gender_of(s) == "m" for s in speakers)

    def _last_woman(self, before: int) -> tuple[str, ...]:
        """The woman spoken of last before offset *before*: a recent speaker, a recognised
        person with a feminine title, or a name after a feminine title (رئيسة البعثة هند ...)."""
        for entity_id in self._recent():
            if self._gender_of(entity_id) == "f":
                return (entity_id,)
        women: list[tuple[int, NameRef]] = []
        for mention, entity in self.document.mentions:
            if mention.span.end <= before and self._gender_of(entity.id) == "f":
                span = mention.span
                name = NameRef(start=span.start, end=span.end, type="PER", entity=entity)
                women.append((span.start, name))
        tokens = self.tokens
        for given in self.document.family_names.values():
            title = _nearest_title(tokens, given)
            if tokens[given + 1].end <= before and title is not None and _feminine_word(title):
                start, end = tokens[given].start, tokens[given + 1].end
                women.append((start, NameRef(start=start, end=end, type="PER")))
        if not women:
            return ()
        _, name = max(women, key=lambda pair: pair[0])
        return (self.book.resolve(name),)

    def _titled_name(self, name: NameRef) -> bool:
        """A name after a title, recognised or of two words at least (not a title's object)."""
        words = self.article.text[name.start : name.end].split()
        return name.role is not None and (name.entity is not None or len(words) > 1)

    def _clause_start(self, sentence: Sentence, before: int) -> int:
        """The index of the sentence's first word after its links and a resuming phrase
        (وقد، كما، من جانبه، بدوره), not beyond *before*: where its main verb stands."""
        tokens = self.tokens
        first = sentence.first
        while first < before and tokens[first].key in _LEADING_LINKS:
            first += 1
        if first + 2 <= before and GRAMMAR.is_a(
            "continuer", tokens[first].key, tokens[first + 1].key
        ):
            first += 2
        if first < before and GRAMMAR.is_a("continuer", tokens[first].key):
            first += 1
        return first

    def _opens_clause(self, cue: CueWord, sentence: Sentence) -> bool:
        """Whether the cue is its sentence's main verb: first (after a link or a resuming
        phrase such as من جانبه) or followed by an honorific pronoun subject (وأشاد سموه)."""
        tokens = self.tokens
        first = self._clause_start(sentence, cue.index)
        following = cue.index + cue.length
        return first == cue.index or (
            following < sentence.last and GRAMMAR.is_a("continuer", tokens[following].key)
        )

    def _lead_subject(self, sentence: Sentence) -> Subject | None:
        """With no earlier speaker, the person who is the subject of an earlier sentence of the
        story (دشن الأمير فهد ... then وأشاد سموه): news leads name their actor first."""
        for earlier in self._lead_sentences(sentence):
            verb = earlier.first
            while verb < earlier.last and self.tokens[verb].key in _LEADING_LINKS:
                verb += 1
            subject = parse_subject(self.document, verb + 1, earlier.last)
            if subject is not None and subject.names and self._titled_name(subject.names[0]):
                return subject  # a titled person (الأمير فهد، معالي وزير الخارجية عادل ...)
        return None

    def _finite(self, cue: CueWord, sentence: Sentence, limit: int) -> _Plan | None:
        rule = GRAMMAR.verbs[cue.lemma]
        token = self.tokens[cue.index]
        present = _is_present(token.key, rule.lemma)
        if token.key in _PREPOSITION_HOMOGRAPHS or "\u064b" in token.text:
            return None  # بين "between"; tanween marks a noun (طلباً), never a verb
        if not cue.conjunction and self._after_masdar_head(cue.index):
            return None  # تم نقل، عدم كشف: a verbal noun, not the verb
        if self._cross_reference(cue):
            return None  # كما ذكر آنفا: the writer refers to the text itself
        start = cue.index + cue.length
        homograph = GRAMMAR.is_a("homograph-verb", cue.lemma)
        if self._preposition(cue, sentence):
            return None  # عبر "via" inside a clause: only a clause's first word is the verb
        # بين "between" takes its genitive at once: followed by an adjunct (وبين خلال اجتماعه
        # ...، أهمية) it is the verb "explained", and its object follows the adjunct
        takes_object = rule.takes_object or (
            homograph and start < limit and GRAMMAR.is_a("adjunct", self.tokens[start].key)
        )
        found = None if rule.object_first else self._particle(rule, start, limit)
        if found is not None and homograph and self._means_by(found[0]):
            return None  # عن طريق "by means of": no reported content
        if found is not None and self._inside_title(found[0]):
            # رحب مساعد المدير العام بالمركز العميد X بالجميع: بالمركز belongs to the title of
            # the subject named after it; the verb's own ب follows the subject
            whole = parse_subject(self.document, start, limit)
            if whole is not None and whole.names and whole.end > found[0]:
                found = self._particle(rule, whole.end, limit)
        first_person = _first_person_plural(token.key, cue.lemma)
        if first_person and found is None:
            return None  # نصف قرن، متر ونصف: "half", or the writer's own description
        if _is_dual(token.key, rule.lemma):
            dual = self._dual(cue, found, limit, takes_object)
            if dual is not None:
                return dual
        if found is not None:
            particle, content_start = found
            marker = self.tokens[particle]
            # with a preposition or a quotation after it, an object-taking verb may have its
            # object first: أكد X حرص المدينة على ...، أوضح X الأهداف «ومنها ...»
            object_first = (
                rule.takes_object and marker.key not in COMPLEMENTISERS and marker.text != ":"
            )
            subject = parse_subject(self.document, start, particle, object_follows=object_first)
            if subject is not None and _disagrees(token, self.tokens[start]):
                subject = None  # دعا وزارة الإسكان إلى: a feminine noun is the object
            if first_person and subject is not None and subject.names:
                return None  # نحن is the subject of نؤكد: a noun after it is no subject
            if subject is not None and (object_first or marker.text in _QUOTE_MARKS):
                between = self.tokens[subject.end : particle]
                if between and not GRAMMAR.is_a("adjunct", between[0].key):
                    content_start = between[0].start
        elif takes_object and not present:
            subject = parse_subject(self.document, start, limit, object_follows=True)
            if subject is None and not rule.object_first and not takes_object:
                return None
            after = self._object_start(subject.end if subject is not None else start, limit)
            if after is None:
                return None
            if subject is None and not rule.object_first and not self._past_adjunct(start, after):
                return None  # an omitted subject: only وبين خلال اجتماعه ...، أهمية
            if self._performs_act(cue, after):
                return None  # أعلنت ولاءها، أعلن الحداد: an act performed, no content reported
            content_start = self.tokens[after].start
        else:
            return None
        if subject is None:
            subject = self._fronted_subject(cue, sentence)
        if subject is None:
            subject = self._speech_giver(cue, sentence)
        if subject is None and not self.previous and not self.unnamed_last:
            subject = self._nearest_person(cue, sentence)
            plural = token.key.endswith(("وا", "ا"))  # وبينوا، قالا: never one earlier person
            if subject is None and not (present or plural) and self._opens_clause(cue, sentence):
                subject = self._lead_subject(sentence)
        if present and (subject is None or _unspecified(subject)):
            return None
        speakers, anonymous, speaker_span = self._speakers(subject)
        if subject is None and _cue_gender(token, cue) == "f" and self._all_men(speakers):
            # من جانبها أشارت: a feminine verb cannot continue a man; the woman named last
            speakers = self._last_woman(token.start) or speakers
        return _Plan(
            cue=cue,
            content_start=content_start,
            speakers=speakers,
            anonymous=anonymous,
            speaker_span=speaker_span,
        )

    def _dual(
        self, cue: CueWord, found: tuple[int, int] | None, limit: int, takes_object: bool
    ) -> _Plan | None:
        """A dual verb with its subject omitted (بحث X مع Y ... وأكدا أن، التقى X Y وأكدا
        أهمية): the speakers are the two people named last before it in its paragraph, and
        what follows the verb is its particle or its object, never a subject."""
        parties = self._two_parties(cue.index)
        if not parties:
            return None
        after = self._object_start(cue.index + cue.length, limit)
        # an object-taking verb may have its object before a later particle (وأكدا أهمية
        # العمل على ...): the particle governs the content only right after the verb
        if found is not None and (
            not takes_object
            or after is None
            or found[0] <= after
            or self.tokens[found[0]].key in COMPLEMENTISERS
            or self.tokens[found[0]].text == ":"
        ):
            content_start = found[1]
        elif takes_object and after is not None:
            content_start = self.tokens[after].start
        else:
            return None
        return _Plan(cue=cue, content_start=content_start, speakers=parties)

    def _object_start(self, after: int, limit: int) -> int | None:
        """Where a direct object begins at or after ``tokens[after]``: past the time adverbs
        between subject and object (أعلنت الهيئة أمس تسيير، اليوم الأحد), and past a fronted
        adjunct closed by a comma (أكد خلال اجتماعه ... ، أهمية); ``None`` if no word is left."""
        tokens = self.tokens
        while after < limit and GRAMMAR.is_a("time-adverb", tokens[after].key):
            after += 1
        if after < limit and GRAMMAR.is_a("adjunct", tokens[after].key):
            for comma in range(after + 1, limit - 1):
                following = tokens[comma + 1]
                if tokens[comma].text not in (",", "،") or not following.is_word:
                    continue
                if GRAMMAR.is_a("adjunct", following.key) or following.key.startswith("و"):
                    continue  # the adjunct goes on (، مع مدير ...، والبوابة الثانية)
                if (
                    following.key in COMPLEMENTISERS
                    or GRAMMAR.is_a("connector", following.key)
                    or self._cue_at(tokens, comma + 1)
                ):
                    break  # a new clause (، كما رحب), not the verb's object
                return comma + 1
        return after if after < limit else None

    def _past_adjunct(self, start: int, after: int) -> bool:
        """Whether ``tokens[after]`` follows an adjunct at ``tokens[start]`` closed by a comma."""
        return (
            after > start + 1
            and GRAMMAR.is_a("adjunct", self.tokens[start].key)
            and self.tokens[after - 1].text in (",", "،")
        )

    def _means_by(self, particle: int) -> bool:
        """Whether the particle عن at ``tokens[particle]`` begins عن طريق "by means of"."""
        following = particle + 1
        return following < len(self.tokens) and self.tokens[following].key == "طريق"

    def _performs_act(self, cue: CueWord, index: int) -> bool:
        """أعلن with an act noun as its object (ولاءها، الحداد، حالة الطوارئ): declaring
        allegiance, war or an emergency performs the act; it reports no content."""
        key = self.tokens[index].key
        for suffix in ("", "ه", "ها", "هم", "هما"):
            if key.endswith(suffix) and GRAMMAR.is_a("act-noun", key[: len(key) - len(suffix)]):
                return GRAMMAR.is_a("act-verb", cue.lemma)
        return False

    def _after_masdar_head(self, index: int) -> bool:
        """Whether ``tokens[index]`` follows a word that takes a verbal noun (تم، جرى، عدم)."""
        if index == 0:
            return False
        previous = self.tokens[index - 1]
        return previous.is_word and GRAMMAR.is_a("masdar-head", strip_and(previous.key))

    def _cross_reference(self, cue: CueWord) -> bool:
        """كما + verb + an adverb of the text (كما ذكر آنفا، كما أشير سابقا): a comparative
        clause by which the writer points back at the text, reporting nobody."""
        index, following = cue.index, cue.index + cue.length
        return (
            index > 0
            and following < len(self.tokens)
            and strip_and(self.tokens[index - 1].key) == "كما"
            and GRAMMAR.is_a("back-reference", self.tokens[following].key)
        )

    def _participle(
        self, cue: CueWord, sentence: Sentence, limit: int, earlier: list[_Plan]
    ) -> _Plan | None:
        rule = GRAMMAR.verbs.get(cue.lemma)
        if rule is None:
            return None
        start = cue.index + 1
        found = self._particle(rule, start, limit, reach=_PARTICIPLE_REACH)
        if found is not None:
            content_start = found[1]
        elif (
            cue.accusative
            and (rule.takes_object or GRAMMAR.is_a("addressee-verb", cue.lemma))
            and start < limit
            and self.tokens[start].is_word
        ):
            content_start = self.tokens[start].start
        else:
            return None
        if earlier:
            last = earlier[-1]
            return _Plan(
                cue=cue,
                content_start=content_start,
                speakers=last.speakers,
                anonymous=last.anonymous,
            )
        speakers = self._clause_subject(cue, sentence)
        if speakers is None or (not speakers and self.unnamed_last):
            return _Plan(cue=cue, content_start=content_start, anonymous=True)
        return _Plan(cue=cue, content_start=content_start, speakers=speakers or self.previous)

    def _clause_subject(self, cue: CueWord, sentence: Sentence) -> tuple[str, ...] | None:
        """The subject of the sentence's main verb, with its companion (مع X) for a dual;
        ``None`` when that subject is an unnamed source (وقام شخص ...، معبرا عن)."""
        verb = self._clause_start(sentence, cue.index)
        subject = self._agent_before_object(
            parse_subject(self.document, verb + 1, cue.index), verb, cue.index
        )
        if subject is not None and subject.anonymous:
            return None
        if subject is None or not subject.names or subject.names[0].type not in ("PER", "ORG"):
            return ()  # only a speaker's clause hands its subject on; else the last speaker
        speakers, _, _ = self._speakers(subject)
        if not self.tokens[cue.index].key.endswith(("ين", "ان")):
            return speakers
        for index in range(subject.end, cue.index):
            if self.tokens[index].key == "مع":
                companion = parse_subject(self.document, index + 1, cue.index)
                if companion is not None and companion.names:
                    more, _, _ = self._speakers(companion)
                    return tuple(dict.fromkeys((*speakers, *more)))
        return speakers

    def _agent_before_object(self, subject: Subject | None, verb: int, stop: int) -> Subject | None:
        """The subject of a verb with an object (وعرض محافظ حمص معاناة الأهالي ... مبينا): a
        title already held by a person named before refers to him (a definite description),
        so a "name" first met right after it is the verb's object, not the agent."""
        if subject is None or not subject.names or not subject.names[0].role:
            return subject
        name = subject.names[0]
        if name.entity is not None and any(
            mention.span.start < name.start for mention in name.entity.mentions
        ):
            return subject  # the person was named before: a real name after the title
        cut = parse_subject(self.document, verb + 1, stop, object_follows=True)
        if cut is None or cut.names or cut.anaphor is None:
            return subject
        holder = self.book.anaphor(cut.anaphor, self._recent()) or self._title_holder(
            cut.anaphor, cut.end
        )
        same = name.entity is not None and holder == name.entity.id
        return cut if holder is not None and not same else subject

    def _impersonal(self, cue: CueWord, sentence: Sentence, limit: int) -> _Plan | None:
        if cue.index > sentence.first + 1:
            return None
        rule = VerbRule(lemma=cue.lemma, particles=(("ان",), ("الي",)), takes_object=False)
        found = self._particle(rule, cue.index + cue.length, limit, reach=2)
        if found is None:
            return None
        return _Plan(cue=cue, content_start=found[1], anonymous=True, background=True)

    def _nominal(self, cue: CueWord, sentence: Sentence) -> _Plan | None:
        """بحسب X / وفقا لـ X: "X says" for the clause it introduces or ends."""
        tokens = self.tokens
        start = cue.index + cue.length
        if start < sentence.last and tokens[start].key in ("عن", "الي"):
            start += 1
        if start >= sentence.last or not tokens[start].is_word:
            return None
        source = tokens[start]
        source_end = start + 1
        while source_end < sentence.last and tokens[source_end].is_word and source_end - start < 6:
            if tokens[source_end].key in COMPLEMENTISERS:
                break
            source_end += 1
        clause = source_end
        if clause < sentence.last and tokens[clause].text in (",", "،"):
            clause += 1  # ووفقا للوزارة، فإن: a comma may close the fronted source
        opens_clause = (
            cue.index <= sentence.first + 1
            and clause < sentence.last
            and tokens[clause].key in ("فان", "فانه", "فانها")
        )
        if not opens_clause:
            return None  # a trailing agency credit (وفقا للألمانية) reports no statement
        attached = source.key.startswith("ل") and not source.key.startswith("لا")
        # لـ is written joined: للشرطة reads ل + الشرطة (the span starts at the second ل)
        head = (
            ("ال" + source.key[2:] if source.key.startswith("لل") else source.key[1:])
            if attached
            else source.key
        )
        if GRAMMAR.is_a("anonymous", head):
            return _Plan(cue=cue, content_start=tokens[clause].end, anonymous=True)
        offset = source.raw_offset(1) if attached else source.start
        recognised = self.document.mention_at(source)
        speakers: tuple[str, ...] = ()
        if recognised is not None:
            speakers = (recognised[1].id,)
        elif GRAMMAR.is_a("org-head", head):  # وفقا للشرطة: the organisation is the source
            phrase = " ".join([head, *(token.key for token in tokens[start + 1 : source_end])])
            # a definite head alone (وفقا للوزارة) refers back to the organisation named before
            known = self.book.anaphor(phrase, self._recent()) if head.startswith("ال") else None
            name = NameRef(start=offset, end=tokens[source_end - 1].end, type="ORG")
            speakers = (known or self.book.resolve(name),)
        return _Plan(cue=cue, content_start=tokens[clause].end, speakers=speakers)

    # --- headlines -------------------------------------------------------------------------

    def _headline(self, block_index: int) -> None:
        """A headline "X: ..." whose X is a speaker of the body is X's statement."""
        block = self.article.blocks[block_index]
        text = self.article.text
        tokens = self.tokens
        first = self.document.token_index_at(block.span.start)
        last = first
        while last < len(tokens) and tokens[last].end <= block.span.end:
            last += 1
        colon = next((i for i in range(first, last) if tokens[i].text == ":"), None)
        if colon is None:
            return
        start = colon
        while start > first and tokens[start - 1].text not in (".", "|", "/", "-"):
            start -= 1
        if not 0 < colon - start <= 6:
            return
        subject = parse_subject(self.document, start, colon)
        if subject is None:
            return
        spoken = {speaker for statement in self.statements for speaker in statement.speakers}
        found: list[str | None] = [self.book.lookup(name) for name in subject.names]
        if not subject.names and subject.anaphor is not None:
            if " " not in subject.anaphor:  # a family name alone: المنيع
                word = tokens[start]
                found = [self.book.lookup(NameRef(start=word.start, end=word.end, type="PER"))]
            if not any(found):  # a title alone: مدير تعليم نجران
                found = [self.book.anaphor(subject.anaphor, self._recent())]
        speakers = tuple(dict.fromkeys(entity for entity in found if entity in spoken))
        if not speakers:
            return
        speaker_span = Span.of(text, tokens[start].start, tokens[colon - 1].end)
        if subject.names:
            speaker_span = Span.of(text, subject.names[0].start, subject.names[-1].end)
        content = read_content(self.document, tokens[colon].end, block.span.end)
        if content is None:
            return
        self.statements.append(
            Statement(
                id=f"q{len(self.statements) + 1}",
                speakers=speakers,
                cue=Cue(span=Span.of(text, tokens[colon].start, tokens[colon].end), lemma=":"),
                kind="headline",
                content=Span.of(text, content.start, content.end),
                story=self.story_of.get(block_index, 0),
                speaker_span=speaker_span,
            )
        )
