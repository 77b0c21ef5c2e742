"""The recognizer table compiled for the fast pass, and the scan for its cue words.

:class:`PatternTable` holds every entry of :mod:`smslint.detectors.pii_patterns` as a
:class:`CompiledPattern` (its regex compiled on first use, its context words split by
script) and indexes their cue and context words, so that one scan of a message tells
which phrase patterns can match (a cue occurs) and which patterns have a context
word; :mod:`smslint.detectors.pii_fast` runs the patterns accordingly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property

import ahocorasick
import regex

from smslint.detectors.pii_cues import (
    context_words,
)
from smslint.detectors.pii_entities import SENDER_OWNABLE, PiiPattern
from smslint.detectors.pii_patterns import PATTERNS

#: how far back context words count; presidio looks at five non-stopword tokens, so
#: these are wider on purpose: the fast pass may only ever be the more generous one
CONTEXT_CHARS = 80


CONTEXT_CHARS_ZH = 16


_EN_WORD = re.compile(r"[a-z][a-z/#]*")


class CompiledPattern:
    """One table entry: its regex (compiled on first use) and its context words."""

    def __init__(self, spec: PiiPattern) -> None:
        self.spec = spec
        self.context_en = frozenset(w for w in spec.context if w.isascii())
        self.context_zh = tuple(w for w in spec.context if not w.isascii())
        self.sender_ownable = spec.entity in SENDER_OWNABLE
        #: whether presidio's score of a match is known (set by PatternTable)
        self.settled = False
        self._context = context_words(spec.context)

    @cached_property
    def regex(self) -> regex.Pattern[str]:
        # compiled on first use: ``regex`` takes 1–25 ms a pattern, and on a clean
        # template most patterns never run (the pre-commit budget is 0.5 s)
        return regex.compile(self.spec.regex, self.spec.flags)

    def context_in(self, snippet: str) -> bool:
        """One of the entity's context words occurs in ``snippet`` (lowercase)."""
        return self._context.search(snippet) is not None

    def has_context(self, text: str, start: int) -> bool:
        before = text[max(0, start - CONTEXT_CHARS) : start].lower()
        if any(word in before[-CONTEXT_CHARS_ZH:] for word in self.context_zh):
            return True
        # "SSN#", "acct#": the mark is part of the word, the word is the context
        words = _EN_WORD.findall(before)
        return not self.context_en.isdisjoint(words) or not self.context_en.isdisjoint(
            w.rstrip("#") for w in words if w.endswith("#")
        )


#: texts with Chinese in them scanned without the trie regex before it is compiled
TRIE_AFTER = 100


class PatternTable:
    """The recognizer table compiled once per run, with cue and context words indexed.

    One scan of a message tells which phrase patterns have a cue in it and which
    patterns have a context word in it. ASCII words go into an Aho-Corasick
    automaton, which reports overlapping words too. Chinese words go into one ``re``
    alternation, which skips straight to the few characters that can start one
    (measured: pyahocorasick went from 4 to 10 µs a message once it held Chinese
    keys; the alternation takes 1–2 µs); it is searched again from the character
    after the start of each word it finds, so overlapping words are found as well.
    The alternation is written as a trie (:func:`trie_regex`): cues such as 你妈妈 and
    您的配偶 share their first characters, and a flat list of hundreds of words would
    be tried one by one at every 你 and 您.
    """

    def __init__(self, patterns: Sequence[PiiPattern] = PATTERNS) -> None:
        self.patterns = tuple(CompiledPattern(p) for p in patterns)
        # presidio's score of a match is known without presidio when a validator
        # accepted it (1.0), or when no pattern of its entity has a validator or
        # context words and all score alike (that score: nothing can raise it)
        for entity in {p.entity for p in patterns}:
            same = [p for p in self.patterns if p.spec.entity == entity]
            fixed = len({p.spec.score for p in same}) == 1 and not any(
                p.spec.context or p.spec.validate for p in same
            )
            for p in same:
                p.settled = fixed or p.spec.validate is not None
        # word -> (patterns it cues, patterns it is context for)
        self._words: dict[str, tuple[set[int], set[int]]] = {}
        for i, p in enumerate(patterns):
            for word in p.cues:  # the scans read lower case: so must every word
                self._words.setdefault(word.lower(), (set(), set()))[0].add(i)
            for word in p.context:
                self._words.setdefault(word.lower(), (set(), set()))[1].add(i)
        # an ASCII word's value is its word number; _meaning[number] says what it
        # cues and is context for, as bit masks over the pattern indexes (one OR
        # each, however many patterns a word serves)
        self._ascii = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._meaning: list[tuple[int, int]] = []
        for word, (cues, contexts) in self._words.items():
            if word.isascii():
                self._ascii.add_word(word, len(self._meaning))
                self._meaning.append((_mask(cues), _mask(contexts)))
        self._ascii.make_automaton()
        self._cjk_words = [w for w in self._words if not w.isascii()]
        # a Chinese word with the shorter words it starts with: the scan finds the
        # longest word at each position, and "工作地" holds the cue "工作" too
        known = set(self._cjk_words)
        self._cjk_prefixes = {
            w: tuple(w[:i] for i in range(1, len(w) + 1) if w[:i] in known)
            for w in self._cjk_words
        }
        #: ... and what they cue and are context for, as masks (see _meaning)
        self._cjk_masks = {
            w: (
                _mask(i for p in prefixes for i in self._words[p][0]),
                _mask(i for p in prefixes for i in self._words[p][1]),
            )
            for w, prefixes in self._cjk_prefixes.items()
        }
        # until the trie pays for its compiling (10-20 ms, a pre-commit run lints a
        # few templates), a text is scanned at each character that starts a word
        # instead: the same words, found by dict lookups (about twice the time)
        self._cjk_texts = 0
        lengths: dict[str, set[int]] = defaultdict(set)
        for word in self._cjk_words:
            lengths[word[0]].add(len(word))
        self._cjk_lengths = {c: tuple(sorted(n)) for c, n in lengths.items()}
        self._cjk_word_masks = {
            w: (_mask(self._words[w][0]), _mask(self._words[w][1]))
            for w in self._cjk_words
        }

    @cached_property
    def _cjk(self) -> re.Pattern[str]:
        # compiled once TRIE_AFTER texts with Chinese in them have been scanned
        return re.compile(trie_regex(self._cjk_words))

    @cached_property
    def _cjk_starts(self) -> re.Pattern[str]:
        """Any character a Chinese word starts with (a class: quick to compile)."""
        return re.compile("[" + "".join(map(re.escape, self._cjk_lengths)) + "]")

    def scan(self, text: str) -> tuple[set[int], set[int]]:
        """Indexes of the patterns with a cue in ``text``, and with a context word."""
        cued, context = self.scan_masks(text)
        return _indexes(cued), _indexes(context)

    def scan_masks(self, text: str) -> tuple[int, int]:
        """:meth:`scan` as bit masks: bit ``i`` set for pattern ``i``."""
        cued = context = 0
        meaning = self._meaning
        # every word is kept in lower case ("的HR" as "的hr"), so both scans read it
        text = text.lower()
        for _end, number in self._ascii.iter(text + " "):
            cues, contexts = meaning[number]
            cued |= cues
            context |= contexts
        if text.isascii() or not self._cjk_words:
            return cued, context
        if self._cjk_texts < TRIE_AFTER:
            self._cjk_texts += 1
            return self._scan_cjk_words(text, cued, context)
        # overlapping: "父亲" must not hide "亲）" in "黄建华（父亲）"; one search
        # per word found, from the character after where it starts
        search, masks = self._cjk.search, self._cjk_masks
        m = search(text)
        while m is not None:
            cues, contexts = masks[m.group()]
            cued |= cues
            context |= contexts
            m = search(text, m.start() + 1)
        return cued, context

    def _scan_cjk_words(self, text: str, cued: int, context: int) -> tuple[int, int]:
        """The trie's search without the trie: every word at every position."""
        search, lengths, masks = (
            self._cjk_starts.search,
            self._cjk_lengths,
            self._cjk_word_masks,
        )
        m = search(text)
        while m is not None:
            at = m.start()
            for size in lengths[text[at]]:
                found = masks.get(text[at : at + size])
                if found is not None:
                    cued |= found[0]
                    context |= found[1]
            m = search(text, at + 1)
        return cued, context


def _mask(indexes: Iterable[int]) -> int:
    mask = 0
    for i in indexes:
        mask |= 1 << i
    return mask


def _indexes(mask: int) -> set[int]:
    return {i for i in range(mask.bit_length()) if mask >> i & 1}


def trie_regex(words: Iterable[str]) -> str:
    """One regex matching the longest of ``words`` at a position, written as a trie."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        ends = "" in node
        options = [re.escape(c) + branch(child) for c, child in node.items() if c]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        if ends:  # a word ends here: longer words first, then the word itself
            return f"(?:{body})?"
        return body

    return branch(trie)
