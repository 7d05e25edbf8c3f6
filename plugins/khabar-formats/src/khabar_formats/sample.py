"""A small hand-built article with known entities and statements, for tests and the docs.

Its text is written for khabar (it quotes no real article); every span is placed by hand, so the
output of each format is known exactly whatever the recognisers find. :func:`paragraph_article`
and :func:`quoted_article` build the one-paragraph articles of the formats' edge-case tests.
"""

from __future__ import annotations

from khabar import Article, Block, Cue, Dateline, Entity, Mention, Span, Statement, Story

__all__ = ["SAMPLE_TEXT", "paragraph_article", "quoted_article", "sample_article"]

SAMPLE_TEXT = (
    "المقداد: المحادثات مع الأردن إيجابية\n\n"
    "دمشق-سانا\n\n"
    "قال وزير الخارجية فيصل المقداد إن “المحادثات مع الأردن كانت إيجابية”.\n\n"
    "وأكد المقداد أن التعاون مع الأمم المتحدة مستمر.\n\n"
    "وأفادت مصادر أن لقاءات ستعقد بعمان وبدمشق قريبا.\n\n"
    "تابعونا على تيلغرام"
)
"""The sample article's text."""


def _span(text: str, needle: str, occurrence: int = 1, after: int = 0) -> Span:
    """The *occurrence*-th (1-based) span of *needle* in *text* at or after offset *after*."""
    start = after - 1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def sample_article(text: str = SAMPLE_TEXT, article_id: str | None = "sample") -> Article:
    """The sample article: four statements, five entities, one boilerplate block.

    *text* may replace the body with another of the same shape (the tests pass hostile text).
    """
    paragraphs = text.split("\n\n")
    blocks: list[Block] = []
    offset = 0
    kinds = ("headline", "dateline", "paragraph", "paragraph", "paragraph", "boilerplate")
    for kind, paragraph in zip(kinds, paragraphs, strict=True):
        blocks.append(Block(kind=kind, span=Span.of(text, offset, offset + len(paragraph))))
        offset += len(paragraph) + 2
    body = blocks[2].span.start

    def mention(needle: str, kind: str, occurrence: int = 1, after: int = 0) -> Mention:
        return Mention(span=_span(text, needle, occurrence, after), type=kind)

    entities = (
        Entity(
            id="E1",
            type="PER",
            name="فيصل المقداد",
            aliases=("المقداد",),
            roles=("وزير الخارجية",),
            mentions=(
                mention("المقداد", "PER"),
                mention("فيصل المقداد", "PER"),
                mention("المقداد", "PER", 3),
            ),
        ),
        Entity(
            id="E2",
            type="LOC",
            name="الأردن",
            mentions=(mention("الأردن", "LOC"), mention("الأردن", "LOC", 2)),
        ),
        Entity(
            id="E3",
            type="LOC",
            name="دمشق",
            mentions=(mention("دمشق", "LOC"), mention("دمشق", "LOC", 2)),
        ),
        Entity(
            id="E4", type="ORG", name="الأمم المتحدة", mentions=(mention("الأمم المتحدة", "ORG"),)
        ),
        Entity(id="E5", type="LOC", name="عمان", mentions=(mention("عمان", "LOC"),)),
    )
    statements = (
        Statement(
            id="S1",
            speakers=("E1",),
            cue=Cue(span=_span(text, ":"), lemma=":"),
            kind="headline",
            content=_span(text, "المحادثات مع الأردن إيجابية"),
            speaker_span=_span(text, "المقداد"),
        ),
        Statement(
            id="S2",
            speakers=("E1",),
            cue=Cue(span=_span(text, "قال", after=body), lemma="قال"),
            kind="direct",
            content=_span(text, "المحادثات مع الأردن كانت إيجابية"),
            speaker_span=_span(text, "وزير الخارجية فيصل المقداد"),
        ),
        Statement(
            id="S3",
            speakers=("E1",),
            cue=Cue(span=_span(text, "وأكد"), lemma="أكد"),
            kind="indirect",
            content=_span(text, "التعاون مع الأمم المتحدة مستمر"),
            speaker_span=_span(text, "المقداد", 3),
        ),
        Statement(
            id="S4",
            cue=Cue(span=_span(text, "وأفادت"), lemma="أفاد"),
            kind="indirect",
            content=_span(text, "لقاءات ستعقد بعمان وبدمشق قريبا"),
            anonymous=True,
            speaker_span=_span(text, "مصادر"),
        ),
    )
    return Article(
        text=text,
        id=article_id,
        source="sana",
        headline=blocks[0].span,
        dateline=Dateline(span=blocks[1].span, place="دمشق", agency="سانا"),
        blocks=tuple(blocks),
        stories=(Story(headline=blocks[0].span, blocks=(0, 1, 2, 3, 4)),),
        entities=entities,
        statements=statements,
    )


def paragraph_article(
    text: str, *, entities: tuple[Entity, ...] = (), statements: tuple[Statement, ...] = ()
) -> Article:
    """An article whose whole *text* is one paragraph, with *entities* and *statements*."""
    return Article(
        text=text,
        blocks=(Block(kind="paragraph", span=Span.of(text, 0, len(text))),),
        entities=entities,
        statements=statements,
    )


def quoted_article(text: str, content: Span) -> Article:
    """A :func:`paragraph_article` whose *text* opens with the cue قال: one direct statement
    ``S1`` of *content*, without a speaker."""
    cue = Cue(span=Span.of(text, 0, len("قال")), lemma="قال")
    return paragraph_article(
        text, statements=(Statement(id="S1", cue=cue, kind="direct", content=content),)
    )
