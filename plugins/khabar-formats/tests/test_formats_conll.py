"""CoNLL: IOB2 tags from the entity mentions, sentences, clitics kept or split."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Article, Entity, Mention, Pipeline, Span
from khabar_formats.conll import conll_renderer
from khabar_formats.sample import paragraph_article, sample_article

SEED = ("corpus", "sana", "dev", "000_95620cfd22d33f1f.txt")


def _sentences(data: bytes) -> list[list[tuple[str, str]]]:
    """A reader for the ANERcorp layout: ``token TAG`` lines, blank lines between sentences."""
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in data.decode("utf-8").split("\n"):
        if line:
            token, tag = line.split(" ")
            sentences[-1].append((token, tag))
        elif sentences[-1]:
            sentences.append([])
    return [sentence for sentence in sentences if sentence]


def test_sample_tags_and_sentences() -> None:
    sentences = _sentences(conll_renderer(split_clitics=False)([sample_article()])[".conll"])
    assert len(sentences) == 5  # headline, dateline, three paragraphs; no boilerplate
    assert sentences[0] == [
        ("المقداد", "B-PER"),
        (":", "O"),
        ("المحادثات", "O"),
        ("مع", "O"),
        ("الأردن", "B-LOC"),
        ("إيجابية", "O"),
    ]
    assert sentences[2][2:5] == [("الخارجية", "O"), ("فيصل", "B-PER"), ("المقداد", "I-PER")]
    assert sentences[3][5:8] == [("الأمم", "B-ORG"), ("المتحدة", "I-ORG"), ("مستمر", "O")]
    assert sentences[4][5:7] == [("بعمان", "B-LOC"), ("وبدمشق", "B-LOC")]
    assert all(token != "تابعونا" for sentence in sentences for token, _ in sentence)


def test_split_variant_separates_proclitics_before_a_mention() -> None:
    sentences = _sentences(conll_renderer(split_clitics=True)([sample_article()])[".conll"])
    assert sentences[4][5:11] == [
        ("ب", "O"),
        ("عمان", "B-LOC"),
        ("و", "O"),
        ("ب", "O"),
        ("دمشق", "B-LOC"),
        ("قريبا", "O"),
    ]
    # words without a mention keep their clitics
    assert sentences[3][0] == ("وأكد", "O")


def test_article_clitic_comes_off_as_one_token() -> None:
    text = "زار الوفد وبالقاهرة. ثم عاد."
    start = text.index("القاهرة") + 2
    article = paragraph_article(
        text,
        entities=(
            Entity(
                id="E1",
                type="LOC",
                name="قاهرة",
                mentions=(Mention(span=Span.of(text, start, start + 5), type="LOC"),),
            ),
        ),
    )
    sentences = _sentences(conll_renderer(split_clitics=True)([article])[".conll"])
    assert sentences == [
        [
            ("زار", "O"),
            ("الوفد", "O"),
            ("و", "O"),
            ("ب", "O"),
            ("ال", "O"),
            ("قاهرة", "B-LOC"),
            (".", "O"),
        ],
        [("ثم", "O"), ("عاد", "O"), (".", "O")],
    ]


def test_decimal_point_does_not_end_a_sentence() -> None:
    text = "ارتفع المؤشر 3.5 بالمئة اليوم."
    article = Article(text=text)
    sentences = _sentences(conll_renderer(split_clitics=False)([article])[".conll"])
    assert len(sentences) == 1
    assert [token for token, _ in sentences[0]][2:5] == ["3", ".", "5"]


@pytest.mark.corpus
def test_seed_tags_bushkov_as_person(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    path = shared_dir.joinpath(*SEED)
    article = khabar_pipeline.process(path.read_text(encoding="utf-8"), id=path.stem)
    data = khabar_pipeline.formats.get("conll").render([article])[".conll"]
    sentences = _sentences(data)
    assert sentences[0][0] == ("بوشكوف", "B-PER")
    said = next(sentence for sentence in sentences if sentence[0][0] == "وقال")
    assert said[:3] == [("وقال", "O"), ("بوشكوف", "B-PER"), ("في", "O")]


def test_mention_cut_by_a_sentence_end_restarts_with_b() -> None:
    text = "وصل جون س. سميث أمس."
    start = text.index("جون")
    article = Article(
        text=text,
        entities=(
            Entity(
                id="E1",
                type="PER",
                name="جون س. سميث",
                mentions=(Mention(span=Span.of(text, start, text.index(" أمس")), type="PER"),),
            ),
        ),
    )
    sentences = _sentences(conll_renderer(split_clitics=False)([article])[".conll"])
    assert sentences == [
        [("وصل", "O"), ("جون", "B-PER"), ("س", "I-PER"), (".", "I-PER")],
        [("سميث", "B-PER"), ("أمس", "O"), (".", "O")],
    ]
