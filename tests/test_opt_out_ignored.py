"""Record kind ``opt_out_ignored``: sends to a number after it opted out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from smslint.checks import RunContext, is_record_kind, options_with_defaults
from smslint.checks import opt_out_ignored as kind
from smslint.errors import PolicyError
from smslint.logs.context import AuditContext
from smslint.logs.table import connect, create_records
from smslint.violations import Hit

NUMBER = "+14155550100"
OTHER = "+14155550199"
FIELDS = frozenset({"sent_at", "recipient", "body", "direction", "debtor_id"})


@pytest.fixture(scope="module")
def context() -> RunContext:
    """One run context for the module, so the vocabulary is compiled once."""
    return RunContext()


def at(day: int, hour: int, minute: int = 0) -> str:
    return f"2026-03-{day:02d}T{hour:02d}:{minute:02d}:00Z"


def send(when: str, body: str = "Acme: your payment is due.", **extra: Any) -> dict:
    return {"sent_at": when, "recipient": NUMBER, "body": body, **extra}


def reply(when: str, body: str = "STOP", **extra: Any) -> dict:
    return {**send(when, body, **extra), "direction": "inbound"}


CONFIRMATION = "Acme: you are unsubscribed and will get no more texts."


def confirm(when: str, **extra: Any) -> dict:
    """The one message allowed after an opt-out: one that confirms it."""
    return send(when, CONFIRMATION, **extra)


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


def test_kind_contract():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(kind.OPTIONS_SCHEMA)
    Draft202012Validator(kind.OPTIONS_SCHEMA).validate(kind.DEFAULTS)
    assert kind.KIND == "opt_out_ignored" and is_record_kind(kind)
    assert kind.OPTIONS_SCHEMA["additionalProperties"] is False
    assert kind.DEFAULTS["grace"] == {"hours": 24}


def test_needs_the_direction_field(context: RunContext):
    assert kind.build(kind.DEFAULTS, context).needs == frozenset({"direction"})


def test_stop_then_two_sends_the_first_is_the_confirmation(context: RunContext):
    rows = [
        send(at(2, 10)),
        reply(at(2, 14, 5)),
        send(at(2, 14, 6), "Acme: you will get no more texts."),
        send(at(2, 18)),
    ]
    assert flagged(rows, context) == [4]


def test_first_send_after_the_grace_is_flagged(context: RunContext):
    rows = [reply(at(2, 14, 5)), send(at(3, 20, 5))]
    ((seq, hit),) = run(rows, context)
    assert seq == 2
    assert hit.evidence == (
        "opted out 2026-03-02 14:05 UTC (log row 1); 30 h later, past the 24 h"
        " allowed for a confirmation"
    )
    assert hit.args["opted_out_at"] == "2026-03-02 14:05 UTC"
    assert hit.args["opt_out"] == "log row 1"


def test_grace_hours_are_an_option(context: RunContext):
    rows = [reply(at(2, 14)), confirm(at(2, 16))]
    assert flagged(rows, context) == []
    assert flagged(rows, context, grace={"hours": 1}) == [2]
    assert flagged(rows, context, grace={"hours": 0}) == [2]


def test_evidence_counts_messages_and_names_the_file(context: RunContext):
    rows = [
        reply(at(2, 14, 5), file="logs/a.csv", row=812),
        confirm(at(2, 14, 6), file="logs/a.csv", row=813),
        send(at(2, 15), file="logs/b.csv", row=9),
    ]
    ((seq, hit),) = run(rows, context)
    assert hit.evidence == (
        "opted out 2026-03-02 14:05 UTC (logs/a.csv row 812); message 2 to this"
        " number since then"
    )
    assert hit.args["sends"] == 2


def test_evidence_never_quotes_bodies_or_numbers(context: RunContext):
    rows = [reply(at(2, 14), "STOP texting me"), send(at(2, 15)), send(at(2, 16))]
    for _seq, hit in run(rows, context):
        text = hit.evidence + repr(dict(hit.args))
        assert NUMBER not in text and "5550100" not in text
        assert "texting" not in text and "payment" not in text


def test_stop_then_start_then_send_is_clean(context: RunContext):
    rows = [
        reply(at(2, 14)),
        confirm(at(2, 14, 1)),
        reply(at(3, 9), "START"),
        send(at(4, 9)),
        send(at(5, 9)),
    ]
    assert flagged(rows, context) == []


def test_a_stop_after_an_opt_in_starts_again(context: RunContext):
    rows = [
        reply(at(2, 14)),
        reply(at(3, 9), "UNSTOP"),
        send(at(3, 10)),
        reply(at(4, 9), "stop texting me"),  # row 4
        confirm(at(4, 9, 1)),  # its confirmation
        send(at(5, 9)),
    ]
    ((seq, hit),) = run(rows, context)
    assert seq == 6
    assert "(log row 4)" in hit.evidence


def test_the_opt_out_belongs_to_the_number_across_debtors(context: RunContext):
    rows = [
        send(at(2, 9), debtor_id="D-1"),
        reply(at(2, 14), debtor_id="D-1"),
        confirm(at(2, 14, 1), debtor_id="D-1"),
        send(at(3, 9), debtor_id="D-2"),  # the family's other debtor, same phone
        {**send(at(3, 9), debtor_id="D-3"), "recipient": OTHER},
    ]
    assert flagged(rows, context) == [4]


def test_unsorted_input_is_judged_in_time_order(context: RunContext):
    rows = [
        send(at(5, 9)),
        send(at(2, 9)),
        reply(at(3, 9)),
        confirm(at(3, 10)),
        send(at(4, 9)),
    ]
    assert flagged(rows, context) == [1, 5]


def test_a_reply_that_is_not_an_opt_out_changes_nothing(context: RunContext):
    rows = [
        reply(at(2, 14), "don't stop my payment plan"),
        send(at(2, 15)),
        send(at(3, 15)),
        reply(at(4, 14), "不要停止我的还款计划"),
        send(at(4, 15)),
    ]
    assert flagged(rows, context) == []


def test_repeated_stops_each_allow_one_confirmation(context: RunContext):
    rows = [
        reply(at(2, 14)),
        confirm(at(2, 14, 1)),
        reply(at(2, 20), "STOP!!"),
        confirm(at(2, 20, 1)),  # of the repeated STOP
        send(at(3, 9)),
        reply(at(4, 9), "stop"),
        reply(at(4, 9, 5), "STOP"),
        confirm(at(4, 10)),  # one confirmation for the two
        send(at(4, 11)),
    ]
    hits = run(rows, context)
    assert [seq for seq, _ in hits] == [5, 9]
    assert all("(log row 1)" in hit.evidence for _, hit in hits)


def test_late_first_send_after_a_repeated_stop(context: RunContext):
    rows = [reply(at(2, 9)), confirm(at(2, 9, 1)), reply(at(3, 9)), send(at(6, 9))]
    ((seq, hit),) = run(rows, context)
    assert seq == 4
    assert hit.evidence.endswith(
        "3 days after the latest opt-out, past the 24 h allowed for a confirmation"
    )


# "回复T" echoes the instruction "回复T退订": whoever sends it wants out
@pytest.mark.parametrize(
    "stop", ["退订", "退訂", "TD", "回复T", "不要再发了", "請停止發送"]
)
def test_chinese_opt_outs(context: RunContext, stop: str):
    rows = [reply(at(2, 9), stop), send(at(2, 9, 1), "您已退订"), send(at(3, 9))]
    assert flagged(rows, context) == [3]


def test_ties_at_the_same_instant_follow_the_log_order(context: RunContext):
    before = [send(at(2, 9)), reply(at(2, 9)), confirm(at(2, 9, 1)), send(at(2, 9, 2))]
    assert flagged(before, context) == [4]
    after = [reply(at(2, 9)), confirm(at(2, 9)), send(at(2, 9, 1))]
    assert flagged(after, context) == [3]


def test_inbound_records_are_never_flagged(context: RunContext):
    rows = [reply(at(2, 9)), reply(at(2, 10), "I paid"), reply(at(3, 10), "hello?")]
    assert flagged(rows, context) == []


def test_sends_before_any_opt_out_are_clean(context: RunContext):
    assert flagged([send(at(1, 9)), send(at(1, 10)), reply(at(2, 9))], context) == []


def test_a_pack_vocabulary_replaces_the_default(context: RunContext):
    options = {"opt_out": {"keywords": {"es": ["ALTO"]}}}
    rows = [reply(at(2, 9), "ALTO"), confirm(at(2, 10)), send(at(2, 11))]
    assert flagged(rows, context, **options) == [3]
    rows = [reply(at(2, 9), "STOP"), send(at(2, 10)), send(at(2, 11))]
    assert flagged(rows, context, **options) == []


def test_a_bad_phrase_is_a_policy_error(context: RunContext):
    options = {"opt_out": {"phrases": {"en": ["stop <nothing>"]}}}
    with pytest.raises(PolicyError, match="no word family 'nothing'"):
        kind.build(options_with_defaults(kind, options), context)


def test_the_plan_leaves_no_side_tables(context: RunContext):
    con = connect(threads=1)
    create_records(con, [reply(at(2, 9)), confirm(at(2, 10)), send(at(2, 11))])
    check = kind.build(kind.DEFAULTS, context)
    audit = AuditContext(con, FIELDS, detectors=context)
    assert [s for s, _ in check.run(audit)] == [s for s, _ in check.run(audit)] == [3]
    tables = {
        name
        for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    }
    assert tables == {"records", "bodies"}
    con.close()


# --- the allowed message must be a confirmation (comment 14(h)(1)-3(ii)) ------------


def test_a_reminder_right_after_stop_is_no_confirmation(context: RunContext):
    rows = [
        reply(at(2, 14, 5)),
        send(at(2, 14, 6), "Acme: your payment is due. Reply STOP to opt out."),
    ]
    ((seq, hit),) = run(rows, context)
    assert seq == 2
    assert hit.evidence == (
        "opted out 2026-03-02 14:05 UTC (log row 1); the one message allowed after it"
        " does not confirm the opt-out (only a confirmation may follow)"
    )


@pytest.mark.parametrize(
    "body",
    [
        CONFIRMATION,
        "You have opted out and will receive no further messages. Reply START to resume.",
        "Acme Recovery: your opt-out is confirmed.",
        "【某某金融】您已成功退订，我们将不再向您发送短信。",
        "【某某銀行】您已退訂成功。",
    ],
)
def test_confirmations_in_either_language(context: RunContext, body: str):
    assert flagged([reply(at(2, 9)), send(at(2, 9, 1), body)], context) == []


@pytest.mark.parametrize(
    "body",
    [
        "Acme: the late fee was removed from your balance. Reply STOP to opt out.",
        "Acme: if you did not receive your statement, call us. Reply STOP to opt out.",
        "Acme: pay today and no further fees apply.",
    ],
)
def test_a_reminder_using_such_words_is_no_confirmation(context: RunContext, body: str):
    assert flagged([reply(at(2, 9)), send(at(2, 9, 1), body)], context) == [2]


def test_a_chinese_reminder_after_tuiding_is_no_confirmation(context: RunContext):
    rows = [
        reply(at(2, 9), "退订"),
        send(at(2, 9, 1), "【某某金融】您的账单已出，回T退订"),
    ]
    assert flagged(rows, context) == [2]


def test_confirmation_wording_is_an_option(context: RunContext):
    rows = [reply(at(2, 9)), send(at(2, 9, 1), "Acme: baja confirmada.")]
    assert flagged(rows, context) == [2]
    spanish = {"hours": 24, "confirmation": {"es": ["baja confirmada"]}}
    assert flagged(rows, context, grace=spanish) == []
    # {} takes any message as the confirmation
    anything = [reply(at(2, 9)), send(at(2, 9, 1))]
    assert flagged(anything, context, grace={"hours": 24, "confirmation": {}}) == []
    assert flagged(anything, context, grace={"hours": 24}) == [2]
