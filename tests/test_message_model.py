"""The message model: its features, its exact scoring, the shipped file, and how the
lexicon kind's ``confirm`` option uses it."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import pytest
from conftest import check_with_model

from smslint.checks import RunContext, get_kind
from smslint.detectors.lexicon_entries import CATEGORIES
from smslint.detectors.message_model import (
    CHAR,
    FEATURE_VERSION,
    MODEL_FILE,
    WORD,
    MessageModel,
    Opinion,
    features,
    pack_floats,
    unpack_floats,
    weighted,
)
from smslint.message import Message
from smslint.resources import shipped_dir

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "corpora" / "eval"


def test_character_grams_are_taken_inside_each_padded_token() -> None:
    grams = features("ab cd")[CHAR]
    assert grams["a"] == 1 and grams[" a"] == 1 and grams["ab "] == 1
    assert grams[" ab "] == 1 and grams[" cd "] == 1
    assert "b c" not in grams  # never across a space
    assert " " not in grams  # the padding alone says nothing


def test_character_grams_count_repeats() -> None:
    assert features("aaa")[CHAR]["aa"] == 2


def test_word_grams_are_words_and_pairs() -> None:
    grams = features("pay now, or else")[WORD]
    assert grams == {
        "pay": 1,
        "now": 1,
        "or": 1,
        "else": 1,
        "pay now": 1,
        "now or": 1,
        "or else": 1,
    }


def test_an_empty_text_has_no_features() -> None:
    assert features("") == {CHAR: {}, WORD: {}}
    assert features("   ")[CHAR] == {}


def test_chinese_is_one_token_of_character_grams() -> None:
    grams = features("曝光你")[CHAR]
    assert grams["曝光"] == 1 and grams[" 曝光你"] == 1 and grams["光你 "] == 1


def test_each_gram_weighs_count_times_idf_over_the_root_of_its_blocks_size() -> None:
    idf = {CHAR: {"a": 2.0, "b": 1.0}, WORD: {"ab": 3.0}}
    vectors = weighted({CHAR: {"a": 1, "b": 1, "zz": 5}, WORD: {"ab": 2}}, idf)
    # 7 char grams, known or not; 2 word grams
    assert vectors[CHAR] == pytest.approx(
        {"a": 2 / math.sqrt(7), "b": 1 / math.sqrt(7)}
    )
    assert vectors[WORD] == pytest.approx({"ab": 2 * 3 / math.sqrt(2)})
    assert weighted({CHAR: {"zz": 1}, WORD: {}}, idf) == {CHAR: {}, WORD: {}}


def test_floats_round_trip_as_float32() -> None:
    assert list(unpack_floats(pack_floats([0.5, -2.0, 3.25]))) == [0.5, -2.0, 3.25]


def tiny_model(**changes: Any) -> dict[str, Any]:
    """A model of two grams per block, weights chosen by hand."""
    data: dict[str, Any] = {
        "feature_version": FEATURE_VERSION,
        "categories": ["threat", "shaming"],
        "trained_on": {},
        "intercepts": [-1.0, 0.0],
        "grams": {CHAR: "x\0y", WORD: "x\0y"},
        "idf": pack_floats([1.0, 1.0, 1.0, 1.0]),
        "weights": {
            "threat": pack_floats([2.0, -1.0, 0.5, 0.0]),
            "shaming": pack_floats([0.0, 0.0, 0.0, 0.0]),
        },
    }
    return {**data, **changes}


def test_a_probability_is_the_logistic_of_the_weighted_grams() -> None:
    model = MessageModel(tiny_model())
    # "x": char grams x (known), " x", "x ", " x " (unknown): 2 * 1 / sqrt(4);
    # word grams: x (known): 0.5 * 1 / sqrt(1)
    assert model.probability("x", "threat") == pytest.approx(
        1 / (1 + math.exp(-(-1 + 1 + 0.5)))
    )
    assert model.probability("x", "shaming") == 0.5


def test_a_messages_score_sums_its_tokens_shares() -> None:
    model = MessageModel(tiny_model())
    # char: x (2) and y (-1) among 8 grams; words: x (0.5), y (0), "x y" (unknown)
    expected = -1 + (2 - 1) / math.sqrt(8) + (0.5 + 0) / math.sqrt(3)
    assert model.probability("x y", "threat") == pytest.approx(
        1 / (1 + math.exp(-expected))
    )


@pytest.mark.parametrize(
    "text",
    [
        "逾期将上门催收，请尽快还款",  # one long token: summed window by window
        "we will visit you at home",
        "上门 上门上门 visit",  # the same token and windows twice
        "a",
        "",
    ],
)
def test_the_remembered_shares_score_as_the_trainers_features(
    shipped: MessageModel, text: str
) -> None:
    """Scoring by remembered token and window shares is the weighted features' dot
    product with the weights, as the trainer computes it (asked twice: the second
    answer comes from the memos)."""
    # the file's own numbers, read as the trainer wrote them
    data = json.loads((shipped_dir("models") / MODEL_FILE).read_bytes())
    keys = [(b, g) for b, joined in data["grams"].items() for g in joined.split("\0")]
    number = {key: n for n, key in enumerate(keys)}
    idf_values = unpack_floats(data["idf"])
    idf: dict[str, dict[str, float]] = {block: {} for block in data["grams"]}
    for (block, gram), n in number.items():
        idf[block][gram] = idf_values[n]
    vectors = weighted(features(text), idf)
    for category in ("threat", "third_party"):
        column = shipped.categories.index(category)
        weights = unpack_floats(data["weights"][category])
        score = data["intercepts"][column] + sum(
            value * weights[number[block, gram]]
            for block, grams in vectors.items()
            for gram, value in grams.items()
        )
        for _ in range(2):
            shipped._last = None
            assert shipped.probability(text, category) == pytest.approx(
                1 / (1 + math.exp(-score)), rel=1e-9
            )


def test_the_opinion_is_the_likeliest_category() -> None:
    opinion = MessageModel(tiny_model()).opinion("x")
    assert opinion == Opinion(pytest.approx(1 / (1 + math.exp(-0.5))), "threat")
    # threat: -1 (intercept) - 1 / 2 (gram y) < 0 = shaming
    assert MessageModel(tiny_model()).opinion("y") == Opinion(0.5, "shaming")


def test_a_model_of_another_feature_version_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        MessageModel(tiny_model(feature_version=FEATURE_VERSION + 1))


def test_a_model_whose_arrays_disagree_is_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        MessageModel(tiny_model(idf=pack_floats([1.0])))


# -- the shipped model ---------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> MessageModel:
    from smslint.checks.lexicon import shipped_model

    return shipped_model()


def test_the_shipped_model_knows_every_lexicon_category(shipped: MessageModel) -> None:
    assert set(CATEGORIES) <= set(shipped.categories)


def test_the_shipped_model_is_trained_on_the_current_tuning_sets(
    shipped: MessageModel,
) -> None:
    """A tuning set changed since training: run corpora/models/train.py again."""
    files = shipped.trained_on["files"]
    assert files, "the model names the files it was trained on"
    for name, digest in files.items():
        assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == digest, name


def test_the_shipped_model_never_saw_a_held_out_half(shipped: MessageModel) -> None:
    for name in shipped.trained_on["files"]:
        assert "holdout" not in name and "/written/" not in name, name


# -- the lexicon kind's confirm option --------------------------------------------


class FixedOpinion:
    """Stands in for the model: one probability for every message."""

    def __init__(self, probability: float) -> None:
        self.probability = probability
        self.asked: list[str] = []

    def opinion(self, normalized: str) -> Opinion:
        self.asked.append(normalized)
        return Opinion(self.probability, "threat")


def lexicon_check(category: str, model: FixedOpinion, **options: Any) -> Any:
    return check_with_model("lexicon", model, lexicon=category, **options)


THREAT = Message("Pay today or a deputy will be dispatched to arrest you.", "en")


def test_a_finding_the_model_doubts_is_dropped() -> None:
    model = FixedOpinion(0.1)
    assert list(lexicon_check("threat", model)(THREAT)) == []
    # the whole normalized message first, then the sentence of each finding
    assert "arrest" in model.asked[0] and len(model.asked) >= 2


def test_a_finding_the_model_confirms_stands() -> None:
    assert list(lexicon_check("threat", FixedOpinion(0.2))(THREAT))


def test_confirm_null_reports_every_finding_without_asking() -> None:
    model = FixedOpinion(0.0)
    assert list(lexicon_check("threat", model, confirm=None)(THREAT))
    assert model.asked == []


def test_a_message_without_findings_never_asks_the_model() -> None:
    model = FixedOpinion(1.0)
    assert (
        list(lexicon_check("threat", model)(Message("Your bill is ready.", "en"))) == []
    )
    assert model.asked == []


def test_auto_confirms_only_where_it_was_measured_to_help() -> None:
    from smslint.checks.lexicon import AUTO_CONFIRM

    assert set(AUTO_CONFIRM) == {"threat", "shaming", "impersonation"}
    model = FixedOpinion(0.0)
    obscene = Message("fuck you, pay up", "en")
    assert list(lexicon_check("obscene", model)(obscene))  # no context clears it
    to_employer = Message("To the payroll office: your employee John owes $420.", "en")
    assert list(lexicon_check("third_party", model)(to_employer))
    assert model.asked == []


def test_an_explicit_threshold_applies_to_any_category() -> None:
    model = FixedOpinion(0.0)
    to_employer = Message("To the payroll office: your employee John owes $420.", "en")
    assert list(lexicon_check("third_party", model, confirm=0.5)(to_employer)) == []


def test_the_rules_own_terms_stand_whatever_the_model_says() -> None:
    extra = {"en": [{"term": "sell your kidney", "note": "house rule"}]}
    check = lexicon_check("threat", FixedOpinion(0.0), extra_terms=extra)
    message = Message("Sell your kidney if you must, then arrest follows.", "en")
    assert [h.args["entry"] for h in check(message)] == ["sell your kidney"]


def test_an_entry_marked_confirm_false_stands_whatever_the_model_says() -> None:
    # "delinquent owners posted in the mailroom" is marked confirm: false; "deadbeat"
    # is not, and the same doubting model drops it
    model = FixedOpinion(0.0)
    posted = Message(
        "Names of owners more than 60 days delinquent will be posted in the mailroom.",
        "en",
    )
    assert [h.args["entry"] for h in lexicon_check("shaming", model)(posted)] == [
        "delinquent owners posted in the mailroom"
    ]
    insult = Message("Pay up, deadbeat.", "en")
    assert list(lexicon_check("shaming", model)(insult)) == []


def test_an_honest_scam_warning_is_not_flagged_with_the_shipped_model() -> None:
    """End to end: the lexicon reads "arrest warrant", the model the whole message."""
    kind = get_kind("lexicon")
    text = (
        "Acme Bank: scammers are texting customers about an arrest warrant. We never"
        " threaten arrest. Questions? Call 1-800-555-0100. Reply STOP to opt out."
    )
    for category in ("threat", "impersonation"):
        lexicon_only = kind.build(
            {**kind.DEFAULTS, "lexicon": category, "confirm": None}, RunContext()
        )
        confirmed = kind.build({**kind.DEFAULTS, "lexicon": category}, RunContext())
        message = Message(text, "en")
        assert list(lexicon_only(message)), category  # "arrest warrant"
        assert not list(confirmed(message)), category


class SentenceOpinion(FixedOpinion):
    """Finds the short text holding ``word`` likely a violation, anything else not."""

    def __init__(self, word: str) -> None:
        super().__init__(0.0)
        self.word = word

    def opinion(self, normalized: str) -> Opinion:
        self.asked.append(normalized)
        likely = self.word in normalized and len(normalized) < 60
        return Opinion(0.9 if likely else 0.1, "threat")


SPLICED = Message(
    "Pay up or we will have you arrested. Hi Maria, your payment of $120 is due"
    " Friday. Questions? Call 1-800-555-0100. Reply STOP to opt out.",
    "en",
)


def test_a_finding_whose_own_sentence_reads_as_a_violation_stands() -> None:
    """Padding a threat with an honest reminder must not hide it."""
    model = SentenceOpinion("arrest")
    hits = list(lexicon_check("threat", model)(SPLICED))
    assert hits and "arrest" in SPLICED.text[hits[0].start : hits[0].end]
    assert model.asked[1] == "pay up or we will have you arrested."


def test_a_finding_whose_sentence_reads_as_honest_is_dropped() -> None:
    model = SentenceOpinion("never-said")
    assert list(lexicon_check("threat", model)(SPLICED)) == []


def test_the_shipped_model_keeps_a_threat_spliced_into_a_reminder() -> None:
    kind = get_kind("lexicon")
    check = kind.build({**kind.DEFAULTS, "lexicon": "threat"}, RunContext())
    assert list(check(SPLICED))


def test_the_cached_model_scores_as_the_file_and_forgets_its_memories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """shipped_model() comes from the per-user cache after the first run; it must
    score every message as the model read from its file, and a cached model starts
    with empty memories (they are the texts of the run that cached it)."""
    import pickle

    from smslint.checks import lexicon

    monkeypatch.setenv("SMSLINT_CACHE_DIR", str(tmp_path))
    path = shipped_dir("models") / MODEL_FILE
    read = MessageModel.load(path)
    lexicon.shipped_model.cache_clear()
    try:
        lexicon.shipped_model()  # builds and caches it
        lexicon.shipped_model.cache_clear()
        cached = lexicon.shipped_model()  # from the cache
    finally:
        lexicon.shipped_model.cache_clear()
    assert (tmp_path / "message-model.pickle").is_file()
    texts = [
        "we will send officers to your workplace tomorrow",
        "你好，您的账单已出，请按时还款",
        "Hi Ana, your payment of $120 is due Friday. Reply STOP to opt out.",
    ]
    for text in texts:
        assert cached.opinion(text) == read.opinion(text)
        assert cached.reasons(text, "threat", 3) == read.reasons(text, "threat", 3)
    again = pickle.loads(pickle.dumps(cached))
    assert not again._token and not again._window and again._last is None
    assert again.opinion(texts[0]) == read.opinion(texts[0])
