"""One text's lexicon matches, bucketed by the role each phrase plays.

The matcher (:mod:`smslint.detectors.lexicon`) puts every match that stands on its
word boundaries into a :class:`Scan`: the groups of the entries it may report, the
protective phrases, and the context words of each language (negators, breakers,
conditional and consequence markers, the exception and lawful-basis sets), then asks
it what governs a match. :func:`merged` makes overlapping findings of a category one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from smslint.detectors.lexicon_coordination import Coordination, Grammar
from smslint.detectors.lexicon_entries import Entry
from smslint.detectors.lexicon_layout import After, Containers, Layout, Negation, Span

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
PROTECTIVE = "protective"

# roles a phrase can play; one normalized phrase may play several
(
    PART,
    SET,
    NEGATOR,
    BREAKER,
    CONDITIONAL,
    CONSEQUENCE,
    NON_PAYMENT,
    CONJUNCTION,
    CLAUSE_WORD,
    COMMAND,
    NOMINAL,
    SUBJECT,
    RELUCTANCE,
    NOT_NEGATOR,
    DISOWNING,
    DOUBTING,
    AFTER_NEGATOR,
    AFTER_BREAKER,
    FOLLOWER,
    NOT_BREAKER,
) = range(20)
Role = tuple[int, ...]


@dataclass(frozen=True)
class Finding:
    """An entry found at ``[start, end)`` of the normalized text."""

    start: int
    end: int
    entry: Entry


@dataclass
class Scan:
    """The matches in one text, bucketed by role, and what they imply."""

    layout: Layout
    #: how each language joins phrases under one negator
    grammar: Mapping[int, Grammar] = field(default_factory=dict)
    parts: dict[tuple[int, int], list[Span]] = field(
        default_factory=lambda: defaultdict(list)
    )
    marks: dict[tuple[int, int], list[Span]] = field(
        default_factory=lambda: defaultdict(list)
    )
    negators: dict[int, list[tuple[int, int, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: negators that follow what they deny ("jail **nahi** bhejenge"), per language
    after_negators: dict[int, list[tuple[int, int, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: how many units after such a negator a follower makes it a condition, per
    #: language ("nahi diye **to**")
    after_reach: Mapping[int, int] = field(default_factory=dict)
    _sentences: dict[tuple[int, int], set[int]] = field(default_factory=dict)
    _negation: dict[int, Negation] = field(default_factory=dict)
    _conditions: dict[int, list[int]] = field(default_factory=dict)
    _negators: dict[int, Containers] = field(default_factory=dict)

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

    def conditional(self, lang: int, start: int) -> bool:
        """Whether a conditional marker of ``lang`` hedges a match at ``start``.

        One does when it governs the match (:meth:`_governing`) and is a hedge: not
        part of a negator ("不可以", "can't" forbid, they do not hedge), and not the
        opening of a condition of not paying (:meth:`_states_condition`).
        """
        negated = self._negated(lang)
        return any(
            span not in negated and not self._states_condition(lang, span, start)
            for span in self._governing((CONDITIONAL, lang), start)
        )

    def consequence(self, lang: int, start: int) -> bool:
        """Whether a match at ``start`` is stated as the consequence of not paying.

        It is after a consequence marker ("otherwise", "否则"), and after a
        conditional opening a condition of not paying: in "若未清偿，将查封您的房产"
        and "如果您不还款，我们将冻结" the 若 and 如果 say what the debtor fails to
        do, and the step that follows is stated as certain, not hedged.
        """
        if any(True for _ in self._governing((CONSEQUENCE, lang), start)):
            return True
        return any(
            self._states_condition(lang, span, start)
            for span in self._governing((CONDITIONAL, lang), start)
        )

    def _governing(self, key: tuple[int, int], start: int) -> Iterator[Span]:
        """The marks of ``key`` that govern a match at ``start``.

        One does when it comes earlier in the match's sentence ("if you do not pay,
        we will sue"; "we may sue"), or later in its clause ("we will sue if you do
        not pay"), but not in a later clause: in "your account will be frozen, and if
        you need it unfrozen, pay" the freezing is stated, not conditional.
        """
        layout = self.layout
        sentence, clause = layout.sentence(start), layout.clause(start)
        for span in self.marks.get(key, ()):
            mark = span[0]
            if layout.sentence(mark) == sentence and (
                mark < start or layout.clause(mark) == clause
            ):
                yield span

    def _states_condition(self, lang: int, span: Span, start: int) -> bool:
        """Whether the conditional at ``span`` opens a condition of not paying.

        It does when a negator, a consequence marker or a word of not paying of its
        language follows it in its clause, before the match if the match follows in
        that clause: "若**未**清偿", "if you do **not** pay", "若**逾期**", "if you
        **fail to** pay".
        """
        layout = self.layout
        mark, mark_end = span
        stop = start if mark < start else None
        starts = self._condition_starts(lang)
        at = bisect_left(starts, mark_end)
        return (
            at < len(starts)
            and (stop is None or starts[at] < stop)
            and layout.clause(starts[at]) == layout.clause(mark)
        )

    def _condition_starts(self, lang: int) -> list[int]:
        """Where the words of ``lang`` that state not paying begin, in order."""
        if lang not in self._conditions:
            self._conditions[lang] = sorted(
                [n[0] for n in self.negators.get(lang, ())]
                + [s for s, _ in self.marks.get((CONSEQUENCE, lang), ())]
                + [s for s, _ in self.marks.get((NON_PAYMENT, lang), ())]
            )
        return self._conditions[lang]

    def _negated(self, lang: int) -> Containers:
        """The negators of ``lang``, to tell a negated modal ("不可以") from a hedge."""
        if lang not in self._negators:
            self._negators[lang] = Containers(
                (n[0], n[1]) for n in self.negators.get(lang, ())
            )
        return self._negators[lang]

    def negation(self, lang: int) -> Negation:
        if lang not in self._negation:
            marks = self.marks
            coordination = Coordination(
                marks.get((CONJUNCTION, lang), ()),
                marks.get((CLAUSE_WORD, lang), ()),
                marks.get((COMMAND, lang), ()),
                marks.get((NOMINAL, lang), ()),
                marks.get((SUBJECT, lang), ()),
                self.grammar.get(lang, Grammar()),
            )
            # the writer's reluctance ("I'd rather not") denies nothing, nor does
            # "no." for "number" ("the family at No. 7")
            reluctant = Containers(marks.get((RELUCTANCE, lang), ()))
            layout = self.layout
            self._negation[lang] = Negation(
                [
                    n
                    for n in self.negators.get(lang, [])
                    if n[:2] not in reluctant and not layout.number_sign(*n[:2])
                ],
                marks.get((BREAKER, lang), []),
                coordination,
                marks.get((CONDITIONAL, lang), ()),
                self._after(lang),
            )
        return self._negation[lang]

    def _after(self, lang: int) -> After | None:
        """The negators of ``lang`` that follow what they deny, if the text has any."""
        negators = self.after_negators.get(lang)
        if not negators:
            return None
        marks = self.marks
        return After(
            negators,
            [*marks.get((BREAKER, lang), ()), *marks.get((AFTER_BREAKER, lang), ())],
            marks.get((FOLLOWER, lang), ()),
            self.after_reach.get(lang, 0),
        )


def merged(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of a category as one: their span, the most severe entry,
    and of equally severe ones an entry the message model may not doubt
    (``confirm: false``), so that a looser entry overlapping it cannot expose its
    wording to that doubt."""
    findings.sort(key=lambda f: (f.entry.category, f.start, -f.end))
    kept: list[Finding] = []
    for finding in findings:
        last = kept[-1] if kept else None
        if (
            last is not None
            and finding.entry.category == last.entry.category
            and finding.start < last.end
        ):
            worse = _rank(finding.entry) > _rank(last.entry)
            entry = finding.entry if worse else last.entry
            kept[-1] = Finding(last.start, max(last.end, finding.end), entry)
        else:
            kept.append(finding)
    return kept


def _rank(entry: Entry) -> tuple[int, bool]:
    """How an entry ranks to name a merged finding: severity, then firmness."""
    return _SEVERITY_RANK[entry.severity], not entry.confirm
