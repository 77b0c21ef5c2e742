"""Clauses, sentences and distances of a text, for reading lexicon matches in context.

A text's layout is computed once, in linear time, and then answered by binary search,
so reading the context of thousands of matches in a 100 KB text stays proportional to
the number of matches (times a logarithm).

* A **clause** ends at ``. ! ? ; 。！？；…``, a line break, a comma, a colon or a dash,
  in both languages: a Chinese comma separates clauses as an English one does
  (``如果您继续拖欠，我们将上门``). ``、`` only lists items and ends nothing. A dot
  followed by a letter or digit (``12.50``, ``acme.com``) ends nothing either, nor a
  comma between digits (``$1,200``), nor
  the dot of a title before a name (``your colleague Mr. Chen``: a title, a dot, a
  space and a capitalised word; but ``St.`` and ``Dr.`` after a house number are a
  street, ``12 Elm St. Your neighbour...``). Nor does the dot of ``no.`` or another
  abbreviation before a number or a code with a digit (``Flat No. 3``, ``Apt. 4B``,
  ``Ref. No. 2231``), nor that of an abbreviation before a word written in lowercase
  (``9 a.m. and``, ``e.g. your mum``, ``Acme Ltd. will``, ``12 Elm St. and``).
  Before a capital, an abbreviation's dot may end a sentence (``at 9 a.m. Your
  boss...``). ``no.`` before a number is "number", not a negator
  (:meth:`Layout.number_sign`).
* A **sentence** ends at the same marks except commas, colons and dashes.
* A **passage** is a sentence, or a short question and the sentence it opens: "不还钱？
  你会知道后果的", "Not paying? You'll regret it" ask what "if you don't pay, ..."
  states. A question of at most :data:`FRAGMENT` units after a sentence end is one;
  co-occurrence entries that read across clauses read across it.
* A **quote** runs from an opening quotation mark to its closing one: “”, 「」, 『』,
  ‘’, and ``"`` or ``'`` in pairs (NFKC has made the full-width ＂ and ＇ half-width). A
  ``'`` or ``’`` opens a quote only where no letter or digit stands before it and a
  character other than a space after it, and closes one only where none stands after
  it: the apostrophes of "won't", "mom's" and "it’s" are none.
* A **unit** of distance is a CJK character or a run of alphabetic-script letters and
  digits (an English word), so one ``within`` or ``window`` number reads naturally in
  both languages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from smslint.detectors.lexicon_coded import Coded, is_word_char, latin

if TYPE_CHECKING:
    from smslint.detectors.lexicon_coordination import Coordination

Span = tuple[int, int]


_UNIT = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]"
    r"|[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}]+"
)


#: a unit that may have begun before a given position: a run of word characters
_RUN_CHAR = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}]")


_CLAUSE_MARKS = ".!?;。！？；…\n\r\u2028\u2029,，:：—–"


_SENTENCE_MARKS = ".!?;。！？；…\n\r\u2028\u2029"


#: marks that may end a clause (a dot only when no letter or digit follows it), as
#: :class:`Coded` spells them; a character of a Coded text is one of a UTF-8
#: sequence, so a mark is found only where it is whole
_CODED_CLAUSE_MARK = re.compile("|".join(re.escape(latin(m)) for m in _CLAUSE_MARKS))


#: ... and those of them that end a sentence too
_CODED_SENTENCE_MARKS = frozenset(latin(m) for m in _SENTENCE_MARKS)

#: ... and the question marks among them
_CODED_QUESTION_MARKS = frozenset(latin(m) for m in "?？")

#: quotation marks that open and close a quote, as pairs
_PAIRED_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}

#: quotation marks that open and close alike: ``"`` in pairs, ``'`` only as a word's
#: neighbour ("'police will come'", not "won't")
_SAME_QUOTES = "\"'"

#: any quotation mark, as :class:`Coded` spells it
_CODED_QUOTE = re.compile(
    "|".join(
        re.escape(latin(m))
        for m in (*_PAIRED_QUOTES, *_PAIRED_QUOTES.values(), *_SAME_QUOTES)
    )
)

#: the most units of a question that opens the sentence after it ("不还钱？", "Not
#: paying?", "还不还？"): a fragment, not a question of its own
FRAGMENT = 4

#: ... and the commas, which may join the items of a list ("A, B or C")
_CODED_COMMAS = frozenset(latin(m) for m in ",，")


#: titles written before a name with a dot ("Mr. Chen"), ending where the dot is;
#: the text is case-folded, and whether a word precedes the match is checked apart
_TITLE = re.compile(
    r"(?:mr|mrs|ms|mx|messrs|mmes?|mlle|dr|prof|st|jr|sr|rev|hon|fr|sgt|capt|lt"
    r"|col|gen|gov|sen|rep|atty|det|insp|supt|mt)\Z"
)

#: the longest title above: how far back from a dot to look for one
_TITLE_REACH = 6

#: titles that are also street types ("Elm St.", "Oak Dr."): after a house number
#: they end an address, and a capitalised word after them may begin a sentence
_STREET_TITLE = re.compile(r"(?:st|dr)\Z")

#: a house number two words or fewer before a street type: "12 Elm St", "4th St"
_HOUSE_NUMBER = re.compile(r"\d\w*(?: \S+){0,2} \Z")

#: "no." for "number", before one: "Flat No. 3", "the family at no. 7", "Case No. 2231"
_NUMBER_SIGN = re.compile(r"nos?\Z")

#: abbreviations whose dot ends nothing when a lowercase word follows it: "9 a.m. and
#: your boss", "e.g. your mum", "Acme Ltd. will call", "12 Elm St. and"; before a
#: capital they may end a sentence ("at 9 a.m. Your boss answered"). Words that are
#: also English words (no, sat, sun, may) are not among them
_ABBREVIATION = re.compile(
    r"(?:a\.m|p\.m|e\.g|i\.e|etc|vs|viz|cf|approx|ltd|co|inc|corp|bros|st|rd|ave"
    r"|blvd|hwy|apt|ste|dept|acct|ref|tel|ext|jan|feb|apr|jun|jul|aug|sept?|oct|nov"
    r"|dec|mon|tues?|wed|thu|thur|thurs|fri)\Z"
)

#: the longest abbreviation above
_ABBREVIATION_REACH = 6

#: the word after an abbreviation's dot and space (ASCII: a code such as "A-2231")
_NEXT_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")

#: the dot and number after a number sign: "No. 2231"
_NUMBER_AFTER = re.compile(r"\. ?\d")


#: whether the character at an offset of the text was a capital letter as written
Capital = Callable[[int], bool]


class Layout:
    """Clause, sentence and unit positions of one text, each found on first need.

    Positions are offsets into a :class:`Coded` text.
    """

    def __init__(self, coded: Coded, capital: Capital | None = None) -> None:
        """``capital`` reads character offsets of ``coded.source``; without it no
        dot is read as a title's."""
        self._coded = coded
        self._capital = capital
        self._clause_ends: list[int] | None = None
        self._sentence_ends: list[int] = []
        self._commas: list[int] = []
        self._passage_ends: list[int] | None = None
        self._quotes: list[Span] | None = None

    def _find_ends(self) -> list[int]:
        coded = self._coded
        clause_ends: list[int] = []
        for match in _CODED_CLAUSE_MARK.finditer(coded.text):
            at, mark = match.start(), match.group()
            if (
                mark == "."
                and at + 1 < len(coded.text)
                and coded.after(at + 1).isalnum()
            ):
                continue  # 12.50, acme.com
            if (
                mark == ","
                and at
                and at + 1 < len(coded.text)
                and coded.before(at).isdigit()
                and coded.after(at + 1).isdigit()
            ):
                continue  # $1,200, R3,412: a thousands separator
            if mark == "." and (self._title_dot(at) or self._abbreviation_dot(at)):
                continue  # Mr. Chen, No. 7, 9 a.m. and
            clause_ends.append(at)
            if mark in _CODED_SENTENCE_MARKS:
                self._sentence_ends.append(at)
            elif mark in _CODED_COMMAS:
                self._commas.append(at)
        self._clause_ends = clause_ends
        return clause_ends

    def _title_dot(self, at: int) -> bool:
        """Whether the dot at ``at`` ends a title before a name: "Mr. Chen"."""
        coded, capital = self._coded, self._capital
        text = coded.text
        if capital is None or text[at + 1 : at + 2] != " " or at + 2 >= len(text):
            return False
        title = _TITLE.search(text, max(0, at - _TITLE_REACH), at)
        return (
            title is not None
            and not (title.start() and is_word_char(coded.before(title.start())))
            and capital(coded.char(at + 2))
            and not (
                _STREET_TITLE.match(text, title.start(), at)
                and _HOUSE_NUMBER.search(
                    text, max(0, title.start() - 40), title.start()
                )
            )
        )

    def _abbreviation_dot(self, at: int) -> bool:
        """Whether the dot at ``at`` ends an abbreviation inside a sentence.

        "no." or an abbreviation of :data:`_ABBREVIATION` before a number or a code
        with a digit ("No. 7", "Ref no. A-2231", "Apt. 4B"), or another number sign
        ("Ref. No. 2231"); an abbreviation before a word written in lowercase ("9 a.m.
        and", "e.g. your mum").
        """
        coded, capital = self._coded, self._capital
        text = coded.text
        if text[at + 1 : at + 2] != " " or at + 2 >= len(text):
            return False
        word = _NEXT_WORD.match(text, at + 2)
        if word is None:
            return False  # no letter or digit of an alphabetic script follows

        def ends_in(pattern: re.Pattern[str], reach: int) -> bool:
            found = pattern.search(text, max(0, at - reach), at)
            return found is not None and not (
                found.start() and is_word_char(coded.before(found.start()))
            )

        abbreviation = ends_in(_ABBREVIATION, _ABBREVIATION_REACH)
        if any(c.isdigit() for c in word.group()):
            return abbreviation or ends_in(_NUMBER_SIGN, 3)
        if _NUMBER_SIGN.fullmatch(word.group()) and _NUMBER_AFTER.match(
            text, word.end()
        ):
            return abbreviation  # Ref. No. 2231
        return abbreviation and capital is not None and not capital(coded.char(at + 2))

    def number_sign(self, start: int, end: int) -> bool:
        """Whether the word at ``[start, end)`` is "no." for "number": "No. 7",
        "no.3", "Ref no. A-2231" (a number or a code with a digit follows)."""
        text = self._coded.text
        if text[end : end + 1] != "." or not _NUMBER_SIGN.fullmatch(text, start, end):
            return False
        word = _NEXT_WORD.match(text, end + 1 + (text[end + 1 : end + 2] == " "))
        return word is not None and any(c.isdigit() for c in word.group())

    def clause(self, pos: int) -> int:
        """The number of the clause holding ``pos``."""
        ends = self._clause_ends
        if ends is None:
            ends = self._find_ends()
        return bisect_left(ends, pos)

    def sentence(self, pos: int) -> int:
        """The number of the sentence holding ``pos``."""
        if self._clause_ends is None:
            self._find_ends()
        return bisect_left(self._sentence_ends, pos)

    def passage(self, pos: int) -> int:
        """The number of the passage holding ``pos``: a sentence, or a short question
        and the sentence after it (see the module)."""
        ends = self._passage_ends
        if ends is None:
            if self._clause_ends is None:
                self._find_ends()
            ends, begun, joining = [], 0, False
            for at in self._sentence_ends:
                units = self.between(begun, at, FRAGMENT)
                begun = self._past(at)
                if units == 0 and joining:
                    continue  # "不还钱?!": the marks after the question's own
                joining = 0 < units <= FRAGMENT and self._is_question_mark(at)
                if not joining:
                    ends.append(at)
            self._passage_ends = ends
        return bisect_left(ends, pos)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` begins: after its mark, or at 0."""
        if self._clause_ends is None:
            self._find_ends()
        at = bisect_left(self._sentence_ends, pos)
        if not at:
            return 0
        return self._past(self._sentence_ends[at - 1])

    def asks(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` ends in a question mark."""
        if self._clause_ends is None:
            self._find_ends()
        at = bisect_left(self._sentence_ends, pos)
        if at == len(self._sentence_ends):
            return False
        return self._is_question_mark(self._sentence_ends[at])

    def quotes(self) -> list[Span]:
        """The quotes of the text, from their opening mark to the end of their closing
        one, in order of their openings (see the module)."""
        if self._quotes is not None:
            return self._quotes
        coded = self._coded
        text, size = coded.text, len(coded.text)
        closers = {latin(o): latin(c) for o, c in _PAIRED_QUOTES.items()}
        opened: dict[str, int] = {}  # the closing mark awaited -> where it opened
        quotes: list[Span] = []
        apostrophes = ("'", latin("’"))
        for match in _CODED_QUOTE.finditer(text):
            at, end, mark = match.start(), match.end(), match.group()
            if mark in closers:  # “, 「, 『, ‘: the outermost of a kind opens
                opened.setdefault(closers[mark], at)
            elif mark in opened:  # closes, unless an apostrophe: won't, it’s
                if not (
                    mark in apostrophes
                    and end < size
                    and is_word_char(coded.after(end))
                ):
                    quotes.append((opened.pop(mark), end))
            elif mark == '"' or (
                mark == "'"
                and not (at and is_word_char(coded.before(at)))
                and end < size
                and not coded.after(end).isspace()
            ):
                opened[mark] = at
        quotes.sort()
        self._quotes = quotes
        return quotes

    def ends(self, start: int, end: int, most: int) -> list[int]:
        """Where the clauses ending in ``[start, end)`` end (at their marks), the
        first ``most + 1`` of them: callers ask whether there are more than a few."""
        ends = self._clause_ends
        if ends is None:
            ends = self._find_ends()
        first = bisect_left(ends, start)
        return ends[first : min(bisect_left(ends, end), first + most + 1)]

    def clause_end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends: its mark, or the end of the text."""
        ends = self._clause_ends
        if ends is None:
            ends = self._find_ends()
        at = bisect_left(ends, pos)
        return ends[at] if at < len(ends) else len(self._coded.text)

    def comma(self, at: int) -> bool:
        """Whether the clause end at ``at`` (one of :meth:`ends`) is a comma."""
        commas = self._commas
        found = bisect_left(commas, at)
        return found < len(commas) and commas[found] == at

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins: after its mark, or at 0."""
        ends = self._clause_ends
        if ends is None:
            ends = self._find_ends()
        at = bisect_left(ends, pos)
        if not at:
            return 0
        return self._past(ends[at - 1])

    def _is_question_mark(self, at: int) -> bool:
        text = self._coded.text
        return any(text.startswith(mark, at) for mark in _CODED_QUESTION_MARKS)

    def _past(self, mark: int) -> int:
        """Where the text goes on after the mark at ``mark``: past all its bytes, as
        the coded text spells it ("。" is three)."""
        return mark + len(self._coded.after(mark).encode("utf-8"))

    def opens_clause(self, pos: int) -> bool:
        """Whether no unit stands between the start of its clause and ``pos``."""
        return self.between(self.clause_start(pos), pos, 0) == 0

    def between(self, start: int, end: int, most: int) -> int:
        """Units beginning in ``[start, end)``, counted up to ``most + 1``.

        Callers only ask whether a distance exceeds a small limit, so the count stops
        there: a long text costs as much as the few units it is asked about.
        """
        if end <= start:
            return 0
        coded = self._coded
        start, end, text = coded.char(start), coded.char(end), coded.source
        count = 0
        for match in _UNIT.finditer(text, start, end):
            if (
                match.start() == start
                and start
                and _RUN_CHAR.match(text, start - 1)
                and _RUN_CHAR.match(text, start)
            ):
                continue  # the end of a word that began before ``start``
            count += 1
            if count > most:
                break
        return count


class Negation:
    """The negators and breakers of one language found in one text.

    ``negators`` are ``(start, end, window)``; ``breakers`` are spans of words showing
    that a negator belongs to another verb ("if you don't **pay**, **we** will...");
    ``coordination`` reads the phrases joined to a negated one ("we won't visit your
    home **or** call your boss"); ``conditionals`` are the spans of conditional
    markers ("if", "如果"): a negator after one in its clause ends a condition ("if
    you do not, ...") and reaches past no comma.
    """

    #: how many negators of a sentence, nearest first, may govern a match through
    #: coordination: a bound on the work in a long text, not a rule of grammar
    REACH = 4

    #: the most commas between a hanging negator and its verb ("we will never, ever,
    #: under any circumstances, call"): asides of an SMS, not a list
    ASIDES = 3

    def __init__(
        self,
        negators: Iterable[tuple[int, int, int]],
        breakers: Iterable[Span],
        coordination: Coordination | None = None,
        conditionals: Iterable[Span] = (),
        after: After | None = None,
    ):
        self._negators = sorted(negators, key=lambda n: (n[1], n[0]))
        self._ends = [n[1] for n in self._negators]
        self._widest = max((n[2] for n in self._negators), default=0)
        self._breakers = sorted(start for start, _ in breakers)
        self._coordination = coordination
        self._conditionals = sorted(start for start, _ in conditionals)
        self._after = after

    def denies(
        self, start: int, end: int, gaps: Iterable[Span], layout: Layout
    ) -> bool:
        """Whether a match at ``[start, end)`` (with these inner gaps) is negated."""
        after = self._after
        if after is not None and after.denies(end, gaps, layout):
            return True
        if not self._negators:
            return False
        return self._near(start, end, gaps, layout) or self._coordinated(
            start, end, layout
        )

    def _coordinated(self, start: int, end: int, layout: Layout) -> bool:
        """Whether a negator earlier in the sentence governs the match through the
        phrases coordinated with its own (see
        :mod:`~smslint.detectors.lexicon_coordination`)."""
        coordination = self._coordination
        if coordination is None:
            return False
        sentence = layout.sentence(start)
        last = bisect_right(self._ends, start)
        for at in range(last - 1, max(last - self.REACH, 0) - 1, -1):
            n_start, n_end, window = self._negators[at]
            if layout.sentence(n_end - 1) != sentence:
                break
            if coordination.governs(
                (n_start, n_end), window, (start, end), self._breakers, layout
            ):
                return True
        return False

    def _near(self, start: int, end: int, gaps: Iterable[Span], layout: Layout) -> bool:
        """Whether a negator within its window in the clause, or inside a gap of the
        match, negates it."""
        clause = layout.clause(start)
        # negators ending before the match, nearest first, while one could reach it
        for at in range(bisect_right(self._ends, start) - 1, -1, -1):
            n_start, n_end, window = self._negators[at]
            distance = layout.between(n_end, start, self._widest)
            if distance > self._widest:
                break
            if layout.clause(n_end - 1) != clause and not self._hangs(
                n_start, n_end, (start, end), layout
            ):
                continue
            if (
                distance <= window
                and not any_in(self._breakers, n_end, start)
                and not (
                    self._coordination is not None
                    and self._coordination.splits(n_end, (start, end))
                )
            ):
                return True
        # a negator between the parts of a co-occurrence: "will not be contacted";
        # not one of another clause or verb: in "物业费不交清，门禁停用" the 不 is the
        # debtor's not paying, and the cut-off stands
        for gap_start, gap_end in gaps:
            at = bisect_left(self._ends, gap_start)
            while at < len(self._negators) and self._ends[at] <= gap_end:
                n_start, n_end, _window = self._negators[at]
                if (
                    n_start >= gap_start
                    and layout.clause(n_end - 1) == layout.clause(gap_end)
                    and not any_in(self._breakers, n_end, gap_end)
                ):
                    return True
                at += 1
        return False

    def _hangs(self, n_start: int, n_end: int, match: Span, layout: Layout) -> bool:
        """Whether a negator left before a comma reaches a match past asides.

        "We will not, under any circumstances, contact your employer", "我们不会，也从来
        没有，联系您的家人": the negator stands right before a comma, without its
        verb, and the asides between commas that follow are no clauses of their own,
        so the verb after them is the negated one. Not when a word stands between the
        negator and the comma ("we will not **wait**, we will call"): it took its verb;
        not without an aside (in "一点担当都**没有**，你真没骨气" the negator ends a
        clause of its own), nor past an aside that negates something itself ("都没有，
        也没有**良心**，..."; one ending in a negator, "也从来没有", is an aside); not a
        negator opening its clause ("**No**, we will call": an answer) or ending a
        condition ("**if** you do not, your employer will be told"); not past a mark
        other than a comma, or more than :attr:`ASIDES` of them; and not into a clause
        with a subject or modal of its own (a breaker between negator and match, a
        clause word of the coordination's from the negator to the end of the match's
        clause: "not, under any circumstances, wait; **we** will call").
        """
        start, end = match
        marks = layout.ends(n_end, start, self.ASIDES)
        if (
            len(marks) < 2
            or len(marks) > self.ASIDES
            or not all(layout.comma(mark) for mark in marks)
            or layout.between(n_end, marks[0], 0)
            or layout.opens_clause(n_start)
            or any_in(self._conditionals, layout.clause_start(n_start), n_start)
            or any(
                self._negates_in(low + 1, high, layout)
                for low, high in zip(marks, marks[1:], strict=False)
            )
        ):
            return False
        coordination = self._coordination
        return coordination is None or not coordination.asserts(
            n_end, layout.clause_end(end - 1)
        )

    def _negates_in(self, low: int, high: int, layout: Layout) -> bool:
        """Whether the aside ``[low, high)`` holds a negator and does not end in one."""
        first = bisect_right(self._ends, low)
        last = bisect_right(self._ends, high)
        return first < last and not any(
            layout.between(self._ends[at], high, 0) == 0 for at in range(first, last)
        )


class After:
    """The negators of one language that follow what they deny, found in one text.

    Hindi and Urdu (Hinglish, Roman Urdu) put the negator after the object, just
    before the verb: "hum aapko jail **nahi** bhejenge", "koi police case **nahi**
    hoga". Such a negator denies a match when it stands at most its window of units
    after it, in its clause, with no breaker between them (``breakers``: a condition,
    a new subject, a stated verb, the debtor's paying: "gharwalon ko call karenge
    **agar** paise nahi diye"), or between the parts of a co-occurrence, before the
    verb it negates ("gharwalon ko **nahi** batayenge"). Not when a follower stands at
    most ``reach`` units after it in its clause: "paise nahi diye **to**" (a
    condition), "nahi **to**" (otherwise), "jail nahi jaoge **agar** aaj pay karo" (a
    denial only if the debtor pays), "mat pahunchne **do**" (don't let it come to).
    """

    def __init__(
        self,
        negators: Iterable[tuple[int, int, int]],
        breakers: Iterable[Span],
        followers: Iterable[Span],
        reach: int,
    ) -> None:
        self._negators = sorted(negators)
        self._starts = [n[0] for n in self._negators]
        self._widest = max((n[2] for n in self._negators), default=0)
        self._breakers = sorted(start for start, _ in breakers)
        self._followers = sorted(start for start, _ in followers)
        self._reach = reach

    def denies(self, end: int, gaps: Iterable[Span], layout: Layout) -> bool:
        """Whether a negator after a match ending at ``end``, or one inside a gap
        between its parts, denies it."""
        negators, breakers = self._negators, self._breakers
        clause = layout.clause(end - 1)
        # negators starting after the match, nearest first, while one could reach it
        for at in range(bisect_left(self._starts, end), len(negators)):
            n_start, n_end, window = negators[at]
            if layout.clause(n_start) != clause or any_in(breakers, end, n_start):
                break
            distance = layout.between(end, n_start, self._widest)
            if distance > self._widest:
                break
            if distance <= window and not self._conditioned(n_end, layout):
                return True
        # "gharwalon ko nahi batayenge": a negator between the parts negates the verb
        # after it, as a negator before a match would
        for gap_start, gap_end in gaps:
            at = bisect_left(self._starts, gap_start)
            while at < len(negators) and negators[at][1] <= gap_end:
                _n_start, n_end, _window = negators[at]
                if (
                    layout.clause(n_end - 1) == layout.clause(gap_end)
                    and not any_in(breakers, n_end, gap_end)
                    and not self._conditioned(n_end, layout)
                ):
                    return True
                at += 1
        return False

    def _conditioned(self, n_end: int, layout: Layout) -> bool:
        """Whether a follower in the clause of the negator ending at ``n_end``, at
        most ``reach`` units after it, makes it a condition."""
        followers = self._followers
        at = bisect_left(followers, n_end)
        if at == len(followers):
            return False
        follower = followers[at]
        return (
            layout.clause(follower) == layout.clause(n_end - 1)
            and layout.between(n_end, follower, self._reach) <= self._reach
        )


class Containers:
    """Spans that may contain others: ``span in containers`` in logarithmic time."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # _reach[i]: the furthest end among the first i + 1 spans
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __contains__(self, span: object) -> bool:
        start, end = span  # type: ignore[misc]
        at = bisect_right(self._starts, start)
        return at > 0 and self._reach[at - 1] >= end


def any_in(starts: list[int], low: int, high: int) -> bool:
    """Whether the sorted ``starts`` hold a value in ``[low, high)``."""
    at = bisect_left(starts, low)
    return at < len(starts) and starts[at] < high
