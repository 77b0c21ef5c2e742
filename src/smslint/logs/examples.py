"""Run a record rule on the small send log of one of its pack examples."""

from __future__ import annotations

from smslint.checks import RunContext
from smslint.logs.context import AuditContext, RecordCheck
from smslint.logs.table import REQUIRED_FIELDS, connect, create_records
from smslint.policy.spec import Example
from smslint.violations import Hit

#: example field name -> ``records`` column, where they differ
_COLUMN = {"recipient_relation": "relation"}


def run_record_example(
    check: RecordCheck, example: Example, context: RunContext
) -> list[Hit]:
    """Hits of ``check`` over ``example.records`` (given in log field names)."""
    rows = [
        {_COLUMN.get(k, k): v for k, v in record.items()} for record in example.records
    ]
    fields = frozenset(REQUIRED_FIELDS).union(*(r.keys() for r in example.records))
    con = connect(threads=1)
    try:
        create_records(con, rows)
        audit = AuditContext(con, fields, detectors=context)
        return [hit for _seq, hit in check.run(audit)]
    finally:
        con.close()


__all__ = ["run_record_example"]
