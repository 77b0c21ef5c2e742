"""Template catalogs: YAML, JSON and CSV files holding many templates keyed by id.

YAML and JSON are first read into one small tree of :class:`_Node` values that keep their
file offsets, so the accepted shapes are interpreted once:

- a mapping of id to entry;
- ``{templates: <mapping or list>}``, optionally with ``defaults: {lang: ...}`` and other
  top-level keys (``version``...);
- a list of entries, each with an ``id``.

An entry is a string (the text) or a mapping with ``text`` (or ``body``, ``content``,
``message``), an optional ``lang`` and optional suppressions; other keys are left alone::

    smslint:
      ignore:
        - {rule: RULE-ID, reason: why, expires: 2026-06-30}

CSV catalogs have a header row naming an id and a text column, optionally ``lang``,
``ignore`` (rule ids separated by ``;`` or ``,``), ``ignore_reason``, ``ignore_expires``.
A malformed entry or row is reported where it is written; the rest is still read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable

import yaml

from smslint.language import normalize_language
from smslint.sourcemap import Decoded, LineIndex, json_string_offsets, yaml_scalar_offsets
from smslint.violations import InputProblem, TemplateLocation

TEXT_KEYS = ("text", "body", "content", "message")
CSV_ID_COLUMNS = ("id", "template_id", "key", "name")
CSV_TEXT_COLUMNS = ("text", "body", "template", "content", "message")
_UNKNOWN_LANGUAGE = "unknown language (use en, zh-Hans or zh-Hant; zh, zh-CN, zh-TW, zh-HK also work)"
_IGNORE_SHAPE = "'smslint: ignore' must be a list of mappings {rule, reason, expires}"

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
    """A rule silenced on one template, with a required reason and an optional end date."""

    rule: str
    reason: str
    expires: date | None
    line: int
    column: int


@dataclass(frozen=True)
class Entry:
    """One template as read from a catalog; ``offsets`` holds a file offset per character."""

    id: str
    text: str
    offsets: tuple[int, ...]
    lang: str | None
    suppressions: tuple[Suppression, ...] = ()


@dataclass(frozen=True)
class _Node:
    """A catalog value: ``map`` (key/value node pairs), ``seq``, ``str``, ``null``, ``scalar``.

    ``value`` of a ``scalar`` (number, boolean, date...) is its source text.
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
            return self._problem(error.position, "invalid YAML: control characters are not allowed")
        if root is None:
            return self._problem(0, "no templates in catalog")
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
        if unclosed is not None:
            self._problem(unclosed, "quoted field is never closed")
        if not rows:
            return
        header_at, header = rows[0]
        names = [field.value.strip().lower() for field in header]
        columns = {name: index for index, name in reversed(list(enumerate(names)))}
        id_column = next((columns[c] for c in CSV_ID_COLUMNS if c in columns), None)
        text_column = next((columns[c] for c in CSV_TEXT_COLUMNS if c in columns), None)
        if text_column is None:
            return self._problem(header_at, f"no text column (one of {', '.join(CSV_TEXT_COLUMNS)})")
        if id_column is None:
            return self._problem(header_at, f"no id column (one of {', '.join(CSV_ID_COLUMNS)})")
        seen: dict[str, int] = {}
        for row_at, fields in rows[1:]:
            if len(fields) != len(names):
                self._problem(row_at, f"row has {len(fields)} fields, the header has {len(names)}")
                continue
            row = {name: fields[index] for name, index in columns.items()}
            template_id = fields[id_column].value.strip()
            if not template_id:
                self._problem(row_at, "row has no template id")
            elif self._unique(template_id, row_at, seen):
                lang = row.get("lang")
                code = self._language(lang, template_id) if lang and lang.value.strip() else None
                self._entry(template_id, fields[text_column], code, self._csv_ignores(row, template_id))

    def _csv_ignores(self, row: dict[str, _Node], template_id: str) -> tuple[Suppression, ...]:
        ignore = row.get("ignore")
        rules = [r.strip() for r in _RULE_SEPARATOR.split(ignore.value) if r.strip()] if ignore else []
        if not ignore or not rules:
            return ()
        cell = {key: row[key].value.strip() if key in row else None for key in ("ignore_reason", "ignore_expires")}
        first = self._suppression(ignore.start, rules[0], cell["ignore_reason"], cell["ignore_expires"], template_id)
        return (first, *(replace(first, rule=rule) for rule in rules[1:])) if first else ()

    def _read_tree(self, build: Callable[[], _Node]) -> None:
        try:
            root = build()
        except RecursionError:
            return self._problem(0, "catalog is nested too deeply or refers to itself")
        body, lang = root, None
        top = self._fields(root, report=False) if root.kind == "map" else {}
        if "templates" in top and top["templates"].kind in ("map", "seq"):
            self._fields(root)  # again, now that the keys are known to be structure, not ids
            body = top["templates"]
            defaults = top.get("defaults")
            default = self._fields(defaults) if defaults is not None and defaults.kind == "map" else {}
            if "lang" in default:
                lang = self._language(default["lang"])
        if body.kind == "map":
            seen: dict[str, int] = {}
            for key, value in body.value:
                template_id = _name(key) or ""
                if self._unique(template_id, key.start, seen):
                    self._tree_entry(template_id, key.start, value, lang)
        elif body.kind == "seq":
            self._listed(body.value, lang)
        else:
            self._problem(root.start, "a catalog must map ids to templates or list templates with an 'id'")

    def _listed(self, items: list[_Node], lang: str | None) -> None:
        seen: dict[str, int] = {}
        for item in items:
            template_id = _name(self._fields(item).get("id")) if item.kind == "map" else None
            if item.kind != "map":
                self._problem(item.start, "a listed template must be a mapping with 'id' and 'text'")
            elif not template_id:
                self._problem(item.start, "template has no 'id'")
            elif self._unique(template_id, item.start, seen):
                self._tree_entry(template_id, item.start, item, lang, checked=True)

    def _tree_entry(self, template_id: str, at: int, node: _Node, lang: str | None,
                    checked: bool = False) -> None:
        if node.kind == "str":
            return self._entry(template_id, node, lang, ())
        if node.kind != "map":
            return self._problem(at, "a template must be a string or a mapping with 'text'", template_id)
        # A listed entry's keys were already checked for duplicates while finding its id.
        fields = self._fields(node, report=not checked)
        named = [key for key in TEXT_KEYS if key in fields]
        if len(named) != 1:
            detail = f"has both '{named[0]}' and '{named[1]}'" if named else "has no 'text'"
            return self._problem(at, f"template {detail}", template_id)
        if "lang" in fields:
            lang = self._language(fields["lang"], template_id)
        ignores = self._tree_ignores(fields.get("smslint"), template_id)
        self._entry(template_id, fields[named[0]], lang, ignores)

    def _tree_ignores(self, node: _Node | None, template_id: str) -> tuple[Suppression, ...]:
        ignore = self._fields(node).get("ignore") if node is not None and node.kind == "map" else node
        if ignore is None:
            return ()
        if ignore.kind != "seq" or any(item.kind != "map" for item in ignore.value):
            self._problem(ignore.start, _IGNORE_SHAPE, template_id)
            return ()
        found = []
        for item in ignore.value:
            fields = self._fields(item)
            reason = fields.get("reason")
            found.append(self._suppression(
                item.start, _name(fields.get("rule")),
                reason.value.strip() if reason is not None and reason.kind == "str" else None,
                _name(fields.get("expires")), template_id,
            ))  # fmt: skip
        return tuple(s for s in found if s is not None)

    def _entry(self, template_id: str, text: _Node, lang: str | None,
               ignores: tuple[Suppression, ...]) -> None:
        if text.kind != "str":
            return self._problem(text.start, "template text must be a string", template_id)
        if not text.value.strip():
            return self._problem(text.start, "empty template text", template_id)
        self.results.append(Entry(template_id, text.value, text.offsets, lang, ignores))

    def _language(self, node: _Node, template_id: str | None = None) -> str | None:
        """The declared language, or None (then it is detected) after reporting a bad one."""
        code = normalize_language(node.value) if node.kind == "str" else None
        if code is None:
            self._problem(node.start, _UNKNOWN_LANGUAGE, template_id)
        return code

    def _suppression(self, at: int, rule: str | None, reason: str | None, expires: str | None,
                     template_id: str) -> Suppression | None:
        if not rule or not reason:
            self._problem(at, f"suppression needs a {'reason' if rule else 'rule'}", template_id)
            return None
        try:
            until = date.fromisoformat(expires) if expires else None
        except ValueError:
            self._problem(at, "suppression 'expires' must be a date (YYYY-MM-DD)", template_id)
            return None
        return Suppression(rule, reason, until, *self.lines.position(at))

    def _fields(self, node: _Node, report: bool = True) -> dict[str, _Node]:
        """A mapping's values by key; a repeated key is reported and the first one kept."""
        fields: dict[str, _Node] = {}
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = _name(key) or ""
            if name not in seen:
                seen[name] = key.start
                fields[name] = value
            elif report:
                self._problem(key.start, f"duplicate key (first on line {self.lines.position(seen[name])[0]})")
        return fields

    def _unique(self, template_id: str, at: int, seen: dict[str, int]) -> bool:
        if template_id in seen:
            first = self.lines.position(seen[template_id])[0]
            self._problem(at, f"duplicate template id (first on line {first})", template_id)
            return False
        seen[template_id] = at
        return True

    def _problem(self, at: int, message: str, template_id: str | None = None) -> None:
        location = TemplateLocation(self.display, *self.lines.position(at), template_id)
        self.results.append(InputProblem(location, message))


def _scrub(quoted: re.Match[str]) -> str:
    return quoted.group() if len(quoted.group(1)) <= 2 or quoted.group(1).startswith("<") else "'...'"


def _name(node: _Node | None) -> str | None:
    """The text of a scalar used as a name (id, rule, date); None for anything else."""
    if node is None or node.kind not in ("str", "scalar"):
        return None
    return str(node.value).strip() or None


def _from_yaml(node: yaml.Node, text: str, parent_column: int) -> _Node:
    start = node.start_mark.index
    if isinstance(node, yaml.MappingNode):
        pairs = [(_from_yaml(k, text, node.start_mark.column), _from_yaml(v, text, node.start_mark.column))
                 for k, v in node.value]  # fmt: skip
        return _Node("map", pairs, start)
    if isinstance(node, yaml.SequenceNode):
        return _Node("seq", [_from_yaml(item, text, node.start_mark.column) for item in node.value], start)
    if node.tag == _YAML_STR:
        offsets = yaml_scalar_offsets(text, start, node.end_mark.index, node.style, node.value, parent_column)
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
    """RFC 4180 rows as (offset, a ``str`` node per field), and where an unclosed quote opens.

    Quoted line breaks become ``\\n``; blank lines are not rows. Like Python's csv module,
    text after a closing quote joins the field.
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
