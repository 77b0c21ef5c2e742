"""The ``quiet_hours`` record kind: local windows, candidate zones, DST, holidays."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from smslint.checks import RunContext, options_with_defaults
from smslint.checks import quiet_hours as k
from smslint.errors import PolicyError
from smslint.logs.context import AuditContext
from smslint.logs.table import FIELDS, connect, create_records
from smslint.policy.schema import format_checker
from smslint.violations import Hit

NY = "+12125550100"  # America/New_York
IDAHO = "+12085550100"  # America/Boise and America/Los_Angeles
NO_ZONE = "+447700900123"  # valid form, phonenumbers knows no zone


def audit(
    rows: list[dict[str, Any]], notes: list[str] | None = None, **options: Any
) -> dict[int, Hit]:
    """Hits by seq of a rule with ``options`` over ``rows`` (UTC ISO times)."""
    con = connect(threads=1)
    try:
        create_records(con, [{"recipient": NY, **row} for row in rows])
        context = AuditContext(con, frozenset(FIELDS))
        check = k.build(options_with_defaults(k, options), RunContext())
        hits = dict(check.run(context))
        leftovers = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE temporary"
        ).fetchall()
        assert leftovers == []  # side tables are dropped after the run
    finally:
        con.close()
    if notes is not None:
        notes.extend(context.notes)
    return hits


def flagged(rows: list[dict[str, Any]], **options: Any) -> list[int]:
    return sorted(audit(rows, **options))


def at(*times: str, **fields: Any) -> list[dict[str, Any]]:
    return [{"sent_at": t, **fields} for t in times]


# --- the default window 08:00-21:00, half-open ----------------------------------


def test_window_is_half_open() -> None:
    rows = at(
        "2026-11-06T13:00:00Z",  # Fri 08:00:00 New York: opens, allowed
        "2026-11-07T01:59:59.999Z",  # Fri 20:59:59.999: allowed
        "2026-11-07T02:00:00Z",  # Fri 21:00:00: closed
        "2026-11-06T12:59:59Z",  # Fri 07:59:59: not yet open
    )
    hits = audit(rows)
    assert sorted(hits) == [3, 4]
    assert hits[3].evidence == "sent Fri 21:00 in America/New_York"
    assert hits[3].args == {
        "zone": "America/New_York",
        "zones": "America/New_York",
        "local_time": "Fri 21:00",
    }
    assert hits[4].evidence == "sent Fri 07:59 in America/New_York"


def test_window_to_midnight() -> None:
    windows = {"default": [{"from": "00:00", "to": "24:00"}]}
    assert (
        flagged(at("2026-11-07T04:59:59Z", "2026-11-07T05:00:00Z"), windows=windows)
        == []
    )


def test_evidence_never_quotes_number_or_text() -> None:
    hits = audit([{"sent_at": "2026-11-07T03:00:00Z", "body": "Pay now, Alice"}])
    text = repr(hits[1])
    assert "5550100" not in text and "Alice" not in text


# --- DST ----------------------------------------------------------------------


# 2026-11-01 (a Sunday): New York's 01:00-02:00 happens twice, EDT then EST
FALL_BACK = {
    "01:30 EDT": "2026-11-01T05:30:00Z",
    "01:30 EST": "2026-11-01T06:30:00Z",
    "01:50 EDT": "2026-11-01T05:50:00Z",
    "01:50 EST": "2026-11-01T06:50:00Z",
}


def test_repeated_hour_window_opening_inside_it() -> None:
    rows = at(*FALL_BACK.values())
    hits = audit(rows, windows={"default": [{"from": "01:45", "to": "21:00"}]})
    # two instants an hour apart, both 01:30 on the wall: both before the window
    assert sorted(hits) == [1, 2]
    assert hits[1].evidence == hits[2].evidence == "sent Sun 01:30 in America/New_York"


def test_repeated_hour_window_closing_inside_it() -> None:
    rows = at(*FALL_BACK.values())
    windows = {"default": [{"from": "00:00", "to": "01:45"}]}
    assert flagged(rows, windows=windows) == [3, 4]


# 2026-03-08 (a Sunday): New York's clocks jump from 02:00 EST to 03:00 EDT
SPRING = at("2026-03-08T06:59:00Z", "2026-03-08T07:00:00Z")  # 01:59 EST, 03:00 EDT


def test_skipped_hour_window_opening_inside_it() -> None:
    # no instant reads 02:30: the window opens, in effect, at 03:00
    windows = {"default": [{"from": "02:30", "to": "21:00"}]}
    hits = audit(SPRING, windows=windows)
    assert sorted(hits) == [1]
    assert hits[1].evidence == "sent Sun 01:59 in America/New_York"


def test_skipped_hour_window_closing_inside_it() -> None:
    windows = {"default": [{"from": "00:00", "to": "02:30"}]}
    hits = audit(SPRING, windows=windows)
    assert sorted(hits) == [2]
    assert hits[2].evidence == "sent Sun 03:00 in America/New_York"


# --- which zone -----------------------------------------------------------------


def test_two_zone_area_code_must_suit_both() -> None:
    rows = at(
        "2026-11-04T15:30:00Z",  # Wed 08:30 Boise, 07:30 Los Angeles
        "2026-11-04T16:30:00Z",  # 09:30 / 08:30: inside in both
        "2026-11-05T04:30:00Z",  # Wed 21:30 Boise, 20:30 Los Angeles
        "2026-11-04T12:00:00Z",  # 05:00 / 04:00: outside in both
        recipient=IDAHO,
    )
    hits = audit(rows)
    assert sorted(hits) == [1, 3, 4]
    assert hits[1].evidence == "sent Wed 07:30 in America/Los_Angeles"
    assert hits[1].args["zone"] == "America/Los_Angeles"
    assert hits[3].evidence == "sent Wed 21:30 in America/Boise"
    assert hits[4].args["zones"] == "America/Boise, America/Los_Angeles"
    assert hits[4].evidence == (
        "sent Wed 05:00 in America/Boise; Wed 04:00 in America/Los_Angeles"
    )


def test_recipient_tz_overrides_the_number() -> None:
    rows = at(
        "2026-11-04T02:30:00Z",  # Tue 21:30 New York, 18:30 Los Angeles
        "2026-11-04T15:30:00Z",  # Wed 10:30 New York, 07:30 Los Angeles
        recipient=NY,
        recipient_tz="America/Los_Angeles",
    )
    hits = audit(rows)
    assert sorted(hits) == [2]
    assert hits[2].evidence == "sent Wed 07:30 in America/Los_Angeles"


def test_fixed_zone_overrides_everything() -> None:
    rows = at(
        "2026-11-04T13:30:00Z",  # 21:30 Shanghai
        "2026-11-04T14:30:00Z",  # 22:30 Shanghai
        "2026-11-03T23:30:00Z",  # 07:30 Shanghai
        recipient_tz="America/New_York",
    )
    windows = {"default": [{"from": "08:00", "to": "22:00"}]}
    hits = audit(rows, zone="Asia/Shanghai", windows=windows)
    assert sorted(hits) == [2, 3]
    assert hits[2].evidence == "sent Wed 22:30 in Asia/Shanghai"


def test_records_without_a_zone_are_skipped_and_noted_once() -> None:
    notes: list[str] = []
    rows = at("2026-11-04T03:00:00Z", "2026-11-04T04:00:00Z", recipient=NO_ZONE)
    rows += at("2026-11-04T03:00:00Z")  # New York, 22:00: flagged
    assert sorted(audit(rows, notes)) == [3]
    assert len(notes) == 1
    assert "2 record(s)" in notes[0] and "quiet_hours" in notes[0]
    assert "+44" not in notes[0]


def test_fixed_zone_needs_no_number_zone() -> None:
    notes: list[str] = []
    rows = at("2026-11-04T15:00:00Z", recipient=NO_ZONE)  # 23:00 Shanghai
    assert sorted(audit(rows, notes, zone="Asia/Shanghai")) == [1]
    assert notes == []


# --- days, weekdays and holidays ------------------------------------------------


def test_sunday_closed() -> None:
    rows = at("2026-11-07T17:00:00Z", "2026-11-08T17:00:00Z")  # Sat, Sun 12:00
    windows = {"default": [{"from": "08:00", "to": "21:00"}], "sun": []}
    hits = audit(rows, windows=windows)
    assert sorted(hits) == [2]
    assert hits[2].evidence == "sent Sun 12:00 in America/New_York"


def test_weekday_key_overrides_default() -> None:
    rows = at("2026-11-07T13:30:00Z", "2026-11-09T13:30:00Z")  # Sat, Mon 08:30
    windows = {
        "default": [{"from": "08:00", "to": "21:00"}],
        "sat": [{"from": "09:00", "to": "17:00"}],
    }
    assert flagged(rows, windows=windows) == [1]


def test_several_windows_in_one_day() -> None:
    windows = {
        "default": [{"from": "09:00", "to": "12:00"}, {"from": "14:00", "to": "18:00"}]
    }
    rows = at(
        "2026-11-04T15:00:00Z",  # 10:00
        "2026-11-04T18:00:00Z",  # 13:00, the lunch gap
        "2026-11-04T20:00:00Z",  # 15:00
    )
    assert flagged(rows, windows=windows) == [2]


def test_day_without_key_or_default_is_unrestricted() -> None:
    rows = at("2026-11-09T08:00:00Z", "2026-11-08T17:00:00Z")  # Mon 03:00, Sun 12:00
    assert flagged(rows, windows={"sun": []}) == [2]


def test_us_public_holiday_closed() -> None:
    rows = at("2026-11-26T17:00:00Z", "2026-11-25T17:00:00Z")  # Thanksgiving, eve
    hits = audit(rows, holidays={"calendar": "US"})
    assert sorted(hits) == [1]
    assert hits[1].evidence == "sent Thu 12:00 (public holiday) in America/New_York"


def test_holiday_windows_replace_the_weekday() -> None:
    rows = at("2026-11-26T16:00:00Z", "2026-11-26T14:00:00Z")  # 11:00, 09:00
    holidays = {"calendar": "US", "windows": [{"from": "10:00", "to": "14:00"}]}
    assert flagged(rows, holidays=holidays) == [2]


def test_holiday_is_judged_on_the_local_date() -> None:
    rows = at(
        "2026-10-01T02:00:00Z",  # 10:00 on National Day in Shanghai
        "2026-09-30T17:00:00Z",  # still 30 Sep in UTC, 01:00 on 1 Oct in Shanghai
        "2026-10-08T17:00:00Z",  # 01:00 on 9 Oct (8 Oct in UTC is no holiday either)
        "2026-10-07T17:00:00Z",  # 7 Oct in UTC is a day off, but 8 Oct in Shanghai
        recipient="+8613800138000",
    )
    windows = {"default": [{"from": "00:00", "to": "24:00"}]}
    hits = audit(rows, windows=windows, holidays={"calendar": "CN"})
    assert sorted(hits) == [1, 2]
    assert hits[2].evidence == "sent Thu 01:00 (public holiday) in Asia/Shanghai"


def test_inbound_rows_are_never_flagged() -> None:
    rows = at("2026-11-04T08:00:00Z", direction="inbound")  # 03:00
    rows += at("2026-11-04T08:00:00Z")
    assert flagged(rows) == [2]


def test_directions_option() -> None:
    rows = at("2026-11-04T08:00:00Z", direction="inbound")
    assert flagged(rows, directions=["outbound", "inbound"]) == [1]


def test_two_rules_on_one_connection() -> None:
    con = connect(threads=1)
    create_records(con, at("2026-11-04T08:00:00Z", recipient=NY))
    context = AuditContext(con, frozenset(FIELDS))
    first = k.build(options_with_defaults(k, {}), RunContext())
    second = k.build(options_with_defaults(k, {"zone": "Asia/Tokyo"}), RunContext())
    assert [seq for seq, _ in first.run(context)] == [1]  # 03:00 New York
    assert [seq for seq, _ in second.run(context)] == []  # 17:00 Tokyo
    con.close()


# --- options ------------------------------------------------------------------


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        k.OPTIONS_SCHEMA, format_checker=format_checker()
    )


def test_defaults_are_valid_and_every_option_is_described() -> None:
    jsonschema.Draft202012Validator.check_schema(k.OPTIONS_SCHEMA)
    assert list(validator().iter_errors(options_with_defaults(k, {}))) == []
    assert all("description" in p for p in k.OPTIONS_SCHEMA["properties"].values())
    assert k.KIND == "quiet_hours" and k.SCOPE == "records"


@pytest.mark.parametrize(
    "options",
    [
        {"windows": {"sat": [{"from": "25:00", "to": "26:00"}]}},
        {"windows": {"sat": [{"from": "08:00"}]}},
        {"windows": {"saturday": []}},
        {"windows": {}},
        {"holidays": {"windows": []}},
        {"directions": ["sideways"]},
        {"zone": ""},
        {"hours": "08-21"},
    ],
)
def test_schema_rejects(options: dict[str, Any]) -> None:
    assert list(validator().iter_errors(options_with_defaults(k, options)))


def test_validate_accepts_good_options() -> None:
    options = {
        "windows": {"default": [{"from": "08:00", "to": "24:00"}], "sun": []},
        "holidays": {
            "calendar": "US-MA",
            "windows": [{"from": "10:00", "to": "12:00"}],
        },
        "zone": "America/New_York",
    }
    assert k.validate(options) == []


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (
            {"windows": {"sat": [{"from": "21:00", "to": "08:00"}]}},
            "windows.sat[0]: ends (08:00) before it starts (21:00)",
        ),
        (
            {
                "windows": {
                    "default": [
                        {"from": "08:00", "to": "21:00"},
                        {"from": "09:00", "to": "09:00"},
                    ]
                }
            },
            "windows.default[1]: ends when it starts (09:00)",
        ),
        (
            {
                "holidays": {
                    "calendar": "US",
                    "windows": [{"from": "24:00", "to": "23:00"}],
                }
            },
            "holidays.windows[0]: ends (23:00) before it starts (24:00)",
        ),
        ({"zone": "Mars/Olympus"}, "zone: unknown time zone 'Mars/Olympus'"),
        (
            {"holidays": {"calendar": "XX"}},
            "holidays.calendar: unknown holiday calendar 'XX'",
        ),
        (
            {"holidays": {"calendar": "US-ZZ"}},
            "holidays.calendar: unknown subdivision 'ZZ'",
        ),
    ],
)
def test_validate_names_the_key_path(options: dict[str, Any], problem: str) -> None:
    problems = k.validate(options)
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_validate_leaves_malformed_values_to_the_schema() -> None:
    assert (
        k.validate({"windows": {"sat": [{"from": 8}], "sun": "closed"}, "zone": 3})
        == []
    )


def test_build_raises_what_validate_finds() -> None:
    with pytest.raises(PolicyError, match=r"windows\.mon\[0\]"):
        k.build({"windows": {"mon": [{"from": "21:00", "to": "08:00"}]}}, RunContext())


def test_build_needs_no_optional_field() -> None:
    assert k.build(options_with_defaults(k, {}), RunContext()).needs == frozenset()
