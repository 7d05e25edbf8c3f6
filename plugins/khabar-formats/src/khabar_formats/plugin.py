"""The formats plugin's hook implementations: it registers every format of the distribution."""

from __future__ import annotations

from collections.abc import Callable

from khabar import OutputFormat, hookimpl
from khabar_formats.brat import render_brat
from khabar_formats.conll import conll_renderer
from khabar_formats.delimited import delimited_renderer
from khabar_formats.html_page import render_html
from khabar_formats.jsonl import render_jsonl
from khabar_formats.jsonld import render_jsonld
from khabar_formats.markdown import render_markdown
from khabar_formats.parquet import render_parquet

__all__ = ["FORMATS", "khabar_register_formats"]

FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat(
        name="jsonl",
        suffix=".jsonl",
        description="JSON Lines: one khabar.article/1 document a line",
        render=render_jsonl,
    ),
    OutputFormat(
        name="csv",
        suffix=".statements.csv",
        description="statements and entities tables (.statements.csv, .entities.csv)",
        render=delimited_renderer(",", ".csv", bom=False),
    ),
    OutputFormat(
        name="csv-excel",
        suffix=".statements.csv",
        description="csv with a UTF-8 byte order mark, for spreadsheet programs",
        render=delimited_renderer(",", ".csv", bom=True),
    ),
    OutputFormat(
        name="tsv",
        suffix=".statements.tsv",
        description="the csv tables, tab-separated (.statements.tsv, .entities.tsv)",
        render=delimited_renderer("\t", ".tsv", bom=False),
    ),
    OutputFormat(
        name="tsv-excel",
        suffix=".statements.tsv",
        description="tsv with a UTF-8 byte order mark, for spreadsheet programs",
        render=delimited_renderer("\t", ".tsv", bom=True),
    ),
    OutputFormat(
        name="parquet",
        suffix=".statements.parquet",
        description="statements and entities tables as Parquet (needs khabar-formats[parquet])",
        render=render_parquet,
    ),
    OutputFormat(
        name="conll",
        suffix=".conll",
        description="IOB2 entity tags, one token a line (ANERcorp layout)",
        render=conll_renderer(split_clitics=False),
    ),
    OutputFormat(
        name="conll-split",
        suffix=".conll",
        description="conll with an entity's proclitics (و ف ب ل ك ال) as tokens of their own",
        render=conll_renderer(split_clitics=True),
    ),
    OutputFormat(
        name="brat",
        suffix=".ann",
        description="brat standoff: .txt (the text) and .ann (entities, cues, contents, speakers)",
        render=render_brat,
    ),
    OutputFormat(
        name="jsonld",
        suffix=".jsonld",
        description="JSON-LD: a schema.org NewsArticle with mentions and Quotations",
        render=render_jsonld,
    ),
    OutputFormat(
        name="html",
        suffix=".html",
        description="a self-contained right-to-left page highlighting entities and statements",
        render=render_html,
    ),
    OutputFormat(
        name="markdown",
        suffix=".md",
        description="headline, dateline and a table of statements",
        render=render_markdown,
    ),
)
"""Every format this plugin registers."""


@hookimpl
def khabar_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the formats of :data:`FORMATS`."""
    for fmt in FORMATS:
        register(fmt)
