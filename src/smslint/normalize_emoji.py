"""Emoji typed for a character or a syllable inside a word: 草🐴, 辣🐔, f🦆, bull💩.

The table is data (``emoji.yaml``, documented in its header). An emoji is read only
where the reading completes a word of the lexicons, as the joiner of spelled-out
letters asks the lexicons before joining: Chinese readings against the phrases of the
Chinese lexicons and the variants of ``homophones.yaml``, Latin readings against the
English vocabulary. A horse in "马年快乐🐴" or "Year of the Horse 🐴" stays a horse.

The step runs before the separators are removed, because an emoji between two Chinese
characters is a separator there ("你🐴的" would lose its 🐴 and read "你的").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ahocorasick

from smslint.detectors.lazy_patterns import lazy
from smslint.errors import SmslintError
from smslint.normalize_patterns import HAN, char_class
from smslint.normalize_steps import Edits

if TYPE_CHECKING:
    from smslint.normalize_data import Tables

_HAN = lazy(f"[{HAN}]")
_HAN_RUN = lazy(f"[{HAN}]+")
#: Longest stretch of characters on each side of an emoji that a phrase, or a Latin
#: word, may take: a phrase is short, and the bound keeps a run of emoji linear.
_REACH = 16
#: Keys of the lexicon files whose text is no phrase (Chinese notes are sentences).
_PROSE_KEYS = frozenset({"note", "citation", "id", "severity", "language", "category"})


@dataclass(frozen=True)
class EmojiTable:
    """The loaded ``emoji.yaml`` and where to find the words its readings must make."""

    hanzi: dict[str, tuple[str, ...]]  #: emoji -> Han characters, the likelier first
    latin: dict[str, str]  #: emoji -> lower-case Latin letters
    chars: re.Pattern[str]  #: any emoji of either table
    #: the folder of Chinese lexicons and the homophones file, read on first need
    sources: tuple[Path, Path]

    def chinese_words(self) -> ahocorasick.Automaton:
        return _chinese_words(*self.sources)


def load_emoji(path: Path, data: dict[str, Any]) -> EmojiTable:
    """The table of ``emoji.yaml`` (``path``), read as ``data``; the Chinese words
    are the lexicons of ``zh/`` beside the folder and its ``homophones.yaml``."""
    hanzi = _section(path, data, "hanzi", re.compile(f"[{HAN}]"))
    latin = {
        key: reads[0]
        for key, reads in _section(path, data, "latin", re.compile("[a-z]+")).items()
    }
    return EmojiTable(
        hanzi=hanzi,
        latin=latin,
        chars=lazy(char_class({*hanzi, *latin})),
        sources=(path.parent.parent / "zh", path.parent / "homophones.yaml"),
    )


def _section(
    path: Path, data: dict[str, Any], section: str, reading: re.Pattern[str]
) -> dict[str, tuple[str, ...]]:
    """emoji -> its readings (a reading, or a list of them; ``latin`` takes one)."""
    value = data.get(section) or {}
    if not isinstance(value, dict):
        raise SmslintError("expected a mapping", path=str(path), key_path=section)
    table: dict[str, tuple[str, ...]] = {}
    for key, read in value.items():
        reads = tuple(read) if isinstance(read, list) else (read,)
        if not (
            isinstance(key, str)
            and len(key) == 1
            and not key.isalnum()
            and reads
            and (section == "hanzi" or len(reads) == 1)
            and all(isinstance(r, str) and reading.fullmatch(r) for r in reads)
        ):
            raise SmslintError(
                f"{key!r}: {read!r}: expected one symbol -> "
                + ("Han characters" if section == "hanzi" else "letters a-z"),
                path=str(path),
                key_path=section,
            )
        table[key] = reads
    return table


@cache
def _chinese_words(folder: Path, homophones: Path) -> ahocorasick.Automaton:
    """Every run of two or more Chinese characters in the phrases of the Chinese
    lexicons and of the homophone table (its words, variants and keep phrases).

    The files are scanned line by line rather than parsed: parsing them costs ~0.4 s,
    a scan ~20 ms, and the lexicons write one key per line. Comments and the lines of
    keys that hold prose (notes, citations, ids) are skipped.
    """
    words: set[str] = set()
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if homophones.exists():
        files.append(homophones)
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeError) as error:
            raise SmslintError(f"cannot read: {error}", path=str(file)) from None
        for line in lines:
            key = line.lstrip(" -").split(":", 1)[0]
            if line.lstrip().startswith("#") or key in _PROSE_KEYS:
                continue
            phrases = line.split(" #", 1)[0]  # a comment after the phrases
            words.update(run for run in _HAN_RUN.findall(phrases) if len(run) > 1)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for word in words:
        automaton.add_word(word)
    if words:
        automaton.make_automaton()
    return automaton


# --- the step ------------------------------------------------------------------------


def read_emoji(tables: Tables, text: str) -> Edits | None:
    """Emoji read as the character or letters they stand for, where that makes a
    word of the lexicons (see the module docstring)."""
    table = tables.emoji
    if table is None or text.isascii() or not table.chars.search(text):
        return None
    read: dict[int, str] = {}
    judged: set[int] = set()  # emoji whose Chinese run was looked at
    spelled: set[int] = set()  # ... whose Latin run was
    for match in table.chars.finditer(text):
        at = match.start()
        if text[at] in table.hanzi and at not in judged:
            run = _run(text, at, table.hanzi, _is_han)
            judged.update(run.emoji)
            read.update(_chinese(tables, table, text, run))
        if text[at] in table.latin and at not in read and at not in spelled:
            run = _run(text, at, table.latin, _is_latin)
            spelled.update(run.emoji)
            read.update(_latin(tables, table, text, run))
    return [(at, at + 1, read[at]) for at in sorted(read)] or None


@dataclass(frozen=True, slots=True)
class _Run:
    start: int
    end: int
    emoji: tuple[int, ...]  #: positions of the table's emoji in the run
    whole: bool  #: the run ends where its word does, not at the reach


def _is_han(char: str) -> bool:
    return bool(_HAN.match(char))


def _is_latin(char: str) -> bool:
    return "a" <= char <= "z"


def _run(text: str, at: int, readings: dict[str, str], letter: Any) -> _Run:
    """The stretch around ``at`` of letters of one script and emoji of its table."""

    def inside(i: int) -> bool:
        return text[i] in readings or letter(text[i])

    start = at
    while start > max(0, at - _REACH) and inside(start - 1):
        start -= 1
    end = at + 1
    while end < min(len(text), at + 1 + _REACH) and inside(end):
        end += 1
    emoji = tuple(i for i in range(start, end) if text[i] in readings)
    whole = not (start and inside(start - 1)) and not (end < len(text) and inside(end))
    return _Run(start, end, emoji, whole)


def _chinese(tables: Tables, table: EmojiTable, text: str, run: _Run) -> dict[int, str]:
    """The emoji of ``run`` that a Chinese phrase covers together with a character.

    Each emoji's readings are tried in turn (🐴 is 马, then 妈, its homophone): the
    first that makes a phrase is taken.
    """
    if len(run.emoji) == run.end - run.start:
        return {}  # emoji only: no character to make a word with
    words = table.chinese_words()
    if not len(words):
        return {}
    read: dict[int, str] = {}
    rounds = max(len(table.hanzi[text[i]]) for i in run.emoji)
    for turn in range(rounds):
        trial = {
            i: read.get(i)
            or table.hanzi[text[i]][min(turn, len(table.hanzi[text[i]]) - 1)]
            for i in run.emoji
        }
        chars = [trial.get(i, text[i]) for i in range(run.start, run.end)]
        simple = tables.converter.convert("".join(chars))
        if len(simple) == len(chars):
            chars = list(simple)  # else as written: the offsets come first
        emoji = {i - run.start for i in run.emoji}
        for last, length in words.iter("".join(chars)):
            span = set(range(last + 1 - length, last + 1))
            if span - emoji:  # the phrase holds a character written as such
                for offset in span & emoji:
                    read.setdefault(run.start + offset, trial[run.start + offset])
        if len(read) == len(run.emoji):
            break
    return read


def _latin(tables: Tables, table: EmojiTable, text: str, run: _Run) -> dict[int, str]:
    """The emoji of ``run`` when the run, read, is a word of the English lexicons."""
    if not run.whole or len(run.emoji) == run.end - run.start:
        return {}  # a word too long to be one, or an emoji alone: a picture
    word = "".join(table.latin.get(ch, ch) for ch in text[run.start : run.end])
    if word not in tables.vocabulary:
        return {}
    return {i: table.latin[text[i]] for i in run.emoji}
