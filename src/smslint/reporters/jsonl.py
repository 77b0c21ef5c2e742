"""One violation object per line, then nothing else (SPEC.md)."""

from __future__ import annotations

import json
from typing import TextIO

from smslint.violations import RunResult


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    out.writelines(
        json.dumps(violation.to_dict(), ensure_ascii=False) + "\n"
        for violation in result.violations
    )
