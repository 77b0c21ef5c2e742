"""Content rules on a log's bodies: every distinct outbound body is checked once.

Gateway logs repeat bodies (a reminder rendered for thousands of debtors is often the
same text), so the audit checks each distinct body once and fans the findings out to
its records in SQL. With ``workers > 1`` batches of bodies go to a process pool. The
auditing process compiles the checks before it reads a row (a broken rule fails in a
second, not after minutes of staging); forked workers inherit them, and workers started
any other way compile their own once (the compiled-lexicon cache makes that cheap).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from smslint.checks import CheckFn, RunContext, get_kind
from smslint.engine import evidence_of, format_message, severity_of
from smslint.errors import SmslintError
from smslint.language import detect_language
from smslint.message import Message
from smslint.policy.spec import RuleSpec
from smslint.violations import Severity

#: bodies per batch sent to a worker: big enough to amortise pickling
BATCH_BODIES = 2_000


@dataclass(frozen=True)
class BodyHit:
    """One finding of one rule in one body, ready to be placed on its records."""

    body_id: int
    rule: int  # index into the rules list
    severity: Severity
    message: str
    evidence: str | None
    sensitive: bool = False  # the evidence is personal data (masked unless --show-pii)


Batch = Sequence[tuple[int, str]]
Checks = list[tuple[int, RuleSpec, CheckFn]]

# one compiled set of checks per worker process (set by _init_worker)
_WORKER_CHECKS: Checks = []
# the auditing process's checks while its pool starts: a forked worker has them
_INHERITED: Checks | None = None
_WORKER_SHOW_PII = False
# why the checks could not be compiled there, raised with the first batch
_WORKER_ERROR: SmslintError | None = None


def compile_checks(rules: Sequence[RuleSpec], context: RunContext) -> Checks:
    """The message rules' checks, each with its index in ``rules``."""
    return [
        (index, rule, get_kind(rule.kind).build(rule.options, context))
        for index, rule in enumerate(rules)
    ]


def check_batch(batch: Batch, checks: Checks, show_pii: bool) -> list[BodyHit]:
    found: list[BodyHit] = []
    for body_id, body in batch:
        message = Message(body, detect_language(body), is_template=False)
        for index, rule, check in checks:
            for hit in check(message):
                found.append(
                    BodyHit(
                        body_id,
                        index,
                        severity_of(rule, hit),
                        format_message(rule, hit),
                        evidence_of(hit, body, show_pii),
                        hit.sensitive,
                    )
                )
    return found


def _init_worker(rules: Sequence[RuleSpec], show_pii: bool) -> None:
    global _WORKER_CHECKS, _WORKER_SHOW_PII, _WORKER_ERROR
    # an initializer's exception only breaks the pool, and its message is lost: keep
    # it for the first batch, whose result carries it to the auditing process
    try:
        _WORKER_CHECKS = (
            _INHERITED
            if _INHERITED is not None
            else compile_checks(rules, RunContext())
        )
    except SmslintError as exc:
        _WORKER_ERROR = exc
    _WORKER_SHOW_PII = show_pii


def _worker_batch(batch: Batch) -> list[BodyHit]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    return check_batch(batch, _WORKER_CHECKS, _WORKER_SHOW_PII)


#: the distinct outbound bodies, in body_id order (see outbound_bodies)
OUTBOUND_BODIES = "_outbound_bodies"


@contextmanager
def outbound_bodies(con: Any) -> Iterator[int]:
    """The distinct outbound bodies in a table of their own while the block runs;
    yields how many there are.

    Checking them then streams a plain table scan, which needs next to no memory:
    the audit holds DuckDB low while content workers run (a join or sort streamed
    under that limit fails to pin its blocks).
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {OUTBOUND_BODIES} AS "
        "SELECT body_id, body FROM bodies WHERE body_id IN "
        "(SELECT body_id FROM records WHERE direction = 'outbound') ORDER BY body_id"
    )
    try:
        row = con.execute(f"SELECT count(*) FROM {OUTBOUND_BODIES}").fetchone()
        yield int(row[0]) if row else 0
    finally:
        con.execute(f"DROP TABLE IF EXISTS {OUTBOUND_BODIES}")


def _batches(con: Any) -> Iterator[Batch]:
    cursor = con.execute(f"SELECT body_id, body FROM {OUTBOUND_BODIES}")
    while batch := cursor.fetchmany(BATCH_BODIES):
        yield batch


def check_bodies(
    con: Any,
    checks: Checks,
    *,
    show_pii: bool,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[BodyHit]:
    """Every finding of the compiled message rules in the distinct outbound bodies
    (inside :func:`outbound_bodies`)."""
    if not checks:
        return []
    if workers <= 1:
        found: list[BodyHit] = []
        for batch in _batches(con):
            found.extend(check_batch(batch, checks, show_pii))
            if progress:
                progress(len(batch))
        return found
    return _check_in_pool(con, checks, show_pii, workers, progress)


def _check_in_pool(
    con: Any,
    checks: Checks,
    show_pii: bool,
    workers: int,
    progress: Callable[[int], None] | None,
) -> list[BodyHit]:
    global _INHERITED
    found: list[BodyHit] = []
    # NOTE: Executor.map would submit every batch at once and hold all bodies in
    # memory; a bounded queue of futures keeps memory flat however long the log.
    pending: deque[tuple[Future[list[BodyHit]], int]] = deque()
    rules = [rule for _, rule, _ in checks]
    # Forked workers share the compiled checks (copy-on-write) instead of building
    # their own; elsewhere (spawn) each compiles them from the rules.
    fork = "fork" in multiprocessing.get_all_start_methods()
    _INHERITED = checks if fork else None
    if fork:
        # The collector writes to every tracked object it visits, and each write
        # copies a shared page into the worker: frozen objects it never visits.
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork") if fork else None,
            initializer=_init_worker,
            initargs=(rules, show_pii),
        ) as pool:
            for batch in _batches(con):
                pending.append((pool.submit(_worker_batch, batch), len(batch)))
                if len(pending) >= 2 * workers:
                    _collect(pending.popleft(), found, progress)
            while pending:
                _collect(pending.popleft(), found, progress)
    finally:
        _INHERITED = None
        gc.unfreeze()
    return found


def _collect(
    item: tuple[Future[list[BodyHit]], int],
    found: list[BodyHit],
    progress: Callable[[int], None] | None,
) -> None:
    future, size = item
    try:
        found.extend(future.result())
    except BrokenProcessPool:
        raise SmslintError(
            "a content-check worker stopped unexpectedly (out of memory?);"
            " run again with --workers 1 to see why"
        ) from None
    if progress:
        progress(size)
