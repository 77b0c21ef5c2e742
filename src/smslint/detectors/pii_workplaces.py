"""The words around an employer's name: where the debtor works, who works there.

Pieces of the ``employer_*`` patterns of :mod:`smslint.detectors.pii_phrases`:
English cues ("works at", "your employer", "HR at", "wages from"), never the
sender's own ("we work for Lumen Bank"); Chinese work verbs, the people at work and
the shape of an organization's name ("某某科技有限公司"); and what is no employer
(ours, a church or a club).
"""

from __future__ import annotations

from smslint.detectors.pii_relatives import NAME_WORD, NOT_NAMES

_HAN = "\u4e00-\u9fff"

WORK_VERBS = (
    "上班|工作|任职|任職|就职|就職|打工|返工|做嘢|做野|供职|供職|实习|實習|兼职|兼職"
    "|上工|开工|開工|当|當|做|任|轮班|輪班|轮夜班|輪夜班|上夜班|值夜班"
    # a job named by what is done there: "在某某物流开车", "在某某快递送货"
    "|开车|開車|送货|送貨|送外卖|送外賣|跑外卖|跑外賣|跑业务|跑業務|值班|搬货|搬貨"
)


# the workplace as a relative clause ("您任職的…", "你上班的…"): verbs that say
# "where you work", never one that also means something else ("做的", "当的")
WORK_CLAUSE_ZH = "上班|工作|任职|任職|就职|就職|打工|返工|供职|供職"


WORK_ZH = tuple(WORK_VERBS.split("|"))


# a department between the employer and the verb: "在某某有限公司仓储部上班"
DEPARTMENT_ZH = (
    "(?:[\u4e00-\u9fff]{1,6}?"
    "(?:部|科|处|處|组|組|室|车间|車間|班组|班組|分部|门店|門店))?"
)


# the people at the debtor's work: "在XX公司的同事"
WORK_PEOPLE = "同事|领导|領導|老板|老闆|老细|老細|上司|主管|经理|經理|人事|财务|財務|HR"


_ORG = (
    "公司|集团|集團|银行|銀行|医院|醫院|学校|學校|大学|大學|中学|中學|小学|小學|工厂|工廠|厂|廠|"
    "酒店|餐厅|餐廳|商场|商場|超市|研究院|研究所|事务所|事務所|律所|律师行|律師行|中心|分行|支行|"
    "门店|門店|单位|單位|科技|电子|電子|物流|贸易|貿易|实业|實業|控股|传媒|傳媒|药业|藥業|地产|"
    "地產|建设|建設|建筑|建築|网络|網絡|網路|信息|资讯|資訊|咨询|諮詢|顾问|顧問|制造|製造|电器|"
    "電器|汽车|汽車|百货|百貨|证券|證券|保险|保險|基金|大厦|大廈|大楼|大樓|广场|廣場|写字楼|"
    "寫字樓|工地|车间|車間|诊所|診所|药房|藥房|物业|物業|机构|機構|局|店|总行|總行|总部|總部"
    "|分店|分部|分厂|分廠|企业|企業|工业|工業|商行|协会|協會|电视台|電視台|报社|報社|出版社|旅行社"
    "|外卖|外賣|快递|快遞|平台|便利店|餐馆|餐館|饭店|飯店|酒楼|酒樓|茶餐厅|茶餐廳"
    "|速运|速運|速递|速遞|快运|快運|货运|貨運|航空|电信|電信|通信|通讯|通訊|石化|电力|電力"
    # workplaces that are no office: a casino floor, a club, a salon, a farm, a dock
    "|娱乐场|娛樂場|赌场|賭場|会所|會所|夜总会|夜總會|酒吧|网吧|網吧|健身房|美容院|医美|醫美"
    "|发廊|髮廊|工作室|农场|農場|牧场|牧場|码头|碼頭|机场|機場|港口|仓库|倉庫|货仓|貨倉"
    "|加油站|站点|站點|酒家|茶楼|茶樓|戏院|戲院|影院|度假村|俱乐部|俱樂部|学院|學院"
    "|幼儿园|幼兒園|托儿所|托兒所|养老院|養老院|疗养院|療養院|车行|車行|车厂|車廠|船厂|船廠"
    # clinics and schools as people name them: "镇卫生院", "城关二中", "师大附中"
    "|卫生院|衛生院|卫生所|衛生所|卫生站|衛生站|一中|二中|三中|四中|五中|六中|七中|八中"
    "|九中|十中|附中|附小|职高|職高|技校|卫校|衛校"
)


# legal forms that follow a business word: "某某科技有限公司", "某某集团股份有限公司"
ORG_FORMS = "股份有限公司|有限责任公司|有限責任公司|有限公司|分公司"


ORG_NAME = (
    rf"(?:[{_HAN}A-Za-z0-9（）()·&]{{2,20}}?(?:{ORG_FORMS}|{_ORG})(?:{ORG_FORMS}|{_ORG})*"
    r"|[A-Z][A-Za-z0-9&.-]{1,20}(?![A-Za-z0-9&.-]))"
)


# not a named employer: ours (本公司, 我司), yours in general (你公司), or "this/that"
_NOT_EMPLOYER_START = tuple("本我贵貴该該此其你您")


def not_an_employer(text: str, _lang: str) -> bool:
    first = text.split()[0]
    return text.startswith(_NOT_EMPLOYER_START) or (
        first in NOT_NAMES and first != "The"
    )


# the legal form that ends an English company's name
LEGAL_FORM = (
    r"(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|PLC|Plc|Corp|Corporation|Co|Company|Pty"
    r"|GmbH|Pte|Sdn\s+Bhd|Bhd)\.?(?![A-Za-z])"
)


# who works there: not the sender ("we work for Lumen Bank", "I'm employed by …")
_NOT_SENDER_SUBJECT = (
    r"(?<!(?i:we|i|we're|we\s+are|i'm|i\s+am|us|our\s+team|our\s+staff|our\s+agents"
    r"|who\s+we)\s+(?:(?i:currently|now|also|still|only|directly)\s+)?)"
)


EMPLOYER_CUE_EN = (
    rf"(?<![A-Za-z]){_NOT_SENDER_SUBJECT}(?i:works?\s+(?:at|for)|working\s+(?:at|for)"
    r"|worked\s+(?:at|for)|employed\s+(?:at|by|with)"
    # "employed as a driver at X", "works as a nurse for X"
    r"|(?:employed|works?|working|worked)\s+as\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:at|for|with|by)"
    r"|(?:your|ur)\s+(?:(?:new|current|former|previous|old|present|last|full-time"
    r"|part-time|day|second)\s+)?(?:employer|workplace|company|job|work|office|position"
    r"|employment"
    r"|role|boss|manager|managing\s+broker|broker|dispatcher|principal|head\s+teacher"
    r"|headteacher|shift\s+(?:lead|leader|manager|supervisor)|team\s+(?:lead|leader)"
    r"|supervisor|foreman|co-?workers?|colleagues?|team|shifts?)\s+(?:at|with|from)"
    r"|(?:your|ur|his|her)\s+(?:(?:new|current|former|previous|old|present|last)\s+)?"
    r"(?:employer|workplace|company)"
    # "you started at Holloway Poultry on 3rd shift"
    r"|(?<=you\s)(?:started|start|starting)\s+(?:work(?:ing)?\s+)?(?:at|with)"
    # mail sent to the debtor's workplace: "we'll post the statement to you at work,
    # Countdown Kilbirnie"; a workplace on file: "ur office on file as Accenture"
    r"|(?:you|u)\s+at\s+work(?=\s*,)"
    r"|(?:your|ur)\s+(?:office|work|workplace)\s+(?:on\s+file|of\s+record)"
    # "congrats on the new job at X"
    r"|(?<!(?i:our|my)\s)(?:the|a)\s+new\s+(?:job|position|role)\s+(?:at|with)"
    # the people and the pay at a workplace: "HR at X", "everyone at X", "wages from X"
    # ("Your HR rep": "our" is the end of "Your", not the sender's)
    r"|(?<!(?<![A-Za-z])(?i:our|my)\s)(?:HR|human\s+resources|payroll|personnel)"
    r"(?:\s+(?:department|dept\.?|office|team|manager|staff|director|officer|clerk"
    # ... and the person there, as people say it: "your HR lady at X"
    r"|lady|guy|girl|woman|man|person|people|folks|rep|representative|contact))?"
    r"\s+(?:at|of|from)"
    r"|co-?workers\s+at|colleagues\s+at"
    # the people the debtor works beside: "your co-teachers at X", "your fellow
    # nurses at X" (a job, never "fellow members")
    r"|(?:your|ur)\s+(?:co-?(?:teachers?|employees?|nurses?|drivers?|staff)|workmates?"
    r"|fellow\s+(?:nurses|teachers|drivers|officers|workers|employees|staff"
    r"|cashiers|doctors|soldiers|sailors|airmen|marines|firefighters|cops|deputies"
    r"|guards|clerks|tellers|engineers|technicians|mechanics|associates|agents))"
    r"\s+(?:at|from)"
    # a message addressed to the employer's pay or staff office: "Attn Payroll, X Ltd"
    # (or several: "Attn Safety & HR, X:")
    r"|(?:attn|attention)\.?:?\s+(?:the\s+)?(?:(?:safety|operations|dispatch|accounts"
    r"|finance|admin)\s*(?:&|and|/)\s*)?(?:payroll|HR|human\s+resources|personnel)"
    r"(?:\s+(?:department|dept\.?|office|team|manager))?(?=\s*[,:-])"
    r"|(?:wages?|paychecks?|pay\s?checks?|salary|salaries|earnings|paystubs?|income)"
    r"\s+(?:from|at|with)"
    r"|(?:your|ur)\s+pay\s+(?:from|at)"
    # a labelled field: "Employer: X", "Employer on file - X", "Place of employment: X"
    r"|(?:employer|place\s+of\s+(?:employment|work)|workplace|employment)"
    r"(?:\s+(?:name|on\s+file|of\s+record|listed|info))?(?=\s*[:=-])"
    # ... or with no mark, before a company's legal form: "employer Nyali Freight Ltd"
    rf"|(?:employer|place\s+of\s+(?:employment|work)|workplace)"
    rf"(?=\s+(?-i:{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}?\s+{LEGAL_FORM}))"
    # the employer addressed about its staff: "notify the management of X Ltd"
    rf"|(?<!(?i:our|my)\s)(?:management|directors|board|hr\s+manager|hr\s+department)"
    rf"\s+of(?=\s+(?:the\s+)?(?-i:{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}?\s+{LEGAL_FORM}))"
    # Hinglish "tere office X", "aapke husband ki company X"
    r"|(?:tere|tera|teri|tumhare|tumhara|tumhari|aapke|aapka|aapki|uske|uska|uski|unke"
    r"|unka|unki)\s+(?:office|company|kampani|dukaan|dukan|factory|job)(?=\s+[A-Z]))"
)


# "everyone at X" names a workplace only when X is a business: not a church, a club
# or a school, where telling everyone shames the debtor but names no employer
_COMMUNITY = frozenset(
    "Church Chapel Cathedral Parish Mosque Temple Synagogue Congregation Fellowship "
    "Ministries Ministry Club Gym Fitness School Academy Elementary College University "
    "Neighborhood Neighbourhood Community".split()
)


def not_a_workplace(text: str, lang: str) -> bool:
    return not_an_employer(text, lang) or text.split()[-1] in _COMMUNITY


# the fast pass's cues for the English employer patterns ("your" contains "ur")
EMPLOYER_CUES_EN = (
    "new job",
    "new position",
    "new role",
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
    "employment",
    "place of work",
    "workplace",
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
    "u at work",
    "his employer",
    "her employer",
    "his workplace",
    "her workplace",
    "his company",
    "her company",
    "you start",
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
    "ur shift",
    "hr at",
    "hr of",
    "hr from",
    "hr department",
    "hr dept",
    "hr office",
    "hr team",
    "hr manager",
    "hr staff",
    "hr director",
    "hr officer",
    "hr clerk",
    "hr lady",
    "hr guy",
    "hr girl",
    "hr woman",
    "hr man",
    "hr person",
    "hr people",
    "hr folks",
    "hr rep",
    "hr contact",
    "attn",
    "ur broker",
    "ur managing broker",
    "ur dispatcher",
    "ur principal",
    "ur head teacher",
    "ur headteacher",
    "ur shift lead",
    "ur shift manager",
    "ur shift supervisor",
    "ur team lead",
    "attention hr",
    "attention the hr",
    "ur co-",
    "ur workmate",
    "ur fellow ",
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
    "management of",
    "directors of",
    "board of",
    "re office",
    "ra office",
    "ri office",
    "ke office",
    "ka office",
    "ki office",
    "re company",
    "ra company",
    "ke company",
    "ka company",
    "ki company",
    "re dukaan",
    "ke dukaan",
    "re factory",
    "ke factory",
)
