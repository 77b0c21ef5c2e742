"""Schema violations rewritten for pack authors: one :class:`Problem` each.

jsonschema's own messages are Python-flavoured (``'x' is not of type 'integer'``);
here every violation becomes one line with the key path and what was expected, in
the words of the YAML the author wrote. jsonschema itself is only imported on use.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from smslint.errors import SmslintError
from smslint.policy.yamlmarks import Keys, Marks

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

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

    def error(
        self, marks: Marks, cls: type[SmslintError], *, under: Keys = ()
    ) -> SmslintError:
        """This problem as an error of class ``cls``, its keys taken below ``under``."""
        return marks.error(cls, under + self.keys, self.message, at_key=self.at_key)


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


def describe(value: Any) -> str:
    """A YAML value as an author would name it: ``'text'``, ``3``, ``a list``..."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (int, float)):
        return str(value)
    return "a list" if isinstance(value, (list, tuple)) else "a mapping"


def _explain(error: ValidationError) -> list[Problem]:
    keys = tuple(error.absolute_path)
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule in ("anyOf", "oneOf") and error.context:
        types = _alternative_types(error)
        if types:
            return [Problem(keys, f"expected {types}, got {describe(value)}")]
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
        message = f"expected {_type_names(_as_list(expected))}, got {describe(value)}"
        quote = expected == "string" and isinstance(value, (int, float))
        # YAML reads 2026.10 as the number 2026.1, so echoing it would mislead
        return message + (" (put the value in quotes)" if quote else "")
    if rule == "enum":
        return f"{describe(value)} is not one of: {', '.join(map(str, expected))}"
    if rule == "pattern":
        rule_text = error.schema.get("description", f"match {expected}")
        return f"{describe(value)} is not valid: must be {rule_text}"
    if rule == "format":
        return f"{describe(value)} is not a valid {_FORMATS.get(expected, expected)}"
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
