"""GitHub Actions workflow commands: one annotation per violation.

``::error file=PATH,line=L,col=C,title=RULE::MESSAGE`` (``warning``; ``info`` becomes
``notice``). A log record has no line: its annotation names the file and says
``row N`` in the title. Values are escaped as the Actions toolkit does: ``%``, CR
and LF in the message; also ``:`` and ``,`` in properties.
"""

from __future__ import annotations

from typing import TextIO

from smslint.reporters.text import summary_line
from smslint.violations import RecordLocation, RunResult, Severity, Violation

COMMANDS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(v: Violation) -> str:
    loc = v.location
    props: list[tuple[str, str]] = [("file", loc.path)]
    if isinstance(loc, RecordLocation):
        title = v.rule
        if loc.row > 0:
            title += f" (row {loc.row}"
            title += f", message {loc.message_id})" if loc.message_id else ")"
    else:
        props += [("line", str(loc.line)), ("col", str(loc.column))]
        title = f"{v.rule} [{loc.template_id}]" if loc.template_id else v.rule
    props.append(("title", title))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[v.severity]} {rendered}::{escape_data(v.message)}"


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    out.writelines(annotation(v) + "\n" for v in result.violations)
    if not quiet:
        out.writelines(
            f"::notice title=smslint::{escape_data(note)}\n" for note in result.notes
        )
        out.write(summary_line(result) + "\n")
