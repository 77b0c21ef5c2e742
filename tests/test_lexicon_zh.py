"""Chinese lexicon classes: each class of wording with sentences of its own.

Every class is pinned both ways: the wording the class names is found, in Simplified,
Traditional or Cantonese, and the honest messages that share its words stay clean
(fees called 上门费, calling a company, idioms, the noun 联系人, autopay, "PK" as a
contest, Cantonese negation).
"""

from __future__ import annotations

import pytest

from smslint.normalize import Normalizer
from tests.test_lexicon import terms

FOUND = [
    # threat: intimidation, "your good days are over"
    ("threat", "zh-Hans", "拖到现在，你的好日子结束了。"),
    ("threat", "zh-Hans", "你完蛋了，我们说到做到。"),
    ("threat", "zh-Hant", "你嘅好日子到頭喇。"),
    # threat: taking all the wages or savings, stated as certain
    ("threat", "zh-Hans", "下个月你发工资，我们一分不剩全扣走。"),
    ("threat", "zh-Hans", "你卡里的存款会被全部划走。"),
    ("threat", "zh-Hant", "再唔還就扣晒你啲人工。"),
    # threat: hurting hands and legs; taking the car
    ("threat", "zh-Hant", "唔還錢就斬你隻手。"),
    ("threat", "zh-Hans", "你双腿我们迟早打断。"),
    ("threat", "zh-Hans", "你那辆车明天我们就开走。"),
    # threat: invented travel bans, certain
    ("threat", "zh-Hans", "你和家人以后都无法出国。"),
    ("threat", "zh-Hant", "你以後都唔可以出境旅行。"),
    # threat: Traditional 帳戶 is read as 账户
    ("threat", "zh-Hant", "您名下所有帳戶明日凍結。"),
    # shaming: the public lists of defaulters
    ("shaming", "zh-Hans", "你马上就会上失信被执行人名单，全国都能查到。"),
    ("shaming", "zh-Hant", "準備上老賴黑名單啦。"),
    # shaming: a vulgar word describing the debtor; PK (仆街) naming the debtor
    ("shaming", "zh-Hant", "你這個人真的很雞歪。"),
    ("shaming", "zh-Hant", "你很欠揍欸，錢都不還。"),
    ("shaming", "zh-Hant", "死PK，仲唔還錢？"),
    ("obscene", "zh-Hant", "死PK，仲唔還錢？"),
    ("shaming", "zh-Hant", "你呢個走數鬼。"),
    # third_party: the debtor's groups (village, department, parents' chat)
    ("third_party", "zh-Hans", "你老家那个村的群我们已经进去了。"),
    ("third_party", "zh-Hans", "你们部门群里每个人都会收到。"),
    # third_party: "over at your wife's we told them too"
    ("third_party", "zh-Hans", "你老婆那边我们昨天也说了。"),
    ("third_party", "zh-Hant", "你老細嗰邊我哋已經講咗。"),
    ("third_party", "zh-Hant", "你屋企人我哋已經通知咗。"),
    # third_party: a relative's answer shows the relative was told
    ("third_party", "zh-Hans", "你姐姐说她不会替你还这笔钱。"),
    ("third_party", "zh-Hant", "你阿媽話唔肯幫你還。"),
    # impersonation: a law firm's name as the signature
    ("impersonation", "zh-Hans", "【明德法律事务所】关于您拖欠的货款，请三日内联系。"),
    ("impersonation", "zh-Hant", "【偉信律師行】閣下欠款已轉交本行跟進。"),
    # threat: veiled warnings, accidents, "you won't be able to stay", Cantonese blades
    ("threat", "zh-Hans", "天黑了，回家小心。"),
    ("threat", "zh-Hans", "钱不还，家里人出点意外可别怪我们。"),
    ("threat", "zh-Hans", "再躲着，让你在老家都混不下去。"),
    ("threat", "zh-Hant", "信唔信我哋劈你？"),
    ("threat", "zh-Hans", "还不还，后果你自己掂量着办。"),
    ("threat", "zh-Hans", "想试试我们的手段？"),
    ("threat", "zh-Hant", "我哋已經鎖定咗你嘅位置。"),
    ("threat", "zh-Hant", "我們知道你兒子讀邊間國小。"),
    ("threat", "zh-Hans", "你的支付宝明天会被冻结。"),
    ("threat", "zh-Hans", "从本月起你的工资将被强制扣款。"),
    ("threat", "zh-Hant", "你部車，過兩日我哋就拖走。"),
    # shaming: gamblers, a tumour on society, no honesty, "you call yourself a father?"
    ("shaming", "zh-Hant", "死爛賭鬼，仲唔還錢。"),
    ("shaming", "zh-Hans", "像你这样的就是害群之马。"),
    ("shaming", "zh-Hans", "你这人毫无诚信可言。"),
    ("shaming", "zh-Hans", "连孩子的学费都拖，你配当妈吗？"),
    # third_party: contacts receiving calls, letters to the boss, roommates, landlords
    ("third_party", "zh-Hans", "你的几个联系人今天都会接到电话。"),
    ("third_party", "zh-Hans", "我们会给你单位领导寄封信说明情况。"),
    ("third_party", "zh-Hans", "你们单位人事那边我们下午会沟通。"),
    ("third_party", "zh-Hant", "我哋今日會打俾你老細。"),
    ("third_party", "zh-Hans", "你舍友知道你欠网贷吗？"),
    ("third_party", "zh-Hans", "我们已经联系了你的房东。"),
    # impersonation: "we are the court / the credit reference centre"
    ("impersonation", "zh-Hans", "我们是征信中心，你的记录将被永久保留。"),
    ("impersonation", "zh-Hans", "这里是区法院执行局，请配合。"),
    # Taiwan's formal 台端 and Hong Kong's 閣下 read as 您
    ("threat", "zh-Hant", "本公司將派員前往台端住處實地訪查。"),
    ("shaming", "zh-Hant", "閣下之欠款資料將刊登於本公司網頁。"),
    ("third_party", "zh-Hant", "台端之保證人已由本公司同仁電話通知。"),
    # Cantonese: coming up to your home, knowing the way, "you'll taste it"
    ("threat", "zh-Hant", "今晚我哋上你屋企飲茶。"),
    ("threat", "zh-Hant", "你阿媽住邊我哋識路。"),
    ("threat", "zh-Hant", "唔還？聽朝你就知味道。"),
    ("third_party", "zh-Hant", "你啲數我哋會send俾你公司人事部。"),
    ("third_party", "zh-Hant", "我哋會通知你屋企每個人。"),
    # threat: waiting on the way home; "don't blame us"
    ("threat", "zh-Hans", "你放工回家那条路，我们会在路口等你。"),
    ("threat", "zh-Hans", "三天内不处理，别怪我们翻脸。"),
    # third_party: the village and the school
    ("third_party", "zh-Hans", "你的事我们已经跟村主任说了。"),
    ("third_party", "zh-Hans", "我们会联系你孩子的班主任。"),
    # shaming: names for a defaulter
    ("shaming", "zh-Hans", "你就是个失信者，谁还敢信你。"),
    # "if you do not pay, we will at once apply to seize": a consequence, not a hedge
    ("threat", "zh-Hant", "如未於期限內清償，本行將立即聲請查封台端不動產。"),
    ("threat", "zh-Hans", "若今天还不还款，我们马上申请强制执行。"),
    # third_party: addressed to a relative, a colleague or a landlord
    ("third_party", "zh-Hans", "刘叔叔，您女婿在我们这借的钱三个月没还了。"),
    ("third_party", "zh-Hant", "陳太，你個仔欠我哋三萬蚊。"),
    ("third_party", "zh-Hans", "请问您是胡斌的配偶吗？他的账单已逾期。"),
    ("third_party", "zh-Hans", "麻烦您帮他还一下，他电话一直关机。"),
    ("third_party", "zh-Hans", "您好，他上个月在我们这里借款后一直失联。"),
    ("third_party", "zh-Hans", "你爸的债，父债子还，天经地义。"),
    ("third_party", "zh-Hans", "你爱人那边我们今天通过电话了。"),
    ("third_party", "zh-Hans", "你们经理知道你欠了这么多网贷吗？"),
    ("third_party", "zh-Hans", "她不接电话，那我们去找她同事。"),
    # threat: jail slang, police taking you away, sentences, auctions, asset freezes
    ("threat", "zh-Hans", "拖下去你就得进局子了。"),
    ("threat", "zh-Hant", "再唔還，等住入冊啦。"),
    ("threat", "zh-Hans", "派出所的人今晚会上门把你带走。"),
    ("threat", "zh-Hans", "这金额够判你好几年。"),
    ("threat", "zh-Hans", "你那套房子下个月就会被拍卖。"),
    ("threat", "zh-Hans", "你名下存款已经申请诉前保全。"),
    # threat: family dragged in, "not just phone calls", daring the debtor
    ("threat", "zh-Hans", "别让你孩子跟着你受罪。"),
    ("threat", "zh-Hant", "唔想你屋企人出事就快啲處理。"),
    ("threat", "zh-Hans", "再不还，就不只是打电话了。"),
    ("threat", "zh-Hans", "不信你试试，看我们敢不敢。"),
    ("threat", "zh-Hans", "你孩子将来考编入党都会有麻烦。"),
    ("threat", "zh-Hant", "你嘅車牌我哋記低咗。"),
    # shaming: sayings about borrowers, "anyone can look you up", spinelessness
    ("shaming", "zh-Hans", "借钱时是孙子，还钱时是大爷，说的就是你。"),
    ("shaming", "zh-Hans", "你的失信记录谁都能查到。"),
    ("shaming", "zh-Hans", "一点担当都没有，你真没骨气。"),
    ("shaming", "zh-Hant", "你真係衰到加零一。"),
    ("shaming", "zh-Hans", "你欠钱的截图很快会出现在抖音上。"),
    # obscene: 我日 as an exclamation
    ("obscene", "zh-Hans", "我日！又是关机。"),
    # impersonation: court or police staff coming round; a case "under review"
    ("impersonation", "zh-Hans", "执行法官这周会去你单位找你。"),
    ("impersonation", "zh-Hans", "你的欠款案已进入立案审查。"),
    # third_party: what a relative, neighbour or ex said about the debtor
    ("third_party", "zh-Hans", "你前夫说你去年就换工作了。"),
    ("third_party", "zh-Hant", "你隔籬屋話你成個月冇返過嚟。"),
    ("third_party", "zh-Hans", "你的联系人名单我们已经导出来了。"),
    ("third_party", "zh-Hans", "你的担保人会负连带责任，明天我们通知他。"),
    ("third_party", "zh-Hans", "你们村委会今天已经收到我们寄的材料。"),
    ("third_party", "zh-Hans", "我们问过你小区的保安了。"),
    ("third_party", "zh-Hant", "你啲朋友我哋會一個個打晒。"),
    ("third_party", "zh-Hant", "本公司已將欠款情形通知台端之雇主。"),
    ("third_party", "zh-Hant", "台端之親友已陸續接獲本公司之通知。"),
    # netspeak and pinyin spellings
    ("shaming", "zh-Hans", "你这种辣鸡也配借钱？"),
    ("shaming", "zh-Hans", "ni zhen shi ge ren zha"),
    ("threat", "zh-Hans", "不还就等着坐捞吧"),
    ("threat", "zh-Hans", "三天不还，hou guo zi fu"),
    ("third_party", "zh-Hans", "明天通知你jiaren"),
    # Taiwan's aspect particle 著, repossession, passports, "we'll find you anyway"
    ("threat", "zh-Hant", "你就給我等著瞧吧。"),
    ("threat", "zh-Hant", "我們的人會一直盯著你。"),
    ("threat", "zh-Hant", "台端之車輛本公司將逕行取回。"),
    ("threat", "zh-Hans", "欠款不清，你的港澳通行证会被注销。"),
    ("threat", "zh-Hans", "换了手机号我们照样找得到你。"),
    ("threat", "zh-Hans", "你老婆在哪上班我们也知道。"),
    ("threat", "zh-Hans", "不还钱就去卖肾。"),
    ("threat", "zh-Hans", "你的头像我们已经做成黑白照片了。"),
    # shaming: posting so that everyone "gets to know" the debtor; freeloaders
    ("shaming", "zh-Hans", "我们会发帖子到本地论坛，让街坊都认识认识你。"),
    ("shaming", "zh-Hans", "借了钱就消失的伸手党。"),
    # third_party: addressed to a contact, an employer, a landlord (formal and Cantonese)
    ("third_party", "zh-Hant", "您被登記為劉大文的緊急聯絡人，請轉知其盡快處理。"),
    ("third_party", "zh-Hant", "你公司嘅員工阿強欠我哋錢。"),
    ("third_party", "zh-Hant", "麻煩你叫佢打返嚟。"),
    ("third_party", "zh-Hant", "您的房客在本公司有積欠之款項。"),
    ("third_party", "zh-Hans", "您的表哥在我司有未清偿的借款。"),
    # threat: seals, forced disposal, accounts the collector cannot touch
    ("threat", "zh-Hans", "下周有人去你家门上贴封条。"),
    ("threat", "zh-Hans", "你的住房公积金会被强制提取。"),
    ("threat", "zh-Hans", "你的微信支付和支付宝马上都会被封停。"),
    ("threat", "zh-Hant", "你個銀行戶口下星期凍結。"),
    # what the new exceptions must not swallow
    ("threat", "zh-Hans", "明天给你家送口棺材。"),
    ("threat", "zh-Hans", "我们明天就起诉你。"),
    ("threat", "zh-Hans", "你的案子我们已经上报公安了。"),
    ("threat", "zh-Hans", "你公司在哪栋楼我们都清楚。"),
    ("threat", "zh-Hant", "唔還錢就上門。"),
    ("third_party", "zh-Hans", "我们会通知你的紧急联系人。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_class(category: str, lang: str, text: str) -> None:
    assert terms(text, category, lang), text


CLEAN = [
    # fees and services called 上门
    ("threat", "zh-Hans", "本店维修免收上门费用，欢迎预约。"),
    ("threat", "zh-Hans", "旧家电可预约上门回收。"),
    # calling or writing to a company is no visit (the disclosure is third_party)
    ("threat", "zh-Hans", "下午我们打电话到你公司找人事核实。"),
    ("threat", "zh-Hant", "我哋會打去你公司問下。"),
    # others knowing: exposure, not "we know where you are"
    ("threat", "zh-Hans", "我们会把这事告诉你单位，让你领导都知道。"),
    # idioms with 棺材
    ("threat", "zh-Hans", "这笔账你是打算带到棺材里吗？"),
    # lawsuit papers claimed filed are impersonation, not a threat
    ("threat", "zh-Hans", "我们的律师已向法院提交起诉状，请等待通知。"),
    # the 失信 list is a public list, not a seizure; lawful when a court decides
    ("threat", "zh-Hans", "你马上就会上失信被执行人名单，全国都能查到。"),
    (
        "shaming",
        "zh-Hans",
        "经法院判决后仍拒不履行的，可能被依法纳入失信被执行人名单。",
    ),
    # data "reported to a police database" is impersonation, not handing the case over
    ("threat", "zh-Hans", "你的违约记录已上报公安大数据平台。"),
    # autopay from the salary card; the car loan
    ("threat", "zh-Hans", "本期还款将于15日从您的工资卡自动划扣，请保证余额充足。"),
    ("threat", "zh-Hans", "你的车贷本月已扣款成功，谢谢。"),
    ("threat", "zh-Hans", "请用你的手机号登录后还款。"),
    # 走数 as a verb describes; it insults only as 走数佬/走数鬼
    ("shaming", "zh-Hant", "如果你走數，我哋會依法追討。"),
    # mass-sending to the contacts is third_party, not public exposure
    ("shaming", "zh-Hans", "你的欠款明细已经群发给你的联系人了。"),
    # PK as a contest
    ("obscene", "zh-Hant", "今晚嘅PK賽好精彩。"),
    ("shaming", "zh-Hans", "我们来一场PK吧。"),
    # the noun 联系人; a preposition 就 after a negator
    ("third_party", "zh-Hans", "您登记的联系人是您的母亲，请核对。"),
    ("third_party", "zh-Hans", "我们不会就此联系您的单位或同事。"),
    ("third_party", "zh-Hans", "本公司群发短信，请勿回复。"),
    # Cantonese negation
    ("impersonation", "zh-Hant", "本公司絕對唔會以警方名義聯絡客戶。"),
    ("threat", "zh-Hant", "我哋唔會上門，請放心。"),
    ("third_party", "zh-Hant", "我哋唔會聯絡你屋企人。"),
    # deliveries, a debtor arranging for family to pay, clicking links
    ("third_party", "zh-Hans", "您的包裹已送到您家楼下快递柜。"),
    ("third_party", "zh-Hans", "若您希望由家人代为还款，请提前告知客服。"),
    ("threat", "zh-Hans", "请注意点击官方链接，谨防钓鱼网站。"),
    ("impersonation", "zh-Hans", "我们是经人民银行批准设立的持牌消费金融机构。"),
    ("impersonation", "zh-Hans", "我们不是法院，也不会以法院名义催收。"),
    # the hedged or judged forms of the same step, and a card the issuer freezes
    ("threat", "zh-Hans", "如逾期未还，委托方可能依法申请强制执行。"),
    ("threat", "zh-Hans", "判决生效后仍不履行的，法院将依法强制执行。"),
    ("threat", "zh-Hans", "若您未于期限内激活，卡片将被冻结。"),
    # a child's student loan is no disclosure
    ("third_party", "zh-Hans", "您的孩子上大学可申请助学贷款。"),
    # a scam warning whose negation follows the authority; the right to a payment order
    ("impersonation", "zh-Hant", "警察、法官都不會以電話要求您轉帳。"),
    ("impersonation", "zh-Hans", "债权人有权向人民法院申请支付令。"),
    # "you can't run" is not labelled a threat
    ("threat", "zh-Hans", "欠的钱跑不掉的，早点还吧。"),
    # 我日常, 我日前: no oath
    ("obscene", "zh-Hans", "我日前已提交还款申请，请查收。"),
    # 收到 is no "到" to a place; a parcel at the pickup point
    ("threat", "zh-Hant", "我哋收到你屋企人嘅查詢，已經轉交同事跟進。"),
    ("third_party", "zh-Hans", "您的包裹已寄到您家附近的驿站。"),
    # notices that they are no legal paper; regulators named as the supervisor
    ("impersonation", "zh-Hans", "此短信仅为提醒，不构成法律文书。"),
    ("impersonation", "zh-Hant", "提提你：警方唔會要求你轉賬。"),
    ("impersonation", "zh-Hans", "本公司为持牌机构，受金融监管总局监管。"),
    ("threat", "zh-Hans", "办理无犯罪记录证明请到派出所。"),
    # a bank freezing a dormant card of its own
    ("threat", "zh-Hans", "您的银行卡因长期未使用已被冻结，请到柜台办理。"),
    # the contacts permission
    ("third_party", "zh-Hans", "您的通讯录权限已关闭，我们不会读取。"),
    # 台端 inside a word is no pronoun
    ("threat", "zh-Hans", "请在平台端口设置中关闭自动上传。"),
    # other firms' signatures
    ("impersonation", "zh-Hans", "【信诚会计师事务所】年度审计资料请于月底前提交。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_class_stays_clean(category: str, lang: str, text: str) -> None:
    assert terms(text, category, lang) == [], text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("等著", "等着"),
        ("著名", "著名"),
        ("臭名昭著", "臭名昭著"),
        ("帳戶", "账户"),
        ("轉帳", "转账"),
        ("賴帳", "赖账"),
        ("帳篷", "帐篷"),
        ("台端", "您"),
        ("閣下", "您"),
        ("平台端口", "平台端口"),
    ],
)
def test_variant_spellings_are_read_as_one(source: str, text: str) -> None:
    # Taiwan writes 帳戶, which OpenCC makes 帐户; the lexicons say 账户
    assert Normalizer()(source).text == text
