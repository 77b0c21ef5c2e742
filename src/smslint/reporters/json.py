"""The contract's JSON report (SPEC.md, "The JSON report")."""

from __future__ import annotations

import json
from typing import Any, TextIO

from smslint.violations import RunResult


def report(result: RunResult) -> dict[str, Any]:
    return {
        "tool": {"name": "smslint", "version": result.tool_version},
        "policies": list(result.policies),
        "summary": result.summary(),
        "violations": [v.to_dict() for v in result.violations],
    }


def write(result: RunResult, out: TextIO, *, quiet: bool = False) -> None:
    json.dump(report(result), out, ensure_ascii=False, indent=2)
    out.write("\n")
