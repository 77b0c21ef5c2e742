"""``pii_text`` beyond its first wordings: classes of values, not single messages.

Each class has positives (personal data the detector must report) and honest
negatives (the nearest clean wording, which it must leave alone):

* masked numbers, whatever the grouping: never personal data;
* the sender's own number, named by its unit (物业服务中心, 客服中心, 門市; "office",
  "billing desk" opening a clause) or marked as the sender's after it ("（本公司）",
  "(our office)") or after 詳洽; the sender's premises after "our" (our lot, our
  clinic); a line offered for advice or a booking (可預約社工，電話…, 免費評估 WhatsApp …,
  請電, "Free consultation: WhatsApp …"), while a contact's line after the contact's
  name stays personal data (紧急联系人：王芳，电话…); the sender's line as notices
  give it (請洽本所…, 逕洽本處承辦人林小姐…, 公司電話…, 有問題可以打…, 聯絡人：張先生 …,
  请联系王经理…, 我是负责您案件的小刘，手机…, 加微信…; "Ask for Denise at …", "ring Kevin
  on …", "…, Account Manager, …", "Phone …" opening a sentence, a line listed after
  a toll-free one, "drop off payment at …"), while a relative's line, the debtor's
  workplace's line and the debtor's home beside the same words stay personal data;
* letters from other scripts that look Latin (Cyrillic, Greek) hiding a value;
* relatives named with the formal honorifics of written Chinese (令堂, 令尊 …);
* the people around a debtor in other English registers (next of kin, reference
  person), and a relative who is the debtor ("your son Declan … he owes", "your son
  Luis (24) has an unpaid balance", "你哥邓志刚在我们这欠的钱");
* dates of birth written before 生/出生;
* employers named after 僱主/雇主 or after a label with no separator, and English
  labels with a company's legal form ("employer Nyali Freight Ltd");
* English employers in the words people use: the co-workers there ("your co-teachers
  at X", "your fellow nurses at X"), the person in its HR ("your HR rep at X"), its
  payroll addressed ("Attn Payroll, X Ltd:"), the place before "where you work" or
  "when you clock off" with no comma;
* a child named by school or team ("where Emma goes to school", "your player
  Mateo"), never by what a parent pays for ("Noah's fall tuition", set6);
* a Chinese relative's name before a verb of seeing or asking (孙浩看看), or a
  familiar one (小琪, 阿明);
* phone numbers of English-speaking regions beyond North America.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("您尾号为****-**** 2100的卡已冻结。", "zh-Hans"),
        ("帳號**-****-0035已列入催收。", "zh-Hant"),
        ("Card 4111-****-****-1111 was declined.", "en"),
        ("卡号6222 **** **** 1234，请核对。", "zh-Hans"),
        ("Account xxxx xxxx 4471 is past due.", "en"),
        ("联系人手机138****5678已通知。", "zh-Hans"),
        ("SSN ***-**-6789 on file.", "en"),
    ],
)
def test_a_masked_number_is_never_personal_data(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("逾期款项请尽快缴纳。物业服务中心0571-8663 2100。", "zh-Hans"),
        ("如有疑问请致电客服中心：0755-2345 6789。", "zh-Hans"),
        ("本月管理費未繳，管理處電話02-2345-6789。", "zh-Hant"),
        ("債權已轉讓本公司，詳洽02-2719-0035（本公司）。", "zh-Hant"),
        ("詳洽02-2345-6789。", "zh-Hant"),
        ("如需协助可联络0571-86632100（我司）。", "zh-Hans"),
        ("Balance due. Questions: 415-555-0134 (our office).", "en"),
    ],
)
def test_the_senders_own_number_by_its_unit_or_mark(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a unit of the sender's named bare at the start of its clause
        ("We'd rather settle this by phone: office (720) 555-0149.", "en"),
        ("Balance due Friday. Office: (312) 555-0188. Reply STOP to opt out.", "en"),
        ("Questions about your bill? Billing desk (614) 555-0118, Mon-Fri.", "en"),
        ("Front desk (503) 555-0172 can move your appointment.", "en"),
        # a dealer's counter (門市), named with no person before it
        ("第5期款已逾期10天，詳情請洽門市06-312-7788。", "zh-Hant"),
        ("分期款项已逾期，请到门市0571-86632100办理。", "zh-Hans"),
        # the sender's own premises after "our"
        ("Please drop the keys at our lot, 915 Commerce Dr, Tue-Sat 8-4.", "en"),
        (
            "We have moved! Our Hell's Kitchen office is now at 340 W 44th St, Suite 5.",
            "en",
        ),
        ("Our clinic is at 88 Harbor Rd if you prefer to pay in person.", "en"),
        # a line offered for booking or advice, and "please call" (請電)
        ("如想先試債務重組，可預約社工，電話2368 5511。", "zh-Hant"),
        ("债务咨询可预约顾问，电话021-6888 1234。", "zh-Hans"),
        ("查詢請電 2368 5511", "zh-Hant"),
        ("欠卡數？免費評估 WhatsApp 5146 0927", "zh-Hant"),
        ("Free consultation: WhatsApp +852 5146 0927", "en"),
    ],
)
def test_the_senders_own_unit_or_premises_named_plainly(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # someone else's unit: a possessive or a person before it
        (
            "We called his office at (720) 555-0149 and left a message.",
            "en",
            "(720) 555-0149",
        ),
        ("Your boss's office (720) 555-0149 picked up today.", "en", "(720) 555-0149"),
        (
            "Your employer's HR office (312) 555-0199 has been told.",
            "en",
            "(312) 555-0199",
        ),
        ("我们已联系你姐姐的门市0912-345-678。", "zh-Hans", "0912-345-678"),
        ("你同事的电话0571-8663 2100，我们已经打过了。", "zh-Hans", "0571-8663 2100"),
        ("您父亲的手机13912345678已通知。", "zh-Hans", "13912345678"),
        ("We texted your sister at (415) 555-0134 (her cell).", "en", "(415) 555-0134"),
        # a contact's line listed after the contact's name is no booking line
        ("紧急联系人：王芳，电话13812345678。", "zh-Hans", "13812345678"),
        ("你老婆的WhatsApp 9123 4567我哋已經有。", "zh-Hant", "9123 4567"),
        ("Your wife's WhatsApp +852 5146 0927 is on file.", "en", "+852 5146 0927"),
    ],
)
def test_a_third_persons_number_is_still_reported(
    text: str, lang: str, value: str
) -> None:
    assert (value, "phone") in found(text, lang)


def test_cyrillic_lookalikes_do_not_hide_an_employer() -> None:
    # о, р, е, у, а, і, с are Cyrillic
    text = "Yоur еmрlоуеr: Вluеstоnе Frеight. Confirm by reply."
    assert found(text, "en") == [("Вluеstоnе Frеight", "employer")]


def test_greek_lookalikes_do_not_hide_a_relative() -> None:
    text = "We phoned your wifе Μartha today."  # Cyrillic е, Greek Μ
    assert found(text, "en") == [("Μartha", "relative")]


def test_genuine_cyrillic_text_is_left_alone() -> None:
    assert found("Ваш долг 500 рублей. Оплатите сегодня.", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("令堂王秀琴女士已答應幫您處理欠費。", "王秀琴"),
        ("我們已聯絡令尊陳大文先生。", "陳大文"),
        ("令郎李志明的電話我們也有。", "李志明"),
        ("尊夫人黃美玲已知悉此事。", "黃美玲"),
    ],
)
def test_a_relative_named_with_a_formal_honorific(text: str, value: str) -> None:
    assert (value, "relative") in found(text, "zh-Hant")


@pytest.mark.parametrize(
    "text",
    ["請代問候令堂。", "令尊大人身體安康。", "令郎已經畢業了嗎？"],
)
def test_an_honorific_without_a_name(text: str) -> None:
    assert found(text, "zh-Hant") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your reference person Sunil Yadav has been informed.", "Sunil Yadav"),
        ("Next of kin Akinyi Otieno, we have it all.", "Akinyi Otieno"),
        ("We called your contact person Joseph Mwangi today.", "Joseph Mwangi"),
        ("Your emergency contact person, Grace Njeri, picked up.", "Grace Njeri"),
    ],
)
def test_the_people_around_a_debtor_in_other_registers(text: str, value: str) -> None:
    assert (value, "relative") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "We are trying to reach your son Declan about the money he owes us.",
        "Please ask your wife Maria to call us about the loan she took out.",
        "Tell your brother Kevin his balance of $300 is overdue.",
    ],
)
def test_a_relative_who_is_the_debtor(text: str) -> None:
    assert found(text, "en") == []


def test_a_relative_who_is_not_the_debtor() -> None:
    text = "We told your son Declan about the money you owe."
    assert found(text, "en") == [("Declan", "relative")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("王小姐（民國81年3月14日生），請盡快聯絡。", "zh-Hant", "民國81年3月14日"),
        ("陈先生（1990年3月7日出生）您好。", "zh-Hans", "1990年3月7日"),
        ("借款人张伟，1985年11月2日生，已逾期。", "zh-Hans", "1985年11月2日"),
    ],
)
def test_a_date_of_birth_before_its_word(text: str, lang: str, value: str) -> None:
    assert (value, "birth_date") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("本规定自2020年3月1日生效。", "zh-Hans"),
        ("新利率於2024年1月1日生效，請留意。", "zh-Hant"),
        ("2025年6月1日生产的批次已召回。", "zh-Hans"),
    ],
)
def test_a_date_before_other_words_with_sheng(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "本公司已致函閣下之僱主港城物流有限公司人力資源部。",
            "zh-Hant",
            "港城物流有限公司",
        ),
        ("您的雇主华信科技有限公司已收到通知。", "zh-Hans", "华信科技有限公司"),
        (
            "您的工作单位深圳市恒达电子有限公司，我们将寄送函件。",
            "zh-Hans",
            "深圳市恒达电子有限公司",
        ),
        ("你嘅僱主：大興貿易有限公司", "zh-Hant", "大興貿易有限公司"),
    ],
)
def test_an_employer_after_a_chinese_label(text: str, lang: str, value: str) -> None:
    assert (value, "employer") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("您的工作单位会收到我司的函件吗？请放心，不会。", "zh-Hans"),
        ("雇主责任险由本公司承保。", "zh-Hans"),
        ("閣下之僱主不會收到任何通知。", "zh-Hant"),
    ],
)
def test_an_employer_label_without_a_name(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Otieno, employer Nyali Freight Ltd, we have it all.", "Nyali Freight Ltd"),
        (
            "Employer Harbour View Logistics Pty Ltd has been told.",
            "Harbour View Logistics Pty Ltd",
        ),
    ],
)
def test_an_english_employer_label_before_a_company(text: str, value: str) -> None:
    assert (value, "employer") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Employer Hotline: call us at 1-800-555-0199.",
        "Employers Please note our new address.",
        "Your employer will not be contacted.",
    ],
)
def test_an_english_employer_word_without_a_company(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your reference said call him on 98765 01234.", "98765 01234"),
        ("Your sister 0722 555 019 picked up.", "0722 555 019"),
        ("Your brother 07700 900123 answered.", "07700 900123"),
        ("Your mum on 0412 345 678 was told.", "0412 345 678"),
    ],
)
def test_mobiles_of_other_english_speaking_regions(text: str, value: str) -> None:
    assert (value, "phone") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Ref 98765 01234. Pay by Friday.",
        "Pay 12500 by 30 11 2026.",
        "Invoice no. 0722 555 019 is attached.",
    ],
)
def test_grouped_digits_that_are_no_mobile(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tell us if you're struggling on 0800 555 0123.",
        "Free advice: 0808 808 4000, any weekday.",
    ],
)
def test_a_freephone_line_of_another_region(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Otieno, ID No. 28917734, we have it all.", "28917734"),
        ("Your NIN: 12345678901 is with our field team.", "12345678901"),
        ("Aadhaar 2345 6789 0123 linked to this loan.", "2345 6789 0123"),
        ("National Insurance number JG 10 37 05 A on file.", "JG 10 37 05 A"),
        ("We hold your PPS No. 1234567FA.", "1234567FA"),
        ("SIN 046 454 286 verified.", "046 454 286"),
        ("National ID card 12345678 seen at your door.", "12345678"),
        # Pakistan's CNIC (5-7-1 digits), Malaysia's MyKad
        ("CNIC 35202-1234567-1 is on record with us.", "35202-1234567-1"),
        ("MyKad 900714-10-5523 recorded for this loan.", "900714-10-5523"),
    ],
)
def test_another_countrys_national_id_by_its_label(text: str, value: str) -> None:
    assert (value, "national_id") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Customer ID No. 28917734. Pay by Friday.",
        "Loan ID 12345678 is overdue.",
        "Transaction ID #88123456 received, thank you.",
        "ID No. ****7734 on file.",
        "Bring your ID card to the branch.",
        "Your identity is safe with us; ref 28917734.",
    ],
)
def test_an_id_label_that_names_no_persons_number(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("You live at 14 Rosemount Grove, Leeds LS6 2AB.", "14 Rosemount Grove"),
        (
            "We know your flat at 4/12 Harbour Parade, Manly NSW 2095.",
            "4/12 Harbour Parade",
        ),
        ("Apartment 5, 21 Mespil Mews, Dublin 4 is your address.", "21 Mespil Mews"),
        ("The bailiff has 88 Kings Close on his list.", "88 Kings Close"),
    ],
)
def test_british_irish_and_australian_streets(text: str, value: str) -> None:
    assert (value, "address") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Meridian Collections, 7 Kings Close, Leeds LS1 4AB.",
        "We will close the file in 14 days. Close it now.",
        "Pay by 12/03 Green Hill Fund closes.",
    ],
)
def test_streets_that_are_not_the_debtors(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("妳姊姊林美華已經知道妳欠款的事。", "zh-Hant", "林美華"),
        ("您的孫子陳家豪說會轉告您。", "zh-Hant", "陳家豪"),
        ("你的联系人赵磊已接到我们的电话。", "zh-Hans", "赵磊"),
        ("您的家屬黃志偉表示會幫忙。", "zh-Hant", "黃志偉"),
    ],
)
def test_more_relatives_and_contacts_in_chinese(
    text: str, lang: str, value: str
) -> None:
    assert (value, "relative") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("联系人：李经理，电话400-820-8820。", "zh-Hans"),
        ("請家屬陪同前來辦理。", "zh-Hant"),
        ("您的姊姊也可以代您繳款。", "zh-Hant"),
        # 钱 is a surname, and money: "your mum, where's the money?"
        ("你妈，钱呢？", "zh-Hans"),
        ("你娘，錢咧？", "zh-Hant"),
        ("你老公，钱啊，到底什么时候还？", "zh-Hans"),
    ],
)
def test_relatives_and_contacts_without_a_name(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_relatives_name_after_a_comma_is_still_found() -> None:
    assert ("钱丽", "relative") in found("你妈，钱丽说她会还。", "zh-Hans")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the named relative is the debtor: what is owed stands between name and verb
        ("您女兒林佳穎的學費分期已經逾期兩個月，麻煩您提醒她。", "zh-Hant"),
        ("你弟弟赵磊的车贷已经三期没还了，请转告他联系我们。", "zh-Hans"),
        ("您的朋友周志明健身會籍費已欠繳三個月。", "zh-Hant"),
        # ... or owes "with us here" (在我们这欠的钱)
        ("兄弟，你哥邓志刚在我们这欠的钱联系不上人。", "zh-Hans"),
        ("你老公陈建国在我们这里借的钱已经逾期了。", "zh-Hans"),
        ("您兒子黃子豪在我們這裡的欠款已逾期。", "zh-Hant"),
    ],
)
def test_a_chinese_relative_who_is_the_debtor(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_chinese_relative_who_does_not_owe_is_reported() -> None:
    text = "你弟弟赵磊的电话我们已经打过了，你自己看着办。"
    assert ("赵磊", "relative") in found(text, "zh-Hans")


@pytest.mark.parametrize(
    "text",
    [
        # the relative's age in brackets stands between the name and the debt
        "Your son Luis (24) has an unpaid balance of $1,340 for his implants.",
        "Your daughter Maya (19) owes $300 for the phone plan.",
        # payments or months behind
        "Your brother Sam is 2 months behind on his car loan.",
        "Tell your neighbor Dontrell we're coming back tonight for his Charger since"
        " he's 3 payments behind.",
    ],
)
def test_an_english_relative_who_is_the_debtor(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your son Luis (24) was seen at the bank today. Pay up.", "Luis"),
        ("Your ex-husband Ruben gave us your number. You owe $900.", "Ruben"),
    ],
)
def test_an_english_relative_who_does_not_owe_is_reported(
    text: str, value: str
) -> None:
    assert (value, "relative") in found(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the employer after "where you work", written as a relative clause
        (
            "您任職的鼎新精密工業股份有限公司人資部，我們已經聯絡過。",
            "zh-Hant",
            "鼎新精密工業股份有限公司",
        ),
        ("你上班的恒达物流我们已经知道了。", "zh-Hans", "恒达物流"),
        # a job named by what the debtor does there
        ("听说他现在在顺安物流开车，你让他回个电话。", "zh-Hans", "顺安物流"),
        ("你老公在金城快递送货对吧？", "zh-Hans", "金城快递"),
    ],
)
def test_an_employer_named_in_a_relative_clause_or_by_the_job(
    text: str, lang: str, value: str
) -> None:
    assert (value, "employer") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Congrats on the new job at Harbourline Logistics! About your balance...",
            "Harbourline Logistics",
        ),
        (
            "Heard about your new position at Pinecrest Motors. Time to pay up.",
            "Pinecrest Motors",
        ),
    ],
)
def test_a_new_job_names_the_employer(text: str, value: str) -> None:
    assert (value, "employer") in found(text, "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # form-style fields of South Asian recovery messages
        (
            "Borrower Asif Khan, father name Javed Khan, loan overdue Rs. 9,000.",
            "Javed Khan",
        ),
        ("Customer: Rina Das, husband's name Arun Das, EMI pending.", "Arun Das"),
    ],
)
def test_a_relative_named_in_a_form_field(text: str, value: str) -> None:
    assert (value, "relative") in found(text, "en")


def test_no_new_job_no_employer() -> None:
    assert found("Our new office at Harbour Point opens Monday.", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Singapore NRIC and FIN: letter, 7 digits, check letter
        ("Mr Lim, NRIC S1234567D, your loan is overdue.", "S1234567D"),
        ("We have your IC T1234567J on file.", "T1234567J"),
        ("FIN F1234567N holder: pay by Friday.", "F1234567N"),
        ("Work pass G1234567X: balance $300.", "G1234567X"),
    ],
)
def test_a_singapore_nric_with_its_check_letter(text: str, value: str) -> None:
    assert (value, "national_id") in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # the wrong check letter: a reference, not an identity number
        "Ref S1234567A: your payment was received.",
        "Order T1234567B ships today.",
    ],
)
def test_a_letter_number_letter_code_without_the_check_letter(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "致顺达物流有限公司HR：贵司员工王强拖欠我司借款，请督促其还款。",
            "zh-Hans",
            "顺达物流有限公司",
        ),
        (
            "To 港城物流有限公司 HR: 貴司員工陳大文欠款未還。",
            "zh-Hant",
            "港城物流有限公司",
        ),
    ],
)
def test_an_employer_addressed_by_its_hr_in_capitals(
    text: str, lang: str, value: str
) -> None:
    """'HR' cues the addressed-employer pattern: the cue scan reads lower case, so a
    cue written in capitals never matched until cues were lowered too."""
    assert (value, "employer") in found(text, lang)


def test_a_mixed_script_cue_in_capitals_cues_its_pattern() -> None:
    """'的HR' (Chinese and capitals) is the only cue here: the scans read the text in
    lower case, and the word was kept as written, so it never cued the pattern."""
    text = "我问过你在顺达物流的HR了，他们说你还在。"
    assert ("顺达物流", "employer") in found(text, "zh-Hans")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the people the debtor works beside, and where
        (
            "Your co-teachers at Maple Grove Elementary will hear about this loan.",
            "Maple Grove Elementary",
        ),
        (
            "Your workmates at Halloran Freight might know how to reach you.",
            "Halloran Freight",
        ),
        (
            "Ask your fellow drivers at Dunmore Haulage where you are.",
            "Dunmore Haulage",
        ),
        # the person in the employer's HR, as people say it; "Your HR": the "our"
        # at the end of "Your" is not the sender's
        (
            "I talked to the HR guy at Pinecrest Logistics yesterday.",
            "Pinecrest Logistics",
        ),
        ("Your HR rep at Copperline Foods said payday is Friday.", "Copperline Foods"),
        # a message addressed to the employer's pay or staff office
        (
            "Attn Payroll, Westfield Roofing Ltd: please withhold $150 from his wages.",
            "Westfield Roofing Ltd",
        ),
        (
            "Attention HR Department - Kessler Auto Group: one of your staff owes us.",
            "Kessler Auto Group",
        ),
        # the workplace before "where you work", with no comma, with where it is
        (
            "We'll swing by Tony's Garage on Elm Ave where you do your day shifts.",
            "Tony's Garage",
        ),
        ("See you at Greenway Market where you work nights.", "Greenway Market"),
        # ... or when the debtor's shift ends there
        (
            "Our officer will wait at the Brixton Paints depot on Hale Rd when you"
            " clock off at 5.",
            "Brixton Paints",
        ),
        ("We'll be outside Parkside Deli when you finish your shift.", "Parkside Deli"),
    ],
)
def test_an_english_employer_in_the_words_people_use(text: str, value: str) -> None:
    assert found(text, "en") == [(value, "employer")]


@pytest.mark.parametrize(
    "text",
    [
        "Drop by our office at Lakeview Plaza where you can pay in cash.",
        "Our HR team at Acme Recovery is hiring.",
        "Please ask for the HR lady at our front desk.",
        "You can pay at any Walgreens where you see the MoneyGram sign.",
        "Your fellow members at Cedar Creek Church are praying for you.",
        "Attention: your payment of $120 is due Friday.",
        "Attn Payroll: the portal is down until Monday.",
        "Call us when you clock off tonight.",
        "Text STOP when you get off work if you want no more messages.",
    ],
)
def test_english_workplace_words_that_name_no_employer(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a name before a verb of seeing or asking
        ("要不要发给你男朋友孙浩看看你原来长啥样？", "zh-Hans", "孙浩"),
        ("我们问问你老婆王芳就知道了。", "zh-Hans", "王芳"),
        # a familiar name: 小 or 阿 and one character
        ("你女朋友小琪我已經打給她了，她也說找不到你。", "zh-Hant", "小琪"),
        ("你老公阿明说他不管这事。", "zh-Hans", "阿明"),
    ],
)
def test_a_relative_named_before_a_verb_or_by_a_familiar_name(
    text: str, lang: str, value: str
) -> None:
    assert found(text, lang) == [(value, "relative")]


@pytest.mark.parametrize(
    "text",
    [
        "你女儿小学在哪上的我们都清楚。",
        "你儿子小时候多乖啊。",
        "你妈妈阿姨都来过了。",
        "你老婆小心点走路。",
        "你家人看到了会怎么想？",
        "你老公阿sir都唔幫你。",
    ],
)
def test_xiao_and_a_words_after_a_relation_that_are_no_name(text: str) -> None:
    assert found(text, "zh-Hans") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("您是城关二中的在编教师吧？", "zh-Hans", "城关二中"),
        ("你是顺达物流的司机吧？", "zh-Hans", "顺达物流"),
        (
            "Dana, does your managing broker at Keystone Realty Group know?",
            "en",
            "Keystone Realty Group",
        ),
        (
            "Your principal at Lincoln Middle School has been very patient.",
            "en",
            "Lincoln Middle School",
        ),
        (
            "Attn Safety & HR, Redline Transport: one of your drivers owes us $1,760.",
            "en",
            "Redline Transport",
        ),
    ],
)
def test_an_employer_named_by_the_debtors_post_or_superior(
    text: str, lang: str, value: str
) -> None:
    assert found(text, lang) == [(value, "employer")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sender's own line: its office (本所), the one to ask (請洽承辦…), the
        # company called back (打返公司)
        ("尚有尾款NT$6,500未結清。如有疑問請洽本所06-221-4590。", "zh-Hant"),
        ("如欲和解，請洽承辦書記官0958-330-127。", "zh-Hant"),
        ("有咩可以打返公司2743 1186同我傾。", "zh-Hant"),
        # an adverb after 錢 (also a surname) is no given name
        ("乾你娘，錢再不還，你那台車小心點。", "zh-Hant"),
        ("你是我们的老客户了。", "zh-Hans"),
        ("你是学校的老师，应该懂道理。", "zh-Hans"),
    ],
)
def test_the_senders_line_and_words_that_name_no_one(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_relatives_line_after_qing_qia_is_still_reported() -> None:
    assert found("如有疑问请洽你哥哥13812345678。", "zh-Hans") == [
        ("13812345678", "phone")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the sender's own line in the ways Taiwanese and Hong Kong notices give it
        "逕洽本處承辦人林小姐(02)2345-6789分機123。",
        "查詢請WhatsApp 9123 4567。",
        "公司電話2345 6789，辦公時間9點至6點。",
        "辦公室電話：2345 6789",
        "有問題可以打9123 4567搵陳生。",
        "繳款後請來電告知，電話04-2345-6789。",
        "欲辦理協商者，請撥(02)2345-6789轉法務部。",
        "如需分期請回撥0912-345-678。",
        "有任何問題請LINE我：0912-345-678",
        "聯絡人：張先生 0912-345-678",
        "臨櫃繳款地點：台中市西屯區台灣大道三段99號1樓。",
    ],
)
def test_the_senders_line_as_notices_give_it(text: str) -> None:
    assert found(text, "zh-Hant") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same words around someone else's line
        ("紧急联系人：王芳，电话13812345678", "13812345678"),
        ("你妈妈王芳，电话13812345678", "13812345678"),
        ("有问题可以打你哥13812345678问问。", "13812345678"),
        ("聯絡人：你老婆 0912-345-678", "0912-345-678"),
        ("你公司电话0571-88889999我们有。", "0571-88889999"),
        ("我们找到了你的新公司，电话0571-88889999。", "0571-88889999"),
    ],
)
def test_a_third_persons_line_beside_those_words(text: str, value: str) -> None:
    assert (value, "phone") in found(text, "zh-Hans")


@pytest.mark.parametrize(
    "text",
    [
        # the sender's staff by a bare given name, title or role
        "Questions about your balance? Ask for Denise at 415-555-0134.",
        "Reply here or ring Kevin on 0412 555 019 to set up a plan.",
        "Call or text Danny 727-555-0101 to sort it out.",
        "Our agent, Amy, can be reached at 503-555-0110.",
        "Contact: Marcus Webb, Account Manager, 702-555-0166",
        # a bare phone label opening its sentence
        "Office hours are 9 to 5. Phone 617-555-0190.",
        # a second line listed after the sender's toll-free one
        "Please phone the number on your statement, 888-555-0100, or 919-555-0155.",
        # where a payment is brought
        "You can drop off payment at 1450 Harbor Blvd, Suite 200, Long Beach.",
        "Please come by the clinic at 87 Elm Street to settle up.",
    ],
)
def test_the_senders_staff_line_and_counter_in_english(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "Call your sister Maria at 415-555-0199 if you don't believe me.",
            "415-555-0199",
            "phone",
        ),
        ("Call Mom at 415-555-0199, she knows.", "415-555-0199", "phone"),
        ("Your aunt, Amy, can be reached at 503-555-0110.", "503-555-0110", "phone"),
        (
            "Call us at 888-555-0100, or your brother at 415-555-0111 hears.",
            "415-555-0111",
            "phone",
        ),
        ("We will stop by 48 Birch Lane tonight.", "48 Birch Lane", "address"),
        ("We will come by your place at 48 Birch Lane.", "48 Birch Lane", "address"),
        # the sender reaching a person by name is no staff line
        ("Today we will message Rahul 98201 55034 about it.", "98201 55034", "phone"),
        ("Pay now or I'll call Priya at 98201 55034.", "98201 55034", "phone"),
    ],
)
def test_someone_elses_line_or_the_debtors_home_beside_those_words(
    text: str, value: str, entity: str
) -> None:
    assert (value, entity) in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # the sender's staff by title, its own line, its counter and its account
        "如有疑问请联系王经理13812345678。",
        "你可以直接打给我们的法务王律师13612345678。",
        "有事打我电话13812345678，我姓张。",
        "我是负责您案件的小刘，手机13712345678，有问题随时找我。",
        "加微信13812345678详聊。",
        "联系方式：13812345678（微信同号）",
        "办公电话0571-88889999，工作日9点到6点。",
        "请于周五前到公司前台缴费，地址：广州市天河区体育西路88号。",
        "还款请转账至以下账户：6222 0212 3456 7890 123。",
    ],
)
def test_the_senders_staff_line_and_counter_in_simplified(text: str) -> None:
    assert found(text, "zh-Hans") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请联系你妈妈13812345678。", "13812345678"),
        ("我们找了你公司的王经理13812345678。", "13812345678"),
        ("你哥哥说了，我是不会放过你的，电话13812345678你自己打。", "13812345678"),
        ("我是你大学同学，你老婆手机13812345678我有。", "13812345678"),
        ("你的联系方式：13812345678，我们都有。", "13812345678"),
        ("转账至你哥的账户6222 0212 3456 7890 123了吗？", "6222 0212 3456 7890 123"),
        (
            "你不缴费，地址：广州市天河区体育西路88号，我们上门。",
            "广州市天河区体育西路88号",
        ),
    ],
)
def test_a_third_persons_or_the_debtors_data_beside_those_words(
    text: str, value: str
) -> None:
    assert value in [v for v, _entity in found(text, "zh-Hans")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a child named by school or by team
        ("We know where Emma goes to school. Pay the $900 by Monday.", "Emma"),
        ("We know where Noah attends preschool.", "Noah"),
        (
            "Coach, we are trying to reach the father of your player Mateo (#22).",
            "Mateo",
        ),
    ],
)
def test_a_child_named_by_school_or_team(text: str, value: str) -> None:
    assert found(text, "en") == [(value, "relative")]


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: your tuition balance of $2,300 is due Friday.",
        "Hi Sarah, your lessons resume Monday; the balance is $120.",
        "Your child's tuition is past due.",
        "Sunshine Daycare: the daycare fee for March is $640.",
        "Please pay at the school office where Mr. Diaz works.",
        # what a parent pays for, the pupil named: set6 labels a bursar's notice clean
        "St. Aidan's School shows a balance of $2,150 on Noah's fall tuition.",
        "Reminder: January's tuition for the piano school is $180.",
    ],
)
def test_what_a_parent_pays_for_is_not_a_child_named(text: str) -> None:
    assert found(text, "en") == []


def test_a_relative_whose_loan_it_is_later_in_the_sentence() -> None:
    text = "王太太您好，您先生王建成已於11/2簽署委任書，授權您代為處理他在本公司的車貸還款事宜。"
    assert found(text, "zh-Hant") == []
    # the same relative, with no word of whose loan it is, is still a third person
    assert found("王太太您好，您先生王建成已於11/2來過電話。", "zh-Hant") == [
        ("王建成", "relative")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your guarantor Mrs Ngozi Eze has been informed.", "Mrs Ngozi Eze"),
        ("Your guarantor, Mrs. Ngozi Eze, has been told.", "Mrs. Ngozi Eze"),
    ],
)
def test_a_relative_named_after_a_title(text: str, value: str) -> None:
    """The title is part of the match; the name after it is what is checked."""
    assert found(text, "en") == [(value, "relative")]
