"""SARIF 2.1.0 for code scanning: one run, the rules that fired, one result each.

Templates are placed by file, line and column (columns count characters, hence
``columnKind: unicodeCodePoints``); log records by file plus a logical location
``row N``, since a CSV row is not a line. ``partialFingerprints["smslint/v1"]``
identifies a finding across edits; it is the baseline's fingerprint
(:func:`smslint.baseline.fingerprint`: rule, template id or message id or path, and
normalized masked evidence; never text or line numbers), so code scanning and
``--baseline`` agree on what is the same finding.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from smslint.baseline import fingerprint
from smslint.violations import (
    RecordLocation,
    RuleInfo,
    RunResult,
    Severity,
    TemplateLocation,
    Violation,
)

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/smslint/smslint"
FINGERPRINT = "smslint/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

#: rules the engine raises itself (no pack defines them)
_BUILTIN_SUMMARIES = {
    "input-error": "The input could not be read or parsed.",
    "unknown-placeholder": "A placeholder uses a syntax smslint does not know.",
    "unknown-suppression": "A suppression names a rule that no loaded pack defines.",
    "expired-suppression": "A suppression has passed its expiry date.",
}


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference; an absolute one as a ``file:`` URI."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")


def _rule_descriptor(
    rule_id: str, info: RuleInfo | None, first: Violation
) -> dict[str, Any]:
    from_pack = info is not None
    if info is None:
        summary = _BUILTIN_SUMMARIES.get(rule_id, rule_id)
        info = RuleInfo(
            summary=summary,
            category=first.category,
            severity=first.severity,
            citation=first.citation,
            pack=first.policy,
        )
    summary = info.summary or rule_id
    full = info.description.strip() or summary
    help_text = summary
    if info.citation:
        full += f"\n\nCitation: {info.citation}"
        help_text += f" ({info.citation})"
    if from_pack:
        help_text += f"\nRun `smslint explain {rule_id}` for details and examples."
    properties: dict[str, Any] = {
        "category": info.category.value,
        "tags": ["compliance", info.category.value],
    }
    if info.confidence:
        properties["confidence"] = info.confidence
    if info.citation:
        properties["citation"] = info.citation
    if info.pack:
        properties["pack"] = info.pack
    return {
        "id": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": properties,
    }


def _location(v: Violation) -> dict[str, Any]:
    loc = v.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.path)}}
    out: dict[str, Any] = {"physicalLocation": physical}
    if isinstance(loc, TemplateLocation):
        physical["region"] = {"startLine": loc.line, "startColumn": loc.column}
        if loc.template_id:
            out["logicalLocations"] = [
                {
                    "name": loc.template_id,
                    "fullyQualifiedName": f"{loc.path}#{loc.template_id}",
                    "kind": "template",
                }
            ]
    elif loc.row > 0:
        out["logicalLocations"] = [
            {
                "name": f"row {loc.row}",
                "fullyQualifiedName": f"{loc.path}#row={loc.row}",
                "kind": "record",
            }
        ]
    return out


def _result(v: Violation, rule_index: int) -> dict[str, Any]:
    properties: dict[str, Any] = {"category": v.category.value}
    if v.evidence is not None:
        properties["evidence"] = v.evidence
    if v.policy:
        properties["policy"] = v.policy
    if v.citation:
        properties["citation"] = v.citation
    loc = v.location
    if isinstance(loc, TemplateLocation) and loc.template_id:
        properties["template_id"] = loc.template_id
    if isinstance(loc, RecordLocation):
        properties["row"] = loc.row
        if loc.message_id:
            properties["message_id"] = loc.message_id
    return {
        "ruleId": v.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[v.severity],
        "message": {"text": v.message},
        "locations": [_location(v)],
        "partialFingerprints": {FINGERPRINT: fingerprint(v)},
        "properties": properties,
    }


def report(result: RunResult) -> dict[str, Any]:
    first: dict[str, Violation] = {}
    for v in result.violations:
        first.setdefault(v.rule, v)
    rule_ids = sorted(first)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "smslint",
                "version": result.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [
                    _rule_descriptor(r, result.rules.get(r), first[r]) for r in rule_ids
                ],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(v, index[v.rule]) for v in result.violations],
        "properties": {
            "policies": list(result.policies),
            "scanned": result.scanned,
            "kind": "audit" if result.is_audit else "check",
        },
    }
    if result.is_audit:
        run["invocations"] = [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {"level": "note", "message": {"text": note}}
                    for note in result.notes
                ],
                "properties": {
                    "filtered": result.filtered,
                    "input_errors": result.input_errors,
                },
            }
        ]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    json.dump(report(result), out, ensure_ascii=False, indent=2)
    out.write("\n")


__all__ = ["fingerprint", "report", "write"]
