"""Rules composed across packs: each pack's own rules, then its overrides, in order.

Packs come parents first (see :mod:`.loader`). A pack adds its rules, which may not
reuse an id or alias that an earlier pack took; its ``overrides`` may change only
rules it inherited. The user's config ``overrides`` are applied last, to the whole
resolved policy, and any rule's changed ``options`` are validated again.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from smslint.errors import ConfigError, PolicyError, SmslintError
from smslint.policy.messages import schema_problems
from smslint.policy.packfile import PackFile, normalize_override
from smslint.policy.schema import Validators, rule_names
from smslint.policy.spec import RuleSpec
from smslint.policy.yamlmarks import Marks
from smslint.violations import Severity


def compose(
    layers: Iterable[tuple[PackFile, set[str]]], validators: Validators
) -> tuple[list[RuleSpec], list[SmslintError]]:
    """The rules of packs given parents first, each with the ids of its ancestors.

    Returns the rules and every error found; the rules are unusable if there are any.
    """
    rules: dict[str, RuleSpec] = {}
    errors: list[SmslintError] = []
    for file, ancestors in layers:
        errors += _add_rules(file, ancestors, rules)
        names = _names(rules.values())
        for name, change in file.pack.overrides.items():
            marks = file.marks.child("overrides", name)
            target = names.get(name)
            if target is None or target.pack not in ancestors:
                message = _not_inherited(name, target, file.pack.id)
                errors.append(marks.error(PolicyError, (), message, at_key=True))
                continue
            rules[target.id], problems = override(
                target, change, marks, PolicyError, validators
            )
            errors += problems
    return list(rules.values()), errors


def apply_user_overrides(
    rules: Sequence[RuleSpec],
    overrides: Mapping[str, Any],
    marks: Marks,
    validators: Validators,
) -> tuple[RuleSpec, ...]:
    """The config's overrides applied to the resolved rules (ConfigError if bad)."""
    for problem in schema_problems(validators.overrides, overrides):
        raise problem.error(marks, ConfigError)
    result = {rule.id: rule for rule in rules}
    names = _names(rules)
    for name, change in overrides.items():
        if name not in names:
            message = f"unknown rule {name!r} (`smslint rules` lists them)"
            raise marks.error(ConfigError, (name,), message, at_key=True)
        target = result[names[name].id]
        changed, errors = override(
            target,
            normalize_override(change),
            marks.child(name),
            ConfigError,
            validators,
        )
        if errors:
            raise errors[0]
        result[target.id] = changed
    return tuple(result.values())


def override(
    rule: RuleSpec,
    change: Mapping[str, Any],
    marks: Marks,
    error: type[SmslintError],
    validators: Validators,
) -> tuple[RuleSpec, list[SmslintError]]:
    """``rule`` changed by one override, and what is wrong with the new options."""
    changes: dict[str, Any] = {}
    errors: list[SmslintError] = []
    if "severity" in change:
        changes["severity"] = Severity(change["severity"])
    if "enabled" in change:
        changes["enabled"] = change["enabled"]
    if "options" in change:
        merged = {**rule.options, **change["options"]}
        errors = [
            p.error(marks, error, under=("options",))
            for p in validators.options_problems(rule.kind, merged)
        ]
        changes["options"] = copy.deepcopy(merged)
    return rule.with_changes(**changes), errors


def _add_rules(
    file: PackFile, ancestors: set[str], rules: dict[str, RuleSpec]
) -> list[SmslintError]:
    """Add a pack's own rules; an id or alias taken by another pack is an error."""
    errors: list[SmslintError] = []
    names = _names(rules.values())
    for i, rule in enumerate(file.pack.rules):
        own = rule_names(("rules", i), rule.id, rule.aliases)
        taken = [(keys, name, names[name]) for keys, name in own if name in names]
        for keys, name, owner in taken:
            hint = "; change it with 'overrides'" if owner.pack in ancestors else ""
            message = (
                f"rule {name!r} is already defined by pack {owner.pack!r}"
                f" ({owner.source}){hint}"
            )
            errors.append(file.marks.error(PolicyError, keys, message))
        if not taken:
            rules[rule.id] = rule
    return errors


def _not_inherited(name: str, target: RuleSpec | None, pack_id: str) -> str:
    if target is None:
        return f"unknown rule {name!r}: no pack that {pack_id!r} extends defines it"
    if target.pack == pack_id:
        return (
            f"rule {name!r} is defined in this pack: change it there, not in overrides"
        )
    return (
        f"rule {name!r} comes from pack {target.pack!r},"
        f" which {pack_id!r} does not extend"
    )


def _names(rules: Iterable[RuleSpec]) -> dict[str, RuleSpec]:
    """Every rule id and alias -> its rule."""
    return {name: rule for rule in rules for name in (rule.id, *rule.aliases)}
