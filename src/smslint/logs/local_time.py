"""SQL pieces the time-based record checks share: zones, local wall time, temp tables.

The session time zone is UTC (:func:`smslint.logs.table.connect`); a record's local
wall time is ``timezone(zone, sent_at)`` (DuckDB's ICU), a plain TIMESTAMP whose
date, weekday and time of day are what a clock on the recipient's wall showed. In the
hour that repeats when DST ends, two different instants both read 01:30; in the hour
that is skipped when it starts, no instant reads 02:30. Judging by the wall reading
is exactly what "local time at the consumer's location" asks for.

Which zone a record is judged in is decided per check, from three sources in this
order: a zone fixed by the rule, the log's ``recipient_tz``, then the candidate zones
of the recipient's number (:mod:`smslint.detectors.timezones`), computed once per
distinct number in Python and joined in as a small table.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from smslint.logs.table import insert_columns

#: ISO weekday (``isodow``: Monday = 1) -> the key packs use for it
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

MICROS_PER_MINUTE = 60_000_000
MICROS_PER_DAY = 24 * 60 * MICROS_PER_MINUTE
#: numbers looked up per round trip
_LOOKUP_BATCH = 10_000

#: the zones DuckDB's ICU can convert to (unknown names make ``timezone()`` fail)
ICU_ZONES_SQL = "(SELECT name FROM pg_timezone_names())"

#: query parameters: positional (``?``) or named (``$name``), as DuckDB takes them
Params = Sequence[Any] | Mapping[str, Any]


def hhmm_micros(text: str) -> int:
    """``"08:30"`` as microseconds after midnight (``"24:00"`` is the day's end)."""
    hours, minutes = text.split(":")
    return (int(hours) * 60 + int(minutes)) * MICROS_PER_MINUTE


def time_of_day_sql(local: str) -> str:
    """Microseconds after local midnight of the wall time ``local`` (a TIMESTAMP)."""
    return f"date_diff('microsecond', date_trunc('day', {local}), {local})"


def known_zones(con: Any) -> frozenset[str]:
    """Zone names DuckDB's ICU knows (aliases such as ``Asia/Calcutta`` included)."""
    return frozenset(row[0] for row in con.execute(ICU_ZONES_SQL[1:-1]).fetchall())


@contextmanager
def temp_tables(con: Any, **columns: str) -> Iterator[dict[str, str]]:
    """Create one uniquely named TEMP table per keyword, drop them all on exit.

    ``temp_tables(con, zones="recipient VARCHAR, zone VARCHAR")`` yields
    ``{"zones": "_smslint_zones_3f2a..."}``. Unique names let two rules of one kind
    (or two audits on one connection) never see each other's side tables.
    """
    token = uuid.uuid4().hex[:12]
    names = {key: f"_smslint_{key}_{token}" for key in columns}
    try:
        for key, ddl in columns.items():
            con.execute(f"CREATE TEMP TABLE {names[key]} ({ddl})")
        yield names
    finally:
        for name in names.values():
            con.execute(f"DROP TABLE IF EXISTS {name}")


#: every number looked up so far on this connection: ``(recipient, zone, pos)``,
#: ``pos`` the zone's place among the number's usable zones; a number without one
#: has a single row with NULL zone, so it is not looked up again. Like ``records``
#: it is a working table of the whole audit, not a check's temporary side table.
NUMBER_ZONES = "_smslint_number_zones"

#: the numbers whose rows give no ``recipient_tz`` (extend with ``AND (...)``)
NUMBERS_WITHOUT_TZ = "SELECT r.recipient FROM records r WHERE r.recipient_tz IS NULL"


def fill_recipient_zones(
    con: Any,
    table: str,
    where: str,
    params: Params = (),
    *,
    first_only: bool = False,
) -> None:
    """Fill ``table(recipient, zone)`` with candidate zones of numbers lacking a tz.

    Only numbers of ``records`` rows (alias ``r``) matching ``where`` whose
    ``recipient_tz`` is NULL are given. ``first_only`` keeps one zone per number
    (for checks that need a single calendar, not the Reg F set). Zones ICU cannot
    convert to are dropped, so every row of ``table`` is usable in ``timezone()``.

    Each number is looked up in Python once per connection (:data:`NUMBER_ZONES`),
    however many checks ask: ``phonenumbers`` costs tens of µs per number.
    """
    numbers = f"{NUMBERS_WITHOUT_TZ} AND ({where})"
    look_up_zones(con, numbers, params)
    first = " AND z.pos = 0" if first_only else ""
    execute(
        con,
        f"INSERT INTO {table} (recipient, zone) SELECT z.recipient, z.zone"
        f" FROM {NUMBER_ZONES} z WHERE z.zone IS NOT NULL{first}"
        f" AND z.recipient IN ({numbers})",
        params,
    )


def look_up_zones(con: Any, numbers: str, params: Params = ()) -> None:
    """Add the numbers ``numbers`` selects, and their zones, to :data:`NUMBER_ZONES`."""
    from smslint.detectors.timezones import candidate_zones

    con.execute(
        f"CREATE TABLE IF NOT EXISTS {NUMBER_ZONES}"
        " (recipient VARCHAR, zone VARCHAR, pos INTEGER)"
    )
    known = known_zones(con)
    pending = f"{NUMBER_ZONES}_new"
    execute(
        con,
        f"CREATE OR REPLACE TEMP TABLE {pending} AS SELECT recipient,"
        f" row_number() OVER () AS n FROM (SELECT DISTINCT recipient FROM ({numbers})"
        f" WHERE recipient NOT IN (SELECT recipient FROM {NUMBER_ZONES}))",
        params,
    )
    ((total,),) = con.execute(f"SELECT count(*) FROM {pending}").fetchall()
    for start in range(0, total, _LOOKUP_BATCH):
        # NOTE: DuckDB 2.0 refuses new work while a result is unread: fetch it all
        batch = con.execute(
            f"SELECT recipient FROM {pending} WHERE n > ? AND n <= ?",
            [start, start + _LOOKUP_BATCH],
        ).fetchall()
        recipients: list[str] = []
        zones: list[str | None] = []
        positions: list[int] = []
        for (recipient,) in batch:
            usable = [z for z in candidate_zones(recipient) if z in known]
            for pos, zone in enumerate(usable or [None]):
                recipients.append(recipient)
                zones.append(zone)
                positions.append(pos)
        insert_columns(
            con,
            NUMBER_ZONES,
            {"recipient": recipients, "zone": zones, "pos": positions},
        )
    con.execute(f"DROP TABLE {pending}")


def local_years(con: Any, where: str, params: Params = ()) -> list[int]:
    """Every year a local date of ``records`` rows (alias ``r``) can fall in.

    Local dates differ from UTC dates by at most 14 hours, so the UTC range is
    widened by a day on each side.
    """
    # NOTE: DuckDB 2.0 refuses new work while a result is unread: fetch it all
    ((low, high),) = execute(
        con,
        "SELECT year(min(sent_at) - INTERVAL 1 DAY),"
        f" year(max(sent_at) + INTERVAL 1 DAY) FROM records r WHERE {where}",
        params,
    ).fetchall()
    return [] if low is None else list(range(low, high + 1))


def execute(con: Any, sql: str, params: Params = ()) -> Any:
    """``con.execute(sql, params)``, passing only the named parameters ``sql`` uses.

    DuckDB rejects named parameters a statement does not use; checks keep one
    mapping for all their statements.
    """
    if isinstance(params, Mapping):
        used = set(re.findall(r"\$(\w+)", sql))
        return con.execute(sql, {k: v for k, v in params.items() if k in used})
    return con.execute(sql, list(params))


__all__ = [
    "ICU_ZONES_SQL",
    "MICROS_PER_DAY",
    "execute",
    "Params",
    "WEEKDAYS",
    "fill_recipient_zones",
    "hhmm_micros",
    "known_zones",
    "local_years",
    "temp_tables",
    "time_of_day_sql",
]
