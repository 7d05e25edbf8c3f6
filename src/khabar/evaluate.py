"""Scoring khabar against gold annotations: the scores behind ``khabar evaluate``.

A gold file (JSON Lines, one article a line, format in ``shared/gold/README.md``) says what a
careful reader finds in an article: its headline and dateline, its stories, the lines that are
not content, the entities it names and the statements it reports. :func:`evaluate_gold` runs the
pipeline on every gold article and :func:`score_article` compares one :class:`~khabar.Article`
with its gold record; the counts are micro-averaged over the articles by
:meth:`EvaluationReport.totals`.

Text is compared after the gold's *light normalisation* (:func:`light_key`): the matching key of
:func:`khabar.text.match_key` (diacritics and tatweel removed, alef forms unified, ى→ي, ة→ه,
spaces folded) with punctuation removed.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
import regex

from khabar.errors import GoldError
from khabar.model import Article, Entity, Span
from khabar.pipeline import Pipeline, default_pipeline
from khabar.text import match_key, tokenize

__all__ = [
    "SCORED_ENTITY_TYPES",
    "STATEMENT_MIN_F1",
    "ArticleScore",
    "Counts",
    "EvaluationReport",
    "GoldArticle",
    "GoldDateline",
    "GoldEntity",
    "GoldStatement",
    "GoldStory",
    "GoldTeaser",
    "Miss",
    "Ratio",
    "Scores",
    "evaluate_gold",
    "light_key",
    "load_gold",
    "score_article",
    "token_f1",
]

SCORED_ENTITY_TYPES: Final = ("PER", "ORG", "LOC")
"""The entity types scored one by one (gold annotates no others)."""

STATEMENT_MIN_F1: Final = 0.5
"""The token F1 with the gold content from which a system statement counts as found."""

_WORD: Final = regex.compile(r"\w+")
_CONJUNCTIONS: Final = frozenset("وف")
_PREPOSITIONS: Final = frozenset("بل")
_REMOVED_KINDS: Final = frozenset({"boilerplate", "related"})
_CONTENT_KINDS: Final = frozenset({"headline", "paragraph", "subheadline"})
_HTML_SUFFIXES: Final = frozenset({".html", ".htm"})


def light_key(text: str) -> str:
    """The gold's light normalisation: :func:`~khabar.text.match_key` without punctuation.

    >>> light_key("العلاقات  الروسية-الإيرانيّة:") == light_key("العلاقات الروسية الايرانية")
    True
    """
    return " ".join(_WORD.findall(match_key(text)))


def token_f1(system: str, gold: str) -> float:
    """The F1 of the light-normalised word tokens of two texts (bags of words)."""
    system_tokens = Counter(light_key(system).split())
    gold_tokens = Counter(light_key(gold).split())
    overlap = sum((system_tokens & gold_tokens).values())
    total = sum(system_tokens.values()) + sum(gold_tokens.values())
    return 2 * overlap / total if total else 0.0


# --------------------------------------------------------------------------------------------
# Gold records


@attrs.frozen(kw_only=True)
class GoldDateline:
    """A gold dateline: ``موسكو-سانا`` → place ``موسكو``, agency ``سانا``."""

    text: str = ""
    place: str | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class GoldStory:
    """One story of a gold page: its headline and how its first paragraph starts."""

    headline: str = ""
    first_paragraph_starts: str = ""


@attrs.frozen(kw_only=True)
class GoldTeaser:
    """A related-article teaser the gold says is not part of the article."""

    headline: str
    dateline: str | None = None


@attrs.frozen(kw_only=True)
class GoldEntity:
    """A gold entity (or optional entity): its fullest name, other forms and a person's titles."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        """The light keys of its name and aliases."""
        return frozenset(filter(None, map(light_key, (self.name, *self.aliases))))


@attrs.frozen(kw_only=True)
class GoldStatement:
    """A gold statement; optional (anonymous) statements have no speakers and no kind."""

    content: str
    speakers: tuple[str, ...] = ()
    cue: str = ""
    kind: str = ""


@attrs.frozen(kw_only=True)
class GoldArticle:
    """One line of a gold file."""

    id: str
    file: str
    headline: str
    source: str | None = None
    dateline: GoldDateline | None = None
    stories: tuple[GoldStory, ...] = ()
    body_last_words: str = ""
    boilerplate_lines: tuple[str, ...] = ()
    related: tuple[GoldTeaser, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    optional_entities: tuple[GoldEntity, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    optional_statements: tuple[GoldStatement, ...] = ()


class _Fields:
    """Typed access to one JSON object of a gold file; every error names the file and line."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise GoldError(f"{where}: expected a JSON object, got {type(data).__name__}")
        self.data: dict[str, Any] = data
        self.where = where

    def _get(self, name: str, required: bool) -> Any:
        if name not in self.data:
            if required:
                raise GoldError(f"{self.where}: missing field {name!r}")
            return None
        return self.data[name]

    def text(self, name: str, *, required: bool = True) -> str:
        value = self._get(name, required)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise GoldError(f"{self.where}: field {name!r} must be a string")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self._get(name, False)
        if value is not None and not isinstance(value, str):
            raise GoldError(f"{self.where}: field {name!r} must be a string or null")
        return value

    def texts(self, name: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(name, required) or []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise GoldError(f"{self.where}: field {name!r} must be a list of strings")
        return tuple(value)

    def records(self, name: str, *, required: bool = False) -> Iterator[_Fields]:
        value = self._get(name, required) or []
        if not isinstance(value, list):
            raise GoldError(f"{self.where}: field {name!r} must be a list")
        for index, item in enumerate(value):
            yield _Fields(item, f"{self.where}, {name}[{index}]")

    def record(self, name: str) -> _Fields | None:
        value = self._get(name, True)
        return None if value is None else _Fields(value, f"{self.where}, {name}")


def _gold_entity(fields: _Fields) -> GoldEntity:
    return GoldEntity(
        name=fields.text("name"),
        type=fields.text("type"),
        aliases=fields.texts("aliases"),
        roles=fields.texts("roles"),
    )


def _gold_article(fields: _Fields) -> GoldArticle:
    dateline_fields = fields.record("dateline")
    dateline = None
    if dateline_fields is not None:
        dateline = GoldDateline(
            text=dateline_fields.text("text", required=False),
            place=dateline_fields.optional_text("place"),
            agency=dateline_fields.optional_text("agency"),
        )
    return GoldArticle(
        id=fields.text("id"),
        file=fields.text("file"),
        headline=fields.text("headline"),
        source=fields.optional_text("source"),
        dateline=dateline,
        stories=tuple(
            GoldStory(
                headline=story.text("headline", required=False),
                first_paragraph_starts=story.text("first_paragraph_starts", required=False),
            )
            for story in fields.records("stories")
        ),
        body_last_words=fields.text("body_last_words", required=False),
        boilerplate_lines=fields.texts("boilerplate_lines"),
        related=tuple(
            GoldTeaser(headline=teaser.text("headline"), dateline=teaser.optional_text("dateline"))
            for teaser in fields.records("related")
        ),
        entities=tuple(map(_gold_entity, fields.records("entities", required=True))),
        optional_entities=tuple(map(_gold_entity, fields.records("optional_entities"))),
        statements=tuple(
            GoldStatement(
                content=statement.text("content"),
                speakers=statement.texts("speakers", required=True),
                cue=statement.text("cue", required=False),
                kind=statement.text("kind"),
            )
            for statement in fields.records("statements", required=True)
        ),
        optional_statements=tuple(
            GoldStatement(
                content=statement.text("content"), cue=statement.text("cue", required=False)
            )
            for statement in fields.records("optional_statements")
        ),
    )


def _reason(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"not UTF-8 at byte {error.start}"


def load_gold(path: Path) -> tuple[GoldArticle, ...]:
    """The gold articles of a JSON Lines file (blank lines are skipped).

    :raises GoldError: the file cannot be read, a line is not JSON, or a field is missing or of
        the wrong type; the message names the file and the line.
    """
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read the gold file: {_reason(error)}") from error
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{where}: invalid JSON: {error.msg}") from error
        articles.append(_gold_article(_Fields(data, where)))
    return tuple(articles)


# --------------------------------------------------------------------------------------------
# Scores


@attrs.frozen(kw_only=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 (``None`` if undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict[str, Any]:
        """The counts and the three scores."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@attrs.frozen(kw_only=True)
class Ratio:
    """``correct`` out of ``total``, for accuracies."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(correct=self.correct + other.correct, total=self.total + other.total)

    @classmethod
    def of(cls, flags: Iterable[bool]) -> Ratio:
        """The ratio of true values among *flags*."""
        values = list(flags)
        return cls(correct=sum(values), total=len(values))

    @property
    def value(self) -> float | None:
        """``correct / total``, or ``None`` when nothing was counted."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """The value and the counts."""
        return {"value": self.value, "correct": self.correct, "total": self.total}


@attrs.frozen(kw_only=True)
class Scores:
    """Every count of the evaluation, for one article or summed over many."""

    entities: Counts = Counts()
    entity_types: tuple[tuple[str, Counts], ...] = tuple(
        (kind, Counts()) for kind in SCORED_ENTITY_TYPES
    )
    """Per type: a true positive is a matched pair where gold and system share the type."""
    entity_type_accuracy: Ratio = Ratio()
    """Matched entities whose system type is the gold type."""
    statements: Counts = Counts()
    attribution: Counts = Counts()
    kind_accuracy: Ratio = Ratio()
    """Found statements whose kind is the gold kind."""
    boilerplate_removed: Ratio = Ratio()
    related_found: Ratio = Ratio()
    headline_accuracy: Ratio = Ratio()
    dateline_accuracy: Ratio = Ratio()
    story_count_accuracy: Ratio = Ratio()

    def __add__(self, other: Scores) -> Scores:
        types = dict(self.entity_types)
        for kind, counts in other.entity_types:
            types[kind] = types.get(kind, Counts()) + counts
        return Scores(
            entities=self.entities + other.entities,
            entity_types=tuple(types.items()),
            entity_type_accuracy=self.entity_type_accuracy + other.entity_type_accuracy,
            statements=self.statements + other.statements,
            attribution=self.attribution + other.attribution,
            kind_accuracy=self.kind_accuracy + other.kind_accuracy,
            boilerplate_removed=self.boilerplate_removed + other.boilerplate_removed,
            related_found=self.related_found + other.related_found,
            headline_accuracy=self.headline_accuracy + other.headline_accuracy,
            dateline_accuracy=self.dateline_accuracy + other.dateline_accuracy,
            story_count_accuracy=self.story_count_accuracy + other.story_count_accuracy,
        )

    def entity_type(self, kind: str) -> Counts:
        """The counts of one entity type."""
        return dict(self.entity_types).get(kind, Counts())

    def to_dict(self) -> dict[str, Any]:
        """Every score, as plain JSON values."""
        return {
            "entities": self.entities.to_dict(),
            "entity_types": {kind: counts.to_dict() for kind, counts in self.entity_types},
            "entity_type_accuracy": self.entity_type_accuracy.to_dict(),
            "statements": self.statements.to_dict(),
            "attribution": self.attribution.to_dict(),
            "kind_accuracy": self.kind_accuracy.to_dict(),
            "boilerplate_removed": self.boilerplate_removed.to_dict(),
            "related_found": self.related_found.to_dict(),
            "headline_accuracy": self.headline_accuracy.to_dict(),
            "dateline_accuracy": self.dateline_accuracy.to_dict(),
            "story_count_accuracy": self.story_count_accuracy.to_dict(),
        }


@attrs.frozen(kw_only=True)
class Miss:
    """One thing the system got wrong, for a developer to look at.

    ``metric`` is what it counts against (``entity``, ``statement``, ``attribution``, ``kind``,
    ``entity type``, ``boilerplate``, ``related``, ``headline``, ``dateline``, ``stories``);
    ``error`` is ``missed``, ``false positive``, ``duplicate`` or ``wrong``.
    """

    metric: str
    error: str
    detail: str


@attrs.frozen(kw_only=True)
class ArticleScore:
    """The scores of one article and what it missed."""

    id: str
    file: str = ""
    scores: Scores = Scores()
    misses: tuple[Miss, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The scores and misses as plain JSON values."""
        return {
            "id": self.id,
            "file": self.file,
            "scores": self.scores.to_dict(),
            "misses": [attrs.asdict(miss) for miss in self.misses],
        }


# --------------------------------------------------------------------------------------------
# Matching


def _clitic_readings(key: str) -> tuple[str, ...]:
    """*key*, and *key* without a leading conjunction (و ف) and/or preposition (ب ل).

    Arabic joins them in that order (وب، فل ...); ل before the article is written لل, so
    ``للتعاون`` also reads as ``التعاون``.
    """
    readings = [key]
    rest = key
    if rest[:1] in _CONJUNCTIONS:
        rest = rest[1:]
        readings.append(rest)
    if rest[:1] in _PREPOSITIONS:
        if rest.startswith("لل"):
            readings.append("ا" + rest[1:])
        readings.append(rest[1:])
    return tuple(reading for reading in readings if len(reading.replace(" ", "")) >= 2)


def _entity_keys(entity: Entity) -> frozenset[str]:
    """The light keys a system entity matches by: its name, and its mentions less a clitic."""
    keys = {light_key(entity.name)}
    for mention in entity.mentions:
        keys.update(_clitic_readings(light_key(mention.span.text)))
    keys.discard("")
    return frozenset(keys)


def _greedy_pairs(scored: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """A one-to-one pairing ``system index → gold index``, best score first."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, system, gold in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if system not in pairs and gold not in taken:
            pairs[system] = gold
            taken.add(gold)
    return pairs


def _perfect_matching(left: Sequence[Any], right: Sequence[Any], fits: Callable[..., bool]) -> bool:
    """Whether every item of *left* pairs with a distinct item of *right* (same sizes)."""
    if len(left) != len(right):
        return False
    owner: dict[int, int] = {}

    def place(item: int, seen: set[int]) -> bool:
        for other in range(len(right)):
            if other in seen or not fits(left[item], right[other]):
                continue
            seen.add(other)
            if other not in owner or place(owner[other], seen):
                owner[other] = item
                return True
        return False

    return all(place(item, set()) for item in range(len(left)))


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@attrs.frozen
class _Located:
    """The word tokens of a raw text, for finding a light-normalised phrase in it."""

    text: str
    spans: tuple[tuple[int, int], ...]
    joined: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> _Located:
        words = [token for token in tokenize(text) if _WORD.match(token.key)]
        starts: list[int] = []
        position = 0
        for token in words:
            starts.append(position)
            position += len(token.key) + 1
        return cls(
            text,
            tuple((token.start, token.end) for token in words),
            " ".join(token.key for token in words),
            tuple(starts),
        )

    def find(self, phrase: str) -> list[tuple[int, int]]:
        """The word-index ranges ``[first, last]`` where *phrase*'s light key occurs, lines first.

        An occurrence that starts a raw line comes before the others, since gold lines are lines.
        """
        key = light_key(phrase)
        if not key:
            return []
        found: list[tuple[int, int]] = []
        haystack, needle = f" {self.joined} ", f" {key} "
        at = haystack.find(needle)
        while at >= 0:
            first = bisect.bisect_left(self.starts, at)
            found.append((first, first + key.count(" ")))
            at = haystack.find(needle, at + 1)
        return sorted(found, key=lambda words: not self._starts_line(words[0]))

    def _starts_line(self, word: int) -> bool:
        before = self.text[: self.spans[word][0]]
        return not before.strip(" \t\u00a0") or before.rstrip(" \t\u00a0").endswith("\n")


# --------------------------------------------------------------------------------------------
# Scoring one article


class _Scorer:
    """Scores one article against its gold record, collecting misses as it goes."""

    def __init__(self, article: Article, gold: GoldArticle) -> None:
        self.article = article
        self.gold = gold
        self.misses: list[Miss] = []
        self.keys = {entity.id: _entity_keys(entity) for entity in article.entities}

    def miss(self, metric: str, error: str, detail: str) -> None:
        self.misses.append(Miss(metric=metric, error=error, detail=detail))

    # entities ------------------------------------------------------------------------------

    def entities(self) -> tuple[Counts, tuple[tuple[str, Counts], ...], Ratio]:
        system = self.article.entities
        gold = self.gold.entities
        scored = []
        for index, entity in enumerate(system):
            name = light_key(entity.name)
            mentions = [set(_clitic_readings(light_key(m.span.text))) for m in entity.mentions]
            for gold_index, reference in enumerate(gold):
                keys = reference.keys
                if self.keys[entity.id] & keys:
                    weight = 2 * (name in keys) + sum(bool(mention & keys) for mention in mentions)
                    scored.append((float(weight), index, gold_index))
        pairs = _greedy_pairs(scored)
        optional_keys = frozenset().union(*(entity.keys for entity in self.gold.optional_entities))
        candidates = {index for _, index, _ in scored}
        counted = []
        for index, entity in enumerate(system):
            if index in pairs:
                counted.append(entity)
            elif not self.keys[entity.id] & optional_keys:
                counted.append(entity)
                error = "duplicate" if index in candidates else "false positive"
                self.miss("entity", error, f"{entity.type} {entity.name}")
        matched_gold = set(pairs.values())
        for gold_index, reference in enumerate(gold):
            if gold_index not in matched_gold:
                self.miss("entity", "missed", f"{reference.type} {reference.name}")
        typed_tp: Counter[str] = Counter()
        for index, gold_index in pairs.items():
            found, wanted = system[index].type, gold[gold_index].type
            if found == wanted:
                typed_tp[wanted] += 1
            else:
                self.miss(
                    "entity type", "wrong", f"{gold[gold_index].name}: {found}, gold {wanted}"
                )
        per_type = []
        for kind in SCORED_ENTITY_TYPES:
            tp = typed_tp[kind]
            found_count = sum(entity.type == kind for entity in counted)
            gold_count = sum(reference.type == kind for reference in gold)
            per_type.append((kind, Counts(tp=tp, fp=found_count - tp, fn=gold_count - tp)))
        counts = Counts(tp=len(pairs), fp=len(counted) - len(pairs), fn=len(gold) - len(pairs))
        return counts, tuple(per_type), Ratio(correct=typed_tp.total(), total=len(pairs))

    # statements ----------------------------------------------------------------------------

    def _speaker_keys(self, name: str) -> frozenset[str]:
        key = light_key(name)
        for entity in self.gold.entities:
            if key in entity.keys:
                return entity.keys
        return frozenset({key})

    def statements(self) -> tuple[Counts, Counts, Ratio]:
        system = self.article.statements
        gold = self.gold.statements
        scored = []
        for index, statement in enumerate(system):
            for gold_index, reference in enumerate(gold):
                f1 = token_f1(statement.content.text, reference.content)
                if f1 >= STATEMENT_MIN_F1:
                    scored.append((f1, index, gold_index))
        pairs = _greedy_pairs(scored)
        ignored = {
            index
            for index, statement in enumerate(system)
            if index not in pairs
            and any(
                token_f1(statement.content.text, optional.content) >= STATEMENT_MIN_F1
                for optional in self.gold.optional_statements
            )
        }
        counted = len(system) - len(ignored)
        for index, statement in enumerate(system):
            if index not in pairs and index not in ignored:
                self.miss("statement", "false positive", _short(statement.content.text))
        matched_gold = set(pairs.values())
        for gold_index, reference in enumerate(gold):
            if gold_index not in matched_gold:
                speakers = "، ".join(reference.speakers)
                self.miss("statement", "missed", f"{speakers}: {_short(reference.content)}")
        attributed = 0
        kinds = []
        for index, gold_index in sorted(pairs.items()):
            statement, reference = system[index], gold[gold_index]
            speaker_ids = tuple(dict.fromkeys(statement.speakers))
            gold_keys = [self._speaker_keys(name) for name in dict.fromkeys(reference.speakers)]
            if _perfect_matching(
                speaker_ids, gold_keys, lambda speaker, keys: bool(self.keys[speaker] & keys)
            ):
                attributed += 1
            else:
                names = "، ".join(self.article.entity(s).name for s in speaker_ids) or "nobody"
                self.miss(
                    "attribution",
                    "wrong",
                    f"{names} (gold {'، '.join(reference.speakers)}): "
                    f"{_short(reference.content, 40)}",
                )
            kinds.append(statement.kind == reference.kind)
            if statement.kind != reference.kind:
                self.miss(
                    "kind",
                    "wrong",
                    f"{statement.kind} (gold {reference.kind}): {_short(reference.content, 40)}",
                )
        statements = Counts(tp=len(pairs), fp=counted - len(pairs), fn=len(gold) - len(pairs))
        attribution = Counts(tp=attributed, fp=counted - attributed, fn=len(gold) - attributed)
        return statements, attribution, Ratio.of(kinds)

    # layout --------------------------------------------------------------------------------

    def _spans(self, kinds: frozenset[str]) -> list[Span]:
        return [block.span for block in self.article.blocks if block.kind in kinds]

    def boilerplate(self) -> Ratio:
        words = _Located.of(self.article.text)
        removed_spans = self._spans(_REMOVED_KINDS)
        removed_spans.extend(teaser.headline for teaser in self.article.related)
        content_spans = self._spans(_CONTENT_KINDS)
        flags = []
        for line in self.gold.boilerplate_lines:
            found = words.find(line)
            if not found:
                flags.append(False)
                self.miss("boilerplate", "missed", f"not in the text: {_short(line)}")
                continue
            first, last = found[0]
            line_span = Span.of(self.article.text, words.spans[first][0], words.spans[last][1])
            inside = all(
                any(span.start <= start and end <= span.end for span in removed_spans)
                for start, end in words.spans[first : last + 1]
            )
            in_content = any(span.overlaps(line_span) for span in content_spans)
            flags.append(inside and not in_content)
            if not flags[-1]:
                self.miss("boilerplate", "missed", _short(line))
        return Ratio.of(flags)

    def related(self) -> Ratio:
        texts = [span.text for span in self._spans(frozenset({"related"}))]
        texts.extend(teaser.headline.text for teaser in self.article.related)
        keys = [f" {light_key(text)} " for text in texts]
        flags = []
        for teaser in self.gold.related:
            needle = f" {light_key(teaser.headline)} "
            flags.append(any(needle in key for key in keys))
            if not flags[-1]:
                self.miss("related", "missed", _short(teaser.headline))
        return Ratio.of(flags)

    def headline(self) -> Ratio:
        article = self.article
        found = article.headline
        forms = set()
        if found is None:
            forms.add("")  # a page printed without a headline: the gold headline is empty
        else:
            forms.add(light_key(found.text))
            if article.section is not None and article.section.start < found.start:
                forms.add(light_key(article.text[article.section.start : found.end]))
        correct = light_key(self.gold.headline) in forms
        if not correct:
            shown = _short(found.text) if found else "none"
            self.miss("headline", "wrong", f"{shown} (gold {_short(self.gold.headline)})")
        return Ratio.of([correct])

    def dateline(self) -> Ratio:
        found, gold = self.article.dateline, self.gold.dateline
        if found is None or gold is None:
            correct = found is None and gold is None
        else:
            correct = light_key(found.place or "") == light_key(gold.place or "") and light_key(
                found.agency or ""
            ) == light_key(gold.agency or "")
        if not correct:
            shown = f"{found.place} / {found.agency}" if found else "none"
            wanted = f"{gold.place} / {gold.agency}" if gold else "none"
            self.miss("dateline", "wrong", f"{shown} (gold {wanted})")
        return Ratio.of([correct])

    def stories(self) -> Ratio:
        found, wanted = len(self.article.stories), len(self.gold.stories)
        if found != wanted:
            self.miss("stories", "wrong", f"{found} stories (gold {wanted})")
        return Ratio.of([found == wanted])

    def score(self) -> ArticleScore:
        entities, entity_types, type_accuracy = self.entities()
        statements, attribution, kind_accuracy = self.statements()
        scores = Scores(
            entities=entities,
            entity_types=entity_types,
            entity_type_accuracy=type_accuracy,
            statements=statements,
            attribution=attribution,
            kind_accuracy=kind_accuracy,
            boilerplate_removed=self.boilerplate(),
            related_found=self.related(),
            headline_accuracy=self.headline(),
            dateline_accuracy=self.dateline(),
            story_count_accuracy=self.stories(),
        )
        return ArticleScore(
            id=self.gold.id, file=self.gold.file, scores=scores, misses=tuple(self.misses)
        )


def score_article(article: Article, gold: GoldArticle) -> ArticleScore:
    """Compare one processed article with its gold record (see ``shared/gold/README.md``).

    Entities match by light key (name, or a mention less a leading clitic و ف ب ل, against the
    gold name and aliases), one system entity per gold entity; statements match one-to-one by
    content token F1 ≥ :data:`STATEMENT_MIN_F1`, best first. System entities and statements that
    match only an optional gold entry count neither way.
    """
    return _Scorer(article, gold).score()


# --------------------------------------------------------------------------------------------
# The report


def _score(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _counts_line(label: str, counts: Counts) -> str:
    return (
        f"{label:<13} P {_score(counts.precision)}  R {_score(counts.recall)}  "
        f"F1 {_score(counts.f1)}  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
    )


def _ratio_line(label: str, ratio: Ratio) -> str:
    return f"{label:<20} {_score(ratio.value)} ({ratio.correct}/{ratio.total})"


def _score_lines(scores: Scores, *, detailed: bool) -> list[str]:
    lines = [_counts_line("entities", scores.entities)]
    if detailed:
        lines.extend(_counts_line(f"  {kind}", counts) for kind, counts in scores.entity_types)
        lines.append(_ratio_line("  type accuracy", scores.entity_type_accuracy))
    lines.append(_counts_line("statements", scores.statements))
    lines.append(_counts_line("attribution", scores.attribution))
    lines.append(_ratio_line("kind accuracy", scores.kind_accuracy))
    lines.append(_ratio_line("boilerplate removed", scores.boilerplate_removed))
    lines.append(_ratio_line("related found", scores.related_found))
    lines.append(_ratio_line("headline accuracy", scores.headline_accuracy))
    lines.append(_ratio_line("dateline accuracy", scores.dateline_accuracy))
    lines.append(_ratio_line("stories", scores.story_count_accuracy))
    return lines


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """The scores of every gold article; :meth:`totals` micro-averages them."""

    articles: tuple[ArticleScore, ...]
    gold: str = ""
    """The gold file the report comes from."""

    def totals(self) -> Scores:
        """The counts summed over the articles (micro-averaged scores)."""
        total = Scores()
        for article in self.articles:
            total += article.scores
        return total

    def render(self, *, per_article: bool = False) -> str:
        """A human-readable table; with *per_article*, each article's scores and misses."""
        count = len(self.articles)
        header = f"gold {self.gold or '(none)'}: {count} article{'' if count == 1 else 's'}"
        lines = [header, "", *_score_lines(self.totals(), detailed=True)]
        if per_article:
            for article in self.articles:
                lines += ["", f"== {article.id}  ({article.file})"]
                lines += [f"   {line}" for line in _score_lines(article.scores, detailed=False)]
                for miss in article.misses:
                    lines.append(f"   - {miss.metric} {miss.error}: {miss.detail}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The totals and every article's scores and misses, as plain JSON values."""
        return {
            "gold": self.gold,
            "articles": len(self.articles),
            "totals": self.totals().to_dict(),
            "per_article": [article.to_dict() for article in self.articles],
        }


def _read_article(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read the gold article: {_reason(error)}") from error


def evaluate_gold(
    path: Path, *, corpus_root: Path | None = None, pipeline: Pipeline | None = None
) -> EvaluationReport:
    """Run the pipeline on every article of the gold file *path* and score it.

    Each gold ``file`` is relative to *corpus_root*, by default the folder above the gold file's
    folder (``shared/`` for ``shared/gold/x.jsonl``). The source is left to the plugins to detect.

    :raises GoldError: the gold file is malformed, or an article file cannot be read.
    """
    golds = load_gold(path)
    root = corpus_root if corpus_root is not None else path.parent.parent
    pipeline = pipeline or default_pipeline()
    scores = []
    for gold in golds:
        file = root / gold.file
        text = _read_article(file)
        if file.suffix.lower() in _HTML_SUFFIXES:
            article = pipeline.process_html(text, url=None, id=gold.id)
        else:
            article = pipeline.process(text, id=gold.id)
        scores.append(score_article(article, gold))
    return EvaluationReport(articles=tuple(scores), gold=str(path))
