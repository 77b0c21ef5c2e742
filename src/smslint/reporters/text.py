"""Human-readable lines: ``path:line:col: severity rule message``.

Message ids, bodies and file names come from the user's files, which may be hostile:
each line is made :func:`printable` before it reaches a terminal.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TextIO

from smslint.violations import RecordLocation, RunResult, Violation

# controls (C0, DEL, C1) and the bidi embeddings, overrides and isolates
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` with each control or bidi character written as its escape.

    An escape sequence in a log's message id could set the terminal's title or clear
    it, a line break forge an output line, a right-to-left override reorder what the
    reader sees: ``\x1b``, ``\n``, ``\u202e`` are shown instead.
    """
    return _UNPRINTABLE.sub(
        lambda m: m.group().encode("unicode_escape").decode("ascii"), text
    )


def format_violation(v: Violation) -> str:
    """One violation as one line of printable text."""
    return printable(_line(v))


def _line(v: Violation) -> str:
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
    noun = "record" if result.is_audit else "item"
    item = noun if result.scanned == 1 else noun + "s"
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


def audit_table(result: RunResult) -> list[str]:
    """The audit's closing summary: counts by rule (with category) and by day."""
    by_rule = Counter((v.rule, v.category.value) for v in result.violations)
    lines = ["", "Summary"]
    lines.append(f"  records audited       {result.scanned:>10,}")
    if result.filtered:
        lines.append(f"  outside --since/until {result.filtered:>10,}")
    lines.append(f"  input problems        {result.input_errors:>10,}")
    lines.append(f"  violations            {len(result.violations):>10,}")
    if by_rule:
        width = max(len(rule) for rule, _ in by_rule)
        cat_width = max(len(cat) for _, cat in by_rule)
        lines += ["", f"  {'RULE':<{width}}  {'CATEGORY':<{cat_width}}  {'COUNT':>8}"]
        for (rule, category), count in sorted(
            by_rule.items(), key=lambda item: (-item[1], item[0])
        ):
            lines.append(f"  {rule:<{width}}  {category:<{cat_width}}  {count:>8,}")
    days = result.by_day()
    if days:
        lines += ["", "  DAY         VIOLATIONS"]
        lines += [f"  {day}  {count:>10,}" for day, count in days.items()]
    if result.notes:
        lines += ["", "Notes"]
        lines += [f"  - {printable(note)}" for note in result.notes]
    return lines


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    out.writelines(
        format_violation(violation) + "\n" for violation in result.violations
    )
    if not quiet:
        if result.is_audit:
            out.writelines(line + "\n" for line in audit_table(result))
        out.write(summary_line(result) + "\n")
