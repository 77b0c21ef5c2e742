"""Check kind ``third_party``: a message about the debt sent to someone not the debtor.

A log's ``recipient_relation`` says who a number belongs to: ``self`` (the debtor),
``family``, ``employer``, ``contact`` or ``unknown``. Each outbound record to one of
the rule's ``relations`` whose body mentions the debt is a violation (FDCPA 1692c(b)
and 1692b(2), Reg F 1006.6(d); CONC 7.9.6R; 《商业银行信用卡业务监督管理办法》 Art. 68).
A message to a third party that does not mention the debt, such as a location
request ("please ask Tom to call us about a personal matter"), is left alone: where
such contact itself is barred, a lexicon or frequency rule says so.

``unknown`` (and a record whose relation is empty) is not judged unless
``include_unknown`` is true: most logs mark numbers they have not verified as
unknown, and flagging every one of them would bury real disclosures. ``self`` is
never a third party.

Whether a body mentions the debt is decided by
:class:`smslint.detectors.debt_mention.DebtMention`, in Python, once per distinct
body; which records offend is one SQL query over ``records``. The evidence names the
relation and the vocabulary entry found, e.g. ``sent to a family recipient; the body
mentions the debt ("overdue")``, never the message text or the number. Message
arguments: ``relation``, ``term`` (the vocabulary entry) and ``direction``.

Options (``DEFAULTS`` hold the shipped terms; setting ``debt_terms`` or
``amount_terms`` replaces that whole entry)::

    relations: [family, employer, contact]
    include_unknown: false
    directions: [outbound]
    debt_terms: {en: [debt, owe, overdue, ...], zh: [欠款, 逾期, ...]}
    amount_terms: {en: [account, due, bill, ...], zh: [账户, 金额, ...]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smslint.checks import RunContext, directions_option
from smslint.logs.context import AuditContext
from smslint.violations import Hit

KIND = "third_party"
SUMMARY = "A message that mentions the debt was sent to someone other than the debtor."
SCOPE = "records"

#: relations that may be judged third parties (unknown: see ``include_unknown``)
RELATIONS = ("family", "employer", "contact")

_TERMS = {
    "type": "object",
    "propertyNames": {"pattern": "^[a-z]{2,3}$"},
    "additionalProperties": {
        "type": "array",
        "items": {"type": "string", "minLength": 1},
    },
}

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "relations": {
            "description": "Recipient relations that count as third parties.",
            "type": "array",
            "items": {"enum": list(RELATIONS)},
            "uniqueItems": True,
        },
        "include_unknown": {
            "description": (
                "Also judge recipients whose relation is unknown or empty."
            ),
            "type": "boolean",
        },
        "directions": directions_option("are checked"),
        "debt_terms": {
            **_TERMS,
            "description": (
                "Words that mention the debt, per language (en, zh); English ones"
                " match whole words with their inflections, Chinese anywhere."
            ),
        },
        "amount_terms": {
            **_TERMS,
            "description": (
                "Words that mention the debt only when the message also names a sum"
                " of money (account, due, bill)."
            ),
        },
    },
}


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


DEFAULTS: dict[str, Any] = {
    "relations": ["family", "employer", "contact"],
    "include_unknown": False,
    "directions": ["outbound"],
    "debt_terms": {
        "en": _items(
            "debt, debtor, owe, balance, overdue, past due, unpaid, payment, pay,"
            " repay, repayment, installment, collection, collector, collection agency,"
            " creditor, arrears, delinquent, delinquency, loan, outstanding amount,"
            " late fee, defaulted, in default, charged off, charge off, settlement,"
            # what is owed and how far behind, in other words
            " dues, borrow, lent, behind on, months behind, weeks behind,"
            " payments behind, settle up, car note, credit card bill, maxed out"
        ),
        # Chinese matches inside words: no bare 还 ("还在", "还上班"), only its phrases
        "zh": _items(
            "欠款, 欠费, 欠债, 欠钱, 欠账, 拖欠, 逾期, 还款, 还钱, 催收, 借款,"
            " 借钱, 贷款, 网贷, 账单, 债务, 应还, 待还, 未还, 本金, 利息, 罚息,"
            " 滞纳金, 违约金, 分期, 结清, 清偿, 赖账, 老赖, 欠, 借的钱, 那笔钱,"
            " 把钱还, 钱还上, 没还, 信用卡, 花呗, 借呗, 白条"
        ),
    },
    "amount_terms": {
        "en": _items("account, due, bill, amount, invoice, charge, fee, rent, waiting"),
        "zh": _items("账户, 账号, 金额, 费用, 款项"),
    },
}

_WHO = {
    "family": "a family recipient",
    "employer": "an employer recipient",
    "contact": "a contact recipient",
    "unknown": "a recipient of unknown relation",
}


def build(options: Mapping[str, Any], context: RunContext) -> ThirdPartyCheck:
    """Compile the debt vocabulary once (shared by rules with the same one)."""
    from smslint.detectors.debt_mention import DebtMention
    from smslint.normalize import Normalizer

    def get(key: str) -> Any:
        return options.get(key, DEFAULTS[key])

    terms, amount_terms = get("debt_terms"), get("amount_terms")
    normalizer = context.detector("normalizer", Normalizer)
    key = "debt_mention:" + json.dumps([terms, amount_terms], sort_keys=True)
    finder = context.detector(
        key, lambda: DebtMention(terms, amount_terms, normalizer=normalizer)
    )
    relations = list(get("relations")) + (["unknown"] if get("include_unknown") else [])
    return ThirdPartyCheck(
        finder=finder,
        relations=tuple(relations),
        directions=tuple(get("directions")),
    )


@dataclass(frozen=True)
class ThirdPartyCheck:
    """A compiled ``third_party`` rule (see the module docstring)."""

    finder: Any
    relations: tuple[str, ...]
    directions: tuple[str, ...]
    needs: frozenset[str] = frozenset({"recipient_relation"})

    def run(self, audit: AuditContext) -> list[tuple[int, Hit]]:
        from smslint.logs.local_time import temp_tables

        if not self.relations:
            return []
        found: list[tuple[int, str, str, str]] = []
        finder = self.finder
        for direction in self.directions:
            with temp_tables(audit.con, debt="body_id BIGINT, value VARCHAR") as t:
                audit.classify_bodies(
                    t["debt"],
                    lambda m: finder(m.text),
                    direction=direction,
                    relations=self.relations,
                )
                found += audit.con.execute(
                    f"""
                    SELECT r.seq, coalesce(r.relation, 'unknown') AS relation,
                           r.direction, d.value
                    FROM records r JOIN {t["debt"]} d ON d.body_id = r.body_id
                    WHERE r.direction = ?
                      AND list_contains(?, coalesce(r.relation, 'unknown'))
                    """,
                    [direction, list(self.relations)],
                ).fetchall()
        return [(seq, _hit(*rest)) for seq, *rest in sorted(found)]


def _hit(relation: str, direction: str, term: str) -> Hit:
    verb = "sent to" if direction == "outbound" else "received from"
    return Hit(
        args={"relation": relation, "term": term, "direction": direction},
        evidence=f"{verb} {_WHO.get(relation, relation)}; the body mentions the debt"
        f' ("{term}")',
    )
