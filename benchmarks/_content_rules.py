"""Shared by the content benchmarks: which rules are "content rules" and how to run them.

A content rule is an enabled rule of the pack whose ``kind`` is ``lexicon``, ``learned`` or
``pii_text``. Rules are chosen by kind and category, never by id, so the benchmarks
keep working whatever the rules are called. Each rule is compiled on its own, so a
rule whose kind is not implemented yet (or fails to build) is reported, not fatal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from smslint.checks import CheckFn, RunContext
from smslint.engine import Selection, build_checks
from smslint.policy import RuleSpec, load_policy

CONTENT_KINDS = ("lexicon", "pii_text", "learned")
CONTENT_CATEGORIES = (
    "pii",
    "threat",
    "shaming",
    "impersonation",
    "obscene",
    "third_party",
)


@dataclass
class RuleSet:
    """The compiled rules of one selection, and what could not be compiled."""

    packs: list[str]
    checks: list[tuple[RuleSpec, CheckFn]] = field(default_factory=list)
    build_errors: list[str] = field(default_factory=list)

    @property
    def categories(self) -> set[str]:
        return {rule.category.value for rule, _ in self.checks}

    def describe(self) -> list[dict[str, str]]:
        return [
            {"id": r.id, "kind": r.kind, "category": r.category.value}
            for r, _ in self.checks
        ]


def load_rules(packs: Iterable[str], kinds: Iterable[str]) -> RuleSet:
    """Compile every enabled rule of ``packs`` whose kind is in ``kinds``."""
    packs = list(packs)
    wanted = set(kinds)
    try:
        policy = load_policy(packs)
    except Exception as exc:  # noqa: BLE001 - a broken pack ends the benchmark cleanly
        raise SystemExit(f"could not load pack(s) {', '.join(packs)}: {exc}") from None
    result = RuleSet(packs=packs)
    context = RunContext()  # shared, so rules share lazily built detectors as in a run
    for rule in policy.enabled_rules:
        if rule.kind not in wanted:
            continue
        try:
            built = build_checks(
                policy, Selection(select=frozenset({rule.id})), context
            )
        except Exception as exc:  # noqa: BLE001 - report and go on: a benchmark, not a run
            result.build_errors.append(
                f"{rule.id} (kind {rule.kind}): {type(exc).__name__}: {exc}"
            )
            continue
        result.checks.extend((r, fn) for r, fn in built if r.id == rule.id)
    return result
