"""``pii_text`` for the set9 round: classes of wording, not single messages.

* the lending-app markets' phone numbers (Ghana, Uganda, Pakistan, Indonesia) with
  their trunk 0, also in brackets after a name;
* South Asian addresses by plot, house, sector and street;
* the employer addressed about its staff ("the management of X Ltd", "X有限公司人事部
  您好") and the Hinglish "tere office X";
* the sender naming itself ("it's your cousin Chidi"): no third person's name;
* Cantonese 仲 ("still") after a relation is no name;
* the sender's own points of contact: a hospital's counters, "我司办公地点", a
  grievance officer's mailbox, a tow yard.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "They called Auntie Ama (0244 881 207) about your loan.",
            "0244 881 207",
            "phone",
        ),
        ("Your brother's number 0772 123 456 is in our list.", "0772 123 456", "phone"),
        ("Bhai ka number 0321 4567890 hamare paas hai.", "0321 4567890", "phone"),
        ("Nomor ibumu 0812-3456-7890 sudah kami hubungi.", "0812-3456-7890", "phone"),
    ],
)
def test_lending_market_phones(text: str, value: str, entity: str) -> None:
    assert any(value in v and e == entity for v, e in found(text, "en")), found(
        text, "en"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Uska ghar Plot 12, Sector 21, Gurgaon mein hai.",
            "Plot 12, Sector 21, Gurgaon",
        ),
        (
            "Our team will come to House 45, Street 9, Model Town, Lahore.",
            "House 45, Street 9, Model Town, Lahore",
        ),
        (
            "Tumhari behen Flat 3B, Block C, Karachi mein rehti hai.",
            "Flat 3B, Block C, Karachi",
        ),
    ],
)
def test_south_asian_addresses(text: str, value: str) -> None:
    assert (value, "address") in found(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Kindly inform the management of Kumasi Timber Works Ltd that your staff owes us.",
            "en",
            "Kumasi Timber Works Ltd",
        ),
        (
            "We have written to the directors of Lagos Fresh Bakery Ltd about your loan.",
            "en",
            "Lagos Fresh Bakery Ltd",
        ),
        (
            "Kal tera office Brightline Infotech mein aake sabko batayenge.",
            "en",
            "Brightline Infotech",
        ),
        (
            "鑫达物流有限公司财务部您好，贵司员工王某欠款未还。",
            "zh-Hans",
            "鑫达物流有限公司",
        ),
        (
            "長興貿易有限公司人事部：貴司員工陳某拖欠貸款。",
            "zh-Hant",
            "長興貿易有限公司",
        ),
    ],
)
def test_the_employer_addressed(text: str, lang: str, value: str) -> None:
    assert (value, "employer") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sender naming itself
        ("Hi Ama, it's your sister Efua. Please call the lenders back.", "en"),
        ("This is your uncle Kofi, just checking on you.", "en"),
        # Cantonese 仲 ("still") after 你老母
        ("你老母，仲未還錢？", "zh-Hant"),
        # the sender's own counters, office, complaints mailbox and yard
        ("如有疑问请咨询缴费处0571-8765-4321。", "zh-Hans"),
        ("欢迎到我司办公地点（杭州市西湖区文三路100号5楼）面谈。", "zh-Hans"),
        ("Grievance Officer: complaints@rupeeloan.in", "en"),
        ("Tow yard: 2200 Harbor Way, open daily.", "en"),
        # prose, and the sender's own branch
        ("The house 3, block 4 discussion is closed.", "en"),
        ("Visit our branch at Plot 9, Sector 62, Noida for help.", "en"),
        # a UK non-geographic line is no one's mobile, though Pakistan dials the same
        ("The court helpline 0345 555 0182 is open 9 to 5.", "en"),
        # a company's own name in its header is no employer
        ("【鑫达物流有限公司】人事部您好，请查收本月工资条。", "zh-Hans"),
        # "management of" a company that is no one's employer here
        ("Our management team will call you tomorrow.", "en"),
    ],
)
def test_not_a_third_persons_data(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_the_named_relative_still_counts() -> None:
    assert ("Chidi", "relative") in found(
        "Your cousin Chidi called us about your loan.", "en"
    )
