"""Readable views of packs and rules: ``rules``, ``explain``, ``policy list/show``.

Generated from the same pack data the engine runs, so the text cannot drift from the
behaviour; ``docs/rules.md`` is produced by :func:`rules_markdown`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from smslint.checks import RunContext
from smslint.engine import run_example
from smslint.errors import UsageError
from smslint.policy import list_builtin, load_policy
from smslint.policy.spec import Example, Policy, RuleSpec
from smslint.policy.strictest import strictest_view


def _policy_for(policies: Sequence[str]) -> Policy:
    return load_policy(list(policies) or [pack.id for pack in list_builtin()])


def rules_table(policies: Sequence[str]) -> str:
    rules = _policy_for(policies).rules
    width = max((len(r.id) for r in rules), default=4)
    lines = [
        f"{'RULE':<{width}}  {'CATEGORY':<15} {'SEVERITY':<8} {'PACK':<12} SUMMARY"
    ]
    for r in rules:
        lines.append(
            f"{r.id:<{width}}  {r.category.value:<15} {r.severity.value:<8} "
            f"{r.pack:<12} {r.summary}"
        )
    return "\n".join(lines)


def packs_table() -> str:
    packs = list_builtin()
    width = max((len(p.id) for p in packs), default=4)
    lines = [f"{'PACK':<{width}}  {'VERSION':<9} {'RULES':>5}  TITLE"]
    for p in packs:
        lines.append(f"{p.id:<{width}}  {p.version:<9} {len(p.rules):>5}  {p.title}")
    return "\n".join(lines)


def find_rule(rule_id: str, policies: Sequence[str]) -> RuleSpec:
    rule = _policy_for(policies).rule(rule_id)
    if rule is None:
        raise UsageError(f"unknown rule '{rule_id}' (see `smslint rules`)")
    return rule


def _example_line(rule: RuleSpec, example: Example, context: RunContext) -> str:
    hits = run_example(rule, example, context)
    verdict = f"{len(hits)} violation(s)" if hits else "clean"
    if example.records:
        rows = "\n".join(f"        {_record_line(r)}" for r in example.records)
        return f"    {example.text}  -> {verdict}\n{rows}"
    lang = f" [{example.lang}]" if example.lang else ""
    return f"    {example.text!r}{lang}  -> {verdict}"


def _example_markdown(example: Example) -> str:
    if not example.records:
        return f"- `{example.text}`"
    rows = "".join(f"\n  - `{_record_line(r)}`" for r in example.records)
    return f"- {example.text}:{rows}"


def _record_line(record: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in record.items())


def explain_rule(rule_id: str, policies: Sequence[str]) -> str:
    rule = find_rule(rule_id, policies)
    effective = ""
    if rule.effective_from or rule.effective_until:
        effective = f"{rule.effective_from or '…'} to {rule.effective_until or 'now'}"
    lines = [
        f"{rule.id}: {rule.summary}",
        "",
        f"  pack:        {rule.pack}",
        f"  kind:        {rule.kind}",
        f"  category:    {rule.category.value}",
        f"  severity:    {rule.severity.value}",
        f"  citation:    {rule.citation or 'none'}",
        f"  confidence:  {rule.confidence}",
    ]
    if effective:
        lines.append(f"  effective:   {effective}")
    if rule.aliases:
        lines.append(f"  aliases:     {', '.join(rule.aliases)}")
    if rule.countries:
        countries = ", ".join(rule.countries)
        lines.append(f"  applies to:  recipients in {countries} (audits)")
    if rule.description:
        lines += ["", *("  " + line for line in rule.description.strip().splitlines())]
    lines += ["", "  Fails:"]
    context = RunContext()
    lines += [_example_line(rule, ex, context) for ex in rule.fail_examples]
    lines += ["", "  Passes:"]
    lines += [_example_line(rule, ex, context) for ex in rule.pass_examples]
    return "\n".join(lines)


def _rule_dict(rule: RuleSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule.id,
        "pack": rule.pack,
        "kind": rule.kind,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "enabled": rule.enabled,
        "summary": rule.summary,
        "citation": rule.citation,
        "confidence": rule.confidence,
        "options": _plain(rule.options),
    }
    if rule.effective_from or rule.effective_until:
        out["effective"] = {"from": rule.effective_from, "until": rule.effective_until}
    if rule.countries:
        out["applies_to"] = list(rule.countries)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def show_policy(packs: Sequence[str]) -> str:
    policy = load_policy(list(packs))
    doc = {
        "packs": list(policy.packs),
        "versions": dict(policy.versions),
        # every rule still reports on its own; this is what is left allowed
        "strictest": strictest_view(policy),
        "rules": [_rule_dict(r) for r in policy.rules],
    }
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def kinds_markdown() -> list[str]:
    """Each check kind: its documentation and its options."""
    from smslint.checks import KINDS, get_kind

    out = [
        "## Check kinds",
        "",
        "A rule's `kind` names the code that runs; its `options` configure it.",
        "",
    ]
    for name in KINDS:
        kind = get_kind(name)
        out += [
            f"### Kind `{name}`",
            "",
            (kind.__doc__ or "").strip(),
            "",
            "| option | default | meaning |",
            "|---|---|---|",
        ]
        for option, schema in kind.OPTIONS_SCHEMA.get("properties", {}).items():
            default = json.dumps(kind.DEFAULTS.get(option), ensure_ascii=False)
            meaning = " ".join(schema.get("description", "").split())
            out.append(f"| `{option}` | `{default}` | {meaning} |")
        out.append("")
    return out


def rules_markdown() -> str:
    """The whole rule reference, for ``docs/rules.md``."""
    out = [
        "# Rule reference",
        "",
        "Generated from the built-in packs and check kinds by "
        "`python -m smslint.explain > docs/rules.md`; do not edit by hand.",
        "",
    ]
    for pack in list_builtin():
        policy = load_policy([pack.id])
        own = [r for r in policy.rules if r.pack == pack.id]
        out += [f"## Pack `{pack.id}` — {pack.title}", "", pack.description.strip(), ""]
        for rule in own:
            out += [
                f"### `{rule.id}`",
                "",
                rule.summary,
                "",
                f"- kind: `{rule.kind}`; category: `{rule.category.value}`; "
                f"default severity: `{rule.severity.value}`",
                f"- citation: {rule.citation or 'none'} "
                f"(confidence: {rule.confidence})",
            ]
            if rule.effective_from or rule.effective_until:
                until = rule.effective_until or "now"
                out.append(f"- effective: {rule.effective_from or '…'} to {until}")
            if rule.countries:
                out.append(f"- applies to recipients in: {', '.join(rule.countries)}")
            if not rule.enabled:
                out.append("- shipped switched off (turn on with `overrides`)")
            if rule.description:
                out += ["", rule.description.strip()]
            out += [
                "",
                "Options:",
                "",
                "```yaml",
                yaml.safe_dump(
                    _plain(rule.options), allow_unicode=True, sort_keys=False, width=88
                ).rstrip(),
                "```",
            ]
            out += ["", "Fails:", ""]
            out += [_example_markdown(ex) for ex in rule.fail_examples]
            out += ["", "Passes:", ""]
            out += [_example_markdown(ex) for ex in rule.pass_examples]
            out.append("")
    out += kinds_markdown()
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(rules_markdown(), end="")
