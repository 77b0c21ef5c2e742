"""Chinese addresses written with a space between their components.

Utilities, landlords and lenders' apps write "金水区 农科路 23号院 3号楼": each component
is still a component, so the address is the debtor's personal data as much as the
unspaced one. The sender's own premises, spaced the same way, stay allowed: after a
label of the sender's premises ("店址：", "舖址：", "會址：", "店舖："), after the
sender naming itself ("本會本部（…）", "本社…"), or naming its counter right after the
address ("… 1楼营业厅", "… 2號門市").
"""

from __future__ import annotations

import pytest
from conftest import pii_found

DEBTORS = [
    (
        "您户（户号 2210485521，用电地址：二七区 大学路 88号院 2号楼 3单元 401）本月电费"
        "欠费 208.10 元。",
        "zh-Hans",
        "二七区 大学路 88号院 2号楼 3单元",
    ),
    (
        "系统检测到您填写的居住地址“株洲市 芦淞区 建设北路 和美小区 8栋 2单元 603”"
        "与资料不符，请核实。",
        "zh-Hans",
        "株洲市 芦淞区 建设北路 和美小区 8栋 2单元",
    ),
    (
        "你租的 台中市北區 健行路 210巷 5號 2樓 那間套房，這個月房租還沒給我。",
        "zh-Hant",
        "台中市北區 健行路 210巷 5號 2樓",
    ),
    (
        "貴戶（新北市板橋區 文化路一段 188巷 3號5樓）本季管理費尚未繳納，請於月底前繳交。",
        "zh-Hant",
        "新北市板橋區 文化路一段 188巷 3號5樓",
    ),
    # a full-width space between components
    (
        "你家住在\u3000天河区\u3000体育西路\u3000103号\u30001502室，我们明天上门。",
        "zh-Hans",
        "天河区\u3000体育西路\u3000103号\u30001502室",
    ),
]


@pytest.mark.parametrize(("text", "lang", "address"), DEBTORS)
def test_a_spaced_address_of_the_debtors_is_personal_data(
    text: str, lang: str, address: str
) -> None:
    assert (address, "address") in pii_found(text, lang)


SENDERS = [
    ("请来店里结清尾款。店址：宝安区 新安二路 66号 星河商业中心 B座 2层。", "zh-Hans"),
    ("要續當請嚟舖頭交息。舖址：油麻地 上海街 218號 地舖，朝九晚七。", "zh-Hant"),
    ("Hi 黃小姐，會籍月費過唔到數。店舖：旺角 彌敦道 688號 旺角中心 12樓。", "zh-Hant"),
    ("會址：嘉義市東區 民權路 45號 2樓，週一至週五 8:30-17:00 可臨櫃繳款。", "zh-Hant"),
    (
        "可至本會本部（斗六市 中山路 88號）或西平辦事處（西平里 中華路 12號）臨櫃辦理。",
        "zh-Hant",
    ),
    ("请到 人民路 218号 燃气大厦 1楼营业厅 缴纳，周一至周六营业。", "zh-Hans"),
    ("或至 忠孝東路四段 120巷 3號 1樓 門市繳交，營業至晚上九點。", "zh-Hant"),
]


@pytest.mark.parametrize(("text", "lang"), SENDERS)
def test_the_senders_spaced_premises_stay_allowed(text: str, lang: str) -> None:
    assert [e for _value, e in pii_found(text, lang) if e == "address"] == []


def test_a_space_joins_components_only() -> None:
    # the words after an address are no component of it, spaced or not
    text = "你家住在天河区 体育西路 103号 我们都知道了。"
    assert ("天河区 体育西路 103号", "address") in pii_found(text, "zh-Hans")
