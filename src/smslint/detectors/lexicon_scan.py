"""One text's lexicon matches, bucketed by the role each phrase plays.

The matcher (:mod:`smslint.detectors.lexicon`) puts every match that stands on its
word boundaries into a :class:`Scan`: the groups of the entries it may report, the
protective phrases, and the context words of each language (negators, breakers,
conditional and consequence markers, the exception and lawful-basis sets), then asks
it what governs a match. :func:`merged` makes overlapping findings of a category one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from smslint.detectors.lexicon_entries import Entry
from smslint.detectors.lexicon_layout import Layout, Negation, Span

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
PROTECTIVE = "protective"

# roles a phrase can play; one normalized phrase may play several
PART, SET, NEGATOR, BREAKER, CONDITIONAL, CONSEQUENCE = range(6)
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

    def conditional(self, lang: int, start: int, role: int = CONDITIONAL) -> bool:
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
                self.negators.get(lang, []), self.marks.get((BREAKER, lang), [])
            )
        return self._negation[lang]


def merged(findings: list[Finding]) -> list[Finding]:
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
