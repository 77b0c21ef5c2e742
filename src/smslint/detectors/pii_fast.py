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
from collections.abc import Collection, Iterable

import regex

from smslint.detectors.pii_allowed import (
    FEWEST_DIGITS,
    LOCAL_PHONE_DIGITS,
    SHORT_IDS,
    AllowedValues,
    plain_run,
)
from smslint.detectors.pii_cues import (
    reference_label,
    sender_cue,
    tail_before,
)
from smslint.detectors.pii_entities import PHONE_NUMBER, PiiFinding
from smslint.detectors.pii_table import CompiledPattern, PatternTable

#: presidio's LemmaContextAwareEnhancer defaults, imitated here
CONTEXT_BOOST = 0.35
CONTEXT_FLOOR = 0.4

# a digit run with its separators; runs of fewer than six digits are dropped after
_RUN = re.compile(r"[0-9][0-9 .()+-]{4,}[0-9]")
_RUN_SEPARATORS = str.maketrans("", "", " .()+-")

_Match = tuple[CompiledPattern, "regex.Match[str]"]


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
        # numeric patterns with their gates unpacked (this runs for each digit run);
        # those that need a context word carry their bit of the scan's context mask.
        # A match has no digit its run lacks, and a number shorter than FEWEST_DIGITS
        # is allowed unless it is a short ID: no other pattern runs on such a run.
        self._numeric = tuple(
            (
                (1 << i) if needs else 0,
                (
                    p,
                    p.spec.digits[0]
                    if p.spec.entity in SHORT_IDS
                    else max(p.spec.digits[0], LOCAL_PHONE_DIGITS)
                    if p.spec.entity == PHONE_NUMBER
                    else max(p.spec.digits[0], FEWEST_DIGITS),
                    p.spec.digits[1],
                    p.spec.letters_before,
                    p.sender_ownable,
                ),
            )
            for i, p, needs in wanted
            if p.spec.digits
        )
        #: ... and those of them that need no context word (the usual list)
        self._numeric_alone = [n for bit, n in self._numeric if not bit]
        phrases = [w for w in wanted if not w[1].spec.digits]
        # phrase patterns with cues run only when the scan saw one: looked up by index,
        # so a clean message costs nothing per pattern
        self._cued_phrases = tuple(
            (1 << i, i, p, needs) for i, p, needs in phrases if p.spec.cues
        )
        self._phrases = tuple(w for w in phrases if not w[1].spec.cues)
        self.entities = frozenset(p.spec.entity for _i, p, _c in wanted)
        # presidio's score of a match is also known when its pattern is the one of its
        # entity that reaches min_score alone, no pattern of the entity has a
        # validator, and none of their context words occurs in the text (these bits of
        # the scan's context mask unset): presidio then keeps that pattern's matches,
        # which never overlap, at its base score, the fast pass's score. A phone
        # number without "phone" or "tel" anywhere skips presidio.
        self._known_without_context: dict[CompiledPattern, int] = {}
        for entity in {p.spec.entity for p in table.patterns}:
            same = [
                (i, p) for i, p in enumerate(table.patterns) if p.spec.entity == entity
            ]
            alone = [p for _i, p in same if p.spec.score >= min_score]
            if len(alone) == 1 and not any(p.spec.validate for _i, p in same):
                self._known_without_context[alone[0]] = sum(
                    1 << i for i, p in same if p.spec.context
                )

    def candidates(self, text: str, lang: str) -> list[PiiFinding]:
        """Every match that could be reported, with its fast-pass score.

        That is: not allowed, valid, and scoring ``min_score`` or more here (presidio's
        narrower context window can only lower a score).
        """
        return self.scored(text, lang)[0]

    def scored(
        self, text: str, lang: str
    ) -> tuple[list[PiiFinding], dict[tuple[int, int, str], CompiledPattern]]:
        """:meth:`candidates`, and those whose presidio score is known, by key.

        Known: a validated match scores 1.0 in presidio too, whatever its context, and
        a match of an entity without context words scores its pattern's score (see
        :attr:`PatternTable.settled` and :func:`smslint.detectors.pii.certain`), as
        does one of an entity none of whose context words occurs in the text, when
        its pattern is the entity's only one to reach ``min_score`` without them.
        """
        best: dict[tuple[int, int, str], float] = {}
        settled: dict[tuple[int, int, str], CompiledPattern] = {}
        cued, context = self._table.scan_masks(text)
        matches = self._matches(text, cued, context)
        if not matches:  # most messages
            return [], settled
        for pattern, m in matches:
            start, end = m.span()
            score = (
                self._score(text, start, end, pattern, lang) if end > start else None
            )
            if score is None:
                continue
            key = (start, end, pattern.spec.entity)
            if score > best.get(key, -1.0):
                best[key] = score
            known = self._known_without_context.get(pattern)
            if pattern.settled or (known is not None and not known & context):
                settled[key] = pattern
        findings = [
            PiiFinding(s, e, entity, score) for (s, e, entity), score in best.items()
        ]
        return findings, settled

    def _matches(self, text: str, cued: int, context: int) -> list[_Match]:
        found: list[_Match] = []
        if self._numeric:
            self._numeric_matches(text, context, found)
        phrases = self._phrases
        if cued:
            phrases += tuple(
                (i, pattern, needs)
                for bit, i, pattern, needs in self._cued_phrases
                if bit & cued
            )
        for i, pattern, needs in phrases:
            if needs and not context >> i & 1:
                continue
            found.extend((pattern, m) for m in pattern.regex.finditer(text))
        return found

    def _numeric_matches(self, text: str, context: int, found: list[_Match]) -> None:
        # chosen at the first run that can hold an entity: most messages have none
        numeric = None
        for run in _RUN.finditer(text):
            start, end = run.span()
            digits = run.group().translate(_RUN_SEPARATORS)
            if len(digits) < 6 or plain_run(text, start, end, digits):
                continue
            if numeric is None:
                numeric = self._numeric_alone
                if context:
                    numeric = [n for b, n in self._numeric if not b or b & context]
                if not numeric:
                    return
            self._run_matches(numeric, text, start, end, digits, found)

    def _run_matches(
        self,
        patterns: list[tuple[CompiledPattern, int, int, bool, bool]],
        text: str,
        start: int,
        end: int,
        digits: str,
        found: list[_Match],
    ) -> None:
        n = len(digits)
        # without separators a match is the whole run, so its digit count is known
        whole = n == end - start
        most = n if whole else 0
        letter = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
        fitting = [
            p for p in patterns if p[1] <= n and p[2] >= most and (letter or not p[3])
        ]
        if not fitting:  # a seven-digit reference or local number: most kept runs
            return
        # room for HKID/TWID letters before the run and "(A)" or "X" after it
        low, high = max(0, start - 3), min(len(text), end + 4)
        # decisions the allowed-value logic would take for every match in the run: the
        # sender's hotline or payee account; a labelled reference (a run without
        # separators, so that every match in it has this same left context)
        tail = tail_before(text, start)
        sender = sender_cue(tail)
        label = reference_label(tail) if whole else None
        for pattern, _fewest, _most, _letters_before, sender_ownable in fitting:
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
