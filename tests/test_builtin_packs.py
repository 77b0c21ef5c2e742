"""Meta-tests over the built-in packs: every rule documents and tests itself.

Each rule's ``examples`` run here: every ``fail`` example must produce a violation of
that rule and every ``pass`` example none. A rule without a citation, a confidence, a
failing and a passing example, or a section in docs/rules.md fails the suite.
"""

from __future__ import annotations

import pytest
from conftest import REPO

from smslint.checks import KINDS, RunContext
from smslint.engine import run_example
from smslint.explain import rules_markdown
from smslint.policy import builtin_pack_dir, list_builtin, load_policy, validate_file

PACKS = list_builtin()
RULES = [
    rule
    for pack in PACKS
    for rule in load_policy([pack.id]).rules
    if rule.pack == pack.id
]
EXAMPLES = [
    pytest.param(rule, example, expected, id=f"{rule.id}-{expected}-{i}")
    for rule in RULES
    for expected, examples in (
        ("fail", rule.fail_examples),
        ("pass", rule.pass_examples),
    )
    for i, example in enumerate(examples)
]


@pytest.mark.parametrize(
    "path", sorted(builtin_pack_dir().glob("*.yaml")), ids=lambda p: p.stem
)
def test_builtin_pack_is_fully_valid(path):
    # load_policy trusts built-in packs on the hot path; this is where they are checked
    assert validate_file(path) == []


@pytest.fixture(scope="module")
def context():
    """One run context for all examples, as in a real run: detectors built once."""
    return RunContext()


@pytest.mark.parametrize(("rule", "example", "expected"), EXAMPLES)
def test_rule_examples_behave_as_labelled(rule, example, expected, context):
    hits = run_example(rule, example, context)
    if expected == "fail":
        assert hits, f"{rule.id} should flag: {example.text!r}"
    else:
        assert hits == [], f"{rule.id} should pass: {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_cited_explained_and_exemplified(rule):
    assert rule.citation and rule.citation.strip()
    assert rule.confidence in {"verified", "secondary", "unverified"}
    assert rule.summary.strip() and rule.message.strip()
    assert rule.fail_examples and rule.pass_examples


def test_rule_ids_are_unique_across_builtin_packs():
    names = [name for rule in RULES for name in (rule.id, *rule.aliases)]
    assert len(names) == len(set(names))


def test_every_kind_is_used_by_a_builtin_rule():
    assert {rule.kind for rule in RULES} == set(KINDS)


def test_rules_reference_is_up_to_date():
    """docs/rules.md is generated; regenerate with `python -m smslint.explain`."""
    written = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == rules_markdown(), "run: python -m smslint.explain > docs/rules.md"


SHIPPED_IDS = REPO / "tests" / "data" / "shipped_rule_ids.txt"


def _shipped_ids() -> list[str]:
    lines = SHIPPED_IDS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_shipped_rule_ids_stay_valid():
    """Ids are a contract (--select, suppressions, baselines): a renamed rule keeps
    its old id as an alias, so every id ever shipped still names a rule."""
    names = {name for rule in RULES for name in (rule.id, *rule.aliases)}
    lost = [rule_id for rule_id in _shipped_ids() if rule_id not in names]
    assert not lost, f"add these as aliases of the renamed rules: {lost}"


def test_every_rule_id_is_recorded_as_shipped():
    missing = sorted({rule.id for rule in RULES} - set(_shipped_ids()))
    assert not missing, f"append to tests/data/shipped_rule_ids.txt: {missing}"
