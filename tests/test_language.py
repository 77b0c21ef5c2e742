"""Language detection and declared-language normalization."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smslint import language
from smslint.language import detect_language, normalize_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi {name}, your payment of ${amount} is due. Reply STOP to opt out.", "en"),
        ("【招商银行】您的信用卡本期账单{amount}元", "zh-Hans"),
        ("您的信用卡帳單已逾期，請盡快還款", "zh-Hant"),
        # Placeholder names and English brand names do not make a Chinese text English.
        ("【北风金融】#name#您好，您尾号#tail#的借款本期应还#amount#元", "zh-Hans"),
        ("%(name)s您好，您的分期计划{plan_name}已生效，回复TD退订", "zh-Hans"),
        ("【Apple Pay】您的账单${amount}已逾期，请尽快还款", "zh-Hans"),
        (
            "【北風財務】{name}您好，您的貸款已逾期5天，尚欠HK${amount}。回覆STOP退訂",
            "zh-Hant",
        ),
        ("請回覆 STOP 取消訂閱", "zh-Hant"),
        # ...but a Chinese brand name does not make an English text Chinese.
        (
            "Dear customer, your 招商银行 card payment of {amount} is overdue. Reply STOP to opt out.",
            "en",
        ),
        ("{name} {amount}", "en"),
        ("12345", "en"),
        ("您好", "zh-Hans"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "en"), ("EN", "en"), ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh_cn", "zh-Hans"),
     ("zh-Hans", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-hant", "zh-Hant"),
     ("fr", None), ("", None), ("zh-Latn", None)],
)  # fmt: skip
def test_normalize_language(code: str, expected: str | None) -> None:
    assert normalize_language(code) == expected


def test_simplified_text_does_not_load_the_big_dictionary() -> None:
    language._converter.cache_clear()
    assert detect_language("【北风金融】您的借款本期应还{amount}元") == "zh-Hans"
    assert language._converter.cache_info().currsize == 1  # t2s only; s2t costs ~90 ms


def test_opencc_is_imported_only_for_chinese_text() -> None:
    script = (
        "import sys; from smslint.templates import detect_language;"
        "detect_language('Hi {name}, reply STOP'); print('opencc' in sys.modules);"
        "detect_language('您好'); print('opencc' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == ["False", "True"]
