"""English lexicon precision on honest messages (the fourth blind set, all clean).

Each class of honest wording that shared words with an entry is kept clean by its own
sentences, written for this test (other subjects, tenses and objects than the messages
that showed the false positive), and one abusive sentence per class still fires.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_hits, lexicon_terms

CATEGORIES = ("threat", "shaming", "impersonation", "third_party", "obscene")

# --- class -> honest sentences: no category fires ------------------------------------

CLEAN = {
    "a relative thanked or greeted through the debtor": [
        "Please tell your brother thanks for dropping off the payment.",
        "Tell your sister thank you for bringing the cheque to our office yesterday.",
        "Please tell your dad we said thanks for his help setting up your autopay.",
        "Tell your neighbour hi from the team and thanks for passing on our letter.",
    ],
    "a payee confirming the debtor's own payment arrived": [
        "Your landlord has confirmed your payment arrived, thank you.",
        "Your landlord confirmed receipt of your rent deposit, so your account is up to date.",
        "Your employer has confirmed the payment went through payroll this morning.",
        "Your mom confirmed your payment reached us, thank you both.",
    ],
    "a child's school, club or care billed to the parent": [
        "We can split your son's school fees into three payments.",
        "Your daughter's tuition instalment of $300 is due on the 5th.",
        "Your son's swim lessons for spring have a balance of $60 left.",
        "Your kids' daycare invoice shows an unpaid balance of $120 for October.",
        "Your daughter's school trip balance of $25 can be paid at the front desk.",
        "We can spread your kids' school fees over the term.",
        "The children's school uniform order is paid in full.",
    ],
    "a visit the customer asked for, may decline, or needs": [
        "Our team can visit you at home if you are housebound; just call us.",
        "If you would like, our advisor can come to your house to go through the forms.",
        "As you requested, our representative will visit you at home on Monday at 3pm.",
        "Our agent can come by your home if you are unable to travel to the branch.",
    ],
    "a meeting at the collector's own branch or office": [
        "Our field officer can meet you at our branch to sign the plan.",
        "Our collector will meet you at the branch on Main Street to sign the papers.",
        "Our staff can see you at our office on Tuesday.",
    ],
    "the debtor moving their own things": [
        "Good luck with the move! Take your furniture to the new flat and update your "
        "address with us.",
        "Take your car with you when you move and let us know the new address.",
        "Remember to take your belongings to your new home before the keys are returned.",
    ],
    "a disclaimer that the sender never threatens": [
        "We never threaten to send anyone to your house or call your family.",
        "We will never threaten to visit your workplace or call your relatives.",
        "Our staff never threaten to contact your employer or your neighbours.",
    ],
    "a service visit (installation, meter)": [
        "A technician will be at your home on Friday to install the router.",
        "Our agent will be at your home on Monday to read the meter, as you booked.",
        "Someone will come to your house to install the new meter next week.",
    ],
    "a list of debtors quoted and denied": [
        "Defaulters list? We don't have one and never publish names.",
        "Non-payers list? We do not keep one and would never publish names.",
        "Debtors list? There is no such thing at our company.",
        "A list of defaulters? We never publish one.",
    ],
    "waste services and a weight-loss contest": [
        "Trash day moves to Thursday; your utility bill of $40 is paid.",
        "Garbage and recycling service resumes Monday. Thanks for your payment.",
        "Trash and recycling pickup is on Friday this week.",
        "Join our Biggest Loser competition this January, first month free.",
    ],
    "a bank or credit union named '<place> Federal'": [
        "Mountain Federal received your payment of $120. Thank you!",
        "Thanks for banking with Teachers Federal. Your loan is paid off.",
        "Coastal Federal: your statement is ready to view online.",
    ],
    "the case number of the customer's own dispute or request": [
        "Your case number for the complaint you submitted is 4471.",
        "Please quote your case number with your service request.",
        "The case number for your billing dispute is 8812; we will reply within 30 days.",
    ],
    "documents the court, not the sender, would send": [
        "If the lawsuit goes ahead you would receive paperwork from the court with a "
        "date to respond.",
        "You may get a letter from the court explaining how to respond.",
        "You would get papers from the court and could answer them.",
    ],
    "a court's public service": [
        "The district court runs a free seminar on budgeting every month.",
        "The county court holds free financial literacy workshops on Tuesdays.",
        "The county court has an information session on small claims next week.",
    ],
    # found by the set8 tuning helper's negative tests (2026-12-01)
    "the customer invited to post on the sender's page": [
        "Post your questions on our FB page.",
        "Share your feedback on our Facebook page and win a voucher.",
        "Post your comments in our FB group and we will reply within a day.",
    ],
    "an offer the customer may pass on to family": [
        "Feel free to share this with the whole family!",
        "Please share this with your friends: our winter rates are here.",
        "You can share this with your family and they get 10% off too.",
    ],
    "the creditor's own perks suspended under the card agreement": [
        "Your card benefits will be suspended until the account is current.",
        "Membership benefits are suspended while the balance is overdue.",
        "Your rewards benefits will be cancelled if the card is closed.",
    ],
    "the customer met at the sender's own branch": [
        "I'll come see you at the branch when you drop by.",
        "We'll meet you at our office to sign the plan.",
        "Someone will see you at our counter on Friday at 10.",
    ],
}

# --- class -> abusive sentence of the same words: its category still fires -----------

FOUND = {
    "a relative thanked or greeted through the debtor": (
        "third_party",
        "We will tell your brother about your debt today.",
    ),
    "a payee confirming the debtor's own payment arrived": (
        "third_party",
        "Your landlord confirmed you still owe us $900.",
    ),
    "a child's school, club or care billed to the parent": (
        "third_party",
        "Your son's loan is overdue and he has not paid.",
    ),
    "a child's school named as a menace": (
        "threat",
        "We know your son's school and what time he leaves.",
    ),
    "a visit the customer asked for, may decline, or needs": (
        "threat",
        "Our agent will be at your home tomorrow to collect.",
    ),
    "a meeting at the collector's own branch or office": (
        "threat",
        "Our collector will meet you at your office in front of your boss.",
    ),
    "the debtor moving their own things": (
        "threat",
        "We will take your furniture to auction.",
    ),
    "a disclaimer that the sender never threatens": (
        "third_party",
        "We will call your family today.",
    ),
    "a service visit (installation, meter)": (
        "threat",
        "Our boys will come to your house tonight to collect what you owe.",
    ),
    "a list of debtors quoted and denied": (
        "shaming",
        "Defaulters list? You'll be on it by Friday.",
    ),
    "waste services and a weight-loss contest": (
        "shaming",
        "You're the biggest loser we have ever dealt with.",
    ),
    "a bank or credit union named '<place> Federal'": (
        "impersonation",
        "Federal agents have been notified of your debt.",
    ),
    "the case number of the customer's own dispute or request": (
        "impersonation",
        "Your case number is 4471 and a warrant will follow.",
    ),
    "documents the court, not the sender, would send": (
        "impersonation",
        "FINAL NOTICE FROM THE COURT regarding your account.",
    ),
    "a court's public service": (
        "impersonation",
        "You have a court date on Monday; the county court has your file.",
    ),
    "the customer invited to post on the sender's page": (
        "shaming",
        "We will post you on FB so everyone sees what you did.",
    ),
    "an offer the customer may pass on to family": (
        "third_party",
        "We will share this with your family today.",
    ),
    "the creditor's own perks suspended under the card agreement": (
        "threat",
        "Your benefits will be cut off by the government.",
    ),
    "the customer met at the sender's own branch": (
        "threat",
        "I'll come see you at your house tonight.",
    ),
}

CLEAN_CASES = [(name, text) for name, texts in CLEAN.items() for text in texts]


@pytest.mark.parametrize(("name", "text"), CLEAN_CASES)
def test_honest_wording_is_clean(name: str, text: str) -> None:
    hits = {c: lexicon_terms(text, c) for c in CATEGORIES}
    assert not any(hits.values()), f"{name}: {hits}"


@pytest.mark.parametrize("name", sorted(FOUND))
def test_abusive_wording_still_fires(name: str) -> None:
    category, text = FOUND[name]
    assert lexicon_hits(text, category), f"{name}: {text!r} no longer fires"


def test_every_clean_class_has_three_sentences_and_an_abusive_one() -> None:
    assert all(len(texts) >= 3 for texts in CLEAN.values())
    assert set(CLEAN) <= set(FOUND)
