"""The tables behind :mod:`smslint.normalize`, read from the shipped YAML files.

``corpora/lexicons/normalize/`` holds six files, documented in their headers:
``lookalikes.yaml`` (Cyrillic, Greek and odd Latin letters that render like a Latin
letter), ``leet.yaml`` (digits and symbols typed for letters), ``homophones.yaml``
(Chinese variant spellings and pinyin, mapped to the canonical word), ``dialect.yaml``
(written Cantonese and Taiwanese Hokkien read as Mandarin, a step after it),
``textspeak.yaml`` (text-speak words, read by :mod:`smslint.normalize_textspeak`) and
``emoji.yaml`` (emoji typed for a character or syllable, read by
:mod:`smslint.normalize_emoji`). They are data so a reviewer can read and extend them
without touching code.

:func:`load_tables` reads one folder into an immutable :class:`Tables` and is memoized
on the path: a run builds its normalizer once, and a second normalizer for the same
folder costs nothing. The OpenCC converter lives here too, for the same reason.

Reading and checking the files and building their automata took ~50 ms, which every
pre-commit run paid before it could normalize one message: the built tables are kept
in the per-user cache (:mod:`smslint.cache`), keyed by the files' bytes and the code
that reads them, and their patterns compile on first use.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import ahocorasick
import opencc
import yaml

from smslint import cache
from smslint.detectors.lazy_patterns import lazy, lazy_built
from smslint.errors import SmslintError
from smslint.normalize_emoji import EmojiTable, load_emoji
from smslint.normalize_patterns import (
    HAN,
    WORD_SHAPE,
    any_of,
    char_class,
    diacritics_table,
    foreign_letters,
    leet_patterns,
    separator_source,
)
from smslint.normalize_textspeak import TextSpeak, load_textspeak
from smslint.resources import shipped_dir
from smslint.yamldata import load_data

T = TypeVar("T")


@dataclass(frozen=True)
class Phrase:
    """What a homophone-automaton key stands for."""

    length: int  #: characters of the key, to recover its start from the match end
    replacement: str  #: canonical Simplified word (the key itself for ``keep`` phrases)
    whole_word: bool  #: pinyin: no Latin letter may touch either end


@dataclass(frozen=True, eq=False)
class Tables:
    """Loaded normalization data; nothing changes it once built."""

    lookalikes: dict[int, str]  #: str.translate table, one Latin letter per key
    radicals: dict[int, str]  #: str.translate table, CJK radical -> Han character
    radical_chars: re.Pattern[str]  #: any such radical
    lookalike_chars: re.Pattern[str]  #: any look-alike
    foreign_letters: re.Pattern[str]  #: a Greek or Cyrillic letter that is not one
    leet: dict[int, str]  #: str.translate table
    leet_hint: re.Pattern[str]  #: a leet run that may belong to a leet word
    leet_shape: bytes  #: bytes.translate table: leet -> L, a-z -> a, else space
    leet_word: re.Pattern[str]  #: a whole token that reads as a leet word
    #: letters and leet characters spelled out one by one ("b 0 $ $"), as typed and
    #: in any case (the text-speak step runs before case folding)
    spelled_leet: re.Pattern[str]
    spelled_leet_any_case: re.Pattern[str]
    phrases: ahocorasick.Automaton  #: homophones, pinyin and keep phrases -> Phrase
    #: the ASCII pinyin keys shaped by ``WORD_SHAPE`` and padded with a space, as an
    #: automaton: one pass over ASCII text so shaped finds whether any stands whole
    pinyin_screen: ahocorasick.Automaton
    converter: opencc.OpenCC  #: Traditional -> Simplified
    separator: re.Pattern[str]  #: a separator, in group joined, spelled or cjk
    #: English words of the shipped lexicons in all their forms (the inflection table
    #: ``en/_inflections.json`` beside this folder): how to read "a f u c k" or "fuuuck"
    vocabulary: frozenset[str] = frozenset()
    #: str.translate table: Latin letter with diacritics -> the plain lowercase letter
    diacritics: dict[int, str] = field(default_factory=dict)
    #: ``textspeak.yaml``, if the folder has one
    textspeak: TextSpeak | None = None
    #: ``emoji.yaml``, if the folder has one
    emoji: EmojiTable | None = None
    #: ``dialect.yaml`` (Cantonese and Hokkien words and their keep phrases -> Phrase),
    #: if the folder has one
    dialect: ahocorasick.Automaton | None = None
    #: whether any key of ``dialect`` occurs (:func:`any_of`)
    dialect_screen: re.Pattern[str] | None = None

    # The converter is a C++ object that does not pickle: a cached table makes its own.
    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "converter"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, converter=_converter())


def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def default_dir() -> Path:
    """The shipped ``lexicons/normalize`` folder."""
    return shipped_dir("lexicons") / "normalize"


#: the code that reads the files into tables, relative to the package
_READER_CODE = ("normalize*.py", "detectors/lazy_patterns.py", "yamldata.py")


@lru_cache(maxsize=8)
def load_tables(directory: Path) -> Tables:
    """Read and check the data files of ``directory``.

    ``lookalikes.yaml``, ``leet.yaml`` and ``homophones.yaml`` are required;
    ``textspeak.yaml`` and ``emoji.yaml`` are read when present (a folder without them
    normalizes without those steps). Built tables come from the per-user cache when
    neither the files nor the code changed; a bad file is reported as when read.
    """
    files = [p for p in sorted(directory.glob("*.yaml")) if p.is_file()]
    key = cache.fingerprint(
        str(directory),
        sys.version,
        cache.installed("ahocorasick", "opencc", "yaml"),
        cache.code(*_READER_CODE),
        files=[*files, _inflection_table(directory)],
    )
    name = "normalize-tables-" + cache.digest(str(directory))
    return cache.load_or_build(name, key, lambda: _read_tables(directory), Tables)


def _inflection_table(directory: Path) -> Path:
    return directory.parent / "en" / "_inflections.json"


def _read_tables(directory: Path) -> Tables:
    """The tables of ``directory``, read from its files (see :func:`load_tables`)."""
    lookalike_file = directory / "lookalikes.yaml"
    lookalike_sections = _read(lookalike_file)  # read once: both tables are in it
    lookalikes = _char_table(lookalike_file, lookalike_sections)
    radicals = _radical_table(lookalike_file, lookalike_sections)
    leet_file = directory / "leet.yaml"
    leet_sections = _read(leet_file)
    digits = _letter_map(leet_file, "digits", leet_sections.get("digits"))
    symbols = _letter_map(leet_file, "symbols", leet_sections.get("symbols"))
    if not all(ch.isdigit() for ch in digits) or any(ch.isalnum() for ch in symbols):
        message = "digits must be digits, symbols not alphanumeric"
        raise SmslintError(message, path=str(leet_file))
    opening = leet_sections.get("opening") or ""
    if not isinstance(opening, str) or any(ch not in digits for ch in opening):
        message = "opening lists leet digits that may start a word"
        raise SmslintError(message, path=str(leet_file), key_path="opening")
    if not all(" " < ch <= "~" for ch in (*digits, *symbols)):
        message = "leet characters must be printable ASCII (a token is ASCII)"
        raise SmslintError(message, path=str(leet_file))
    dialect = _optional(directory / "dialect.yaml", _dialect)
    return Tables(
        lookalikes=str.maketrans(lookalikes),
        radicals=str.maketrans(radicals),
        radical_chars=lazy(char_class(radicals)),
        lookalike_chars=lazy(char_class(lookalikes)),
        foreign_letters=lazy(char_class(foreign_letters(lookalikes))),
        leet=str.maketrans({**digits, **symbols}),
        **leet_patterns("".join(digits), "".join(symbols), opening),
        **_phrases(directory / "homophones.yaml"),
        converter=_converter(),
        vocabulary=_vocabulary(_inflection_table(directory)),
        diacritics=str.maketrans(diacritics_table()),
        # only text that is not ASCII needs it: compiled on first use (~10 ms)
        separator=lazy_built(separator_source),
        textspeak=_optional(directory / "textspeak.yaml", load_textspeak),
        emoji=_optional(directory / "emoji.yaml", load_emoji),
        dialect=dialect,
        dialect_screen=None if dialect is None else lazy(any_of(dialect.keys())),
    )


def _vocabulary(path: Path) -> frozenset[str]:
    """Every form in the English inflection table, if there is one."""
    try:
        with path.open(encoding="utf-8") as handle:
            table = json.load(handle)
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(table, dict):
        return frozenset()
    words = {str(w) for w in table}
    words.update(
        str(f) for forms in table.values() if isinstance(forms, list) for f in forms
    )
    return frozenset(words)


def _optional(path: Path, load: Callable[[Path, dict[str, Any]], T]) -> T | None:
    """A table of a file the folder may leave out."""
    return load(path, _read(path)) if path.exists() else None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data = load_data(stream)
    except (OSError, yaml.YAMLError) as error:
        raise SmslintError(
            f"cannot read normalization data: {error}", path=str(path)
        ) from None
    if not isinstance(data, dict):
        raise SmslintError("expected a mapping of sections", path=str(path))
    return data


def _letter_map(path: Path, section: str, value: object) -> dict[str, str]:
    """A section mapping single characters to one lowercase ASCII letter."""
    if not isinstance(value, dict):
        raise SmslintError("expected a mapping", path=str(path), key_path=section)
    for key, letter in value.items():
        good_letter = isinstance(letter, str) and re.fullmatch("[a-z]", letter)
        if not (isinstance(key, str) and len(key) == 1 and good_letter):
            raise SmslintError(
                f"{key!r}: {letter!r}: expected one character -> one letter a-z",
                path=str(path),
                key_path=section,
            )
    return dict(value)


#: the section of ``lookalikes.yaml`` that maps CJK radicals to Han characters
_CJK_SECTION = "cjk"


def _char_table(path: Path, sections: dict[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    for section, value in sections.items():
        if section != _CJK_SECTION:
            table.update(_letter_map(path, str(section), value))
    return table


def _radical_table(path: Path, sections: dict[str, Any]) -> dict[str, str]:
    """The ``cjk`` section: one radical character -> one Han character."""
    value = sections.get(_CJK_SECTION) or {}
    if not isinstance(value, dict):
        raise SmslintError("expected a mapping", path=str(path), key_path=_CJK_SECTION)
    for key, han in value.items():
        if not (
            isinstance(key, str)
            and len(key) == 1
            and isinstance(han, str)
            and re.fullmatch(f"[{HAN}]", han)
        ):
            raise SmslintError(
                f"{key!r}: {han!r}: expected one character -> one Han character",
                path=str(path),
                key_path=_CJK_SECTION,
            )
    return dict(value)


def _phrases(path: Path) -> dict[str, Any]:
    """The automaton of every variant, and a screen that ASCII text must pass first.

    ASCII text can only hold pinyin, as a whole word: with every character but a
    letter or digit a space, text and key alike, the key stands between two spaces.
    An automaton of those padded keys, whose root has the one child " ", costs less
    than the automaton of every variant (a few microseconds a message instead of 15),
    and lets through only text where a key stands whole.
    """
    automaton = ahocorasick.Automaton()
    screen: set[str] = set()
    sections = (("hanzi", False), ("pinyin", True))
    _add_phrases(automaton, screen, path, _read(path), sections)
    automaton.make_automaton()
    whole_keys = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for key in sorted(screen):
        whole_keys.add_word(key)
    if screen:
        whole_keys.make_automaton()
    return {"phrases": automaton, "pinyin_screen": whole_keys}


def _dialect(path: Path, data: dict[str, Any]) -> ahocorasick.Automaton:
    """``dialect.yaml``: its sections ``cantonese`` and ``hokkien``, read as ``hanzi``
    is, and its ``keep`` list, in an automaton of their own (a step of its own, after
    the homophones: lexicon phrases are keyed, and the message model reads, in the
    text before it)."""
    automaton = ahocorasick.Automaton()
    sections = (("cantonese", False), ("hokkien", False))
    _add_phrases(automaton, set(), path, data, sections)
    automaton.make_automaton()
    return automaton


def _add_phrases(
    automaton: ahocorasick.Automaton,
    screen: set[str],
    path: Path,
    data: dict[str, Any],
    sections: tuple[tuple[str, bool], ...],
) -> None:
    """Add the variants of ``sections`` of one file, and its ``keep`` list."""

    def add(key: str, phrase: Phrase, where: str) -> None:
        if not key or automaton.exists(key):
            raise SmslintError(
                f"empty or repeated variant {key!r}", path=str(path), key_path=where
            )
        automaton.add_word(key, phrase)

    for section, whole_word in sections:
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise SmslintError("expected a mapping", path=str(path), key_path=section)
        for word, variants in entries.items():
            if not isinstance(variants, list) or not all(
                isinstance(v, str) for v in variants
            ):
                raise SmslintError(
                    "expected a list of variants",
                    path=str(path),
                    key_path=f"{section}.{word}",
                )
            for variant in variants:
                variant = unicodedata.normalize("NFKC", variant)
                if whole_word:
                    variant = variant.casefold()
                keys = _spacings(variant) if whole_word else [variant]
                if whole_word:
                    screen.update(
                        f" {key.encode().translate(WORD_SHAPE).decode()} "
                        for key in keys
                        if key.isascii()
                    )
                for key in keys:
                    add(
                        key,
                        Phrase(len(key), str(word), whole_word),
                        f"{section}.{word}",
                    )
    keep = data.get("keep") or []
    if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
        raise SmslintError(
            "expected a list of phrases", path=str(path), key_path="keep"
        )
    for phrase in keep:
        add(phrase, Phrase(len(phrase), phrase, False), "keep")


def _spacings(pinyin: str) -> list[str]:
    """Every way to write syllables "lao lai": run together or one space apart."""
    syllables = pinyin.split()
    joins = itertools.product(("", " "), repeat=len(syllables) - 1)
    return [
        "".join(s + j for s, j in zip(syllables, (*join, ""), strict=True))
        for join in joins
    ]
