"""Language detection and declared-language normalization."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smslint import language, script_chars
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


def test_detection_builds_no_opencc_converter() -> None:
    # Simplified or Traditional is told by the precomputed character sets: neither
    # t2s nor s2t (~90 ms, a large phrase dictionary) is built, OpenCC not imported.
    script = (
        "import sys; from smslint.templates import detect_language;"
        "print(detect_language('Hi {name}, reply STOP'), 'opencc' in sys.modules);"
        "print(detect_language('您好'), 'opencc' in sys.modules);"
        "print(detect_language('請回覆 STOP 取消訂閱'), 'opencc' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == [
        "en", "False", "zh-Hans", "False", "zh-Hant", "False"
    ]  # fmt: skip


def test_script_chars_file_is_fresh() -> None:
    shipped = script_chars.PATH.read_text(encoding="utf-8")
    assert shipped == script_chars.generate(), "run: python -m smslint.script_chars"


def test_script_chars_are_what_opencc_changes() -> None:
    import opencc

    traditional, simplified = script_chars.script_chars()
    to_simplified, to_traditional = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    for ch in "帳單請還款覆訂閱貸逾財務账单请还复订阅贷财务您好緼":
        assert (ch in traditional) == (to_simplified.convert(ch) != ch), ch
        assert (ch in simplified) == (to_traditional.convert(ch) != ch), ch
    assert {"帳", "單", "還", "緼"} <= traditional
    assert {"账", "单", "还", "緼"} <= simplified
    assert not {"您", "好", "款"} & (traditional | simplified)


def test_script_chars_round_trip() -> None:
    sets = script_chars.script_chars()
    assert script_chars.parse(script_chars.render(*sets)) == sets
    with pytest.raises(ValueError, match="sections"):
        script_chars.parse("[traditional]\n乾\n")


def test_han_ranges_agree_with_detection() -> None:
    for low, high in script_chars.HAN_RANGES:
        assert language._is_han(chr(low)) and language._is_han(chr(high))
        assert not language._is_han(chr(low - 1)) or any(
            lo <= low - 1 <= hi for lo, hi in script_chars.HAN_RANGES
        )
        assert not language._is_han(chr(high + 1)) or any(
            lo <= high + 1 <= hi for lo, hi in script_chars.HAN_RANGES
        )
