"""Tests for the ``pii_text`` kind: allowed values, presidio scoring, offline, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from smslint.checks import RunContext
from smslint.checks import pii_text as k
from smslint.detectors.pii import DeepAnalyzer
from smslint.engine import evidence_of
from smslint.message import Message

CARD = "4111111111111111"
CN_ID = "110101199003074514"  # check digit computed, see test_pii_patterns


@pytest.fixture(scope="module")
def context() -> RunContext:
    """One run context for the module: presidio is built once."""
    return RunContext()


def hits(
    context: RunContext, text: str, lang: str = "en", **opts: Any
) -> list[tuple[str, str]]:
    fn = k.build(k.DEFAULTS | opts, context)
    return [(text[h.start : h.end], h.args["what"]) for h in fn(Message(text, lang))]


# --- the kind's contract -------------------------------------------------------------


def test_options_schema_accepts_defaults_and_rejects_unknowns() -> None:
    schema = Draft202012Validator(k.OPTIONS_SCHEMA)
    schema.validate(k.DEFAULTS)
    schema.validate({"entities": ["card", "phone"], "allowed_values": ["acme.example"]})
    for bad in ({"entities": ["passport"]}, {"min_score": 2}, {"colour": "red"}):
        with pytest.raises(ValidationError):
            schema.validate(bad)


def test_hits_are_sensitive_and_name_what_they_found(context: RunContext) -> None:
    fn = k.build(k.DEFAULTS, context)
    text = f"卡号{CARD}请核对"
    [hit] = fn(Message(text, "zh-Hans"))
    assert (hit.start, hit.end) == (2, 18)
    assert hit.sensitive
    assert hit.args == {"what": "a card number", "entity": "card", "score": 1.0}
    assert evidence_of(hit, text, show_pii=False) == "************1111"


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        (f"您的身份证号{CN_ID}请核对", "zh-Hans", "a national or resident ID number"),
        ("Your SSN 123-45-6789 is on file.", "en", "a national or resident ID number"),
        (f"Card {CARD} was declined.", "en", "a card number"),
        ("银行账户：6212 2612 3456 7891", "zh-Hans", "a bank account number"),
        ("We reached your sister at (415) 555-0134.", "en", "a phone number"),
        ("你的邮箱zhangsan@qq.com", "zh-Hans", "an email address"),
        ("You live at 123 Main Street, Apt 4B.", "en", "a street address"),
        ("出生日期1990年3月7日", "zh-Hans", "a date of birth"),
        ("我们知道你在XX公司上班", "zh-Hans", "an employer"),
        ("We called your wife Lisa yesterday.", "en", "a relative's name"),
    ],
)
def test_every_entity_through_presidio(
    context: RunContext, text: str, lang: str, what: str
) -> None:
    assert [w for _v, w in hits(context, text, lang)] == [what]


# --- allowed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hi Maria Lopez, your card ending 4471 has $1,234.56 due on 11/30/2026.",
            "en",
        ),
        ("Your account ending in 12345678 is past due; last 4 digits 1234.", "en"),
        ("Ref: 48213377. Contract 2026113012345. Call us at (212) 555-0143.", "en"),
        ("Questions? Contact us at help@acme-recovery.com or 1-888-555-0100.", "en"),
        (
            "Pay $12,345,678.00 today or USD 12345678 at https://acme.example/pay?id=13812345678",
            "en",
        ),
        ("Visit our office at 100 Main Street, Springfield.", "en"),
        ("Or visit our branch at 12 Oak Ave. Reply STOP to opt out.", "en"),
        ("Balance due 2026-11-30, next due 12/30/2026. Call 1-800-555-0199.", "en"),
        ("Hi Lisa, your payment is due. Your wife may call us.", "en"),
        (
            "尊敬的王芳，您尾号3821的信用卡本期应还1234.56元，请于2026年11月30日前还款",
            "zh-Hans",
        ),
        ("您的手机138****5678已绑定，手机尾号5678", "zh-Hans"),
        ("请核对身份证后四位4514", "zh-Hans"),
        ("合同编号HT20261130001，订单号 202611301234567", "zh-Hans"),
        (
            "客服热线400-820-8820，请致电95588，或拨打我司客服热线021-62345678",
            "zh-Hans",
        ),
        ("金额12345678.00元，共计12345678元", "zh-Hans"),
        ("请将款项转账至我司对公账户6222021234567890123", "zh-Hans"),
        ("请到我司营业厅（北京市朝阳区建国路88号）办理", "zh-Hans"),
        ("【某某銀行】客服專線0800-123-456，或致電(02)2345-6789", "zh-Hant"),
        ("你妈妈都知道了，你儿子马上要上学了，请在本公司上班时间内来电", "zh-Hans"),
        ("請於2026年11月30日前還款，詳詢2345 6789；帳單金額HK$3,200.00", "zh-Hant"),
    ],
)
def test_allowed_values_are_not_reported(
    context: RunContext, text: str, lang: str
) -> None:
    assert hits(context, text, lang) == []


def test_the_packs_allowed_values(context: RunContext) -> None:
    text = "Acme Recovery (212) 555-0143, jsmith1987@gmail.com, 100 Main Street"
    assert len(hits(context, text)) == 3
    allowed = ["+1 212 555 0143", "jsmith1987@gmail.com", "100 Main Street"]
    assert hits(context, text, allowed_values=allowed) == []


def test_the_packs_own_domain_allows_its_mailboxes(context: RunContext) -> None:
    # a mailbox on an organisation's domain is reported when the sentence ties it to
    # the debtor's family; a pack that lists the domain as its own allows it
    text = "Please ask your husband to write to j.smith@acme-recovery.com today."
    assert hits(context, text) == [("j.smith@acme-recovery.com", "an email address")]
    assert hits(context, text, allowed_values=["acme-recovery.com"]) == []


def test_entities_and_fast_pass_options(context: RunContext) -> None:
    text = f"卡号{CARD}，你的手机13812345678"
    assert hits(context, text, "zh-Hans", entities=["phone"]) == [
        ("13812345678", "a phone number")
    ]
    assert len(hits(context, text, "zh-Hans", use_presidio=False)) == 2


# --- presidio ---------------------------------------------------------------------------


def test_presidio_context_raises_a_bare_nine_digit_number(context: RunContext) -> None:
    engine = context.detector("presidio", DeepAnalyzer).engine

    def ssn_score(text: str, lang: str = "en") -> float:
        scores = [
            s
            for _b, _e, entity, s in engine.analyze(text, lang, {"US_SSN"}, 0.0)
            if entity == "US_SSN"
        ]
        return max(scores, default=0.0)

    assert ssn_score("Your number 123456789 is on file") < 0.5
    assert ssn_score("Your SSN is 123456789") >= 0.5
    # Chinese context words work although spaCy's blank Chinese splits characters
    assert ssn_score("你的社会安全号码123456789", "zh-Hans") >= 0.5
    assert ssn_score("你的号码123456789", "zh-Hans") < 0.5


def test_presidio_narrows_the_fast_pass(context: RunContext) -> None:
    # the fast pass looks 80 characters back; presidio five non-stopword tokens
    text = "account holders received overdue notices regarding balances yesterday 98765432101"
    assert hits(context, text, use_presidio=False) == [
        ("98765432101", "a bank account number")
    ]
    assert hits(context, text) == []


_NETWORK_GUARD = """
    import socket
    calls = []
    def refuse(*args, **kwargs):
        calls.append(args[:1])
        raise OSError("network disabled by test")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
"""


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_presidio_works_with_the_network_unavailable() -> None:
    out = _run(
        _NETWORK_GUARD
        + f"""
    from smslint.checks import RunContext, pii_text
    from smslint.message import Message
    check = pii_text.build(pii_text.DEFAULTS, RunContext())
    texts = [
        ("身份证号{CN_ID}，卡号{CARD}", "zh-Hans"),
        ("HKID A123456(3), 身分證A123456789", "zh-Hant"),
        ("SSN 123-45-6789, account number 12345678901", "en"),
        ("Call your sister at (415) 555-0134 or john.doe@gmail.com", "en"),
        ("你的邮箱zhangsan@qq.com，你妈妈王芳，你在XX公司上班", "zh-Hans"),
        ("You live at 123 Main Street; DOB 03/07/1990", "en"),
    ]
    found = sorted({{h.args["entity"] for t, lang in texts for h in check(Message(t, lang))}})
    print(found, calls)
    """
    )
    assert out.strip() == (
        "['address', 'bank_account', 'birth_date', 'card', 'email', 'employer', "
        "'national_id', 'phone', 'relative'] []"
    )


def test_clean_texts_do_not_import_presidio_spacy_or_phonenumbers() -> None:
    out = _run("""
    import sys
    from smslint.checks import RunContext, pii_text
    from smslint.message import Message
    check = pii_text.build(pii_text.DEFAULTS, RunContext())
    texts = [
        ("Acme: Hi {name}, ${amount} due 11/30/2026. Call us at 1-800-555-0199. "
         "Reply STOP to opt out.", "en"),
        ("【某某银行】尊敬的{name}，您尾号3821的信用卡应还1234.56元，客服热线95588。回T退订", "zh-Hans"),
    ]
    assert not [h for t, lang in texts for h in check(Message(t, lang))]
    print(sorted(m for m in ("presidio_analyzer", "spacy", "phonenumbers") if m in sys.modules))
    """)
    assert out.strip() == "[]"


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x1b[31m\x7f",
        "\ud800 lone surrogate \udfff 13812345678",
        "\u200b" * 50,
    ],
)
def test_odd_input_does_not_crash(context: RunContext, text: str) -> None:
    for lang in ("en", "zh-Hans", "zh-Hant"):
        hits(context, text, lang)


@pytest.mark.parametrize("use_presidio", [False, True])
def test_long_input_takes_linear_time(context: RunContext, use_presidio: bool) -> None:
    unit = f"Card {CARD}, call your sister at (415) 555-0134, 你妈妈王芳，北京市朝阳区建国路88号。"
    fn = k.build(k.DEFAULTS | {"use_presidio": use_presidio}, context)

    def seconds(copies: int) -> float:
        text = unit * copies
        best = float("inf")
        for _ in range(2):  # the best of two: timing on a shared machine is noisy
            start = time.process_time()
            found = list(fn(Message(text, "zh-Hans")))
            best = min(best, time.process_time() - start)
        assert len(found) == 4 * copies
        return best

    seconds(5)  # warm up
    small, large = seconds(400), seconds(1200)  # ~32 KB and ~96 KB
    assert large < 3 * small * 1.8  # linear, with room for a noisy machine


# --- the sender's own contact points, masks and codes, by their class ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sender's own unit, named after "our"
        (
            "To complain, contact our Compliance Officer at compliance@acme-rec.com.",
            "en",
        ),
        ("Call our billing office directly at (312) 555-0164, weekdays 9-5.", "en"),
        ("Pay in person at our office, 200 Court Street, Suite 4, Brooklyn.", "en"),
        ("Write to our Disputes Department at 500 Market Street, Suite 200.", "en"),
        ("如有疑问请联系我司法务部，电话021-62345678。", "zh-Hans"),
        ("我們的門市位於新北市板橋區文化路一段100號，歡迎臨櫃繳款。", "zh-Hant"),
        ("本公司位于深圳市南山区高新南七道18号。", "zh-Hans"),
        ("如有疑問請洽0800-321-765，或來電(02)2771-8899。", "zh-Hant"),
        # the sender's name: in its signature, or where an employer would be named
        (
            "Meridian Collections, 4400 Post Oak Pkwy, Houston TX. Reply STOP to opt out.",
            "en",
        ),
        (
            "Acme Recovery: call Acme Recovery at (312) 555-0164 about your balance.",
            "en",
        ),
        ("Bayside Collections: the staff at Bayside Collections can help.", "en"),
        ("Sent to 1200 Commerce Blvd, Suite 300 (our processing center).", "en"),
        (
            "Acme Recovery LLC | 1200 Commerce Blvd | Austin TX. Reply STOP to opt out.",
            "en",
        ),
        # a second number after one sender cue
        ("Call us at (212) 555-0142 or (212) 555-0143. Reply STOP to opt out.", "en"),
        ("请致电021-62345678或021-62345679咨询。", "zh-Hans"),
        # the payee block of the sender's own account
        (
            "请将款项转入我司对公账户，开户行：招商银行上海分行，账号6214830212345678。",
            "zh-Hans",
        ),
        ("請將款項匯入本公司帳戶：中國信託 822-123456789012。", "zh-Hant"),
        # an e-mail on the domain of the sender's link
        (
            "Pay at https://acme-rec.example/pay or email jane.doe@acme-rec.example.",
            "en",
        ),
        # codes: digits after letters in one token
        ("您的借款合同（编号ZH-2023-118842）已生效。", "zh-Hans"),
        ("Your loan ID LN-4827-1193-55 has a balance of $2,410.33.", "en"),
        ("您的貸款編號TW-2026-5567821已逾期。", "zh-Hant"),
        # masked values
        ("Your card 4111-11XX-XXXX-1111 was charged.", "en"),
        ("Your phone 415-XXX-0139 is verified.", "en"),
        ("您的银行卡号 6222 **** **** 0345 扣款失败。", "zh-Hans"),
        ("您的手机号138-XXXX-5678已验证。", "zh-Hans"),
        ("您嘅戶口尾數88421234已逾期。", "zh-Hant"),
    ],
)
def test_the_senders_own_and_masked_values_are_not_reported(
    context: RunContext, text: str, lang: str
) -> None:
    assert hits(context, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        # "our … your …" is not the sender's unit
        ("Our agent called your sister at (415) 555-0134.", "en", "a phone number"),
        ("我们有你父亲电话13912345678。", "zh-Hans", "a phone number"),
        # a business name other than the sender's is still the debtor's employer
        ("Acme Recovery: tell everyone at Harmon Steel Works.", "en", "an employer"),
        # a freemail address is nobody's role mailbox, whatever the link
        (
            "Pay at https://acme-rec.example/pay. Your email kelly.moore@gmail.com is on file.",
            "en",
            "an email address",
        ),
        # a number listed after the sender's is not the sender's when a cue says whose
        (
            "Call us at (212) 555-0142, or your sister at (415) 555-0139.",
            "en",
            "a phone number",
        ),
        # letters that name the number make it no code
        ("Your sister's Tel-4155550134 is on file.", "en", "a phone number"),
    ],
)
def test_lookalikes_of_the_senders_own_are_reported(
    context: RunContext, text: str, lang: str, what: str
) -> None:
    assert [w for _v, w in hits(context, text, lang)] == [what]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Card ６０１１１１１１１１１１１１１７ on file.",
            "en",
            "６０１１１１１１１１１１１１１７",
        ),
        ("SSN 4 1 2 - 6 7 - 9 0 8 3 verified.", "en", "4 1 2 - 6 7 - 9 0 8 3"),
        (
            "您的身份证号" + "\u200b".join(CN_ID) + "已登记。",
            "zh-Hans",
            "\u200b".join(CN_ID),
        ),
        ("Your card 4111.1111.1111.1111 was charged.", "en", "4111.1111.1111.1111"),
    ],
)
def test_disguised_values_through_presidio(
    context: RunContext, text: str, lang: str, value: str
) -> None:
    assert [v for v, _w in hits(context, text, lang)] == [value]


# --- quality floor on the development set ------------------------------------------------

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval" / "messages.jsonl"


def test_quality_floor_on_the_development_set(context: RunContext) -> None:
    """Precision and recall of the pii category per language stay at 0.95 or more."""
    fn = k.build(k.DEFAULTS, context)
    counts: dict[str, Counter[str]] = {}
    for line in EVAL.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        gold = "pii" in rec["labels"]
        pred = bool(list(fn(Message(rec["text"], rec["lang"], is_template=False))))
        c = counts.setdefault(rec["lang"], Counter())
        c["tp"] += gold and pred
        c["fp"] += pred and not gold
        c["fn"] += gold and not pred
    assert set(counts) == {"en", "zh-Hans", "zh-Hant"}
    for lang, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"])
        recall = c["tp"] / (c["tp"] + c["fn"])
        assert precision >= 0.95 and recall >= 0.95, (lang, dict(c))


# --- context rules: labelled fields, the debtor's own box, a relative who is the debtor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Employer on file: Brightline Dental Group.", "Brightline Dental Group"),
        ("Place of work: Harmon Tool Works", "Harmon Tool Works"),
        ("We show your mailing address as P.O. Box 771, Boise ID.", "P.O. Box 771"),
        ("Please confirm your PO Box: 5520.", "PO Box: 5520"),
        ("We phoned Garfield Mills, where you work, on Monday.", "Garfield Mills"),
        ("Your shift at Palmer Bakery starts at noon.", "Palmer Bakery"),
        ("Your ex, Dolores Vance, answered our call.", "Dolores Vance"),
        # spelled-out mailboxes and dotted SSNs, written to slip past filters
        ("Reply from pat.quinn(at)yahoo.com if that's you.", "pat.quinn(at)yahoo.com"),
        ("Is bjones77 at gmail dot com still yours?", "bjones77 at gmail dot com"),
        ("SSN on the form: 219.44.7301", "219.44.7301"),
    ],
)
def test_labelled_and_boxed_values_are_reported(
    context: RunContext, text: str, found: str
) -> None:
    assert [value for value, _what in hits(context, text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own box; an employer ID is no employer's name
        "Send payments to PO Box 1200, Dallas TX 75201.",
        "Employer ID: 12-3456789 appears on your W-2.",
        # a relative named as the one whose debt it is: the debtor's name, allowed
        "Calling about your cousin Rosa Delgado's past due payday loan.",
        "This is about your nephew Tom's unpaid medical bill.",
        # the sender's role mailbox, spelled out, and a plain web address
        "Questions? billing(at)acmeloans.com",
        "Reach us at acmeloans.com any time.",
        "Version 166.17.1508 of the app is out.",
    ],
)
def test_the_senders_box_and_the_debtor_named_as_kin_are_not_reported(
    context: RunContext, text: str
) -> None:
    assert hits(context, text) == []
