"""Properties that hold for every input: spans slice to their text, the offset map maps back,
processing raises nothing but khabar errors, JSON round-trips, normalisation is idempotent."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from khabar import KhabarError, Pipeline, Span, from_json, make_plugin_manager, to_json
from khabar.model import Article
from khabar.testing import arabic_text, sana_articles
from khabar.text import match_key, normalize, stems, tokenize

texts = st.one_of(arabic_text(), sana_articles(), st.text(max_size=300))
"""Arabic text with its noise, SANA-like articles, and arbitrary Unicode."""


@pytest.fixture(scope="module")
def bare() -> Pipeline:
    """The built-in plugins only, built once for the module."""
    return Pipeline(make_plugin_manager(autoload=False))


@pytest.fixture(scope="module")
def full() -> Pipeline:
    """Every installed plugin, built once for the module."""
    return Pipeline(make_plugin_manager(autoload=True))


def _spans(value: object) -> Iterator[Span]:
    """Every span inside a model value, found by walking its fields."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _spans(getattr(value, field.name))


def _process(pipeline: Pipeline, text: str) -> Article | None:
    """The article, or ``None`` when the pipeline raised a khabar error (anything else fails)."""
    try:
        return pipeline.process(text)
    except KhabarError:
        return None


def _check_article(article: Article | None, text: str) -> None:
    if article is None:
        return
    assert article.text == text
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert from_json(to_json(article)) == article


@given(text=texts)
def test_bare_pipeline_spans_slice_the_text_and_round_trip(bare: Pipeline, text: str) -> None:
    article = bare.process(text)  # the built-in plugins raise nothing on any text
    _check_article(article, text)


@given(text=texts)
def test_full_pipeline_spans_slice_the_text_and_round_trip(full: Pipeline, text: str) -> None:
    """With the installed plugins, a failure is at worst a khabar error naming the plugin."""
    article = _process(full, text)
    _check_article(article, text)


@given(text=sana_articles())
def test_sana_like_articles_are_processed_without_error(bare: Pipeline, text: str) -> None:
    article = bare.process(text)
    assert article.headline is not None
    assert article.headline.text == text.lstrip().splitlines()[0].strip()


@given(raw=st.one_of(arabic_text(), st.text()))
def test_offset_map_is_monotonic_and_maps_back(raw: str) -> None:
    shadow = normalize(raw)
    assert shadow.raw_length == len(raw)
    offsets = [shadow.to_raw(offset) for offset in range(len(shadow.text))]
    assert offsets == sorted(set(offsets))  # strictly increasing
    for offset, raw_offset in enumerate(offsets):
        assert normalize(raw[raw_offset]).text == shadow.text[offset]
    assert shadow.to_raw(len(shadow.text)) == len(raw)
    kept = set(offsets)
    for raw_offset, char in enumerate(raw):  # whatever is not mapped to was deleted
        if raw_offset not in kept:
            assert normalize(char).text == ""
    spans = [(offset, offset + 1) for offset in range(len(shadow.text))]
    assert shadow.spans_to_raw(spans) == [shadow.span_to_raw(*span) for span in spans]


@given(raw=st.one_of(arabic_text(), st.text()))
def test_tokens_slice_the_raw_text_and_cover_every_visible_character(raw: str) -> None:
    tokens = tokenize(raw)
    covered = bytearray(len(raw))
    previous_end = 0
    for index, token in enumerate(tokens):
        assert token.index == index
        assert previous_end <= token.start < token.end <= len(raw)
        assert raw[token.start : token.end] == token.text
        assert normalize(token.text).text == token.key
        for chars in range(len(token.key) + 1):  # the rest of the raw token is the rest of the key
            rest = raw[token.raw_offset(chars) : token.end]
            assert normalize(rest).text == token.key[chars:]
        for offset in range(token.start, token.end):
            covered[offset] = 1
        previous_end = token.end
    for offset, char in enumerate(raw):
        folded = normalize(char).text
        if folded and not folded.isspace():
            assert covered[offset], (offset, char)


@given(raw=st.one_of(arabic_text(), st.text()))
def test_normalisation_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once
    assert match_key(match_key(raw)) == match_key(raw)
    assert match_key(raw) == regex.sub(r"\s+", " ", once).strip(" ")


@given(raw=arabic_text())
def test_stems_are_the_word_minus_a_prefix(raw: str) -> None:
    for token in tokenize(raw):
        readings = stems(token.key)
        assert readings[0].key == token.key
        assert readings[0].prefix == 0
        for stem in readings:
            rest = token.key[stem.prefix :]
            assert stem.key in {rest, "ا" + rest, "ال" + rest}
            assert len(stem.key) >= 2 or stem.prefix == 0
