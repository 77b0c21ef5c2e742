"""Step 2 of staging: every raw value checked and converted, in bulk.

The raw table holds text exactly as read. Fields with few distinct values, or
whose check needs Python (``phonenumbers``), are decided once per distinct text
in Python and joined back as small lookup tables: recipient, recipient_tz,
recipient_relation, direction. Everything else is plain SQL over whole columns:
timestamps (:mod:`~smslint.logs.timestamps`), trimming, empty checks. Each row
gets a flag per check; good rows fill ``records``, each distinct body becomes one
``bodies`` row, and every flag raised becomes a problem naming the row and the
field, never the value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smslint.logs.table import RAW_TABLE, insert_columns
from smslint.logs.timestamps import instant_sql, parts_sql
from smslint.violations import InputProblem, RecordLocation, Severity

RELATIONS = ("self", "family", "employer", "contact", "unknown")
OUTBOUND = ("outbound", "out", "mt", "sent")
INBOUND = ("inbound", "in", "mo", "received")
#: what "strings are stripped" strips: Python's white space, plus the BOM
WS_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff"
#: the same as RE2 character classes, for SQL
WS_CLASS = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in WS_CHARS) + "]"
NON_WS_CLASS = "[^" + WS_CLASS[1:]
#: distinct texts classified per round trip
_LOOKUP_BATCH = 50_000

#: fields decided once per distinct text in Python
LOOKUP_FIELDS = ("recipient", "recipient_tz", "recipient_relation", "direction")

Problem = tuple[int, int, InputProblem]  # input index, row, problem (for sorting)
Decision = tuple[str | None, str]  # (value, state): ok | empty | bad | bad_local


def lookup_tables(con: Any, region: str | None, zones: Mapping[str, str]) -> None:
    """``_lk_<field>(raw, value, state)`` for every distinct raw text of the fields
    of :data:`LOOKUP_FIELDS`; phone numbers cost tens of µs each, so once per text."""
    deciders: dict[str, Callable[[str], Decision]] = {
        "recipient": lambda text: _recipient(text, region),
        "recipient_tz": lambda text: _zone(text, zones),
        "recipient_relation": _relation,
        "direction": _direction,
    }
    for column in LOOKUP_FIELDS:
        _lookup(con, column, deciders[column])


def _lookup(con: Any, column: str, decide: Callable[[str], Decision]) -> None:
    con.execute(
        "CREATE TEMP TABLE _distinct AS SELECT raw, row_number() OVER () AS n FROM "
        f"(SELECT DISTINCT {column} AS raw FROM {RAW_TABLE} WHERE {column} NOTNULL)"
    )
    con.execute(
        f"CREATE TEMP TABLE _lk_{column} (raw VARCHAR, value VARCHAR, state VARCHAR)"
    )
    (total,) = con.execute("SELECT count(*) FROM _distinct").fetchone()
    for start in range(0, total, _LOOKUP_BATCH):
        texts = [
            text
            for (text,) in con.execute(
                "SELECT raw FROM _distinct WHERE n > ? AND n <= ?",
                [start, start + _LOOKUP_BATCH],
            ).fetchall()
        ]
        decided = [decide(text) for text in texts]
        insert_columns(
            con,
            f"_lk_{column}",
            {
                "raw": texts,
                "value": [value for value, _ in decided],
                "state": [state for _, state in decided],
            },
        )
    con.execute("DROP TABLE _distinct")


def _recipient(text: str, region: str | None) -> Decision:
    text = text.strip(WS_CHARS)
    if not text:
        return None, "empty"
    e164 = _e164(text, region)
    if e164 is not None:
        return e164, "ok"
    return None, "bad" if region or text.startswith("+") else "bad_local"


def _zone(text: str, zones: Mapping[str, str]) -> Decision:
    text = text.strip(WS_CHARS)
    if not text:
        return None, "empty"
    name = zones.get(text.lower())
    return (name, "ok") if name else (None, "bad")


def _relation(text: str) -> Decision:
    text = text.strip(WS_CHARS).lower()
    if not text:
        return None, "empty"
    return (text, "ok") if text in RELATIONS else ("unknown", "bad")


def _direction(text: str) -> Decision:
    text = text.strip(WS_CHARS).lower()
    if not text:
        return "outbound", "empty"
    if text in OUTBOUND:
        return "outbound", "ok"
    return ("inbound", "ok") if text in INBOUND else (None, "bad")


def _e164(text: str, region: str | None) -> str | None:
    """``text`` as a valid E.164 number, else None (no ``+``: read in ``region``)."""
    import phonenumbers

    from smslint.detectors.timezones import plain_number

    number = plain_number(text)
    if number is not None and phonenumbers.is_valid_number(number):
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: SQL of a body's grouping key: distinct bodies are told apart by this 128-bit
#: number rather than by their text, which at millions of mostly distinct bodies
#: halves staging's time (no hash table of texts to spill); :func:`fill` checks it
BODY_KEY = "md5_number({})"


def checked_sql(zone: str | None) -> str:
    """``_checked``: one row per raw row with its converted values and flags."""
    instant, in_gap = instant_sql("ts_parts", zone)

    def text(column: str) -> str:
        # trimming costs a regex only where there is something to trim
        edges = f"'^{WS_CLASS}+|{WS_CLASS}+$'"
        return (
            f"CASE WHEN regexp_matches(r.{column}, '^{WS_CLASS}|{WS_CLASS}$') "
            f"THEN NULLIF(regexp_replace(r.{column}, {edges}, '', 'g'), '') "
            f"ELSE NULLIF(r.{column}, '') END AS {column}"
        )

    return f"""
CREATE TEMP TABLE _checked AS
WITH raw AS (
    SELECT r.seq, r.input, r."row", r.body, r.width, i.width AS expected,
        {BODY_KEY.format("r.body")} AS body_key, hash(r.body) AS body_hash,
        coalesce(r.width <> i.width, false) AS bad_width,
        {text("message_id")}, {text("debtor_id")},
        {text("account_id")}, {text("template_id")},
        r.sent_at AS ts_raw, {parts_sql("r.sent_at", WS_CLASS)} AS ts_parts,
        coalesce(ph.state, 'empty') AS phone_state, ph.value AS recipient,
        tz.value AS recipient_tz, coalesce(tz.state = 'bad', false) AS tz_bad,
        rel.value AS relation, coalesce(rel.state = 'bad', false) AS rel_bad,
        CASE WHEN r.direction ISNULL THEN 'outbound' ELSE dir.value END AS direction,
        NOT coalesce(regexp_matches(r.body, '{NON_WS_CLASS}'), false) AS body_empty
    FROM {RAW_TABLE} r JOIN _inputs i USING (input)
    LEFT JOIN _lk_recipient ph ON ph.raw = r.recipient
    LEFT JOIN _lk_recipient_tz tz ON tz.raw = r.recipient_tz
    LEFT JOIN _lk_recipient_relation rel ON rel.raw = r.recipient_relation
    LEFT JOIN _lk_direction dir ON dir.raw = r.direction
), timed AS (
    SELECT * EXCLUDE (ts_raw, ts_parts), {instant} AS sent_at,
        coalesce({in_gap}, false) AS ts_gap,
        coalesce(ts_parts.local = '', true)
            AND NOT coalesce(regexp_matches(ts_raw, '{NON_WS_CLASS}'), false)
            AS ts_empty
    FROM raw
), judged AS (
    SELECT *, NOT bad_width AND sent_at NOTNULL AND NOT ts_gap AND (
        coalesce(sent_at < CAST($since AS TIMESTAMPTZ), false)
        OR coalesce(sent_at >= CAST($until AS TIMESTAMPTZ), false)) AS outside
    FROM timed
)
SELECT *, NOT bad_width AND NOT outside AND sent_at NOTNULL AND NOT ts_gap
    AND phone_state = 'ok' AND NOT body_empty AND direction NOTNULL AS ok
FROM judged
"""


def fill(con: Any) -> tuple[int, int]:
    """``bodies`` (ids in order of first use) and ``records`` from the good rows;
    returns how many records and how many rows were outside since/until."""
    # A key shared by bodies that differ in DuckDB's own hash or in length would
    # be two bodies under one key: then (never seen in practice) group by text.
    con.execute(
        "CREATE TEMP TABLE _body_ids AS SELECT body_key, first_seq, mixed, "
        "row_number() OVER (ORDER BY first_seq) AS body_id FROM ("
        "SELECT body_key, min(seq) AS first_seq, min(body_hash) <> max(body_hash) "
        "OR min(length(body)) <> max(length(body)) AS mixed "
        "FROM _checked WHERE ok GROUP BY body_key)"
    )
    ((mixed,),) = con.execute(
        "SELECT count(*) FILTER (WHERE mixed) FROM _body_ids"
    ).fetchall()
    if mixed:
        con.execute("DROP TABLE _body_ids")
        return _fill_by_text(con)
    con.execute(
        "INSERT INTO bodies SELECT b.body_id, c.body "
        "FROM _checked c JOIN _body_ids b ON c.seq = b.first_seq"
    )
    _insert_records(con, "JOIN _body_ids b USING (body_key)")
    con.execute("DROP TABLE _body_ids")
    return _counts(con)


def _fill_by_text(con: Any) -> tuple[int, int]:
    """:func:`fill` grouping bodies by their text: exact whatever the keys, but
    at millions of distinct bodies twice as slow."""
    con.execute(
        "INSERT INTO bodies SELECT row_number() OVER (ORDER BY first_seq), body "
        "FROM (SELECT body, min(seq) AS first_seq FROM _checked WHERE ok GROUP BY body)"
    )
    _insert_records(con, "JOIN bodies b USING (body)")
    return _counts(con)


def _insert_records(con: Any, body_ids: str) -> None:
    """Good rows into ``records``; ``body_ids`` joins ``b.body_id`` to ``c``."""
    con.execute(
        'INSERT INTO records SELECT c.seq, i.path, c."row", c.message_id, '
        "c.sent_at, c.recipient, c.debtor_id, c.account_id, c.relation, "
        "c.recipient_tz, c.direction, c.template_id, b.body_id "
        f"FROM _checked c JOIN _inputs i USING (input) {body_ids} "
        "WHERE c.ok ORDER BY c.seq"
    )


def _counts(con: Any) -> tuple[int, int]:
    records, filtered = con.execute(
        "SELECT count(*) FILTER (WHERE ok), count(*) FILTER (WHERE outside) "
        "FROM _checked"
    ).fetchone()
    return int(records), int(filtered)


def value_problems(
    con: Any, labels: Mapping[str, str], zone: str | None
) -> Iterator[Problem]:
    """Step 2's problems: one per failed check of a row (several for one row)."""
    cursor = con.execute(
        'SELECT c.input, c."row", c.message_id, i.path, '
        "CASE WHEN NOT ts_gap THEN strftime(sent_at, '%Y-%m-%d') END, "
        "bad_width, c.width, expected, ts_empty, NOT ts_empty AND sent_at ISNULL, "
        "ts_gap, phone_state, body_empty, direction ISNULL, rel_bad, tz_bad "
        "FROM _checked c JOIN _inputs i USING (input) "
        'WHERE NOT outside AND (NOT ok OR rel_bad OR tz_bad) ORDER BY c.input, c."row"'
    )
    messages = _messages(labels, zone)
    while batch := cursor.fetchmany(10_000):
        for index, row, message_id, path, day, bad_width, *flags in batch:
            width, expected, ts_empty, ts_bad, gap, phone, *rest = flags
            no_body, bad_dir, bad_rel, bad_tz = rest
            if bad_width:
                found = [(f"the row has {width} fields, the header {expected}", "e")]
            else:
                keys = (
                    ("ts_empty", ts_empty),
                    ("ts_bad", ts_bad),
                    ("ts_gap", gap),
                    (f"phone_{phone}", phone != "ok"),
                    ("body_empty", no_body),
                    ("dir_bad", bad_dir),
                    ("rel_bad", bad_rel),
                    ("tz_bad", bad_tz),
                )
                found = [messages[key] for key, flag in keys if flag]
            where = RecordLocation(path=path, row=row, message_id=message_id, day=day)
            for text, level in found:
                severity = Severity.WARNING if level == "w" else Severity.ERROR
                yield index, row, InputProblem(where, text, severity=severity)


def _messages(
    labels: Mapping[str, str], zone: str | None
) -> dict[str, tuple[str, str]]:
    """Problem texts by flag, with ``e`` (error: row skipped) or ``w`` (warning)."""
    sent_at, recipient = labels["sent_at"], labels["recipient"]
    return {
        "ts_empty": (f"empty required {sent_at}", "e"),
        "ts_bad": (
            f"unparseable timestamp in {sent_at} "
            "(expected ISO 8601 such as 2026-03-08T14:30:00Z)",
            "e",
        ),
        "ts_gap": (
            f"the local time in {sent_at} does not exist in {zone} "
            "(skipped by a daylight-saving change)",
            "e",
        ),
        "phone_empty": (f"empty required {recipient}", "e"),
        "phone_bad": (f"invalid phone number in {recipient}", "e"),
        "phone_bad_local": (
            f"invalid phone number in {recipient} (a number without +country "
            "code needs a default region, e.g. --default-region US)",
            "e",
        ),
        "body_empty": (f"empty required {labels['body']}", "e"),
        "dir_bad": (
            f"unknown value in {labels['direction']} (expected outbound or "
            "inbound); row skipped",
            "e",
        ),
        "rel_bad": (
            f"unknown value in {labels['recipient_relation']} "
            f"(expected {', '.join(RELATIONS)}); read as unknown",
            "w",
        ),
        "tz_bad": (f"unknown time zone in {labels['recipient_tz']}; ignored", "w"),
    }
