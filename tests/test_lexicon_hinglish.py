"""Hinglish and Roman Urdu: third parties told, and visits announced, as a construction.

South Asian collection texts mix romanized Hindi or Urdu with English. Rather than
phrases, the English lexicon holds a construction (``classes.yaml``, ``hi_*``):

* **third_party**: [the debtor's (``<hi_your>``: aapki, aapke, aap ke, tere, your)]
  [a person with a postposition (``<hi_person> <hi_to>``: "family ko", "boss se",
  "papa ke ghar"), or the workplace (``<hi_workplace>``: office, daftar)] [a verb of
  telling (``<hi_tell>``: call, contact, bata, ittila, bhej, se baat)] [its future,
  passive or intent auxiliary (``<hi_will>``: karenge, kiya jayega, di jayegi,
  denge, karne wale hain)], or the verb and auxiliary in one word (``<hi_told>``:
  batayenge, bhejenge, pahunchayenge). People who can only be the debtor's (``<hi_kin>``:
  gharwalon, padosiyon, rishtedaron, contacts) need no possessive.
* **threat**: a visit announced (``<hi_visit>``: aa jayenge, pahunchenge, visit
  karenge) at the debtor's workplace, or to people close to the debtor (also
  third_party).

The honest look-alikes stay clean: the debtor as the one called ("hum aapko call
karenge"), a person as subject ("aapke relationship manager aapse sampark karenge"),
the workplace as a possessor ("aapke office ka address"), commands and suggestions
("karein", "bata sakte hain"), the reflexive that makes the debtor the subject ("aap
apni family ko"), the past and reports ("aapke reference ne bataya"), a negator before
the auxiliary ("kabhi contact nahi karenge"), a referral, a loan application's checks,
a delivery, and an anti-fraud notice.

Every sentence was written for this module (none is an evaluation message), in
several spellings (aapke, apke, aap ke, aap k; karenge, krenge, karege; jayega, jaega,
jaayega, jaye ga) and word orders.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_hits

#: the categories that may fire on these texts
CATEGORIES = ("threat", "shaming", "impersonation", "third_party")

TOLD = {"third_party"}
VISITED = {"threat"}
BOTH = {"threat", "third_party"}

FOUND = [
    # --- the reported misses -----------------------------------------------------
    (TOLD, "aapki family ko contact kiya jayega"),
    (TOLD, "hum aapke office call karenge"),
    (TOLD, "aapke padosiyon ko bata denge"),
    # --- spellings: possessive, auxiliary, Roman Urdu --------------------------------
    (TOLD, "Apke relatives ko phone krenge."),
    (TOLD, "Aap ke ghar walon ko ittila di jayegi."),
    (TOLD, "Aap k ghar walon ko call kia jaye ga."),
    (TOLD, "Aap ke daftar mein sab ko bata diya jaye ga."),
    (TOLD, "Aap ke walidain ko ittila de di jayegi."),
    (TOLD, "aap ke boss ko khabar kar den ge"),
    (TOLD, "Aap ke daftar walon ko aagah kiya jaye ga."),
    (TOLD, "apke padosi ko bata dege ki aap defaulter ho"),
    (TOLD, "tumhare ghar walon ko sab bta denge"),
    (TOLD, "Aapke sasural walon ko bhi inform kiya jaega."),
    (TOLD, "Kal aapke reference ko call kiya jaayega."),
    (TOLD, "Your family ko call karenge."),
    # --- who: family, work, friends, neighbours, contacts, references -----------------
    (TOLD, "Hum tumhare manager ko email karenge."),
    (TOLD, "Teri family ko message jayega aaj raat."),
    (TOLD, "Aapke colleagues ko aapki sachai bata di jayegi."),
    (TOLD, "Aapke bhai ko phone karenge aur sab bata denge."),
    (TOLD, "Hum aapki wife se baat karenge."),
    (TOLD, "tere boss se baat karenge"),
    (TOLD, "aapki company ke HR ko inform kar diya jayega"),
    (TOLD, "tumhare doston ko whatsapp karenge"),
    (TOLD, "aapki company ko complaint karenge"),
    (TOLD, "Aapke mohalle walon ko bata denge."),
    (TOLD, "Aapke family members ko call kiya jayega."),
    (TOLD, "Aapke saare contacts ko message bheja jayega."),
    (TOLD, "Aapke emergency contact ko call karna padega."),
    (TOLD, "Hum aapke references ko contact karne wale hain."),
    (TOLD, "Aapke references ko call jayega aaj."),
    (TOLD, "Aapke rishtedaron ko bhi pata chal jayega."),
    # --- verb and auxiliary in one word ---------------------------------------------
    (TOLD, "Aapke boss ko batayenge ki aap kya karte ho."),
    (TOLD, "Hum aapke office ke HR se mil kar baat karenge."),
    (TOLD, "Aapke doston se poochenge ki aap kahan ho."),
    (TOLD, "Tere boss tak baat pahunchayenge."),
    (TOLD, "Aapke guarantor ko bhi notice bheja jayega."),
    # --- no possessive: people who can only be the debtor's ---------------------------
    (TOLD, "Rishtedaron ko message kar denge."),
    (TOLD, "Padosiyon ko batayenge."),
    (TOLD, "Padosiyon ko sab pata chalega."),
    (TOLD, "pados walon ko sab pata chal jayega"),
    # --- the condition is the debtor's, the threat stands ------------------------------
    (TOLD, "Aaj shaam tak EMI nahi bhari to aapke ghar walon ko call kiya jayega."),
    (TOLD, "Kal tak payment nahi hua to aapke boss ko call karenge."),
    (TOLD, "Paise do nahi to aapke gharwalon ko bata denge."),
    (TOLD, "Aapke office call karenge agar payment nahi hua."),
    (TOLD, "Aapke boss ko call karenge kyunki aapne EMI nahi bhari."),
    (TOLD, "Payment karo warna aapke ghar walon ko sab bata dunga."),
    # --- visits: the workplace (threat), people close to the debtor (both) -------------
    (VISITED, "Kal hum aapke office aa rahe hain."),
    (VISITED, "Aapke daftar pahunch jayenge kal subah."),
    (VISITED, "Hamari team aapke daftar visit karegi."),
    (VISITED, "Hum aapke office aa jayenge."),
    (BOTH, "Aapke papa ke ghar aayenge."),
    (BOTH, "Aapke gharwalon se milne aayenge."),
    (BOTH, "Aapke rishtedaron ke ghar pe aa jayenge."),
    (BOTH, "Padosiyon ke paas aa jayenge."),
]


CLEAN = [
    # --- the debtor is the one called or sent to ---------------------------------------
    "hum aapko call karenge",
    "Hum aapko kal call karenge.",
    "hamari team aapko kal call karegi",
    "payment ke baad aapko confirmation message bheja jayega",
    "Aapke registered mobile number par OTP bheja jayega.",
    "Aapki EMI ki jankari aapko SMS se di jayegi.",
    "Aapko aapke office timing ke hisaab se call karenge.",
    # --- commands, suggestions, the reflexive: the debtor acts --------------------------
    "customer care ko call karein",
    "EMI ki jankari ke liye branch office se contact karein",
    "aap apni family ko bata sakte hain ki payment ho gaya",
    "Aap apne ghar walon ko bata denge to accha rahega.",
    "Kya aap apne office ka address bata denge?",
    "Kripya apne family members ko bhi is offer ke baare mein batayein.",
    "Aap apne padosiyon se bhi puch sakte hain.",
    "Aap apne HR se salary slip le kar humein bhej dein.",
    "Aap apne office se bhi payment kar sakte hain.",
    # --- the workplace as a possessor, a person as subject -----------------------------
    "aapke office ka address update karein",
    "Aapke office ka pata confirm karein.",
    "Aapke relationship manager jald hi aapse sampark karenge.",
    "Aapke account manager aapse jald sampark karenge.",
    "Aapke boss aapko promotion denge.",
    "Humari team aapke office ke baare mein baat karegi.",
    "Aapke office ke paas hamari branch hai, wahan jama karein.",
    # --- the sender's own people ---------------------------------------------------------
    "Main manager se baat karke aapko call karunga.",
    "Hum apne manager se baat karenge.",
    # --- the past, reports ---------------------------------------------------------------
    "aapke reference ne bataya ki aap bahar hain",
    "Aapke dost ne humein call kiya tha.",
    "Aapke boss ne payment kar diya hai.",
    # --- denied -----------------------------------------------------------------------------
    "hum aapki family ko kabhi contact nahi karenge",
    "agar aap chahein to hum aapke office call nahi karenge",
    "Hum aapke office nahi call karenge.",
    "Aapke boss ko hum call nahi karenge.",
    "Aapki family ko contact nahin kiya jayega.",
    "Aapki family ko kuch nahi bataya jayega.",
    "Hum aapke ghar walon ko call nahi karenge, chinta na karein.",
    "Hamari taraf se aapke contacts ko koi message nahi jayega.",
    "Koi bhi aapke gharwalon ko call nahi karega.",
    "Hum aapke rishtedaron ko kabhi pareshan nahi karenge.",
    "Aap ke ghar walon ko koi ittila nahi di jayegi.",
    "Aapke boss ko nahi batayenge, bas payment kar dijiye.",
    "Hum aapke padosiyon ko batayenge nahi.",
    "Hum kabhi aapke office nahi aayenge.",
    "PaisaBuddy kabhi aapke contacts ko message nahi karta.",
    # --- consent, referrals, a loan's checks, deliveries, anti-fraud notices -------------
    "Agar aap chahein to hum aapki wife se baat karenge.",
    "Apne dost ko refer karein aur 500 rupaye ka bonus paayein.",
    "Refer karein: aapke dost ko bhi SMS bheja jayega.",
    "Aapke reference ko verification call kiya jayega loan approval ke liye.",
    "Aapka naya card aapke office address par bhej diya jayega.",
    "Aapka credit card 7 din mein aapke ghar aa jayega.",
    "Hamara executive aapke ghar aayega KYC documents lene.",
    "Hamara agent aapke office aayega documents lene.",
    "Agar koi aapke rishtedaron ko call karega to humein report karein.",
    "Aapki cheque book aapke office aa jayegi.",
    "Aapka parcel aapke office pahunch jayega.",
    "Aapke papa ke ghar delivery aa jayegi.",
    "Hamare sales executive aapke office aayenge naye offers batane.",
    "Aapke HR ko salary deduction ke liye mail kiya jayega, aapki sahmati ke anusar.",
    # --- shared words, no one told ----------------------------------------------------
    "Aapke family members ko bhi insurance ke benefits milenge.",
    "Aapki company ko GST invoice bheja jayega.",
    "Aapke ghar walon ko bhi is scheme ka labh milega.",
    "Hum aapke ghar par call karenge.",
    "Aapke contacts ko sync kiya jayega taaki transfer aasaan ho.",
    "Hum aapke contacts ko kabhi message nahi bhejenge.",
    "Aapke papa ke ghar aane ki zaroorat nahi hai.",
    "Aapke bhai ne kaha ki woh aapko bata denge.",
    "Aapke family doctor se salah lein.",
    "Namaste, aapki EMI 5 tarikh ko due hai. Payment ke liye link par click karein.",
]


def _categories(text: str) -> set[str]:
    return {c for c in CATEGORIES if lexicon_hits(text, c)}


@pytest.mark.parametrize(("expected", "text"), FOUND)
def test_the_construction_fires_in_its_category(expected: set[str], text: str) -> None:
    assert _categories(text) == expected, text


@pytest.mark.parametrize("text", CLEAN)
def test_the_look_alike_stays_clean(text: str) -> None:
    assert _categories(text) == set(), text


def test_enough_sentences() -> None:
    # the construction is judged on many wordings, not tuned to a handful
    assert len(FOUND) >= 40
    assert len(CLEAN) >= 40
