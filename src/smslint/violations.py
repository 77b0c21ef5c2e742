"""The data a run produces: severities, categories, locations, hits and violations.

A check yields :class:`Hit` values (where in the message, arguments for the message
text). The engine turns each hit into an immutable :class:`Violation` placed in a file
and line (templates) or a file and row (log records), with masked evidence. Reporters
only ever see a :class:`RunResult`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How serious a violation is; ``--fail-on`` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(StrEnum):
    """The contract's fixed list of violation categories (SPEC.md)."""

    PII = "pii"
    THREAT = "threat"
    SHAMING = "shaming"
    IMPERSONATION = "impersonation"
    OBSCENE = "obscene"
    THIRD_PARTY = "third_party"
    OPT_OUT = "opt_out"
    IDENTIFICATION = "identification"
    QUIET_HOURS = "quiet_hours"
    FREQUENCY = "frequency"
    OPT_OUT_IGNORED = "opt_out_ignored"
    LENGTH = "length"
    INPUT = "input"


@dataclass(frozen=True)
class TemplateLocation:
    """A place in a template file: 1-based line and column (counted in characters)."""

    path: str
    line: int
    column: int
    template_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column}


@dataclass(frozen=True)
class RecordLocation:
    """A row of a send log (1-based data row, header excluded; 0 for the whole file).

    ``day`` is the record's UTC send date (``YYYY-MM-DD``) when known; the audit
    summary counts violations per day with it. ``weekday`` (Monday = 0) and ``hour``
    are the send's wall time in the recipient's zone (:mod:`smslint.logs.activity`
    says which zone); ``template_id`` and ``debtor_id`` are the log's fields of those
    names. :meth:`to_dict` stays the contract's location; a violation's JSON carries
    ``template_id`` beside it.
    """

    path: str
    row: int
    message_id: str | None = None
    day: str | None = None
    template_id: str | None = None
    debtor_id: str | None = None
    weekday: int | None = None
    hour: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "row": self.row, "message_id": self.message_id}


Location = TemplateLocation | RecordLocation


@dataclass(frozen=True)
class Hit:
    """What a check found in one message.

    ``start``/``end`` are character offsets into the message text (``None`` when the
    finding concerns the whole message, e.g. a missing phrase). ``args`` fill the
    rule's message template. ``sensitive`` marks spans that are personal data, so
    their evidence is masked. ``severity`` lets one entry of a data-driven rule (a
    lexicon term) be milder than the rule; the rule's severity is the ceiling.
    """

    start: int | None = None
    end: int | None = None
    args: Mapping[str, Any] = field(default_factory=dict)
    sensitive: bool = False
    evidence: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Violation:
    """One reported finding: the contract's JSON object (SPEC.md, "The JSON report")."""

    rule: str
    category: Category
    severity: Severity
    message: str
    location: Location
    evidence: str | None
    policy: str | None
    citation: str | None
    #: the evidence is personal data (masked unless --show-pii); baselines mask it
    sensitive: bool = False

    def to_dict(self) -> dict[str, Any]:
        template_id = getattr(self.location, "template_id", None)
        return {
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "message": self.message,
            "location": self.location.to_dict(),
            "evidence": self.evidence,
            "policy": self.policy,
            "citation": self.citation,
            # beyond the contract's minimum: which catalog entry, when there is one
            "template_id": template_id,
        }

    @property
    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        if isinstance(loc, TemplateLocation):
            return (loc.path, 0, loc.line, loc.column, self.rule)
        return (loc.path, 1, loc.row, 0, self.rule)


@dataclass(frozen=True)
class RuleInfo:
    """What reporters may say about a rule that ran (SARIF rule metadata, JUnit)."""

    summary: str
    category: Category
    severity: Severity
    citation: str | None = None
    description: str = ""
    confidence: str = ""
    pack: str | None = None


@dataclass(frozen=True)
class InputFile:
    """One audited input: its display path, content hash and records read from it."""

    path: str
    sha256: str | None  # None for stdin, which cannot be read twice
    records: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "records": self.records}


#: a 7 x 24 table of counts: ``grid[weekday][hour]``, Monday = 0, hours 0-23
Grid = tuple[tuple[int, ...], ...]

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def grid_of(cells: Iterable[tuple[int, int, int]]) -> Grid:
    """A :data:`Grid` from ``(weekday, hour, count)`` triples (repeats add up)."""
    rows = [[0] * 24 for _ in WEEKDAY_NAMES]
    for weekday, hour, n in cells:
        rows[weekday][hour] += n
    return tuple(tuple(row) for row in rows)


@dataclass(frozen=True)
class SendActivity:
    """Outbound sends of an audit by the recipient's local weekday and hour.

    ``sends`` counts every outbound record once. The clock is the log's
    ``recipient_tz`` (``by_recipient_tz`` sends), else the first candidate zone of the
    number (``by_number_zone``), else UTC (``in_utc``: no zone could be told).
    """

    sends: Grid
    by_recipient_tz: int = 0
    by_number_zone: int = 0
    in_utc: int = 0

    @property
    def total(self) -> int:
        return self.by_recipient_tz + self.by_number_zone + self.in_utc

    def to_dict(self) -> dict[str, Any]:
        return {
            "weekdays": [name.lower() for name in WEEKDAY_NAMES],
            "sends": [list(row) for row in self.sends],
            "clock": {
                "recipient_tz": self.by_recipient_tz,
                "number_zone": self.by_number_zone,
                "utc": self.in_utc,
            },
        }


@dataclass(frozen=True)
class RunResult:
    """Everything reporters need: what ran, how much was scanned, what was found."""

    tool_version: str
    policies: tuple[str, ...]
    scanned: int
    violations: tuple[Violation, ...]
    #: audits only: rows outside --since/--until, and remarks to read once
    #: (a check skipped for a missing field, records without a time zone...)
    is_audit: bool = False
    filtered: int = 0
    notes: tuple[str, ...] = ()
    #: the rules that ran, by id (reporters describe them; may be empty)
    rules: Mapping[str, RuleInfo] = field(default_factory=dict, compare=False)
    #: checks only: every template linted, in order, violations or not (JUnit lists
    #: passing templates too); the location is the template's first character
    checked: tuple[TemplateLocation, ...] = ()
    #: audits only: what was read (for the report's provenance), pack versions, and
    #: the wall-clock time of the run
    inputs: tuple[InputFile, ...] = ()
    pack_versions: Mapping[str, str] = field(default_factory=dict, compare=False)
    elapsed_seconds: float | None = field(default=None, compare=False)
    #: audits only: sends by local weekday x hour, and the log fields the inputs
    #: had (so a report can tell "no template ids in the log" from "none hit")
    activity: SendActivity | None = None
    log_fields: frozenset[str] = frozenset()

    @property
    def input_errors(self) -> int:
        return sum(1 for v in self.violations if v.category is Category.INPUT)

    def summary(self) -> dict[str, Any]:
        by_rule = Counter(v.rule for v in self.violations)
        by_category = Counter(v.category.value for v in self.violations)
        summary: dict[str, Any] = {
            "scanned": self.scanned,
            "violations": len(self.violations),
            "by_rule": dict(sorted(by_rule.items())),
            "by_category": dict(sorted(by_category.items())),
            "input_errors": self.input_errors,
        }
        if self.is_audit:
            summary["by_day"] = self.by_day()
            summary["filtered"] = self.filtered
            summary["notes"] = list(self.notes)
            if self.inputs:
                summary["inputs"] = [f.to_dict() for f in self.inputs]
            if self.activity is not None:
                summary["activity"] = {
                    **self.activity.to_dict(),
                    "violations": [list(row) for row in self.by_weekday_hour()],
                }
        return summary

    def by_day(self) -> dict[str, int]:
        """Violations per UTC send day (audits); input problems have no day."""
        days = Counter(
            v.location.day
            for v in self.violations
            if isinstance(v.location, RecordLocation) and v.location.day
        )
        return dict(sorted(days.items()))

    def by_weekday_hour(self) -> Grid:
        """Violations per local weekday x hour (audits; same clock as the sends)."""
        return grid_of(
            (v.location.weekday, v.location.hour, 1)
            for v in self.violations
            if isinstance(v.location, RecordLocation)
            and v.location.weekday is not None
            and v.location.hour is not None
        )

    def fails(self, threshold: Severity) -> bool:
        """True when a violation at or above ``threshold`` exists (exit code 1)."""
        return any(v.severity.at_least(threshold) for v in self.violations)


@dataclass(frozen=True)
class InputProblem:
    """Something in the input that could not be used: reported, never fatal to the run.

    ``message`` names what is wrong, never the content (it may be personal data).
    The engine turns it into a ``category: input`` violation.
    """

    location: Location
    message: str
    rule: str = "input-error"
    severity: Severity = Severity.ERROR
