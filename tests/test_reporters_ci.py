"""The CI formats: SARIF 2.1.0, JUnit XML and GitHub annotations.

Golden files live in tests/data/golden/ (regenerate with SMSLINT_UPDATE_GOLDEN=1 and
review the diff). Schemas are copied into tests/data/schemas/ so a fresh checkout
validates without the shared folder.
"""

from __future__ import annotations

import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from smslint.reporters import FORMATS, get_reporter, github, junit, sarif
from smslint.violations import (
    Category,
    RecordLocation,
    RuleInfo,
    RunResult,
    Severity,
    TemplateLocation,
    Violation,
)

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
SCHEMAS = DATA / "schemas"
CI_FORMATS = ("sarif", "junit", "github")
SUFFIX = {"sarif": "sarif.json", "junit": "junit.xml", "github": "github.txt"}

PII_PLACEHOLDER = RuleInfo(
    summary="A placeholder fills in personal data beyond the debtor's name.",
    category=Category.PII,
    severity=Severity.ERROR,
    citation="12 CFR 1006.22(f)",
    description="Placeholders such as {ssn} put an ID number into every message.",
    confidence="verified",
    pack="core",
)
OPT_OUT = RuleInfo(
    summary="The message does not tell the recipient how to stop further texts.",
    category=Category.OPT_OUT,
    severity=Severity.ERROR,  # the violation below is milder than the rule
    citation="12 CFR 1006.6(e)",
    confidence="verified",
    pack="core",
)

CHECK = RunResult(
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
            TemplateLocation("t/a.yaml", 9, 5, "overdue.60d"),
            None,
            "core",
            "12 CFR 1006.6(e)",
        ),
        Violation(
            "unknown-placeholder",
            Category.INPUT,
            Severity.WARNING,
            "unknown placeholder syntax: 100% odd,\nsee line: 2",
            TemplateLocation("t/odd, name:1.txt", 2, 3),
            None,
            None,
            None,
        ),
    ),
    rules={"pii-placeholder": PII_PLACEHOLDER, "opt-out-instruction": OPT_OUT},
    checked=(
        TemplateLocation("t/a.yaml", 2, 12, "clean"),
        TemplateLocation("t/a.yaml", 4, 12, "overdue.30d"),
        TemplateLocation("t/a.yaml", 9, 5, "overdue.60d"),
        TemplateLocation("t/odd, name:1.txt", 1, 1),
    ),
)

QUIET_HOURS = RuleInfo(
    summary="Sent outside the permitted hours in the recipient's local time.",
    category=Category.QUIET_HOURS,
    severity=Severity.ERROR,
    citation="12 CFR 1006.6(b)(1)(i)",
    confidence="verified",
    pack="core",
)
PII_TEXT = RuleInfo(
    summary="The message text itself contains personal data beyond the debtor's name.",
    category=Category.PII,
    severity=Severity.ERROR,
    citation="12 CFR 1006.22(f)",
    confidence="secondary",
    pack="core",
)
FREQUENCY = RuleInfo(
    summary="More contacts than the policy allows in its window.",
    category=Category.FREQUENCY,
    severity=Severity.WARNING,
    pack="core",
)

AUDIT = RunResult(
    tool_version="9.9.9",
    policies=("core",),
    scanned=40,
    violations=(
        Violation(
            "input-error",
            Category.INPUT,
            Severity.ERROR,
            "cannot read the file: not UTF-8 text",
            RecordLocation("bad.csv", 0),
            None,
            None,
            None,
        ),
        Violation(
            "quiet-hours",
            Category.QUIET_HOURS,
            Severity.ERROR,
            "sent at 22:15 local time (America/New_York); allowed 08:00-21:00",
            RecordLocation("logs/sends.csv", 3, "m-3", "2026-11-10"),
            None,
            "core",
            "12 CFR 1006.6(b)(1)(i)",
        ),
        Violation(
            "pii-in-text",
            Category.PII,
            Severity.ERROR,
            "the text contains a national or resident ID number",
            RecordLocation("logs/sends.csv", 5, None, "2026-11-10"),
            "***-**-6789",
            "core",
            "12 CFR 1006.22(f)",
        ),
        Violation(
            "quiet-hours",
            Category.QUIET_HOURS,
            Severity.INFO,
            "sent at 07:59 local time (America/Chicago); allowed 08:00-21:00",
            RecordLocation("logs/sends.csv", 7, "m-7", "2026-11-11"),
            None,
            "core",
            "12 CFR 1006.6(b)(1)(i)",
        ),
        Violation(
            "input-error",
            Category.INPUT,
            Severity.ERROR,
            "row 12: sent_at is not an ISO 8601 time",
            RecordLocation("logs/sends.csv", 12),
            None,
            None,
            None,
        ),
    ),
    is_audit=True,
    filtered=2,
    notes=("frequency skipped: the log has no debtor_id field",),
    rules={
        "quiet-hours": QUIET_HOURS,
        "pii-in-text": PII_TEXT,
        "frequency": FREQUENCY,
    },
)

RESULTS = {"check": CHECK, "audit": AUDIT}


def render(fmt: str, result: RunResult, **kw) -> str:
    out = io.StringIO()
    get_reporter(fmt)(result, out, **kw)
    return out.getvalue()


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text("utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module")
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))


def assert_valid_sarif(validator: jsonschema.Draft4Validator, text: str) -> dict:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    return log


# -- golden files -------------------------------------------------------------


def test_the_ci_formats_are_registered():
    assert set(CI_FORMATS) <= set(FORMATS)


@pytest.mark.parametrize("name", sorted(RESULTS))
@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_golden(fmt, name):
    golden = GOLDEN / f"{name}.{SUFFIX[fmt]}"
    got = render(fmt, RESULTS[name])
    if os.environ.get("SMSLINT_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8", newline="\n")
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_sarif_golden_is_valid(sarif_validator, name):
    assert_valid_sarif(sarif_validator, render("sarif", RESULTS[name]))


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_junit_golden_is_valid(junit_schema, name):
    junit_schema.validate(render("junit", RESULTS[name]))


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_a_clean_run_is_valid_and_quiet(fmt, sarif_validator, junit_schema):
    clean = RunResult("1", ("core",), 1, (), checked=(TemplateLocation("a.txt", 1, 1),))
    text = render(fmt, clean)
    if fmt == "sarif":
        log = assert_valid_sarif(sarif_validator, text)
        assert log["runs"][0]["results"] == []
        assert log["runs"][0]["tool"]["driver"]["rules"] == []
    elif fmt == "junit":
        junit_schema.validate(text)
        assert 'tests="1" failures="0" errors="0"' in text
    else:
        assert text == "No violations in 1 item (core).\n"


# -- SARIF --------------------------------------------------------------------


def sarif_log(result: RunResult) -> dict:
    return json.loads(render("sarif", result))


def test_sarif_rules_describe_only_rules_that_fired():
    driver = sarif_log(CHECK)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "smslint"
    assert driver["version"] == "9.9.9"
    assert driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {
        "opt-out-instruction",
        "pii-placeholder",
        "unknown-placeholder",
    }
    pii = rules["pii-placeholder"]
    assert pii["shortDescription"]["text"] == PII_PLACEHOLDER.summary
    assert "12 CFR 1006.22(f)" in pii["fullDescription"]["text"]
    assert "12 CFR 1006.22(f)" in pii["help"]["text"]
    assert pii["defaultConfiguration"]["level"] == "error"
    assert pii["properties"]["category"] == "pii"
    assert pii["properties"]["confidence"] == "verified"
    assert pii["properties"]["citation"] == "12 CFR 1006.22(f)"
    # the rule's default level, not the milder level of one violation
    assert rules["opt-out-instruction"]["defaultConfiguration"]["level"] == "error"
    # a rule the engine raises itself still gets a description
    assert rules["unknown-placeholder"]["shortDescription"]["text"]
    assert rules["unknown-placeholder"]["properties"]["category"] == "input"


def test_sarif_results_point_at_their_rule_and_place():
    run = sarif_log(CHECK)["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    first = run["results"][0]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "t/a.yaml"},
        "region": {"startLine": 4, "startColumn": 17},
    }
    assert first["properties"]["template_id"] == "overdue.30d"
    assert first["properties"]["evidence"] == "{ssn}"
    odd = run["results"][2]["locations"][0]["physicalLocation"]
    assert odd["artifactLocation"]["uri"] == "t/odd%2C%20name%3A1.txt"


def test_sarif_levels():
    levels = [r["level"] for r in sarif_log(AUDIT)["runs"][0]["results"]]
    assert levels == ["error", "error", "error", "note", "error"]


def test_sarif_log_records_have_a_logical_row_and_no_line():
    run = sarif_log(AUDIT)["runs"][0]
    by_row = {r["properties"]["row"]: r for r in run["results"]}
    quiet = by_row[3]
    assert quiet["locations"][0] == {
        "physicalLocation": {"artifactLocation": {"uri": "logs/sends.csv"}},
        "logicalLocations": [
            {
                "name": "row 3",
                "fullyQualifiedName": "logs/sends.csv#row=3",
                "kind": "record",
            }
        ],
    }
    assert quiet["properties"]["message_id"] == "m-3"
    assert "message_id" not in by_row[5]["properties"]
    whole_file = by_row[0]["locations"][0]
    assert "logicalLocations" not in whole_file
    assert run["invocations"][0]["toolExecutionNotifications"] == [
        {"level": "note", "message": {"text": AUDIT.notes[0]}}
    ]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("t/a.yaml", "t/a.yaml"),
        ("t/with space.txt", "t/with%20space.txt"),
        ("模板/催收.txt", "%E6%A8%A1%E6%9D%BF/%E5%82%AC%E6%94%B6.txt"),
        ("/abs/x.txt", "file:///abs/x.txt"),
        ("t\\win.txt", "t/win.txt"),
    ],
)
def test_sarif_artifact_uris(path, uri):
    assert sarif.artifact_uri(path) == uri


def violation(
    location, *, rule="pii-in-text", evidence="***-**-6789", message="m"
) -> Violation:
    return Violation(
        rule, Category.PII, Severity.ERROR, message, location, evidence, "core", None
    )


def test_fingerprints_ignore_lines_rows_and_message_text():
    fp = sarif.fingerprint
    here = TemplateLocation("t/a.yaml", 4, 17, "overdue")
    moved = TemplateLocation("t/a.yaml", 40, 2, "overdue")
    assert fp(violation(here)) == fp(violation(moved, message="reworded"))
    row = RecordLocation("log.csv", 3, "m-1")
    assert fp(violation(row)) == fp(violation(RecordLocation("other.csv", 99, "m-1")))
    plain = TemplateLocation("t/b.txt", 1, 1)
    assert fp(violation(plain)) == fp(violation(TemplateLocation("t/b.txt", 7, 3)))
    # evidence is normalized: case, width and spacing do not matter
    assert fp(violation(here, evidence="Reply  STOP")) == fp(
        violation(here, evidence="ｒｅｐｌｙ stop")
    )


def test_fingerprints_tell_rule_item_and_evidence_apart():
    fp = sarif.fingerprint
    here = TemplateLocation("t/a.yaml", 4, 17, "overdue")
    prints = {
        fp(violation(here)),
        fp(violation(here, rule="pii-placeholder")),
        fp(violation(TemplateLocation("t/a.yaml", 4, 17, "other"))),
        fp(violation(TemplateLocation("t/a.yaml", 4, 17))),
        fp(violation(here, evidence="***-**-1234")),
        fp(violation(here, evidence=None)),
        fp(violation(RecordLocation("log.csv", 3, "m-1"))),
        fp(violation(RecordLocation("log.csv", 3))),
    }
    assert len(prints) == 8
    for value in prints:
        assert re.fullmatch("[0-9a-f]{64}", value)


def test_sarif_results_carry_the_fingerprint():
    for result, v in zip(
        sarif_log(AUDIT)["runs"][0]["results"], AUDIT.violations, strict=True
    ):
        assert result["partialFingerprints"] == {"smslint/v1": sarif.fingerprint(v)}


# -- JUnit --------------------------------------------------------------------


def junit_tree(result: RunResult) -> ET.Element:
    return ET.fromstring(render("junit", result).encode("utf-8"))


def test_junit_check_has_one_testcase_per_template():
    suite = junit_tree(CHECK).find("testsuite")
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("t/a.yaml", "clean"),
        ("t/a.yaml", "overdue.30d"),
        ("t/a.yaml", "overdue.60d"),
        ("t/odd, name:1.txt", "t/odd, name:1.txt"),
    ]
    assert list(cases[0]) == []  # passes
    failure = cases[1].find("failure")
    assert failure.get("type") == "pii-placeholder"
    assert failure.get("message") == CHECK.violations[0].message
    assert failure.text.splitlines() == [
        "t/a.yaml:4:17: error pii-placeholder [overdue.30d] "
        "placeholder {ssn} fills in a national or resident ID number"
    ]
    # input problems are errors: the item could not be judged as written
    assert cases[3].find("error").get("type") == "unknown-placeholder"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "4",
        "2",
        "1",
    )


def test_junit_lists_failing_items_when_the_scanned_list_is_unknown():
    bare = RunResult("1", ("core",), 3, CHECK.violations)
    names = [c.get("name") for c in junit_tree(bare).iter("testcase")]
    assert names == ["overdue.30d", "overdue.60d", "t/odd, name:1.txt"]


def test_junit_groups_a_templates_violations_by_rule():
    loc = TemplateLocation("t.txt", 1, 1)
    result = RunResult(
        "1",
        ("core",),
        1,
        (
            violation(loc, message="first"),
            violation(TemplateLocation("t.txt", 1, 9), message="second"),
            violation(loc, rule="threatening-language", message="third"),
        ),
    )
    (case,) = junit_tree(result).iter("testcase")
    failures = case.findall("failure")
    assert [f.get("type") for f in failures] == ["pii-in-text", "threatening-language"]
    assert failures[0].get("message") == "first (and 1 more)"
    assert len(failures[0].text.splitlines()) == 2


def test_junit_audit_has_one_testcase_per_rule_and_input_problems_last():
    suite = junit_tree(AUDIT).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert list(cases) == ["frequency", "pii-in-text", "quiet-hours", "input-error"]
    assert list(cases["frequency"]) == []  # ran, found nothing
    quiet = cases["quiet-hours"].find("failure")
    assert quiet.get("message").endswith("(and 1 more)")
    assert len(quiet.text.splitlines()) == 2
    assert cases["quiet-hours"].get("classname") == "audit.quiet_hours"
    assert cases["input-error"].find("error") is not None
    assert AUDIT.notes[0] in suite.find("system-out").text


def test_junit_audit_lists_at_most_max_lines(monkeypatch, junit_schema):
    monkeypatch.setattr(junit, "MAX_LINES", 2)
    many = tuple(
        violation(RecordLocation("log.csv", row, f"m-{row}")) for row in range(1, 6)
    )
    result = RunResult("1", ("core",), 5, many, is_audit=True)
    text = render("junit", result)
    junit_schema.validate(text)
    lines = ET.fromstring(text).find(".//failure").text.splitlines()
    assert lines[-1] == "... 3 more not listed (--format json lists all)"
    assert len(lines) == 3


def test_junit_replaces_characters_xml_cannot_hold(junit_schema):
    loc = TemplateLocation("t\x01.txt", 1, 1, "id\x0b")
    result = RunResult(
        "1", ("core",), 1, (violation(loc, message='bell\x07 & <tag> "q"'),)
    )
    text = render("junit", result)
    junit_schema.validate(text)
    failure = ET.fromstring(text).find(".//failure")
    assert failure.get("message") == 'bell\ufffd & <tag> "q"'


# -- GitHub annotations -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("", "", ""),
        ("%", "%25", "%25"),
        ("\r", "%0D", "%0D"),
        ("\n", "%0A", "%0A"),
        (":", ":", "%3A"),
        (",", ",", "%2C"),
        ("\r\n", "%0D%0A", "%0D%0A"),
        ("%0A", "%250A", "%250A"),  # an escape written literally is not decoded
        ("%3A,", "%253A,", "%253A%2C"),
        ("50%: a,b\nc\rd", "50%25: a,b%0Ac%0Dd", "50%25%3A a%2Cb%0Ac%0Dd"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
        (
            "回T退订 ，：",
            "回T退订 ，：",
            "回T退订 ，：",
        ),  # full-width marks are not ASCII
        ("tab\there", "tab\there", "tab\there"),
        ("=;|&", "=;|&", "=;|&"),
    ],
)
def test_github_escaping(raw, data, prop):
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


def test_github_escaping_round_trips():
    codes = {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}

    def unescape(value: str) -> str:
        return re.sub("%(25|0D|0A|3A|2C)", lambda m: codes[m.group(1)], value)

    every = "".join(chr(c) for c in range(0x20)) + "%:,=a%25%0A%%3A"
    for escape in (github.escape_data, github.escape_property):
        escaped = escape(every)
        assert "\r" not in escaped and "\n" not in escaped
        assert unescape(escaped) == every
    assert ":" not in github.escape_property(every)
    assert "," not in github.escape_property(every)


def test_github_annotations_for_templates():
    lines = render("github", CHECK, quiet=True).splitlines()
    assert lines == [
        "::error file=t/a.yaml,line=4,col=17,title=pii-placeholder [overdue.30d]"
        "::placeholder {ssn} fills in a national or resident ID number",
        "::warning file=t/a.yaml,line=9,col=5,title=opt-out-instruction [overdue.60d]"
        "::no opt-out instruction; add one such as '回T退订'",
        "::warning file=t/odd%2C name%3A1.txt,line=2,col=3,title=unknown-placeholder"
        "::unknown placeholder syntax: 100%25 odd,%0Asee line: 2",
    ]


def test_github_annotations_for_log_rows_have_no_line():
    lines = render("github", AUDIT, quiet=True).splitlines()
    assert lines == [
        "::error file=bad.csv,title=input-error::cannot read the file: not UTF-8 text",
        "::error file=logs/sends.csv,title=quiet-hours (row 3%2C message m-3)"
        "::sent at 22:15 local time (America/New_York); allowed 08:00-21:00",
        "::error file=logs/sends.csv,title=pii-in-text (row 5)"
        "::the text contains a national or resident ID number",
        "::notice file=logs/sends.csv,title=quiet-hours (row 7%2C message m-7)"
        "::sent at 07:59 local time (America/Chicago); allowed 08:00-21:00",
        "::error file=logs/sends.csv,title=input-error (row 12)"
        "::row 12: sent_at is not an ISO 8601 time",
    ]
    assert all("line=" not in line for line in lines)


def test_github_notes_and_summary_unless_quiet():
    text = render("github", AUDIT)
    assert "::notice title=smslint::frequency skipped" in text
    assert text.endswith(
        "Found 5 violations (4 errors, 1 info) in 40 records (core).\n"
    )


def test_every_annotation_is_one_line():
    loc = TemplateLocation("a\nb.txt", 1, 1, "x\r\ny")
    text = render(
        "github",
        RunResult("1", ("core",), 1, (violation(loc, message="1\n2\r3"),)),
        quiet=True,
    )
    assert text.count("\n") == 1
    assert text.startswith(
        "::error file=a%0Ab.txt,line=1,col=1,title=pii-in-text [x%0D%0Ay]::1%0A2%0D3"
    )


# -- the real engine and CLI --------------------------------------------------

SSN = "123-45-6789"
CARD = "4111 1111 1111 1111"
PHONE = "(415) 555-0134"
EMAIL = "ann.lee@example.org"
PII_BODY = (
    f"Acme Recovery: Hi Ann, we have SSN {SSN}, card {CARD}; we called your sister "
    f"at {PHONE} and wrote to {EMAIL}. Reply STOP to opt out."
)
RAW_PII = (SSN, CARD, PHONE, "415", "555-0134", EMAIL, "ann.lee")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def audit_log(path: Path, body: str) -> Path:
    header = "message_id,sent_at,recipient,direction,body\n"
    quoted = '"' + body.replace('"', '""') + '"'
    return write(
        path, header + f"m1,2026-11-10T15:00:00Z,+12125550143,outbound,{quoted}\n"
    )


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_no_ci_format_leaks_pii_from_a_template(smslint, workdir, fmt):
    write(workdir / "t.txt", PII_BODY)
    write(workdir / "cat.yaml", f'overdue:\n  text: "{PII_BODY}"\n')
    run = smslint("check", "--format", fmt, ".")
    assert run.exit_code == 1
    assert "pii-in-text" in run.stdout
    for value in RAW_PII:
        assert value not in run.stdout + run.stderr, value


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_no_ci_format_leaks_pii_from_a_log(smslint, workdir, fmt):
    audit_log(workdir / "log.csv", PII_BODY)
    run = smslint("audit", "--format", fmt, "log.csv")
    assert run.exit_code == 1
    assert "pii-in-text" in run.stdout
    for value in RAW_PII:
        assert value not in run.stdout + run.stderr, value


def test_cli_check_sarif(smslint, workdir, sarif_validator):
    write(
        workdir / "ok.txt",
        "Acme Recovery: Hi {name}, pay by Friday. Reply STOP to opt out.",
    )
    write(workdir / "bad.txt", "Acme Recovery: pay today or we will have you arrested.")
    run = smslint("check", "--format", "sarif", ".")
    assert run.exit_code == 1
    log = assert_valid_sarif(sarif_validator, run.stdout)
    (sarif_run,) = log["runs"]
    rules = {r["id"]: r for r in sarif_run["tool"]["driver"]["rules"]}
    assert "threatening-language" in rules
    threat = rules["threatening-language"]
    assert threat["properties"]["category"] == "threat"
    assert threat["properties"]["citation"]
    assert threat["properties"]["confidence"]
    results = sarif_run["results"]
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
    } == {"bad.txt"}
    assert {r["ruleId"] for r in results} <= set(rules)


def test_cli_check_junit_lists_passing_templates(smslint, workdir, junit_schema):
    write(
        workdir / "ok.txt",
        "Acme Recovery: Hi {name}, pay by Friday. Reply STOP to opt out.",
    )
    write(workdir / "bad.txt", "Acme Recovery: pay today or we will have you arrested.")
    run = smslint("check", "--format", "junit", ".")
    assert run.exit_code == 1
    junit_schema.validate(run.stdout)
    cases = {c.get("name"): c for c in ET.fromstring(run.stdout).iter("testcase")}
    assert set(cases) == {"ok.txt", "bad.txt"}
    assert list(cases["ok.txt"]) == []
    assert cases["bad.txt"].find("failure") is not None


def test_cli_audit_junit(smslint, workdir, junit_schema):
    audit_log(
        workdir / "log.csv",
        "Acme Recovery: pay today or we will have you arrested. Reply STOP to opt out.",
    )
    run = smslint("audit", "--format", "junit", "log.csv")
    assert run.exit_code == 1
    junit_schema.validate(run.stdout)
    cases = {c.get("name"): c for c in ET.fromstring(run.stdout).iter("testcase")}
    assert cases["threatening-language"].find("failure") is not None
    passing = [name for name, case in cases.items() if not list(case)]
    assert passing  # rules that ran and found nothing pass


def test_cli_audit_github_and_sarif(smslint, workdir, sarif_validator):
    audit_log(
        workdir / "log.csv",
        "Acme Recovery: pay today or we will have you arrested. Reply STOP to opt out.",
    )
    run = smslint("audit", "--format", "github", "log.csv")
    assert run.exit_code == 1
    assert (
        "::error file=log.csv,title=threatening-language (row 1%2C message m1)::"
        in run.stdout
    )
    run = smslint("audit", "--format", "sarif", "-o", "out.sarif", "log.csv")
    assert run.exit_code == 1
    log = assert_valid_sarif(
        sarif_validator, (workdir / "out.sarif").read_text("utf-8")
    )
    (result,) = [
        r for r in log["runs"][0]["results"] if r["ruleId"] == "threatening-language"
    ]
    assert result["properties"]["message_id"] == "m1"


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_config_accepts_the_ci_formats(smslint, workdir, fmt):
    write(workdir / "smslint.yaml", f"format: {fmt}\n")
    write(
        workdir / "ok.txt",
        "Acme Recovery: Hi {name}, pay by Friday. Reply STOP to opt out.",
    )
    run = smslint("check", ".")
    assert run.exit_code == 0, run.stderr
    if fmt == "github":
        assert run.stdout.startswith("No violations")
    else:
        assert run.stdout.lstrip().startswith("<?xml" if fmt == "junit" else "{")


def test_pii_is_found_and_masked_in_sarif_evidence(smslint, workdir):
    write(workdir / "t.txt", PII_BODY)
    results = json.loads(smslint("check", "--format", "sarif", ".").stdout)["runs"][0][
        "results"
    ]
    evidence = {
        r["properties"]["evidence"] for r in results if r["ruleId"] == "pii-in-text"
    }
    assert evidence == {
        "***-**-6789",
        "**** **** **** 1111",
        "(***) ***-0134",
        "***.**********e.org",
    }


def test_sarif_fingerprints_do_not_depend_on_show_pii(smslint, workdir):
    write(workdir / "t.txt", PII_BODY)

    def prints(*flags: str) -> list[str]:
        run = smslint("check", "--format", "sarif", *flags, ".")
        results = json.loads(run.stdout)["runs"][0]["results"]
        return [r["partialFingerprints"]["smslint/v1"] for r in results]

    assert prints() == prints("--show-pii")
