"""Sentence by sentence: cues, their subjects and particles, and the statements they make.

:mod:`khabar_quotes.cues` finds the cue words, :mod:`khabar_quotes.speakers` parses subjects,
:mod:`khabar_quotes.entities` links speakers to entities, :mod:`khabar_quotes.content` delimits
what was said and :mod:`khabar_quotes.quotes` pairs the quotation marks; this module walks the
sentences and puts the pieces together.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import attrs

from khabar import Article, Cue, Lexicon, Span, Statement, StatementsFound
from khabar.text import Token
from khabar_quotes.content import read_content
from khabar_quotes.cues import CueWord, find_cue, find_cues
from khabar_quotes.document import Document, Sentence
from khabar_quotes.entities import SpeakerBook
from khabar_quotes.grammar import GRAMMAR, VerbRule
from khabar_quotes.speakers import (
    COMPLEMENTISERS,
    NameRef,
    Subject,
    is_name_word,
    parse_subject,
    strip_and,
)

__all__ = ["StatementFinder"]

_QUOTE_MARKS: Final = frozenset('«»“”„‟"＂')
_LEADING_LINKS: Final = frozenset({"كما", "فيما", "وقد", "قد", "وكان", "كان", "بينما", "ثم"})
_PARTICIPLE_REACH: Final = 3
"""A participle's particle follows it within this many tokens (مشيرا إلى أن، داعيا الجميع إلى)."""
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


def _is_ala(token: Token) -> bool:
    return token.key == "علي" and token.text.rstrip(
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
    ).endswith("ى")


class StatementFinder:
    """Finds the statements of one article (build one per article)."""

    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        self.article = article
        self.lexicon = lexicon
        document = Document.read(article)
        scanned = self._paragraph_tokens(document)
        self._scanned = frozenset(scanned)
        self._cues_found = find_cues(document.tokens, scanned, lexicon)
        self._cue_indexes = sorted(self._cues_found)
        self.document = attrs.evolve(document, known_names=self._known_names(document))
        self.tokens = self.document.tokens
        self.book = SpeakerBook(article)
        self.previous: tuple[str, ...] = ()
        self.history: list[str] = []
        """Every speaker so far, most recent last (for definite descriptions)."""
        self.statements: list[Statement] = []
        self.story_of: dict[int, int] = {
            block: index for index, story in enumerate(article.stories) for block in story.blocks
        }

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
        return StatementsFound(statements=tuple(self.statements), entities=self.book.changed())

    # --- sentences -------------------------------------------------------------------------

    def _sentence(self, sentence: Sentence) -> None:
        candidates = self._candidates(sentence)
        plans: list[_Plan] = []
        previous = self.previous
        for _ in range(2):
            plans = []
            self.previous = previous
            for number, cue in enumerate(candidates):
                limit = (
                    candidates[number + 1].index if number + 1 < len(candidates) else sentence.last
                )
                plan = self._plan(cue, sentence, limit, plans)
                if plan is not None:
                    plans.append(plan)
                    if plan.speakers:
                        self.previous = plan.speakers
                        self.history.extend(plan.speakers)
            kept = [plan.cue for plan in plans]
            if kept == candidates:
                break
            candidates = kept
        if any(not plan.background for plan in plans):
            plans = [plan for plan in plans if not plan.background]
        sentence_end = self.tokens[sentence.last - 1].end
        for number, plan in enumerate(plans):
            limit = (
                self.tokens[plans[number + 1].cue.index].start
                if number + 1 < len(plans)
                else sentence_end
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
            return candidates
        index = sentence.first
        while index < sentence.last:
            found = None if inside_quote(tokens[index].start) else self._cue_at(tokens, index)
            if found is None:
                index += 1
                continue
            candidates.append(found)
            index += found.length
        return candidates

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
        if cue.form == "finite":
            return self._finite(cue, sentence, limit)
        if cue.form == "participle":
            return self._participle(cue, sentence, limit, earlier)
        if cue.form == "impersonal":
            return self._impersonal(cue, sentence, limit)
        return self._nominal(cue, sentence)

    def _particle(
        self, rule: VerbRule, start: int, limit: int, reach: int | None = None
    ) -> tuple[int, int] | None:
        """The first governed particle in ``tokens[start:limit]``: (its index, content offset)."""
        stop = limit if reach is None else min(limit, start + reach)
        tokens = self.tokens
        for index in range(start, stop):
            token = tokens[index]
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.key in ("الا", "لكن", "ولكن"):
                return None
            if token.text in _QUOTE_MARKS:
                if (":",) in rule.particles and self.document.quote_opening_at(token.start):
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
                if word in ("الي", "عن", "من") and token.key == word:
                    return index, self._after_particle(index)
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

    def _after_particle(self, index: int) -> int:
        """Content begins after a preposition, and after a complementiser right behind it."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and following.key in COMPLEMENTISERS:
            return following.end
        return self.tokens[index].end

    def _speakers(self, subject: Subject | None) -> tuple[tuple[str, ...], bool, Span | None]:
        """Entity ids, anonymity and the speaker's span for a parsed subject."""
        if subject is None:
            return self.previous, False, None
        if subject.anonymous:
            return (), True, None
        if subject.anaphor is not None:
            found = self.book.anaphor(subject.anaphor, self._recent())
            return ((found,) if found else ()), False, None
        if not subject.names:
            return (), False, None
        ids = tuple(dict.fromkeys(self.book.resolve(name) for name in subject.names))
        first, last = subject.names[0], subject.names[-1]
        return ids, False, Span.of(self.article.text, first.start, last.end)

    def _fronted_subject(self, cue: CueWord, sentence: Sentence) -> Subject | None:
        """An SVO subject between كان or أنّ and the verb (وكان ولايتي وصف، أن ولايتي أكد)."""
        if cue.conjunction:
            return None
        for opener in range(cue.index - 1, max(sentence.first, cue.index - 12) - 1, -1):
            key = self.tokens[opener].key
            if key in COMPLEMENTISERS or key in ("كان", "وكان", "فكان"):
                break
        else:
            return None
        subject = parse_subject(self.document, opener + 1, cue.index)
        if subject is None or not subject.names:
            return None
        between = self.tokens[subject.end : cue.index]
        if len(between) > 1 or any(not GRAMMAR.is_a("adjunct", token.key) for token in between):
            return None
        return subject

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

    def _finite(self, cue: CueWord, sentence: Sentence, limit: int) -> _Plan | None:
        rule = GRAMMAR.verbs[cue.lemma]
        token = self.tokens[cue.index]
        present = _is_present(token.key, rule.lemma)
        if token.key in _PREPOSITION_HOMOGRAPHS or "\u064b" in token.text:
            return None  # بين "between"; tanween marks a noun (طلباً), never a verb
        start = cue.index + cue.length
        found = None if rule.object_first else self._particle(rule, start, limit)
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
            if subject is not None and (object_first or marker.text in _QUOTE_MARKS):
                between = self.tokens[subject.end : particle]
                if between and not GRAMMAR.is_a("adjunct", between[0].key):
                    content_start = between[0].start
        elif rule.takes_object and not present:
            subject = parse_subject(self.document, start, limit, object_follows=True)
            if subject is None and not rule.object_first:
                return None
            after = subject.end if subject is not None else start
            if after >= limit:
                return None
            content_start = self.tokens[after].start
        else:
            return None
        if subject is None:
            subject = self._fronted_subject(cue, sentence)
        if subject is None and not self.previous:
            subject = self._nearest_person(cue, sentence)
        if present and (subject is None or not (subject.names or subject.anonymous)):
            return None
        speakers, anonymous, speaker_span = self._speakers(subject)
        return _Plan(
            cue=cue,
            content_start=content_start,
            speakers=speakers,
            anonymous=anonymous,
            speaker_span=speaker_span,
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
        elif cue.accusative and rule.takes_object and start < limit and self.tokens[start].is_word:
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
        return _Plan(cue=cue, content_start=content_start, speakers=speakers or self.previous)

    def _clause_subject(self, cue: CueWord, sentence: Sentence) -> tuple[str, ...]:
        """The subject of the sentence's main verb, with its companion (مع X) for a dual."""
        verb = sentence.first
        while verb < cue.index and self.tokens[verb].key in _LEADING_LINKS:
            verb += 1
        subject = parse_subject(self.document, verb + 1, cue.index)
        if subject is None or not subject.names or subject.names[0].type != "PER":
            return ()  # only a person's clause hands its subject on; else the last speaker
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
        opens_clause = (
            cue.index <= sentence.first + 1
            and source_end < sentence.last
            and tokens[source_end].key in ("فان", "فانه", "فانها")
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
            return _Plan(cue=cue, content_start=tokens[source_end].end, anonymous=True)
        offset = source.raw_offset(1) if attached else source.start
        recognised = self.document.mention_at(source)
        speakers: tuple[str, ...] = ()
        if recognised is not None:
            speakers = (recognised[1].id,)
        elif GRAMMAR.is_a("org-head", head):  # وفقا للشرطة: the organisation is the source
            name = NameRef(start=offset, end=tokens[source_end - 1].end, type="ORG")
            speakers = (self.book.resolve(name),)
        return _Plan(cue=cue, content_start=tokens[source_end].end, speakers=speakers)

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
