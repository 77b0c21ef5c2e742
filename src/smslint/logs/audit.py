"""Audit send logs: read them into one table, run record and content rules, report.

The order is fixed: compile every rule (a broken one fails before a row is read),
stage every input (bad rows become input problems, unreadable files are listed), check
each distinct outbound body once with the message rules, run each record rule's plan
over ``records``, then place every finding on its row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from smslint import __version__
from smslint.checks import RunContext, get_kind, is_record_kind
from smslint.engine import (
    RunOptions,
    format_message,
    problem_violation,
    rule_infos,
    selected_rules,
    severity_of,
)
from smslint.logs import activity
from smslint.logs.content import (
    BodyHit,
    check_bodies,
    compile_checks,
    outbound_bodies,
)
from smslint.logs.context import AuditContext, RecordCheck
from smslint.logs.regions import RegionScope
from smslint.logs.staging import LogInput, stage
from smslint.logs.table import connect, insert_columns, memory_held_to
from smslint.policy.spec import Policy, RuleSpec
from smslint.violations import (
    Category,
    Hit,
    InputFile,
    RecordLocation,
    RunResult,
    Violation,
)


@dataclass(frozen=True)
class AuditSettings:
    """How logs are read and checked (flags and the config's ``audit:`` section)."""

    columns: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    naive_tz: str | None = None
    default_region: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    workers: int = 1
    #: DuckDB's share of memory; beyond it tables and sorts spill to a temp folder
    memory_limit: str = "512MB"
    #: DuckDB's share while bodies are checked: it only streams them out then, and
    #: the content workers forked from this process need the memory
    content_memory_limit: str = "64MB"


class Progress:
    """Callbacks the CLI uses to draw progress; the default draws nothing."""

    def reading(self, rows: int) -> None:
        """``rows`` more rows have been read."""

    def checking(self, total: int) -> Callable[[int], None] | None:
        """Content checking of ``total`` distinct bodies starts; returns a per-batch
        callback taking the number of bodies just checked."""
        return None

    def done(self) -> None:
        """The audit has finished (clear the progress line)."""


@dataclass(frozen=True)
class AuditOutcome:
    result: RunResult
    unreadable: tuple[str, ...]  # inputs that could not be read at all (exit 2)


def audit_logs(
    inputs: Sequence[LogInput],
    policy: Policy,
    options: RunOptions,
    settings: AuditSettings,
    progress: Progress | None = None,
) -> AuditOutcome:
    progress = progress or Progress()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="smslint-audit-") as spill:
        con = connect(
            threads=max(1, settings.workers),
            temp_dir=spill,
            memory_limit=settings.memory_limit,
        )
        try:
            outcome = _audit(con, inputs, policy, options, settings, progress)
        finally:
            progress.done()
            con.close()
    elapsed = round(time.monotonic() - started, 3)
    return replace(outcome, result=replace(outcome.result, elapsed_seconds=elapsed))


def _audit(
    con: Any,
    inputs: Sequence[LogInput],
    policy: Policy,
    options: RunOptions,
    settings: AuditSettings,
    progress: Progress,
) -> AuditOutcome:
    rules = selected_rules(policy, options.selection)
    record_rules = [r for r in rules if is_record_kind(get_kind(r.kind))]
    message_rules = [r for r in rules if r not in record_rules]
    context = RunContext()
    message_checks = compile_checks(message_rules, context)
    record_checks = [
        (rule, get_kind(rule.kind).build(rule.options, context))
        for rule in record_rules
    ]
    staged = stage(
        con,
        inputs,
        columns=settings.columns,
        encoding=settings.encoding,
        naive_tz=settings.naive_tz,
        default_region=settings.default_region,
        since=settings.since,
        until=settings.until,
        progress=progress.reading,
    )
    audit = AuditContext(con, staged.fields, detectors=context)
    activity.prepare(con)  # before any violation is placed: locations use its tables
    sends = activity.send_activity(con)

    if message_rules:
        with (
            outbound_bodies(con) as bodies,
            memory_held_to(
                con, settings.content_memory_limit, then=settings.memory_limit
            ),
        ):
            body_hits = check_bodies(
                con,
                message_checks,
                show_pii=options.show_pii,
                workers=settings.workers,
                progress=progress.checking(bodies),
            )
    else:
        body_hits = []
    read = _input_files(con, inputs, staged.unreadable)
    scope = RegionScope(con) if any(r.countries for r in rules) else None
    violations = list(
        _content_violations(con, message_rules, body_hits, scoped=bool(scope))
    )
    for rule, check in record_checks:
        if scope:
            scope.narrow(rule.countries)
        violations.extend(_record_violations(con, rule, check, audit))
    violations.extend(
        problem_violation(p)
        for p in staged.problems
        if options.selection.wants(p.rule, Category.INPUT)
    )
    violations.sort(key=lambda v: v.sort_key)
    result = RunResult(
        tool_version=__version__,
        policies=policy.packs,
        scanned=staged.records,
        violations=tuple(violations),
        is_audit=True,
        filtered=staged.filtered,
        notes=tuple(audit.notes),
        rules=rule_infos(rules),
        inputs=read,
        pack_versions=dict(policy.versions),
        activity=sends,
        log_fields=staged.fields,
    )
    return AuditOutcome(result, tuple(staged.unreadable))


def _content_violations(
    con: Any, rules: Sequence[RuleSpec], hits: Sequence[BodyHit], *, scoped: bool
) -> Iterable[Violation]:
    by_body: dict[int, list[BodyHit]] = defaultdict(list)
    for hit in hits:
        by_body[hit.body_id].append(hit)
    if not by_body:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _hit_bodies (body_id BIGINT)")
    insert_columns(con, "_hit_bodies", {"body_id": list(by_body)})
    region = "rr.region" if scoped else "NULL"
    regions = (
        "LEFT JOIN recipient_regions rr ON rr.recipient = r.recipient "
        if scoped
        else ""
    )
    cursor = con.execute(
        f"SELECT r.body_id, {region}, {_LOCATION_COLUMNS} FROM records r "
        f"JOIN _hit_bodies USING (body_id) {regions}{activity.LOCAL_JOINS}"
        "WHERE r.direction = 'outbound'"
    )
    while batch := cursor.fetchmany(10_000):
        for body_id, country, *where in batch:
            location = _location(*where)
            for hit in by_body[body_id]:
                rule = rules[hit.rule]
                if rule.countries and country not in rule.countries:
                    continue
                yield Violation(
                    rule=rule.id,
                    category=rule.category,
                    severity=hit.severity,
                    message=hit.message,
                    location=location,
                    evidence=hit.evidence,
                    policy=rule.pack,
                    citation=rule.citation,
                    sensitive=hit.sensitive,
                )


def _record_violations(
    con: Any, rule: RuleSpec, check: RecordCheck, audit: AuditContext
) -> Iterable[Violation]:
    missing = sorted(set(check.needs) - audit.fields)
    if missing:
        audit.notes.append(
            f"{rule.id} skipped: the log has no {', '.join(missing)} field "
            "(map one with --column FIELD=SOURCE)"
        )
        return
    by_seq: dict[int, list[Hit]] = defaultdict(list)
    for seq, hit in check.run(audit):
        by_seq[seq].append(hit)
    if not by_seq:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _hit_seqs (seq BIGINT)")
    insert_columns(con, "_hit_seqs", {"seq": list(by_seq)})
    cursor = con.execute(
        f"SELECT r.seq, {_LOCATION_COLUMNS} FROM records r JOIN _hit_seqs USING (seq) "
        f"{activity.LOCAL_JOINS}"
    )
    while batch := cursor.fetchmany(10_000):
        for seq, *where in batch:
            location = _location(*where)
            for hit in by_seq[seq]:
                yield Violation(
                    rule=rule.id,
                    category=rule.category,
                    severity=severity_of(rule, hit),
                    message=format_message(rule, hit),
                    location=location,
                    evidence=hit.evidence,
                    policy=rule.pack,
                    citation=rule.citation,
                    sensitive=hit.sensitive,
                )


# where a violation is: row, UTC day, the log's ids and the local weekday and hour
# (read with activity.LOCAL_JOINS, the same clock as the sends heat map)
_LOCATION_COLUMNS = (
    "r.file, r.\"row\", r.message_id, strftime(r.sent_at, '%Y-%m-%d'), "
    f"r.template_id, r.debtor_id, {activity.LOCAL_COLUMNS}"
)


def _location(
    path: str,
    row: int,
    message_id: str | None,
    day: str | None,
    template_id: str | None,
    debtor_id: str | None,
    weekday: int,
    hour: int,
) -> RecordLocation:
    return RecordLocation(
        path, int(row), message_id, day, template_id, debtor_id, weekday, hour
    )


def _input_files(
    con: Any, inputs: Sequence[LogInput], unreadable: Sequence[str]
) -> tuple[InputFile, ...]:
    """Each readable input with its SHA-256 and record count (report provenance)."""
    counts = dict(
        con.execute("SELECT file, count(*) FROM records GROUP BY file").fetchall()
    )
    return tuple(
        InputFile(item.display, _sha256(item.path), int(counts.get(item.display, 0)))
        for item in inputs
        if item.display not in unreadable
    )


def _sha256(path: Path | None) -> str | None:
    if path is None:
        return None  # stdin: already consumed
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
