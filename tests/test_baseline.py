"""Baselines (`--write-baseline`, `--baseline`): fingerprints, matching, stale, errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from smslint.baseline import (
    FORMAT,
    VERSION,
    BaselineError,
    fingerprint,
    read_baseline,
    write_baseline,
)
from smslint.errors import UsageError
from smslint.violations import Category, Severity, TemplateLocation, Violation

BASE = ".smslint-baseline.json"
SSN_TEMPLATE = "Acme Recovery: Hi {name}, your SSN is {ssn}. Reply STOP to opt out."
TWO_SSN = "Acme Recovery: Hi {name}, SSN {ssn}, again {ssn}. Reply STOP to opt out."
CLEAN = (
    "Acme Recovery: Hi {name}, ${amount} is due on {due_date}. Reply STOP to opt out."
)

RAW_PII = {
    "ssn": "123-45-6789",
    "card": "4111 1111 1111 1111",
    "email": "john.doe@gmail.com",
    "phone": "(415) 555-0134",
}
PII_TEMPLATE = (
    f"Acme Recovery: Hi {{name}}, your SSN is {RAW_PII['ssn']}, card "
    f"{RAW_PII['card']}, mail {RAW_PII['email']}, phone {RAW_PII['phone']}. "
    "Reply STOP to opt out."
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def entries(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["entries"]


def summary(run) -> dict:
    return run.json()["summary"]


# --- writing and reading back -------------------------------------------------------


def test_written_baseline_hides_the_same_run(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    write(workdir / "u.txt", PII_TEMPLATE)
    first = smslint("check", ".", "--write-baseline", BASE)
    assert first.exit_code == 1  # writing a baseline does not change the report
    assert "pii-placeholder" in first.stdout
    doc = json.loads((workdir / BASE).read_text(encoding="utf-8"))
    assert doc["tool"] == "smslint"
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    keys = [(e["rule"], e["fingerprint"]) for e in doc["entries"]]
    assert keys == sorted(keys) and len(keys) == 5
    assert all(set(e) == {"fingerprint", "rule", "count"} for e in doc["entries"])

    again = smslint("check", ".", "--baseline", BASE)
    assert again.exit_code == 0, again.stdout + again.stderr
    assert "No violations in 2 items" in again.stdout
    assert "baseline" not in again.stderr  # nothing stale, no note
    report = smslint("check", ".", "--baseline", BASE, "--format", "json")
    assert report.exit_code == 0
    assert summary(report)["baseline"] == {"matched": 5, "stale": 0}
    assert report.json()["violations"] == []


def test_without_baseline_the_summary_has_no_baseline_part(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    assert "baseline" not in summary(smslint("check", "t.txt", "--format", "json"))


def test_baseline_is_independent_of_show_pii(smslint, workdir):
    write(workdir / "t.txt", PII_TEMPLATE)
    smslint("check", "t.txt", "--write-baseline", "masked.json")
    smslint("check", "t.txt", "--show-pii", "--write-baseline", "shown.json")
    assert entries(workdir / "masked.json") == entries(workdir / "shown.json")
    run = smslint("check", "t.txt", "--show-pii", "--baseline", "masked.json")
    assert run.exit_code == 0, run.stdout


def test_baseline_holds_no_personal_data(smslint, workdir):
    write(workdir / "t.txt", PII_TEMPLATE)
    smslint("check", "t.txt", "--show-pii", "--write-baseline", BASE)
    text = (workdir / BASE).read_text(encoding="utf-8")
    assert len(entries(workdir / BASE)) == 4
    for value in (*RAW_PII.values(), "john.doe", "gmail", "Acme", "SSN"):
        assert value not in text
    for entry in entries(workdir / BASE):
        assert set(entry) == {"fingerprint", "rule", "count"}


# --- what a fingerprint depends on --------------------------------------------------


def test_moving_a_template_down_keeps_it_baselined(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    smslint("check", "t.txt", "--write-baseline", BASE)
    write(workdir / "t.txt", "\n\n\n   " + SSN_TEMPLATE)
    moved = smslint("check", "t.txt", "--baseline", BASE)
    assert moved.exit_code == 0, moved.stdout


def test_reordering_a_catalog_keeps_entries_baselined(smslint, workdir):
    write(workdir / "c.yaml", f'a.ok: "{CLEAN}"\nb.ssn: "{SSN_TEMPLATE}"\n')
    smslint("check", "c.yaml", "--write-baseline", BASE)
    write(workdir / "c.yaml", f'b.ssn: "{SSN_TEMPLATE}"\n\n\na.ok: "{CLEAN}"\n')
    run = smslint("check", "c.yaml", "--baseline", BASE)
    assert run.exit_code == 0, run.stdout
    # the same text under another id is a different item: new
    write(workdir / "c.yaml", f'c.ssn: "{SSN_TEMPLATE}"\n')
    renamed = smslint("check", "c.yaml", "--baseline", BASE, "--format", "json")
    assert renamed.exit_code == 1
    assert summary(renamed)["baseline"] == {"matched": 0, "stale": 1}


def test_changed_evidence_is_new(smslint, workdir):
    write(workdir / "t.txt", f"Acme Recovery: your SSN {RAW_PII['ssn']}. Reply STOP.")
    smslint("check", "t.txt", "--write-baseline", BASE)
    write(workdir / "t.txt", "Acme Recovery: your SSN 987-65-4321. Reply STOP.")
    run = smslint("check", "t.txt", "--baseline", BASE)
    assert run.exit_code == 1
    assert "pii-in-text" in run.stdout


def test_whitespace_and_case_of_evidence_do_not_matter():
    def violation(evidence: str, line: int) -> Violation:
        return Violation(
            rule="threat-words",
            category=Category.THREAT,
            severity=Severity.ERROR,
            message="m",
            location=TemplateLocation("t.txt", line, 3),
            evidence=evidence,
            policy="core",
            citation=None,
        )

    assert fingerprint(violation("Arrest  you", 1)) == fingerprint(
        violation("arrest\nYOU", 9)
    )
    assert fingerprint(violation("ＡＲＲＥＳＴ you", 1)) == fingerprint(
        violation("arrest you", 1)
    )
    assert fingerprint(violation("arrest you", 1)) != fingerprint(
        violation("jail you", 1)
    )


# --- stale entries and duplicates ---------------------------------------------------


def test_fixed_violation_becomes_stale(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    write(workdir / "u.txt", PII_TEMPLATE)
    smslint("check", ".", "--write-baseline", BASE)
    write(workdir / "t.txt", CLEAN)
    run = smslint("check", ".", "--baseline", BASE)
    assert run.exit_code == 0, run.stdout
    assert "1 entry no longer found" in run.stderr
    report = smslint("check", ".", "--baseline", BASE, "--format", "json")
    assert summary(report)["baseline"] == {"matched": 4, "stale": 1}
    quiet = smslint("check", ".", "--baseline", BASE, "--quiet")
    assert quiet.stdout == "" and "no longer found" not in quiet.stderr
    # rewriting over the baseline it reads drops the stale entry
    smslint("check", ".", "--baseline", BASE, "--write-baseline", BASE)
    assert len(entries(workdir / BASE)) == 4
    report = smslint("check", ".", "--baseline", BASE, "--format", "json")
    assert summary(report)["baseline"] == {"matched": 4, "stale": 0}


def test_duplicates_are_counted(smslint, workdir):
    write(workdir / "t.txt", TWO_SSN)
    smslint("check", "t.txt", "--write-baseline", BASE)
    (entry,) = entries(workdir / BASE)
    assert entry["count"] == 2 and entry["rule"] == "pii-placeholder"
    assert smslint("check", "t.txt", "--baseline", BASE).exit_code == 0
    write(workdir / "t.txt", TWO_SSN.replace("again {ssn}", "{ssn}, {ssn}"))
    run = smslint("check", "t.txt", "--baseline", BASE, "--format", "json")
    assert run.exit_code == 1
    assert summary(run)["baseline"] == {"matched": 2, "stale": 0}
    (new,) = run.json()["violations"]
    col = TWO_SSN.replace("again {ssn}", "{ssn}, {ssn}").rindex("{ssn}") + 1
    assert new["location"]["column"] == col  # the later occurrence is the new one
    # one occurrence left: the other baseline entry is stale
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", "t.txt", "--baseline", BASE, "--format", "json")
    assert run.exit_code == 0
    assert summary(run)["baseline"] == {"matched": 1, "stale": 1}


def test_input_problems_are_never_baselined(smslint, workdir):
    (workdir / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    write(workdir / "t.txt", SSN_TEMPLATE)
    first = smslint("check", ".", "--write-baseline", BASE)
    assert first.exit_code == 2
    assert [e["rule"] for e in entries(workdir / BASE)] == ["pii-placeholder"]
    run = smslint("check", ".", "--baseline", BASE)
    assert run.exit_code == 2
    assert "bad.txt:1:1: error input-error" in run.stdout
    assert "pii-placeholder" not in run.stdout


def test_baseline_applies_after_select(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    write(workdir / "u.txt", PII_TEMPLATE)
    smslint("check", ".", "--select", "pii-placeholder", "--write-baseline", BASE)
    run = smslint("check", ".", "--baseline", BASE)
    assert run.exit_code == 1
    assert "pii-placeholder" not in run.stdout and "pii-in-text" in run.stdout


# --- audits -------------------------------------------------------------------------

HEADER = (
    "message_id,sent_at,recipient,debtor_id,recipient_relation,recipient_tz,"
    "direction,template_id,body\n"
)
NYC = "+12125550143"
LOG_CLEAN = "Acme Recovery: Hi Ann, $120.00 is due on 12/01. Reply STOP to opt out."
LOG_SSN = (
    "Acme Recovery: Hi Ann, your SSN 123-45-6789 is on file. Reply STOP to opt out."
)


def row(mid: str, sent_at: str, body: str) -> str:
    return f'{mid},{sent_at},{NYC},D1,self,,outbound,T1,"{body}"\n'


def test_audit_baseline_follows_message_ids(smslint, workdir):
    log = workdir / "log.csv"
    write(
        log,
        HEADER
        + row("m1", "2026-11-10T15:00:00Z", LOG_SSN)
        + row("m2", "2026-11-10T15:05:00Z", LOG_CLEAN)
        + row("m3", "2026-11-11T15:00:00Z", LOG_SSN),
    )
    first = smslint("audit", "log.csv", "--write-baseline", BASE)
    assert first.exit_code == 1
    assert len(entries(workdir / BASE)) == 2
    assert "123-45-6789" not in (workdir / BASE).read_text(encoding="utf-8")
    # same records in another order (other row numbers), plus a new one
    write(
        log,
        HEADER
        + row("m3", "2026-11-11T15:00:00Z", LOG_SSN)
        + row("m4", "2026-11-12T15:00:00Z", LOG_SSN)
        + row("m2", "2026-11-10T15:05:00Z", LOG_CLEAN)
        + row("m1", "2026-11-10T15:00:00Z", LOG_SSN),
    )
    run = smslint("audit", "log.csv", "--baseline", BASE, "--format", "json")
    assert run.exit_code == 1
    found = run.json()["violations"]
    assert [v["location"]["message_id"] for v in found] == ["m4"]
    assert summary(run)["baseline"] == {"matched": 2, "stale": 0}
    assert smslint("audit", "log.csv", "--show-pii", "--baseline", BASE).exit_code == 1


def test_audit_stale_note_and_rows_without_message_id(smslint, workdir):
    log = workdir / "log.csv"
    write(
        log,
        HEADER
        + row("", "2026-11-10T15:00:00Z", LOG_SSN)
        + row("", "2026-11-10T15:05:00Z", LOG_CLEAN),
    )
    smslint("audit", "log.csv", "--write-baseline", BASE)
    assert smslint("audit", "log.csv", "--baseline", BASE).exit_code == 0
    # without a message_id the row number is the identity
    write(
        log,
        HEADER
        + row("", "2026-11-10T15:05:00Z", LOG_CLEAN)
        + row("", "2026-11-10T15:00:00Z", LOG_SSN),
    )
    run = smslint("audit", "log.csv", "--baseline", BASE)
    assert run.exit_code == 1
    assert "1 entry no longer found" in run.stdout  # in the audit's Notes


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{", "not valid JSON"),
        ("[]", "not an smslint baseline"),
        ('{"tool": "other", "format": "smslint-baseline", "version": 1}', "not an"),
        ('{"tool": "smslint", "format": "report", "version": 1}', "not an smslint"),
        (
            '{"tool": "smslint", "format": "smslint-baseline", "version": 2, '
            '"entries": []}',
            "version 2 is not supported",
        ),
        (
            '{"tool": "smslint", "format": "smslint-baseline", "version": 1}',
            '"entries" must be a list',
        ),
        (
            '{"tool": "smslint", "format": "smslint-baseline", "version": 1, '
            '"entries": [{"fingerprint": "abc", "rule": "x"}]}',
            "entry 1 is not a valid baseline entry",
        ),
        (
            '{"tool": "smslint", "format": "smslint-baseline", "version": 1, '
            f'"entries": [{{"fingerprint": "{"a" * 64}", "rule": "x", "count": 0}}]}}',
            "entry 1",
        ),
    ],
)
def test_bad_baseline_exits_2_naming_the_file(smslint, workdir, content, why):
    write(workdir / "t.txt", SSN_TEMPLATE)
    write(workdir / "b.json", content)
    for command in (("check", "t.txt"), ("audit", "t.txt")):
        run = smslint(*command, "--baseline", "b.json")
        assert run.exit_code == 2
        assert "smslint: error: b.json" in run.stderr
        assert why in run.stderr
        assert run.stdout == ""


def test_missing_and_non_utf8_baselines_exit_2(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", "t.txt", "--baseline", "nope.json")
    assert run.exit_code == 2 and "nope.json: baseline file not found" in run.stderr
    (workdir / "latin.json").write_bytes(b'{"tool": "sm\xe9"}')
    run = smslint("check", "t.txt", "--baseline", "latin.json")
    assert run.exit_code == 2 and "latin.json: baseline is not UTF-8" in run.stderr
    (workdir / "folder").mkdir()
    assert smslint("check", "t.txt", "--baseline", "folder").exit_code == 2


def test_read_baseline_errors_are_usage_errors(tmp_path):
    path = write(tmp_path / "b.json", "{")
    with pytest.raises(BaselineError) as info:
        read_baseline(path)
    assert isinstance(info.value, UsageError)
    assert info.value.path == str(path) and info.value.line == 1
    assert read_baseline(None) is None


def test_unwritable_baseline_path_exits_2_and_writes_nothing(smslint, workdir):
    write(workdir / "t.txt", SSN_TEMPLATE)
    run = smslint("check", "t.txt", "--write-baseline", "missing/dir/b.json")
    assert run.exit_code == 2
    assert "missing/dir/b.json: cannot write baseline" in run.stderr
    assert run.stdout == ""  # found before the run, not after it
    run = smslint("audit", "t.txt", "--write-baseline", "missing/b.json")
    assert run.exit_code == 2 and "missing/b.json: cannot write" in run.stderr
    assert not (workdir / "missing").exists()
    (workdir / "taken").mkdir()
    run = smslint("check", "t.txt", "--write-baseline", "taken")
    assert run.exit_code == 2
    assert sorted(os.listdir(workdir)) == ["t.txt", "taken"]


def test_write_failure_after_the_run_is_exit_2(tmp_path):
    with pytest.raises(BaselineError, match="cannot write baseline"):
        write_baseline(tmp_path / "gone" / "b.json", [])
    assert os.listdir(tmp_path) == []


def test_failed_write_leaves_the_old_baseline_untouched(tmp_path, monkeypatch):
    old = write(tmp_path / "b.json", "old baseline\n")

    def broken(_baseline):
        return {"entries": [object()]}  # json.dump fails half-way through

    monkeypatch.setattr("smslint.baseline.to_json", broken)
    with pytest.raises(TypeError):
        write_baseline(old, [])
    assert old.read_text(encoding="utf-8") == "old baseline\n"
    assert os.listdir(tmp_path) == ["b.json"]  # no temporary file left behind


def test_pre_commit_run_naming_the_baseline_file(smslint, workdir):
    """docs/baselines.md: the config's exclude keeps a named baseline out of the lint."""
    write(workdir / "smslint.yaml", "exclude:\n  - .smslint-baseline.json\n")
    write(workdir / "t.txt", SSN_TEMPLATE)
    smslint("check", "--write-baseline", BASE)
    run = smslint("check", "--baseline", BASE, "--quiet", BASE, "t.txt")
    assert run.exit_code == 0, run.stdout
    assert run.stdout == "" and run.stderr == ""


# --- the config's `baseline:` key ----------------------------------------------------


def test_config_baseline_hides_old_findings_and_is_never_linted(smslint, workdir):
    """docs/baselines.md: `baseline:` in smslint.yaml is what pre-commit runs use."""
    write(workdir / "smslint.yaml", f"baseline: {BASE}\n")
    write(workdir / "t.txt", SSN_TEMPLATE)
    first = smslint("check", "--no-baseline", "--write-baseline", BASE)
    assert first.exit_code == 1
    # pre-commit passes every changed file by name, the baseline included
    run = smslint("check", "--format", "json", BASE, "t.txt")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert summary(run)["baseline"] == {"matched": 1, "stale": 0}
    assert summary(run)["scanned"] == 1  # the baseline file is not a template

    write(workdir / "new.txt", TWO_SSN)
    run = smslint("check", "--format", "json")
    assert run.exit_code == 1
    assert {v["location"]["path"] for v in run.json()["violations"]} == {"new.txt"}


def test_no_baseline_flag_and_explicit_baseline_win_over_the_config(smslint, workdir):
    write(workdir / "smslint.yaml", f"baseline: {BASE}\n")
    write(workdir / "t.txt", SSN_TEMPLATE)
    smslint("check", "--no-baseline", "--write-baseline", BASE)
    everything = smslint("check", "--no-baseline", "--format", "json")
    assert everything.exit_code == 1
    assert "baseline" not in summary(everything)
    smslint("check", "--no-baseline", "--write-baseline", "other.json", "new.txt")
    explicit = smslint("check", "t.txt", "--baseline", "other.json")
    assert explicit.exit_code == 1  # other.json is empty: the config's is not used


def test_config_baseline_is_resolved_from_the_config_folder(smslint, workdir):
    write(workdir / "smslint.yaml", "baseline: ci/base.json\n")
    write(workdir / "sub" / "t.txt", SSN_TEMPLATE)
    (workdir / "ci").mkdir()
    smslint("check", "--no-baseline", "--write-baseline", "ci/base.json")
    os.chdir(workdir / "sub")
    run = smslint("check", "t.txt")
    assert run.exit_code == 0, run.stdout + run.stderr


def test_missing_config_baseline_exits_2_saying_how_to_write_it(smslint, workdir):
    write(workdir / "smslint.yaml", f"baseline: {BASE}\n")
    write(workdir / "t.txt", CLEAN)
    run = smslint("check")
    assert run.exit_code == 2
    assert "baseline file not found (set by `baseline:` in smslint.yaml)" in run.stderr
    assert f"--no-baseline --write-baseline {BASE}" in run.stderr


@pytest.mark.parametrize("value", ["", "[a, b]", "3"])
def test_bad_config_baseline_value_exits_2(smslint, workdir, value):
    write(workdir / "smslint.yaml", f"baseline: {value}\n")
    run = smslint("check")
    assert run.exit_code == 2
    assert "smslint.yaml:1" in run.stderr and "baseline" in run.stderr
