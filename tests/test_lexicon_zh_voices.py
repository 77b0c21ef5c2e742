"""Chinese lexicon classes for new voices: community audiences, hinted losses, new
channels of exposure, funeral hints, legal-process footers, Hokkien oaths.

Each class is pinned both ways with sentences written for this module (none is an
evaluation message): the wording is found in several phrasings, Simplified,
Traditional or Cantonese, and an honest look-alike that shares its words stays clean.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # threat: a hinted loss of housing, work or trade, left to "你自己掂量"
    ("threat", "zh-Hans", "房东那边我们聊过了，明年还租不租给你，你自己掂量。"),
    ("threat", "zh-Hans", "你老板还用不用你，你自己想想。"),
    ("threat", "zh-Hant", "你份工保唔保得住，你自己諗清楚。"),
    ("threat", "zh-Hans", "站长还给不给你派单，你自己看着办。"),
    ("threat", "zh-Hans", "你这份工作还想不想要了？"),
    ("threat", "zh-Hant", "你份工仲想唔想做？"),
    ("threat", "zh-Hant", "你間舖頭仲想唔想開？"),
    ("threat", "zh-Hant", "你是護士欸，醫院知道了你還做得下去嗎？"),
    # threat: waiting at the airport or the border
    ("threat", "zh-Hans", "你下次回国我们在机场等你。"),
    ("threat", "zh-Hant", "你返大陸，我哋喺口岸等你。"),
    # threat: code-switched workplaces
    ("threat", "zh-Hans", "明天我去你 office 等你。"),
    # threat: a visit home dressed as "caring" or "sitting a while", whoever goes
    ("threat", "zh-Hant", "村長說明天會到府上關心一下。"),
    ("threat", "zh-Hans", "过两天去你家坐坐，顺便聊聊。"),
    ("threat", "zh-Hant", "聽日我上你屋企飲茶。"),
    # threat: going to the debtor's relatives
    ("threat", "zh-Hans", "再不接电话，我们就去菜市场找你老妈。"),
    ("threat", "zh-Hant", "我哋就去揾你阿爸。"),
    ("threat", "zh-Hans", "我明天直接去堵你老爸。"),
    # threat: "you'll see" after not paying
    ("threat", "zh-Hant", "明天中午前沒匯過來，你就知道。"),
    ("threat", "zh-Hans", "今晚不还，到时你就知道了。"),
    ("threat", "zh-Hans", "再不还钱，看看你就知道了。"),
    ("threat", "zh-Hant", "再唔覆，你就知死。"),
    # threat: "just try it" after a clause that holds the money back
    ("threat", "zh-Hans", "你要是还不把钱打过来，你就试试。"),
    ("threat", "zh-Hant", "月底唔轉錢畀我，你試下睇。"),
    # threat: funeral hints at death
    ("threat", "zh-Hant", "要不要先幫你和家人量一下尺寸？"),
    ("threat", "zh-Hans", "棺材钱都不还，是准备提前用上吗？"),
    ("threat", "zh-Hans", "寿衣都给你备好了，早点用上。"),
    ("threat", "zh-Hans", "要不要我们先帮你订个花圈？"),
    # threat: waiting at the staff exit
    ("threat", "zh-Hant", "我哋喺員工出口等你收工。"),
    ("threat", "zh-Hans", "明天我们蹲在你公司楼下等你。"),
    # threat: the debt called a fraud case (Taiwanese 詐欺), forged papers
    ("threat", "zh-Hant", "這已經是詐欺罪了，你自己看著辦。"),
    ("threat", "zh-Hant", "你申請時的薪資證明是偽造的吧？"),
    ("threat", "zh-Hant", "你份糧單點樣執靚咗，我哋都知。"),
    # shaming: "let them see what kind of person you are"
    ("shaming", "zh-Hans", "让你那些同学瞧瞧你到底是个什么东西。"),
    ("shaming", "zh-Hant", "等大家睇清你嘅真面目。"),
    ("shaming", "zh-Hans", "让街坊都看看你是个啥玩意。"),
    # shaming: a group told what kind of person the debtor is; who will trade with you
    ("shaming", "zh-Hans", "同乡会的人都知道你这人靠不住。"),
    ("shaming", "zh-Hant", "以後仲有邊個敢同你做生意？"),
    ("shaming", "zh-Hans", "圈子里谁还会信你？"),
    # shaming: sarcasm about never paying
    ("shaming", "zh-Hans", "欠了三年，打算下辈子还吧？"),
    # shaming: comments under the debtor's own post; debt evidence posted online
    ("shaming", "zh-Hans", "我去你抖音视频底下评论一下你欠钱的事。"),
    ("shaming", "zh-Hant", "我會喺你IG帖子下面留言。"),
    ("shaming", "zh-Hans", "你的欠条我拍好了，明天晒出来。"),
    ("shaming", "zh-Hant", "你嘅相同聊天記錄，我逐張po出來。"),
    # shaming: the unpaid list read out or posted
    ("shaming", "zh-Hant", "社員大會上會當眾宣讀欠款名單。"),
    ("shaming", "zh-Hans", "下周业主大会公布欠费业主名单。"),
    ("shaming", "zh-Hans", "明天早会我在全体面前点名。"),
    ("shaming", "zh-Hans", "庙会那天我在戏台上念出你的名字。"),
    # shaming: told to a group aloud; a sign held up in public
    ("shaming", "zh-Hant", "我會在遊覽車上跟大家講你欠錢的事。"),
    ("shaming", "zh-Hans", "我就去你单位门口举牌子。"),
    # shaming: "post" and overseas Chinese circles
    ("shaming", "zh-Hans", "我 post 上 FB 让大家看。"),
    ("shaming", "zh-Hans", "我在华人群里把你欠钱的事发一下。"),
    # shaming: live-stream comments, the debt cut into a short video
    ("shaming", "zh-Hans", "我天天去你直播间刷屏。"),
    ("shaming", "zh-Hant", "我會將你借錢嘅事剪成短片合集。"),
    # shaming: told in the group, the group first
    ("shaming", "zh-Hans", "我在车队群里把你借钱的事讲清楚。"),
    # third_party: a community's head told, or the hint that he will know
    ("third_party", "zh-Hans", "万一你们牧师知道了，你还怎么去教会？"),
    ("third_party", "zh-Hant", "要是你阿爸知道咗，你點交代？"),
    ("third_party", "zh-Hans", "我会告诉你们会长这件事。"),
    ("third_party", "zh-Hant", "我去揾你嘅班主任講下。"),
    # third_party: tagging relatives and friends in a post
    ("third_party", "zh-Hans", "我发帖顺便艾特你老婆和你同事。"),
    ("third_party", "zh-Hant", "限動我會tag妳那幾個姊妹。"),
    ("third_party", "zh-Hans", "我会在朋友圈标注你全家。"),
    # third_party: mutual friends as the audience
    ("third_party", "zh-Hans", "让你那些共同好友都看看。"),
    ("third_party", "zh-Hant", "你啲朋友應該想見識見識。"),
    # third_party: the neighbourhood or village as audience
    ("third_party", "zh-Hant", "讓整條村嘅村民評評理。"),
    ("third_party", "zh-Hans", "开大会那天，全庄的人都会听到。"),
    ("third_party", "zh-Hant", "讓全社區的住戶看看。"),
    # third_party: email or private message to the employer or relatives
    ("third_party", "zh-Hant", "我直接 email 你公司 HR。"),
    ("third_party", "zh-Hans", "我私信你老板说一下。"),
    # third_party: work groups of riders, drivers, associations
    ("third_party", "zh-Hans", "在你们骑手群里发一下。"),
    ("third_party", "zh-Hans", "我去你的商会群说说。"),
    # third_party: "I won't keep it from them" hints
    ("third_party", "zh-Hans", "业主们问起来，我可不替你瞒着。"),
    ("third_party", "zh-Hant", "呢單嘢我唔會再幫你瞞。"),
    # third_party: "shall I have a word with him" about the debtor
    ("third_party", "zh-Hant", "你們宮的主委我很熟，要不要我去跟他聊聊你？"),
    # third_party: "when the parents hear of it", the group as witnesses
    ("third_party", "zh-Hans", "你的病人知道了你欠钱，还会来看病吗？"),
    ("third_party", "zh-Hans", "聚餐那天我当着兄弟们的面跟你算账。"),
    ("third_party", "zh-Hans", "你们社区的网格员我们已经联系上了。"),
    # third_party: court papers sent to the workplace still tell the employer; a
    # collection letter sent home tells the family
    ("third_party", "zh-Hans", "传票这两天就寄到你单位。"),
    ("third_party", "zh-Hans", "催收函明天寄到你老家。"),
    # third_party: code-switched kin and colleagues; the pastor, the building's watchman
    ("third_party", "zh-Hans", "你 family 全部都会知道。"),
    ("third_party", "zh-Hans", "你的 colleague 都会知道你欠钱。"),
    ("third_party", "zh-Hans", "我去你们教会跟牧师说说。"),
    ("third_party", "zh-Hant", "你屋企樓下個看更我哋已經同佢講咗。"),
    # third_party: does the head of your group know?
    ("third_party", "zh-Hans", "你们站长知道你欠钱吗？"),
    ("third_party", "zh-Hant", "你的牧師知不知道你欠錢？"),
    # impersonation: the SMS itself as legal process served
    ("impersonation", "zh-Hant", "本簡訊具同等法律效力，請勿忽視。"),
    ("impersonation", "zh-Hans", "此短信自发出之日即视为合法送达。"),
    ("impersonation", "zh-Hans", "本通知等同律师函。"),
    ("impersonation", "zh-Hant", "本訊息經律師事務所核發，視同存證信函。"),
    # impersonation: the debt reported to immigration, customs, tax
    ("impersonation", "zh-Hant", "你嘅欠款已經報咗入境事務處。"),
    ("impersonation", "zh-Hans", "我们已上报海关，你出境会被拦。"),
    ("impersonation", "zh-Hans", "你的欠款已向税务局通报了。"),
    ("impersonation", "zh-Hant", "你個名已經喺海關有記錄。"),
    ("impersonation", "zh-Hans", "你的驾照我们已经报到车管所注销了。"),
    ("impersonation", "zh-Hant", "放債人註冊處已經有你嘅紀錄。"),
    ("impersonation", "zh-Hant", "台端已列入金融監督管理委員會不良債務人名冊。"),
    ("impersonation", "zh-Hant", "本公司已委任律師行，律師信今日寄出。"),
    ("impersonation", "zh-Hans", "本通知已经公证，具备法律效力。"),
    # obscene: Taiwanese sound-alikes of 干恁娘; Hokkien initials; a split 仆街
    ("obscene", "zh-Hant", "甘霖老師咧，還不還錢"),
    ("obscene", "zh-Hant", "奸恁娘，電話都不接"),
    ("obscene", "zh-Hans", "knn，钱呢？"),
    ("obscene", "zh-Hans", "cibai 你还不还"),
    ("obscene", "zh-Hant", "死亻卜街，覆機啦"),
    ("obscene", "zh-Hant", "塞恁娘，電話是不會接喔"),
    ("obscene", "zh-Hant", "靠邀喔，又不接"),
    ("obscene", "zh-Hans", "你个伞兵，钱呢"),
    ("shaming", "zh-Hans", "你是2b吧，借了不还"),
]

CLEAN = [
    # the landlord's own honest question about renewal, with no hint
    ("threat", "zh-Hans", "您的租约下月到期，是否续租请您自己斟酌后告知我们。"),
    ("threat", "zh-Hant", "如想續約，你自己考慮吓再覆我哋。"),
    # a visit the customer booked; a home visit of a service
    ("threat", "zh-Hans", "应您的要求，客户经理明天到府上拜访拜访。"),
    ("threat", "zh-Hans", "应您的预约，社区护士明天到府上关心一下您的康复情况。"),
    # "you will know" as guidance
    ("threat", "zh-Hans", "没收到验证码的话，打开 App 你就知道怎么操作。"),
    # "look it up and you will see": checking something, not a blank consequence
    ("threat", "zh-Hans", "还没到账的话，刷新一下你就知道了。"),
    ("threat", "zh-Hant", "款項未到帳？登入網銀查一下你就知道了。"),
    ("threat", "zh-Hans", "没付成功也没关系，看一下订单详情你就明白了。"),
    # a phone call that "cares" is no visit; a florist's order for a real funeral
    ("threat", "zh-Hans", "我们会来电关心一下您的还款情况。"),
    ("threat", "zh-Hans", "已为您订好花圈，明早送到告别式会场，请节哀。"),
    ("threat", "zh-Hans", "生前契约，提前准备，让家人安心。"),
    # a tailor, a funeral home's honest instalment reminder
    ("threat", "zh-Hans", "裁缝说周末帮你和家人量一下尺寸，做新年衣服。"),
    ("threat", "zh-Hant", "您的生前契約本期款項尚未繳納，請於月底前繳清。"),
    # an employee entrance as a place, not an ambush
    ("threat", "zh-Hans", "面试请从员工通道进入，保安会带您上楼。"),
    # warnings against forged papers, a condition, a scam notice
    ("threat", "zh-Hans", "如发现申请资料造假，平台将依约终止合作。"),
    ("threat", "zh-Hant", "請勿提供偽造的證明文件。"),
    # fraud as the customer's risk, from a scam warning
    ("threat", "zh-Hant", "謹防詐欺，本行不會要求您轉帳至安全帳戶。"),
    # "你全家" tagged in a greeting is no threat
    ("threat", "zh-Hans", "新年快乐！祝你全家幸福。"),
    # a notice inside the work group itself
    ("third_party", "zh-Hans", "工友群通知：本月工资已发，没到账的私聊我。"),
    # "发到你们公司群" is a chat group, not a visit; the crew word as an audience
    ("threat", "zh-Hans", "活动海报已经发到你们公司群了。"),
    ("threat", "zh-Hans", "年会照片让兄弟们都看看。"),
    # "去找你们牧师" is telling, not visiting
    ("threat", "zh-Hans", "有困难可以去找你们牧师聊聊。"),
    # honest groups and lists: a school's paid list, a neighbourhood notice
    ("shaming", "zh-Hans", "本周将公布缴费成功的家长名单，感谢支持。"),
    ("shaming", "zh-Hans", "物业不会公布欠费业主名单，请放心。"),
    ("shaming", "zh-Hant", "社員大會上會當眾宣讀年度財報。"),
    # "share" in a promotion
    ("shaming", "zh-Hans", "欢迎 share 给你的 friends 参加活动。"),
    # 念 inside 纪念, 想念
    ("shaming", "zh-Hans", "纪念你的照片墙已经完成，欢迎参观。"),
    # a promotion that asks followers to comment; a receipt posted by the customer
    ("shaming", "zh-Hans", "欢迎在我们抖音视频底下留言参与抽奖。"),
    ("shaming", "zh-Hans", "请把转账截图发给客服核对。"),
    # a respected person, no insult
    ("shaming", "zh-Hans", "王老板在商会里也是有头有脸的人，这次分期我们尽量配合。"),
    ("shaming", "zh-Hant", "商會的人都知道你這人很守信，謝謝你準時還款。"),
    # "knew" in good news; a tour guide at the airport; a licence office
    ("third_party", "zh-Hans", "同事知道了这个好消息都很开心。"),
    ("third_party", "zh-Hans", "家长们知道了吗？本周五家长会。"),
    ("threat", "zh-Hans", "导游会在机场等你，请带好行李。"),
    ("impersonation", "zh-Hans", "您的驾照换证可到车管所办理。"),
    # the debtor asked to contact someone; building staff doing their job
    ("third_party", "zh-Hans", "请联系你们的管理员重置密码。"),
    ("third_party", "zh-Hans", "保安已经通知了业主停水时间。"),
    ("third_party", "zh-Hans", "快递已放门卫处，可跟门卫说一声。"),
    ("third_party", "zh-Hans", "你的班主任会在家长会上讲评成绩。"),
    # a customer's own channels; a tag-a-friend promotion
    ("third_party", "zh-Hans", "转发并艾特你的三位好友，参加抽奖赢取礼品。"),
    ("third_party", "zh-Hans", "如需我们联系你的牧师协助，请回复1。"),
    ("third_party", "zh-Hans", "如有疑问，请联系你的客户经理。"),
    # a transfer notice: 其 is the creditor
    (
        "third_party",
        "zh-Hans",
        "原债权人已将其对您的借款债权依法转让予本公司，如有异议请联系我们。",
    ),
    # a summons served at home is not a disclosure to others (the court claim is
    # impersonation, judged there)
    ("third_party", "zh-Hans", "法院传票将寄到你老家户籍地址。"),
    # "不会告诉", a promise not to email the employer
    ("third_party", "zh-Hans", "我们不会 email 你公司 HR，请放心。"),
    # the debtor's own right to go to the police; the debtor saying he will
    ("impersonation", "zh-Hant", "你有權向警方反映，我哋已經調整聯絡時間。"),
    ("impersonation", "zh-Hans", "你要报警随便，我们只是提醒还款。"),
    # the registrar as the debtor's channel
    ("impersonation", "zh-Hans", "您可以向放债人注册处查询本公司牌照。"),
    # consent texts that say a step is "deemed" done
    ("impersonation", "zh-Hans", "本短信回复确认后即视为同意分期方案。"),
    ("impersonation", "zh-Hans", "本短信不具法律效力，仅作提醒。"),
    ("impersonation", "zh-Hans", "根据您的授权，本短信视同书面通知。"),
    ("impersonation", "zh-Hans", "本短信视为您已收到还款提醒。"),
    # customs and passports in honest notices
    ("impersonation", "zh-Hans", "您的护照已在出入境管理局办理完成。"),
    ("impersonation", "zh-Hans", "您的包裹已报关，海关查验后派送。"),
    # 2B pencils and paratroopers
    ("obscene", "zh-Hans", "你这个2B铅笔带了吗？考试要用。"),
    ("shaming", "zh-Hans", "他是伞兵部队退役的老兵。"),
    # "甘霖" as a word
    ("obscene", "zh-Hans", "久旱逢甘霖，感谢您按时还款。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_class(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
