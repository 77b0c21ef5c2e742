"""The forms a required phrase is looked for in, and placeholder names read as words.

:func:`normalize` is the light normalization patterns are searched in (case kept);
:func:`fold` adds case folding, for literal phrases. :func:`name_matches` tells
whether a placeholder's name says what a rule wants (``companyName`` names a
company). Used by :mod:`smslint.checks.required_phrase`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import regex

_CJK = (
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}\u3000-\u303f\uff00-\uffef]"
)


_FORMAT_CHARS = regex.compile(r"\p{Cf}+")


_WHITESPACE = regex.compile(r"\s+")


_SPACE_BY_CJK = regex.compile(rf" (?={_CJK})|(?<={_CJK}) ")


_NAME_PART = regex.compile(r"\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|\p{Lo}+|\p{L}+")


# the rules of a run (opt-out, sender name...) look at one message in turn: each
# normalizes it once for all of them (about 12 µs a message saved per extra rule)
@lru_cache(maxsize=4)
def normalize(text: str) -> str:
    """Light normalization that keeps case: the form patterns are searched in.

    NFKC (full-width to half-width), invisible format characters dropped, whitespace
    runs collapsed to one space and spaces next to CJK characters removed.
    """
    if text.isascii():  # NFKC-stable, no format characters, no CJK
        return _WHITESPACE.sub(" ", text).strip()
    text = _FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", text))
    text = _WHITESPACE.sub(" ", text).strip()
    return _SPACE_BY_CJK.sub("", text)


def fold(text: str) -> str:
    """:func:`normalize`, then casefold: the form phrases are compared in.

    ``ＲＥＰＬＹ  stop`` folds like ``reply stop`` and ``回 T 退订`` like ``回t退订``.
    """
    return normalize(text).casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """Split a placeholder name into lower-case words: companyName -> company, name."""
    return tuple(t.casefold() for t in _NAME_PART.findall(name))


def name_matches(wanted: Sequence[str], name: str | None) -> bool:
    """True when the words of ``wanted`` appear, in a row, among those of ``name``."""
    if not name or not wanted:
        return False
    have = name_tokens(name)
    if all(unicodedata.category(c) == "Lo" for c in "".join(wanted)):
        # CJK names have no word breaks: 机构 matches 机构名称
        return "".join(wanted) in "".join(have)
    size = len(wanted)
    return any(have[i : i + size] == tuple(wanted) for i in range(len(have) - size + 1))
