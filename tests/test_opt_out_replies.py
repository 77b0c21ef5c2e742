"""The reply classifier: keywords, phrases, negation, disguise, custom vocabularies."""

from __future__ import annotations

import pytest
from conftest import assert_linear

from smslint.checks.opt_out_ignored import DEFAULTS, classifier_options
from smslint.detectors.opt_out_replies import (
    OPT_IN,
    OPT_OUT,
    ReplyClassifier,
    alternation,
    inflected,
)
from smslint.normalize import Normalizer

OUT, IN, NONE = OPT_OUT, OPT_IN, None


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.fixture(scope="module")
def classify(normalizer: Normalizer) -> ReplyClassifier:
    return ReplyClassifier(**classifier_options(DEFAULTS), normalizer=normalizer)


LABELLED = [
    # English keywords: whole reply, case, punctuation, emoji, width, filler
    ("STOP", OUT),
    ("Stop.", OUT),
    (" stop!! ", OUT),
    ("ＳＴＯＰ", OUT),
    ("Stop 🙏", OUT),
    ("STOP please", OUT),
    ("please stop", OUT),
    ("stop stop stop", OUT),
    ("STOP ALL", OUT),
    ("Unsubscribe", OUT),
    ("cancel", OUT),
    ("END", OUT),
    ("Quit!", OUT),
    ("revoke", OUT),
    ("OPT OUT", OUT),
    ("opt-out", OUT),
    ("REMOVE", OUT),
    # disguised spellings
    ("S T O P", OUT),
    ("S.T.O.P", OUT),
    ("st0p", OUT),
    ("S-T-O-P", OUT),
    ("s t o p texting me", OUT),
    # a keyword as a whole clause
    ("Who is this? STOP", OUT),
    ("I already paid. STOP", OUT),
    ("Stop, I'll call you tomorrow", OUT),
    ("I paid\n\n  STOP", OUT),
    # English phrases
    ("stop texting me", OUT),
    ("Please stop messaging me", OUT),
    ("stop contacting me", OUT),
    ("quit texting me!!", OUT),
    ("STOP calling and texting me", OUT),
    ("stop sending me these", OUT),
    ("Stop the texts", OUT),
    ("stop all these reminders", OUT),
    ("why don't you stop texting me", OUT),
    ("don't text me anymore", OUT),
    ("Do not contact me", OUT),
    ("never text me again", OUT),
    ("dont message me", OUT),
    ("I don't want any more texts", OUT),
    ("I do not want to be contacted", OUT),
    ("no more messages please", OUT),
    ("remove me from your list", OUT),
    ("take me off the text list", OUT),
    ("delete my number", OUT),
    ("I revoke consent", OUT),
    ("I withdraw my consent", OUT),
    ("I do not consent.", OUT),
    ("Unsubscribe me", OUT),
    ("how do I opt out?", OUT),
    ("please opt me out of these messages", OUT),
    ("leave me alone", OUT),
    ("cease and desist", OUT),
    # Chinese (Simplified) keywords and phrases
    ("退订", OUT),
    ("退 订", OUT),
    ("TD", OUT),
    ("T", OUT),
    ("N", OUT),
    ("退订，谢谢", OUT),
    ("我要退订", OUT),
    ("已还款。退订", OUT),
    ("已还清请退订", OUT),
    ("拒收", OUT),
    ("取消", OUT),
    ("不要再发了", OUT),
    ("别再给我发短信", OUT),
    ("请停止发送", OUT),
    ("请 停 止 发 送", OUT),
    ("不要再联系我", OUT),
    ("别再骚扰我了", OUT),
    ("以后别发了", OUT),
    ("我不想再收到你们的短信", OUT),
    ("把我从名单中删除", OUT),
    ("取消短信通知", OUT),
    ("停止", OUT),
    ("别烦我了", OUT),
    ("不要再烦我", OUT),
    # Cantonese 唔好 ("don't") and a mixed-in English verb
    ("唔好再send嘢俾我", OUT),
    ("不要再发东西给我", OUT),
    # Traditional Chinese
    ("退訂", OUT),
    ("不要再發了", OUT),
    ("別再給我發簡訊", OUT),
    ("請停止傳送", OUT),
    ("不要再聯絡我", OUT),
    ("Lose my number", OUT),
    ("forget this number please", OUT),
    # negation, other objects, restrictions: not opt-outs
    ("don't stop my payment plan", NONE),
    ("can you stop the late fee", NONE),
    ("Can you cancel the late fee?", NONE),
    ("I will not stop paying", NONE),
    ("stop by the office tomorrow?", NONE),
    ("I need to stop by the bank", NONE),
    ("remove me from the payment plan", NONE),
    ("don't text me at work", NONE),
    ("stop texting me before 9am", NONE),
    ("stop texting my wife", NONE),
    ("don't call me, text me", NONE),
    ("text me back", NONE),
    ("you never text me back", NONE),
    ("Please take my number and call me", NONE),
    ("Quit? I did not quit my job", NONE),
    ("when will this end?", NONE),
    ("I'll pay at the end of the month", NONE),
    ("St. N. Main", NONE),
    ("TD Bank", NONE),
    ("YES", NONE),
    ("Yes I can pay on Friday", NONE),
    ("不要停止我的还款计划", NONE),
    ("不要停止發送", NONE),
    ("退订会员", NONE),
    ("不要发票", NONE),
    ("别发火", NONE),
    ("不要联系我的家人", NONE),
    ("拒绝还款", NONE),
    ("好的，我明天还款", NONE),
    ("停止扣款", NONE),
    ("不好意思，我明天还", NONE),
    ("好烦啊，下周再说", NONE),
    ("I lost my number, this is my new one", NONE),
    # opt-ins: only the whole reply
    ("START", IN),
    ("Unstop", IN),
    ("start please", IN),
    ("S T A R T", IN),
    ("取消退订", IN),
    ("恢復接收", IN),
    ("I'll start paying next week", NONE),
    ("Start. I will pay", NONE),
]


@pytest.mark.parametrize(("reply", "label"), LABELLED)
def test_labelled_replies(classify: ReplyClassifier, reply: str, label: str | None):
    assert classify(reply) == label


def test_enough_labelled_examples_in_each_language():
    han = [r for r, _ in LABELLED if any("\u4e00" <= c <= "\u9fff" for c in r)]
    assert len(LABELLED) >= 40 and len(han) >= 20


def test_opt_out_wins_over_opt_in(classify: ReplyClassifier):
    assert classify("START? no. STOP") == OPT_OUT


def test_short_latin_keywords_only_as_the_whole_reply(classify: ReplyClassifier):
    assert classify("T") == OPT_OUT
    assert classify("I paid. T") is None
    assert classify("I paid. TD") is None
    assert classify("I paid. 退订") == OPT_OUT  # long enough to be a clause


def _custom(normalizer: Normalizer, **vocab) -> ReplyClassifier:
    base = {"opt_out": {}, "opt_in": {}, "words": {}, "filler": {}}
    return ReplyClassifier(**{**base, **vocab}, normalizer=normalizer)


def test_a_pack_vocabulary_replaces_the_defaults(normalizer: Normalizer):
    classify = _custom(
        normalizer,
        opt_out={"keywords": {"es": ["ALTO", "BAJA"]}},
        opt_in={"keywords": {"es": ["ALTA"]}},
        filler={"es": {"trail": ["por favor"]}},
    )
    assert classify("alto por favor") == OPT_OUT
    assert classify("ALTA") == OPT_IN
    assert classify("STOP") is None


def test_phrase_pattern_syntax(normalizer: Normalizer):
    classify = _custom(
        normalizer,
        opt_out={"phrases": {"en": ["<halt> <verb>~ [me] !late $"]}},
        words={"en": {"halt": ["halt"], "verb": ["page"], "negation": ["not"]}},
        filler={"en": {"trail": ["please"]}},
    )
    assert classify("halt paging me please") == OPT_OUT
    assert classify("halt paged.") == OPT_OUT
    assert classify("halt paging me late") is None  # !late
    assert classify("halt paging me tomorrow") is None  # $: the clause goes on
    assert classify("not halt paging me") is None  # negation right before


def test_unknown_family_or_bad_token_is_an_error(normalizer: Normalizer):
    with pytest.raises(ValueError, match="no word family 'nope'"):
        _custom(normalizer, opt_out={"phrases": {"en": ["stop <nope>"]}})
    with pytest.raises(ValueError, match="cannot read"):
        _custom(normalizer, opt_out={"phrases": {"en": ["stop ![me]"]}})


def test_alternation_keeps_latin_words_whole():
    import re

    pattern = re.compile(alternation(["stop", "opt out", "退订"]))
    assert pattern.search("please stop")
    assert not pattern.search("stopwatch")
    assert pattern.search("optout") and pattern.search("opt  out")
    assert pattern.search("回复退订")
    assert alternation([]) == "(?!)"


def test_inflected_adds_regular_and_irregular_forms():
    assert {"texting", "texted", "texts"} <= inflected("text")
    assert {"stopping", "stopped"} <= inflected("stop")
    assert "sent" in inflected("send")
    assert inflected("do not") == {"do not"}
    assert inflected("退订") == {"退订"}


@pytest.mark.parametrize(
    "text",
    [
        lambda n: " " * n + "x",
        lambda n: "stop" + " " * n + "x",
        lambda n: "\t \n" * (n // 3),
        lambda n: "a " * (n // 2),
    ],
    ids=["spaces", "stop-spaces", "whitespace", "letters"],
)
def test_long_replies_stay_linear(classify: ReplyClassifier, text):
    # it was quadratic: 40 s for 5000 spaces
    assert classify(text(5_000)) is None
    assert_linear(lambda n: classify(text(n)), 1_000)
