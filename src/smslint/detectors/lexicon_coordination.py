"""Negation across coordination: one negator, several verb phrases joined to its own.

In "we won't visit your home, contact your boss or post anything online" the negator
governs three verb phrases, the last two beyond its window and one behind a comma.
English and Chinese coordinate under one negator: the conjuncts after the first are
bare verb phrases (or objects) that share its subject and its negated modal. The
test is therefore grammatical, on what follows each conjunction:

* a **bare phrase** continues the negated one ("or post anything online", "、给您的
  家人打电话", "or visits to your home" after ``no``);
* a phrase with a **subject or modal of its own** is a new clause, whose polarity is
  its own: "we won't wait any longer or **we will** call your employer", "we won't
  call your boss and **will** visit your house", "or **your family will** be told".
  Subjects are breakers already (``we``, ``they``); modals, auxiliaries and words of
  asserted polarity (``instead``, ``always``) are the language's ``clause_words``;
* after a **command** ("don't delay or face arrest", "do not ignore this or...") "or"
  means "otherwise": in a language that states its subjects (English), a negator
  opening its clause (a command, a fragment) governs no conjunct, unless it is the
  subject ("no one will visit or call"); Chinese drops subjects, and only its listed
  commands (请不要) govern none. Nor does a negator of a noun ("pay **without** delay
  or face legal action").

What joins conjuncts (a *link*): a conjunction of the language (``or``, ``nor``,
``and``, ``或者``, ``、``), or, where the language lists with commas (English), a
comma of a list that a conjunction closes later in the sentence ("A, B or C"). A bare
comma with no conjunction after it is a comma splice ("we won't hesitate, legal action
begins Monday"): a new clause. Every clause boundary between negator and match must be
such a link, every breaker between them must be one of the linking conjunctions ("or"
is a breaker when it means "otherwise"), and the match must stand within the
negator's window of the last link, as it would of the negator itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from smslint.detectors.lexicon_layout import Layout, Span, any_in


@dataclass(frozen=True)
class Grammar:
    """How a language joins phrases under one negator (``context.yaml``)."""

    #: a bare comma joins a list that a conjunction closes ("A, B or C"); not in
    #: Chinese, where a comma between verb phrases starts a clause of its own
    list_commas: bool = False
    #: a statement states its subject ("we won't..."), so a negator opening its
    #: clause is a command or a fragment; not in Chinese, which drops subjects
    #: ("不会上门催收、给家人打电话或者……" is a statement)
    stated_subject: bool = False


#: the most clause boundaries between a negator and a match read as links: a list
#: longer than this is no list of an SMS, and the bound keeps a long text linear
MAX_LINKS = 12


class Coordination:
    """The conjunctions, clause words and commands of one language in one text."""

    def __init__(
        self,
        conjunctions: Iterable[Span],
        clause_words: Iterable[Span],
        commands: Iterable[Span],
        nominal: Iterable[Span],
        subjects: Iterable[Span],
        grammar: Grammar,
    ) -> None:
        # overlapping conjunctions ("or" in "or else"?) keep the longest at a start
        spans = sorted(conjunctions, key=lambda span: (span[0], -span[1]))
        self._conjunctions: list[Span] = []
        for span in spans:
            if not self._conjunctions or span[0] >= self._conjunctions[-1][1]:
                self._conjunctions.append(span)
        self._starts = [s for s, _ in self._conjunctions]
        self._clause_words = sorted(s for s, _ in clause_words)
        self._commands = sorted(commands)
        #: the longest command: how far before a negator one may begin
        self._longest = max((e - s for s, e in self._commands), default=0)
        self._nominal = frozenset(nominal)
        self._subjects = frozenset(subjects)
        self._grammar = grammar

    def governs(
        self,
        negator: Span,
        window: int,
        match: Span,
        breakers: list[int],
        layout: Layout,
    ) -> bool:
        """Whether ``negator`` governs the match through coordinated phrases.

        ``breakers`` are the starts of the language's breakers, in order.
        """
        n_start, n_end = negator
        start, end = match
        if layout.sentence(n_end - 1) != layout.sentence(start):
            return False
        if negator in self._nominal or self._opens(n_start, n_end, layout):
            return False
        linked = self._links(n_end, start, layout)
        if not linked:
            return False
        links, reach = linked
        if layout.between(links[-1][1], start, window) > window:
            return False
        # a breaker other than a linking conjunction belongs to another verb
        joined = {s for s, _ in links}
        at = bisect_left(breakers, n_end)
        while at < len(breakers) and breakers[at] < start:
            if breakers[at] not in joined:
                return False
            at += 1
        # a modal or asserted polarity anywhere in the joined clause makes it its own
        stop = layout.clause_end(max(end - 1, reach))
        return not any_in(self._clause_words, links[0][0], stop)

    def splits(self, n_end: int, match: Span) -> bool:
        """Whether a conjunction between a negator and a match in its window opens a
        clause of its own: "we won't call **and will** visit your home"."""
        start, end = match
        at = bisect_left(self._starts, n_end)
        while at < len(self._starts) and self._starts[at] < start:
            if any_in(self._clause_words, self._starts[at], end):
                return True
            at += 1
        return False

    def asserts(self, low: int, high: int) -> bool:
        """Whether a clause word (a modal, asserted polarity) begins in [low, high)."""
        return any_in(self._clause_words, low, high)

    def _opens(self, n_start: int, n_end: int, layout: Layout) -> bool:
        """Whether the negator, or a command holding it ("do not"), opens its clause."""
        commands = self._commands
        at = bisect_right(commands, (n_start, n_end + self._longest))
        while at > 0 and commands[at - 1][0] >= n_start - self._longest:
            at -= 1
            c_start, c_end = commands[at]
            if c_start <= n_start and n_end <= c_end and layout.opens_clause(c_start):
                return True
        return (
            self._grammar.stated_subject
            and (n_start, n_end) not in self._subjects
            and layout.opens_clause(n_start)
        )

    def _links(
        self, n_end: int, start: int, layout: Layout
    ) -> tuple[list[Span], int] | None:
        """The links between a negator ending at ``n_end`` and a match at ``start``.

        With them, the furthest position the list reaches (its closing conjunction,
        for a list joined by commas). ``None`` when there is none, or when a clause
        boundary between them is not a link (a colon, a comma splice).
        """
        conjunctions = self._conjunctions
        first = bisect_left(self._starts, n_end)
        last = bisect_left(self._starts, start)
        links = [s for s in conjunctions[first:last] if s[1] <= start]
        reach = 0
        marks = layout.ends(n_end, start, MAX_LINKS)
        if len(marks) > MAX_LINKS:
            return None
        for mark in marks:
            if not layout.comma(mark):
                return None
            after = self._next(mark)
            if after is not None and layout.between(mark, after[0], 0) == 0:
                continue  # ", or": the conjunction is the link
            closing = self._closing(mark, layout) if self._grammar.list_commas else None
            if closing is None:
                return None  # a comma splice: a new clause
            links.append((mark, mark))
            reach = max(reach, closing)
        if not links:
            return None
        links.sort()
        return links, reach

    def _next(self, pos: int) -> Span | None:
        """The first conjunction starting after ``pos``."""
        at = bisect_right(self._starts, pos)
        return self._conjunctions[at] if at < len(self._conjunctions) else None

    def _closing(self, comma: int, layout: Layout) -> int | None:
        """Where the conjunction closing the list of a comma begins, if one does.

        It follows the comma in its sentence, with only commas between them: "A, B,
        or C". A colon or a dash before it ends the list.
        """
        after = self._next(comma)
        if after is None or layout.sentence(after[0]) != layout.sentence(comma):
            return None
        marks = layout.ends(comma + 1, after[0], MAX_LINKS)
        if len(marks) <= MAX_LINKS and all(layout.comma(mark) for mark in marks):
            return after[0]
        return None
