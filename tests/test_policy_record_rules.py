"""User packs with record rules that contradict themselves fail validation, with
file:line:column and the key path, and nothing runs on half a policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from smslint.errors import PolicyError
from smslint.policy import load_policy, validate_file

HEAD = """id: house
title: t
version: "1"
description: d
extends: core
rules:
  - id: house-rule
    kind: {kind}
    category: {category}
    severity: error
    summary: s
    message: m
    citation: c
    confidence: verified
    examples:
      fail: [{{records: [{{sent_at: "2026-11-10T03:30:00Z", recipient: "+12125550143", body: x}}]}}]
      pass: [{{records: [{{sent_at: "2026-11-10T16:00:00Z", recipient: "+12125550143", body: x}}]}}]
    options:
"""


def write_pack(tmp_path: Path, kind: str, category: str, options: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(HEAD.format(kind=kind, category=category) + options, "utf-8")
    return path


CASES = [
    pytest.param(
        "quiet_hours",
        "quiet_hours",
        "      windows:\n        sat: [{from: '21:00', to: '08:00'}]\n",
        20,
        "rules[0].options.windows.sat[0]: ends (08:00) before it starts (21:00)",
        id="window-ends-before-it-starts",
    ),
    pytest.param(
        "quiet_hours",
        "quiet_hours",
        "      zone: America/New_Yrok\n",
        19,
        "rules[0].options.zone: unknown time zone 'America/New_Yrok'",
        id="unknown-zone",
    ),
    pytest.param(
        "quiet_hours",
        "quiet_hours",
        "      holidays: {calendar: XX}\n",
        19,
        "rules[0].options.holidays.calendar: ",
        id="unknown-holiday-calendar",
    ),
    pytest.param(
        "frequency",
        "frequency",
        "      limit: 0\n      window: {days: 7}\n",
        19,
        "rules[0].options.limit: ",
        id="cap-of-zero",
    ),
    pytest.param(
        "frequency",
        "frequency",
        "      limit: 3\n",
        19,
        "rules[0].options.limit: give 'window'",
        id="cap-without-window",
    ),
    pytest.param(
        "opt_out_ignored",
        "opt_out_ignored",
        "      opt_out:\n        keywords: {en: [STOP]}\n"
        "        phrases: {en: ['<nosuchfamily> me']}\n",
        20,
        "rules[0].options.opt_out: phrase '<nosuchfamily> me': no word family",
        id="unknown-word-family",
    ),
]


@pytest.mark.parametrize(("kind", "category", "options", "line", "expected"), CASES)
def test_contradictory_record_rule_fails_validation_at_its_line(
    tmp_path, kind, category, options, line, expected
):
    path = write_pack(tmp_path, kind, category, options)
    [problem] = [str(p) for p in validate_file(path)]
    assert problem.startswith(f"{path}:{line}:")
    assert expected in problem


@pytest.mark.parametrize(("kind", "category", "options", "line", "expected"), CASES)
def test_nothing_runs_on_a_contradictory_pack(
    tmp_path, kind, category, options, line, expected
):
    path = write_pack(tmp_path, kind, category, options)
    with pytest.raises(PolicyError):
        load_policy([str(path)])


def test_applies_to_names_iso_countries(tmp_path):
    path = write_pack(
        tmp_path, "frequency", "frequency", "      limit: 3\n      window: {days: 7}\n"
    )
    text = path.read_text(encoding="utf-8").replace(
        "extends: core\n", "extends: core\napplies_to: {countries: [usa]}\n"
    )
    path.write_text(text, encoding="utf-8")
    [problem] = [str(p) for p in validate_file(path)]
    assert problem.startswith(f"{path}:6:")
    assert "applies_to.countries[0]" in problem


def test_a_packs_countries_go_to_its_own_rules_only():
    policy = load_policy(["us-ma"])
    assert policy.rule("ma-contact-frequency").countries == ("US",)
    assert policy.rule("quiet-hours").countries == ()  # inherited from core
