"""Chinese lexicon classes for the set9 round: group notices naming a debtor, the
audience that "all know", uncles and classical kin, 火星文 and 注音文 spellings, the
relative whose home or tea is mentioned, utilities cut until paid, run-away taunts,
and the innocent senses behind false alarms (a hospital's 我院, a sender's own police
report, 没收 as "not yet received", a colleague's wrong number, Cantonese 你老母 as a
person).

Each class is pinned both ways with sentences written for this module (none is an
evaluation message): the wording is found in several phrasings, and an honest
look-alike that shares its words stays clean.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # third_party + shaming: a group notice names a debtor to a named audience
    ("third_party", "zh-Hans", "各位住户请注意：5楼东户拖欠房租三个月，屡催不还。"),
    (
        "third_party",
        "zh-Hans",
        "【车队公告】全体队员：老刘借了大家的油钱至今未还，已经失联。",
    ),
    ("third_party", "zh-Hant", "各位群友注意，阿明借錢不還，大家小心。"),
    ("shaming", "zh-Hans", "各位业主注意：3栋201欠费两年，屡催不缴，特此公告。"),
    ("shaming", "zh-Hans", "全体会员注意：会员小李借会费不还，已经跑路。"),
    # third_party: the rest of the same group will know
    ("third_party", "zh-Hans", "下周我们把名单发到群里，让其他家长也知道是谁没交。"),
    ("third_party", "zh-Hant", "我會讓其他租戶都知道你欠租。"),
    ("third_party", "zh-Hans", "让其他同事看看你是怎么借钱不还的。"),
    # third_party + shaming: the audience "all know you ..."
    ("third_party", "zh-Hans", "群里几百个代理都知道你欠货款了。"),
    ("shaming", "zh-Hans", "现在全公司同事们都知道你借钱不还。"),
    # third_party: uncles and aunts by rank, a name between
    ("third_party", "zh-Hans", "你二姨那边我们已经通知了。"),
    ("third_party", "zh-Hans", "你大舅李国强那边我也讲过了。"),
    # third_party: classical register
    ("third_party", "zh-Hans", "汝之双亲，吾当修书告之。"),
    ("shaming", "zh-Hans", "吾必昭告天下，令尔无地自容。"),
    # third_party: "I can't keep covering for you"
    ("third_party", "zh-Hans", "姐妹们都在问，我总不能一直帮你瞒着吧。"),
    ("third_party", "zh-Hant", "我唔好意思一直幫你瞞住。"),
    # third_party: the new groups (代理群, 公会群, a "group" in Cantonese)
    ("third_party", "zh-Hans", "你欠的钱我已经发到公会群了。"),
    ("third_party", "zh-Hant", "我send咗你張借據去你公司嗰個group。"),
    # third_party: a visit to the relatives' home
    ("third_party", "zh-Hans", "明天我们就去你岳父家坐坐。"),
    ("third_party", "zh-Hant", "今晚我哋上你阿媽屋企飲茶。"),
    # third_party + threat: the relative met, or where the relative lives
    ("third_party", "zh-Hans", "我们昨天跟你爸吃了饭，他挺客气。"),
    ("threat", "zh-Hant", "我哋頭先同你阿爸飲咗茶。"),
    ("threat", "zh-Hans", "你爸妈住在城南那个小区吧？"),
    ("third_party", "zh-Hant", "你老婆住喺荃灣嗰邊系咪？"),
    # third_party: sent to the girlfriend, her details between
    ("third_party", "zh-Hans", "你女朋友的微信我们也发了一份截图。"),
    # 火星文 and 注音文 spellings
    ("third_party", "zh-Hans", "伱嘚通讯录莪都有，洅芣還就一個一個咑。"),
    ("threat", "zh-Hant", "偶們明天就去ㄋ家找ㄋ。"),
    # threat: Hokkien home, "若無還 你就知死", Cantonese 等住
    ("threat", "zh-Hant", "阮明仔載去恁兜坐坐。"),
    ("threat", "zh-Hant", "這禮拜若無還，你就知死。"),
    ("threat", "zh-Hant", "月尾唔過數，你就等住。"),
    # threat: run-away taunts
    ("threat", "zh-Hans", "资料我们都有，你以为你跑得掉？"),
    ("threat", "zh-Hant", "你估你走得甩咩？"),
    ("threat", "zh-Hans", "看你往哪跑。"),
    # threat: the skull for 死
    ("threat", "zh-Hans", "再拖我让你💀得很惨。"),
    # threat: water and power cut until paid
    ("threat", "zh-Hans", "明天起你那间断水断电，还清为止。"),
    ("threat", "zh-Hant", "我會將你間房嘅水電全關，睇你點住。"),
    # shaming: doctored photos, a posted list of arrears
    ("shaming", "zh-Hans", "你的照片已经换脸做好了，明天发出去。"),
    ("shaming", "zh-Hans", "下月起在大堂公示欠费业主名单。"),
    # impersonation: an industry-wide blacklist, an association's mediator
    ("impersonation", "zh-Hans", "您已被列入金融行业黑名单，所有机构将拒绝放款。"),
    ("impersonation", "zh-Hans", "请尽快联系协会调解专员处理。"),
    # the abusive twins of the exceptions below still fire
    ("impersonation", "zh-Hans", "我院已受理你的欠款纠纷，请按时到庭。"),
    ("impersonation", "zh-Hans", "公安已经立案，警察明天上门。"),
    ("threat", "zh-Hans", "再不还车子我们就没收了。"),
    ("obscene", "zh-Hant", "屌你老母，仲唔還錢！"),
    ("third_party", "zh-Hant", "你同事嘅電話我哋都有。"),
    ("third_party", "zh-Hans", "他的欠款已经逾期三个月了，你帮忙催一下。"),
    ("threat", "zh-Hant", "再唔還錢，我哋就入稟告你。"),
]

CLEAN = [
    # group notices with no debtor named, a scam warning
    ("third_party", "zh-Hans", "各位业主注意：本周六上午停水检修，请提前储水。"),
    ("shaming", "zh-Hans", "各位会员注意：近期有骗子冒充群主借钱不还，请勿转账。"),
    ("third_party", "zh-Hans", "各位家长：下周一开家长会，请准时参加。"),
    # a promise to keep it quiet
    ("third_party", "zh-Hans", "放心，我会一直帮你瞒着的。"),
    # going home to one's own parents
    ("third_party", "zh-Hans", "你回你爸妈家了吗？账单我们发你邮箱。"),
    # a relative in hospital
    ("threat", "zh-Hans", "你妈住院了吧？先照顾好家人，还款的事可以缓一缓。"),
    # photo editing
    ("shaming", "zh-Hans", "用手机软件把两张照片合成一张图很简单。"),
    # a hospital's 我院
    ("impersonation", "zh-Hans", "您在我院的住院押金已用完，请到住院处补交。"),
    ("impersonation", "zh-Hans", "王女士，您在我院门诊的检查费尚未结清。"),
    # the sender's own report to come: police are then a threat, not an authority acting
    ("impersonation", "zh-Hans", "再不还款我们就报警，等着警察找你吧。"),
    # 没收 as "not yet received"
    ("threat", "zh-Hans", "这个月房租还没收到，是不是忘了转？"),
    ("threat", "zh-Hans", "车位费我们还没收齐，麻烦周末前转一下。"),
    # a colleague's wrong number, with an apology
    ("third_party", "zh-Hant", "唔好意思，琴日我哋同事打錯咗電話俾你。"),
    ("third_party", "zh-Hans", "抱歉，我们同事打错电话了，请忽略。"),
    # Cantonese 你老母 as the person
    ("obscene", "zh-Hant", "你老母話今個月會幫你還。"),
    ("obscene", "zh-Hant", "你老母身體好啲未？"),
    # a planned outage
    ("threat", "zh-Hans", "因线路检修，本周六9:00-12:00停水停电，恢复时间另行通知。"),
    # an industry blacklist denied, an association named by a member
    ("impersonation", "zh-Hans", "本公司是中国互联网金融协会会员单位，请放心借款。"),
    ("shaming", "zh-Hans", "您已被录入行业共享黑名单，请联系客服。"),
    # 嘚瑟 stays itself
    ("third_party", "zh-Hans", "别嘚瑟了，赶紧把作业交了。"),
    # the addressee named by an ID in a formal notice; a filing with a named court
    ("third_party", "zh-Hant", "經查證件號碼A123456789之借款人尚有欠款未清償。"),
    ("threat", "zh-Hant", "本行已受託就閣下欠款向區域法院入稟，文件將送達閣下住所。"),
    # 狗东西 is an insult, not a vulgar word
    ("obscene", "zh-Hans", "你个狗东西，还敢耍赖？"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_class(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
