"""Check kind ``opt_out_ignored``: messages sent to a number after it opted out.

An inbound reply that :class:`smslint.detectors.opt_out_replies.ReplyClassifier`
reads as an opt-out ("STOP", "退订", "please stop texting me") starts an opt-out of
that **number**: it covers every debtor and account texted there (Reg F 1006.14(h):
a medium opt-out holds "for all debts"; a shared family phone is one number). After
it, one outbound message within ``grace.hours`` is allowed as the confirmation (47
CFR 64.1200(a)(12); comment 14(h)(1)-3(ii)) if it reads as one: Reg F allows a message
"containing only confirmation that the request will be honoured", so a reminder sent
a minute after STOP is a violation, not the confirmation. ``grace.confirmation`` lists
the wording that makes one (per language, matched in the normalized text, any
language's in any message; the shipped list when absent, any message when ``{}``).
Every other outbound is a violation.
Each further opt-out allows one more confirmation (carriers answer every STOP); an
opt-in (START, UNSTOP) ends the opt-out, and a later opt-out starts a new one.

The evidence names the first opt-out of the current run of them, e.g. ``opted out
2026-03-02 14:05 UTC (logs/a.csv row 812); message 2 to this number since then``,
never the text of either message or the number. Message arguments: ``opted_out_at``
("2026-03-02 14:05 UTC"), ``opt_out`` ("logs/a.csv row 812"), ``after`` (time since
that opt-out, "30 h") and ``sends`` (this is the n-th message since it).

Order is ``sent_at`` then ``seq`` (read order), so an inbound and an outbound at the
same instant count in the order the log lists them; unsorted logs are fine. The plan
is SQL over ``records`` (window functions per recipient); replies are classified in
Python, once per distinct inbound body.

Options (the shipped vocabulary is in ``DEFAULTS``; a rule that sets ``opt_out``,
``opt_in``, ``words`` or ``filler`` replaces that whole entry, since options merge
shallowly)::

    grace: {hours: 24, confirmation: {en: [unsubscribed, ...], zh: [退订成功, ...]}}
    opt_out:
      keywords: {en: [STOP, QUIT, ...], zh: [退订, TD, ...]}
      phrases: {en: ["<stop> <contact>~ [<object>] !<limit>", ...], zh: [...]}
    opt_in: {keywords: {en: [START, UNSTOP]}, phrases: {}}
    words: {en: {stop: [stop, quit, ...], ...}, zh: {...}}
    filler: {en: {lead: [please, ...], trail: [please, thanks, ...]}, zh: {...}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smslint.checks import RunContext
from smslint.checks._opt_out_vocabulary import VOCABULARY
from smslint.errors import PolicyError
from smslint.logs.context import AuditContext
from smslint.violations import Hit

KIND = "opt_out_ignored"
SUMMARY = "A message was sent to a number after it replied STOP (or 退订) to opt out."
SCOPE = "records"

_LANG = {"pattern": "^[a-z]{2,3}$"}
_TERMS = {"type": "array", "items": {"type": "string", "minLength": 1}}


def _per_language(description: str, value: Any = _TERMS) -> dict[str, Any]:
    return {
        "description": description,
        "type": "object",
        "propertyNames": _LANG,
        "additionalProperties": value,
    }


def _vocabulary(what: str) -> dict[str, Any]:
    return {
        "description": f"Replies that mean {what}.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "keywords": _per_language(
                "Commands that count as the whole reply or a whole clause of it,"
                " filler aside (Latin ones of 1-2 letters only as the whole reply)."
            ),
            "phrases": _per_language(
                "Patterns found anywhere: words, <family>, a|b, ~ for inflections,"
                " [optional], !not-next, $ for clause end."
            ),
        },
    }


OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "grace": {
            "description": (
                "After an opt-out, one outbound message within this many hours is"
                " allowed as its confirmation."
            ),
            "type": "object",
            "additionalProperties": False,
            "required": ["hours"],
            "properties": {
                "hours": {"type": "number", "minimum": 0},
                "confirmation": _per_language(
                    "Wording that makes that message a confirmation (any language's"
                    " in any message; {} allows any message)."
                ),
            },
        },
        "opt_out": _vocabulary("the sender opts out (STOP, 退订)"),
        "opt_in": _vocabulary("the sender opts back in (START, UNSTOP)"),
        "words": _per_language(
            "Word families per language, used in phrases as <name>; 'negation'"
            " right before a phrase voids it.",
            {
                "type": "object",
                "propertyNames": {"pattern": "^[a-z_]+$"},
                "additionalProperties": _TERMS,
            },
        ),
        "filler": _per_language(
            "Words allowed around a keyword: 'lead' before it, 'trail' after it"
            " (trail words also end a phrase's clause for $).",
            {
                "type": "object",
                "additionalProperties": False,
                "properties": {"lead": _TERMS, "trail": _TERMS},
            },
        ),
    },
}

DEFAULTS: dict[str, Any] = {"grace": {"hours": 24}, **VOCABULARY}

#: what a confirmation says: that the opt-out is done or that no more texts will come
#: (not "Reply STOP to opt out", the instruction every reminder carries)
CONFIRMATION: dict[str, list[str]] = {
    "en": [
        "unsubscribed",
        "opted out",
        "opt-out is confirmed",
        "opt out is confirmed",
        "opt-out request",
        "opt out request",
        "request to stop",
        "stop request",
        "no longer receive",
        "no longer be texted",
        "no longer text",
        "no further texts",
        "no further messages",
        "receive no further",
        "no more texts",
        "no more messages",
        "no more text messages",
        "will not receive",
        "won't receive",
        "will not be texted",
        "won't be texted",
        "not text you",
        "stop texting you",
        # not "removed from" alone: "the late fee was removed from your balance"
        "removed from our list",
        "removed from our texting",
        "removed from our messaging",
        "removed from our sms",
        "number has been removed",
        "number was removed",
    ],
    "zh": [
        "退订成功",
        "成功退订",
        "已退订",
        "已为您退订",
        "已经退订",
        "取消订阅成功",
        "已取消订阅",
        "不再向您发送",
        "不再给您发送",
        "不再发送",
        "不会再收到",
        "不再收到",
        "不再接收",
    ],
}


def classifier_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The vocabulary part of ``options``, defaults filled: the classifier's input."""
    return {key: options.get(key, DEFAULTS[key]) for key in VOCABULARY}


def validate(options: Mapping[str, Any]) -> list[str]:
    """A pack's own vocabulary must compile (unknown word family, bad pattern)."""
    vocabulary = classifier_options(options)
    if vocabulary == classifier_options(DEFAULTS):
        return []  # the shipped vocabulary is compiled by the tests
    from smslint.detectors.opt_out_replies import ReplyClassifier
    from smslint.normalize import Normalizer

    try:
        ReplyClassifier(**vocabulary, normalizer=Normalizer())
    except ValueError as exc:
        return [f"opt_out: {exc}"]
    return []


def build(options: Mapping[str, Any], context: RunContext) -> OptOutIgnoredCheck:
    """Compile the reply vocabulary once (shared by rules with the same one)."""
    import json

    from smslint.detectors.opt_out_replies import ReplyClassifier
    from smslint.normalize import Normalizer

    vocabulary = classifier_options(options)
    normalizer = context.detector("normalizer", Normalizer)
    key = "opt_out_replies:" + json.dumps(vocabulary, sort_keys=True)
    try:
        classifier = context.detector(
            key, lambda: ReplyClassifier(**vocabulary, normalizer=normalizer)
        )
    except ValueError as exc:
        raise PolicyError(f"{KIND} options: {exc}") from exc
    grace = options.get("grace") or DEFAULTS["grace"]
    wording = grace.get("confirmation", CONFIRMATION)
    phrases = tuple(
        sorted({normalizer(p).text for terms in wording.values() for p in terms})
    )
    return OptOutIgnoredCheck(
        classifier=classifier,
        grace_hours=float(grace["hours"]),
        confirmation=phrases or None,
        normalizer=normalizer,
    )


@dataclass(frozen=True)
class OptOutIgnoredCheck:
    """A compiled ``opt_out_ignored`` rule (see the module docstring)."""

    classifier: Any
    grace_hours: float
    #: normalized wording a confirmation must hold; None: any message is one
    confirmation: tuple[str, ...] | None = None
    normalizer: Any = None
    needs: frozenset[str] = frozenset({"direction"})

    def run(self, audit: AuditContext) -> list[tuple[int, Hit]]:
        from smslint.logs.local_time import temp_tables

        with temp_tables(audit.con, replies="body_id BIGINT, value VARCHAR") as t:
            replies = t["replies"]
            classify = self.classifier
            audit.classify_bodies(
                replies, lambda m: classify(m.text), direction="inbound"
            )
            rows = audit.con.execute(
                _plan(replies), [self.grace_hours * 3600]
            ).fetchall()
        confirms = self._confirmations(audit, {row[-1] for row in rows} - {None})
        hits = []
        for seq, *evidence, body_id in rows:
            if body_id is None:
                hits.append((seq, self._hit(*evidence)))
            elif not confirms[body_id]:
                hits.append((seq, self._hit(*evidence, unconfirmed=True)))
        return hits

    def _confirmations(
        self, audit: AuditContext, body_ids: set[int]
    ) -> dict[int, bool]:
        """Whether each body, sent as the message allowed after an opt-out, reads as
        its confirmation (few bodies: one per opt-out at most)."""
        if self.confirmation is None or not body_ids:
            return dict.fromkeys(body_ids, True)
        bodies = audit.con.execute(
            "SELECT body_id, body FROM bodies WHERE list_contains(?, body_id)",
            [sorted(body_ids)],
        ).fetchall()
        return {
            body_id: any(p in self.normalizer(body).text for p in self.confirmation)
            for body_id, body in bodies
        }

    def _hit(
        self,
        at: str,
        file: str,
        row: int,
        seconds: float,
        sends: int,
        late: float | None,
        repeated: bool,
        *,
        unconfirmed: bool = False,
    ) -> Hit:
        where = f"{file} row {row}"
        if unconfirmed:
            why = (
                "the one message allowed after it does not confirm the opt-out"
                " (only a confirmation may follow)"
            )
        elif late is None:
            why = f"message {sends} to this number since then"
        else:
            after = "after the latest opt-out" if repeated else "later"
            why = (
                f"{_duration(late)} {after}, past the"
                f" {_duration(self.grace_hours * 3600)} allowed for a confirmation"
            )
        return Hit(
            args={
                "opted_out_at": f"{at} UTC",
                "opt_out": where,
                "after": _duration(seconds),
                "sends": sends,
            },
            evidence=f"opted out {at} UTC ({where}); {why}",
        )


def _duration(seconds: float) -> str:
    """A duration as "45 min", "5 h", "1.5 h" or "3 days": enough to judge a grace."""
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f}".removesuffix(".0") + " h"
    return f"{seconds / 86400:.1f}".removesuffix(".0") + " days"


def _plan(replies: str) -> str:
    """Outbound rows sent under an opt-out, with their evidence; ``?`` is the grace
    in seconds.

    Per number, in time order: ``state`` is the last classified reply before a row,
    ``period`` counts opt-ins so far (an opt-out run lies within one period), and
    ``sends`` counts outbound rows so far. An outbound row under ``opt_out`` may be
    the allowed confirmation only if it is the first since the latest opt-out and
    within the grace: such a row comes with its body's id (the last column; NULL for
    the others), so that Python reads whether it confirms. The evidence points at the
    period's first opt-out.
    """
    is_out = "CASE WHEN label = 'opt_out' THEN {} END"
    return f"""
        WITH labelled AS (
            SELECT r.seq, r.sent_at, r.recipient, r.direction, r.body_id,
                   c.value AS label
            FROM records r LEFT JOIN {replies} c
              ON r.direction = 'inbound' AND c.body_id = r.body_id
            WHERE r.direction = 'outbound' OR c.value IS NOT NULL
        ),
        -- only numbers that ever opted out can offend: few, in a real log
        ev AS (
            SELECT * FROM labelled WHERE recipient IN
                (SELECT recipient FROM labelled WHERE label = 'opt_out')
        ),
        counted AS (
            SELECT *,
                sum(CASE WHEN direction = 'outbound' THEN 1 ELSE 0 END)
                    OVER (PARTITION BY recipient ORDER BY sent_at, seq
                          ROWS UNBOUNDED PRECEDING) AS sends,
                sum(CASE WHEN label = 'opt_in' THEN 1 ELSE 0 END)
                    OVER (PARTITION BY recipient ORDER BY sent_at, seq
                          ROWS UNBOUNDED PRECEDING) AS period
            FROM ev
        ),
        judged AS (
            SELECT *,
                last_value(label IGNORE NULLS) OVER before AS state,
                last_value({is_out.format("sent_at")} IGNORE NULLS) OVER before
                    AS stop_at,
                last_value({is_out.format("sends")} IGNORE NULLS) OVER before
                    AS sends_at_stop,
                last_value({is_out.format("seq")} IGNORE NULLS) OVER before
                    AS stop_seq,
                first_value({is_out.format("seq")} IGNORE NULLS) OVER run
                    AS first_seq,
                first_value({is_out.format("sends")} IGNORE NULLS) OVER run
                    AS sends_at_first
            FROM counted
            WINDOW
                before AS (PARTITION BY recipient ORDER BY sent_at, seq
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                run AS (PARTITION BY recipient, period ORDER BY sent_at, seq
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        )
        SELECT j.seq,
               strftime(timezone('UTC', f.sent_at), '%Y-%m-%d %H:%M'),
               f.file, f."row",
               epoch(j.sent_at) - epoch(f.sent_at),
               j.sends - j.sends_at_first,
               CASE WHEN j.sends - j.sends_at_stop = 1
                    THEN epoch(j.sent_at) - epoch(j.stop_at) END,
               j.stop_seq <> j.first_seq,
               CASE WHEN j.sends - j.sends_at_stop = 1
                         AND epoch(j.sent_at) - epoch(j.stop_at) <= ?
                    THEN j.body_id END
        FROM judged j JOIN records f ON f.seq = j.first_seq
        WHERE j.direction = 'outbound' AND j.state = 'opt_out'
        ORDER BY j.seq
    """
