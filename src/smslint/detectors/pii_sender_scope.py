"""The sender's own contact point, named earlier in the value's sentence.

The cues of :mod:`~smslint.detectors.pii_cues` must end right before a value ("call
us at …"). Notices also give the sender's line, counter or payee account a few words
after the cue (e-mail addresses have their own tests: a role mailbox, the domain of
a link or of an organisation the message names): "call Janet at 580-… (desk) or
580-… (cell)", "Pay at our Kaduna branch (No. 7 …) or transfer to Fadama MFB, acct
…", "请联系城关支行信贷员潘正华，手机…", "请于3月30日前联系法务部陈专员，电话…转817，
手机…". A value is the
sender's when a sender cue stands earlier in its sentence and nothing in the
sentence up to the value (or just after it) names a third person, or the debtor's
own home, work, family or number: "call us, or your mum on 07…", "请拨打客服
400-…；你爱人王芳的电话…", "我们已经联系了他，电话…" stay personal data.

A field of the message's own counts too: a contact label opening a line, a "|"
field or a sentence ("⏎地址：…", "| 手提：…", "Office: 133 New Bridge Road"), or a
short Chinese sign-off closing the message ("…？中鑫小廖199…").
"""

from __future__ import annotations

import re
from typing import Any

from smslint.detectors.lazy_patterns import lazy
from smslint.detectors.pii_contact_labels import CONTACT_ZH, FIELD_LABEL, INSTITUTION
from smslint.detectors.pii_relatives import RELATION_EN, RELATION_ZH

#: how far back a sentence is read: a notice's contact sentence, not a letter
REACH = 160

# a full stop ends a sentence unless it closes an abbreviation ("Mr. Mwangi", "12
# Merriman Ave.", "No. 7"); Chinese marks and line breaks always do
_ENDS = lazy(r"[。！？!?\n]|(?<![A-Za-z]\.[A-Za-z])\.(?=\s)")
_ABBREVIATION = lazy(
    r"(?<![A-Za-z])(?i:mr|mrs|ms|dr|st|no|nos|ave|rd|jr|sr|co|ltd|inc|bldg|apt|ste|brgy"
    r"|cor|vs|etc|ext|approx|blvd|hwy|dept|tel|ph|a\.m|p\.m|smt|shri|sri|prof|mx|fl"
    r"|[a-z])$"
)

# a desk of a business and who holds it: "community manager", "credit supervisor"
_DESK = (
    r"(?:office|billing|account|accounts|credit|collections?|community|property|branch"
    r"|practice|leasing|finance|business|patient\s+financial)"
)
_OFFICE_HOLDER = (
    r"(?:manager|coordinator|officer|supervisor|administrator|specialist|clerk"
    r"|counselor|counsellor|advisor|adviser)"
)

# the reader asked to reach or pay the sender ("call Janet at …", "Pay at 12 Loop St",
# "Ring us on … or visit …": a verb opening its sentence, or after "please", "or",
# "you can"; not after a comma, where "mail …, phone …" lists the debtor's data),
# the sender speaking of itself ("our", "us", "my", "this is"), a label ("Queries:",
# "Hotline"); never a noun that may be anyone's ("his office", "your boss's phone",
# "emergency contact")
_CUE = lazy(
    r"(?:^|(?<=[.!?;:\n|–—])\s*|(?<![A-Za-z])(?i:please|pls|or|and|just|kindly|simply"
    r"|also|can|may|to)\s+)(?i:call|text|ring|dial|contact|reach|e-?mail|whatsapp|viber"
    # a payment app as a verb: "You can GCash to 0917 …", "Zelle to …"
    r"|gcash|maya|paymaya|venmo|zelle|paypal|m-?pesa|bkash|paynow"
    r"|write\s+to|mail|fax|send|remit|pay|visit|stop\s+by|drop\s+by|pop\s+in"
    r"|swing\s+by|pick\s+(?:it\s+|them\s+)?up|come\s+(?:in|by|to)|return\s+(?:to|at)"
    # ... never the sender reaching the debtor: "we weren't able to reach you, so …"
    r")(?![A-Za-z])(?!\s+(?i:you|u|him|her|them)(?![A-Za-z]))"
    r"|(?<![A-Za-z])(?i:queries|questions|enquiries|inquiries|hotline|helpline|our|us|me"
    r"|my|i'm|i\s+am|this\s+is|it's|it’s)(?![A-Za-z])"
    # the sender's staff by their office ("The bursar, Mr. Okafor, can be reached at",
    # "Community manager Gail Hendricks:", "Credit Supervisor Ms. Baptiste, cell …");
    # never a bare "manager" or "supervisor", which may be the debtor's
    rf"|(?<![A-Za-z])(?<![Yy]our )(?<![Hh]is )(?<![Hh]er )(?<![Tt]heir )"
    rf"(?i:bursar|treasurer|registrar|cashier|receptionist"
    rf"|{_DESK}\s+{_OFFICE_HOLDER})(?![A-Za-z])"
    # the sender of itself: "我是…", "我司", "我姓齐", "我的手机", "我私人手機",
    # "我家在…" (a landlord's home); never a bare 我: "我们知道你…"
    r"|我(?:是|係|系|司|行|所|部|公司|们公司|們公司|哋公司|姓|家(?:在|住|地址)"
    r"|的(?:手机|手機|电话|電話|微信|号码|號碼|直线|直線)"
    r"|(?:私人)?(?:手机|手機|手提|电话|電話|微信)号?)"
    # the reader asked to reach or pay the sender himself: "转我", "打给我", "call 我",
    # "WhatsApp 我"
    r"|(?:转|轉|打|找|(?i:call|whatsapp|text|pm|dm))\s*(?:给|給|俾)?我(?![们們哋])"
    # the number the message comes from: "账号就是这个手机号 …", "呢個號碼"
    r"|(?:这|這|呢)(?:个|個|部|支)?(?:手机|手機|电话|電話)?(?:号码|號碼|号|號)"
    r"|此号码|此號碼|本号码|本號碼"
    r"|本(?:公司|行|所|店|中心|院|会|會|社|处|處|站|校|园|園|馆|館|场|場|班|厂|廠|舖|铺)"
    r"|敝司|客服|专员|專員|承办|承辦|经办|經辦|专属|專屬|工号|工號"
    # the reader asked to come in person: "親臨 觀塘開源道55號…"
    r"|亲临|親臨|莅临|蒞臨"
    # where the sender is: "shop is at 77 Harbor St", "Gear return at …", "check to …"
    r"|(?<![A-Za-z])(?i:(?:shop|store|office|studio|clinic|we|we're)\s+(?:is\s+|are\s+)?"
    r"(?:at|on|located\s+at)|(?:gear\s+)?return\s+at|(?:checks?|cheques?)\s+to)"
    r"(?![A-Za-z])"
    # the reader asked to come in: "請來店續當", "到店结清", "or in studio: 1127 E …"
    r"|(?:来|來|到|返嚟|過嚟|过嚟|嚟|喺|返)(?:店|本店|门市|門市|所里|所裡|舖頭|舗頭|鋪頭)"
    r"|(?<![A-Za-z])(?i:in\s+(?:studio|store|shop|person|clinic|office|branch))"
    r"(?![A-Za-z])"
    # the sender's premises named with their address in brackets ("嚟返補習社（旺角…）",
    # "来店里（…）"), or with their number right after them ("或打診所 2511 8833")
    r"|(?:社|中心|班|館|馆|园|園|校|店|舖|铺|公司|院|大厅|大廳|处|處)(?:里|裡|内|內)?"
    r"(?:[（(]|$)"
    rf"|(?:{INSTITUTION})\s*$"
    # a staff member by office and name, then the number in brackets: "教练韩涛（188…"
    r"|(?:教练|教練|老师|老師|师傅|師傅|经理|經理|主任|会计|會計|顾问|顧問|专员|專員)"
    r"\s?[\u4e00-\u9fffA-Za-z]{1,8}\s*[（(]?\s*$"
    # a unit of the sender's and its line or address: "校務處電話", "公司地址：…",
    # "診所地址：…" (never 住处, 家: a home's)
    rf"|(?:{INSTITUTION}|(?<=[\u4e00-\u9fff])(?<![住家宿户戶])[处處部组組科课課])"
    r"(?:地址|电话|電話|热线|熱線|传真|傳真|邮箱|郵箱|座机|座機)"
    # mail sent to the sender: "请邮寄申请至：…"
    r"|(?:请|請)[\u4e00-\u9fff]{0,6}?(?:邮寄|郵寄|寄)[\u4e00-\u9fff]{0,4}?(?:至|到)"
    r"(?![你您妳])"
    # a desk's own line: "the desk line", "the office fax is", "Carmen's direct line:",
    # "Warden's mobile"
    r"|(?<![A-Za-z])(?i:direct|desk|office)\s+(?i:line|fax|number|extension)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:warden|manager|owner|secretary|treasurer|coach|bursar|director"
    r"|supervisor)(?:'|’)s\s+(?i:mobile|cell|phone|number|line)(?![A-Za-z])"
    # a staff member's own work line: "这是我工作号", "公司配的工作手機", "本人手机"
    r"|工作(?:号|號|手机|手機|电话|電話)|公司(?:配的|电话|電話|直线|直線)"
    r"|(?<![你您妳])本人(?:手机|手機|电话|電話|为|為)"
    r"|(?:联系|聯繫|聯絡|联络)(?!人|方式)|致电|致電|拨打|撥打|来电|來電|回电|回電|咨询|諮詢|洽"
    r"|查询|查詢"
    r"|营业部|營業部|门店|門店|门市|門市|分行|支行|办事处|辦事處|服务中心|服務中心|管理处|管理處"
    r"|客户中心|客戶中心"
    r"|前台|櫃台|柜台|窗口"
)


# a third person, or the debtor's own home, work, family or number, in the sentence up
# to the value; a staff title is none ("our relationship manager", "陈先生", "王小姐")
_KIN_EN = (
    r"guarantors?|references?|next\s+of\s+kin|emergency\s+contacts?|neighbou?rs?"
    r"|landlord|landlady|employer|hr|payroll|wife|husband|spouse|mum|mom|dad|mother"
    r"|father|son|daughter|brother|sister|aunt|uncle|cousin|girlfriend|boyfriend"
    r"|friends?|room-?mates?|flatmates?|officemates?|workmates?|colleagues?"
    r"|co-?workers?|in-laws?|papa|mama|bhaiya|bhai|didi|chacha|chachi|mausi|nani|dadi"
    r"|co-?signers?|co-?borrowers?|co-?applicants?|co-?makers?|indemnitors?|sureties"
    r"|co-?tenants?|tenants?"
    r"|tita|tito|lola|lolo"
)
# the sender going to a place, or reaching someone: what follows is theirs ("our
# officer will be at 3318 S Howell Ave", "we called your officemate … at 0998 …",
# "we will write to you at 7 Mill Close")
_REACHING_EN = (
    r"(?:will|'ll|’ll|shall|gonna|going\s+to)\s+(?:\w+\s+)?(?:come|be|go|visit|attend"
    r"|stop|drop|swing|head|pull|show)"
    r"|(?:we|i)(?:'ll|’ll|'ve|’ve|\s+will|\s+shall|\s+have|\s+had|\s+already)?\s+"
    r"(?:\w+\s+)?(?:message|messaged|call|called|text|texted|contact|contacted|reach"
    r"|reached|phone|phoned|ring|rang|e-?mail|e-?mailed|write|wrote|notify|notified"
    r"|inform|informed|tell|told|spoke|spoken|speak|send|sent|forward|forwarded|mail"
    r"|mailed|post|posted|stopped\s+by|came\s+by|went\s+to|drove\s+by|visited"
    r"|left\s+(?:a\s+)?(?:voicemail|message|note|voice\s+message))"
    r"|(?:to|for|visit|see|find|meet)\s+you\s+at|you\s+(?:live|stay|reside|work)"
    r"|you're|you\s+are|linked|listed|parked|kept|stored"
)
# a staff member's own line: "Alyssa is on her work cell", "his direct line"
_WORK_LINE = (
    r"(?:work|direct|office|desk|official)\s+"
    r"(?:cell|phone|mobile|line|number|extension)"
)
# relation words that name a third person only in some contexts, each written out
# below with the context (or left to the pronoun forms: 你先生, 你孩子)
_KIN_ZH_IN_CONTEXT = frozenset(
    "先生 太太 小孩 孩子 同事 联系人 聯絡人 聯繫人 朋友 老板 老闆".split()
)
_KIN_ZH = "|".join(
    kin
    for kin in RELATION_ZH.split("|")
    if len(kin) > 1 and kin not in _KIN_ZH_IN_CONTEXT
) + (
    # a friend, never a child ("小朋友")
    r"|(?<!小)朋友"
    # the sender's own colleague ("请找同事 覃磊", "我同事"), and a contact label
    # ("联系人：主任 郑国平") are nobody else
    r"|(?<![我找])(?<!我的)(?<!我們)(?<!我们)同事"
    r"|(?:联系人|聯絡人|聯繫人)(?!\s*[:：])"
    # the debtor's boss, never the shop owner's own line ("老闆手機")
    r"|(?:老板|老闆)(?!手机|手機|电话|電話)"
)
# ... a kin word greeting the debtor names nobody else: "黄妈妈好～", "钱阿姨您好"
_KIN_ZH = f"(?:{_KIN_ZH})(?!好|您好|你好)"
_MARKER = lazy(
    rf"(?<![A-Za-z])(?i:(?:your|ur|(?:his|her|their)(?!\s+{_WORK_LINE}))\s+"
    rf"(?:{RELATION_EN}|employer|work"
    r"|workplace|job|home|house|place|address|flat|apartment|family|number|phone"
    r"|mobile|cell|e-?mail|school)"
    rf"|(?:he|she|him|her|his|hers|they|them|their)(?!\s+{_WORK_LINE})"
    # ... and in Hinglish: "Unka office address …", "aapke pati"
    r"|unka|unki|unke|uska|uski|uske|aapka|aapki|aapke|tera|teri|tere|tumhara|tumhari"
    r"|tumhare"
    # the debtor's workplace's boss: "your office manager Tom" (never "your account
    # manager", the sender's)
    r"|(?:your|ur|his|her|their)\s+(?:office|shift|floor|plant|site|work|line|team)\s+"
    r"(?:manager|supervisor|boss|lead)"
    rf"|{_KIN_EN}|{_REACHING_EN}"
    # the debtor's data held on file: "Mobile on file: 752 0184"
    r"|(?:mobile|phone|number|cell|address|e-?mail)\s+on\s+file)(?![A-Za-z])"
    # a form's third person marked as such: "Contact: Tom Whitehorse (ref) 406-…"
    r"|\((?i:ref|reference|referee|guarantor|next\s+of\s+kin|nok)\)"
    rf"|(?:你|您|妳|他|她|佢|其|閣下|阁下)(?:的|嘅|之)?(?:{RELATION_ZH}|经理|經理"
    r"|租客|房客|租户|租戶)"
    rf"|{_KIN_ZH}"
    r"|他|她|佢|你家|您家|(?:你|您|妳)(?:在|喺)(?![我本])|你們|你们|你哋|你单位|你單位"
    # the debtor's own: "系统登记的您本人手机号为 …"
    r"|(?:你|您|妳)本人"
    r"|(?:你|您|妳)(?:的|嘅|之)?(?:新|旧|舊|现|現)?(?:微信|手机|手機|电话|電話|地址|号码|號碼"
    r"|邮箱|郵箱|身份|银行|銀行|收货|收貨|家|住|单位|單位|公司|工作|老家)"
    r"|收货地址|收貨地址|送货地址|送貨地址"
    r"|(?:你|您)(?:们|們)?公司|你住|您住|住在|住址|老家|户籍|戶籍|家里|家裡|屋企|住户|住戶"
    r"|业主|業主|户主|戶主|推荐人|推薦人"
    # the debtor's own unit: bought, rented, lived in, supplied
    r"|購買|购买|租的|承租|遷入|迁入|入住|貴戶|贵户|您户|你户|用电地址|用電地址|用水地址"
    r"|居住地址"
    # what the debtor registered or left with a lender: "您行驶证登记地址：…",
    # "预留手机", "您登记的手机", "您登記嘅手提電話", "報名表地址"
    r"|登记地址|登記地址|登记的地址|登記的地址|预留|預留|表地址"
    r"|(?:你|您|妳)(?:登记|登記|填写|填寫|提供|留|申请时|申請時|申辦時)(?:的|嘅|之)?"
    # the sender mailing or bringing something there: "繳費單已寄至 新竹市…"
    r"|(?:已|将|將|会|會|已经|已經)[\u4e00-\u9fff]{0,8}?"
    r"(?:邮寄|郵寄|寄送|寄出|寄至|寄到|送到|送过去|送過去)"
)


#: how far past the value a marker still claims it: "…12樓B室住戶", "… (his cell)"
AFTER = 8


def sender_earlier_in_sentence(text: str, start: int, end: int) -> bool:
    """A sender cue earlier in the sentence of the value at ``start:end``; no third
    person (or the debtor's own home, work, family or number) in the sentence up to
    the value, inside it ("户籍地址…") or just after it, or else none in the value's
    own clause, which sends the reader to the sender's counter; and the sentence does
    not claim the value for the debtor later ("… — is that still your address?")."""
    sentence = _sentence_start(text, start)
    if _CUE.search(text, sentence, start) is None:
        return False
    if _CLAIMED_LATER.search(text, end, _sentence_end(text, end)) is not None:
        return False
    if _MARKER.search(text, sentence, end + AFTER) is None:
        return True
    # the reader sent to the sender's counter in the value's own clause: what an
    # earlier clause said of the debtor ("您分期購買的機車…，請至門市繳納：…") is not
    # this value's
    clause = _last_end(_CLAUSE_END, text, sentence, start)
    return (
        _COUNTER_CUE.search(text, clause, start) is not None
        and _MARKER.search(text, clause, end + AFTER) is None
    )


# the value claimed as the debtor's later in its sentence: "Our statement to 4410
# Kingston Pike … came back — is that still your mailing address?"
_CLAIMED_LATER = lazy(
    r"(?<![A-Za-z])(?i:your|ur)\s+(?:\w+\s+)?(?i:address|home|house|residence"
    r"|apartment|flat|number|phone|cell|mobile)(?![A-Za-z])"
    r"|(?:你|您|妳)(?:的|嘅)?(?:家|住址|地址|住处|住處|手机|手機|电话|電話|号码|號碼)"
    r"|(?<![A-Za-z])(?i:you've\s+moved|you\s+have\s+moved|you\s+moved)(?![A-Za-z])"
)


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends (at most :data:`REACH` on)."""
    stop = min(len(text), end + REACH)
    for m in _ENDS.finditer(text, end, stop):
        if not _closes_an_abbreviation(text, max(0, end - REACH), m):
            return m.end()
    return stop


_CLAUSE_END = lazy(r"[，,;；]")
_COUNTER_CUE = lazy(
    r"门市|門市|门店|門店|营业厅|營業廳|分行|支行|柜台|櫃台|櫃檯|窗口|服务中心|服務中心"
    r"|本公司|本行|本店|本院|本中心|本舖|本铺|舖頭|舗頭"
)


# the inside of a business's premises, which no home address names: a suite, a floor,
# a department or a lockbox ("Suite 1200, 900 SW Fifth Ave", "1 N. Wacker Dr., 14th
# Fl.", "Attn: Collections Unit 4, 1200 Corporate Blvd", "Pick-up at 4410 Industrial
# Pkwy, Gate 2")
_PREMISES = lazy(
    r"(?<![A-Za-z])(?i:suite|ste\.?(?=\s*[0-9])|attn|lockbox|mezzanine"
    r"|[0-9]+(?:st|nd|rd|th)\s+(?:floor|fl\.?)|(?:floor|level)\s+[0-9]+|ground\s+floor"
    r"|room\s+[A-Z]?-?[0-9]+|gate\s+[0-9]+|dept\.?|department"
    # a building of a complex, a shop of a mall, an office of an arcade, a trade park
    r"|bldg\.?|building\s+[A-Z0-9]|shop\s+[0-9]+|office\s+no\.?"
    r"|(?:trade|business|industrial|retail|office|technology)\s+(?:park|estate|centre"
    r"|center))(?![A-Za-z])"
)
#: how far around an address its premises are named
PREMISES_REACH = 50


def names_someone_else(text: str, start: int, end: int) -> bool:
    """The sentence of the value at ``start:end``, up to just after it, names a third
    person, or the debtor's own home, work, family or number."""
    return _MARKER.search(text, _sentence_start(text, start), end + AFTER) is not None


def business_premises(text: str, start: int, end: int) -> bool:
    """The address (or phone number) at ``start:end`` names the inside of a
    business's premises (a suite, a floor, a department, a lockbox) in its own line
    or sentence, or stands beside an address that does ("Suite 2B, 425-555-0106"),
    and the sentence names no third person nor the debtor's own home or work."""
    sentence = _sentence_start(text, start)
    begin = max(sentence, start - PREMISES_REACH)
    stop = end + PREMISES_REACH
    for m in _ENDS.finditer(text, end, stop):
        if not _closes_an_abbreviation(text, begin, m):
            stop = m.start()
            break
    return (
        _PREMISES.search(text, begin, stop) is not None
        and _MARKER.search(text, sentence, end + AFTER) is None
    )


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most :data:`REACH` back)."""
    begin = max(0, start - REACH)
    found = begin
    for m in _ENDS.finditer(text, begin, start):
        if not _closes_an_abbreviation(text, begin, m):
            found = m.end()
    return found


def _closes_an_abbreviation(text: str, begin: int, stop: re.Match[str]) -> bool:
    """The full stop ``stop`` closes an abbreviation ("Mr.", "Ave.", "Ms."), not a
    sentence."""
    return (
        stop.group() == "."
        and _ABBREVIATION.search(text, begin, stop.start()) is not None
    )


# A field of the message's own: a line, a "|" field or a sentence that opens with a
# contact label, perhaps a name after it, then the value ("⏎地址：…", "| 手提：6740 …",
# "。總幹事 許先生 0928-…", "Office: 133 New Bridge Road", "Main office: 1500 W …").
# A label of someone else's opens no such field ("Your office: …", "紧急联系人：…").
# The labels are :mod:`~smslint.detectors.pii_contact_labels`'s.
_FIELD_START = lazy(r"[\n|｜•;；]|[。！？!?](?=[^\S\n]*\S)|\.(?=\s+[A-Z])")
# a sign-off that closes a message: "…？中鑫小廖19925617306", "…。阿偉"
# (letters only: never a label such as 银行账户 or 电话, never a person addressed)
_SIGNATURE_ZH = lazy(
    r"(?:(?![你您妳他她令账帳賬卡号號码碼证證址电電机機])[\u4e00-\u9fffA-Za-z]){2,8}"
)
_CLOSING = lazy(r"[\s。.!！)）]*$")
# a full stop that may also close an abbreviation, right before a closing value
_LOOSE_END = lazy(r"[.。!?！？]\s+$")
# another contact value right after: "956-555-0123, 3902 San Bernardo Ave."
_VALUE_FOLLOWS = lazy(r"\s*[,|/]\s*[0-9(+]")
# a "|" field holding the value alone: "… | support@… | 1200 Tribal Rd, …"
_PIPE_BEFORE = lazy(r"[|｜]\s*$")
#: how far before a value closing the message alone a third person would claim it
_SIGN_OFF_REACH = 60
# ... perhaps after the town of an address: "9 Memorial Pkwy, Springfield."
_CLOSING_PLACE = lazy(
    r"(?:,?\s*[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,2}"
    r"(?:,?\s+[A-Z]{2})?"
    # a US ZIP or a UK postcode
    r"(?:\s+[0-9]{5}(?:-[0-9]{4})?|\s+[A-Z]{1,2}[0-9][0-9A-Z]?\s+[0-9][A-Z]{2})?)?"
    r"(?:\s+x+)?[\s。.!！)）]*$"
)
# where a clause of a sentence starts: "…，财务刘老师 028-…", "…；櫃檯 (02)…" (never
# a bracket: what it holds is of the words before it, "摊主张玉兰（电话 139…）")
# (or a space between a value and the next label: "电话:0971-6324108 店员小马…")
_CLAUSE_START = lazy(
    r"[，,、;；\u3000]|(?<=[0-9])\s+(?=[\u4e00-\u9fff])|\s[/—–]\s"
    # "…52號地下 電話2845 …"
    rf"|\s+(?={CONTACT_ZH})"
)
# a sentence that speaks to the debtor in Chinese ("你不缴费，地址：…，我们上门") or
# names the debtor's own data ("身份證號碼…，地址：…", "your SSN is …, phone …"): its
# labels are no contact block's (English notices say "your" in their contact blocks:
# "Your rep: Mike Dorsey, direct …")
_SPOKEN_TO = lazy(
    r"你|您|妳|閣下|阁下|身份证号|身份證號|身分證號|证件号|證件號|出生|生日|户籍|戶籍"
    # ... in English, the debtor's data listed: "your SSN is …, card …, phone …"
    r"|(?<![A-Za-z])(?i:ssn|social\s+security|dob|date\s+of\s+birth|birth\s*date"
    r"|passport)(?![A-Za-z])"
)


def own_field(text: str, start: int, end: int) -> bool:
    """The value at ``start:end`` stands in a field of the sender's own: after a
    contact label that opens its line, "|" field or sentence, or in a clause of its
    own (:func:`_own_clause`); in a short Chinese sign-off closing the message; or
    alone, closing a message that names nobody else near it ("Pay at 12 Loop St, Cape
    Town. 021 555 0139", "… 9 Memorial Pkwy, Springfield.", "… 4102 ANDREWS HWY.
    432-555-0101."), or alone in a "|" field or opening a sentence of contact values
    ("… | 1200 Tribal Rd, Hayward WI", ". 956-555-0123, 3902 San Bernardo Ave.")."""
    if _alone(text, start, end):
        return _MARKER.search(text, max(0, start - _SIGN_OFF_REACH), end) is None
    begin = max(0, start - 40)
    field = begin
    for m in _FIELD_START.finditer(text, begin, start):
        if not _closes_an_abbreviation(text, begin, m):  # "Director: Ms. Alvarez, …"
            field = m.end()
    if field == begin and begin > 0:
        return _own_clause(text, start, end)  # no start of a field within reach
    segment = text[field:start]
    if _MARKER.search(segment):
        return False
    if FIELD_LABEL.fullmatch(segment):
        return True
    if (
        _CLOSING.match(text, end) is not None
        and _SIGNATURE_ZH.fullmatch(segment.strip()) is not None
    ):
        return True
    return _own_clause(text, start, end)


def _alone(text: str, start: int, end: int) -> bool:
    """The value stands alone: it is its sentence (or follows a full stop that may
    close an abbreviation) and closes the message, perhaps with its town; it opens a
    sentence of contact values; or it fills a "|" field."""
    alone = not text[_sentence_start(text, start) : start].strip()
    closing = _CLOSING_PLACE.match(text, end) is not None
    return (
        (
            closing
            and (alone or _LOOSE_END.search(text, max(0, start - 3), start) is not None)
        )
        or (alone and _VALUE_FOLLOWS.match(text, end) is not None)
        or _PIPE_BEFORE.search(text, max(0, start - 3), start) is not None
    )


def _last_end(pattern: Any, text: str, begin: int, end: int) -> int:
    """Where the last match of ``pattern`` in ``text[begin:end]`` ends, or ``begin``."""
    found = begin
    for m in pattern.finditer(text, begin, end):
        found = m.end()
    return found


def _own_clause(text: str, start: int, end: int) -> bool:
    """A clause of its own, a label and the value, in a sentence that names nobody
    else, does not speak to the debtor and names none of the debtor's data:
    "…（工作日），项目经理 老袁 189…", "电话 04-…，手機 0920-…" (never
    "李家明，身份證號碼…，地址：…", "你不缴费，地址：…，我们上门")."""
    sentence = _sentence_start(text, start)
    clause = _last_end(_CLAUSE_START, text, sentence, start)
    return (
        FIELD_LABEL.fullmatch(text, clause, start) is not None
        and _SPOKEN_TO.search(text, sentence, start) is None
        and not names_someone_else(text, start, end)
    )
