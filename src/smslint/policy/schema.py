"""Validating one pack file, in three layers, before anything is built from it.

DESIGN decision 1, for the parts that need only the file itself: the pack schema
(``pack.schema.json``), each rule's ``options`` against its kind's ``OPTIONS_SCHEMA``
(after defaults), then what a schema cannot say (known kind, unique ids, message
templates, date order). Checks that need the parents live in :mod:`.loader` and
:mod:`.compose`; how schema violations are worded lives in :mod:`.messages`.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from datetime import date
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from smslint import checks
from smslint.errors import PolicyError, SmslintError
from smslint.policy.messages import Problem, describe, schema_problems
from smslint.policy.yamlmarks import Document, Keys, Marks

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker

PACK_SCHEMA = Path(__file__).with_name("pack.schema.json")

_HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d|24:00")


def format_checker() -> FormatChecker:
    """jsonschema's format checks plus ``hh:mm``, for kinds that take times of day."""
    # NOTE: jsonschema costs ~0.17 s to import; the pre-commit path never needs it
    # when only built-in packs are used (see loader.trust_builtin).
    from jsonschema import FormatChecker

    checker = FormatChecker()
    checker.checks("hh:mm")(is_hhmm)
    return checker


def is_hhmm(value: object) -> bool:
    """``HH:MM`` from 00:00 to 23:59, or 24:00 for the end of the day."""
    return not isinstance(value, str) or _HHMM.fullmatch(value) is not None


class Validators:
    """The validators one load needs, compiled on first use and kept for that load.

    Making one is free: jsonschema is imported only when a validator is first used.
    """

    def __init__(self) -> None:
        self._kinds: dict[str, tuple[ModuleType, Draft202012Validator]] = {}

    @cached_property
    def pack(self) -> Draft202012Validator:
        """The validator of a whole pack file."""
        return self._compile(self._schema)

    @cached_property
    def overrides(self) -> Draft202012Validator:
        """The validator of an ``overrides`` mapping (a pack's or the config's)."""
        return self._compile(
            {"$defs": self._schema["$defs"], "$ref": "#/$defs/overrides"}
        )

    def options_problems(self, kind: str, options: Mapping[str, Any]) -> list[Problem]:
        """Problems with ``options`` (defaults filled in) for a known ``kind``."""
        if kind not in self._kinds:
            module = checks.get_kind(kind)
            self._kinds[kind] = (module, self._compile(module.OPTIONS_SCHEMA))
        module, validator = self._kinds[kind]
        merged = checks.options_with_defaults(module, options)
        problems = schema_problems(validator, merged)
        if not problems and hasattr(module, "validate"):
            # what a schema cannot say (a window ending before it starts, an unknown
            # zone or holiday calendar), in the kind's own words
            problems = [_sentence_problem(text) for text in module.validate(merged)]
        return problems

    @cached_property
    def _schema(self) -> dict[str, Any]:
        return json.loads(PACK_SCHEMA.read_text(encoding="utf-8"))

    @cached_property
    def _checker(self) -> FormatChecker:
        return format_checker()

    def _compile(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        from jsonschema import Draft202012Validator

        return Draft202012Validator(schema, format_checker=self._checker)


_KEY_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _sentence_problem(text: str) -> Problem:
    """``"windows.sat[0]: ends before it starts"`` -> a Problem at that key path."""
    path, sep, message = text.partition(": ")
    if not sep:
        return Problem((), text)
    keys = tuple(
        int(index) if index else name for name, index in _KEY_PART.findall(path)
    )
    return Problem(keys, message)


def check_pack(
    doc: Document, validators: Validators, *, expected_id: str | None = None
) -> list[SmslintError]:
    """All problems in one pack file, sorted by position.

    ``expected_id`` is the file stem for built-in packs, whose id must match it.
    """
    data, marks = doc.data, doc.marks
    if not isinstance(data, dict):
        got = "an empty file" if data is None else describe(data)
        return [marks.error(PolicyError, (), f"a pack must be a mapping, got {got}")]
    problems = schema_problems(validators.pack, data)
    pack_id = data.get("id")
    if expected_id is not None and isinstance(pack_id, str) and pack_id != expected_id:
        message = f"a built-in pack's id must be its file name, {expected_id!r}"
        problems.append(Problem(("id",), message))
    if isinstance(data.get("rules"), list):
        problems += _rule_problems(data["rules"], marks, validators)
    errors = [p.error(marks, PolicyError) for p in problems]
    return sorted(errors, key=lambda e: (e.line or 0, e.column or 0))


def rule_names(here: Keys, rule_id: Any, aliases: Any) -> list[tuple[Keys, str]]:
    """A rule's id and aliases (those that are strings), each with its key path.

    ``here`` is the rule's own key path (``("rules", i)``); the rule may be raw YAML
    data not yet validated, or a built :class:`RuleSpec`.
    """
    names = [(here + ("id",), rule_id)]
    if isinstance(aliases, (list, tuple)):
        names += [(here + ("aliases", j), alias) for j, alias in enumerate(aliases)]
    return [(keys, name) for keys, name in names if isinstance(name, str)]


def _rule_problems(
    rules: list[Any], marks: Marks, validators: Validators
) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, Keys] = {}
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        here: Keys = ("rules", i)
        for keys, name in rule_names(here, rule.get("id"), rule.get("aliases")):
            if name in seen:
                line = (marks.position(seen[name]) or ("?",))[0]
                problems.append(
                    Problem(keys, f"rule id {name!r} is already used on line {line}")
                )
            else:
                seen[name] = keys
        kind, options = rule.get("kind"), rule.get("options", {})
        if isinstance(kind, str) and kind not in checks.KINDS:
            known = ", ".join(sorted(checks.KINDS))
            problems.append(
                Problem(
                    here + ("kind",), f"unknown kind {kind!r} (known kinds: {known})"
                )
            )
        elif isinstance(kind, str) and isinstance(options, dict):
            for p in validators.options_problems(kind, options):
                problems.append(p._replace(keys=here + ("options",) + p.keys))
        problems += _message_problems(rule.get("message"), here + ("message",))
        problems += _effective_problems(rule.get("effective"), here + ("effective",))
    return problems


def _message_problems(message: Any, keys: Keys) -> list[Problem]:
    if not isinstance(message, str):
        return []
    try:
        list(string.Formatter().parse(message))
    except ValueError as exc:
        hint = "write a literal brace as {{ or }}"
        return [Problem(keys, f"not a valid message template ({exc}); {hint}")]
    return []


def _effective_problems(effective: Any, keys: Keys) -> list[Problem]:
    if not isinstance(effective, dict):
        return []
    start, end = effective.get("from"), effective.get("until")
    try:
        backwards = date.fromisoformat(start) > date.fromisoformat(end)
    except (TypeError, ValueError):
        return []  # a missing or malformed date is reported by the schema
    return (
        [Problem(keys + ("until",), f"is before 'from' ({start})")] if backwards else []
    )
