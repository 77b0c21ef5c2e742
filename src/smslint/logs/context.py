"""What a record check gets to work with during an audit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from smslint.checks import RunContext
from smslint.message import Message
from smslint.violations import Hit

#: rows fetched from DuckDB per round trip when Python looks at bodies
BATCH_ROWS = 10_000


@dataclass
class AuditContext:
    """The connection holding ``records``/``bodies`` and run-wide facts.

    ``fields`` are the log fields the inputs actually had (required ones included);
    a check whose ``needs`` are not all present is skipped and said once.
    ``detectors`` is the run's shared detector cache (the same one content checks use).
    ``notes`` collects run-level remarks a check wants the user to read once (e.g.
    "41 records had no determinable time zone; quiet-hours skipped them"); they
    must never quote message text or phone numbers.
    """

    con: Any
    fields: frozenset[str]
    detectors: RunContext = field(default_factory=RunContext)
    notes: list[str] = field(default_factory=list)

    def classify_bodies(
        self,
        table: str,
        classify: Callable[[Message], str | None],
        *,
        direction: str,
        relations: Sequence[str] | None = None,
    ) -> None:
        """Create temp table ``table(body_id, value)`` for bodies sent in ``direction``.

        ``classify`` sees each distinct body once (as a rendered message, language
        detected) and returns a label or ``None``; only labelled bodies get a row.
        ``relations`` narrows it to bodies sent to recipients of those relations
        (a missing relation counts as ``unknown``).
        """
        from smslint.language import detect_language
        from smslint.logs.table import insert_columns

        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table} (body_id BIGINT, value VARCHAR)"
        )
        # only bodies of the records the caller will judge: a third-party rule
        # needs the few bodies sent to relatives, not every reminder
        where, params = "direction = ?", [direction]
        if relations is not None:
            where += " AND list_contains(?, coalesce(relation, 'unknown'))"
            params.append(list(relations))
        cursor = self.con.execute(
            "SELECT body_id, body FROM bodies WHERE body_id IN "
            f"(SELECT body_id FROM records WHERE {where})",
            params,
        )
        ids: list[int] = []
        values: list[str] = []
        while batch := cursor.fetchmany(BATCH_ROWS):
            for body_id, body in batch:
                label = classify(
                    Message(body, detect_language(body), is_template=False)
                )
                if label is not None:
                    ids.append(body_id)
                    values.append(label)
        insert_columns(self.con, table, {"body_id": ids, "value": values})


class RecordCheck(Protocol):
    """A compiled record rule: a plan over ``records`` that names offending rows.

    ``needs`` are the optional log fields without which the check cannot run.
    ``run`` yields ``(seq, hit)`` for every offending record; a hit's ``args`` fill
    the rule's message and its ``evidence`` says what was wrong (never message text).
    """

    needs: frozenset[str]

    def run(self, audit: AuditContext) -> Any:  # Iterable[tuple[int, Hit]]
        ...


__all__ = ["AuditContext", "BATCH_ROWS", "Hit", "RecordCheck"]
