"""Lexicon rows, the tables they are collected in, and the TSV files they are written to.

A :class:`Table` keeps the first row it is given for each (matching key, category): sources are
added in order of trust (hand-curated first), so a later source never overrides an earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pyarabic.araby as araby

from khabar.lexicon import CATEGORIES
from khabar.text import match_key

__all__ = ["Row", "Table", "clean", "key_of", "read_curated", "write_tsv"]


def _clean_optional(value: str | None) -> str | None:
    return clean(value) if value else None


def clean(form: str) -> str:
    """*form* without diacritics, tatweel and doubled or odd spaces (the shipped spelling)."""
    text = araby.strip_tatweel(araby.strip_tashkeel(form))
    return " ".join(text.replace("\u00a0", " ").split())


def key_of(form: str) -> tuple[str, ...]:
    """The token keys a lexicon looks *form* up by."""
    return tuple(match_key(form).split())


@attrs.frozen(kw_only=True)
class Row:
    """One line of a lexicon file: ``form<TAB>category[<TAB>canonical]``."""

    form: str = attrs.field(converter=clean)
    category: str = attrs.field(validator=attrs.validators.in_(CATEGORIES))
    canonical: str | None = attrs.field(default=None, converter=_clean_optional)

    @property
    def key(self) -> tuple[str, ...]:
        """The row's lookup key."""
        return key_of(self.form)

    def line(self) -> str:
        """The row as a TSV line (no canonical column when it is the form itself)."""
        if self.canonical is None or key_of(self.canonical) == self.key:
            return f"{self.form}\t{self.category}"
        return f"{self.form}\t{self.category}\t{self.canonical}"


@attrs.define
class Table:
    """The rows of one lexicon file, first come first kept per (key, category)."""

    rows: dict[tuple[tuple[str, ...], str], Row] = attrs.field(factory=dict)

    def add(self, row: Row) -> bool:
        """Keep *row* unless its key already has a row of its category; whether it was kept."""
        slot = (row.key, row.category)
        if not row.key or slot in self.rows:
            return False
        self.rows[slot] = row
        return True

    def extend(self, rows: Iterable[Row]) -> None:
        """Add every row of *rows*."""
        for row in rows:
            self.add(row)

    def has(self, key: tuple[str, ...], category: str | None = None) -> bool:
        """Whether *key* has a row (of *category*, if given)."""
        if category is not None:
            return (key, category) in self.rows
        return any(slot[0] == key for slot in self.rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows.values())

    def __len__(self) -> int:
        return len(self.rows)

    def sorted_rows(self) -> list[Row]:
        """The rows grouped by the name they stand for, then by form."""
        return sorted(
            self.rows.values(),
            key=lambda row: (row.category, key_of(row.canonical or row.form), row.key, row.form),
        )


def read_curated(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each non-comment, non-empty line of a curated file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield [field.strip() for field in line.rstrip("\n").split("\t")]


def write_tsv(path: Path, header: Iterable[str], table: Table) -> None:
    """Write *table* to *path* under ``# `` comment lines (LF line ends, UTF-8)."""
    lines = [f"# {text}".rstrip() for text in header]
    lines.extend(row.line() for row in table.sorted_rows())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
