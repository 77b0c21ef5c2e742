"""The format-neutral tree every catalog file is first read into.

YAML, JSON and CSV catalogs are parsed by their own modules (:mod:`smslint.yamlcatalog`,
:mod:`smslint.jsoncatalog`, :mod:`smslint.csvcatalog`) into the same small tree of
:class:`Node` values that keep their file offsets, so that :mod:`smslint.catalogs`
interprets the catalog shapes once for all formats. A format that cannot be read at all
hands back a :class:`Problem` instead of a tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NESTED_TOO_DEEPLY = "catalog is nested too deeply or refers to itself"


@dataclass(frozen=True)
class Node:
    """A catalog value: ``map`` (key/value pairs), ``seq``, ``str``, ``null`` or
    ``scalar``.

    The ``value`` of a ``scalar`` (number, boolean, date...) is its source text.
    ``offsets`` (``str`` only) holds the file offset of each character of the value.
    """

    kind: str
    value: Any
    start: int
    offsets: tuple[int, ...] = ()


@dataclass(frozen=True)
class Problem:
    """What is wrong at file offset ``at``, found before any template id is known."""

    at: int
    message: str


def mapping(at: int, **values: Node | None) -> Node:
    """A ``map`` node at ``at`` of the given values; None values are left out."""
    pairs = [(Node("str", k, at), v) for k, v in values.items() if v is not None]
    return Node("map", pairs, at)


def name(node: Node | None) -> str | None:
    """The text of a scalar used as a name (id, rule, date); None for anything else."""
    if node is None or node.kind not in ("str", "scalar"):
        return None
    return str(node.value).strip() or None


def lookup(node: Node | None, key: str) -> Node | None:
    """The first value of ``key`` in a mapping node; None for any other node."""
    if node is None or node.kind != "map":
        return None
    return next((value for found, value in node.value if name(found) == key), None)
