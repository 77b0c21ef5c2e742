"""One pack file: validated in three layers, then built into a :class:`Pack`.

DESIGN decision 1, for the parts that need only the file itself: the pack schema
(``pack.schema.json``), each rule's ``options`` against its kind's ``OPTIONS_SCHEMA``
(after defaults), then what a schema cannot say (known kind, unique ids, message
templates, date order). Checks that need the parents live in :mod:`.loader`.

Schema errors are rewritten for pack authors: one line each, with the key path and
what was expected, instead of jsonschema's Python-flavoured messages.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
import string
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from smslint import checks
from smslint.errors import PolicyError, SmslintError
from smslint.policy.spec import Example, Pack, RuleSpec, SourcePos
from smslint.policy.yamlmarks import Document, Keys, Marks
from smslint.violations import Category, Severity

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError

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
    """The validators one load needs, compiled on first use and kept for that load."""

    def __init__(self) -> None:
        from jsonschema import Draft202012Validator

        self._checker = format_checker()
        schema = json.loads(PACK_SCHEMA.read_text(encoding="utf-8"))
        self.pack = Draft202012Validator(schema, format_checker=self._checker)
        overrides = {"$defs": schema["$defs"], "$ref": "#/$defs/overrides"}
        self.overrides = Draft202012Validator(overrides, format_checker=self._checker)
        self._kinds: dict[str, tuple[ModuleType, Draft202012Validator]] = {}

    def options_problems(self, kind: str, options: Mapping[str, Any]) -> list[Problem]:
        """Problems with ``options`` (defaults filled in) for a known ``kind``."""
        if kind not in self._kinds:
            from jsonschema import Draft202012Validator

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
    errors = [
        marks.error(PolicyError, p.keys, p.message, at_key=p.at_key) for p in problems
    ]
    return sorted(errors, key=lambda e: (e.line or 0, e.column or 0))


def _rule_problems(
    rules: list[Any], marks: Marks, validators: Validators
) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, Keys] = {}
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        here: Keys = ("rules", i)
        for keys, name in rule_names(rule, here):
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
    try:
        backwards = date.fromisoformat(start) > date.fromisoformat(end)
    except (TypeError, ValueError):
        return []  # a missing or malformed date is reported by the schema
    return (
        [Problem(keys + ("until",), f"is before 'from' ({start})")] if backwards else []
    )


def _explain(error: ValidationError) -> list[Problem]:
    keys = tuple(error.absolute_path)
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule in ("anyOf", "oneOf") and error.context:
        types = _alternative_types(error)
        if types:
            return [Problem(keys, f"expected {types}, got {_describe(value)}")]
        from jsonschema.exceptions import best_match

        return _explain(best_match(error.context))
    if rule == "additionalProperties" and expected is False and isinstance(value, dict):
        return _unknown_keys(error, keys)
    if "propertyNames" in error.absolute_schema_path and isinstance(value, str):
        # jsonschema checks a key as a value without a path: point at the key itself
        return [Problem(keys + (value,), _message(error), at_key=True)]
    if rule == "required" and isinstance(value, dict):
        return [
            Problem(keys + (k,), "required key is missing")
            for k in expected
            if k not in value
        ]
    return [Problem(keys, _message(error))]


def _message(error: ValidationError) -> str:
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "type" and "enum" in error.schema:
        rule, expected = "enum", error.schema["enum"]
    if rule == "type":
        message = f"expected {_type_names(_as_list(expected))}, got {_describe(value)}"
        quote = expected == "string" and isinstance(value, (int, float))
        # YAML reads 2026.10 as the number 2026.1, so echoing it would mislead
        return message + (" (put the value in quotes)" if quote else "")
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
    allowed = list(error.schema.get("properties", {}))
    patterns = error.schema.get("patternProperties", {})
    problems = []
    for key in error.instance:
        if key in allowed or any(re.search(p, key) for p in patterns):
            continue
        guess = difflib.get_close_matches(key, allowed, n=1)
        if guess:
            hint = f" (did you mean {guess[0]!r}?)"
        else:
            hint = f" (expected one of: {', '.join(allowed)})" if allowed else ""
        problems.append(Problem(keys + (key,), f"unknown key{hint}", at_key=True))
    return problems


def _alternative_types(error: ValidationError) -> str | None:
    """``"an integer or a mapping"`` when every alternative failed on type alone."""
    failed = {
        e.relative_schema_path[0]: e.validator_value
        for e in error.context
        if e.validator == "type" and not e.relative_path
    }
    if len(failed) != len(error.validator_value):
        return None
    return _type_names([t for types in failed.values() for t in _as_list(types)])


def _type_names(types: list[str]) -> str:
    return " or ".join(dict.fromkeys(_TYPES[t] for t in types))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (int, float)):
        return str(value)
    return "a list" if isinstance(value, (list, tuple)) else "a mapping"


def normalize_override(change: Any) -> dict[str, Any]:
    """``false``/``true`` is short for ``{enabled: false/true}``."""
    return {"enabled": change} if isinstance(change, bool) else dict(change)


def build_pack(doc: Document, display: str) -> Pack:
    """A Pack from a document that passed :func:`check_pack`."""
    data, marks = doc.data, doc.marks
    extends = data.get("extends", [])
    return Pack(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        description=data.get("description", "").strip(),
        extends=tuple([extends] if isinstance(extends, str) else extends),
        rules=tuple(
            _build_rule(rule, data["id"], marks.source(("rules", i)))
            for i, rule in enumerate(data.get("rules", []))
        ),
        overrides={
            k: normalize_override(v) for k, v in data.get("overrides", {}).items()
        },
        source=SourcePos(display),
    )


def _build_rule(data: Mapping[str, Any], pack_id: str, source: SourcePos) -> RuleSpec:
    kind = checks.get_kind(data["kind"])
    effective = data.get("effective", {})
    options = checks.options_with_defaults(kind, data.get("options", {}))
    return RuleSpec(
        id=data["id"],
        kind=data["kind"],
        category=Category(data["category"]),
        severity=Severity(data["severity"]),
        message=data["message"],
        summary=data["summary"],
        citation=data["citation"],
        confidence=data["confidence"],
        # a private copy: kinds' DEFAULTS must never be shared between rules
        options=copy.deepcopy(options),
        fail_examples=_examples(data["examples"]["fail"]),
        pass_examples=_examples(data["examples"]["pass"]),
        pack=pack_id,
        description=data.get("description", "").strip(),
        effective_from=effective.get("from"),
        effective_until=effective.get("until"),
        aliases=tuple(data.get("aliases", ())),
        source=source,
    )


def _examples(items: Sequence[Any]) -> tuple[Example, ...]:
    return tuple(
        Example(item)
        if isinstance(item, str)
        else Example(item["text"], item.get("lang"))
        for item in items
    )
