"""Run the policy's checks over items and turn hits into violations.

Every decision about what is reported is made here, in one place: which rules run
(``--select``/``--ignore``), where a hit is located, how evidence is masked, and which
violations per-template suppressions hide. Reporters only format the result.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from smslint import __version__
from smslint.checks import CheckFn, RunContext, get_kind, is_record_kind
from smslint.language import detect_language
from smslint.message import Message
from smslint.placeholders import find_unknown_placeholders
from smslint.policy.spec import Example, Policy, RuleSpec
from smslint.privacy import mask
from smslint.templates import Template
from smslint.violations import (
    Category,
    Hit,
    InputProblem,
    Location,
    RuleInfo,
    RunResult,
    Severity,
    TemplateLocation,
    Violation,
)

EXPIRED_SUPPRESSION = "expired-suppression"
UNKNOWN_SUPPRESSION = "unknown-suppression"
UNKNOWN_PLACEHOLDER = "unknown-placeholder"


@dataclass(frozen=True)
class Selection:
    """Which rules a run reports: ids, aliases or category names."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()

    def wants(
        self, rule_id: str, category: Category, aliases: Iterable[str] = ()
    ) -> bool:
        names = {rule_id, category.value, *aliases}
        if self.select and not names & self.select:
            return False
        return not names & self.ignore


@dataclass(frozen=True)
class RunOptions:
    """How violations are built and filtered."""

    selection: Selection = field(default_factory=Selection)
    show_pii: bool = False
    today: dt.date = field(default_factory=dt.date.today)


class _Blank(dict[str, Any]):
    """Leaves unknown ``{fields}`` of a rule message visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(rule: RuleSpec, hit: Hit) -> str:
    return string.Formatter().vformat(rule.message, (), _Blank(hit.args))


def severity_of(rule: RuleSpec, hit: Hit) -> Severity:
    """The hit's own severity when milder than the rule's; the rule's is the ceiling."""
    if hit.severity is not None and hit.severity.rank < rule.severity.rank:
        return hit.severity
    return rule.severity


def selected_rules(policy: Policy, selection: Selection) -> list[RuleSpec]:
    return [
        rule
        for rule in policy.enabled_rules
        if selection.wants(rule.id, rule.category, rule.aliases)
    ]


def build_checks(
    policy: Policy, selection: Selection, context: RunContext | None = None
) -> list[tuple[RuleSpec, CheckFn]]:
    """Compile the enabled, selected message rules' checks once for the run.

    Record rules (quiet hours, frequency...) judge whole logs; ``audit`` builds them.
    """
    context = context or RunContext()
    checks = []
    for rule in selected_rules(policy, selection):
        kind = get_kind(rule.kind)
        if not is_record_kind(kind):
            checks.append((rule, kind.build(rule.options, context)))
    return checks


def evidence_of(hit: Hit, text: str, show_pii: bool) -> str | None:
    if hit.evidence is not None:
        raw: str | None = hit.evidence
    elif hit.start is not None and hit.end is not None:
        raw = text[hit.start : hit.end]
    else:
        raw = None
    if raw is not None and hit.sensitive and not show_pii:
        return mask(raw)
    return raw


def lint_template(
    template: Template,
    checks: list[tuple[RuleSpec, CheckFn]],
    options: RunOptions,
    policy: Policy,
) -> list[Violation]:
    """All violations of one template, after its suppressions."""
    message = Message(template.text, template.lang)
    found: list[Violation] = []
    for rule, check in checks:
        for hit in check(message):
            line, column = template.position(hit.start)
            found.append(
                Violation(
                    rule=rule.id,
                    category=rule.category,
                    severity=severity_of(rule, hit),
                    message=format_message(rule, hit),
                    location=TemplateLocation(template.path, line, column, template.id),
                    evidence=evidence_of(hit, template.text, options.show_pii),
                    policy=rule.pack,
                    citation=rule.citation,
                    sensitive=hit.sensitive,
                )
            )
    found.extend(_unknown_placeholders(template))
    return _apply_suppressions(template, found, options, policy)


def _unknown_placeholders(template: Template) -> Iterator[Violation]:
    for start, _end, why in find_unknown_placeholders(template.text):
        line, column = template.position(start)
        yield _input_violation(
            TemplateLocation(template.path, line, column, template.id),
            f"unknown placeholder syntax: {why}",
            rule=UNKNOWN_PLACEHOLDER,
            severity=Severity.WARNING,
        )


def _apply_suppressions(
    template: Template, found: list[Violation], options: RunOptions, policy: Policy
) -> list[Violation]:
    active: set[str] = set()
    problems: list[Violation] = []
    for sup in template.suppressions:
        where = TemplateLocation(template.path, sup.line, sup.column, template.id)
        rule = policy.rule(sup.rule)
        if rule is None:
            problems.append(
                _input_violation(
                    where,
                    f"suppression names rule '{sup.rule}', which no loaded pack "
                    "defines",
                    rule=UNKNOWN_SUPPRESSION,
                    severity=Severity.WARNING,
                )
            )
        elif sup.expires is not None and sup.expires < options.today:
            problems.append(
                _input_violation(
                    where,
                    f"suppression of '{rule.id}' expired on {sup.expires.isoformat()}; "
                    "fix the template or renew the suppression",
                    rule=EXPIRED_SUPPRESSION,
                    severity=Severity.WARNING,
                )
            )
        else:
            active.add(rule.id)
    kept = [v for v in found if v.rule not in active]
    return kept + problems


def _input_violation(
    location: Location,
    message: str,
    *,
    rule: str = "input-error",
    severity: Severity = Severity.ERROR,
) -> Violation:
    return Violation(
        rule=rule,
        category=Category.INPUT,
        severity=severity,
        message=message,
        location=location,
        evidence=None,
        policy=None,
        citation=None,
    )


def problem_violation(problem: InputProblem) -> Violation:
    return _input_violation(
        problem.location, problem.message, rule=problem.rule, severity=problem.severity
    )


def lint_templates(
    items: Iterable[Template | InputProblem], policy: Policy, options: RunOptions
) -> RunResult:
    """Lint every template; input problems become ``input`` violations."""
    checks = build_checks(policy, options.selection)
    violations: list[Violation] = []
    checked: list[TemplateLocation] = []
    for item in items:
        if isinstance(item, InputProblem):
            found = [problem_violation(item)]
        else:
            checked.append(TemplateLocation(item.path, *item.position(None), item.id))
            found = lint_template(item, checks, options, policy)
        violations.extend(
            v
            for v in found
            if v.category is not Category.INPUT
            or options.selection.wants(v.rule, v.category)
        )
    violations.sort(key=lambda v: v.sort_key)
    return RunResult(
        tool_version=__version__,
        policies=policy.packs,
        scanned=len(checked),
        violations=tuple(violations),
        rules=rule_infos(rule for rule, _check in checks),
        checked=tuple(checked),
    )


def rule_infos(rules: Iterable[RuleSpec]) -> dict[str, RuleInfo]:
    """What reporters may say about the rules that ran, by rule id."""
    return {
        rule.id: RuleInfo(
            summary=rule.summary,
            category=rule.category,
            severity=rule.severity,
            citation=rule.citation,
            description=rule.description,
            confidence=rule.confidence,
            pack=rule.pack,
        )
        for rule in rules
    }


def run_example(
    rule: RuleSpec, example: Example, context: RunContext | None = None
) -> list[Hit]:
    """Hits of one rule on one of its examples (pack examples, ``explain``).

    Pass one ``context`` for many examples so shared detectors are built once.
    """
    context = context or RunContext()
    kind = get_kind(rule.kind)
    if is_record_kind(kind):
        from smslint.logs.examples import run_record_example

        return run_record_example(kind.build(rule.options, context), example, context)
    check = kind.build(rule.options, context)
    text, lang = example.text, example.lang
    return list(check(Message(text, lang or detect_language(text))))


def unreadable_inputs(result: RunResult) -> bool:
    """True when some input could not be read at all (exit code 2)."""
    return any(
        v.category is Category.INPUT and v.severity is Severity.ERROR
        for v in result.violations
    )


__all__ = [
    "RunOptions",
    "Selection",
    "build_checks",
    "lint_templates",
    "run_example",
    "unreadable_inputs",
]
