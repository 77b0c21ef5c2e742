"""`smslint audit` end to end: reading, content and record rules, report, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from smslint.logs import audit as audit_module
from smslint.logs.audit import Progress
from smslint.logs.progress import LineProgress, terminal_progress

HEADER = (
    "message_id,sent_at,recipient,debtor_id,recipient_relation,recipient_tz,"
    "direction,template_id,body\n"
)
NYC = "+12125550143"  # Manhattan: one zone, America/New_York
CLEAN = "Acme Recovery: Hi Ann, $120.00 is due on 12/01. Reply STOP to opt out."
SSN = "Acme Recovery: Hi Ann, your SSN 123-45-6789 is on file. Reply STOP to opt out."


def row(
    mid: str,
    sent_at: str,
    body: str = CLEAN,
    *,
    recipient: str = NYC,
    relation: str = "self",
    direction: str = "outbound",
) -> str:
    return f'{mid},{sent_at},{recipient},D1,{relation},,{direction},T1,"{body}"\n'


def write_log(path: Path, *rows: str, header: str = HEADER) -> Path:
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


def violations(run) -> list[dict]:
    return run.json()["violations"]


def test_clean_log_exit_0(smslint, workdir):
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T15:00:00Z"),
        row("m2", "2026-11-11T16:00:00Z"),
    )
    run = smslint("audit", "log.csv")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "No violations in 2 records (core)." in run.stdout


def test_content_finding_lands_on_every_row_with_that_body_masked(smslint, workdir):
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T15:00:00Z", SSN),
        row("m2", "2026-11-10T15:05:00Z", CLEAN),
        row("m3", "2026-11-11T15:00:00Z", SSN),
        row("m4", "2026-11-11T15:30:00Z", SSN, direction="inbound"),
    )
    run = smslint("audit", "--format", "json", "--select", "pii-in-text", "log.csv")
    assert run.exit_code == 1
    found = violations(run)
    assert [(v["location"]["row"], v["location"]["message_id"]) for v in found] == [
        (1, "m1"),
        (3, "m3"),
    ]
    assert found[0]["location"] == {"path": "log.csv", "row": 1, "message_id": "m1"}
    assert found[0]["evidence"].endswith("6789")
    assert "123-45-6789" not in run.stdout
    assert run.json()["summary"]["by_day"] == {"2026-11-10": 1, "2026-11-11": 1}


def test_show_pii_unmasks_log_evidence(smslint, workdir):
    write_log(workdir / "log.csv", row("m1", "2026-11-10T15:00:00Z", SSN))
    run = smslint(
        "audit", "--format", "json", "--select", "pii-in-text", "--show-pii", "log.csv"
    )
    assert "123-45-6789" in violations(run)[0]["evidence"]


def test_send_at_night_is_a_quiet_hours_violation(smslint, workdir):
    # 02:30Z on 10 Nov is 21:30 in New York (EST)
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T15:00:00Z"),
        row("m2", "2026-11-10T02:30:00Z"),
    )
    run = smslint("audit", "--format", "json", "log.csv")
    found = violations(run)
    assert [(v["rule"], v["location"]["row"]) for v in found] == [("quiet-hours", 2)]
    assert found[0]["category"] == "quiet_hours"
    assert found[0]["citation"]
    assert run.exit_code == 1


def test_rule_needing_a_missing_field_is_skipped_and_said_once(smslint, workdir):
    header = "message_id,sent_at,recipient,body\n"
    write_log(
        workdir / "log.csv",
        f'm1,2026-11-10T15:00:00Z,{NYC},"{CLEAN}"\n',
        f'm2,2026-11-10T16:00:00Z,{NYC},"{CLEAN}"\n',
        header=header,
    )
    run = smslint("audit", "--format", "json", "log.csv")
    notes = run.json()["summary"]["notes"]
    skipped = [n for n in notes if n.startswith("third-party-recipient skipped")]
    assert len(skipped) == 1
    assert "recipient_relation" in skipped[0]
    assert run.exit_code == 0


def test_unreadable_log_exit_2_after_auditing_the_others(smslint, workdir):
    write_log(workdir / "good.csv", row("m1", "2026-11-10T02:30:00Z"))
    run = smslint("audit", "--format", "json", "missing.csv", "good.csv")
    assert run.exit_code == 2
    found = violations(run)
    assert ("quiet-hours", "good.csv") in {
        (v["rule"], v["location"]["path"]) for v in found
    }
    assert any(
        v["category"] == "input" and v["location"]["path"] == "missing.csv"
        for v in found
    )


def test_bad_row_is_reported_by_row_and_the_rest_is_audited(smslint, workdir):
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T15:00:00Z"),
        row("m2", "yesterday at noon"),
        row("m3", "2026-11-10T02:30:00Z"),
    )
    run = smslint("audit", "--format", "json", "log.csv")
    assert run.exit_code == 1
    found = {(v["category"], v["location"]["row"]) for v in violations(run)}
    assert ("input", 2) in found
    assert ("quiet_hours", 3) in found
    summary = run.json()["summary"]
    assert summary["scanned"] == 2
    assert summary["input_errors"] == 1
    assert "yesterday" not in run.stdout


def test_text_report_ends_with_a_summary_table(smslint, workdir):
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T02:30:00Z"),
        row("m2", "2026-11-10T03:30:00Z", SSN),
    )
    run = smslint("audit", "log.csv")
    out = run.stdout
    assert "log.csv:row 1 (m1): error quiet-hours" in out
    assert "Summary" in out
    assert "records audited" in out
    assert "quiet-hours" in out.split("Summary")[1]
    assert "2026-11-10" in out.split("Summary")[1]
    assert out.rstrip().endswith("in 2 records (core).")


def test_workers_give_the_same_report(smslint, workdir):
    rows = [
        row(f"m{i}", f"2026-11-{10 + i % 5:02d}T{(i * 7) % 24:02d}:00:00Z", body)
        for i, body in enumerate([CLEAN, SSN, CLEAN + " Pay now or go to jail."] * 20)
    ]
    write_log(workdir / "log.csv", *rows)
    one = smslint("audit", "--format", "json", "log.csv")
    two = smslint("audit", "--format", "json", "--workers", "2", "log.csv")
    assert violations(one) == violations(two)
    assert violations(one)


def test_duckdb_is_held_low_while_bodies_are_checked(smslint, workdir, monkeypatch):
    # content workers are forked from the auditing process: the memory DuckDB held
    # for staging must not sit in it (and in their maps) while they run; the record
    # rules' plans after them get the full limit back
    seen: dict[str, float] = {}

    def limit_mib(con) -> float:
        setting = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        number, unit = setting.split()
        return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]

    def spying(name, real):
        def spy(con, *args, **kwargs):
            seen[name] = limit_mib(con)
            return real(con, *args, **kwargs)

        monkeypatch.setattr(audit_module, name, spy)

    spying("check_bodies", audit_module.check_bodies)
    spying("_record_violations", audit_module._record_violations)
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-10T02:30:00Z", SSN),
        row("m2", "2026-11-10T15:00:00Z"),
    )
    run = smslint("audit", "--format", "json", "--workers", "2", "log.csv")
    assert {v["rule"] for v in violations(run)} >= {"quiet-hours", "pii-in-text"}
    settings = audit_module.AuditSettings()
    assert seen["check_bodies"] == pytest.approx(
        limit_mib_of(settings.content_memory_limit), rel=0.05
    )
    assert seen["_record_violations"] == pytest.approx(
        limit_mib_of(settings.memory_limit), rel=0.05
    )


def limit_mib_of(setting: str) -> float:
    assert setting.endswith("MB")
    return int(setting[:-2]) * 1000**2 / 1024**2


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_rule_that_cannot_be_built_stops_the_audit_with_its_reason(
    smslint, workdir, workers, monkeypatch
):
    # a phrase of ten verbs inflects into far too many forms: the lexicon refuses it
    # when the check is built, before a row of the log is read
    def stage(*args, **kwargs):
        raise AssertionError("the log was staged before the rules were compiled")

    monkeypatch.setattr(audit_module, "stage", stage)
    (workdir / "pack.yaml").write_text(
        """\
id: house
title: House
version: "1"
extends: core
rules:
  - id: house-words
    kind: lexicon
    category: threat
    severity: error
    summary: House threat words.
    message: "house words: {term}"
    citation: house rule
    confidence: unverified
    examples:
      fail: ["run walk jump talk call tell send take give bring"]
      pass: ["Hi Ann, your payment is due."]
    options:
      lexicon: threat
      extra_terms:
        en:
          - term: run walk jump talk call tell send take give bring
            note: ten verbs
""",
        encoding="utf-8",
    )
    write_log(workdir / "log.csv", row("m1", "2026-11-10T15:00:00Z"))
    run = smslint("audit", "-p", "pack.yaml", "--workers", workers, "log.csv")
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "inflected forms" in run.stderr
    assert "Traceback" not in run.stderr


def test_columns_are_mapped_by_flag_and_by_config(smslint, workdir):
    header = "id,ts,to,text\n"
    write_log(
        workdir / "log.csv", f'x1,2026-11-10T02:30:00Z,{NYC},"{CLEAN}"\n', header=header
    )
    by_flag = smslint(
        "audit",
        "--format",
        "json",
        "--column",
        "sent_at=ts",
        "--column",
        "recipient=to",
        "--column",
        "body=text",
        "--column",
        "message_id=id",
        "log.csv",
    )
    assert [v["location"]["message_id"] for v in violations(by_flag)] == ["x1"]
    (workdir / "smslint.yaml").write_text(
        "audit:\n  columns: {sent_at: ts, recipient: to, body: text, message_id: id}\n",
        encoding="utf-8",
    )
    by_config = smslint("audit", "--format", "json", "log.csv")
    assert violations(by_config) == violations(by_flag)


def test_unknown_audit_config_key_is_exit_2(smslint, workdir):
    (workdir / "smslint.yaml").write_text("audit:\n  colums: {}\n", encoding="utf-8")
    write_log(workdir / "log.csv", row("m1", "2026-11-10T15:00:00Z"))
    run = smslint("audit", "log.csv")
    assert run.exit_code == 2
    assert "smslint.yaml:2:3: audit.colums: unknown key" in run.stderr


def test_since_and_until_keep_whole_days(smslint, workdir):
    write_log(
        workdir / "log.csv",
        row("m1", "2026-11-09T02:30:00Z"),
        row("m2", "2026-11-10T02:30:00Z"),
        row("m3", "2026-11-11T23:59:00Z", SSN),  # 18:59 in New York, leaks an SSN
        row("m4", "2026-11-12T02:30:00Z"),
    )
    run = smslint(
        "audit",
        "--format",
        "json",
        "--since",
        "2026-11-10",
        "--until",
        "2026-11-11",
        "log.csv",
    )
    summary = run.json()["summary"]
    assert summary["scanned"] == 2
    assert summary["filtered"] == 2
    assert {v["location"]["message_id"] for v in violations(run)} == {"m2", "m3"}


def test_jsonl_from_stdin(workdir):
    from click.testing import CliRunner

    from smslint.cli import main

    line = {
        "message_id": "s1",
        "sent_at": "2026-11-10T02:30:00Z",
        "recipient": NYC,
        "body": CLEAN,
    }
    data = (json.dumps(line) + "\n").encode()
    result = CliRunner().invoke(main, ["audit", "--format", "json", "-"], input=data)
    report = json.loads(result.stdout)
    assert [v["location"]["message_id"] for v in report["violations"]] == ["s1"]


def test_progress_is_silent_off_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert type(terminal_progress(io.StringIO())) is Progress


def test_progress_is_silent_in_ci_even_on_a_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("CI", "true")
    assert type(terminal_progress(Tty())) is Progress
    monkeypatch.delenv("CI")
    assert isinstance(terminal_progress(Tty()), LineProgress)


def test_line_progress_draws_and_clears_one_line():
    out = io.StringIO()
    progress = LineProgress(out)
    progress.reading(1500)
    advance = progress.checking(10)
    assert advance is not None
    advance(10)
    progress.done()
    text = out.getvalue()
    assert "1,500 rows" in text
    assert "10/10" in text
    assert "\n" not in text
    assert text.endswith("\r\x1b[2K")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_no_format_leaks_the_ssn(smslint, workdir, fmt):
    write_log(workdir / "log.csv", row("m1", "2026-11-10T15:00:00Z", SSN))
    run = smslint("audit", "--format", fmt, "log.csv")
    assert run.exit_code == 1
    assert "123-45-6789" not in run.stdout + run.stderr


SHANGHAI = "+8613800138000"


def test_jurisdiction_packs_judge_only_their_countries_recipients(smslint, workdir):
    # 15:00Z is 10:00 in New York but 23:00 in Shanghai
    write_log(
        workdir / "log.csv",
        row("us", "2026-11-10T15:00:00Z"),
        row(
            "cn",
            "2026-11-10T15:00:00Z",
            "【某某金融】您的账单已出，请按时还款。回T退订",
            recipient=SHANGHAI,
        ),
    )
    run = smslint("audit", "--format", "json", "-p", "cn-nifa-2024", "log.csv")
    found = {(v["rule"], v["location"]["message_id"]) for v in violations(run)}
    assert ("nifa-quiet-hours", "cn") in found
    assert ("nifa-quiet-hours", "us") not in found
    # core's rules have no country: its 08:00-21:00 rule judges both
    assert ("quiet-hours", "cn") in found


def test_content_rules_of_a_jurisdiction_pack_stay_in_its_countries(smslint, workdir):
    threat = (
        "Acme Recovery: pay today or we will have you arrested. Reply STOP to opt out."
    )
    write_log(
        workdir / "log.csv",
        row("us", "2026-11-10T15:00:00Z", threat),
        row("cn", "2026-11-10T03:00:00Z", threat, recipient=SHANGHAI),
    )
    run = smslint("audit", "--format", "json", "-p", "cn-cba-2026", "log.csv")
    found = {(v["rule"], v["location"]["message_id"]) for v in violations(run)}
    assert ("cba-threats-and-coercion", "cn") in found
    assert ("cba-threats-and-coercion", "us") not in found
    assert {("threatening-language", "us"), ("threatening-language", "cn")} <= found


def test_report_records_what_was_read_with_hashes(smslint, workdir):
    import hashlib

    log = write_log(workdir / "log.csv", row("m1", "2026-11-10T15:00:00Z"))
    run = smslint("audit", "--format", "json", "log.csv")
    digest = hashlib.sha256(log.read_bytes()).hexdigest()
    assert run.json()["summary"]["inputs"] == [
        {"path": "log.csv", "sha256": digest, "records": 1}
    ]
    html = smslint("audit", "--format", "html", "log.csv").stdout
    assert digest in html
    assert "core 2026.11" in html
    assert "Run time" in html
