"""Send logs into the audit's ``records`` and ``bodies`` tables (smslint.logs.table).

Two steps keep per-row Python work small and memory flat, whatever the log size:

1. *Read*: each input is opened (:mod:`~smslint.logs.sources`) and its format's
   reader hands on batches of raw text, appended to the raw table. Rows that
   cannot be read at all (bad encoding, broken quote, invalid JSON) become
   problems here, by row number.
2. *Check* (:mod:`~smslint.logs.values`): every value of every input is trimmed
   and converted in bulk SQL, with each distinct phone number, zone, relation
   and direction text decided once in Python; since/until are applied. Each
   distinct body becomes one ``bodies`` row. Rows failing a check become
   problems naming the row and the field, never the value.

Rows outside ``since``/``until`` are neither records nor problems (only counted),
and their other values are not checked: they are not part of the audit. Strings
are trimmed, except the body, which is kept exactly as sent (its length counts).
An empty optional value is NULL; an empty or absent ``direction`` is outbound.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smslint.errors import UsageError
from smslint.logs.columns import Batch, FileProblem, check_columns, source_names
from smslint.logs.csv_rows import CsvReader
from smslint.logs.jsonl_rows import JsonlReader
from smslint.logs.parquet_rows import stage_parquet
from smslint.logs.sources import (
    LogInput,
    Opened,
    Unreadable,
    decoded_lines,
    log_inputs,
    open_input,
    text_codec,
)
from smslint.logs.table import (
    BODIES_DDL,
    RAW_DDL,
    RAW_TABLE,
    RECORDS_DDL,
    insert_raw_split,
    insert_raw_values,
)
from smslint.logs.timestamps import known_zones
from smslint.logs.values import (
    LOOKUP_FIELDS,
    Problem,
    checked_sql,
    fill,
    lookup_tables,
    value_problems,
)
from smslint.violations import InputProblem, RecordLocation, Severity

__all__ = ["LogInput", "StageResult", "log_inputs", "stage"]


@dataclass
class StageResult:
    """What staging produced; ``problems`` are ordered by input, then row."""

    records: int  # rows now in ``records``
    filtered: int  # rows outside since/until
    fields: frozenset[str]  # fields present in at least one readable input
    problems: list[InputProblem]  # file-level ones use row 0
    unreadable: list[str]  # display paths of inputs that could not be read at all
    input_fields: dict[str, frozenset[str]] = field(default_factory=dict)


def stage(
    con: Any,
    inputs: Sequence[LogInput],
    *,
    columns: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    naive_tz: str | None = None,
    default_region: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> StageResult:
    """Read ``inputs`` in order into new ``records`` and ``bodies`` tables on ``con``.

    ``seq`` increases over all inputs in read order. ``since`` counts from 00:00
    UTC of that day, ``until`` includes its whole day. ``progress(n)`` is called
    after each batch with the number of rows just read (the CLI adds them up).
    Raises :class:`~smslint.errors.UsageError` for an unknown encoding, zone or
    region, a bad column mapping, or ``since`` after ``until``.
    """
    mapping = check_columns(columns or {})
    region = _check_options(encoding, default_region, since, until)
    zones = known_zones(con)
    zone = _zone_name(zones, naive_tz) if naive_tz is not None else None
    for ddl in (RECORDS_DDL, BODIES_DDL, RAW_DDL, _INPUTS_DDL):
        con.execute(ddl)
    reading = _Reading(con, mapping, encoding, progress or (lambda rows: None))
    for index, log in enumerate(inputs):
        reading.read(index, log)
    lookup_tables(con, region, zones)
    con.execute(
        checked_sql(zone),
        {"since": _midnight(since), "until": _midnight(until, days=1)},
    )
    con.execute(f"DROP TABLE {RAW_TABLE}")
    records, filtered = fill(con)
    problems = reading.problems + list(value_problems(con, reading.labels, zone))
    problems.sort(key=lambda p: p[:2])
    for table in ("_checked", "_inputs", *(f"_lk_{f}" for f in LOOKUP_FIELDS)):
        con.execute(f"DROP TABLE {table}")
    return StageResult(
        records=records,
        filtered=filtered,
        fields=frozenset().union(*reading.fields.values()),
        problems=[p[2] for p in problems],
        unreadable=reading.unreadable,
        input_fields=dict(reading.fields),
    )


_INPUTS_DDL = "CREATE TEMP TABLE _inputs (input INTEGER, path VARCHAR, width INTEGER)"


class _Reading:
    """Step 1: every input's rows into the raw table, read-level problems listed."""

    def __init__(
        self,
        con: Any,
        columns: dict[str, str],
        encoding: str,
        progress: Callable[[int], None],
    ) -> None:
        self.con, self.columns, self.encoding = con, columns, encoding
        self.progress = progress
        self.seq_base = 0  # seq = the input's base + row: increasing in read order
        self.rows = 0  # last row number read from the current input
        self.started = False  # the current input's header (or first objects) was read
        self.problems: list[Problem] = []
        self.unreadable: list[str] = []
        self.fields: dict[str, frozenset[str]] = {}  # display path -> fields
        self.labels = {
            f: f"field {f}" + (f" (column {s!r})" if s != f else "")
            for f, s in source_names(columns).items()
        }

    def problem(
        self,
        index: int,
        path: str,
        row: int,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        location = RecordLocation(path=path, row=row)
        self.problems.append(
            (index, row, InputProblem(location, message, severity=severity))
        )

    def read(self, index: int, log: LogInput) -> None:
        path = log.display
        self.con.execute("INSERT INTO _inputs VALUES (?, ?, NULL)", [index, path])
        self.rows, self.started = 0, False
        try:
            opened = open_input(log, self.encoding)
        except Unreadable as error:
            self.unreadable.append(path)
            self.problem(index, path, 0, str(error))
            return
        try:
            self._read(index, path, opened)
        except FileProblem as problem:
            self.problem(index, path, 0, problem.message, problem.severity)
        except Unreadable as error:
            if self.started:
                self.problem(index, path, 0, f"{error}; the rest was not read")
            else:
                self.unreadable.append(path)
                self.problem(index, path, 0, str(error))
        finally:
            opened.close()
            self.seq_base += self.rows

    def _read(self, index: int, path: str, opened: Opened) -> None:
        if opened.format == "parquet":
            assert opened.path is not None
            found, self.rows = stage_parquet(
                self.con, opened.path, index, self.seq_base, self.columns
            )
            self.fields[path] = frozenset(found)
            self.started = True
            self.progress(self.rows)
            return
        chunks = decoded_lines(opened.stream, self.encoding)  # type: ignore[arg-type]
        if opened.format == "jsonl":
            jsonl = JsonlReader(self.con, chunks, self.columns)
            for batch in jsonl.batches(index, self.seq_base):
                self._batch(index, path, batch, {})
                if jsonl.fields:
                    self.fields[path] = frozenset(jsonl.fields)
                    self.started = True
            return
        csv = CsvReader(chunks, self.columns)
        self.fields[path] = frozenset(csv.fields)
        self.started = True
        self.con.execute(
            "UPDATE _inputs SET width = ? WHERE input = ?", [csv.width, index]
        )
        for batch in csv.batches():
            self._batch(index, path, batch, csv.fields)

    def _batch(
        self, index: int, path: str, batch: Batch, positions: dict[str, int]
    ) -> None:
        base = self.seq_base
        self.rows = max(self.rows, batch.last)
        for part in batch.split:
            insert_raw_split(
                self.con, index, base, part.rows, part.lines, part.sep, positions
            )
        insert_raw_values(self.con, index, base, batch.rows, batch.values, batch.widths)
        for row, message in batch.problems:
            self.problem(index, path, row, message)
        self.progress(batch.size)


def _check_options(
    encoding: str, region: str | None, since: dt.date | None, until: dt.date | None
) -> str | None:
    import phonenumbers

    try:
        text_codec(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    if region is not None:
        region = region.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise UsageError(
                f"unknown region {region!r} for phone numbers (expected a "
                "two-letter country code such as US or CN)"
            )
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    return region


def _zone_name(zones: Mapping[str, str], zone: str) -> str:
    if zone.lower() not in zones:
        raise UsageError(f"unknown time zone {zone!r} for timestamps without offset")
    return zones[zone.lower()]


def _midnight(day: dt.date | None, days: int = 0) -> dt.datetime | None:
    if day is None:
        return None
    start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    return start + dt.timedelta(days=days)
