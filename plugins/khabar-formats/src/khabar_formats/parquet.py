"""Parquet: the ``statements`` and ``entities`` tables via pyarrow (``khabar-formats[parquet]``).

The format registers without pyarrow; rendering without it raises
:class:`~khabar.MissingExtraError`. List cells are Parquet ``list<string>`` columns, offsets
``int64`` and a missing value is null.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from khabar import Article, MissingExtraError
from khabar_formats.tables import (
    ENTITY_COLUMNS,
    STATEMENT_COLUMNS,
    Row,
    entity_rows,
    statement_rows,
)

__all__ = ["render_parquet"]


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingExtraError(
            "the parquet format needs pyarrow: pip install 'khabar-formats[parquet]'"
        ) from None
    return pyarrow, pyarrow.parquet


def _table_bytes(columns: Mapping[str, str], rows: Sequence[Row]) -> bytes:
    pa, pq = _pyarrow()
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    data = {
        name: [list(v) if isinstance(v := row[name], tuple) else v for row in rows]
        for name in columns
    }
    table = pa.Table.from_pydict(data, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def render_parquet(articles: Sequence[Article]) -> Mapping[str, bytes]:
    """The two tables as ``.statements.parquet`` and ``.entities.parquet``."""
    return {
        ".statements.parquet": _table_bytes(STATEMENT_COLUMNS, statement_rows(articles)),
        ".entities.parquet": _table_bytes(ENTITY_COLUMNS, entity_rows(articles)),
    }
