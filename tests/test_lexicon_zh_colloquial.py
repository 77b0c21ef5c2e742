"""Chinese lexicon classes for unseen wording: dialect threats, landlords, disguised
spellings, named audiences.

Each class is pinned both ways with sentences written for this module (none is an
evaluation message): the wording is found in Simplified, Traditional or Cantonese, and
an honest look-alike that shares its words stays clean.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

from smslint.normalize import Normalizer

FOUND = [
    # threat: "just try it" after not paying (Cantonese, Mandarin, Taiwanese)
    ("threat", "zh-Hant", "聽日再唔還錢，你試吓睇。"),
    ("threat", "zh-Hans", "这个月再拖着不还，你就试试。"),
    ("threat", "zh-Hant", "敢不還？你試試看。"),
    # threat: "we have people there too", "running anywhere is no use"
    ("threat", "zh-Hans", "你以为搬去深圳就安全了？我们在深圳照样有人。"),
    ("threat", "zh-Hant", "走去台灣？我哋嗰邊都有自己人。"),
    ("threat", "zh-Hans", "你跑到天涯海角我们也能把你挖出来。"),
    # threat: "you think we can't find you", "better not run into me", Cantonese 因住
    ("threat", "zh-Hant", "你估換咗電話就冇人搵到你？"),
    ("threat", "zh-Hant", "你最好不要被我遇到。"),
    ("threat", "zh-Hant", "你因住啲，出街望下後面。"),
    # threat: "see if you can still walk home", "we'll come up and have a chat"
    ("threat", "zh-Hant", "你唔還錢，睇下你仲行唔行得返屋企。"),
    ("threat", "zh-Hant", "再拖落去，我哋親自上嚟同你傾。"),
    # threat: "you watch yourself", "think about the consequences yourself"
    ("threat", "zh-Hant", "不還錢，你就給我小心一點。"),
    ("threat", "zh-Hant", "三日內唔還，你自己諗下後果。"),
    # threat: a lock changed, utilities switched off, without naming the rent
    ("threat", "zh-Hant", "我會把你房間的門鎖換掉。"),
    ("threat", "zh-Hant", "水電我先幫你停了，錢匯了再說。"),
    ("threat", "zh-Hant", "你再不繳房租，我就叫人把你的東西搬出來。"),
    # threat: the police "inviting you to tea"; the family pet
    ("threat", "zh-Hans", "你再不还，警察叔叔就要请你去喝茶了。"),
    ("threat", "zh-Hans", "你家的狗挺可爱的，别让它走丢了。"),
    # threat: "make you disappear"
    ("threat", "zh-Hant", "信不信我讓你從這世界消失？"),
    ("threat", "zh-Hans", "再不还，让你人间蒸发。"),
    # threat: asking whether the debtor wants to live
    ("threat", "zh-Hans", "钱都不还，你是活腻了吧？"),
    ("threat", "zh-Hant", "你係咪想死呀？"),
    ("threat", "zh-Hans", "拖了半年还不还，嫌命长是不是？"),
    # threat: the debtor called a swindler or a thief
    ("threat", "zh-Hans", "借了钱就消失，这叫诈骗你知道吗？"),
    ("threat", "zh-Hant", "你根本就係一個騙子，仲扮無辜。"),
    # threat: landlord lockouts and dumping belongings
    ("threat", "zh-Hans", "房租再不交，下周一我就换锁。"),
    ("threat", "zh-Hant", "租金拖咗兩個月，聽日換咗鎖你就入唔到屋。"),
    ("threat", "zh-Hans", "你的行李我明天全部扔出去。"),
    # threat: cutting the main switch, the network, the heating
    ("threat", "zh-Hant", "再唔交租，我就將你間房嘅電閘拉咗佢。"),
    ("threat", "zh-Hans", "月底前不结清，你那间的网络我直接掐了。"),
    # threat: the access card stopped before the fee is named again
    ("threat", "zh-Hans", "该户欠缴管理费，即日起停用电梯卡。"),
    # threat: an enforcement date announced against the debtor's property
    ("threat", "zh-Hans", "下周三将对您名下车辆实施查封。"),
    # threat: "don't blame me for being ruthless" when no lawful step is named
    ("threat", "zh-Hans", "钱到不了账，别怪我们手下不留情面。"),
    # threat: Bopomofo "do you want to die"
    ("threat", "zh-Hant", "你4ㄅ4想ㄙˇ啊"),
    # threat: pinyin "be careful"
    ("threat", "zh-Hans", "钱再拖着，走夜路 xiao xin dian 啊。"),
    # obscene: Bopomofo 靠北, Taiwanese homophones of 幹你娘, PK仔
    ("obscene", "zh-Hant", "ㄎㄠˋㄅㄟˇ喔，又不接電話"),
    ("obscene", "zh-Hant", "干拎娘，錢到底幾時還"),
    ("obscene", "zh-Hant", "PK仔，仲唔覆機？"),
    ("obscene", "zh-Hant", "ㄐㄅ人，欠錢不還"),
    ("obscene", "zh-Hant", "ㄍㄋㄋ，電話接一下"),
    ("obscene", "zh-Hant", "𨳒你，仲唔還錢"),
    ("obscene", "zh-Hant", "屌你老味，錢呢"),
    ("shaming", "zh-Hant", "PK街，錢呢？"),
    # impersonation: homophones of court words
    ("impersonation", "zh-Hans", "你这事已经交到发院，过两天就收传漂。"),
    # impersonation: code-mixed court claims; connections with the court
    ("impersonation", "zh-Hant", "你單case我哋已經轉咗去court跟進。"),
    ("impersonation", "zh-Hant", "法官上個月已經判咗你輸。"),
    ("impersonation", "zh-Hans", "派出所那边我们都有熟人，你自己掂量。"),
    # third_party: a whole collective knows
    ("third_party", "zh-Hans", "你欠钱不还的事，整个单位都知道了。"),
    # third_party: "I already called your girlfriend"
    ("third_party", "zh-Hans", "你妈那边我前天已经打给她了。"),
    # third_party: neighbours and the borough chief told
    ("third_party", "zh-Hant", "本公司將函請里長協助，並告知街坊鄰居。"),
    # third_party: the debtor's business customers
    ("third_party", "zh-Hans", "再拖款，我就联系你们的客户说说这事。"),
    # third_party: a relative asked to relay, in Cantonese and Mandarin
    ("third_party", "zh-Hant", "陳太，你老公張卡欠咗三期，麻煩你同佢講聲。"),
    ("third_party", "zh-Hans", "李阿姨，您儿子的网贷一直没还，帮忙劝劝他吧。"),
    # third_party: we added the coworker on WeChat
    ("third_party", "zh-Hans", "你们科室的小王，我们昨天加了他微信。"),
    # third_party: written to the debtor's household
    ("third_party", "zh-Hans", "刘姐，你家那口子的信用卡已经逾期半年了。"),
    ("third_party", "zh-Hans", "您是他的母亲，这笔钱您来还也行。"),
    # third_party: the name posted in the stairwell, where the neighbours read it
    ("third_party", "zh-Hans", "该业主的姓名和欠款将张贴在楼道。"),
    # third_party: the letter sent to the employer
    ("third_party", "zh-Hant", "下禮拜我們會寄函到您上班的公司。"),
    # shaming: the debt told in the workplace group, the list posted in the staff chat
    ("shaming", "zh-Hans", "你借钱的事我们会在你们部门群里好好讲讲。"),
    ("shaming", "zh-Hans", "欠款名单已经发到你们员工群了。"),
    # shaming: the chat named first, what will be said after
    ("shaming", "zh-Hant", "我們會在公司大群裡@所有人說你欠錢。"),
    # shaming: private photos shown to coworkers
    ("shaming", "zh-Hans", "你的照片我们会发给你同事看看。"),
]

CLEAN = [
    # 因住 about the weather; meeting the customer at the branch
    ("threat", "zh-Hant", "颱風天出入要小心，落雨路滑。"),
    ("threat", "zh-Hans", "最好不要错过还款日，以免产生罚息。"),
    # care on the road; a smart-lock offer; a service suspended at the customer's request
    ("threat", "zh-Hans", "下雨天路滑，开车小心一点。"),
    ("threat", "zh-Hans", "您家的门锁换了吗？智能锁限时优惠。"),
    ("threat", "zh-Hans", "您申请的报停已办理，出国期间水电帮你停了。"),
    ("threat", "zh-Hans", "你家的猫该打疫苗了，看好别让它乱跑。"),
    ("threat", "zh-Hans", "请您自己考虑清楚后果，我们随时可以协助。"),
    # a phone call to the boss is no visit (third_party, not threat)
    ("threat", "zh-Hant", "你再唔覆，我哋就打去你公司搵你老細傾吓。"),
    # "you can hide for a while" is no threat
    ("threat", "zh-Hans", "躲得了初一躲不过十五，早点还吧。"),
    # a file disappearing from the app; the charge gone after payment
    ("threat", "zh-Hans", "还款后该笔逾期记录会从列表中消失。"),
    # "try it" as advice to the customer
    ("threat", "zh-Hant", "如果未還款成功，你試下用App重新繳費。"),
    ("threat", "zh-Hans", "不方便还款的话，你试试申请分期。"),
    # staff on duty at weekends
    ("threat", "zh-Hans", "我们周末一样有人值班，欢迎来电。"),
    ("threat", "zh-Hant", "我哋分行星期六都有人喺度服務。"),
    # "miss you" and "worried to death" use 想死
    ("threat", "zh-Hans", "好久没见，想死你了！"),
    # scam warnings that call the trick a fraud
    ("threat", "zh-Hans", "凡要求转账到安全账户的，就是诈骗，请立即报警。"),
    # a lock changed at the tenant's request, a locksmith's notice
    ("threat", "zh-Hans", "您申请的换锁服务已安排，师傅明天上门。"),
    ("threat", "zh-Hant", "退租後遺留物品我們會丟掉，請於三天內取回。"),
    # reminders to switch off the mains before a trip; planned works
    ("threat", "zh-Hans", "出门前请记得把你家的总闸关了，注意用电安全。"),
    ("threat", "zh-Hans", "因线路检修，明天你家电闸会关闭两小时。"),
    # a new access card replaces the old one
    ("threat", "zh-Hans", "管理费已缴清，旧门禁卡停用，请领取新卡。"),
    # a private lender suing on an IOU is a lawful step; "don't blame me" about it
    ("threat", "zh-Hans", "月底前还不上，我只能拿着欠条去法院起诉，到时候别怪我。"),
    # a filing already made is a claim about the court, not a threat
    ("threat", "zh-Hant", "本公司已將個案入稟法院，請留意法院通知。"),
    # saying what the company has no right to do
    ("threat", "zh-Hant", "本公司無權派人上門，亦不會扣押任何財產。"),
    ("impersonation", "zh-Hant", "本行不是法院，也無權叫執達主任上你家。"),
    # finding the debtor's customers is not visiting the debtor
    ("threat", "zh-Hans", "贵司迟迟未付，我们会去找你们的财务核对账目。"),
    # homophone look-alikes inside ordinary words
    ("impersonation", "zh-Hans", "本公司研发院新址启用，欢迎参观。"),
    ("impersonation", "zh-Hans", "这组照片宣传漂亮，客户很满意。"),
    # the court acting only after a judgment, as a hedge
    ("impersonation", "zh-Hans", "如判决后仍不履行，法院可能依法强制执行。"),
    ("impersonation", "zh-Hant", "法院嗰邊我哋唔會打招呼，請放心。"),
    # "PK" as a contest
    ("obscene", "zh-Hans", "今晚两队PK，快来投票。"),
    ("shaming", "zh-Hans", "本周PK赛冠军是三组。"),
    # the credit blacklist is not a public posting
    ("shaming", "zh-Hans", "逾期记录将报送征信，不存在所谓征信黑名单。"),
    # the debtor asked to contact the building office
    ("third_party", "zh-Hant", "繳費有困難的住戶，可聯絡管理處安排分期。"),
    # the public asked to pass on a notice is no named circle
    ("third_party", "zh-Hans", "抽奖活动的规则，欢迎广大网友转告身边朋友。"),
    # a widow told the loan need not be handled now
    (
        "third_party",
        "zh-Hans",
        "王女士，您丈夫过世了，请节哀，他的贷款手续等您方便再办。",
    ),
    # an elderly relative's own card; the customer's own account manager
    ("third_party", "zh-Hans", "您好，你家老人的医保卡本月已续费。"),
    ("third_party", "zh-Hans", "如有疑问，请联系你的客户经理。"),
    # the whole street knowing is public exposure (shaming), no named circle
    ("third_party", "zh-Hant", "你欠錢嘅事，整條街都知道。"),
    # a repair notice posted in the stairwell
    ("third_party", "zh-Hans", "停水通知将张贴在楼道，请留意。"),
    # fee rules posted on the notice board; a general arrears reminder in the lift
    ("third_party", "zh-Hans", "收费标准及其他事项将公示于小区公告栏。"),
    # a letter to the indebted company's registered address
    ("third_party", "zh-Hans", "我们将发函到公司注册地址，请贵司法务查收。"),
    # a group-chat reminder with no debt told
    ("shaming", "zh-Hans", "活动照片已经发到你们部门群了，请查看。"),
    # "we don't mind" turns no negation into a threat of its own: a kind offer stays clean
    ("third_party", "zh-Hans", "我们不介意您分几次还。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_class(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("转到发院", "转到法院"),
        ("收到传漂", "收到传票"),
        ("研发院", "研发院"),
        ("宣传漂亮", "宣传漂亮"),
        ("ㄎㄠˋㄅㄟˇ", "靠北"),
        ("4ㄅ4想ㄙˇ", "是不是想死"),
        ("贛林娘", "干你娘"),
        ("xiao xin dian", "小心点"),
        ("已经立按", "已经立案"),
        ("为您建立按月还款计划", "为您建立按月还款计划"),
        ("ㄐㄅ", "鸡掰"),
    ],
)
def test_disguised_spellings_are_read_as_the_word(source: str, text: str) -> None:
    assert Normalizer()(source).text == text
