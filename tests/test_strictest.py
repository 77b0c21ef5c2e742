"""`smslint policy show A B`: the strictest view of several packs' limits."""

from __future__ import annotations

from pathlib import Path

import yaml

from smslint.explain import show_policy
from smslint.policy import load_policy
from smslint.policy.strictest import intersect, strictest_view

RECORDS = (
    "    examples:\n"
    "      fail: [{records: [{sent_at: '2026-11-10T03:30:00Z', recipient: '+12125550143', body: x}]}]\n"
    "      pass: [{records: [{sent_at: '2026-11-10T16:00:00Z', recipient: '+12125550143', body: x}]}]\n"
)


def pack(tmp_path: Path, pack_id: str, rules: str) -> str:
    path = tmp_path / f"{pack_id}.yaml"
    path.write_text(
        f"id: {pack_id}\ntitle: t\nversion: '1'\ndescription: d\nextends: core\n"
        f"rules:\n{rules}",
        encoding="utf-8",
    )
    return str(path)


def rule(rule_id: str, kind: str, category: str, options: str, severity="error"):
    return (
        f"  - id: {rule_id}\n    kind: {kind}\n    category: {category}\n"
        f"    severity: {severity}\n    summary: s\n    message: m\n"
        f"    citation: c\n    confidence: verified\n    options: {options}\n" + RECORDS
    )


def test_intersect_half_open_intervals():
    assert intersect([(480, 1260)], [(450, 1260)]) == [(480, 1260)]
    assert intersect([(0, 600), (900, 1200)], [(500, 1000)]) == [
        (500, 600),
        (900, 1000),
    ]
    assert intersect([(480, 600)], [(600, 700)]) == []


def test_quiet_hours_of_several_packs_intersect_per_day(tmp_path):
    wa = pack(
        tmp_path,
        "wa",
        rule(
            "x-hours",
            "quiet_hours",
            "quiet_hours",
            "{windows: {default: [{from: '07:30', to: '21:00'}], sun: []}}",
        ),
    )
    late = pack(
        tmp_path,
        "late",
        rule(
            "y-hours",
            "quiet_hours",
            "quiet_hours",
            "{windows: {default: [{from: '09:00', to: '20:00'}],"
            " sat: [{from: '10:00', to: '14:00'}]}}",
        ),
    )
    view = strictest_view(load_policy([wa, late]))
    [local] = view["quiet_hours"]
    assert local["clock"] == "recipient's local time"
    assert local["rules"] == ["quiet-hours", "x-hours", "y-hours"]
    assert local["mon"] == "09:00-20:00"
    assert local["sat"] == "10:00-14:00"
    assert local["sun"] == "closed"


def test_fixed_zone_rules_are_a_separate_clock(tmp_path):
    ma = pack(
        tmp_path,
        "fixed",
        rule(
            "z-hours",
            "quiet_hours",
            "quiet_hours",
            "{zone: America/New_York, windows: {default: [{from: '08:00', to: '21:00'}]},"
            " holidays: {calendar: US}}",
        ),
    )
    clocks = {e["clock"]: e for e in strictest_view(load_policy([ma]))["quiet_hours"]}
    assert set(clocks) == {"America/New_York", "recipient's local time"}
    assert clocks["America/New_York"]["public_holidays"] == {"US": "closed"}


def test_lowest_frequency_limit_wins_per_scope_and_span(tmp_path):
    a = pack(
        tmp_path,
        "a",
        rule("a-cap", "frequency", "frequency", "{limit: 3, window: {days: 7}}"),
    )
    b = pack(
        tmp_path,
        "b",
        rule("b-cap", "frequency", "frequency", "{limit: 2, window: {days: 7}}")
        + rule("b-month", "frequency", "frequency", "{limit: 10, period: month}"),
    )
    caps = strictest_view(load_policy([a, b]))["frequency"]
    assert {
        "scope": "debtor",
        "span": "rolling 7 days",
        "counts": "outbound to any recipient",
        "limit": 2,
        "rule": "b-cap",
        "also": ["a-cap (3)"],
    } in caps
    assert any(c["span"] == "calendar month" and c["limit"] == 10 for c in caps)


def test_show_prints_the_strictest_view_before_the_rules():
    doc = yaml.safe_load(show_policy(["core", "us-ma"]))
    assert list(doc)[:4] == ["packs", "versions", "strictest", "rules"]
    strictest = doc["strictest"]
    assert strictest["frequency"][0]["rule"] == "ma-contact-frequency"
    assert strictest["opt_out_grace"] == {"hours": 24.0, "rule": "opt-out-ignored"}
    assert strictest["severity_by_category"]["quiet_hours"] == "error"


def test_caps_counting_different_recipients_are_not_compared(tmp_path):
    a = pack(
        tmp_path,
        "a",
        rule("all-cap", "frequency", "frequency", "{limit: 3, window: {days: 7}}")
        + rule(
            "work-cap",
            "frequency",
            "frequency",
            "{limit: 1, window: {days: 7}, relations: [employer]}",
        ),
    )
    caps = strictest_view(load_policy([a]))["frequency"]
    assert sorted((c["rule"], c["limit"], c["also"]) for c in caps) == [
        ("all-cap", 3, []),
        ("work-cap", 1, []),
    ]
