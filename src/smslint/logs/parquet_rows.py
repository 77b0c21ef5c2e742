"""Parquet logs: DuckDB reads them straight into the raw table, no Python per row.

Every mapped column is cast to text so that Parquet values go through the same
checks as CSV and JSONL ones: a TIMESTAMP WITH TIME ZONE column becomes
``2026-03-08 07:30:00+00`` (the session zone is UTC), a plain TIMESTAMP becomes a
time without offset (UTC unless ``naive_tz`` says otherwise), numbers become
their digits. Row numbers are ``file_row_number + 1``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from smslint.logs.columns import resolve
from smslint.logs.sources import Unreadable
from smslint.logs.table import RAW_TABLE


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def stage_parquet(
    con: Any, path: Path, input_id: int, seq_base: int, columns: Mapping[str, str]
) -> tuple[set[str], int]:
    """Append the file's rows to the raw table; returns its fields and row count.

    Raises :class:`~smslint.logs.sources.Unreadable` when DuckDB cannot read the
    file and :class:`~smslint.logs.columns.FileProblem` when a required column is
    missing.
    """
    import duckdb

    source = str(path)
    try:
        described = con.execute(
            "DESCRIBE SELECT * FROM read_parquet(?)", [source]
        ).fetchall()
    except duckdb.Error:
        raise Unreadable("not a readable Parquet file") from None
    found = resolve([row[0] for row in described], columns)
    names = ", ".join(found)
    casts = ", ".join(f"CAST({_quoted(col)} AS VARCHAR)" for col in found.values())
    try:
        inserted = con.execute(
            f'INSERT INTO {RAW_TABLE} (seq, input, "row", {names}) '
            f"SELECT file_row_number + 1 + {int(seq_base)}, {int(input_id)}, "
            f"file_row_number + 1, {casts} "
            "FROM read_parquet(?, file_row_number = true)",
            [source],
        ).fetchall()
    except duckdb.Error:
        raise Unreadable("the Parquet data is corrupt") from None
    return set(found), int(inserted[0][0]) if inserted else 0
