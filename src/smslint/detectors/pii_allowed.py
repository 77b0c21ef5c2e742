"""What looks like personal data but is allowed in a collection SMS.

Applied to every match before it counts, in both passes:

* masked values: ``ending 4471``, ``尾号3821``, ``last 4``, ``身份证后四位``, and digits
  that touch a mask (``4111 11** **** 1111``, ``xxxx-xxxx-1234``);
* the sender's own contact points: a number, address or e-mail right after a sender
  cue (``call us``, ``our hotline``, ``Questions:``, ``reach billing at``, ``we are
  now at``, ``客服``, ``拨打``, ``我司地址``, ``歡迎來電協商分期：`` …) or after one of
  the sender's own units (``our billing office directly at``, ``our Compliance Officer
  at``, ``我司法务部电话``, ``財務室電話``) or its name (``call Acme Recovery at`` when
  the message is signed Acme Recovery), or marked as the sender's after it
  (``（本公司客服）``, ``(our office)``, ``（户名：…有限公司）``), or in the sign-off
  closing the message (``- Ms. Alvarez, 415-…``), or a few words after a sender cue
  earlier in its sentence that names no third person, or in a field of the sender's
  own (:mod:`~smslint.detectors.pii_sender_scope`: "call Janet at … (desk) or …
  (cell)", "请联系城关支行信贷员潘正华，手机…", "⏎地址：…"); role mailboxes
  (``support@``, ``bursar@``, ``treasurer@``), an e-mail on the domain of a link in
  the message (with or without its scheme), of the name the message is signed with
  or of an organisation it names; the pack's ``allowed_values``;
* the sender's own name where an employer would be named ("everyone at Acme
  Recovery" in a message from Acme Recovery);
* toll-free and service numbers (US 8xx, CN 400/800 and 95xxx/96xxx, HK 800, TW
  0800);
* reference and contract numbers after a label (``ref``, ``合同``, ``单号`` …), unless
  the entity's own context word comes just before the label (``身份证编号``), and
  codes whose digits follow letters in one token (``ZH-2023-118842``, ``MRG-1120``);
* amounts (currency marks, 元/块, decimals) and plain dates (a date of birth is its
  own pattern, with its cue).

The cues themselves (sender, mask, reference label, currency) are in
:mod:`smslint.detectors.pii_cues`. Everything looks at a bounded neighbourhood, so
long texts stay linear; patterns are compiled on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from smslint.detectors.lazy_patterns import lazy
from smslint.detectors.pii_cues import (
    BEFORE,
    CURRENCY_CUE,
    MASK_CUE,
    SENDER_UNITS,
    labelled_reference,
    sender_cue,
    tail_before,
)
from smslint.detectors.pii_entities import (
    BANK_ACCOUNT,
    EMAIL_ADDRESS,
    EMPLOYER,
    HK_ID,
    NATIONAL_ID,
    NUMERIC,
    PHONE_NUMBER,
    SENDER_OWNABLE,
    STREET_ADDRESS,
    PiiPattern,
)
from smslint.detectors.pii_sender_scope import (
    business_premises,
    names_someone_else,
    own_field,
    sender_earlier_in_sentence,
)
from smslint.detectors.pii_validators import digits_of, spelled_back

#: a number of fewer digits is no personal data (an amount, a code, a short
#: reference) unless it is one of SHORT_IDS: a Hong Kong ID or a labelled national ID
#: (a UK National Insurance number), whose letters or label make it no amount or
#: code. The fast pass runs no other numeric pattern on a shorter digit run.
FEWEST_DIGITS = 8
SHORT_IDS = frozenset({HK_ID, NATIONAL_ID})
#: ... but a North American local number ("555-0163") when its sentence gives it to a
#: third person or the debtor ("try your brother Dwayne at 555-0163", "your references
#: next: Alicia Moreno (555-0127)")
LOCAL_PHONE_DIGITS = 7

# the payee block of the sender's own account: "转入我司对公账户，开户行：…，账号",
# "pay to our account at Chase, routing …, account"; no "your" in between
_PAYEE_BLOCK = lazy(
    r"(?:我司|本公司|我公司|对公|對公|收款|户名|戶名|开户名|開戶名"
    # the account the debtor pays into: "还款账户：招商银行 …", not "您的还款账户"
    r"|(?<![你您妳])(?<![你您妳]的)(?:还款|還款|缴款|繳款)(?:账户|賬戶|帳戶|账号|賬號|帳號)"
    r"|(?<![a-z])(?:our|payee|beneficiary|payable to|remit to)(?![a-z]))"
    r"(?:(?!your|ur |你|您|妳)[^。！？!?])*$"
)
# a business name ends the text before an address: the sender's signature
# ("Meridian Collections, 4400 Post Oak Pkwy")
_BUSINESS_BEFORE = lazy(
    r"(?<![a-z])(?:collections?|recovery|bank|llc|l\.l\.c\.|inc\.?|services|financial"
    r"|lending|credit|associates|partners|agency|solutions|capital|funding|management"
    r"|corp\.?|ltd\.?|pllc|p\.c\.|law firm|law group|law offices?"
    # a business's premises named right before: "24/7 hospital, 800 W Layton Ave."
    # (never "your office, …")
    r"|(?<!your )(?<!ur )(?<!his )(?<!her )(?:hospital|clinic|surgery|practice|school"
    r"|church|store|shop|branch|showroom|warehouse|depot|yard|centre|center)"
    r") ?[,:|·•–—-]?$"
)
# the sender's unit named right after an address: "1200 Commerce Blvd — our
# processing center", "100 Main Street (our office)"
# an address run that holds the sender's own name-word: "(文件)寄至本行台北市…",
# "本公司深圳市…" (the run may start a few characters early)
_SENDERS_OWN_START = lazy(
    r"(?:本行|本公司|我司|我行|敝公司|敝行|本店|本中心|本平台|我公司)"
    # ... or the reader sent there to pay or post: "繳款可親臨葵涌…", "可寄至荃灣…"
    r"|^[\u4e00-\u9fff]{0,4}?(?:亲临|親臨|寄至|寄到|送至)"
)
# where a car is parked is no home: "你的车现停在某某花园地下车库B2层"
_PARKED_BEFORE = lazy(r"(?:停在|停放在|停放于|停放於|停于|停於|泊在|泊喺|停喺|停泊在)$")
_PARKING = lazy(r"车库|車庫|停车场|停車場|停车位|停車位|车位|車位|停车库|停車庫")
# the sender's counters, where the debtor pays in person
_COUNTER_ZH = (
    "营业厅|營業廳|营业部|營業部|门市|門市|门店|門店|服务中心|服務中心|服务大厅|服務大廳"
    "|办事处|辦事處|网点|網點|客服中心|收费处|收費處|缴费处|繳費處|报名处|報名處"
    "|前台|前臺|柜台|櫃台|櫃檯"
    "|报名大厅|報名大廳"
)
_OUR_UNIT_AFTER = lazy(
    r"\s*[,(—–-]\s*(?i:our|the\s+sender's)\s+(?:[A-Za-z'&/-]+\s+){0,3}?"
    rf"(?i:{SENDER_UNITS}|processing\s+center|processing\s+centre)(?![A-Za-z])"
    # ... or the counter the address is of: "东风路 78号 燃气大厦 1楼营业厅"
    rf"|\s*(?:{_COUNTER_ZH})"
)
# ... which may close the address itself: "忠孝東路四段 120巷 3號 1樓 門市" (市 ends a
# component)
_COUNTER_LAST = lazy(rf"(?:{_COUNTER_ZH})$")
# an organisation a payee account is in the name of
_PAYEE_ORG = (
    "公司|银行|銀行|中心|事务所|事務所|宫|宮|寺|庙|廟|协会|協會|学校|學校|医院|醫院|法团|法團"
    "|教会|教會|基金会|基金會"
)
# the sender's mark right after a contact point: "02-2719-0035（本公司）",
# "415-555-0134 (our office)", "…@acme.example (our billing team)"
_SENDERS_MARK_AFTER = lazy(
    r"\s*[（(]\s*(?:(?:本公司|我司|我公司|敝司|本行|我行|本中心|本平台|本所|本处|本處|公司)"
    # … or one of its units: "（本公司客服）", "（我司法务部）", "（本公司客服專線）"
    r"(?:[^你您妳他她令）)]{0,6}?(?:客服|专线|專線|热线|熱線|总机|總機|电话|電話|部"
    r"|中心|办公室|辦公室|门市|門市|柜台|櫃台|櫃檯))?"
    r"|(?i:our|the\s+sender's)(?:\s+[A-Za-z'&/-]+){0,3}"
    # the payee named as a business: "（户名：华信资产管理有限公司）"
    rf"|(?:户名|戶名)[:：]?[^你您妳他她）)]{{2,24}}?(?:{_PAYEE_ORG}))"
    r"\s*[）)]"
    # ... or without brackets: "帳號 2231-5468 戶名 財團法人台南市鎮安宮"
    rf"|\s*(?:户名|戶名)[:：]?\s*[^你您妳他她，。,\n]{{2,24}}?(?:{_PAYEE_ORG})"
    # a desk's line marked as such: "210.555.0133 (direct)", "… (main)"
    r"|\s*[（(](?i:direct|main|office|desk|work|toll[- ]free|hotline|switchboard|studio"
    r"|shop|store|clinic|landline)[)）]"
)
# a sign-off closing the message, then the value: "- Ms. Alvarez, 415-…",
# "Kind regards, Lisa Chen | Accounts Team | 503 …"; naming no one else
_SIGN_OFF_BEFORE = lazy(
    r"(?:^|[.!?]\s+|\n\s*)(?:[-–—]|(?i:kind\s+regards|best\s+regards|warm\s+regards"
    r"|regards|sincerely|thanks|thank\s+you|cheers|best|warmly|many\s+thanks))[,!:]?\s+"
    r"(?:(?!(?i:your|ur|his|her|their|you|who|whom|called|texted|wrote|mom|mother"
    r"|dad|father|wife|husband|son|daughter|sister|brother|aunt|uncle|cousin|boss"
    r"|employer|neighbou?r|friend|spouse|partner|ps|p\.s)(?![A-Za-z]))"
    r"[^!?\n]){1,60}$"
)
_CLOSES = lazy(
    r"(?:\s*\((?i:mobile|cell|office|direct|work|text|whatsapp)\))?\s*[.)]?\s*$"
)
# a number, then "or", "and", a comma: what follows is listed beside it
_LISTED_AFTER = lazy(
    # (a separator between two digits only: "$216. 956-…" is two values)
    r"(?<![0-9A-Za-z])(\+?\(?[0-9](?:[0-9()+-]|[ .](?=[0-9(])){5,})\s*"
    r"(?:[,，]\s*(?=(?i:or|and)(?![A-Za-z])))?"
    r"(?:,|/|、|，|(?i:or|and)(?![A-Za-z])|或者|或|及|和)\s*$"
)
# a code: digits that follow letters in one token ("ZH-2023-118842", "HT2026…"),
# unless the letters are a phone or account word ("Tel-", "Acct-")
_CODE_BEFORE = lazy(r"(?<![A-Za-z])([A-Za-z]{1,8})[-_/]?(?:[0-9]{1,8}[-_/])*$")
_NOT_CODE_LETTERS = frozenset("tel ph phn mob mobile cell fax acct ac ssn id".split())
# digits that touch a mask: "4111 11** **** 1111", "xxxx-xxxx-1234", "138****5678"
_MASK_AFTER = lazy(r"[ -]?(?:[*＊xX×•●#]{2,}|[*＊•●]|\.{3}|…)")
_MASK_BEFORE = lazy(r"(?:[*＊xX×•●#]{2,}|[*＊•●]|\.{3}|…)[ -]?$")
# the sender's name: a 【signature】 or "Name:" opening the message, "this is Name",
# "Name, a debt collector", "- Name" closing it
_NAME = r"[A-Z][\w&'.-]*(?:[ ][A-Z&][\w&'.-]*){0,4}"
_SENDER_NAME = lazy(
    r"^\W*【([^】]{2,30})】|^\s*\[([^\]]{2,40})\]"
    rf"|^\s*({_NAME})\s*:"
    rf"|(?i:this\s+is|on\s+behalf\s+of|sincerely|regards|thanks|thank\s+you)[,\s]+({_NAME})"
    rf"|({_NAME}),?\s+(?:is\s+)?(?:a\s+)?(?i:debt\s+collector|collection\s+agency"
    r"|collections?\s+agency)"
    rf"|[-–—]\s*({_NAME})\s*\.?\s*$"
    rf"|^\W*(?i:a\s+)?(?i:reminder|message|notice|note|update)\s+from\s+({_NAME})"
)
# an organisation the message names, whoever it is ("Hannah from Granite Portfolio",
# "QuickNaira here", "Lagoon Credit Ltd"): an e-mail address on its domain is a
# company's mailbox, never a person's own
_ORGANISATION = lazy(
    rf"(?<![A-Za-z])(?:from|with)\s+({_NAME})"
    rf"|({_NAME})\s+here(?![A-Za-z])"
    rf"|({_NAME})\s+(?:Ltd|Limited|Inc|LLC|PLC|Plc|Pty|Pte|Corp)(?![A-Za-z])"
)
_CALL_NAME = lazy(
    r"(?:call|contact|reach|text|email|e-mail|write to|visit"
    r"|mail (?:payments? |checks? )?to|pay|payable to)"
    r" ([a-z0-9][\w&'.-]*(?: [\w&'.-]+){0,4}?)(?: ?(?:at|on|via|is|[:,(-]))*$"
)
_STAFF_BEFORE = lazy(
    # asked of the reader, not done by the sender: "we will message Rahul …" names a
    # third person
    r"(?<![A-Za-z])(?<!we )(?<!We )(?<!I )(?<!'ll )(?<!’ll )(?<!will )(?<!shall )"
    r"(?:[Aa]sk for|[Cc]all(?:ing)?|[Tt]ext|[Rr]ing|[Pp]hone|[Cc]ontact|[Rr]each"
    r"|[Mm]essage|WhatsApp)(?: or (?:call|text|ring|message|WhatsApp))? "
    r"(?!(?:Mom|Mum|Mother|Dad|Father|Grandma|Grandpa|Nana|Aunt|Auntie|Uncle|Sis|Bro"
    r"|Boss|Your|My|His|Her|Their|The|Him|Them|Us|Me)(?![a-z]))"
    r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?(?: (?:directly|today|now|anytime))?"
    # ... where she sits: "Ask for Wanda at the register,", "Leilani in billing at"
    r"(?: (?:at the (?:register|front desk|desk|counter|office)|in (?:billing|accounts"
    r"|collections|the office)),?)?"
    r" ?(?:at|on|via|:|-|,)? ?$"
)
# a link with or without its scheme ("pay.quickcred.in", "riverbankwater.co.uk/pay"),
# never the domain of an e-mail address
_LINK_DOMAIN = lazy(
    r"(?<![@\w.-])(?i:https?://)?(?:www\.)?"
    r"((?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|io|app|co|us|uk|ie|ca|au|nz|in|sg|my"
    r"|ph|ng|ke|za|hk|tw|cn|info|biz|example)(?:\.[a-z]{2})?)(?![\w@-])"
)
#: how far apart, and how many times, a value of the sender's is looked for again
_ELSEWHERE = 1_000
_ELSEWHERE_TIMES = 4
# the providers of personal mailboxes, by the name in their domain, whatever its
# country ("hotmail.co.uk", "yahoo.com.hk", "ms1.hinet.net")
_FREEMAIL = frozenset(
    "gmail googlemail yahoo ymail rocketmail outlook hotmail live msn aol icloud me "
    "mac protonmail proton gmx yandex rediffmail naver hanmail daum "
    "qq 163 126 139 189 sina sohu foxmail yeah aliyun tom 21cn netvigator hinet "
    "pchome seed btinternet sky comcast verizon att sbcglobal bellsouth cox "
    "charter shaw rogers sympatico telus bigpond optusnet xtra orange "
    "libero".split()
)
_CURRENCY_NEAR = lazy(r"(?:[$¥￥€£]|(?i:rmb|cny|usd|hkd|twd|ntd))\s?$")
_CURRENCY_AFTER = lazy(
    r"\s*(?:元|块|塊|圆|圓|万|萬|美元|港元|港币|港幣|台币|台幣|(?i:dollars?|usd|rmb|hkd|yuan)"
    r"(?![A-Za-z]))|[.,][0-9]"
)
_DECIMAL = lazy(r"[0-9]\.[0-9]{2}$")
_DATE_SHAPE = lazy(
    r"(?:19|20)[0-9]{2}[-/.]?(?:0?[1-9]|1[0-2])[-/.]?(?:0?[1-9]|[12][0-9]|3[01])"
    r"|(?:0?[1-9]|1[0-2]|[12][0-9]|3[01])[-/.](?:0?[1-9]|[12][0-9]|3[01])[-/.](?:19|20)[0-9]{2}"
)
_HOUR_AFTER = lazy(r":[0-5][0-9]")
# an address followed by its opening hours is a business's: "2210 Oak Ave, open 7am–7pm"
_HOURS_AFTER = lazy(
    r"[^.!?\n]{0,30}?,\s*(?i:open\s|opening\s+hours|hours\s|mon(?:day)?\s*[-–]"
    r"|[0-9]{1,2}\s*(?:am|pm)\s*[-–])"
)
_URL_BEFORE = lazy(r"(?i:https?://|www\.)[^\s]*$")
# Toll-free and service numbers, with or without country code: US/CA 8xx, CN 400/800
# and 95xxx/96xxx, HK 800, TW 0800/0809.
_SERVICE = lazy(
    r"(?:00)?(?:1?8(?:00|33|44|55|66|77|88)[0-9]{7}|(?:86)?[48]00[0-9]{7}"
    r"|(?:86)?9[56][0-9]{3,6}|(?:852)?800[0-9]{6}|(?:886|0)80[09][0-9]{6})"
)
_ROLE_MAILBOXES = frozenset(
    "support service services help helpdesk info billing collections collection "
    "payments pay noreply no-reply donotreply contact customerservice customercare cs "
    "admin office hello team enquiries inquiries kefu service-center accounts "
    "compliance legal dispute disputes privacy complaint complaints notice notices "
    "care customer clientservices client recovery ar receivables finance invoice "
    "invoices mail letters correspondence feedback operations ops "
    # the offices of a school, club, HOA or landlord that bills
    "bursar treasurer registrar accounting accountsreceivable bookkeeping cashier "
    "admissions tuition fees dues rent rents leasing frontdesk reception secretary "
    "clerk membership studentaccounts management manager security fraud".split()
)


@lru_cache(maxsize=256)
def sender_names(text: str) -> tuple[str, ...]:
    """The first words (lowercase) of the names the sender signs ``text`` with."""
    names = []
    for m in _SENDER_NAME.finditer(text):
        name = next(g for g in m.groups() if g)
        first = name.split()[0].strip("'.,-").lower() if name.split() else ""
        if len(first) > 1 and first not in ("the", "a", "an", "hi", "dear", "re"):
            names.append(first)
    return tuple(names)


_SIGNATURE = lazy(r"【([^】]{2,12})】")
# a company addressed as the one that owes ("贵司应付…", "貴公司尚欠…"), not as the
# employer of one who does ("貴公司員工張家豪先生結欠…")
_B2B = lazy(
    r"(?:贵司|貴司|贵公司|貴公司|贵单位|貴單位)[^，。,]{0,8}?"
    r"(?:应付|應付|尚欠|结欠|結欠|欠|租赁|租賃|合同|货款|貨款|账款|賬款|款项|款項|对账|對賬)"
)
# ... its own finance desk addressed: "致某某有限公司财务部：…"
_FINANCE_DESK_AFTER = lazy(
    r"\s*(?:财务部|財務部|财务处|財務處|会计部|會計部|应付账款|應付帳款)"
)
_STAFF_OF_IT = lazy(r"员工|員工|职工|職工|雇员|僱員|同事|工资|工資|薪")


def _holds_signature(text: str, value: str) -> bool:
    """The address names the sender its 【signature】 names: "…人民路1688号明视眼科二楼"
    in a message signed 【明视眼科】."""
    return any(m.group(1) in value for m in _SIGNATURE.finditer(text))


def _owned_elsewhere(text: str, start: int, end: int) -> bool:
    """The same value stands elsewhere in the message as the sender's: a number given
    as "呢部係我工作電話 5177 3628" is the sender's where it comes again ("FPS 到 5177
    3628")."""
    value = text[start:end]
    # a message's own length, and a few times at most: linear on any text
    low, high = max(0, start - _ELSEWHERE), end + _ELSEWHERE
    at = text.find(value, low, high)
    for _ in range(_ELSEWHERE_TIMES):
        if at == -1:
            return False
        if at != start and (
            sender_cue(tail_before(text, at))
            or sender_earlier_in_sentence(text, at, at + len(value))
            or own_field(text, at, at + len(value))
        ):
            return True
        at = text.find(value, at + 1, high)
    return False


def _names_sender(text: str, name: str) -> bool:
    first = name.split()[0].strip("'.,-").lower() if name.split() else ""
    return bool(first) and first in sender_names(text)


def code_before(text: str, start: int) -> bool:
    """The digits at ``start`` continue a code of letters ("ZH-2023-…", "HT2026…")."""
    m = _CODE_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() not in _NOT_CODE_LETTERS


def masked_next_to(text: str, start: int, end: int) -> bool:
    """A mask touches the digits: they are the visible part of a masked value."""
    return (
        _MASK_AFTER.match(text, end) is not None
        or _MASK_BEFORE.search(text, max(0, start - 5), start) is not None
    )


def plain_run(text: str, start: int, end: int, digits: str) -> bool:
    """A digit run no numeric entity can come from: a date, an amount, a service number.

    Decided once per run by the fast pass; each match inside it would be allowed too.
    Cheapest tests first: this runs on nearly every message.
    """
    if _SERVICE.fullmatch(digits):
        return True
    run = text[start:end]
    if len(digits) in (8, 16) and all(
        _DATE_SHAPE.fullmatch(part) for part in run.split()
    ):
        return True
    if len(digits) != len(run):
        return False  # separators: a match may start or end inside the run
    return _CURRENCY_NEAR.search(text, max(0, start - 5), start) is not None or bool(
        _CURRENCY_AFTER.match(text, end)
    )


def _second_of_the_senders(text: str, start: int) -> bool:
    """The second of two numbers after one sender cue: "call us at A or B",
    "请致电A或B", "our only numbers are A and B"; or after the sender's toll-free
    line ("the number on your statement, 888-…, or 919-…")."""
    m = _LISTED_AFTER.search(text, max(0, start - BEFORE), start)
    return m is not None and (
        sender_cue(tail_before(text, m.start(1)))
        or _SERVICE.fullmatch(digits_of(m.group(1))) is not None
        or own_field(text, m.start(1), m.end(1))
    )


def _staff_by_name(text: str, start: int) -> bool:
    """The sender's staff, by a bare given name: "Ask for Denise at …", "ring Kevin on
    …", "Call or text Danny …" (never "your sister Maria", "Mom", "him")."""
    return _STAFF_BEFORE.search(text, max(0, start - 60), start) is not None


def _in_sign_off(text: str, start: int, end: int) -> bool:
    """The value closes the message, in the sign-off of who wrote it."""
    return (
        _CLOSES.match(text, end) is not None
        and _SIGN_OFF_BEFORE.search(text, max(0, start - 80), start) is not None
    )


def _senders_mailbox(text: str, start: int, end: int) -> bool:
    """A role mailbox; on a free-mail domain, a mailbox named for the sender
    (``rickstirepros.billing@gmail.com`` from Rick's Tire Pros); otherwise any
    mailbox on an organisation's domain, unless its sentence names a third person or
    the debtor's own work ("your boss, k.lee@acme.com"): a person's own address is on
    a free-mail domain, a work address is the organisation's."""
    local, _, domain = spelled_back(text[start:end]).rpartition("@")
    local = local.lower()
    if local in _ROLE_MAILBOXES:
        return True
    domain = domain.lower()
    if _FREEMAIL.intersection(domain.split(".")[:-1]):
        return _names_the_sender(local, text) or any(
            part in _ROLE_MAILBOXES for part in _MAILBOX_PARTS.split(local)
        )
    if _on_senders_name(text, domain):
        return True
    if not names_someone_else(text, start, end) and not _greeted_in(local, text):
        return True
    return any(
        domain == d or domain.endswith("." + d) or d.endswith("." + domain)
        for d in map(str.lower, _LINK_DOMAIN.findall(text))
    )


_MAILBOX_PARTS = lazy(r"[._+0-9-]+")
# the person a message greets: "Hi Ann,", "Dear Ms. Farouk"
_GREETED = lazy(
    r"(?<![A-Za-z])(?i:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\s+"
    r"(?:(?i:mr|mrs|ms|miss|mx|dr)\.?\s+)?([A-Z][a-z]+)"
)


def _greeted_in(local: str, text: str) -> bool:
    """The local part of an address spells the name the message greets: the
    debtor's own mailbox ("Hi Ann, … ann@example.com")."""
    parts = set(_MAILBOX_PARTS.split(local))
    return any(m.group(1).lower() in parts for m in _GREETED.finditer(text))


def _names_the_sender(local: str, text: str) -> bool:
    """The local part of a free-mail address spells the sender's name."""
    spelled = "".join(ch for ch in local if ch.isalnum())
    return any(
        len(name) > 3 and spelled.startswith(name)
        for name in (
            "".join(ch for ch in n if ch.isalnum())
            for n in (*sender_names(text), *_organisations(text))
        )
    )


def _on_senders_name(text: str, domain: str) -> bool:
    """The domain spells the name the message is signed with, or an organisation it
    names: "Greenfield Academy" and ``greenfield-academy.org``, "Oakridge HOA" and
    ``oakridgehoa.org``, "Lagoon Credit Ltd" and ``lagooncredit.com.ng``."""
    label = "".join(ch for ch in domain.rpartition(".")[0] if ch.isalnum())
    return any(
        len(name) > 3 and label.startswith(name)
        for name in (*sender_names(text), *_organisations(text))
    )


def _organisations(text: str) -> tuple[str, ...]:
    """The first words (lowercase) of the organisations ``text`` names."""
    return tuple(
        first
        for m in _ORGANISATION.finditer(text)
        if (first := next(g for g in m.groups() if g).split()[0].lower())
        not in ("the", "a", "an", "your", "our", "my")
    )


def _in_link(tail: str) -> bool:
    return ("://" in tail or "www." in tail) and _URL_BEFORE.search(tail) is not None


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


class AllowedValues:
    """The allowed-value logic, with the pack's own ``allowed_values`` indexed."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        numbers: set[str] = set()
        domains: set[str] = set()
        texts: set[str] = set()
        for value in values:
            digits = digits_of(value)
            if "@" in value:
                texts.add(_normal(value))
            elif "." in value and " " not in value.strip() and len(digits) < 5:
                domains.add(value.strip().lower().removeprefix("www."))
            elif len(digits) >= 7 and len(digits) >= len(value.strip()) // 2:
                # seven digits at least: a listed number matches as a suffix
                numbers.add(digits)
            else:
                texts.add(_normal(value))
        self._numbers = frozenset(numbers)
        self._domains = frozenset(domains)
        self._texts = frozenset(t for t in texts if t)

    def allows(self, text: str, start: int, end: int, pattern: PiiPattern) -> bool:
        """True when ``text[start:end]``, matched by ``pattern``, is no disclosure."""
        entity = pattern.entity
        value = text[start:end]
        tail = tail_before(text, start)
        if entity in NUMERIC and self._numeric_allowed(
            text, value, tail, start, end, pattern
        ):
            return True
        if entity in SENDER_OWNABLE and (
            sender_cue(tail)
            or self._is_listed(value, entity)
            or self._after_sender_name(text, tail)
            or _second_of_the_senders(text, start)
            or _staff_by_name(text, start)
            or (
                entity != EMAIL_ADDRESS
                and (
                    sender_earlier_in_sentence(text, start, end)
                    or own_field(text, start, end)
                )
            )
            or _SENDERS_MARK_AFTER.match(text, end) is not None
            or _in_sign_off(text, start, end)
            or (
                entity in (STREET_ADDRESS, PHONE_NUMBER)
                and business_premises(text, start, end)
            )
        ):
            return True
        if entity == BANK_ACCOUNT and _PAYEE_BLOCK.search(tail) is not None:
            return True
        if entity == STREET_ADDRESS and (
            _BUSINESS_BEFORE.search(tail) is not None
            or _HOURS_AFTER.match(text, end) is not None
            or _OUR_UNIT_AFTER.match(text, end) is not None
            or _COUNTER_LAST.search(value) is not None
            or _SENDERS_OWN_START.search(value) is not None
            or _holds_signature(text, value)
            or (
                _PARKED_BEFORE.search(tail) is not None
                and _PARKING.search(value) is not None
            )
        ):
            return True
        if entity == EMPLOYER:
            # a company written to about its own account is the debtor, not its
            # employer: "致某某有限公司财务部：贵司应付我司货款…"
            return _names_sender(text, value) or (
                _FINANCE_DESK_AFTER.match(text, end) is not None
                and _B2B.search(text) is not None
                and _STAFF_OF_IT.search(text) is None
            )
        if entity == EMAIL_ADDRESS:
            return _senders_mailbox(text, start, end)
        return entity in SENDER_OWNABLE and _owned_elsewhere(text, start, end)

    @staticmethod
    def _after_sender_name(text: str, tail: str) -> bool:
        """``call Acme Recovery at`` in a message Acme Recovery signs."""
        m = _CALL_NAME.search(tail)
        return m is not None and _names_sender(text, m.group(1))

    def _numeric_allowed(
        self,
        text: str,
        value: str,
        tail: str,
        start: int,
        end: int,
        pattern: PiiPattern,
    ) -> bool:
        digits = digits_of(value)
        if (
            len(digits) < FEWEST_DIGITS
            and pattern.entity not in SHORT_IDS
            and not (
                len(digits) == LOCAL_PHONE_DIGITS
                and pattern.entity == PHONE_NUMBER
                and names_someone_else(text, start, end)
            )
        ) or _SERVICE.fullmatch(digits):
            return True
        if MASK_CUE.start(tail) is not None or CURRENCY_CUE.start(tail) is not None:
            return True
        if masked_next_to(text, start, end):
            return True
        if pattern.entity in (PHONE_NUMBER, BANK_ACCOUNT) and code_before(text, start):
            return True
        if _CURRENCY_AFTER.match(text, end) or _DECIMAL.search(value):
            return True
        if all(_DATE_SHAPE.fullmatch(part) for part in value.split()):
            return True
        if _HOUR_AFTER.match(text, end) and _DATE_SHAPE.fullmatch(value.split()[0]):
            return True  # a date and the hour of a time: "2024-03-02 14:26"
        # long digit runs inside links are tokens; checksummed IDs and cards still count
        if pattern.entity in (PHONE_NUMBER, BANK_ACCOUNT) and _in_link(tail):
            return True
        return labelled_reference(tail, pattern.context)

    def _is_listed(self, value: str, entity: str) -> bool:
        if entity == EMAIL_ADDRESS:
            domain = value.rpartition("@")[2].lower()
            return _normal(value) in self._texts or any(
                domain == d or domain.endswith("." + d) for d in self._domains
            )
        if entity in NUMERIC:
            digits = digits_of(value)
            return any(digits.endswith(n) or n.endswith(digits) for n in self._numbers)
        norm = _normal(value)
        return any(norm in t or t in norm for t in self._texts)
