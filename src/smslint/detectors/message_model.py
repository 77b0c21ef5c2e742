"""A small linear model of what a whole message says: the lexicons' second opinion.

Phrase lists reach 1.0 on the messages they were tuned on and much less on blind ones:
veiled wording is open-ended, and so are the innocent senses of the words abusive
messages use. A linear model over the character and word n-grams of the whole
(normalized) message weighs every part of it at once, so it knows that "police" in a
scam warning, or "visit" in a visit the customer asked for, reads unlike a threat.
Measured on blind held-out sets (``corpora/models/README.md``): asked to confirm the
lexicons' findings, it removes most false positives on honest messages; asked on its
own (kind ``learned``), it finds part of the veiled wording the lexicons miss.

The model is data: ``corpora/models/message-model.json``, written by
``corpora/models/train.py`` (which needs scikit-learn; smslint does not) from the
labelled sets we may tune on. Scoring here is pure Python and exact: the features
below are the ones the trainer fits on, so a message scores here as it did there.

Features of a normalized text (:func:`features`): character 1-4-grams inside each
whitespace-separated token padded with one space on each side, and word 1-2-grams
(``\\w+`` tokens). Each gram weighs ``count * idf / sqrt(n)``, where ``n`` is the
number of grams of its block in the message, known to the model or not.

That weighting is chosen for speed as much as for quality: per block, a message's
score is then a sum over its tokens divided by the root of a count its lengths give.
Every gram's share is computed when the model is built (and cached with it), and every
token's share is remembered, so a token the model has met before costs one lookup.
(Unit length vectors, as scikit-learn's ``TfidfVectorizer`` makes, cost several times
more per message and fitted the training sets less well in cross-validation.)
"""

from __future__ import annotations

import base64
import json
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, repeat
from operator import add, lshift, mul, truediv
from pathlib import Path
from typing import Any

#: the shipped model's file name in the ``models`` data folder
MODEL_FILE = "message-model.json"
#: bumped whenever :func:`features` or :func:`weighted` change: a model of another
#: version is refused
FEATURE_VERSION = 2
CHAR_SIZES = (1, 2, 3, 4)
#: the two feature blocks, each weighted on its own (:func:`weighted`)
CHAR, WORD = "c", "w"
#: tokens and char windows whose share a model remembers
_TOKENS_REMEMBERED = 20_000
_WINDOWS_REMEMBERED = 50_000
#: the longest char gram: a token's char grams are the prefixes of its windows
_WINDOW = CHAR_SIZES[-1]
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
#: each ASCII byte, or a space where it is no ``\w`` character (see :func:`_words`)
_ASCII_WORDS = bytes(b if chr(b).isalnum() or b == 0x5F else 0x20 for b in range(128))
_ASCII_WORDS += bytes(128)  # never read: the table must have 256 entries


def features(text: str) -> dict[str, Counter[str]]:
    """Raw n-gram counts of a normalized text, per block (keys are the grams)."""
    chars = chain.from_iterable(map(_char_grams, text.split()))
    words = _WORD.findall(text)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return {CHAR: Counter(chars), WORD: Counter(words + pairs)}


def _char_grams(token: str) -> list[str]:
    """A token's characters (the padding alone says nothing) and its 2-4-grams
    padded with one space on each side."""
    grams = list(token)
    padded = f" {token} "
    size = len(padded)
    for n in CHAR_SIZES[1:]:
        grams += [padded[i : i + n] for i in range(size - n + 1)]
    return grams


def weighted(
    counts: Mapping[str, Counter[str]], idf: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    """Each block's known grams weighted ``count * idf / sqrt(n)`` (see the module)."""
    vectors: dict[str, dict[str, float]] = {}
    for block, grams in counts.items():
        known = idf[block]
        size = math.sqrt(sum(grams.values()))
        vectors[block] = {
            gram: count * known[gram] / size
            for gram, count in grams.items()
            if gram in known
        }
    return vectors


@dataclass(frozen=True)
class Opinion:
    """The model's probability that a message is a violation, and of which kind."""

    #: the highest probability of any category
    probability: float
    #: that category
    category: str


class MessageModel:
    """One logistic regression per category over :func:`features`; see the module.

    The file keeps each block's grams as one string (``\\0``-separated) and the idf
    and weights as base64 float32 arrays in gram order: it loads in milliseconds,
    where a JSON number per weight took a tenth of a second, on every commit.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"message model has feature version {data.get('feature_version')!r},"
                f" this smslint reads {FEATURE_VERSION}: retrain it"
                " (corpora/models/train.py)"
            )
        self.categories: tuple[str, ...] = tuple(data["categories"])
        self.trained_on: Mapping[str, Any] = data["trained_on"]
        self._intercepts: tuple[float, ...] = tuple(data["intercepts"])
        idf = unpack_floats(data["idf"])
        weights = [unpack_floats(data["weights"][c]) for c in self.categories]
        blocks = {block: joined.split("\0") for block, joined in data["grams"].items()}
        size = sum(map(len, blocks.values()))
        if any(len(w) != size for w in (idf, *weights)):
            raise ValueError("message model: grams, idf and weights differ in length")
        self._idf, self._weights = idf, weights
        #: per block, each gram's share (:meth:`_shares`), in the file's gram order;
        #: a gram the model does not know has none
        self._share: dict[str, dict[str, int]] = {}
        shares, start = self._shares(), 0
        for block, grams in blocks.items():
            stop = start + len(grams)
            self._share[block] = dict(zip(grams, shares[start:stop], strict=True))
            start = stop
        #: the word pairs' shares again, keyed by the two words: every known pair's
        #: words are known grams too (a pair is in no more messages than its words)
        self._pair = {
            tuple(gram.split(" ")): share
            for gram, share in self._share[WORD].items()
            if " " in gram
        }
        self._remember()

    def __getstate__(self) -> dict[str, Any]:
        """What a cached model keeps: not its memories of the texts it has met, nor
        what :meth:`reasons` alone reads and is quickly rebuilt."""
        return {
            name: value
            for name, value in self.__dict__.items()
            if name not in ("_window", "_token", "_last", "_number")
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._remember()

    def _remember(self) -> None:
        """Empty memories (see _Memo): the 4-character windows that make up a token's
        char grams, and whole tokens."""
        self._last: tuple[str, list[float]] | None = None
        self._window = _Memo(self._window_share, _WINDOWS_REMEMBERED)
        self._token = _Memo(self._char_share, _TOKENS_REMEMBERED)

    def _shares(self) -> list[int]:
        """Every gram's share, in gram order: per category idf times weight, each in
        its field (see :func:`unpacked`). In C-level loops: 25,000 grams at a few
        microseconds each would slow down building the model."""
        shares = [0] * len(self._idf)
        for weights in reversed(self._weights):
            fixed = map(round, map(mul, map(mul, self._idf, weights), repeat(_SCALE)))
            shares = list(map(add, map(lshift, shares, repeat(_FIELD)), fixed))
        return shares

    @cached_property
    def _number(self) -> dict[str, dict[str, int]]:
        """Per block, gram -> its number in ``idf`` and ``weights``."""
        numbers: dict[str, dict[str, int]] = {}
        start = 0
        for block, shares in self._share.items():
            numbers[block] = dict(
                zip(shares, range(start, start + len(shares)), strict=True)
            )
            start += len(shares)
        return numbers

    @classmethod
    def load(cls, path: Path) -> MessageModel:
        """A model file as ``corpora/models/train.py`` writes it."""
        return cls(json.loads(path.read_bytes()))

    def probability(self, normalized: str, category: str) -> float:
        """How likely a message of this normalized text belongs to ``category``."""
        return _sigmoid(self._scores(normalized)[self.categories.index(category)])

    def opinion(self, normalized: str) -> Opinion:
        """How likely the message is a violation at all: its likeliest category's.

        The lexicons decide what a message says and where; the model is asked only
        whether the message as a whole reads like any violation, which is what it
        judges best (an honest reminder reads like none, whichever words it uses).
        """
        scores = self._scores(normalized)
        column = max(range(len(scores)), key=scores.__getitem__)
        return Opinion(_sigmoid(scores[column]), self.categories[column])

    def reasons(self, normalized: str, category: str, most: int) -> list[str]:
        """What in the message weighed most towards ``category``, readable.

        Words (of two letters or more) and word pairs, and Chinese character runs of
        two or more (Chinese has no spaces between words); never anything holding a
        digit, which would be the message's own numbers. A gram inside one already
        chosen is skipped; one that holds chosen ones replaces them.
        """
        weights = self._weights[self.categories.index(category)]
        counts = features(normalized)
        weighed = sorted(
            (
                (count * self._idf[number] * weights[number], gram)
                for block, grams in counts.items()
                for gram, count in grams.items()
                if (block == WORD and len(gram) > 1 or _HAN_RUN.fullmatch(gram))
                and not _DIGIT.search(gram)
                and (number := self._number[block].get(gram)) is not None
            ),
            reverse=True,
        )
        chosen: list[str] = []
        for weight, gram in weighed:
            if len(chosen) == most or weight <= 0:
                break
            if not any(gram in other for other in chosen):
                # a longer gram replaces the shorter ones it holds ("tell your")
                chosen = [other for other in chosen if other not in gram] + [gram]
        return chosen

    def _scores(self, normalized: str) -> list[float]:
        """Each category's score (log-odds): :func:`weighted` features times weights.

        Per block, the sum of its tokens' shares (:meth:`_char_share`) over the square
        root of their gram counts; in the word block, each word and pair is a token.
        """
        # every rule of a run may ask about the same message in turn
        if self._last is not None and self._last[0] == normalized:
            return self._last[1]
        scores = list(self._intercepts)
        tokens = normalized.split()
        char_sums = unpacked(sum(map(self._token.__getitem__, tokens)), len(scores))
        # a token of n characters has n + (n + 1) + n + (n - 1) char grams
        char_size = 4 * sum(map(len, tokens))
        words = _words(normalized)
        # only the known grams are added (adding 0 to a share costs as much as adding
        # a share); the block's size counts every word and pair, known or not
        known = chain(
            map(self._share[WORD].get, words),
            map(self._pair.get, zip(words, words[1:], strict=False)),
        )
        word_sums = unpacked(sum(filter(None, known)), len(scores))
        word_size = 2 * len(words) - 1
        for size, sums in ((char_size, char_sums), (word_size, word_sums)):
            if size > 0:
                # sum / _SCALE / sqrt(size) to the last bit: / _SCALE is exact
                scale = repeat(_SCALE * math.sqrt(size))
                scores = list(map(add, scores, map(truediv, sums, scale)))
        self._last = (normalized, scores)
        return scores

    def _char_share(self, token: str) -> int:
        """One token's char grams: per category the sum of idf times weight of those
        the model knows, packed (see :meth:`_shares`).

        Summed by window: the grams that start at one place of the padded token are
        the prefixes of the four characters there, and a long token (a Chinese
        sentence has no spaces) is new as a whole but not window by window.
        """
        padded = f" {token} "
        windows = [padded[i : i + _WINDOW] for i in range(len(padded) - 1)]
        return sum(map(self._window.__getitem__, windows))

    def _window_share(self, window: str) -> int:
        """The share of the char grams that start with ``window``: its 2- to 4-char
        prefixes, and its first character unless that is the padding (see
        :func:`_char_grams`)."""
        get = self._share[CHAR].get
        share = 0 if window[0] == " " else get(window[0], 0)
        for size in range(2, len(window) + 1):
            share += get(window[:size], 0)
        return share


class _Memo(dict[str, int]):
    """key -> ``compute(key)``, remembered; emptied when it holds ``size`` keys.

    An audit meets millions of distinct tokens, so every memo is bounded. Emptying
    a full one costs a few recomputations; an LRU's bookkeeping on every lookup cost
    more, as nearly every lookup is a hit, and a hit here never leaves C.
    """

    def __init__(self, compute: Callable[[str], int], size: int) -> None:
        super().__init__()
        self._compute, self._size = compute, size

    def __missing__(self, key: str) -> int:
        if len(self) >= self._size:
            self.clear()
        value = self[key] = self._compute(key)
        return value


# A share packs one number per category into one int, so that a message's
# shares add up with one sum() in C (a tuple per gram cost a Python-level sum per
# category, a tenth of all content checking). Each is in a field of _FIELD bits, the
# numbers in fixed point: times _SCALE, a power of two, so scaling a float is exact.
# Ints add exactly, negative fields included, so a sum of shares is the share of the
# sum as long as no field outgrows its bits: a message would need hundreds of
# millions of grams.
_FIELD = 96
_POINT = 60
_SCALE = float(1 << _POINT)
_MASK = (1 << _FIELD) - 1
_SIGN = 1 << (_FIELD - 1)


def unpacked(share: int, size: int) -> list[int]:
    """The first ``size`` fields of a packed share (or sum of shares): each category's
    number times ``_SCALE``."""
    fields = []
    for _ in range(size):
        low = share & _MASK
        if low & _SIGN:
            low -= 1 << _FIELD
        fields.append(low)
        share = (share - low) >> _FIELD
    return fields


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``, faster on ASCII text (re tests ``\\w`` at ~90 ns a
    character): every ASCII character that is no ``\\w`` becomes a space, and the
    words are what split() leaves."""
    if text.isascii():
        return text.encode().translate(_ASCII_WORDS).decode().split()
    return _WORD.findall(text)


def pack_floats(values: Sequence[float]) -> str:
    """Floats as base64 of little-endian float32 (the model file's number arrays)."""
    packed = array("f", values)
    if sys.byteorder != "little":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack_floats(text: str) -> array[float]:
    packed = array("f")
    packed.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        packed.byteswap()
    return packed


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)
