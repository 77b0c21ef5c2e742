"""Validators for PII candidates: check digits, plausible dates, phone numbers.

Each validator takes the matched text (separators included) and the message language
and answers with a plain ``bool``. They are shared by the fast pass and by the
presidio recognizers (``validate_result``/``invalidate_result``), so both agree on
what a valid value is. ``phonenumbers`` is imported on first use only: importing it
costs ~50 ms, which the pre-commit path must not pay for templates without phones.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from types import ModuleType

#: ISO 7064 MOD 11-2 weights for the 17 body digits of a resident ID: 2^(17-i) mod 11
_CN_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CN_CHECK = "10X98765432"
#: first two digits of a mainland ID: province-level division codes (GB/T 2260)
_CN_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
#: Taiwan ID letters -> the two-digit code used by the check-digit sum
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)

#: message language -> phonenumbers regions tried in order
PHONE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US",),
    "zh-Hans": ("CN",),
    "zh-Hant": ("HK", "TW"),
}


_NOT_DIGITS = re.compile(r"[^0-9]+")


def digits_of(text: str) -> str:
    """The ASCII digits of ``text`` in order (separators dropped)."""
    return _NOT_DIGITS.sub("", text)


def plausible_birth_date(year: int, month: int, day: int) -> bool:
    """A real calendar date between 1900 and today."""
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def cn_resident_id(text: str, _lang: str = "") -> bool:
    """18-digit mainland resident ID: province code, birth date, MOD 11-2 check."""
    body = "".join(c for c in text if c.isascii() and c.isalnum()).upper()
    if len(body) != 18 or not body[:17].isdigit() or body[:2] not in _CN_PROVINCES:
        return False
    if not plausible_birth_date(int(body[6:10]), int(body[10:12]), int(body[12:14])):
        return False
    total = sum(int(d) * w for d, w in zip(body[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == body[17]


def cn_legacy_id(text: str, _lang: str = "") -> bool:
    """15-digit first-generation ID: province code and a 19YYMMDD birth date."""
    body = digits_of(text)
    if len(body) != 15 or body[:2] not in _CN_PROVINCES:
        return False
    return plausible_birth_date(
        1900 + int(body[6:8]), int(body[8:10]), int(body[10:12])
    )


def hk_id(text: str, _lang: str = "") -> bool:
    """Hong Kong identity card: 1–2 letters, 6 digits, check digit 0–9 or A (= 10)."""
    body = "".join(c for c in text if c.isascii() and c.isalnum()).upper()
    letters = len(body) - 7
    if letters not in (1, 2) or not body[letters:-1].isdigit():
        return False
    # a one-letter prefix counts as a leading space, valued 36
    values = [36] * (2 - letters) + [ord(c) - 55 for c in body[:letters]]
    values += [int(d) for d in body[letters:-1]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return body[-1] == ("A" if check == 10 else str(check))


def tw_id(text: str, _lang: str = "") -> bool:
    """Taiwan national ID: letter, sex digit 1/2, 8 digits, weighted sum ≡ 0 mod 10."""
    body = text.strip().upper()
    if len(body) != 10 or body[0] not in _TW_LETTERS or not body[1:].isdigit():
        return False
    code = _TW_LETTERS[body[0]]
    values = [code // 10, code % 10, *(int(d) for d in body[1:])]
    return sum(v * w for v, w in zip(values, _TW_WEIGHTS, strict=True)) % 10 == 0


#: Singapore NRIC/FIN check letters by remainder: S and T citizens, F and G foreigners;
#: T and G (born or issued from 2000) add 4 to the weighted sum
_SG_CHECK = {
    "S": "JZIHGFEDCBA",
    "T": "JZIHGFEDCBA",
    "F": "XWUTRQPNMLK",
    "G": "XWUTRQPNMLK",
}
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def sg_nric(text: str, _lang: str = "") -> bool:
    """Singapore NRIC or FIN: S/T/F/G, 7 digits, the check letter of their weighted sum.

    The M series of FINs (2022) uses another table and is not checked here.
    """
    body = text.strip().upper()
    letters = _SG_CHECK.get(body[:1])
    if len(body) != 9 or letters is None or not body[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(body[1:8], _SG_WEIGHTS, strict=True))
    total += 4 if body[0] in "TG" else 0
    return body[8] == letters[total % 11]


def us_ssn(text: str, _lang: str = "") -> bool:
    """US SSN ranges: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    body = digits_of(text)
    if len(body) != 9 or len(set(body)) == 1:
        return False
    area, group, serial = body[:3], body[3:5], body[5:]
    return (
        area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
    )


def luhn(number: str) -> bool:
    """The Luhn (mod 10) check over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _plausible_iin(number: str) -> bool:
    # Major schemes start with 2–6 (Mastercard 2-series, Amex/JCB/Diners 3, Visa 4,
    # Mastercard/Maestro 5, Discover/UnionPay/Maestro 6); 0, 1, 7, 8, 9 are not
    # card IINs.
    if number[0] not in "23456":
        return False
    if number[:2] in ("34", "37"):
        return len(number) == 15
    return len(number) >= 14 or number[0] == "4"


def card_number(text: str, _lang: str = "") -> bool:
    """13–19 digits with a card IIN and a valid Luhn digit, and not a resident ID.

    An 18-digit mainland ID passes Luhn one time in ten; the ID wins.
    """
    body = digits_of(text)
    return (
        13 <= len(body) <= 19
        and len(set(body)) > 1
        and _plausible_iin(body)
        and luhn(body)
        and not cn_resident_id(text)
    )


def _cn_phone_shape(body: str) -> bool:
    return (len(body) == 11 and body[0] == "1" and body[1] in "3456789") or (
        len(body) == 10 and body[:3] in ("400", "800")
    )


def looks_like_phone(text: str) -> bool:
    """Cheap phone shapes a bank-account number is not: CN mobile/400, NANP groups."""
    body = digits_of(text)
    if _cn_phone_shape(body) or (
        len(body) == 13 and body[:2] == "86" and _cn_phone_shape(body[2:])
    ):
        return True
    groups = [
        len(g)
        for g in text.replace("(", " ")
        .replace(")", " ")
        .replace(".", " ")
        .replace("-", " ")
        .split()
    ]
    return groups in ([3, 3, 4], [1, 3, 3, 4])


def bank_account_rejected(text: str, _lang: str = "") -> bool:
    """An 8–20 digit run is not a bank account when it is a card, an ID or a phone."""
    body = digits_of(text)
    return (
        len(set(body)) == 1
        or card_number(text)
        or cn_resident_id(text)
        or looks_like_phone(text)
    )


@lru_cache(maxsize=1)
def _phonenumbers() -> ModuleType:
    import phonenumbers

    return phonenumbers


#: regions whose mobile numbers are recognised in a message of any language: a
#: Hong Kong sister's number in an English text is still someone's number, and so is
#: a reference's in an Indian, Kenyan or British collector's English
OTHER_REGIONS: tuple[str, ...] = (
    *("CN", "TW", "HK", "US"),
    *("GB", "IE", "AU", "NZ", "IN", "PH", "NG", "KE", "ZA", "MY"),
    # the lending-app markets: Ghana, Uganda, Pakistan, Indonesia
    *("GH", "UG", "PK", "ID"),
)
#: ... of which those that write a national number with its trunk 0 ("0722 555 019"):
#: without it the digits are no number of theirs ("666-45-6789" is an SSN's shape)
_TRUNK_ZERO = frozenset("GB IE AU NZ PH NG KE ZA MY GH UG PK ID".split())
# a country code written without "+": "(852) 9123 4567", "886-912-345-678", "86 138…"
_BARE_COUNTRY_CODE = re.compile(r"\(?(?:852|853|886|86|1)\)?[ .-]")
# shapes no reference number takes: a mainland mobile, a Taiwan mobile
_DISTINCT_MOBILE = re.compile(r"1[3-9][0-9]{9}|09[0-9]{8}")
# a North American local number without its area code: "555-0163" (only asked of
# one whose sentence gives it to someone, see pii_allowed.LOCAL_PHONE_DIGITS)
_LOCAL_SEVEN = re.compile(r"\(?[2-9][0-9]{2}[-. ][0-9]{4}\)?")


@lru_cache(maxsize=4096)
def phone_number(text: str, lang: str) -> bool:
    """A valid number for one of the language's regions, a valid +CC number, or
    another region's mobile number written in a shape a reference number does not
    take (grouped by separators, or a mainland or Taiwan mobile).

    Cached: the same hotline recurs in every message of a campaign.
    """
    if _LOCAL_SEVEN.fullmatch(text.strip()):
        return True
    pn = _phonenumbers()
    regions = PHONE_REGIONS.get(lang, ("US",))
    for region in regions:
        try:
            number = pn.parse(text, region)
        except pn.NumberParseException:
            return False
        if pn.is_valid_number(number):
            return True
    body = text.strip()
    if body.startswith("(") and ")" not in body:
        # a number in brackets, "Uncle Yaw (0244 881 207)": the match takes the opening
        # bracket only, which would hide the trunk 0
        body = body[1:]
    if _BARE_COUNTRY_CODE.match(body) and _valid(pn, "+" + digits_of(body), None):
        return True
    grouped = len(digits_of(body)) < len(body)
    if not grouped and not _DISTINCT_MOBILE.fullmatch(body):
        return False
    mobile = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    trunk = body.startswith("0")
    # a freephone or shared-cost line dialled with its trunk 0 ("0800 555 0123" in
    # the UK, Kenya, New Zealand) is a business's, even where another region reads
    # the same digits as a mobile
    # (a UK "0345" line is a UAN there, a mobile in Pakistan: the business reading wins)
    business = (
        (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        )
        if trunk
        else ()
    )
    found = False
    for region in OTHER_REGIONS:
        if region in regions or (region in _TRUNK_ZERO and not trunk):
            continue
        try:  # "002-96-0860" read in CN: 00 dials out, to no country code
            number = pn.parse(body, region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(number):
            continue
        kind = pn.number_type(number)
        if kind in business:
            return False
        found = found or (len(str(number.national_number)) >= 9 and kind in mobile)
    return found


def _valid(pn: ModuleType, text: str, region: str | None) -> bool:
    try:
        return bool(pn.is_valid_number(pn.parse(text, region)))
    except pn.NumberParseException:
        return False


# Generic TLDs seen in real addresses; any two-letter ccTLD is accepted as well. A
# fixed list rather than tldextract: its public-suffix list is fetched over the network.
_GENERIC_TLDS = frozenset(
    "com net org edu gov mil int info biz name pro mobi asia app dev io ai me tv cc "
    "xyz online site top shop store tech cloud email bank finance loans money credit "
    "services support help law legal group company co global world life live work "
    "club vip ltd inc agency center capital fund holdings".split()
)


def email_address(text: str, _lang: str = "") -> bool:
    """A plausible address: a known generic TLD or a two-letter country code."""
    local, _, domain = text.rpartition("@")
    tld = domain.rsplit(".", 1)[-1].lower()
    if tld.startswith("xn--"):
        return len(tld) > 4  # an internationalized TLD in punycode
    if not local or ".." in local or local.endswith("."):
        return False
    return (len(tld) == 2 and tld.isalpha()) or tld in _GENERIC_TLDS


_SPELLED_AT = re.compile(r"\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+", re.IGNORECASE)
_SPELLED_DOT = re.compile(r"\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+", re.IGNORECASE)


def spelled_back(text: str) -> str:
    """``jdoe at gmail dot com`` or ``jdoe(at)gmail.com`` as ``jdoe@gmail.com``."""
    if "@" in text:
        return text
    return _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", text, count=1))


def spelled_email_address(text: str, _lang: str = "") -> bool:
    """A spelled-out address that is a plausible address once written back."""
    address = spelled_back(text)
    return " " not in address and email_address(address)


_MONTHS = {
    m: i + 1
    for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}


def birth_date(text: str, _lang: str = "") -> bool:
    """A date (any common en/zh order) that could be someone's birth date."""
    low = text.lower()
    numbers = [int(n) for n in "".join(c if c.isdigit() else " " for c in low).split()]
    month = next((n for m, n in _MONTHS.items() if m in low), None)
    if month is not None:
        numbers = [n for n in numbers if n <= 31 or n >= 1900][:2]
        if len(numbers) == 2:
            day, year = sorted(numbers)
            return plausible_birth_date(year, month, day)
        return False
    if "年" in text and len(numbers) == 3 and numbers[0] < 1000:
        a, b, c = numbers
        if "民" in text:  # 民國79年3月8日: Minguo year 1 is 1912
            return plausible_birth_date(a + 1911, b, c)
        if a >= 100:
            return False
        century = 1900 if a > dt.date.today().year % 100 else 2000
        return plausible_birth_date(century + a, b, c)  # 90年3月7日
    if len(numbers) == 1 and len(str(numbers[0])) == 8:  # 19900307
        n = numbers[0]
        numbers = [n // 10000, n // 100 % 100, n % 100]
    if len(numbers) != 3:
        return False
    a, b, c = numbers
    if a >= 1000:
        return plausible_birth_date(a, b, c)
    year = c if c >= 100 else (1900 + c if c > dt.date.today().year % 100 else 2000 + c)
    return plausible_birth_date(year, a, b) or plausible_birth_date(year, b, a)
