"""The resolved, frozen shape of policy packs and rules that the engine trusts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from smslint.violations import Category, Severity


@dataclass(frozen=True)
class Example:
    """What a rule must flag (``fail``) or leave alone (``pass``).

    Message rules take a ``text`` (and its language); record rules take ``records``,
    a small send log of field mappings, and ``text`` then only describes it.
    """

    text: str
    lang: str | None = None
    records: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class SourcePos:
    """Where something was written: file, 1-based line and column."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        out = self.path
        if self.line is not None:
            out += f":{self.line}"
            if self.column is not None:
                out += f":{self.column}"
        return out


@dataclass(frozen=True)
class RuleSpec:
    """One rule of a pack, after ``extends`` and overrides have been applied."""

    id: str
    kind: str
    category: Category
    severity: Severity
    message: str
    summary: str
    citation: str | None
    confidence: str
    options: Mapping[str, Any]
    fail_examples: tuple[Example, ...]
    pass_examples: tuple[Example, ...]
    pack: str
    description: str = ""
    effective_from: str | None = None
    effective_until: str | None = None
    aliases: tuple[str, ...] = ()
    source: SourcePos | None = None
    enabled: bool = True
    #: audits judge only recipients whose number is in these countries (ISO
    #: alpha-2); empty means everywhere. From the pack's ``applies_to``.
    countries: tuple[str, ...] = ()

    def with_changes(self, **changes: Any) -> RuleSpec:
        return replace(self, **changes)


@dataclass(frozen=True)
class Pack:
    """One pack file as written (its own rules only; parents are referenced by id)."""

    id: str
    title: str
    version: str
    description: str
    extends: tuple[str, ...]
    rules: tuple[RuleSpec, ...]
    overrides: Mapping[str, Mapping[str, Any]]
    source: SourcePos


@dataclass(frozen=True)
class Policy:
    """The rules that apply to a run: every requested pack with its parents resolved."""

    packs: tuple[str, ...]
    rules: tuple[RuleSpec, ...] = field(default_factory=tuple)
    versions: Mapping[str, str] = field(default_factory=dict)

    def rule(self, rule_id: str) -> RuleSpec | None:
        for rule in self.rules:
            if rule.id == rule_id or rule_id in rule.aliases:
                return rule
        return None

    @property
    def enabled_rules(self) -> tuple[RuleSpec, ...]:
        return tuple(r for r in self.rules if r.enabled)
