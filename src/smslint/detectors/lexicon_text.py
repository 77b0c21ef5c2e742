"""Lexicon phrases in the form messages take: normalized, spaces squeezed.

:class:`PhraseKeys` normalizes a lexicon's phrases with the run's Normalizer, as
messages are; :func:`squeeze` reads runs of spaces as one (the Normalizer keeps
spacing as written, a phrase has single spaces); :func:`spellings` gives a phrase
with an apostrophe its other usual spellings. The text the automata search is in
:mod:`smslint.detectors.lexicon_coded`, its clauses and distances in
:mod:`smslint.detectors.lexicon_layout`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol

# two or more spaces, or one whitespace character other than a space or line break
_SPACES = "\t\x0b\x0c \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_EXTRA_SPACE = re.compile(f"[{_SPACES}]{{2,}}|[{_SPACES.replace(' ', '')}]")
# the screen for it: a class alone lets the engine skip ahead in C, an alternation not
_ODD_SPACE = re.compile(f"[{_SPACES.replace(' ', '')}]")


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
    """What phrase keys need from :class:`smslint.normalize.Normalized`."""

    text: str

    @property
    def plain_text(self) -> str: ...


class SourcedText(NormalizedText, Protocol):
    """What the matcher needs from :class:`smslint.normalize.Normalized`: the text
    as written too, to tell a title before a name ("Mr. Chen") by its capital."""

    original: str

    def span(self, start: int, end: int) -> tuple[int, int]: ...


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
        # phrases are keyed without the dialect reading: see smslint.normalize
        lines = self._normalize("\n".join(todo)).plain_text.split("\n")
        if len(lines) == len(todo):
            for phrase, line in zip(todo, lines, strict=True):
                self._keys[phrase] = squeeze(line)[0].strip()

    def __call__(self, phrase: str) -> str:
        if phrase not in self._keys:
            self._keys[phrase] = squeeze(self._normalize(phrase).plain_text)[0].strip()
        return self._keys[phrase]


def spellings(phrase: str) -> tuple[str, ...]:
    """A phrase and its other apostrophe spellings: won't, won’t, wont."""
    if "'" not in phrase:
        return (phrase,)
    return (phrase, phrase.replace("'", "\u2019"), phrase.replace("'", ""))
