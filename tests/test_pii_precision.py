"""``pii_text`` precision on honest messages: the sender's own contact points.

Each class names an honest usage the detector used to report as personal data, with
honest sentences written for this module (none copied from an evaluation set) and
an abusive sentence of the same shape that must still be reported:

* a school, HOA, landlord or club gives its office mailbox by its role
  (``bursar@``, ``treasurer@``, ``registrar@``, ``leasing@``);
* an e-mail address on the domain of the sender's own name (a message signed
  "Greenfield Academy" giving ``fees@greenfield-academy.org``, "A reminder from
  Oakridge HOA" giving an address at ``oakridgehoa.org``);
* the sender's number marked as the sender's by its unit after it
  ("02-2771-5588（本公司客服）", "（我司法务部）");
* the sender inviting a call for a purpose before its number
  ("歡迎來電協商分期：02-…", "欢迎来电咨询还款方案：…");
* a contact point offered for questions ("Questions: 617-…", "Queries? …");
* the sender's unit reached by its role ("reach billing at", "call the office at");
* the sender saying where it is ("we are now at 18 Main Street", "find us at"); an
  address after "pay in person at" alone stays reported (docs/writing-a-pack.md:
  the pack lists its own address in ``allowed_values``);
* a number in the sign-off that closes the message ("- Ms. Alvarez, 415-…",
  "Kind regards, Lisa Chen | Accounts Team | 503 …");
* the number of an office that bills, named without a possessive, in a longer
  clause ("如有疑问请联系物业服务中心0571-…", "財務室電話：", "請洽管理室：", "查詢：");
* the agent's own direct line ("直撥 02-…", "我的手机…");
* the account the debtor pays into, labelled as such ("还款账户：招商银行 6214 …",
  "…（户名：华信资产管理有限公司）");
* the sender's own counter before its address ("到我司营业厅办理：上海市…").
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    "text",
    [
        "Maple Ridge School: spring term fees of $620 are due 3/1. "
        "Write to bursar@mapleridge-school.edu with questions.",
        "Your dues for 2027 ($180) are now open. Queries: treasurer@pinecrest-club.org",
        "Enrollment deposit received, thank you. registrar@northvale.edu can help.",
        "Rent for unit 4B posted on 12/01. Lease questions: leasing@harborviewapts.com",
        "Tuition plan updated; a copy is with accounting@stmarks-prep.org.",
    ],
)
def test_an_organizations_office_mailbox_is_not_personal_data(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Greenfield Academy Bursar: instalment received. Questions: "
        "fees@greenfield-academy.org.",
        "A reminder from Oakridge HOA: Q1 assessments go out Jan 1. "
        "Write to pat@oakridgehoa.org.",
        "Riverside Dental: your balance of $45 is due. Email lena@riversidedental.com.",
        "[Lakeview Utilities] Your bill is ready. Reply to j.ortiz@lakeviewutilities.com.",
    ],
)
def test_an_address_on_the_domain_of_the_senders_own_name(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the debtor's own address is no office mailbox, whatever its local part
        (
            "Greenfield Academy: we also wrote to your wife at lisa.m@gmail.com.",
            "lisa.m@gmail.com",
        ),
        (
            "Oakridge HOA: your employer's HR, jkim@bluestonefreight.com, was told.",
            "jkim@bluestonefreight.com",
        ),
        (
            "A reminder from Oakridge HOA: we wrote to your brother at "
            "tom.reyes@reyeslaw.com.",
            "tom.reyes@reyeslaw.com",
        ),
    ],
)
def test_a_third_persons_address_is_still_reported(text: str, value: str) -> None:
    assert (value, "email") in found(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("【大成資產】帳款逾期，請來電：02-2771-5588（本公司客服）。", "zh-Hant"),
        ("如对账单有疑问，可拨0571-86632100（我司法务部）。", "zh-Hans"),
        ("還款方式請洽04-2345-6789（本公司客服專線）。", "zh-Hant"),
        ("账单已出，疑问请联系021-6234 5678（本公司财务部）。", "zh-Hans"),
    ],
)
def test_the_senders_number_marked_by_its_unit_after_it(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("【大安資產管理】歡迎來電協商分期：02-2771-5588。", "zh-Hant"),
        ("欢迎来电咨询还款方案：021-6234 5678。", "zh-Hans"),
        ("如需延期，請來電洽談：04-2345-6789，謝謝。", "zh-Hant"),
        ("请致电确认还款日期：0571-86632100。", "zh-Hans"),
    ],
)
def test_the_sender_inviting_a_call_for_a_purpose(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Cantonese: "reply to us", "call us", "find us"
        ("收到請覆我哋 3568 2210，唔該。", "zh-Hant"),
        ("有咩問題可以打俾我哋：2388 6610。", "zh-Hant"),
        ("想傾分期可以搵我哋，電話2891 4455。", "zh-Hant"),
        # a shop's or a centre's own line, named without a possessive
        ("货款有疑问请打本店座机020-83321460。", "zh-Hans"),
        ("详情请拨打中心电话0371-62153300。", "zh-Hans"),
        ("如有疑问请致电（中心办公室）0371-62153300。", "zh-Hans"),
        (
            "Scam alert: callers claiming to be from our bank may ask for your PIN or "
            "for a transfer to a new account. Report it to 0860 555 017.",
            "en",
        ),
    ],
)
def test_the_sender_named_as_us_or_its_shop(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the mark after the number must be the sender's unit, not a third person
        ("已致電您母親02-2771-5588（她的手機）。", "zh-Hant", "02-2771-5588"),
        # a call invitation does not make a relative's number the sender's
        ("来电协商前，先问问你哥：021-6234 5678。", "zh-Hans", "021-6234 5678"),
        ("請來電，或聯絡您太太：0912-345-678。", "zh-Hant", "0912-345-678"),
        ("唔還錢我哋就打俾你老豆：2388 6610。", "zh-Hant", "2388 6610"),
        (
            "Pay today or we report it to your wife on 617-555-0142.",
            "en",
            "617-555-0142",
        ),
    ],
)
def test_a_third_persons_number_is_still_reported(
    text: str, lang: str, value: str
) -> None:
    assert (value, "phone") in found(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Payment of $250.00 received 11/14. Questions: 617-555-0199.",
        "Your plan starts 1/15. Questions? 312-555-0148.",
        "Statement ready. Queries: 44 Harbor Road, Salem MA 01970.",
        "Balance $0. Any questions, 206-555-0110.",
    ],
)
def test_a_contact_point_offered_for_questions(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Invoice for $95 is open. Reach billing at 503-555-0177, Mon-Fri 9-5.",
        "To change the date, call the office at 312-555-0148.",
        "Need a receipt? Contact accounts receivable at 720-555-0163.",
        "Call the front desk on 415-555-0122 to book.",
    ],
)
def test_the_senders_unit_reached_by_its_role(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Office hours changed: we are now at 18 Main Street, 2nd floor.",
        "We've moved to 1450 Industrial Way. Same hours.",
        "Prefer cash? We're located at 220 Elm Street, Springfield.",
        "Find us at 75 Pinecrest Drive, next to the pool.",
    ],
)
def test_the_sender_saying_where_it_is(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Your December lessons ($140) are paid. See you Tuesday! "
        "- Ms. Alvarez, 415-555-0122",
        "Balance cleared, thank you. Kind regards, Lisa Chen | Accounts Team | "
        "Riverside Dental | 503 555 0188",
        "Thanks for the quick payment. Regards, Peak Dental Billing, 720-555-0163.",
        "Your unit rent is due Friday. — Tom, Lakeside Storage, (206) 555-0110",
    ],
)
def test_a_number_in_the_sign_off(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Questions? Ask your sister at 617-555-0199.", "617-555-0199", "phone"),
        ("Call your boss at the office at 312-555-0148.", "312-555-0148", "phone"),
        (
            "We know you are now at 18 Main Street with your aunt.",
            "18 Main Street",
            "address",
        ),
        (
            "Pay now. Regards, Acme. PS your wife's cell is 503-555-0188",
            "503-555-0188",
            "phone",
        ),
        (
            "Pay today. - Acme Recovery, who called your mother at 415-555-0122",
            "415-555-0122",
            "phone",
        ),
    ],
)
def test_a_third_persons_contact_point_near_those_words(
    text: str, value: str, entity: str
) -> None:
    assert (value, entity) in found(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "【安心物业】物业费已到账。如有疑问请联系物业服务中心0571-86001234。",
            "zh-Hans",
        ),
        ("学费2400元已收到，谢谢。财务室电话：021-62345678。", "zh-Hans"),
        ("【和平物業】管理費已收訖。如有疑問，請洽管理室：02-2345-6789。", "zh-Hant"),
        ("學費已繳清，謝謝。會計室電話 2771-5588。", "zh-Hant"),
        ("【恒生】閣下戶口已還清，多謝。查詢：2998 8000。", "zh-Hant"),
    ],
)
def test_the_number_of_an_office_that_bills(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是承辦人林小姐，分機305，直撥 02-2655-8800，歡迎聯絡。", "zh-Hant"),
        ("有问题可直拨021-62345678找我。", "zh-Hans"),
        ("我是客户经理小李，有问题打我的手机13912345678。", "zh-Hans"),
    ],
)
def test_the_agents_own_direct_line(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("还款账户：招商银行 6214 8301 2345 6789，请备注姓名。", "zh-Hans"),
        (
            "繳款帳號：台灣銀行 004-12-345678-9（戶名：台新資產管理股份有限公司）。",
            "zh-Hant",
        ),
        ("请转账至 6214 8301 2345 6789（户名：华信资产管理有限公司）。", "zh-Hans"),
    ],
)
def test_the_account_the_debtor_pays_into(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("如需结清证明，请到我司营业厅办理：上海市徐汇区漕溪北路88号。", "zh-Hans"),
        ("請至本公司門市辦理：台北市大安區敦化南路二段100號。", "zh-Hant"),
        ("请携带身份证到我司网点办理：北京市朝阳区建国路88号。", "zh-Hans"),
    ],
)
def test_the_senders_counter_before_its_address(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "entity"),
    [
        (
            "如有疑问请联系你单位服务中心0571-86001234。",
            "zh-Hans",
            "0571-86001234",
            "phone",
        ),
        ("你妈妈的手机13912345678我们也有。", "zh-Hans", "13912345678", "phone"),
        (
            "您的还款账户6214 8301 2345 6789已被冻结。",
            "zh-Hans",
            "6214 8301 2345 6789",
            "bank_account",
        ),
        (
            "我们会到你公司办理：上海市徐汇区漕溪北路88号。",
            "zh-Hans",
            "上海市徐汇区漕溪北路88号",
            "address",
        ),
    ],
)
def test_a_third_persons_or_the_debtors_value_in_those_shapes(
    text: str, lang: str, value: str, entity: str
) -> None:
    assert (value, entity) in found(text, lang)
