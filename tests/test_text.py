"""The Arabic text layer: normalisation, the offset map, tokens and proclitics."""

from __future__ import annotations

import pytest
import regex

from khabar.text import QUOTE, Stem, Token, match_key, normalize, stems, tokenize
from khabar.text.normalize import ATTACHED_MARKS

FATHA, DAMMA, KASRA, SHADDA, SUKUN, TANWIN_FATH = (
    "\u064e",
    "\u064f",
    "\u0650",
    "\u0651",
    "\u0652",
    "\u064b",
)
TATWEEL = "\u0640"
ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM = "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c"


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        # diacritics: harakat, tanwin, shadda, sukun, the dagger alef, Quranic signs
        ("مُحَمَّدٌ", "محمد"),
        (f"كِتَابً{SUKUN}", "كتاب"),
        ("هٰذا", "هذا"),
        ("الرَّحْمٰنِ", "الرحمن"),
        ("صلى\u0610", "صلي"),
        # tatweel
        (f"سـ{TATWEEL}ـوريا", "سوريا"),
        # alef and hamza forms: every alef to the bare alef, never to a lone hamza
        ("إيران", "ايران"),
        ("أحمد", "احمد"),
        ("آخر", "اخر"),
        ("ٱلله", "الله"),
        ("ا\u0654حمد", "احمد"),  # alef + combining hamza above
        # ى/ي and ة/ه
        ("مصطفى", "مصطفي"),
        ("مدرسة", "مدرسه"),
        ("ۀ", "ه"),
        # Persian keyboard letters
        ("ایران", "ايران"),
        ("کرکوک", "كركوك"),
        # Arabic-Indic and Persian digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        # Latin letters fold to lower case
        ("SANA", "sana"),
    ],
)
def test_match_key_folds(raw: str, key: str) -> None:
    assert match_key(raw) == key


def test_hamza_is_never_rewritten_to_a_lone_hamza() -> None:
    assert "ء" not in match_key("إيران أسامة آمال")
    assert match_key("إيران") == match_key("ايران") == match_key("ایران")


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "\t", "\u205f", "\u1680"]
)
def test_no_break_and_typographic_spaces_become_a_space(space: str) -> None:
    assert normalize(f"دمشق{space}سانا").text == "دمشق سانا"
    assert match_key(f"دمشق{space}{space}سانا") == "دمشق سانا"


@pytest.mark.parametrize(
    "invisible",
    [ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, "\u2060", "\ufeff", "\u00ad"]
    + [chr(code) for code in range(0x202A, 0x202F)]
    + [chr(code) for code in range(0x2066, 0x206A)],
)
def test_zero_width_and_bidi_controls_are_removed(invisible: str) -> None:
    assert normalize(f"{invisible}سو{invisible}ريا{invisible}").text == "سوريا"


@pytest.mark.parametrize("mark", list('"«»“”„‟‹›‘’‚‛⹂〝〞〟＂「」『』﹁﹂﹃﹄｢｣″‶'))
def test_every_quotation_mark_becomes_the_ascii_double_quote(mark: str) -> None:
    assert normalize(f"{mark}نعم{mark}").text == f"{QUOTE}نعم{QUOTE}"


def test_quotation_marks_are_those_of_unicode_apostrophes_excepted() -> None:
    quotation_marks = {
        chr(code) for code in range(0x10000) if regex.match(r"\p{Quotation_Mark}", chr(code))
    }
    folded = {mark for mark in quotation_marks if normalize(mark).text == QUOTE}
    assert quotation_marks - folded == {"'", "＇"}


def test_apostrophe_is_kept() -> None:
    assert normalize("O'Neil").text == "o'neil"


def test_everything_else_is_kept_character_for_character() -> None:
    raw = "قال الوزير: إن ١٥ مسؤولا (2016) - ذلك؟!"
    shadow = normalize(raw)
    assert shadow.text == "قال الوزير: ان 15 مسؤولا (2016) - ذلك؟!"
    assert len(shadow.text) == len(raw)


def test_normalize_of_empty_text() -> None:
    shadow = normalize("")
    assert shadow.text == ""
    assert shadow.to_raw(0) == 0
    with pytest.raises(IndexError):
        shadow.to_raw(1)


@pytest.mark.parametrize("raw", ["", "إيرانُ", "قالَ «نعم»", "\u200fمُحَمَّد\u200b", "ـــ", "ۀ ی ک ٣"])
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once
    assert match_key(match_key(raw)) == match_key(raw)


# --- the offset map ----------------------------------------------------------------------------


def _check_map(raw: str) -> None:
    """Every shadow character maps to a raw character that normalises to it."""
    shadow = normalize(raw)
    previous = -1
    for offset, char in enumerate(shadow.text):
        raw_offset = shadow.to_raw(offset)
        assert raw_offset > previous
        assert normalize(raw[raw_offset]).text == char
        previous = raw_offset
    assert shadow.to_raw(len(shadow.text)) == len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        f"{FATHA}{ZWSP}كتب",  # invisible characters at the start
        f"كَتَبَ{ZWNJ}{RLM}الوَلَدُ",  # in the middle
        f"كتب{DAMMA}{ZWJ}{SHADDA}",  # at the end
        f"{LRM}{KASRA}ك{SUKUN}{ZWSP}ت{TATWEEL}ب{TANWIN_FATH}{RLM}",  # everywhere
        f"{FATHA}{DAMMA}{ZWSP}",  # nothing kept
    ],
)
def test_offset_map_with_deleted_characters(raw: str) -> None:
    _check_map(raw)


def test_to_raw_exact_values() -> None:
    raw = f"{FATHA}ك{FATHA}ت{ZWSP}{ZWNJ}ب{DAMMA}"
    shadow = normalize(raw)
    assert shadow.text == "كتب"
    assert [shadow.to_raw(offset) for offset in range(4)] == [1, 3, 6, 8]
    assert shadow.span_to_raw(0, 3) == (1, 7)  # the trailing damma is not in the span
    assert shadow.span_to_raw(1, 2) == (3, 4)
    assert shadow.span_to_raw(2, 2) == (6, 6)
    with pytest.raises(IndexError):
        shadow.to_raw(-1)
    with pytest.raises(IndexError):
        shadow.to_raw(4)


def test_spans_to_raw_agrees_with_span_to_raw() -> None:
    raw = f"{ZWSP}قالَ{RLM} الوَزيرُ{ZWNJ}: «نعم»{FATHA}"
    shadow = normalize(raw)
    spans = [(0, 3), (4, 10), (10, 11), (12, 13), (13, 16), (16, 17)]
    assert shadow.spans_to_raw(spans) == [shadow.span_to_raw(*span) for span in spans]
    with pytest.raises(ValueError, match="ascending"):
        shadow.spans_to_raw([(12, 13), (0, 3)])
    with pytest.raises(IndexError):
        shadow.spans_to_raw([(3, 3)])


# --- tokens ------------------------------------------------------------------------------------


def _texts(tokens: tuple[Token, ...]) -> list[str]:
    return [token.text for token in tokens]


def test_tokens_carry_raw_offsets_keys_and_indexes() -> None:
    raw = "قال الوزير: إن «السلام» قادم."
    tokens = tokenize(raw)
    assert _texts(tokens) == ["قال", "الوزير", ":", "إن", "«", "السلام", "»", "قادم", "."]
    assert [token.key for token in tokens] == [
        "قال", "الوزير", ":", "ان", '"', "السلام", '"', "قادم", ".",
    ]  # fmt: skip
    assert [(token.start, token.end) for token in tokens[:4]] == [
        (0, 3),
        (4, 10),
        (10, 11),
        (12, 14),
    ]
    assert [token.index for token in tokens] == list(range(9))
    assert tokens[1] == Token(start=4, end=10, text="الوزير", key="الوزير", index=1)
    assert hash(tokens[1]) == hash(Token(start=4, end=10, text="الوزير", key="الوزير", index=1))
    for token in tokens:
        assert raw[token.start : token.end] == token.text


def test_punctuation_runs_are_single_tokens() -> None:
    assert _texts(tokenize("ماذا؟!... (نعم)،")) == [
        "ماذا", "؟", "!", ".", ".", ".", "(", "نعم", ")", "،",
    ]  # fmt: skip


@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›")])
def test_quotation_marks_are_tokens(opening: str, closing: str) -> None:
    tokens = tokenize(f"قال {opening}نعم{closing}")
    assert _texts(tokens) == ["قال", opening, "نعم", closing]
    assert [token.key for token in tokens] == ["قال", QUOTE, "نعم", QUOTE]
    assert [token.is_word for token in tokens] == [True, False, True, False]


def test_diacritics_and_tatweel_stay_inside_their_word() -> None:
    raw = f"مُحَمَّدٌ سـ{TATWEEL}ـوريا"
    tokens = tokenize(raw)
    assert _texts(tokens) == ["مُحَمَّدٌ", f"سـ{TATWEEL}ـوريا"]
    assert [token.key for token in tokens] == ["محمد", "سوريا"]
    assert (tokens[0].start, tokens[0].end, tokens[1].start, tokens[1].end) == (0, 9, 10, 18)


def test_trailing_diacritics_belong_to_the_token() -> None:
    raw = f"قالَ{SHADDA}، نعمْ{TATWEEL}"
    tokens = tokenize(raw)
    assert _texts(tokens) == [f"قالَ{SHADDA}", "،", f"نعمْ{TATWEEL}"]
    assert tokens[-1].end == len(raw)


def test_invisible_controls_between_words_belong_to_no_token() -> None:
    raw = f"{RLM}دمشق{ZWSP} {LRM}سانا{RLM}"
    tokens = tokenize(raw)
    assert [(token.start, token.end, token.text) for token in tokens] == [
        (1, 5, "دمشق"),
        (8, 12, "سانا"),
    ]


def test_zero_width_inside_a_word_does_not_split_it() -> None:
    tokens = tokenize(f"ال{ZWNJ}عراق")
    assert _texts(tokens) == [f"ال{ZWNJ}عراق"]
    assert tokens[0].key == "العراق"


def test_tokens_of_blank_text() -> None:
    assert tokenize("") == ()
    assert tokenize(" \n\t\u00a0" + ZWSP) == ()


def test_tokenize_reuses_a_shadow_and_rejects_another_texts() -> None:
    raw = "قالَ الوزير"
    assert tokenize(raw, normalize(raw)) == tokenize(raw)
    with pytest.raises(ValueError, match="not the shadow"):
        tokenize(raw, normalize("نص آخر مختلف الطول"))


def test_every_visible_character_is_in_exactly_one_token() -> None:
    raw = f"{RLM}وقالَ: «إنّ الوضعَ{ZWSP} مستقر»... ١٥ (2016)\n\nانظر ايضاً"
    tokens = tokenize(raw)
    covered = [0] * len(raw)
    for token in tokens:
        for offset in range(token.start, token.end):
            covered[offset] += 1
    for offset, char in enumerate(raw):
        if char.isspace() or char in {RLM, ZWSP}:
            assert covered[offset] == 0
        else:
            assert covered[offset] == 1, (offset, char)


def test_raw_offset_skips_the_proclitic_and_its_marks() -> None:
    raw = f"ذكر وَ{SHADDA}ولايتي"
    token = tokenize(raw)[1]
    assert token.key == "وولايتي"
    assert token.raw_offset(0) == token.start == 4
    assert token.raw_offset(1) == 7  # past و, its fatha and shadda
    assert raw[token.raw_offset(1) : token.end] == "ولايتي"
    assert token.raw_offset(len(token.key)) == token.end
    assert token.raw_offset(99) == token.end
    with pytest.raises(ValueError, match="key_chars"):
        token.raw_offset(-1)


def test_raw_offset_of_a_plain_token() -> None:
    token = tokenize("بالعراق")[0]
    assert [token.raw_offset(chars) for chars in range(8)] == [0, 1, 2, 3, 4, 5, 6, 7]


def test_raw_offset_after_a_tatweel() -> None:
    token = tokenize(f"ل{TATWEEL}روسيا")[0]
    assert token.key == "لروسيا"
    assert token.text[token.raw_offset(1) - token.start :] == "روسيا"


# --- proclitics --------------------------------------------------------------------------------


def _keys(word: str) -> list[str]:
    return [stem.key for stem in stems(match_key(word))]


@pytest.mark.parametrize(
    ("word", "stem", "prefix", "article"),
    [
        ("وولايتي", "ولايتي", 1, False),
        ("لروسيا", "روسيا", 1, False),
        ("بالعراق", "العراق", 1, True),
        ("وبالعراق", "العراق", 2, True),
        ("فبالتالي", "التالي", 2, True),
        ("للتعاون", "التعاون", 1, True),
        ("وللأمم", "الامم", 2, True),
        ("للجنة", "اللجنه", 1, True),  # ل + اللجنة: the doubled ل written once
        ("كالعادة", "العاده", 1, True),
        ("والرئيس", "الرئيس", 1, True),
        ("فكروسيا", "روسيا", 2, False),
        ("بإيران", "ايران", 1, False),
    ],
)
def test_stems_find_the_word_without_its_proclitics(
    word: str, stem: str, prefix: int, article: bool
) -> None:
    assert Stem(prefix, stem, article) in stems(match_key(word))


def test_stems_exact_readings() -> None:
    assert _keys("وبالعراق") == ["وبالعراق", "بالعراق", "العراق", "عراق"]
    assert _keys("للتعاون") == ["للتعاون", "التعاون", "اللتعاون", "لتعاون", "تعاون"]
    assert _keys("وولايتي") == ["وولايتي", "ولايتي"]
    assert _keys("لروسيا") == ["لروسيا", "روسيا"]
    assert _keys("روسيا") == ["روسيا"]
    assert _keys("العراق") == ["العراق", "عراق"]


def test_the_bare_word_comes_first_then_longer_prefixes() -> None:
    readings = stems("وبالعراق")
    assert readings[0] == Stem(0, "وبالعراق", False)
    assert [stem.prefix for stem in readings] == sorted(stem.prefix for stem in readings)


@pytest.mark.parametrize("word", ["ول", "وب", "بال", "لل", "فك", "وال", "كل"])
def test_short_stems_are_not_produced(word: str) -> None:
    assert [stem.key for stem in stems(word)] == [word]


def test_stems_of_one_letter_and_of_nothing() -> None:
    assert stems("و") == (Stem(0, "و", False),)
    assert stems("") == ()


def test_stems_never_strip_more_than_arabic_allows() -> None:
    # three conjunctions or two prepositions in a row are not Arabic: ووو is not و + و + و
    assert "و" not in _keys("ووو")
    assert "روسيا" not in _keys("ببروسيا")
    assert "روسيا" not in _keys("لوروسيا")  # a preposition never precedes a conjunction


def test_mention_span_leaves_the_clitic_out() -> None:
    raw = "وأشار إلى لقائه وَلايتي وبالعراق للتعاون"
    tokens = tokenize(raw)
    found = {}
    for token in tokens:
        for stem in stems(token.key):
            if stem.key in {"ولايتي", "العراق", "التعاون"}:
                found[stem.key] = raw[token.raw_offset(stem.prefix) : token.end]
                break
    assert found == {"ولايتي": "وَلايتي", "العراق": "العراق", "التعاون": "لتعاون"}


def test_attached_marks_are_arabic_combining_marks_and_tatweel() -> None:
    assert TATWEEL in ATTACHED_MARKS
    assert {FATHA, DAMMA, KASRA, SHADDA, SUKUN, TANWIN_FATH, "\u0670", "\u0654"} <= ATTACHED_MARKS
    assert ZWNJ not in ATTACHED_MARKS
