"""English lexicon entries built from word classes (``corpora/lexicons/en/classes.yaml``).

Each class of wording gets sentences written for these tests, in other words than any
evaluation message, and honest look-alikes that share its words and must stay clean.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms


def found(text: str, category: str) -> list[str]:
    return lexicon_terms(text, category, "en", is_template=False)


def fires(category: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(category, t) for t in texts]


# --- threat -------------------------------------------------------------------------

# the collector's people already near the debtor's home
NEAR_HOME = [
    "The lads are sat outside your flat in a silver Astra, Dermot.",
    "One of our recovery agents is in your neighbourhood this afternoon.",
    "Heads up, our field team is round the corner from your place.",
    "Two of our men are already outside. Your choice how this goes.",
    "Our repo man is at the end of your street as we speak.",
]
NEAR_HOME_CLEAN = [
    "Our team will be in your area next week for a free budgeting clinic.",
    "Our agent is already in touch with your solicitor about the plan.",
    "Visit our office around the corner from the train station to pay in person.",
    "Our recovery agents are in your area for a free debt advice roadshow on Saturday.",
    "Our driver is outside your building with your parcel.",
    "The bailiff service is suspended in your area during the holidays.",
    "One of our advisers near you can help at the Civic Centre on Tuesdays.",
]

# the collector's people sent to attend the debtor's property
ATTEND = [
    "Enforcement agents have been told to attend your address on Monday.",
    "Our field officer will call at your home before the weekend.",
    "Bailiffs were instructed to visit your premises this week.",
    "Expect us whether you are home or not.",
]
ATTEND_CLEAN = [
    "An enforcement agent may attend your property if a court orders it.",
    "Our engineer will call at your property on Thursday to read the meter.",
    "You can visit our branch or call us to set up a plan.",
]

# a visit to a relative's home over the debt
RELATIVE_VISIT = [
    "Maybe we swing by your gran's on Sunday and have a chat about the loan.",
    "We could drop in on your mum tomorrow, she might help you out.",
    "Shall we pop over to his place and ask him for it instead?",
]
RELATIVE_VISIT_CLEAN = [
    "Visit your family doctor if the stress is affecting your health.",
    "If you visit your parents over Christmas, you can still pay in the app.",
]

# seizure of goods in UK, Irish, Australian and Canadian words
GOODS = [
    "Officers will remove goods from the house to cover the £900.",
    "We'll take back the telly and the sofa on Friday.",
    "They are coming to take control of your belongings this week.",
    "Picture the street watching bailiffs carry your stuff out.",
    "The neighbours will see the van being loaded up outside.",
]
GOODS_CLEAN = [
    "If unpaid, enforcement agents may take control of goods after a court order.",
    "Our bulky collection service will remove furniture you no longer need.",
    "Your delivery van is being loaded and will arrive between 2 and 4 pm.",
    "We will not remove any goods: this is a reminder only.",
]

# police said to be on the debtor's file; the debtor's property reported stolen
POLICE_ASSIGNED = [
    "A detective has been assigned to your account as of today.",
    "Gardai have your address and will be calling.",
    "The sheriff's deputies have been briefed on your file.",
    "Your car is now listed as stolen with the state police.",
    "Your phone has been reported stolen by us to the network.",
]
POLICE_ASSIGNED_CLEAN = [
    "Police have been notified of a scam using our name; ignore texts asking for gift cards.",
    "If your card was reported stolen, we will send a replacement within 5 days.",
    "If you reported your car as stolen, send us the crime reference number.",
]

# steps against the debtor in person, said in the passive
AGAINST_PERSON = [
    "Strict measures will be taken against you personally if this is ignored.",
    "Necessary steps are being prepared against your family.",
    "Action against your person has been approved.",
]
AGAINST_PERSON_CLEAN = [
    "We took steps to protect your personal data after the outage.",
    "We have taken steps against fraud on your account.",
]

# the debtor branded a criminal before others, or in Swahili and Tagalog
BRANDED = [
    "Your photo will go up with the label THIEF on every group we can find.",
    "We will tag you as a fraudster on the community page.",
    "Wewe ni tapeli, tutakuonyesha.",
    "Ikaw ay magnanakaw, bayaran mo na.",
]
BRANDED_CLEAN = [
    "Scammers are posing as our staff: report them and never pay a caller.",
    "We labelled the envelope with your reference so it reaches the right team.",
    "Jihadhari na matapeli wanaojifanya maafisa wa Haraka Loans.",
]


# people sent round, entry forced, property lined up for taking
SENT_ROUND = [
    "We'll have to send someone round to have a word.",
    "Don't make us send the lads over.",
    "A locksmith will be booked for your front door next week.",
    "Officers may force entry where goods are inside.",
    "The Hilux is on the tow list for Monday.",
    "We'll get the telly off you by the weekend.",
]
SENT_ROUND_CLEAN = [
    "We'll send someone round to fix the boiler on Tuesday.",
    "If you lost your keys, a locksmith can let you back in: call the office.",
    "We'll send you a copy of the statement by email.",
]

# harm hinted on the way home; visits in Swahili, Tagalog and pidgin
WAY_HOME = [
    "Mind yourself walking home after dark, Lerato.",
    "Careful on your way home tonight, the road is quiet.",
    "Things could happen to you, you know how it is.",
    "Tutafika nyumbani kwako kesho asubuhi.",
    "Pupunta kami sa bahay mo mamayang gabi.",
    "We dey come your house this evening.",
]
WAY_HOME_CLEAN = [
    "Be careful driving home tonight, the roads are icy. Happy holidays from us!",
    "Asante kwa malipo yako. Karibu tena.",
    "Pumunta sa pinakamalapit na branch para magbayad.",
]


# the crew on its way, a meeting at home, unnamed means, family watched, supply cut
WATCHED = [
    "The repo truck is on its way to your complex now.",
    "A couple of our collectors live round your way.",
    "Catch you at your flat on Sunday, have it ready.",
    "We will get this money by any means necessary.",
    "Our guys spotted your missus at the shops this morning.",
    "Your daughter looked so happy on the swings today.",
    "Hot water will be cut off by the body corporate until the levy is paid.",
    "Management will shut off your power on Friday.",
]
# tracked down, a notice on the door, no escape
FOUND = [
    "We've tracked down your new flat in Salford, Kerry.",
    "A recovery notice will be pasted on your gate tomorrow.",
    "Changing your number won't help, Andile.",
    "Our boys don reach your compound.",
]
FOUND_CLEAN = [
    "Thanks, we've found your new address in the app and updated your statements.",
    "A maintenance notice will be taped to your door before the water works.",
    "Enforcement agents may attend your property, so please call us to agree a plan.",
]

WATCHED_CLEAN = [
    "Our technician is on the way to fix the lift in your building.",
    "We saw your payment come in this morning, thanks!",
    "Water will be shut off by the strata on Tuesday for planned maintenance.",
    "See you at our branch on Saturday to sign the new plan.",
]


@pytest.mark.parametrize(
    "category,text",
    fires("threat", NEAR_HOME + ATTEND + RELATIVE_VISIT + GOODS + WATCHED + FOUND)
    + fires("threat", POLICE_ASSIGNED + AGAINST_PERSON + BRANDED)
    + fires("threat", SENT_ROUND + WAY_HOME),
)
def test_threat_classes_fire(category: str, text: str) -> None:
    assert found(text, category), text


@pytest.mark.parametrize(
    "text",
    NEAR_HOME_CLEAN
    + ATTEND_CLEAN
    + RELATIVE_VISIT_CLEAN
    + GOODS_CLEAN
    + POLICE_ASSIGNED_CLEAN
    + AGAINST_PERSON_CLEAN
    + BRANDED_CLEAN
    + SENT_ROUND_CLEAN
    + WAY_HOME_CLEAN
    + WATCHED_CLEAN
    + FOUND_CLEAN,
)
def test_threat_look_alikes_stay_clean(text: str) -> None:
    assert found(text, "threat") == [], text


# --- third party --------------------------------------------------------------------

CIRCLE = [
    "Maybe we should have a word with your line manager about this.",
    "Should I ring your sister and see what she thinks?",
    "We could get hold of your landlord, he'd want to know.",
    "We'll pop round your auntie's on the way back.",
    "Your housemate told us you get paid on Friday.",
    "Everyone at the rugby club will hear about it by Saturday.",
    "I've been having a chat with your other half about the money.",
    "Does your boss know you're three months behind?",
    "How would your dad like a letter from us about this?",
    "Your references will all get a text tonight.",
    "The other residents deserve to know why the levies are unpaid.",
]
CIRCLE_CLEAN = [
    "If you need support, you can talk to your family or a free debt adviser.",
    "We can help: ask your employer whether payroll can change your pay date.",
    "Thanks for letting us know your housemate opens your post; we will only text you.",
    "Our club is open from 6am; members can settle dues at the front desk.",
    "You can nominate a trusted person, like your partner, and we will talk to them.",
    "Does your family know about our hardship fund? It may help with the loan.",
    "Message your contacts about our referral bonus and earn P100.",
    "Your contact will get back to you within 24 hours.",
    "We will text your contact number on file to confirm the plan.",
]

# contact blasts in Tagalog, Swahili and Nigerian pidgin
BLASTS = [
    "Tatawagan namin ang boss mo bukas kung hindi ka magbabayad.",
    "Kung hindi ka magbabayad ngayon tatawagan namin ang boss mo.",
    "Makikita ng lahat ng contacts mo ang utang mo.",
    "Habari, Juma hajalipa mkopo wake wa Ksh 3,000.",
    "Tafadhali mkumbushe alipe deni leo.",
    "Abeg tell am make e pay before Friday.",
    "Please remind her to pay the balance today.",
    "Tumempigia simu mke wako leo.",
    "Majirani zako watajua kuhusu deni hili.",
    "Sinabihan na namin ang kapatid mo tungkol sa utang mo.",
    "We go call your oga for office.",
    "May utang si Carlo na P3,000, pakisabihan siya.",
    "Our agent has been making enquiries about you on your road.",
]
BLASTS_CLEAN = [
    "Hindi namin tatawagan ang pamilya mo o ang boss mo tungkol sa utang.",
    "Bawal sa lending apps ang pagtawag sa iyong pamilya; i-report sa SEC.",
    "Asante! Malipo yako ya Ksh 2,000 yamepokelewa.",
    "Please pay the balance today through the app.",
]


@pytest.mark.parametrize("text", CIRCLE + BLASTS)
def test_third_party_classes_fire(text: str) -> None:
    assert found(text, "third_party"), text


@pytest.mark.parametrize("text", CIRCLE_CLEAN + BLASTS_CLEAN)
def test_third_party_look_alikes_stay_clean(text: str) -> None:
    assert found(text, "third_party") == [], text


# --- shaming ------------------------------------------------------------------------

LABELS = [
    "Pay up, you absolute scrounger.",
    "What a numpty, three missed dates in a row.",
    "Bloody sponger, the lot of you.",
    "Your contacts will get a text saying you are a fraudster.",
    "Everyone at the gym will know you're a freeloader.",
    "Wewe ni mwizi na kila mtu atajua.",
    "Ikaw ay manloloko at walanghiya.",
    "Your useless git of a husband still owes £200.",
    "Besharam, paisa wapas kar.",
    "Magnanakaw ka talaga, bayaran mo na.",
    "Na you be 419, everybody sabi.",
    "Tum chor ho, paise wapas karo.",
]
LABELS_CLEAN = [
    "The Muppets are on at the cinema this weekend: 2 for 1 tickets for members.",
    "Beware of scammers pretending to be our staff: report them to us.",
    "Your contacts will not be told anything about your account.",
    "A git repository of our code is available to developers.",
    "Our Chancery Lane branch is closed on Monday.",
    "Mag-ingat sa mga manloloko na nagpapanggap na taga-bangko.",
    "Tapeli wanajifanya maafisa wetu. Jihadhari.",
]


@pytest.mark.parametrize("text", LABELS)
def test_shaming_classes_fire(text: str) -> None:
    assert found(text, "shaming"), text


@pytest.mark.parametrize("text", LABELS_CLEAN)
def test_shaming_look_alikes_stay_clean(text: str) -> None:
    assert found(text, "shaming") == [], text


# --- impersonation ------------------------------------------------------------------

BUREAU = [
    "National Credit Reference Agency notice: your file is under review for this debt.",
    "Your credit rating will be locked pending payment to our agent.",
    "CIBIL has blacklisted your PAN until this EMI is cleared.",
    "Garda Siochana notice: your file is with us for non-payment.",
    "The DCI has opened a case file on your loan.",
    "The magistrate has granted enforcement against your assets.",
    "This is TransUnion. Your file has been marked for this debt.",
    "HMCTS notice: your balance is now with the enforcement team.",
]
BUREAU_CLEAN = [
    "Your credit file has been frozen at your request; contact Experian to lift it.",
    "You can ask any credit reference agency for a free copy of your report.",
    "Our legal team has reviewed your complaint and upheld it.",
    "If the court grants a judgment, we may ask for an attachment of earnings.",
    "The court has ruled in your favour and the claim is closed.",
    "We pulled your score from the credit bureau when you applied, with your consent.",
]


@pytest.mark.parametrize("text", BUREAU)
def test_impersonation_classes_fire(text: str) -> None:
    assert found(text, "impersonation"), text


@pytest.mark.parametrize("text", BUREAU_CLEAN)
def test_impersonation_look_alikes_stay_clean(text: str) -> None:
    assert found(text, "impersonation") == [], text


# --- the card network is not an immigration visa ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your Visa payment of $40 is 10 days late.",
        "A late fee was added to your Visa ending 4471.",
    ],
)
def test_visa_the_card_is_no_threat(text: str) -> None:
    assert found(text, "threat") == [], text


def test_a_visa_threat_still_fires() -> None:
    assert found(
        "Pay or we will call about your visa and you'll be deported.", "threat"
    )
