"""Check kind ``required_phrase``: the message must carry one of the configured texts.

Used for the opt-out instruction (``Reply STOP``, ``回T退订``, ``回覆STOP``...) and for
sender identification (a ``【签名】`` signature, a company name, or a template
placeholder such as ``{company}``). A message passes when any applicable phrase,
pattern or placeholder is found at the configured ``position``.

Phrases and patterns are grouped by language key: ``en``, ``zh`` (both scripts),
``zh-Hans``, ``zh-Hant`` and ``any``. A message sees the union of its own language, its
base language and ``any``; when nothing applies to it, the rule says nothing about it.
``placeholders`` is a list (every language) or the same kind of mapping, and only
counts for templates: rendered log bodies have no placeholders left.

Phrases are matched against :func:`fold` of the text, so full-width, case and
spacing variants of one phrase need not be listed. Patterns see :func:`normalize` of
the text (half-width, single spaces, no spaces next to CJK, case kept) and match
case-insensitively unless they say ``(?-i:...)``. Patterns are searched with a time
limit; one that runs out counts as not found.

``fix`` (optional) gives, per language key, the text ``smslint check --fix`` adds at
the ``end`` (default) or ``start`` of a template that fails the rule (docs/fix.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from smslint.checks import RunContext
from smslint.checks._pattern_safety import reject_nested_quantifiers
from smslint.checks._phrase_text import fold, name_matches, name_tokens, normalize
from smslint.message import Message
from smslint.violations import Hit

KIND = "required_phrase"
SUMMARY = (
    "The message must contain a required phrase (opt-out instruction, sender name...)."
)

LANG_KEYS = ("en", "zh", "zh-Hans", "zh-Hant", "any")
POSITIONS = ("anywhere", "start", "end", "start_or_end")

#: seconds one pattern may search one message before it counts as not found
PATTERN_TIMEOUT = 0.05

_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_BY_LANG = {
    "type": "object",
    "propertyNames": {"enum": list(LANG_KEYS)},
    "additionalProperties": _STRINGS,
}

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "phrases": {**_BY_LANG, "description": "Literal phrases per language key."},
        "patterns": {
            **_BY_LANG,
            "description": "Regular expressions per language key.",
        },
        "placeholders": {
            "description": "Placeholder names that satisfy the rule in templates.",
            "oneOf": [_STRINGS, _BY_LANG],
        },
        "position": {
            "enum": list(POSITIONS),
            "description": "Where a phrase or pattern must be: anywhere, start, end "
            "or start_or_end (only spaces and punctuation between it and the edge).",
        },
        "expected": {
            "type": "string",
            "minLength": 1,
            "description": "What the violation message suggests (default: the first "
            "applicable phrase).",
        },
        "fix": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                **{key: {"type": "string", "pattern": r"\S"} for key in LANG_KEYS},
                "position": {"enum": ["start", "end"]},
            },
            "description": "Text that `smslint check --fix` adds where it is missing, "
            "per language key, and where: `end` (default) or `start`. Only text that "
            "cannot change the message's meaning (an opt-out sentence, the sender's "
            "name); no fix when no key applies to the message's language.",
        },
    },
}

DEFAULTS: dict[str, Any] = {
    "phrases": {},
    "patterns": {},
    "placeholders": [],
    "position": "anywhere",
}

# letters of alphabetic scripts and digits: a phrase must not continue into them
_WORD = r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}_]"
_WORD_CHAR = regex.compile(_WORD)
# what may stand between a phrase and the edge of the message at start/end
_EDGE_ONLY = regex.compile(r"[\s\p{P}\p{Cf}]*")


def fix_suggestion(options: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    """The rule's ``fix`` text for a message in ``lang`` and its position, or None.

    The language keys are looked up like phrases: the message's own, its base
    language, then ``any``.
    """
    fix: Mapping[str, str] = options.get("fix") or {}
    for key in dict.fromkeys((lang, lang.split("-")[0], "any")):
        if fix.get(key):
            return fix[key], fix.get("position", "end")
    return None


@dataclass(frozen=True)
class _Matchers:
    """What satisfies the rule for one language."""

    phrases: regex.Pattern[str] | None
    patterns: tuple[regex.Pattern[str], ...]
    placeholders: tuple[tuple[str, ...], ...]
    expected: str | None


def _phrase_regex(phrases: Sequence[str]) -> regex.Pattern[str] | None:
    """One alternation of folded phrases, longest first, that never matches mid-word."""
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        before = "(?<!" + _WORD + ")" if _WORD_CHAR.match(phrase[0]) else ""
        after = "(?!" + _WORD + ")" if _WORD_CHAR.match(phrase[-1]) else ""
        alternatives.append(before + regex.escape(phrase) + after)
    return regex.compile("|".join(alternatives)) if alternatives else None


def _compile_pattern(pattern: str) -> regex.Pattern[str]:
    reject_nested_quantifiers(pattern)
    try:
        return regex.compile(pattern, regex.IGNORECASE)
    except regex.error as exc:
        raise ValueError(f"invalid pattern {pattern!r}: {exc}") from None


def _fold_phrase(phrase: str) -> str:
    folded = fold(phrase)
    if not folded:
        raise ValueError(f"phrase {phrase!r} is empty once normalized")
    return folded


def _at_position(text: str, start: int, end: int, position: str) -> bool:
    """Whether ``text[start:end]`` sits where ``position`` asks.

    Only whitespace and punctuation may stand between it and the edge.
    """
    if position == "anywhere":
        return True
    if position != "end" and _EDGE_ONLY.fullmatch(text, 0, start):
        return True
    return position != "start" and _EDGE_ONLY.fullmatch(text, end) is not None


def _found(
    pattern: regex.Pattern[str], text: str, position: str, timeout: float | None
) -> bool:
    if position == "anywhere":
        return pattern.search(text, timeout=timeout) is not None
    matches = pattern.finditer(text, overlapped=True, timeout=timeout)
    return any(_at_position(text, m.start(), m.end(), position) for m in matches)


def build(
    options: Mapping[str, Any], context: RunContext
) -> Callable[[Message], Iterator[Hit]]:
    """Compile phrases, patterns and placeholder names once; return the check."""
    position: str = options["position"]
    originals: Mapping[str, list[str]] = options["phrases"]
    phrases = {k: [_fold_phrase(p) for p in v] for k, v in originals.items()}
    patterns = {
        k: [_compile_pattern(p) for p in v] for k, v in options["patterns"].items()
    }
    names = options["placeholders"]
    by_lang_names: Mapping[str, list[str]] = (
        {"any": list(names)} if isinstance(names, list) else names
    )
    if not any((*phrases.values(), *patterns.values(), *by_lang_names.values())):
        raise ValueError(
            "required_phrase needs at least one phrase, pattern or placeholder"
        )
    cache: dict[str, _Matchers] = {}

    def matchers_for(lang: str) -> _Matchers:
        keys = list(dict.fromkeys((lang, lang.split("-")[0], "any")))
        wanted = [n for k in keys for n in by_lang_names.get(k, [])]
        firsts = [p for k in keys for p in originals.get(k, [])]
        firsts += ["{" + n + "}" for n in wanted]
        firsts += [p.pattern for k in keys for p in patterns.get(k, [])]
        return _Matchers(
            phrases=_phrase_regex([p for k in keys for p in phrases.get(k, [])]),
            patterns=tuple(p for k in keys for p in patterns.get(k, [])),
            placeholders=tuple(name_tokens(n) for n in wanted),
            expected=options.get("expected") or (firsts[0] if firsts else None),
        )

    def has_placeholder(message: Message, wanted: Sequence[tuple[str, ...]]) -> bool:
        return any(
            name_matches(w, ph.name)
            and _at_position(message.text, ph.start, ph.end, position)
            for ph in message.placeholders
            for w in wanted
        )

    def check(message: Message) -> Iterator[Hit]:
        if message.lang not in cache:
            cache[message.lang] = matchers_for(message.lang)
        m = cache[message.lang]
        wanted = m.placeholders if message.is_template else ()
        if m.phrases is None and not m.patterns and not wanted:
            return
        if wanted and has_placeholder(message, wanted):
            return
        text = normalize(message.text)
        if m.phrases is not None and _found(m.phrases, text.casefold(), position, None):
            return
        for pattern in m.patterns:
            try:
                if _found(pattern, text, position, PATTERN_TIMEOUT):
                    return
            except TimeoutError:
                continue  # as not found: a false alarm is visible, a miss is not
        yield Hit(args={"expected": m.expected})

    return check
