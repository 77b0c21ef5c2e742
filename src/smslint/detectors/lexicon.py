"""The lexicon matcher: every term, in context, in one pass over normalized text.

All phrases of a lexicon (terms, the groups of co-occurrence entries, exceptions,
lawful-basis phrases) and of each language's context (negators, breakers,
conditional markers, protective phrases) are normalized with the run's Normalizer and
put into one Aho-Corasick automaton. A message is scanned once; everything after that
works on the matches with binary searches (:mod:`smslint.detectors.lexicon_text`).

One automaton serves every language: a term is read in the context of its own
language (an English term after an English negator), and a message with words of two
languages, or pinyin that the Normalizer turned into Chinese, is still one scan.

Decisions, in the order a match meets them:

* **Spacing and apostrophes.** Runs of spaces are read as one space, and a phrase with
  an apostrophe also matches with ``’`` and with none (``won't``, ``won’t``, ``wont``).
* **Word boundaries.** A phrase that begins (ends) with a letter or digit of an
  alphabetic script must not have one before (after) it: ``ass`` does not match in
  ``class``. ``\\b`` is not used: it misbehaves next to CJK. Chinese phrases match
  anywhere, as Chinese has no spaces between words.
* **Co-occurrence** (``all``): each group's match must follow the previous one in the
  same clause within ``within`` units, with no ``not_across`` phrase between them.
* **Exceptions**: a match inside one of its entry's exception phrases is dropped
  (``cardiac arrest``, ``垃圾短信``).
* **Protective context**: a protective phrase anywhere in the sentence (``如遇冒充公检
  法的诈骗短信请报警``, ``anyone claiming to be the police``) drops matches of the
  categories its language lists (threat, impersonation).
* **Lawful steps**: an entry marked ``conditional_ok`` is dropped when its sentence
  has a conditional or modal marker (``may``, ``if``, ``可能``, ``依法``); an entry's
  ``lawful_if`` phrases in the sentence (``court order``, ``判决``) drop it too.
* **Negation**: a negator of the entry's language at most its window of units before
  the match, in the same clause, with no breaker between them (``we will never
  threaten arrest``; but not ``if you don't pay we will arrest you``). A negator
  inside a co-occurrence gap negates too (``your employer will not be contacted``).
* **Overlaps**: findings of one category that overlap become one, spanning them all
  and carrying the most severe entry, so ``police will come to your house`` is one
  threat (and ``police`` also an impersonation).

A matcher may hold several categories: the rules of a run that use the shipped
lexicons unchanged share one, and :meth:`LexiconMatcher.find` remembers its last
text, so five rules cost one scan of each message.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import ahocorasick

from smslint.detectors.lexicon_files import Entry, LanguageContext
from smslint.detectors.lexicon_text import (
    Containers,
    Layout,
    Negation,
    NormalizedText,
    PhraseKeys,
    Span,
    any_in,
    is_word_char,
    spellings,
    squeeze,
)

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_PROTECTIVE = "protective"

# roles a phrase can play; one normalized phrase may play several
_PART, _SET, _NEGATOR, _BREAKER, _CONDITIONAL = range(5)
Role = tuple[int, ...]


@dataclass(frozen=True)
class Finding:
    """An entry found at ``[start, end)`` of the normalized text."""

    start: int
    end: int
    entry: Entry


@dataclass
class _Scan:
    """The matches in one text, bucketed by role, and what they imply."""

    layout: Layout
    parts: dict[tuple[int, int], list[Span]] = field(
        default_factory=lambda: defaultdict(list)
    )
    marks: dict[tuple[int, int], list[Span]] = field(
        default_factory=lambda: defaultdict(list)
    )
    negators: dict[int, list[tuple[int, int, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _sentences: dict[tuple[int, int], set[int]] = field(default_factory=dict)
    _negation: dict[int, Negation] = field(default_factory=dict)

    def sentences_with(self, role: int, ref: int) -> set[int]:
        """The sentences holding a mark of ``role`` for entry or language ``ref``."""
        key = (role, ref)
        if key not in self._sentences:
            spans = self.marks.get(key, [])
            self._sentences[key] = {self.layout.sentence(s) for s, _ in spans}
        return self._sentences[key]

    def negation(self, lang: int) -> Negation:
        if lang not in self._negation:
            self._negation[lang] = Negation(
                self.negators.get(lang, []), self.marks.get((_BREAKER, lang), [])
            )
        return self._negation[lang]


class LexiconMatcher:
    """Finds lexicon entries in normalized text, honouring their context."""

    def __init__(
        self,
        entries: Sequence[Entry],
        contexts: Mapping[str, LanguageContext],
        keys: PhraseKeys,
    ) -> None:
        self._contexts = dict(contexts)
        protective = [e for c in self._contexts.values() for e in c.protective]
        self._entries: tuple[Entry, ...] = (*entries, *protective)
        self._lang_index = {lang: i for i, lang in enumerate(sorted(self._contexts))}
        # the terms of one ``terms:`` entry share their exceptions, lawful-basis and
        # not-across phrases: each distinct set is looked for once, under one number
        self._sets: dict[frozenset[str], int] = {}
        self._set_of = [
            tuple(
                self._sets.setdefault(forms, len(self._sets))
                for forms in (e.exceptions, e.lawful_if, e.not_across)
            )
            for e in self._entries
        ]
        phrases = list(self._phrases())
        keys.prime(v for group, _ in phrases for p in group for v in spellings(p))
        roles: dict[str, set[Role]] = defaultdict(set)
        for group, role in phrases:
            for phrase in group:
                for key in filter(None, map(keys, spellings(phrase))):
                    roles[key].add(role)
        self._last: tuple[str, list[Finding]] | None = None
        self._automaton = ahocorasick.Automaton()
        for key, key_roles in roles.items():
            bounded = (is_word_char(key[0]), is_word_char(key[-1]))
            self._automaton.add_word(
                key, (len(key), *bounded, tuple(sorted(key_roles)))
            )
        if roles:
            self._automaton.make_automaton()

    def _phrases(self) -> Iterator[tuple[Iterable[str], Role]]:
        """Every phrase group to look for, with the role its matches play."""
        for index, entry in enumerate(self._entries):
            for part, forms in enumerate(entry.parts):
                yield forms, (_PART, index, part)
        for forms, number in self._sets.items():
            yield forms, (_SET, number)
        for lang, lang_index in self._lang_index.items():
            context = self._contexts[lang]
            for negator in context.negators:
                yield [negator.form], (_NEGATOR, lang_index, negator.window)
            yield context.breakers, (_BREAKER, lang_index)
            yield context.conditionals, (_CONDITIONAL, lang_index)

    def find(self, normalized: NormalizedText) -> list[Finding]:
        """The entries found in ``normalized.text``, context applied, overlaps merged.

        Spans are offsets into ``normalized.text``.
        """
        if not normalized.text or not len(self._automaton):
            return []
        if self._last is None or self._last[0] != normalized.text:
            text, back = squeeze(normalized.text)
            findings = self._find(text)
            if back is not None:
                findings = [
                    Finding(back[f.start], back[f.end - 1] + 1, f.entry)
                    for f in findings
                ]
            self._last = (normalized.text, findings)
        return self._last[1]

    def _find(self, text: str) -> list[Finding]:
        scan = self._scan(text)
        if all(self._entries[e].category == _PROTECTIVE for e, _ in scan.parts):
            return []  # nothing that could be reported
        entries = {index for index, _part in scan.parts}
        chains = {index: list(self._chains(index, scan)) for index in entries}
        protected: dict[int, set[str]] = defaultdict(set)
        for index, found in chains.items():
            entry = self._entries[index]
            if entry.category == _PROTECTIVE:
                applies = self._contexts[entry.lang].protective_applies_to
                for start, _end, _gaps in found:
                    protected[scan.layout.sentence(start)] |= applies
        findings = [
            Finding(start, end, self._entries[index])
            for index, found in chains.items()
            if self._entries[index].category != _PROTECTIVE
            for start, end, gaps in found
            if self._stands(index, start, gaps, scan, protected)
        ]
        return _merged(findings)

    def _scan(self, text: str) -> _Scan:
        """Every phrase occurrence on its word boundaries, bucketed by role."""
        scan = _Scan(Layout(text))
        size = len(text)
        for last, (length, left, right, roles) in self._automaton.iter(text):
            start, end = last + 1 - length, last + 1
            if left and start > 0 and is_word_char(text[start - 1]):
                continue
            if right and end < size and is_word_char(text[end]):
                continue
            for role in roles:
                if role[0] == _PART:
                    scan.parts[(role[1], role[2])].append((start, end))
                elif role[0] == _NEGATOR:
                    scan.negators[role[1]].append((start, end, role[2]))
                else:
                    scan.marks[(role[0], role[1])].append((start, end))
        for spans in scan.parts.values():
            spans.sort(key=lambda span: (span[0], -span[1]))
        return scan

    def _chains(self, index: int, scan: _Scan) -> Iterator[tuple[int, int, list[Span]]]:
        """Matches of entry ``index``: (start, end, gaps between its parts).

        Each part takes the nearest match of the next group: if that one is too far,
        in another clause or behind a ``not_across`` phrase, every later one is too.
        """
        entry = self._entries[index]
        exceptions_set, _lawful_set, across_set = self._set_of[index]
        exceptions = Containers(scan.marks.get((_SET, exceptions_set), []))
        groups = []
        for part in range(len(entry.parts)):
            spans = [
                s for s in scan.parts.get((index, part), []) if s not in exceptions
            ]
            if not spans:
                return
            groups.append(spans)
        starts = [[s for s, _ in spans] for spans in groups]
        across = sorted(s for s, _ in scan.marks.get((_SET, across_set), []))
        layout = scan.layout
        for first_start, first_end in groups[0]:
            end, gaps = first_end, []
            for spans, group_starts, within in zip(
                groups[1:], starts[1:], entry.within, strict=True
            ):
                at = bisect_left(group_starts, end)
                if at == len(spans):
                    break
                start, next_end = spans[at]
                if (
                    layout.clause(start) != layout.clause(end - 1)
                    or layout.between(end, start) > within
                    or any_in(across, end, start)
                ):
                    break
                gaps.append((end, start))
                end = next_end
            else:
                yield first_start, end, gaps

    def _stands(
        self,
        index: int,
        start: int,
        gaps: list[Span],
        scan: _Scan,
        protected: Mapping[int, set[str]],
    ) -> bool:
        """Whether a match survives its context (protection, lawful steps, negation)."""
        entry = self._entries[index]
        sentence = scan.layout.sentence(start)
        if entry.category in protected.get(sentence, ()):
            return False
        if sentence in scan.sentences_with(_SET, self._set_of[index][1]):
            return False
        lang = self._lang_index.get(entry.lang)
        if lang is None:  # a language without context.yaml has no context words
            return True
        if entry.conditional_ok and sentence in scan.sentences_with(_CONDITIONAL, lang):
            return False
        return not scan.negation(lang).denies(start, gaps, scan.layout)


def _merged(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of a category as one: their span, the most severe entry."""
    findings.sort(key=lambda f: (f.entry.category, f.start, -f.end))
    kept: list[Finding] = []
    for finding in findings:
        last = kept[-1] if kept else None
        if (
            last is not None
            and finding.entry.category == last.entry.category
            and finding.start < last.end
        ):
            worse = (
                _SEVERITY_RANK[finding.entry.severity]
                > _SEVERITY_RANK[last.entry.severity]
            )
            entry = finding.entry if worse else last.entry
            kept[-1] = Finding(last.start, max(last.end, finding.end), entry)
        else:
            kept.append(finding)
    return kept
