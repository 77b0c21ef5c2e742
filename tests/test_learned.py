"""Kind ``learned``: the message model's own finding where the lexicon found nothing."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import check_with_model
from test_message_model import tiny_model

from smslint.checks import RunContext, get_kind
from smslint.detectors.message_model import MessageModel
from smslint.message import Message


class FixedModel:
    """Stands in for the model: one probability, fixed reasons."""

    def __init__(self, probability: float, reasons: list[str] | None = None) -> None:
        self._probability = probability
        self._reasons = reasons or ["words"]
        self.asked: list[tuple[str, str]] = []

    def probability(self, normalized: str, category: str) -> float:
        self.asked.append((normalized, category))
        return self._probability

    def reasons(self, normalized: str, category: str, most: int) -> list[str]:
        return self._reasons[:most]


def learned_check(label: str, model: Any, **options: Any) -> Any:
    return check_with_model("learned", model, label=label, **options)


VEILED = Message("Hope your car still starts tomorrow morning.", "en")


def test_a_message_the_model_finds_likely_is_reported_without_a_span() -> None:
    (hit,) = learned_check("threat", FixedModel(0.85, ["car", "morning"]))(VEILED)
    assert (hit.start, hit.end) == (None, None)
    assert hit.args == {"probability": "0.85", "words": "car, morning"}


def test_below_the_threshold_nothing_is_reported() -> None:
    assert list(learned_check("threat", FixedModel(0.79))(VEILED)) == []
    assert list(learned_check("threat", FixedModel(0.5), threshold=0.5)(VEILED))


def test_the_model_reads_the_normalized_message() -> None:
    model = FixedModel(0.9)
    list(learned_check("threat", model)(Message("Ｈｏｐｅ your c a r starts", "en")))
    assert model.asked == [("hope your car starts", "threat")]


def test_what_the_lexicon_found_is_left_to_the_lexicon_rule() -> None:
    model = FixedModel(0.99)
    blatant = Message("Pay today or a deputy will be dispatched to arrest you.", "en")
    assert list(learned_check("threat", model)(blatant)) == []
    assert model.asked == []
    # the lexicon's finding is a threat, not shaming: the shaming rule may still speak
    assert list(learned_check("shaming", model)(blatant))


def test_an_empty_message_is_never_scored() -> None:
    model = FixedModel(1.0)
    assert list(learned_check("threat", model)(Message("", "en"))) == []
    assert model.asked == []


def test_the_label_must_be_a_lexicon_category() -> None:
    """pii needs a value found and validated, which a message-level opinion is not."""
    from jsonschema import Draft202012Validator

    valid = Draft202012Validator(get_kind("learned").OPTIONS_SCHEMA).is_valid
    assert valid({"label": "threat", "threshold": 0.8})
    assert not valid({"label": "pii"})
    assert not valid({"label": "threat", "threshold": 0})


# -- the words a finding shows ----------------------------------------------------


def reasons_model(words: str, weights: list[float]) -> MessageModel:
    """A model whose only grams are ``words`` (word block), with these threat weights."""
    from smslint.detectors.message_model import CHAR, WORD, pack_floats

    grams = words.split("|")
    return MessageModel(
        tiny_model(
            grams={CHAR: "x", WORD: "\0".join(grams)},
            idf=pack_floats([1.0] * (len(grams) + 1)),
            weights={
                "threat": pack_floats([0.0, *weights]),
                "shaming": pack_floats([0.0] * (len(grams) + 1)),
            },
        )
    )


def test_the_strongest_words_come_first_and_a_pair_replaces_its_words() -> None:
    model = reasons_model("tell|your|tell your|boss", [1.0, 0.5, 2.0, 0.8])
    assert model.reasons("tell your boss", "threat", 3) == ["tell your", "boss"]


def test_no_reason_holds_a_digit_or_weighs_against() -> None:
    model = reasons_model("4471|pay|thanks", [5.0, 1.0, -1.0])
    assert model.reasons("pay 4471 thanks", "threat", 3) == ["pay"]


def test_chinese_reasons_are_runs_of_characters() -> None:
    from smslint.detectors.message_model import CHAR, WORD, pack_floats

    model = MessageModel(
        tiny_model(
            grams={CHAR: "家人\0家\0人", WORD: "x"},
            idf=pack_floats([1.0] * 4),
            weights={
                "threat": pack_floats([1.0, 5.0, 5.0, 0.0]),
                "shaming": pack_floats([0.0] * 4),
            },
        )
    )
    assert model.reasons("通知家人", "threat", 3) == ["家人"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Your card 4111 1111 1111 1111 is due. Pay today or else.", "en"),
        ("你的身份证110101199003070038我们都有，今天必须还钱。", "zh-Hans"),
    ],
)
def test_the_shipped_models_reasons_never_show_the_messages_numbers(
    text: str, lang: str
) -> None:
    from smslint.checks.lexicon import shipped_hits, shipped_model

    hits = shipped_hits(RunContext())
    hits(text)
    for category in ("threat", "shaming", "impersonation", "third_party"):
        for word in shipped_model().reasons(hits.normalized.text, category, 10):
            assert not any(ch.isdigit() for ch in word), word
