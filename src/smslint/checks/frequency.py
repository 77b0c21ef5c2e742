"""Check kind ``frequency``: more contacts than allowed in a rolling window or period.

Contacts are counted per ``scope`` (the debtor, the number, or the account), over
either a rolling window (``window: {days: 7}``: a contact at ``t`` counts the
contacts in ``(t - 7 days, t]``) or a calendar period (``period: week``) in local
time. The contact that goes over ``limit`` and every later one inside the same
window or period are violations. Contacts at the same instant are ordered by
``seq`` (read order), so exactly the ``limit + 1``-th is the first flagged.

Local time, for calendar periods only: the rule's fixed ``zone``, else the record's
``recipient_tz``, else the first candidate zone of the number (a heuristic, see
:mod:`smslint.detectors.timezones`), else UTC. Each record's period is taken in its
own zone, so one debtor reached at two numbers in two zones is counted by the
period each message fell in where it arrived.

Records with no scope value (no ``debtor_id`` for debtor scope) are not counted and
are reported in one note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smslint.checks import RunContext, directions_option
from smslint.errors import PolicyError
from smslint.logs.context import AuditContext
from smslint.logs.local_time import (
    ICU_ZONES_SQL,
    execute,
    fill_recipient_zones,
    temp_tables,
)
from smslint.violations import Hit

KIND = "frequency"
SUMMARY = "More contacts than the policy allows in its window or period."
SCOPE = "records"

RELATIONS = ["self", "family", "employer", "contact", "unknown"]

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["limit"],
    "properties": {
        "limit": {
            "description": "Most contacts allowed in the window or period.",
            "type": "integer",
            "minimum": 1,
        },
        "window": {
            "description": (
                "Rolling window ending at each contact: {days: N} or {hours: N}."
                " Give this or 'period', not both."
            ),
            "type": "object",
            "additionalProperties": False,
            "minProperties": 1,
            "properties": {
                unit: {
                    "description": f"Length in {unit}.",
                    "type": "integer",
                    "minimum": 1,
                }
                for unit in ("days", "hours")
            },
        },
        "period": {
            "description": (
                "Calendar period in the recipient's local time (day, week or"
                " month). Give this or 'window', not both."
            ),
            "enum": ["day", "week", "month"],
        },
        "week_start": {
            "description": "First day of a calendar week (period: week).",
            "enum": ["monday", "sunday"],
        },
        "scope": {
            "description": (
                "Whose contacts are counted together: the debtor (debtor_id), the"
                " number (recipient) or the account (account_id)."
            ),
            "enum": ["debtor", "recipient", "account"],
        },
        "relations": {
            "description": (
                "Only records whose recipient_relation is listed count (null"
                " matches records without one); absent: every record counts."
            ),
            "type": "array",
            "items": {"enum": [*RELATIONS, None]},
            "minItems": 1,
            "uniqueItems": True,
        },
        "directions": directions_option("count"),
        "zone": {
            "description": (
                "IANA zone that calendar periods are taken in for every recipient"
                " (e.g. Asia/Shanghai), instead of recipient_tz or the number's zone."
            ),
            "type": "string",
            "minLength": 1,
        },
    },
}

DEFAULTS: dict[str, Any] = {
    "scope": "debtor",
    "directions": ["outbound"],
    "week_start": "monday",
}

#: scope -> the ``records`` column (and log field) whose value is counted by
_SCOPES = {"debtor": "debtor_id", "recipient": "recipient", "account": "account_id"}
_UNIT_MICROS = {"days": 86_400_000_000, "hours": 3_600_000_000}


def validate(options: Mapping[str, Any]) -> list[str]:
    """What the schema cannot say: one window kind, one unit, the zone name.

    Each problem is one sentence starting with its key path.
    """
    from smslint.detectors.timezones import zone_option_problems

    problems: list[str] = []
    window, period = options.get("window"), options.get("period")
    if window is None and period is None:
        problems.append(
            "limit: give 'window' (rolling, e.g. {days: 7}) or 'period' (day, week"
            " or month) for it to count in"
        )
    elif window is not None and period is not None:
        problems.append(
            "period: give either 'window' (rolling) or 'period' (calendar), not both"
        )
    if isinstance(window, Mapping):
        if len(window) > 1:
            problems.append("window: give days or hours, not both")
    problems += zone_option_problems(options.get("zone"))
    return problems


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``22nd``..."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10)
    return f"{n}{suffix or 'th'}"


@dataclass(frozen=True)
class FrequencyCheck:
    """A compiled ``frequency`` rule (see the module docstring)."""

    limit: int
    scope: str
    directions: tuple[str, ...]
    relations: tuple[str | None, ...] | None
    window_micros: int | None  # rolling window, or None for a calendar period
    window_text: str  # "7 days", "24 hours", or the period name
    period: str | None = None
    week_start: str = "monday"
    zone: str | None = None

    @property
    def needs(self) -> frozenset[str]:
        field = _SCOPES[self.scope]
        needs = {field} if field != "recipient" else set()
        if self.relations is not None:
            needs.add("recipient_relation")  # filtering on an absent field: says so
        return frozenset(needs)

    def run(self, audit: AuditContext) -> list[tuple[int, Hit]]:
        params: dict[str, Any] = {"dirs": list(self.directions), "limit": self.limit}
        where = "list_contains($dirs, r.direction)"
        if self.relations is not None:
            params["rels"] = [rel for rel in self.relations if rel is not None]
            nulls = " OR r.relation IS NULL" if None in self.relations else ""
            where += (
                f" AND (list_contains(CAST($rels AS VARCHAR[]), r.relation){nulls})"
            )
        self._note_unscoped(audit, where, params)
        column = f"r.{_SCOPES[self.scope]}"
        where += f" AND {column} IS NOT NULL"
        if self.window_micros is not None:
            rows = execute(audit.con, self._rolling_plan(column, where), params)
            return [(seq, self._hit(n)) for seq, n in rows.fetchall()]
        with temp_tables(audit.con, zones="recipient VARCHAR, zone VARCHAR") as t:
            if self.zone is None:
                fill_recipient_zones(
                    audit.con, t["zones"], where, params, first_only=True
                )
            else:
                params["zone"] = self.zone
            plan = self._period_plan(column, where, t["zones"])
            rows = execute(audit.con, plan, params).fetchall()
        return [(seq, self._hit(n, start, zone)) for seq, n, start, zone in rows]

    def _rolling_plan(self, column: str, where: str) -> str:
        # The contacts in (t - W, t] up to this one, in (t, seq) order, are this
        # row's place in its scope minus the contacts at or before t - W (a RANGE
        # frame over whole microseconds, TIMESTAMPTZ's resolution; integers keep it
        # portable to Spark SQL). Both windows share one partition and sort key.
        return f"""
            WITH scoped AS (
                SELECT r.seq, epoch_us(r.sent_at) AS t, {column} AS k
                FROM records r WHERE {where}
            ),
            counted AS (
                SELECT seq,
                    row_number() OVER (PARTITION BY k ORDER BY t, seq)
                    - count(*) OVER (PARTITION BY k ORDER BY t RANGE BETWEEN
                        UNBOUNDED PRECEDING AND {self.window_micros} PRECEDING) AS n
                FROM scoped
            )
            SELECT seq, n FROM counted WHERE n > $limit ORDER BY seq
        """

    def _period_plan(self, column: str, where: str, zones: str) -> str:
        if self.zone is not None:
            zone = "$zone"
        else:
            known = (
                f"CASE WHEN r.recipient_tz IN {ICU_ZONES_SQL} THEN r.recipient_tz END"
            )
            zone = f"COALESCE({known}, z.zone, 'UTC')"
        start = {
            "day": "CAST(lt AS DATE)",
            "month": "CAST(date_trunc('month', lt) AS DATE)",
            # date_trunc weeks start on Monday: shift a day for Sunday weeks
            "week": (
                "CAST(date_trunc('week', lt) AS DATE)"
                if self.week_start == "monday"
                else "CAST(date_trunc('week', lt + INTERVAL 1 DAY) AS DATE) - 1"
            ),
        }[self.period or "day"]
        return f"""
            WITH scoped AS (
                SELECT r.seq, r.sent_at, {column} AS k, {zone} AS zone
                FROM records r LEFT JOIN {zones} z
                    ON r.recipient_tz IS NULL AND z.recipient = r.recipient
                WHERE {where}
            ),
            local AS (
                SELECT seq, sent_at, k, zone, timezone(zone, sent_at) AS lt FROM scoped
            ),
            periods AS (SELECT seq, sent_at, k, zone, {start} AS p FROM local),
            counted AS (
                SELECT seq, zone, p,
                    row_number() OVER (PARTITION BY k, p ORDER BY sent_at, seq) AS n
                FROM periods
            )
            SELECT seq, n, strftime(p, '%Y-%m-%d'), zone
            FROM counted WHERE n > $limit ORDER BY seq
        """

    def _hit(self, n: int, start: str | None = None, zone: str | None = None) -> Hit:
        when = {
            None: f"in {self.window_text}",
            "day": f"on {start}, {zone} time",
            "week": f"in the week of {start}, {zone} time",
            "month": f"in {(start or '')[:7]}, {zone} time",
        }[self.period]
        return Hit(
            args={
                "count": n,
                "limit": self.limit,
                "window": self.window_text,
                "period": start or "",
                "zone": zone or "",
                "scope": self.scope,
            },
            evidence=f"{ordinal(n)} contact {when} (limit {self.limit})",
        )

    def _note_unscoped(self, audit: AuditContext, where: str, params: Any) -> None:
        column = _SCOPES[self.scope]
        if column == "recipient":
            return  # never NULL in ``records``
        ((missing,),) = execute(
            audit.con,
            f"SELECT count(*) FROM records r WHERE {where} AND r.{column} IS NULL",
            params,
        ).fetchall()
        if missing:
            audit.notes.append(
                f"frequency: {missing} record(s) had no {column}; they were not counted"
            )


def build(options: Mapping[str, Any], context: RunContext) -> FrequencyCheck:
    """Compile the window or period once; PolicyError for :func:`validate`'s finds."""
    problems = validate(options)
    if problems:
        raise PolicyError("; ".join(problems))
    window = options.get("window")
    relations = options.get("relations")
    micros = text = None
    if window:
        ((unit, size),) = window.items()
        micros = size * _UNIT_MICROS[unit]
        text = f"{size} {unit[:-1] if size == 1 else unit}"
    return FrequencyCheck(
        limit=options["limit"],
        scope=options.get("scope", DEFAULTS["scope"]),
        directions=tuple(options.get("directions") or DEFAULTS["directions"]),
        relations=None if relations is None else tuple(relations),
        window_micros=micros,
        window_text=text or options["period"],
        period=options.get("period"),
        week_start=options.get("week_start", DEFAULTS["week_start"]),
        zone=options.get("zone"),
    )
