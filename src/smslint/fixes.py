"""``smslint check --fix`` and ``--diff``: add what a rule can add without changing
the meaning of a template, in the template's own file.

A rule offers a fix when its kind has ``fix_suggestion(options, lang)`` and the rule's
options give text for the template's language (``required_phrase``'s ``fix`` option:
core's ``opt-out-instruction`` adds the pack's opt-out sentence; a sender name for
``sender-identification`` only when a pack or the config provides one). A fix is
made only for a violation the run reports (``--select``/``--ignore`` and suppressions
apply) and only when the fixed text then passes the rule, so a second run has nothing
left to do. :mod:`smslint.fix_apply` turns fixes into safe edits of the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from smslint.checks import CheckFn, get_kind
from smslint.engine import RunOptions, build_checks, lint_template
from smslint.fix_apply import (
    FileChange,
    FileEditor,
    Insertion,
    check_writable,
    fixed_text,
    read_file,
    write_change,
)
from smslint.message import Message
from smslint.policy.spec import Policy, RuleSpec
from smslint.templates import Template

__all__ = ["FixOutcome", "plan_fixes", "run_fixes", "unified_diff"]

# A line and its break (LF, CR LF or a lone CR, as smslint reads files); the last
# line may have none.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass
class FixOutcome:
    """The files a fix run changes (or would change) and what it left alone, why."""

    changes: list[FileChange] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def plan_fixes(
    files: Sequence[tuple[Path, str]], policy: Policy, options: RunOptions
) -> FixOutcome:
    """The fixed text of each file (path, display name) that has a fixable violation.

    Nothing is written. Files that cannot be read are left to the lint run to report.
    """
    checks = build_checks(policy, options.selection)
    fixable = [(rule, check) for rule, check in checks if _offers_fix(rule)]
    outcome = FixOutcome()
    if not fixable:
        return outcome
    for path, display in files:
        read = read_file(path)
        if read is None:
            continue
        editor = FileEditor(path, display, *read)
        insertions: list[Insertion] = []
        for template in editor.before:
            if isinstance(template, Template):
                found, useless = _insertions(template, checks, fixable, options, policy)
                insertions += found
                outcome.skipped += [
                    f"{display}:{template.position(None)[0]}: {rule} fix not applied: "
                    "the rule's fix text would not satisfy the rule"
                    for rule in useless
                ]
        if not insertions:
            continue
        change, skipped = editor.change(insertions)
        if change is not None:
            outcome.changes.append(change)
        for insertion, why in skipped:
            line = insertion.template.position(None)[0]
            outcome.skipped.append(
                f"{display}:{line}: {insertion.rule} fix not applied: {why}"
            )
    return outcome


def _offers_fix(rule: RuleSpec) -> bool:
    return hasattr(get_kind(rule.kind), "fix_suggestion") and bool(
        rule.options.get("fix")
    )


def _insertions(
    template: Template,
    checks: list[tuple[RuleSpec, CheckFn]],
    fixable: list[tuple[RuleSpec, CheckFn]],
    options: RunOptions,
    policy: Policy,
) -> tuple[list[Insertion], list[str]]:
    """The fixes of the reported, fixable violations of one template, in rule order.

    Each fix is checked on the text as fixed so far: a rule already satisfied by an
    earlier fix adds nothing, and a fix that would not satisfy its rule is not made
    (its rule id is returned second, so the run can say so).
    """
    reported = {v.rule for v in lint_template(template, checks, options, policy)}
    text, found, useless = template.text, [], []
    for rule, check in fixable:
        if rule.id not in reported or not _fails(check, text, template.lang):
            continue
        suggestion = get_kind(rule.kind).fix_suggestion(rule.options, template.lang)
        if suggestion is None:
            continue
        insertion = Insertion(template, rule.id, *suggestion)
        fixed = fixed_text(text, insertion)
        if _fails(check, fixed, template.lang):
            useless.append(rule.id)
        else:
            found.append(insertion)
            text = fixed
    return found, useless


def _fails(check: CheckFn, text: str, lang: str) -> bool:
    return any(True for _ in check(Message(text, lang)))


def unified_diff(changes: Sequence[FileChange]) -> str:
    """A ``git apply``-able unified diff of the changes (line breaks kept as is)."""
    out: list[str] = []
    for change in changes:
        old, new = _LINE.findall(change.old), _LINE.findall(change.new)
        for line in difflib.unified_diff(
            old, new, f"a/{change.display}", f"b/{change.display}"
        ):
            if line.endswith("\n"):
                out.append(line)
            elif line.endswith("\r"):  # a file with CR-only line breaks
                out.append(line + "\n")
            else:
                out += [line, "\n\\ No newline at end of file\n"]
    return "".join(out)


def run_fixes(
    files: Sequence[tuple[Path, str]],
    policy: Policy,
    options: RunOptions,
    *,
    write: bool,
    out: TextIO,
    notes: TextIO,
    quiet: bool = False,
) -> FixOutcome:
    """Plan the fixes; with ``write`` apply them (all files are checked writable
    first) and note each one on ``notes``, else print the diff on ``out``.

    What was not fixed is always noted: a person has to look at it.
    """
    outcome = plan_fixes(files, policy, options)
    if write:
        check_writable(outcome.changes)
        for change in outcome.changes:
            write_change(change)
            for applied in change.applied if not quiet else ():
                line = f"{change.display}:{applied.line}: applied {applied.rule} fix"
                notes.write(line + "\n")
    else:
        out.write(unified_diff(outcome.changes))
        out.flush()
    for note in outcome.skipped:
        notes.write(note + "\n")
    notes.flush()
    return outcome
