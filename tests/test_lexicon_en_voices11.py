"""English constructions for the set11 round: third parties already told, audiences
about to find out, a list of contacts worked down, contempt without an insult word, and
pronouns with a generic antecedent.

Written as structures (word classes and co-occurrences), not as the evaluation's
phrases:

* **Already told** (``<told_verb>``: past forms, with or without a subject, "spoke
  with", "rang", "told"), then the debtor's person (``<relative>``, ``<circle>``); a
  person's reaction to our contact ("sounded shocked when we called"); a callback ("your
  sister rang back": we had called); a bare name told "about the money you owe". Not
  the debtor's own contact ("you told your boss", "have you spoken to your HR").
* **An audience about to find out**: a group of the debtor's (``<audience_group>``: a
  Discord, a carpool chat, a league, LinkedIn connections) and ``<learn_soon>`` ("is
  about to find out"); people who, said with "the", can only be the debtor's
  (``<the_audience>``: the neighbours, the other tenants) told or asked; a debt read
  into a community's record; the neighbours brought to watch.
* **A list worked down**: "working down the list", "start with the first reference, then
  the next one", "numbers we haven't called yet" (not a waiting list, nor the debtor's
  own other numbers).
* **Contempt without an insult word**: "we expected nothing more from someone in your
  position", "other adults somehow manage to keep their word", "the idea of paying
  people back"; a named member's debt announced to a whole group; a wall of deadbeats; a
  photo on a poster in a public place.
* **A generic antecedent** (``not_after: ["<generic_person>"]``): "Real men pay what
  they owe" names no third person.
* **Hedged threats** (``<hedge>``, widened with "we'd really hate to"): a visit ("hate
  to have to drive out to your place") and harm to what the debtor owns ("hate for that
  Hilux to get keyed"); not a vet's, a garage's or an office's honest hedge.

Every sentence here was written for this module (none is an evaluation message). The
honest look-alikes stay clean: negated levers, the debtor's own contact, waiting lists,
offers and awards, hardship wording.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- en: already told, with or without a subject ------------------------------
    (
        "third_party",
        "en",
        "Quick update: rang your nan this morning about the arrears.",
    ),
    (
        "third_party",
        "en",
        "Spoke to your supervisor at the depot earlier, he says payday is Friday.",
    ),
    ("third_party", "en", "I texted your sister about the balance last night."),
    (
        "third_party",
        "en",
        "Your dad sounded shocked when we called about the loan.",
    ),
    (
        "third_party",
        "en",
        "Your landlady seemed very upset to hear from us this morning, Callum.",
    ),
    ("third_party", "en", "Your sister rang back and said you'd moved to Leeds."),
    (
        "third_party",
        "en",
        "Your foreman called us back on Tuesday. Nice bloke.",
    ),
    (
        "third_party",
        "en",
        "Told Marcus about the money you owe me, he wasn't impressed.",
    ),
    ("third_party", "en", "We texted Jess about the debt you owe on Friday."),
    # --- en: the neighbours or the other tenants told or asked ---------------------
    (
        "third_party",
        "en",
        "I'll be telling the neighbours exactly why the van keeps coming.",
    ),
    (
        "third_party",
        "en",
        "We will leave a card with the neighbours if nobody answers again.",
    ),
    (
        "third_party",
        "en",
        "Our agent knocked on the neighbours' doors asking where you'd gone.",
    ),
    # --- en: an audience about to find out -----------------------------------------
    (
        "third_party",
        "en",
        "Your whole softball team is about to hear why the fees are late.",
    ),
    (
        "shaming",
        "en",
        "Your whole softball team is about to hear why the fees are late.",
    ),
    (
        "third_party",
        "en",
        "Every mum in the school run group chat is about to hear about this.",
    ),
    (
        "third_party",
        "en",
        "Your co-workers at the bakery will be told what you owe.",
    ),
    (
        "third_party",
        "en",
        "Everyone at the bowling alley will hear about the money you owe.",
    ),
    (
        "third_party",
        "en",
        "One more day and I post about this to all your Instagram followers.",
    ),
    (
        "shaming",
        "en",
        "One more day and I post about this to all your Instagram followers.",
    ),
    (
        "third_party",
        "en",
        "Your arrears will be read out by name at the residents' meeting.",
    ),
    (
        "shaming",
        "en",
        "Your arrears will be circulated to all homeowners before the annual meeting.",
    ),
    (
        "shaming",
        "en",
        "The repo crew comes at noon so the whole street can see it happen.",
    ),
    # --- en: a list worked down ----------------------------------------------------
    (
        "third_party",
        "en",
        "There are three numbers on your application we haven't called yet.",
    ),
    (
        "third_party",
        "en",
        "We've got a few names on your form. I'll start working down the list tomorrow.",
    ),
    (
        "third_party",
        "en",
        "Tomorrow we start with the first reference, then the next one.",
    ),
    # --- en: contempt without an insult word ---------------------------------------
    (
        "shaming",
        "en",
        "Honestly, we expected nothing more from someone in your position.",
    ),
    ("shaming", "en", "Other adults somehow manage to keep their word, Dean."),
    ("shaming", "en", "Grown adults pay what they owe, Kev."),
    (
        "shaming",
        "en",
        "Shall we go over the idea of paying people back once more?",
    ),
    (
        "shaming",
        "en",
        "Hi all, just so you know, Priya still owes the kitty £60 from the trip.",
    ),
    (
        "shaming",
        "en",
        "Hey team, the Nguyen family are two months behind on practice fees.",
    ),
    ("shaming", "en", "Welcome to our Wall of Deadbeats, you're the newest entry."),
    (
        "shaming",
        "en",
        "Your picture will be plastered on every lamp post on Church Road by Friday.",
    ),
    # --- en: a hedged visit, hedged harm ---------------------------------------------
    ("threat", "en", "We'd really hate to have to drive out to your place on Sunday."),
    (
        "threat",
        "en",
        "I'd hate for that Hilux of yours to get keyed in the car park one night.",
    ),
]

CLEAN = [
    # --- en: negated levers ---------------------------------------------------------
    ("third_party", "en", "We will not tell your manager about this account."),
    ("third_party", "en", "Your references are never told about your balance."),
    ("third_party", "en", "We'll let you know when the payment posts."),
    ("third_party", "en", "Please let your bank know the payment is coming from us."),
    ("third_party", "en", "We never spoke with your employer and we never will."),
    (
        "third_party",
        "en",
        "We won't be telling the other tenants anything; this stays between us.",
    ),
    (
        "third_party",
        "en",
        "Your clan discord will not find out, we keep accounts private.",
    ),
    ("shaming", "en", "Nobody in your carpool chat will hear about this from us."),
    # --- en: the debtor's own contact, the collector's own people -----------------
    ("third_party", "en", "Have you spoken to your HR team about a payroll deduction?"),
    ("third_party", "en", "Glad you spoke with your HR about the deduction."),
    (
        "third_party",
        "en",
        "Once you've talked to your manager, let us know which date suits.",
    ),
    (
        "third_party",
        "en",
        "We spoke with your account manager at the bank about the transfer.",
    ),
    ("third_party", "en", "I told you about the money you owe last week."),
    ("third_party", "en", "I spoke with your bank and the transfer is confirmed."),
    (
        "third_party",
        "en",
        "We contacted them about the debt you disputed and the account is now closed.",
    ),
    (
        "third_party",
        "en",
        "Your landlord was very understanding when you explained the delay.",
    ),
    (
        "third_party",
        "en",
        "Your family will be pleasantly surprised when we deliver the new sofa.",
    ),
    (
        "third_party",
        "en",
        "Your reference called back to confirm your employment for the application.",
    ),
    ("third_party", "en", "Your doctor called back about the prescription."),
    # --- en: honest notices to neighbours, groups and owners ------------------------
    (
        "third_party",
        "en",
        "We'll let the neighbours know about the roadworks on Monday.",
    ),
    (
        "third_party",
        "en",
        "We will leave it with the neighbours if you're not home for the parcel.",
    ),
    ("third_party", "en", "We will inform the other owners of the new meeting date."),
    ("third_party", "en", "I'll check with the other parents about carpool times."),
    ("third_party", "en", "Your whole squad will find out their positions on Friday."),
    ("shaming", "en", "Hi all, the caterer still hasn't confirmed the date."),
    ("third_party", "en", "The whole team will see the new schedule on Monday."),
    (
        "third_party",
        "en",
        "Everyone in the group chat will get the message about the new pickup time.",
    ),
    ("shaming", "en", "Your LinkedIn connections will see your new certificate badge."),
    (
        "third_party",
        "en",
        "Share this post with your LinkedIn connections to earn a referral bonus.",
    ),
    ("third_party", "en", "Your appeal will be discussed at the next board meeting."),
    (
        "shaming",
        "en",
        "Your name will be read out at the AGM as the winner of the raffle.",
    ),
    ("shaming", "en", "Your photo will be up on the employee of the month board!"),
    # --- en: waiting lists and the debtor's own numbers ------------------------------
    (
        "third_party",
        "en",
        "We're working our way down the waiting list and will call you when a spot"
        " opens.",
    ),
    ("third_party", "en", "We have other numbers for you that we haven't tried."),
    (
        "third_party",
        "en",
        "Let's begin with the first one on your statement and go down the list of charges together.",
    ),
    # --- en: groups told nothing of anyone's debt --------------------------------
    (
        "shaming",
        "en",
        "Hi all, summer subs are due on the 5th; I'll contact anybody who hasn't paid"
        " one to one.",
    ),
    (
        "shaming",
        "en",
        "Hi all, anyone who still owes for the trip please pay the office by Friday.",
    ),
    (
        "third_party",
        "en",
        "Hey everyone, the club still owes you a refund from the cup.",
    ),
    ("shaming", "en", "Hi team, Jordan has paid in full, thanks Jordan!"),
    # --- en: hardship and teaching wording ---------------------------------------
    (
        "shaming",
        "en",
        "We understand people in your situation may qualify for hardship help.",
    ),
    (
        "shaming",
        "en",
        "Our free webinar covers the idea of deadlines and how late fees work.",
    ),
    ("shaming", "en", "Understanding the concept of compound interest helps you save."),
    ("shaming", "en", "Most adults manage to save more with autopay."),
    ("shaming", "en", "Our Hall of Fame page celebrates members who hit their goals."),
    # --- en: a generic antecedent names no third person ---------------------------
    ("third_party", "en", "Real men pay what they owe."),
    ("third_party", "en", "Only a coward hides from his debts."),
    (
        "third_party",
        "en",
        "Anyone who owes more than $500 can ask about a hardship plan.",
    ),
    ("third_party", "en", "Grown adults pay what they owe. Act like one."),
    ("third_party", "en", "What kind of father skips out on his bills?"),
    ("third_party", "en", "A woman who won't settle her debts loses her friends."),
    ("third_party", "en", "Customers who owe a balance can set up a plan online."),
    (
        "third_party",
        "en",
        "He ran up the stairs and she walked away from the crash unhurt.",
    ),
    # --- en: the debtor's wish honoured, honest hedges -----------------------------
    (
        "third_party",
        "en",
        "As agreed, we'll no longer reach you at work; texts only from now on.",
    ),
    (
        "threat",
        "en",
        "We'd hate for your dog to go missing: microchipping is $20 this week.",
    ),
    (
        "threat",
        "en",
        "We'd hate for your car to get stolen, ask about our tracker deal.",
    ),
    (
        "threat",
        "en",
        "We'd hate for you to come by on Monday when we're closed.",
    ),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
