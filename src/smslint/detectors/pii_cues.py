"""Cue words before a value: whose it is (the sender's), what it is (masked, a ref).

A cue is matched as a suffix of the few characters before a match
(:func:`tail_before`): on the reversed, lowercased text, with one anchored ``match``
instead of a ``search`` (5–10 times cheaper). Patterns are compiled on first use
(:mod:`smslint.detectors.lazy_patterns`): a pre-commit run on clean templates needs
few of them. :mod:`smslint.detectors.pii_allowed` decides with these cues what may
stand in a message.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from smslint.detectors.lazy_patterns import lazy

BEFORE = 40  # characters of left context the cues may occupy


class _Tail:
    """Does a text end with one of ``cues``, followed only by ``filler`` words?

    Both are ``|``-separated lists of lowercase words.
    """

    def __init__(self, cues: str, filler: str = "", not_after: str = "") -> None:
        self._cues, self._filler, self._not_after = cues, filler, not_after

    @cached_property
    def _re(self) -> re.Pattern[str]:
        # compiled on first use: the pre-commit path seldom needs every list
        def alternation(words: str) -> str:
            rev = sorted((w[::-1] for w in words.split("|")), key=len, reverse=True)
            # an ASCII word must not continue leftwards into a longer word ("recall")
            return "|".join(
                re.escape(w) + _BOUNDARY * _ends_ascii_letter(w) for w in rev
            )

        fill = f"(?:{alternation(self._filler)}| )*" if self._filler else " *"
        guard = f"(?!{re.escape(self._not_after[::-1])})" if self._not_after else ""
        return re.compile(f"{fill}(?:{alternation(self._cues)}){guard}")

    def start(self, tail: str) -> int | None:
        """Where the cue starts in ``tail`` (lowercase, single spaces), or None."""
        m = self._re.match(tail[::-1])
        return None if m is None else len(tail) - m.end()


_BOUNDARY = "(?![a-z])"


def _ends_ascii_letter(reversed_word: str) -> bool:
    return reversed_word[-1].isascii() and reversed_word[-1].isalpha()


MASK_CUE = _Tail(
    "ending|ending in|ending with|ends in|ends with|last 4|last four|last 4 digits"
    "|last four digits|last 4 of|last four of|tail|尾号|尾號|尾数|尾數|末尾|末位|后四位"
    "|後四位|后4位|後4位|末四位|末4位|后六位|後六位|后6位|後6位",
    ":|：|#|为|為|是|in",
)


_SENDER = _Tail(
    "call|call us|text|text us|dial|ring us|phone us|contact|contact us|reach|reach us"
    "|email us|e-mail us|write to us|write us|visit|visit us|mail payments to"
    "|mail payment to|mail checks to|mail check to|mail it to|pay to|payment to"
    "|payments to|remit to|our office|our address|our hotline|our number|our phone"
    "|our line|our email|our e-mail|our team|our helpline|our account|our bank account"
    "|our branch|our store"
    "|our website|our site|hotline|helpline|customer service|customer care"
    "|customer support|support|toll-free|toll free|call center|call centre"
    "|客服|热线|熱線|专线|專線|致电|致電|拨打|撥打|咨询|諮詢|详询|詳詢|联系电话|聯繫電話|聯絡電話"
    "|服务电话|服務電話|联系我们|聯繫我們|聯絡我們|官方|我司|本公司|我行|本行|办公地址"
    "|辦公地址|公司地址|营业部|營業部|营业厅|營業廳|办事处|辦事處|网点|網點|门店|門店"
    "|请来电|請來電|请回电|請回電|对公|對公|收款|汇款至|详洽|詳洽"
    "|匯款至|转账至|轉賬至|转入|轉入|请洽|請洽|洽询|洽詢|电洽|電洽|来电|來電|回电|回電"
    "|联络我们|聯絡我們|联系本公司|聯絡本公司|聯繫本公司|查询电话|查詢電話"
    # where the debtor pays or is served: the sender's own counter
    "|还款地址|還款地址|缴款地址|繳款地址|营业地址|營業地址|办理地址|辦理地址|服务地址|服務地址"
    "|缴款地点|繳款地點|缴费地点|繳費地點|还款地点|還款地點|临柜缴款|臨櫃繳款|临柜|臨櫃"
    "|办公地点|辦公地點|营业地点|營業地點|办公场所|辦公場所"
    # a complaints officer's mailbox; a tow or storage yard's own address
    "|grievance officer|grievance cell|grievance redressal officer|nodal officer"
    "|grievances|grievance|yard|tow yard|storage yard|impound lot|impound yard"
    "|give us a call|reach out to us|get in touch|call back|call us back"
    "|call us toll-free"
    # the agent's own line: "直撥 02-…", "打我的手机…"; an office's "查詢：…"
    "|直拨|直撥|我的手机|我的手機|我的电话|我的電話|查询|查詢"
    # "LINE我：…", "加我微信…", "請撥…轉法務部", "請回撥…", "逕洽本處…"
    "|line我|加我|微信我|whatsapp我|找我|联系我|聯繫我|联络我|聯絡我|打给我|打給我"
    "|我电话|我電話|我手机|我手機|加微信|加我微信|加v|+v|前台缴费|前台繳費|到公司缴费"
    "|来公司缴费|來公司繳費|柜台缴费|櫃台繳費|现场缴费|現場繳費|线下缴费|線下繳費|线下还款"
    "|線下還款"
    "|请拨|請撥|请拨打|請撥打|回拨|回撥|逕洽|径洽"
    # the agent's own line in English: "reach me on", "my direct line"
    "|reach me|call me|text me|ring me|my mobile|my cell|my direct line"
    "|my direct number|my number|my extension"
    # the sender's staff on the case: "專員電話：…", "承办人手机…", "your agent on …"
    "|专员|專員|承办人|承辦人|经办人|經辦人|承办专员|承辦專員|催收专员|催收專員|对接人|對接人"
    "|业务专员|業務專員|客户经理|客戶經理|理专|理專"
    # ... or offered for advice or a booking: "可預約社工，電話…",
    # "免費評估 WhatsApp …", "查詢請電…", "Free consultation: WhatsApp …"
    "|社工|顾问|顧問|咨询师|諮詢師|预约|預約|评估|評估|请电|請電"
    "|consultation|consultations|free consultation|free assessment|bookings|booking"
    "|appointments"
    # paying by phone: "pay by card on 091 …", "card payments: …"
    "|pay by card|pay by phone|pay over the phone|pay by debit card|pay by credit card"
    "|card payments|phone payments|payment line|payments line|pay line"
    # Cantonese "reply to us", "call us", "find us"; a shop's own line ("打本店座机")
    "|覆我哋|回覆我哋|回复我哋|打俾我哋|打畀我哋|打比我哋|搵我哋|聯絡我哋|联络我哋|致電我哋"
    "|致电我哋|本店|本店座机|本店座機|店里座机|店裡座機|本中心|中心电话|中心電話"
    # a contact point offered for questions: "Questions: 617-…", "Queries? …"
    "|questions|questions?|any questions|queries|queries?|enquiries|inquiries"
    # the sender saying where it is: "we are now at 18 Main Street", "find us at"
    "|we are at|we are now at|we're at|we're now at|we’re at|we’re now at"
    "|we are located at|we're located at|we have moved to|we've moved to|we’ve moved to"
    "|we moved to|find us at"
    # where a payment is brought: "drop off payment at …", "pay in person at …",
    # "come by the clinic at …" (never "stop by 48 Birch Lane": that is a visit)
    "|drop off payment|drop off payments|drop off your payment|drop off a payment"
    "|pay in person|payments in person|payment in person|come by the office"
    "|come by the clinic|come by the shop|come by the store|come by the branch"
    "|stop by the office|stop by the clinic|stop by the shop|stop by the store"
    "|stop by the branch"
    # the sender's counter and card line: "at the front desk, 231 King St", "take a
    # card over the phone at 865-…"
    "|at the front desk|at reception|over the phone|by phone|on the phone"
    # the sender's staff by role, before their line: "Marcus Webb, Account Manager, …"
    "|account manager|account executive|case manager|collections manager"
    "|collection manager|collections officer|collections specialist|recovery officer"
    "|recovery agent|credit controller|credit officer|loan officer|case officer"
    "|billing coordinator|office manager"
    # a scam warning's own reporting line: "report it to 0860 …"
    "|report it to|report this to|report them to|report fraud to|report scams to",
    ":|：|-|#|(|（|us|at|on|via|is|to|number|no.|line|电话|電話|热线|熱線|专线|專線"
    "|号码|號碼|手机|手機|whatsapp|wechat|微信|signal|viber|telegram|tel|phone|mobile"
    "|为|為|是|至|我司|本公司|的|客服|官方|账户|賬戶|帳戶|账号|賬號|帳號|邮箱|郵箱|地址"
    # the sender as an office, a firm, a branch: "如有疑問請洽本所06-…"
    "|本所|敝所|本处|本處|本行|本店|本中心|本会|本會|本社"
    "|位于|位於|办理|辦理|,|，|请|請|以下|下列|如下"
    # the unit in brackets between: "咨询电话（中心办公室）0372-…"
    "|)|）|中心|办公室|辦公室"
    # the sender's unit reached by its role: "reach billing at", "call the office at"
    "|billing|the billing office|the billing department|accounts|accounts receivable"
    "|the office|the front desk|front desk|payments|collections",
    not_after="your ",
)


# "our billing office directly at", "our Compliance Officer at", "our office,": the
# sender's own unit, named in a few words after "our" (never "our … your …")
SENDER_UNITS = (
    "office|offices|department|dept|dept.|team|officer|officers|desk|line|center|centre"
    "|branch|headquarters|hq|location|store|staff|representative|representatives|rep"
    "|reps|agent|agents|specialist|specialists|counselor|counsellor|advisor|adviser|unit"
    "|address|website|site|portal|email|e-mail|inbox|mailbox|phone|number|numbers|fax"
    "|hotline|helpline|service|services|support|billing|compliance|legal|payments"
    "|collections|processor|lockbox|box|manager|supervisor|administrator|attorney"
    "|attorneys|lawyer|lawyers|firm|company"
    # premises: "drop the keys at our lot, 915 Commerce Dr", "our clinic is now at"
    "|lot|yard|shop|clinic|practice|surgery|showroom|dealership|garage|warehouse"
    "|depot|premises|studio|salon"
)


_OUR_UNIT = lazy(
    r"(?<![a-z])our(?: (?!(?:your|ur|his|her|their|him|them|you|my)(?![a-z]))"
    rf"[a-z][a-z'&./-]*){{0,3}} (?:{SENDER_UNITS})"
    # ... named after it: "our collections specialist, Amy, can be reached at"
    r"(?:, [a-z]+(?: [a-z]+)?,)?(?: (?:can|may) be reached| is available)?"
    r"(?: (?:directly|toll[- ]free|24/7|anytime|by phone|by email|by e-mail))?"
    r"(?: ?(?:at|on|via|is|are|now|number|no\.?|line|[:,#(-]))*$"
)


# a unit of the sender's named bare at the start of a clause, before its number:
# "a phone call: office (720) 555-…", "Billing desk (614) 555-…"; anything else before
# it in its clause ("his office", "your boss's office") may make it someone else's
_BARE_UNIT = lazy(
    r"(?:^|[.!?;:] ?)"
    r"(?:(?:main|head|billing|front|branch|service|collections|accounts|payments)"
    r" )?(?:office|desk|front desk|clinic|branch|store|shop|counter|yard)"
    r"(?: (?:line|phone|number|no\.?))?(?: ?[:(-])* ?$"
    # ... or a bare phone label opening its sentence: "Office hours are 9 to 5. Phone …"
    r"|(?:^|[.!?;] ?)(?:phone|tel|telephone|ph)\.?(?: ?[:(-])* ?$"
)


_OUR_UNIT_ZH = lazy(
    "(?:我司|本公司|我公司|敝司|我行|本行|本中心|本平台|我们|我們)[^你您妳他她\\s]{0,8}?"
    "(?:部|部门|部門|中心|处|處|科|组|組|热线|熱線|电话|電話|邮箱|郵箱|地址|客服|专线|專線"
    "|办公室|辦公室|分行|支行|网点|網點|门店|門店|门市|門市|营业部|營業部|团队|團隊|柜台|櫃台"
    "|櫃檯|账户|賬戶|帳戶|账号|賬號|帳號"
    # our staff by title: "我们的法务王律师…"
    "|律师|律師|经理|經理|专员|專員|主管|助理|顾问|顧問)"
    "(?:[，,：:（( ]|电话|電話|热线|熱線|邮箱|郵箱|地址|为|為|是|号码|號碼|位于|位於"
    "|办理|辦理)*$"
)


_REF_LABEL = _Tail(
    "ref|reference|contract|case|order|invoice|loan|policy|ticket|claim|transaction"
    "|txn|confirmation|tracking|合同|合約|编号|編號|单号|單號|订单|訂單|借据|借據|案件"
    "|案号|案號|工单|工單|流水号|流水號|批次|凭证|憑證",
    ":|：|#|为|為|是|no.|no|number|id|号|號|码|碼",
)


CURRENCY_CUE = _Tail("$|¥|￥|€|£|hk$|nt$|us$|rmb|cny|usd|hkd|twd|ntd")


# the sender's service units, named without a possessive before a number: a
# property manager's "物业服务中心0571-…", a bank's "客服中心：…", "管理處電話…";
# the clause before the unit must not name the debtor or another person
# ("你单位服务中心", "他公司的管理处")
_SERVICE_UNIT_ZH = lazy(
    "(?:^|[。，,；;！!？?\\s】])[^你您妳他她。，,；;！!？?\\s]{0,12}"
    "(?:服务中心|服務中心|客服中心|客户中心|客戶中心|管理处|管理處|物业中心|物業中心"
    "|管理中心|客服部|服务台|服務台|财务室|財務室|会计室|會計室|管理室|收费处|收費處"
    "|财务处|財務處|会计处|會計處"
    # a hospital's counters: "咨询住院处0571-…"
    "|住院处|住院處|住院部|门诊部|門診部|挂号处|掛號處|缴费处|繳費處|结算处|結算處|收银处|收銀處"
    # a shop's or a dealer's counter: "詳情請洽門市06-…"
    "|门市|門市|门市部|門市部"
    # the office or the company, bare: "公司電話2345 6789", "辦公室電話：", "办公电话"
    "|办公室|辦公室|公司|办公|辦公"
    # a switchboard, which is an organisation's: "…16樓之2，總機 (07)335-1888"
    "|总机|總機)"
    "(?:[，,：:（( ]|电话|電話|热线|熱線|专线|專線|为|為|是|号码|號碼)*$"
)


# the characters every unit of _SERVICE_UNIT_ZH ends with: a cheap test before it
_SERVICE_UNIT_ENDS = (
    "中心",
    "处",
    "處",
    "部",
    "台",
    "室",
    "门市",
    "門市",
    "公司",
    "办公",
    "辦公",
    "总机",
    "總機",
)


# the sender inviting a call for a purpose: "歡迎來電協商分期：", "请致电确认日期：";
# one clause, naming no one else ("来电协商前，先问问你哥：" is not the sender's)
_CALL_FOR_ZH = lazy(
    "(?:来电|來電|致电|致電|回电|回電"
    # "請洽承辦書記官0958-…" (the one to ask is the sender's), Cantonese "打返公司…"
    # (calling back is calling the sender)
    "|请洽|請洽|洽询|洽詢|电洽|電洽|逕洽|径洽|打返|打番|打回|覆返|覆我|回覆我|回复我|搵|揾"
    # the sender's staff by title: "如有疑问请联系王经理…"
    "|(?:联系|聯繫|联络|聯絡|找|打给|打給)[^你您妳他她令妈媽爸父母妻夫兄弟姐妹哥嫂儿兒女。，,；;！!？?\\s]{0,4}?"
    "(?:经理|經理|专员|專員|主管|律师|律師|助理|顾问|顧問|老师|老師|管家|店长|店長|师傅|師傅"
    "|主任|管理员|管理員|总干事|總幹事|前台)"
    # a question's line: "有問題可以打…", "有任何疑問請致電…"
    "|有(?:任何)?(?:问题|問題|疑问|疑問)[^你您妳他她。，,；;！!？?\\s]{0,6}?(?:打|致电|致電))"
    # (the sender's staff by title: 小姐 and 先生 hold kin characters)
    "(?:(?:小姐|先生| "
    "|[^你您妳他她令妈媽爸父母妻夫兄弟姐妹哥嫂儿兒女。，,；;！!？?\\s]){1,10}[:：]?"
    # ... and its number labelled after a comma: "請來電告知，電話04-…"
    "(?:[，,]\\s*(?:电话|電話)[:：]?)?|[:：])?$"
)


# a character every call of _CALL_FOR_ZH holds: a cheap test before it
_CALL_FOR_ZH_CHARS = "电電洽打联聯找覆回搵揾"


# the notice's contact person or contact line, labelled at the start of a sentence:
# "聯絡人：張先生 …", "联系方式：…" (a contact of the debtor's is "您的聯絡人" or
# "紧急联系人"); or the line of one who has just said who they are: "我是负责您案件的
# 小刘，手机…"
_BARE_CONTACT_ZH = lazy(
    "(?:^|[。！!？?\\n】]\\s*)(?:联系人|聯絡人|聯繫人|联络人|联系方式|聯繫方式|聯絡方式)"
    "[：:\\s]*[^你您妳他她令。，,；;！!？?\\s]{0,5}\\s*$"
    "|(?:^|[。！!？?\\n】，,]\\s*)我(?:是|係|系)(?![不没沒绝絕真会會说說想要])"
    "[^。！!？?\\n，,]{1,14}[，,]\\s*"
    "(?:手机|手機|电话|電話|微信|联系方式|聯繫方式)[号號]?(?:码|碼)?[：:\\s]*$"
)


def tail_before(text: str, start: int) -> str:
    """The text just before ``start``, lowercased, whitespace runs made one space."""
    return " ".join(text[max(0, start - BEFORE) : start].lower().split())


def sender_cue(tail: str) -> bool:
    """A sender cue ends ``tail``: what follows is the sender's own contact point."""
    if _SENDER.start(tail) is not None:
        return True
    if " our " in tail or tail.startswith("our "):
        return _OUR_UNIT.search(tail) is not None
    if tail.isascii():
        return _BARE_UNIT.search(tail) is not None
    return (
        (
            any(char in tail for char in _CALL_FOR_ZH_CHARS)
            and _CALL_FOR_ZH.search(tail) is not None
        )
        or (
            ("我" in tail or "本" in tail or "敝" in tail)
            and _OUR_UNIT_ZH.search(tail) is not None
        )
        or (
            any(unit in tail for unit in _SERVICE_UNIT_ENDS)
            and _SERVICE_UNIT_ZH.search(tail) is not None
        )
        or (
            any(word in tail for word in ("人", "方式", "我"))
            and _BARE_CONTACT_ZH.search(tail) is not None
        )
    )


def reference_label(tail: str) -> str | None:
    """The few characters before a reference label that ends ``tail``, if one does."""
    label = _REF_LABEL.start(tail)
    return None if label is None else tail[max(0, label - 8) : label]


@lru_cache(maxsize=64)
def context_words(context: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for an entity's context words (lowercase text)."""
    return re.compile("|".join(re.escape(w.lower()) for w in context) or "(?!)")


def labelled_reference(tail: str, context: tuple[str, ...]) -> bool:
    """A reference label ends ``tail``, and none of the entity's ``context`` words
    comes right before it ("身份证编号" labels an ID, not a reference), unless the
    label is an account's reference ("account ref 5100 …": a number for the account,
    not the account's number)."""
    before = reference_label(tail)
    return before is not None and (
        context_words(context).search(before) is None
        or _ACCOUNT_REF.search(tail) is not None
    )


_ACCOUNT_REF = re.compile(
    r"(?i:account|acct|a/c)\s+ref(?:erence)?\.?\s*(?:no\.?|number|#|:)?\s*$"
)
