"""Sends by local weekday x hour: the SQL histogram against hand-computed cells."""

from __future__ import annotations

import pytest

from smslint.logs import activity
from smslint.logs.table import connect, create_records
from smslint.violations import (
    Category,
    RecordLocation,
    RunResult,
    Severity,
    Violation,
    grid_of,
)

NY = "America/New_York"

# (recipient_tz, recipient, sent_at, direction) -> expected (weekday Mon=0, hour)
CASES = [
    # DST starts 2026-03-08 (Sunday) in New York: 02:00 EST jumps to 03:00 EDT
    ((NY, "+12125550143", "2026-03-08T06:30:00Z", "outbound"), (6, 1)),
    ((NY, "+12125550143", "2026-03-08T07:30:00Z", "outbound"), (6, 3)),
    # DST ends 2026-11-01 (Sunday): 01:30 happens twice, both count in hour 1
    ((NY, "+12125550143", "2026-11-01T05:30:00Z", "outbound"), (6, 1)),
    ((NY, "+12125550143", "2026-11-01T06:30:00Z", "outbound"), (6, 1)),
    # offsets of :30 and :45 cross midnight on their own minute
    (("Asia/Kolkata", "+919812345678", "2026-11-10T18:45:00Z", "outbound"), (2, 0)),
    (("Asia/Kathmandu", "+9779812345", "2026-11-10T18:14:59Z", "outbound"), (1, 23)),
    (("Asia/Kathmandu", "+9779812345", "2026-11-10T18:15:00Z", "outbound"), (2, 0)),
    # no recipient_tz: the number's zone (the first candidate for a split area)
    ((None, "+8613800138000", "2026-11-10T15:00:00Z", "outbound"), (1, 23)),
    ((None, "+12085550100", "2026-07-01T03:00:00Z", "outbound"), (1, 21)),
    # no zone at all: UTC
    ((None, "+15550100", "2026-11-10T15:00:00Z", "outbound"), (1, 15)),
    # a recipient_tz wins over the number's zone (a Shanghai number in Chicago)
    (("America/Chicago", "+8613800138000", "2026-11-10T15:00:00Z", "outbound"), (1, 9)),
]
INBOUND = ((NY, "+12125550143", "2026-11-10T15:00:00Z", "inbound"), (1, 10))


@pytest.fixture
def con():
    connection = connect()
    rows = [
        {
            "recipient_tz": tz,
            "recipient": recipient,
            "sent_at": sent_at,
            "direction": direction,
            "body": "hi",
        }
        for (tz, recipient, sent_at, direction), _ in [*CASES, INBOUND]
    ]
    create_records(connection, rows)
    activity.prepare(connection)
    yield connection
    connection.close()


def test_sends_histogram_matches_hand_computed_cells(con):
    result = activity.send_activity(con)
    assert result.sends == grid_of((wd, hour, 1) for _, (wd, hour) in CASES)
    assert result.sends[6][1] == 3  # both 01:30s of the DST end, and one of its start
    assert sum(map(sum, result.sends)) == len(CASES)  # inbound not counted
    assert (result.by_recipient_tz, result.by_number_zone, result.in_utc) == (8, 2, 1)
    assert result.total == len(CASES)


def test_record_columns_place_each_record_on_the_same_clock(con):
    rows = con.execute(
        f"SELECT r.seq, {activity.LOCAL_COLUMNS} FROM records r "
        f"{activity.LOCAL_JOINS} ORDER BY r.seq"
    ).fetchall()
    expected = [cell for _, cell in [*CASES, INBOUND]]
    assert [(wd, hour) for _, wd, hour in rows] == expected


def test_empty_log_gives_an_empty_grid():
    connection = connect()
    create_records(connection, [])
    activity.prepare(connection)
    result = activity.send_activity(connection)
    assert result.sends == grid_of([]) and result.total == 0
    assert len(result.sends) == 7 and {len(row) for row in result.sends} == {24}


def test_summary_exposes_the_grids(con):
    sends = activity.send_activity(con)
    hit = Violation(
        "quiet-hours",
        Category.QUIET_HOURS,
        Severity.WARNING,
        "late",
        RecordLocation("log", 1, "m1", "2026-11-10", weekday=1, hour=22),
        None,
        "core",
        None,
    )
    result = RunResult("1", ("core",), 12, (hit,), is_audit=True, activity=sends)
    summary = result.summary()["activity"]
    assert summary["weekdays"][0] == "mon" and len(summary["sends"]) == 7
    assert summary["sends"][6][1] == 3
    assert summary["violations"][1][22] == 1
    assert sum(map(sum, summary["violations"])) == 1
    assert summary["clock"] == {"recipient_tz": 8, "number_zone": 2, "utc": 1}
