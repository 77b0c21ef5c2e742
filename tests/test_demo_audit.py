"""The demo send log audits to exactly what corpora/demo/README.md promises."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from functools import cache
from types import ModuleType

import pytest
from conftest import REPO

DEMO = REPO / "corpora" / "demo"
SECTION = "## Send-log audit demo"
FINDING = re.compile(
    r"^\| `(?P<rule>[^`]+)` \| `(?P<category>[^`]+)` \| (?P<count>\d+) \| "
    r"(?P<rows>[\d, ]*) \|"
)
ROW = re.compile(r"^\| (?P<row>\d+) \| (?P<what>.+) \|$")


def subsection(title: str) -> str:
    text = (DEMO / "README.md").read_text(encoding="utf-8").split(SECTION)[1]
    return text.split(f"### {title}")[1].split("\n### ")[0]


def promised() -> dict[str, tuple[str, list[int]]]:
    """rule -> (category, rows) from the "Expected audit findings" table."""
    found = {}
    for line in subsection("Expected audit findings").splitlines():
        m = FINDING.match(line)
        if m:
            rows = [int(n) for n in m["rows"].split(",") if n.strip()]
            assert len(rows) == int(m["count"]), line
            found[m["rule"]] = (m["category"], rows)
    return found


def table_rows(title: str) -> list[int]:
    return [
        int(m["row"])
        for line in subsection(title).splitlines()
        if (m := ROW.match(line))
    ]


@cache
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_sendlog", DEMO / "make_sendlog.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_sendlog", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    return module


def test_readme_tables_are_complete():
    expected = promised()
    assert sum(len(rows) for _, rows in expected.values()) == 38
    assert len(expected) == 12
    assert len(table_rows("Input problems")) == 3
    assert len(table_rows("Rows that look wrong and are not")) == 12


def test_sendlog_csv_is_what_the_generator_writes():
    demo = generator().build()
    assert (DEMO / "sendlog.csv").read_bytes() == demo.csv_text().encode("utf-8")


def test_readme_tables_are_what_the_generator_prints():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    for block in generator().tables(generator().build()):
        assert block in readme


def test_generator_zones_are_what_phonenumbers_says():
    from smslint.detectors.timezones import candidate_zones

    areas = generator().US_AREAS
    for area, (_home, zones) in areas.items():
        assert candidate_zones(f"+1{area}5550100") == zones, area
    assert candidate_zones("+8613812345678") == ("Asia/Shanghai",)


@pytest.fixture(scope="module")
def audit_report():
    from click.testing import CliRunner

    from smslint.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        result = CliRunner().invoke(
            main,
            [
                "audit",
                "corpora/demo/sendlog.csv",
                "--policy",
                "corpora/demo/acme-audit.yaml",
                "--format",
                "json",
            ],
            catch_exceptions=False,
        )
    return result.exit_code, json.loads(result.stdout)


def test_demo_audit_exit_code(audit_report):
    exit_code, _report = audit_report
    assert exit_code == 1


def test_demo_audit_findings_match_the_readme(audit_report):
    _exit, report = audit_report
    found: dict[str, list[int]] = defaultdict(list)
    categories: dict[str, str] = {}
    for v in report["violations"]:
        if v["category"] == "input":
            continue
        assert v["location"]["path"].endswith("sendlog.csv")
        found[v["rule"]].append(v["location"]["row"])
        categories[v["rule"]] = v["category"]
    expected = promised()
    assert {rule: sorted(rows) for rule, rows in found.items()} == {
        rule: rows for rule, (_cat, rows) in expected.items()
    }
    assert categories == {rule: cat for rule, (cat, _rows) in expected.items()}
    by_rule = {
        rule: n
        for rule, n in report["summary"]["by_rule"].items()
        if rule in expected or rule in found
    }
    assert by_rule == {rule: len(rows) for rule, (_c, rows) in expected.items()}


def test_demo_audit_input_problems_match_the_readme(audit_report):
    _exit, report = audit_report
    rows = sorted(
        v["location"]["row"] for v in report["violations"] if v["category"] == "input"
    )
    assert rows == table_rows("Input problems")
    assert report["summary"]["input_errors"] == len(rows)


def test_demo_audit_leaves_the_traps_alone(audit_report):
    _exit, report = audit_report
    flagged = {v["location"]["row"] for v in report["violations"]}
    traps = table_rows("Rows that look wrong and are not")
    assert flagged.isdisjoint(traps), sorted(flagged & set(traps))


def test_acme_pack_examples():
    from smslint.engine import run_example
    from smslint.policy import load_policy

    policy = load_policy([str(DEMO / "acme-audit.yaml")])
    (rule,) = [r for r in policy.rules if r.pack == "acme-audit"]
    assert rule.id == "acme-weekly-cap"
    for example in rule.fail_examples:
        assert run_example(rule, example), example
    for example in rule.pass_examples:
        assert not run_example(rule, example), example
