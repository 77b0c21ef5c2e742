"""Chinese constructions for the set10 round: messages addressed to a third party
about someone else's debt, and a debt announced to a named group.

Written as structures, not as the evaluation's phrases (set9's README: phrase classes
for a dev half's misses moved no held-out half):

* **The recipient's own group holds the debtor** (classes ``<their_group>``,
  ``<member>``, ``<owing>``): 贵司员工, 贵校学生, 您班上……同学的妈妈, 租您房子的租客,
  你们村的某某, followed by a debt predicate past a name, an ID in brackets or a comma,
  with no 您/你 between (the recipient's own debt).
* **An employer asked to withhold a named person's wages**: 请贵司代扣、停发……工资, not
  for tax or social insurance, nor at the employee's own request.
* **A debt announced, its audience named after** ("……借钱不还，请各位业主留意"), a group
  salutation to the family (各位长辈), and a debt raised at the group's meeting
  (``<meeting>``: 里民大会上提一下).
* **Telling everyone** in Hokkien and Cantonese (``<with_prep><everyone>``: 佮逐家講,
  同成條街講).

Every sentence here was written for this module (none is an evaluation message). The
honest look-alikes stay clean: a bank to its own customer, an employee's own payroll
deduction, tax withholding, a landlord to a tenant, a teacher to a parent about the
child's fees, the group's own bills, a meeting's agenda.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- zh: the recipient's own group holds the debtor --------------------------
    (
        "third_party",
        "zh-Hans",
        "王经理您好，贵司仓储部员工赵明（工号0231）在我平台的借款已逾期两个月。",
    ),
    (
        "third_party",
        "zh-Hans",
        "张校长您好，贵校初二学生刘洋的父亲刘建军向我公司借款，至今未还。",
    ),
    (
        "third_party",
        "zh-Hans",
        "陈老师您好，您班上张小雨同学的妈妈在我们这儿欠了一笔分期。",
    ),
    (
        "third_party",
        "zh-Hans",
        "村支书您好，你们村的王二柱在我们平台借了钱，已经拖欠半年了。",
    ),
    (
        "third_party",
        "zh-Hans",
        "房东您好，租您城西那套房子的租客小林，欠我们网贷三个月了。",
    ),
    (
        "third_party",
        "zh-Hant",
        "林經理您好，貴公司司機陳大同（員工編號A-117）向本行借款，逾期未繳。",
    ),
    ("third_party", "zh-Hant", "主委您好，貴會委員黃先生欠本店貨款半年沒還。"),
    (
        "third_party",
        "zh-Hans",
        "王老板您好，您店里的伙计小张在我们这借了五千，三个月没还了。",
    ),
    ("third_party", "zh-Hans", "刘书记您好，咱们村的李大山在我平台贷款逾期了。"),
    (
        "third_party",
        "zh-Hans",
        "张老师好，你们班林小美的爸爸欠我们钱，麻烦跟孩子说一声。",
    ),
    ("third_party", "zh-Hant", "恁公司的員工阿明欠阮錢，半年攏無還。"),
    # --- zh: an employer asked to withhold a named person's wages ----------------
    ("third_party", "zh-Hans", "请贵司从员工张伟本月工资中代扣8,000元，划入我司账户。"),
    ("third_party", "zh-Hans", "请贵公司每月从刘某工资里扣3000元还我们。"),
    (
        "third_party",
        "zh-Hans",
        "致恒达物流人事部：请贵单位暂停发放职工李军的工资，直至其欠款还清。",
    ),
    ("third_party", "zh-Hant", "麻煩貴公司協助從林志明的薪水扣款，每月五千元。"),
    # --- zh: the debt announced, its audience named after -------------------------
    ("third_party", "zh-Hans", "3栋502住户借钱不还，请各位业主留意。"),
    ("third_party", "zh-Hant", "阿德借錢唔還，請各位街坊小心。"),
    ("shaming", "zh-Hans", "3栋502住户借钱不还，请各位业主留意。"),
    # --- zh: a group salutation to the family, a debt raised at the meeting -------
    ("shaming", "zh-Hans", "@所有人 各位长辈，表弟借我五万块，到现在一分没还。"),
    ("third_party", "zh-Hans", "麻烦村主任下次村民大会帮我们提一下，让大家劝劝他。"),
    ("shaming", "zh-Hant", "下禮拜的家長會上，我們會點名還沒繳費的家庭。"),
    ("third_party", "zh-Hans", "下周礼拜的时候在会上讲讲你借钱的事。"),
    # --- zh: the third parties the guide names, told or visited ------------------
    ("third_party", "zh-Hant", "下次我們會請里長一起來，讓里長了解你的欠款。"),
    ("third_party", "zh-Hans", "你的借条我已经发到你们厂职工群了。"),
    ("third_party", "zh-Hans", "照片发出去以后，你那些同事都能看到。"),
    # --- zh: telling everyone, in Hokkien and Cantonese ---------------------------
    ("shaming", "zh-Hant", "你若無還，我就佮逐家講你欠錢。"),
    ("shaming", "zh-Hant", "我會同成條街講你借錢唔還。"),
]

CLEAN = [
    # --- zh: the recipient is the debtor ----------------------------------------
    ("third_party", "zh-Hans", "王先生您好，您的借款已逾期三天，请尽快还款。"),
    (
        "third_party",
        "zh-Hans",
        "张伟您好，根据您本人的申请，人力资源部将从本月工资中代扣借款500元。",
    ),
    ("third_party", "zh-Hans", "小林你好，我是房东，这个月房租还没交，方便时转我。"),
    ("third_party", "zh-Hans", "陈老师您好，您孩子的学费尚未缴清，请于周五前缴纳。"),
    ("third_party", "zh-Hant", "陳媽媽，學費已經拖兩個月了，請這週繳清。"),
    # --- zh: the group's own bill, tax withholding, nothing owed -----------------
    ("third_party", "zh-Hans", "请贵司于每月15日前从员工工资中代扣代缴个人所得税。"),
    ("third_party", "zh-Hans", "贵校学生宿舍本月水电费已逾期，请后勤处尽快缴纳。"),
    ("third_party", "zh-Hans", "贵司员工福利平台的订单已逾期未付，请财务部处理。"),
    ("third_party", "zh-Hans", "李老师您好，您班上同学的春游费用已全部收齐，谢谢。"),
    ("third_party", "zh-Hans", "我们不会向贵司透露任何员工的欠款信息。"),
    ("third_party", "zh-Hans", "你们班还有三个同学没交资料费，请提醒家长。"),
    ("third_party", "zh-Hans", "您班上的家长会定在周五，欠交作业的同学请补交。"),
    ("third_party", "zh-Hans", "贵公司的货款已逾期，请尽快安排付款。"),
    ("third_party", "zh-Hans", "你店里的货我们明天来搬，欠的钱一分都别想少。"),
    ("shaming", "zh-Hans", "家人们谁懂啊，朋友借钱到现在没还。"),
    ("third_party", "zh-Hans", "各位业主请留意：本周六上午停水检修。"),
    ("shaming", "zh-Hant", "我會同大家講聲多謝，你嘅款已經還清。"),
    ("third_party", "zh-Hans", "欠费不交的住户将暂停门禁，请各位住户知悉。"),
    ("third_party", "zh-Hans", "下次家长会我们会讲一下期末考试安排。"),
    ("third_party", "zh-Hans", "我们明天会上门跟你讲讲清楚。"),
    ("shaming", "zh-Hans", "下礼拜我再跟你说一下还款的事。"),
    (
        "third_party",
        "zh-Hans",
        "根据全国人民代表大会常务委员会公布的民法典，请按约还款。",
    ),
    ("shaming", "zh-Hans", "家长会上跟你说一下孩子的成绩。"),
    ("shaming", "zh-Hant", "下週里民大會會宣布明年的活動時間，歡迎參加。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
