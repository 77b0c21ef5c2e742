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
  same clause (sentence, with ``across_clauses``) within ``within`` units, with no
  ``not_across`` phrase between them.
* **Exceptions**: a match inside one of its entry's exception phrases is dropped
  (``cardiac arrest``, ``垃圾短信``).
* **Protective context**: a protective phrase anywhere in the sentence (``如遇冒充公检
  法的诈骗短信请报警``, ``anyone claiming to be the police``) drops matches of the
  categories its language lists (threat, impersonation, third_party).
* **Lawful steps**: an entry marked ``conditional_ok`` is dropped when a conditional
  or modal marker (``may``, ``if``, ``可能``, ``依法``) governs it: earlier in its
  sentence, or later in its clause ("we will sue if you do not pay"), not in a later
  clause ("账户已冻结，如需解冻请还款" states the freezing). ``consequence_ok``
  entries (a lawsuit) are dropped by a consequence marker too (``otherwise``,
  ``否则``), which does not excuse a seizure that needs a judgment. An entry's
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

**Speed.** Most messages hold no complete entry, so the work is arranged to prove that
cheaply (see :meth:`LexiconMatcher._build_automata`): a *trigger* automaton holds one
group of each entry, the one least likely in an ordinary message, and a message none
of whose triggers matches is done after one pass that does almost nothing per
match. Otherwise one pass of the full automaton finds the entries complete in the
message, and only for those does the context logic above run. Texts are searched as
UTF-8 bytes; per-key facts are tuples built once; offsets become characters only for
findings and distances.
"""

from __future__ import annotations

import pickle
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from smslint.detectors.inflections import FUNCTION_WORDS
from smslint.detectors.lexicon_files import Entry, LanguageContext
from smslint.detectors.lexicon_text import (
    Coded,
    Containers,
    Layout,
    Negation,
    NormalizedText,
    PhraseKeys,
    Span,
    any_in,
    is_word_char,
    latin,
    spellings,
    squeeze,
)

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_PROTECTIVE = "protective"

# roles a phrase can play; one normalized phrase may play several
_PART, _SET, _NEGATOR, _BREAKER, _CONDITIONAL, _CONSEQUENCE = range(6)
Role = tuple[int, ...]
#: most groups of one co-occurrence entry (group numbers are ``entry * 64 + group``)
_MAX_PARTS = 64
_SHIFT = 16
_LENGTH = (1 << _SHIFT) - 1
_RIGHT, _LEFT = 1 << _SHIFT, 2 << _SHIFT
#: what a key means: (bounded at start, bounded at end, its (entry, group) pairs, its
#: other roles, the numbers of its reporting groups, and for each entry whose last
#: group it is, the entry and the numbers of its others). An automaton's value for a
#: key is the number of its meaning (trigger: its bounds, 2 for start, 1 for end)
#: shifted by _SHIFT bits, or-ed with the key's length in bytes.
_Meaning = tuple[
    bool,
    bool,
    tuple[tuple[int, int], ...],
    tuple[Role, ...],
    tuple[int, ...],
    tuple[tuple[int, frozenset[int]], ...],
]


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

    def entries(self) -> set[int]:
        """The entries with a match of at least one group."""
        return {index for index, _part in self.parts}

    def sentences_with(self, role: int, ref: int) -> set[int]:
        """The sentences holding a mark of ``role`` for entry or language ``ref``."""
        key = (role, ref)
        if key not in self._sentences:
            spans = self.marks.get(key, [])
            self._sentences[key] = {self.layout.sentence(s) for s, _ in spans}
        return self._sentences[key]

    def conditional(self, lang: int, start: int, role: int = _CONDITIONAL) -> bool:
        """Whether a conditional marker of ``lang`` governs a match at ``start``.

        One does when it comes earlier in the match's sentence ("if you do not pay,
        we will sue"; "we may sue"), or later in its clause ("we will sue if you do
        not pay"), but not in a later clause: in "your account will be frozen, and if
        you need it unfrozen, pay" the freezing is stated, not conditional.
        """
        layout = self.layout
        sentence, clause = layout.sentence(start), layout.clause(start)
        return any(
            layout.sentence(mark) == sentence
            and (mark < start or layout.clause(mark) == clause)
            for mark, _end in self.marks.get((role, lang), ())
        )

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
        self._entries: Sequence[Entry] = (*entries, *protective)
        if any(len(e.parts) > _MAX_PARTS for e in self._entries):
            raise ValueError(f"an entry has more than {_MAX_PARTS} groups")
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
        #: number of groups of each entry, and whether it reports (not protective)
        self._sizes = tuple(len(e.parts) for e in self._entries)
        phrases = list(self._phrases())
        keys.prime(v for group, _ in phrases for p in group for v in spellings(p))
        roles: dict[str, set[Role]] = defaultdict(set)
        for group, role in phrases:
            for phrase in group:
                for key in filter(None, map(keys, spellings(phrase))):
                    roles[key].add(role)
        self._last: tuple[str, list[Finding]] | None = None
        self._build_automata(roles, keys)

    def _build_automata(self, roles: Mapping[str, set[Role]], keys: PhraseKeys) -> None:
        """Two automata over the keys: a trigger and the full one.

        Keys are searched as UTF-8 bytes (spelled as Latin-1 characters, see
        :class:`~smslint.detectors.lexicon_text.Coded`): pyahocorasick looks a character
        up among a node's children one by one, and the root of an automaton of Chinese
        phrases has hundreds, so every character cost a walk through them all. As
        bytes, no node has more than a few dozen.

        The *trigger* holds one group of each reporting entry, the one least likely in
        an ordinary message (:func:`_likelihood`): a message in which no trigger key
        stands on its word boundaries holds no complete entry, and most messages end
        there. Otherwise the *full* automaton, which holds every group and every
        context phrase, reads it once. Its keys carry the numbers of their reporting
        groups (``entry * 64 + group``) and, for each entry whose last group they
        belong to, the entry and its other groups: groups match in order, so when the
        last one matches, the others have been seen already or will not be. Only the
        entries found complete that way (the candidates) are chained and weighed
        against their context.

        Each automaton stores an index into a tuple of what the key means, not the
        tuple itself: an automaton of plain integers unpickles in a few milliseconds
        (the compiled-lexicon cache of smslint.checks.lexicon), one of Python objects
        ten times slower.
        """
        meanings: dict[_Meaning, int] = {}
        shared: dict[Any, Any] = {}
        group_keys: dict[tuple[int, int], list[str]] = defaultdict(list)
        self._full = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, key_roles in sorted(roles.items()):
            if len(latin(key)) > _LENGTH:
                raise ValueError(f"a lexicon phrase is too long: {key[:40]!r}...")
            bounded = (is_word_char(key[0]), is_word_char(key[-1]))
            parts = tuple(sorted((r[1], r[2]) for r in key_roles if r[0] == _PART))
            context = tuple(sorted(r for r in key_roles if r[0] != _PART))
            reporting = [
                (entry, part)
                for entry, part in parts
                if self._entries[entry].category != _PROTECTIVE
            ]
            groups = tuple(sorted({e * _MAX_PARTS + p for e, p in reporting}))
            lasts = tuple(
                (entry, frozenset(entry * _MAX_PARTS + p for p in range(part)))
                for entry, part in reporting
                if part == len(self._entries[entry].parts) - 1
            )
            # the forms of one phrase share these: one object each, so the pickle (and
            # unpickling) holds each once
            parts, context, groups, lasts = (
                shared.setdefault(value, value)
                for value in (parts, context, groups, lasts)
            )
            meaning = meanings.setdefault(
                (*bounded, parts, context, groups, lasts), len(meanings)
            )
            self._full.add_word(latin(key), meaning << _SHIFT | len(latin(key)))
            for group in reporting:
                group_keys[group].append(key)
        self._meanings = tuple(meanings)  # in order of their numbers
        #: per meaning, what the candidate search needs, or None for a context word
        self._screens = tuple(
            (left, right, groups, lasts) if groups else None
            for left, right, _parts, _context, groups, lasts in self._meanings
        )
        # the trigger: one group of each entry, the one least likely in any message
        frequent = {
            key
            for context in self._contexts.values()
            for phrase in context.frequent
            for key in filter(None, map(keys, spellings(phrase)))
        }

        def likelihood(group: tuple[int, int]) -> int:
            return sum(_likelihood(k, frequent) for k in group_keys[group])

        triggers: set[str] = set()
        for entry in {entry for entry, _part in group_keys}:
            parts = [(entry, p) for p in range(self._sizes[entry])]
            triggers.update(group_keys[min(parts, key=likelihood)])
        self._trigger = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        ordered = sorted(triggers)
        for key in ordered:
            bounds = is_word_char(key[0]) << 1 | is_word_char(key[-1])
            self._trigger.add_word(latin(key), bounds << _SHIFT | len(latin(key)))
        for automaton in (self._full, self._trigger):
            if len(automaton):
                automaton.make_automaton()
        self._protective = frozenset(
            i for i, e in enumerate(self._entries) if e.category == _PROTECTIVE
        )

    def __getstate__(self) -> dict[str, object]:
        # the one-text memory belongs to a run, not to a cached matcher
        return {**self.__dict__, "_last": None, "_entries": _Entries(self._entries)}

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
            yield context.consequences, (_CONSEQUENCE, lang_index)

    def find(self, normalized: NormalizedText) -> list[Finding]:
        """The entries found in ``normalized.text``, context applied, overlaps merged.

        Spans are offsets into ``normalized.text``.
        """
        if not normalized.text or not len(self._trigger):
            return []
        if self._last is None or self._last[0] != normalized.text:
            text, back = squeeze(normalized.text)
            findings = self._find(text)
            if back is not None and findings:
                findings = [
                    Finding(back[f.start], back[f.end - 1] + 1, f.entry)
                    for f in findings
                ]
            self._last = (normalized.text, findings)
        return self._last[1]

    def _find(self, text: str) -> list[Finding]:
        coded = Coded(text)
        if not self._triggered(coded):
            return []  # the common case: no entry can be complete
        hits = list(self._full.iter(coded.text))
        candidates = self._candidates(coded, hits)
        if not candidates:
            return []  # no entry has all its groups
        scan = self._scan(coded, hits, candidates)
        chains = {i: list(self._chains(i, scan)) for i in sorted(scan.entries())}
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
        if not coded.ascii:  # byte offsets to character offsets
            findings = [
                Finding(coded.char(f.start), coded.char(f.end), f.entry)
                for f in findings
            ]
        return _merged(findings)

    def _triggered(self, coded: Coded) -> bool:
        """Whether a trigger key matches on its word boundaries."""
        if not len(self._trigger):
            return False
        text = coded.text
        if coded.ascii:  # is_word_char of an ASCII character is isalnum
            size = len(text)
            for last, found in self._trigger.iter(text):
                if found >= _LEFT:
                    start = last + 1 - (found & _LENGTH)
                    if start and text[start - 1].isalnum():
                        continue
                if found & _RIGHT and last + 1 < size and text[last + 1].isalnum():
                    continue
                return True
            return False
        stands = coded.stands
        for last, found in self._trigger.iter(text):
            if found < _RIGHT or stands(
                last + 1 - (found & _LENGTH),
                last + 1,
                found >= _LEFT,
                bool(found & _RIGHT),
            ):
                return True
        return False

    def _candidates(self, coded: Coded, hits: list[tuple[int, int]]) -> set[int]:
        """Reporting entries with a match of each of their groups, in order."""
        screens, stands = self._screens, coded.stands
        seen: set[int] = set()
        candidates: set[int] = set()
        for last, found in hits:
            screen = screens[found >> _SHIFT]
            if screen is None:
                continue
            left, right, groups, lasts = screen
            length = found & _LENGTH
            if (left or right) and not stands(last + 1 - length, last + 1, left, right):
                continue
            seen.update(groups)
            for entry, before in lasts:
                if before <= seen:
                    candidates.add(entry)
        return candidates

    def _scan(
        self, coded: Coded, hits: list[tuple[int, int]], candidates: set[int]
    ) -> _Scan:
        """Every phrase occurrence on its word boundaries, bucketed by role.

        Groups are kept for the candidate entries and protective phrases only.
        Offsets are those of ``coded.text``.
        """
        scan = _Scan(Layout(coded))
        meanings, protective = self._meanings, self._protective
        parts, marks, negators = scan.parts, scan.marks, scan.negators
        stands = coded.stands
        for last, found in hits:
            left, right, key_parts, context, _groups, _lasts = meanings[found >> _SHIFT]
            kept = [
                group
                for group in key_parts
                if group[0] in candidates or group[0] in protective
            ]
            if not kept and not context:
                continue
            end = last + 1
            start = end - (found & _LENGTH)
            if (left or right) and not stands(start, end, left, right):
                continue
            span = (start, end)
            for group in kept:
                parts[group].append(span)
            for role in context:
                if role[0] == _NEGATOR:
                    negators[role[1]].append((start, end, role[2]))
                else:
                    marks[role].append(span)
        for spans in parts.values():
            spans.sort(key=lambda span: (span[0], -span[1]))
        return scan

    def _chains(self, index: int, scan: _Scan) -> Iterator[tuple[int, int, list[Span]]]:
        """Matches of entry ``index``: (start, end, gaps between its parts).

        Each part takes the nearest match of the next group: if that one is too far,
        in another clause or behind a ``not_across`` phrase, every later one is too.
        """
        entry = self._entries[index]
        exceptions_set, _lawful_set, across_set = self._set_of[index]
        marked = scan.marks.get((_SET, exceptions_set))
        exceptions = Containers(marked) if marked else None
        groups = []
        for part in range(len(entry.parts)):
            spans = scan.parts.get((index, part))
            if spans and exceptions is not None:
                spans = [s for s in spans if s not in exceptions]
            if not spans:
                return
            groups.append(spans)
        if len(groups) == 1:  # a plain term
            for start, end in groups[0]:
                yield start, end, []
            return
        starts = [[s for s, _ in spans] for spans in groups]
        across = sorted(s for s, _ in scan.marks.get((_SET, across_set), ()))
        layout = scan.layout
        one_clause = not entry.across_clauses
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
                    (
                        layout.clause(start) != layout.clause(end - 1)
                        if one_clause
                        else layout.sentence(start) != layout.sentence(end - 1)
                    )
                    or layout.between(end, start, within) > within
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
        if entry.conditional_ok and scan.conditional(lang, start):
            return False
        if entry.consequence_ok and scan.conditional(lang, start, _CONSEQUENCE):
            return False
        return not scan.negation(lang).denies(start, gaps, scan.layout)


class _Entries:
    """A pickled matcher's entries, each unpickled when first looked at.

    Unpickling all ~1,700 entries with their thousands of surface forms takes ~10 ms,
    two thirds of loading a cached matcher, while a message looks at a handful.
    """

    __slots__ = ("_blobs", "_items")

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._items: list[Entry | None] = list(entries)
        self._blobs: tuple[bytes, ...] = ()

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Entry:
        entry = self._items[index]
        if entry is None:
            entry = self._items[index] = pickle.loads(self._blobs[index])
        return entry

    def __reduce__(self) -> tuple[object, tuple[tuple[bytes, ...]]]:
        protocol = pickle.HIGHEST_PROTOCOL
        blobs = tuple(pickle.dumps(self[i], protocol) for i in range(len(self)))
        return _unpickled_entries, (blobs,)


def _unpickled_entries(blobs: tuple[bytes, ...]) -> _Entries:
    entries = _Entries(())
    entries._items = [None] * len(blobs)
    entries._blobs = blobs
    return entries


#: Chinese characters that join a frequent word without making it rarer
_PARTICLES = frozenset("的了是在把给被将会要已你您我他她")


def _likelihood(key: str, frequent: set[str]) -> int:
    """A rough weight of how often ``key`` occurs in ordinary messages.

    Only the choice of trigger groups (speed) depends on it. Frequent words, and
    pairs of them (``your account``), weigh most; then short Chinese words, single
    English words, and longer phrases least.
    """

    def common(word: str) -> bool:
        return (
            len(word) == 1
            or word in FUNCTION_WORDS
            or word in frequent
            or (word[0] in _PARTICLES and word[1:] in frequent)
            or (word[-1] in _PARTICLES and word[:-1] in frequent)
        )

    words = key.split(" ")
    if len(words) <= 2 and all(common(word) for word in words):
        return 1000
    if key.isascii():
        return 3 if len(words) == 1 else 1
    return {1: 100, 2: 10, 3: 3}.get(len(key), 1)


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
