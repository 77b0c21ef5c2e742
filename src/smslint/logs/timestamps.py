"""``sent_at`` text to an instant, in bulk SQL (DuckDB's casts run on whole columns).

Accepted: ISO 8601 date and time, ``T`` or a space between them, minutes or
seconds, an optional fraction (up to 9 digits, kept to the microsecond), then
``Z``, ``±HH:MM``, ``±HHMM``, ``±HH`` or nothing; letters in either case, white
space around. A date alone, ``infinity`` or a zone name are not send times:
DuckDB's own cast accepts them, so the text must match :data:`PATTERN` first and
only the matched parts are cast.

Without an offset the time is UTC, or local time in ``naive_tz`` when one is
given. Local times that do not exist (the hour skipped when daylight-saving time
starts) are problems, because any instant chosen for them would be a guess.
Local times that happen twice (the hour repeated when it ends) take the *earlier*
instant, the first time the clock showed them (Python's ``fold=0``): the log
cannot say which pass it meant, and one fixed, documented rule keeps reports
reproducible.

Zone names are valid when both DuckDB (ICU) and Python's ``zoneinfo`` know them:
record checks convert times in SQL and in Python, and a zone only one of them
knew would make them disagree.
"""

from __future__ import annotations

from typing import Any

#: the accepted shapes, between white space; group 1 is the local date-time,
#: group 2 the offset. ``{space}`` is the caller's white-space character class.
_DATE_TIME = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?"
_OFFSET = r"Z|[+-]\d{2}(?::?\d{2})?"
PATTERN = rf"(?i)^{{space}}*({_DATE_TIME})({_OFFSET})?{{space}}*$"

#: how far back a fall-back transition can lie for the repeated-hour check; DST
#: shifts are at most two hours, and no zone has two transitions within three
_LOOKBACK = "INTERVAL 3 HOUR"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def parts_sql(text: str, space: str = r"\s") -> str:
    """A struct ``{local, offset}`` of the ``text`` column; ``local`` is ``''``
    when the text has none of the accepted shapes (the struct is NULL for NULL).
    ``space`` is the RE2 class of white space allowed around the time."""
    pattern = PATTERN.replace("{space}", space)
    return f"regexp_extract({text}, {_literal(pattern)}, ['local', 'offset'])"


def instant_sql(parts: str, naive_tz: str | None) -> tuple[str, str]:
    """SQL for ``(instant, in_gap)`` from the ``parts`` column (see :func:`parts_sql`).

    ``instant`` is a TIMESTAMPTZ, NULL when the text is not a valid time;
    ``in_gap`` is true for a local time that does not exist in ``naive_tz``
    (its instant is then not to be used).
    """
    local = f"try_cast(upper({parts}.local) AS TIMESTAMP)"
    with_offset = f"try_cast(upper({parts}.local || {parts}.offset) AS TIMESTAMPTZ)"
    if naive_tz is None:
        naive = f"timezone('UTC', {local})"
        in_gap = "false"
    else:
        zone = _literal(naive_tz)
        # ICU resolves a repeated local time to the later instant; the same wall
        # time read three hours earlier and moved forward by three hours lands on
        # the earlier one when that one exists.
        earlier = f"(timezone({zone}, {local} - {_LOOKBACK}) + {_LOOKBACK})"
        naive = (
            f"CASE WHEN timezone({zone}, {earlier}) = {local} THEN {earlier} "
            f"ELSE timezone({zone}, {local}) END"
        )
        in_gap = (
            f"({parts}.local <> '' AND {parts}.offset = '' "
            f"AND timezone({zone}, timezone({zone}, {local})) <> {local})"
        )
    instant = (
        f"CASE WHEN {parts}.local = '' THEN NULL "
        f"WHEN {parts}.offset <> '' THEN {with_offset} "
        f"ELSE {naive} END"
    )
    return instant, in_gap


def known_zones(con: Any) -> dict[str, str]:
    """Zone names both ICU and ``zoneinfo`` know, by lower-case name (so that
    ``asia/shanghai`` still means ``Asia/Shanghai``)."""
    import zoneinfo

    available = zoneinfo.available_timezones()
    names = [
        name
        for (name,) in con.execute("SELECT name FROM pg_timezone_names()").fetchall()
    ]
    return {name.lower(): name for name in sorted(names) if name in available}
