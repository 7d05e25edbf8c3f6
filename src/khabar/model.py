"""khabar's data model: frozen, offset-anchored records of an article.

Every extracted piece is a :class:`Span` of code-point offsets into :attr:`Article.text` that
also records its surface text; an :class:`Article` rejects any span that falls outside its text
or whose recorded text differs from the slice. Collections are tuples; stages build new objects
with :func:`attrs.evolve` instead of mutating.
"""

from __future__ import annotations

import datetime
from typing import Any, Final

import attrs

from khabar.errors import ModelError

__all__ = [
    "BLOCK_KINDS",
    "ENTITY_TYPES",
    "STATEMENT_KINDS",
    "Article",
    "Block",
    "Cue",
    "Dateline",
    "Entity",
    "Mention",
    "Span",
    "Statement",
    "Story",
    "Teaser",
]

BLOCK_KINDS: Final = frozenset(
    {"headline", "dateline", "paragraph", "subheadline", "boilerplate", "related"}
)
"""The kinds a :class:`Block` may have."""

ENTITY_TYPES: Final = frozenset({"PER", "ORG", "LOC", "MISC"})
"""Entity types: people, organisations, places (countries, cities, regions), and the rest."""

STATEMENT_KINDS: Final = frozenset({"direct", "indirect", "mixed", "headline"})
"""How a :class:`Statement` renders what was said."""


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _one_of(allowed: frozenset[str]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in allowed:
            raise ModelError(
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{', '.join(sorted(allowed))}; got {value!r}"
            )

    return check


@attrs.frozen(kw_only=True)
class Span:
    """A stretch ``[start, end)`` of an article's raw text, with the text it covers.

    ``article.text[span.start:span.end] == span.text`` always holds once the span is part of
    an :class:`Article`.
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ModelError(f"Span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ModelError(
                f"Span [{self.start}, {self.end}) records {len(self.text)} characters: "
                f"{self.text!r}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of *text*."""
        if not 0 <= start <= end <= len(text):
            raise ModelError(f"Span [{start}, {end}) lies outside a text of {len(text)} characters")
        return cls(start=start, end=end, text=text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether *other* lies within this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@attrs.frozen(kw_only=True)
class Block:
    """A layout unit of the article: a headline, dateline, paragraph, boilerplate line ..."""

    kind: str = attrs.field(validator=_one_of(BLOCK_KINDS))
    span: Span


@attrs.frozen(kw_only=True)
class Dateline:
    """Where and by whom the article was filed, e.g. ``موسكو-سانا``.

    ``place`` and ``agency`` are the surface forms as written; ``date`` is set when the dateline
    gives one (the Saudi Press Agency's does).
    """

    span: Span
    place: str | None = None
    agency: str | None = None
    date: datetime.date | None = None


@attrs.frozen(kw_only=True)
class Story:
    """One story of a page: its headline (if any) and the indexes of its blocks."""

    headline: Span | None = None
    blocks: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class Teaser:
    """A related-article teaser ("انظر ايضاً"): never part of the article's own content."""

    headline: Span
    dateline: Dateline | None = None
    blocks: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class Mention:
    """One place where an entity is named. ``span`` leaves any proclitic (و ب ل ...) out."""

    span: Span
    type: str = attrs.field(validator=_one_of(ENTITY_TYPES))
    key: str = ""
    """The lexicon key or normalised form the mention was recognised by (for coreference)."""


@attrs.frozen(kw_only=True)
class Entity:
    """A person, organisation or place, with every mention of it in the article."""

    id: str
    type: str = attrs.field(validator=_one_of(ENTITY_TYPES))
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@attrs.frozen(kw_only=True)
class Cue:
    """The word that reports speech (``وقال``, ``مشيرا``, ``بحسب``, or a headline's colon)."""

    span: Span
    lemma: str


@attrs.frozen(kw_only=True)
class Statement:
    """Something the article reports someone said.

    ``speakers`` are :attr:`Entity.id` values; a statement whose source is anonymous (أفادت
    مصادر) has none and ``anonymous=True``. ``story`` is the index of the story it belongs to.
    """

    id: str
    speakers: tuple[str, ...] = ()
    cue: Cue | None = None
    kind: str = attrs.field(validator=_one_of(STATEMENT_KINDS))
    content: Span
    story: int = attrs.field(default=0, validator=_non_negative)
    anonymous: bool = False
    speaker_span: Span | None = None
    """Where the speaker is named for this statement, when it is named near the cue."""


_ATOMS: Final = frozenset({str, int, bool, float, type(None), datetime.date})
"""Types of model values that hold no span."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The attribute names of a model class (none for other types), computed once per class."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(field.name for field in attrs.fields(cls)) if attrs.has(cls) else ()
        _FIELD_NAMES[cls] = names
    return names


def _spans_of(value: object) -> list[Span]:
    """Every :class:`Span` inside a model value (an iterative walk: articles are deep)."""
    found: list[Span] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind in _ATOMS:
            continue
        if isinstance(item, Span):
            found.append(item)
        elif isinstance(item, tuple):
            stack.extend(item)
        else:
            stack.extend(getattr(item, name) for name in _field_names(kind))
    return found


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its raw text and everything khabar found in it.

    Construction checks every span against :attr:`text`, every story's and teaser's block index
    and every statement's speaker id, so an :class:`Article` is always internally consistent.
    """

    text: str
    id: str | None = None
    """A name for the article in a collection (the CLI uses the input file's stem)."""
    source: str | None = None
    section: Span | None = None
    """A category label the source prefixes to the headline (the SPA's ``عام /``)."""
    headline: Span | None = None
    dateline: Dateline | None = None
    blocks: tuple[Block, ...] = ()
    stories: tuple[Story, ...] = ()
    related: tuple[Teaser, ...] = ()
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise ModelError(f"Article.text must be str, not {type(self.text).__name__}")
        text = self.text
        for span in _spans_of(self):
            if span.end > len(text) or not text.startswith(span.text, span.start):
                raise ModelError(
                    f"Span [{span.start}, {span.end}) {span.text!r} does not match the article "
                    f"text there ({text[span.start : span.end]!r})"
                )
        for index, story in enumerate(self.stories):
            for block in story.blocks:
                if not 0 <= block < len(self.blocks):
                    raise ModelError(f"story {index} names block {block}, which does not exist")
        for index, teaser in enumerate(self.related):
            for block in teaser.blocks:
                if not 0 <= block < len(self.blocks):
                    raise ModelError(f"teaser {index} names block {block}, which does not exist")
        ids = {entity.id for entity in self.entities}
        if len(ids) != len(self.entities):
            raise ModelError("two entities share an id")
        for statement in self.statements:
            unknown = [speaker for speaker in statement.speakers if speaker not in ids]
            if unknown:
                raise ModelError(f"statement {statement.id} names unknown speakers {unknown}")

    def slice(self, span: Span) -> str:
        """The raw text under *span*."""
        return self.text[span.start : span.end]

    def blocks_of_kind(self, *kinds: str) -> tuple[Block, ...]:
        """The blocks whose kind is one of *kinds*, in text order."""
        return tuple(block for block in self.blocks if block.kind in kinds)

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The body paragraphs (and sub-headlines) of every story, in text order."""
        return self.blocks_of_kind("paragraph", "subheadline")

    def entity(self, entity_id: str) -> Entity:
        """The entity with id *entity_id*."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def _repr_html_(self) -> str:
        """Rich display in notebooks, through the ``html`` output format when installed."""
        from khabar.formats import render_html_or_none

        return render_html_or_none(self) or f"<pre>{_escape(repr(self))}</pre>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
