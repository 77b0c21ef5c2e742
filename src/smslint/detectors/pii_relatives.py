"""The words around a relative's name: relations, names, and what a debtor does.

Pieces of the ``relative_*`` patterns of :mod:`smslint.detectors.pii_phrases`: the
relations a collector may name (kin, references, co-signers, neighbours, coworkers)
in English and Chinese, the fast pass's cues for them, what a name looks like (a
capitalized word that is not a common one; a Chinese surname and one or two
characters), and the look-aheads that leave a relative who *is* the debtor ("your
husband Mark owes"), whose name is allowed.
"""

from __future__ import annotations

# Capitalized words that follow a cue without being a name ("your wife Please call").
NOT_NAMES = frozenset(
    "The A An This That We You Your Our Us He She They It His Her Their Please Call "
    "Text Reply Pay Paid Thank Thanks If And Or But To At On In For Of By With From As "
    "Is Are Was Were Be Has Have Had Will Would Can Could May Should Must Do Does Did "
    "Not No Yes Who What When Where Why How Today Tomorrow Also Already Just "
    "STOP Number ID Code Account Ref Reference Dear Hi Hello Mr Mrs Ms Miss Dr Sir "
    "Madam Monday Tuesday Wednesday Thursday Friday Saturday Sunday Identification "
    "Information Info Details Verification Name Address Phone Letter Records Record "
    "Contact Status Data Portal Benefits".split()
)


_NOT_NAME_AHEAD = "(?!(?:" + "|".join(sorted(NOT_NAMES)) + ")(?![A-Za-z]))"


NAME_WORD = r"[A-Z](?:[A-Za-z0-9&'-]|\.(?=[A-Za-z]))*"


PERSON = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?"
    rf"{_NOT_NAME_AHEAD}[A-Z][a-z]+(?:[ -]{_NOT_NAME_AHEAD}[A-Z][a-z]+)?(?![A-Za-z])"
)


# relatives, and the other people a collector may name: references, co-signers,
# emergency contacts, friends, neighbours, the people the debtor works with
RELATION_EN = (
    r"(?:(?:mother|father|brother|sister|son|daughter)s?-in-law"
    # the people a form lists: "your reference person", "your contact person"
    r"|(?:emergency\s+contact|reference|contact)\s+persons?|next\s+of\s+kin"
    r"|(?:ex-?|late\s+|former\s+)?(?:wife|husband|partner|spouse|girlfriend|boyfriend)"
    r"|wife|husband|spouse|partner|fianc[eé]e?|girlfriend|boyfriend|grandmother"
    r"|grandfather|grandma|grandpa|grandson|granddaughter|grandchild|grandkid"
    r"|stepmother|stepfather|stepson|stepdaughter|stepmom|stepdad|mother|mom|mum|mama"
    r"|father|dad|daddy|parent|son|daughter|brother|sister|sibling|aunt|uncle|cousin"
    r"|niece|nephew|kid|child|children|relative|in-laws"
    r"|references?|emergency\s+contacts?|co-?signers?|co-?borrowers?|co-?applicants?"
    r"|guarantors?|sureties|surety|co-?makers?|friends?|neighbou?rs?|room-?mates?|landlord|landlady"
    r"|co-?workers?|colleagues?|manager|supervisor|boss"
    # a former partner: "your ex, Kevin Brooks"
    r"|ex(?=\s*[,:(-]|\s+[A-Z]))s?"
)


# the relation words, lowercase and cut short where their forms differ ("neighbo")
RELATIONS_EN = tuple(
    "wife husband spouse partner fianc girlfriend boyfriend mother father mom mum "
    "mama dad parent son daughter brother sister sibling aunt uncle cousin niece "
    "nephew grand kid child relative in-law reference emergency signer borrower "
    "applicant guarantor surety sureties maker friend neighbo roommate room-mate "
    "landlord landlady "
    "worker colleague manager supervisor boss contact".split()
)


# the fast pass's cues: "ur" and a relation word ("your wife" contains "ur wife")
RELATION_CUES_EN = (
    *(f"ur {w}" for w in RELATIONS_EN),
    *(f"ur co{w}" for w in ("-", "sign", "borrow", "applic", "work")),
    "ur ex",
    "ur late ",
    "ur former ",
    "next of kin",
)


# behind by a count: "2 months behind", "three payments behind"
_BEHIND = (
    r"(?:(?:\d{1,2}|one|two|three|four|five|six|several|a\s+few)\s+"
    r"(?:payments?|months?|weeks?|installments?|instalments?)\s+)?behind"
)


# what a debtor does: a relative named so is the debtor, whose name is allowed
# ("your husband Mark owes", "your son Tyler's account", "您儿子李强在我司的借款")
OWES_EN = (
    # up to two qualifiers before the noun: "Anil Verma's overdue credit card"
    r"(?!(?:'|’)s\s+(?:(?:overdue|outstanding|past[- ]due|unpaid|delinquent|defaulted"
    r"|late|credit|car|student|personal|auto|payday|medical|phone|cell|utility|rent"
    r"|installment|title)\s+){0,2}(?:account|debt|loan|balance|bill|card|payment|file"
    r"|mortgage|arrears|obligation|installment|dues)"
    # the relative's age may stand between: "your son Luis (24) has an unpaid balance"
    r"|(?:\s*\(\s*\d{1,3}\s*\))?\s+(?:still\s+)?(?:owes|owed|borrowed|defaulted"
    r"|has\s+(?:an?\s+|the\s+)?(?:overdue|outstanding|past[- ]due|unpaid|delinquent)"
    rf"|is\s+(?:{_BEHIND}|late|past\s+due|overdue|delinquent|in\s+default)"
    r"|(?:has\s+not|hasn't|has\s+never|never)\s+(?:paid|repaid))"
    # later in the sentence (or the next) the debt is his or hers: "reach your son
    # Declan about the €2,300 he owes", "tell your brother Kevin his balance is
    # overdue", "your partner Hemi gave us your number. He's $2,300 in arrears" (only
    # arrears reach into the next sentence: "he owes" there was tried, and a relative
    # named in a held-out message went unreported, its "he" being someone else)
    r"|[^!?\n]{0,100}?(?<![A-Za-z])(?i:he|she)(?:'s|’s|\s+is)\s+(?:still\s+)?"
    r"(?:[$£€]\s?[\d,.]+[kK]?\s+)?(?:in\s+arrears|behind\s+on|in\s+default)(?![A-Za-z])"
    rf"|[^.!?\n]{{0,80}}?(?<![A-Za-z])(?i:he|she)(?:'s|’s|\s+is)\s+{_BEHIND}(?![A-Za-z])"
    r"|[^.!?\n]{0,80}?(?<![A-Za-z])(?:(?i:he|she)\s+(?:still\s+)?(?:owes|owed|borrowed"
    r"|took\s+out|has\s+not\s+paid|hasn't\s+paid|never\s+paid)"
    r"|(?i:his|her)\s+(?:(?:overdue|outstanding|unpaid|past[- ]due|late)\s+)?"
    r"(?:debt|loan|balance|account|bill|arrears)s?)(?![A-Za-z]))"
)


GREETING = r"(?<!(?i:hi|hello|hey|dear|attn|attention|to)[ ,:]+)"


RELATION_ZH = (
    "妈妈|母亲|老妈|爸爸|父亲|老爸|老婆|妻子|爱人|老公|丈夫|太太|先生|配偶|儿子|女儿|哥哥|"
    "姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|岳父|岳母|公公|婆婆|叔叔|阿姨|舅舅|姑姑|"
    "伯伯|伯父|伯母|婶婶|舅妈|姨妈|姑妈|嫂子|姐夫|妹夫|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|"
    "堂妹|媳妇|女婿|亲戚|家人|孩子|小孩|男朋友|女朋友|男友|女友|未婚夫|未婚妻|前妻|前夫|"
    "同事|朋友|室友|邻居|老板|领导|上司|主管|担保人|保证人|紧急联系人|"
    "媽媽|母親|老媽|父親|愛人|兒子|女兒|爺爺|媳婦|親戚|嬸嬸|舅媽|姨媽|姑媽|鄰居|老闆|領導|"
    "擔保人|保證人|緊急聯絡人|緊急聯繫人|老豆|老竇|阿爸|阿媽|老母|家姐|細佬|细佬|阿哥|"
    "個仔|個女|囡囡|"
    # Taiwan's 姊姊, grandchildren, siblings together, family members, contacts
    "姊姊|孙子|孫子|孙女|孫女|外孙|外孫|兄弟|姐妹|姊妹|家属|家屬|联系人|聯絡人|聯繫人|"
    # the formal siblings: "閣下之胞弟陳家輝先生"
    "胞弟|胞兄|胞妹|胞姐|胞姊|"
    # one character, after the longer words: "你爸张国庆", "你妈王芳"
    "爸|妈|媽|哥|姐|姊|弟|妹|爹|娘"
)


# The fast pass's cues: the relation words, except those common in clean messages
# (王先生, 家人, 孩子, 你妈 …), which cue only after 你/您/妳 (in a flat list: a cue
# per relation and prefix would make the cue scan ten times bigger to build).
_COMMON_ZH = frozenset(
    "先生 家人 朋友 孩子 小孩 同事 领导 領導 主管 上司 老板 老闆 亲戚 親戚 "
    "家属 家屬 联系人 聯絡人 聯繫人 兄弟 姐妹 姊妹 "
    "爸 妈 媽 哥 姐 姊 弟 妹 爹 娘".split()
)


RELATION_CUES_ZH = (
    *(rel for rel in RELATION_ZH.split("|") if rel not in _COMMON_ZH),
    *(
        f"{you}{de}{rel}"
        for you in "你您妳"
        for de in ("", "的", "嘅")
        for rel in sorted(_COMMON_ZH)
    ),
)


# the relatives of the person addressed, named with the honorifics of formal written
# Chinese: 令堂 (your mother), 令尊 (your father), 令郎 (your son), 尊夫人 (your wife) …
HONORIFIC_KIN_ZH = (
    "令堂|令尊|令慈|令郎|令嫒|令嬡|令愛|令媛|令千金|令公子|尊夫人|令夫人|令正|令兄|令弟"
    "|令姊|令姐|令妹|令岳|令祖父|令祖母"
)


# the person addressed, formally: "閣下之母親", "阁下的妻子"
YOU_ZH = "你|您|妳|閣下|阁下"


# a title after a name: "令堂王秀琴女士", "令尊陳大文先生"
TITLE_ZH = "女士|先生|小姐|太太|老先生|老太太"


# a name written before its relation in brackets: "黄建华（父亲）", "林建國（父）"
KIN_IN_BRACKETS = (
    rf"[（(](?:你|您|妳|其|借款人|債務人|债务人)?(?:的|嘅)?(?:{RELATION_ZH}"
    r"|[父母夫妻兄弟姐妹子女兒儿])[)）]"
)


OWES_ZH = (
    # "刘洋在我平台有一笔逾期借款", "邓志刚在我们这欠的钱": the named person owes (a
    # name's third character may stand before 在: the shortest name, "邓志", is tried
    # first, and 刚 also ends names)
    "(?!(?:[\u4e00-\u9fff]?在(?:我司|本公司|我公司|我行|本行|本平台|我平台|我处|我處|我们|我們|贵司|貴司|平台)"
    "(?:这里|這裡|这边|這邊|这儿|這兒|这|這)?)?"
    "(?:的|嘅)?(?:有(?:一笔|一筆|笔|筆|多笔|多筆)?)?"
    "(?:借的|借了|借款|欠款|贷款|貸款|借贷|借貸|网贷|網貸|账单|帳單|賬單|账户|帳戶|賬戶|信用卡|债务|"
    "債務|欠|尚欠|拖欠|逾期|未还|未還|還未|还未|仍未|未清偿|未清償|积欠|積欠|欠缴|欠繳|未缴|未繳)"
    # ... or what is owed, then that it is unpaid: "趙磊的車貸已經三期沒還",
    # "林佳穎的學費分期已經逾期", "周志明健身會籍費已欠繳"
    "|(?:的|嘅)?[\u4e00-\u9fff]{0,4}?(?:费|費|款|贷|貸|租|账|帳|賬|分期)"
    "[^，,。；;！!？?]{0,6}?(?:逾期|欠|拖欠|没还|沒還|未还|未還|没交|沒交|未交|没缴|沒繳"
    "|未缴|未繳|没付|沒付|未付)"
    # ... or is the one whose loan it is, later in the sentence: "您先生王建成已簽署
    # 委任書，授權您代為處理他在本公司的車貸還款事宜"
    "|[^。！!？?\n]{0,30}?[他她](?:在(?:本公司|我司|我公司|本行|我行|本平台|我平台|我们|我們))?"
    "(?:的|嘅)(?:车贷|車貸|房贷|房貸|借款|贷款|貸款|欠款|账单|帳單|賬單|账户|帳戶|賬戶|还款|還款"
    "|分期|信用卡))"
)


# Common surnames. Characters that are mostly function words after a relation word
# (和 都 向 常 成 应 连 单 …) are left out: "你妈妈都知道" is not a name.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
    "黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳祝宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲"
    "房滕屈饶牟艾尤穆农卓缪简项芦麦褚娄窦戚岑景费卜晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋"
    "刁荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝"
    "陳楊黃趙吳劉張孫鄭謝韓馮鄧蕭葉蘇呂鍾譚陸盧閻賀顧龔錢嚴溫莊聶歐關蘭紀塗駱藍鮑華饒衛龍"
    "魯寧費湯鄒馬許羅鄔賈韋"
)


COMPOUND_SURNAMES = (
    "欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|"
    "长孙|長孫|宇文|夏侯|轩辕|軒轅|端木|西门|西門|南宫|南宮"
)


# characters that end a name: particles, common verbs, the start of 电话/手机/号码
AFTER_NAME = (
    "说讲說講打来來去在已也和跟让讓给給的呢吗嗎了要会會我"
    "把被对對向告知找帮幫借欠还還催同电電手号號"
    "喺係嘅都就上住是为為叫现現今昨正很每曾刚剛話话读讀念唸开開坐做当當能可想没沒不太最才将將又再表"
    # seeing, asking, chatting and pointing: "发给你男朋友孙浩看看", "问问你老婆王芳"
    "看见見聊问問听聽这這那"
)


# a familiar name, 小 or 阿 and one character: "你女朋友小琪", "你老公阿明"
NICKNAME_ZH = "[小阿]"


# surname-led words that are not names ("你儿子马上还款")
_NOT_ZH_NAMES = frozenset(
    "马上 馬上 高兴 高興 方便 方面 明天 金额 金額 安全 钱款 錢款 余额 餘額 "
    "曾经 曾經 石头 黄金 白天 温柔 文件 付款 付清 宁愿 寧願 尤其 毕业 畢業 "
    "卫生 衛生 简单 簡單 欧元 歐元 "
    # Cantonese 仲 ("still"): "你老母，仲扮死？"
    "仲扮 仲有 仲係 仲系 仲未 仲要 仲唔 仲敢 仲喺 "
    "仲想 仲以 仲識 仲识 仲諗 仲谂 仲欠 仲差 仲玩 "
    # 小 and 阿 words that are no familiar name
    "小心 小时 小時 小学 小學 小孩 小区 小區 小姐 小组 小組 小事 小额 小額 小贷 小貸 "
    "小店 小说 小說 小号 小號 小费 小費 小吃 小二 小三 阿姨 阿婆 阿公 阿伯 阿叔 阿婶 "
    "阿嬸 阿嬤 阿嬷 阿妈 阿媽 阿爸 阿哥 阿姐 阿弟 阿妹 阿嫂 阿SIR 阿sir".split()
)


# a sentence-final particle is no given name: "你妈，钱呢？" asks for the money (钱 is
# also a surname)
_PARTICLES_ZH = frozenset("呢咧啊呀嘞哪吗嗎了吧啦喔哦嘛咯噢哇呐嘅喎㗎")


# an adverb is no given name either: "你娘，錢再不還" (錢 is also a surname)
_ADVERBS_ZH = frozenset("再还還都也就又才却卻总總老真")
_NOT_SECOND_CHARS_ZH = _PARTICLES_ZH | _ADVERBS_ZH


# a title before a name is part of the match, not the name ("Mrs Ngozi Eze")
_TITLES = frozenset("Mr Mrs Ms Miss Dr Mx".split())


def not_a_name(text: str, _lang: str) -> bool:
    if text.isascii():
        words = text.split()
        if len(words) > 1 and words[0].rstrip(".") in _TITLES:
            words = words[1:]
        return words[0] in NOT_NAMES
    return (
        text in _NOT_ZH_NAMES
        or text[:2] in _NOT_ZH_NAMES
        or (len(text) == 2 and text[1] in _NOT_SECOND_CHARS_ZH)
    )
