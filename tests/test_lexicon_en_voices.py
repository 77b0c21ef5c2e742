"""English lexicon classes added for the eighth blind set's voices: South African,
Irish, Singaporean, Malaysian and Indian English; churches, schools, chit funds and
residents' groups; state grants and refunds; work permits; the collector in person.

Every sentence here is written for the test, unlike any message of an evaluation set,
so that the classes are checked as classes (other subjects, tenses, word orders,
spellings) and not as the sentences that showed they were missing.
"""

from __future__ import annotations

import pytest
from test_lexicon import everything, terms

# --- (category, text): the class of wording is found --------------------------------

FOUND = [
    # oaths in Irish, northern English and South African spelling, and drawn out
    ("obscene", "Where's the fookin rent, lad?"),
    ("obscene", "Stop feckin about and transfer the money."),
    ("obscene", "I'm not your bank, ye gobshite."),
    ("obscene", "This fokken loan is three months late."),
    ("obscene", "Jou ma se poes, pay me back."),
    ("obscene", "Enough of your kak talk, pay the R600."),
    ("obscene", "Answer me, beyatch."),
    # ... and in romanised Hokkien, Cantonese and Malay initials and words
    ("obscene", "knn u think i scared of u ah"),
    ("obscene", "Nabei, where is my money?"),
    ("obscene", "Pay up lah cb kia."),
    ("obscene", "Eh pukimak, settle the loan."),
    ("obscene", "Pay the fvcking money."),
    ("obscene", "What a load of shyte."),
    # ... the same word naming the debtor is also shaming
    ("shaming", "Pay up, ye useless gobshite."),
    ("shaming", "You poes, where is my R900?"),
    ("shaming", "Still hiding, you lying beotch?"),
    ("shaming", "Jou doos, I want my money."),
    ("shaming", "Yous are a right pair of chancers."),
    # a cheat called so in Malay: threat (a crime) and shaming
    ("threat", "Everyone knows you are a penipu."),
    ("shaming", "Dasar pencuri, you are a pencuri."),
    ("threat", "Jangan jadi penipu ka, pay back."),
    # the debt raised before a congregation, a school, a club's or chit fund's members
    ("shaming", "The elders will announce your name at Friday prayers."),
    ("shaming", "I'll raise it with the temple committee on Sunday."),
    ("shaming", "We'll mention it at the next meeting of the chama."),
    ("shaming", "Your son's name goes up on the notice board as a fee defaulter."),
    ("shaming", "Your daughter's name will be announced at school assembly."),
    (
        "shaming",
        "We will post the names of parents who haven't paid on the class group.",
    ),
    ("shaming", "The treasurer will read out the names of those still owing."),
    ("third_party", "I'm going to tell the whole congregation on Sunday."),
    ("third_party", "We will inform all the members at the AGM."),
    ("third_party", "Shall I bring it up with the parents group?"),
    ("third_party", "I'll discuss it in front of the whole family at Eid."),
    ("third_party", "Next step: I share this in the kampung WhatsApp group."),
    ("third_party", "Satu kampung will know about your debt."),
    ("third_party", "The pastor will mention it from the pulpit on Sunday."),
    ("shaming", "I'll raise it with the stokvel at month end."),
    ("third_party", "We will inform the burial society that you never paid."),
    # money the state pays the debtor taken or stopped
    ("threat", "We'll deduct the arrears straight out of your pension next month."),
    ("threat", "On payday we collect the balance directly from your social grant."),
    ("threat", "Your child support will be intercepted until this is cleared."),
    ("threat", "We will withhold your tax refund this year."),
    ("threat", "Ur CPF will be frozen for this loan."),
    ("threat", "Your disability grant has been diverted to cover the loan."),
    ("threat", "We will take what you owe off your EBT card."),
    ("threat", "The guards will come to your door over this."),
    # the right to work or stay in the country
    ("threat", "Your employment pass will be revoked over this."),
    ("threat", "We'll have your student visa cancelled."),
    ("threat", "Your iqama is at risk if this stays unpaid."),
    ("threat", "Then you will be sent back to Manila."),
    ("threat", "Don't pay and u get deported, simple."),
    ("threat", "A departure prohibition order will stop you at the airport."),
    # lying in wait where the debtor can be found
    (
        "threat",
        "We'll be parked by your block, waiting. Maybe we just wait at ur lift lobby.",
    ),
    ("threat", "My cousin might hang around your shop this week."),
    ("threat", "Don't be surprised if we catch you outside your gym."),
    ("threat", "I'll wait outside your kid's school then."),
    ("threat", "Your EP will be cancelled once we report this."),
    # the collector coming in person
    ("threat", "Keep ignoring me and I'll come find you."),
    ("threat", "Or we head round there tonight."),
    ("threat", "Pay before I drive down there and sort it."),
    ("threat", "We know the house. Maybe we go say hi to your mum."),
    # violence in regional slang
    ("threat", "I swear I'll donner you if I see you."),
    ("threat", "The boys will give you a hiding."),
    ("threat", "Pay or kena belasah you."),
    ("threat", "He said he'd batter you, pay the man."),
    ("threat", "One more excuse and I'll lamp you."),
    # non-payment logged as a crime
    ("threat", "Your default has been recorded as a criminal offence."),
    ("threat", "The matter has been registered as fraud with the station."),
    ("threat", "This is an offence under the Penal Code, section 420."),
    # a real public authority posing as the sender, or said to have acted
    ("impersonation", "HMRC Debt Management: your balance is overdue."),
    ("impersonation", "Centrelink Enforcement Team - final notice."),
    ("impersonation", "The Home Office has been notified of your arrears."),
    ("impersonation", "Your loan has been reported to the immigration department."),
    ("impersonation", "Your unpaid balance has been matched to your HMRC record."),
    ("impersonation", "Inland Revenue has issued a deduction notice for this debt."),
    # the employer said to be ordered or told
    ("third_party", "Your HR has been notified of the arrears."),
    ("third_party", "Your boss, Mr Lim, will be contacted tomorrow about this loan."),
    # the dead held or disturbed over a funeral bill
    ("threat", "We won't release your husband's remains until the invoice is paid."),
    ("threat", "Your mum's headstone will be taken down next week."),
    ("threat", "The urn remains with us till the balance is cleared."),
    ("threat", "We will hold the casket until someone settles the account."),
    # loan-shark harassment of the home
    ("threat", "Tonight we write O$P$ on ur door."),
    ("threat", "Don't pay and we splash ur house."),
    ("threat", "My guys will padlock your gate tomorrow."),
    # the embassy or a maid agency told, as an immigration consequence
    ("threat", "We will inform your embassy about your debt."),
    ("threat", "Pay or we complain to your employment agency."),
    # a law firm by the shape of its name
    ("impersonation", "Naidoo & Associates Attorneys: final demand."),
    ("impersonation", "Message from Lim and Partners LLP regarding your loan."),
    # insults in code-mixed Malay, Singlish, Tagalog and Nigerian English
    ("shaming", "Borrow money never return, memang tak tahu malu."),
    ("shaming", "Goondu, u think I forget?"),
    ("shaming", "Mumu like you, always dodging."),
    # posting an identity document online
    ("shaming", "We will upload ur NRIC on IG tonight."),
    ("shaming", "We'll share your passport photo on the FB page."),
]


@pytest.mark.parametrize(("category", "text"), FOUND)
def test_the_class_is_found(category: str, text: str) -> None:
    assert terms(text, category), (text, everything(text))


# --- texts that share the words and must stay clean ---------------------------------

CLEAN = [
    # the same communities in honest notices
    "We will announce the raffle winners at Sunday service.",
    "Your son's name will be read out at assembly for the reading award!",
    "I'll raise your hardship request with the committee on your behalf.",
    "We will inform all members of the new meeting time.",
    "The treasurer will read out the names of this year's volunteers.",
    "Please mention the bake sale in the parents group.",
    "The pastor will mention the new service times from the pulpit.",
    "We will inform the stokvel of the new meeting date.",
    "You can use your EBT card at any of our stores.",
    "Your daughter's name has been added to the class list for the trip.",
    "We won't discuss your account with the committee or anyone else.",
    # state money in honest use: the customer's own choice, protection, verification
    "As agreed, we will deduct the instalment from your pension each month.",
    "Your pension and benefits are protected and cannot be taken for this debt.",
    "Your pension payments will be suspended until we receive your life certificate.",
    "You may collect your tax refund at any branch.",
    "Your tax refund was applied to your balance as you requested.",
    # visas and travel in honest use
    "Your Visa card has been cancelled and a new one is on its way.",
    "Your work permit will not be affected by a payment plan.",
    "If your work permit is not renewed, let us know and we can pause payments.",
    "Your statement will be sent home to you by post.",
    # waiting and visiting in honest use
    "Our courier will wait at your door for a signature.",
    "No need to wait by your phone: we will email the statement.",
    "As you asked, our officer will meet you at your office on Monday.",
    "Come say hi at our stall at the community fair!",
    "Before we go say hi at the open day, grab a leaflet at our booth.",
    "Your son goes to Hillside High? Ask about our school fee plan.",
    "Your daughter is at college now, right? Ask about our student account offer.",
    "Your kids go to school next week, right? Back to school savings are here.",
    # slang that is not violence
    "We'll slap you with nothing: no late fees this month!",
    "Our new rate will beat your current one.",
    "This plan won't break your budget.",
    "Our rates will knock your socks off.",
    # crimes and offences in warnings and the debtor's own report
    "If your card was stolen, the charges will be recorded as fraud and refunded.",
    "Impersonating our staff is an offence under the Criminal Code.",
    "Your report has been logged as fraud; we are sorry this happened.",
    # authorities pointed to, or named truthfully
    "You can contact the National Credit Regulator with a complaint.",
    "We are authorised by the Financial Conduct Authority.",
    "Keep this letter with your tax return for the tax office.",
    # the employer in honest use
    "Your employer has been sent the payroll deduction form you requested.",
    "Your employer will not be contacted about this account.",
    # a relative who manages the account writes in
    "This is his son; please send anything about his accounts to me by post.",
    # funerals, homes and embassies in honest use
    "Your father's ashes are ready for collection at our chapel.",
    "The headstone will be installed on Friday as arranged.",
    "We will keep your mother's urn safe until you collect it.",
    "Remember to lock your gate during the holidays.",
    "If you lost your passport, you can contact your embassy for help.",
    "If you are represented by Smith & Partners Attorneys, please tell us.",
    "Johnson & Co Plumbing will visit on Monday.",
    # regional words that are innocent
    "Kak Siti, your instalment is due on Friday. Terima kasih.",
    "Hi Fokker Aviation, your invoice is attached.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_wording_stays_clean(text: str) -> None:
    found = {c: t for c, t in everything(text).items() if c != "obscene"}
    assert found == {}, text


def test_the_police_hearing_of_it_is_no_impersonation() -> None:
    # a threat to tell the police names them without claiming to be them
    text = "The RCMP are gonna hear about this, Kyle."
    assert terms(text, "impersonation") == []
    assert terms("The garda will hear about it tomorrow.", "impersonation") == []


def test_a_rascal_is_an_insult_not_a_crime() -> None:
    # "skelm" (South African: rascal) insults; it accuses the debtor of no crime
    assert terms("You are a lazy skelm, pay up.", "shaming")
    assert terms("You are a lazy skelm, pay up.", "threat") == []


def test_innocent_regional_words_are_not_profane() -> None:
    for text in (
        "Kak Siti, your instalment is due on Friday.",
        "Hi Fokker Aviation, your invoice is attached.",
    ):
        assert terms(text, "obscene") == [], text
