"""Test helpers for khabar and its plugins: fixtures and Hypothesis strategies.

Installed as a pytest plugin (entry point ``pytest11``); its fixtures are available in any test
session once khabar is installed:

``khabar_pipeline``
    a :class:`khabar.Pipeline` with a fresh plugin manager: the built-in plugins and the
    installed ones (entry points are loaded unless ``KHABAR_DISABLE_PLUGIN_AUTOLOAD`` is set).
``bare_pipeline``
    a :class:`khabar.Pipeline` with only the built-in plugins.
``no_plugin_autoload``
    sets ``KHABAR_DISABLE_PLUGIN_AUTOLOAD=1`` for one test, so code that builds its own plugin
    manager sees the built-in plugins only.
``shared_dir``
    the ``shared/`` folder beside the repository (real articles and gold), or a skip.

The strategies (:func:`arabic_words`, :func:`arabic_text`, :func:`sana_articles`) need
Hypothesis, which is imported only when one of them is called; :func:`register_hypothesis_profiles`
gives a test suite the ``dev`` and ``ci`` profiles khabar's own tests use.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pytest

from khabar.model import Article
from khabar.pipeline import Pipeline
from khabar.plugins import make_plugin_manager

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "StatementRow",
    "arabic_text",
    "arabic_words",
    "bare_pipeline",
    "find_shared_dir",
    "khabar_pipeline",
    "no_plugin_autoload",
    "register_hypothesis_profiles",
    "sana_articles",
    "shared_dir",
    "statement_rows",
    "uncovered_text",
]


@pytest.fixture
def khabar_pipeline() -> Pipeline:
    """A pipeline with every installed plugin, on a fresh plugin manager.

    ``KHABAR_DISABLE_PLUGIN_AUTOLOAD`` and ``KHABAR_DISABLE_PLUGINS`` are honoured.
    """
    return Pipeline(make_plugin_manager())


@pytest.fixture
def bare_pipeline() -> Pipeline:
    """A pipeline with the built-in plugins only."""
    return Pipeline(make_plugin_manager(autoload=False))


@pytest.fixture
def no_plugin_autoload(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep installed plugins out of this test: ``KHABAR_DISABLE_PLUGIN_AUTOLOAD=1``."""
    monkeypatch.setenv("KHABAR_DISABLE_PLUGIN_AUTOLOAD", "1")


def uncovered_text(article: Article) -> str:
    """The visible characters of the article's text that lie in no block.

    A layout must lose nothing: ``uncovered_text(article) == ""`` is the check every layout
    plugin's tests should make (whitespace and invisible format characters do not count).
    """
    covered = bytearray(len(article.text))
    for block in article.blocks:
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
    return "".join(
        char
        for char, seen in zip(article.text, covered, strict=True)
        if not seen and not char.isspace() and unicodedata.category(char) != "Cf"
    )


StatementRow = tuple[str, str, tuple[str, ...], str, str, bool]
"""One statement in a test's expected values: (cue as written, kind, speakers by entity name,
first and last word of the content, anonymous)."""


def statement_rows(article: Article) -> list[StatementRow]:
    """The article's statements as :data:`StatementRow` tuples, compact enough to assert every
    statement of a real article exactly."""
    rows: list[StatementRow] = []
    for statement in article.statements:
        words = statement.content.text.split()
        speakers = tuple(article.entity(speaker).name for speaker in statement.speakers)
        cue = statement.cue.span.text if statement.cue is not None else ""
        rows.append((cue, statement.kind, speakers, words[0], words[-1], statement.anonymous))
    return rows


def find_shared_dir(start: Path | None = None) -> Path | None:
    """The ``shared/`` folder: ``$KHABAR_SHARED`` or a ``shared`` beside an ancestor folder."""
    if os.environ.get("KHABAR_SHARED"):
        return Path(os.environ["KHABAR_SHARED"])
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "shared"
        if (candidate / "corpus").is_dir():
            return candidate
        candidate = folder.parent / "shared"
        if (candidate / "corpus").is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder with the real articles and the gold annotations."""
    found = find_shared_dir()
    if found is None:
        pytest.skip("the shared/ folder with the real articles is not beside this checkout")
    return found


def register_hypothesis_profiles() -> None:
    """Register the Hypothesis profiles ``dev`` (50 examples) and ``ci`` (100, no deadline,
    derandomised) and load ``ci`` when the ``CI`` environment variable is set (to anything but
    ``0`` or ``false``), else ``dev``.

    Call it from a ``conftest.py``; it is not done on import, so installing khabar never changes
    another project's Hypothesis settings.
    """
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.register_profile(
        "ci",
        max_examples=100,
        deadline=None,
        derandomize=True,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    on_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    settings.load_profile("ci" if on_ci else "dev")


# Material for the strategies: single common words and the conventions of Arabic news writing,
# no article text.
_STEMS: Final = tuple(
    """وزير الوزير رئيس الرئيس مجلس الحكومة العلاقات التعاون المنطقة اللجنة الأمم المتحدة سورية
    روسيا إيران العراق مصر موسكو دمشق بغداد ولايتي أحمد محمد علي مصطفى فاطمة مدرسة الشركة اليوم
    الاقتصادية الدولية إطار أكّد أشار أعلن قال قالت بحث خلال لقاء""".split()  # noqa: SIM905
)
_PLACES: Final = ("موسكو", "دمشق", "بغداد", "القاهرة", "طهران", "بيروت", "جاكرتا", "حلب")
_PROCLITICS: Final = ("", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "وال", "بال", "لل")
_DIACRITICS: Final = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_TATWEEL: Final = "\u0640"
_INVISIBLE: Final = ("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u202c", "\u2067")
_SPACES: Final = (" ", " ", " ", " ", "\u00a0", "\t", "\u202f")
_PUNCTUATION: Final = ("،", ".", ":", "؛", "؟", "!", "-", "(", ")", "/", "...")
_QUOTE_PAIRS: Final = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"), ("‹", "›"))
_CUES: Final = ("وقال", "وأكد", "وأشار", "وأضاف", "وقالت", "ولفت", "وبين")
_DIGITS: Final = ("2016", "٢٠١٦", "۱۲", "15", "٣")
_UNDECORATED: Final = ("",) * 36
"""Most letters carry nothing: two in three in :func:`arabic_words`."""


def arabic_words(*, decorated: bool = True) -> SearchStrategy[str]:
    """A Hypothesis strategy for one Arabic word, with proclitics (و ف ب ل ك ال and their
    combinations) and, when *decorated*, sprinkled diacritics, tatweel and zero-width characters.
    """
    from hypothesis import strategies as st

    @st.composite
    def word(draw: DrawFn) -> str:
        stem = draw(st.sampled_from(_STEMS))
        proclitic = draw(st.sampled_from(_PROCLITICS))
        if stem.startswith("ال") and proclitic.endswith("ال"):
            proclitic = proclitic[: -len("ال")]  # و + الوزير -> والوزير
        if stem.startswith("ال") and proclitic.endswith("ل"):
            stem = stem[1:]  # ل + ال is written لل: ل + التعاون -> للتعاون
            proclitic = (
                proclitic.removesuffix("لل") + "ل" if proclitic.endswith("لل") else proclitic
            )
        letters = proclitic + stem
        if not decorated:
            return letters
        out: list[str] = []
        for letter in letters:
            out.append(letter)
            out.append(draw(st.sampled_from((*_UNDECORATED, *_DIACRITICS, _TATWEEL, *_INVISIBLE))))
        return "".join(out)

    return word()


def arabic_text(*, max_size: int = 400) -> SearchStrategy[str]:
    """A Hypothesis strategy for text mixing Arabic words (with clitics and diacritics), quoted
    passages, punctuation, digits, newlines, no-break and invisible characters, and noise:
    lone Arabic-block characters and arbitrary Unicode."""
    from hypothesis import strategies as st

    quoted = st.builds(
        lambda pair, words: pair[0] + " ".join(words) + pair[1],
        st.sampled_from(_QUOTE_PAIRS),
        st.lists(arabic_words(), min_size=1, max_size=4),
    )
    piece = st.one_of(
        arabic_words(),
        arabic_words(),
        quoted,
        st.sampled_from(_PUNCTUATION + _DIGITS + _SPACES + _INVISIBLE + ("\n", "\n\n", "\r\n")),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(),
    )
    return (
        st.lists(piece, max_size=max(1, max_size // 6))
        .map("".join)
        .map(lambda text: text[:max_size])
    )


def sana_articles() -> SearchStrategy[str]:
    """A Hypothesis strategy for articles laid out the way SANA writes them: a headline line, a
    blank line, a ``<place>-سانا`` dateline line (or the dateline opening the first paragraph),
    paragraphs with reporting cues and quotations, and sometimes a footer of follow-us lines
    and a related-article teaser."""
    from hypothesis import strategies as st

    plain_words = st.lists(arabic_words(decorated=False), min_size=2, max_size=12).map(" ".join)

    @st.composite
    def paragraph(draw: DrawFn) -> str:
        text = draw(plain_words)
        if draw(st.booleans()):
            opening, closing = draw(st.sampled_from(_QUOTE_PAIRS))
            cue = draw(st.sampled_from(_CUES))
            text = f"{cue} {draw(plain_words)} إن {opening}{text}{closing}"
        return text + draw(st.sampled_from((".", ".", "", "،")))

    @st.composite
    def article(draw: DrawFn) -> str:
        headline = draw(plain_words)
        if draw(st.booleans()):
            headline = f"{draw(plain_words)}: {headline}"
        place = draw(st.sampled_from(_PLACES))
        separator = draw(st.sampled_from(("-", "-", " - ", "–")))
        dateline = f"{place}{separator}سانا"
        paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=5))
        if draw(st.booleans()):
            lines = [headline, dateline, *paragraphs]
        else:
            lines = [headline, f"{dateline} {paragraphs[0]}", *paragraphs[1:]]
        if draw(st.booleans()):
            lines += ["تابعونا عبر تطبيق واتس أب :", "https://example.org/sana"]
        if draw(st.booleans()):
            lines += ["انظر ايضاً", draw(plain_words), f"{place}-سانا {draw(paragraph())}"]
        blank = draw(st.sampled_from(("\n\n", "\n\n", "\n", "\r\n\r\n")))
        return blank.join(lines) + draw(st.sampled_from(("", "\n")))

    return article()
