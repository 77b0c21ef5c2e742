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

from smslint.detectors.lazy_patterns import lazy
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

# the reader asked to reach or pay the sender ("call Janet at …", "Pay at 12 Loop St",
# "Ring us on … or visit …": a verb opening its sentence, or after "please", "or",
# "you can"; not after a comma, where "mail …, phone …" lists the debtor's data),
# the sender speaking of itself ("our", "us", "my", "this is"), a label ("Queries:",
# "Hotline"); never a noun that may be anyone's ("his office", "your boss's phone",
# "emergency contact")
_CUE = lazy(
    r"(?:^|(?<=[.!?;\n|–—])\s*|(?<![A-Za-z])(?i:please|pls|or|and|just|kindly|simply"
    r"|also|can|may|to)\s+)(?i:call|text|ring|dial|contact|reach|e-?mail|whatsapp|viber"
    r"|write\s+to|mail|fax|send|remit|pay|visit|stop\s+by|drop\s+by|pop\s+in"
    r"|come\s+(?:in|by|to)"
    r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:queries|questions|enquiries|inquiries|hotline|helpline|our|us|me"
    r"|my|i'm|i\s+am|this\s+is|it's|it’s)(?![A-Za-z])"
    # the sender of itself: "我是…", "我司", "我的手机" (never a bare 我: "我们知道你…")
    r"|我(?:是|係|系|司|行|所|部|公司|们公司|們公司|哋公司"
    r"|的(?:手机|手機|电话|電話|微信|号码|號碼|直线|直線))"
    r"|本公司|本行|本所|本店|本中心|本院|本会|本會|本社|本处|本處|本站|本校|敝司"
    r"|客服|专员|專員|承办|承辦|经办|經辦"
    # a desk's own line: "the desk line", "the office fax is", "Carmen's direct line:"
    r"|(?<![A-Za-z])(?i:direct|desk|office)\s+(?i:line|fax|number|extension)(?![A-Za-z])"
    # a staff member's own work line: "这是我工作号", "公司配的工作手機", "本人手机"
    r"|工作(?:号|號|手机|手機|电话|電話)|公司(?:配的|电话|電話|直线|直線)"
    r"|本人(?:手机|手機|电话|電話|为|為)"
    r"|(?:联系|聯繫|聯絡|联络)(?!人|方式)|致电|致電|拨打|撥打|来电|來電|回电|回電|咨询|諮詢|洽"
    r"|营业部|營業部|门店|門店|门市|門市|分行|支行|办事处|辦事處|服务中心|服務中心|管理处|管理處"
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
    r"|inform|informed|tell|told|spoke|spoken|speak)"
    r"|(?:to|for|visit|see|find|meet)\s+you\s+at|you\s+(?:live|stay|reside|work)"
    r"|you're|you\s+are|linked|listed|parked|kept|stored"
)
# a staff member's own line: "Alyssa is on her work cell", "his direct line"
_WORK_LINE = (
    r"(?:work|direct|office|desk|official)\s+"
    r"(?:cell|phone|mobile|line|number|extension)"
)
_KIN_ZH = "|".join(
    kin
    for kin in RELATION_ZH.split("|")
    if len(kin) > 1 and kin not in ("先生", "太太", "小孩", "孩子")
)
_MARKER = lazy(
    rf"(?<![A-Za-z])(?i:(?:your|ur|(?:his|her|their)(?!\s+{_WORK_LINE}))\s+"
    rf"(?:{RELATION_EN}|employer|work"
    r"|workplace|job|home|house|place|address|flat|apartment|family|number|phone"
    r"|mobile|cell|e-?mail|school)"
    rf"|(?:he|she|him|her|his|hers|they|them|their)(?!\s+{_WORK_LINE})"
    rf"|{_KIN_EN}|{_REACHING_EN})(?![A-Za-z])"
    rf"|(?:你|您|妳|他|她|佢|其)(?:的|嘅|之)?(?:{RELATION_ZH})|{_KIN_ZH}"
    r"|他|她|佢|你家|您家|(?:你|您|妳)(?:在|喺)(?![我本])|你們|你们|你哋|你单位|你單位"
    r"|(?:你|您|妳)(?:的|嘅|之)?(?:新|旧|舊|现|現)?(?:微信|手机|手機|电话|電話|地址|号码|號碼"
    r"|邮箱|郵箱|身份|银行|銀行|收货|收貨|家|住|单位|單位|公司|工作|老家)"
    r"|收货地址|收貨地址|送货地址|送貨地址"
    r"|(?:你|您)(?:们|們)?公司|你住|您住|住在|住址|老家|户籍|戶籍|家里|家裡|屋企|住户|住戶"
    r"|业主|業主|户主|戶主|推荐人|推薦人"
    # the debtor's own unit: bought, rented, lived in, supplied
    r"|購買|购买|租的|承租|遷入|迁入|入住|貴戶|贵户|您户|你户|用电地址|用電地址|用水地址"
    r"|居住地址"
)


#: how far past the value a marker still claims it: "…12樓B室住戶", "… (his cell)"
AFTER = 8


def sender_earlier_in_sentence(text: str, start: int, end: int) -> bool:
    """A sender cue earlier in the sentence of the value at ``start:end``, and no
    third person (or the debtor's own home, work, family or number) in the sentence
    up to the value, inside it ("户籍地址…") or just after it."""
    sentence = _sentence_start(text, start)
    return (
        _CUE.search(text, sentence, start) is not None
        and _MARKER.search(text, sentence, end + AFTER) is None
    )


# the inside of a business's premises, which no home address names: a suite, a floor,
# a department or a lockbox ("Suite 1200, 900 SW Fifth Ave", "1 N. Wacker Dr., 14th
# Fl.", "Attn: Collections Unit 4, 1200 Corporate Blvd", "Pick-up at 4410 Industrial
# Pkwy, Gate 2")
_PREMISES = lazy(
    r"(?<![A-Za-z])(?i:suite|ste\.?(?=\s*[0-9])|attn|lockbox|mezzanine"
    r"|[0-9]+(?:st|nd|rd|th)\s+(?:floor|fl\.?)|(?:floor|level)\s+[0-9]+|ground\s+floor"
    r"|room\s+[A-Z]?-?[0-9]+|gate\s+[0-9]+|dept\.?|department)(?![A-Za-z])"
)
#: how far around an address its premises are named
PREMISES_REACH = 50


def business_premises(text: str, start: int, end: int) -> bool:
    """The address (or phone number) at ``start:end`` names the inside of a
    business's premises (a suite, a floor, a department, a lockbox) in its own line
    or sentence, or stands beside an address that does ("Suite 2B, 425-555-0106"),
    and the sentence names no third person nor the debtor's own home or work."""
    sentence = _sentence_start(text, start)
    begin = max(sentence, start - PREMISES_REACH)
    stop = end + PREMISES_REACH
    for m in _ENDS.finditer(text, end, stop):
        if m.group() == "." and _ABBREVIATION.search(text, begin, m.start()):
            continue
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
        if m.group() == "." and _ABBREVIATION.search(text, begin, m.start()):
            continue
        found = m.end()
    return found


# A field of the message's own: a line, a "|" field or a sentence that opens with a
# contact label, perhaps a name after it, then the value ("⏎地址：…", "| 手提：6740 …",
# "。總幹事 許先生 0928-…", "Office: 133 New Bridge Road", "Main office: 1500 W …").
# A label of someone else's opens no such field ("Your office: …", "紧急联系人：…").
_FIELD_START = lazy(r"[\n|｜•;；]|[。！？!?](?=[^\S\n]*\S)|\.(?=\s+[A-Z])")
_FIELD_LABEL = lazy(
    r"\s*(?:[–—-]\s*)?"
    r"(?:(?i:(?:main|head|branch|registered)\s+)?(?i:office|address|tel|telephone|phone"
    r"|ph|mobile|cell|fax|e-?mail|contact|call|text|whatsapp|hotline|helpline|web)"
    r"|地址|电话|電話|手机|手機|手提|传真|傳真|办公室|辦公室|邮箱|郵箱|电子信箱|電子信箱|联系人"
    r"|聯絡人|承办人|承辦人|个案主任|個案主任|总干事|總幹事|管理员|管理員|店长|店長|专员|專員"
    r"|客服|专线|專線|直线|直線|门市|門市"
    # the address of the sender's premises: "店址：…", "舖址：…", "會址：…", "店舖：…"
    r"|(?:店|舖|铺|會|会|行|所|院|校|社|站|厂|廠)址|店舖|店铺|门店|門店|分店"
    # a desk of the sender's, by name: "Leasing: 425.555.0110", "HP Dept: (876) …",
    # "Collections Desk: 020 …", "Credit Dept (Chaguanas): …", "mobile 0918 …"
    r"|(?!(?i:your|ur|his|her|their)(?![A-Za-z]))(?:[A-Z][A-Za-z&'.-]*\s+){0,3}"
    r"(?i:dept\.?|department|desk|team|line|main|leasing|billing|accounts|collections"
    r"|credit|yard|shop|store|branch|reception|cashier|support|services?|workshop"
    r"|counter|landline|direct)(?:\s*\([^)\n]{1,24}\))?)"
    r"\s*[:：.]?\s*(?:[^\n|｜:：，,。;；]{0,12}?[\s:：,，]+)?"
)
# a sign-off that closes a message: "…？中鑫小廖19925617306", "…。阿偉"
# (letters only: never a label such as 银行账户 or 电话, never a person addressed)
_SIGNATURE_ZH = lazy(
    r"(?:(?![你您妳他她令账帳賬卡号號码碼证證址电電机機])[\u4e00-\u9fffA-Za-z]){2,8}"
)
_CLOSING = lazy(r"[\s。.!！)）]*$")


def own_field(text: str, start: int, end: int) -> bool:
    """The value at ``start:end`` stands in a field of the sender's own: after a
    contact label that opens its line, "|" field or sentence, or in a short
    Chinese sign-off closing the message."""
    begin = max(0, start - 40)
    field = begin
    for m in _FIELD_START.finditer(text, begin, start):
        field = m.end()
    if field == begin and begin > 0:
        return False  # no start of a field within reach
    segment = text[field:start]
    if _MARKER.search(segment):
        return False
    if _FIELD_LABEL.fullmatch(segment):
        return True
    return (
        _CLOSING.match(text, end) is not None
        and _SIGNATURE_ZH.fullmatch(segment.strip()) is not None
    )
