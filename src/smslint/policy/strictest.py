"""The effective, strictest view of several packs' limits (``smslint policy show A B``).

Every rule of every pack still runs and reports with its own citation; this view only
answers the compliance officer's question "what may we actually do?": the sending
hours left when every quiet-hours rule is respected, the lowest cap per frequency
scope and window, the shortest opt-out grace, the highest severity per category.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from smslint.policy.spec import Policy, RuleSpec

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAY = [(0, 24 * 60)]

Interval = tuple[int, int]  # minutes after midnight, half-open


def strictest_view(policy: Policy) -> dict[str, Any]:
    rules = policy.enabled_rules
    view: dict[str, Any] = {}
    hours = _quiet_hours([r for r in rules if r.kind == "quiet_hours"])
    if hours:
        view["quiet_hours"] = hours
    caps = _frequency([r for r in rules if r.kind == "frequency"])
    if caps:
        view["frequency"] = caps
    grace = _opt_out_grace([r for r in rules if r.kind == "opt_out_ignored"])
    if grace:
        view["opt_out_grace"] = grace
    view["severity_by_category"] = _severities(rules)
    return view


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _day_windows(windows: Mapping[str, Any], day: str) -> list[Interval]:
    """A rule's allowed intervals on ``day``; a day it does not restrict is open."""
    spans = windows.get(day, windows.get("default"))
    if spans is None:
        return list(_FULL_DAY)
    return sorted((_minutes(w["from"]), _minutes(w["to"])) for w in spans)


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The time allowed by both lists of half-open intervals."""
    out = []
    for start_a, end_a in a:
        for start_b, end_b in b:
            start, end = max(start_a, start_b), min(end_a, end_b)
            if start < end:
                out.append((start, end))
    return sorted(out)


def _render(intervals: Iterable[Interval]) -> str:
    return ", ".join(f"{_hhmm(s)}-{_hhmm(e)}" for s, e in intervals) or "closed"


def _quiet_hours(rules: Sequence[RuleSpec]) -> list[dict[str, Any]]:
    """One entry per clock (the recipient's zone, or a pack's fixed zone)."""
    by_clock: dict[str, list[RuleSpec]] = defaultdict(list)
    for rule in rules:
        by_clock[rule.options.get("zone") or "recipient's local time"].append(rule)
    out = []
    for clock, group in sorted(by_clock.items()):
        days: dict[str, str] = {}
        for day in DAYS:
            allowed = list(_FULL_DAY)
            for rule in group:
                allowed = intersect(allowed, _day_windows(rule.options["windows"], day))
            days[day] = _render(allowed)
        entry: dict[str, Any] = {"clock": clock, "rules": [r.id for r in group]}
        entry.update(days)
        holidays = _holidays(group)
        if holidays:
            entry["public_holidays"] = holidays
        out.append(entry)
    return out


def _holidays(rules: Sequence[RuleSpec]) -> dict[str, str]:
    calendars: dict[str, list[Interval]] = {}
    for rule in rules:
        spec = rule.options.get("holidays")
        if not spec:
            continue
        allowed = [
            (_minutes(w["from"]), _minutes(w["to"])) for w in spec.get("windows", [])
        ]
        calendar = spec["calendar"]
        calendars[calendar] = intersect(calendars.get(calendar, _FULL_DAY), allowed)
    return {name: _render(spans) for name, spans in sorted(calendars.items())}


def _frequency(rules: Sequence[RuleSpec]) -> list[dict[str, Any]]:
    """The lowest limit per (scope, window or period); the others listed beside it."""
    # only caps that count the same contacts are comparable: same scope, span,
    # and the same relations and directions counted
    groups: dict[tuple[str, str, str], list[RuleSpec]] = defaultdict(list)
    for rule in rules:
        options = rule.options
        if "window" in options:
            unit, amount = next(iter(options["window"].items()))
            span = f"rolling {amount} {unit}"
        else:
            span = f"calendar {options['period']}"
        groups[(options.get("scope", "debtor"), span, _counted(options))].append(rule)
    out = []
    for (scope, span, counted), group in sorted(groups.items()):
        group = sorted(group, key=lambda r: (r.options["limit"], r.id))
        out.append(
            {
                "scope": scope,
                "span": span,
                "counts": counted,
                "limit": group[0].options["limit"],
                "rule": group[0].id,
                "also": [f"{r.id} ({r.options['limit']})" for r in group[1:]],
            }
        )
    return out


def _counted(options: Mapping[str, Any]) -> str:
    directions = "/".join(options.get("directions") or ["outbound"])
    relations = options.get("relations")
    if relations is None:
        return f"{directions} to any recipient"
    names = ", ".join("no relation" if r is None else r for r in relations)
    return f"{directions} to {names}"


def _opt_out_grace(rules: Sequence[RuleSpec]) -> dict[str, Any]:
    def hours(rule: RuleSpec) -> float:
        return float((rule.options.get("grace") or {}).get("hours", 0))

    if not rules:
        return {}
    tightest = min(rules, key=lambda r: (hours(r), r.id))
    return {"hours": hours(tightest), "rule": tightest.id}


def _severities(rules: Sequence[RuleSpec]) -> dict[str, str]:
    worst: dict[str, RuleSpec] = {}
    for rule in rules:
        seen = worst.get(rule.category.value)
        if seen is None or rule.severity.rank > seen.severity.rank:
            worst[rule.category.value] = rule
    return {cat: rule.severity.value for cat, rule in sorted(worst.items())}
