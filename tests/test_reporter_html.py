"""The HTML report: well-formed, self-contained, escaped, counts shown, PII masked."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from smslint.reporters import FORMATS, get_reporter
from smslint.reporters.html import CSP, render
from smslint.violations import (
    Category,
    RecordLocation,
    RuleInfo,
    RunResult,
    SendActivity,
    Severity,
    TemplateLocation,
    Violation,
    grid_of,
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
    for chart in ("chart-category", "chart-days"):
        assert f'<svg id="{chart}"' in page
    body = page.split('<table id="violations">', 1)[1].split("</table>", 1)[0]
    assert body.count("<tr>") == 1 + len(RESULT.violations)
    days = page.split('<svg id="chart-days"', 1)[1].split("</svg>", 1)[0]
    assert "2026-11-09: 1" in days and "2026-11-10: 2" in days


def _svg(page: str, chart_id: str) -> str:
    return page.split(f'<svg id="{chart_id}"', 1)[1].split("</svg>", 1)[0]


def _cells(page: str, chart_id: str) -> dict[tuple[int, int], int]:
    """Non-empty cells of a heat map: (weekday, hour) -> count; all 168 drawn."""
    found = re.findall(
        r'data-row="(\d)" data-hour="(\d+)" data-n="(\d+)"', _svg(page, chart_id)
    )
    assert len(found) == 7 * 24
    return {(int(r), int(h)): int(n) for r, h, n in found if n != "0"}


SENDS = grid_of([(1, 22, 5), (1, 9, 2), (6, 1, 3)])
LOCATED = replace(
    RESULT,
    activity=SendActivity(SENDS, by_recipient_tz=6, by_number_zone=3, in_utc=1),
    log_fields=frozenset({"template_id", "debtor_id"}),
    violations=tuple(
        replace(v, location=replace(v.location, **where))
        for v, where in zip(
            RESULT.violations,
            [
                {"weekday": 1, "hour": 22, "template_id": "T1", "debtor_id": "D1"},
                {"weekday": 1, "hour": 22, "template_id": "T1", "debtor_id": "D2"},
                {"weekday": 6, "hour": 1, "template_id": "T<2>", "debtor_id": "D1"},
                {},  # the input problem: no record, no cell
            ],
            strict=True,
        )
    ),
)


def test_heat_maps_show_sends_and_violations_per_local_hour_and_weekday():
    page = render(LOCATED)
    parse(page)
    assert _cells(page, "heat-sends") == {(1, 22): 5, (1, 9): 2, (6, 1): 3}
    assert _cells(page, "heat-violations") == {(1, 22): 2, (6, 1): 1}
    sends = _svg(page, "heat-sends")
    assert "<title>Tue 22:00-22:59: 5</title>" in sends
    assert 'class="total"' in sends and ">7</text>" in sends  # Tuesday's total
    # the busiest cell is darkest; an empty one is grey
    assert 'data-row="1" data-hour="22" data-n="5"' in sends
    assert re.search(r'fill-opacity="1.00"[^>]*data-row="1" data-hour="22"', sends)
    assert re.search(r'fill="#f3f3f3"[^>]*data-row="0" data-hour="0"', sends)
    text = " ".join(parse(page).text)
    assert "recipient_tz for 6 send(s)" in text
    assert "time zone of the number (its first candidate zone) for 3" in text
    assert "1 send(s) whose zone is unknown are counted in UTC" in text


def test_heat_map_without_sends_data_draws_violations_only():
    page = render(replace(LOCATED, activity=None))
    assert '<svg id="heat-sends"' not in page
    assert _cells(page, "heat-violations") == {(1, 22): 2, (6, 1): 1}
    assert "No data for violations by local hour" in render(RESULT)


def _top_rows(page: str, section: str) -> list[tuple[str, int]]:
    div = page.split(f'<div id="{section}">', 1)[1].split("</div>", 1)[0]
    return [
        (name, int(n))
        for name, n in re.findall(r'<tr><td>([^<]*)</td><td class="num">(\d+)', div)
    ]


def test_top_templates_and_debtors_with_counts():
    page = render(LOCATED)
    assert _top_rows(page, "top-templates") == [("T1", 2), ("T&lt;2&gt;", 1)]
    assert _top_rows(page, "top-debtors") == [("D1", 2), ("D2", 1)]


def test_top_tables_say_when_the_log_lacks_the_field():
    page = render(RESULT)  # an audit whose log had neither field
    for section, field in (
        ("top-templates", "template_id"),
        ("top-debtors", "debtor_id"),
    ):
        div = page.split(f'<div id="{section}">', 1)[1].split("</div>", 1)[0]
        assert "<table" not in div
        assert f"The log has no {field} field" in div
    # the log has the fields but no violation carries one
    page = render(replace(RESULT, log_fields=frozenset({"template_id", "debtor_id"})))
    assert "No violation has a template_id." in page
    assert "No violation has a debtor_id." in page


def test_debtor_ids_that_are_phone_numbers_are_masked():
    phone = replace(
        LOCATED.violations[0],
        location=replace(LOCATED.violations[0].location, debtor_id="+1 (415) 555-0123"),
    )
    page = render(replace(LOCATED, violations=(phone, *LOCATED.violations[1:])))
    rows = dict(_top_rows(page, "top-debtors"))
    assert "+1 (415) 555-0123" not in page and "4155550123" not in page
    assert rows["** (***) ***-0123"] == 1
    assert rows["D1"] == 1 and rows["D2"] == 1  # ordinary ids are shown as they are
    resident = replace(
        phone, location=replace(phone.location, debtor_id="11010119900307451X")
    )
    page = render(replace(LOCATED, violations=(resident,)))
    assert "11010119900307451X" not in page and "*" * 14 + "451X" in page


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


LEAKY_ROW = BODY.replace("{name}", "Ann")
CLEAN_ROW = "Acme Recovery: Hi Ann, $120.00 is due on 12/01. Reply STOP to opt out."
# row -> (sent_at, recipient, debtor_id, recipient_tz, template_id, body) and the
# hand-computed cell (weekday Mon=0, local hour) of the send
KNOWN_LOG = {
    1: (
        ("2026-11-10T15:00:00Z", "+12125550143", "D1", "America/New_York", "T1"),
        (1, 10),
    ),
    2: (
        ("2026-11-10T15:30:00Z", "+12125550143", "D1", "America/New_York", "T1"),
        (1, 10),
    ),
    # no recipient_tz: the number's zone (New York), 21:30 on Tuesday
    3: (("2026-11-11T02:30:00Z", "+12125550143", "D2", "", "T2"), (1, 21)),
    # a Shanghai number: Saturday 09:00
    4: (("2026-11-14T01:00:00Z", "+8613800138000", "D3", "", "T2"), (5, 9)),
}


def _known_log(workdir: Path) -> None:
    lines = ["message_id,sent_at,recipient,debtor_id,recipient_tz,template_id,body"]
    for row, ((sent, to, debtor, tz, template), _) in KNOWN_LOG.items():
        body = LEAKY_ROW if row != 4 else CLEAN_ROW
        lines.append(f'm{row},{sent},{to},{debtor},{tz},{template},"{body}"')
    (workdir / "log.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_audit_of_a_known_log_draws_heat_maps_and_top_tables(smslint, workdir: Path):
    _known_log(workdir)
    run = smslint("audit", "--format", "html", "-o", "report.html", "log.csv")
    assert run.exit_code == 1, run.stdout + run.stderr
    page = (workdir / "report.html").read_text(encoding="utf-8")
    parse(page)
    assert _cells(page, "heat-sends") == {(1, 10): 2, (1, 21): 1, (5, 9): 1}
    # violations per cell, template and debtor from the JSON report's rows
    found = smslint("audit", "--format", "json", "log.csv").json()
    per_row = Counter(v["location"]["row"] for v in found["violations"])
    assert set(per_row) <= set(KNOWN_LOG) and per_row[1] > 0
    cells: Counter[tuple[int, int]] = Counter()
    templates: Counter[str] = Counter()
    debtors: Counter[str] = Counter()
    for row, n in per_row.items():
        (_, _, debtor, _, template), cell = KNOWN_LOG[row]
        cells[cell] += n
        templates[template] += n
        debtors[debtor] += n
    assert _cells(page, "heat-violations") == dict(cells)
    assert dict(_top_rows(page, "top-templates")) == dict(templates)
    assert dict(_top_rows(page, "top-debtors")) == dict(debtors)
    assert found["summary"]["activity"]["clock"] == {
        "recipient_tz": 2,
        "number_zone": 2,
        "utc": 0,
    }
    assert "+12125550143" not in page and "8613800138000" not in page


def test_audit_of_a_log_without_ids_says_so(smslint, workdir: Path):
    (workdir / "log.csv").write_text(
        f'sent_at,recipient,body\n2026-11-10T15:00:00Z,+12125550143,"{LEAKY_ROW}"\n',
        encoding="utf-8",
    )
    run = smslint("audit", "--format", "html", "-o", "report.html", "log.csv")
    assert run.exit_code == 1, run.stdout + run.stderr
    page = (workdir / "report.html").read_text(encoding="utf-8")
    assert "The log has no template_id field" in page
    assert "The log has no debtor_id field" in page
    assert _cells(page, "heat-sends") == {(1, 10): 1}
    assert "the time zone of the number (its first candidate zone) for 1" in page
