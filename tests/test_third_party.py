"""Record kind ``third_party``: debt mentioned in messages to non-debtor recipients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from smslint.checks import RunContext, is_record_kind, options_with_defaults
from smslint.checks import third_party as kind
from smslint.logs.context import AuditContext
from smslint.logs.table import connect, create_records
from smslint.violations import Hit

FIELDS = frozenset({"sent_at", "recipient", "body", "recipient_relation", "direction"})
DEBT = "Acme: your payment of $120 is overdue."
LOCATION = (
    "Hi, please ask Tom to call us at 800-555-0100 about an important personal matter"
)


@pytest.fixture(scope="module")
def context() -> RunContext:
    return RunContext()


def record(relation: str | None, body: str = DEBT, **extra: Any) -> dict:
    return {
        "sent_at": "2026-03-02T10:00:00Z",
        "recipient": "+14155550100",
        "relation": relation,
        "body": body,
        **extra,
    }


def run(
    rows: Sequence[Mapping[str, Any]],
    context: RunContext,
    options: Mapping[str, Any] | None = None,
) -> list[tuple[int, Hit]]:
    con = connect(threads=1)
    try:
        create_records(con, rows)
        check = kind.build(options_with_defaults(kind, options or {}), context)
        return list(check.run(AuditContext(con, FIELDS, detectors=context)))
    finally:
        con.close()


def flagged(rows: Sequence[Mapping[str, Any]], context: RunContext, **options) -> list:
    return [seq for seq, _ in run(rows, context, options)]


def test_kind_contract(context: RunContext):
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(kind.OPTIONS_SCHEMA)
    Draft202012Validator(kind.OPTIONS_SCHEMA).validate(kind.DEFAULTS)
    assert kind.KIND == "third_party" and is_record_kind(kind)
    assert kind.OPTIONS_SCHEMA["additionalProperties"] is False
    check = kind.build(kind.DEFAULTS, context)
    assert check.needs == frozenset({"recipient_relation"})


@pytest.mark.parametrize("relation", ["family", "employer", "contact"])
def test_each_third_party_relation_is_flagged(context: RunContext, relation: str):
    ((seq, hit),) = run([record(relation)], context)
    assert seq == 1
    assert hit.args == {
        "relation": relation,
        "term": "payment",
        "direction": "outbound",
    }
    assert hit.evidence.endswith('; the body mentions the debt ("payment")')
    assert relation in hit.evidence


def test_evidence_wording(context: RunContext):
    ((_, hit),) = run([record("family", "Tell him his loan is 2 months late")], context)
    assert (
        hit.evidence
        == 'sent to a family recipient; the body mentions the debt ("loan")'
    )


def test_self_is_never_flagged(context: RunContext):
    rows = [record("self"), record("self", "您的欠款已逾期")]
    assert flagged(rows, context) == []
    assert flagged(rows, context, include_unknown=True) == []


def test_unknown_counts_only_when_asked(context: RunContext):
    rows = [record("unknown"), record(None), record("family")]
    assert flagged(rows, context) == [3]
    hits = run(rows, context, {"include_unknown": True})
    assert [seq for seq, _ in hits] == [1, 2, 3]
    assert "a recipient of unknown relation" in hits[0][1].evidence


def test_relations_option_narrows(context: RunContext):
    rows = [record("family"), record("employer"), record("contact")]
    assert flagged(rows, context, relations=["employer"]) == [2]
    assert flagged(rows, context, relations=[]) == []


def test_inbound_is_never_flagged_by_default(context: RunContext):
    rows = [record("family", direction="inbound"), record("family")]
    assert flagged(rows, context) == [2]
    hits = run(rows, context, {"directions": ["outbound", "inbound"]})
    assert [seq for seq, _ in hits] == [1, 2]
    assert hits[0][1].evidence.startswith("received from a family recipient")


def test_a_third_party_message_without_debt_is_clean(context: RunContext):
    rows = [
        record("family", LOCATION),
        record("employer", "Please ask Ann to call Acme at 400-800-1234."),
        record("contact", "您好，请转告张先生回电 400-800-1234，谢谢"),
    ]
    assert flagged(rows, context) == []


@pytest.mark.parametrize(
    "body",
    [
        "请转告您的家人，他的欠款已逾期",
        "他的欠 款已经逾 期",
        "請轉告他，貸款已逾期",
        "逾期",
        "Tell Tom he 0wes us",
        "Your son's account is p a s t d u e",
    ],
)
def test_chinese_and_disguised_bodies(context: RunContext, body: str):
    assert flagged([record("family", body)], context) == [1]


def test_debt_terms_option_replaces_the_defaults(context: RunContext):
    rows = [record("family", "Su deuda vence hoy"), record("family")]
    assert flagged(rows, context, debt_terms={"es": ["deuda"]}, amount_terms={}) == [1]


def test_one_body_sent_many_times(context: RunContext):
    rows = [record("family"), record("self"), record("contact"), record("family")]
    assert flagged(rows, context) == [1, 3, 4]


def test_evidence_never_quotes_bodies_or_numbers(context: RunContext):
    for _seq, hit in run([record("contact")], context):
        text = hit.evidence + repr(dict(hit.args))
        assert "+1415" not in text and "$120" not in text and "Acme" not in text
