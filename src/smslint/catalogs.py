"""Template catalogs: the files holding many templates keyed by id, and their shapes.

YAML, JSON and CSV files are first read into one small tree of positioned nodes
(:mod:`smslint.catalogtree`; built by :mod:`smslint.yamlcatalog`,
:mod:`smslint.jsoncatalog` and :mod:`smslint.csvcatalog`, where a CSV row becomes the
mapping a YAML list entry would be), so :class:`CatalogReader` interprets the shapes
once for every format:

- a mapping of id to entry;
- ``{templates: <mapping or list>}``, optionally with ``defaults: {lang: ...}`` and
  other top-level keys (``version``...);
- a list of entries, each with an ``id``.

An entry is a string (the text) or a mapping with ``text`` (or ``body``, ``content``,
``message``), an optional ``lang`` and optional suppressions; other keys are ignored::

    smslint:
      ignore:
        - {rule: RULE-ID, reason: why, expires: 2026-06-30}

A malformed entry or row is reported where it is written; the rest is still read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smslint.catalogtree import Node, Problem, lookup, name
from smslint.csvcatalog import csv_items
from smslint.jsoncatalog import json_tree
from smslint.language import normalize_language
from smslint.sourcemap import LineIndex
from smslint.violations import InputProblem, TemplateLocation
from smslint.yamlcatalog import yaml_tree

TEXT_KEYS = ("text", "body", "content", "message")
_UNKNOWN_LANGUAGE = (
    "unknown language (use en, zh-Hans or zh-Hant; zh, zh-CN, zh-TW, zh-HK also work)"
)
_IGNORE_SHAPE = "'smslint: ignore' must be a list of mappings {rule, reason, expires}"
_NOT_A_TEMPLATE = "a template must be a string or a mapping with 'text'"


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


class CatalogReader:
    """Reads one catalog file into entries and input problems (``results``)."""

    def __init__(self, display: str, text: str, lines: LineIndex) -> None:
        self.display = display
        self.text = text
        self.lines = lines
        self.results: list[Entry | InputProblem] = []

    def read_yaml(self) -> None:
        self._read_tree(yaml_tree(self.text))

    def read_json(self) -> None:
        self._read_tree(json_tree(self.text))

    def read_csv(self) -> None:
        seen: dict[str, int] = {}
        for item in csv_items(self.text):
            if isinstance(item, Problem):
                self._problem(item.at, item.message)
            else:
                self._listed(item, None, seen)

    def _read_tree(self, root: Node | Problem | None) -> None:
        if root is None:
            return
        if isinstance(root, Problem):
            return self._problem(root.at, root.message)
        lang = None
        templates = lookup(root, "templates")
        if templates is not None and templates.kind in ("map", "seq"):
            top = self._fields(root)  # its keys are structure, not ids: check them
            default_lang = lookup(top.get("defaults"), "lang")
            lang = self._language(default_lang) if default_lang is not None else None
            root = templates
        seen: dict[str, int] = {}
        if root.kind == "seq":
            for item in root.value:
                self._listed(item, lang, seen)
        elif root.kind == "map":
            for key, value in root.value:
                template_id = name(key)
                if not template_id:
                    self._problem(key.start, "a template id must be a non-empty string")
                elif self._unique(template_id, key.start, seen):
                    self._tree_entry(template_id, key.start, value, lang)
        else:
            message = "a catalog must map ids to templates or list them with an 'id'"
            self._problem(root.start, message)

    def _listed(self, item: Node, lang: str | None, seen: dict[str, int]) -> None:
        """One entry of a list: a mapping that carries its own ``id``."""
        if item.kind != "map":
            message = "a listed template must be a mapping with 'id' and 'text'"
            return self._problem(item.start, message)
        fields = self._fields(item)
        template_id = name(fields.get("id"))
        if not template_id:
            self._problem(item.start, "template has no 'id'")
        elif self._unique(template_id, item.start, seen):
            self._tree_entry(template_id, item.start, item, lang, fields)

    def _tree_entry(
        self,
        template_id: str,
        at: int,
        node: Node,
        lang: str | None,
        fields: dict[str, Node] | None = None,
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

    def _ignores(self, node: Node | None, template_id: str) -> tuple[Suppression, ...]:
        if node is None:
            return ()
        ignore = lookup(node, "ignore")
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

    def _suppression(self, item: Node, template_id: str) -> Suppression | None:
        fields = self._fields(item)
        rule, reason = name(fields.get("rule")), name(fields.get("reason"))
        expires = name(fields.get("expires"))
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
        text: Node,
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

    def _language(self, node: Node, template_id: str | None = None) -> str | None:
        """The declared language; None (so it is detected) after reporting a bad one."""
        code = normalize_language(node.value) if node.kind == "str" else None
        if code is None:
            self._problem(node.start, _UNKNOWN_LANGUAGE, template_id)
        return code

    def _fields(self, node: Node) -> dict[str, Node]:
        """A mapping's values by key; a repeated key is reported, the first one kept."""
        fields: dict[str, Node] = {}
        seen: dict[str, int] = {}
        for key, value in node.value:
            field = name(key) or ""
            if self._first_seen(field, key.start, seen, "key"):
                fields[field] = value
        return fields

    def _unique(self, template_id: str, at: int, seen: dict[str, int]) -> bool:
        return self._first_seen(template_id, at, seen, "template id", template_id)

    def _first_seen(
        self,
        key: str,
        at: int,
        seen: dict[str, int],
        what: str,
        template_id: str | None = None,
    ) -> bool:
        """Note where ``key`` is first seen; report it as a duplicate ``what`` after."""
        if key in seen:
            first = self.lines.position(seen[key])[0]
            message = f"duplicate {what} (first on line {first})"
            self._problem(at, message, template_id)
            return False
        seen[key] = at
        return True

    def _problem(self, at: int, message: str, template_id: str | None = None) -> None:
        line, column = self.lines.position(at)
        location = TemplateLocation(self.display, line, column, template_id)
        self.results.append(InputProblem(location, message))
