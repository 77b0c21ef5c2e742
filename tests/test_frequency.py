"""The ``frequency`` record kind: rolling windows, calendar periods, scopes, parity."""

from __future__ import annotations

import random
from collections import defaultdict, deque
from datetime import UTC, datetime, timedelta
from typing import Any

import jsonschema
import pytest

from smslint.checks import RunContext, options_with_defaults
from smslint.checks import frequency as k
from smslint.errors import PolicyError
from smslint.logs.context import AuditContext
from smslint.logs.table import FIELDS, connect, create_records
from smslint.policy.schema import format_checker
from smslint.violations import Hit

NY = "+12125550100"
SF = "+14155550100"
T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def audit(
    rows: list[dict[str, Any]], notes: list[str] | None = None, **options: Any
) -> dict[int, Hit]:
    """Hits by seq of a rule with ``options`` over ``rows``."""
    con = connect(threads=1)
    try:
        create_records(con, [{"recipient": NY, "debtor_id": "d1", **r} for r in rows])
        context = AuditContext(con, frozenset(FIELDS))
        check = k.build(options_with_defaults(k, options), RunContext())
        hits = dict(check.run(context))
    finally:
        con.close()
    if notes is not None:
        notes.extend(context.notes)
    return hits


def flagged(rows: list[dict[str, Any]], **options: Any) -> list[int]:
    return sorted(audit(rows, **options))


def sends(*offsets: timedelta, **fields: Any) -> list[dict[str, Any]]:
    return [{"sent_at": T0 + offset, **fields} for offset in offsets]


DAY, HOUR, SECOND = timedelta(days=1), timedelta(hours=1), timedelta(seconds=1)
SEVEN_DAYS = {"limit": 3, "window": {"days": 7}}


# --- rolling windows ------------------------------------------------------------


def test_fourth_contact_in_seven_days() -> None:
    hits = audit(sends(0 * DAY, 1 * DAY, 2 * DAY, 3 * DAY), **SEVEN_DAYS)
    assert sorted(hits) == [4]
    assert hits[4].evidence == "4th contact in 7 days (limit 3)"
    assert hits[4].args["count"] == 4 and hits[4].args["limit"] == 3


def test_window_is_half_open_at_exactly_seven_days() -> None:
    # the first send is exactly 7 days before the fourth: outside (t - 7d, t]
    assert flagged(sends(0 * DAY, 1 * DAY, 2 * DAY, 7 * DAY), **SEVEN_DAYS) == []
    assert flagged(
        sends(0 * DAY, 1 * DAY, 2 * DAY, 7 * DAY - SECOND), **SEVEN_DAYS
    ) == [4]


def test_every_later_contact_inside_the_window_is_flagged() -> None:
    rows = sends(0 * HOUR, 1 * HOUR, 2 * HOUR, 30 * HOUR)
    hits = audit(rows, limit=1, window={"hours": 24})
    assert sorted(hits) == [2, 3]
    assert hits[3].evidence == "3rd contact in 24 hours (limit 1)"


def test_unsorted_input() -> None:
    offsets = [3 * DAY, 0 * DAY, 2 * DAY, 1 * DAY]
    rows = [
        {**row, "message_id": f"m{int(o / DAY)}"}
        for row, o in zip(sends(*offsets), offsets, strict=True)
    ]
    hits = audit(rows, **SEVEN_DAYS)
    assert sorted(hits) == [1]  # the latest send, read first
    assert hits[1].args["count"] == 4


def test_ties_at_one_instant_are_ordered_by_seq() -> None:
    rows = [{"sent_at": T0, "seq": seq} for seq in (40, 10, 30, 20)]
    hits = audit(rows, limit=2, window={"days": 1})
    assert sorted(hits) == [30, 40]
    assert hits[30].evidence == "3rd contact in 1 day (limit 2)"
    assert hits[40].args["count"] == 4


def test_ties_after_earlier_contacts() -> None:
    rows = sends(0 * HOUR) + [{"sent_at": T0 + HOUR, "seq": s} for s in (5, 3)]
    assert flagged(rows, limit=2, window={"days": 1}) == [5]


# --- calendar periods -----------------------------------------------------------

# 2026-05-31 is a Sunday, 2026-06-01 a Monday; New York is UTC-4 in June
SUN_2330 = {"sent_at": "2026-06-01T03:30:00Z"}  # Sun 31 May 23:30 New York
MON_0030 = {"sent_at": "2026-06-01T04:30:00Z"}  # Mon 1 Jun 00:30 New York
TUE_1200 = {"sent_at": "2026-06-02T16:00:00Z"}


def test_calendar_week_in_local_time_across_a_month_boundary() -> None:
    rows = [SUN_2330, MON_0030, TUE_1200]  # the same UTC week, not the same local one
    hits = audit(rows, limit=1, period="week")
    assert sorted(hits) == [3]
    assert (
        hits[3].evidence
        == "2nd contact in the week of 2026-06-01, America/New_York time (limit 1)"
    )
    assert hits[3].args["period"] == "2026-06-01"


def test_calendar_week_starting_sunday() -> None:
    hits = audit(
        [SUN_2330, MON_0030, TUE_1200], limit=1, period="week", week_start="sunday"
    )
    assert sorted(hits) == [2, 3]
    assert (
        hits[2].evidence
        == "2nd contact in the week of 2026-05-31, America/New_York time (limit 1)"
    )


def test_calendar_month_and_day_in_local_time() -> None:
    assert flagged([SUN_2330, MON_0030], limit=1, period="month") == []
    hits = audit(
        [MON_0030, TUE_1200, {"sent_at": "2026-06-02T03:00:00Z"}], limit=1, period="day"
    )
    assert sorted(hits) == [3]  # Mon 23:00 New York
    assert (
        hits[3].evidence == "2nd contact on 2026-06-01, America/New_York time (limit 1)"
    )
    month = audit([MON_0030, TUE_1200], limit=1, period="month")
    assert (
        month[2].evidence == "2nd contact in 2026-06, America/New_York time (limit 1)"
    )


def test_period_zone_sources() -> None:
    rows = [
        {**SUN_2330, "recipient_tz": "UTC"},  # both on Monday 1 June in UTC
        {**MON_0030, "recipient_tz": "UTC"},
    ]
    assert flagged(rows, limit=1, period="day") == [2]
    assert flagged(rows, limit=1, period="day", zone="America/New_York") == []
    unknown = [{**row, "recipient": "+447700900123"} for row in (SUN_2330, MON_0030)]
    assert flagged(unknown, limit=1, period="day") == [2]  # no zone known: UTC


# --- scopes, relations, directions ------------------------------------------------


def test_account_scope() -> None:
    rows = sends(0 * DAY, 1 * DAY, account_id="a1") + sends(
        2 * DAY, 3 * DAY, account_id="a2"
    )
    assert flagged(rows, limit=2, window={"days": 7}, scope="account") == []
    assert flagged(rows, limit=2, window={"days": 7}, scope="debtor") == [3, 4]
    check = k.build(
        options_with_defaults(k, {"limit": 2, "period": "day", "scope": "account"}),
        RunContext(),
    )
    assert check.needs == frozenset({"account_id"})


def test_relations_filter_counts_only_listed_relations() -> None:
    rows = [
        {"sent_at": T0, "relation": "self"},
        {"sent_at": T0 + HOUR, "relation": "family"},
        {"sent_at": T0 + 2 * HOUR, "relation": None},
        {"sent_at": T0 + 3 * HOUR, "relation": "self"},
    ]
    assert flagged(rows, limit=1, window={"days": 1}, relations=["self"]) == [4]
    assert flagged(rows, limit=1, window={"days": 1}, relations=["self", None]) == [
        3,
        4,
    ]
    assert flagged(rows, limit=1, window={"days": 1}) == [2, 3, 4]  # default: all
    check = k.build(
        options_with_defaults(k, {"limit": 1, "period": "day", "relations": ["self"]}),
        RunContext(),
    )
    assert check.needs == frozenset({"debtor_id", "recipient_relation"})


def test_debtor_scope_spans_the_debtors_numbers() -> None:
    rows = sends(0 * DAY, 1 * DAY, recipient=NY) + sends(2 * DAY, recipient=SF)
    assert flagged(rows, limit=2, window={"days": 7}, scope="debtor") == [3]
    assert flagged(rows, limit=2, window={"days": 7}, scope="recipient") == []


def test_recipient_scope_counts_a_shared_family_number_once() -> None:
    rows = sends(0 * DAY, 1 * DAY, debtor_id="d1") + sends(
        2 * DAY, 3 * DAY, debtor_id="d2"
    )
    assert flagged(rows, limit=3, window={"days": 7}, scope="recipient") == [4]
    assert flagged(rows, limit=3, window={"days": 7}, scope="debtor") == []
    check = k.build(
        options_with_defaults(k, {"limit": 3, "period": "day", "scope": "recipient"}),
        RunContext(),
    )
    assert check.needs == frozenset()


def test_rows_without_a_scope_value_are_not_counted_and_noted_once() -> None:
    notes: list[str] = []
    rows = sends(0 * DAY, 1 * DAY) + sends(2 * DAY, 3 * DAY, debtor_id=None)
    assert sorted(audit(rows, notes, limit=2, window={"days": 7})) == []
    assert notes == ["frequency: 2 record(s) had no debtor_id; they were not counted"]


def test_inbound_rows_do_not_count_by_default() -> None:
    rows = sends(0 * DAY, direction="inbound") + sends(1 * DAY, 2 * DAY)
    assert flagged(rows, limit=2, window={"days": 7}) == []
    assert flagged(
        rows, limit=2, window={"days": 7}, directions=["outbound", "inbound"]
    ) == [3]


# --- options ------------------------------------------------------------------


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        k.OPTIONS_SCHEMA, format_checker=format_checker()
    )


def test_schema_and_defaults() -> None:
    jsonschema.Draft202012Validator.check_schema(k.OPTIONS_SCHEMA)
    good = options_with_defaults(k, {"limit": 7, "window": {"days": 7}})
    assert list(validator().iter_errors(good)) == []
    assert all("description" in p for p in k.OPTIONS_SCHEMA["properties"].values())
    assert k.KIND == "frequency" and k.SCOPE == "records"


@pytest.mark.parametrize(
    "options",
    [
        {"window": {"days": 7}},
        {"limit": 0, "window": {"days": 7}},
        {"limit": 3, "window": {"days": 0}},
        {"limit": 3, "window": {"weeks": 1}},
        {"limit": 3, "window": {}},
        {"limit": 3, "period": "fortnight"},
        {"limit": 3, "period": "week", "week_start": "friday"},
        {"limit": 3, "period": "day", "scope": "household"},
        {"limit": 3, "period": "day", "relations": ["cousin"]},
        {"limit": 3, "period": "day", "relations": []},
    ],
)
def test_schema_rejects(options: dict[str, Any]) -> None:
    assert list(validator().iter_errors(options_with_defaults(k, options)))


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"limit": 3}, "limit: give 'window'"),
        ({"limit": 3, "window": {"days": 7}, "period": "week"}, "period: give either"),
        (
            {"limit": 3, "window": {"days": 7, "hours": 1}},
            "window: give days or hours, not both",
        ),
        (
            {"limit": 3, "period": "day", "zone": "Mars/Olympus"},
            "zone: unknown time zone 'Mars/Olympus'",
        ),
    ],
)
def test_validate(options: dict[str, Any], problem: str) -> None:
    problems = k.validate(options)
    assert len(problems) == 1 and problems[0].startswith(problem)
    with pytest.raises(PolicyError, match=problem.split(":")[0]):
        k.build(options_with_defaults(k, options), RunContext())


def test_validate_accepts_good_options() -> None:
    assert k.validate({"limit": 3, "period": "week", "zone": "Asia/Shanghai"}) == []
    assert k.validate({"limit": 3, "window": {"hours": 24}}) == []


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_ordinal(n: int, text: str) -> None:
    assert k.ordinal(n) == text


# --- SQL vs a pure-Python reference -----------------------------------------------


def reference(
    rows: list[dict[str, Any]], limit: int, window: timedelta, relations: set | None
) -> list[int]:
    """Flag seqs by sorting and sliding a deque per debtor: the plan's meaning."""
    recent: dict[str, deque[datetime]] = defaultdict(deque)
    out = []
    for row in sorted(rows, key=lambda r: (r["sent_at"], r["seq"])):
        if row["direction"] != "outbound" or row["debtor_id"] is None:
            continue
        if relations is not None and row["relation"] not in relations:
            continue
        times = recent[row["debtor_id"]]
        while times and times[0] <= row["sent_at"] - window:
            times.popleft()
        times.append(row["sent_at"])
        if len(times) > limit:
            out.append(row["seq"])
    return sorted(out)


@pytest.mark.parametrize(
    ("seed", "limit", "window", "relations"),
    [
        (1, 3, {"days": 7}, None),
        (2, 2, {"hours": 24}, None),
        (3, 1, {"hours": 6}, ["self", None]),
        (4, 5, {"days": 3}, ["self", "family"]),
    ],
)
def test_sql_matches_python_reference(
    seed: int, limit: int, window: dict[str, int], relations: list | None
) -> None:
    rng = random.Random(seed)
    rows = []
    seqs = rng.sample(range(1, 100_000), 2_000)  # read order unrelated to time
    for seq in seqs:
        # whole hours over 40 days: many ties, and many gaps of exactly the window
        rows.append(
            {
                "seq": seq,
                "sent_at": T0 + timedelta(hours=rng.randrange(40 * 24)),
                "debtor_id": rng.choice([f"d{i}" for i in range(25)] + [None]),
                "relation": rng.choice(["self", "self", "family", "contact", None]),
                "direction": rng.choice(["outbound"] * 9 + ["inbound"]),
            }
        )
    size = timedelta(**window)
    expected = reference(
        rows, limit, size, None if relations is None else set(relations)
    )
    options = {"limit": limit, "window": window}
    if relations is not None:
        options["relations"] = relations
    assert flagged(rows, **options) == expected
    assert expected  # the data does exercise the limit
