"""``pii_text`` for the set8 round: classes of wording, not single messages.

* the sender's own staff on the case (專員, 承办人, 客户经理) and a line for paying
  by card or phone: the sender's number, clean;
* employers that are no office (a casino floor, a club, a salon, a dock), named
  where the debtor works ("你喺某某娛樂場做荷官");
* the employer named right after "your company", before the people there
  ("email 你公司某某物流嘅 HR");
* the workplace as a clause with a measure word ("你返工嗰間某某酒家");
* a surety or co-maker named with the role, like a guarantor;
* the agent's own line ("reach me on …"), still never a relative's.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("請盡快繳清逾期款項。承辦專員電話：0912-345-678", "zh-Hant"),
        ("如有疑问请联系经办人，手机13912345678。", "zh-Hans"),
        ("您的客户经理电话 13800138000，欢迎咨询分期。", "zh-Hans"),
        ("Balance of $220 is due. You can pay by card on 021 555 0196.", "en"),
        ("Pay by phone on 0161 555 0102 or online.", "en"),
        ("Card payments: 0800 555 0147, lines open 9-5.", "en"),
        ("Any questions, reach me on 0412 555 219.", "en"),
        ("Please call me on 07700 900123 today.", "en"),
    ],
)
def test_the_senders_staff_and_payment_line_are_the_senders(
    text: str, lang: str
) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("你喺金沙娛樂場做莊荷，我哋知。", "zh-Hant", "金沙娛樂場"),
        ("听说你在星河会所上班？", "zh-Hans", "星河会所"),
        ("你老公在蛇口码头开车吧", "zh-Hans", "蛇口码头"),
        ("你喺尖沙咀美容院做嘢，我哋一早知。", "zh-Hant", "尖沙咀美容院"),
        ("我就直接 email 你公司恒达物流嘅 HR。", "zh-Hant", "恒达物流"),
        ("你单位华润医院的领导已经知道了。", "zh-Hans", "华润医院"),
        # the workplace as a clause with a measure word
        ("你返工嗰間金滿樓酒家嘅經理我識。", "zh-Hant", "金滿樓酒家"),
        ("你上班那家顺丰速运的领导我们认识。", "zh-Hans", "顺丰速运"),
    ],
)
def test_the_employer_beyond_offices(text: str, lang: str, value: str) -> None:
    assert [v for v, _ in found(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a workplace named only by its kind, and the debtor's company unnamed
        ("你在港口上班，工资应该够还。", "zh-Hans"),
        ("你喺酒吧做嘢都要還錢。", "zh-Hant"),
        ("我们会联系你公司的人事。", "zh-Hans"),
        ("你上班的时间我们知道。", "zh-Hans"),
        ("你做嘢嗰度好遠。", "zh-Hant"),
        # the sender's own casino, club, dock
        ("本公司码头今日停运。", "zh-Hans"),
    ],
)
def test_a_workplace_with_no_name_is_no_employer(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your surety Mr. Prasad will be asked to pay.", "Mr. Prasad"),
        ("We will contact your co-maker, Liza Ramos, tomorrow.", "Liza Ramos"),
    ],
)
def test_a_surety_is_named_like_a_guarantor(text: str, value: str) -> None:
    assert [v for v, _ in found(text, "en")] == [value]
