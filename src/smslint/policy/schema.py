"""Validation of one pack file: its JSON Schema, its rules' options, its own cross-checks.

The three layers of DESIGN decision 1 that need only the file itself: the pack schema
(``pack.schema.json``), each rule's ``options`` against its kind's ``OPTIONS_SCHEMA``
(after defaults), then checks a schema cannot express (known kind, unique ids, message
templates, date order). Checks that need the parents live in :mod:`.loader`.

Schema errors are rewritten for pack authors: one line each, with the key path and
what was expected, instead of jsonschema's Python-flavoured messages.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from smslint import checks
from smslint.errors import PolicyError, SmslintError
from smslint.policy.yamlmarks import Document, Keys, Marks

PACK_SCHEMA = Path(__file__).with_name("pack.schema.json")

_HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d|24:00")
_FORMATS = {"date": "date (YYYY-MM-DD)", "hh:mm": "time (HH:MM, 00:00 to 24:00)"}
_TYPES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing (null)",
}


class Problem(NamedTuple):
    """One thing wrong, at ``keys`` (the key itself when ``at_key``, else its value)."""

    keys: Keys
    message: str
    at_key: bool = False


def format_checker() -> FormatChecker:
    """jsonschema's format checks plus ``hh:mm``, for kinds that take times of day."""
    checker = FormatChecker()
    checker.checks("hh:mm")(is_hhmm)
    return checker


def is_hhmm(value: object) -> bool:
    """``HH:MM`` from 00:00 to 23:59, or 24:00 for the end of the day."""
    return not isinstance(value, str) or _HHMM.fullmatch(value) is not None


class Validators:
    """The validators one load needs, compiled on first use and kept for that load."""

    def __init__(self) -> None:
        self._checker = format_checker()
        schema = json.loads(PACK_SCHEMA.read_text(encoding="utf-8"))
        self.pack = Draft202012Validator(schema, format_checker=self._checker)
        overrides = {"$defs": schema["$defs"], "$ref": "#/$defs/overrides"}
        self.overrides = Draft202012Validator(overrides, format_checker=self._checker)
        self._kinds: dict[str, tuple[ModuleType, Draft202012Validator]] = {}

    def options_problems(self, kind: str, options: Mapping[str, Any]) -> list[Problem]:
        """Problems with ``options`` (defaults filled in) for a known ``kind``."""
        if kind not in self._kinds:
            module = checks.get_kind(kind)
            validator = Draft202012Validator(
                module.OPTIONS_SCHEMA, format_checker=self._checker
            )
            self._kinds[kind] = (module, validator)
        module, validator = self._kinds[kind]
        return schema_problems(validator, checks.options_with_defaults(module, options))


def schema_problems(validator: Draft202012Validator, instance: Any) -> list[Problem]:
    """Every schema violation in ``instance``, one readable problem each."""
    errors = list(validator.iter_errors(instance))
    # a wrong type makes enum/pattern complaints about the same value noise
    typed = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    problems: list[Problem] = []
    for error in errors:
        if error.validator == "type" or tuple(error.absolute_path) not in typed:
            problems.extend(_explain(error))
    return list(dict.fromkeys(problems))


def check_pack(
    doc: Document, validators: Validators, *, expected_id: str | None = None
) -> list[SmslintError]:
    """All problems in one pack file, sorted by position.

    ``expected_id`` is the file stem for built-in packs, whose id must match it.
    """
    data, marks = doc.data, doc.marks
    if not isinstance(data, dict):
        got = "an empty file" if data is None else _describe(data)
        return [marks.error(PolicyError, (), f"a pack must be a mapping, got {got}")]
    problems = schema_problems(validators.pack, data)
    pack_id = data.get("id")
    if expected_id is not None and isinstance(pack_id, str) and pack_id != expected_id:
        message = f"a built-in pack's id must be its file name, {expected_id!r}"
        problems.append(Problem(("id",), message))
    if isinstance(data.get("rules"), list):
        problems += _rule_problems(data["rules"], marks, validators)
    errors = [marks.error(PolicyError, p.keys, p.message, at_key=p.at_key) for p in problems]
    return sorted(errors, key=lambda e: (e.line or 0, e.column or 0))


def _rule_problems(rules: list[Any], marks: Marks, validators: Validators) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, Keys] = {}
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        here: Keys = ("rules", i)
        for keys, name in rule_names(rule, here):
            if name in seen:
                line = (marks.position(seen[name]) or ("?",))[0]
                problems.append(Problem(keys, f"rule id {name!r} is already used on line {line}"))
            else:
                seen[name] = keys
        kind, options = rule.get("kind"), rule.get("options", {})
        if isinstance(kind, str) and kind not in checks.KINDS:
            known = ", ".join(sorted(checks.KINDS))
            problems.append(Problem(here + ("kind",), f"unknown kind {kind!r} (known kinds: {known})"))
        elif isinstance(kind, str) and isinstance(options, dict):
            for p in validators.options_problems(kind, options):
                problems.append(p._replace(keys=here + ("options",) + p.keys))
        problems += _message_problems(rule.get("message"), here + ("message",))
        problems += _effective_problems(rule.get("effective"), here + ("effective",))
    return problems


def rule_names(rule: Mapping[str, Any], here: Keys) -> list[tuple[Keys, str]]:
    """A rule's id and aliases (those that are strings), each with its key path."""
    names = [(here + ("id",), rule.get("id"))]
    aliases = rule.get("aliases")
    if isinstance(aliases, list):
        names += [(here + ("aliases", j), alias) for j, alias in enumerate(aliases)]
    return [(keys, name) for keys, name in names if isinstance(name, str)]


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
    # ISO dates compare correctly as text; malformed ones are already reported
    if isinstance(start, str) and isinstance(end, str) and start > end:
        return [Problem(keys + ("until",), f"{end} is before 'from' ({start})")]
    return []


def _explain(error: ValidationError) -> list[Problem]:
    keys = tuple(error.absolute_path)
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule in ("anyOf", "oneOf") and error.context:
        types = _alternative_types(error)
        if types:
            return [Problem(keys, f"expected {types}, got {_describe(value)}")]
        return _explain(best_match(error.context))
    if rule == "additionalProperties" and expected is False and isinstance(value, dict):
        return _unknown_keys(error, keys)
    if rule == "required" and isinstance(value, dict):
        return [Problem(keys + (k,), "required key is missing") for k in expected if k not in value]
    return [Problem(keys, _message(error))]


def _message(error: ValidationError) -> str:
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return f"expected {' or '.join(_TYPES[t] for t in wanted)}, got {_describe(value)}"
    if rule == "enum":
        return f"{_describe(value)} is not one of: {', '.join(map(str, expected))}"
    if rule == "pattern":
        rule_text = error.schema.get("description", f"match {expected}")
        return f"{_describe(value)} is not valid: must be {rule_text}"
    if rule == "format":
        return f"{_describe(value)} is not a valid {_FORMATS.get(expected, expected)}"
    if rule in ("minItems", "minLength", "minProperties") and expected == 1:
        return "must not be empty"
    if rule == "uniqueItems":
        return "contains the same item twice"
    return error.message


def _unknown_keys(error: ValidationError, keys: Keys) -> list[Problem]:
    allowed = error.schema.get("properties", {})
    patterns = error.schema.get("patternProperties", {})
    expected = f" (expected one of: {', '.join(allowed)})" if allowed else ""
    return [
        Problem(keys + (k,), f"unknown key{expected}", at_key=True)
        for k in error.instance
        if k not in allowed and not any(re.search(p, k) for p in patterns)
    ]


def _alternative_types(error: ValidationError) -> str | None:
    """``"an integer or a mapping"`` when every alternative failed on type alone."""
    failed = {e.relative_schema_path[0]: e for e in error.context if e.validator == "type"}
    if len(failed) != len(error.validator_value) or any(e.relative_path for e in failed.values()):
        return None
    wanted: list[str] = []
    for e in failed.values():
        for t in e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]:
            wanted.append(_TYPES[t])
    return " or ".join(dict.fromkeys(wanted))


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (int, float)):
        return str(value)
    return "a list" if isinstance(value, list) else "a mapping"
