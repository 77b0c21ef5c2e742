"""One self-contained HTML report for a compliance officer (``--format html``).

This module lays out the page; the style sheet, the script and the
Content-Security-Policy are in :mod:`smslint.reporters.html_assets`, the SVG charts
in :mod:`smslint.reporters.svg_charts`. Everything is inline and the policy forbids
every request, so the page opens offline. All text from the run (messages,
evidence, paths, ids, citations) goes through :func:`html.escape`; evidence is
already masked by the engine.

An audit report shows when sends and violations happened on the recipient's clock
(two weekday x hour heat maps; :mod:`smslint.logs.activity` says which zone counts)
and the templates and debtors with most violations. A link ending in ``#q=word``
opens the report with the violations table filtered.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from typing import TextIO

from smslint.privacy import mask
from smslint.reporters.html_assets import CSP, CSS, JS
from smslint.reporters.svg_charts import bar_chart, hbar_chart, heat_map
from smslint.violations import (
    WEEKDAY_NAMES,
    RecordLocation,
    RunResult,
    SendActivity,
    TemplateLocation,
    Violation,
)

__all__ = ["CSP", "render", "write"]

VIOLATION_RED = "#b00020"

#: a debtor id that is really a phone number (or another long number: an SSN, a
#: resident ID ending in X) is masked like evidence: some logs key debtors so
_NUMBER_LIKE = re.compile(r"\+?[\d\s().-]+[Xx]?")


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _location_text(v: Violation) -> str:
    loc = v.location
    if isinstance(loc, TemplateLocation):
        return f"{loc.path}:{loc.line}:{loc.column}"
    return f"{loc.path} row {loc.row}"


def _count_table(headers: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for r in rows:
        cells = "".join(
            f'<td class="num">{c}</td>' if isinstance(c, int) else f"<td>{_e(c)}</td>"
            for c in r
        )
        body.append(f"<tr>{cells}</tr>")
    rows_html = "".join(body)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>"


def _note(text: str) -> str:
    return f'<p class="note">{_e(text)}</p>'


def _debtor_label(debtor_id: str) -> str:
    digits = sum(ch.isdigit() for ch in debtor_id)
    if digits >= 7 and _NUMBER_LIKE.fullmatch(debtor_id):
        return mask(debtor_id)
    return debtor_id


def _overview(result: RunResult) -> list[str]:
    unit = "records" if result.is_audit else "templates"
    out = ['<h2>What was checked</h2><table id="overview"><tbody>']
    facts: list[tuple[str, object]] = [
        ("Tool version", f"smslint {result.tool_version}"),
        ("Policy packs", ", ".join(result.policies) or "(none)"),
        (f"{unit.capitalize()} scanned", result.scanned),
        ("Violations", len(result.violations)),
        ("Input problems", result.input_errors),
    ]
    if result.pack_versions:
        versions = ", ".join(f"{k} {v}" for k, v in result.pack_versions.items())
        facts.insert(2, ("Pack versions", versions))
    if result.is_audit:
        facts.append(("Records outside --since/--until", result.filtered))
    if result.elapsed_seconds is not None:
        facts.append(("Run time", f"{result.elapsed_seconds:.1f} s"))
    for name, value in facts:
        cell = (
            f'<td class="num" data-count="{_e(name)}">{value}</td>'
            if isinstance(value, int)
            else f"<td>{_e(value)}</td>"
        )
        out.append(f"<tr><th>{_e(name)}</th>{cell}</tr>")
    out.append("</tbody></table>")
    if result.inputs:
        out.append(
            _count_table(
                ("Input", "SHA-256", "Records"),
                [(f.path, f.sha256 or "(stdin)", f.records) for f in result.inputs],
            )
        )
    if result.notes:
        out.append("<h3>Notes</h3><ul>")
        out += [f"<li>{_e(note)}</li>" for note in result.notes]
        out.append("</ul>")
    return out


def _by_rule(result: RunResult, violations: list[Violation]) -> list[str]:
    by_rule = Counter(v.rule for v in result.violations)
    first: dict[str, Violation] = {}
    for v in violations:
        first.setdefault(v.rule, v)
    rows: list[tuple[object, ...]] = []
    for rule_id, n in by_rule.most_common():
        info = result.rules.get(rule_id)
        v0 = first[rule_id]
        rows.append(
            (
                rule_id,
                (info.category.value if info else v0.category.value),
                (info.severity.value if info else v0.severity.value),
                (info.summary if info else ""),
                (info.citation if info and info.citation else v0.citation or ""),
                (info.pack if info and info.pack else v0.policy or ""),
                n,
            )
        )
    out = ['<h2>Violations by rule</h2><div id="by-rule">']
    headers = ("Rule", "Category", "Severity", "Summary", "Citation", "Pack")
    out.append(
        _count_table((*headers, "Violations"), rows)
        if rows
        else _note("No violations.")
    )
    out.append("</div>")
    return out


def _clock(activity: SendActivity | None) -> str:
    """Which clock the heat maps use, in one sentence for the reader."""
    if activity is None:
        return "Hours and weekdays are the recipient's local time."
    text = (
        "Hours and weekdays are the recipient's local time: the log's recipient_tz"
        f" for {activity.by_recipient_tz} send(s), the time zone of the number"
        f" (its first candidate zone) for {activity.by_number_zone}"
    )
    if activity.in_utc:
        text += f"; {activity.in_utc} send(s) whose zone is unknown are counted in UTC"
    return text + (
        ". Violations are placed on the same clock as their record. A darker cell"
        " had more; the number after each row is the weekday's total."
    )


def _over_time(result: RunResult) -> list[str]:
    days = result.by_day()
    out = ["<h2>Violations per day (UTC send date)</h2>"]
    out.append(bar_chart("Violations per day", list(days.items()), "chart-days"))
    out.append('<h2>When: local hour &#215; weekday</h2><div id="when">')
    out.append(_note(_clock(result.activity)))
    if result.activity is not None:
        out.append("<h3>Sends</h3>")
        out.append(
            heat_map(
                "Sends by local hour and weekday",
                result.activity.sends,
                WEEKDAY_NAMES,
                "heat-sends",
            )
        )
    out.append("<h3>Violations</h3>")
    out.append(
        heat_map(
            "Violations by local hour and weekday",
            result.by_weekday_hour(),
            WEEKDAY_NAMES,
            "heat-violations",
            VIOLATION_RED,
        )
    )
    out.append("</div>")
    return out


def _top(
    result: RunResult, field: str, label: str, rows: list[tuple[str, int]]
) -> list[str]:
    """A top-N table, or why there is none (the log lacks the field, or no hit)."""
    noun = label.lower()
    out = [f'<h2>Top {noun}s</h2><div id="top-{noun}s">']
    if rows:
        out.append(_count_table((label, "Violations"), list(rows)))
    elif result.is_audit and field not in result.log_fields:
        out.append(
            _note(
                f"The log has no {field} field, so violations cannot be counted by"
                f" {noun} (map a column with --column {field}=SOURCE)."
            )
        )
    else:
        out.append(_note(f"No violation has a {field}."))
    out.append("</div>")
    return out


def _top_tables(result: RunResult, top: int) -> list[str]:
    templates: Counter[str] = Counter()
    debtors: Counter[str] = Counter()
    for v in result.violations:
        if v.location.template_id:
            templates[v.location.template_id] += 1
        if isinstance(v.location, RecordLocation) and v.location.debtor_id:
            debtors[v.location.debtor_id] += 1
    out: list[str] = []
    if result.is_audit or templates:
        out += _top(result, "template_id", "Template", templates.most_common(top))
    if result.is_audit:
        shown = [(_debtor_label(d), n) for d, n in debtors.most_common(top)]
        out += _top(result, "debtor_id", "Debtor", shown)
    files = Counter(v.location.path for v in result.violations)
    out.append("<h2>Top files</h2>")
    out.append(
        _count_table(("File", "Violations"), list(files.most_common(top)))
        if files
        else _note("No violations.")
    )
    return out


def _top_rows(result: RunResult, top: int) -> list[str]:
    rows = Counter(
        (v.location.path, v.location.row, v.location.message_id or "")
        for v in result.violations
        if isinstance(v.location, RecordLocation) and v.location.row
    )
    if not rows:
        return []
    return [
        "<h2>Top rows</h2>",
        _count_table(
            ("File", "Row", "Message id", "Violations"),
            [(p, r, m, n) for (p, r, m), n in rows.most_common(top)],
        ),
    ]


def _templates_checked(result: RunResult) -> list[str]:
    per_template = Counter(
        (v.location.path, v.location.template_id or "")
        for v in result.violations
        if isinstance(v.location, TemplateLocation)
    )
    rows: list[tuple[object, ...]] = [
        (
            t.path,
            t.template_id or "",
            t.line,
            per_template.get((t.path, t.template_id or ""), 0),
        )
        for t in result.checked
    ]
    return [
        "<h2>Templates checked</h2>",
        _count_table(("File", "Template", "Line", "Violations"), rows),
    ]


def _violations_table(violations: list[Violation]) -> list[str]:
    n = len(violations)
    out = [
        "<h2>All violations</h2>",
        '<p><label>Search: <input id="filter" type="search" '
        'placeholder="rule, file, text..."></label> '
        f'<span id="shown">{n}</span> of {n} shown. '
        "Click a column heading to sort.</p>",
        '<table id="violations"><thead><tr><th>Severity</th><th>Rule</th>'
        "<th>Category</th><th>Location</th><th>Template / message id</th>"
        "<th>Day</th><th>Message</th><th>Evidence</th><th>Citation</th>"
        "</tr></thead><tbody>",
    ]
    for i, v in enumerate(violations):
        loc = v.location
        ident = loc.template_id if isinstance(loc, TemplateLocation) else loc.message_id
        day = loc.day if isinstance(loc, RecordLocation) else None
        sev = v.severity.value
        out.append(
            f'<tr><td class="sev-{_e(sev)}" data-key="{v.severity.rank}">{_e(sev)}</td>'
            f"<td>{_e(v.rule)}</td><td>{_e(v.category.value)}</td>"
            f'<td data-key="{i:08d}">{_e(_location_text(v))}</td>'
            f"<td>{_e(ident)}</td><td>{_e(day)}</td><td>{_e(v.message)}</td>"
            f"<td>{_e(v.evidence)}</td><td>{_e(v.citation)}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def render(result: RunResult, *, top: int = 10) -> str:
    violations = sorted(result.violations, key=lambda v: v.sort_key)
    kind = "log audit" if result.is_audit else "template check"
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>smslint {kind} report</title><style>{CSS}</style></head><body>",
        f"<h1>smslint {kind} report</h1>",
    ]
    out += _overview(result)
    by_category = Counter(v.category.value for v in result.violations)
    out.append("<h2>Violations by category</h2>")
    out.append(
        hbar_chart(
            "Violations by category", by_category.most_common(), "chart-category"
        )
    )
    out += _by_rule(result, violations)
    if result.is_audit:
        out += _over_time(result)
    out += _top_tables(result, top)
    if result.is_audit:
        out += _top_rows(result, top)
    elif result.checked:
        out += _templates_checked(result)
    out += _violations_table(violations)
    out.append(f"<script>{JS}</script></body></html>\n")
    return "\n".join(out)


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    """Write the report; ``quiet`` changes nothing (the report is for reading)."""
    out.write(render(result))
