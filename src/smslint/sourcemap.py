"""Where each character of a template's text sits in its original file.

Catalog formats decode escapes, fold lines and strip indentation, so a template's text is
rarely a plain slice of its file. The decoders here rebuild a scalar's value while recording,
for every decoded character, the file offset it came from: an escape maps to its backslash,
a folded line break (the space or newline it becomes) maps to the break itself. A
:class:`SourceMap` stores that list as runs and answers 1-based (line, column) positions,
columns counted in code points.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

_LINE_BREAK = re.compile(r"\r\n?|\n")
# YAML's own line breaks (the scanner also breaks lines at NEL, LS and PS).
_YAML_BREAKS = "\r\n\x85\u2028\u2029"
_YAML_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
    "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_YAML_CODES = {"x": 2, "u": 4, "U": 8}
_FLOW_LITERAL = re.compile(r"[^ \t'\"\\\r\n\x85\u2028\u2029]+")
# Separation between a node's properties (``&anchor``, ``!tag``) and its scalar.
_SEPARATION = re.compile(r"(?:[ \t\r\n]|#[^\r\n]*)*")


class LineIndex:
    """Line starts of one file's text; a line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a file offset."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@dataclass(frozen=True, eq=False)
class SourceMap:
    """Maps character offsets of a decoded text to positions in its file.

    Offsets are stored as runs: within a run, consecutive characters come from
    consecutive file offsets. ``origin`` is where the text starts in the file (used
    for an empty text and for "the whole template" findings).
    """

    lines: LineIndex
    origin: int
    length: int
    run_starts: tuple[int, ...]
    run_sources: tuple[int, ...]

    @classmethod
    def from_offsets(cls, lines: LineIndex, offsets: Sequence[int], origin: int) -> SourceMap:
        """Build a map from one file offset per decoded character."""
        starts: list[int] = []
        sources: list[int] = []
        previous = -2
        for index, source in enumerate(offsets):
            if source != previous + 1:
                starts.append(index)
                sources.append(source)
            previous = source
        return cls(lines, offsets[0] if offsets else origin, len(offsets), tuple(starts), tuple(sources))

    def source_offset(self, offset: int | None) -> int:
        """File offset of a text offset; ``len(text)`` maps just past the last character."""
        if offset is None or not self.run_starts:
            return self.origin
        if offset >= self.length:
            return self.source_offset(self.length - 1) + 1
        offset = max(offset, 0)
        run = bisect_right(self.run_starts, offset) - 1
        return self.run_sources[run] + offset - self.run_starts[run]

    def position(self, offset: int | None) -> tuple[int, int]:
        """1-based (line, column) in the file of a text offset (``None``: the start)."""
        return self.lines.position(self.source_offset(offset))


def plain_text(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """A raw slice with line breaks normalized to ``\\n`` (an SMS has no CR LF)."""
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        if text[i] == "\r":
            chars.append("\n")
            offsets.append(i)
            i += 2 if text[i + 1 : i + 2] == "\n" and i + 1 < end else 1
        else:
            chars.append(text[i])
            offsets.append(i)
            i += 1
    return "".join(chars), offsets


def json_string_offsets(text: str, start: int) -> list[int]:
    """Offsets of the characters of the JSON string whose opening quote is at ``start``."""
    offsets: list[int] = []
    i = start + 1
    while text[i] != '"':
        offsets.append(i)
        if text[i] != "\\":
            i += 1
        elif text[i + 1] != "u":
            i += 2
        elif _is_surrogate_pair(text, i):
            i += 12  # json decodes \\uD83D\\uDE00 to one character
        else:
            i += 6
    return offsets


def _is_surrogate_pair(text: str, i: int) -> bool:
    if not 0xD800 <= int(text[i + 2 : i + 6], 16) <= 0xDBFF or text[i + 6 : i + 8] != "\\u":
        return False
    return 0xDC00 <= int(text[i + 8 : i + 12], 16) <= 0xDFFF


def yaml_scalar_offsets(
    text: str, start: int, end: int, style: str | None, value: str, parent_column: int
) -> list[int]:
    """Offsets of the characters of a YAML scalar's ``value``.

    ``start``/``end`` are PyYAML's node marks, ``style`` its scalar style and
    ``parent_column`` the column (0-based) of the enclosing block collection, or -1 at
    the document root: block scalars need it to know their indentation.
    """
    if text[start : start + 1] in ("&", "!"):
        start = _skip_properties(text, start)
    if style in ("|", ">"):
        chars, offsets = _block(text, start, style == ">", parent_column)
    else:
        chars, offsets = _flow(text, start, end, style)
    if "".join(chars) != value:
        # A construct these decoders do not mirror: point every character at the scalar.
        return [start] * len(value)
    return offsets


def _skip_properties(text: str, i: int) -> int:
    while text[i : i + 1] in ("&", "!"):
        while i < len(text) and text[i] not in " \t\r\n":
            i += 1
        i = _SEPARATION.match(text, i).end()  # type: ignore[union-attr]
    return i


def _line_break(text: str, i: int) -> tuple[str, int]:
    """The line break at ``i`` as YAML decodes it, and the offset after it."""
    if text[i] == "\r" and text[i + 1 : i + 2] == "\n":
        return "\n", i + 2
    return ("\n" if text[i] in "\r\n\x85" else text[i]), i + 1


def _flow(text: str, start: int, end: int, style: str | None) -> tuple[list[str], list[int]]:
    """Plain, single- and double-quoted scalars (mirrors PyYAML's scanner)."""
    chars: list[str] = []
    offsets: list[int] = []
    quoted = style in ("'", '"')
    i, stop = (start + 1, end - 1) if quoted else (start, end)
    while i < stop:
        ch = text[i]
        literal = _FLOW_LITERAL.match(text, i, stop)
        if literal:
            chars.extend(literal.group())
            offsets.extend(range(i, literal.end()))
            i = literal.end()
        elif ch in " \t" or ch in _YAML_BREAKS:
            j = i
            while j < stop and text[j] in " \t":
                j += 1
            if j < stop and text[j] in _YAML_BREAKS:
                i = _fold(text, j, stop, chars, offsets)
            else:
                chars.extend(text[i:j])
                offsets.extend(range(i, j))
                i = j
        elif style == "'" and ch == "'":
            chars.append("'")  # '' is an escaped quote
            offsets.append(i)
            i += 2
        elif style == '"' and ch == "\\":
            code = text[i + 1]
            if code in _YAML_ESCAPES:
                chars.append(_YAML_ESCAPES[code])
                offsets.append(i)
                i += 2
            elif code in _YAML_CODES:
                size = _YAML_CODES[code]
                chars.append(chr(int(text[i + 2 : i + 2 + size], 16)))
                offsets.append(i)
                i += 2 + size
            else:  # an escaped line break joins the lines without a space
                i = _breaks(text, _line_break(text, i + 1)[1], stop, chars, offsets)
        else:
            chars.append(ch)
            offsets.append(i)
            i += 1
    return chars, offsets


def _fold(text: str, i: int, stop: int, chars: list[str], offsets: list[int]) -> int:
    """Fold the line break at ``i``: one break is a space, n+1 breaks are n newlines."""
    first, j = _line_break(text, i)
    more_chars: list[str] = []
    more_offsets: list[int] = []
    j = _breaks(text, j, stop, more_chars, more_offsets)
    if first != "\n":
        chars.append(first)
        offsets.append(i)
    elif not more_chars:
        chars.append(" ")
        offsets.append(i)
    chars.extend(more_chars)
    offsets.extend(more_offsets)
    return j


def _breaks(text: str, i: int, stop: int, chars: list[str], offsets: list[int]) -> int:
    """Skip indentation and collect the empty lines that follow a line break."""
    while True:
        while i < stop and text[i] in " \t":
            i += 1
        if i >= stop or text[i] not in _YAML_BREAKS:
            return i
        chars.append(_line_break(text, i)[0])
        offsets.append(i)
        i = _line_break(text, i)[1]


def _block(text: str, start: int, folded: bool, parent_column: int) -> tuple[list[str], list[int]]:
    """Literal ``|`` and folded ``>`` block scalars (mirrors PyYAML's scanner)."""
    n = len(text)
    chomping: bool | None = None
    increment: int | None = None
    i = start + 1
    while i < n and text[i] in "+-123456789":
        if text[i] in "+-":
            chomping = text[i] == "+"
        else:
            increment = int(text[i])
        i += 1
    while i < n and text[i] not in _YAML_BREAKS:
        i += 1  # the rest of the header line: spaces and a comment
    if i < n:
        i = _line_break(text, i)[1]
    min_indent = max(parent_column + 1, 1)
    if increment is None:
        # Without an indicator, the first non-empty line sets the indentation.
        j, widest = i, 0
        while j < n and text[j] in " " + _YAML_BREAKS:
            j = _line_break(text, j)[1] if text[j] != " " else j + 1
            widest = max(widest, j - _line_start(text, j)) if text[j - 1] == " " else widest
        indent = max(min_indent, widest)
    else:
        indent = min_indent + increment - 1
    chars: list[str] = []
    offsets: list[int] = []
    i, column, breaks = _block_breaks(text, i, indent)
    line_break, break_at = "", i
    while column == indent and i < n:
        for brk, at in breaks:
            chars.append(brk)
            offsets.append(at)
        leading_non_space = text[i] not in " \t"
        j = i
        while j < n and text[j] not in _YAML_BREAKS:
            j += 1
        chars.extend(text[i:j])
        offsets.extend(range(i, j))
        line_break, break_at = _line_break(text, j) if j < n else ("", j)
        i, column, breaks = _block_breaks(text, break_at + (len(text[j:j + 2]) if text[j:j + 2] == "\r\n" else 1), indent)
        if not (column == indent and i < n):
            break
        if folded and line_break == "\n" and leading_non_space and text[i] not in " \t":
            if not breaks:
                chars.append(" ")
                offsets.append(j)
        else:
            chars.append(line_break)
            offsets.append(j)
    if chomping is not False and line_break:
        chars.append(line_break)
        offsets.append(break_at)
    if chomping:
        for brk, at in breaks:
            chars.append(brk)
            offsets.append(at)
    return chars, offsets
