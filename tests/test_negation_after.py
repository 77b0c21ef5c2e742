"""Negators that follow what they deny: Hindi and Urdu (Hinglish, Roman Urdu).

Hindi and Urdu put the negator after the object, just before the verb: "hum aapko
jail **nahi** bhejenge" denies the jail, "koi police case **nahi** hoga" the case. The
lexicon reads ``negation.after`` of ``context.yaml`` for every category (obscene
excepted), with the limits of the negators before a match: the clause ends it, a
breaker (a condition, a new subject, a stated verb, the debtor's paying) shows the
negator belongs to another verb, and a negator followed by a condition ("paise nahi
diye **to**", "nahi **to**" = otherwise, "nahi jaoge **agar**...") denies nothing.

Every sentence is written for this test, in several wordings of each voice.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms as terms

from smslint.detectors.lexicon_files import shipped_context, shipped_entries

# --- denied: the negator after the match belongs to it -----------------------------

DENIED = [
    # threat
    ("threat", "Hum aapko jail nahi bhejenge, bas EMI time pe bhar dijiye."),
    ("threat", "Aapke khilaf koi FIR nahi hogi."),
    ("threat", "Aapke upar koi police case nahi banega, ghabraiye mat."),
    ("threat", "Aap ke khilaf koi police case nahin kiya jayega."),
    ("threat", "Aap ko jail nahin bhejen ge, fikar na karein."),
    ("threat", "Koi home visit nahi hogi, sirf call aur SMS."),
    ("threat", "Aapka naam kisi blacklist mein nahi daala jayega."),
    ("threat", "Hum aapke ghar aake koi hungama nahi karenge."),
    ("threat", "Hum police station se nahi bol rahe, recovery team se hain."),
    # shaming
    ("shaming", "Aap chor nahi ho, bas thoda late ho gaye."),
    ("shaming", "Aapko koi chor nahi kahega."),
    ("shaming", "Aapka naam kisi defaulter list mein nahi daalenge."),
    ("shaming", "Teri photo edit karke kisi ko nahi bhejenge."),
    ("shaming", "Aapko sabke saamne zaleel nahi karenge."),
    # impersonation
    ("impersonation", "Hum police wale nahi hain, collection team se hain."),
    ("impersonation", "Police aapke ghar nahi aayegi."),
    ("impersonation", "Ye koi legal notice nahi hai, sirf reminder hai."),
    ("impersonation", "Koi court case nahin hoga, ghabrayen nahin."),
    ("impersonation", "Cyber cell aapke ghar nahi aayegi."),
    # third party
    ("third_party", "We will inform your relatives nahi karenge."),
    ("third_party", "Aapko sabke saamne zaleel nahi karenge."),
    ("third_party", "Don't worry, your family will be informed nahi hogi."),
]


@pytest.mark.parametrize(("category", "text"), DENIED)
def test_a_negator_after_the_match_denies_it(category: str, text: str) -> None:
    assert not terms(text, category), text


# a negator between the parts of a co-occurrence, before the verb it negates
DENIED_BETWEEN = [
    ("shaming", "Aapki photo hum sabko nahi bhejenge."),
    ("third_party", "Aapke office walon ko hum kuch nahi batayenge."),
    ("third_party", "Gharwalon ko kabhi nahi bata denge, bharosa rakhiye."),
    ("third_party", "Aapke rishtedaron ko aapke loan ke baare mein nahi batayenge."),
]


@pytest.mark.parametrize(("category", "text"), DENIED_BETWEEN)
def test_a_negator_between_the_parts_denies_the_verb(category: str, text: str) -> None:
    assert not terms(text, category), text


# --- firing: the negator is another verb's, a condition's, or "otherwise" ---------

FIRING = [
    # the debtor's condition before the match
    ("third_party", "Agar aaj payment nahi hui, to hum aapke boss ko call karenge."),
    (
        "third_party",
        "Agar aaj adaigi nahi ki to hum aap ke ghar walon ko call karenge.",
    ),
    # "nahi to", "warna": otherwise
    ("threat", "Paise do nahi to police case hoga."),
    ("threat", "Paise jama karo nahin toh FIR hogi."),
    ("third_party", "Aaj EMI bharo nahi to gharwalon ko call karenge."),
    # a condition after the negator: the denial holds only if the debtor pays
    ("threat", "Jail nahi jaoge agar aaj pay kar do."),
    ("impersonation", "Court case nahi hoga agar aaj payment ho jaye."),
    ("third_party", "Gharwalon ko agar paise nahi mile to sab bata denge."),
    ("shaming", "Teri photo paise nahi bhare to sabko bhej denge."),
    # the negator belongs to another verb, after a breaker or a clause end
    ("third_party", "Gharwalon ko call karenge, paise nahi diye to."),
    ("third_party", "Gharwalon ko call karenge paise nahi diye to."),
    ("third_party", "Boss ko call karenge kyunki aapne EMI nahi bhari."),
    ("threat", "Police case file karenge agar aapne paise nahi diye."),
    ("threat", "Jail jaoge aur koi bachane nahi aayega."),
    ("threat", "Police case hoga koi excuse nahi chalega."),
    ("threat", "Police case hoga hum mazaak nahi kar rahe."),
    (
        "threat",
        "Aapke khilaf police case file ho chuka hai aur ab koi raasta nahi bacha.",
    ),
    ("threat", "FIR darj ho chuki hai. Ab koi settlement nahi hoga."),
    ("shaming", "Tu chor hai, paise wapas nahi karta."),
    # a negator that negates nothing: escape, delay, "no joke", "or not"
    ("threat", "Tum jail jane se bach nahi sakte."),
    ("threat", "Police case hone mein der nahi lagegi."),
    ("threat", "Ye police case koi mazaak nahi hai."),
    ("impersonation", "Police case hoga ya nahi, ye aap par hai."),
    ("threat", "Aapko jail bhijwa ke rahenge, chhodenge nahi."),
    # "mat": don't make us, don't let it come to
    ("threat", "Hume police case karne pe majboor mat karo."),
    ("impersonation", "Baat court case tak mat pahunchne do."),
]


@pytest.mark.parametrize(("category", "text"), FIRING)
def test_a_negator_of_another_verb_denies_nothing(category: str, text: str) -> None:
    assert terms(text, category), text


# --- every category, custom terms, and not profanity -------------------------------


def test_a_policy_pack_term_is_denied_by_a_negator_after_it() -> None:
    extra = {"en": [{"term": "kala jadu", "note": "invented threat"}]}
    assert terms("Hum kala jadu karwa denge.", "threat", extra_terms=extra)
    assert not terms("Hum koi kala jadu nahi karenge.", "threat", extra_terms=extra)


def test_a_negator_after_profanity_does_not_clear_it() -> None:
    assert terms("Tu harami nahi hai kya, paise de.", "obscene")


# --- the data ---------------------------------------------------------------------


def test_english_context_lists_negators_after_the_match() -> None:
    context = shipped_context("en")
    forms = {n.form for n in context.after_negators}
    assert {"nahi", "nahin"} <= forms
    assert all(n.window > 0 for n in context.after_negators)
    assert "to" in context.after_followers
    assert context.after_reach > 0


def test_no_entry_patches_a_negator_after_the_match() -> None:
    # the general mechanism reads them: an entry's not_across need not list them
    after = {n.form for n in shipped_context("en").after_negators}
    for category in ("threat", "shaming", "third_party", "impersonation"):
        for entry in shipped_entries("en", category):
            assert not (entry.not_across & after), (category, entry.name)
