"""A small linear model of what a whole message says: the lexicons' second opinion.

Phrase lists reach 1.0 on the messages they were tuned on and much less on blind ones:
veiled wording is open-ended, and so are the innocent senses of the words abusive
messages use. A linear model over the character and word n-grams of the whole
(normalized) message weighs every part of it at once, so it knows that "police" in a
scam warning, or "visit" in a visit the customer asked for, reads unlike a threat.
Measured on blind held-out sets (``benchmarks/learned_complement.py``), asking it to
confirm a lexicon finding removes most false positives for a little recall.

The model is data: ``corpora/models/message-model.json``, written by
``corpora/models/train.py`` (which needs scikit-learn; smslint does not) from the
labelled sets we may tune on. Scoring here is pure Python and exact: the features
below are the ones the trainer fits on, so a message scores here as it did there.

Features of a normalized text (:func:`features`): character 1-4-grams inside each
whitespace-separated token padded with one space on each side, and word 1-2-grams
(``\\w+`` tokens), each block weighted ``(1 + ln count) * idf`` and scaled to unit
length on its own, as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` does.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: the shipped model's file name in the ``models`` data folder
MODEL_FILE = "message-model.json.gz"
#: bumped whenever :func:`features` changes: a model of another version is refused
FEATURE_VERSION = 1
CHAR_SIZES = (1, 2, 3, 4)
#: the two feature blocks, each scaled to unit length on its own
CHAR, WORD = "c", "w"
_WORD = re.compile(r"\w+")


def features(text: str) -> dict[str, Counter[str]]:
    """Raw n-gram counts of a normalized text, per block (keys are the grams)."""
    chars: Counter[str] = Counter()
    for token in text.split():
        padded = f" {token} "
        size = len(padded)
        chars.update(padded[i : i + n] for n in CHAR_SIZES for i in range(size - n + 1))
    del chars[" "]
    words = _WORD.findall(text)
    grams = Counter(words)
    grams.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return {CHAR: chars, WORD: grams}


def weighted(
    counts: Mapping[str, Counter[str]], idf: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    """Each block's known grams, weighted by sublinear tf-idf, at unit length."""
    vectors: dict[str, dict[str, float]] = {}
    for block, grams in counts.items():
        known = idf[block]
        vector = {
            gram: (1.0 + math.log(count)) * known[gram]
            for gram, count in grams.items()
            if gram in known
        }
        norm = math.sqrt(sum(v * v for v in vector.values()))
        vectors[block] = {g: v / norm for g, v in vector.items()} if norm else {}
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
        self._intercepts: Sequence[float] = data["intercepts"]
        #: per block, gram -> idf and gram -> its number (numbered on across blocks)
        self._idf: dict[str, dict[str, float]] = {}
        self._number: dict[str, dict[str, int]] = {}
        idf = unpack_floats(data["idf"])
        self._weights = [unpack_floats(data["weights"][c]) for c in self.categories]
        blocks = {block: joined.split("\0") for block, joined in data["grams"].items()}
        size = sum(map(len, blocks.values()))
        if any(len(w) != size for w in (idf, *self._weights)):
            raise ValueError("message model: grams, idf and weights differ in length")
        start = 0
        for block, grams in blocks.items():
            numbers = range(start, start + len(grams))
            self._number[block] = dict(zip(grams, numbers, strict=True))
            self._idf[block] = {g: idf[i] for g, i in self._number[block].items()}
            start += len(grams)
        self._last: tuple[str, dict[int, float]] | None = None

    @classmethod
    def load(cls, path: Path) -> MessageModel:
        """A model file as ``corpora/models/train.py`` writes it (JSON, or ``.gz``)."""
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            return cls(json.load(handle))

    def probability(self, normalized: str, category: str) -> float:
        """How likely a message of this normalized text belongs to ``category``."""
        return _sigmoid(self._score(normalized, self.categories.index(category)))

    def opinion(self, normalized: str) -> Opinion:
        """How likely the message is a violation at all: its likeliest category's.

        The lexicons decide what a message says and where; the model is asked only
        whether the message as a whole reads like any violation, which is what it
        judges best (an honest reminder reads like none, whichever words it uses).
        """
        scores = [self._score(normalized, c) for c in range(len(self.categories))]
        column = max(range(len(scores)), key=scores.__getitem__)
        return Opinion(_sigmoid(scores[column]), self.categories[column])

    def _score(self, normalized: str, column: int) -> float:
        weights = self._weights[column]
        vector = self._vector(normalized)
        return self._intercepts[column] + sum(v * weights[i] for i, v in vector.items())

    def _vector(self, normalized: str) -> dict[int, float]:
        # every lexicon rule of a run may ask about the same message in turn
        if self._last is None or self._last[0] != normalized:
            vectors = weighted(features(normalized), self._idf)
            self._last = (
                normalized,
                {
                    self._number[block][gram]: value
                    for block, vector in vectors.items()
                    for gram, value in vector.items()
                },
            )
        return self._last[1]


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
