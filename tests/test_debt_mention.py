"""The debt-mention detector: terms, inflections, disguise, terms that need an amount."""

from __future__ import annotations

import pytest
from conftest import assert_linear

from smslint.checks.third_party import DEFAULTS
from smslint.detectors.debt_mention import MONEY, DebtMention
from smslint.normalize import Normalizer


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.fixture(scope="module")
def mention(normalizer: Normalizer) -> DebtMention:
    return DebtMention(
        DEFAULTS["debt_terms"], DEFAULTS["amount_terms"], normalizer=normalizer
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Your payment is overdue", "payment"),
        ("Tom owes us money", "owe"),
        ("the amount owed", "owe"),
        ("an owing balance", "owe"),
        ("He never paid", "pay"),
        ("Please ask him to pay today", "pay"),
        ("Collections department", "collection"),
        ("Your loan is 30 days late", "loan"),
        ("The account is past due", "past due"),
        ("The account is past-due", "past due"),
        ("She is in default", "in default"),
        ("A debt collector is calling", "debt collector"),
        ("Your balance: 20", "balance"),
        ("Tell him the arrears must be cleared", "arrears"),
        ("0verdue notice", "overdue"),
        ("o v e r d u e", "overdue"),
        ("p-a-y-m-e-n-t needed", "payment"),
        ("您的欠款已逾期", "欠款"),
        ("他的欠 款还没还", "欠款"),
        ("已 逾 期 三 天", "逾期"),
        ("您的貸款已逾期", "贷款"),
        ("請盡快還款", "还款"),
        ("这是催收通知", "催收"),
        ("本月账单未还", "账单"),
        ("Your account has $1,250.00 due", "account"),
        ("请告知他账户金额5000元", "账户"),
        ("Bill owes $50", "owe"),
    ],
)
def test_debt_mentions(mention: DebtMention, text: str, term: str):
    found = mention(text)
    assert found is not None
    if term != "debt collector":
        assert found == term
    else:
        assert found in {"debt", "collector"}


@pytest.mark.parametrize(
    "text",
    [
        # the debt named by what is owed or how far behind, not by "debt" or "owe"
        "Tell John the money he borrowed is overdue.",
        "Tell John he's 3 months behind.",
        "Tell John he needs to settle up with us.",
        "Ask your son to call us about his car note.",
        "Tell Priya to clear her dues.",
        "Please tell Kevin his credit card bill bounced.",
        # a sum of money waited on, or rent not covered
        "Tell Lisa we're still waiting on the $400.",
        "Please remind Mike about the $900 rent he still hasn't covered.",
        # Chinese: repaying (还) in its phrases, credit products, "that sum"
        "告诉你儿子，他借的钱该还了。",
        "你老公的信用卡已经三个月没还了。",
        "跟你女儿说一声，她在我们这的那笔钱该处理了。",
        "让他把钱还上。",
        "让他赶紧把花呗还了。",
        "他还欠我们两千块。",
    ],
)
def test_debt_mentions_in_other_words(mention: DebtMention, text: str):
    assert mention(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "Hi, please ask Tom to call us at 800-555-0100 about an important personal"
        " matter",
        "Please ask Bill to call us back",
        "Can you confirm this is the right number for Tom?",
        "Due to the holiday our office is closed",
        "Please log in to your account",
        "We could not reach Ann. Please ask her to call 400-800-1234.",
        "您好，请转告张先生回电 400-800-1234，谢谢",
        "请问这是李女士的电话吗？",
        "The payday-loan-free zone",  # "payday" is not "pay"
        "She is a great employee with a stellar record",
        "Please ask Tom to call us back when he's home.",
        "我们还在等张先生回电，请转告他。",
        "请他方便时回个电话，还有其他事情想确认。",
        "Tell Sam the pickup is at 4; we'll be waiting at the gate.",
        "",
    ],
)
def test_no_debt_mention(mention: DebtMention, text: str):
    assert mention(text) is None


def test_amount_terms_need_a_sum_of_money(mention: DebtMention):
    assert mention("About your account") is None
    assert mention("About your account: USD 40") == "account"
    assert mention("Your bill of 300 dollars") == "bill"
    assert mention("费用 200元") == "费用"


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("$500", True),
        ("¥1,200.00", True),
        ("5000元", True),
        ("USD 40", True),
        ("40 bucks", True),
        ("call 800-555-0100", False),
        ("room 12", False),
    ],
)
def test_money(text: str, money: bool):
    assert bool(MONEY.search(text)) is money


def test_custom_terms_replace_the_defaults(normalizer: Normalizer):
    mention = DebtMention({"es": ["deuda"]}, normalizer=normalizer)
    assert mention("Su deuda vence hoy") == "deuda"
    assert mention("Your payment is overdue") is None


@pytest.mark.parametrize(
    "text",
    [lambda n: "account " + "1" * n + "x", lambda n: "past" + " " * n],
    ids=["digits", "spaces"],
)
def test_long_texts_stay_linear(mention: DebtMention, text):
    assert mention(text(20_000)) is None
    assert_linear(lambda n: mention(text(n)), 2_500)
