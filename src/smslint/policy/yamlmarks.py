"""YAML loading that remembers where every key and value was written.

Policy packs and config files must point their errors at ``file:line:column``, so we
compose PyYAML's node graph ourselves instead of calling ``safe_load``: the result is
plain Python data plus a :class:`Marks` table from key paths (``("rules", 3, "kind")``)
to 1-based positions. Duplicate keys are errors (PyYAML keeps the last one silently).

Scalars follow PyYAML's safe rules with two exceptions that bite people writing
policies: unquoted times (``21:00``, a base-60 integer in YAML 1.1) and dates
(``2021-11-30``) stay the strings they were written as.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from smslint.errors import SmslintError
from smslint.policy.spec import SourcePos

Keys = tuple[str | int, ...]
Position = tuple[int, int]
ErrorGroup = Callable[[list[SmslintError]], SmslintError]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_PLAIN_KEY = re.compile(r"^[\w-]+$")


@dataclass(frozen=True)
class Marks:
    """Positions of the values (and mapping keys) of one document, seen from ``root``.

    ``root`` is the key path of the part a caller handed on (e.g. ``("overrides",)``),
    so errors about that part still render the full key path. A ``Marks`` without
    positions (say, for ``pyproject.toml``) still names the file.
    """

    path: str | None
    values: dict[Keys, Position] = field(default_factory=dict, repr=False)
    keys: dict[Keys, Position] = field(default_factory=dict, repr=False)
    root: Keys = ()

    def child(self, *keys: str | int) -> Marks:
        """The same marks, rooted at ``keys`` below the current root."""
        return Marks(self.path, self.values, self.keys, self.root + keys)

    def position(
        self, keys: Sequence[str | int] = (), *, at_key: bool = False
    ) -> Position | None:
        """Where ``keys`` was written, else where its nearest written ancestor was."""
        full = self.root + tuple(keys)
        if at_key and full in self.keys:
            return self.keys[full]
        while full not in self.values and full:
            full = full[:-1]
        return self.values.get(full)

    def source(self, keys: Sequence[str | int] = ()) -> SourcePos:
        pos = self.position(keys)
        return SourcePos(self.path or "<unknown>", *(pos or (None, None)))

    def key_path(self, keys: Sequence[str | int] = ()) -> str:
        """Render ``("rules", 3, "kind")`` as ``rules[3].kind``, including the root."""
        out = ""
        for key in self.root + tuple(keys):
            if isinstance(key, int):
                out += f"[{key}]"
            elif _PLAIN_KEY.match(key):
                out += f".{key}" if out else key
            else:
                out += f"[{key!r}]"
        return out

    def error(
        self,
        cls: type[SmslintError],
        keys: Sequence[str | int],
        message: str,
        *,
        at_key: bool = False,
    ) -> SmslintError:
        """An error of class ``cls`` about ``keys``, placed where it was written."""
        line, column = self.position(keys, at_key=at_key) or (None, None)
        return cls(
            message,
            path=self.path,
            line=line,
            column=column,
            key_path=self.key_path(keys) or None,
        )


@dataclass(frozen=True)
class Document:
    """A loaded YAML document: plain data (dicts, lists, scalars) and its marks."""

    data: Any
    marks: Marks


def load(
    path: str | Path,
    *,
    error: type[SmslintError] = SmslintError,
    group: ErrorGroup | None = None,
) -> Document:
    """Read and parse the YAML file at ``path`` (see :func:`loads`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        message = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise error(message, path=str(path)) from exc
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc
    return loads(text, str(path), error=error, group=group)


def loads(
    text: str,
    path: str,
    *,
    error: type[SmslintError] = SmslintError,
    group: ErrorGroup | None = None,
) -> Document:
    """Parse one YAML document; syntax errors and duplicate keys raise ``error``.

    When several duplicate keys are found, ``group`` (if given) bundles them into one
    exception so they are all reported; otherwise the first one is raised.
    """
    loader = _Loader(text)
    builder = _Builder(loader, path)
    try:
        node = loader.get_single_node()
        data = None if node is None else builder.build(node, ())
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, path, error) from exc
    except yaml.YAMLError as exc:
        raise error(f"YAML error: {exc}", path=path) from exc
    finally:
        loader.dispose()
    problems = [
        error(message, path=path, line=pos[0], column=pos[1], key_path=key_path)
        for key_path, pos, message in builder.problems
    ]
    if problems:
        raise group(problems) if group and len(problems) > 1 else problems[0]
    marks = Marks(path, builder.values, builder.keys)
    return Document(data, marks)


def _syntax_error(
    exc: yaml.MarkedYAMLError, path: str, error: type[SmslintError]
) -> SmslintError:
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or str(exc)
    if exc.problem and exc.context:
        where = exc.context_mark
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        what += f" ({exc.context}{at})"
    return error(
        f"YAML syntax error: {what}",
        path=path,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


def _pos(node: Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed node graph into plain data, recording marks and problems."""

    def __init__(self, loader: Any, path: str) -> None:
        self.loader = loader
        self.values: dict[Keys, Position] = {}
        self.keys: dict[Keys, Position] = {}
        self.problems: list[tuple[str | None, Position, str]] = []
        self._render = Marks(path).key_path
        self._active: set[int] = set()

    def build(self, node: Node, keys: Keys) -> Any:
        self.values.setdefault(keys, _pos(node))
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if id(node) in self._active:
            # an alias that contains itself; following it would never end
            self._problem(keys, node, "recursive alias")
            return None
        self._active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                children = enumerate(node.value)
                return [self.build(child, keys + (i,)) for i, child in children]
            return self._mapping(node, keys)
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: MappingNode, keys: Keys) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self._problem(keys, key_node, "mapping keys must be plain text")
                continue
            key = key_node.value
            here = keys + (key,)
            if key_node.tag == _TAG + "merge":
                self._problem(here, key_node, "merge keys ('<<') are not supported")
                continue
            if here in self.keys:
                first = self.keys[here][0]
                self._problem(here, key_node, f"duplicate key (first on line {first})")
                continue
            self.keys[here] = _pos(key_node)
            if _is_empty(value_node):
                # PyYAML puts an empty value after the colon or on the next line
                self.values[here] = self.keys[here]
            out[key] = self.build(value_node, here)
        return out

    def _problem(self, keys: Keys, node: Node, message: str) -> None:
        self.problems.append((self._render(keys) or None, _pos(node), message))

    def _scalar(self, node: ScalarNode) -> Any:
        tag = node.tag.removeprefix(_TAG)
        if tag == "timestamp" or (tag in ("int", "float") and ":" in node.value):
            return node.value
        return self.loader.construct_object(node)


def _is_empty(node: Node) -> bool:
    """``key:`` with nothing after it (unlike an explicit ``~`` or ``null``)."""
    return isinstance(node, ScalarNode) and node.tag == _TAG + "null" and not node.value
