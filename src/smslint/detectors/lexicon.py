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

import pickle
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

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
_DEBUG_TRIGGERS = False
#: roles that are context, not a group of an entry
_CONTEXT_ROLES = frozenset({_NEGATOR, _BREAKER, _CONDITIONAL, _CONSEQUENCE})
#: what a key means: (length in bytes, bounded at start, bounded at end, its
#: (entry, group) pairs, its other roles)
_Meaning = tuple[int, bool, bool, tuple[tuple[int, int], ...], tuple[Role, ...]]
#: what a screen key means: (length, bounded at start, bounded at end, the groups it
#: matches, and for each entry whose last group it is, the entry and its other groups)
_ScreenKey = tuple[
    int, bool, bool, tuple[int, ...], tuple[tuple[int, frozenset[int]], ...]
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


class _Automata:
    """One set of keys as two automata: for ASCII text and for any other text."""

    def __init__(self) -> None:
        self.ascii = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.other = ahocorasick.Automaton(ahocorasick.STORE_INTS)

    def add(self, key: str, value: int) -> None:
        self.other.add_word(latin(key), value)
        if key.isascii():  # only an ASCII key can match in ASCII text
            self.ascii.add_word(key.title(), value)

    def done(self) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
        """(for ASCII text, for other text), ready to search."""
        for automaton in (self.ascii, self.other):
            if len(automaton):
                automaton.make_automaton()
        return self.ascii, self.other


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
        """The automata over the keys: a screen and a full one, each in two spellings.

        Keys are searched as UTF-8 bytes (spelled as Latin-1 characters): pyahocorasick
        looks a character up among a node's children one by one, and the root of an
        automaton of Chinese phrases has hundreds of them, so every character cost a
        walk through them all. As bytes, no node has more than a few dozen.

        ASCII text, most English messages, is searched title-cased (``str.title``,
        in C), with its ASCII keys title-cased too: a letter is then upper-case
        exactly when no letter stands before it, so ``a``, ``or`` and ``his`` no longer
        match inside ``cat``, ``for`` and ``this`` only to be thrown away. A key that
        starts with a letter must start a word anyway; the word-boundary check still
        runs, for digits and for the end of the key.

        The *screen* holds the groups of the reporting entries. A key carries the
        numbers of its groups (``entry * 64 + group``) and, for each entry whose last
        group it belongs to, the entry and its other groups: groups match in order,
        so when the last one matches, the others have been seen already or will not
        be. Most messages complete no entry, and then nothing else runs. Only for a
        candidate does the *full* automaton, which also holds context phrases
        (negators, breakers, conditional markers, exceptions, protective phrases),
        read the message, and only the candidates' groups are kept.

        Each automaton stores an index into a tuple of what the key means, not the
        tuple itself: an automaton of plain integers unpickles in a few milliseconds
        (the compiled-lexicon cache of smslint.checks.lexicon), one of Python objects
        ten times slower.
        """
        meanings: list[_Meaning] = []
        screens: list[_ScreenKey] = []
        group_keys: dict[tuple[int, int], list[str]] = defaultdict(list)
        full, screen = _Automata(), _Automata()
        for key, key_roles in sorted(roles.items()):
            bounded = (is_word_char(key[0]), is_word_char(key[-1]))
            parts = tuple(sorted((r[1], r[2]) for r in key_roles if r[0] == _PART))
            context = tuple(sorted(r for r in key_roles if r[0] != _PART))
            full.add(key, len(meanings))
            meanings.append((len(latin(key)), *bounded, parts, context))
            reporting = [
                (entry, part)
                for entry, part in parts
                if self._entries[entry].category != _PROTECTIVE
            ]
            if not reporting:
                continue
            groups = tuple(sorted({e * _MAX_PARTS + p for e, p in reporting}))
            lasts = tuple(
                (entry, frozenset(entry * _MAX_PARTS + p for p in range(part)))
                for entry, part in reporting
                if part == len(self._entries[entry].parts) - 1
            )
            screen.add(key, len(screens))
            screens.append((len(latin(key)), *bounded, groups, lasts))
            for group in reporting:
                group_keys[group].append(key)
        self._meanings = tuple(meanings)
        self._screens = tuple(screens)
        self._full, self._screen = full.done(), screen.done()
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
            best = min(parts, key=likelihood)
            if _DEBUG_TRIGGERS and likelihood(best) >= 1000:
                print(
                    "COMMON TRIGGER",
                    self._entries[entry].name,
                    likelihood(best),
                    group_keys[best][:8],
                )
            triggers.update(group_keys[best])
        trigger = _Automata()
        self._triggers = tuple(
            (len(latin(key)), is_word_char(key[0]), is_word_char(key[-1]))
            for key in sorted(triggers)
        )
        for index, key in enumerate(sorted(triggers)):
            trigger.add(key, index)
        self._trigger = trigger.done()
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
        if not normalized.text or not self._screens:
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
        candidates = self._candidates(coded)
        if not candidates:
            return []  # the common case: no entry has all its groups
        scan = self._scan(coded, candidates)
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
        automaton = self._trigger[0 if coded.ascii else 1]
        if not len(automaton):
            return False
        triggers, text = self._triggers, coded.text
        if coded.ascii:  # is_word_char of an ASCII character is isalnum
            size = len(text)
            for last, found in automaton.iter(text):
                length, left, right = triggers[found]
                if left:
                    start = last + 1 - length
                    if start and text[start - 1].isalnum():
                        continue
                if right and last + 1 < size and text[last + 1].isalnum():
                    continue
                return True
            return False
        for last, found in automaton.iter(text):
            length, left, right = triggers[found]
            if not (left or right) or coded.stands(
                last + 1 - length, last + 1, left, right
            ):
                return True
        return False

    def _candidates(self, coded: Coded) -> set[int]:
        """Reporting entries with a match of each of their groups (see the screen)."""
        screens = self._screens
        seen: set[int] = set()
        candidates: set[int] = set()
        text = coded.text
        size = len(text)
        automaton = self._screen[0 if coded.ascii else 1]
        if not len(automaton):
            return candidates
        if coded.ascii:  # is_word_char of an ASCII character is isalnum
            for last, found in automaton.iter(text):
                length, left, right, groups, lasts = screens[found]
                if left:
                    start = last + 1 - length
                    if start and text[start - 1].isalnum():
                        continue
                if right and last + 1 < size and text[last + 1].isalnum():
                    continue
                seen.update(groups)
                for entry, before in lasts:
                    if before <= seen:
                        candidates.add(entry)
            return candidates
        stands = coded.stands
        for last, found in automaton.iter(text):
            length, left, right, groups, lasts = screens[found]
            if (left or right) and not stands(last + 1 - length, last + 1, left, right):
                continue
            seen.update(groups)
            for entry, before in lasts:
                if before <= seen:
                    candidates.add(entry)
        return candidates

    def _scan(self, coded: Coded, candidates: set[int]) -> _Scan:
        """Every phrase occurrence on its word boundaries, bucketed by role.

        Groups are kept for the candidate entries and protective phrases only.
        Offsets are those of ``coded.text``.
        """
        scan = _Scan(Layout(coded))
        meanings, protective = self._meanings, self._protective
        parts, marks, negators = scan.parts, scan.marks, scan.negators
        stands = coded.stands
        for last, found in self._full[0 if coded.ascii else 1].iter(coded.text):
            length, left, right, key_parts, context = meanings[found]
            kept = [
                group
                for group in key_parts
                if group[0] in candidates or group[0] in protective
            ]
            if not kept and not context:
                continue
            end = last + 1
            start = end - length
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
