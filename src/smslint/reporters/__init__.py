"""Output formats. Each reporter only formats a :class:`RunResult`; none filters."""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from smslint.errors import UsageError
from smslint.violations import RunResult

Reporter = Callable[[RunResult, TextIO], None]

#: format name -> module with ``write(result, out)``
FORMATS: dict[str, str] = {
    "text": "smslint.reporters.text",
    "json": "smslint.reporters.json",
    "jsonl": "smslint.reporters.jsonl",
    "sarif": "smslint.reporters.sarif",
    "junit": "smslint.reporters.junit",
    "github": "smslint.reporters.github",
    "html": "smslint.reporters.html",
}


def get_reporter(name: str) -> Reporter:
    return importlib.import_module(FORMATS[name]).write  # type: ignore[no-any-return]


def write_atomically(path: Path, render: Callable[[TextIO], None]) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename.

    A reader never sees a half-written report, and a failed run leaves whatever was
    at ``path`` before untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(
            f"cannot write output: {exc.strerror}", path=str(path)
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            render(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
