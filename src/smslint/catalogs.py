"""Template catalogs: YAML, JSON and CSV files holding many templates keyed by id.

Each format is first read into one small tree of :class:`_Node` values that keep their
file offsets (a CSV row becomes the mapping a YAML list entry would be), so the shapes
are interpreted once:

- a mapping of id to entry;
- ``{templates: <mapping or list>}``, optionally with ``defaults: {lang: ...}`` and
  other top-level keys (``version``...);
- a list of entries, each with an ``id``.

An entry is a string (the text) or a mapping with ``text`` (or ``body``, ``content``,
``message``), an optional ``lang`` and optional suppressions; other keys are ignored::

    smslint:
      ignore:
        - {rule: RULE-ID, reason: why, expires: 2026-06-30}

CSV catalogs have a header row naming an id and a text column, optionally ``lang``,
``ignore`` (rule ids separated by ``;`` or ``,``), ``ignore_reason`` and
``ignore_expires``.
A malformed entry or row is reported where it is written; the rest is still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from smslint.language import normalize_language
from smslint.sourcemap import (
    Decoded,
    LineIndex,
    json_string_offsets,
    yaml_scalar_offsets,
)
from smslint.violations import InputProblem, TemplateLocation

TEXT_KEYS = ("text", "body", "content", "message")
CSV_ID_COLUMNS = ("id", "template_id", "key", "name")
CSV_TEXT_COLUMNS = ("text", "body", "template", "content", "message")
_UNKNOWN_LANGUAGE = (
    "unknown language (use en, zh-Hans or zh-Hant; zh, zh-CN, zh-TW, zh-HK also work)"
)
_IGNORE_SHAPE = "'smslint: ignore' must be a list of mappings {rule, reason, expires}"
_NOT_A_TEMPLATE = "a template must be a string or a mapping with 'text'"

_YAML_STR, _YAML_NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_JSON_WS = re.compile(r"[ \t\r\n]*")
_JSON = json.JSONDecoder()
# PyYAML quotes what it found; one character or a token name (<scalar>) is not content.
_QUOTED = re.compile(r"'([^']*)'")
_CSV_QUOTED = re.compile(r'[^"\r]*')
_CSV_BARE = re.compile(r"[^,\r\n]*")
_RULE_SEPARATOR = re.compile(r"[;,]")


@dataclass(frozen=True)
class Suppression:
    """A rule silenced on one template, with a required reason and an optional end."""

    rule: str
    reason: str
    expires: date | None
    line: int
    column: int


@dataclass(frozen=True)
class Entry:
    """One template as read from a catalog; ``offsets``: a file offset per character."""

    id: str
    text: str
    offsets: tuple[int, ...]
    lang: str | None
    suppressions: tuple[Suppression, ...] = ()


@dataclass(frozen=True)
class _Node:
    """A catalog value: ``map`` (key/value pairs), ``seq``, ``str``, ``null`` or
    ``scalar``.

    The ``value`` of a ``scalar`` (number, boolean, date...) is its source text.
    """

    kind: str
    value: Any
    start: int
    offsets: tuple[int, ...] = ()


class CatalogReader:
    """Reads one catalog file into entries and input problems (``results``)."""

    def __init__(self, display: str, text: str, lines: LineIndex) -> None:
        self.display = display
        self.text = text
        self.lines = lines
        self.results: list[Entry | InputProblem] = []

    def read_yaml(self) -> None:
        try:
            root = yaml.compose(self.text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            detail = _QUOTED.sub(_scrub, error.problem or "syntax error")
            return self._problem(mark.index if mark else 0, f"invalid YAML: {detail}")
        except yaml.reader.ReaderError as error:
            message = "invalid YAML: control characters are not allowed"
            return self._problem(error.position, message)
        except RecursionError:
            return self._problem(0, "invalid YAML: nested too deeply")
        if root is not None:
            self._read_tree(lambda: _from_yaml(root, self.text, -1))

    def read_json(self) -> None:
        try:
            json.loads(self.text)
        except json.JSONDecodeError as error:
            return self._problem(error.pos, f"invalid JSON: {error.msg}")
        except RecursionError:
            return self._problem(0, "invalid JSON: nested too deeply")
        self._read_tree(lambda: _from_json(self.text, 0)[0])

    def read_csv(self) -> None:
        rows, unclosed = _csv_rows(self.text)
        if rows:
            self._read_table(rows)
        if unclosed is not None:
            self._problem(unclosed, "quoted field is never closed")

    def _read_table(self, rows: list[tuple[int, list[_Node]]]) -> None:
        (header_at, header), rows = rows[0], rows[1:]
        names = [cell.value.strip().lower() for cell in header]
        columns = {name: index for index, name in reversed(list(enumerate(names)))}
        for role, aliases in (("text", CSV_TEXT_COLUMNS), ("id", CSV_ID_COLUMNS)):
            if not any(alias in columns for alias in aliases):
                choices = ", ".join(aliases)
                return self._problem(header_at, f"no {role} column (one of {choices})")
        id_column = next(columns[alias] for alias in CSV_ID_COLUMNS if alias in columns)
        text_column = next(columns[a] for a in CSV_TEXT_COLUMNS if a in columns)
        seen: dict[str, int] = {}
        for row_at, cells in rows:
            if len(cells) != len(names):
                count = f"row has {len(cells)} fields, the header has {len(names)}"
                self._problem(row_at, count)
                continue
            filled = {n: cells[i] for n, i in columns.items() if cells[i].value.strip()}
            item = _csv_item(row_at, cells[id_column], cells[text_column], filled)
            self._listed(item, None, seen)

    def _read_tree(self, build: Callable[[], _Node]) -> None:
        try:
            root = build()
        except RecursionError:
            return self._problem(0, "catalog is nested too deeply or refers to itself")
        lang = None
        templates = _lookup(root, "templates")
        if templates is not None and templates.kind in ("map", "seq"):
            top = self._fields(root)  # its keys are structure, not ids: check them
            default_lang = _lookup(top.get("defaults"), "lang")
            lang = self._language(default_lang) if default_lang is not None else None
            root = templates
        seen: dict[str, int] = {}
        if root.kind == "seq":
            for item in root.value:
                self._listed(item, lang, seen)
        elif root.kind == "map":
            for key, value in root.value:
                template_id = _name(key)
                if not template_id:
                    self._problem(key.start, "a template id must be a non-empty string")
                elif self._unique(template_id, key.start, seen):
                    self._tree_entry(template_id, key.start, value, lang)
        else:
            message = "a catalog must map ids to templates or list them with an 'id'"
            self._problem(root.start, message)

    def _listed(self, item: _Node, lang: str | None, seen: dict[str, int]) -> None:
        """One entry of a list: a mapping that carries its own ``id``."""
        if item.kind != "map":
            message = "a listed template must be a mapping with 'id' and 'text'"
            return self._problem(item.start, message)
        fields = self._fields(item)
        template_id = _name(fields.get("id"))
        if not template_id:
            self._problem(item.start, "template has no 'id'")
        elif self._unique(template_id, item.start, seen):
            self._tree_entry(template_id, item.start, item, lang, fields)

    def _tree_entry(
        self,
        template_id: str,
        at: int,
        node: _Node,
        lang: str | None,
        fields: dict[str, _Node] | None = None,
    ) -> None:
        """One entry; a listed one comes with its ``fields`` (read to find its id)."""
        if node.kind == "str":
            return self._entry(template_id, node, lang, ())
        if node.kind != "map":
            return self._problem(at, _NOT_A_TEMPLATE, template_id)
        fields = self._fields(node) if fields is None else fields
        named = [key for key in TEXT_KEYS if key in fields]
        if len(named) != 1:
            both = f"both '{named[0]}' and '{named[1]}'" if named else "no 'text'"
            return self._problem(at, f"template has {both}", template_id)
        if "lang" in fields:
            lang = self._language(fields["lang"], template_id)
        ignores = self._ignores(fields.get("smslint"), template_id)
        self._entry(template_id, fields[named[0]], lang, ignores)

    def _ignores(self, node: _Node | None, template_id: str) -> tuple[Suppression, ...]:
        if node is None:
            return ()
        ignore = _lookup(node, "ignore")
        if ignore is None and node.kind == "map":
            return ()
        if (
            ignore is None
            or ignore.kind != "seq"
            or any(item.kind != "map" for item in ignore.value)
        ):
            self._problem((ignore or node).start, _IGNORE_SHAPE, template_id)
            return ()
        found = [self._suppression(item, template_id) for item in ignore.value]
        return tuple(suppression for suppression in found if suppression is not None)

    def _suppression(self, item: _Node, template_id: str) -> Suppression | None:
        fields = self._fields(item)
        rule, reason = _name(fields.get("rule")), _name(fields.get("reason"))
        expires = _name(fields.get("expires"))
        if not rule or not reason:
            missing = "reason" if rule else "rule"
            self._problem(item.start, f"suppression needs a {missing}", template_id)
            return None
        try:
            until = date.fromisoformat(expires) if expires else None
        except ValueError:
            message = "suppression 'expires' must be a date (YYYY-MM-DD)"
            self._problem(item.start, message, template_id)
            return None
        return Suppression(rule, reason, until, *self.lines.position(item.start))

    def _entry(
        self,
        template_id: str,
        text: _Node,
        lang: str | None,
        ignores: tuple[Suppression, ...],
    ) -> None:
        if text.kind != "str":
            message = "template text must be a string"
            return self._problem(text.start, message, template_id)
        if not text.value.strip():
            return self._problem(text.start, "empty template text", template_id)
        entry = Entry(template_id, text.value, text.offsets, lang, ignores)
        self.results.append(entry)

    def _language(self, node: _Node, template_id: str | None = None) -> str | None:
        """The declared language; None (so it is detected) after reporting a bad one."""
        code = normalize_language(node.value) if node.kind == "str" else None
        if code is None:
            self._problem(node.start, _UNKNOWN_LANGUAGE, template_id)
        return code

    def _fields(self, node: _Node) -> dict[str, _Node]:
        """A mapping's values by key; a repeated key is reported, the first one kept."""
        fields: dict[str, _Node] = {}
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = _name(key) or ""
            if name in seen:
                first = self.lines.position(seen[name])[0]
                self._problem(key.start, f"duplicate key (first on line {first})")
            else:
                seen[name] = key.start
                fields[name] = value
        return fields

    def _unique(self, template_id: str, at: int, seen: dict[str, int]) -> bool:
        if template_id in seen:
            first = self.lines.position(seen[template_id])[0]
            message = f"duplicate template id (first on line {first})"
            self._problem(at, message, template_id)
            return False
        seen[template_id] = at
        return True

    def _problem(self, at: int, message: str, template_id: str | None = None) -> None:
        line, column = self.lines.position(at)
        location = TemplateLocation(self.display, line, column, template_id)
        self.results.append(InputProblem(location, message))


def _scrub(quoted: re.Match[str]) -> str:
    found = quoted.group(1)
    return quoted.group() if len(found) <= 2 or found.startswith("<") else "'...'"


def _name(node: _Node | None) -> str | None:
    """The text of a scalar used as a name (id, rule, date); None for anything else."""
    if node is None or node.kind not in ("str", "scalar"):
        return None
    return str(node.value).strip() or None


def _lookup(node: _Node | None, key: str) -> _Node | None:
    """The first value of ``key`` in a mapping node; None for any other node."""
    if node is None or node.kind != "map":
        return None
    return next((value for name, value in node.value if _name(name) == key), None)


def _csv_item(
    at: int, id_cell: _Node, text_cell: _Node, filled: dict[str, _Node]
) -> _Node:
    """A CSV row as the mapping a YAML or JSON list entry would be."""
    item = {"id": id_cell, "text": text_cell, "lang": filled.get("lang")}
    ignore = filled.get("ignore")
    if ignore is not None:
        rules = [r.strip() for r in _RULE_SEPARATOR.split(ignore.value) if r.strip()]
        reason = filled.get("ignore_reason")
        expires = filled.get("ignore_expires")
        # Without a reason every rule fails alike: one problem is enough.
        suppressions = [
            _mapping(ignore.start, rule=_Node("str", rule, ignore.start),
                     reason=reason, expires=expires)
            for rule in (rules if reason else rules[:1])
        ]  # fmt: skip
        item["smslint"] = _mapping(
            ignore.start, ignore=_Node("seq", suppressions, ignore.start)
        )
    return _mapping(at, **item)


def _mapping(at: int, **values: _Node | None) -> _Node:
    pairs = [(_Node("str", k, at), v) for k, v in values.items() if v is not None]
    return _Node("map", pairs, at)


def _from_yaml(node: yaml.Node, text: str, parent_column: int) -> _Node:
    start, column = node.start_mark.index, node.start_mark.column
    if isinstance(node, yaml.MappingNode):
        pairs = [
            (_from_yaml(key, text, column), _from_yaml(value, text, column))
            for key, value in node.value
        ]
        return _Node("map", pairs, start)
    if isinstance(node, yaml.SequenceNode):
        items = [_from_yaml(item, text, column) for item in node.value]
        return _Node("seq", items, start)
    if node.tag == _YAML_STR:
        end, style = node.end_mark.index, node.style
        offsets = yaml_scalar_offsets(
            text, start, end, style, node.value, parent_column
        )
        return _Node("str", node.value, start, offsets)
    return _Node("null" if node.tag == _YAML_NULL else "scalar", node.value, start)


def _skip_ws(text: str, i: int) -> int:
    return _JSON_WS.match(text, i).end()  # type: ignore[union-attr]


def _from_json(text: str, i: int) -> tuple[_Node, int]:
    """The value at ``i`` of a document already validated by :func:`json.loads`."""
    start = i = _skip_ws(text, i)
    if text[i] == '"':
        value, end = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
        return _Node("str", value, start, json_string_offsets(text, i)), end
    if text[i] not in "{[":
        value, end = _JSON.raw_decode(text, i)
        return _Node("null" if value is None else "scalar", text[i:end], start), end
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
    return _Node("map" if close == "}" else "seq", items, start), _skip_ws(text, i) + 1


def _csv_rows(text: str) -> tuple[list[tuple[int, list[_Node]]], int | None]:
    """RFC 4180 rows as (offset, a ``str`` node per field); where a quote stays open.

    Quoted line breaks become ``\\n``; blank lines are not rows. Like Python's csv
    module, text after a closing quote joins the field.
    """
    rows: list[tuple[int, list[_Node]]] = []
    i = 0
    while i < len(text):
        row_at, fields = i, []
        while True:
            out, start = Decoded(), i
            if text.startswith('"', i):
                i += 1
                while True:
                    run = _CSV_QUOTED.match(text, i).end()  # type: ignore[union-attr]
                    out.copy(text, i, run)
                    if run >= len(text):
                        return rows, start
                    if text.startswith('""', run):
                        out.add('"', run)
                        i = run + 2
                    elif text[run] == "\r":
                        out.add("\n", run)
                        i = run + 1 + text.startswith("\r\n", run)
                    else:
                        i = run + 1  # the closing quote
                        break
            run = _CSV_BARE.match(text, i).end()  # type: ignore[union-attr]
            out.copy(text, i, run)
            value, offsets = out.result()
            fields.append(_Node("str", value, start, offsets))
            i = run + 1
            if not text.startswith(",", run):
                break
        i += text.startswith("\r\n", run)
        if len(fields) > 1 or fields[0].value or text.startswith('"', row_at):
            rows.append((row_at, fields))
    return rows, None
