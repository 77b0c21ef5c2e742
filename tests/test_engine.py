"""The engine: selection, locations, masking, suppressions and input problems."""

from __future__ import annotations

import datetime as dt

import pytest

from smslint.catalogs import Suppression
from smslint.engine import (
    RunOptions,
    Selection,
    evidence_of,
    format_message,
    lint_templates,
)
from smslint.policy import load_policy
from smslint.privacy import mask
from smslint.sourcemap import LineIndex, SourceMap
from smslint.templates import Template
from smslint.violations import Category, Hit, InputProblem, Severity, TemplateLocation

POLICY = load_policy(["core"])
CLEAN = "Acme Recovery: Hi {name}, ${amount} is due. Reply STOP to opt out."


def template(
    text: str, suppressions=(), lang: str = "en", prefix: str = ""
) -> Template:
    """A template whose text starts after ``prefix`` in a made-up file."""
    source = prefix + text
    smap = SourceMap.from_offsets(
        LineIndex(source), range(len(prefix), len(source) + 1)
    )
    return Template("cat.yaml", "t1", text, lang, True, smap, tuple(suppressions))


def rules_of(result) -> list[str]:
    return [v.rule for v in result.violations]


def test_clean_template_has_no_violations():
    result = lint_templates([template(CLEAN)], POLICY, RunOptions())
    assert result.violations == () and result.scanned == 1


def test_hit_location_comes_from_the_source_map():
    text = "Acme Recovery: SSN {ssn}. Reply STOP to opt out."
    result = lint_templates([template(text, prefix='a: 1\nb: "')], POLICY, RunOptions())
    (v,) = result.violations
    assert v.location == TemplateLocation("cat.yaml", 2, 5 + text.index("{ssn}"), "t1")
    assert (v.policy, v.category, v.severity) == ("core", Category.PII, Severity.ERROR)


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (
            Selection(),
            ["pii-placeholder", "opt-out-instruction", "sender-identification"],
        ),
        (Selection(select=frozenset({"pii"})), ["pii-placeholder"]),
        (Selection(select=frozenset({"opt-out-instruction"})), ["opt-out-instruction"]),
        (
            Selection(ignore=frozenset({"pii", "identification"})),
            ["opt-out-instruction"],
        ),
    ],
)
def test_select_and_ignore(selection, expected):
    result = lint_templates(
        [template("Hi, SSN {ssn}.")], POLICY, RunOptions(selection=selection)
    )
    assert sorted(rules_of(result)) == sorted(expected)


def test_suppression_hides_until_it_expires():
    sup = Suppression(
        "opt-out-instruction",
        "app chat has its own opt-out",
        dt.date(2026, 6, 30),
        3,
        9,
    )
    text = "Acme Recovery: Hi {name}, ${amount} is due."
    before = RunOptions(today=dt.date(2026, 6, 30))
    assert lint_templates([template(text, [sup])], POLICY, before).violations == ()
    after = lint_templates(
        [template(text, [sup])], POLICY, RunOptions(today=dt.date(2026, 7, 1))
    )
    assert sorted(rules_of(after)) == ["expired-suppression", "opt-out-instruction"]
    expired = next(v for v in after.violations if v.rule == "expired-suppression")
    assert expired.category is Category.INPUT and expired.severity is Severity.WARNING
    assert (expired.location.line, expired.location.column) == (3, 9)


def test_suppression_by_alias_and_of_unknown_rule():
    unknown = Suppression("no-such-rule", "typo", None, 5, 7)
    result = lint_templates([template(CLEAN, [unknown])], POLICY, RunOptions())
    assert rules_of(result) == ["unknown-suppression"]


def test_unknown_placeholder_syntax_is_a_warning_input_problem():
    result = lint_templates([template(CLEAN + " [[ref]]")], POLICY, RunOptions())
    (v,) = result.violations
    assert (v.rule, v.category, v.severity) == (
        "unknown-placeholder",
        Category.INPUT,
        Severity.WARNING,
    )
    assert "[[ref]]" in v.message


def test_input_problems_become_input_violations_and_are_not_scanned():
    problem = InputProblem(TemplateLocation("bad.txt", 1, 1), "binary file")
    result = lint_templates([problem, template(CLEAN)], POLICY, RunOptions())
    assert result.scanned == 1 and result.input_errors == 1
    (v,) = result.violations
    assert (v.rule, v.category, v.message) == (
        "input-error",
        Category.INPUT,
        "binary file",
    )


def test_sensitive_evidence_is_masked_unless_asked():
    text = "card 4111 1111 1111 1111 due"
    hit = Hit(5, 24, sensitive=True)
    assert evidence_of(hit, text, show_pii=False) == "**** **** **** 1111"
    assert evidence_of(hit, text, show_pii=True) == "4111 1111 1111 1111"
    assert evidence_of(Hit(0, 4), text, show_pii=False) == "card"
    assert evidence_of(Hit(), text, show_pii=False) is None


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("110101199003074514", "**************4514"),
        ("abc", "abc"),
        ("zhang@example.cn", "***********le.cn"),
        ("+1 (212) 555-0143", "** (***) ***-0143"),
        ("", ""),
    ],
)
def test_mask_keeps_at_most_four_characters(value, masked):
    assert mask(value) == masked
    assert (
        sum(1 for a, b in zip(value, masked, strict=False) if a == b and a.isalnum())
        <= 4
    )


def test_message_fields_missing_from_a_hit_stay_visible():
    rule = POLICY.rule("opt-out-instruction")
    assert format_message(rule, Hit(args={})) == (
        "no opt-out instruction; add one such as '{expected}'"
    )


def test_a_hit_may_be_milder_than_its_rule_but_never_harsher():
    from smslint.engine import severity_of

    rule = POLICY.rule("pii-placeholder")  # error
    assert severity_of(rule, Hit(severity=Severity.WARNING)) is Severity.WARNING
    assert severity_of(rule, Hit()) is Severity.ERROR
    milder = rule.with_changes(severity=Severity.INFO)
    assert severity_of(milder, Hit(severity=Severity.ERROR)) is Severity.INFO
