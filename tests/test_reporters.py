"""Golden output of every reporter for one fixed result, and atomic writing."""

from __future__ import annotations

import io
import json

import pytest

from smslint.errors import UsageError
from smslint.reporters import get_reporter, write_atomically
from smslint.violations import (
    Category,
    RecordLocation,
    RunResult,
    Severity,
    TemplateLocation,
    Violation,
)

RESULT = RunResult(
    tool_version="9.9.9",
    policies=("core", "acme"),
    scanned=3,
    violations=(
        Violation(
            "pii-placeholder",
            Category.PII,
            Severity.ERROR,
            "placeholder {ssn} fills in a national or resident ID number",
            TemplateLocation("t/a.yaml", 4, 17, "overdue.30d"),
            "{ssn}",
            "core",
            "12 CFR 1006.22(f)",
        ),
        Violation(
            "opt-out-instruction",
            Category.OPT_OUT,
            Severity.WARNING,
            "no opt-out instruction; add one such as '回T退订'",
            TemplateLocation("t/b.txt", 1, 1),
            None,
            "core",
            "12 CFR 1006.6(e)",
        ),
        Violation(
            "input-error",
            Category.INPUT,
            Severity.ERROR,
            "not UTF-8 text",
            RecordLocation("log.csv", 12, "m-7"),
            None,
            None,
            None,
        ),
    ),
)

TEXT = """\
t/a.yaml:4:17: error pii-placeholder [overdue.30d] placeholder {ssn} fills in a national or resident ID number
t/b.txt:1:1: warning opt-out-instruction no opt-out instruction; add one such as '回T退订'
log.csv:row 12 (m-7): error input-error not UTF-8 text
Found 3 violations (2 errors, 1 warning) in 3 items (core, acme).
"""


def render(fmt: str, **kw) -> str:
    out = io.StringIO()
    get_reporter(fmt)(RESULT, out, **kw)
    return out.getvalue()


def test_text_golden():
    assert render("text") == TEXT


def test_text_quiet_drops_the_summary():
    assert render("text", quiet=True) == "".join(TEXT.splitlines(True)[:3])


def test_text_clean_run():
    out = io.StringIO()
    get_reporter("text")(RunResult("1", ("core",), 1, ()), out)
    assert out.getvalue() == "No violations in 1 item (core).\n"


def test_json_golden():
    report = json.loads(render("json"))
    assert report == {
        "tool": {"name": "smslint", "version": "9.9.9"},
        "policies": ["core", "acme"],
        "summary": {
            "scanned": 3,
            "violations": 3,
            "by_rule": {
                "input-error": 1,
                "opt-out-instruction": 1,
                "pii-placeholder": 1,
            },
            "by_category": {"input": 1, "opt_out": 1, "pii": 1},
            "input_errors": 1,
        },
        "violations": [
            {
                "rule": "pii-placeholder",
                "category": "pii",
                "severity": "error",
                "message": "placeholder {ssn} fills in a national or resident ID number",
                "location": {"path": "t/a.yaml", "line": 4, "column": 17},
                "evidence": "{ssn}",
                "policy": "core",
                "citation": "12 CFR 1006.22(f)",
                "template_id": "overdue.30d",
            },
            {
                "rule": "opt-out-instruction",
                "category": "opt_out",
                "severity": "warning",
                "message": "no opt-out instruction; add one such as '回T退订'",
                "location": {"path": "t/b.txt", "line": 1, "column": 1},
                "evidence": None,
                "policy": "core",
                "citation": "12 CFR 1006.6(e)",
                "template_id": None,
            },
            {
                "rule": "input-error",
                "category": "input",
                "severity": "error",
                "message": "not UTF-8 text",
                "location": {"path": "log.csv", "row": 12, "message_id": "m-7"},
                "evidence": None,
                "policy": None,
                "citation": None,
                "template_id": None,
            },
        ],
    }
    assert "回T退订" in render("json")  # readable, not \\u-escaped


def test_jsonl_is_the_same_objects_one_per_line():
    lines = render("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(render("json"))[
        "violations"
    ]


def test_write_atomically_replaces_only_on_success(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")

    def boom(out):
        out.write("half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        write_atomically(target, boom)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    write_atomically(target, lambda out: out.write("new"))
    assert target.read_text(encoding="utf-8") == "new"


def test_write_atomically_into_a_missing_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot write output"):
        write_atomically(tmp_path / "no" / "report.txt", lambda out: out.write("x"))


HOSTILE = RunResult(
    tool_version="9.9.9",
    policies=("core",),
    scanned=1,
    violations=(
        Violation(
            "shaming-language",
            Category.SHAMING,
            Severity.ERROR,
            "shaming wording 'dead\x1b[2Jbeat'\nfake.csv:row 1: error nothing",
            RecordLocation("log.jsonl", 3, "m9\x1b]0;pwned\x07\u202ex"),
            None,
            "core",
            None,
        ),
    ),
    is_audit=True,
)


@pytest.mark.parametrize("fmt", ["text", "junit"])
def test_text_never_passes_control_characters_from_a_log_to_the_terminal(fmt):
    """A log is untrusted: an escape sequence in a message id or body must not set
    the terminal's title, clear the screen, reorder text or forge an output line."""
    out = io.StringIO()
    get_reporter(fmt)(HOSTILE, out)
    text = out.getvalue()
    assert not any(c in text for c in "\x1b\x07\u202e")
    assert "m9\\x1b]0;pwned\\x07\\u202ex" in text
    assert "'dead\\x1b[2Jbeat'\\nfake.csv:row 1" in text
