"""The example company pack that docs/writing-a-pack.md walks through.

``docs/examples/acme-pack.yaml`` must validate, load on top of ``uk-fca-conc``, and
have examples that behave as labelled; its overrides must do what the guide says;
every YAML snippet of the guide must be quoted from it, and the error messages the
guide shows must be the ones smslint prints.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import REPO

from smslint.checks import RunContext
from smslint.cli import main
from smslint.engine import run_example
from smslint.policy import load_policy, validate_file
from smslint.policy.spec import Example

PACK = REPO / "docs" / "examples" / "acme-pack.yaml"
GUIDE = REPO / "docs" / "writing-a-pack.md"
PACK_ID = "acme-uk"

POLICY = load_policy([str(PACK)])
OWN_RULES = [rule for rule in POLICY.rules if rule.pack == PACK_ID]
EXAMPLES = [
    pytest.param(rule, example, expected, id=f"{rule.id}-{expected}-{i}")
    for rule in OWN_RULES
    for expected, examples in (
        ("fail", rule.fail_examples),
        ("pass", rule.pass_examples),
    )
    for i, example in enumerate(examples)
]


@pytest.fixture(scope="module")
def context():
    return RunContext()


def _rule(rule_id: str, policy=POLICY):
    rule = policy.rule(rule_id)
    assert rule is not None, rule_id
    return rule


def test_pack_is_valid():
    assert validate_file(PACK) == []


def test_pack_extends_the_uk_pack_and_core():
    assert [pack for pack in POLICY.versions] == ["core", "uk-fca-conc", PACK_ID]
    assert {rule.id for rule in OWN_RULES} == {
        "acme-weekly-cap",
        "acme-daily-cap",
        "acme-contact-hours",
        "acme-sender-name",
    }


@pytest.mark.parametrize(("rule", "example", "expected"), EXAMPLES)
def test_examples_behave_as_labelled(rule, example, expected, context):
    hits = run_example(rule, example, context)
    if expected == "fail":
        assert hits, f"{rule.id} should flag: {example.text!r}"
    else:
        assert hits == [], f"{rule.id} should pass: {example.text!r}"


def test_every_own_rule_has_both_kinds_of_example():
    for rule in OWN_RULES:
        assert rule.fail_examples and rule.pass_examples, rule.id


def test_overrides_switch_rules_and_severities():
    assert _rule("fca-debt-advice-signpost").enabled
    assert not _rule("sender-identification").enabled
    assert _rule("opt-out-instruction").severity.value == "error"
    # the UK pack ships both switched off; Acme turns on only the first
    uk = load_policy(["uk-fca-conc"])
    assert not _rule("fca-debt-advice-signpost", uk).enabled
    assert not _rule("fca-pressure-to-raise-funds", POLICY).enabled


@pytest.mark.parametrize(
    ("rule_id", "text", "flagged"),
    [
        # opt-out wording: Acme's phrase, at the end
        (
            "opt-out-instruction",
            "Acme Finance: a reminder. Reply STOP to opt out",
            False,
        ),
        (
            "opt-out-instruction",
            "Acme Finance: Reply STOP to opt out. A reminder.",
            True,
        ),
        ("opt-out-instruction", "Acme Finance: a reminder. Text STOP to 60777", True),
        # phrases were replaced whole: Chinese messages are no longer judged
        ("opt-out-instruction", "【某某银行】您的账单已到期，请及时还款。", False),
        # placeholder vocabulary
        (
            "pii-placeholder",
            "Acme Finance: email {handler_email} or visit {store_address}.",
            False,
        ),
        (
            "pii-placeholder",
            "Acme Finance: your NI number {niNumber} is on file.",
            True,
        ),
        (
            "pii-placeholder",
            "Acme Finance: your NI number {NI_NUMBER} is on file.",
            True,
        ),
        (
            "pii-placeholder",
            "Acme Finance: your sort code {sort_code} is on file.",
            True,
        ),
        ("pii-placeholder", "Acme Finance: we have written to {flatmate_name}.", True),
        # the branch address is Acme's own
        (
            "pii-in-text",
            "Acme Finance: payments are also accepted at 12 Park Row, Leeds LS1 5JL.",
            False,
        ),
        # the signpost rule is on
        (
            "fca-debt-advice-signpost",
            "Acme Finance: a reminder. Reply STOP to opt out",
            True,
        ),
        (
            "fca-debt-advice-signpost",
            "Acme Finance: Free debt advice: MoneyHelper. Reply STOP to opt out",
            False,
        ),
    ],
)
def test_overridden_rules_behave_as_the_guide_says(rule_id, text, flagged, context):
    hits = run_example(_rule(rule_id), Example(text), context)
    assert bool(hits) is flagged, (rule_id, text, hits)


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("pii-placeholder", "Acme Finance: email {handler_email} today."),
        ("pii-placeholder", "Acme Finance: visit {store_address} today."),
        (
            "pii-in-text",
            "Acme Finance: payments are also accepted at 12 Park Row, Leeds LS1 5JL.",
        ),
    ],
)
def test_core_alone_flags_what_the_overrides_allow(rule_id, text, context):
    """The guide's reasons for the overrides hold: without them, these are flagged."""
    assert run_example(_rule(rule_id, load_policy(["core"])), Example(text), context)


def test_core_alone_does_not_know_the_extra_placeholder_terms(context):
    core = _rule("pii-placeholder", load_policy(["core"]))
    for name in ("niNumber", "sort_code", "flatmate_name"):
        text = f"Acme Finance: we have your {{{name}}} on file."
        assert run_example(core, Example(text), context) == [], name


def test_every_yaml_snippet_of_the_guide_is_quoted_from_the_pack():
    guide = GUIDE.read_text(encoding="utf-8")
    pack = PACK.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, flags=re.DOTALL)
    assert len(blocks) >= 8
    for block in blocks:
        assert block in pack, f"not in {PACK.name}:\n{block}"


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def test_validate_output_in_the_guide_is_real(monkeypatch):
    monkeypatch.chdir(REPO)
    code, out = _cli("policy", "validate", "docs/examples/acme-pack.yaml")
    assert code == 0
    assert out.strip() in GUIDE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("      position: start\n", "      postion: start\n"),
        ("\n  opt-out-instruction:\n", "\n  opt-out-instructions:\n"),
    ],
)
def test_validation_errors_in_the_guide_are_real(old, new, tmp_path, monkeypatch):
    text = PACK.read_text(encoding="utf-8")
    assert text.count(old) == 1
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "acme-uk.yaml").write_text(
        text.replace(old, new), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out = _cli("policy", "validate", "packs/acme-uk.yaml")
    assert code == 2
    (line,) = out.strip().splitlines()
    assert line in GUIDE.read_text(encoding="utf-8")
