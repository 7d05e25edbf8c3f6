"""Test helpers for khabar and its plugins: fixtures and Hypothesis strategies.

Installed as a pytest plugin (entry point ``pytest11``); its fixtures are available in any test
session once khabar is installed:

``khabar_pipeline``
    a :class:`khabar.Pipeline` with a fresh plugin manager: the built-in plugins and the
    installed ones (entry points are loaded unless ``KHABAR_DISABLE_PLUGIN_AUTOLOAD`` is set).
``bare_pipeline``
    a :class:`khabar.Pipeline` with only the built-in plugins.
``shared_dir``
    the ``shared/`` folder beside the repository (real articles and gold), or a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.pipeline import Pipeline
from khabar.plugins import make_plugin_manager

__all__ = ["arabic_text", "bare_pipeline", "khabar_pipeline", "shared_dir"]


@pytest.fixture
def khabar_pipeline() -> Pipeline:
    """A pipeline with every installed plugin, on a fresh plugin manager."""
    return Pipeline(make_plugin_manager(autoload=True))


@pytest.fixture
def bare_pipeline() -> Pipeline:
    """A pipeline with the built-in plugins only."""
    return Pipeline(make_plugin_manager(autoload=False))


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
def shared_dir() -> Iterator[Path]:
    """The shared folder with the real articles and the gold annotations."""
    found = find_shared_dir()
    if found is None:
        pytest.skip("the shared/ folder with the real articles is not beside this checkout")
    yield found


def arabic_text() -> object:
    """A Hypothesis strategy for text mixing Arabic letters, diacritics, punctuation and noise."""
    from hypothesis import strategies as st

    alphabet = st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\n.،:؛«»“”\"-()0123456789\u00a0\u200b\u200f\u0640")),
        st.characters(),
    )
    return st.text(alphabet, max_size=400)
