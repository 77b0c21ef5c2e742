"""Compiling a lexicon: its phrases normalized into two Aho-Corasick automata.

:class:`CompiledLexicon` is what the per-user cache keeps (:mod:`smslint.cache`):
every phrase of the entries and of each language's context, normalized with the
run's Normalizer, as keys of a *trigger* automaton (one group of each entry, the
least likely in an ordinary message, :func:`key_likelihood`) and a *full* one (every
group and context phrase), each key's value the number of what it means. The search
over them is :class:`smslint.detectors.lexicon.LexiconMatcher`'s.

**Speed.** Most messages hold no complete entry, so the work is arranged to prove that
cheaply (see :meth:`CompiledLexicon._build_automata`): a *trigger* automaton holds one
group of each entry, the one least likely in an ordinary message, and a message none
of whose triggers matches is done after one pass that does almost nothing per
match. Otherwise one pass of the full automaton finds the entries complete in the
message, and only for those does the context logic of
:mod:`smslint.detectors.lexicon` run. Texts are searched as
UTF-8 bytes; per-key facts are tuples built once; offsets become characters only for
findings and distances.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import ahocorasick

from smslint.detectors.inflections import FUNCTION_WORDS
from smslint.detectors.lexicon_coded import Coded, is_word_char, latin
from smslint.detectors.lexicon_entries import Entry
from smslint.detectors.lexicon_files import LanguageContext
from smslint.detectors.lexicon_pickle import PickledLexicon
from smslint.detectors.lexicon_scan import (
    AFTER_BREAKER,
    AFTER_NEGATOR,
    BREAKER,
    CLAUSE_WORD,
    COMMAND,
    CONDITIONAL,
    CONJUNCTION,
    CONSEQUENCE,
    DISOWNING,
    DOUBTING,
    FOLLOWER,
    NEGATOR,
    NOMINAL,
    NON_PAYMENT,
    NOT_BREAKER,
    NOT_NEGATOR,
    PART,
    PROTECTIVE,
    RELUCTANCE,
    SET,
    SUBJECT,
    Finding,
    Role,
)
from smslint.detectors.lexicon_text import PhraseKeys, spellings

#: most groups of one co-occurrence entry (group numbers are ``entry * 64 + group``)
MAX_PARTS = 64
SHIFT = 16
LENGTH = (1 << SHIFT) - 1
RIGHT, LEFT = 1 << SHIFT, 2 << SHIFT
#: most distinct meanings: pyahocorasick keeps STORE_INTS values as signed 32-bit
#: ints and wraps larger ones silently (2**31 comes back negative), so a meaning's
#: number must fit in the 15 bits above SHIFT
MAX_MEANINGS = 1 << (31 - SHIFT)
#: what a key means: (bounded at start, bounded at end, its (entry, group) pairs, its
#: other roles, the numbers of its reporting groups, and for each entry whose last
#: group it is, the entry and the numbers of its others). An automaton's value for a
#: key is the number of its meaning (trigger: its bounds, 2 for start, 1 for end)
#: shifted by SHIFT bits, or-ed with the key's length in bytes.
_Meaning = tuple[
    bool,
    bool,
    tuple[tuple[int, int], ...],
    tuple[Role, ...],
    tuple[int, ...],
    tuple[tuple[int, frozenset[int]], ...],
]


class EntrySets(NamedTuple):
    """The numbers of an entry's phrase sets, each looked for once per message under
    its number (entries that share a set share its number)."""

    exceptions: int
    lawful_if: int
    not_across: int
    lawful_if_message: int
    not_after: int


class CompiledLexicon(PickledLexicon):
    """A lexicon's entries and contexts compiled into automata; see the module."""

    def __init__(
        self,
        entries: Sequence[Entry],
        contexts: Mapping[str, LanguageContext],
        keys: PhraseKeys,
    ) -> None:
        self._contexts = dict(contexts)
        protective = [e for c in self._contexts.values() for e in c.protective]
        self._entries: Sequence[Entry] = (*entries, *protective)
        if any(len(e.parts) > MAX_PARTS for e in self._entries):
            raise ValueError(f"an entry has more than {MAX_PARTS} groups")
        self._lang_index = {lang: i for i, lang in enumerate(sorted(self._contexts))}
        #: how each language joins phrases under one negator
        self._grammar = {
            i: self._contexts[lang].grammar for lang, i in self._lang_index.items()
        }
        #: how far after a negator that follows its match a condition word reaches
        self._after_reach = {
            i: self._contexts[lang].after_reach for lang, i in self._lang_index.items()
        }
        # the terms of one ``terms:`` entry share their exceptions, lawful-basis and
        # not-across phrases: each distinct set is looked for once, under one number
        self._sets: dict[frozenset[str], int] = {}
        self._set_of = [
            EntrySets(
                *(
                    self._sets.setdefault(forms, len(self._sets))
                    for forms in (
                        e.exceptions,
                        e.lawful_if,
                        e.not_across,
                        e.lawful_if_message,
                        e.not_after,
                    )
                )
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
        an ordinary message (:func:`key_likelihood`): a message in which no trigger key
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
            if len(latin(key)) > LENGTH:
                raise ValueError(f"a lexicon phrase is too long: {key[:40]!r}...")
            bounded = (is_word_char(key[0]), is_word_char(key[-1]))
            parts = tuple(sorted((r[1], r[2]) for r in key_roles if r[0] == PART))
            context = tuple(sorted(r for r in key_roles if r[0] != PART))
            reporting = [
                (entry, part)
                for entry, part in parts
                if self._entries[entry].category != PROTECTIVE
            ]
            groups = tuple(sorted({e * MAX_PARTS + p for e, p in reporting}))
            lasts = tuple(
                (entry, frozenset(entry * MAX_PARTS + p for p in range(part)))
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
            self._full.add_word(latin(key), meaning << SHIFT | len(latin(key)))
            for group in reporting:
                group_keys[group].append(key)
        if len(meanings) > MAX_MEANINGS:
            raise ValueError(
                f"the lexicons hold {len(meanings):,} distinct phrase meanings; the"
                f" automaton's values hold {MAX_MEANINGS:,} (see MAX_MEANINGS)"
            )
        self._meanings = tuple(meanings)  # in order of their numbers
        #: per meaning, what the candidate search needs, or None for a context word
        self._screens = tuple(
            (groups, lasts) if groups else None
            for _left, _right, _parts, _context, groups, lasts in self._meanings
        )
        #: per meaning, which ends are bounded: 2 for the start, 1 for the end
        self._bounds = bytes(
            left << 1 | right for left, right, *_rest in self._meanings
        )
        # the trigger: one group of each entry, the one least likely in any message
        frequent = {
            key
            for context in self._contexts.values()
            for phrase in context.frequent
            for key in filter(None, map(keys, spellings(phrase)))
        }

        weights: dict[str, int] = {}  # a key serves many groups: weighed once

        def weight(key: str) -> int:
            if key not in weights:
                weights[key] = key_likelihood(key, frequent)
            return weights[key]

        def likelihood(group: tuple[int, int]) -> int:
            return sum(map(weight, group_keys[group]))

        triggers: set[str] = set()
        for entry in {entry for entry, _part in group_keys}:
            parts = [(entry, p) for p in range(self._sizes[entry])]
            triggers.update(group_keys[min(parts, key=likelihood)])
        self._trigger = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        ordered = sorted(triggers)
        for key in ordered:
            bounds = is_word_char(key[0]) << 1 | is_word_char(key[-1])
            self._trigger.add_word(latin(key), bounds << SHIFT | len(latin(key)))
        for automaton in (self._full, self._trigger):
            if len(automaton):
                automaton.make_automaton()
        self._protective = frozenset(
            i for i, e in enumerate(self._entries) if e.category == PROTECTIVE
        )

    def _triggered(self, coded: Coded) -> bool:
        """Whether a trigger key matches on its word boundaries."""
        if not len(self._trigger):
            return False
        text = coded.text
        if coded.ascii:  # is_word_char of an ASCII character is isalnum
            size = len(text)
            for last, found in self._trigger.iter(text):
                if found >= LEFT:
                    start = last + 1 - (found & LENGTH)
                    if start and text[start - 1].isalnum():
                        continue
                if found & RIGHT and last + 1 < size and text[last + 1].isalnum():
                    continue
                return True
            return False
        stands = coded.stands
        for last, found in self._trigger.iter(text):
            if found < RIGHT or stands(
                last + 1 - (found & LENGTH),
                last + 1,
                found >= LEFT,
                bool(found & RIGHT),
            ):
                return True
        return False

    def _standing(self, coded: Coded) -> tuple[list[tuple[int, int]], set[int]]:
        """The full automaton's matches that stand on their word boundaries, and the
        candidates: the reporting entries with a match of each of their groups, in
        order. One pass: a triggered text without a candidate ends here."""
        bounds, screens, text = self._bounds, self._screens, coded.text
        standing: list[tuple[int, int]] = []
        seen: set[int] = set()
        candidates: set[int] = set()
        ascii_text, stands, size = coded.ascii, coded.stands, len(text)
        for hit in self._full.iter(text):
            last, found = hit
            meaning = found >> SHIFT
            bound = bounds[meaning]
            if bound:
                if ascii_text:  # is_word_char of an ASCII character is isalnum
                    if bound & 2:
                        start = last + 1 - (found & LENGTH)
                        if start and text[start - 1].isalnum():
                            continue
                    if bound & 1 and last + 1 < size and text[last + 1].isalnum():
                        continue
                elif not stands(
                    last + 1 - (found & LENGTH), last + 1, bound > 1, bool(bound & 1)
                ):
                    continue
            standing.append(hit)
            screen = screens[meaning]
            if screen is not None:
                groups, lasts = screen
                seen.update(groups)
                for entry, before in lasts:
                    if before <= seen:
                        candidates.add(entry)
        return standing, candidates

    def _phrases(self) -> Iterator[tuple[Iterable[str], Role]]:
        """Every phrase group to look for, with the role its matches play."""
        for index, entry in enumerate(self._entries):
            for part, forms in enumerate(entry.parts):
                yield forms, (PART, index, part)
        for forms, number in self._sets.items():
            yield forms, (SET, number)
        for lang, lang_index in self._lang_index.items():
            context = self._contexts[lang]
            for negator in context.negators:
                yield [negator.form], (NEGATOR, lang_index, negator.window)
            yield context.breakers, (BREAKER, lang_index)
            yield context.conditionals, (CONDITIONAL, lang_index)
            yield context.consequences, (CONSEQUENCE, lang_index)
            yield context.non_payment, (NON_PAYMENT, lang_index)
            yield context.reluctance, (RELUCTANCE, lang_index)
            yield context.not_negators, (NOT_NEGATOR, lang_index)
            yield context.not_breakers, (NOT_BREAKER, lang_index)
            yield context.conjunctions, (CONJUNCTION, lang_index)
            yield context.clause_words, (CLAUSE_WORD, lang_index)
            yield context.commands, (COMMAND, lang_index)
            yield context.nominal, (NOMINAL, lang_index)
            yield context.subjects, (SUBJECT, lang_index)
            yield context.disowning, (DISOWNING, lang_index)
            yield context.doubting, (DOUBTING, lang_index)
            for negator in context.after_negators:
                yield [negator.form], (AFTER_NEGATOR, lang_index, negator.window)
            yield context.after_breakers, (AFTER_BREAKER, lang_index)
            yield context.after_followers, (FOLLOWER, lang_index)


#: Chinese characters that join a frequent word without making it rarer
_PARTICLES = frozenset("的了是在把给被将会要已你您我他她")


def key_likelihood(key: str, frequent: set[str]) -> int:
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
        return 1_000_000  # never outweighed by a long list of rarer phrases
    if key.isascii():
        return 3 if len(words) == 1 else 1
    return {1: 100, 2: 10, 3: 3}.get(len(key), 1)
