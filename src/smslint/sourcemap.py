"""Where each character of a template's text sits in its original file.

Catalog formats decode escapes, fold lines and strip indentation, so a template's text
is rarely a plain slice of its file. The decoders here rebuild a scalar's value while
recording, for every decoded character, the file offset it came from: an escape maps to
its backslash, a folded line break (the space or newline it becomes) maps to the break
itself. A :class:`SourceMap` stores that list as runs and answers 1-based (line,
column) positions, columns counted in code points.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

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
_NOT_CR = re.compile(r"[^\r]*")
# Separation between a node's properties (``&anchor``, ``!tag``) and its scalar.
_SEPARATION = re.compile(r"(?:[ \t\r\n]|#[^\r\n]*)*")


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


def json_string_offsets(text: str, start: int) -> tuple[int, ...]:
    """Offsets of the characters of the JSON string opening (``"``) at ``start``."""
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
    return tuple(offsets)


def _is_surrogate_pair(text: str, i: int) -> bool:
    high, low = text[i + 2 : i + 6], text[i + 8 : i + 12]
    return (
        0xD800 <= int(high, 16) <= 0xDBFF
        and text[i + 6 : i + 8] == "\\u"
        and 0xDC00 <= int(low, 16) <= 0xDFFF
    )


def yaml_scalar_offsets(
    text: str, start: int, end: int, style: str | None, value: str, parent_column: int
) -> tuple[int, ...]:
    """Offsets of the characters of a YAML scalar's ``value``.

    ``start``/``end`` are PyYAML's node marks, ``style`` its scalar style and
    ``parent_column`` the column (0-based) of the enclosing block collection, or -1 at
    the document root: block scalars need it to know their indentation.
    """
    if text[start : start + 1] in ("&", "!"):
        start = _skip_properties(text, start)
    out = Decoded()
    if style in ("|", ">"):
        _block(text, start, style == ">", parent_column, out)
    else:
        _flow(text, start, end, style, out)
    decoded, offsets = out.result()
    # A construct these decoders do not mirror: point every character at the scalar.
    return offsets if decoded == value else (start,) * len(value)


def _skip_properties(text: str, i: int) -> int:
    while text[i : i + 1] in ("&", "!"):
        while i < len(text) and text[i] not in " \t\r\n":
            i += 1
        i = _SEPARATION.match(text, i).end()  # type: ignore[union-attr]
    return i


def _line_break(text: str, i: int) -> tuple[str, int]:
    """The line break at ``i`` as YAML decodes it, and the offset after it."""
    if text.startswith("\r\n", i):
        return "\n", i + 2
    return ("\n" if text[i] in "\r\n\x85" else text[i]), i + 1


def _flow(text: str, start: int, end: int, style: str | None, out: Decoded) -> None:
    """Plain, single- and double-quoted scalars (mirrors PyYAML's scanner)."""
    i, stop = (start + 1, end - 1) if style in ("'", '"') else (start, end)
    while i < stop:
        ch = text[i]
        literal = _FLOW_LITERAL.match(text, i, stop)
        if literal:
            out.copy(text, i, literal.end())
            i = literal.end()
        elif ch in " \t" or ch in _YAML_BREAKS:
            j = i
            while j < stop and text[j] in " \t":
                j += 1
            if j < stop and text[j] in _YAML_BREAKS:
                i = _fold(text, j, stop, out)
            else:
                out.copy(text, i, j)
                i = j
        elif style == "'" and ch == "'":
            out.add("'", i)  # '' is an escaped quote
            i += 2
        elif style == '"' and ch == "\\":
            code = text[i + 1]
            if code in _YAML_ESCAPES:
                out.add(_YAML_ESCAPES[code], i)
                i += 2
            elif code in _YAML_CODES:
                size = _YAML_CODES[code]
                out.add(chr(int(text[i + 2 : i + 2 + size], 16)), i)
                i += 2 + size
            else:  # an escaped line break joins the lines without a space
                i = _breaks(text, _line_break(text, i + 1)[1], stop, out)
        else:
            out.add(ch, i)
            i += 1


def _fold(text: str, i: int, stop: int, out: Decoded) -> int:
    """Fold the line break at ``i``: one break is a space, n+1 breaks are n newlines."""
    first, j = _line_break(text, i)
    more = Decoded()
    j = _breaks(text, j, stop, more)
    if first != "\n" or not more.chars:
        out.add(" " if first == "\n" else first, i)
    out.chars += more.chars
    out.offsets += more.offsets
    return j


def _breaks(text: str, i: int, stop: int, out: Decoded) -> int:
    """Skip indentation and collect the empty lines that follow a line break."""
    while True:
        while i < stop and text[i] in " \t":
            i += 1
        if i >= stop or text[i] not in _YAML_BREAKS:
            return i
        out.add(_line_break(text, i)[0], i)
        i = _line_break(text, i)[1]


def _block(
    text: str, start: int, folded: bool, parent_column: int, out: Decoded
) -> None:
    """Literal ``|`` and folded ``>`` block scalars (mirrors PyYAML's scanner)."""
    n = len(text)
    chomping, increment, i = _block_header(text, start)
    min_indent = max(parent_column + 1, 1)
    if increment is None:
        i, column, widest, breaks = _block_indentation(text, i)
        indent = max(min_indent, widest)
    else:
        indent = min_indent + increment - 1
        i, column, breaks = _block_breaks(text, i, indent)
    line_break, break_at = "", i
    while column == indent and i < n:
        for brk, at in breaks:
            out.add(brk, at)
        leading_non_space = text[i] not in " \t"
        break_at = i
        while break_at < n and text[break_at] not in _YAML_BREAKS:
            break_at += 1
        out.copy(text, i, break_at)
        line_break, after = _line_break(text, break_at) if break_at < n else ("", n)
        i, column, breaks = _block_breaks(text, after, indent)
        if column != indent or i >= n:
            break
        if not (
            folded and line_break == "\n" and leading_non_space and text[i] not in " \t"
        ):
            out.add(line_break, break_at)
        elif not breaks:
            out.add(" ", break_at)
    if chomping is not False and line_break:
        out.add(line_break, break_at)
    for brk, at in breaks if chomping else ():
        out.add(brk, at)


def _block_header(text: str, start: int) -> tuple[bool | None, int | None, int]:
    """Chomping (``+``: True, ``-``: False), indentation indicator, first line."""
    chomping: bool | None = None
    increment: int | None = None
    i = start + 1
    while i < len(text) and text[i] in "+-123456789":
        if text[i] in "+-":
            chomping = text[i] == "+"
        else:
            increment = int(text[i])
        i += 1
    while i < len(text) and text[i] not in _YAML_BREAKS:
        i += 1  # spaces and a comment
    return chomping, increment, _line_break(text, i)[1] if i < len(text) else i


def _block_indentation(
    text: str, i: int
) -> tuple[int, int, int, list[tuple[str, int]]]:
    """Leading empty lines; without an indicator the widest of them sets the indent."""
    column = widest = 0
    breaks: list[tuple[str, int]] = []
    while i < len(text) and (text[i] == " " or text[i] in _YAML_BREAKS):
        if text[i] == " ":
            i += 1
            column += 1
            widest = max(widest, column)
        else:
            breaks.append((_line_break(text, i)[0], i))
            i = _line_break(text, i)[1]
            column = 0
    return i, column, widest, breaks


def _block_breaks(
    text: str, i: int, indent: int
) -> tuple[int, int, list[tuple[str, int]]]:
    """Skip up to ``indent`` spaces of each following line, collecting empty lines."""
    column = 0
    breaks: list[tuple[str, int]] = []
    while True:
        while column < indent and i < len(text) and text[i] == " ":
            i += 1
            column += 1
        if i >= len(text) or text[i] not in _YAML_BREAKS:
            return i, column, breaks
        breaks.append((_line_break(text, i)[0], i))
        i = _line_break(text, i)[1]
        column = 0
