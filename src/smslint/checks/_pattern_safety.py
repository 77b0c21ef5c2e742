"""Refusing user patterns that can take exponential time: repeated repetitions.

A pack's ``required_phrase`` patterns are searched in every message; one like
``(a+)+`` can take exponential time on text that almost matches, so it is refused
when the rule is built (:func:`reject_nested_quantifiers`). Searches also run with a
time limit (:mod:`smslint.checks.required_phrase`).
"""

from __future__ import annotations

import regex

_QUANTIFIER = regex.compile(r"(?:[*+?]|\{(?:\d+(?:,\d*)?|,\d+)\})[?+]?")


# one token of a regular expression: what the nested-quantifier scan tells apart
_PATTERN_TOKEN = regex.compile(
    r"""\\[pPxN]\{[^}]*\}          # \p{Han} and friends: braces are not a quantifier
      | \\.                         # any other escape
      | \[\^?\]?(?:\\.|[^\]\\])*\]   # character class (leading ] is literal)
      | \(\?(?:\#|P=)[^)]*\)        # comment, named back-reference
      | \(\?[a-zA-Z^-]*\)           # inline flags: no group
      | \(\?(?:P?<(?![=!])[^>]*>|<[=!]|[=!>|]|[a-zA-Z^-]*:)  # group with a prefix
      | \(                           # plain group
      | (?:[*+?]|\{(?:\d+(?:,\d*)?|,\d+)\})[?+]?  # quantifier, maybe lazy/possessive
      | .""",
    regex.VERBOSE | regex.DOTALL,
)


def reject_nested_quantifiers(pattern: str) -> None:
    """Raise ValueError when a group holding a repetition is repeated without bound.

    ``(a+)+``, ``(\\w+\\s?)*`` and ``((a*)b){2,}`` can take exponential time on
    text that almost matches; ``(\\s+\\w+){0,3}`` is bounded and allowed. The scan
    knows escapes, character classes and ``(?...)`` group prefixes well enough for
    that one question; it does not validate the pattern.
    """
    frames = [False]  # per open group: does it contain a repetition?
    after_repeating_group = False
    for token in _PATTERN_TOKEN.findall(pattern):
        if token.startswith("(") and not token.endswith(")"):
            frames.append(False)
            after_repeating_group = False
        elif token == ")" and len(frames) > 1:
            after_repeating_group = frames.pop()
            frames[-1] = frames[-1] or after_repeating_group
        elif _QUANTIFIER.fullmatch(token):
            low, high = _bounds(token)
            # a bounded outer count such as (\s+\w+){0,3} stays polynomial: allowed
            if after_repeating_group and high is None:
                raise ValueError(
                    f"pattern {pattern!r} repeats a group that itself contains a "
                    "repetition (like '(a+)+'); such patterns can take exponential "
                    "time. Rewrite it without the nested repetition ('(a+)+' -> 'a+')."
                )
            if high is None or high > max(low, 1):
                frames[-1] = True
            after_repeating_group = False
        else:
            after_repeating_group = False


def _bounds(quantifier: str) -> tuple[int, int | None]:
    """Least and most repetitions a quantifier allows (None: unbounded)."""
    if quantifier[0] in "*+?":
        return {"*": (0, None), "+": (1, None), "?": (0, 1)}[quantifier[0]]
    low, comma, high = quantifier[1 : quantifier.index("}")].partition(",")
    if not comma:
        return int(low), int(low)
    return int(low or 0), int(high) if high else None
