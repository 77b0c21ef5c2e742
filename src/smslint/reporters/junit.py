"""JUnit XML for CI test views (the Jenkins xUnit "JUnit 10" schema).

``check``: one testcase per template (classname = file, name = template id or file);
a template without violations passes. ``audit``: one testcase per rule that ran,
plus one per input-problem rule. Each rule that fired on a testcase gives one
``<failure>`` (``<error>`` for input problems) with ``type`` = the rule,
``message`` = the first violation's message and one text line per violation.
An audit testcase lists at most :data:`MAX_LINES` lines; the JSON report has all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TextIO

from smslint.reporters.text import format_violation
from smslint.violations import Category, RunResult, TemplateLocation, Violation

#: lines of one audit failure; a million violations of one rule stay readable
MAX_LINES = 1000

# XML 1.0 forbids most control characters, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _problem(
    case: ET.Element, violations: list[Violation], limit: int | None = None
) -> None:
    """One ``<failure>``/``<error>`` per rule among ``violations``, in order."""
    by_rule: dict[str, list[Violation]] = {}
    for v in violations:
        by_rule.setdefault(v.rule, []).append(v)
    for rule, found in by_rule.items():
        tag = "error" if found[0].category is Category.INPUT else "failure"
        message = found[0].message
        if len(found) > 1:
            message += f" (and {len(found) - 1} more)"
        shown = found if limit is None else found[:limit]
        lines = [format_violation(v) for v in shown]
        if len(found) > len(shown):
            lines.append(
                f"... {len(found) - len(shown)} more not listed "
                "(--format json lists all)"
            )
        element = ET.SubElement(
            case, tag, {"type": _clean(rule), "message": _clean(message)}
        )
        element.text = _clean("\n".join(lines) + "\n")


def _check_cases(result: RunResult) -> Iterable[tuple[str, str, list[Violation]]]:
    found: dict[tuple[str, str | None], list[Violation]] = {}
    for v in result.violations:
        tid = (
            v.location.template_id if isinstance(v.location, TemplateLocation) else None
        )
        found.setdefault((v.location.path, tid), []).append(v)
    keys = [(loc.path, loc.template_id) for loc in result.checked]
    seen = set(keys)
    keys += [key for key in found if key not in seen]
    for path, tid in keys:
        yield path, tid or path, found.get((path, tid), [])


def _audit_cases(result: RunResult) -> Iterable[tuple[str, str, list[Violation]]]:
    found: dict[str, list[Violation]] = {}
    category: dict[str, str] = {}
    for rule_id, info in result.rules.items():
        found.setdefault(rule_id, [])
        category[rule_id] = info.category.value
    for v in result.violations:
        found.setdefault(v.rule, []).append(v)
        category.setdefault(v.rule, v.category.value)
    for rule_id in sorted(found, key=lambda r: (category[r] == "input", r)):
        yield f"audit.{category[rule_id]}", rule_id, found[rule_id]


def build(result: RunResult) -> ET.Element:
    kind = "audit" if result.is_audit else "check"
    suites = ET.Element("testsuites", {"name": "smslint"})
    suite = ET.SubElement(suites, "testsuite", {"name": f"smslint {kind}"})
    props = ET.SubElement(suite, "properties")
    for name, value in (
        ("smslint.version", result.tool_version),
        ("smslint.policies", ",".join(result.policies)),
        ("smslint.scanned", str(result.scanned)),
    ):
        ET.SubElement(props, "property", {"name": name, "value": _clean(value)})
    cases = _audit_cases(result) if result.is_audit else _check_cases(result)
    limit = MAX_LINES if result.is_audit else None
    tests = failures = errors = 0
    for classname, name, violations in cases:
        tests += 1
        case = ET.SubElement(
            suite, "testcase", {"classname": _clean(classname), "name": _clean(name)}
        )
        _problem(case, violations, limit)
        if any(v.category is Category.INPUT for v in violations):
            errors += 1
        elif violations:
            failures += 1
    if result.notes:
        ET.SubElement(suite, "system-out").text = _clean(
            "".join(f"note: {note}\n" for note in result.notes)
        )
    counts = {"tests": str(tests), "failures": str(failures), "errors": str(errors)}
    suite.attrib.update(counts, skipped="0")
    suites.attrib.update(counts)
    return suites


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    root = build(result)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
