"""Undo the disguises that hide a value from the PII patterns, keeping the offset map.

A collector who knows a filter exists writes ``６０１１…`` (full-width digits), puts
zero-width characters between the digits of an ID, or spaces every digit out
(``7 8 9 - 5 5 - 9 2 8 8``, ``身份证 3 2 0 1 …``). The patterns are written for plain
ASCII digits, so the fast pass and presidio both look at a folded text:

1. invisible characters dropped (:func:`smslint.normalize_steps.strip_invisibles`);
2. NFKC width folding (:func:`smslint.normalize_steps.fold_width`): full-width and
   mathematical digits and letters, ``＠``, no-break and ideographic spaces;
3. Cyrillic and Greek letters that look Latin (``Yоur еmрlоуеr``) made Latin, one
   for one and keeping their case (names and ID letters are case-sensitive), with
   the shipped look-alike table (:mod:`smslint.normalize_data`) read as
   :func:`smslint.normalize_words.map_lookalikes` reads it: in a message with
   genuine Cyrillic or Greek only words that also hold a Latin letter;
4. digits spelled out one by one, each alone between spaces (six at least, optionally
   after one letter, as a Taiwan ID starts), joined: the spaces go, hyphens and dots
   stay, so ``7 8 9 - 5 5 - 9 2 8 8`` becomes ``789-55-9288``;
5. a number written digit by digit in Chinese numerals, seven at least (voice-to-text
   and a filter's evasion alike: "一八六零八二二七三五零", "零九一二…", 幺 for one,
   the financial 壹贰叁…), one digit for one character. Positional numerals (十, 百,
   千, 万) are amounts, never spelled digit by digit, and no idiom runs to seven.

No case folding, leetspeak or Traditional -> Simplified: the patterns are
case-sensitive (names, ID letters) and every digit matters. Findings on the folded text
map back to the exact original columns (:meth:`smslint.normalize.Normalized.span`).

Clean text costs one or two regex searches: steps 1 to 3 run only when a character
outside the common Latin, CJK and punctuation ranges occurs, step 4 only when a digit
stands alone between spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from smslint.detectors.lazy_patterns import lazy
from smslint.normalize import Layer, Normalized
from smslint.normalize_data import Tables, default_dir, load_tables
from smslint.normalize_steps import Edits, fold_width, strip_invisibles
from smslint.normalize_words import map_lookalikes

# Everything that is neither ASCII, Latin-1/Latin Extended (bar the soft hyphen and
# the no-break space), general punctuation (bar the invisibles and odd spaces),
# currency signs, CJK punctuation, CJK ideographs nor full-width punctuation (bar the
# full-width digits, letters and ``＠``): a character that might hide a digit or
# split a value. Most clean messages have none.
_UNUSUAL = lazy(
    "[^\x00-\x9f\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf"
    "\u3001-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff40\uff5b-\uff65]"
)
# Six or more digits each standing alone, separated by spaces (a hyphen or dot may sit
# among the spaces), optionally after one letter. A digit is "alone" when no letter
# or digit touches it.
_SPACED = lazy(
    r"(?<![0-9A-Za-z])(?:[A-Za-z][ \t]{1,2})?[0-9]"
    r"(?:(?:[ \t]{1,2}[-.]?[ \t]{0,2}|[-.][ \t]{1,2})[0-9](?![0-9A-Za-z])){5,}"
)
# six digits spaced out always have one with a blank on either side
_SPACED_GATE = lazy(" [0-9] ")
_BLANKS = lazy(r"[ \t]+")
# each Chinese numeral that stands for one digit, and the digit
_CN_DIGIT_OF = {
    **dict.fromkeys("〇零", "0"),
    **dict.fromkeys("一幺壹", "1"),
    **dict.fromkeys("二贰貳", "2"),
    **dict.fromkeys("三叁參", "3"),
    **dict.fromkeys("四肆", "4"),
    **dict.fromkeys("五伍", "5"),
    **dict.fromkeys("六陆陸", "6"),
    **dict.fromkeys("七柒", "7"),
    **dict.fromkeys("八捌", "8"),
    **dict.fromkeys("九玖", "9"),
}
_CN_DIGIT = "[" + "".join(_CN_DIGIT_OF) + "]"
_CN_DIGITS_RUN = lazy(f"{_CN_DIGIT}(?:[ -]?{_CN_DIGIT}){{6,}}")
_CN_DIGITS = str.maketrans(_CN_DIGIT_OF)


def _cn_digits(run: re.Match[str]) -> str:
    return run.group().translate(_CN_DIGITS)


def fold(text: str) -> Normalized | None:
    """``text`` with its disguises undone and the map back, or None if none changed."""
    current = text
    layers: list[Layer] = []
    changed = False
    if not text.isascii() and _UNUSUAL.search(text) is not None:
        for step in (strip_invisibles, fold_width, _latin_lookalikes):
            result = step(current)
            if result is None:
                continue
            changed = True
            current = _apply(current, result, layers)
    if _SPACED_GATE.search(current) is not None:
        edits = _join_spaced_digits(current)
        if edits:
            changed = True
            current = _apply(current, edits, layers)
    if not current.isascii() and _CN_DIGITS_RUN.search(current) is not None:
        changed = True
        current = _CN_DIGITS_RUN.sub(_cn_digits, current)  # one for one: offsets stay
    if not changed or current == text:
        return None
    return Normalized(text, current, tuple(layers))


# a Cyrillic or Greek letter: the look-alike table is read only when one occurs
_GREEK_OR_CYRILLIC = lazy("[\u0370-\u03ff\u0400-\u052f\u1d00-\u1d7f]")


@lru_cache(maxsize=1)
def _cased_lookalikes() -> Tables:
    """The shipped tables with look-alikes mapped case for case (``Р`` -> ``P``)."""
    tables = load_tables(default_dir())
    cased = {
        key: value.upper() if chr(key).isupper() else value
        for key, value in tables.lookalikes.items()
    }
    return Tables(**{**vars(tables), "lookalikes": cased})


def _latin_lookalikes(text: str) -> str | None:
    """One letter for one (the table's values are single letters): offsets stay."""
    if _GREEK_OR_CYRILLIC.search(text) is None:
        return None
    return map_lookalikes(_cased_lookalikes(), text)


def _join_spaced_digits(text: str) -> Edits:
    edits: Edits = []
    for run in _SPACED.finditer(text):
        base = run.start()
        edits.extend(
            (base + blank.start(), base + blank.end(), "")
            for blank in _BLANKS.finditer(run.group())
        )
    return edits


def _apply(text: str, result: str | Edits, layers: list[Layer]) -> str:
    if isinstance(result, str):
        return result  # one character for one: offsets unchanged
    if any(end - start != 1 or len(new) != 1 for start, end, new in result):
        layers.append(Layer(result))
    parts: list[str] = []
    done = 0
    for start, end, new in result:
        parts += (text[done:start], new)
        done = end
    parts.append(text[done:])
    return "".join(parts)
