"""Kind ``pii_placeholder``: a template placeholder that carries personal data.

A placeholder is judged by its name (``{home_address}``, ``${身份证号}``, ``#sfzh#``,
``{{ spouseName }}``) or, when the name says nothing (``%s``, ``{1}``, ``{value}``),
by the label right before or after it (``SSN: %s``, ``住址{3}``, ``{1}（配偶）``) or a
frame around it (``在{2}上班``). The debtor's own name, amounts, dates and the
sender's own hotline, links and company are fine, and so are masked forms
(``{card_last4}``, ``尾号{1}``, ``ending in {x}``). The vocabulary (English,
Simplified and Traditional Chinese, pinyin) is data: ``smslint/data/pii_terms.yaml``.

Options::

    extra_terms: {}      # category -> more name terms: {relative: [uncle, 舅舅]}
    allowed_names: []    # placeholder names never flagged (case style ignored)
    context_window: 12   # characters of joining text between label and placeholder

Extra terms in ASCII match whole name tokens (``uncle`` hits ``{uncleName}`` but not
``{nuncle}``); terms in other scripts match anywhere in a name.

Each hit spans the placeholder; its args are ``placeholder`` (as written) and
``what`` (e.g. "home address"). A placeholder name is not personal data, so hits
are not ``sensitive``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from smslint.checks import CheckFn, RunContext
from smslint.checks._pii_vocabulary import (
    Labels,
    Name,
    Terms,
    label_starts_after,
    tails,
    tokens,
)
from smslint.message import Message
from smslint.placeholders import Placeholder
from smslint.violations import Hit
from smslint.yamldata import load_data

KIND = "pii_placeholder"
SUMMARY = "Template placeholders that carry personal data beyond the debtor's name"

#: the categories of ``pii_terms.yaml``, in matching order
CATEGORIES = (
    "national_id",
    "card_account",
    "birth_date",
    "email",
    "contact_phone",
    "employer",
    "address",
    "relative",
)

_TERM_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "extra_terms": {
            "type": "object",
            "propertyNames": {"enum": list(CATEGORIES)},
            "additionalProperties": _TERM_LIST,
            "description": "More placeholder-name terms per category ("
            + ", ".join(CATEGORIES)
            + "), e.g. a company's own field names.",
        },
        "allowed_names": {
            **_TERM_LIST,
            "description": "Placeholder names never flagged, in any case style.",
        },
        "context_window": {
            "type": "integer",
            "minimum": 0,
            "maximum": 200,
            "description": "How many characters of joining text may stand between a "
            "label (SSN:, 住址) and a positional placeholder.",
        },
    },
    "additionalProperties": False,
}
DEFAULTS: dict[str, Any] = {
    "extra_terms": {},
    "allowed_names": [],
    "context_window": 12,
}

_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")


def _normal(name: str) -> str:
    return "_".join(tokens(name))


# A combo: its terms, the terms one of which must go with them, and categories whose
# terms may go with them instead.
_Combo = tuple[Terms, Terms, tuple[str, ...]]


class _Context(NamedTuple):
    """The context of a category, matched against lowercased text."""

    before: Labels
    after: Labels
    frames: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]


class _Category:
    """One category of ``pii_terms.yaml``; name terms indexed at once."""

    def __init__(self, spec: Mapping[str, Any], extra: Sequence[str]) -> None:
        self.label: str = spec["label"]
        self.terms = Terms(spec.get("terms", {}), extra)
        self.combos = tuple(_combo(c) for c in spec.get("combos", ()))
        self.sender_ownable = bool(spec.get("sender_ownable", False))
        self._spec: Mapping[str, Any] = spec.get("context", {})

    @cached_property
    def context(self) -> _Context:
        """Build the context on first use: most templates have named placeholders."""
        labels = self._spec.get("labels", [])
        return _Context(
            before=Labels([*labels, *self._spec.get("before", [])]),
            after=Labels(labels),
            frames=tuple(
                (re.compile(rf"(?:{b})\s*\Z"), re.compile(rf"\s*(?:{a})"))
                for b, a in self._spec.get("frames", ())
            ),
        )


def _combo(spec: Mapping[str, Any]) -> _Combo:
    with_categories = tuple(spec.get("with_categories", ()))
    return Terms(spec["terms"]), Terms(spec.get("with", {})), with_categories


class _Matcher:
    """The vocabulary indexed for one rule's options."""

    def __init__(self, vocab: Mapping[str, Any], options: Mapping[str, Any]) -> None:
        extra = options["extra_terms"]
        specs = vocab["categories"]
        self.categories = {c: _Category(specs[c], extra.get(c, ())) for c in CATEGORIES}
        self.masked = Terms(vocab["masked_markers"])
        self.masked_context = Labels(vocab["masked_markers"]["context"])
        self.sender = Terms(vocab["sender_markers"])
        # "" is a name of digits only ("_1"), as telling as "{1}".
        self.generic = frozenset(["", *vocab["generic_names"]])
        allowed = [*vocab["allowed_names"], *options["allowed_names"]]
        self.allowed = frozenset(_normal(n) for n in allowed)
        self.window = options["context_window"]
        longest = max(len(x) for spec in specs.values() for x in _context_phrases(spec))
        self.reach = self.window + longest
        self._by_name: dict[str, str | None] = {}

    def judge(
        self, text: str, placeholders: Sequence[Placeholder], i: int
    ) -> str | None:
        """Return the kind of personal data placeholder ``i`` carries, if any."""
        p = placeholders[i]
        if p.name is not None and _normal(p.name) in self.allowed:
            return None
        low = placeholders[i - 1].end if i else 0
        before = text[max(low, p.start - self.reach) : p.start].lower()
        if self.masked_context.search(_CLAUSE_BREAK.split(before)[-1]):
            return None
        if p.name is not None and not self._is_generic(p.name):
            if p.name not in self._by_name:
                self._by_name[p.name] = self._name_category(p.name)
            return self._by_name[p.name]
        high = placeholders[i + 1].start if i + 1 < len(placeholders) else len(text)
        after = text[p.end : min(high, p.end + self.reach)].lower()
        next_is_close = i + 1 < len(placeholders) and high <= p.end + self.reach
        return self._context_category(before, after, next_is_close)

    def _is_generic(self, name: str) -> bool:
        return "".join(t for t in tokens(name) if not t.isdigit()) in self.generic

    def _name_category(self, name: str) -> str | None:
        words = Name(name)
        if self.masked.found(words):
            return None
        for category in self.categories.values():
            if not self._names(category, words):
                continue
            if category.sender_ownable and self.sender.found(words):
                continue
            return category.label
        return None

    def _names(self, category: _Category, words: Name) -> bool:
        if category.terms.found(words):
            return True
        return any(
            terms.found(words)
            and (
                with_terms.found(words)
                or any(self.categories[c].terms.found(words) for c in with_categories)
            )
            for terms, with_terms, with_categories in category.combos
        )

    def _context_category(
        self, before: str, after: str, next_is_close: bool
    ) -> str | None:
        label_ends = tails(before)
        label_starts = label_starts_after(after)
        after_label_ends: frozenset[int] | None = None
        for category in self.categories.values():
            context = category.context
            end = context.before.find_before(before, label_ends)
            if end is not None and len(before) - end <= self.window:
                return category.label
            start = context.after.find_after(after, label_starts)
            if start is not None and start <= self.window:
                # "%s (DOB %s)": a label right before the next placeholder is its own
                if not next_is_close:
                    return category.label
                if after_label_ends is None:
                    after_label_ends = tails(after)
                if context.before.find_before(after, after_label_ends) is None:
                    return category.label
            if any(b.search(before) and a.match(after) for b, a in context.frames):
                return category.label
        return None


def _context_phrases(spec: Mapping[str, Any]) -> Iterator[str]:
    context = spec.get("context", {})
    yield from context.get("labels", ())
    yield from context.get("before", ())


def _load_vocabulary() -> dict[str, Any]:
    # A plain path, like smslint.resources: importlib.resources.files() would import
    # zipfile and friends (~5 ms) on the pre-commit path.
    source = Path(__file__).parents[1] / "data" / "pii_terms.yaml"
    data: dict[str, Any] = load_data(source.read_text(encoding="utf-8"))
    return data


def build(options: Mapping[str, Any], context: RunContext) -> CheckFn:
    """Index the vocabulary with the rule's options; return the per-message check."""
    matcher = _Matcher(context.detector("pii_terms", _load_vocabulary), options)

    def check(message: Message) -> Iterator[Hit]:
        placeholders = message.placeholders
        for i, p in enumerate(placeholders):
            what = matcher.judge(message.text, placeholders, i)
            if what is not None:
                args = {"placeholder": message.text[p.start : p.end], "what": what}
                yield Hit(p.start, p.end, args)

    return check
