"""``smslint check --fix`` and ``--diff``: safe, exact, idempotent edits of templates."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from conftest import CLEAN_EN

from smslint.checks import required_phrase
from smslint.fix_apply import FileChange
from smslint.fixes import unified_diff
from smslint.policy import load_policy

OPT_OUT_EN = " Reply STOP to opt out."
NO_OPTOUT = "Acme Recovery: Hi {name}, ${amount} is due on {due_date}."
NO_OPTOUT_ZH = "【某某银行】尊敬的{name}，您的账单{amount}元已到期，请及时还款。"
NO_OPTOUT_HANT = "【某某銀行】{name}您好，您的帳單已到期，請及時還款。"
# A fix text with a quote and a backslash: what every format must escape.
QUOTING_CONFIG = """\
rules:
  opt-out-instruction:
    options:
      phrases: {en: ['text "STOP" back']}
      fix: {en: ' Text "STOP" back \\ to opt out.'}
"""
QUOTED_FIX = ' Text "STOP" back \\ to opt out.'
SENDER_CONFIG = """\
rules:
  sender-identification:
    options:
      fix: {en: "Acme Recovery: ", position: start}
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def applied(run) -> list[str]:
    return [line for line in run.stderr.splitlines() if ": applied " in line]


# --- each file type -------------------------------------------------------------


def test_txt_file_gets_the_opt_out_sentence_and_keeps_crlf(smslint, workdir):
    path = write(workdir / "t.txt", NO_OPTOUT + "\r\n")
    run = smslint("check", "--fix", "--fail-on", "warning", "t.txt")
    assert path.read_bytes() == (NO_OPTOUT + OPT_OUT_EN + "\r\n").encode()
    assert applied(run) == ["t.txt:1: applied opt-out-instruction fix"]
    assert "opt-out-instruction" not in run.stdout  # the re-lint is clean
    assert run.exit_code == 0, run.stdout + run.stderr


def test_sms_files_get_the_pack_sentence_of_their_language(smslint, workdir):
    hans = write(workdir / "hans.sms", NO_OPTOUT_ZH)
    hant = write(workdir / "hant.sms", NO_OPTOUT_HANT + "\n")
    run = smslint("check", "--fix", ".")
    assert hans.read_text(encoding="utf-8") == NO_OPTOUT_ZH + "回T退订"
    assert hant.read_text(encoding="utf-8") == NO_OPTOUT_HANT + "回覆STOP退訂\n"
    assert len(applied(run)) == 2


def test_yaml_styles_each_get_the_text_inside_the_scalar(smslint, workdir):
    source = f"""\
templates:
  double: "{NO_OPTOUT}"
  single: 'It''s {{amount}}. Acme Recovery'
  plain: Hi {{name}}, pay today. Acme Recovery
  literal: |
    {NO_OPTOUT}
  folded: >
    Acme Recovery: Hi {{name}},
    settle now.
  flow: {{text: "{NO_OPTOUT_ZH}", lang: zh-Hans}}
"""
    path = write(workdir / "cat.yaml", source)
    run = smslint("check", "--fix", "cat.yaml")
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (
        source.replace(f'{NO_OPTOUT}"', f'{NO_OPTOUT}{OPT_OUT_EN}"')
        .replace("Acme Recovery'", f"Acme Recovery{OPT_OUT_EN}'")
        .replace("today. Acme Recovery\n", f"today. Acme Recovery{OPT_OUT_EN}\n")
        .replace(f"    {NO_OPTOUT}\n", f"    {NO_OPTOUT}{OPT_OUT_EN}\n")
        .replace("settle now.", f"settle now.{OPT_OUT_EN}")
        .replace(f'{NO_OPTOUT_ZH}"', f'{NO_OPTOUT_ZH}回T退订"')
    )
    assert len(applied(run)) == 6
    assert "opt-out-instruction" not in run.stdout


def test_yaml_double_quoted_fix_is_escaped(smslint, workdir):
    write(workdir / "smslint.yaml", QUOTING_CONFIG)
    path = write(workdir / "cat.yaml", f'a: "{NO_OPTOUT}"\n')
    smslint("check", "--fix", "cat.yaml")
    assert path.read_text(encoding="utf-8") == (
        f'a: "{NO_OPTOUT} Text \\"STOP\\" back \\\\ to opt out."\n'
    )
    import yaml

    assert yaml.safe_load(path.read_text(encoding="utf-8"))["a"] == (
        NO_OPTOUT + QUOTED_FIX
    )


def test_json_fix_is_escaped_and_ascii_files_stay_ascii(smslint, workdir):
    write(workdir / "smslint.yaml", QUOTING_CONFIG)
    path = write(workdir / "cat.json", json.dumps({"a": {"text": NO_OPTOUT}}))
    run = smslint("check", "--fix", ".")
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "a": {"text": NO_OPTOUT + QUOTED_FIX}
    }
    assert '\\"STOP\\" back \\\\ to' in path.read_text(encoding="utf-8")
    assert applied(run) == ["cat.json:1: applied opt-out-instruction fix"]


def test_json_files_written_with_unicode_escapes_stay_ascii(smslint, workdir):
    source = json.dumps({"z": NO_OPTOUT_ZH, "raw": "\\u00e9"}, indent=2)
    path = write(workdir / "zh.json", source)
    smslint("check", "--fix", ".")
    fixed = path.read_text(encoding="utf-8")
    assert fixed.isascii()
    assert json.loads(fixed)["z"] == NO_OPTOUT_ZH + "回T退订"


def test_csv_quoted_fields_double_quotes_bare_fields_are_left_alone(smslint, workdir):
    write(workdir / "smslint.yaml", QUOTING_CONFIG)
    source = f'id,text\nq,"{NO_OPTOUT}"\nb,Acme Recovery: pay {{amount}} now.\n'
    path = write(workdir / "cat.csv", source)
    run = smslint("check", "--fix", "--fail-on", "warning", "cat.csv")
    assert path.read_text(encoding="utf-8") == source.replace(
        f'{NO_OPTOUT}"', f'{NO_OPTOUT} Text ""STOP"" back \\ to opt out."'
    )
    assert applied(run) == ["cat.csv:2: applied opt-out-instruction fix"]
    assert "cat.csv:3: opt-out-instruction fix not applied: the CSV field is not " in (
        run.stderr
    )
    # What is left for a person is reported, and fails the run.
    assert "cat.csv:3:" in run.stdout and "opt-out-instruction" in run.stdout
    assert run.exit_code == 1


def test_csv_bare_field_and_crlf(smslint, workdir):
    source = "id,text\r\nb,Acme Recovery: pay {amount} today.\r\n"
    path = write(workdir / "cat.csv", source)
    smslint("check", "--fix", "cat.csv")
    assert path.read_bytes() == source.replace(".\r\n", f".{OPT_OUT_EN}\r\n").encode()


# --- only what needs fixing, only once -----------------------------------------


def test_catalog_with_two_templates_changes_only_the_one_line(smslint, workdir):
    source = f'ok: "{CLEAN_EN}"\r\nbad: "{NO_OPTOUT}"\r\n'
    path = write(workdir / "cat.yaml", source)
    run = smslint("check", "--fix", "cat.yaml")
    assert (
        path.read_bytes()
        == source.replace(f'{NO_OPTOUT}"', f'{NO_OPTOUT}{OPT_OUT_EN}"').encode()
    )
    assert applied(run) == ["cat.yaml:2: applied opt-out-instruction fix"]


def test_second_fix_run_is_a_no_op_and_clean_files_are_not_touched(smslint, workdir):
    clean = write(workdir / "clean.txt", CLEAN_EN)
    fixed = write(workdir / "cat.json", json.dumps({"a": NO_OPTOUT}, indent=2))
    before = clean.stat()
    smslint("check", "--fix", ".")
    after_first = fixed.read_bytes()
    run = smslint("check", "--fix", ".")
    assert fixed.read_bytes() == after_first
    assert applied(run) == [] and run.stderr == ""
    assert (clean.stat().st_ino, clean.stat().st_mtime_ns) == (
        before.st_ino,
        before.st_mtime_ns,
    )


def test_diff_prints_the_change_and_writes_nothing(smslint, workdir):
    source = f"a: '{NO_OPTOUT}'\n"
    path = write(workdir / "cat.yaml", source)
    run = smslint("check", "--diff", "--fail-on", "warning", "cat.yaml")
    assert path.read_text(encoding="utf-8") == source
    assert run.stdout == (
        "--- a/cat.yaml\n+++ b/cat.yaml\n@@ -1 +1 @@\n"
        f"-a: '{NO_OPTOUT}'\n+a: '{NO_OPTOUT}{OPT_OUT_EN}'\n"
    )
    assert run.exit_code == 1  # the file on disk still has the violation
    assert sorted(p.name for p in workdir.iterdir()) == ["cat.yaml"]


def test_diff_marks_a_missing_final_newline(smslint, workdir):
    write(workdir / "t.txt", NO_OPTOUT)
    run = smslint("check", "--diff", "t.txt")
    assert run.stdout.endswith(
        f"+{NO_OPTOUT}{OPT_OUT_EN}\n\\ No newline at end of file\n"
    )


def test_ignored_and_suppressed_rules_are_not_fixed(smslint, workdir):
    plain = write(workdir / "t.txt", NO_OPTOUT)
    source = f"""\
a:
  text: "{NO_OPTOUT}"
  smslint:
    ignore:
      - {{rule: opt-out-instruction, reason: the app adds it}}
"""
    cat = write(workdir / "cat.yaml", source)
    smslint("check", "--fix", "--ignore", "opt-out-instruction", "t.txt")
    smslint("check", "--fix", "cat.yaml")
    assert plain.read_text(encoding="utf-8") == NO_OPTOUT
    assert cat.read_text(encoding="utf-8") == source


# --- sender name: only when configured -----------------------------------------


def test_sender_fix_only_with_a_configured_name(smslint, workdir):
    text = "Hi {name}, pay today. Reply STOP to opt out."
    path = write(workdir / "cat.yaml", f'a: "{text}"\nb: {text}\n')
    run = smslint("check", "--fix", "cat.yaml")
    assert applied(run) == []
    write(workdir / "smslint.yaml", SENDER_CONFIG)
    run = smslint("check", "--fix", "cat.yaml")
    assert path.read_text(encoding="utf-8") == (
        f'a: "Acme Recovery: {text}"\nb: {text}\n'
    )
    assert applied(run) == ["cat.yaml:1: applied sender-identification fix"]
    # "Acme Recovery: " would turn the plain scalar into a mapping.
    assert "cat.yaml:2: sender-identification fix not applied: a plain" in run.stderr


# --- encoding, permissions, errors ---------------------------------------------


def test_bom_and_permissions_are_kept(smslint, workdir):
    path = write(workdir / "t.txt", b"\xef\xbb\xbf" + NO_OPTOUT.encode())
    path.chmod(0o640)
    smslint("check", "--fix", "t.txt")
    assert path.read_bytes() == b"\xef\xbb\xbf" + (NO_OPTOUT + OPT_OUT_EN).encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_read_only_file_exits_2_and_nothing_is_written(smslint, workdir):
    first = write(workdir / "a.txt", NO_OPTOUT)
    locked = write(workdir / "b.txt", NO_OPTOUT)
    locked.chmod(0o444)
    try:
        run = smslint("check", "--fix", ".")
    finally:
        locked.chmod(0o644)
    assert run.exit_code == 2
    assert "b.txt: cannot fix: the file is read-only; nothing was changed" in (
        run.stderr
    )
    assert first.read_text(encoding="utf-8") == NO_OPTOUT
    assert locked.read_text(encoding="utf-8") == NO_OPTOUT
    assert sorted(os.listdir(workdir)) == ["a.txt", "b.txt"]


def test_relint_reports_what_is_left_for_a_person(smslint, workdir):
    write(workdir / "t.txt", "Acme Recovery: Hi {name}, your SSN is {ssn}.")
    run = smslint("check", "--fix", "--format", "json", "t.txt")
    report = json.loads(run.stdout)
    assert [v["rule"] for v in report["violations"]] == ["pii-placeholder"]
    assert run.exit_code == 1
    assert applied(run) == ["t.txt:1: applied opt-out-instruction fix"]


def test_quiet_hides_the_applied_lines(smslint, workdir):
    write(workdir / "t.txt", NO_OPTOUT)
    run = smslint("check", "--fix", "--quiet", "t.txt")
    assert applied(run) == [] and run.exit_code == 0


# --- the rule's side --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", (OPT_OUT_EN, "end")),
        ("zh-Hans", ("回T退订", "end")),
        ("zh-Hant", ("回覆STOP退訂", "end")),
    ],
)
def test_core_opt_out_rule_offers_its_sentence(lang, expected):
    rule = load_policy(["core"]).rule("opt-out-instruction")
    assert rule is not None
    assert required_phrase.fix_suggestion(rule.options, lang) == expected


def test_fix_suggestion_falls_back_to_base_language_and_any():
    options = {"fix": {"zh": "退订", "any": "STOP", "position": "start"}}
    assert required_phrase.fix_suggestion(options, "zh-Hant") == ("退订", "start")
    assert required_phrase.fix_suggestion(options, "en") == ("STOP", "start")
    assert required_phrase.fix_suggestion({}, "en") is None


def test_core_sender_rule_offers_no_fix():
    rule = load_policy(["core"]).rule("sender-identification")
    assert rule is not None
    assert required_phrase.fix_suggestion(rule.options, "en") is None


def test_a_fix_text_that_does_not_satisfy_the_rule_is_not_applied(smslint, workdir):
    write(
        workdir / "smslint.yaml",
        "rules:\n  opt-out-instruction:\n    options:\n      fix: {en: ' Thanks.'}\n",
    )
    path = write(workdir / "t.txt", NO_OPTOUT)
    run = smslint("check", "--fix", "t.txt")
    assert path.read_text(encoding="utf-8") == NO_OPTOUT
    assert "t.txt:1: opt-out-instruction fix not applied: the rule's fix text" in (
        run.stderr
    )


def test_a_bad_fix_option_is_a_config_error(smslint, workdir):
    write(
        workdir / "smslint.yaml",
        "rules:\n  opt-out-instruction:\n    options:\n"
        "      fix: {en: ' Reply STOP.', position: middle}\n",
    )
    write(workdir / "t.txt", NO_OPTOUT)
    run = smslint("check", "--fix", "t.txt")
    assert run.exit_code == 2
    assert "smslint.yaml:4:" in run.stderr and "middle" in run.stderr


def test_sender_and_opt_out_fixes_together_in_json(smslint, workdir):
    write(workdir / "smslint.yaml", SENDER_CONFIG)
    path = write(workdir / "cat.json", '{"a": "Hi {name}, pay today."}\n')
    run = smslint("check", "--fix", "cat.json")
    assert path.read_text(encoding="utf-8") == (
        '{"a": "Acme Recovery: Hi {name}, pay today. Reply STOP to opt out."}\n'
    )
    assert len(applied(run)) == 2 and run.stdout.startswith("No violations")


def test_a_symbolic_link_keeps_pointing_at_the_fixed_file(smslint, workdir):
    real = write(workdir / "real" / "t.txt", NO_OPTOUT)
    link = workdir / "t.txt"
    link.symlink_to(real)
    smslint("check", "--fix", "t.txt")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == NO_OPTOUT + OPT_OUT_EN


def test_cr_only_line_breaks_are_kept(smslint, workdir):
    path = write(workdir / "t.txt", f"{NO_OPTOUT}\rSecond line.\r")
    smslint("check", "--fix", "t.txt")
    assert path.read_bytes() == f"{NO_OPTOUT}\rSecond line.{OPT_OUT_EN}\r".encode()


def test_diff_of_cr_only_lines_ends_each_line_for_reading():
    change = FileChange(Path("t.txt"), "t.txt", False, "a\rb\r", "a\rb c\r")
    assert unified_diff([change]) == (
        "--- a/t.txt\n+++ b/t.txt\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b c\r\n"
    )
