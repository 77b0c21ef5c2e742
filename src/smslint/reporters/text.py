"""Human-readable lines: ``path:line:col: severity rule message``."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from smslint.violations import RecordLocation, RunResult, Violation


def format_violation(v: Violation) -> str:
    loc = v.location
    if isinstance(loc, RecordLocation):
        where = f"{loc.path}:row {loc.row}"
        if loc.message_id:
            where += f" ({loc.message_id})"
    else:
        where = f"{loc.path}:{loc.line}:{loc.column}"
        if loc.template_id:
            return (
                f"{where}: {v.severity.value} {v.rule} [{loc.template_id}] {v.message}"
            )
    return f"{where}: {v.severity.value} {v.rule} {v.message}"


def summary_line(result: RunResult) -> str:
    counts = Counter(v.severity.value for v in result.violations)
    item = "item" if result.scanned == 1 else "items"
    if not result.violations:
        return (
            f"No violations in {result.scanned} {item} ({', '.join(result.policies)})."
        )
    parts = [
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}"
        for s in ("error", "warning", "info")
        if counts[s]
    ]
    total = len(result.violations)
    noun = "violation" if total == 1 else "violations"
    return (
        f"Found {total} {noun} ({', '.join(parts)}) in {result.scanned} {item} "
        f"({', '.join(result.policies)})."
    )


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    out.writelines(
        format_violation(violation) + "\n" for violation in result.violations
    )
    if not quiet:
        out.write(summary_line(result) + "\n")
