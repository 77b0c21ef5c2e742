"""Check kinds: the small, closed set of Python code that rules configure.

A kind is a module in this package that defines:

``KIND``
    the name packs use in ``kind:``.
``SUMMARY``
    one line for ``smslint rules`` and the docs.
``OPTIONS_SCHEMA``
    a JSON Schema (draft 2020-12) for the rule's ``options`` mapping.
``DEFAULTS``
    option values used when a rule does not set them (merged shallowly).
``build(options, context) -> Callable[[Message], Iterable[Hit]]``
    compiles the options once per run and returns the function that checks one
    message. ``options`` are already validated and defaults-filled.
``validate(options) -> list[str]`` (optional)
    what the schema cannot say, as sentences ``"key.path[0]: what is wrong"``;
    ``smslint policy validate`` reports them at the key's file:line.

Message kinds (the default) check one text: a template, or a log body during an
audit. Record kinds check a whole send log and declare ``SCOPE = "records"``; their
``build(options, context)`` returns a :class:`smslint.logs.context.RecordCheck`,
a plan over the audit's ``records`` table (quiet hours, frequency, opt-outs, third
parties). ``check`` skips record kinds; ``audit`` runs both.

Kinds are imported only when a rule of theirs is enabled, so a run pays for what
it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from smslint.message import Message
from smslint.violations import Hit

CheckFn = Callable[[Message], Iterable[Hit]]

#: kind name -> module that implements it
KINDS: dict[str, str] = {
    "pii_placeholder": "smslint.checks.pii_placeholder",
    "required_phrase": "smslint.checks.required_phrase",
    "length": "smslint.checks.length",
    "lexicon": "smslint.checks.lexicon",
    "learned": "smslint.checks.learned",
    "pii_text": "smslint.checks.pii_text",
    "quiet_hours": "smslint.checks.quiet_hours",
    "frequency": "smslint.checks.frequency",
    "opt_out_ignored": "smslint.checks.opt_out_ignored",
    "third_party": "smslint.checks.third_party",
}


@dataclass
class RunContext:
    """Per-run state shared by checks: lazily built detectors, keyed by name."""

    detectors: dict[str, Any] = field(default_factory=dict)

    def detector(self, name: str, factory: Callable[[], Any]) -> Any:
        """Return the detector called ``name``, building it on first use."""
        if name not in self.detectors:
            self.detectors[name] = factory()
        return self.detectors[name]


def is_record_kind(kind: ModuleType) -> bool:
    """True for kinds that audit whole logs rather than one message."""
    return getattr(kind, "SCOPE", "message") == "records"


def get_kind(name: str) -> ModuleType:
    """Import and return the module implementing kind ``name`` (KeyError if unknown)."""
    return importlib.import_module(KINDS[name])


def options_with_defaults(
    kind: ModuleType, options: Mapping[str, Any]
) -> dict[str, Any]:
    merged = dict(getattr(kind, "DEFAULTS", {}))
    merged.update(options)
    return merged


def directions_option(judged: str) -> dict[str, Any]:
    """The JSON schema of a record kind's ``directions`` option: which records
    ``judged`` (e.g. "are checked", "count"), outbound sends, inbound, or both."""
    return {
        "description": f"Which records {judged}: outbound sends, inbound, or both.",
        "type": "array",
        "items": {"enum": ["outbound", "inbound"]},
        "minItems": 1,
        "uniqueItems": True,
    }
