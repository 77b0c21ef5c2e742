"""Chinese lexicon precision: honest messages that share a word with an abusive one.

Each class names an honest usage (a visit the customer booked, an insurer's claim
notice, a myth debunked, a relative paying at the customer's word...) and pins it with
sentences written for this module, plus one abusive sentence per class that must still
fire, so the narrowing does not cost recall. None of them is an evaluation message.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

# (class, category, honest sentences)
CLEAN = [
    # letters of a reference code (SB-4471, CNM-2231) are not a pinyin insult
    (
        "reference code letters",
        "obscene",
        [
            "Your account SB-4471-QX is closed and reported as paid.",
            "您的工单号为 CNM-2231，请妥善保存。",
            "Ref TMD-5120: we received your payment, thank you.",
            "合同编号 2291-NMB 已归档，无需再缴费。",
        ],
    ),
    (
        "reference code letters",
        "shaming",
        [
            "Account SB-4471-QX has been paid in full.",
            "您的还款凭证号 SB-0093 已生成。",
            "Case SB-7710 is closed; no balance remains.",
        ],
    ),
    # 参考编号 holds 考编, 参考公告 holds 考公; 限高 on a car park sign is a height limit
    (
        "reference number and signage",
        "threat",
        [
            "溫馨提示：閣下嘅繳費參考編號為 KB-2231，請妥善保存。",
            "缴费时请提供还款参考编号，以便我们及时入账。",
            "具体还款安排请参考公告栏的最新通知。",
            "地下车库入口限高2.2米，超高车辆请走地面停车场。",
            "限高杆维修期间，请车辆减速慢行。",
        ],
    ),
    # a myth about debt debunked: quoting the scare to deny it
    (
        "myth debunked",
        "threat",
        [
            "网传“逾期会被拘留”纯属谣言，借贷纠纷属于民事纠纷。",
            "关于“欠款会影响子女上学”的说法均为谣言，请勿轻信。",
            "辟谣：所谓“逾期就要坐牢”的消息没有法律依据。",
        ],
    ),
    # the customer's own right to sue or complain, or the customer's own words
    (
        "the customer's right to sue",
        "threat",
        [
            "您在电话中说“再打来就告你们”，您有权通过法律途径维护权益。",
            "您说要告你们经理，您当然有权投诉，我们会认真核查。",
            "王女士，您表示要起诉本公司，您有权这样做，我们尊重您的选择。",
        ],
    ),
    # a lawsuit called off after payment or settlement
    (
        "lawsuit called off",
        "threat",
        [
            "您已结清全部欠款，此前提到的起诉事宜不会再发生。",
            "双方已达成和解，我司已撤回起诉，祝您生活顺利。",
            "鉴于您已按期还清，我们决定撤销起诉。",
        ],
    ),
    # a visit the customer booked or asked for (movers, technicians, lease returns)
    (
        "booked visit",
        "threat",
        [
            "您预约的空调清洗已确认，师傅将于周六上午上门。",
            "合约到期后，我们会按约定上门拆除宽带设备，全程免费。",
            "应您的要求，客户经理将于明天下午上门，请留意来电。",
            "本行將於下週派員至府上進行房屋鑑價，請您撥冗配合。",
            "您预约的搬家服务已确认：师傅会准时上门，请提前打包。",
        ],
    ),
    # a warning about impostors visiting in the company's name
    (
        "impostors in our name",
        "threat",
        [
            "如有人以本行名义上门收款，请拒绝并致电客服核实。",
            "本公司从不上门催收，若有人以我司名义上门，请不要开门。",
            "任何人以本平台名义上门索要现金，都不是我们的员工。",
        ],
    ),
    # 考虑到、了解到 + 您家中: empathy, not a visit
    (
        "understanding the customer's family",
        "threat",
        [
            "考虑到您家中老人需要照顾，我们同意延期三个月还款。",
            "我们了解到您家里最近遇到困难，可申请停息挂账。",
            "注意到您家中有在读学生，特为您推荐教育分期优惠。",
        ],
    ),
    # an insurer's claim notice about a car damaged by weather or others
    (
        "insurance claim",
        "threat",
        [
            "冰雹过后如您的爱车被砸，请拨打客服电话报案，我们将派员查勘。",
            "您报案的车窗被砸一案已完成定损，理赔款将于三个工作日内到账。",
            "如遇台风导致您的车辆被树枝砸中，请拍照留存并申请理赔。",
        ],
    ),
    # 垃圾 as rubbish: property and sanitation notices
    (
        "literal rubbish",
        "shaming",
        [
            "本周六起小区垃圾清运时间调整为早上七点。",
            "请业主做好垃圾分类，厨余垃圾请沥干后投放。",
            "装修垃圾请堆放至指定地点，勿占用消防通道。",
        ],
    ),
    # 靠北 as "keep to the north": car parks, stations, road works
    (
        "keep to the north",
        "obscene",
        [
            "施工期間請靠北側車道通行，造成不便敬請見諒。",
            "取貨請至靠北邊的二號門。",
            "停车场出口已改至靠北一侧，请按指示牌行驶。",
        ],
    ),
    (
        "keep to the north",
        "shaming",
        [
            "您靠北側車道行駛即可進入停車場。",
            "您好，您的車位已改到靠北邊的B區。",
            "请您靠北一侧排队缴费。",
        ],
    ),
    # the message says what it is not (非、亦非、既非)
    (
        "the message says what it is not",
        "impersonation",
        [
            "本短信非法院通知，仅为还款提醒。",
            "本簡訊既非傳票，亦非律師函，僅提醒您按時繳費。",
            "此信息非律师函，请您放心。",
        ],
    ),
    # the customer's own title (a prosecutor, a judge, a police officer is a customer too)
    (
        "the customer's own title",
        "impersonation",
        [
            "陈检察官您好，您的信用卡自动扣款已设置成功。",
            "李法官，您好！您申请的房贷已审批通过。",
            "张警官你好，您本期账单已出，请按时还款。",
        ],
    ),
    # a relative paying, as the customer told us
    (
        "relative paying at the customer's word",
        "third_party",
        [
            "您说您丈夫会帮您还这期款，可以的，转账时请备注合同号。",
            "您提到您女儿会替您还款，转账时请注明您的姓名。",
            "您表示您父亲愿意帮您还清余款，我们已为您开通对公账户。",
            "王先生，您的妻子已为您代还本期款项，特此告知。",
            "您的父亲已为您缴清本期欠款，感谢您的信任。",
            "多謝你屋企人幫你交咗今期供款。",
            "感谢您的女儿帮您还清了这笔借款，祝您全家安康。",
        ],
    ),
    # an offer the customer opts into: we contact a relative only if asked
    (
        "opt-in contact of a relative",
        "third_party",
        [
            "如需我们联系您的家人代为转达，请回复1。",
            "如您希望我们通知您的紧急联系人，请在App中授权。",
            "应您的要求，我们已将还款计划告知您的配偶。",
            "您好，您母親託我們轉告，請您回電。",
        ],
    ),
    # a service visit: meter readers, gas checks, couriers, home care
    (
        "service visit",
        "threat",
        [
            "燃气公司将于本周上门安检，请家中留人。",
            "抄表员下周二上门抄表，请您配合。",
            "家庭医生将上门随访，请保持电话畅通。",
            "快递员将上门揽收您的退货包裹。",
        ],
    ),
    # a school or tutor writing to a parent: fees received, lessons moved
    (
        "school writing to a parent",
        "threat",
        [
            "您女儿本学期的学费已缴清，感谢您对学校的支持。",
            "您儿子的补习班费用已收到，课程将于下周一开始。",
            "您女儿的钢琴课改到周六上午十点，请准时接送。",
        ],
    ),
    # a bank freezing an account for the customer's own safety
    (
        "security freeze",
        "threat",
        [
            "您的信用卡已被冻结，原因是疑似盗刷，请联系我们解冻。",
            "检测到异常登录，为保障资金安全，您的账户已临时冻结。",
            "因您连续输错密码，银行卡已被冻结，请携带身份证到网点办理。",
        ],
    ),
    # care about the weather, holidays and travel
    (
        "care in bad weather",
        "threat",
        [
            "台风即将登陆，请注意安全，尽量减少外出。",
            "天气转凉，出门注意保暖，注意安全。",
            "春节假期出行高峰，路上小心，祝您旅途愉快。",
            "過年期間出門在外，路上小心，祝新年快樂。",
        ],
    ),
    # parcels and orders delivered home
    (
        "parcel delivered",
        "third_party",
        [
            "您的宝贝已发货，预计明天送到您家。",
            "您的订单已出库，将由快递送到您单位。",
            "外卖骑手已将餐品送到您家门口，请及时取餐。",
        ],
    ),
    # a replaced access card, a car towed by traffic police
    (
        "card replaced, car towed",
        "threat",
        [
            "您家的门禁卡已注销，新卡请到物业领取。",
            "您的车辆违停已被拖走，请到交警大队处理。",
            "因违章停车，您的车辆已被交警拖至停车场。",
        ],
    ),
    # police safety tips and the customer's own lawyer
    (
        "police tips, the customer's own lawyer",
        "impersonation",
        [
            "警方提示：请保管好您的个人信息，谨慎转账。",
            "我们是某某律师事务所，受您委托办理诉讼，开庭时间为下周三。",
            "您聘请的律师已联系我司，我们会配合提供材料。",
        ],
    ),
    # a complaint answered: the collector's words quoted to disown them
    (
        "complaint answered",
        "third_party",
        [
            "我们收到您的投诉，您反映催收员扬言要找您单位，该员工已停职。",
            "对于此前催收员说要联系您家人的不当言论，我们深表歉意。",
            "近期有人冒充我行催收人员，以“通知家人”恐吓客户，请勿相信。",
        ],
    ),
    (
        "complaint answered",
        "threat",
        [
            "您反映的“威胁上门”问题已核实，涉事人员已被辞退。",
            "如接到自称我司员工威胁上门的电话，请拨打投诉热线。",
            "催收员扬言要去您家，这是严重违规，我们已将其停职。",
        ],
    ),
    # an anti-fraud notice disowning messages that circulate among neighbours
    (
        "anti-fraud notice",
        "shaming",
        [
            "邻居们都在传播的短信不是我司发送的，请注意甄别。",
            "亲友们转发的所谓催收通知并非本行发送，请注意甄别。",
            "街坊们近日收到的冒用我司名义的短信，不是我司发送的。",
        ],
    ),
]

# (class, category, abusive sentence that must still fire)
STILL_FOUND = [
    ("reference code letters", "obscene", "你个SB，赶紧还钱。"),
    ("reference code letters", "shaming", "你就是个sb，钱都不还。"),
    ("reference number and signage", "threat", "不还钱，你孩子以后考编都过不了政审。"),
    ("reference number and signage", "threat", "你已经被限高了，以后坐不了飞机。"),
    ("myth debunked", "threat", "这可不是谣言，不还钱就让你坐牢。"),
    ("the customer's right to sue", "threat", "再不还款我们就告你。"),
    ("lawsuit called off", "threat", "我们明天就起诉你。"),
    ("booked visit", "threat", "再不还钱，我们明天就上门。"),
    ("impostors in our name", "threat", "本行催收人员明天将上门，请在家等候。"),
    ("understanding the customer's family", "threat", "明天我们派人到您家中当面谈。"),
    ("insurance claim", "threat", "再不还钱就砸了你的车。"),
    ("literal rubbish", "shaming", "你就是个垃圾，欠钱不还。"),
    ("keep to the north", "obscene", "靠北喔，你到底还不还钱！"),
    ("keep to the north", "shaming", "你真的很靠北，欠钱不还。"),
    (
        "the message says what it is not",
        "impersonation",
        "法院通知：你的案件已经立案。",
    ),
    ("the customer's own title", "impersonation", "我是检察官，你涉嫌恶意透支。"),
    (
        "relative paying at the customer's word",
        "third_party",
        "你没钱就让你爸妈帮你还。",
    ),
    ("opt-in contact of a relative", "third_party", "三天内不还，我们就联系你的家人。"),
    ("anti-fraud notice", "shaming", "各位邻居：302室的王某欠钱不还，请大家转告。"),
    ("complaint answered", "threat", "投诉也没用，明天我们就上门。"),
    ("service visit", "threat", "我们的外访人员明天上门，你看着办。"),
    (
        "school writing to a parent",
        "threat",
        "你女儿在实验小学读三年级吧，放学路上小心点。",
    ),
    ("security freeze", "threat", "你名下所有账户明天全部冻结。"),
    ("care in bad weather", "threat", "钱再不还，晚上回家路上小心。"),
    ("care in bad weather", "threat", "出门在外，晚上多注意安全。"),
    ("parcel delivered", "third_party", "催收函明天寄到你单位，让你领导看看。"),
    ("card replaced, car towed", "threat", "再不还钱就把你的车拖走抵债。"),
    (
        "police tips, the customer's own lawyer",
        "impersonation",
        "我是律师，你的案子明天开庭。",
    ),
]


def _found(text: str, category: str) -> list[str]:
    return lexicon_terms(text, category, "en" if text.isascii() else "zh")


@pytest.mark.parametrize(
    ("category", "text"),
    [(cat, text) for _, cat, texts in CLEAN for text in texts],
)
def test_honest_usage_stays_clean(category: str, text: str) -> None:
    assert _found(text, category) == []


@pytest.mark.parametrize(("usage", "category", "text"), STILL_FOUND)
def test_abusive_wording_still_fires(usage: str, category: str, text: str) -> None:
    assert _found(text, category), f"{usage}: {text}"


def test_every_class_has_three_honest_sentences_and_an_abusive_one() -> None:
    honest: dict[str, int] = {}
    for usage, _, texts in CLEAN:
        honest[usage] = honest.get(usage, 0) + len(texts)
    assert all(n >= 3 for n in honest.values())
    assert set(honest) == {usage for usage, _, _ in STILL_FOUND}
