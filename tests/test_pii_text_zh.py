"""Chinese context rules of the ``pii_text`` kind: employers, relatives, addresses."""

from __future__ import annotations

import pytest

from smslint.checks import RunContext
from tests.test_pii_text import hits


@pytest.fixture(scope="module")
def context() -> RunContext:
    return RunContext()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a department between the employer and the verb
        ("听说你在宏远建材有限公司销售部上班？", "宏远建材有限公司"),
        ("你老公在金鹏电子厂装配车间打工吧", "金鹏电子厂"),
        ("她目前在安和（杭州）科技有限公司财务处任职。", "安和（杭州）科技有限公司"),
        # a label ending in 于 needs no colon; couriers and carriers are businesses
        ("他目前任职于华信精密工业股份有限公司。", "华信精密工业股份有限公司"),
        ("听说你在中通快运当司机。", "中通快运"),
    ],
)
def test_employer_before_a_department(
    context: RunContext, text: str, value: str
) -> None:
    assert [v for v, _ in hits(context, text, "zh-Hans")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the relative named is the one who owes: the debtor, whose name is allowed
        "您的表哥赵文斌在我平台有一笔借款已逾期，请转告他。",
        "你的室友孙佳在我平台有笔欠款没还。",
        "您的姐夫郑凯在本公司有未清偿之债务。",
        # the sender's own office right after 本公司
        "欢迎亲临本公司朝阳区建国路88号SOHO大厦3层办理。",
        # the address where the debtor pays is the sender's
        "还款地址：广州市天河区体育西路103号维多利广场B座。",
    ],
)
def test_not_personal_data(context: RunContext, text: str) -> None:
    assert hits(context, text, "zh-Hans") == []


def test_a_name_that_owes_is_not_lengthened_to_escape(context: RunContext) -> None:
    # "吴昊" owes; "吴昊欠" is no name
    assert hits(context, "你室友吴昊欠了我们五千块。", "zh-Hans") == []


def test_a_relatives_name_before_we(context: RunContext) -> None:
    found = hits(context, "你的舅舅周大海我们昨天联系上了。", "zh-Hans")
    assert [v for v, _ in found] == ["周大海"]


def test_a_relative_who_does_not_owe_is_still_named(context: RunContext) -> None:
    text = "你表哥赵文斌在我平台替你担保过。"
    assert [v for v, _ in hits(context, text, "zh-Hans")] == ["赵文斌"]


def test_an_address_after_a_company_that_is_not_the_sender(context: RunContext) -> None:
    text = "你在某某公司宿舍，地址是成都市武侯区科华北路65号3栋201室。"
    assert hits(context, text, "zh-Hans")
