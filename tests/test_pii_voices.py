"""``pii_text`` for the set8 round: classes of wording, not single messages.

* the sender's own staff on the case (專員, 承办人, 客户经理) and a line for paying
  by card or phone: the sender's number, clean;
* employers that are no office (a casino floor, a club, a salon, a dock), named
  where the debtor works ("你喺某某娛樂場做荷官");
* the employer named right after "your company", before the people there
  ("email 你公司某某物流嘅 HR");
* the workplace as a clause with a measure word ("你返工嗰間某某酒家");
* a surety or co-maker named with the role, like a guarantor;
* the agent's own line ("reach me on …"), still never a relative's;
* the employer addressed ("To all staff at X", "致X公司人事部") or its chat ("你们X群");
* a relative who is the debtor by the next sentence ("He's $2,300 in arrears");
* the sender's own address after 寄至本行, and where a car is parked: no home.
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


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a message addressed to the staff or the HR department of the employer
        (
            "To all staff at Lakeview Veterinary Clinic: your coworker owes us $900.",
            "en",
            "Lakeview Veterinary Clinic",
        ),
        (
            "致宏达电子有限公司人事部：贵公司员工李明结欠本公司款项。",
            "zh-Hans",
            "宏达电子有限公司",
        ),
        # the debtor's work chat named, with a coworker in it
        ("你们顺丰速运群里的同事我们都加了。", "zh-Hans", "顺丰速运"),
    ],
)
def test_the_employer_addressed_or_its_chat(text: str, lang: str, value: str) -> None:
    assert [v for v, _ in found(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hi team at Acme, thanks for your order.", "en"),
        ("To all staff at St Mary's Church: the bake sale is Sunday.", "en"),
        ("致本公司人事部：请于周五前提交考勤。", "zh-Hans"),
        ("你们公司群里的同事都知道了。", "zh-Hans"),
        # the relative named is the debtor, said in the next sentence
        ("Your partner Hemi gave us your number. He's $2,300 in arrears.", "en"),
        ("We called your brother Tane. He is still behind on the loan.", "en"),
        # the sender's own address after 寄至本行; where a car is parked
        ("請將文件寄至本行台北市信義區松仁路100號。", "zh-Hant"),
        ("你名下车辆现停在滨江花园地下车库B2层。", "zh-Hans"),
    ],
)
def test_no_personal_data_in_these(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "你家住在滨江花园3栋2单元501室，我们知道。",
            "zh-Hans",
            "滨江花园3栋2单元501室",
        ),
        ("Your sister Jess said she would help. You're 3 months behind.", "en", "Jess"),
    ],
)
def test_the_nearest_personal_data_stays(text: str, lang: str, value: str) -> None:
    assert [v for v, _ in found(text, lang)] == [value]
