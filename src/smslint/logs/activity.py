"""When sends happened on the recipient's clock: the audit report's hour x weekday map.

The clock of a record is, in this order: the log's ``recipient_tz`` (when DuckDB's
ICU can convert to it), the first candidate zone of the recipient's number
(:func:`smslint.detectors.timezones.candidate_zones`, phonenumbers' order, so the
choice is deterministic; a ``+1 208`` number counts in ``America/Boise``), else UTC.
Unlike ``quiet_hours``, which judges a send in every candidate zone, a histogram
must place each send in one cell, so it takes one zone.

:func:`prepare` builds, once per audit, the table of zone names ICU knows and makes
sure every number without ``recipient_tz`` is in the audit's number-zone cache
(:data:`smslint.logs.local_time.NUMBER_ZONES`, shared with quiet hours; its ``pos = 0``
row is the first usable zone). The sends histogram is
then one ``GROUP BY`` over ``records`` (:func:`send_activity`), and a violation's
location gets its cell from :data:`LOCAL_JOINS` and :data:`LOCAL_COLUMNS`, so
sends and violations are always counted on the same clock.
"""

from __future__ import annotations

from typing import Any

from smslint.logs.local_time import (
    ICU_ZONES_SQL,
    NUMBER_ZONES,
    NUMBERS_WITHOUT_TZ,
    look_up_zones,
)
from smslint.violations import SendActivity, grid_of

#: zone names ICU converts to
KNOWN_ZONES = "_activity_known_zones"

#: joins giving ``records r`` its clock: ``tz.name`` (a usable ``recipient_tz``)
#: and ``nz.zone`` (the number's zone); both NULL means UTC
LOCAL_JOINS = (
    f"LEFT JOIN {KNOWN_ZONES} tz ON tz.name = r.recipient_tz "
    f"LEFT JOIN {NUMBER_ZONES} nz ON nz.recipient = r.recipient AND nz.pos = 0 "
)
_LOCAL = "timezone(coalesce(tz.name, nz.zone, 'UTC'), r.sent_at)"

#: the record's local weekday (Monday = 0) and hour, next to :data:`LOCAL_JOINS`
LOCAL_COLUMNS = f"isodow({_LOCAL}) - 1, hour({_LOCAL})"

# NOTE: one ICU conversion per row, the very expression violations are placed
# with, so the two maps always agree. Counting per (zone, UTC quarter hour) first
# and converting each group once was ~30% faster on 1M rows, but misplaces sends
# in the minute after a change not on a quarter hour (St. John's until 2011);
# per (zone, minute) is exact but gained only ~15%.
_HISTOGRAM = f"""
    SELECT CASE WHEN tz.name IS NOT NULL THEN 0
                WHEN nz.zone IS NOT NULL THEN 1 ELSE 2 END AS clock,
           {LOCAL_COLUMNS}, count(*)
    FROM records r {LOCAL_JOINS}
    WHERE r.direction = 'outbound'
    GROUP BY ALL
"""


def prepare(con: Any) -> None:
    """Create the lookup tables :data:`LOCAL_JOINS` reads (once per audit)."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {KNOWN_ZONES} AS "
        f"SELECT DISTINCT name FROM {ICU_ZONES_SQL}"
    )
    look_up_zones(con, NUMBERS_WITHOUT_TZ)


def send_activity(con: Any) -> SendActivity:
    """Outbound sends per local weekday x hour (after :func:`prepare`)."""
    rows = con.execute(_HISTOGRAM).fetchall()
    clocks = [0, 0, 0]
    for clock, _, _, n in rows:
        clocks[clock] += int(n)
    return SendActivity(
        sends=grid_of((weekday, hour, int(n)) for _, weekday, hour, n in rows),
        by_recipient_tz=clocks[0],
        by_number_zone=clocks[1],
        in_utc=clocks[2],
    )


__all__ = ["LOCAL_COLUMNS", "LOCAL_JOINS", "prepare", "send_activity"]
