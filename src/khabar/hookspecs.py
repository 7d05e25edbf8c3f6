"""The plugin API: every hook khabar calls, in pipeline order.

A plugin is a module or object with functions marked ``@khabar.hookimpl`` whose names are the
hooks below; it is registered through an entry point in the group ``khabar``::

    [project.entry-points.khabar]
    mysource = "khabar_mysource.plugin"

Implementations may accept any subset of a hook's parameters, by name, and must not give them
defaults. Hooks grow new parameters over time; they are never renamed or removed. The core runs
the stages in a fixed order (:class:`khabar.Pipeline`); a stage that must see the previous
stage's output receives it as an argument, never through pluggy's call order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from khabar.formats import OutputFormat
    from khabar.lexicon import Lexicon, LexiconEntry
    from khabar.model import Article, Entity, Mention
    from khabar.statements import StatementsFound

__all__ = [
    "PROJECT_NAME",
    "hookspec",
    "khabar_detect_source",
    "khabar_find_mentions",
    "khabar_find_statements",
    "khabar_layout",
    "khabar_lexicon_entries",
    "khabar_read_html",
    "khabar_register_formats",
    "khabar_resolve_entities",
]

PROJECT_NAME = "khabar"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)


@hookspec(firstresult=True)
def khabar_read_html(html: str, url: str | None) -> str | None:
    """Read the article text out of an HTML page.

    Called by :meth:`khabar.Pipeline.process_html` and by ``khabar extract`` for an input whose
    content is HTML. The first implementation that returns a string wins; return ``None`` for a
    page you do not recognise. Source plugins recognise their own pages; the generic
    trafilatura reader runs last (``trylast``) and needs the extra ``khabar[html]``.

    :param html: the page's markup, decoded.
    :param url: the page's address when known, else ``None``.
    :returns: the article's text (headline on the first line, then the dateline and
        paragraphs, one per line), or ``None``.

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_read_html(html, url):
            if "example-news.com" not in (url or "") and "ExampleNews" not in html:
                return None
            return my_extractor(html)
    """


@hookspec(firstresult=True)
def khabar_detect_source(text: str) -> str | None:
    """Say which outlet wrote *text*, or ``None`` when you cannot tell.

    Called once per article unless the caller named the source (``source=`` or ``--source``).
    The first non-``None`` answer wins; it becomes :attr:`khabar.Article.source` and tells
    :func:`khabar_layout` implementations whether the article is theirs.

    :param text: the raw article text.
    :returns: a short source name such as ``"sana"`` or ``"spa"``.

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_detect_source(text):
            return "sana" if "-سانا" in text[:500] else None
    """


@hookspec(firstresult=True)
def khabar_layout(article: Article, lexicon: Lexicon) -> Article | None:
    """Lay the article out: headline, dateline, paragraphs, stories, boilerplate, teasers.

    Receives an :class:`~khabar.Article` with only ``text`` and ``source`` set and returns a
    copy (``attrs.evolve``) with ``headline``, ``dateline``, ``blocks``, ``stories`` and
    ``related`` filled in, or ``None`` to let another plugin do it. Source plugins answer for
    their own source and run first; the generic layout runs last (``trylast``). Blocks must not
    lose text: every non-blank character should lie in some block.

    :param article: the article so far.
    :param lexicon: the compiled lexicon (to tell a place from a name in a dateline).
    :returns: the laid-out article, or ``None``. The helpers of :mod:`khabar.layout` find the
        lines, recognise datelines and assemble the blocks into stories.

    .. versionadded:: 0.1

    Example::

        from khabar.layout import assemble, lines

        @khabar.hookimpl
        def khabar_layout(article):
            if article.source != "example":
                return None
            found = lines(article.text)
            blocks = [Block(kind="headline", span=found[0])]
            blocks += [Block(kind="paragraph", span=line) for line in found[1:]]
            return assemble(article, blocks, headline=found[0])
    """


@hookspec
def khabar_lexicon_entries() -> Iterable[LexiconEntry]:
    """Contribute lexicon entries: names of places, organisations, people, titles, nisbas.

    Called once when a :class:`~khabar.Pipeline` is built; the entries of every plugin are
    merged and compiled into one :class:`~khabar.lexicon.Lexicon`, which the mention, entity and
    statement hooks receive.

    :returns: an iterable of :class:`~khabar.LexiconEntry` (a generator is fine).

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_lexicon_entries():
            yield LexiconEntry(form="الحسكة", category="LOC")
    """


@hookspec
def khabar_find_mentions(article: Article, lexicon: Lexicon) -> Iterable[Mention]:
    """Find entity mentions in the article's paragraphs and headlines.

    Every implementation's mentions are merged; where two overlap, the longer one wins (the
    outer name of a nested one), and at equal length the earlier plugin's. Spans leave proclitics
    out. Mentions inside boilerplate and related teasers are dropped by the core.

    :param article: the laid-out article.
    :param lexicon: the compiled lexicon of every plugin.
    :returns: an iterable of :class:`~khabar.Mention`, in any order.

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_find_mentions(article, lexicon):
            for token in khabar.text.tokenize(article.text):
                if lexicon.has((token.key,), "LOC"):
                    yield Mention(span=Span.of(article.text, token.start, token.end), type="LOC")
    """


@hookspec(firstresult=True)
def khabar_resolve_entities(
    article: Article, mentions: Sequence[Mention], lexicon: Lexicon
) -> Sequence[Entity] | None:
    """Group mentions into entities: coreference, canonical names, aliases and roles.

    The first implementation that returns a sequence wins. Entity ids are reassigned by the
    core (``E1``, ``E2`` ... in order of first mention).

    :param article: the laid-out article.
    :param mentions: the merged mentions, in text order.
    :param lexicon: the compiled lexicon.
    :returns: the entities, each holding its mentions; or ``None`` to leave it to another
        plugin (when none answers, every mention becomes an entity of its own).

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_resolve_entities(article, mentions, lexicon):
            return [Entity(id=f"E{i}", type=m.type, name=m.span.text, mentions=(m,))
                    for i, m in enumerate(mentions, 1)]
    """


@hookspec
def khabar_find_statements(article: Article, lexicon: Lexicon) -> StatementsFound | None:
    """Find reported statements: who said what, with the cue and the kind of report.

    Receives the article with its entities. Returns a
    :class:`~khabar.statements.StatementsFound` holding the statements and any entities it
    created or changed (a speaker recognition missed, a role it learned): an entity whose id is
    already in the article replaces it, a new id adds one. The core merges the results of every
    plugin, drops statements inside boilerplate and teasers, and numbers statements ``S1`` ...
    in text order.

    :param article: the article with layout and entities.
    :param lexicon: the compiled lexicon.
    :returns: a :class:`~khabar.statements.StatementsFound`, or ``None`` when the plugin has
        nothing to add.

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_find_statements(article, lexicon):
            return StatementsFound(statements=tuple(find(article)))
    """


@hookspec
def khabar_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register output formats by calling ``register(OutputFormat(...))`` for each.

    Called once when the format registry is built. Names must be unique across plugins: a
    second format with a taken name is an error naming both plugins.

    :param register: the callback taking one :class:`~khabar.formats.OutputFormat`.

    .. versionadded:: 0.1

    Example::

        @khabar.hookimpl
        def khabar_register_formats(register):
            register(OutputFormat(name="txt", suffix=".txt", description="plain text",
                                  render=lambda articles: {".txt": b"..."}))
    """
