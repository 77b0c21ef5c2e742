"""Chinese constructions for the set12 round (third_party and shaming, with their
clean twins):

* **A group told that one person owes** (``<defaulting>``, ``<audience>``): 一直没结, 一分
  不给, 一年多没还, 讲极都唔还 said to 各位邻居 / 各位家长 / 各位档主, not a notice to a
  class of people ("仍有部分业主……") nor a condition ("如一直……").
* **A named group shown the debtor** (让群友都认认你, 等啲街坊识认你): third_party and
  shaming; "让大家看看你是什么人" speaks to the public at large (shaming only, older sets),
  and "让大家认识认识你" introduces a newcomer.
* **The debtor's matter already told or reported**: 同佢讲咗你嘅情况, 把情况报给你们学院,
  向贵校纪检部门发函; not the collector's own manager approving a plan, nor a school
  applying for a deferral on the student's behalf.
* **Threats (set12)**: a crew sent to block the gate of the debtor's site or shop
  (带人堵你厂大门), a landlord cutting a room's power, verb first (熄咗你间房嘅电), the car
  "scratched some day" (哪天被刮花), the children counted ("你屋企两个细路") on their way
  to school, 腿 split as 月退 after 打断; not "大家小心啲" said to others about the debtor,
  a scheduled power cut, a hardship waiver for a family with children at school.
* **Impersonation precision**: the sender's own intended report at the police station
  (去派出所报案) claims no authority acted.
* **Consented disclosure**: a spouse the debtor authorised in writing (签署委任书, 授权您代为
  处理) is no third party.

Every sentence here was written for this module (none is an evaluation message), in
Simplified, Traditional and written Cantonese.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- a group told that one person owes ------------------------------------------
    ("third_party", "zh-Hans", "各位邻居，5栋的张姐上回拼单的钱一直没结，大家注意点。"),
    ("shaming", "zh-Hans", "各位邻居，5栋的张姐上回拼单的钱一直没结，大家注意点。"),
    (
        "third_party",
        "zh-Hans",
        "各位同学，群里有个人学费拖了三个月，钱一分不给，大家留个心。",
    ),
    (
        "shaming",
        "zh-Hans",
        "各位家长好，二班李明的爸爸借了我两万，一年多没还，见到他说一声。",
    ),
    (
        "third_party",
        "zh-Hant",
        "各位攤主：豬肉檔老闆陳大文欠我哋貨款兩萬，講極都唔還。",
    ),
    # --- a named group shown the debtor --------------------------------------------------
    ("third_party", "zh-Hans", "再不还，我就把你的借条发到车友群里，让群友都认认你。"),
    ("shaming", "zh-Hans", "再不还，我就把你的借条发到车友群里，让群友都认认你。"),
    ("third_party", "zh-Hant", "我會將你張相貼晒成棟樓，等啲街坊識認你。"),
    ("shaming", "zh-Hant", "我會將你張相貼晒成棟樓，等啲街坊識認你。"),
    # --- already told or reported ---------------------------------------------------------
    ("third_party", "zh-Hant", "你個擔保人係你阿哥，我哋尋日已經同佢講咗你嘅情況。"),
    ("third_party", "zh-Hans", "我们昨天已经跟你妹妹说了你欠钱的事。"),
    ("third_party", "zh-Hans", "我们已经把情况报给你们学院的辅导员了。"),
    ("third_party", "zh-Hans", "我们会向贵校纪检部门和教育局发函说明你的欠款情况。"),
    # --- threats ---------------------------------------------------------------------
    ("threat", "zh-Hans", "老周，下礼拜一早我带人堵你厂大门。"),
    ("threat", "zh-Hans", "再不还就等着被人扌丁断月退。"),
    ("threat", "zh-Hant", "由聽日開始我會熄咗你間房嘅電同熱水爐。"),
    ("threat", "zh-Hans", "你的车哪天被刮花、轮胎被扎破，别说我没提醒你。"),
    ("threat", "zh-Hant", "你屋企兩個細路每日自己行路返學，大家都唔想有咩誤會。"),
    ("threat", "zh-Hans", "你再拖，你给我小心点。"),
]

CLEAN = [
    # --- a notice to a class of people, a condition ----------------------------------
    (
        "third_party",
        "zh-Hans",
        "各位业主：目前仍有部分业主物业费一直没付，请尽快到物业中心缴纳。",
    ),
    (
        "third_party",
        "zh-Hans",
        "各位家长：本学期还有个别同学的餐费一直没结，请尽快处理，谢谢配合。",
    ),
    (
        "shaming",
        "zh-Hans",
        "各位家长：本学期还有个别同学的餐费一直没结，请尽快处理，谢谢配合。",
    ),
    (
        "third_party",
        "zh-Hans",
        "各位同学，助学贷款的利息一直拖着不还会影响征信，请按时还款。",
    ),
    # --- the public at large, an introduction, a negation ---------------------------------
    ("third_party", "zh-Hans", "你这样赖账，我就发到网上，让大家看看你是什么人。"),
    ("third_party", "zh-Hans", "新来的同事，明天开会让大家认识认识你。"),
    ("shaming", "zh-Hans", "我们不会让群友认认你，只是希望你尽快还款。"),
    # --- the collector's own manager, the school's help, the debtor's own talk ----------
    ("third_party", "zh-Hans", "我们主管批了，我已经跟他说了你的情况，可以分三期。"),
    ("third_party", "zh-Hans", "班主任会把情况报给学院，帮你申请缓交学费。"),
    ("third_party", "zh-Hans", "你可以先和你太太说明情况，商量一个还款计划。"),
    # --- threats' look-alikes --------------------------------------------------------
    ("threat", "zh-Hant", "大家同佢做生意就小心啲，唔好好似我哋咁蝕底。"),
    ("threat", "zh-Hans", "我们不会带人去堵你店门口，请放心。"),
    ("threat", "zh-Hans", "早高峰容易堵车，师傅会晚点到你店门口。"),
    ("threat", "zh-Hans", "明天早上八点起大厦停电检修，你家的电表暂停供电两小时。"),
    ("threat", "zh-Hans", "你家两个孩子都在上学，可以申请困难家庭减免。"),
    ("threat", "zh-Hans", "车险提醒：爱车停在路边容易刮花，建议购买划痕险。"),
    ("impersonation", "zh-Hans", "月底不还，我就直接去派出所报案。"),
    # --- consented disclosure ---------------------------------------------------------------
    (
        "third_party",
        "zh-Hant",
        "李太太您好，您先生已簽署委任書，授權您代為處理他在本行的貸款還款事宜。",
    ),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
