"""The audit's working tables and how data gets into them.

Every input row that survives reading becomes one row of ``records``; every distinct
body becomes one row of ``bodies``. Record checks are SQL over these two tables, so
the same plans can later run on another SQL engine.

``records``
    ``seq``          BIGINT, read order over all inputs (breaks ties at equal times)
    ``file``         VARCHAR, the input's display path
    ``row``          BIGINT, 1-based data row in that input (header excluded)
    ``message_id``   VARCHAR or NULL
    ``sent_at``      TIMESTAMPTZ, the instant of sending (or of receiving, for inbound)
    ``recipient``    VARCHAR, E.164 (``+14155550100``): the debtor side's number
    ``debtor_id``    VARCHAR or NULL
    ``account_id``   VARCHAR or NULL
    ``relation``     VARCHAR or NULL: self|family|employer|contact|unknown
    ``recipient_tz`` VARCHAR or NULL: a valid IANA zone name
    ``direction``    VARCHAR: outbound|inbound (outbound when the log has no such field)
    ``template_id``  VARCHAR or NULL
    ``body_id``      BIGINT, key of ``bodies``

``bodies``
    ``body_id`` BIGINT, ``body`` VARCHAR

A field the log lacks is NULL in every row, and :attr:`AuditContext.fields` says
which optional fields the inputs had at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

#: optional log fields (SPEC.md "Send-log fields", plus ``account_id``)
OPTIONAL_FIELDS = (
    "message_id",
    "debtor_id",
    "account_id",
    "recipient_relation",
    "recipient_tz",
    "direction",
    "template_id",
)
REQUIRED_FIELDS = ("sent_at", "recipient", "body")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS

RECORDS_DDL = """
CREATE TABLE records (
    seq BIGINT NOT NULL,
    file VARCHAR NOT NULL,
    "row" BIGINT NOT NULL,
    message_id VARCHAR,
    sent_at TIMESTAMPTZ NOT NULL,
    recipient VARCHAR NOT NULL,
    debtor_id VARCHAR,
    account_id VARCHAR,
    relation VARCHAR,
    recipient_tz VARCHAR,
    direction VARCHAR NOT NULL,
    template_id VARCHAR,
    body_id BIGINT NOT NULL
)
"""
BODIES_DDL = "CREATE TABLE bodies (body_id BIGINT NOT NULL, body VARCHAR NOT NULL)"

_RECORD_COLUMNS = (
    "seq",
    "file",
    "row",
    "message_id",
    "sent_at",
    "recipient",
    "debtor_id",
    "account_id",
    "relation",
    "recipient_tz",
    "direction",
    "template_id",
)


def connect(
    *,
    threads: int | None = None,
    temp_dir: str | None = None,
    memory_limit: str | None = None,
) -> Any:
    """A fresh in-memory DuckDB connection with the settings every audit relies on.

    The session time zone is UTC so that a timestamp without offset means UTC and
    ``CAST(sent_at AS DATE)`` never depends on the machine's zone. With a
    ``memory_limit`` and a ``temp_dir``, tables and sorts beyond the limit spill to
    disk, which keeps an audit's memory flat however long the log.
    """
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute("SET TimeZone = 'UTC'")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    if temp_dir:
        con.execute("SET temp_directory = ?", [temp_dir])
    if memory_limit:
        con.execute("SET memory_limit = ?", [memory_limit])
    return con


@contextmanager
def memory_held_to(con: Any, limit: str, *, then: str) -> Iterator[None]:
    """DuckDB held to ``limit`` for a while, then to ``then``.

    Lowering the limit moves table blocks beyond it to the temp folder at once, and
    the process's memory falls with them.
    """
    con.execute("SET memory_limit = ?", [limit])
    try:
        yield
    finally:
        con.execute("SET memory_limit = ?", [then])


def insert_columns(
    con: duckdb.DuckDBPyConnection, table: str, columns: Mapping[str, Sequence[Any]]
) -> None:
    """Append column lists to ``table`` in one statement (fast: no per-row SQL)."""
    import numpy as np

    arrays = {
        name: np.asarray(values, dtype=object) for name, values in columns.items()
    }
    if not arrays or not len(next(iter(arrays.values()))):
        return
    view = f"_insert_{table}"
    con.register(view, arrays)
    try:
        names = ", ".join(f'"{n}"' for n in arrays)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        con.unregister(view)


def create_records(
    con: duckdb.DuckDBPyConnection, rows: Iterable[Mapping[str, Any]]
) -> None:
    """Create ``records`` and ``bodies`` from already clean rows (tests, examples).

    Each row has the ``records`` columns by name (``sent_at`` an aware datetime or an
    ISO string; ``direction`` defaults to outbound) plus ``body``; ``seq`` and
    ``row`` default to the row's position, ``file`` to ``"log"``.
    """
    con.execute(RECORDS_DDL)
    con.execute(BODIES_DDL)
    body_ids: dict[str, int] = {}
    cols: dict[str, list[Any]] = {name: [] for name in (*_RECORD_COLUMNS, "body_id")}
    for index, row in enumerate(rows, start=1):
        for name in _RECORD_COLUMNS:
            cols[name].append(row.get(name))
        cols["seq"][-1] = row.get("seq", index)
        cols["row"][-1] = row.get("row", index)
        cols["file"][-1] = row.get("file", "log")
        cols["direction"][-1] = row.get("direction") or "outbound"
        sent_at = row["sent_at"]
        cols["sent_at"][-1] = (
            sent_at if isinstance(sent_at, str) else sent_at.isoformat()
        )
        cols["body_id"].append(
            body_ids.setdefault(row.get("body", ""), len(body_ids) + 1)
        )
    # DuckDB casts the ISO text of sent_at to TIMESTAMPTZ on insert
    insert_columns(con, "records", cols)
    insert_columns(
        con, "bodies", {"body_id": list(body_ids.values()), "body": list(body_ids)}
    )


# --- the raw staging table -------------------------------------------------------
# Readers append rows here exactly as read (text, before any check); one SQL pass
# in smslint.logs.staging then checks and converts every value and fills
# ``records``/``bodies``. ``seq`` is the input's seq base plus the row number;
# ``width`` is the number of fields a CSV row had (NULL for other formats).

RAW_TABLE = "_raw"
RAW_DDL = (
    f'CREATE TEMP TABLE {RAW_TABLE} (seq BIGINT, input INTEGER, "row" BIGINT, '
    "width INTEGER, " + ", ".join(f"{name} VARCHAR" for name in FIELDS) + ")"
)


def insert_raw_values(
    con: duckdb.DuckDBPyConnection,
    input_id: int,
    seq_base: int,
    rows: Sequence[int],
    values: Mapping[str, Sequence[str | None]],
    widths: Sequence[int] | None = None,
) -> None:
    """Append rows given as one list of texts per field (fields absent stay NULL)."""
    import numpy as np

    if not rows:
        return
    arrays: dict[str, Any] = {
        name: np.asarray(column, dtype=object) for name, column in values.items()
    }
    arrays["row"] = np.asarray(rows, dtype=np.int64)
    if widths is not None:
        arrays["width"] = np.asarray(widths, dtype=np.int32)
    names = [f'"{n}"' for n in arrays]
    con.register("_raw_batch", arrays)
    try:
        con.execute(
            f"INSERT INTO {RAW_TABLE} (seq, input, {', '.join(names)}) "
            f'SELECT "row" + {int(seq_base)}, {int(input_id)}, {", ".join(names)} '
            "FROM _raw_batch"
        )
    finally:
        con.unregister("_raw_batch")


def insert_raw_split(
    con: duckdb.DuckDBPyConnection,
    input_id: int,
    seq_base: int,
    rows: Sequence[int],
    lines: Sequence[str],
    sep: str,
    positions: Mapping[str, int],
) -> None:
    """Append rows given as one string per row holding its fields joined by ``sep``.

    ``positions`` maps each field to its 0-based index among the fields. With
    ``sep`` a comma the strings are raw CSV lines without quotes: a trailing
    ``\\r`` (CRLF files) is dropped and blank lines are skipped.
    """
    import numpy as np

    if not rows:
        return
    line = "line"
    where = ""
    if sep == ",":
        # cheap forms of rtrim/trim: DuckDB's trim with a character set costs ~1 µs
        line = "CASE WHEN suffix(line, chr(13)) THEN left(line, -1) ELSE line END"
        where = "WHERE contains(line, ',') OR regexp_matches(line, '[^ \\t\\r]')"
    names = ", ".join(positions)
    picks = ", ".join(f"p[{int(i) + 1}]" for i in positions.values())
    con.register(
        "_raw_lines",
        {
            "row": np.asarray(rows, dtype=np.int64),
            "line": np.asarray(lines, dtype=object),
        },
    )
    try:
        split = f'SELECT "row", string_split({line}, ?) AS p FROM _raw_lines {where}'
        con.execute(
            f'INSERT INTO {RAW_TABLE} (seq, input, "row", width, {names}) '
            f'SELECT "row" + {int(seq_base)}, {int(input_id)}, "row", len(p), {picks} '
            f"FROM ({split})",
            [sep],
        )
    finally:
        con.unregister("_raw_lines")
