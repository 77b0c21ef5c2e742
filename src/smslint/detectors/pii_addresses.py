"""The shape of a street address: US streets and Chinese address components.

Pieces of the ``address_*`` patterns of :mod:`smslint.detectors.pii_phrases`:
street words and abbreviations, house numbers in words, the components of a
Chinese address (省, 市, 路, 号 …), which of them are street level, and the
characters an address never starts with or contains.
"""

from __future__ import annotations

import regex

_STREET_WORDS = (
    "Street Avenue Road Boulevard Drive Lane Court Way Place Terrace Circle Parkway "
    "Highway Square Trail Plaza Row Loop Path Pike Alley Walk Crescent Cove "
    "Expressway Turnpike"
    # British, Irish, Australian and New Zealand streets: "14 Rosemount Grove",
    # "21 Mespil Mews", "4/12 Harbour Parade"
    " Close Grove Mews Gardens Rise Parade Esplanade Green Hill Heights Vale Quay"
    " Wynd Brae"
).split()


_STREET_ABBREVIATIONS = (
    "St Ave Rd Blvd Dr Ln Ct Pl Ter Cir Pkwy Hwy Sq Trl Plz Aly Cres Expy Tpke"
    " Cl Gr Gdns Pde Esp Hts"
).split()


# house numbers in words: "One Liberty Plaza", "Twelve Oak Lane"
NUMBER_WORDS = (
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty "
    "Seventy Eighty Ninety Hundred Thousand"
).split()
NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
# what a US address starts with, a digit or a number word, as a lookahead: ``regex``
# then skips to those characters, where behind the lookbehind opening the pattern
# it tries every position (3-4x slower, in both passes)
HOUSE_NUMBER_AHEAD = "(?=[0-9" + "".join(sorted({w[0] for w in NUMBER_WORDS})) + "])"


STREET_SUFFIXES = _STREET_WORDS + _STREET_ABBREVIATIONS


# an abbreviation may take a dot; after a full word the dot ends the sentence
STREET_SUFFIX = (
    "(?:"
    + "|".join([*_STREET_WORDS, *(a + r"\.?" for a in _STREET_ABBREVIATIONS)])
    + ")"
)


# a post office box: "PO Box", "P.O. Box", "P O Box"
PO_BOX = r"(?i:p\.?\s?o\.?\s*box)"


CN_SUFFIX = (
    "特别行政区|特別行政區|自治区|自治區|省|市|区|區|县|縣|镇|鎮|乡|鄉|街道|大道|路|街|巷|弄|胡同|"
    "道|里|鄰|邻|邨|苑|閣|阁|園|园|坊|城|"
    # a courtyard number before the number: "88号院 2号楼" spaced
    "号院|號院|号|號|小区|小區|花园|花園|新村|公寓|大厦|大廈|栋|棟|幢|座|单元|單元|室"
    "|楼|樓|层|層|村|组|組|段"
    # a building's name: "大埔商業中心 3樓", "駿匯廣場 21樓"
    "|中心|广场|廣場|商场|商場|大楼|大樓"
)

# a character of a component, and how many come before its suffix
CN_PART = "[\u4e00-\u9fff0-9A-Za-z-]"
CN_PART_MOST = 12
# the first component's suffix within reach, as a lookahead: ``regex`` would
# otherwise try every length of component at every letter of an English text
CN_ADDRESS_AHEAD = (
    f"(?={CN_PART}{{1,{CN_PART_MOST}}}"
    f"[{''.join(sorted({w[0] for w in CN_SUFFIX.split('|')}))}])"
)


# Hong Kong and Taiwan street level too: 道 (彌敦道), 邨 (estates), 苑/閣 (courts),
# 巷/弄 (lanes and alleys)
CN_STREET_LEVEL = tuple(
    "路 街 巷 弄 胡同 大道 道 邨 苑 閣 阁 小区 小區 花园 花園 新村 公寓 "
    "大厦 大廈 栋 棟 幢 单元 單元 室 村 段".split()
)


# an address does not start with a pronoun, verb or preposition ("你家住在北京市…")
CN_NOT_FIRST = (
    "你您我他她在住于於到的是为為家请請和与與及从從至往去来來把将將向对對喺係嘅"
)


# characters no address component contains: the verbs and particles around one
# ("本公司位于深圳市…" is an address from 深圳市 on)
CN_NOT_INSIDE = (
    "你您妳我他她们們在住于於的是为為请請位从從把将將被让讓给給吗嗎呢吧了喺係嘅到"
    # 司 ends 本公司, 我司: "亲临本公司旺角弥敦道…" is an address after its sender cue
    "司"
)


# one component: a few characters, none of them a verb or particle, and its suffix,
# or suffixes ("2号楼", "8号院": a space may follow, which no component spans)
CN_COMPONENT = (
    f"(?:(?:(?![{CN_NOT_INSIDE}]){CN_PART}){{1,{CN_PART_MOST}}}?(?:{CN_SUFFIX})+)"
)


# words with a street-level character that are no street: "知道", "渠道", "这里"
_NOT_STREET_WORDS = regex.compile(
    "知道|渠道|频道|頻道|难道|難道|味道|道歉|报道|報道|一道"
)


def not_a_cn_address(text: str, _lang: str) -> bool:
    # two or more components, one of them street level, and a house or room number
    if not any(c.isdigit() for c in text):
        return True
    text = _NOT_STREET_WORDS.sub("", text)
    return not any(s in text for s in CN_STREET_LEVEL)
