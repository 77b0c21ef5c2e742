"""Tests for the ``pii_placeholder`` kind: names, context, masked and allowed forms."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from smslint.checks import RunContext
from smslint.checks import pii_placeholder as k
from smslint.message import Message

ID = "a national or resident ID number"
CARD = "a card or account number"
DOB = "a date of birth"
EMAIL = "an email address"
PHONE = "someone else's phone number"
EMPLOYER = "the debtor's employer"
ADDRESS = "a home address"
RELATIVE = "a relative or contact"


def _hits(text: str, lang: str = "en", **opts: Any) -> list[tuple[str, str]]:
    fn = k.build(k.DEFAULTS | opts, RunContext())
    return [(h.args["placeholder"], h.args["what"]) for h in fn(Message(text, lang))]


def _what(text: str, lang: str = "en", **opts: Any) -> str | None:
    hits = _hits(text, lang, **opts)
    assert len(hits) <= 1, hits
    return hits[0][1] if hits else None


@pytest.mark.parametrize(
    ("placeholder", "lang", "what"),
    [
        # national / resident ID
        ("{ssn}", "en", ID),
        ("{national_id}", "en", ID),
        ("{id_number}", "en", ID),
        ("{id_no}", "en", ID),
        ("{idcard}", "en", ID),
        ("{nric}", "en", ID),
        ("{sin}", "en", ID),
        ("{passport_number}", "en", ID),
        ("${身份证号}", "zh-Hans", ID),
        ("{身份证号码}", "zh-Hans", ID),
        ("{身分證號}", "zh-Hant", ID),
        ("{身份證字號}", "zh-Hant", ID),
        ("#shenfenzheng#", "zh-Hans", ID),
        ("{sfzh}", "zh-Hans", ID),
        ("{shenfenzhenghao}", "zh-Hans", ID),
        # card or account number
        ("{card_number}", "en", CARD),
        ("{account_no}", "en", CARD),
        ("{iban}", "en", CARD),
        ("{bank_account}", "en", CARD),
        ("{银行卡号}", "zh-Hans", CARD),
        ("{账号}", "zh-Hans", CARD),
        ("{銀行卡號}", "zh-Hant", CARD),
        ("{帳號}", "zh-Hant", CARD),
        ("{yinhangka}", "zh-Hans", CARD),
        ("{kahao}", "zh-Hans", CARD),
        # date of birth
        ("{dob}", "en", DOB),
        ("{birth_date}", "en", DOB),
        ("{birthday}", "en", DOB),
        ("{date_of_birth}", "en", DOB),
        ("{出生日期}", "zh-Hans", DOB),
        ("{生日}", "zh-Hans", DOB),
        ("{出生年月}", "zh-Hant", DOB),
        ("{shengri}", "zh-Hans", DOB),
        # email
        ("{email}", "en", EMAIL),
        ("{e-mail}", "en", EMAIL),
        ("{customer_email}", "en", EMAIL),
        ("{邮箱}", "zh-Hans", EMAIL),
        ("{郵箱}", "zh-Hant", EMAIL),
        ("{電郵}", "zh-Hant", EMAIL),
        ("{youxiang}", "zh-Hans", EMAIL),
        # someone else's phone
        ("{contact_phone}", "en", PHONE),
        ("{emergency_contact_phone}", "en", PHONE),
        ("{spouse_mobile}", "en", PHONE),
        ("{work_phone}", "en", PHONE),
        ("{紧急联系人手机号}", "zh-Hans", PHONE),
        ("{配偶电话}", "zh-Hans", PHONE),
        ("{緊急聯絡人電話}", "zh-Hant", PHONE),
        ("{jinjilianxirendianhua}", "zh-Hans", PHONE),
        ("{lianxiren_shouji}", "zh-Hans", PHONE),
        # employer
        ("{employer}", "en", EMPLOYER),
        ("{debtor_company}", "en", EMPLOYER),
        ("{work_unit}", "en", EMPLOYER),
        ("{workplace}", "en", EMPLOYER),
        ("{工作单位}", "zh-Hans", EMPLOYER),
        ("{单位}", "zh-Hans", EMPLOYER),
        ("{客户公司}", "zh-Hans", EMPLOYER),
        ("{工作單位}", "zh-Hant", EMPLOYER),
        ("{gongzuodanwei}", "zh-Hans", EMPLOYER),
        ("{danwei}", "zh-Hans", EMPLOYER),
        # home address
        ("{address}", "en", ADDRESS),
        ("{home_addr}", "en", ADDRESS),
        ("{street_address}", "en", ADDRESS),
        ("{住址}", "zh-Hans", ADDRESS),
        ("{家庭地址}", "zh-Hans", ADDRESS),
        ("{戶籍地址}", "zh-Hant", ADDRESS),
        ("{zhuzhi}", "zh-Hans", ADDRESS),
        ("{dizhi}", "zh-Hans", ADDRESS),
        # relatives and contacts
        ("{spouse_name}", "en", RELATIVE),
        ("{mother}", "en", RELATIVE),
        ("{emergency_contact}", "en", RELATIVE),
        ("{contact_person}", "en", RELATIVE),
        ("{紧急联系人}", "zh-Hans", RELATIVE),
        ("{配偶}", "zh-Hans", RELATIVE),
        ("{母亲姓名}", "zh-Hans", RELATIVE),
        ("{緊急聯絡人}", "zh-Hant", RELATIVE),
        ("{母親}", "zh-Hant", RELATIVE),
        ("{lianxiren}", "zh-Hans", RELATIVE),
        ("{peiou}", "zh-Hans", RELATIVE),
        # kin, guarantors and references by the words lenders' systems use
        ("{kin_name}", "en", RELATIVE),
        ("{nok_name}", "en", RELATIVE),
        ("{guarantor_name}", "en", RELATIVE),
        ("{cosigner}", "en", RELATIVE),
        ("{referee_name}", "en", RELATIVE),
        ("{担保人姓名}", "zh-Hans", RELATIVE),
        ("{kin_phone}", "en", PHONE),
        ("{guarantor_mobile}", "en", PHONE),
        ("{担保人电话}", "zh-Hans", PHONE),
    ],
)
def test_named_placeholder_categories(placeholder: str, lang: str, what: str) -> None:
    assert _hits(f"Note: {placeholder} on file.", lang) == [(placeholder, what)]


@pytest.mark.parametrize(
    ("placeholder", "what"),
    [
        ("{home_address}", ADDRESS),
        ("{home-address}", ADDRESS),
        ("{homeAddress}", ADDRESS),
        ("{{homeAddress}}", ADDRESS),
        ("{HomeAddress}", ADDRESS),
        ("{HOME_ADDRESS}", ADDRESS),
        ("{homeaddress}", ADDRESS),
        ("{debtor.home_address}", ADDRESS),
        ("{home_addresses}", ADDRESS),
        ("{ID_NUMBER}", ID),
        ("{IDNumber}", ID),
        ("{idNo}", ID),
        ("{debtor.ssn}", ID),
        ("{SSN}", ID),
        ("%(ssn)s", ID),
        ("${spouseName}", RELATIVE),
        ("#SpouseName#", RELATIVE),
        ("{{ debtor.dateOfBirth | date }}", DOB),
        ("{EmergencyContactPhone}", PHONE),
    ],
)
def test_case_styles(placeholder: str, what: str) -> None:
    assert _hits(f"x {placeholder} y") == [(placeholder, what)]


@pytest.mark.parametrize(
    "name",
    [
        "{card_last4}",
        "{card_last_4}",
        "{cardLastFour}",
        "${id_last4}",
        "{masked_account}",
        "{ssn_masked}",
        "{account_tail}",
        "{id_suffix}",
        "{partial_card_number}",
        "{身份证尾号}",
        "{卡号后四位}",
        "{银行卡末四位}",
        "{卡號後四碼}",
        "{sfz_weihao}",
    ],
)
def test_masked_names_are_allowed(name: str) -> None:
    assert _hits(f"Card {name} was charged.") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("您尾号{tail}的银行卡已扣款", "zh-Hans"),
        ("您尾号{card_no}的银行卡已扣款", "zh-Hans"),
        ("您尾號{1}的銀行卡", "zh-Hant"),
        ("身份证后四位{x}", "zh-Hans"),
        ("身份证号后四位为{1}", "zh-Hans"),
        ("Your card ending in {x} was declined.", "en"),
        ("Card ending {1}", "en"),
        ("Last 4 digits {1}", "en"),
        ("The last 4 digits of your SSN: {1}", "en"),
        ("Card ****{1}", "en"),
    ],
)
def test_masked_context_is_allowed(text: str, lang: str) -> None:
    assert _hits(text, lang) == []


@pytest.mark.parametrize(
    "name",
    [
        "{name}",
        "{first_name}",
        "{customer_name}",
        "{debtor.first_name}",
        "{family_name}",
        "{姓名}",
        "{xingming}",
        "{amount}",
        "{amount_due}",
        "{due_date}",
        "{还款日}",
        "{hotline}",
        "{service_phone}",
        "{callback_number}",
        "{our_phone}",
        "{contact_number}",
        "{phone}",
        "{url}",
        "{link}",
        "{company}",
        "{company_address}",
        "{office_address}",
        "{support_email}",
        "{公司地址}",
        "{客服电话}",
        "{联系电话}",
        "{sender}",
        "{brand}",
        "{agent_name}",
        "{id}",
        "{ref}",
        "{no}",
        "{idx}",
        "{loan_id}",
        "{case_no}",
        "{reference_number}",
        "{ref_no}",
        "{kind}",
        "{skin_tone}",
        "{paddress}",
        "{ip_address}",
        "{parent_company}",
        "%s",
        "{1}",
        "{value}",
    ],
)
def test_allowed_names(name: str) -> None:
    assert _hits(f"Hello {name} there") == []


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("DOB %s", "en", DOB),
        ("SSN: %s", "en", ID),
        ("Your SSN is %s.", "en", ID),
        ("ID No. {1}", "en", ID),
        ("Social security number: %s", "en", ID),
        ("身份证号{1}", "zh-Hans", ID),
        ("身份证号码为{1}。", "zh-Hans", ID),
        ("身分證字號：{1}", "zh-Hant", ID),
        ("银行卡号：{2}", "zh-Hans", CARD),
        ("card number {x}", "en", CARD),
        ("your email: {v1}", "en", EMAIL),
        ("您的邮箱{1}", "zh-Hans", EMAIL),
        ("紧急联系人电话{1}", "zh-Hans", PHONE),
        ("緊急聯絡人電話：{1}", "zh-Hant", PHONE),
        ("emergency contact number: %s", "en", PHONE),
        ("住址{3}", "zh-Hans", ADDRESS),
        ("現住址：{3}", "zh-Hant", ADDRESS),
        ("home address: {2}", "en", ADDRESS),
        ("your mother %s", "en", RELATIVE),
        ("spouse's name: {value}", "en", RELATIVE),
        ("配偶姓名：{1}", "zh-Hans", RELATIVE),
        ("緊急聯絡人{1}", "zh-Hant", RELATIVE),
        ("your employer %s", "en", EMPLOYER),
        ("works at %s", "en", EMPLOYER),
        ("工作单位：{变量1}", "zh-Hans", EMPLOYER),
        ("任職於{1}", "zh-Hant", EMPLOYER),
        ("在{2}上班", "zh-Hans", EMPLOYER),
        ("在{2}工作", "zh-Hans", EMPLOYER),
        ("在{2}任職", "zh-Hant", EMPLOYER),
    ],
)
def test_context_before_and_frames(text: str, lang: str, what: str) -> None:
    assert _what(text, lang) == what


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("{1}（配偶）", "zh-Hans", RELATIVE),
        ("{1}是您的紧急联系人", "zh-Hans", RELATIVE),
        ("{1}是您的緊急聯絡人", "zh-Hant", RELATIVE),
        ("%s is your emergency contact.", "en", RELATIVE),
        ("%s (your spouse) called.", "en", RELATIVE),
        ("{1} (date of birth)", "en", DOB),
        ("{2}（工作单位）", "zh-Hans", EMPLOYER),
    ],
)
def test_context_after(text: str, lang: str, what: str) -> None:
    assert _what(text, lang) == what


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dear %s, your balance is %s.", "en"),
        ("Dear {1}, your mother must not pay this.", "en"),
        ("身份证号已验证，欠款{2}", "zh-Hans"),
        ("{1}的身份证已登记", "zh-Hans"),
        ("请在{2}工作日内还款", "zh-Hans"),
        ("请在{2}天内还款", "zh-Hans"),
        ("Email: %s Hotline: %s", "en"),
        ("Address: {1}", "en"),
        ("Installment {1} of {2}", "en"),
        ("Your ID {1} is overdue", "en"),
        ("Your account {1} is overdue", "en"),
    ],
)
def test_context_without_pii(text: str, lang: str) -> None:
    assert _hits(text, lang) == []


def test_context_stops_at_the_previous_placeholder() -> None:
    assert _hits("身份证号码为{1}，金额{2}元", "zh-Hans") == [("{1}", ID)]
    assert _hits("SSN %s %s") == [("%s", ID)]


def test_a_label_before_the_next_placeholder_belongs_to_that_one() -> None:
    text = "Northwind Lending: %s (DOB %s), balance $%s."
    fn = k.build(k.DEFAULTS, RunContext())
    hits = list(fn(Message(text, "en")))
    assert [(h.start, h.args["placeholder"]) for h in hits] == [
        (text.index("%s)"), "%s")
    ]
    assert _hits("Spouse: %s (SSN %s)") == [("%s", RELATIVE), ("%s", ID)]
    assert _hits("{1} (SSN)") == [("{1}", ID)]


def test_context_only_judges_positional_and_generic_names() -> None:
    assert _hits("SSN: {amount}") == []
    assert _hits("SSN: {var2}") == [("{var2}", ID)]


def test_hits_in_a_template_with_several_placeholders() -> None:
    text = "Hi {name}, we will visit {home_address}. SSN %s, amount {amount}."
    fn = k.build(k.DEFAULTS, RunContext())
    hits = list(fn(Message(text, "en")))
    assert [(h.start, h.end) for h in hits] == [(25, 39), (45, 47)]
    assert [text[h.start : h.end] for h in hits] == ["{home_address}", "%s"]
    assert [dict(h.args) for h in hits] == [
        {"placeholder": "{home_address}", "what": ADDRESS},
        {"placeholder": "%s", "what": ID},
    ]
    assert not any(h.sensitive for h in hits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hi {name}, {{ amount | money }} was due on {due_date}. "
            "Call {hotline} or visit {url}. {company}. Reply STOP to opt out.",
            "en",
        ),
        ("Dear %s, please pay $%s by %s. Call %s.", "en"),
        ("Hi #first_name#, ref %(case_no)s, pay ${{amount}} at {{ link }}.", "en"),
        (
            "{姓名}您好，您尾号{card_last4}的账户欠款{金额}元，"
            "请于{还款日}前还款，客服{客服电话}。",
            "zh-Hans",
        ),
        ("{姓名}您好，您於{1}的借款{2}元已逾期，請致電{3}。", "zh-Hant"),
        ("{xingming}您好，请于{huankuanri}前还款{jine}元。{gongsi}", "zh-Hans"),
    ],
)
def test_clean_templates(text: str, lang: str) -> None:
    assert _hits(text, lang) == []


def test_log_bodies_are_not_parsed() -> None:
    fn = k.build(k.DEFAULTS, RunContext())
    assert list(fn(Message("Your {home_address} is on file", "en", False))) == []


def test_extra_terms() -> None:
    assert _hits("{uncle}") == []
    assert _hits("{uncle_name}", extra_terms={"relative": ["uncle"]}) == [
        ("{uncle_name}", RELATIVE)
    ]
    assert _hits("{舅舅电话}", "zh-Hans", extra_terms={"relative": ["舅舅"]}) == [
        ("{舅舅电话}", PHONE)
    ]


@pytest.mark.parametrize("allowed", ["home_address", "homeAddress", "HOME-ADDRESS"])
def test_allowed_names_option_ignores_case_style(allowed: str) -> None:
    assert _hits("{home_address}", allowed_names=[allowed]) == []
    assert _hits("{email}", allowed_names=[allowed]) == [("{email}", EMAIL)]


def test_context_window() -> None:
    # The window bounds the joining text between label and placeholder.
    text = "Your SSN number is: %s"
    assert _what(text) == ID
    assert _what(text, context_window=5) is None
    assert _what("Your SSN (as printed on the card): %s", context_window=100) is None
    assert _what("SSN %s", context_window=0) is None
    assert _what("SSN%s", context_window=0) == ID


def test_schema_accepts_defaults_and_rejects_bad_options() -> None:
    validator = Draft202012Validator(k.OPTIONS_SCHEMA)
    validator.validate(k.DEFAULTS)
    validator.validate({"extra_terms": {"employer": ["boss"]}, "allowed_names": ["x"]})
    for bad in (
        {"extra_terms": {"weather": ["rain"]}},
        {"extra_terms": {"employer": "boss"}},
        {"context_window": -1},
        {"unknown": 1},
    ):
        with pytest.raises(ValidationError):
            validator.validate(bad)


def test_categories_match_the_data_file() -> None:
    from importlib import resources

    source = resources.files("smslint").joinpath("data/pii_terms.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert tuple(data["categories"]) == k.CATEGORIES
    labels = {spec["label"] for spec in data["categories"].values()}
    assert labels == {ID, CARD, DOB, EMAIL, PHONE, EMPLOYER, ADDRESS, RELATIVE}


def test_vocabulary_is_loaded_once_per_run() -> None:
    context = RunContext()
    k.build(k.DEFAULTS, context)
    vocab = context.detectors["pii_terms"]
    k.build(k.DEFAULTS | {"context_window": 5}, context)
    assert context.detectors["pii_terms"] is vocab


@pytest.mark.parametrize(
    ("placeholder", "what"),
    [
        # ASCII terms match a run of whole tokens, separators optional, plural allowed
        ("{birthDate}", DOB),
        ("{BIRTHDATES}", DOB),
        ("{e_mail}", EMAIL),
        ("{mailboxes}", EMAIL),
        ("{idnumbers}", ID),
        ("{grand_mama}", RELATIVE),
        # ... but never a part of a token, nor split where the term has no space
        ("{paddresses}", None),
        ("{i_dnumber}", None),
        ("{sfzhx}", None),
        ("{grandmama}", None),
        # long pinyin and Chinese match anywhere
        ("{xshenfenzheng}", ID),
        ("{shenfenzhenghaoma}", ID),
        ("{客户紧急联系人电话号码}", PHONE),
    ],
)
def test_name_terms_and_token_boundaries(placeholder: str, what: str | None) -> None:
    assert _what(f"x {placeholder} y") == what


def test_extra_terms_with_separators_match_any_spelling() -> None:
    text = "{coPilot} {co_pilot} {copilot} {co_pilots} {xcopilot} {pilot}"
    assert [p for p, _ in _hits(text, extra_terms={"relative": ["co-pilot"]})] == [
        "{coPilot}",
        "{co_pilot}",
        "{copilot}",
        "{co_pilots}",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        # a space in a label matches any spacing, "_" and "-", or none
        ("Date_of-birth: %s", "en", DOB),
        ("ID  number %s", "en", ID),
        ("Passport No.: {1}", "en", ID),
        ("D.O.B.: %s", "en", DOB),
        ("卡号：{1}", "zh-Hans", CARD),
        # ASCII labels do not match inside words
        ("basin %s", "en", None),
        ("Cousin: %s", "en", None),
        ("Reborn %s", "en", None),
        ("spousename %s", "en", None),
        ("Cousin's SIN: %s", "en", ID),
        # labels after the placeholder
        ("%s is your email", "en", EMAIL),
        ("%s is yourspouse", "en", None),
        ("{1}系您的配偶", "zh-Hans", RELATIVE),
        ("{1}（您的配偶）", "zh-Hans", RELATIVE),
        ("在 {2} 上班", "zh-Hans", EMPLOYER),
        ("在{2}工作日", "zh-Hans", None),
    ],
)
def test_context_label_spelling(text: str, lang: str, what: str | None) -> None:
    assert _what(text, lang) == what


def test_masked_context_with_any_spacing() -> None:
    assert _hits("SSN: {1}") == [("{1}", ID)]
    assert _hits("SSN last-4: {1}") == []
    assert _hits("SSN ends with {1}") == []


def test_context_window_counts_from_the_leftmost_label() -> None:
    assert _what("SSN is %s", context_window=4) == ID
    assert _what("SSN is %s", context_window=3) is None
    assert _what("%s (SSN)", context_window=2) == ID
    assert _what("%s (SSN)", context_window=1) is None
    # "SSN" is not followed by joining text only; "id no" is, and close enough
    assert _what("Your SSN number: id no %s", context_window=2) == ID


def test_build_compiles_no_big_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pre-commit budget: Python's re compiler takes ~100 ms for alternations of
    # the whole vocabulary, so terms and labels are looked up in sets instead.
    import re

    message = Message("Hi %s, DOB %s {name} {id_number}, 在{2}上班", "en")
    assert message.placeholders
    compiled: list[str] = []
    real_compile = re.compile

    def spy(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return real_compile(pattern, flags)

    monkeypatch.setattr(re, "compile", spy)
    fn = k.build(k.DEFAULTS, RunContext())
    assert [h.args["what"] for h in fn(message)] == [DOB, ID, EMPLOYER]
    assert all(len(p) < 300 for p in compiled), max(compiled, key=len)
