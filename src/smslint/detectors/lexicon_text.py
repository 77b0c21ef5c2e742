"""Text for the lexicon matcher: clauses, sentences, distances, and phrase keys.

A text's layout is computed once, in linear time, and then answered by binary search,
so reading the context of thousands of matches in a 100 KB text stays proportional to
the number of matches (times a logarithm). Lexicon phrases are put in the form
messages take (:class:`PhraseKeys`): normalized, spaces squeezed, apostrophes spelled
every usual way.

* A **clause** ends at ``. ! ? ; 。！？；…``, a line break, a comma, a colon or a dash,
  in both languages: a Chinese comma separates clauses as an English one does
  (``如果您继续拖欠，我们将上门``). ``、`` only lists items and ends nothing. A dot
  followed by a letter or digit (``12.50``, ``acme.com``) ends nothing either.
* A **sentence** ends at the same marks except commas, colons and dashes.
* A **unit** of distance is a CJK character or a run of alphabetic-script letters and
  digits (an English word), so one ``within`` or ``window`` number reads naturally in
  both languages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Protocol

import regex

Span = tuple[int, int]

_UNIT = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]"
    r"|[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}]+"
)
#: a unit that may have begun before a given position: a run of word characters
_RUN_CHAR = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}]")
# two or more spaces, or one whitespace character other than a space or line break
_SPACES = "\t\x0b\x0c \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_EXTRA_SPACE = re.compile(f"[{_SPACES}]{{2,}}|[{_SPACES.replace(' ', '')}]")
# the screen for it: a class alone lets the engine skip ahead in C, an alternation not
_ODD_SPACE = re.compile(f"[{_SPACES.replace(' ', '')}]")


def is_word_char(char: str) -> bool:
    """A letter or digit of an alphabetic script: a Latin phrase must not touch one.

    CJK characters (U+2E80 on) are not: Chinese has no spaces, so an English word
    right next to one still stands on its own.
    """
    return char.isalnum() and char < "\u2e80"


#: bytes up to which a conversion decodes the text's prefix rather than a table
_SHORT = 2048


class Coded:
    """A text as the lexicon automata read it, with the way back to characters.

    Text that is not ASCII is read as its UTF-8 bytes, each spelled as the Latin-1
    character of that value, so offsets are byte offsets: an automaton over bytes
    has no node with more than a few dozen children, while pyahocorasick looks a
    character up among a node's children one by one (the root of an automaton of
    Chinese phrases has hundreds). ASCII text is its own spelling. Everything
    the matcher computes stays in these offsets; :meth:`char` turns the few it
    reports, or measures, into character offsets of :attr:`source`.
    """

    __slots__ = ("source", "text", "ascii", "_raw", "_starts")

    def __init__(self, source: str) -> None:
        self.source = source
        self._starts: list[int] | None = None
        self.ascii = source.isascii()
        if self.ascii:
            self.text, self._raw = source, b""
        else:
            self._raw = source.encode("utf-8", "surrogatepass")
            self.text = self._raw.decode("latin-1")  # what latin() gives

    def char(self, position: int) -> int:
        """The character offset of byte offset ``position`` (a character boundary).

        A short text decodes its prefix; a long one looks the offset up among the
        byte offsets of its characters, found once, so many conversions stay linear.
        """
        if self.ascii:
            return position
        if len(self._raw) <= _SHORT:
            return len(self._raw[:position].decode("utf-8", "surrogatepass"))
        if self._starts is None:
            self._starts = [i for i, b in enumerate(self._raw) if b & 0xC0 != 0x80]
        return bisect_left(self._starts, position)

    def before(self, position: int) -> str:
        """The character that ends at byte ``position`` (not 0)."""
        text = self.text
        last = text[position - 1]
        if last < "\x80":
            return last
        first = position - 1
        while first > 0 and "\x80" <= text[first] < "\xc0":
            first -= 1
        return self._raw[first:position].decode("utf-8", "ignore")

    def after(self, position: int) -> str:
        """The character that starts at byte ``position`` (before the end)."""
        first = self.text[position]
        if first < "\x80":
            return first
        return self._raw[position : position + 4].decode("utf-8", "ignore")[:1]

    def stands(self, start: int, end: int, left: bool, right: bool) -> bool:
        """Whether bytes ``[start, end)`` have no word character where one is barred."""
        if left and start > 0 and is_word_char(self.before(start)):
            return False
        if right and end < len(self.text):
            after = self.after(end)
            if after and is_word_char(after):
                return False
        return True


def latin(text: str) -> str:
    """``text`` as :class:`Coded` spells text that is not ASCII: UTF-8 as Latin-1."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


_CLAUSE_MARKS = ".!?;。！？；…\n\r\u2028\u2029,，:：—–"
_SENTENCE_MARKS = ".!?;。！？；…\n\r\u2028\u2029"
#: marks that may end a clause (a dot only when no letter or digit follows it), as
#: :class:`Coded` spells them; a character of a Coded text is one of a UTF-8
#: sequence, so a mark is found only where it is whole
_CODED_CLAUSE_MARK = re.compile("|".join(re.escape(latin(m)) for m in _CLAUSE_MARKS))
#: ... and those of them that end a sentence too
_CODED_SENTENCE_MARKS = frozenset(latin(m) for m in _SENTENCE_MARKS)


class Layout:
    """Clause, sentence and unit positions of one text, each found on first need.

    Positions are offsets into a :class:`Coded` text.
    """

    def __init__(self, coded: Coded) -> None:
        self._coded = coded
        self._clause_ends: list[int] | None = None
        self._sentence_ends: list[int] = []

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
            clause_ends.append(at)
            if mark in _CODED_SENTENCE_MARKS:
                self._sentence_ends.append(at)
        self._clause_ends = clause_ends
        return clause_ends

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
    that a negator belongs to another verb ("if you don't **pay**, **we** will...").
    """

    def __init__(
        self, negators: Iterable[tuple[int, int, int]], breakers: Iterable[Span]
    ):
        self._negators = sorted(negators, key=lambda n: (n[1], n[0]))
        self._ends = [n[1] for n in self._negators]
        self._widest = max((n[2] for n in self._negators), default=0)
        self._breakers = sorted(start for start, _ in breakers)

    def denies(self, start: int, gaps: Iterable[Span], layout: Layout) -> bool:
        """Whether a match at ``start`` (with these inner gaps) is negated."""
        if not self._negators:
            return False
        clause = layout.clause(start)
        # negators ending before the match, nearest first, while one could reach it
        for at in range(bisect_right(self._ends, start) - 1, -1, -1):
            _n_start, n_end, window = self._negators[at]
            distance = layout.between(n_end, start, self._widest)
            if distance > self._widest or layout.clause(n_end - 1) != clause:
                break
            if distance <= window and not any_in(self._breakers, n_end, start):
                return True
        # a negator between the parts of a co-occurrence: "will not be contacted"
        for gap_start, gap_end in gaps:
            at = bisect_left(self._ends, gap_start)
            while at < len(self._negators) and self._ends[at] <= gap_end:
                if self._negators[at][0] >= gap_start:
                    return True
                at += 1
        return False


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


def squeeze(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each run of spaces made one space, and the map back, if changed.

    The Normalizer keeps spacing as written; a lexicon phrase has single spaces.
    """
    if "  " not in text and not _ODD_SPACE.search(text):
        return text, None
    parts: list[str] = []
    back: list[int] = []
    done = 0
    for match in _EXTRA_SPACE.finditer(text):
        parts += (text[done : match.start()], " ")
        back += range(done, match.start() + 1)
        done = match.end()
    parts.append(text[done:])
    back += range(done, len(text))
    return "".join(parts), back


class NormalizedText(Protocol):
    """What the matcher needs from :class:`smslint.normalize.Normalized`."""

    text: str


class PhraseKeys:
    """Lexicon phrases in the form messages take: normalized, spaces squeezed.

    Remembers each phrase, so the rules of one run (which share context phrases)
    normalize each phrase once. :meth:`prime` normalizes many phrases in one call,
    joined by line breaks, which the Normalizer treats as hard boundaries: thousands of
    inflected forms then cost one pass instead of thousands (about 0.2 s at start-up,
    which a pre-commit hook feels). Should the lines not come back one for one, each
    phrase is normalized on its own.
    """

    def __init__(self, normalize: Callable[[str], NormalizedText]) -> None:
        self._normalize = normalize
        self._keys: dict[str, str] = {}

    def prime(self, phrases: Iterable[str]) -> None:
        todo = sorted({p for p in phrases if p not in self._keys and "\n" not in p})
        if not todo:
            return
        lines = self._normalize("\n".join(todo)).text.split("\n")
        if len(lines) == len(todo):
            for phrase, line in zip(todo, lines, strict=True):
                self._keys[phrase] = squeeze(line)[0].strip()

    def __call__(self, phrase: str) -> str:
        if phrase not in self._keys:
            self._keys[phrase] = squeeze(self._normalize(phrase).text)[0].strip()
        return self._keys[phrase]


def spellings(phrase: str) -> tuple[str, ...]:
    """A phrase and its other apostrophe spellings: won't, won’t, wont."""
    if "'" not in phrase:
        return (phrase,)
    return (phrase, phrase.replace("'", "\u2019"), phrase.replace("'", ""))
