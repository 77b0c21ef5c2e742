"""Tests for the PII recognizer table and its validators, through the fast pass.

Valid identifiers are made here by computing their check digits (never real
people's numbers); each is tried with a wrong check digit too, in English and
Chinese sentences, with Chinese text directly around the digits.
"""

from __future__ import annotations

import pytest

from smslint.detectors import pii_validators as v
from smslint.detectors.pii import PiiDetector
from smslint.detectors.pii_fast import PatternTable

# --- check digits, computed independently of the code under test -------------------


def cn_id(body17: str) -> str:
    """Append the ISO 7064 MOD 11-2 check character."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body17))
    return body17 + "10X98765432"[total % 11]


def hk_id(letters: str, digits6: str) -> str:
    values = [36] * (2 - len(letters)) + [ord(c) - ord("A") + 10 for c in letters]
    values += [int(d) for d in digits6]
    check = -sum(val * w for val, w in zip(values, range(9, 1, -1), strict=True)) % 11
    return f"{letters}{digits6}({'A' if check == 10 else check})"


def tw_id(letter: str, digits8: str) -> str:
    code = {"A": 10, "F": 15, "Z": 33}[letter]
    values = [code // 10, code % 10, *map(int, digits8)]
    total = sum(
        val * w for val, w in zip(values, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True)
    )
    return f"{letter}{digits8}{-total % 10}"


def luhn_complete(prefix: str) -> str:
    """``prefix`` plus the digit that makes it pass Luhn."""
    for d in "0123456789":
        n = prefix + d
        total = sum(
            (int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
            for i, c in enumerate(reversed(n))
        )
        if total % 10 == 0:
            return n
    raise AssertionError(prefix)


def wrong_last(value: str) -> str:
    last = value[-1]
    return value[:-1] + ("1" if last != "1" else "2")


CN_ID = cn_id("11010119900307451")
CN_ID_X = next(
    cn_id(f"44030519880812{n:03d}")
    for n in range(1000)
    if cn_id(f"44030519880812{n:03d}").endswith("X")
)
HK_ONE = hk_id("A", "123456")
HK_TWO = hk_id("AB", "987654")
HK_A = next(
    hk_id("C", f"{n:06d}")
    for n in range(1000)
    if hk_id("C", f"{n:06d}").endswith("(A)")
)
TW = tw_id("A", "12345678")
VISA = luhn_complete("411111111111111")
UNIONPAY = luhn_complete("621700123456789012")  # 19 digits
AMEX = luhn_complete("37828224631000")


# --- validators ----------------------------------------------------------------------


def test_cn_resident_id_check_digit_date_and_province() -> None:
    assert v.cn_resident_id(CN_ID) and v.cn_resident_id(CN_ID_X)
    assert v.cn_resident_id(CN_ID_X.lower())
    assert not v.cn_resident_id(wrong_last(CN_ID))
    assert not v.cn_resident_id(cn_id("11010119901307451"))  # month 13
    assert not v.cn_resident_id(cn_id("99010119900307451"))  # no province 99
    assert not v.cn_resident_id(cn_id("11010121000307451"))  # born in 2100


def test_cn_legacy_id_needs_a_plausible_date() -> None:
    assert v.cn_legacy_id("110101900307451")
    assert not v.cn_legacy_id("110101901307451")
    assert not v.cn_legacy_id("990101900307451")


def test_hk_id_check_digit_including_a() -> None:
    for value in (HK_ONE, HK_TWO, HK_A, HK_ONE.replace("(", "").replace(")", "")):
        assert v.hk_id(value), value
    assert not v.hk_id(HK_ONE[:-2] + ("0)" if HK_ONE[-2] != "0" else "1)"))


def test_tw_id_check_digit() -> None:
    assert v.tw_id(TW) and v.tw_id(tw_id("Z", "29876543"))
    assert not v.tw_id(wrong_last(TW))
    assert not v.tw_id("A" + TW[1:].replace(TW[1], "3", 1))


@pytest.mark.parametrize(
    ("ssn", "valid"),
    [
        ("123-45-6789", True),
        ("000-12-3456", False),
        ("666-12-3456", False),
        ("912-34-5678", False),
        ("123-00-4567", False),
        ("123-45-0000", False),
        ("111111111", False),
    ],
)
def test_us_ssn_ranges(ssn: str, valid: bool) -> None:
    assert v.us_ssn(ssn) is valid


def test_card_luhn_iin_and_id_precedence() -> None:
    for card in (VISA, UNIONPAY, AMEX, "4111 1111 1111 1111", "4111-1111-1111-1111"):
        assert v.card_number(card), card
    assert not v.card_number(wrong_last(VISA))
    assert not v.card_number(
        luhn_complete("911111111111111")
    )  # no card IIN starts with 9
    # an 18-digit resident ID that happens to pass Luhn is an ID, not a card
    both = next(
        cn_id(f"31011519850101{n:03d}")
        for n in range(1000)
        if v.luhn(cn_id(f"31011519850101{n:03d}"))
    )
    assert v.cn_resident_id(both) and not v.card_number(both)


# --- the fast pass -------------------------------------------------------------------


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PatternTable())


def found(detector: PiiDetector, text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity) for f in detector.find(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "value", "entity"),
    [
        (f"身份证号{CN_ID}请核对", "zh-Hans", CN_ID, "CN_RESIDENT_ID"),
        (f"Your ID {CN_ID} is on file.", "en", CN_ID, "CN_RESIDENT_ID"),
        (f"身份证{CN_ID_X}，请核对", "zh-Hans", CN_ID_X, "CN_RESIDENT_ID"),
        (
            f"身份证号{CN_ID[:6]} {CN_ID[6:14]} {CN_ID[14:]}请核对",
            "zh-Hans",
            f"{CN_ID[:6]} {CN_ID[6:14]} {CN_ID[14:]}",
            "CN_RESIDENT_ID",
        ),
        (
            "旧身份证号110101900307451请核对",
            "zh-Hans",
            "110101900307451",
            "CN_RESIDENT_ID",
        ),
        (f"身份證號碼{HK_ONE}請核對", "zh-Hant", HK_ONE, "HK_ID"),
        (f"Your HKID {HK_TWO} is on file", "en", HK_TWO, "HK_ID"),
        (f"HKID {HK_A}", "zh-Hant", HK_A, "HK_ID"),
        (f"身分證字號{TW}請核對", "zh-Hant", TW, "TW_ID"),
        ("Your SSN 123-45-6789 is on file.", "en", "123-45-6789", "US_SSN"),
        ("Your SSN 123 45 6789 is on file.", "en", "123 45 6789", "US_SSN"),
        ("社会安全号码123-45-6789", "zh-Hans", "123-45-6789", "US_SSN"),
        (f"卡号{VISA}请核对", "zh-Hans", VISA, "CARD_NUMBER"),
        (
            f"Card {VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]} was declined",
            "en",
            f"{VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]}",
            "CARD_NUMBER",
        ),
        (
            f"Card {VISA[:4]}-{VISA[4:8]}-{VISA[8:12]}-{VISA[12:]} declined",
            "en",
            f"{VISA[:4]}-{VISA[4:8]}-{VISA[8:12]}-{VISA[12:]}",
            "CARD_NUMBER",
        ),
        (f"您的银行卡{UNIONPAY}已冻结", "zh-Hans", UNIONPAY, "CARD_NUMBER"),
        (f"Amex {AMEX} declined", "en", AMEX, "CARD_NUMBER"),
        (
            "your account number 12345678901 is frozen",
            "en",
            "12345678901",
            "BANK_ACCOUNT",
        ),
        (
            "银行账户：6212 2612 3456 7891",
            "zh-Hans",
            "6212 2612 3456 7891",
            "BANK_ACCOUNT",
        ),
        (f"卡号{wrong_last(VISA)}请核对", "zh-Hans", wrong_last(VISA), "BANK_ACCOUNT"),
        ("请联系你弟弟13812345678", "zh-Hans", "13812345678", "PHONE_NUMBER"),
        ("你的手机138 1234 5678已记录", "zh-Hans", "138 1234 5678", "PHONE_NUMBER"),
        ("你单位电话021-62345678", "zh-Hans", "021-62345678", "PHONE_NUMBER"),
        ("你的電話0912-345-678", "zh-Hant", "0912-345-678", "PHONE_NUMBER"),
        ("你的電話9123 4567", "zh-Hant", "9123 4567", "PHONE_NUMBER"),
        (
            "We reached your sister at (415) 555-0134.",
            "en",
            "(415) 555-0134",
            "PHONE_NUMBER",
        ),
        ("His cell is +86 139 1234 5678.", "en", "+86 139 1234 5678", "PHONE_NUMBER"),
        (
            "Write to john.doe@gmail.com now",
            "en",
            "john.doe@gmail.com",
            "EMAIL_ADDRESS",
        ),
        (
            "你的邮箱zhang.san@example.cn请回复",
            "zh-Hans",
            "zhang.san@example.cn",
            "EMAIL_ADDRESS",
        ),
        (
            "You live at 123 Main Street, Apt 4B, right?",
            "en",
            "123 Main Street, Apt 4B",
            "STREET_ADDRESS",
        ),
        ("We know you live at 42 W. Oak Ave", "en", "42 W. Oak Ave", "STREET_ADDRESS"),
        (
            "你家住在北京市朝阳区建国路88号院3号楼1201室",
            "zh-Hans",
            "北京市朝阳区建国路88号院3号楼1201室",
            "STREET_ADDRESS",
        ),
        (
            "你住在臺北市大安區忠孝東路四段100號5樓",
            "zh-Hant",
            "臺北市大安區忠孝東路四段100號5樓",
            "STREET_ADDRESS",
        ),
        ("DOB 03/07/1990 verified", "en", "03/07/1990", "DATE_OF_BIRTH"),
        ("You were born on March 7, 1990.", "en", "March 7, 1990", "DATE_OF_BIRTH"),
        ("出生日期1990年3月7日", "zh-Hans", "1990年3月7日", "DATE_OF_BIRTH"),
        ("你的生日是1990-03-07", "zh-Hans", "1990-03-07", "DATE_OF_BIRTH"),
        ("Your employer, Walmart Inc, was notified", "en", "Walmart Inc", "EMPLOYER"),
        ("We know you work at Acme Widgets.", "en", "Acme Widgets", "EMPLOYER"),
        ("我们知道你在XX公司上班", "zh-Hans", "XX公司", "EMPLOYER"),
        (
            "你的工作单位：深圳市某某科技有限公司",
            "zh-Hans",
            "深圳市某某科技有限公司",
            "EMPLOYER",
        ),
        ("We called your wife Lisa yesterday.", "en", "Lisa", "RELATIVE_NAME"),
        ("your mother, Mary Jones, said so", "en", "Mary Jones", "RELATIVE_NAME"),
        ("我们已联系你妈妈王芳，请尽快还款", "zh-Hans", "王芳", "RELATIVE_NAME"),
        ("你儿子张三在学校", "zh-Hans", "张三", "RELATIVE_NAME"),
        ("你老婆李娜知道吗", "zh-Hans", "李娜", "RELATIVE_NAME"),
        ("我們已通知你媽媽陳美玲", "zh-Hant", "陳美玲", "RELATIVE_NAME"),
    ],
)
def test_found(
    detector: PiiDetector, text: str, lang: str, value: str, entity: str
) -> None:
    assert found(detector, text, lang) == [(value, entity)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"身份证号{wrong_last(CN_ID)}请核对", "zh-Hans"),
        (
            f"身份證號碼{HK_ONE[:-2]}{'0' if HK_ONE[-2] != '0' else '1'})請核對",
            "zh-Hant",
        ),
        (f"身分證字號{wrong_last(TW)}請核對", "zh-Hant"),
        ("Your SSN 666-45-6789 is on file.", "en"),
        (f"Card {wrong_last(VISA)} was declined", "en"),
        ("Call your sister at (415) 555-01345.", "en"),  # not a valid number
        ("Mail to john.doe@example.invalidtld now", "en"),
        ("You were born on 1990-02-30.", "en"),
        ("你的生日是2090-03-07", "zh-Hans"),
    ],
)
def test_invalid_values_are_not_reported(
    detector: PiiDetector, text: str, lang: str
) -> None:
    assert found(detector, text, lang) == []


def test_bare_nine_digits_need_ssn_context(detector: PiiDetector) -> None:
    assert found(detector, "Your number 123456789 is on file") == []
    assert found(detector, "Your SSN: 123456789 is on file") == [
        ("123456789", "US_SSN")
    ]


def test_an_id_that_passes_luhn_is_reported_as_an_id(detector: PiiDetector) -> None:
    both = next(
        cn_id(f"31011519850101{n:03d}")
        for n in range(1000)
        if v.luhn(cn_id(f"31011519850101{n:03d}"))
    )
    assert found(detector, f"号码{both}请核对", "zh-Hans") == [(both, "CN_RESIDENT_ID")]


def test_entities_option_limits_what_runs() -> None:
    only_cards = PiiDetector(PatternTable(), entities={"CARD_NUMBER"})
    text = f"卡号{VISA}，手机13812345678，身份证{CN_ID}"
    assert found(only_cards, text, "zh-Hans") == [(VISA, "CARD_NUMBER")]
