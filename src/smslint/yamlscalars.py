"""Decoding YAML scalars with the file offset of every character.

PyYAML gives a scalar's value and where the node starts and ends, not where each of its
characters was written; escapes, folded lines, chomping and block indentation make the
two differ. :func:`yaml_scalar_offsets` re-scans the scalar's source the way PyYAML's
scanner does and records, per decoded character, the offset it came from (an escape
maps to its backslash, a folded line break to the break), so catalog errors and
violations point into YAML files exactly. It lives apart from :mod:`smslint.sourcemap`
because it is the one YAML-specific, scanner-mirroring piece of position tracking.
"""

from __future__ import annotations

import re

from smslint.sourcemap import Decoded

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
        brk, after = _line_break(text, i)
        out.add(brk, i)
        i = after


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
            i = _collect_break(text, i, breaks)
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
        i = _collect_break(text, i, breaks)
        column = 0


def _collect_break(text: str, i: int, breaks: list[tuple[str, int]]) -> int:
    """Note the line break at ``i`` (as decoded, and where); return the offset after."""
    brk, after = _line_break(text, i)
    breaks.append((brk, i))
    return after
