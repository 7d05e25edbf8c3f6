"""The data model's invariants: every violation is a :class:`khabar.ModelError` at construction."""

from __future__ import annotations

import attrs
import pytest

import khabar
from khabar import (
    Article,
    Block,
    Cue,
    Dateline,
    Entity,
    Mention,
    ModelError,
    Span,
    Statement,
    Story,
    Teaser,
)

TEXT = "عنوان الخبر\n\nدمشق-سانا\n\nقال الوزير إن العمل مستمر."


def test_span_of_slices_the_text() -> None:
    span = Span.of(TEXT, 0, 5)
    assert (span.start, span.end, span.text) == (0, 5, "عنوان")
    assert len(span) == 5


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, len(TEXT) + 1)])
def test_span_of_outside_the_text_is_rejected(start: int, end: int) -> None:
    with pytest.raises(ModelError, match="outside"):
        Span.of(TEXT, start, end)


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(ModelError, match="before its start"):
        Span(start=5, end=4, text="")


def test_negative_offsets_are_rejected() -> None:
    with pytest.raises(ModelError, match=">= 0"):
        Span(start=-1, end=2, text="abc")


def test_span_text_of_the_wrong_length_is_rejected() -> None:
    with pytest.raises(ModelError, match="records 2 characters"):
        Span(start=0, end=5, text="عن")


def test_span_contains_and_overlaps() -> None:
    outer, inner, apart = Span.of(TEXT, 0, 11), Span.of(TEXT, 6, 11), Span.of(TEXT, 13, 17)
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.overlaps(inner)
    assert not outer.overlaps(apart)
    assert not Span.of(TEXT, 0, 5).overlaps(Span.of(TEXT, 5, 6))


def test_model_errors_are_khabar_errors_and_value_errors() -> None:
    assert issubclass(ModelError, khabar.KhabarError)
    assert issubclass(ModelError, ValueError)


def test_a_consistent_article_is_accepted() -> None:
    headline = Span.of(TEXT, 0, 11)
    article = Article(text=TEXT, headline=headline, blocks=(Block(kind="headline", span=headline),))
    assert article.slice(headline) == "عنوان الخبر"
    assert article.blocks_of_kind("headline") == article.blocks


def test_rich_article_is_consistent(rich_article: Article) -> None:
    for span in khabar.model._spans_of(rich_article):
        assert rich_article.text[span.start : span.end] == span.text
    assert rich_article.entity("E2").name == "روسيا"
    assert [block.kind for block in rich_article.paragraphs] == ["paragraph", "subheadline"]
    with pytest.raises(KeyError):
        rich_article.entity("E9")


def test_span_outside_the_text_is_rejected_by_the_article() -> None:
    beyond = Span(start=len(TEXT), end=len(TEXT) + 3, text="abc")
    with pytest.raises(ModelError, match="does not match the article text"):
        Article(text=TEXT, headline=beyond)


def test_span_whose_text_differs_from_the_slice_is_rejected() -> None:
    wrong = Span(start=0, end=5, text="خبرنا")
    with pytest.raises(ModelError, match="does not match the article text"):
        Article(text=TEXT, headline=wrong)


@pytest.mark.parametrize(
    "where",
    ["headline", "section", "block", "dateline", "story", "teaser", "mention", "cue", "content",
     "speaker_span"],
)  # fmt: skip
def test_wrong_spans_are_found_wherever_they_are(where: str, rich_article: Article) -> None:
    wrong = Span(start=0, end=3, text="xyz")
    entity = rich_article.entities[0]
    statement = rich_article.statements[1]
    changes: dict[str, dict[str, object]] = {
        "headline": {"headline": wrong},
        "section": {"section": wrong},
        "block": {"blocks": (*rich_article.blocks, Block(kind="paragraph", span=wrong))},
        "dateline": {"dateline": Dateline(span=wrong, place="x")},
        "story": {"stories": (Story(headline=wrong),)},
        "teaser": {"related": (Teaser(headline=wrong),)},
        "mention": {
            "entities": (
                attrs.evolve(entity, mentions=(Mention(span=wrong, type="PER"),)),
                *rich_article.entities[1:],
            )
        },
        "cue": {"statements": (attrs.evolve(statement, cue=Cue(span=wrong, lemma="قال")),)},
        "content": {"statements": (attrs.evolve(statement, content=wrong),)},
        "speaker_span": {"statements": (attrs.evolve(statement, speaker_span=wrong),)},
    }
    with pytest.raises(ModelError, match="does not match"):
        attrs.evolve(rich_article, **changes[where])  # type: ignore[arg-type]


def test_text_must_be_a_string() -> None:
    with pytest.raises(ModelError, match="must be str"):
        Article(text=b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["footer", "Paragraph", ""])
def test_unknown_block_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ModelError, match=r"Block\.kind must be one of"):
        Block(kind=kind, span=Span.of(TEXT, 0, 5))


@pytest.mark.parametrize(
    "kind", ["headline", "dateline", "paragraph", "subheadline", "boilerplate", "related"]
)
def test_every_known_block_kind_is_accepted(kind: str) -> None:
    assert Block(kind=kind, span=Span.of(TEXT, 0, 5)).kind == kind


@pytest.mark.parametrize("type_", ["PERSON", "GPE", "per"])
def test_unknown_entity_type_is_rejected(type_: str) -> None:
    with pytest.raises(ModelError, match=r"Entity\.type must be one of"):
        Entity(id="E1", type=type_, name="x")
    with pytest.raises(ModelError, match=r"Mention\.type must be one of"):
        Mention(span=Span.of(TEXT, 0, 5), type=type_)


@pytest.mark.parametrize("kind", ["quote", "Direct", "reported"])
def test_unknown_statement_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ModelError, match=r"Statement\.kind must be one of"):
        Statement(id="S1", kind=kind, content=Span.of(TEXT, 0, 5))


def test_negative_statement_story_is_rejected() -> None:
    with pytest.raises(ModelError, match=r"Statement\.story must be >= 0"):
        Statement(id="S1", kind="direct", content=Span.of(TEXT, 0, 5), story=-1)


def test_story_naming_a_missing_block_is_rejected() -> None:
    headline = Span.of(TEXT, 0, 11)
    blocks = (Block(kind="headline", span=headline),)
    assert Article(text=TEXT, blocks=blocks, stories=(Story(blocks=(0,)),)).stories[0].blocks == (
        0,
    )
    with pytest.raises(ModelError, match="story 0 names block 1, which does not exist"):
        Article(text=TEXT, blocks=blocks, stories=(Story(blocks=(0, 1)),))
    with pytest.raises(ModelError, match="story 1 names block -1"):
        Article(text=TEXT, blocks=blocks, stories=(Story(), Story(blocks=(-1,))))


def test_teaser_naming_a_missing_block_is_rejected() -> None:
    headline = Span.of(TEXT, 0, 11)
    with pytest.raises(ModelError, match="teaser 0 names block 3, which does not exist"):
        Article(text=TEXT, related=(Teaser(headline=headline, blocks=(3,)),))


def test_statement_naming_an_unknown_speaker_is_rejected(rich_article: Article) -> None:
    statement = attrs.evolve(rich_article.statements[1], speakers=("E1", "E7"))
    with pytest.raises(ModelError, match=r"statement S2 names unknown speakers \['E7'\]"):
        attrs.evolve(rich_article, statements=(statement,))


def test_entities_sharing_an_id_are_rejected(rich_article: Article) -> None:
    twin = attrs.evolve(rich_article.entities[1], id="E1")
    with pytest.raises(ModelError, match="share an id"):
        attrs.evolve(rich_article, entities=(rich_article.entities[0], twin))


def test_models_are_frozen(rich_article: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rich_article.text = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rich_article.blocks[0].span.start = 3  # type: ignore[misc]


def test_models_compare_by_value(rich_article: Article) -> None:
    copy = attrs.evolve(rich_article, blocks=tuple(attrs.evolve(b) for b in rich_article.blocks))
    assert copy is not rich_article
    assert copy == rich_article
    assert rich_article != attrs.evolve(rich_article, source="spa")
