"""CSV and TSV: the ``statements`` and ``entities`` tables as delimited text.

Each render writes two files, ``<stem>.statements.<ext>`` and ``<stem>.entities.<ext>``, with a
header row. List cells (speakers, aliases, roles) are joined with :data:`LIST_SEPARATOR`, booleans
are ``true``/``false`` and a missing value is an empty cell. The ``-excel`` variants start each
file with a UTF-8 byte order mark, which spreadsheet programs need to show Arabic correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from khabar import Article
from khabar_formats.tables import (
    ENTITY_COLUMNS,
    STATEMENT_COLUMNS,
    Cell,
    Row,
    entity_rows,
    statement_rows,
)

__all__ = ["LIST_SEPARATOR", "delimited_renderer"]

LIST_SEPARATOR: Final = "|"
"""Joins the items of a list cell (several speakers, aliases, roles)."""

_BOM: Final = "\ufeff"


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    return str(value)


def _table(columns: Sequence[str], rows: Sequence[Row], delimiter: str, bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    if bom:
        buffer.write(_BOM)
    lineterminator = "\r\n" if delimiter == "," else "\n"
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow(columns)
    writer.writerows([_cell(row[column]) for column in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


def delimited_renderer(
    delimiter: str, extension: str, *, bom: bool
) -> Callable[[Sequence[Article]], Mapping[str, bytes]]:
    """A renderer writing both tables with *delimiter* to files ending ``.<table><extension>``.

    CSV rows end with CRLF (RFC 4180), TSV rows with LF.
    """

    def render(articles: Sequence[Article]) -> Mapping[str, bytes]:
        return {
            f".statements{extension}": _table(
                tuple(STATEMENT_COLUMNS), statement_rows(articles), delimiter, bom
            ),
            f".entities{extension}": _table(
                tuple(ENTITY_COLUMNS), entity_rows(articles), delimiter, bom
            ),
        }

    return render
