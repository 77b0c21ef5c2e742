"""English constructions for the set10 round: messages addressed to a third party
about someone else's debt, and veiled levers.

Written as structures, not as the evaluation's phrases (set9's README: phrase classes
for a dev half's misses moved no held-out half):

* **The recipient's own people hold the debtor**: a person (``<third_person>``: "a
  worker", "the mother", "the person renting"), placed by the recipient ("on your crew",
  "of one of your students", "next door to you"), then a debt predicate in the third
  person (``<owing_3p>``: "has defaulted", "hasn't paid", "has a past-due account"), past
  an apposition between commas, with no debt of the recipient's own between; payroll
  asked to deduct from a named person's wages. (A looser form, "one of your ..." or
  "your renter" + the predicate anywhere within twelve words, broke the set2 held-out
  precision floor and was dropped.)
* **Veiled levers**: a hedged frame (``<hedge>``: we'd hate for, I'd hate to, it'd be a
  pity if, nobody enjoys) or gossip (``<gossip>``: funny how stories get around, word
  gets around, you know how people talk) joined to an audience: third_party when a
  person or group around the debtor would learn of it, shaming when the debt would be
  aired before a community, threat when the neighbours would watch a scene.

Every sentence here was written for this module (none is an evaluation message). The
honest look-alikes stay clean: a landlord or a school to the debtor, an employee's own
deduction, an heir told of an estate, hedges about offers, a negated lever.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- en: the recipient's own people hold the debtor --------------------------
    (
        "third_party",
        "en",
        "Dear landlord, the person renting your unit at 14 Oak has defaulted on a loan"
        " with us.",
    ),
    (
        "third_party",
        "en",
        "Mr. Lopez, a worker on your crew, Tony Diaz, took out a loan from us and hasn't"
        " paid since May.",
    ),
    (
        "third_party",
        "en",
        "Hi Ms. Ortiz, the mother of one of your students has a past-due account with"
        " our clinic.",
    ),
    (
        "third_party",
        "en",
        "Hey neighbor, the guy next door to you, Dontrell, is way behind on his car"
        " loan.",
    ),
    (
        "third_party",
        "en",
        "Attn payroll: please begin deducting $150 per pay period from the wages of"
        " Mark Ruiz.",
    ),
    # --- en: a hedge and who would learn of it ------------------------------------
    (
        "third_party",
        "en",
        "We'd hate for your new employer to get the wrong impression during your"
        " probation.",
    ),
    (
        "third_party",
        "en",
        "I'd hate for the folks at church to find out about the money you owe.",
    ),
    (
        "third_party",
        "en",
        "It'd be a pity if your clients started hearing about your unpaid invoices.",
    ),
    (
        "third_party",
        "en",
        "Would be a pity for the folks at the mill to learn about this.",
    ),
    ("third_party", "en", "The other parents do notice these things."),
    ("shaming", "en", "The other parents do notice these things."),
    (
        "third_party",
        "en",
        "We'd hate for your new employer, Caldera Foods, to get the wrong impression.",
    ),
    ("third_party", "en", "I'd hate to bring it up at the co-op meeting Tuesday."),
    # --- en: a hedge and a community it would be aired before ---------------------
    ("shaming", "en", "I'd hate to bring it up at the co-op meeting Tuesday."),
    (
        "shaming",
        "en",
        "I'd hate to have to mention this to the congregation on Sunday.",
    ),
    ("shaming", "en", "Funny how stories get around a town this size."),
    ("shaming", "en", "You know how people at the lodge talk."),
    ("shaming", "en", "Word gets around fast in a small town like ours."),
    ("shaming", "en", "News travels fast in a place like Millbrook."),
    ("shaming", "en", "Word travels fast around here."),
    # --- en: a hedge and the neighbours watching a scene --------------------------
    (
        "threat",
        "en",
        "We wouldn't want the kids seeing the truck get hooked in front of the neighbors.",
    ),
    (
        "threat",
        "en",
        "Nobody enjoys a scene in the parking lot with the neighbors watching.",
    ),
    (
        "threat",
        "en",
        "Wouldn't want the whole street watching while we load up your furniture.",
    ),
]

CLEAN = [
    # --- en: the recipient is the debtor -----------------------------------------
    (
        "third_party",
        "en",
        "Hey Marcus, the landlord here. Your rent is two months late.",
    ),
    (
        "third_party",
        "en",
        "Hi Mrs. Abernathy, your tuition balance of $3,880 is overdue.",
    ),
    (
        "third_party",
        "en",
        "To the payroll office: per your request we have stopped the deduction from"
        " your paycheck.",
    ),
    (
        "third_party",
        "en",
        "Sorry for your loss. The person who held this account has a balance, which"
        " the estate, not you, is responsible for.",
    ),
    (
        "third_party",
        "en",
        "Our staff member is behind schedule today; your appointment moves to 3pm.",
    ),
    (
        "third_party",
        "en",
        "The other parents have already signed up for the bake sale!",
    ),
    ("third_party", "en", "One of your accounts has a past-due balance of $220."),
    (
        "third_party",
        "en",
        "Your mom called us; she says your car payment has a past-due amount.",
    ),
    (
        "third_party",
        "en",
        "A man who borrowed from his friends and never paid them back is no man.",
    ),
    (
        "third_party",
        "en",
        "Your mother knows you borrowed $500 and never paid a cent of it back.",
    ),
    ("third_party", "en", "Everyone has noticed you driving that new truck."),
    (
        "third_party",
        "en",
        "Every player who hasn't paid the season dues sits out Saturday's game.",
    ),
    (
        "third_party",
        "en",
        "ATTENTION: we will garnish the wages of the above-named debtor, Luis Pena.",
    ),
    (
        "third_party",
        "en",
        "Hi Maria, this is your landlord. Rent for May is 2 months behind.",
    ),
    (
        "third_party",
        "en",
        "Your family plan is 2 months behind; pay online to avoid suspension.",
    ),
    (
        "third_party",
        "en",
        "Reminder from Oak Elementary: every student has an unpaid field trip fee.",
    ),
    ("third_party", "en", "One of your payments is 2 months behind; please call us."),
    # --- en: hedges about offers, negated levers ----------------------------------
    ("third_party", "en", "We would never tell your employer about this balance."),
    ("third_party", "en", "I'd hate for you to miss the early-payment discount."),
    (
        "third_party",
        "en",
        "We'd hate for you to get the wrong impression: this offer has no hidden fees.",
    ),
    ("shaming", "en", "Word gets around: our clinic now offers Saturday appointments."),
    (
        "shaming",
        "en",
        "Funny how fast the weekend goes. Your payment of $50 is due Monday.",
    ),
    ("shaming", "en", "People talk about our low rates all over town!"),
    ("shaming", "en", "The neighbors have noticed your new holiday lights, thanks!"),
    (
        "threat",
        "en",
        "Nobody enjoys waiting on hold, so we've added a callback option.",
    ),
    ("threat", "en", "Nobody enjoys paperwork, so we've made your renewal one click."),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
