"""Text-speak read as the standard English words the lexicons are written in.

"u r a fraud", "pls pay b4 fri", "c u 2moro" become "you are a fraud", "please pay
before fri", "see you tomorrow". The table is data (``textspeak.yaml``, documented in
its header): words read wherever they stand, rules read only in some company, and
labels, keys that may also be a label or a code ("Plan B", "apt 4 r", "seat B4"),
read only where a label could not stand.

The step runs before case folding, because case tells a label from text-speak ("Plan
B" against "will b"), and before the joiner of spelled-out letters and leet: "l8r"
would read "lbr" as leet, and "u r a" would be taken for a word spelled out. A
one-letter key the joiner would join ("b u r n" spells "burn", "f u c k" has letters
that are no words, "b 0 $ $" with leet reads "boss") is left to it; the two share
:func:`words_apart` and :func:`leet_spelled`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from smslint.detectors.lazy_patterns import lazy
from smslint.errors import SmslintError
from smslint.normalize_patterns import SPELLED_RUN
from smslint.normalize_steps import Edits

if TYPE_CHECKING:
    from smslint.normalize_data import Tables

#: A key: letters and digits, apostrophes only inside ("u'll").
_TOKEN = lazy(r"[0-9A-Za-z]+(?:['\u2019][0-9A-Za-z]+)*")
#: bytes.translate table of the screen: ASCII letters lower-cased, digits, "_" and
#: "'" kept, every other byte a space. The words of a text's UTF-8 (with "\u2019"
#: read as "'") so shaped are exactly the tokens that :func:`_key_pattern` delimits.
_KEY_SHAPE = bytes(
    code + 32
    if 65 <= code <= 90
    else code
    if chr(code) in "0123456789_'abcdefghijklmnopqrstuvwxyz"
    else 32
    for code in range(256)
)
#: ASCII letters lower-cased and "\u2019" read as "'": see :func:`_key_case`.
_KEY_CASE = str.maketrans(
    {**{chr(code): chr(code + 32) for code in range(65, 91)}, "\u2019": "'"}
)
#: Characters that, touching a key, make it part of something else: a word of any
#: script, an apostrophe, a hyphen ("u-turn"), "y/n", "r&d", "@u", "$2", "4%", "#4".
_GLUED = re.compile(r"[\w'\u2019\-/@&$%#+=<>^~\u00a3\u20ac\u00a5\u20b9]")
#: A dot, comma or colon between a key and a word or number ("U.S.", "1.2", "2:30").
_JOINING = ".,:"
#: What ends a clause: before a key, nothing before it is a neighbour.
_CLAUSE_END = ".,;:!?\n\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u2026"
#: Quotes and brackets taken off a neighbour before it is judged.
_WRAPPING = "\"'()[]{}<>*\u201c\u201d\u2018\u2019"
#: A neighbour that is a word: letters, apostrophes inside.
_WORD = lazy(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
#: Three or more single letters with one separator between each: "b u r n".
_SPELLED = lazy(SPELLED_RUN, re.IGNORECASE)
#: The group name that stands for any word.
_ANY_WORD = "<word>"

#: letters that are words of their own in text-speak (u, r, n, y, b, c: you, are,
#: and, why, be, see) or in English (a, i)
ONE_LETTER_WORDS = frozenset("urnybcai")


def words_apart(vocabulary: frozenset[str], letters: str) -> bool:
    """Whether spelled-out ``letters`` are one-letter words side by side ("u r a",
    "y r u"), not a word spelled out: all are such words, and together they spell
    no word of the lexicons ("b u r n" is "burn")."""
    return set(letters) <= ONE_LETTER_WORDS and letters not in vocabulary


def leet_spelled(
    tables: Tables, text: str, *, any_case: bool = False
) -> list[tuple[int, int, int, int]]:
    """Letters and leet characters spelled out ("b 0 $ $", "d 3 a d b 3 a t",
    "$ h 1 t") that the joiner of separators joins and reads with leet undone: for
    each, the run and the word in it, as ``(run start, run end, start, end)``.

    In a run of :func:`~smslint.normalize_patterns.spelled_leet_run`, the word is the
    longest stretch that has a letter and a leet character and, read with leet
    undone, is a word of the lexicons, with only one-letter words (those of
    :func:`words_apart`) typed around it: "a b 0 $ $" is "a boss", and "ur b 0 $ $ n"
    keeps its "n". Held to a word the lexicons know, because digits are more often
    numbers than letters: a run without a letter ("$ 5 0 0", "7 0 0", which would
    read "too"), one with three digits in a row (a number: "b 3 5 7") and one that
    reads no such word (a code: "A 1 B 2") stay. The runs of letters alone inside a
    run that has such a word are its business, not :data:`SPELLED_RUN`'s ("u r a d"
    in "u r a d 3 a d b 3 a t"); elsewhere they are.
    ``any_case``: the text is not case-folded yet (the text-speak step).
    """
    # the screen: such a run has a leet character and a letter side by side, each
    # standing alone (``leet_shape`` reads leet as L, a-z as a, anything else a space)
    shape = (text.lower() if any_case else text).encode("utf-8", "surrogatepass")
    shape = b" " + shape.translate(tables.leet_shape) + b" "
    if b" a L " not in shape and b" L a " not in shape:
        return []
    pattern = tables.spelled_leet_any_case if any_case else tables.spelled_leet
    spans: list[tuple[int, int, int, int]] = []
    for match in pattern.finditer(text):
        found = _leet_word_in(tables, match.group()[::2].lower())
        if found is not None:  # element k of the run is at 2k
            start, end = match.start() + 2 * found[0], match.start() + 2 * found[1] - 1
            spans.append((*match.span(), start, end))
    return spans


#: Longest run of spelled-out characters searched for a word (longer: none).
_LONGEST_SPELLED = 40


def _leet_word_in(tables: Tables, typed: str) -> tuple[int, int] | None:
    """Where in spelled-out ``typed`` a word with leet stands: [start, end) elements.

    The longest, then the leftmost; around it only one-letter words, typed as
    letters. A run longer than :data:`_LONGEST_SPELLED` has none, so the candidates,
    one per count of one-letter words cut off each end, stay few.
    """
    if len(typed) > _LONGEST_SPELLED or typed.translate(tables.leet) == typed:
        return None
    before = len(typed) - len(typed.lstrip(_ONE_LETTER_TYPED))
    after = len(typed) - len(typed.rstrip(_ONE_LETTER_TYPED))
    candidates = sorted(
        (left + right, left, len(typed) - right)
        for left in range(min(before, len(typed) - 3) + 1)
        for right in range(min(after, len(typed) - left - 3) + 1)
    )
    for _, start, end in candidates:
        word = typed[start:end]
        reading = word.translate(tables.leet)
        if (
            reading != word
            and any("a" <= char <= "z" for char in word)
            and _THREE_DIGITS.search(word) is None
            and reading in tables.vocabulary
        ):
            return start, end
    return None


_ONE_LETTER_TYPED = "".join(sorted(ONE_LETTER_WORDS))
_THREE_DIGITS = lazy("[0-9]{3}")


@dataclass(frozen=True, slots=True)
class Condition:
    """One way a key of ``rules`` is read: ``reads`` when every given test holds."""

    reads: str
    after: frozenset[str] | None = None
    not_after: frozenset[str] | None = None
    before: frozenset[str] | None = None
    not_before: frozenset[str] | None = None
    at_start: bool = False


@dataclass(frozen=True)
class TextSpeak:
    """The loaded ``textspeak.yaml``: every key with its conditions, in order."""

    #: key -> conditions; a key of ``words`` has one that always holds
    keys: dict[str, tuple[Condition, ...]]
    #: keys that may also be a label or code
    labels: frozenset[str]
    #: the keys in UTF-8, for the screen (:data:`_KEY_SHAPE`)
    names: frozenset[bytes]


def load_textspeak(path: Path, data: dict[str, Any]) -> TextSpeak:
    """The table of ``textspeak.yaml`` (``path``, for messages), read as ``data``."""
    groups = _groups(path, data.get("groups") or {})
    keys: dict[str, tuple[Condition, ...]] = {}
    for key, reads in _mapping(path, data, "words").items():
        if not isinstance(reads, str):
            _fail(path, f"words.{key}", "expected key: reading")
        keys[_key(path, key)] = (Condition(reads=reads.casefold()),)
    for key, conditions in _mapping(path, data, "rules").items():
        where = f"rules.{key}"
        if not isinstance(conditions, list) or not conditions:
            _fail(path, where, "expected a list of conditions")
        if _key(path, key) in keys:
            _fail(path, where, "key listed twice")
        keys[_key(path, key)] = tuple(
            _condition(path, where, item, groups) for item in conditions
        )
    labels = data.get("labels") or []
    if not isinstance(labels, list) or any(str(k) not in keys for k in labels):
        _fail(path, "labels", "expected a list of keys of words or rules")
    names = frozenset(key.encode() for key in keys)
    return TextSpeak(keys, frozenset(str(k) for k in labels), names)


def _key(path: Path, key: object) -> str:
    text = str(key)
    if not _TOKEN.fullmatch(text) or text != text.casefold():
        _fail(path, text, "a key is one lower-case word of letters and digits")
    return text


def _mapping(path: Path, data: dict[str, Any], section: str) -> dict[str, Any]:
    value = data.get(section) or {}
    if not isinstance(value, dict):
        _fail(path, section, "expected a mapping")
    return {str(key): item for key, item in value.items()}


def _groups(path: Path, value: object) -> dict[str, frozenset[str]]:
    if not isinstance(value, dict):
        _fail(path, "groups", "expected a mapping of lists")
    groups: dict[str, frozenset[str]] = {}
    for name, words in value.items():
        if not isinstance(words, list):
            _fail(path, f"groups.{name}", "expected a list of words")
        groups[f"<{name}>"] = frozenset(str(word).casefold() for word in words)
    return groups


_TESTS = ("after", "not_after", "before", "not_before")


def _condition(
    path: Path, where: str, item: object, groups: dict[str, frozenset[str]]
) -> Condition:
    if not isinstance(item, dict) or not isinstance(item.get("reads"), str):
        _fail(path, where, "a condition is a mapping with reads")
    unknown = set(item) - {"reads", "at_start", *_TESTS}
    if unknown:
        _fail(path, where, f"unknown keys {sorted(unknown)}")
    tests: dict[str, frozenset[str]] = {}
    for test in _TESTS:
        if test not in item:
            continue
        words: set[str] = set()
        for word in item[test]:
            word = str(word).casefold()
            if word == _ANY_WORD:
                words.add(word)
            elif word.startswith("<"):
                if word not in groups:
                    _fail(path, where, f"unknown group {word}")
                words |= groups[word]
            else:
                words.add(word)
        tests[test] = frozenset(words)
    return Condition(
        reads=item["reads"].casefold(), at_start=bool(item.get("at_start")), **tests
    )


def _fail(path: Path, where: str, message: str) -> NoReturn:
    raise SmslintError(message, path=str(path), key_path=where)


# --- the step ------------------------------------------------------------------------


@dataclass(slots=True)
class _Side:
    """What stands on one side of a key: a clause boundary, or a word (or not)."""

    boundary: bool
    raw: str = ""  #: the neighbour as typed, wrapping off, lower case
    reading: str = ""  #: its reading, if it was read as text-speak
    is_word: bool = False
    shouted: bool = False  #: a word of two or more letters, all in capitals

    def is_in(self, words: frozenset[str]) -> bool:
        if self.boundary:
            return False
        if _ANY_WORD in words and self.is_word:
            return True
        if self.raw in words or (bool(self.reading) and self.reading in words):
            return True
        return (
            self.is_word
            and any(  # "*s": any word with that ending
                word[0] == "*" and self.raw.endswith(word[1:]) for word in words
            )
        )


def read_textspeak(tables: Tables, text: str) -> Edits | None:
    """Text-speak words read as the English words (see the module docstring)."""
    table = tables.textspeak
    if table is None:
        return None
    shape = text.replace("\u2019", "'").encode("utf-8", "surrogatepass")
    found = table.names.intersection(shape.translate(_KEY_SHAPE).split())
    if not found:
        return None  # C-speed passes only: no key stands as a word
    lowered = _key_case(text)
    candidates = [
        span
        for match in _key_pattern(found).finditer(lowered)
        if _alone(text, *(span := match.span()))
    ]
    if not candidates:
        return None
    spelled = None  # the letters the joiner will join, found on first need
    readings: dict[int, str] = {}  # start of a key read -> its reading
    edits: Edits = []
    for start, end in candidates:
        typed, key = text[start:end], lowered[start:end]
        if len(key) == 1:
            if spelled is None:
                spelled = _joined_runs(tables, text)
            if any(a <= start < b for a, b in spelled):
                continue  # a letter of a word spelled out: the joiner's
        before = _before(text, start, readings)
        after = _after(text, end)
        if key in table.labels and not _read_as_word(typed, before, after):
            continue
        if typed.isupper() and len(key) == 1 and text[end : end + 1] == ".":
            continue  # an initial: "Mr. R. Smith"
        reading = next(
            (c.reads for c in table.keys[key] if _holds(c, before, after)), None
        )
        if reading is not None:
            readings[start] = reading
            edits.append((start, end, reading))
    return edits or None


@lru_cache(maxsize=256)
def _key_pattern(keys: frozenset[bytes]) -> re.Pattern[str]:
    """``keys`` (those the screen found in a text: few, and the same few recur) as
    whole tokens, with no word character or apostrophe glued to either end, exactly
    the words of the screen, in :func:`_key_case` text.

    Each key is written before its look-behind, so that the search skips to the
    characters a key starts with (three times faster than a leading assertion).
    """
    longest_first = sorted((key.decode() for key in keys), key=len, reverse=True)
    body = "|".join(rf"{key}(?<![\w']{key})" for key in map(re.escape, longest_first))
    return re.compile(rf"(?:{body})(?![\w'])", re.ASCII)


def _key_case(text: str) -> str:
    """``text`` with ASCII letters lower-cased and "\u2019" read as "'", one character
    for one, so offsets stay: a key's token, so read, is the key."""
    if text.isascii():
        return text.lower()
    lowered = text.lower().replace("\u2019", "'")
    # other letters may lower too, harmlessly, as long as none becomes ASCII or two
    # characters: only the Kelvin sign lowers to "k", and only "\u0130" to two
    if len(lowered) == len(text) and "\u212a" not in text:
        return lowered
    return text.translate(_KEY_CASE)


def _lookup(token: str) -> str:
    return token.lower().replace("\u2019", "'")


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a word: nothing glued to either end."""
    if start:
        left = text[start - 1]
        if _GLUED.match(left):
            return False
        if left in _JOINING and start > 1 and text[start - 2].isalnum():
            return False
    if end < len(text):
        right = text[end]
        if _GLUED.match(right):
            return False
        if right in _JOINING and end + 1 < len(text) and text[end + 1].isalnum():
            return False
    return True


def _joined_runs(tables: Tables, text: str) -> list[tuple[int, int]]:
    """Spans of spelled-out letters, or letters and leet, that the joiner will join."""
    leet = leet_spelled(tables, text, any_case=True)
    return [
        match.span()
        for match in _SPELLED.finditer(text)
        if not words_apart(tables.vocabulary, match.group()[::2].lower())
        and not any(a < match.end() and match.start() < b for a, b, _, _ in leet)
    ] + [(start, end) for _, _, start, end in leet]


def _before(text: str, start: int, readings: dict[int, str]) -> _Side:
    at = start
    while at and text[at - 1] in " \t":
        at -= 1
    if not at or text[at - 1] in _CLAUSE_END:
        return _Side(boundary=True)
    begin = at
    while begin and not text[begin - 1].isspace():
        begin -= 1
    chunk = text[begin:at]
    core = chunk.strip(_WRAPPING)
    offset = begin + (len(chunk) - len(chunk.lstrip(_WRAPPING)))
    return _side(core, readings.get(offset, ""))


def _after(text: str, end: int) -> _Side:
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    if at == len(text) or text[at] in _CLAUSE_END:
        return _Side(boundary=True)
    stop = at
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    core = text[at:stop].strip(_WRAPPING).rstrip(_CLAUSE_END)
    return _side(core, "")


def _side(core: str, reading: str) -> _Side:
    return _Side(
        boundary=False,
        raw=_lookup(core),
        reading=reading,
        is_word=bool(reading) or bool(_WORD.fullmatch(core)),
        shouted=len(core) > 1 and core.isalpha() and core.isupper(),
    )


def _read_as_word(typed: str, before: _Side, after: _Side) -> bool:
    """Whether a key that may be a label stands where a label could not.

    Typed in lower case, or in capitals opening a clause or among words in capitals;
    and with a word or a clause boundary on each side, never a number or a symbol.
    """
    if not all(side.boundary or side.is_word for side in (before, after)):
        return False
    if typed == typed.lower() or before.boundary:
        return True
    return before.shouted or after.shouted


def _holds(condition: Condition, before: _Side, after: _Side) -> bool:
    if condition.at_start and not before.boundary:
        return False
    if condition.after is not None and not before.is_in(condition.after):
        return False
    if condition.before is not None and not after.is_in(condition.before):
        return False
    if condition.not_after is not None and before.is_in(condition.not_after):
        return False
    return condition.not_before is None or not after.is_in(condition.not_before)
