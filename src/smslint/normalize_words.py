"""The word-level steps of :mod:`smslint.normalize`, driven by its data tables.

Same contract as :mod:`smslint.normalize_steps`: a step gets the tables and the text so
far (in that order, so a positional ``partial`` binds the tables) and returns ``None``,
a same-length ``str`` or sorted, disjoint ``(start, end, replacement)`` edits.
Latin rules run on case-folded text, so they only look at ``a-z``.
"""

from __future__ import annotations

from smslint.detectors.lazy_patterns import lazy, lazy_bytes
from smslint.normalize_data import Tables
from smslint.normalize_patterns import (
    HAN,
    INNER,
    INNER_ASCII,
    JOINED,
    SPELLED_RUN,
    WORD_SHAPE,
)
from smslint.normalize_steps import Edits
from smslint.normalize_textspeak import leet_spelled, words_apart

#: Byte tables that sketch an ASCII text for a quick screen before any regex runs:
#: letter -> a, digit -> 0, inner separator -> "-", space -> " ", anything else -> #.
_SHAPE = bytes(
    ord("a" if chr(code).islower() else "0" if chr(code).isdigit() else "-")
    if chr(code) in f"abcdefghijklmnopqrstuvwxyz0123456789{INNER_ASCII}"
    else ord(" " if chr(code) in " \t" else "#")
    for code in range(256)
)
#: ... and the same with every non-alphanumeric a space, to see isolated letters.
_BLANKS = bytes.maketrans(b"-#", b"  ")
#: In ASCII text, only the Latin separator rules apply; this pattern stops only at
#: inner separators, where the all-rules pattern would stop at every space.
_JOINED = lazy(f"[{INNER}]{JOINED}")
#: Three or more single letters with one separator between each: "d e a d".
_SPELLED = lazy(SPELLED_RUN)
_HAN = lazy(f"[{HAN}]")
#: a letter three or more times in a row, and a word that has such a run
_REPEAT = lazy(r"([a-z])\1{2,}")
_REPEAT_SCREEN = lazy_bytes(rb"([a-z])\1\1")  # on the ASCII bytes: faster
_REPEATED_WORD = lazy(r"[a-z]*(?:([a-z])\1{2,}[a-z]*)+")
#: a letter with diacritics, and a lower-case Latin word with one
_ACCENTED = lazy("[\u00e0-\u024f\u1e00-\u1eff]")
_ACCENTED_WORD = lazy(
    "(?<![a-z\u00df-\u024f\u1e00-\u1eff])[a-z\u00df-\u024f\u1e00-\u1eff]*"
    "[\u00e0-\u024f\u1e00-\u1eff][a-z\u00df-\u024f\u1e00-\u1eff]*"
)
#: masking symbols between letters
_MASKS = lazy(r"(?<=[a-z])[#%*]+(?=[a-z])")
_HAN_RUN = lazy(f"[{HAN}]+")
#: A word for the look-alike rule: letters of Latin, Greek and Cyrillic, marks, digits.
_SCRIPT_WORD = lazy(
    "[0-9A-Za-z\u00c0-\u02af\u0300-\u052f\u1c80-\u1c8f\u1d00-\u1dbf\u1e00-\u1fff"
    "\u2c60-\u2c7f\ua640-\ua69f\ua720-\ua7ff\uab30-\uab6f]+"
)
_LATIN_LETTER = lazy("[A-Za-z\u00c0-\u024f]")
#: what pinyin must not touch: a letter, or a digit of a code such as "P6728SB"
_LATIN_ALNUM = lazy("[0-9A-Za-z\u00c0-\u024f]")

#: Punctuation stripped from the ends of a token before the leet rules judge it. "!"
#: opens no word: after a Chinese character it is a folded "！", not an "i".
_OPENERS = "\"'([{<!?.,;:"
_CLOSERS = ".,;:!?\"')]}>"
_TOKEN_END = lazy("[^!-~]|\\Z")


def map_lookalikes(tables: Tables, text: str) -> str | None:
    """Cyrillic, Greek and odd Latin letters that look like a Latin letter become it,
    and CJK radicals that look like a whole character become that character.

    If the message has a Greek or Cyrillic letter that is no look-alike, it is genuine
    Greek or Cyrillic text: then only words that also hold a Latin letter are mapped
    ("dеаdbеаt" in a Russian message, but not "нет"). Otherwise every look-alike is
    mapped, since the message is Latin in disguise ("рау" with Cyrillic р, а, у).
    """
    if text.isascii():
        return None
    if tables.radical_chars.search(text):  # "上⻔": a radical drawn as a character
        mapped = text.translate(tables.radicals)
        return map_lookalikes(tables, mapped) or mapped
    if not tables.lookalike_chars.search(text):
        return None
    if not tables.foreign_letters.search(text):
        return text.translate(tables.lookalikes)
    parts: list[str] = []
    done = 0
    for match in _SCRIPT_WORD.finditer(text):
        word = match.group()
        if _LATIN_LETTER.search(word) and tables.lookalike_chars.search(word):
            parts += (text[done : match.start()], word.translate(tables.lookalikes))
            done = match.end()
    return "".join([*parts, text[done:]]) if parts else None


def remove_separators(tables: Tables, text: str) -> Edits | None:
    """Drop separators inside a Latin word and between Chinese characters.

    Between Chinese characters a run of spaces and symbols goes ("老 赖", "曝-光",
    "报*警"); clause punctuation (，。！？；：、, quotes, brackets), line breaks,
    the 破折号 dash and an ellipsis are boundaries and stay: "报警，察觉" keeps its
    comma.

    Single characters spelled out are joined when they are letters ("d e a d"; not
    one-letter words side by side, :func:`words_apart`), or letters and leet
    characters that read a word of the lexicons (:func:`leet_spelled`: "b 0 $ $",
    "d 3 a d b 3 a t"). Those leet characters are read here, each as its letter, one
    character for one: the leet step judges a token by its shape, and "b0$$" would
    not pass ("b0$$" typed so is left alone, and "$ 5 0 0" stays an amount).
    """
    cuts: list[int] = []  # single separators inside Latin words
    edits: Edits = []  # runs between Chinese characters
    read: Edits = []  # leet characters of a word spelled out, each its letter
    if text.isascii():  # a sketch of the text shows which Latin rule can apply
        shape = text.encode().translate(_SHAPE)
        if b"a-a" in shape:
            cuts += [match.start() for match in _JOINED.finditer(text)]
        # two isolated letters in a row; a needle ending in a space searches fastest
        spelled = b" a a " in b" " + shape.translate(_BLANKS)
    else:
        spelled = False
        for match in tables.separator.finditer(text):
            if match.lastgroup == "joined":
                cuts.append(match.start())
            elif match.lastgroup == "spelled":
                spelled = True
            elif ".." not in match.group():
                edits.append((match.start(), match.end(), ""))
    leet = leet_spelled(tables, text)
    if spelled:
        for match in _SPELLED.finditer(text):
            if any(a < match.end() and match.start() < b for a, b, _, _ in leet):
                continue  # part of a word with leet in it: decided below
            letters = match.group()[::2]
            if words_apart(tables.vocabulary, letters):
                continue  # "u r a fraud" is "you are a fraud", not "ura fraud"
            start = match.start()
            if _article_apart(tables, letters):
                start += 2  # "a d.e.a.d.b.e.a.t": the article stays a word
            cuts += range(start + 1, match.end(), 2)
    for _, _, start, end in leet:
        if any(start < cut_end and cut_start < end for cut_start, cut_end, _ in edits):
            continue  # never across a run between Chinese characters
        cuts += range(start + 1, end, 2)
        read += [
            (at, at + 1, letter)
            for at in range(start, end, 2)
            if (letter := text[at].translate(tables.leet)) != text[at]
        ]
    edits += read
    if not cuts:
        return edits or None
    edits += [(cut, cut + 1, "") for cut in set(cuts)]
    return sorted(edits)


def _article_apart(tables: Tables, letters: str) -> bool:
    """Whether spelled-out ``letters`` begin with the word "a" or "i" on its own.

    "a f u c k i n g" is "a fucking", "a s s h o l e" is "asshole": the English
    forms of the lexicons decide, and with neither known the letters stay together.
    """
    return (
        letters[0] in "ai"
        and len(letters) > 3
        and letters not in tables.vocabulary
        and letters[1:] in tables.vocabulary
    )


def collapse_repeats(tables: Tables, text: str) -> Edits | None:
    """Letters held down ("fuuuuck", "shiiiit", "asssss") read once or twice.

    English has no letter three times in a row. A run of three or more becomes one or
    two, whichever makes a word the lexicons know (one first: "fuck" before "fuuck",
    which a lexicon may list too), else two.
    """
    if not _REPEAT_SCREEN.search(text.encode("ascii", "ignore")):
        return None
    edits: Edits = []
    for word in _REPEATED_WORD.finditer(text):
        runs = list(_REPEAT.finditer(word.group()))
        keep = next(
            (n for n in (1, 2) if _read_with(word.group(), n) in tables.vocabulary), 2
        )
        base = word.start()
        edits.extend(
            (base + run.start(), base + run.end(), run.group(1) * keep) for run in runs
        )
    return edits or None


def plain_letters(tables: Tables, text: str) -> str | None:
    """A word with diacritics that is a lexicon word without them reads without them.

    "fück" and "årrest" become "fuck" and "arrest"; "café" and "niño", no words of the
    lexicons, stay as written. One character for one, so offsets stay.
    """
    if text.isascii() or not _ACCENTED.search(text):
        return None
    parts: list[str] = []
    done = 0
    for match in _ACCENTED_WORD.finditer(text):
        plain = match.group().translate(tables.diacritics)
        if plain != match.group() and plain in tables.vocabulary:
            parts += (text[done : match.start()], plain)
            done = match.end()
    return "".join([*parts, text[done:]]) if parts else None


def _read_with(word: str, times: int) -> str:
    """``word`` with each run of one letter three or more long cut to ``times``."""
    return _REPEAT.sub(lambda run: run.group(1) * times, word)


def mask_symbols(text: str) -> str | None:
    """Symbols that mask letters inside a word ("f#ck", "f%ck") are read as "*".

    Lexicons list masked spellings with "*" (``f*ck``, ``sh*t``); one character for
    one, so offsets stay. Only between Latin letters: "#5520", "50%" stay.
    """
    if "#" not in text and "%" not in text:
        return None
    masked = _MASKS.sub(lambda run: "*" * len(run.group()), text)
    return masked if masked != text else None


def undo_leet(tables: Tables, text: str) -> str | None:
    """Read digits and symbols typed for letters: "d3adb3at" -> "deadbeat".

    A token (a run of printable ASCII) is judged as a whole, end punctuation aside:
    it must be letters and leet characters, with every run of leet characters between
    letters, or (symbols only) opening it before two letters; see ``leet.yaml``. So
    "$500", "HK$1,200", "3.5%", "555-1234", "2nd", "10am", "mp3" and "wow!" stay.
    A hint pattern finds leet runs next to letters; only their tokens are examined.
    """
    shape = text.encode("utf-8", "surrogatepass").translate(tables.leet_shape)
    if b"La" not in shape:
        return None  # no leet character before a letter: no hint can match
    parts: list[str] = []
    done = floor = 0  # copied up to / tokens examined up to
    for hit in tables.leet_hint.finditer(text):
        if hit.start() < floor:
            continue  # another run in a token already examined
        start = hit.start()
        while start > floor and "!" <= text[start - 1] <= "~":
            start -= 1
        floor = _TOKEN_END.search(text, hit.end()).start()  # type: ignore[union-attr]
        token = text[start:floor]
        core = token.lstrip(_OPENERS)
        start += len(token) - len(core)
        core = core.rstrip(_CLOSERS)
        if tables.leet_word.fullmatch(core):
            parts += (text[done:start], core.translate(tables.leet))
            done = start + len(core)
    return "".join([*parts, text[done:]]) if parts else None


def to_simplified(tables: Tables, text: str) -> str | Edits | None:
    """Traditional -> Simplified with OpenCC ``t2s``.

    Every text with a Han character goes to OpenCC: its phrases change characters
    that do not change alone (反覆 -> 反复), so no cheaper test can tell Simplified text
    apart. OpenCC converts by phrase, so when the output has another length its
    characters no longer line up with the input; then each run of Han characters is
    converted alone, and character by character when even the run changes length.
    """
    if text.isascii() or not _HAN.search(text):
        return None
    converted = tables.converter.convert(text)
    if converted == text:
        return None
    if len(converted) == len(text):
        return converted
    edits: Edits = []
    for match in _HAN_RUN.finditer(text):
        run, base = match.group(), match.start()
        simple = tables.converter.convert(run)
        if len(simple) == len(run):
            pairs = zip(run, simple, strict=True)
        else:
            pairs = ((char, tables.converter.convert(char)) for char in run)
        edits.extend(
            (base + offset, base + offset + 1, new)
            for offset, (old, new) in enumerate(pairs)
            if new != old
        )
    return edits or None


def replace_phrases(tables: Tables, text: str) -> Edits | None:
    """Homophones and pinyin to the canonical word, leftmost-longest, no overlaps.

    Pinyin counts only as a whole Latin word: "laolai" and "lao lai", not "galaolai",
    nor inside a code of letters and digits ("P6728SB" in a payment link).
    """
    if not len(tables.phrases):
        return None
    if text.isascii():
        screen = tables.pinyin_screen
        shaped = f" {text.encode().translate(WORD_SHAPE).decode()} "
        if not len(screen) or next(screen.iter(shaped), None) is None:
            return None  # no pinyin key stands whole: none can match
    edits: Edits = []
    for last, phrase in tables.phrases.iter_long(text):
        start, end = last + 1 - phrase.length, last + 1
        if phrase.replacement == text[start:end]:
            continue  # a keep phrase, or a variant already canonical
        if phrase.whole_word and (
            (start and _LATIN_ALNUM.match(text, start - 1))
            or _LATIN_ALNUM.match(text, end)
        ):
            continue
        edits.append((start, end, phrase.replacement))
    return edits or None


def read_dialect(tables: Tables, text: str) -> Edits | None:
    """Cantonese and Hokkien words read as Mandarin (``dialect.yaml``),
    leftmost-longest, no overlaps, after the homophones: "我哋會搵你" reads
    "我们会找你"."""
    if tables.dialect is None or not len(tables.dialect) or text.isascii():
        return None
    if tables.dialect_screen is not None and not tables.dialect_screen.search(text):
        return None  # no key occurs: the automaton would find none, and slower
    edits: Edits = []
    for last, phrase in tables.dialect.iter_long(text):
        start, end = last + 1 - phrase.length, last + 1
        if phrase.replacement != text[start:end]:  # not a keep phrase
            edits.append((start, end, phrase.replacement))
    return edits or None
