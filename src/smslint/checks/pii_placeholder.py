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
from functools import cached_property
from importlib import resources
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

import yaml

from smslint.checks import CheckFn, RunContext
from smslint.message import Message
from smslint.placeholders import Placeholder
from smslint.violations import Hit

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
        },
        "allowed_names": _TERM_LIST,
        "context_window": {"type": "integer", "minimum": 0, "maximum": 200},
    },
    "additionalProperties": False,
}
DEFAULTS: dict[str, Any] = {
    "extra_terms": {},
    "allowed_names": [],
    "context_window": 12,
}

# Name tokens: camelCase and ACRONYMCase words, digit runs, runs of other scripts.
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_A-Za-z]+")
# Shorter pinyin is too likely inside other words ("mama", "sfz"): match it as a token.
_LOOSE_PINYIN = 5
# What may stand between a label and the placeholder after it ("身份证号码为{1}").
_JOIN_BEFORE = (
    r"(?:[\s:：=#＃.\-–—(（【「\[\"“'‘]|(?<![a-z])(?:is|was|are|number|no|nr|name)"
    r"(?![a-z])|['’]s|为|為|是|的|号码|號碼|号|號|姓名|名字)*"
)
# What may stand between a placeholder and a label after it ("{1}是您的配偶").
_JOIN_AFTER = (
    r"\s*(?:[(（【「\[]|(?<![a-z])(?:is|are|was)(?![a-z])|是|为|為|系)\s*"
    r"(?:(?:your|您的|你的)\s*)?"
)
_NEVER = re.compile(r"(?!)")
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")


def _tokens(name: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(name)]


def _normal(name: str) -> str:
    return "_".join(_tokens(name))


def _haystack(name: str) -> str:
    """Spell the name as ``_tok_tok_`` for bounded terms, then run together."""
    tokens = _tokens(name)
    return "_" + "_".join(tokens) + "_\x00" + "".join(tokens)


def _terms_regex(
    group: Mapping[str, Any], extra: Iterable[str] = ()
) -> re.Pattern[str]:
    """Compile a ``{en, zh, pinyin}`` term group for searching a :func:`_haystack`."""
    bounded: list[str] = []
    loose = [t.lower() for t in group.get("zh", ())]
    for term in [*group.get("en", ()), *extra]:
        (bounded if term.isascii() else loose).append(term.lower())
    for term in group.get("pinyin", ()):
        (loose if len(term) >= _LOOSE_PINYIN else bounded).append(term)
    parts = [re.escape(t) for t in loose]
    if bounded:
        words = "|".join("_?".join(map(re.escape, _tokens(t))) for t in bounded)
        parts.append(f"_(?:{words})(?:e?s)?_")
    return re.compile("|".join(parts)) if parts else _NEVER


def _labels_regex(labels: Iterable[str]) -> str:
    """Turn context labels into one alternation over lowercased text.

    Spaces inside a label match any spacing; ASCII ends need word boundaries.
    """
    # Longest first, so "id number" wins over "id" where both would fit.
    ordered = sorted({x.lower() for x in labels}, key=len, reverse=True)
    words = [x for x in ordered if x.isascii() and x[0].isalnum() and x[-1].isalnum()]
    parts = [
        r"[\s_\-]*".join(map(re.escape, x.split())) for x in ordered if x not in words
    ]
    if words:
        spaced = "|".join(r"[\s_\-]*".join(map(re.escape, x.split())) for x in words)
        # One boundary pair around the group: compiling one per label is slow.
        parts.insert(0, rf"(?<![a-z0-9])(?:{spaced})(?![a-z0-9])")
    return "|".join(parts)


# A combo: its terms, the terms one of which must go with them, and categories whose
# terms may go with them instead.
_Combo = tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]


class _Context(NamedTuple):
    """The context regexes of a category, matched against lowercased text."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    frames: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]


class _Category:
    """One category of ``pii_terms.yaml``; name terms compiled at once."""

    def __init__(self, spec: Mapping[str, Any], extra: Sequence[str]) -> None:
        self.label: str = spec["label"]
        self.terms = _terms_regex(spec.get("terms", {}), extra)
        self.combos = tuple(_compile_combo(c) for c in spec.get("combos", ()))
        self.sender_ownable = bool(spec.get("sender_ownable", False))
        self._spec: Mapping[str, Any] = spec.get("context", {})

    @cached_property
    def context(self) -> _Context:
        """Compile the context on first use: most templates have named placeholders."""
        labels = self._spec.get("labels", [])
        before = [*labels, *self._spec.get("before", [])]
        return _Context(
            before=(
                re.compile(rf"(?P<label>{_labels_regex(before)}){_JOIN_BEFORE}\Z")
                if before
                else _NEVER
            ),
            after=(
                re.compile(rf"{_JOIN_AFTER}(?P<label>{_labels_regex(labels)})")
                if labels
                else _NEVER
            ),
            frames=tuple(
                (re.compile(rf"(?:{b})\s*\Z"), re.compile(rf"\s*(?:{a})"))
                for b, a in self._spec.get("frames", ())
            ),
        )


def _compile_combo(spec: Mapping[str, Any]) -> _Combo:
    return (
        _terms_regex(spec["terms"]),
        _terms_regex(spec.get("with", {})),
        tuple(spec.get("with_categories", ())),
    )


class _Matcher:
    """The vocabulary compiled for one rule's options."""

    def __init__(self, vocab: Mapping[str, Any], options: Mapping[str, Any]) -> None:
        extra = options["extra_terms"]
        specs = vocab["categories"]
        self.categories = {c: _Category(specs[c], extra.get(c, ())) for c in CATEGORIES}
        self.masked = _terms_regex(vocab["masked_markers"])
        self.masked_context = re.compile(
            _labels_regex(vocab["masked_markers"]["context"])
        )
        self.sender = _terms_regex(vocab["sender_markers"])
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
        return "".join(t for t in _tokens(name) if not t.isdigit()) in self.generic

    def _name_category(self, name: str) -> str | None:
        hay = _haystack(name)
        if self.masked.search(hay):
            return None
        for category in self.categories.values():
            if not self._names(category, hay):
                continue
            if category.sender_ownable and self.sender.search(hay):
                continue
            return category.label
        return None

    def _names(self, category: _Category, hay: str) -> bool:
        if category.terms.search(hay):
            return True
        return any(
            terms.search(hay)
            and (
                with_terms.search(hay)
                or any(self.categories[c].terms.search(hay) for c in with_categories)
            )
            for terms, with_terms, with_categories in category.combos
        )

    def _context_category(
        self, before: str, after: str, next_is_close: bool
    ) -> str | None:
        for category in self.categories.values():
            context = category.context
            m = context.before.search(before)
            if m and len(before) - m.end("label") <= self.window:
                return category.label
            m = context.after.match(after)
            # "%s (DOB %s)": a label right before the next placeholder labels that one
            if m and m.start("label") <= self.window and not (
                next_is_close and context.before.search(after)
            ):
                return category.label
            if any(b.search(before) and a.match(after) for b, a in context.frames):
                return category.label
        return None


def _context_phrases(spec: Mapping[str, Any]) -> Iterator[str]:
    context = spec.get("context", {})
    yield from context.get("labels", ())
    yield from context.get("before", ())


def _load_vocabulary() -> dict[str, Any]:
    source = resources.files("smslint").joinpath("data/pii_terms.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(source.read_text(encoding="utf-8"), Loader=loader)
    return data


def build(options: Mapping[str, Any], context: RunContext) -> CheckFn:
    """Compile the vocabulary with the rule's options; return the per-message check."""
    matcher = _Matcher(context.detector("pii_terms", _load_vocabulary), options)

    def check(message: Message) -> Iterator[Hit]:
        placeholders = message.placeholders
        for i, p in enumerate(placeholders):
            what = matcher.judge(message.text, placeholders, i)
            if what is not None:
                args = {"placeholder": message.text[p.start : p.end], "what": what}
                yield Hit(p.start, p.end, args)

    return check
