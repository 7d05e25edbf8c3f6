"""Scoring against gold annotations: :mod:`khabar.evaluate` on hand-built articles and real gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import Article, Block, Dateline, Entity, Mention, Span, Statement, Story, Teaser
from khabar.errors import GoldError
from khabar.evaluate import (
    Counts,
    GoldArticle,
    GoldDateline,
    GoldEntity,
    GoldStatement,
    GoldStory,
    GoldTeaser,
    Ratio,
    evaluate_gold,
    light_key,
    load_gold,
    score_article,
    token_f1,
)
from khabar.pipeline import Pipeline

LINES = (
    "بوشكوف: العلاقات الروسية الإيرانية تكتسب طابعا ثابتا",
    "موسكو-سانا",
    "أعلن الكسي بوشكوف رئيس لجنة في مجلس الدوما أن العلاقات بين البلدين تتطور بشكل ثابت.",
    "وقال بوشكوف إن التعاون الاقتصادي سيتواصل في المرحلة الجديدة بين البلدين.",
    "وأكد علي أكبر ولايتي أن وروسيا وطهران تبحثان الملفات في الربيع. "
    "وأضاف أن العلاقات بين البلدين تتطور بشكل ثابت.",
    "وأفادت مصادر بأن الوضع مستقر في المنطقة كلها.",
    "تابعونا عبر تطبيق واتس أب :",
    "http://vk.com/syrianarabnewsagency",
    "انظر ايضاً",
    "إيران وروسيا توقعان حزمة من الاتفاقيات",
)
TEXT = "\n".join(LINES) + "\n"
BLOCK_KINDS = (
    "headline",
    "dateline",
    "paragraph",
    "paragraph",
    "paragraph",
    "paragraph",
    "boilerplate",
    "paragraph",
    "related",
    "related",
)


def span(fragment: str, occurrence: int = 0, text: str = TEXT) -> Span:
    """The span of the *occurrence*-th appearance of *fragment* in *text*."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    return Span.of(text, start, start + len(fragment))


def line(index: int) -> Span:
    return span(LINES[index])


def entity(id: str, type: str, name: str, *mentions: Span) -> Entity:
    found = mentions or (span(name),)
    return Entity(
        id=id, type=type, name=name, mentions=tuple(Mention(span=m, type=type) for m in found)
    )


def statement(id: str, kind: str, content: Span, *speakers: str) -> Statement:
    return Statement(id=id, kind=kind, content=content, speakers=speakers)


def gold_statement(kind: str, content: str, *speakers: str) -> GoldStatement:
    return GoldStatement(kind=kind, content=content, speakers=speakers)


ENTITIES = (
    entity("E1", "PER", "الكسي بوشكوف"),
    entity("E2", "PER", "بوشكوف", span("بوشكوف", 2)),  # a missed coreference: a duplicate
    entity("E3", "LOC", "وروسيا"),  # the mention keeps its clitic: still روسيا
    entity("E4", "ORG", "سانا"),  # optional in the gold
    entity("E5", "LOC", "الربيع"),  # not an entity at all
    entity("E6", "LOC", "مجلس الدوما"),  # right entity, wrong type
    entity("E7", "PER", "علي أكبر ولايتي"),
)
STATEMENTS = (
    statement("S1", "indirect", span("العلاقات بين البلدين تتطور بشكل ثابت"), "E1"),
    statement("S2", "indirect", span("التعاون الاقتصادي سيتواصل في المرحلة"), "E2"),
    statement("S3", "indirect", span("وطهران تبحثان الملفات في الربيع"), "E1"),
    statement("S4", "indirect", span("العلاقات بين البلدين تتطور بشكل ثابت", 1), "E7"),
    statement("S5", "indirect", span("الوضع مستقر في المنطقة كلها")),
    statement("S6", "indirect", span("مصادر")),
)
ARTICLE = Article(
    text=TEXT,
    headline=line(0),
    dateline=Dateline(span=line(1), place="موسكو", agency="سانا"),
    blocks=tuple(Block(kind=kind, span=line(i)) for i, kind in enumerate(BLOCK_KINDS)),
    stories=(Story(headline=line(0), blocks=tuple(range(8))),),
    related=(Teaser(headline=line(9), blocks=(8, 9)),),
    entities=ENTITIES,
    statements=STATEMENTS,
)
GOLD = GoldArticle(
    id="test",
    file="corpus/test.txt",
    headline="بوشكوف: العلاقات الروسية الايرانية تكتسبُ طابعاً ثابتاً",
    dateline=GoldDateline(text="موسكو-سانا", place="موسكو", agency="سانا"),
    stories=(GoldStory(headline="a"), GoldStory(headline="b")),
    boilerplate_lines=(LINES[6], LINES[7]),
    related=(GoldTeaser(headline="ايران وروسيا توقعان حزمة من الاتفاقيات", dateline=None),),
    entities=(
        GoldEntity(name="الكسي بوشكوف", type="PER", aliases=("بوشكوف",)),
        GoldEntity(name="علي أكبر ولايتي", type="PER", aliases=("ولايتي",)),
        GoldEntity(name="روسيا", type="LOC"),
        GoldEntity(name="طهران", type="LOC"),
        GoldEntity(name="مجلس الدوما", type="ORG"),
    ),
    optional_entities=(GoldEntity(name="سانا", type="ORG"),),
    statements=(
        gold_statement("indirect", "العلاقات بين البلدين تتطور بشكل ثابت", "الكسي بوشكوف"),
        gold_statement(
            "direct", "التعاون الاقتصادي سيتواصل في المرحلة الجديدة بين البلدين", "الكسي بوشكوف"
        ),
        gold_statement("indirect", "روسيا وطهران تبحثان الملفات في الربيع", "علي أكبر ولايتي"),
        gold_statement("headline", "العلاقات الروسية الإيرانية تكتسب طابعا ثابتا", "الكسي بوشكوف"),
    ),
    optional_statements=(GoldStatement(cue="وأفادت", content="الوضع مستقر في المنطقة كلها"),),
)


def test_light_key_folds_diacritics_alef_punctuation_and_spaces() -> None:
    assert light_key("إيرانُ، والعراقِ:\u00a0«آسيا»  الوسطى") == "ايران والعراق اسيا الوسطي"
    assert light_key("مكتبة") == light_key("مكتبه")


def test_entities_clitic_duplicate_optional_and_false_positive() -> None:
    scores = score_article(ARTICLE, GOLD).scores
    # tp: الكسي بوشكوف, وروسيا (clitic off), مجلس الدوما, علي أكبر ولايتي; fp: the second
    # بوشكوف and الربيع; سانا is optional; طهران is missed
    assert scores.entities == Counts(tp=4, fp=2, fn=1)
    assert scores.entity_type("PER") == Counts(tp=2, fp=1, fn=0)
    assert scores.entity_type("ORG") == Counts(tp=0, fp=0, fn=1)
    assert scores.entity_type("LOC") == Counts(tp=1, fp=2, fn=1)
    assert scores.entity_type_accuracy == Ratio(correct=3, total=4)


def test_entity_misses_name_what_to_fix() -> None:
    misses = {(m.metric, m.error, m.detail) for m in score_article(ARTICLE, GOLD).misses}
    assert ("entity", "duplicate", "PER بوشكوف") in misses
    assert ("entity", "false positive", "LOC الربيع") in misses
    assert ("entity", "missed", "LOC طهران") in misses
    assert ("entity type", "wrong", "مجلس الدوما: LOC, gold ORG") in misses


def test_mention_without_clitic_rule_does_not_match() -> None:
    # a conjunction و may come off a mention, but not an arbitrary letter: تروسيا is not روسيا
    text = "زار تروسيا أمس."
    article = Article(
        text=text, entities=(entity("E1", "LOC", "تروسيا", span("تروسيا", text=text)),)
    )
    gold = GoldArticle(
        id="x", file="x", headline="", entities=(GoldEntity(name="روسيا", type="LOC"),)
    )
    assert score_article(article, gold).scores.entities == Counts(tp=0, fp=1, fn=1)


def test_statements_one_to_one_optional_ignored() -> None:
    scores = score_article(ARTICLE, GOLD).scores
    # S1, S2, S3 found; S4 repeats S1's content (gold taken once): fp; S5 optional; S6 fp;
    # the headline statement is missed
    assert scores.statements == Counts(tp=3, fp=2, fn=1)
    # S2's speaker is the duplicate بوشكوف entity, which still matches the gold speaker by
    # alias; S3 names بوشكوف for ولايتي's words
    assert scores.attribution == Counts(tp=2, fp=3, fn=2)
    assert scores.kind_accuracy == Ratio(correct=2, total=3)


@pytest.mark.parametrize(
    ("content", "found"),
    [
        ("الوفد بحث القضايا الثنائية", True),  # 2 of 4 tokens shared: F1 0.5
        ("الوفد ناقش القضايا الثنائية", False),  # 1 of 4: F1 0.25
    ],
)
def test_statement_token_f1_threshold(content: str, found: bool) -> None:
    gold_content = "الوفد بحث الملفات الاقتصادية"
    text = f"وقال إن {content}."
    article = Article(
        text=text, statements=(statement("S1", "indirect", span(content, text=text)),)
    )
    gold = GoldArticle(
        id="x",
        file="x",
        headline="",
        statements=(gold_statement("indirect", gold_content, "أحد"),),
    )
    expected = Counts(tp=1, fp=0, fn=0) if found else Counts(tp=0, fp=1, fn=1)
    assert score_article(article, gold).scores.statements == expected
    assert token_f1(content, gold_content) == (0.5 if found else 0.25)


@pytest.mark.parametrize(
    ("speakers", "attributed"),
    [(("E1", "E2"), True), (("E2", "E1"), True), (("E1",), False), (("E1", "E2", "E3"), False)],
)
def test_joint_speakers_must_equal_the_gold_set(
    speakers: tuple[str, ...], attributed: bool
) -> None:
    text = "جددت إيران وروسيا وتركيا التأكيد على الحل السياسي."
    article = Article(
        text=text,
        entities=(
            entity("E1", "LOC", "إيران", span("إيران", text=text)),
            entity("E2", "LOC", "روسيا", span("وروسيا", text=text)),
            entity("E3", "LOC", "تركيا", span("وتركيا", text=text)),
        ),
        statements=(statement("S1", "indirect", span("الحل السياسي", text=text), *speakers),),
    )
    gold = GoldArticle(
        id="x",
        file="x",
        headline="",
        entities=(
            GoldEntity(name="إيران", type="LOC", aliases=("ايران",)),
            GoldEntity(name="روسيا", type="LOC"),
            GoldEntity(name="تركيا", type="LOC"),
        ),
        statements=(gold_statement("indirect", "الحل السياسي", "ايران", "روسيا"),),
    )
    expected = Counts(tp=1, fp=0, fn=0) if attributed else Counts(tp=0, fp=1, fn=1)
    assert score_article(article, gold).scores.attribution == expected


def test_layout_scores() -> None:
    scores = score_article(ARTICLE, GOLD).scores
    assert scores.headline_accuracy == Ratio(correct=1, total=1)  # hamza, tanween, damma differ
    assert scores.dateline_accuracy == Ratio(correct=1, total=1)
    # the footer line is a boilerplate block; the link line was left in a paragraph
    assert scores.boilerplate_removed == Ratio(correct=1, total=2)
    assert scores.related_found == Ratio(correct=1, total=1)
    assert scores.story_count_accuracy == Ratio(correct=0, total=1)


@pytest.mark.parametrize(
    ("system", "gold", "correct"),
    [
        (None, None, True),
        ("سانا", None, False),
        (None, GoldDateline(place="دمشق", agency="سانا"), False),
        ("سانا", GoldDateline(place="دمشق", agency="سانا"), True),
        ("سانا", GoldDateline(place="دمشق", agency="واس"), False),
    ],
)
def test_dateline_accuracy(system: str | None, gold: GoldDateline | None, correct: bool) -> None:
    text = "عنوان\nدمشق-سانا\nنص."
    dateline = None
    if system is not None:
        dateline = Dateline(span=span("دمشق-سانا", text=text), place="دمشق", agency=system)
    article = Article(text=text, dateline=dateline)
    reference = GoldArticle(id="x", file="x", headline="عنوان", dateline=gold)
    accuracy = score_article(article, reference).scores.dateline_accuracy
    assert accuracy == Ratio(correct=int(correct), total=1)


def test_headline_with_a_section_prefix_matches_the_gold_headline() -> None:
    text = "عام / حالة الطقس\n\nنص."
    article = Article(
        text=text, section=span("عام /", text=text), headline=span("حالة الطقس", text=text)
    )
    gold = GoldArticle(id="x", file="x", headline="عام / حالة الطقس")
    assert score_article(article, gold).scores.headline_accuracy == Ratio(correct=1, total=1)


@pytest.mark.parametrize(
    ("headline", "gold", "correct"),
    [(None, "", True), (None, "عنوان", False), ("عنوان", "", False), ("عنوان", "عنوان", True)],
)
def test_a_page_without_a_headline_matches_an_empty_gold_headline(
    headline: str | None, gold: str, correct: bool
) -> None:
    text = "عنوان\n\nنص الخبر."
    article = Article(text=text, headline=None if headline is None else span(headline, text=text))
    reference = GoldArticle(id="x", file="x", headline=gold)
    accuracy = score_article(article, reference).scores.headline_accuracy
    assert accuracy == Ratio(correct=int(correct), total=1)


def write_gold(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold" / "bad.jsonl"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


MINIMAL = {
    "id": "one",
    "file": "corpus/one.txt",
    "headline": "عنوان الخبر",
    "dateline": {"text": "دمشق-سانا", "place": "دمشق", "agency": "سانا"},
    "entities": [],
    "statements": [],
}


def test_load_gold_names_the_file_and_line_of_bad_json(tmp_path: Path) -> None:
    path = write_gold(tmp_path, json.dumps(MINIMAL), "{not json")
    with pytest.raises(GoldError, match=r"bad\.jsonl, line 2: invalid JSON"):
        load_gold(path)


def test_load_gold_names_the_file_and_line_of_a_missing_field(tmp_path: Path) -> None:
    incomplete = {key: value for key, value in MINIMAL.items() if key != "headline"}
    path = write_gold(tmp_path, "", json.dumps(incomplete))
    with pytest.raises(GoldError, match=r"bad\.jsonl, line 2: missing field 'headline'"):
        load_gold(path)


def test_load_gold_rejects_a_malformed_entity(tmp_path: Path) -> None:
    broken = {**MINIMAL, "entities": [{"name": "دمشق"}]}
    path = write_gold(tmp_path, json.dumps(broken))
    with pytest.raises(GoldError, match=r"line 1, entities\[0\]: missing field 'type'"):
        load_gold(path)


def test_evaluate_gold_names_an_unreadable_article(tmp_path: Path, bare_pipeline: Pipeline) -> None:
    path = write_gold(tmp_path, json.dumps(MINIMAL))
    with pytest.raises(GoldError, match=r"corpus/one\.txt"):
        evaluate_gold(path, pipeline=bare_pipeline)


def test_evaluate_gold_resolves_files_against_the_corpus_root(
    tmp_path: Path, bare_pipeline: Pipeline
) -> None:
    path = write_gold(tmp_path, json.dumps(MINIMAL))
    root = tmp_path / "elsewhere"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "one.txt").write_text("عنوان الخبر\n\nدمشق-سانا\n\nنص.\n", encoding="utf-8")
    report = evaluate_gold(path, corpus_root=root, pipeline=bare_pipeline)
    assert [article.id for article in report.articles] == ["one"]
    assert report.totals().headline_accuracy == Ratio(correct=1, total=1)
    assert report.totals().dateline_accuracy == Ratio(correct=1, total=1)


@pytest.mark.corpus
def test_evaluate_sana_dev(shared_dir: Path, khabar_pipeline: Pipeline) -> None:
    report = evaluate_gold(shared_dir / "gold" / "sana-dev.jsonl", pipeline=khabar_pipeline)
    assert [article.id for article in report.articles] == [
        "sana-000_95620cfd22d33f1f",
        "sana-sana_sydaily_article1",
    ]
    seed = report.articles[0].scores
    # the seed's headline is its first line, and its dateline موسكو-سانا gives place and agency
    assert seed.headline_accuracy == Ratio(correct=1, total=1)
    assert seed.dateline_accuracy == Ratio(correct=1, total=1)
    assert report.totals().headline_accuracy == Ratio(correct=2, total=2)
    assert report.totals().entities.tp + report.totals().entities.fn == 34
    assert report.totals().statements.tp + report.totals().statements.fn == 24
    assert report.totals().boilerplate_removed.total == 6

    rendered = report.render(per_article=True)
    assert rendered.splitlines()[0].endswith("sana-dev.jsonl: 2 articles")
    assert "headline accuracy    1.000 (2/2)" in rendered
    assert "== sana-000_95620cfd22d33f1f" in rendered
    document = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert document["articles"] == 2
    assert document["totals"]["headline_accuracy"] == {"value": 1.0, "correct": 2, "total": 2}


def test_render_layout_is_stable() -> None:
    from khabar.evaluate import EvaluationReport

    report = EvaluationReport(articles=(score_article(ARTICLE, GOLD),), gold="g.jsonl")
    lines = report.render().splitlines()
    assert lines[0] == "gold g.jsonl: 1 article"
    assert lines[2] == "entities      P 0.667  R 0.800  F1 0.727  (tp 4, fp 2, fn 1)"
    assert "kind accuracy        0.667 (2/3)" in lines
    assert "boilerplate removed  0.500 (1/2)" in lines
