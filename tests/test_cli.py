"""The command line: exit codes, formats, options and config, pinned end to end."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLEAN_EN, CLEAN_ZH

SSN_TEMPLATE = "Acme Recovery: Hi {name}, your SSN is {ssn}. Reply STOP to opt out."
NO_OPTOUT = "Acme Recovery: Hi {name}, ${amount} is due on {due_date}."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_templates_exit_0(smslint, workdir):
    write(workdir / "a.txt", CLEAN_EN)
    write(workdir / "b.sms", CLEAN_ZH)
    run = smslint("check", ".")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "No violations in 2 items (core)." in run.stdout


def test_violation_exit_1_with_exact_location(smslint, workdir):
    write(workdir / "t.txt", "\n" + SSN_TEMPLATE)
    run = smslint("check", "t.txt")
    assert run.exit_code == 1
    col = SSN_TEMPLATE.index("{ssn}") + 1
    assert f"t.txt:2:{col}: error pii-placeholder " in run.stdout
    assert "Found 1 violation (1 error) in 1 item (core)." in run.stdout


def test_default_path_is_current_folder(smslint, workdir):
    write(workdir / "sub" / "t.txt", SSN_TEMPLATE)
    run = smslint("check")
    assert run.exit_code == 1
    assert "sub/t.txt:1:" in run.stdout


def test_warnings_do_not_fail_unless_asked(smslint, workdir):
    write(workdir / "t.txt", NO_OPTOUT)
    assert smslint("check", "t.txt").exit_code == 0
    run = smslint("check", "--fail-on", "warning", "t.txt")
    assert run.exit_code == 1
    assert "warning opt-out-instruction" in run.stdout


def test_unreadable_input_reported_rest_linted_exit_2(smslint, workdir):
    (workdir / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", ".")
    assert run.exit_code == 2
    assert "bad.txt:1:1: error input-error" in run.stdout
    assert "t.txt:1:" in run.stdout and "pii-placeholder" in run.stdout


def test_missing_path_is_input_problem(smslint, workdir):
    run = smslint("check", "nope.txt")
    assert run.exit_code == 2
    assert "nope.txt" in run.stdout and "input-error" in run.stdout


def test_inputs_are_never_modified(smslint, workdir):
    files = [write(workdir / "a.txt", SSN_TEMPLATE), write(workdir / "b.txt", CLEAN_EN)]
    before = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    smslint("check", ".", "--format", "json")
    assert [hashlib.sha256(f.read_bytes()).hexdigest() for f in files] == before


def test_json_report_matches_contract(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", "--format", "json", "t.txt")
    assert run.exit_code == 1
    report = run.json()
    assert report["tool"]["name"] == "smslint"
    assert report["policies"] == ["core"]
    assert report["summary"] == {
        "scanned": 1,
        "violations": 1,
        "by_rule": {"pii-placeholder": 1},
        "by_category": {"pii": 1},
        "input_errors": 0,
    }
    (v,) = report["violations"]
    assert set(v) >= {
        "rule",
        "category",
        "severity",
        "message",
        "location",
        "evidence",
        "policy",
        "citation",
    }
    assert v["location"] == {
        "path": "t.txt",
        "line": 1,
        "column": SSN_TEMPLATE.index("{ssn}") + 1,
    }
    assert v["evidence"] == "{ssn}"
    assert v["policy"] == "core" and v["citation"]


def test_jsonl_is_one_violation_per_line(smslint, workdir):
    write(workdir / "a.txt", SSN_TEMPLATE)
    write(workdir / "b.txt", NO_OPTOUT)
    run = smslint("check", "--format", "jsonl", ".")
    lines = run.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["rule"] for line in lines] == [
        "pii-placeholder",
        "opt-out-instruction",
    ]


def test_output_file_written_and_stdout_empty(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", "--format", "json", "-o", "out/report.json", "t.txt")
    assert run.exit_code == 2  # the folder does not exist
    assert "out/report.json" in run.stderr
    (workdir / "out").mkdir()
    run = smslint("check", "--format", "json", "-o", "out/report.json", "t.txt")
    assert run.exit_code == 1 and run.stdout == ""
    assert (
        json.loads((workdir / "out/report.json").read_text())["summary"]["violations"]
        == 1
    )
    assert [p.name for p in (workdir / "out").iterdir()] == ["report.json"]


def test_select_and_ignore_by_rule_and_category(smslint, workdir):
    write(workdir / "t.txt", "Hi {name}, your SSN is {ssn}.")

    def rules(run):
        return {json.loads(line)["rule"] for line in run.stdout.splitlines()}

    everything = rules(smslint("check", "--format", "jsonl", "t.txt"))
    assert everything == {
        "pii-placeholder",
        "opt-out-instruction",
        "sender-identification",
    }
    assert rules(smslint("check", "--format", "jsonl", "--select", "pii", "t.txt")) == {
        "pii-placeholder"
    }
    assert rules(
        smslint(
            "check", "--format", "jsonl", "--ignore", "pii-placeholder,opt_out", "t.txt"
        )
    ) == {"sender-identification"}


def test_quiet_prints_violations_only(smslint, workdir):
    write(workdir / "t.txt", CLEAN_EN)
    assert smslint("check", "-q", "t.txt").stdout == ""


def test_usage_errors_exit_2(smslint, workdir):
    assert smslint("check", "--no-such-flag").exit_code == 2
    assert smslint("check", "--format", "xml").exit_code == 2
    run = smslint("check", "-p", "no-such-pack", ".")
    assert run.exit_code == 2 and "no-such-pack" in run.stderr


def test_a_crash_exits_2_not_1(smslint, workdir, monkeypatch):
    # exit 1 means "violations found": a crash must not read as a finding in CI
    def crash(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("smslint.engine.lint_templates", crash)
    write(workdir / "t.txt", CLEAN_EN)
    run = smslint("check", "t.txt")
    assert run.exit_code == 2
    assert "RuntimeError: boom" in run.stderr and "internal error" in run.stderr


def test_bad_config_exits_2_with_position(smslint, workdir):
    write(workdir / "smslint.yaml", "policy: core\nfail-on: sometimes\n")
    write(workdir / "t.txt", CLEAN_EN)
    run = smslint("check", "t.txt")
    assert run.exit_code == 2
    assert "smslint.yaml:2:10: fail-on:" in run.stderr


def test_config_unknown_key_exits_2(smslint, workdir):
    write(workdir / "smslint.yaml", "policy: core\nfali-on: warning\n")
    run = smslint("check", ".")
    assert run.exit_code == 2
    assert "smslint.yaml:2:1: fali-on: unknown key" in run.stderr


def test_config_discovered_upward_and_flags_win(smslint, workdir, monkeypatch):
    write(workdir / "smslint.yaml", "fail-on: warning\nformat: jsonl\n")
    sub = workdir / "a" / "b"
    write(sub / "t.txt", NO_OPTOUT)
    monkeypatch.chdir(sub)
    run = smslint("check", "t.txt")
    assert run.exit_code == 1 and json.loads(run.stdout.splitlines()[0])
    run = smslint("check", "--fail-on", "error", "--format", "text", "t.txt")
    assert run.exit_code == 0 and "warning opt-out-instruction" in run.stdout


def test_dot_config_and_pyproject(smslint, workdir):
    write(workdir / "t.txt", NO_OPTOUT)
    write(workdir / "pyproject.toml", '[tool.smslint]\nfail-on = "warning"\n')
    assert smslint("check", "t.txt").exit_code == 1
    write(workdir / ".smslint.yaml", "fail-on: error\n")  # same folder: YAML first
    assert smslint("check", "t.txt").exit_code == 0


def test_explicit_config_wins(smslint, workdir):
    write(workdir / "smslint.yaml", "fail-on: error\n")
    write(workdir / "strict.yaml", "fail-on: warning\n")
    write(workdir / "t.txt", NO_OPTOUT)
    assert smslint("check", "t.txt").exit_code == 0
    assert smslint("check", "--config", "strict.yaml", "t.txt").exit_code == 1
    assert smslint("check", "--config", "missing.yaml", "t.txt").exit_code == 2


def test_config_rule_overrides_and_exclude(smslint, workdir):
    write(
        workdir / "smslint.yaml",
        "rules:\n  opt-out-instruction: {severity: error}\n"
        "  sender-identification: false\nexclude: ['legacy/**']\n",
    )
    write(workdir / "t.txt", "Hi {name}, ${amount} is due.")
    write(workdir / "legacy" / "old" / "x.txt", SSN_TEMPLATE)
    run = smslint("check", ".")
    assert run.exit_code == 1
    assert "error opt-out-instruction" in run.stdout
    assert "sender-identification" not in run.stdout
    assert "legacy" not in run.stdout


def test_config_override_of_unknown_rule_exits_2(smslint, workdir):
    write(workdir / "smslint.yaml", "rules:\n  no-such-rule: false\n")
    run = smslint("check", ".")
    assert run.exit_code == 2
    assert "smslint.yaml:2:" in run.stderr and "no-such-rule" in run.stderr


def test_user_pack_from_config_relative_path(smslint, workdir):
    write(
        workdir / "packs" / "acme.yaml",
        (Path(__file__).parent / "data" / "acme.yaml").read_text(encoding="utf-8"),
    )
    write(workdir / "smslint.yaml", "policy: [packs/acme.yaml]\n")
    write(workdir / "t.txt", NO_OPTOUT)
    run = smslint("check", "t.txt")
    assert run.exit_code == 1
    assert "error opt-out-instruction" in run.stdout and "(acme)" in run.stdout


def test_suppressions_hide_and_expired_ones_are_reported(smslint, workdir):
    write(
        workdir / "cat.yaml",
        f"""\
quiet_one:
  text: "{NO_OPTOUT}"
  smslint:
    ignore:
      - rule: opt-out-instruction
        reason: sent inside the app, which has its own opt-out
        expires: 2999-01-01
stale_one:
  text: "{NO_OPTOUT}"
  smslint:
    ignore:
      - rule: opt-out-instruction
        reason: legacy campaign
        expires: 2020-01-31
""",
    )
    run = smslint("check", "--format", "jsonl", "cat.yaml")
    found = [json.loads(line) for line in run.stdout.splitlines()]
    assert sorted((v["rule"], v["location"]["line"]) for v in found) == [
        ("expired-suppression", 12),
        ("opt-out-instruction", 9),
    ]


def test_rules_explain_and_policy_commands(smslint, workdir):
    run = smslint("rules")
    assert run.exit_code == 0
    for rule in (
        "pii-placeholder",
        "opt-out-instruction",
        "sender-identification",
        "segment-limit",
    ):
        assert rule in run.stdout
    run = smslint("explain", "pii-placeholder")
    assert run.exit_code == 0
    assert (
        "citation:" in run.stdout and "Fails:" in run.stdout and "Passes:" in run.stdout
    )
    assert "-> clean" in run.stdout and "violation(s)" in run.stdout
    assert smslint("explain", "no-such-rule").exit_code == 2
    assert "core" in smslint("policy", "list").stdout
    shown = smslint("policy", "show", "core")
    assert shown.exit_code == 0 and "pii-placeholder" in shown.stdout


def test_policy_validate(smslint, workdir):
    good = Path(__file__).parent / "data" / "acme.yaml"
    run = smslint("policy", "validate", str(good))
    assert run.exit_code == 0 and run.stdout.strip().endswith(": ok")
    write(
        workdir / "bad.yaml",
        "id: bad\nextends: core\nrules:\n  - id: x\n    kind: nope\n",
    )
    run = smslint("policy", "validate", "bad.yaml")
    assert run.exit_code == 2
    assert "bad.yaml:" in run.stderr


def test_python_dash_m_and_version():
    out = subprocess.run(
        [sys.executable, "-m", "smslint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("smslint, version ")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_non_utf8_stdout_does_not_crash(tmp_path, encoding):
    write(tmp_path / "t.txt", CLEAN_ZH)
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "smslint",
            "check",
            "--format",
            "json",
            str(tmp_path / "t.txt"),
        ],
        capture_output=True,
        env=env,
    )
    assert out.returncode == 0, out.stderr
