"""The message model's fast scoring gives exactly (==) what its fixed-point definition
gives, computed here the slow way from :func:`features`: per block, each known gram's
count times ``round(idf * weight * _SCALE)``, summed as ints, over ``_SCALE`` and the
root of the block's gram count."""

from __future__ import annotations

import math
import random
import re

import pytest

from smslint.detectors.message_model import (
    _SCALE,
    _WORD,
    MessageModel,
    _words,
    features,
)

TEXTS = [
    "",
    " ",
    "a",
    "_",
    "__ _a",
    "x y",
    "pay now, or else",
    "we will visit you at home",
    "上门 上门上门 visit",
    "逾期将上门催收，请尽快还款",
    "hi david, settle your balance today for $1,009.21: https://example/p/k7bcr",
    "【恒瑞银行】您已成功还款645.62元,下期还款日6月15日,感谢您的配合! 回t退订",
    "it's-a\ttab\nnewline\x1funit-separator ١٢٣ ٤ café naïve",
    "aaaa aaaa aaaa bbbb",
]


@pytest.fixture(scope="module")
def shipped() -> MessageModel:
    from smslint.checks.lexicon import shipped_model

    return shipped_model()


def reference(model: MessageModel, text: str) -> list[float]:
    number = model._number
    scores = list(model._intercepts)
    for block, grams in features(text).items():
        size = sum(grams.values())
        if not size:
            continue
        for column, weights in enumerate(model._weights):
            total = sum(
                count * round(model._idf[n] * weights[n] * _SCALE)
                for gram, count in grams.items()
                if (n := number[block].get(gram)) is not None
            )
            scores[column] += total / _SCALE / math.sqrt(size)
    return scores


def texts() -> list[str]:
    """TEXTS, then random texts of their characters (digits, Chinese, punctuation,
    repeated tokens and long ones)."""
    pieces = sorted(set("".join(TEXTS)))
    rng = random.Random(7)
    made = [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 80)))
        for _ in range(200)
    ]
    return TEXTS + made


def test_scores_equal_the_fixed_point_definition(shipped: MessageModel) -> None:
    for text in texts():
        shipped._last = None
        assert shipped._scores(text) == reference(shipped, text), text


def test_remembered_and_fresh_scores_are_equal(shipped: MessageModel) -> None:
    """Memories change the speed, never a score: a fresh model agrees in any order."""
    first = {text: shipped._scores(text) for text in texts()}
    fresh = MessageModel.__new__(MessageModel)
    fresh.__setstate__(shipped.__getstate__())
    for text in reversed(list(first)):
        assert fresh._scores(text) == first[text], text


@pytest.mark.parametrize("text", [*TEXTS, "".join(map(chr, range(128)))])
def test_words_are_the_word_patterns_matches(text: str) -> None:
    assert _words(text) == _WORD.findall(text)


def test_ascii_words_are_re_words() -> None:
    for code in range(128):
        char = chr(code)
        assert _words(f"a{char}b") == re.findall(r"\w+", f"a{char}b"), repr(char)
