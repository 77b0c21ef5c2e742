"""Tests for the PII recognizer table and its validators, through the fast pass.

Valid identifiers are made here by computing their check digits (never real
people's numbers); each is tried with a wrong check digit too, in English and
Chinese sentences, with Chinese text directly around the digits.
"""

from __future__ import annotations

import pytest

from smslint.detectors import pii_validators as v
from smslint.detectors.pii import PiiDetector
from smslint.detectors.pii_table import PatternTable

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


def test_sg_nric_check_letter() -> None:
    assert v.sg_nric("S1234567D") and v.sg_nric("F1234567N") and v.sg_nric("G1234567X")
    assert not v.sg_nric("S1234567A") and not v.sg_nric("X1234567D")


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


# --- disguised values: full-width, zero-width, spaced out, dotted -----------------

ZW = "\u200b"
SSN = "412-67-9083"
TW_B = tw_id("F", "22013846")
MC = luhn_complete("510510510510510")


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize(
    ("text", "lang", "value", "entity"),
    [
        (f"Card {_wide(VISA)} will be charged", "en", _wide(VISA), "CARD_NUMBER"),
        (
            f"身份证号：{_wide(CN_ID)}，请核实",
            "zh-Hans",
            _wide(CN_ID),
            "CN_RESIDENT_ID",
        ),
        (f"卡號：{_wide(MC)}，請確認", "zh-Hant", _wide(MC), "CARD_NUMBER"),
        (
            f"SSN {' '.join(SSN)} verified",
            "en",
            " ".join(SSN),
            "US_SSN",
        ),
        (
            f"请核对身份证 {' '.join(CN_ID)} 是否为本人",
            "zh-Hans",
            " ".join(CN_ID),
            "CN_RESIDENT_ID",
        ),
        (f"身分證 {' '.join(TW_B)} 請確認", "zh-Hant", " ".join(TW_B), "TW_ID"),
        (f"Confirm SSN {ZW.join(SSN)}.", "en", ZW.join(SSN), "US_SSN"),
        (
            f"您的身份证号{ZW.join(CN_ID)}已登记",
            "zh-Hans",
            ZW.join(CN_ID),
            "CN_RESIDENT_ID",
        ),
        (f"身分證字號{ZW.join(TW_B)}已登記", "zh-Hant", ZW.join(TW_B), "TW_ID"),
        (
            "你的邮箱ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ请回复",
            "zh-Hans",
            "ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ",
            "EMAIL_ADDRESS",
        ),
        (
            f"Your card {VISA[:4]}.{VISA[4:8]}.{VISA[8:12]}.{VISA[12:]} was charged",
            "en",
            f"{VISA[:4]}.{VISA[4:8]}.{VISA[8:12]}.{VISA[12:]}",
            "CARD_NUMBER",
        ),
        (
            f"卡号{MC[:4]}.{MC[4:8]}.{MC[8:12]}.{MC[12:]}，请确认",
            "zh-Hans",
            f"{MC[:4]}.{MC[4:8]}.{MC[8:12]}.{MC[12:]}",
            "CARD_NUMBER",
        ),
        (
            f"身份证号 {CN_ID[:4]} {CN_ID[4:8]} {CN_ID[8:12]} {CN_ID[12:16]} {CN_ID[16:]} 请核实",
            "zh-Hans",
            f"{CN_ID[:4]} {CN_ID[4:8]} {CN_ID[8:12]} {CN_ID[12:16]} {CN_ID[16:]}",
            "CN_RESIDENT_ID",
        ),
    ],
)
def test_disguised_values_are_found_at_their_original_columns(
    detector: PiiDetector, text: str, lang: str, value: str, entity: str
) -> None:
    assert found(detector, text, lang) == [(value, entity)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a number spelled digit by digit in Chinese numerals, as voice-to-text writes
        # it and as a filter's evasion does (幺 for one, the financial numerals)
        (
            "只能找你的担保人刘海波了，一八六零八二二七三五零",
            "zh-Hans",
            "一八六零八二二七三五零",
        ),
        (
            "你老婆手机幺三八 一二三四 五六七八我们有",
            "zh-Hans",
            "幺三八 一二三四 五六七八",
        ),
        ("你媽電話零九一二三四五六七八", "zh-Hant", "零九一二三四五六七八"),
        ("你的手机壹叁捌壹贰叁肆伍陆柒捌已登记", "zh-Hans", "壹叁捌壹贰叁肆伍陆柒捌"),
    ],
)
def test_numbers_in_chinese_numerals_are_found_at_their_columns(
    detector: PiiDetector, text: str, lang: str, value: str
) -> None:
    assert (value, "PHONE_NUMBER") in found(detector, text, lang)


def test_chinese_numerals_that_are_no_digits(detector: PiiDetector) -> None:
    # amounts, idioms and short runs are not numbers spelled out
    assert found(detector, "一五一十地说清楚，欠款三千五百元", "zh-Hans") == []
    assert found(detector, "请于十二月三十一日前还款，七七八八都清了", "zh-Hans") == []


def test_spaced_digits_need_six_alone_between_spaces(detector: PiiDetector) -> None:
    # a short list of digits is no value, and grouped digits are not "spaced out"
    assert found(detector, "Reply 1 2 or 3 to choose a plan") == []
    assert found(detector, "Pay $50 on the 1 2 3 and 4 of each month") == []


# --- phone numbers in other regions' formats ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Your sister's phone (852) 9123 4567 is on file.", "en", "(852) 9123 4567"),
        ("Your mother's number +886-912-345-678 is known.", "en", "+886-912-345-678"),
        ("Your brother at 0912 345 678 said hi.", "en", "0912 345 678"),
        ("His cell 852-9123-4567 is on file.", "en", "852-9123-4567"),
        ("Call your dad at 415.555.0134 tonight.", "en", "415.555.0134"),
        ("你的手机号138 1234 5678已记录", "zh-Hans", "138 1234 5678"),
        ("你妈妈的手机138-1234-5678我们有", "zh-Hans", "138-1234-5678"),
        ("你弟弟电话+86 186 1234 5678。", "zh-Hans", "+86 186 1234 5678"),
        ("你媽媽電話(852) 9123 4567我們有", "zh-Hant", "(852) 9123 4567"),
        ("你爸爸手機+886-912-345-678。", "zh-Hant", "+886-912-345-678"),
        ("你老婆手機0912 345 678。", "zh-Hant", "0912 345 678"),
        ("Your wife's cell 13912345678 is on file.", "en", "13912345678"),
    ],
)
def test_phone_formats(detector: PiiDetector, text: str, lang: str, value: str) -> None:
    assert found(detector, text, lang) == [(value, "PHONE_NUMBER")]


# --- context-bound entities, phrased differently --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "entity"),
    [
        # relatives and other people the debtor knows, named after or before the cue
        ("Your husband Mark said you would pay.", "en", "Mark", "RELATIVE_NAME"),
        ("We told Mark (your husband) about it.", "en", "Mark", "RELATIVE_NAME"),
        ("We told Mark, your husband, about it.", "en", "Mark", "RELATIVE_NAME"),
        ("Your ex-wife Sandra gave us this number.", "en", "Sandra", "RELATIVE_NAME"),
        ("We called your landlord Mr. Peters.", "en", "Mr. Peters", "RELATIVE_NAME"),
        (
            "Your references, including Alan Wright, will be told.",
            "en",
            "Alan Wright",
            "RELATIVE_NAME",
        ),
        (
            "Your co-signer James Brown will be notified.",
            "en",
            "James Brown",
            "RELATIVE_NAME",
        ),
        (
            "Your emergency contact Diane Whitaker was called.",
            "en",
            "Diane Whitaker",
            "RELATIVE_NAME",
        ),
        ("你老公李强知道你欠钱吗？", "zh-Hans", "李强", "RELATIVE_NAME"),
        ("您的配偶张丽已被通知。", "zh-Hans", "张丽", "RELATIVE_NAME"),
        ("你爸张国庆的电话我们打过了", "zh-Hans", "张国庆", "RELATIVE_NAME"),
        ("紧急联系人黄建华（父亲）已接到电话", "zh-Hans", "黄建华", "RELATIVE_NAME"),
        ("担保人：周建军，请督促借款人还款", "zh-Hans", "周建军", "RELATIVE_NAME"),
        ("你太太林雅婷說不知道。", "zh-Hant", "林雅婷", "RELATIVE_NAME"),
        ("你家姐黃美儀話唔知你去咗邊", "zh-Hant", "黃美儀", "RELATIVE_NAME"),
        # employers
        (
            "We will notify HR at Ridgeway Freight on Monday.",
            "en",
            "Ridgeway Freight",
            "EMPLOYER",
        ),
        (
            "Your wages from Costa Azul Logistics could cover this.",
            "en",
            "Costa Azul Logistics",
            "EMPLOYER",
        ),
        (
            "Tell everyone at Brightway Dental the truth.",
            "en",
            "Brightway Dental",
            "EMPLOYER",
        ),
        (
            "We will call your supervisor at Kroger tomorrow.",
            "en",
            "Kroger",
            "EMPLOYER",
        ),
        (
            "We verified your employment at Lakeside Foods Inc.",
            "en",
            "Lakeside Foods Inc",
            "EMPLOYER",
        ),
        ("你在深圳华创科技上班的事我们知道", "zh-Hans", "深圳华创科技", "EMPLOYER"),
        (
            "你在阿里巴巴集团上班对吧？",
            "zh-Hans",
            "阿里巴巴集团",
            "EMPLOYER",
        ),
        (
            "我们会去你公司（上海浦江物流有限公司）找你",
            "zh-Hans",
            "上海浦江物流有限公司",
            "EMPLOYER",
        ),
        ("你喺九龍灣宏利物流公司返工", "zh-Hant", "九龍灣宏利物流公司", "EMPLOYER"),
        (
            "請確認你嘅工作單位仍然係「德記會計師事務所」",
            "zh-Hant",
            "德記會計師事務所",
            "EMPLOYER",
        ),
        ("你喺中環匯豐銀行總行做嘢", "zh-Hant", "中環匯豐銀行總行", "EMPLOYER"),
        # addresses
        (
            "We know you live at One Liberty Plaza, Apt 4.",
            "en",
            "One Liberty Plaza, Apt 4",
            "STREET_ADDRESS",
        ),
        (
            "Is 3307 N. Kedzie Ave #2R still your address?",
            "en",
            "3307 N. Kedzie Ave #2R",
            "STREET_ADDRESS",
        ),
        (
            "你住喺觀塘協和街101號10樓B室",
            "zh-Hant",
            "觀塘協和街101號10樓B室",
            "STREET_ADDRESS",
        ),
        (
            "你住在台北市信義區松仁路100巷5弄3號4樓",
            "zh-Hant",
            "台北市信義區松仁路100巷5弄3號4樓",
            "STREET_ADDRESS",
        ),
        (
            "你住在香港九龍旺角彌敦道610號12樓",
            "zh-Hant",
            "香港九龍旺角彌敦道610號12樓",
            "STREET_ADDRESS",
        ),
        # dates of birth
        ("DOB: 07-Mar-1990.", "en", "07-Mar-1990", "DATE_OF_BIRTH"),
        (
            "Your date of birth, the 7th of March 1990, is on file.",
            "en",
            "7th of March 1990",
            "DATE_OF_BIRTH",
        ),
        ("Your DOB (04/09/1988) is on file.", "en", "04/09/1988", "DATE_OF_BIRTH"),
        ("你的生日是90年3月7日", "zh-Hans", "90年3月7日", "DATE_OF_BIRTH"),
        ("你的出生日期民國79年3月8日", "zh-Hant", "民國79年3月8日", "DATE_OF_BIRTH"),
        # e-mail with subdomains or an internationalized domain
        (
            "Your email john.doe@mail.example.co.uk is on file.",
            "en",
            "john.doe@mail.example.co.uk",
            "EMAIL_ADDRESS",
        ),
        (
            "We sent it to maria@correo.españa.es already.",
            "en",
            "maria@correo.españa.es",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_context_bound_entities_phrased_differently(
    detector: PiiDetector, text: str, lang: str, value: str, entity: str
) -> None:
    assert found(detector, text, lang) == [(value, entity)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the relative named is the debtor, whose name is allowed
        ("Hi Linda, your husband Mark owes $2,310 to Lumen Bank.", "en"),
        ("Mrs. Johnson, your son Tyler's account is seriously overdue.", "en"),
        ("Your daughter Amy has an overdue balance with us.", "en"),
        ("张阿姨您好，您儿子李强在我司的借款已逾期两个月", "zh-Hans"),
        ("你好，你個仔陳大文嘅貸款已經逾期", "zh-Hant"),
        # a greeting is no relative named before its relation
        ("Hi Linda, your husband, as co-signer, may call us.", "en"),
        # no name after the cue
        ("你妈的，还不还钱？", "zh-Hans"),
        ("你哥们儿都还了，你还不还？", "zh-Hans"),
        ("Your Employer Identification Number is not needed.", "en"),
        # "everyone at" a church or with no disclosure verb is no employer
        ("We'll let everyone at Grace Community Church know.", "en"),
        ("Everyone at Acme Recovery wishes you happy holidays.", "en"),
        # no named employer
        ("你在外地工作也可以通过APP还款", "zh-Hans"),
        ("无论你在哪里上班，都可以通过手机还款", "zh-Hans"),
        ("我哋知道你返工好忙", "zh-Hant"),
        # words with 道 that are no street
        ("你知道3号之前必须还款吗？还款渠道见APP", "zh-Hans"),
        # not a date of birth: no birth cue
        ("Pay by 07-Mar-2027.", "en"),
    ],
)
def test_context_bound_lookalikes_are_not_reported(
    detector: PiiDetector, text: str, lang: str
) -> None:
    assert found(detector, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "entity"),
    [
        (
            "You're employed as a driver at Swift Transport, correct?",
            "en",
            "Swift Transport",
            "EMPLOYER",
        ),
        (
            "Your new employer, Vantage Point Realty, will get an order.",
            "en",
            "Vantage Point Realty",
            "EMPLOYER",
        ),
        (
            "Your brother, who works for Acme Plumbing, gave us your number.",
            "en",
            "Acme Plumbing",
            "EMPLOYER",
        ),
        ("你在台塑企業上班的事，我們都知道。", "zh-Hant", "台塑企業", "EMPLOYER"),
        ("你在美团外卖当骑手的事我们都知道。", "zh-Hans", "美团外卖", "EMPLOYER"),
        ("你老婆在仁爱医院当护士吧？", "zh-Hans", "仁爱医院", "EMPLOYER"),
        ("你兒子林志豪讀的學校我們也知道。", "zh-Hant", "林志豪", "RELATIVE_NAME"),
        ("Your daughter's name is Emma, right?", "en", "Emma", "RELATIVE_NAME"),
        # the cue 父亲 overlaps the cue 亲）: both are seen
        ("联系人黄建华（父亲）电话已登记", "zh-Hans", "黄建华", "RELATIVE_NAME"),
        ("你女儿的名字是陈思琪，对吧？", "zh-Hans", "陈思琪", "RELATIVE_NAME"),
    ],
)
def test_more_phrasings(
    detector: PiiDetector, text: str, lang: str, value: str, entity: str
) -> None:
    assert found(detector, text, lang) == [(value, entity)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sender works there: "we", "I"
        ("We work for Lumen Bank to collect this debt.", "en"),
        ("I work for Acme Recovery and can help you today.", "en"),
        ("We work as a team at Acme Recovery to help you.", "en"),
        # a creditor is no employer
        ("Your creditor, Lumen Bank, placed this account with us.", "en"),
        # a bank, a branch or a firm without anyone working there
        ("请到就近的工商银行网点还款。", "zh-Hans"),
        ("我司已委托正义律师事务所处理您的欠款。", "zh-Hans"),
        ("您在本行的信用卡已逾期，请尽快还款。", "zh-Hans"),
    ],
)
def test_more_lookalikes(detector: PiiDetector, text: str, lang: str) -> None:
    assert found(detector, text, lang) == []


def test_the_cue_scan_finds_overlapping_and_nested_chinese_words() -> None:
    table = PatternTable()
    by_name = {p.spec.name: i for i, p in enumerate(table.patterns)}
    cued, _context = table.scan("联系人黄建华（父亲）")
    assert by_name["relative_zh_before"] in cued  # 亲）, inside 父亲）
    cued, _context = table.scan("您的工作地点在哪")
    assert {
        by_name["employer_zh"],
        by_name["employer_zh_label"],
    } <= cued  # 工作地, 工作
