"""Undo disguise once, keeping a map back to the original columns (DESIGN decision 4).

Collectors dodge keyword filters with full-width letters, zero-width characters,
separators inside words ("老 赖", "dead-beat"), Traditional characters, look-alike
letters ("dеаdbеаt" with Cyrillic е, а), leetspeak ("d3adb3at"), homophones or
pinyin ("抱井", "laolai"), text-speak ("u r a fraud") and emoji for a character
("草泥🐴"). :class:`Normalizer` turns a message into one clean text that
every detector searches; :meth:`Normalized.span` maps a match there back to the exact
original columns.

The pipeline, in this order, and why the order:

1. **Invisibles** (zero-width, soft hyphen, BOM, bidi marks, variation selectors) are
   dropped, controls become a space, lone surrogates U+FFFD. First, because they split
   the words and clusters that every later step looks at, and NFKC keeps them.
2. **NFKC**, per cluster: full-width, circled, math and ligature forms become the plain
   letters and digits that the later tables are written for.
3. **Look-alike letters** to Latin, *before* case folding: the table is case-sensitive,
   because Greek "Η" looks like "H" but "η" like "n", which folding would merge.
   CJK radicals drawn as a whole character become it ("上⻔"), and letters in black
   circles or squares the letter ("🅰🆁🆁🅴🆂🆃"), which NFKC leaves.
4. **Text-speak** read as English words ("u r" -> "you are", "ur bill" -> "your bill",
   "2moro" -> "tomorrow": ``textspeak.yaml``, :mod:`smslint.normalize_textspeak`),
   *before* case folding, because case tells a label from text-speak: "Plan B", "seat
   B4" stay, "will b", "pay b4 fri" are read. Before the separators too: a one-letter
   word the joiner of spelled-out letters would join ("b u r n", "f u c k") is left
   to it, and the letters it keeps apart as words ("u r a", "y r u") are read here;
   both decide with the same test. Before leet, which would read "l8r" as "lbr".
5. **Case folding**, so every later rule and table is lowercase; then a word with
   diacritics that the lexicons know without them loses them ("fück"; "café" stays).
6. **Emoji typed for a character or a syllable** inside a word ("草泥🐴", "辣🐔", "f🦆",
   "bull💩": ``emoji.yaml``, :mod:`smslint.normalize_emoji`), only where the reading
   makes a word of the lexicons; *before* the separators, which drop an emoji between
   two Chinese characters ("你🐴的" would read "你的").
7. **Separators** inside Latin words and between Chinese characters, *before* leet: a
   token is judged for leet as a whole, so "d3ad-b3at" must first become "d3adb3at". It
   comes after look-alikes (its Latin rules see only ``a-z``) and NFKC (the full-width
   space and symbols are folded by then), and before OpenCC, which converts by phrase
   and needs the phrase in one piece.
   Masking symbols between letters are read as ``*`` first ("f#ck" is "f*ck", the
   spelling lexicons use), and spelled-out letters keep a leading "a" or "i" apart
   when the rest, not the whole, is a word of the lexicons ("a f u c k i n g").
   One-letter words of text-speak stay words ("u r a", "y r u") unless together they
   spell a word of the lexicons ("b u r n"); step 4, with the same test, has read most
   of them by then (not labels: "Plan A B C" stays apart and as typed).
   Letters spelled out with leet characters among them ("b 0 $ $", "d 3 a d b 3 a t",
   "$ h 1 t") are joined, and their leet read here, only when they read a word of the
   lexicons, one-letter words around it kept apart ("u r a d 3 a d b 3 a t"): a run
   without a letter ("$ 5 0 0", "1 2 3 4"), with three digits in a row, or reading
   no such word ("A 1 B 2") stays as typed.
8. **Leetspeak**, conservatively (``leet.yaml`` says when), then letters held down
   ("fuuuuck") read once or twice, whichever the lexicons know.
9. **Traditional -> Simplified** (OpenCC ``t2s``), so one Simplified table serves both.
10. **Homophones and pinyin**, since their keys are Simplified, lowercase, joined
    and free of leet: "la0 lai" and "抱-井" are caught too.
11. **Cantonese and Hokkien words read as Mandarin** (``dialect.yaml``:
    "我哋會搵你屋企人" -> "我们会找你家人", "阮會去恁兜揣你" -> "我们会去你家找你"),
    last, so every Mandarin lexicon entry matches dialect phrasing. The reading
    before this step stays available (:meth:`Normalized.without_dialect`): lexicon
    phrases are keyed in it, so an entry written in dialect keeps its exact words
    (Cantonese 俾 "give" read as Mandarin 给 would make "发俾你屋企人" match any
    给…家人), and a message with dialect words is matched in both readings
    (:mod:`smslint.checks.lexicon`). The message model reads it too: it was trained
    on it.

Offsets: a step that keeps the length (case folding, look-alikes, leet, OpenCC) leaves
them alone; a step that changes it leaves a :class:`Layer`, its list of edits. A span
of the normalized text is mapped back layer by layer, each a binary search, so the cost
falls on the few spans detectors report, not on every message. Each step starts with a
cheap test (ASCII only, one anchored regex search), so clean text skips it; every step
is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from smslint.normalize_data import default_dir, load_tables
from smslint.normalize_emoji import read_emoji
from smslint.normalize_steps import Edits, fold_case, fold_width, strip_invisibles
from smslint.normalize_textspeak import read_textspeak
from smslint.normalize_words import (
    collapse_repeats,
    map_lookalikes,
    mask_symbols,
    plain_letters,
    read_dialect,
    remove_separators,
    replace_phrases,
    to_simplified,
    undo_leet,
)

Step = Callable[[str], "str | Edits | None"]

_LIGHT_STEPS: tuple[Step, ...] = (strip_invisibles, fold_width, fold_case)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and the way back to the original."""

    original: str
    text: str
    #: the edits of each step that changed the length, oldest first (none: identity)
    layers: tuple[Layer, ...] = field(default=(), repr=False, compare=False)
    #: the text before dialect words were read as Mandarin, when that step changed it
    before_dialect: str | None = field(default=None, repr=False, compare=False)
    #: how many of ``layers`` precede the dialect reading
    layers_before_dialect: int = field(default=0, repr=False, compare=False)

    @property
    def plain_text(self) -> str:
        """All steps but the dialect reading: what lexicon phrases are keyed in, and
        what the message model reads, as it was trained (corpora/models/train.py)."""
        return self.text if self.before_dialect is None else self.before_dialect

    def without_dialect(self) -> Normalized:
        """All steps but the dialect reading (itself, when that changed nothing): the
        reading the lexicons' phrases are keyed in."""
        if self.before_dialect is None:
            return self
        layers = self.layers[: self.layers_before_dialect]
        return Normalized(self.original, self.before_dialect, layers)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering exactly the source of ``text[start:end]``.

        An empty span maps to the original position just before the character at
        ``start`` (or after the last one, at the end of the text).
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside 0:{len(self.text)}")
        if not self.layers:
            return start, end
        if start == end:
            if start < len(self.text):
                position = self.span(start, start + 1)[0]
            else:
                position = self.span(start - 1, start)[1] if start else 0
            return position, position
        for layer in reversed(self.layers):
            start, end = layer.source(start)[0], layer.source(end - 1)[1]
        return start, end


class Layer:
    """The offset map of one step that changed the length: its edits, kept as they are.

    Mapping back is a binary search, done only for the few spans a detector asks
    about, so normalizing a message never builds per-character arrays.
    """

    __slots__ = ("edits", "outputs")

    def __init__(self, edits: Edits) -> None:
        self.edits = edits
        #: where each edit's replacement starts in the step's output
        self.outputs: list[int] = []
        shift = 0
        for start, end, new in edits:
            self.outputs.append(start + shift)
            shift += len(new) - (end - start)

    def source(self, position: int) -> tuple[int, int]:
        """The input ``[start, end)`` that output character ``position`` stems from.

        A character of a replacement stems from the whole replaced source; any other
        character from the one input character it was copied from.
        """
        index = bisect_right(self.outputs, position) - 1
        if index < 0:
            return position, position + 1
        start, end, new = self.edits[index]
        offset = position - self.outputs[index]
        if offset < len(new):
            return start, end
        copied = end + offset - len(new)
        return copied, copied + 1


class Normalizer:
    """The full pipeline with its data loaded; build one per run and call it per text.

    ``data_dir`` holds ``lookalikes.yaml``, ``leet.yaml`` and ``homophones.yaml``, and
    may hold ``textspeak.yaml``, ``emoji.yaml`` and ``dialect.yaml`` (default: the
    shipped ``lexicons/normalize``). Loading is memoized per folder, so a
    second normalizer for the same folder is cheap. Lexicon terms should go through the
    same normalizer as the messages, so both sides are in the same form ("non-payment"
    becomes "nonpayment", "報警" becomes "报警"). A normalizer pickles as its folder,
    so a process pool can ship one to its workers, which load the data themselves.
    """

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir
        tables = load_tables(data_dir if data_dir is not None else default_dir())
        self._steps: tuple[Step, ...] = (
            strip_invisibles,
            fold_width,
            partial(map_lookalikes, tables),
            partial(read_textspeak, tables),
            fold_case,
            partial(plain_letters, tables),
            mask_symbols,
            partial(read_emoji, tables),
            partial(remove_separators, tables),
            partial(undo_leet, tables),
            partial(collapse_repeats, tables),
            partial(to_simplified, tables),
            partial(replace_phrases, tables),
        )
        self._dialect: Step | None = None
        if tables.dialect is not None:
            self._dialect = partial(read_dialect, tables)

    def __call__(self, text: str) -> Normalized:
        return _run(text, self._steps, self._dialect)

    def __reduce__(self) -> tuple[type[Normalizer], tuple[Path | None]]:
        return Normalizer, (self._data_dir,)


def normalize(text: str, normalizer: Normalizer | None = None) -> Normalized:
    """The full pipeline. Pass a normalizer built once when normalizing many texts."""
    return (normalizer if normalizer is not None else Normalizer())(text)


def fold_light(text: str) -> Normalized:
    """Only invisibles, NFKC width folding and case folding: digits and symbols stay.

    For detectors where every digit matters (phone numbers, card numbers, amounts).
    """
    return _run(text, _LIGHT_STEPS)


def _run(
    original: str, steps: Sequence[Step], dialect: Step | None = None
) -> Normalized:
    """Run ``steps``, then ``dialect``, whose input is kept when it changes it."""
    text = original
    layers: list[Layer] = []
    before_dialect = None
    layers_before_dialect = 0
    for step in (*steps, dialect) if dialect is not None else steps:
        result = step(text)
        if result is None:
            continue
        if step is dialect:
            before_dialect, layers_before_dialect = text, len(layers)
        if isinstance(result, str):
            text = result  # one to one: offsets unchanged
            continue
        if any(end - start != 1 or len(new) != 1 for start, end, new in result):
            layers.append(Layer(result))
        text = _splice_text(text, result)
    return Normalized(
        original, text, tuple(layers), before_dialect, layers_before_dialect
    )


def _splice_text(text: str, edits: Edits) -> str:
    parts: list[str] = []
    done = 0
    for start, end, new in edits:
        parts += (text[done:start], new)
        done = end
    parts.append(text[done:])
    return "".join(parts)
