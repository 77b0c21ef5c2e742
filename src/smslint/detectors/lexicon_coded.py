"""Text as the lexicon automata read it: UTF-8 bytes, with the way back to characters.

Texts that are not ASCII are searched as their UTF-8 bytes (:class:`Coded`), each
spelled as the Latin-1 character of that value: an automaton over bytes has no node
with more than a few dozen children. :func:`is_word_char` says which characters a
Latin phrase must not touch.
"""

from __future__ import annotations

from bisect import bisect_left


def is_word_char(char: str) -> bool:
    """A letter or digit of an alphabetic script: a Latin phrase must not touch one.

    CJK characters (U+2E80 on) are not: Chinese has no spaces, so an English word
    right next to one still stands on its own.
    """
    return char.isalnum() and char < "\u2e80"


#: bytes up to which a conversion decodes the text's prefix rather than a table
_SHORT = 2048

#: the negators of an A-not-A question, in UTF-8
_NOT = frozenset({"不".encode(), "没".encode()})


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

    def asks(self, start: int) -> bool:
        """Whether the 不 or 没 at byte ``start`` is the middle of an A-not-A question.

        要不要, 是不是, 有没有, 知不知道: the same character on both sides makes a
        question, which negates nothing. Not 还不还 or 还没还: 还 is also "still", so
        "若今天还不还款" is a condition of not paying, and its 不 must stay a negator.
        Words that hold a negator and negate nothing as words (不过, 不管, 不得不) are
        data: a language's ``negation.not_negators`` (``context.yaml``).
        """
        text = self.text
        if self.ascii or not 0 < start < len(text) - 3:
            return False
        if self._raw[start : start + 3] not in _NOT:
            return False
        before = self.before(start)
        return before >= "\u2e80" and before != "还" and before == self.after(start + 3)

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
