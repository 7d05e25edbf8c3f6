"""khabar (خبر): who is named and who said what in Arabic news, anchored to the original text.

>>> import khabar
>>> article = khabar.process("عنوان الخبر\\n\\nدمشق-سانا\\n\\nنص الخبر.")
>>> article.dateline.place, article.dateline.agency
('دمشق', 'سانا')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from khabar.errors import (
    DecodeError,
    FormatError,
    InputError,
    KhabarError,
    MissingExtraError,
    ModelError,
    PluginError,
    SchemaError,
)
from khabar.formats import OutputFormat
from khabar.lexicon import Lexicon, LexiconEntry
from khabar.model import (
    Article,
    Block,
    Cue,
    Dateline,
    Entity,
    Mention,
    Span,
    Statement,
    Story,
    Teaser,
)
from khabar.pipeline import BatchResult, Pipeline, default_pipeline, process
from khabar.plugins import hookimpl, make_plugin_manager
from khabar.serialize import from_dict, from_json, to_dict, to_json
from khabar.statements import StatementsFound

try:
    __version__ = version("khabar")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "BatchResult",
    "Block",
    "Cue",
    "Dateline",
    "DecodeError",
    "Entity",
    "FormatError",
    "InputError",
    "KhabarError",
    "Lexicon",
    "LexiconEntry",
    "Mention",
    "MissingExtraError",
    "ModelError",
    "OutputFormat",
    "Pipeline",
    "PluginError",
    "SchemaError",
    "Span",
    "Statement",
    "StatementsFound",
    "Story",
    "Teaser",
    "__version__",
    "default_pipeline",
    "from_dict",
    "from_json",
    "hookimpl",
    "make_plugin_manager",
    "process",
    "to_dict",
    "to_json",
]
