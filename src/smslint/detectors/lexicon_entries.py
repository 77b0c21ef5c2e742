"""Lexicon entries: their format, and the parsing of one file's or one rule's entries.

An entry (``term``, ``terms`` or a co-occurrence ``all`` group; the format is in
``corpora/lexicons/README.md``) becomes one or more :class:`Entry` values whose
surface forms are already inflected; the matcher in :mod:`smslint.detectors.lexicon`
normalizes and compiles them. Shipped files are checked against
:data:`ENTRY_SCHEMA` by the tests; at run time the parser only checks what it needs,
so a broken file still fails with its path and entry index rather than a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from smslint.detectors.inflections import INFLECTED_LANGUAGES, phrase_forms
from smslint.errors import SmslintError

CATEGORIES = ("threat", "shaming", "impersonation", "third_party", "obscene")


SEVERITIES = ("error", "warning", "info")


#: ``within`` when an ``all`` entry does not say: words (Latin) or characters (CJK)
DEFAULT_WITHIN = 4


_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}


#: JSON Schema of one entry: used for ``extra_terms`` and, in tests, shipped files
ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "oneOf": [{"required": ["term"]}, {"required": ["terms"]}, {"required": ["all"]}],
    "properties": {
        "term": {"type": "string", "minLength": 1},
        "terms": {**_PHRASES, "minItems": 1},
        "all": {"type": "array", "minItems": 2, "items": {**_PHRASES, "minItems": 1}},
        "id": {"type": "string", "minLength": 1},
        "within": {
            "oneOf": [
                {"type": "integer", "minimum": 0},
                {"type": "array", "items": {"type": "integer", "minimum": 0}},
            ]
        },
        "not_across": _PHRASES,
        "across_clauses": {"type": "boolean"},
        "severity": {"enum": list(SEVERITIES)},
        "note": {"type": "string", "minLength": 1},
        "citation": {"type": "string", "minLength": 1},
        "exceptions": _PHRASES,
        "conditional_ok": {"type": "boolean"},
        "consequence_ok": {"type": "boolean"},
        "lawful_if": _PHRASES,
        "lawful_if_message": _PHRASES,
        "not_after": _PHRASES,
        "inflect": {
            "oneOf": [
                {"type": "boolean"},
                {"type": "array", "items": {"type": "boolean"}, "minItems": 2},
            ]
        },
        "confirm": {"type": "boolean"},
    },
}


@dataclass(frozen=True)
class Entry:
    """One lexicon entry, its phrases expanded into all surface forms.

    ``parts`` has one set of forms for a plain term and one per group for an ``all``
    entry (co-occurrence: every group, in order, each within ``within[i]`` units of
    the previous one, in one clause, with no ``not_across`` phrase in between).
    """

    name: str
    lang: str
    category: str
    parts: tuple[frozenset[str], ...]
    severity: str
    note: str
    citation: str | None = None
    within: tuple[int, ...] = ()
    not_across: frozenset[str] = frozenset()
    exceptions: frozenset[str] = frozenset()
    conditional_ok: bool = False
    lawful_if: frozenset[str] = frozenset()
    #: lawful-basis phrases that count anywhere in the message: a property of the
    #: whole message ("Wrong number? Reply WRONG" makes it a right-party check)
    lawful_if_message: frozenset[str] = frozenset()
    #: phrases that, earlier in the match's sentence, leave it naming no one: a generic
    #: antecedent of its pronoun ("**anyone who** owes", "**real men** pay what they
    #: owe"); matched as written, not inflected ("customers who" is anyone, "the
    #: customer who" someone)
    not_after: frozenset[str] = frozenset()
    #: for ``all``: the groups may stand in different clauses of one sentence
    across_clauses: bool = False
    #: also dropped when framed as the consequence of not paying ("otherwise", "否则")
    consequence_ok: bool = False
    #: ``False``: a rule's ``confirm`` never drops its findings (wording precise
    #: enough to need no second opinion from the message model)
    confirm: bool = True


#: a language's word classes (``classes.yaml``): name -> phrases, references resolved
Classes = Mapping[str, tuple[str, ...]]

NO_CLASSES: Classes = MappingProxyType({})

#: ``<name>`` in a phrase stands for every phrase of the class ``name``; no real phrase
#: has that shape (``@sshole`` would: a leet spelling is a phrase, so no ``@name``)
CLASS_REFERENCE = re.compile(r"<([a-z][a-z0-9_]*)>")


#: a phrase naming classes inside it may stand for at most this many phrases
MAX_CLASS_FORMS = 4096


def fail(message: str, path: str, key_path: str | None = None) -> SmslintError:
    return SmslintError(message, path=path, key_path=key_path)


def strings(value: Any, where: str, source: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(
            "expected a list of non-empty strings (quote numbers)", source, where
        )
    return value


def with_classes(
    phrases: list[str], classes: Classes, where: str, source: str
) -> list[str]:
    """``phrases`` with each ``<name>`` replaced by the phrases of that word class.

    A reference may be the whole phrase (``<child>``) or a part of it (``your
    <relative>'s place``: one phrase per member of the class).
    """
    if not any("<" in p for p in phrases):
        return phrases

    def members(name: str) -> tuple[str, ...]:
        if name not in classes:
            known = ", ".join(sorted(classes)) or "none"
            raise fail(
                f"unknown word class '<{name}>' (classes.yaml has: {known})",
                source,
                where,
            )
        return classes[name]

    out: list[str] = []
    for phrase in phrases:
        out += substitute(phrase, members, where, source)
    return out


def substitute(
    phrase: str, members: Callable[[str], Sequence[str]], where: str, source: str
) -> list[str]:
    """Every phrase ``phrase`` stands for: each ``<name>`` in it by each member."""
    match = CLASS_REFERENCE.search(phrase)
    if match is None:
        return [phrase]
    head = phrase[: match.start()]
    tails = substitute(phrase[match.end() :], members, where, source)
    found = [
        head + member + tail for member in members(match.group(1)) for tail in tails
    ]
    if len(found) > MAX_CLASS_FORMS:
        raise fail(
            f"{phrase!r} stands for {len(found)} phrases (more than "
            f"{MAX_CLASS_FORMS}); use a group of its own instead",
            source,
            where,
        )
    return found


def expand(phrases: Iterable[str], inflect: bool) -> frozenset[str]:
    forms: set[str] = set()
    for phrase in phrases:
        words = " ".join(phrase.split())
        forms |= phrase_forms(words) if inflect else {words.casefold()}
    return frozenset(forms)


def parse_entry(
    raw: Any,
    lang: str,
    category: str,
    source: str,
    where: str,
    classes: Classes = NO_CLASSES,
) -> Iterator[Entry]:
    """The entries one raw mapping describes (``terms`` gives one per term).

    Any phrase list may name a word class of the language (``<child>``).
    """

    def phrases(value: Any, at: str) -> list[str]:
        return with_classes(strings(value, at, source), classes, at, source)

    if not isinstance(raw, Mapping):
        raise fail("an entry is a mapping", source, where)
    unknown = set(raw) - set(ENTRY_SCHEMA["properties"])
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}", source, where)
    kinds = [k for k in ("term", "terms", "all") if k in raw]
    if len(kinds) != 1:
        raise fail("an entry has exactly one of 'term', 'terms', 'all'", source, where)
    note, severity = raw.get("note"), raw.get("severity")
    if not isinstance(note, str) or not note:
        raise fail("'note' is required", source, where)
    if severity not in SEVERITIES:
        raise fail(f"'severity' must be one of {list(SEVERITIES)}", source, where)
    inflect = raw.get("inflect", lang in INFLECTED_LANGUAGES)
    # one flag per group of an ``all`` entry: a group that lists its forms ("going to
    # love", "gonna love") need not have every word of every phrase inflected, which
    # multiplies its phrases by the hundreds; the other keys inflect as the language
    # does
    per_group = inflect if isinstance(inflect, list) else None
    if per_group is not None:
        inflect = lang in INFLECTED_LANGUAGES
    common: dict[str, Any] = {
        "lang": lang,
        "category": category,
        "severity": severity,
        "note": note,
        "citation": raw.get("citation"),
        "conditional_ok": bool(raw.get("conditional_ok", False)),
        "across_clauses": bool(raw.get("across_clauses", False)),
        "consequence_ok": bool(raw.get("consequence_ok", False)),
        "confirm": bool(raw.get("confirm", True)),
    }
    for key in ("not_across", "exceptions", "lawful_if", "lawful_if_message"):
        common[key] = expand(phrases(raw.get(key, []), f"{where}.{key}"), inflect)
    # a generic antecedent's number and article are what make it generic: as written
    common["not_after"] = expand(
        phrases(raw.get("not_after", []), f"{where}.not_after"), False
    )
    try:
        if kinds[0] == "all":
            groups = raw["all"]
            if not isinstance(groups, list) or len(groups) < 2:
                raise fail("'all' is a list of two or more groups", source, where)
            flags = per_group or [inflect] * len(groups)
            if len(flags) != len(groups) or not all(isinstance(f, bool) for f in flags):
                raise fail(
                    "'inflect' is true, false, or one of them per group", source, where
                )
            parts = tuple(
                expand(phrases(g, f"{where}.all[{i}]"), flag)
                for i, (g, flag) in enumerate(zip(groups, flags, strict=True))
            )
            within = _within(raw.get("within", DEFAULT_WITHIN), len(parts) - 1)
            if within is None:
                raise fail("'within' is a number or one number per gap", source, where)
            name = raw.get("id") or " … ".join(g[0] for g in groups)
            yield Entry(name=name, parts=parts, within=within, **common)
            return
        if per_group is not None:
            raise fail("'inflect' per group is for 'all' entries", source, where)
        for term in phrases(raw[kinds[0]], f"{where}.{kinds[0]}"):
            yield Entry(name=term, parts=(expand([term], inflect),), **common)
    except ValueError as exc:  # an over-long phrase expansion
        raise fail(str(exc), source, where) from None


def _within(value: Any, gaps: int) -> tuple[int, ...] | None:
    """``within`` as one distance per gap between consecutive groups."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,) * gaps
    if (
        isinstance(value, list)
        and len(value) == gaps
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return tuple(value)
    return None


def parse_entries(
    raws: Sequence[Any],
    lang: str,
    category: str,
    source: str,
    defaults: Mapping[str, Any] | None = None,
    key: str = "entries",
    classes: Classes = NO_CLASSES,
) -> list[Entry]:
    """Entries from a list of raw mappings, each completed by ``defaults``."""
    if not isinstance(raws, list):
        raise fail(f"'{key}' is a list of entries", source, key)
    entries: list[Entry] = []
    for index, raw in enumerate(raws):
        merged = {**(defaults or {}), **raw} if isinstance(raw, Mapping) else raw
        entries.extend(
            parse_entry(merged, lang, category, source, f"{key}[{index}]", classes)
        )
    return entries
