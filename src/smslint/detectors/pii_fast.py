"""Step 1 of PII detection: the recognizer table run cheaply over every message.

A clean collection message has amounts, dates, a hotline and a link, so the pass is
built to dismiss those fast. Digit patterns run only in a small window around each
run of six or more digits, and only those whose digit count fits; a run that is a
date, an amount or a service number, or the hotline after "call us", is dismissed
before any pattern runs. Phrase patterns run only when one of their cues occurs, and
patterns that need a context word only when one occurs; one scan of the message
finds both. Patterns are compiled on first use. Each match then goes through the
allowed-value logic, its validators and a context check that imitates presidio's
(the base score plus 0.35 when a context word is among the words just before it).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cached_property

import ahocorasick
import regex

from smslint.detectors.pii_allowed import (
    AllowedValues,
    context_words,
    plain_run,
    reference_label,
    sender_cue,
    tail_before,
)
from smslint.detectors.pii_entities import SENDER_OWNABLE, PiiFinding, PiiPattern
from smslint.detectors.pii_patterns import PATTERNS

#: presidio's LemmaContextAwareEnhancer defaults, imitated here
CONTEXT_BOOST = 0.35
CONTEXT_FLOOR = 0.4
#: how far back context words count; presidio looks at five non-stopword tokens, so
#: these are wider on purpose: the fast pass may only ever be the more generous one
CONTEXT_CHARS = 80
CONTEXT_CHARS_ZH = 16

# a digit run with its separators; runs of fewer than six digits are dropped after
_RUN = re.compile(r"[0-9][0-9 .()+-]{4,}[0-9]")
_RUN_SEPARATORS = str.maketrans("", "", " .()+-")
_EN_WORD = re.compile(r"[a-z][a-z/#]*")

_Match = tuple["CompiledPattern", "regex.Match[str]"]


class CompiledPattern:
    """One table entry: its regex (compiled on first use) and its context words."""

    def __init__(self, spec: PiiPattern) -> None:
        self.spec = spec
        self.context_en = frozenset(w for w in spec.context if w.isascii())
        self.context_zh = tuple(w for w in spec.context if not w.isascii())
        self.sender_ownable = spec.entity in SENDER_OWNABLE
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
        # word -> (patterns it cues, patterns it is context for)
        self._words: dict[str, tuple[set[int], set[int]]] = {}
        for i, p in enumerate(patterns):
            for word in p.cues:
                self._words.setdefault(word, (set(), set()))[0].add(i)
            for word in p.context:
                self._words.setdefault(word.lower(), (set(), set()))[1].add(i)
        self._ascii = ahocorasick.Automaton()
        for word in self._words:
            if word.isascii():
                self._ascii.add_word(word, word)
        self._ascii.make_automaton()
        self._cjk_words = [w for w in self._words if not w.isascii()]
        # a Chinese word with the shorter words it starts with: the scan finds the
        # longest word at each position, and "工作地" holds the cue "工作" too
        known = set(self._cjk_words)
        self._cjk_prefixes = {
            w: tuple(w[:i] for i in range(1, len(w) + 1) if w[:i] in known)
            for w in self._cjk_words
        }

    @cached_property
    def _cjk(self) -> re.Pattern[str] | None:
        # compiled on the first text with Chinese in it (10–20 ms)
        return re.compile(trie_regex(self._cjk_words)) if self._cjk_words else None

    def scan(self, text: str) -> tuple[set[int], set[int]]:
        """Indexes of the patterns with a cue in ``text``, and with a context word."""
        cued: set[int] = set()
        context: set[int] = set()
        words: list[str] = [w for _end, w in self._ascii.iter(text.lower() + " ")]
        if not text.isascii() and self._cjk is not None:
            # overlapping: "父亲" must not hide "亲）" in "黄建华（父亲）"; one
            # search per word found, from the character after where it starts
            search = self._cjk.search
            m = search(text)
            while m is not None:
                words += self._cjk_prefixes[m.group()]
                m = search(text, m.start() + 1)
        for word in words:
            cues, contexts = self._words[word]
            cued |= cues
            context |= contexts
        return cued, context


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


class FastPass:
    """Step 1 for one rule's entities, allowed values and threshold."""

    def __init__(
        self,
        table: PatternTable,
        entities: Collection[str] | None = None,
        allowed_values: Iterable[str] = (),
        min_score: float = 0.5,
    ) -> None:
        self._table = table
        self._min_score = min_score
        self._allowed = AllowedValues(allowed_values)
        # (index, pattern, needs a context word to reach the threshold)
        wanted: list[tuple[int, CompiledPattern, bool]] = []
        for i, p in enumerate(table.patterns):
            spec = p.spec
            if entities is not None and spec.entity not in entities:
                continue
            alone = spec.validate is not None or spec.score >= min_score
            if alone or (spec.context and _boosted(spec.score) >= min_score):
                wanted.append((i, p, not alone))
        # numeric patterns with their gates unpacked: this loop runs for every digit run
        self._numeric = tuple(
            (i, needs, p, *p.spec.digits, p.spec.letters_before, p.sender_ownable)
            for i, p, needs in wanted
            if p.spec.digits
        )
        phrases = [w for w in wanted if not w[1].spec.digits]
        # phrase patterns with cues run only when the scan saw one: looked up by index,
        # so a clean message costs nothing per pattern
        self._cued_phrases = {i: (p, needs) for i, p, needs in phrases if p.spec.cues}
        self._phrases = tuple(w for w in phrases if not w[1].spec.cues)
        self.entities = frozenset(p.spec.entity for _i, p, _c in wanted)

    def candidates(self, text: str, lang: str) -> list[PiiFinding]:
        """Every match that could be reported, with its fast-pass score.

        That is: not allowed, valid, and scoring ``min_score`` or more here (presidio's
        narrower context window can only lower a score).
        """
        best: dict[tuple[int, int, str], float] = {}
        for pattern, m in self._matches(text):
            start, end = m.span()
            score = (
                self._score(text, start, end, pattern, lang) if end > start else None
            )
            key = (start, end, pattern.spec.entity)
            if score is not None and score > best.get(key, -1.0):
                best[key] = score
        return [
            PiiFinding(s, e, entity, score) for (s, e, entity), score in best.items()
        ]

    def _matches(self, text: str) -> list[_Match]:
        cued, context = self._table.scan(text)
        found: list[_Match] = []
        numeric = [n[2:] for n in self._numeric if not n[1] or n[0] in context]
        if numeric:
            for run in _RUN.finditer(text):
                self._run_matches(numeric, text, run.start(), run.end(), found)
        phrases = [
            (i, *self._cued_phrases[i]) for i in sorted(cued) if i in self._cued_phrases
        ]
        for i, pattern, needs in (*self._phrases, *phrases):
            if needs and i not in context:
                continue
            found.extend((pattern, m) for m in pattern.regex.finditer(text))
        return found

    def _run_matches(
        self,
        patterns: list[tuple[CompiledPattern, int, int, bool, bool]],
        text: str,
        start: int,
        end: int,
        found: list[_Match],
    ) -> None:
        digits = text[start:end].translate(_RUN_SEPARATORS)
        n = len(digits)
        if n < 6 or plain_run(text, start, end, digits):
            return
        # without separators a match is the whole run, so its digit count is known
        whole = n == end - start
        most = n if whole else 0
        # room for HKID/TWID letters before the run and "(A)" or "X" after it
        low, high = max(0, start - 3), min(len(text), end + 4)
        letter = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
        # decisions the allowed-value logic would take for every match in the run: the
        # sender's hotline or payee account; a labelled reference (a run without
        # separators, so that every match in it has this same left context)
        tail = tail_before(text, start)
        sender = sender_cue(tail)
        label = reference_label(tail) if whole else None
        for pattern, fewest, maximum, letters_before, sender_ownable in patterns:
            if fewest > n or maximum < most or (letters_before and not letter):
                continue
            if sender and sender_ownable:
                continue
            if label is not None and not pattern.context_in(label):
                continue
            found.extend((pattern, m) for m in pattern.regex.finditer(text, low, high))

    def _score(
        self, text: str, start: int, end: int, pattern: CompiledPattern, lang: str
    ) -> float | None:
        spec = pattern.spec
        # allowed values first: they are cheap and spare phonenumbers' import
        if self._allowed.allows(text, start, end, spec):
            return None
        value = text[start:end]
        if spec.validate is not None:
            return 1.0 if spec.validate(value, lang) else None
        score = spec.score
        if spec.context and pattern.has_context(text, start):
            score = _boosted(score)
        # the context check is cheaper than some validators (phonenumbers): first
        if score < self._min_score or (
            spec.reject is not None and spec.reject(value, lang)
        ):
            return None
        return score


def _boosted(score: float) -> float:
    return min(1.0, max(score + CONTEXT_BOOST, CONTEXT_FLOOR))
