"""The sender's own line, mailbox, counter or account, a few words after its cue.

A notice gives its contact point some words after the words that make it the
sender's: "call Janet at … (desk) or … (cell)", "请联系城关支行信贷员潘正华，手机…". A
value is the sender's when a sender cue (the reader asked to call, pay or visit; the
sender speaking of itself; a label) stands earlier in its sentence and nothing from
the first cue to just after the value names a third person, the debtor's own home,
work, family or number, or the sender going somewhere or reaching someone.

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stop by the branch, or call Janet at 580-555-0112 (desk) or 580-555-0140 (cell).",
            "en",
        ),
        (
            "Pay at our Kaduna branch or transfer to Fadama MFB, acct 1029384756, ref FMB-22.",
            "en",
        ),
        ("Queries: Bursar, Mr. Mwangi 0712 555 062.", "en"),
        (
            "Please visit our office, Level 4, 60 Castlereagh St, Sydney, or call Lisa on (02) 5550 1184.",
            "en",
        ),
        ("请联系城关支行信贷员潘正华，手机13907452281。", "zh-Hans"),
        (
            "如愿协商，请联系法务部陈专员，电话021-6018 2273转817，手机15026639104。",
            "zh-Hans",
        ),
        ("請至門市繳納，或撥打門市電話，店長阿凱0955-612-380。", "zh-Hant"),
    ],
)
def test_the_senders_contact_point_some_words_after_its_cue(
    text: str, lang: str
) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a third person, or the debtor's own, between the cue and the value
        ("Call us today, or we ring your mum on 0412 555 019.", "en", "0412 555 019"),
        (
            "Our officer will be at 3318 S Howell Ave on Thursday.",
            "en",
            "3318 S Howell Ave",
        ),
        (
            "Call our desk; we called your officemate Jerome at 0998 555 0112.",
            "en",
            "0998 555 0112",
        ),
        ("Ring us, or we will write to you at 7 Mill Close.", "en", "7 Mill Close"),
        (
            "The emergency contact we have is Diane, (512) 555-0163.",
            "en",
            "(512) 555-0163",
        ),
        ("Write to john.doe@gmail.com now.", "en", "john.doe@gmail.com"),
        (
            "请拨打客服热线，你爱人王芳的电话13812345678我们也有。",
            "zh-Hans",
            "13812345678",
        ),
        (
            "我方律师已向你户籍地址四川省成都市武侯区玉林北路17号3单元寄出律师函。",
            "zh-Hans",
            "四川省成都市武侯区玉林北路17号3单元",
        ),
        (
            "我已经把你微信号和收货地址（杭州市余杭区文一西路1008号5幢）发到群里了。",
            "zh-Hans",
            "杭州市余杭区文一西路1008号5幢",
        ),
    ],
)
def test_a_third_persons_or_the_debtors_own_value_after_a_cue(
    text: str, lang: str, value: str
) -> None:
    assert any(value in found_value for found_value, _ in found(text, lang))
