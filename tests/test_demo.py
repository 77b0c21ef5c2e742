"""The bundled demo produces exactly the findings its README promises."""

from __future__ import annotations

import json
import re

from conftest import REPO

DEMO = REPO / "corpora" / "demo"
ROW = re.compile(
    r"^\| `(?P<file>[^`]+)` \| (?P<id>[^|]+) \| `(?P<rule>[^`]+)` \| "
    r"`(?P<category>[^`]+)` \| (?P<severity>\w+) \| (?P<loc>\d+:\d+) \|"
)


def promised() -> set[tuple[str, str, str, str, str, str]]:
    section = (
        (DEMO / "README.md").read_text(encoding="utf-8").split("### Violations")[1]
    )
    rows = set()
    for line in section.splitlines():
        m = ROW.match(line)
        if m:
            template = m["id"].strip().strip("`")
            rows.add(
                (
                    m["file"],
                    "" if template == "(the file)" else template,
                    m["rule"],
                    m["category"],
                    m["severity"],
                    m["loc"],
                )
            )
    return rows


def test_demo_findings_match_the_demo_readme(smslint, monkeypatch):
    monkeypatch.chdir(DEMO / "templates")
    run = smslint("check", "--format", "jsonl", ".")
    assert run.exit_code == 1
    found = set()
    for line in run.stdout.splitlines():
        v = json.loads(line)
        loc = v["location"]
        found.add(
            (
                loc["path"],
                v["template_id"] or "",
                v["rule"],
                v["category"],
                v["severity"],
                f"{loc['line']}:{loc['column']}",
            )
        )
    expected = promised()
    assert len(expected) == 13
    assert found == expected


def test_demo_text_report_names_template_ids(smslint, monkeypatch):
    monkeypatch.chdir(DEMO / "templates")
    run = smslint("check", ".")
    for file, template, rule, _c, severity, loc in promised():
        tag = f" [{template}]" if template else ""
        assert f"{file}:{loc}: {severity} {rule}{tag} " in run.stdout
    assert run.stdout.rstrip().endswith(
        "Found 13 violations (8 errors, 5 warnings) in 36 items (core)."
    )
