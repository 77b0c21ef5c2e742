"""Where each character of a template's text sits in its original file.

Catalog formats decode escapes, fold lines and strip indentation, so a template's text
is rarely a plain slice of its file. Each format's reader rebuilds a value while
recording, for every decoded character, the file offset it came from (a :class:`Decoded`
collects the pairs); an escape maps to its backslash, a folded line break (the space or
newline it becomes) maps to the break itself. A :class:`SourceMap` stores that list as
runs and answers 1-based (line, column) positions, columns counted in code points.

This module holds only the format-neutral pieces: line starts, source maps, the
:class:`Decoded` builder and plain text. The format decoders live with their formats:
:mod:`smslint.yamlscalars`, :mod:`smslint.jsoncatalog`, :mod:`smslint.csvcatalog`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n?|\n")
_NOT_CR = re.compile(r"[^\r]*")


class LineIndex:
    """Line starts of a file's text; a line ends at LF, CR LF or a lone CR."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@dataclass(frozen=True, eq=False)
class SourceMap:
    """Maps character offsets of a (non-empty) decoded text to positions in its file.

    Offsets are stored as runs: within a run, consecutive characters come from
    consecutive file offsets.
    """

    lines: LineIndex
    length: int
    run_starts: tuple[int, ...]
    run_sources: tuple[int, ...]

    @classmethod
    def from_offsets(cls, lines: LineIndex, offsets: Sequence[int]) -> SourceMap:
        """Build a map from one file offset per decoded character (at least one)."""
        starts: list[int] = []
        sources: list[int] = []
        previous = -2
        for index, source in enumerate(offsets):
            if source != previous + 1:
                starts.append(index)
                sources.append(source)
            previous = source
        return cls(lines, len(offsets), tuple(starts), tuple(sources))

    def source_offset(self, offset: int | None) -> int:
        """File offset of a text offset; ``len(text)`` maps just past the last one."""
        if offset is None:
            return self.run_sources[0]
        if offset >= self.length:
            return self.source_offset(self.length - 1) + 1
        offset = max(offset, 0)
        run = bisect_right(self.run_starts, offset) - 1
        return self.run_sources[run] + offset - self.run_starts[run]

    def position(self, offset: int | None) -> tuple[int, int]:
        """1-based (line, column) in the file of a text offset (``None``: the start)."""
        return self.lines.position(self.source_offset(offset))


class Decoded:
    """Decoded characters and the file offset each one came from."""

    __slots__ = ("chars", "offsets")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, char: str, at: int) -> None:
        self.chars.append(char)
        self.offsets.append(at)

    def copy(self, text: str, start: int, end: int) -> None:
        self.chars.extend(text[start:end])
        self.offsets.extend(range(start, end))

    def result(self) -> tuple[str, tuple[int, ...]]:
        return "".join(self.chars), tuple(self.offsets)


def plain_text(text: str, start: int, end: int) -> tuple[str, tuple[int, ...]]:
    """A raw slice with its line breaks made ``\\n`` (an SMS has no CR LF)."""
    out = Decoded()
    i = start
    while i < end:
        run = _NOT_CR.match(text, i, end).end()  # type: ignore[union-attr]
        out.copy(text, i, run)
        if run < end:
            out.add("\n", run)
        i = run + (2 if text.startswith("\r\n", run) and run + 1 < end else 1)
    return out.result()
