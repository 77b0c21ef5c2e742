"""The HTML report in headless Chromium: the script runs, the DOM has rows and charts.

Skipped when no ``chromium`` is on PATH. The page's Content-Security-Policy
(``default-src 'none'``) makes the browser itself refuse any request; this test
checks that the policy is there and that the page still works under it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from smslint.reporters.html import CSP, render
from smslint.violations import (
    Category,
    RecordLocation,
    RunResult,
    SendActivity,
    Severity,
    Violation,
    grid_of,
)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (no `chromium` on PATH)"
)


def _violation(rule: str, category: Category, row: int, day: str) -> Violation:
    # Monday 2026-11-09 at 09:00, Tuesday 2026-11-10 at 10:00 (local)
    weekday = 0 if day.endswith("09") else 1
    return Violation(
        rule,
        category,
        Severity.ERROR,
        f"{rule} <b>found</b>",
        RecordLocation(
            "logs/a.csv",
            row,
            f"m-{row}",
            day,
            template_id=f"T{row % 2}",
            debtor_id=f"D{row}",
            weekday=weekday,
            hour=9 + weekday,
        ),
        "<script>document.body.setAttribute('data-pwned','1')</script>",
        "core",
        None,
    )


RESULT = RunResult(
    tool_version="9.9.9",
    policies=("core",),
    scanned=10,
    is_audit=True,
    activity=SendActivity(
        grid_of([(0, 9, 4), (1, 10, 5), (6, 23, 1)]), by_recipient_tz=10
    ),
    log_fields=frozenset({"template_id", "debtor_id"}),
    violations=(
        _violation("threat-language", Category.THREAT, 1, "2026-11-09"),
        _violation("threat-language", Category.THREAT, 2, "2026-11-10"),
        _violation("quiet-hours", Category.QUIET_HOURS, 3, "2026-11-10"),
    ),
)


def dump_dom(page: Path, fragment: str = "") -> str:
    assert CHROMIUM is not None
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--user-data-dir={page.parent / 'profile'}",
            "--dump-dom",
            page.resolve().as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.fixture
def report(tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    page.write_text(render(RESULT), encoding="utf-8")
    return page


def test_script_runs_and_dom_has_rows_and_charts(report: Path):
    dom = dump_dom(report)
    assert 'data-ready="1"' in dom, "the inline script did not run"
    assert 'data-pwned="1"' not in dom, "evidence was executed as script"
    assert f'content="{CSP}"' in dom
    assert "&lt;script&gt;document.body" in dom  # shown as text
    table = dom.split('id="violations"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr") == 1 + len(RESULT.violations)
    for chart in ("chart-category", "chart-days", "heat-sends", "heat-violations"):
        assert re.search(rf'<svg[^>]*id="{chart}"', dom), chart
    # bars: 2 categories, 2 days; heat maps: 7 x 24 cells each
    assert dom.count("<rect") == 2 + 2 + 2 * 7 * 24
    for heat, cells in (
        ("heat-sends", {(0, 9): 4, (1, 10): 5, (6, 23): 1}),
        ("heat-violations", {(0, 9): 1, (1, 10): 2}),
    ):
        svg = dom.split(f'id="{heat}"', 1)[1].split("</svg>", 1)[0]
        drawn = re.findall(r'data-row="(\d)" data-hour="(\d+)" data-n="(\d+)"', svg)
        assert len(drawn) == 7 * 24
        assert {(int(r), int(h)): int(n) for r, h, n in drawn if n != "0"} == cells
    top = r'<div id="top-{}s">[^/]*?<table>.*?<td>{}</td><td class="num">{}<'
    assert re.search(top.format("template", "T1", 2), dom, re.S)
    assert re.search(top.format("debtor", "D1", 1), dom, re.S)
    # sorting and filtering are wired
    assert dom.count('data-sortable="1"') == 9
    assert 'data-wired="1"' in dom
    assert 'data-shown="3"' in dom


def test_filter_from_the_link_hides_rows(report: Path):
    dom = dump_dom(report, "#q=quiet-hours")
    assert 'data-ready="1"' in dom
    assert 'data-shown="1"' in dom
    table = dom.split('id="violations"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr hidden") == 2
