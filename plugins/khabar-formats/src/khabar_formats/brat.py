"""brat standoff: the article text as ``.txt`` and its annotations as ``.ann``.

The ``.ann`` file holds

* ``T`` lines for entity mentions, typed ``PER``, ``ORG``, ``LOC`` or ``MISC``, each with an
  ``AnnotatorNotes`` line giving its entity id and name (mentions of one entity share the id);
* ``T`` lines typed ``Cue`` and ``Content`` for each statement, a ``Kind`` attribute on the
  content (``direct``, ``indirect``, ``mixed``, ``headline``), an ``Anonymous`` attribute for
  anonymous sources and a note with the statement id;
* ``R`` lines ``Cue Arg1:<content> Arg2:<cue>`` and ``Speaker Arg1:<content> Arg2:<mention>``.
  A speaker links to its mention at the statement's ``speaker_span``, else to its mention nearest
  the cue; a speaker span without such a mention becomes a ``T`` line typed ``Speaker``.

Offsets are characters (code points) of the ``.txt``, which is the article text exactly; a span
that crosses a line break is written as discontinuous fragments, since brat forbids newlines
inside one. Several articles at once are joined into one text, separated by a blank line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs

from khabar import Article, Span, Statement

__all__ = ["ANNOTATION_CONF", "render_brat"]

ANNOTATION_CONF: Final = """\
[entities]
PER
ORG
LOC
MISC
Cue
Content
Speaker

[relations]
Cue Arg1:Content, Arg2:Cue
Speaker Arg1:Content, Arg2:PER|ORG|LOC|MISC|Speaker
<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Kind Arg:Content, Value:direct|indirect|mixed|headline
Anonymous Arg:Content
"""
"""An ``annotation.conf`` declaring the types :func:`render_brat` writes."""

_ARTICLE_SEPARATOR: Final = "\n\n"
_NEWLINES: Final = frozenset("\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` of *text* cut at line breaks, without the breaks themselves."""
    fragments: list[tuple[int, int]] = []
    begin = None
    for offset in range(start, end):
        if text[offset] in _NEWLINES:
            if begin is not None:
                fragments.append((begin, offset))
                begin = None
        elif begin is None:
            begin = offset
    if begin is not None:
        fragments.append((begin, end))
    return fragments


@attrs.define
class _Writer:
    """Numbers annotations across one ``.ann`` file."""

    text: str
    lines: list[str] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(dict)

    def next_id(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.counts[prefix]}"

    def textbound(self, kind: str, span: Span, shift: int) -> str | None:
        fragments = _fragments(self.text, span.start + shift, span.end + shift)
        if not fragments:
            return None
        ident = self.next_id("T")
        offsets = ";".join(f"{start} {end}" for start, end in fragments)
        covered = " ".join(self.text[start:end] for start, end in fragments)
        self.lines.append(f"{ident}\t{kind} {offsets}\t{covered}")
        return ident

    def note(self, target: str, note: str) -> None:
        self.lines.append(f"{self.next_id('#')}\tAnnotatorNotes {target}\t{_one_line(note)}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _speaker_targets(
    statement: Statement, mention_ids: Mapping[str, list[tuple[Span, str]]]
) -> Iterator[str | None]:
    """The ``T`` id of each speaker's mention (``None`` where the speaker has none)."""
    anchor = statement.cue.span.start if statement.cue else statement.content.start
    for speaker in statement.speakers:
        candidates = mention_ids.get(speaker, [])
        named = statement.speaker_span
        at_span = [ident for span, ident in candidates if named and span.overlaps(named)]
        if at_span:
            yield at_span[0]
        elif candidates:
            yield min(candidates, key=lambda item: abs(item[0].start - anchor))[1]
        else:
            yield None


def _annotate(writer: _Writer, article: Article, shift: int) -> None:
    mention_ids: dict[str, list[tuple[Span, str]]] = {}
    mentions = sorted(
        ((mention.span, entity) for entity in article.entities for mention in entity.mentions),
        key=lambda item: (item[0].start, item[0].end),
    )
    for span, entity in mentions:
        ident = writer.textbound(entity.type, span, shift)
        if ident is not None:
            mention_ids.setdefault(entity.id, []).append((span, ident))
            writer.note(ident, f"{entity.id} {entity.name}")
    for statement in article.statements:
        content = writer.textbound("Content", statement.content, shift)
        if content is None:
            continue
        writer.note(content, statement.id)
        writer.lines.append(f"{writer.next_id('A')}\tKind {content} {statement.kind}")
        if statement.anonymous:
            writer.lines.append(f"{writer.next_id('A')}\tAnonymous {content}")
        if statement.cue is not None:
            cue = writer.textbound("Cue", statement.cue.span, shift)
            if cue is not None:
                writer.lines.append(f"{writer.next_id('R')}\tCue Arg1:{content} Arg2:{cue}")
        targets = list(_speaker_targets(statement, mention_ids))
        speaker_box = None
        if statement.speaker_span is not None and (None in targets or not targets):
            speaker_box = writer.textbound("Speaker", statement.speaker_span, shift)
        linked = [target or speaker_box for target in targets] if targets else [speaker_box]
        for target in dict.fromkeys(linked):
            if target is not None:
                writer.lines.append(f"{writer.next_id('R')}\tSpeaker Arg1:{content} Arg2:{target}")


def render_brat(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """``.txt`` (the text exactly) and ``.ann`` (the annotations) for the articles."""
    text = _ARTICLE_SEPARATOR.join(article.text for article in articles)
    writer = _Writer(text)
    shift = 0
    for article in articles:
        _annotate(writer, article, shift)
        shift += len(article.text) + len(_ARTICLE_SEPARATOR)
    ann = "".join(line + "\n" for line in writer.lines)
    return {".txt": text.encode("utf-8"), ".ann": ann.encode("utf-8")}
