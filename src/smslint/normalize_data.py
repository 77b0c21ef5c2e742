"""The tables behind :mod:`smslint.normalize`, read from the shipped YAML files.

``corpora/lexicons/normalize/`` holds three files, documented in their headers:
``lookalikes.yaml`` (Cyrillic, Greek and odd Latin letters that render like a Latin
letter), ``leet.yaml`` (digits and symbols typed for letters) and ``homophones.yaml``
(Chinese variant spellings and pinyin, mapped to the canonical word). They are data so a
reviewer can read and extend them without touching code.

:func:`load_tables` reads one folder into an immutable :class:`Tables` and is memoized
on the path: a run builds its normalizer once, and a second normalizer for the same
folder costs nothing. The OpenCC converter lives here too, for the same reason.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import opencc
import yaml

from smslint.errors import SmslintError
from smslint.resources import shipped_dir

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Latin blocks whose letters with diacritics are read as the plain letter.
_DIACRITIC_BLOCKS = ((0x00C0, 0x0250), (0x1E00, 0x1F00))
#: Greek and Cyrillic blocks: a letter there that is no look-alike marks genuine text.
_FOREIGN_BLOCKS = ((0x0370, 0x0530), (0x1C80, 0x1C90), (0x1F00, 0x2000))

#: Blocks scanned for symbol characters that can stand between two Chinese characters.
_SYMBOL_BLOCKS = ((0x00A0, 0x3400), (0xFE30, 0xFFF0))
#: Emoji and pictographs, taken whole: one range keeps the class fast (see _char_body).
_EMOJI = range(0x1F000, 0x1FB00)
#: Unicode categories that never carry meaning between two Chinese characters.
_SYMBOL_CATEGORIES = {"Zs", "Pd", "Pc", "Sm", "Sc", "Sk", "So"}
#: Dots and bullets (category Po) that are inserted, unlike sentence punctuation.
_INSERTED_DOTS = "·•‧∙・‥⋅※"
#: Dashes that are Chinese punctuation (破折号), not inserted separators.
_PUNCTUATION_DASHES = "\u2014\u2015\u2e3a\u2e3b"
#: ASCII characters that separate CJK characters (NFKC has folded full-width ones
#: here); clause punctuation , ; : ! ? quotes and brackets are boundaries, not listed.
_ASCII_SEPARATORS = " \t#$%&*+-./<=>@\\^_`|~"
#: Han ideographs (NFKC has already folded the compatibility block).
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

#: Separators inserted inside a Latin word: "dead-beat", "dead*beat", "dead.beat".
#: Not "/", "'" or "," (real words use them), nor dashes, which stand between words.
INNER_ASCII = "-.*_~#^="
INNER = re.escape(INNER_ASCII) + "\u00b7\u2010\u2022\u2027\u2219\u30fb"
#: ... and between single letters spelled out: "d e a d", "d.e.a.d".
SPACED = INNER + " \t"
#: Lookarounds checked just after one separator: it is inside a word, with two
#: non-space characters, the nearer a letter, on each side ("dead-beat", "d3ad-b3at";
#: not "e.g." or "x-ray").
JOINED = f"(?<=[^\\s][a-z][{INNER}])(?=[a-z][^\\s])"
#: ... it follows a single letter and starts "x y z": three spelled-out letters.
SPELLED = f"(?<![0-9a-z][a-z].)(?<=[a-z][{SPACED}])(?=[a-z][{SPACED}][a-z])"


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
    leet_screen: re.Pattern[bytes]  #: the hint, looser, for the ASCII part of a text
    leet_word: re.Pattern[str]  #: a whole token that reads as a leet word
    phrases: ahocorasick.Automaton  #: homophones, pinyin and keep phrases -> Phrase
    pinyin_screen: tuple[str, ...]  #: one syllable of each pinyin key (its longest)
    converter: opencc.OpenCC  #: Traditional -> Simplified
    separator: re.Pattern[str]  #: a separator, in group joined, spelled or cjk
    #: English words of the shipped lexicons in all their forms (the inflection table
    #: ``en/_inflections.json`` beside this folder): how to read "a f u c k" or "fuuuck"
    vocabulary: frozenset[str] = frozenset()
    #: str.translate table: Latin letter with diacritics -> the plain lowercase letter
    diacritics: dict[int, str] = field(default_factory=dict)


def default_dir() -> Path:
    """The shipped ``lexicons/normalize`` folder."""
    return shipped_dir("lexicons") / "normalize"


@lru_cache(maxsize=8)
def load_tables(directory: Path) -> Tables:
    """Read and check the three data files of ``directory``."""
    lookalikes = _char_table(directory / "lookalikes.yaml")
    radicals = _radical_table(directory / "lookalikes.yaml")
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
    return Tables(
        lookalikes=str.maketrans(lookalikes),
        radicals=str.maketrans(radicals),
        radical_chars=re.compile(_char_class(radicals)),
        lookalike_chars=re.compile(_char_class(lookalikes)),
        foreign_letters=re.compile(_char_class(_foreign_letters(lookalikes))),
        leet=str.maketrans({**digits, **symbols}),
        **_leet_patterns("".join(digits), "".join(symbols), opening),
        **_phrases(directory / "homophones.yaml"),
        converter=opencc.OpenCC("t2s"),
        vocabulary=_vocabulary(directory.parent / "en" / "_inflections.json"),
        diacritics=str.maketrans(_diacritics()),
        separator=_separator_pattern(),
    )


def _diacritics() -> dict[str, str]:
    """Latin letters with diacritics -> the plain letter ("fück" reads "fuck").

    Each is one character before and after, so offsets stay one to one. Letters
    without a decomposition into an ASCII letter and marks (ß, æ, ø, đ) stay.
    """
    table: dict[str, str] = {}
    for low, high in _DIACRITIC_BLOCKS:
        for code in range(low, high):
            char = chr(code)
            base = unicodedata.normalize("NFD", char)[:1]
            if base != char and base.isascii() and base.isalpha():
                table[char] = base.lower()
    return table


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


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            data = yaml.load(stream, Loader=_YAML_LOADER)
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


def _char_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for section, value in _read(path).items():
        if section != _CJK_SECTION:
            table.update(_letter_map(path, str(section), value))
    return table


def _radical_table(path: Path) -> dict[str, str]:
    """The ``cjk`` section: one radical character -> one Han character."""
    value = _read(path).get(_CJK_SECTION) or {}
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

    ASCII text can only hold pinyin, and every spelling of a pinyin key contains that
    key's longest syllable; a few substring tests cost less than the automaton.
    """
    data = _read(path)
    automaton = ahocorasick.Automaton()
    screen: set[str] = set()

    def add(key: str, phrase: Phrase, where: str) -> None:
        if not key or automaton.exists(key):
            raise SmslintError(
                f"empty or repeated variant {key!r}", path=str(path), key_path=where
            )
        automaton.add_word(key, phrase)

    for section, whole_word in (("hanzi", False), ("pinyin", True)):
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
                    screen.add(max(variant.split(), key=len))
                keys = _spacings(variant) if whole_word else [variant]
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
    automaton.make_automaton()
    return {"phrases": automaton, "pinyin_screen": tuple(sorted(screen))}


def _spacings(pinyin: str) -> list[str]:
    """Every way to write syllables "lao lai": run together or one space apart."""
    syllables = pinyin.split()
    joins = itertools.product(("", " "), repeat=len(syllables) - 1)
    return [
        "".join(s + j for s, j in zip(syllables, (*join, ""), strict=True))
        for join in joins
    ]


def _char_body(chars: Iterable[str]) -> str:
    """The inside of a character class, consecutive code points written as ranges.

    Ranges matter for speed: ``re`` tests a class with characters beyond the BMP
    member by member, and a class of single emoji would make every search crawl.
    """
    codes = sorted({ord(ch) for ch in chars})
    body: list[str] = []
    for _, group in itertools.groupby(enumerate(codes), lambda pair: pair[1] - pair[0]):
        run = [code for _, code in group]
        low, high = _in_class(run[0]), _in_class(run[-1])
        body.append(low if len(run) == 1 else f"{low}-{high}")
    return "".join(body)


def _in_class(code: int) -> str:
    """A character written for a regex class (``re.escape`` is slow on thousands)."""
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``; with none, a class that never matches."""
    body = _char_body(chars)
    return f"[{body}]" if body else r"[^\s\S]"


def _leet_patterns(
    digits: str, symbols: str, opening: str = ""
) -> dict[str, re.Pattern[str]]:
    """The leet rules of ``leet.yaml`` as patterns.

    ``leet_word`` is the whole rule: a run of symbols (or ``opening`` digits) then two
    letters, or letters, then leet runs each followed by letters; it never ends in a
    leet character and starts with a digit only when ``opening`` lists it.
    ``leet_hint`` starts with a leet character, so a search stops only at digits and
    symbols, not at every letter. ``leet_screen`` runs on a text's ASCII characters
    alone (Chinese text has few), so it must not reject what
    the hint would find: removing characters can only bring a letter next to a leet
    character, but can put a token character before an opening symbol, so it does not
    look behind that one.
    """
    leet, symbol = _char_class(digits + symbols), _char_class(symbols + opening)
    word = f"{symbol}+[a-z]{{2,}}(?:{leet}+[a-z]+)*|[a-z]+(?:{leet}+[a-z]+)+"
    inside = f"(?<=[a-z].){leet}*(?=[a-z])"
    opens = f"(?<={symbol}){symbol}*(?=[a-z]{{2}})"
    alone = "(?<![!-~].)"
    return {
        "leet_hint": re.compile(f"{leet}(?:{inside}|{alone}{opens})"),
        "leet_screen": re.compile(f"{leet}(?:{inside}|{opens})".encode()),
        "leet_word": re.compile(word),
    }


def _foreign_letters(lookalikes: dict[str, str]) -> list[str]:
    return [
        ch
        for low, high in _FOREIGN_BLOCKS
        for ch in map(chr, range(low, high))
        if ch not in lookalikes and unicodedata.category(ch).startswith("L")
    ]


def _separator_pattern() -> re.Pattern[str]:
    """One search for every separator rule; the group that matched names the rule.

    ``joined``: one separator inside a Latin word (:data:`JOINED`). ``spelled``: the
    first separator of three or more single letters (:data:`SPELLED`); the caller
    extends the run. ``cjk``: a run of separators between two Han characters.
    The pattern starts with the union of all separator characters, so the engine stops
    only there, not at every letter, and a message costs one pass.
    """
    symbols = [
        ch
        for low, high in _SYMBOL_BLOCKS
        for ch in map(chr, range(low, high))
        if unicodedata.category(ch) in _SYMBOL_CATEGORIES
        and ch not in _PUNCTUATION_DASHES
    ]
    emoji = map(chr, _EMOJI)
    cjk = _char_body({*_ASCII_SEPARATORS, *_INSERTED_DOTS, *symbols, *emoji})
    between_han = f"(?<=[{HAN}][{cjk}])[{cjk}]*(?=[{HAN}])"
    rules = f"{JOINED}(?P<joined>)|{SPELLED}(?P<spelled>)|{between_han}(?P<cjk>)"
    return re.compile(f"[{SPACED}{cjk}](?:{rules})")
