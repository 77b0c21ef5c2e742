"""English lexicon classes added for the ninth blind set's voices: lending apps in
Kenya, Nigeria, India, Pakistan and the Philippines (contact blasts, guarantors, Sheng,
pidgin, Hinglish, Taglish), HOAs and condo boards, ultimatums in text-speak.

Every sentence here is written for the test, unlike any message of an evaluation set,
so that the classes are checked as classes and not as the sentences that showed them.
"""

from __future__ import annotations

import pytest
from test_lexicon import everything, terms

FOUND = [
    # the guarantor or referee written to
    ("third_party", "Sasa, you stood guarantor for Otieno and he is not paying."),
    ("third_party", "Mr Bello listed you as guarantor on his QuickNaira loan."),
    ("third_party", "As his guarantor, kindly settle the balance of 8,000."),
    # Hinglish: a relative's loan told, the debtor to be told to pay, contacts blasted
    ("third_party", "Aapki behen Priya ka loan 2 mahine se pending hai, overdue hai."),
    ("third_party", "Tumhare dost ne CashKaro se loan liya tha."),
    ("third_party", "Unko samjhaiye ki EMI jama kare."),
    ("third_party", "Kal tak nahi aaya toh gharwalon ko call karenge."),
    ("third_party", "Office walon ko sab bata denge."),
    # Nigerian pidgin and Swahili blasts
    ("third_party", "Your oga go hear everything by Monday."),
    ("third_party", "All your contacts go receive your picture tonight."),
    ("third_party", "Tutatuma ujumbe kwa familia kesho."),
    # ultimatums and a relative reached
    ("third_party", "Settle it today, otherwise your boss finds out."),
    ("third_party", "Transfer the $80 or your sister gets a call."),
    ("third_party", "Your dad answered the phone when we rang this morning."),
    ("third_party", "Your manager at Valley Foods will get a call this afternoon."),
    ("third_party", "We'll drive over to your parents' place tomorrow."),
    ("threat", "I'm gonna show up at your sister's house on Saturday."),
    ("third_party", "Your overdue dues notice was taped to every door on the block."),
    ("shaming", "A statement of arrears was left at every unit in the building."),
    ("shaming", "Names of members in arrears will be read out at the AGM."),
    # the recipients asked to spread it, a notice to the whole contact list
    ("shaming", "Please forward this message to anyone who knows her."),
    (
        "shaming",
        "Attention all contacts of Grace Wanjiru: she took a loan and vanished.",
    ),
    # doctored or labelled photos, a scene in front of everyone
    ("shaming", "Teri photo pe chor likh ke sabko bhej denge."),
    ("shaming", "Kal sab ke saamne teri beizzati hogi."),
    ("threat", "Ghar aa ke hungama karenge, samjha?"),
    ("third_party", "Mohalle ke saamne tera naam kharab karenge."),
    ("shaming", "Sun lo sab, woh ek chor hai."),
    # sound-alikes and vulgar words
    ("obscene", "Pay me back, harami."),
    ("obscene", "Wewe malaya, lipa deni."),
    ("shaming", "Nobody likes a deadbeet like you."),
    # visits in pidgin and with muscle, the criminal label given to others
    ("threat", "We go come your shop tomorrow morning."),
    ("threat", "I'll come round tonight with some lads."),
    ("threat", "Be informed that this man is a fraudster."),
    ("threat", "Siya ay isang magnanakaw."),
    ("threat", "Woh ek chor hai, paise nahi lautata."),
    # a visa sponsor told, a supply cut to the unit
    ("threat", "We will notify your visa sponsor on Monday."),
    ("threat", "The super will cut the power to your apartment on Friday."),
]


@pytest.mark.parametrize(("category", "text"), FOUND)
def test_the_class_is_found(category: str, text: str) -> None:
    assert terms(text, category), (text, everything(text))


CLEAN = [
    # guarantors, contacts and relatives in honest use
    "Want a bigger loan? Add a guarantor in the app.",
    "Aapke papa ka loan approve ho gaya hai, congratulations!",
    "Apne doston ko invite karke bonus paiye.",
    "Hum kabhi aapke gharwalon ko call nahi karte.",
    "We no dey call your people, abeg no worry.",
    "Your mum answered the door when the courier came with your parcel.",
    "Your manager at the branch will get back to you about the loan offer.",
    "I'll go to your mom's birthday party on Sunday.",
    "Or, if you prefer, your sister can call us on your behalf.",
    # building notices
    "Maintenance will shut off the water to your unit Tuesday 9-11am for pipe repairs.",
    "The pool schedule was slipped under every door this morning.",
    "The names of the raffle winners will be read out at the AGM.",
    # warnings and offers
    "Forward this to anyone who knows a good plumber!",
    "Beware: he is a scammer posing as our agent, not one of our staff.",
    "Kuch log hamare naam se 'arrest warrant' wale message bhej rahe hain, ignore karein.",
    "We will come with the movers on Friday at 10.",
    "Ye fraud hai, is message ko ignore karein.",
    "Woh ek fraud message tha, humne nahi bheja.",
    "We can contact her visa sponsor for help with the forms, as she asked.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_wording_stays_clean(text: str) -> None:
    found = {c: t for c, t in everything(text).items() if c != "obscene"}
    assert found == {}, text


def test_malaya_alone_is_tagalog_free_not_profane() -> None:
    # Tagalog "malaya" means free; only the Swahili phrases are profane
    text = "Malaya ka nang mag-apply ng bagong loan."
    assert terms(text, "obscene") == []
    assert terms(text, "shaming") == []
