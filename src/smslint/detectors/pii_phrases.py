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

from smslint.detectors.pii_addresses import (
    CN_ADDRESS_AHEAD,
    CN_COMPONENT,
    CN_NOT_FIRST,
    CN_STREET_LEVEL,
    HOUSE_NUMBER_AHEAD,
    NUMBER_WORD,
    PO_BOX,
    STREET_SUFFIX,
    STREET_SUFFIXES,
    not_a_cn_address,
)
from smslint.detectors.pii_entities import (
    ADDRESS_CONTEXT,
    DATE_OF_BIRTH,
    EMPLOYER,
    RELATIVE_NAME,
    STREET_ADDRESS,
    PiiPattern,
)
from smslint.detectors.pii_relatives import (
    AFTER_NAME,
    COMPOUND_SURNAMES,
    GREETING,
    HONORIFIC_KIN_ZH,
    KIN_IN_BRACKETS,
    NAME_WORD,
    NICKNAME_ZH,
    OWES_EN,
    OWES_ZH,
    PERSON,
    RELATION_CUES_EN,
    RELATION_CUES_ZH,
    RELATION_EN,
    RELATION_ZH,
    RELATIONS_EN,
    SURNAMES,
    TITLE_ZH,
    YOU_ZH,
    not_a_name,
)
from smslint.detectors.pii_validators import birth_date
from smslint.detectors.pii_workplaces import (
    DEPARTMENT_ZH,
    EMPLOYER_CUE_EN,
    EMPLOYER_CUES_EN,
    ORG_FORMS,
    ORG_NAME,
    WORK_CLAUSE_ZH,
    WORK_PEOPLE,
    WORK_VERBS,
    WORK_ZH,
    not_a_workplace,
    not_an_employer,
)

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
    r"(?:\s*(?i:is|was|of|as|still|on\s+file(?:\s+as)?|listed\s+as|shows?\s+as|recorded\s+as"
    r"|the|:|-|,|\(|：|（|，|是|为|為|係|系|登记为|登記為))*\s*\K"
)


# a post held at a workplace, and how it is held ("在编教师", "正式员工")
_TENURE_ZH = "在编|在編|在职|在職|正式|合同|临时|臨時"
_POSTS_ZH = (
    "教师|教師|老师|老師|医生|醫生|护士|護士|员工|員工|职工|職工|司机|司機|会计|會計|保安"
    "|工人|干部|幹部|公务员|公務員|工程师|工程師|销售|銷售|店员|店員|厨师|廚師|文员|文員"
)


PHRASE_PATTERNS: tuple[PiiPattern, ...] = (
    PiiPattern(
        "birth_date",
        DATE_OF_BIRTH,
        _BIRTH + _DATE,
        0.85,
        reject=lambda text, lang: not birth_date(text, lang),
        cues=("birth", "dob", "d.o.b", "born", "出生", "生日", "出世", "生於", "生于"),
    ),
    # the date first, as Chinese forms and notices write it: "（民國81年3月14日生）",
    # "1990年3月7日出生"; never "…日生效", "…日生产"
    PiiPattern(
        "birth_date_before_word",
        DATE_OF_BIRTH,
        # "…日出生的，" too
        r"(?<![0-9])" + _DATE + r"(?=\s*(?:出生|生)(?:的|嘅)?(?:[）)，,。、；;\s]|$))",
        0.85,
        reject=lambda text, lang: not birth_date(text, lang),
        cues=("日生", "日出生", "号生", "號生", "号出生", "號出生"),
    ),
    PiiPattern(
        "employer_en",
        EMPLOYER,
        EMPLOYER_CUE_EN
        # "lists your employer as Tesla", "your employer on file as X"
        + r"(?:\s*[,:(-]|\s+(?i:is|at|as"
        + r"|(?:on\s+file|of\s+record|listed|recorded|shown)"
        + rf"\s+as))?\s+(?:the\s+)?\K{NAME_WORD}"
        rf"(?:\s+(?:(?:of|and|&)\s+)?{NAME_WORD}){{0,4}}",
        0.7,
        reject=not_an_employer,
        cues=EMPLOYER_CUES_EN,
    ),
    # the name first: "We called Kroger, where you work", "Tyson Foods, your employer"
    PiiPattern(
        "employer_en_before",
        EMPLOYER,
        rf"{GREETING}(?<![A-Za-z])(?<!(?i:our|my)\s)"
        # the name's first word: not the street after it ("… on Elm Ave where …")
        rf"(?<!\s(?i:on|off)\s)(?<![A-Z][A-Za-z0-9&'-]*\s){NAME_WORD}"
        rf"(?:\s+(?:(?:of|and|&)\s+)?{NAME_WORD}){{0,4}}"
        r"(?=,\s*(?i:where\s+(?:you|u)\s+(?:work|are\s+employed|clock\s+in|have\s+a\s+job)"
        r"|(?:your|ur)\s+(?:current\s+|new\s+)?employer\s*,)"
        # no comma, and where it is: "at Tony's Garage on Elm Ave where you do your
        # night shifts"
        # ... and "the Kwikturn Tyres depot on Maple Ave when you clock off"
        r"|(?:\s+(?:depot|store|shop|branch|warehouse|plant|site|yard|factory|outlet"
        r"|kitchen|garage|location))?"
        r"(?:\s+(?:on|in|at|off)\s+[^,.;:!?\n]{1,30}?)?,?\s+(?i:where\s+(?:you|u)\s+"
        r"(?:(?:said|told\s+us|mentioned)\s+(?:you|u)\s+)?"
        r"(?:work|are\s+employed|clock\s+in|have\s+a\s+job|pull\s+shifts"
        r"|do\s+(?:your|ur)\s+(?:[a-z]+\s+)?shifts?)"
        r"|(?:where|when)\s+(?:you|u)\s+(?:clock\s+(?:in|off|out)"
        r"|(?:start|finish|end)\s+(?:your|ur)\s+(?:[a-z]+\s+)?shift|get\s+off\s+work))"
        r"(?![a-z])"
        # on file: "Casey's General Store #2210 on Route 9 as your workplace"
        r"|(?:\s+#?[0-9]+)?(?:\s+(?:on|in|at)\s+[^,.;:!?\n]{1,30}?)?\s+as\s+(?:your|ur)"
        r"\s+(?:workplace|employer|place\s+of\s+(?:work|employment))(?![a-z])"
        # asked: "is Walgreens (Oak Park, IL) still your current employer?"
        r"|(?:\s*\([^)\n]{1,30}\))?\s+(?i:still\s+)(?:your|ur)\s+(?:current\s+|present\s+)?"
        r"(?:employer|workplace|place\s+of\s+work)(?![a-z]))",
        0.7,
        reject=not_an_employer,
        cues=(
            "where you work",
            "where u work",
            "where you are employed",
            "where you clock in",
            "where you have a job",
            "where you pull shifts",
            "you clock",
            "u clock",
            "your shift",
            "ur shift",
            "you get off work",
            "u get off work",
            "where you do your",
            "where you do ur",
            "where u do",
            "r employer,",
            "r current employer,",
            "r new employer,",
            "still your",
            "still ur",
            "as your workplace",
            "as your employer",
            "you said you work",
        ),
    ),
    PiiPattern(
        "employer_en_people",
        EMPLOYER,
        r"(?<![A-Za-z])(?:(?i:tell|let|notify|inform|warn|alert|show|text|call|email"
        r"|e-mail|message|contact|ask|remind)\s+(?i:everyone|everybody|people|the\s+"
        r"staff|all\s+your\s+(?:co-?workers|colleagues))"
        # a message addressed to them: "To all staff at X", "Dear colleagues at X"
        r"|(?i:to|dear|attention|attn:?|hello|hi)\s+(?i:all)\s+(?i:the\s+)?"
        r"(?i:staff|employees|colleagues|co-?workers|workers)"
        r")\s+(?i:at|from|of)\s+\K"
        rf"{NAME_WORD}(?:\s+(?:(?:of|and|&)\s+)?{NAME_WORD}){{0,4}}",
        0.7,
        reject=not_a_workplace,
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
            "employees at",
            "employees of",
            "colleagues at",
            "workers at",
            "staff of",
        ),
    ),
    # the employer as the one addressed about its employee ("致某某物流有限公司
    # 人力資源部"), and the debtor's work chat ("你们某某物流群里有个同事")
    PiiPattern(
        "employer_zh_addressed",
        EMPLOYER,
        r"(?:^|(?<=[\s：:，,。】]))(?:致|敬致|送|TO|To|to)[：:\s]*\K"
        rf"{ORG_NAME}(?=\s*(?:人力资源部|人力資源部|人力资源处|人力資源處|人事部|人事處|人事处"
        r"|人资部|人資部|HR部|HR|財務部|财务部|總務部|总务部|行政部)"
        r"(?:[：:，,]|\s|$|(?:负责人|負責人|主管|經理|经理|同事|同仁)))"
        # addressed at the start: "某某建筑工程有限公司人事部您好"
        rf"|(?:^|(?<=[\s】]))(?=[^【】\s]{{2,24}}(?:{ORG_FORMS}))\K{ORG_NAME}"
        r"(?=\s*(?:人力资源部|人力資源部|人事部|人事處|人事处|人资部|人資部|HR部|HR|財務部|财务部"
        r"|總務部|总务部|行政部)(?:负责人|負責人|主管|經理|经理|同事|同仁)?\s*(?:您好|你好|：|:))"
        rf"|(?:你们|你們|你哋|妳們)\K{ORG_NAME}"
        r"(?=(?:的|嘅)?(?:群|工作群|微信群|大群|员工群|員工群)(?:里|裡|入面|内|內)?"
        r"(?:[^。！？!?\n]{0,12}?(?:同事|领导|領導|老板|老闆|主管|经理|經理|人事)))",
        0.7,
        reject=not_an_employer,
        cues=(
            "人力资源部",
            "人力資源部",
            "人力资源处",
            "人力資源處",
            "人事部",
            "人事處",
            "人事处",
            "人资部",
            "人資部",
            "HR",
            "財務部",
            "财务部",
            "總務部",
            "总务部",
            "行政部",
            "群",
        ),
    ),
    PiiPattern(
        "employer_zh",
        EMPLOYER,
        # "现在在某某物流开车": the name starts after the last 在
        rf"(?:在|于|於|喺)(?![在于於喺])\K{ORG_NAME}"
        rf"(?={DEPARTMENT_ZH}\s*(?:{WORK_VERBS}|(?:的|嘅)(?:{WORK_PEOPLE})))",
        0.7,
        reject=not_an_employer,
        cues=(
            *WORK_ZH,
            *(f"{de}{w}" for de in "的嘅" for w in WORK_PEOPLE.split("|")),
        ),
    ),
    # the debtor's post there: "您是城关二中的在编教师吧", "你係某某酒樓嘅廚師"
    PiiPattern(
        "employer_zh_post",
        EMPLOYER,
        rf"(?:{YOU_ZH})(?:是|系|係)\K{ORG_NAME}(?=(?:的|嘅)(?:{_TENURE_ZH})?(?:{_POSTS_ZH}))",
        0.7,
        reject=not_an_employer,
        cues=tuple(
            f"{de}{post}"
            for de in "的嘅"
            for post in (_TENURE_ZH + "|" + _POSTS_ZH).split("|")
        ),
    ),
    PiiPattern(
        "employer_zh_label",
        EMPLOYER,
        r"(?:工作单位|工作單位|任职单位|任職單位|就职单位|就職單位|单位名称|單位名稱|就职于|就職於"
        r"|任职机构|任職機構|服务单位|服務單位|所在单位|所在單位"
        # "您所在的某某鞋业有限公司"
        rf"|(?:{YOU_ZH})所在(?:的|嘅|之)"
        r"|任职于|任職於|受雇于|受僱於|任职公司|任職公司|就职公司|就職公司|工作地点|工作地點"
        rf"|雇主|僱主|(?:{YOU_ZH})(?:的|嘅|之)?(?:单位|單位|公司|工作|雇主|僱主)"
        # the workplace as a relative clause: "您任職的某某公司", "你上班的某某物流"
        rf"|(?:{YOU_ZH})(?:目前|现在|現在)?(?:{WORK_CLAUSE_ZH})(?:的|嘅|之)"
        # ... or with a measure word: "你返工嗰间某某酒楼", "你上班那家某某物流"
        rf"|(?:{YOU_ZH})(?:目前|现在|現在)?(?:{WORK_CLAUSE_ZH}|做嘢|做野)"
        r"(?:嗰间|嗰間|嗰度|那家|那间|那間|这家|這家|的那家|的那间|的那間))"
        r"(?:\s*(?:仍然|依然|还是|還是|目前|现在|現在|仍|也|都))?"
        # "任职于某某公司", "你上班的某某公司": a label ending in 于 or 的 needs no
        # separator
        r"(?:(?<=[于於的嘅之间間家度])|(?:\s*(?:是|为|為|係|系|叫|：|:|（|\(|——|—|-))+"
        # nor does the debtor's employer or workplace before a company's legal form:
        # "閣下之僱主某某有限公司", "您的工作单位某某集团"
        rf"|(?<=(?:{YOU_ZH})(?:的|嘅|之)?(?:雇主|僱主|工作单位|工作單位))"
        rf"(?=[^，,。；;！!？?\s]{{2,24}}?(?:{ORG_FORMS}|集团|集團))"
        # or the name right after "your company", before the people who work there:
        # "email 你公司某某物流嘅 HR", "你单位某某医院的领导"
        rf"|(?<=(?:{YOU_ZH})(?:的|嘅|之)?(?:公司|单位|單位))"
        rf"(?=(?:{ORG_NAME})\s*(?:的|嘅)?\s*(?:{WORK_PEOPLE})))"
        r"\s*[「『“\"《]?\s*\K" + ORG_NAME,
        0.7,
        reject=not_an_employer,
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
            "雇主",
            "僱主",
            "所在",
            "机构",
            "機構",
            *(f"{you}{de}公司" for you in "你您妳" for de in ("", "的", "嘅")),
            *(f"{w}{de}" for w in WORK_CLAUSE_ZH.split("|") for de in "的嘅之"),
            *(
                f"{w}{m}"
                for w in (*WORK_CLAUSE_ZH.split("|"), "做嘢", "做野")
                for m in "嗰那这這"
            ),
        ),
    ),
    PiiPattern(
        "relative_en",
        RELATIVE_NAME,
        # "next of kin" is the debtor's whether or not "your" comes first
        # the sender naming itself is no third person: "it's your cousin Chidi"
        r"(?<![A-Za-z])(?<!(?i:it's|it’s|it\s+is|its|this\s+is|i'm|i’m|i\s+am|from)\s+)"
        rf"(?:(?i:your|ur)\s+(?i:{RELATION_EN})|(?i:next\s+of\s+kin))"
        r"(?:(?:'|’)s\s+name\s+(?:is\s+)?|(?:\s*[,:(-]\s*|\s+)"
        r"(?:(?i:named|called|is|including|namely|such\s+as|especially|like)\s+)?)"
        rf"\K(?>{PERSON}){OWES_EN}",
        0.7,
        reject=not_a_name,
        cues=RELATION_CUES_EN,
    ),
    # a form's field, as South Asian recovery messages copy it from the loan file:
    # "father name Javed Khan", "husband's name: Arun Das", "S/O Javed Khan"
    PiiPattern(
        "relative_en_field",
        RELATIVE_NAME,
        r"(?<![A-Za-z])(?:(?i:father|mother|husband|wife|spouse|guardian)(?:'|’)?s?"
        r"\s+(?i:name)|(?i:s/o|d/o|w/o)"
        # a loan file's third parties as labels: "Guarantor: Patrick Ryan"
        r"|(?i:guarantor|co-?signer|co-?borrower|co-?maker|next\s+of\s+kin"
        r"|emergency\s+contact|reference)(?:\s+\d)?\s*(?=[:=]))"
        r"\s*[:=-]?\s*\K(?>" + PERSON + ")",
        0.7,
        reject=not_a_name,
        cues=(
            *(
                f"{who}{s} name"
                for who in ("father", "mother", "husband", "wife", "spouse", "guardian")
                for s in ("", "s", "'s", "’s")
            ),
            "s/o",
            "d/o",
            "w/o",
            "guarantor",
            "signer",
            "borrower",
            "maker",
            "next of kin",
            "emergency contact",
            "reference",
        ),
    ),
    # the name first: "Mark (your husband)", "we told Mark, your husband, that"
    PiiPattern(
        "relative_en_before",
        RELATIVE_NAME,
        rf"{GREETING}(?<![A-Za-z])(?>{PERSON})"
        rf"(?=\s*\(\s*(?i:your|ur|the\s+debtor's|his|her)\s+(?i:{RELATION_EN})\s*\)"
        rf"|(?<=[a-z][ ][A-Za-z -]+),\s*(?i:your|ur)\s+(?i:{RELATION_EN})\s*,)",
        0.7,
        reject=not_a_name,
        cues=(
            "(your ",
            "( your ",
            "(ur ",
            "(the debtor",
            "(his ",
            "(her ",
            *(f"ur {w}," for w in RELATIONS_EN),
            *(f"ur {w}s," for w in RELATIONS_EN),
        ),
    ),
    # a child named where the collector finds it ("where Emma goes to school") or
    # to the team's coach ("your player Mateo"). Not what a parent pays for ("Noah's
    # fall tuition"): the sets label an honest bursar's notice naming the pupil clean
    # (set6) and a menacing one pii (set8), and the words cannot tell them apart.
    PiiPattern(
        "relative_en_child",
        RELATIVE_NAME,
        r"(?<![A-Za-z])(?i:where)\s+\K(?>" + PERSON + r")"
        r"(?=\s+(?:goes\s+to|is\s+(?:at|in)|attends)\s+"
        r"(?:school|daycare|day\s+care|preschool|kindergarten|nursery|class)(?![a-z]))"
        r"|(?<![A-Za-z])(?i:your|ur)\s+(?:player|camper|swimmer|dancer|gymnast|pupil)\s+\K"
        rf"(?>{PERSON})",
        0.7,
        reject=not_a_name,
        cues=(
            "goes to",
            "is at",
            "is in",
            "attends",
            "r player ",
            "r camper ",
            "r swimmer ",
            "r dancer ",
            "r gymnast ",
            "r pupil ",
        ),
    ),
    PiiPattern(
        "relative_zh",
        RELATIVE_NAME,
        rf"(?:(?:{YOU_ZH})(?:的|嘅|之)?(?:{RELATION_ZH})|(?:紧急联系人|緊急聯絡人|緊急聯繫人|"
        rf"担保人|擔保人|保证人|保證人|共同借款人|共同还款人|共同還款人|{HONORIFIC_KIN_ZH}))"
        rf"(?:[，,：:（(\s]\s*)?(?:(?:的|嘅)?名字(?:是|叫|係)?|名叫|叫做|叫|是|係|为|為)?\K"
        # atomic: when the shortest name owes ("吴昊欠了"), a longer one ("吴昊欠")
        # is no way out
        rf"(?>(?:{COMPOUND_SURNAMES}|[{SURNAMES}])[{_HAN}]{{1,2}}?"
        rf"(?=[^{_HAN}]|[{AFTER_NAME}]|{TITLE_ZH}|$)"
        rf"|{NICKNAME_ZH}[{_HAN}](?=[^{_HAN}]|[{AFTER_NAME}]|$))" + OWES_ZH,
        0.7,
        reject=not_a_name,
        cues=(
            *RELATION_CUES_ZH,
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
            *HONORIFIC_KIN_ZH.split("|"),
        ),
    ),
    PiiPattern(
        "relative_zh_before",
        RELATIVE_NAME,
        rf"(?:{COMPOUND_SURNAMES}|[{SURNAMES}])[{_HAN}]{{1,2}}"
        rf"(?={KIN_IN_BRACKETS})",
        0.7,
        reject=not_a_name,
        cues=tuple(
            f"{c}{b}" for c in "父母夫妻兄弟姐妹子女兒儿亲親爸媽妈哥公婆" for b in ")）"
        ),
    ),
    PiiPattern(
        "address_us",
        STREET_ADDRESS,
        # a unit before the house number: "12-3 Elm St", Australian "4/12 Smith St"
        # (never a date: "by 12/03 Green Hill …")
        HOUSE_NUMBER_AHEAD + r"(?<![0-9A-Za-z/])(?:[0-9]{1,6}[A-Za-z]?(?:-[0-9]{1,4})?"
        r"|(?<!(?i:by|on|due|until|till|before|after|from|since|dated?)\s)"
        rf"[0-9]{{1,4}}/[0-9]{{1,5}}|{NUMBER_WORD}"
        rf"(?:[ -]{NUMBER_WORD}){{0,3}})\s+"
        r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
        r"(?:(?:[A-Z][A-Za-z'-]*|[0-9]{1,3}(?:st|nd|rd|th))\s+){1,4}"
        rf"{STREET_SUFFIX}(?![A-Za-z])"
        r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building|Lot)\.?"
        r"\s*#?\s*[A-Za-z0-9-]{1,6}|,?\s*#\s*[A-Za-z0-9-]{1,6})?",
        0.6,
        context=ADDRESS_CONTEXT,
        cues=tuple(f" {s.lower()}{end}" for s in STREET_SUFFIXES for end in " .,;)\n"),
    ),
    # South Asian addresses by plot and sector: "Plot 44, Sector 18, Noida",
    # "House 12, Street 7, Gulberg III, Lahore", "H.No. 5-2/17, Block C, Karachi"
    PiiPattern(
        "address_south_asia",
        STREET_ADDRESS,
        # the first word capitalized, as in an address line ("the house 3, block 4")
        r"(?<![A-Za-z0-9])"
        r"(?:Plot|PLOT|House|HOUSE|Flat|FLAT|H\.?\s?[Nn]o\.?|Shop|Bungalow|Quarter)"
        r"\s*(?i:no\.?\s*)?[0-9]{1,5}[A-Za-z]?(?:[/-][0-9]{1,4}){0,2}"
        r",\s*(?i:sector|street|st\.?|block|phase|gali|lane|road|mohalla|colony)"
        r"\s*(?i:no\.?\s*)?(?:[0-9]{1,3}[A-Za-z]?|[A-Z])(?![A-Za-z0-9])"
        r"(?:,\s*[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|[IVX]{1,4}))*){0,2}",
        0.6,
        context=ADDRESS_CONTEXT,
        cues=(
            *("plot", "house", "flat", "h.no", "hno", "h no", "shop", "bungalow"),
            "quarter",
        ),
    ),
    # the debtor's own post office box ("your mailing address is PO Box 4432"); the
    # sender's box ("mail payments to PO Box 1200") names no "your"
    PiiPattern(
        "address_po_box",
        STREET_ADDRESS,
        r"(?<![A-Za-z])(?i:your|ur)\s+(?i:(?:mailing|postal|home|current|new|billing"
        r"|forwarding)\s+)?(?:(?i:address|mail)(?:\s+(?i:is|as|at|on\s+file|on\s+record"
        rf"|of\s+record|we\s+have|shows|reads))?\s*[:,-]?\s*\K{PO_BOX}\s*#?\s*[0-9]{{1,6}}"
        rf"|\K{PO_BOX}(?:\s+(?i:is|number|no\.?|still|remains|now))*\s*[:#]?\s*[0-9]{{1,6}})",
        0.7,
        cues=("po box", "p.o. box", "p.o.box", "p o box", "pobox"),
    ),
    PiiPattern(
        "address_cn",
        STREET_ADDRESS,
        rf"{CN_ADDRESS_AHEAD}(?![{CN_NOT_FIRST}]){CN_COMPONENT}"
        # utilities and landlords space the components: "金水区 农科路 23号院 3号楼"
        rf"(?:[ \u3000]?{CN_COMPONENT}){{1,11}}",
        0.6,
        reject=not_a_cn_address,
        context=ADDRESS_CONTEXT,
        cues=CN_STREET_LEVEL,
    ),
)
