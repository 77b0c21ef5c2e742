"""The HTML report: well-formed, self-contained, escaped, counts shown, PII masked."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

from smslint.reporters import FORMATS, get_reporter
from smslint.reporters.html import CSP, render
from smslint.violations import (
    Category,
    RecordLocation,
    RuleInfo,
    RunResult,
    Severity,
    TemplateLocation,
    Violation,
)

#: HTML elements without an end tag; every other element (SVG too) must be closed
VOID = {"meta", "input", "br", "hr", "img", "link"}


class _Checker(HTMLParser):
    """Tracks open elements; collects attributes and text for the assertions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((tag, name, value))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((tag, name, value))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return checker


XSS = "<script>alert('x')</script>"

RESULT = RunResult(
    tool_version="9.9.9",
    policies=("core", "acme"),
    scanned=42,
    is_audit=True,
    filtered=5,
    notes=("3 records have no time zone",),
    rules={
        "threat-language": RuleInfo(
            summary="Threatens harm.",
            category=Category.THREAT,
            severity=Severity.ERROR,
            citation="15 U.S.C. 1692d(1)",
            pack="core",
        )
    },
    violations=(
        Violation(
            "threat-language",
            Category.THREAT,
            Severity.ERROR,
            f"threat {XSS}",
            RecordLocation("logs/a.csv", 3, "m-3", "2026-11-09"),
            XSS,
            "core",
            "15 U.S.C. 1692d(1)",
        ),
        Violation(
            "threat-language",
            Category.THREAT,
            Severity.ERROR,
            "threat",
            RecordLocation("logs/a.csv", 4, "m-4", "2026-11-10"),
            "police",
            "core",
            "15 U.S.C. 1692d(1)",
        ),
        Violation(
            "quiet-hours",
            Category.QUIET_HOURS,
            Severity.WARNING,
            "sent at 22:10 local time",
            RecordLocation("logs/b.csv", 9, "m-9", "2026-11-10"),
            None,
            "core",
            "12 CFR 1006.6(b)(1)(i)",
        ),
        Violation(
            "input-error",
            Category.INPUT,
            Severity.ERROR,
            "not UTF-8 text",
            RecordLocation("logs/c.csv", 0),
            None,
            None,
            None,
        ),
    ),
)


def _counts(page: str) -> dict[str, str]:
    return dict(re.findall(r'data-count="([^"]+)">(\d+)<', page))


def test_registered_as_a_format():
    assert FORMATS["html"] == "smslint.reporters.html"
    out = io.StringIO()
    get_reporter("html")(RESULT, out, quiet=True)
    assert out.getvalue() == render(RESULT)


def test_well_formed_with_strict_csp_and_no_external_reference():
    page = render(RESULT)
    assert page.startswith("<!DOCTYPE html>")
    checker = parse(page)
    csp = [
        v for t, n, v in checker.attrs if t == "meta" and n == "content" and v == CSP
    ]
    assert csp, "Content-Security-Policy meta tag missing"
    assert "default-src 'none'" in CSP
    assert ("meta", "http-equiv", "Content-Security-Policy") in checker.attrs
    assert "http://" not in page and "https://" not in page
    assert "//" not in "".join(
        v or "" for _, n, v in checker.attrs if n in ("src", "href", "action")
    )
    assert not {"link", "img", "iframe", "object", "embed"} & set(checker.tags)
    assert checker.tags.count("script") == 1  # the inline one only
    assert ("script", "src") not in {(t, n) for t, n, _ in checker.attrs}


def test_contains_the_counts_and_what_ran():
    page = render(RESULT)
    assert _counts(page) == {
        "Records scanned": "42",
        "Violations": "4",
        "Input problems": "1",
        "Records outside --since/--until": "5",
    }
    text = " ".join(parse(page).text)
    assert "smslint 9.9.9" in text
    assert "core, acme" in text
    assert "3 records have no time zone" in text
    assert "15 U.S.C. 1692d(1)" in text  # citation from the rule metadata
    assert "Threatens harm." in text


def test_message_and_evidence_are_escaped():
    page = render(RESULT)
    assert XSS not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    text = "".join(parse(page).text)
    assert XSS in text  # shown to the reader as text


def test_charts_and_table_rows():
    page = render(RESULT)
    for chart in ("chart-category", "chart-days", "chart-weekdays"):
        assert f'<svg id="{chart}"' in page
    body = page.split('<table id="violations">', 1)[1].split("</table>", 1)[0]
    assert body.count("<tr>") == 1 + len(RESULT.violations)
    days = page.split('<svg id="chart-days"', 1)[1].split("</svg>", 1)[0]
    assert "2026-11-09: 1" in days and "2026-11-10: 2" in days
    weekdays = page.split('<svg id="chart-weekdays"', 1)[1].split("</svg>", 1)[0]
    assert "Mon: 1" in weekdays and "Tue: 2" in weekdays
    assert "no hour-of-day heat map" in page


def test_empty_result_is_still_a_valid_page():
    page = render(
        RunResult(tool_version="1", policies=("core",), scanned=0, violations=())
    )
    parse(page)
    assert _counts(page)["Violations"] == "0"
    assert "chart-days" not in page  # no time charts for a template check


def test_check_result_lists_templates():
    result = RunResult(
        tool_version="1",
        policies=("core",),
        scanned=2,
        violations=(
            Violation(
                "pii-placeholder",
                Category.PII,
                Severity.ERROR,
                "ssn",
                TemplateLocation("t.yaml", 1, 5, "overdue.30d"),
                "{ssn}",
                "core",
                None,
            ),
        ),
        checked=(
            TemplateLocation("t.yaml", 1, 1, "overdue.30d"),
            TemplateLocation("t.yaml", 2, 1, "<ok>"),
        ),
    )
    page = render(result)
    parse(page)
    assert "Top templates" in page and "Templates checked" in page
    assert "&lt;ok&gt;" in page and "<ok>" not in page


SECRETS = ("123-45-6789", "4111 1111 1111 1111", "ann@example.com")
BODY = (
    "Acme Recovery: Hi {name}, SSN 123-45-6789, card 4111 1111 1111 1111, "
    "mail ann@example.com <script>x</script>. Reply STOP to opt out."
)


def test_check_via_cli_masks_pii(smslint, workdir: Path):
    (workdir / "t.yaml").write_text(
        f'overdue.ssn: "{BODY}"\nok: "Acme Recovery: Hi {{name}}, your payment is '
        'due. Reply STOP to opt out."\n',
        encoding="utf-8",
    )
    run = smslint("check", "--format", "html", "-o", "report.html", "t.yaml")
    assert run.exit_code == 1, run.stdout + run.stderr
    page = (workdir / "report.html").read_text(encoding="utf-8")
    parse(page)
    for secret in SECRETS:
        assert secret not in page
    assert "<script>x" not in page
    assert "***-**-6789" in page
    assert _counts(page)["Templates scanned"] == "2"
    assert "overdue.ssn" in page


def test_audit_via_cli_masks_pii_and_counts(smslint, workdir: Path):
    body = BODY.replace("{name}", "Ann")
    (workdir / "log.csv").write_text(
        "message_id,sent_at,recipient,debtor_id,recipient_relation,recipient_tz,"
        "direction,template_id,body\n"
        f'm1,2026-11-10T15:00:00Z,+12125550143,D1,self,,outbound,T1,"{body}"\n'
        "m2,2026-11-11T15:00:00Z,+12125550143,D1,self,,outbound,T1,"
        '"Acme Recovery: Hi Ann, $120.00 is due on 12/01. Reply STOP to opt out."\n',
        encoding="utf-8",
    )
    run = smslint("audit", "--format", "html", "-o", "report.html", "log.csv")
    assert run.exit_code == 1, run.stdout + run.stderr
    page = (workdir / "report.html").read_text(encoding="utf-8")
    parse(page)
    for secret in SECRETS:
        assert secret not in page
    assert "+12125550143" not in page
    counts = _counts(page)
    assert counts["Records scanned"] == "2"
    assert int(counts["Violations"]) >= 3
    assert '<svg id="chart-days"' in page and "2026-11-10" in page


def test_config_file_can_choose_html(smslint, workdir: Path):
    (workdir / "smslint.yaml").write_text("format: html\n", encoding="utf-8")
    (workdir / "t.txt").write_text(
        "Acme Recovery: Hi {name}, your payment is due. Reply STOP to opt out.\n",
        encoding="utf-8",
    )
    run = smslint("check", "t.txt")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.stdout.startswith("<!DOCTYPE html>")
    parse(run.stdout)
