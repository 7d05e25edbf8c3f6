"""The pipeline: runs the stages in a fixed order and merges what the plugins return.

Build a :class:`Pipeline` once (it loads the plugins and compiles the lexicons) and reuse it for
many articles; :func:`khabar.process` uses one per process.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs

from khabar.errors import InputError, KhabarError, PluginError
from khabar.formats import FormatRegistry
from khabar.lexicon import Lexicon
from khabar.model import Article, Entity, Mention, Span, Statement
from khabar.plugins import KhabarPluginManager, call_hook, make_plugin_manager
from khabar.statements import StatementsFound

__all__ = ["BatchResult", "Pipeline", "default_pipeline", "process"]

_CONTENT_KINDS = frozenset({"headline", "dateline", "paragraph", "subheadline"})


@attrs.frozen(kw_only=True)
class BatchResult:
    """One document of :meth:`Pipeline.process_many`: its article, or the error it raised."""

    index: int
    article: Article | None = None
    error: KhabarError | None = None


class Pipeline:
    """The plugin manager, the compiled lexicon and the output formats, ready to process text."""

    def __init__(self, plugin_manager: KhabarPluginManager | None = None) -> None:
        self.plugin_manager = plugin_manager or make_plugin_manager()
        entries = call_hook(self.plugin_manager, "khabar_lexicon_entries")
        self.lexicon = Lexicon.build(itertools.chain.from_iterable(entries))

    @functools.cached_property
    def formats(self) -> FormatRegistry:
        """The registered output formats."""
        return FormatRegistry.from_plugin_manager(self.plugin_manager)

    def _call(self, hook: str, **kwargs: Any) -> Any:
        return call_hook(self.plugin_manager, hook, **kwargs)

    def detect_source(self, text: str) -> str | None:
        """The source a plugin recognises *text* as, or ``None``."""
        source: str | None = self._call("khabar_detect_source", text=text)
        return source

    def read_html(self, html: str, *, url: str | None = None) -> str:
        """The article text of an HTML page (see :func:`~khabar.hookspecs.khabar_read_html`)."""
        text: str | None = self._call("khabar_read_html", html=html, url=url)
        if text is None:
            raise InputError(f"no plugin could read the article out of the HTML page {url or ''}")
        return text

    def process(self, text: str, *, source: str | None = None, id: str | None = None) -> Article:
        """Run every stage on *text* and return the :class:`~khabar.Article`.

        :param source: the outlet's name, when known; otherwise the plugins detect it.
        :param id: a name for the article (the CLI passes the file's stem).
        :raises KhabarError: the input is not text, or a plugin failed (the error names it).
        """
        if not isinstance(text, str):
            raise InputError(f"khabar processes str, not {type(text).__name__}")
        if not text.strip():
            return Article(text=text, id=id, source=source)
        if source is None:
            source = self.detect_source(text)
        article = self._layout(Article(text=text, id=id, source=source))
        mentions = self._mentions(article)
        article = attrs.evolve(article, entities=self._entities(article, mentions))
        return self._statements(article)

    def process_html(
        self, html: str, *, url: str | None = None, source: str | None = None, id: str | None = None
    ) -> Article:
        """Read the article out of an HTML page, then :meth:`process` it."""
        return self.process(self.read_html(html, url=url), source=source, id=id)

    def process_many(
        self, texts: Iterable[str], *, source: str | None = None, workers: int = 1
    ) -> Iterator[BatchResult]:
        """Process many texts, in order; a failing one is reported in its result, not raised.

        With ``workers > 1`` the texts are spread over that many processes, each building its
        own pipeline once, with the installed plugins (:func:`default_pipeline`): a pipeline
        built around plugin objects of your own processes in this process only.
        """
        if workers <= 1:
            for index, text in enumerate(texts):
                yield _process_one(self, index, text, source)
            return
        # spawn, not fork: a forked copy of a process with threads can deadlock
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            numbered = enumerate(texts)
            yield from pool.map(_process_in_worker, numbered, itertools.repeat(source), chunksize=4)

    def _layout(self, article: Article) -> Article:
        laid_out = self._call("khabar_layout", article=article, lexicon=self.lexicon)
        if not isinstance(laid_out, Article) or laid_out.text != article.text:
            raise PluginError(
                "khabar_layout returned no article, or one with another text",
                plugin="unknown",
                hook="khabar_layout",
            )
        return laid_out

    def _mentions(self, article: Article) -> tuple[Mention, ...]:
        found = self._call("khabar_find_mentions", article=article, lexicon=self.lexicon)
        content = _content_spans(article)
        mentions = [
            mention
            for mention in itertools.chain.from_iterable(found)
            if any(block.contains(mention.span) for block in content)
        ]
        return _outermost(mentions)

    def _entities(self, article: Article, mentions: Sequence[Mention]) -> tuple[Entity, ...]:
        resolved = self._call(
            "khabar_resolve_entities", article=article, mentions=mentions, lexicon=self.lexicon
        )
        if resolved is None:
            resolved = [
                Entity(
                    id=str(index), type=mention.type, name=mention.span.text, mentions=(mention,)
                )
                for index, mention in enumerate(mentions)
            ]
        return _numbered(resolved)

    def _statements(self, article: Article) -> Article:
        results: list[StatementsFound | None] = self._call(
            "khabar_find_statements", article=article, lexicon=self.lexicon
        )
        entities = {entity.id: entity for entity in article.entities}
        statements: list[Statement] = []
        for result in results:
            if result is None:
                continue
            renamed: dict[str, str] = {}
            for entity in result.entities:
                if entity.id not in entities:
                    renamed[entity.id] = f"new{len(entities) + 1}"
                    entity = attrs.evolve(entity, id=renamed[entity.id])
                entities[entity.id] = entity
            for statement in result.statements:
                speakers = tuple(renamed.get(speaker, speaker) for speaker in statement.speakers)
                statements.append(attrs.evolve(statement, speakers=speakers))
        content = _content_spans(article)
        kept = {
            (statement.content.start, statement.content.end, _cue_start(statement)): statement
            for statement in statements
            if _in_content(statement.content, article, content)
        }
        ordered = sorted(kept.values(), key=lambda s: (s.content.start, _cue_start(s)))
        numbered_entities = _numbered(entities.values())
        by_first_mention = _by_first_mention(entities.values())
        ids = {old.id: new.id for old, new in zip(by_first_mention, numbered_entities, strict=True)}
        unknown = sorted({name for s in ordered for name in s.speakers if name not in ids})
        if unknown:
            raise PluginError(
                f"khabar_find_statements returned statements naming unknown speakers {unknown}",
                plugin="unknown",
                hook="khabar_find_statements",
            )
        final = tuple(
            attrs.evolve(
                statement,
                id=f"S{index}",
                speakers=tuple(dict.fromkeys(ids[speaker] for speaker in statement.speakers)),
            )
            for index, statement in enumerate(ordered, 1)
        )
        return attrs.evolve(article, entities=numbered_entities, statements=final)


def _cue_start(statement: Statement) -> int:
    return statement.cue.span.start if statement.cue else -1


def _in_content(span: Span, article: Article, content: Sequence[Span]) -> bool:
    """Whether *span* lies in one content block, or runs over consecutive content blocks only
    (a quotation continued over a paragraph break)."""
    if any(block.contains(span) for block in content):
        return True
    touched = [block for block in article.blocks if block.span.overlaps(span)]
    return (
        bool(touched)
        and all(block.kind in _CONTENT_KINDS for block in touched)
        and touched[0].span.start <= span.start
        and span.end <= touched[-1].span.end
    )


def _content_spans(article: Article) -> tuple[Span, ...]:
    return tuple(block.span for block in article.blocks if block.kind in _CONTENT_KINDS)


def _outermost(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Overlapping mentions resolved: the longest wins, then the earliest found."""
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []  # in text order; disjoint while no empty span is taken
    for mention in sorted(mentions, key=lambda m: -(m.span.end - m.span.start)):
        span = mention.span
        if span.start == span.end:  # empty spans come last: compare with every taken span
            free = all(span.end <= start or end <= span.start for start, end in taken)
        else:  # only the taken spans on either side of its start can overlap it
            at = bisect.bisect_left(taken, (span.start, span.end))
            free = (at == 0 or taken[at - 1][1] <= span.start) and (
                at == len(taken) or span.end <= taken[at][0]
            )
        if free:
            chosen.append(mention)
            bisect.insort(taken, (span.start, span.end))
    return tuple(sorted(chosen, key=lambda m: m.span.start))


def _by_first_mention(entities: Iterable[Entity]) -> list[Entity]:
    def first(entity: Entity) -> int:
        return min((mention.span.start for mention in entity.mentions), default=1 << 62)

    return sorted(entities, key=first)


def _numbered(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Entities in order of first mention, with ids ``E1``, ``E2`` ..."""
    return tuple(
        entity if entity.id == f"E{index}" else attrs.evolve(entity, id=f"E{index}")
        for index, entity in enumerate(_by_first_mention(entities), 1)
    )


def _process_one(pipeline: Pipeline, index: int, text: str, source: str | None) -> BatchResult:
    try:
        return BatchResult(index=index, article=pipeline.process(text, source=source))
    except KhabarError as error:
        return BatchResult(index=index, error=error)


def _process_in_worker(numbered: tuple[int, str], source: str | None) -> BatchResult:
    index, text = numbered
    return _process_one(default_pipeline(), index, text, source)


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide pipeline with the installed plugins (built on first use)."""
    return Pipeline()


def process(text: str, *, source: str | None = None) -> Article:
    """Process one article's raw text with the installed plugins.

    >>> import khabar
    >>> khabar.process("").text
    ''
    """
    return default_pipeline().process(text, source=source)
