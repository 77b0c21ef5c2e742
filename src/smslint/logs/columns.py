"""Which column of a log holds which field, and what a reader hands on.

Every field of :data:`smslint.logs.table.FIELDS` is read from the column of the same
name unless ``--column FIELD=SOURCE`` or the config's ``audit: columns:`` says
otherwise. A column matches by exact name first (after trimming spaces, which
spreadsheet exports add), then case-insensitively, because ``Sent_At`` and
``sent_at`` in two exports of one gateway should not need two mappings.

A log whose header (or, for JSONL, whose first objects) lacks a required field
cannot be audited at all: that is one problem for the file, not one per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from smslint.errors import UsageError
from smslint.logs.table import FIELDS, REQUIRED_FIELDS
from smslint.violations import Severity


class FileProblem(Exception):
    """The whole input cannot be audited (row 0 in the report); others go on."""

    def __init__(self, message: str, severity: Severity = Severity.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.severity = severity


def parse_column_options(items: Iterable[str]) -> dict[str, str]:
    """``["recipient=to", "body=text"]`` from ``--column`` as ``{field: source}``."""
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, source = item.partition("=")
        name, source = name.strip(), source.strip()
        if not sep or not name or not source:
            raise UsageError(
                "--column expects FIELD=SOURCE (e.g. recipient=to_number), "
                f"got {item!r}"
            )
        mapping[name] = source
    return check_columns(mapping, origin="--column")


def check_columns(
    mapping: Mapping[str, str], *, origin: str = "columns"
) -> dict[str, str]:
    """``mapping`` checked: every key must be a known field, every source non-empty."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise UsageError(
            f"{origin}: unknown field {', '.join(map(repr, unknown))}; "
            f"fields are {', '.join(FIELDS)}"
        )
    empty = sorted(f for f, source in mapping.items() if not str(source).strip())
    if empty:
        raise UsageError(f"{origin}: no source column given for {', '.join(empty)}")
    return {f: str(source).strip() for f, source in mapping.items()}


def source_names(columns: Mapping[str, str]) -> dict[str, str]:
    """Every field's source column name: the mapping's, else the field's own name."""
    return {f: columns.get(f, f) for f in FIELDS}


def resolve(available: Sequence[str], columns: Mapping[str, str]) -> dict[str, str]:
    """``{field: column}`` for the fields whose source column is in ``available``.

    Raises :class:`FileProblem` when a required field's column is missing.
    """
    exact = set(available)
    folded: dict[str, list[str]] = {}
    for name in available:
        folded.setdefault(name.casefold(), []).append(name)
    found: dict[str, str] = {}
    for fld, source in source_names(columns).items():
        if source in exact:
            found[fld] = source
        elif len(set(folded.get(source.casefold(), ()))) == 1:
            found[fld] = folded[source.casefold()][0]
    missing = [f for f in REQUIRED_FIELDS if f not in found]
    if missing:
        wanted = source_names(columns)
        raise FileProblem(
            "cannot audit this file: "
            + "; ".join(
                f"no column {wanted[f]!r} for required field {f}" for f in missing
            )
            + " (map one with --column FIELD=SOURCE)"
        )
    return found


@dataclass
class SplitLines:
    """Rows whose field texts are joined by ``sep`` in one string each; SQL splits
    them, which costs far less than handing DuckDB one Python string per field."""

    rows: list[int]
    lines: list[str]
    sep: str


@dataclass
class Batch:
    """One batch of rows read from an input, before any value is checked.

    ``values`` maps fields to one raw text (or None) per row of ``rows``;
    ``widths`` (CSV only) is how many fields each of those rows had. ``split``
    carries rows still joined by a separator; ``staged`` counts rows the reader
    appended to the raw table itself. ``problems`` are ``(row, message)`` for rows
    that could not be read at all (their content is never quoted). ``last`` is
    the last row number the input has used so far (seq bases follow it).
    """

    rows: list[int] = field(default_factory=list)
    values: dict[str, list[str | None]] = field(default_factory=dict)
    widths: list[int] | None = None
    split: list[SplitLines] = field(default_factory=list)
    staged: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    last: int = 0

    @property
    def size(self) -> int:
        """Rows read in this batch, readable or not (for progress)."""
        split = sum(len(s.rows) for s in self.split)
        return len(self.rows) + split + self.staged + len(self.problems)
