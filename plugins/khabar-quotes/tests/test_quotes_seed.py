"""The SANA seed article: its 18 statements, each with speakers, cue, kind and content."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import Article, Pipeline, Statement

SEED = Path("corpus") / "sana" / "dev" / "000_95620cfd22d33f1f.txt"

PUSHKOV = "الكسي بوشكوف"
VELAYATI = "علي أكبر ولايتي"
ALIASES = {PUSHKOV: {"بوشكوف"}, VELAYATI: {"ولايتي"}, "الكسندر لافرينتيف": {"لافرينتيف"}}

# (cue as written, kind, speakers by entity name, first and last word of the content, story)
EXPECTED = [
    (":", "headline", (PUSHKOV,), "العلاقات", "واستراتيجيا", 0),
    ("أعلن", "indirect", (PUSHKOV,), "التعاون", "البلدين", 0),
    ("وقال", "direct", (PUSHKOV,), "هيكلية", "أيضا", 0),
    ("وأشار", "indirect", (PUSHKOV,), "بحث", "الثنائية", 0),
    ("أعلن", "indirect", (VELAYATI,), "الأزمة", "وروسيا", 0),
    ("وقال", "direct", (VELAYATI,), "النجاح", "والعالم", 0),
    ("وأكد", "indirect", (VELAYATI,), "التطرف", "المجال", 0),
    ("وأشار", "indirect", (VELAYATI,), "بالرغم", "خاص", 0),
    ("وأضاف", "direct", (VELAYATI,), "لقد", "الأمد", 0),
    ("موضحا", "indirect", (VELAYATI,), "الجانبين", "لذلك", 0),
    ("وأعلن", "indirect", ("مجلس الأمن القومي الروسي",), "جرت", "والتقني", 0),
    ("جددت", "indirect", ("إيران", "روسيا"), "تطابق", "الإرهابيين", 1),
    ("وشدد", "indirect", ("الكسندر لافرينتيف", VELAYATI), "ضرورة", "سوري", 1),
    ("وصف", "indirect", (VELAYATI,), "في", "بينهما", 1),
    ("مشيرا", "indirect", (VELAYATI,), "المواقف", "السلمية", 1),
    ("وأشار", "indirect", (VELAYATI,), "التعاون", "مستمرا", 1),
    ("لافتا", "indirect", (VELAYATI,), "روسيا", "للتعاون", 1),
    ("أكد", "indirect", (VELAYATI,), "إيران", "القضايا", 1),
]


@pytest.fixture(scope="module")
def seed(request: pytest.FixtureRequest) -> Article:
    shared_dir: Path = request.getfixturevalue("shared_dir")
    return Pipeline().process((shared_dir / SEED).read_text(encoding="utf-8"))


def _is(article: Article, entity_id: str, name: str) -> bool:
    """Whether the entity is the one the gold calls *name* (its name or a known alias)."""
    entity = article.entity(entity_id)
    return bool({entity.name, *entity.aliases} & {name, *ALIASES.get(name, ())})


def _row(article: Article, statement: Statement) -> tuple[object, ...]:
    assert statement.cue is not None
    words = statement.content.text.split()
    return (statement.cue.span.text, statement.kind, words[0], words[-1], statement.story)


def test_the_seed_has_exactly_the_18_gold_statements(seed: Article) -> None:
    assert [_row(seed, s) for s in seed.statements] == [
        (cue, kind, first, last, story) for cue, kind, _, first, last, story in EXPECTED
    ]


@pytest.mark.parametrize("number", range(len(EXPECTED)))
def test_each_statement_has_the_gold_speakers(seed: Article, number: int) -> None:
    statement = seed.statements[number]
    speakers = EXPECTED[number][2]
    assert len(statement.speakers) == len(speakers)
    for entity_id, name in zip(statement.speakers, speakers, strict=True):
        assert _is(seed, entity_id, name), (seed.entity(entity_id), name)
    assert not statement.anonymous


def test_contents_exclude_the_particle_and_the_quote_marks(seed: Article) -> None:
    by_cue = {
        (s.cue.span.text if s.cue else "", s.content.text.split()[0]): s for s in seed.statements
    }
    said = by_cue[("وقال", "هيكلية")].content.text
    assert said == (
        "هيكلية التجارة الخارجية لروسيا تخضع حاليا لتغييرات جذرية وأن الشراكة بين روسيا وإيران"
        " تكتسب طابعا ثابتا واستراتيجيا أيضا"
    )
    # the quote the seed closes with “ instead of ”, then the participle after it
    added = by_cue[("وأضاف", "لقد")].content.text
    assert added.endswith("ولكن العلاقات بين ايران وروسيا تعتبر استراتيجية وطويلة الأمد")
    assert by_cue[("موضحا", "الجانبين")].content.text.startswith("الجانبين يعيران اهتماما")


def test_the_headline_speaker_is_named_where_he_is_named(seed: Article) -> None:
    headline = seed.statements[0]
    assert headline.speaker_span is not None
    assert headline.speaker_span.text == "بوشكوف"
    assert headline.cue is not None
    assert headline.cue.lemma == ":"


def test_cue_lemmas_are_the_verbs(seed: Article) -> None:
    lemmas = [s.cue.lemma for s in seed.statements if s.cue]
    assert lemmas[1:5] == ["أعلن", "قال", "أشار", "أعلن"]
    assert lemmas[9] == "أوضح"
