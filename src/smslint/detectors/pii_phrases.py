"""Context-bound PII patterns: date of birth, employer, relatives, street addresses.

These have no checksum; what makes them personal data is the words around them.
Each pattern carries its cue and reports only the value: ``\\K`` (``regex`` module)
drops the cue from the match, so "your wife Lisa" reports "Lisa" and "在XX公司上班"
reports "XX公司". The patterns run with the ``regex`` module in both passes.

Cues come in several phrasings each:

* the name after its relation ("your husband Mark", "你老公李强", "您的配偶赵敏") or
  before it ("Mark (your husband)", "黄建华（父亲）");
* besides kin, the people around the debtor: references, co-signers, emergency
  contacts, neighbours, coworkers;
* employers by where the debtor works, who works there or what it pays ("HR at X",
  "wages from X", "你喺X公司返工", "工作單位係「X」").

A relative who is the debtor ("your husband Mark owes", "您儿子李强在我司的借款") is
named by the debtor's name, which is allowed: the patterns look ahead and leave it.
"""

from __future__ import annotations

import regex

from smslint.detectors.pii_entities import (
    ADDRESS_CONTEXT,
    DATE_OF_BIRTH,
    EMPLOYER,
    RELATIVE_NAME,
    STREET_ADDRESS,
    PiiPattern,
)
from smslint.detectors.pii_validators import birth_date

_HAN = "\u4e00-\u9fff"
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:18|19|20)[0-9]{2}"
_DATE = (
    rf"(?:{_YEAR}(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])"
    r"|\s?年\s?(?:0?[1-9]|1[0-2])\s?月\s?(?:0?[1-9]|[12][0-9]|3[01])[日号號]?"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
    r"|[0-3]?[0-9][-/.][0-3]?[0-9][-/.](?:(?:18|19|20)[0-9]{2}|[0-9]{2})"
    # a two-digit year in Chinese ("90年3月7日"), Taiwan's Minguo calendar (year 1 is
    # 1912: "民國79年3月8日")
    r"|(?:民國|民国)?\s?[0-9]{2,3}\s?年\s?(?:0?[1-9]|1[0-2])\s?月\s?(?:0?[1-9]|[12][0-9]|3[01])"
    r"[日号號]?"
    # "March 7, 1990", "Mar-07-1990", "7 March 1990", "07-Mar-1990", "7th of March 1990"
    rf"|{_MONTH}\.?[-/\s]+[0-3]?[0-9](?:st|nd|rd|th)?,?[-/\s]+{_YEAR}"
    rf"|[0-3]?[0-9](?:st|nd|rd|th)?(?:\s+of)?[-/\s]+{_MONTH}\.?,?[-/\s]+{_YEAR})"
    r"(?![0-9])"
)
_BIRTH = (
    r"(?:(?<![A-Za-z])(?i:date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b\.?"
    r"|born(?:\s+on)?)|出生日期|出生年月日?|出生于|出生於|出世日期|出世|生日|出生|生於|生于)"
    r"(?:\s*(?i:is|was|of|as|on\s+file(?:\s+as)?|listed\s+as|shows?\s+as|recorded\s+as"
    r"|the|:|-|,|\(|：|（|，|是|为|為|係|系|登记为|登記為))*\s*\K"
)

# Capitalized words that follow a cue without being a name ("your wife Please call").
_NOT_NAMES = frozenset(
    "The A An This That We You Your Our Us He She They It His Her Their Please Call "
    "Text Reply Pay Paid Thank Thanks If And Or But To At On In For Of By With From As "
    "Is Are Was Were Be Has Have Had Will Would Can Could May Should Must Do Does Did "
    "Not No Yes Who What When Where Why How Today Tomorrow Also Already Just "
    "STOP Number ID Code Account Ref Reference Dear Hi Hello Mr Mrs Ms Miss Dr Sir "
    "Madam Monday Tuesday Wednesday Thursday Friday Saturday Sunday Identification "
    "Information Info Details Verification Name Address Phone Letter Records Record "
    "Contact Status Data Portal Benefits".split()
)
_NOT_NAME_AHEAD = "(?!(?:" + "|".join(sorted(_NOT_NAMES)) + ")(?![A-Za-z]))"
_NAME_WORD = r"[A-Z](?:[A-Za-z0-9&'-]|\.(?=[A-Za-z]))*"
_PERSON = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?"
    rf"{_NOT_NAME_AHEAD}[A-Z][a-z]+(?:[ -]{_NOT_NAME_AHEAD}[A-Z][a-z]+)?(?![A-Za-z])"
)

# relatives, and the other people a collector may name: references, co-signers,
# emergency contacts, friends, neighbours, the people the debtor works with
_RELATION_EN = (
    r"(?:(?:mother|father|brother|sister|son|daughter)s?-in-law"
    r"|(?:ex-?|late\s+|former\s+)?(?:wife|husband|partner|spouse|girlfriend|boyfriend)"
    r"|wife|husband|spouse|partner|fianc[eé]e?|girlfriend|boyfriend|grandmother"
    r"|grandfather|grandma|grandpa|grandson|granddaughter|grandchild|grandkid"
    r"|stepmother|stepfather|stepson|stepdaughter|stepmom|stepdad|mother|mom|mum|mama"
    r"|father|dad|daddy|parent|son|daughter|brother|sister|sibling|aunt|uncle|cousin"
    r"|niece|nephew|kid|child|children|relative|in-laws"
    r"|references?|emergency\s+contacts?|co-?signers?|co-?borrowers?|co-?applicants?"
    r"|guarantors?|friends?|neighbou?rs?|room-?mates?|landlord|landlady"
    r"|co-?workers?|colleagues?|manager|supervisor|boss)s?"
)
# the relation words, lowercase and cut short where their forms differ ("neighbo")
_RELATIONS_EN = tuple(
    "wife husband spouse partner fianc girlfriend boyfriend mother father mom mum "
    "mama dad parent son daughter brother sister sibling aunt uncle cousin niece "
    "nephew grand kid child relative in-law reference emergency signer borrower "
    "applicant guarantor friend neighbo roommate room-mate landlord landlady "
    "worker colleague manager supervisor boss".split()
)
# the fast pass's cues: "ur" and a relation word ("your wife" contains "ur wife")
_RELATION_CUES_EN = (
    *(f"ur {w}" for w in _RELATIONS_EN),
    *(f"ur co{w}" for w in ("-", "sign", "borrow", "applic", "work")),
    "ur ex",
    "ur late ",
    "ur former ",
)
# what a debtor does: a relative named so is the debtor, whose name is allowed
# ("your husband Mark owes", "your son Tyler's account", "您儿子李强在我司的借款")
_OWES_EN = (
    r"(?!(?:'|’)s\s+(?:(?:overdue|outstanding|past[- ]due|unpaid|delinquent|credit|car"
    r"|student|personal|auto)\s+)?(?:account|debt|loan|balance|bill|card|payment|file"
    r"|mortgage|arrears|obligation)"
    r"|\s+(?:still\s+)?(?:owes|owed|borrowed|defaulted"
    r"|has\s+(?:an?\s+|the\s+)?(?:overdue|outstanding|past[- ]due|unpaid|delinquent)"
    r"|is\s+(?:behind|late|past\s+due|overdue|delinquent|in\s+default)"
    r"|(?:has\s+not|hasn't|has\s+never|never)\s+(?:paid|repaid)))"
)
_GREETING = r"(?<!(?i:hi|hello|hey|dear|attn|attention|to)[ ,:]+)"
_RELATION_ZH = (
    "妈妈|母亲|老妈|爸爸|父亲|老爸|老婆|妻子|爱人|老公|丈夫|太太|先生|配偶|儿子|女儿|哥哥|"
    "姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|岳父|岳母|公公|婆婆|叔叔|阿姨|舅舅|姑姑|"
    "伯伯|伯父|伯母|婶婶|舅妈|姨妈|姑妈|嫂子|姐夫|妹夫|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|"
    "堂妹|媳妇|女婿|亲戚|家人|孩子|小孩|男朋友|女朋友|男友|女友|未婚夫|未婚妻|前妻|前夫|"
    "同事|朋友|室友|邻居|老板|领导|上司|主管|担保人|保证人|紧急联系人|"
    "媽媽|母親|老媽|父親|愛人|兒子|女兒|爺爺|媳婦|親戚|嬸嬸|舅媽|姨媽|姑媽|鄰居|老闆|領導|"
    "擔保人|保證人|緊急聯絡人|緊急聯繫人|老豆|老竇|阿爸|阿媽|老母|家姐|細佬|细佬|阿哥|"
    "個仔|個女|囡囡|"
    # one character, after the longer words: "你爸张国庆", "你妈王芳"
    "爸|妈|媽|哥|姐|弟|妹|爹|娘"
)
# The fast pass's cues: the relation words, except those common in clean messages
# (王先生, 家人, 孩子, 你妈 …), which cue only after 你/您/妳 (in a flat list: a cue
# per relation and prefix would make the cue scan ten times bigger to build).
_COMMON_ZH = frozenset(
    "先生 家人 朋友 孩子 小孩 同事 领导 領導 主管 上司 老板 老闆 亲戚 親戚 "
    "爸 妈 媽 哥 姐 弟 妹 爹 娘".split()
)
_RELATION_CUES_ZH = (
    *(rel for rel in _RELATION_ZH.split("|") if rel not in _COMMON_ZH),
    *(
        f"{you}{de}{rel}"
        for you in "你您妳"
        for de in ("", "的", "嘅")
        for rel in sorted(_COMMON_ZH)
    ),
)
# a name written before its relation in brackets: "黄建华（父亲）", "林建國（父）"
_KIN_IN_BRACKETS = (
    rf"[（(](?:你|您|妳|其|借款人|債務人|债务人)?(?:的|嘅)?(?:{_RELATION_ZH}"
    r"|[父母夫妻兄弟姐妹子女兒儿])[)）]"
)
_OWES_ZH = (
    "(?!(?:在(?:我司|本公司|我公司|我行|本行|本平台|我们|我們|贵司|貴司|平台))?(?:的|嘅)?"
    "(?:借款|欠款|贷款|貸款|借贷|借貸|网贷|網貸|账单|帳單|賬單|账户|帳戶|賬戶|信用卡|债务|"
    "債務|欠|尚欠|拖欠|逾期|未还|未還|還未|还未|仍未))"
)
# Common surnames. Characters that are mostly function words after a relation word
# (和 都 向 常 成 应 连 单 …) are left out: "你妈妈都知道" is not a name.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
    "黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳祝宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲"
    "房滕屈饶牟艾尤穆农卓缪简项芦麦褚娄窦戚岑景费卜晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋"
    "刁荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝"
    "陳楊黃趙吳劉張孫鄭謝韓馮鄧蕭葉蘇呂鍾譚陸盧閻賀顧龔錢嚴溫莊聶歐關蘭紀塗駱藍鮑華饒衛龍"
    "魯寧費湯鄒馬許羅鄔賈韋"
)
_COMPOUND_SURNAMES = (
    "欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|"
    "长孙|長孫|宇文|夏侯|轩辕|軒轅|端木|西门|西門|南宫|南宮"
)
# characters that end a name: particles, common verbs, the start of 电话/手机/号码
_AFTER_NAME = (
    "说讲說講打来來去在已也和跟让讓给給的呢吗嗎了要会會"
    "把被对對向告知找帮幫借欠还還催同电電手号號"
    "喺係嘅都就上住是为為叫现現今昨正很每曾刚剛話话读讀念唸开開坐做当當能可想没沒不太最才将將又再"
)
# surname-led words that are not names ("你儿子马上还款")
_NOT_ZH_NAMES = frozenset(
    "马上 馬上 高兴 高興 方便 方面 明天 金额 金額 安全 钱款 錢款 余额 餘額 "
    "曾经 曾經 石头 黄金 白天 温柔 文件 付款 付清 宁愿 寧願 尤其 毕业 畢業 "
    "卫生 衛生 简单 簡單 欧元 歐元".split()
)

_WORK_VERBS = (
    "上班|工作|任职|任職|就职|就職|打工|返工|做嘢|做野|供职|供職|实习|實習|兼职|兼職"
    "|上工|开工|開工|当|當|做|任"
)
_WORK_ZH = tuple(_WORK_VERBS.split("|"))
# the people at the debtor's work: "在XX公司的同事"
_WORK_PEOPLE = (
    "同事|领导|領導|老板|老闆|老细|老細|上司|主管|经理|經理|人事|财务|財務|HR"
)
_ORG = (
    "公司|集团|集團|银行|銀行|医院|醫院|学校|學校|大学|大學|中学|中學|小学|小學|工厂|工廠|厂|廠|"
    "酒店|餐厅|餐廳|商场|商場|超市|研究院|研究所|事务所|事務所|律所|律师行|律師行|中心|分行|支行|"
    "门店|門店|单位|單位|科技|电子|電子|物流|贸易|貿易|实业|實業|控股|传媒|傳媒|药业|藥業|地产|"
    "地產|建设|建設|建筑|建築|网络|網絡|網路|信息|资讯|資訊|咨询|諮詢|顾问|顧問|制造|製造|电器|"
    "電器|汽车|汽車|百货|百貨|证券|證券|保险|保險|基金|大厦|大廈|大楼|大樓|广场|廣場|写字楼|"
    "寫字樓|工地|车间|車間|诊所|診所|药房|藥房|物业|物業|机构|機構|局|店|总行|總行|总部|總部"
    "|分店|分部|分厂|分廠|企业|企業|工业|工業|商行|协会|協會|电视台|電視台|报社|報社|出版社|旅行社"
    "|外卖|外賣|快递|快遞|平台|便利店|餐馆|餐館|饭店|飯店|酒楼|酒樓|茶餐厅|茶餐廳"
)
# legal forms that follow a business word: "某某科技有限公司", "某某集团股份有限公司"
_ORG_FORMS = "股份有限公司|有限责任公司|有限責任公司|有限公司|分公司"
_ORG_NAME = (
    rf"(?:[{_HAN}A-Za-z0-9（）()·&]{{2,20}}?(?:{_ORG_FORMS}|{_ORG})(?:{_ORG_FORMS}|{_ORG})*"
    r"|[A-Z][A-Za-z0-9&.-]{1,20}(?![A-Za-z0-9&.-]))"
)
# not a named employer: ours (本公司, 我司), yours in general (你公司), or "this/that"
_NOT_EMPLOYER_START = tuple("本我贵貴该該此其你您")

_STREET_WORDS = (
    "Street Avenue Road Boulevard Drive Lane Court Way Place Terrace Circle Parkway "
    "Highway Square Trail Plaza Row Loop Path Pike Alley Walk Crescent Cove "
    "Expressway Turnpike"
).split()
_STREET_ABBREVIATIONS = (
    "St Ave Rd Blvd Dr Ln Ct Pl Ter Cir Pkwy Hwy Sq Trl Plz Aly Cres Expy Tpke".split()
)
# house numbers in words: "One Liberty Plaza", "Twelve Oak Lane"
_NUMBER_WORD = (
    "(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
    "Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|"
    "Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)"
)
_STREET_SUFFIXES = _STREET_WORDS + _STREET_ABBREVIATIONS
# an abbreviation may take a dot; after a full word the dot ends the sentence
_STREET_SUFFIX = (
    "(?:"
    + "|".join([*_STREET_WORDS, *(a + r"\.?" for a in _STREET_ABBREVIATIONS)])
    + ")"
)
_CN_SUFFIX = (
    "特别行政区|特別行政區|自治区|自治區|省|市|区|區|县|縣|镇|鎮|乡|鄉|街道|大道|路|街|巷|弄|胡同|"
    "道|里|鄰|邻|邨|苑|閣|阁|園|园|坊|城|"
    "号|號|小区|小區|花园|花園|新村|公寓|大厦|大廈|栋|棟|幢|座|单元|單元|室|楼|樓|层|層|村|组|組|段"
)
# Hong Kong and Taiwan street level too: 道 (彌敦道), 邨 (estates), 苑/閣 (courts),
# 巷/弄 (lanes and alleys)
_CN_STREET_LEVEL = tuple(
    "路 街 巷 弄 胡同 大道 道 邨 苑 閣 阁 小区 小區 花园 花園 新村 公寓 "
    "大厦 大廈 栋 棟 幢 单元 單元 室 村 段".split()
)
# an address does not start with a pronoun, verb or preposition ("你家住在北京市…")
_CN_NOT_FIRST = (
    "你您我他她在住于於到的是为為家请請和与與及从從至往去来來把将將向对對喺係嘅"
)
# characters no address component contains: the verbs and particles around one
# ("本公司位于深圳市…" is an address from 深圳市 on)
_CN_NOT_INSIDE = (
    "你您妳我他她们們在住于於的是为為请請位从從把将將被让讓给給吗嗎呢吧了喺係嘅"
)


def _not_a_name(text: str, _lang: str) -> bool:
    if text.isascii():
        return text.split()[0] in _NOT_NAMES
    return text in _NOT_ZH_NAMES or text[:2] in _NOT_ZH_NAMES


def _not_an_employer(text: str, _lang: str) -> bool:
    first = text.split()[0]
    return text.startswith(_NOT_EMPLOYER_START) or (
        first in _NOT_NAMES and first != "The"
    )


# words with a street-level character that are no street: "知道", "渠道", "这里"
_NOT_STREET_WORDS = regex.compile(
    "知道|渠道|频道|頻道|难道|難道|味道|道歉|报道|報道|一道"
)


def _not_a_cn_address(text: str, _lang: str) -> bool:
    # two or more components, one of them street level, and a house or room number
    if not any(c.isdigit() for c in text):
        return True
    text = _NOT_STREET_WORDS.sub("", text)
    return not any(s in text for s in _CN_STREET_LEVEL)


# who works there: not the sender ("we work for Lumen Bank", "I'm employed by …")
_NOT_SENDER_SUBJECT = (
    r"(?<!(?i:we|i|we're|we\s+are|i'm|i\s+am|us|our\s+team|our\s+staff|our\s+agents"
    r"|who\s+we)\s+(?:(?i:currently|now|also|still|only|directly)\s+)?)"
)
_EMPLOYER_CUE_EN = (
    rf"(?<![A-Za-z]){_NOT_SENDER_SUBJECT}(?i:works?\s+(?:at|for)|working\s+(?:at|for)"
    r"|worked\s+(?:at|for)|employed\s+(?:at|by|with)"
    # "employed as a driver at X", "works as a nurse for X"
    r"|(?:employed|works?|working|worked)\s+as\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:at|for|with|by)"
    r"|(?:your|ur)\s+(?:(?:new|current|former|previous|old|present|last|full-time"
    r"|part-time|day|second)\s+)?(?:employer|workplace|company|job|work|office|position"
    r"|employment"
    r"|role|boss|manager"
    r"|supervisor|foreman|co-?workers?|colleagues?|team)\s+(?:at|with|from)"
    r"|(?:your|ur)\s+(?:(?:new|current|former|previous|old|present|last)\s+)?"
    r"(?:employer|workplace|company)"
    # the people and the pay at a workplace: "HR at X", "everyone at X", "wages from X"
    r"|(?<!(?i:our|my)\s)(?:HR|human\s+resources|payroll|personnel)"
    r"(?:\s+(?:department|dept\.?|office|team|manager|staff))?\s+(?:at|of|from)"
    r"|co-?workers\s+at|colleagues\s+at"
    r"|(?:wages?|paychecks?|pay\s?checks?|salary|salaries|earnings|paystubs?|income)"
    r"\s+(?:from|at|with)"
    r"|(?:your|ur)\s+pay\s+(?:from|at))"
)

# "everyone at X" names a workplace only when X is a business: not a church, a club
# or a school, where telling everyone shames the debtor but names no employer
_COMMUNITY = frozenset(
    "Church Chapel Cathedral Parish Mosque Temple Synagogue Congregation Fellowship "
    "Ministries Ministry Club Gym Fitness School Academy Elementary College University "
    "Neighborhood Neighbourhood Community".split()
)


def _not_a_workplace(text: str, lang: str) -> bool:
    return _not_an_employer(text, lang) or text.split()[-1] in _COMMUNITY


PHRASE_PATTERNS: tuple[PiiPattern, ...] = (
    PiiPattern(
        "birth_date",
        DATE_OF_BIRTH,
        _BIRTH + _DATE,
        0.85,
        reject=lambda text, lang: not birth_date(text, lang),
        cues=("birth", "dob", "d.o.b", "born", "出生", "生日", "出世", "生於", "生于"),
    ),
    PiiPattern(
        "employer_en",
        EMPLOYER,
        _EMPLOYER_CUE_EN + rf"(?:\s*[,:(-]|\s+(?i:is|at))?\s+(?:the\s+)?\K{_NAME_WORD}"
        rf"(?:\s+(?:(?:of|and|&)\s+)?{_NAME_WORD}){{0,4}}",
        0.7,
        reject=_not_an_employer,
        cues=(
            "works at",
            "works for",
            "work at",
            "work for",
            "working at",
            "working for",
            "worked at",
            "worked for",
            "employed",
            "work as ",
            "works as ",
            "working as ",
            "worked as ",
            "employer",
            "ur new ",
            "ur current ",
            "ur former ",
            "ur previous ",
            "ur old ",
            "ur present ",
            "ur last ",
            "ur full-time ",
            "ur part-time ",
            "ur day job",
            "ur second job",
            "ur workplace",
            "ur employ",
            "ur role",
            "ur company",
            "ur job",
            "ur work",
            "ur office",
            "ur position",
            "ur boss",
            "ur manager",
            "ur supervisor",
            "ur foreman",
            "ur co-w",
            "ur cow",
            "ur colleague",
            "ur team",
            "hr at",
            "hr of",
            "hr from",
            "hr department",
            "hr dept",
            "hr office",
            "hr team",
            "hr manager",
            "hr staff",
            "human resources",
            "payroll",
            "personnel",
            "workers at",
            "colleagues at",
            "wage",
            "paycheck",
            "pay check",
            "salar",
            "earnings",
            "paystub",
            "income from",
            "income at",
            "income with",
            "ur pay ",
        ),
    ),
    PiiPattern(
        "employer_en_people",
        EMPLOYER,
        r"(?<![A-Za-z])(?i:tell|let|notify|inform|warn|alert|show|text|call|email"
        r"|e-mail|message|contact|ask|remind)\s+(?i:everyone|everybody|people|the\s+"
        r"staff|all\s+your\s+(?:co-?workers|colleagues))\s+(?i:at|from)\s+\K"
        rf"{_NAME_WORD}(?:\s+(?:(?:of|and|&)\s+)?{_NAME_WORD}){{0,4}}",
        0.7,
        reject=_not_a_workplace,
        cues=(
            "everyone at",
            "everyone from",
            "everybody at",
            "everybody from",
            "people at",
            "people from",
            "staff at",
            "staff from",
            "all your co",
            "all your colleagues",
        ),
    ),
    PiiPattern(
        "employer_zh",
        EMPLOYER,
        rf"(?:在|于|於|喺)\K{_ORG_NAME}(?=\s*(?:{_WORK_VERBS}|(?:的|嘅)(?:{_WORK_PEOPLE})))",
        0.7,
        reject=_not_an_employer,
        cues=(
            *_WORK_ZH,
            *(f"{de}{w}" for de in "的嘅" for w in _WORK_PEOPLE.split("|")),
        ),
    ),
    PiiPattern(
        "employer_zh_label",
        EMPLOYER,
        r"(?:工作单位|工作單位|任职单位|任職單位|就职单位|就職單位|单位名称|單位名稱|就职于|就職於"
        r"|任职于|任職於|受雇于|受僱於|任职公司|任職公司|就职公司|就職公司|工作地点|工作地點"
        r"|(?:你|您|妳)(?:的|嘅)?(?:单位|單位|公司|工作))"
        r"(?:\s*(?:仍然|依然|还是|還是|目前|现在|現在|仍|也|都))?"
        r"(?:\s*(?:是|为|為|係|系|叫|：|:|（|\())+\s*[「『“\"《]?\s*\K" + _ORG_NAME,
        0.7,
        reject=_not_an_employer,
        cues=(
            "单位",
            "單位",
            "就职",
            "就職",
            "任职",
            "任職",
            "受雇",
            "受僱",
            "工作地",
            *(f"{you}{de}公司" for you in "你您妳" for de in ("", "的", "嘅")),
        ),
    ),
    PiiPattern(
        "relative_en",
        RELATIVE_NAME,
        rf"(?<![A-Za-z])(?i:your|ur)\s+(?i:{_RELATION_EN})"
        r"(?:(?:'|’)s\s+name\s+(?:is\s+)?|(?:\s*[,:(-]\s*|\s+)"
        r"(?:(?i:named|called|is|including|namely|such\s+as|especially|like)\s+)?)"
        rf"\K(?>{_PERSON}){_OWES_EN}",
        0.7,
        reject=_not_a_name,
        cues=_RELATION_CUES_EN,
    ),
    # the name first: "Mark (your husband)", "we told Mark, your husband, that"
    PiiPattern(
        "relative_en_before",
        RELATIVE_NAME,
        rf"{_GREETING}(?<![A-Za-z])(?>{_PERSON})"
        rf"(?=\s*\(\s*(?i:your|ur|the\s+debtor's|his|her)\s+(?i:{_RELATION_EN})\s*\)"
        rf"|(?<=[a-z][ ][A-Za-z -]+),\s*(?i:your|ur)\s+(?i:{_RELATION_EN})\s*,)",
        0.7,
        reject=_not_a_name,
        cues=(
            "(your ",
            "( your ",
            "(ur ",
            "(the debtor",
            "(his ",
            "(her ",
            *(f"ur {w}," for w in _RELATIONS_EN),
            *(f"ur {w}s," for w in _RELATIONS_EN),
        ),
    ),
    PiiPattern(
        "relative_zh",
        RELATIVE_NAME,
        rf"(?:(?:你|您|妳)(?:的|嘅)?(?:{_RELATION_ZH})|(?:紧急联系人|緊急聯絡人|緊急聯繫人|"
        rf"担保人|擔保人|保证人|保證人|共同借款人|共同还款人|共同還款人))"
        rf"(?:[，,：:（(\s]\s*)?(?:(?:的|嘅)?名字(?:是|叫|係)?|名叫|叫做|叫|是|係|为|為)?\K"
        rf"(?:{_COMPOUND_SURNAMES}|[{_SURNAMES}])[{_HAN}]{{1,2}}?(?=[^{_HAN}]|[{_AFTER_NAME}]|$)"
        + _OWES_ZH,
        0.7,
        reject=_not_a_name,
        cues=(
            *_RELATION_CUES_ZH,
            "紧急联系人",
            "緊急聯絡人",
            "緊急聯繫人",
            "担保人",
            "擔保人",
            "保证人",
            "保證人",
            "共同借款人",
            "共同还款人",
            "共同還款人",
        ),
    ),
    PiiPattern(
        "relative_zh_before",
        RELATIVE_NAME,
        rf"(?:{_COMPOUND_SURNAMES}|[{_SURNAMES}])[{_HAN}]{{1,2}}"
        rf"(?={_KIN_IN_BRACKETS})",
        0.7,
        reject=_not_a_name,
        cues=tuple(
            f"{c}{b}" for c in "父母夫妻兄弟姐妹子女兒儿亲親爸媽妈哥公婆" for b in ")）"
        ),
    ),
    PiiPattern(
        "address_us",
        STREET_ADDRESS,
        rf"(?<![0-9A-Za-z])(?:[0-9]{{1,6}}[A-Za-z]?(?:-[0-9]{{1,4}})?|{_NUMBER_WORD}"
        rf"(?:[ -]{_NUMBER_WORD}){{0,3}})\s+"
        r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
        r"(?:(?:[A-Z][A-Za-z'-]*|[0-9]{1,3}(?:st|nd|rd|th))\s+){1,4}"
        rf"{_STREET_SUFFIX}(?![A-Za-z])"
        r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building|Lot)\.?"
        r"\s*#?\s*[A-Za-z0-9-]{1,6}|,?\s*#\s*[A-Za-z0-9-]{1,6})?",
        0.6,
        context=ADDRESS_CONTEXT,
        cues=tuple(f" {s.lower()}{end}" for s in _STREET_SUFFIXES for end in " .,;)\n"),
    ),
    PiiPattern(
        "address_cn",
        STREET_ADDRESS,
        rf"(?![{_CN_NOT_FIRST}])(?:(?:(?![{_CN_NOT_INSIDE}])[{_HAN}0-9A-Za-z-]){{1,12}}?"
        rf"(?:{_CN_SUFFIX})){{2,12}}",
        0.6,
        reject=_not_a_cn_address,
        context=ADDRESS_CONTEXT,
        cues=_CN_STREET_LEVEL,
    ),
)
