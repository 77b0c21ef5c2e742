"""Matching the ``pii_terms.yaml`` vocabulary with sets and dicts, not big regexes.

Python's ``re`` compiler takes ~100 ms for alternations of this vocabulary's few
hundred words, too slow for a pre-commit hook. Here terms and labels are indexed in
dicts at build time (about a millisecond) and looked up:

* :class:`Terms` judge a placeholder *name*. An ASCII term matches a run of whole name
  tokens that spells it when run together, optionally with a plural "s" or "es", and
  splits only where the term has a space: "home address" hits ``home_address``,
  ``homeAddress``, ``HOMEADDRESS`` and ``home-addresses`` but not ``paddress`` or
  ``ho_meaddress``. Other terms (Chinese, long pinyin) match anywhere in the name.
* :class:`Labels` find context labels in lowercased message text. A space in a label
  matches any run of spaces, "_" and "-" (or none); an ASCII label that begins and
  ends with a letter or digit must not touch another letter or digit ("sin" is not in
  "basin"). Where several labels could match, the leftmost wins, then the longer.
* :func:`tails` and :func:`label_starts_after` handle the joining text between a label
  and its placeholder ("身份证号码为{1}", "{1}是您的配偶") with small regexes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import accumulate
from typing import Any

# Name tokens: camelCase and ACRONYMCase words, digit runs, runs of other scripts.
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_A-Za-z]+")
# Shorter pinyin is too likely inside other words ("mama", "sfz"): match it as a token.
_LOOSE_PINYIN = 5
_PLURALS = ("", "s", "es")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@cache
def _joiners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile the joining-text patterns on first use (``re`` compiles slowly)."""
    return (
        # What may stand between a label and the placeholder after it:
        # "身份证号码为{1}", "SSN number is: %s".
        re.compile(
            r"(?:[\s:：=#＃.\-–—(（【「\[\"“'‘]|(?<![a-z])(?:is|was|are|number|no|nr|name)"
            r"(?![a-z])|['’]s|为|為|是|的|号码|號碼|号|號|姓名|名字)*\Z"
        ),
        # What may stand between a placeholder and a label after it ("{1}是您的配偶").
        re.compile(
            r"\s*(?:[(（【「\[]|(?<![a-z])(?:is|are|was)(?![a-z])|是|为|為|系)\s*"
            r"(?P<your>(?:your|您的|你的)\s*)?"
        ),
    )


def tokens(name: str) -> list[str]:
    """Split a name into lowercased tokens: ``homeAddress2`` -> home, address, 2."""
    return [t.lower() for t in _TOKEN.findall(name)]


class Name:
    """A placeholder name prepared for :meth:`Terms.found`."""

    __slots__ = ("hay", "runs")

    def __init__(self, name: str) -> None:
        toks = tokens(name)
        # Loose terms are searched in both spellings: "_tok_tok_" and run together.
        self.hay = "_" + "_".join(toks) + "_\x00" + "".join(toks)
        # Every run of consecutive tokens, run together, with the offsets where its
        # tokens meet; a name without tokens is one empty run.
        self.runs: list[tuple[str, frozenset[int]]] = []
        if not toks:
            self.runs.append(("", frozenset()))
        for i in range(len(toks)):
            joined, cuts = toks[i], [len(toks[i])]
            self.runs.append((joined, frozenset()))
            for tok in toks[i + 1 :]:
                joined += tok
                self.runs.append((joined, frozenset(cuts)))
                cuts.append(len(joined))


class Terms:
    """A ``{en, zh, pinyin}`` term group, plus extra terms, for judging names."""

    def __init__(self, group: Mapping[str, Any], extra: Iterable[str] = ()) -> None:
        bounded: list[str] = []
        loose = [t.lower() for t in group.get("zh", ())]
        for term in [*group.get("en", ()), *extra]:
            (bounded if term.isascii() else loose).append(term.lower())
        for term in group.get("pinyin", ()):
            (loose if len(term) >= _LOOSE_PINYIN else bounded).append(term)
        self.loose = tuple(dict.fromkeys(loose))
        # tokens run together (+ plural) -> the sets of offsets where its tokens meet
        self.bounded: dict[str, set[frozenset[int]]] = {}
        for term in bounded:
            toks = tokens(term)
            cuts = frozenset(accumulate(map(len, toks[:-1])))
            for plural in _PLURALS:
                self.bounded.setdefault("".join(toks) + plural, set()).add(cuts)

    def found(self, name: Name) -> bool:
        """Whether a term occurs in ``name``."""
        if any(term in name.hay for term in self.loose):
            return True
        # A run matches a term it spells if it splits only where the term does.
        return any(
            cuts <= term_cuts
            for run, cuts in name.runs
            for term_cuts in self.bounded.get(run, ())
        )


def _spacing(char: str) -> bool:
    """What a space in a label stands for: any spacing, "_" or "-"."""
    return char in "_-" or char.isspace()


class Labels:
    """Context labels ("SSN", "date of birth", "身份证号码") in lowercased text.

    A label's words must not begin or end with spacing, "_" or "-" (none in
    ``pii_terms.yaml`` do): then a label found at a place has one end.
    """

    def __init__(self, labels: Iterable[str]) -> None:
        unique = {x.lower() for x in labels}
        bounded = {
            x for x in unique if x.isascii() and x[0].isalnum() and x[-1].isalnum()
        }
        # Longest first, so "id number" wins over "id" where both would fit.
        ordered = [
            *sorted(bounded, key=lambda x: (-len(x), x)),
            *sorted(unique - bounded, key=lambda x: (-len(x), x)),
        ]
        # first or last character -> (rank, words, needs word boundaries)
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
        self._by_last: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
        for rank, label in enumerate(ordered):
            words = tuple(label.split())
            if words:
                entry = (rank, words, label in bounded)
                self._by_first.setdefault(words[0][0], []).append(entry)
                self._by_last.setdefault(words[-1][-1], []).append(entry)

    def _at(self, text: str, start: int) -> bool:
        """Whether a label begins at ``start`` of ``text``."""
        n = len(text)
        for _, words, bounded in self._by_first.get(text[start], ()):
            if bounded and start and text[start - 1] in _ALNUM:
                continue
            end = start
            for i, word in enumerate(words):
                while i and end < n and _spacing(text[end]):
                    end += 1
                if not text.startswith(word, end):
                    break
                end += len(word)
            else:
                if not (bounded and end < n and text[end] in _ALNUM):
                    return True
        return False

    def _ending(self, text: str, end: int) -> Iterator[tuple[int, int]]:
        """Yield ``(start, rank)`` of each label that ends at ``end`` of ``text``."""
        for rank, words, bounded in self._by_last.get(text[end - 1], ()):
            if bounded and end < len(text) and text[end] in _ALNUM:
                continue
            start = end
            for i, word in enumerate(reversed(words)):
                while i and start and _spacing(text[start - 1]):
                    start -= 1
                if not text.endswith(word, 0, start):
                    break
                start -= len(word)
            else:
                if not (bounded and start and text[start - 1] in _ALNUM):
                    yield start, rank

    def search(self, text: str) -> bool:
        """Whether a label occurs anywhere in ``text``."""
        return any(
            next(self._ending(text, end), None) is not None
            for end in range(1, len(text) + 1)
            if text[end - 1] in self._by_last
        )

    def find_before(self, text: str, ends: Iterable[int]) -> int | None:
        """Return the end of the leftmost label in ``text`` (the first in the order
        above if several start there) that ends at one of ``ends``, or None."""
        found = [(*x, end) for end in ends if end for x in self._ending(text, end)]
        return min(found)[2] if found else None

    def find_after(self, text: str, starts: Sequence[int]) -> int | None:
        """Return the first of ``starts`` where a label begins in ``text``, or None."""
        for start in starts:
            if start < len(text) and self._at(text, start):
                return start
        return None


def tails(text: str) -> frozenset[int]:
    """The offsets in ``text`` followed by joining text only (": ", "号码为")."""
    join_before = _joiners()[0]
    return frozenset(i for i in range(len(text) + 1) if join_before.match(text, i))


def label_starts_after(text: str) -> list[int]:
    """Where a label may start after a placeholder followed by ``text``: past " (",
    "是" or " is your", in the order to try."""
    m = _joiners()[1].match(text)
    if m is None:
        return []
    # "is your email": "your email" is a label too, tried after "email"
    return [m.end(), m.start("your")] if m.group("your") else [m.end()]
