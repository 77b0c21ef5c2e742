"""The character-level steps of :mod:`smslint.normalize`, each a pure function of text.

A step returns ``None`` (nothing to do), a ``str`` of the same length (each character
replaced by one character, so offsets are unchanged) or a list of :data:`Edits`:
``(start, end, replacement)`` triples, sorted and disjoint, where every character of a
replacement stems from all of ``text[start:end]``. The caller keeps edits that change
the length as a layer of the offset map. Each step first asks a cheap question
(``str.isascii``, one regex search anchored on a rare character), so that clean text
costs about a microsecond a step or less.

The steps that need data (look-alikes, leet, separators between Chinese characters,
Traditional -> Simplified, homophones) live in :mod:`smslint.normalize_words`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from smslint.detectors.lazy_patterns import lazy

Edits = list[tuple[int, int, str]]

#: Format characters and fillers that render as nothing: zero-width space and joiners,
#: soft hyphen, BOM, bidi marks and controls, variation selectors, tag characters.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
#: C0 and C1 controls except tab and line breaks, which are layout and stay.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
#: Lone surrogates can reach us from ``surrogateescape`` decoding; OpenCC and the
#: automaton would fail to encode them.
_SURROGATE = "\ud800-\udfff"
_SPECIAL = lazy(f"[{_INVISIBLE}{_CONTROL}{_SURROGATE}]")
_ASCII_CONTROL = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: The invisibles that ``str.isprintable`` accepts (marks and fillers, not format
#: characters): after that C-speed check, only these need a search.
_PRINTABLE_INVISIBLE = lazy(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef]"
)

#: Characters known to be their own NFKC form that never combine with a neighbour:
#: ASCII, Han, and the Chinese punctuation NFKC keeps (、。“”‘’ and the brackets).
#: Only runs of other characters need the per-cluster work below.
_NFKC_STABLE = (
    "\x00-\x7f\u00b7\u2018\u2019\u201c\u201d\u3001-\u3003\u3008-\u3011\u3014-\u301b"
    "\u3400-\u4dbf\u4e00-\u9fff"
)
_NFKC_RUN = lazy(f"[^{_NFKC_STABLE}]+")
#: Longest run of combining marks kept on one base: the Stream-Safe Text Format of
#: UAX #15. CPython sorts combining marks in quadratic time, and "zalgo" text would
#: otherwise make a 100 KB message take seconds.
_MAX_MARKS = 30
#: Runs up to this length are memoized (the same punctuation recurs in every message).
_MEMO_RUN = 32


def strip_invisibles(text: str) -> Edits | None:
    """Drop invisible characters; controls become a space, lone surrogates U+FFFD.

    A control becomes a space rather than nothing because it most likely stood for a
    break, and deleting it could join two words. Both keep the offsets one to one.
    """
    if text.isprintable():
        if text.isascii() or not _PRINTABLE_INVISIBLE.search(text):
            return None
    elif text.isascii() and not _ASCII_CONTROL.search(text):
        return None  # only tabs and line breaks
    edits: Edits = []
    for match in _SPECIAL.finditer(text):
        char, at = match.group(), match.start()
        if char < "\u00a0":
            edits.append((at, at + 1, " "))
        elif "\ud800" <= char <= "\udfff":
            edits.append((at, at + 1, "\ufffd"))
        else:
            edits.append((at, at + 1, ""))
    return edits or None


def fold_width(text: str) -> str | Edits | None:
    """NFKC, cluster by cluster: full-width, circled, ligature and math forms to plain.

    A cluster is a character with the marks that combine with it; it is normalized as a
    whole and every output character maps back to the whole cluster ("①" -> "1",
    "㈱" -> "(株)", "e" + U+0301 -> "é"). Text where every character folds to one
    character on its own ("ｄｅａｄ", "，") takes a shortcut (:func:`_no_reordering`).
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return None
    if _no_reordering(text):
        decomposed = unicodedata.normalize("NFKD", text)
        if len(decomposed) == len(text) and unicodedata.is_normalized(
            "NFKC", decomposed
        ):
            return decomposed
    edits: Edits = []
    for match in _NFKC_RUN.finditer(text):
        start, end = match.span()
        if start and unicodedata.category(text[start]).startswith("M"):
            start -= 1  # a mark combines with the stable character before it
        region = text[start:end]
        pieces = (
            _nfkc_pieces(region) if len(region) <= _MEMO_RUN else _nfkc_split(region)
        )
        edits.extend((start + a, start + b, out) for a, b, out in pieces)
    return edits or None


def _no_reordering(text: str) -> bool:
    """Whether decomposing ``text`` keeps every character in its place.

    Then, if NFKD gives as many characters as ``text`` has, each became one; and if
    that result is already NFKC, nothing composed either, so NFKC(text) is the NFKD,
    character for character. The common case, full-width letters and punctuation,
    costs three C calls instead of the cluster walk. ``text`` must have no canonical
    decomposition and its marks must be in order (it is NFD), and the half-width kana
    sound marks, the only characters whose one-character form is a combining mark, must
    be absent. This is checked first because NFKD sorts out-of-order marks in quadratic
    time.
    """
    return (
        unicodedata.is_normalized("NFD", text)
        and "\uff9e" not in text
        and "\uff9f" not in text
    )


@lru_cache(maxsize=4096)
def _nfkc_pieces(region: str) -> tuple[tuple[int, int, str], ...]:
    """Memoized :func:`_nfkc_split` for short runs (a pure function of its argument)."""
    return _nfkc_split(region)


def _nfkc_split(region: str) -> tuple[tuple[int, int, str], ...]:
    """The clusters of ``region`` whose NFKC form differs, as (start, end, form)."""
    starts: list[int] = []
    marks = 0
    for index, char in enumerate(region):
        if starts:
            form = _nfkc(char)
            if _is_mark(form[:1] or char):
                marks += 1
                if marks <= _MAX_MARKS:
                    continue
            else:
                head = region[starts[-1] : index]
                if _nfkc(head + char) != _nfkc(head) + form:
                    continue  # composes with the cluster (Hangul jamo and the like)
        starts.append(index)
        marks = 0
    bounds = zip(starts, [*starts[1:], len(region)], strict=True)
    return tuple(
        (a, b, form) for a, b in bounds if (form := _nfkc(region[a:b])) != region[a:b]
    )


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def fold_case(text: str) -> str | Edits | None:
    """Unicode case folding ("ß" -> "ss" maps both letters back to the one "ß")."""
    folded = text.lower() if text.isascii() else text.casefold()
    if folded == text:
        return None
    if len(folded) == len(text):
        return folded  # folding never shortens a character, so this is one to one
    return [
        (i, i + 1, low)
        for i, char in enumerate(text)
        if (low := char.casefold()) != char
    ]
