"""One self-contained HTML report for a compliance officer (``--format html``).

Everything is inline: CSS, a small vanilla script (search and sort of the violations
table) and charts drawn here as SVG. A strict Content-Security-Policy forbids every
request, so the page opens offline and the browser refuses to fetch anything.
All text from the run (messages, evidence, paths, citations) goes through
:func:`html.escape`; evidence is already masked by the engine.

Violations carry only their UTC send day, not the hour, so there is no hour x weekday
heat map; the report shows violations per day and per UTC weekday instead. A link
ending in ``#q=word`` opens the report with the violations table filtered.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape
from typing import TextIO

from smslint.violations import (
    RecordLocation,
    RunResult,
    TemplateLocation,
    Violation,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; img-src data:"
)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}
#violations th{cursor:pointer;user-select:none}
#violations th[aria-sort=ascending]::after{content:" \\25B2"}
#violations th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}
.sev-info{color:#555}
svg text{font:11px system-ui,sans-serif;fill:#333}
svg.chart{max-width:100%;height:auto}
.note{color:#555}
#filter{padding:.3em;width:20em}
"""

_JS = """
(function(){
  var table=document.getElementById('violations');
  var body=table.tBodies[0];
  var filter=document.getElementById('filter');
  var count=document.getElementById('shown');
  function update(){
    var q=filter.value.toLowerCase(),n=0;
    Array.prototype.forEach.call(body.rows,function(r){
      var hit=r.textContent.toLowerCase().indexOf(q)!==-1;
      r.hidden=!hit;if(hit)n++;
    });
    count.textContent=n;
    table.setAttribute('data-shown',''+n);
  }
  filter.addEventListener('input',update);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.setAttribute('data-sortable','1');
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){
        o.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-key')||a.cells[i].textContent;
        var y=b.cells[i].getAttribute('data-key')||b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),c;
        if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x&&String(ny)===y)c=nx-ny;
        else c=x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  var m=/^#q=(.*)$/.exec(location.hash);
  if(m){try{filter.value=decodeURIComponent(m[1]);}catch(e){}}
  filter.setAttribute('data-wired','1');
  update();
  document.body.setAttribute('data-ready','1');
})();
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _location_text(v: Violation) -> str:
    loc = v.location
    if isinstance(loc, TemplateLocation):
        return f"{loc.path}:{loc.line}:{loc.column}"
    return f"{loc.path} row {loc.row}"


def _bar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    """A vertical bar chart as inline SVG (labels under bars, counts above)."""
    if not items:
        return f'<p class="note">No data for {_e(title.lower())}.</p>'
    peak = max(n for _, n in items) or 1
    # long periods get thinner bars and a label on every k-th bar only
    bar = 22 if len(items) <= 31 else max(4, 900 // len(items))
    gap = 6 if bar >= 10 else 1
    every = 1 if bar >= 10 else -(-14 // (bar + gap))
    height, top, bottom, left = 160, 18, 70, 40
    width = left * 2 + len(items) * (bar + gap)
    parts = [
        f'<svg id="{_e(chart_id)}" class="chart" role="img" '
        f'aria-label="{_e(title)}" '
        f'width="{width}" height="{height + top + bottom}" '
        f'viewBox="0 0 {width} {height + top + bottom}">',
        f"<title>{_e(title)}</title>",
    ]
    for i, (label, n) in enumerate(items):
        h = round(height * n / peak)
        x = left + i * (bar + gap)
        y = top + height - h
        parts.append(
            f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="#3b6ea5">'
            f"<title>{_e(label)}: {n}</title></rect>"
        )
        if bar >= 10:
            parts.append(
                f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle">{n}</text>'
            )
        if i % every:
            continue
        ly = top + height + 12
        parts.append(
            f'<text x="{x + bar / 2}" y="{ly}" text-anchor="end" '
            f'transform="rotate(-60 {x + bar / 2} {ly})">{_e(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _hbar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    """A horizontal bar chart as inline SVG (for named things: categories)."""
    if not items:
        return f'<p class="note">No data for {_e(title.lower())}.</p>'
    peak = max(n for _, n in items) or 1
    row, label_w, bar_w = 20, 150, 300
    width = label_w + bar_w + 50
    height = row * len(items) + 6
    parts = [
        f'<svg id="{_e(chart_id)}" class="chart" role="img" '
        f'aria-label="{_e(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{_e(title)}</title>",
    ]
    for i, (label, n) in enumerate(items):
        w = max(1, round(bar_w * n / peak))
        y = 3 + i * row
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - 5}" '
            f'fill="#3b6ea5"><title>{_e(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 4}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


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


def _weekday(day: str) -> str | None:
    try:
        return _WEEKDAYS[dt.date.fromisoformat(day).weekday()]
    except ValueError:
        return None


def render(result: RunResult, *, top: int = 10) -> str:
    violations = sorted(result.violations, key=lambda v: v.sort_key)
    kind = "log audit" if result.is_audit else "template check"
    unit = "records" if result.is_audit else "templates"
    out: list[str] = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
    w(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">')
    w('<meta name="viewport" content="width=device-width,initial-scale=1">')
    w(f"<title>smslint {kind} report</title><style>{_CSS}</style></head><body>")
    w(f"<h1>smslint {kind} report</h1>")

    # what was audited
    w('<h2>What was checked</h2><table id="overview"><tbody>')
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
        w(f"<tr><th>{_e(name)}</th>{cell}</tr>")
    w("</tbody></table>")
    if result.inputs:
        w(
            _count_table(
                ("Input", "SHA-256", "Records"),
                [(f.path, f.sha256 or "(stdin)", f.records) for f in result.inputs],
            )
        )
    if result.notes:
        w("<h3>Notes</h3><ul>")
        for note in result.notes:
            w(f"<li>{_e(note)}</li>")
        w("</ul>")

    # by category
    by_category = Counter(v.category.value for v in result.violations)
    cats = by_category.most_common()
    w("<h2>Violations by category</h2>")
    w(_hbar_chart("Violations by category", cats, "chart-category"))

    # by rule, with citations
    by_rule = Counter(v.rule for v in result.violations)
    first: dict[str, Violation] = {}
    for v in violations:
        first.setdefault(v.rule, v)
    rule_rows: list[tuple[object, ...]] = []
    for rule_id, n in by_rule.most_common():
        info = result.rules.get(rule_id)
        v0 = first[rule_id]
        rule_rows.append(
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
    w('<h2>Violations by rule</h2><div id="by-rule">')
    if rule_rows:
        w(
            _count_table(
                (
                    "Rule",
                    "Category",
                    "Severity",
                    "Summary",
                    "Citation",
                    "Pack",
                    "Violations",
                ),
                rule_rows,
            )
        )
    else:
        w('<p class="note">No violations.</p>')
    w("</div>")

    # over time
    if result.is_audit:
        days = result.by_day()
        w("<h2>Violations per day (UTC send date)</h2>")
        w(_bar_chart("Violations per day", list(days.items()), "chart-days"))
        weekdays: Counter[str] = Counter()
        for day, n in days.items():
            wd = _weekday(day)
            if wd:
                weekdays[wd] += n
        w("<h2>Violations by weekday (UTC)</h2>")
        w(
            _bar_chart(
                "Violations by weekday",
                [(d, weekdays[d]) for d in _WEEKDAYS] if weekdays else [],
                "chart-weekdays",
            )
        )
        w(
            '<p class="note">Violations record only their UTC send day, so no '
            "hour-of-day heat map is drawn.</p>"
        )

    # top templates and files/rows
    templates = Counter(
        v.location.template_id
        for v in result.violations
        if isinstance(v.location, TemplateLocation) and v.location.template_id
    )
    if templates:
        w("<h2>Top templates</h2>")
        w(_count_table(("Template", "Violations"), list(templates.most_common(top))))
    files = Counter(v.location.path for v in result.violations)
    w("<h2>Top files</h2>")
    w(
        _count_table(("File", "Violations"), list(files.most_common(top)))
        if files
        else '<p class="note">No violations.</p>'
    )
    if result.is_audit:
        rows = Counter(
            (v.location.path, v.location.row, v.location.message_id or "")
            for v in result.violations
            if isinstance(v.location, RecordLocation) and v.location.row
        )
        if rows:
            w("<h2>Top rows</h2>")
            w(
                _count_table(
                    ("File", "Row", "Message id", "Violations"),
                    [(p, r, m, n) for (p, r, m), n in rows.most_common(top)],
                )
            )
    elif result.checked:
        w("<h2>Templates checked</h2>")
        per_template = Counter(
            (v.location.path, v.location.template_id or "")
            for v in result.violations
            if isinstance(v.location, TemplateLocation)
        )
        w(
            _count_table(
                ("File", "Template", "Line", "Violations"),
                [
                    (
                        t.path,
                        t.template_id or "",
                        t.line,
                        per_template.get((t.path, t.template_id or ""), 0),
                    )
                    for t in result.checked
                ],
            )
        )

    # the full table
    w("<h2>All violations</h2>")
    w(
        '<p><label>Search: <input id="filter" type="search" '
        'placeholder="rule, file, text..."></label> '
        f'<span id="shown">{len(violations)}</span> of {len(violations)} shown. '
        "Click a column heading to sort.</p>"
    )
    w(
        '<table id="violations"><thead><tr><th>Severity</th><th>Rule</th>'
        "<th>Category</th><th>Location</th><th>Template / message id</th>"
        "<th>Day</th><th>Message</th><th>Evidence</th><th>Citation</th>"
        "</tr></thead><tbody>"
    )
    for i, v in enumerate(violations):
        loc = v.location
        ident = loc.template_id if isinstance(loc, TemplateLocation) else loc.message_id
        day = loc.day if isinstance(loc, RecordLocation) else None
        sev = v.severity.value
        w(
            f'<tr><td class="sev-{_e(sev)}" data-key="{v.severity.rank}">{_e(sev)}</td>'
            f"<td>{_e(v.rule)}</td><td>{_e(v.category.value)}</td>"
            f'<td data-key="{i:08d}">{_e(_location_text(v))}</td>'
            f"<td>{_e(ident)}</td><td>{_e(day)}</td><td>{_e(v.message)}</td>"
            f"<td>{_e(v.evidence)}</td><td>{_e(v.citation)}</td></tr>"
        )
    w("</tbody></table>")
    w(f"<script>{_JS}</script></body></html>\n")
    return "\n".join(out)


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    """Write the report; ``quiet`` changes nothing (the report is for reading)."""
    out.write(render(result))
