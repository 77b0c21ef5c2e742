"""Character classes and patterns of the normalizer, built from Unicode and the tables.

What a separator, a Han character, a look-alike or a leet run is, as regex
character classes and patterns: written as code-point ranges (``re`` tests a class
beyond the BMP member by member, so ranges keep searches fast), and built from the
Unicode database (symbol categories, Greek and Cyrillic letters, Latin letters with
diacritics) or from the data files' tables (:mod:`smslint.normalize_data`). The
steps that use them are in :mod:`smslint.normalize_steps` and
:mod:`smslint.normalize_words`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from smslint.detectors.lazy_patterns import lazy

#: Latin blocks whose letters with diacritics are read as the plain letter.
_DIACRITIC_BLOCKS = ((0x00C0, 0x0250), (0x1E00, 0x1F00))


#: Greek and Cyrillic blocks: a letter there that is no look-alike marks genuine text.
_FOREIGN_BLOCKS = ((0x0370, 0x0530), (0x1C80, 0x1C90), (0x1F00, 0x2000))


#: Blocks scanned for symbol characters that can stand between two Chinese characters.
_SYMBOL_BLOCKS = ((0x00A0, 0x3400), (0xFE30, 0xFFF0))


#: Emoji and pictographs, taken whole: one range keeps the class fast (see char_body).
_EMOJI = range(0x1F000, 0x1FB00)


#: Unicode categories that never carry meaning between two Chinese characters.
_SYMBOL_CATEGORIES = {"Zs", "Pd", "Pc", "Sm", "Sc", "Sk", "So"}


#: Dots and bullets (category Po) that are inserted, unlike sentence punctuation; and
#: 丨 (U+4E28), a Han radical that no modern word uses, typed as a bar ("全丨家丨知").
_INSERTED_DOTS = "·•‧∙・‥⋅※丨"


#: Dashes that are Chinese punctuation (破折号), not inserted separators.
_PUNCTUATION_DASHES = "\u2014\u2015\u2e3a\u2e3b"


#: ASCII characters that separate CJK characters (NFKC has folded full-width ones
#: here); clause punctuation , ; : ! ? quotes and brackets are boundaries, not listed.
_ASCII_SEPARATORS = " \t#$%&*+-./<=>@\\^_`|~"


#: Han ideographs (NFKC has already folded the compatibility block).
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


#: bytes.translate table: every byte but an ASCII letter or digit becomes a space, so
#: in ASCII text so shaped and padded with a space, a whole word (one no letter or
#: digit touches) stands between spaces: how the pinyin screen sees text and keys.
WORD_SHAPE = bytes(
    code if chr(code).isascii() and chr(code).isalnum() else ord(" ")
    for code in range(256)
)


#: Separators inserted inside a Latin word: "dead-beat", "dead*beat", "dead.beat".
#: Not "/", "'" or "," (real words use them), nor dashes, which stand between words.
INNER_ASCII = "-.*_~#^="


_INNER_OTHER = "\u00b7\u2010\u2022\u2027\u2219\u30fb"
INNER = re.escape(INNER_ASCII) + _INNER_OTHER


#: ... and between single letters spelled out: "d e a d", "d.e.a.d".
SPACED = INNER + " \t"
_SPACED_CHARS = INNER_ASCII + _INNER_OTHER + " \t"


#: Lookarounds checked just after one separator: it is inside a word, with two
#: non-space characters, the nearer a letter, on each side ("dead-beat", "d3ad-b3at";
#: not "e.g." or "x-ray").
JOINED = f"(?<=[^\\s][a-z][{INNER}])(?=[a-z][^\\s])"


#: ... it follows a single letter and starts "x y z": three spelled-out letters.
SPELLED = f"(?<![0-9a-z][a-z].)(?<=[a-z][{SPACED}])(?=[a-z][{SPACED}][a-z])"

#: A whole run of three or more spelled-out letters ("f u c k", "u r a"), lowercase;
#: the text-speak step, which runs before case folding, compiles it ignoring case.
#: Spaces or symbols, not both: in "c.o.n.t.a.c.t y.o.u.r" the dots join letters and
#: the space parts words. Between single letters a slash, a bar or a plus separates
#: too ("d/e/a/d"); inside a word they stay ("and/or", "his/her").
SPELLED_RUN = (
    f"(?<![0-9a-z])[a-z](?:(?:[ \t][a-z]){{2,}}|(?:[{INNER}/|+][a-z]){{2,}})"
    "(?![0-9a-z])"
)


def diacritics_table() -> dict[str, str]:
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


def char_body(chars: Iterable[str]) -> str:
    """The inside of a character class, consecutive code points written as ranges.

    Ranges matter for speed: ``re`` tests a class with characters beyond the BMP
    member by member, and a class of single emoji would make every search crawl.
    """
    codes = sorted(set(map(ord, chars)))
    if not codes:
        return ""
    body: list[str] = []
    # runs of consecutive code points: where a code point is not its predecessor + 1
    starts = [i for i in range(len(codes)) if not i or codes[i] != codes[i - 1] + 1]
    for first, after in zip(starts, [*starts[1:], len(codes)], strict=True):
        low, high = _in_class(codes[first]), _in_class(codes[after - 1])
        body.append(low if after - first == 1 else f"{low}-{high}")
    return "".join(body)


def _in_class(code: int) -> str:
    """A character written for a regex class (``re.escape`` is slow on thousands)."""
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``; with none, a class that never matches.

    ``re`` tests a class with characters beyond the BMP member by member: searching
    one of a score of emoji costs ~30 ns a character of text. When those characters
    are not one range, the class is written as its BMP members and one range spanning
    the others, tested at once, with the exact class as a look-behind on the one
    character that passes (five times faster on text without them).
    """
    chars = set(chars)
    body = char_body(chars)
    if not body:
        return r"[^\s\S]"
    beyond = sorted(ch for ch in chars if ch > "\uffff")
    if not beyond or len(beyond) == ord(beyond[-1]) - ord(beyond[0]) + 1:
        return f"[{body}]"
    within = char_body(ch for ch in chars if ch <= "\uffff")
    return f"(?:[{within}{beyond[0]}-{beyond[-1]}](?<=[{body}]))"


def any_of(words: Iterable[str]) -> str:
    """A pattern that finds whether any of ``words`` occurs in a text, not which (a
    word with another as its prefix is left out): a screen before an automaton.

    The words are written as a trie: ``re`` tries an alternation's branches one by
    one, so a prefix they share is read once, and it skips to the characters a word
    starts with. On text with none of them that takes half the time of the
    automaton, which looks each character up among the root's children one by one
    (~1 µs against ~2 on a Chinese message); compiling it takes ~2 ms, so it is
    compiled on first use.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # this word is enough
        return "(?:{})".format(
            "|".join(re.escape(char) + branches(node[char]) for char in sorted(node))
        )

    return branches(tree) if tree else r"[^\s\S]"


def leet_patterns(digits: str, symbols: str, opening: str = "") -> dict[str, Any]:
    """The leet rules of ``leet.yaml`` as patterns.

    ``leet_word`` is the whole rule: a run of symbols (or ``opening`` digits) then two
    letters, or letters, then leet runs each followed by letters. It starts with a
    digit only when ``opening`` lists it, and ends in a leet run, or starts with any,
    only when another leet run stands between its letters ("4ssh0le", "$h!t",
    "wh3r3", "l1v3"): a digit at one end alone is a number's ("3rd", "mp3").
    ``leet_hint`` starts with a leet character, so a search stops only at digits and
    symbols, not at every letter. Every hint ends with a leet character right before
    a letter ``a-z``, so ``leet_shape`` screens a text first: its UTF-8 bytes
    translated by it read ``La`` where a leet character precedes a letter (leet
    characters are ASCII; the bytes of other characters become spaces). That one
    C-speed substring test dismisses most texts, which have digits but no leet.
    """
    leet, symbol = char_class(digits + symbols), char_class(symbols + opening)
    word = (
        f"{symbol}+[a-z]{{2,}}(?:{leet}+[a-z]+)*"
        # any leet run may open or close a word that has another run between letters:
        # "4ssh0le", "$h!t", "wh3r3"; "4th", "3rd", "$5", "10am" and "mp3" have none
        f"|{leet}*[a-z]+(?:{leet}+[a-z]+)+{leet}*"
    )
    inside = f"(?<=[a-z].){leet}*(?=[a-z])"
    opens = f"(?<={symbol}){symbol}*(?=[a-z]{{2}})"
    alone = "(?<![!-~].)"
    shape = bytes(
        ord("L")
        if chr(code) in digits + symbols
        else ord("a")
        if "a" <= chr(code) <= "z"
        else ord(" ")
        for code in range(256)
    )
    spelled = spelled_leet_run(digits + symbols)
    return {
        "leet_hint": lazy(f"{leet}(?:{inside}|{alone}{opens})"),
        "leet_shape": shape,
        "leet_word": lazy(word),
        "spelled_leet": lazy(spelled),
        "spelled_leet_any_case": lazy(spelled, re.IGNORECASE),
    }


#: Sentence punctuation that a leet table may also list ("!" for "i"): after a run
#: of spelled-out characters it ends the sentence ("s h 1 t!", "b 0 $ $ !").
_CLOSING = ".,;:!?\"')]}>"


def spelled_leet_run(leet_chars: str) -> str:
    """Like :data:`SPELLED_RUN`, three or more single characters spelled out, but each
    a letter or one of ``leet_chars`` ("b 0 $ $", "d 3 a d b 3 a t", "$.h.1.t").

    The run is as long as it goes: no letter, digit or leet character touches either
    end. A leet character that is sentence punctuation (:data:`_CLOSING`) may follow
    the last one, and is never the last one itself: "s h 1 t!" and "b 0 $ $ !" end
    before the "!". Whether the run is a word is not the pattern's to say: see
    :func:`smslint.normalize_textspeak.leet_spelled`.
    """
    chars = "".join(ch for ch in leet_chars if ch not in _SPACED_CHARS)
    closing = "".join(ch for ch in chars if ch in _CLOSING)
    body, last = char_body(chars), char_body(ch for ch in chars if ch not in closing)
    element = f"[a-z{body}]"
    ends = (
        f"(?![0-9a-z]|{char_class(ch for ch in chars if ch not in closing)}"
        f"|{char_class(closing)}+[0-9a-z{body}])"
    )
    return (
        f"(?<![0-9a-z{body}]){element}(?:[{SPACED}]{element})+[{SPACED}][a-z{last}]"
        f"{ends}"
    )


def foreign_letters(lookalikes: dict[str, str]) -> list[str]:
    return [
        ch
        for low, high in _FOREIGN_BLOCKS
        for ch in map(chr, range(low, high))
        if ch not in lookalikes and unicodedata.category(ch).startswith("L")
    ]


def separator_pattern() -> re.Pattern[str]:
    """One search for every separator rule; the group that matched names the rule.

    ``joined``: one separator inside a Latin word (:data:`JOINED`). ``spelled``: the
    first separator of three or more single letters (:data:`SPELLED`); the caller
    extends the run. ``cjk``: a run of separators between two Han characters.
    The pattern starts with the union of all separator characters, so the engine stops
    only there, not at every letter, and a message costs one pass.
    """
    return re.compile(separator_source())


def separator_source() -> str:
    """The text of :func:`separator_pattern` (writing it costs ~5 ms)."""
    symbols = [
        ch
        for low, high in _SYMBOL_BLOCKS
        for ch in map(chr, range(low, high))
        if unicodedata.category(ch) in _SYMBOL_CATEGORIES
        and ch not in _PUNCTUATION_DASHES
    ]
    separators = {*_ASCII_SEPARATORS, *_INSERTED_DOTS, *symbols, *map(chr, _EMOJI)}
    cjk = char_body(separators)
    # the run between Han characters starts at the separator the pattern has just
    # read; when every separator of the other rules is one of the Chinese ones too,
    # that one is known to be a Chinese separator, and the look-behind need not
    # test it again (one big class fewer to compile: ~5 ms at start-up)
    spaced = {*INNER_ASCII, *_INNER_OTHER, " ", "\t"}
    before = "." if spaced <= separators else f"[{cjk}]"
    between_han = f"(?<=[{HAN}]{before})[{cjk}]*(?=[{HAN}])"
    rules = f"{JOINED}(?P<joined>)|{SPELLED}(?P<spelled>)|{between_han}(?P<cjk>)"
    return f"[{SPACED}{cjk}](?:{rules})"
