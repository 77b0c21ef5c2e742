"""Reading a JSON catalog file into the positioned tree of :mod:`smslint.catalogtree`.

:func:`json.loads` validates the document and reports where it breaks; the standard
library keeps no positions, so :func:`json_tree` then walks the (valid) text itself,
noting where each value starts and, per string, the file offset of each decoded
character (:func:`json_string_offsets`: an escape maps to its backslash).
"""

from __future__ import annotations

import json
import re
from typing import Any

from smslint.catalogtree import NESTED_TOO_DEEPLY, Node, Problem

_JSON_WS = re.compile(r"[ \t\r\n]*")
_JSON = json.JSONDecoder()


def json_tree(text: str) -> Node | Problem:
    """The document's tree, or where and why it is not JSON."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return Problem(error.pos, f"invalid JSON: {error.msg}")
    except RecursionError:
        return Problem(0, "invalid JSON: nested too deeply")
    try:
        return _from_json(text, 0)[0]
    except RecursionError:
        return Problem(0, NESTED_TOO_DEEPLY)


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


def _skip_ws(text: str, i: int) -> int:
    return _JSON_WS.match(text, i).end()  # type: ignore[union-attr]


def _from_json(text: str, i: int) -> tuple[Node, int]:
    """The value at ``i`` of a document already validated by :func:`json.loads`."""
    start = i = _skip_ws(text, i)
    if text[i] == '"':
        value, end = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
        return Node("str", value, start, json_string_offsets(text, i)), end
    if text[i] not in "{[":
        value, end = _JSON.raw_decode(text, i)
        return Node("null" if value is None else "scalar", text[i:end], start), end
    close = "}" if text[i] == "{" else "]"
    items: list[Any] = []
    i += 1
    while text[_skip_ws(text, i)] != close:
        item, i = _from_json(text, i)
        if close == "}":
            value, i = _from_json(text, _skip_ws(text, i) + 1)  # after the colon
            item = (item, value)
        items.append(item)
        i = _skip_ws(text, i)
        if text[i] == ",":
            i += 1
    return Node("map" if close == "}" else "seq", items, start), _skip_ws(text, i) + 1
