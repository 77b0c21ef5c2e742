"""A one-line progress display for long audits, on a terminal only.

Pipes and CI logs get nothing: a progress bar there is noise that ends up in
files. ``CI`` set to anything non-empty counts as CI (GitHub, GitLab, Jenkins...).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from smslint.logs.audit import Progress

#: redraw at most this often (seconds); drawing every batch would cost real time
_INTERVAL = 0.2


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """A drawing progress on an interactive terminal, else one that draws nothing."""
    stream = stream or sys.stderr
    if os.environ.get("CI") or not stream.isatty():
        return Progress()
    return LineProgress(stream)


class LineProgress(Progress):
    """Redraws one status line on ``stream`` (carriage return, no newlines)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._rows = 0
        self._last = 0.0
        self._drawn = False

    def _draw(self, text: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < _INTERVAL:
            return
        self._last = now
        self._stream.write("\r\x1b[2K" + text)
        self._stream.flush()
        self._drawn = True

    def reading(self, rows: int) -> None:
        self._rows += rows
        self._draw(f"smslint: reading logs… {self._rows:,} rows")

    def checking(self, total: int) -> Callable[[int], None] | None:
        done = 0

        def advance(bodies: int) -> None:
            nonlocal done
            done += bodies
            share = done / total if total else 1.0
            bar = "#" * int(share * 30)
            self._draw(
                f"smslint: checking bodies [{bar:<30}] {done:,}/{total:,}",
                force=done >= total,
            )

        return advance

    def done(self) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()
