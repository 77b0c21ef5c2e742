"""Context-bound PII patterns: date of birth, employer, relatives, street addresses.

These have no checksum; what makes them personal data is the words around them.
Each pattern carries its cue and reports only the value: ``\\K`` (``regex`` module)
drops the cue from the match, so "your wife Lisa" reports "Lisa" and "在XX公司上班"
reports "XX公司". The patterns run with the ``regex`` module in both passes.
"""

from __future__ import annotations

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
_DATE = (
    r"(?:(?:18|19|20)[0-9]{2}(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])"
    r"|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12][0-9]|3[01])[日号號]?"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
    r"|[0-3]?[0-9][-/.][0-3]?[0-9][-/.](?:(?:18|19|20)[0-9]{2}|[0-9]{2})"
    rf"|{_MONTH}\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?\s+(?:18|19|20)[0-9]{{2}}"
    rf"|[0-3]?[0-9]\s+{_MONTH}\.?,?\s+(?:18|19|20)[0-9]{{2}})(?![0-9])"
)
_BIRTH = (
    r"(?:(?<![A-Za-z])(?i:date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b\.?"
    r"|born(?:\s+on)?)|出生日期|出生年月日?|出生于|出生於|生日|出生)"
    r"(?:\s*(?:is|was|:|-|：|是|为|為))?\s*\K"
)

# Capitalized words that follow a cue without being a name ("your wife Please call").
_NOT_NAMES = frozenset(
    "The A An This That We You Your Our Us He She They It His Her Their Please Call "
    "Text Reply Pay Paid Thank Thanks If And Or But To At On In For Of By With From As "
    "Is Are Was Were Be Has Have Had Will Would Can Could May Should Must Do Does Did "
    "Not No Yes Who What When Where Why How Today Tomorrow Also Already Just "
    "STOP".split()
)
_NOT_NAME_AHEAD = "(?!(?:" + "|".join(sorted(_NOT_NAMES)) + ")(?![A-Za-z]))"
_NAME_WORD = r"[A-Z](?:[A-Za-z0-9&'-]|\.(?=[A-Za-z]))*"
_PERSON = (
    rf"{_NOT_NAME_AHEAD}[A-Z][a-z]+(?:[ -]{_NOT_NAME_AHEAD}[A-Z][a-z]+)?(?![A-Za-z])"
)

_RELATION_EN = (
    r"(?:(?:mother|father|brother|sister|son|daughter)-in-law|ex-wife|ex-husband|wife"
    r"|husband|spouse|partner|fianc[eé]e?|girlfriend|boyfriend|grandmother|grandfather"
    r"|grandma|grandpa|grandson|granddaughter|stepmother|stepfather|stepson"
    r"|stepdaughter|mother|mom|mum|father|dad|parents?|son|daughter|brother|sister"
    r"|aunt|uncle|cousin|niece|nephew)"
)
# the fast pass's cues: any relation word (lowercased text, so ASCII only)
_RELATIONS_EN = tuple(
    "wife husband spouse partner fianc girlfriend boyfriend mother father mom mum dad "
    "parent son daughter brother sister aunt uncle cousin niece nephew grand".split()
)
_RELATION_ZH = (
    "妈妈|母亲|老妈|爸爸|父亲|老爸|老婆|妻子|爱人|老公|丈夫|儿子|女儿|哥哥|姐姐|弟弟|妹妹|"
    "爷爷|奶奶|外公|外婆|姥姥|姥爷|岳父|岳母|公公|婆婆|叔叔|阿姨|舅舅|姑姑|媳妇|女婿|亲戚|家人|"
    "媽媽|母親|老媽|父親|愛人|兒子|女兒|爺爺|媳婦|親戚"
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
)
# surname-led words that are not names ("你儿子马上还款")
_NOT_ZH_NAMES = frozenset(
    "马上 馬上 高兴 高興 方便 方面 明天 金额 金額 安全 钱款 錢款 余额 餘額 "
    "曾经 曾經 石头 黄金 白天 温柔 文件 付款 付清 宁愿 寧願 尤其 毕业 畢業 "
    "卫生 衛生 简单 簡單 欧元 歐元".split()
)

_WORK_ZH = ("上班", "工作", "任职", "任職", "就职", "就職", "打工")
_ORG = (
    "公司|集团|集團|银行|銀行|医院|醫院|学校|學校|大学|大學|中学|中學|小学|小學|工厂|工廠|厂|廠|"
    "酒店|餐厅|餐廳|商场|商場|超市|研究院|研究所|事务所|事務所|律所|中心|分行|支行|门店|門店|单位|單位"
)
_ORG_NAME = rf"[{_HAN}A-Za-z0-9（）()·&]{{2,20}}?(?:{_ORG})"
# not a named employer: ours (本公司, 我司), yours in general (你公司), or "this/that"
_NOT_EMPLOYER_START = tuple("本我贵貴该該此其你您")

_STREET_WORDS = (
    "Street Avenue Road Boulevard Drive Lane Court Way Place Terrace Circle Parkway "
    "Highway Square Trail"
).split()
_STREET_ABBREVIATIONS = "St Ave Rd Blvd Dr Ln Ct Pl Ter Cir Pkwy Hwy Sq Trl".split()
_STREET_SUFFIXES = _STREET_WORDS + _STREET_ABBREVIATIONS
# an abbreviation may take a dot; after a full word the dot ends the sentence
_STREET_SUFFIX = (
    "(?:"
    + "|".join([*_STREET_WORDS, *(a + r"\.?" for a in _STREET_ABBREVIATIONS)])
    + ")"
)
_CN_SUFFIX = (
    "特别行政区|特別行政區|自治区|自治區|省|市|区|區|县|縣|镇|鎮|乡|鄉|街道|大道|路|街|巷|弄|胡同|"
    "号|號|小区|小區|花园|花園|新村|公寓|大厦|大廈|栋|棟|幢|座|单元|單元|室|楼|樓|层|層|村|组|組|段"
)
_CN_STREET_LEVEL = tuple(
    "路 街 巷 弄 胡同 大道 小区 小區 花园 花園 新村 公寓 "
    "大厦 大廈 栋 棟 幢 单元 單元 室 村 段".split()
)
# an address does not start with a pronoun, verb or preposition ("你家住在北京市…")
_CN_NOT_FIRST = "你您我他她在住于於到的是为為家请請和与與及从從至往去来來把将將向对對"


def _not_a_name(text: str, _lang: str) -> bool:
    if text.isascii():
        return text.split()[0] in _NOT_NAMES
    return text in _NOT_ZH_NAMES or text[:2] in _NOT_ZH_NAMES


def _not_an_employer(text: str, _lang: str) -> bool:
    first = text.split()[0]
    return text.startswith(_NOT_EMPLOYER_START) or (
        first in _NOT_NAMES and first != "The"
    )


def _not_a_cn_address(text: str, _lang: str) -> bool:
    # two or more components, one of them street level, and a house or room number
    return not (
        any(c.isdigit() for c in text) and any(s in text for s in _CN_STREET_LEVEL)
    )


PHRASE_PATTERNS: tuple[PiiPattern, ...] = (
    PiiPattern(
        "birth_date",
        DATE_OF_BIRTH,
        _BIRTH + _DATE,
        0.85,
        reject=lambda text, lang: not birth_date(text, lang),
        cues=("birth", "dob", "d.o.b", "born", "出生", "生日"),
    ),
    PiiPattern(
        "employer_en",
        EMPLOYER,
        r"(?<![A-Za-z])(?i:works?\s+(?:at|for)|working\s+(?:at|for)|employed\s+(?:at|by|with)"
        r"|(?:your|ur)\s+(?:employer|workplace|job\s+at|company|boss\s+at))"
        rf"(?:\s*[,:(-]|\s+(?i:is|at))?\s+\K{_NAME_WORD}"
        rf"(?:\s+(?:(?:of|and|&)\s+)?{_NAME_WORD}){{0,4}}",
        0.7,
        reject=_not_an_employer,
        cues=("work", "employ", "company", " job", " boss"),
    ),
    PiiPattern(
        "employer_zh",
        EMPLOYER,
        rf"(?:在|于|於)\K{_ORG_NAME}(?=上班|工作|任职|任職|就职|就職|打工)",
        0.7,
        reject=_not_an_employer,
        cues=_WORK_ZH,
    ),
    PiiPattern(
        "employer_zh_label",
        EMPLOYER,
        r"(?:工作单位|工作單位|任职单位|任職單位|就职单位|就職單位|单位名称|單位名稱|就职于|就職於"
        r"|任职于|任職於|受雇于|受僱於)(?:\s*(?:是|为|為|：|:))?\s*\K" + _ORG_NAME,
        0.7,
        reject=_not_an_employer,
        cues=("单位", "單位", "就职", "就職", "任职", "任職", "受雇", "受僱"),
    ),
    PiiPattern(
        "relative_en",
        RELATIVE_NAME,
        rf"(?<![A-Za-z])(?i:your|ur)\s+(?i:{_RELATION_EN})(?:\s*[,:(-]\s*|\s+)"
        rf"(?:(?i:named|called)\s+)?\K{_PERSON}",
        0.7,
        reject=_not_a_name,
        cues=_RELATIONS_EN,
    ),
    PiiPattern(
        "relative_zh",
        RELATIVE_NAME,
        rf"(?:你|您|妳)的?(?:{_RELATION_ZH})(?:[，,：:\s]\s*)?(?:名叫|叫|是)?\K"
        rf"(?:{_COMPOUND_SURNAMES}|[{_SURNAMES}])[{_HAN}]{{1,2}}?(?=[^{_HAN}]|[{_AFTER_NAME}]|$)",
        0.7,
        reject=_not_a_name,
        cues=tuple(_RELATION_ZH.split("|")),
    ),
    PiiPattern(
        "address_us",
        STREET_ADDRESS,
        r"(?<![0-9A-Za-z])[0-9]{1,6}[A-Za-z]?(?:-[0-9]{1,4})?\s+"
        r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
        r"(?:(?:[A-Z][A-Za-z'-]*|[0-9]{1,3}(?:st|nd|rd|th))\s+){1,4}"
        rf"{_STREET_SUFFIX}(?![A-Za-z])"
        r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room)\.?\s*#?\s*[A-Za-z0-9-]{1,6}"
        r"|,?\s*#\s*[A-Za-z0-9-]{1,6})?",
        0.6,
        context=ADDRESS_CONTEXT,
        cues=tuple(f" {s.lower()}{end}" for s in _STREET_SUFFIXES for end in " .,;)\n"),
    ),
    PiiPattern(
        "address_cn",
        STREET_ADDRESS,
        rf"(?![{_CN_NOT_FIRST}])(?:[{_HAN}0-9A-Za-z-]{{1,12}}?(?:{_CN_SUFFIX})){{2,12}}",
        0.6,
        reject=_not_a_cn_address,
        context=ADDRESS_CONTEXT,
        cues=_CN_STREET_LEVEL,
    ),
)
