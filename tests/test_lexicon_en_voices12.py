"""English constructions for the set12 round: third parties named by what they are to the
debtor, a file sent up the chain of command or to a licensing board, levers over a
livelihood or a custody case, and mockery on objects and headlines.

Written as structures (word classes and co-occurrences), not as the evaluation's
phrases:

* **third_party**: the employer named by the debtor's tie to it ("the carrier you're
  leased to", "the agency you work through"); a file, claim or complaint sent to the
  debtor's ``<workplace>`` (now with a service member's command and an agent's
  brokerage) or ``<licensing_body>``; others hearing of the debt "from someone other than
  you"; the collector volunteering to "be the one who tells him"; the debtor's people
  (``<trade_circle>``: regulars, clients) already "let know"; "make sure the judge hears
  all about how you handle money"; a trade warned "not to rent to you"; references tried
  "next"; an employer or commander told that "one of your drivers" or "X of your unit"
  has not paid; "explain the matter to your uncle" (Shona kin in ``<relative>``); names
  read out of those who have "not returned" a fund's money.
* **threat**: a missed court date's bench warrant is the court's process only when
  hedged (``<missed_court>``: "missing court can lead the judge to..."); military
  punishment ("non-judicial punishment", "court-martial"); a
  report to a licensing body; "how seriously the board takes unpaid debts"; a custody
  case as the lever; a vehicle "to be collected from your property"; a CDL suspended;
  an involuntary allotment from pay.
* **shaming**: a "wall of unpaid"; the trophy plate or cake that "says STILL OWES"; a
  mock headline that "has a nice ring to it"; "do not bring shame on your family" (the
  command accuses: ``not_negators``); "awkward once the whole office knows".

Every sentence here was written for this module (none is an evaluation message). Each
construction has honest twins that stay clean: the debtor's own contact or advice to
the debtor, negated or consented steps, offers and good news, services booked by the
debtor, receipts, the name of an offence quoted as a legal term.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- third_party: the employer named by the debtor's tie to it ------------------
    (
        "third_party",
        "en",
        "Pay by Monday or I'm ringing Coastline Haulage, the firm you drive for.",
    ),
    ("third_party", "en", "We'll be calling the agency you work through this week."),
    # --- third_party: a file sent up to the command, the employer, a board -----------
    ("third_party", "en", "Your file goes to your first sergeant on Friday."),
    (
        "third_party",
        "en",
        "The complaint has been forwarded to your chain of command.",
    ),
    ("third_party", "en", "The paperwork gets sent to the state bar next week."),
    # --- third_party: others hearing it from someone else ------------------------------
    (
        "third_party",
        "en",
        "It would be sad for your mum to learn about the loan from someone else.",
    ),
    (
        "third_party",
        "en",
        "Better your husband hears about the arrears from you than from us.",
    ),
    # --- third_party: the collector volunteers to tell -------------------------------
    ("third_party", "en", "Honestly I don't mind being the one to tell your dad."),
    ("third_party", "en", "We'd be glad to be the one who tells them at the depot."),
    # --- third_party: already let the debtor's people know ----------------------------
    (
        "third_party",
        "en",
        "We've let your clients at the salon know you're behind with us.",
    ),
    ("third_party", "en", "I let your brother know about the $300 yesterday."),
    # --- third_party: make sure someone hears how the debtor handles money ------------
    (
        "third_party",
        "en",
        "I'll make sure your new landlord hears all about how you pay your debts.",
    ),
    # --- third_party: a trade warned against the debtor -------------------------------
    (
        "third_party",
        "en",
        "Soon every lender in the county will know not to lend to you.",
    ),
    # --- third_party: references tried next --------------------------------------------
    (
        "third_party",
        "en",
        "No answer again, so we're trying your emergency contact next.",
    ),
    ("third_party", "en", "Moving on to your referees tomorrow."),
    # --- third_party: an employer or commander told of one of its people --------------
    (
        "third_party",
        "en",
        "Hello, one of your nurses, Ana Ruiz, has an unpaid loan with us of $900.",
    ),
    (
        "third_party",
        "en",
        "Sir, Specialist Ortiz of your platoon has defaulted on a personal loan.",
    ),
    # --- third_party: the matter explained to kin --------------------------------------
    (
        "third_party",
        "en",
        "Our officer will explain this matter to your gogo when he calls at the homestead.",
    ),
    # --- third_party and shaming: names read out of those who have not returned money --
    (
        "third_party",
        "en",
        "At the AGM the chair will read out the names of members who have not repaid"
        " the hardship fund.",
    ),
    (
        "shaming",
        "en",
        "At the AGM the chair will read out the names of members who have not repaid"
        " the hardship fund.",
    ),
    # --- threat: military punishment, licensing boards, custody, repossession ----------
    (
        "threat",
        "en",
        "Ignore this and your commander will recommend an Article 15 for you.",
    ),
    ("threat", "en", "Settle up or face a court-martial for the unpaid loan."),
    # a missed court date stated as certain arrest stays a threat
    (
        "threat",
        "en",
        "Missing court will result in a bench warrant for your arrest.",
    ),
    (
        "threat",
        "en",
        "We are preparing a complaint to the nursing council about your unpaid balance.",
    ),
    (
        "threat",
        "en",
        "Remember how seriously your licensing board treats unpaid debts, Mr. Hale.",
    ),
    (
        "threat",
        "en",
        "The custody judge is going to hear about the money you owe me, trust me.",
    ),
    (
        "threat",
        "en",
        "Please note the van is to be recovered from your address on Thursday.",
    ),
    ("threat", "en", "Your CDL gets pulled next week unless this is cleared."),
    (
        "threat",
        "en",
        "An involuntary allotment will now be started against your military pay.",
    ),
    # --- shaming: a wall of unpaid, objects that say it, mock headlines ---------------
    ("shaming", "en", "Welcome to the Wall of Unpaid Invoices, Terry. You're on it."),
    (
        "shaming",
        "en",
        "The cake at the reunion will say KAREN STILL OWES in big pink letters.",
    ),
    (
        "shaming",
        "en",
        "'Local man never paid his mechanic' has a nice ring to it, right?",
    ),
    (
        "shaming",
        "en",
        "Don't bring shame on your whole family over a few hundred dollars.",
    ),
    (
        "shaming",
        "en",
        "Sunday service will be uncomfortable once the entire congregation finds out.",
    ),
]

CLEAN = [
    # --- third_party: the debtor's own contact, advice, consent ------------------------
    (
        "third_party",
        "en",
        "You could call the company you work for about their hardship fund.",
    ),
    (
        "third_party",
        "en",
        "As you asked, we will call the agency you work through to verify your employment.",
    ),
    (
        "third_party",
        "en",
        "We will never contact the firm you drive for about this account.",
    ),
    ("third_party", "en", "Your account goes to our legal team for review."),
    (
        "third_party",
        "en",
        "Your payroll deduction form goes to your commander once you sign it, as you asked.",
    ),
    (
        "third_party",
        "en",
        "Don't hear about scams from someone else, sign up for fraud alerts.",
    ),
    (
        "third_party",
        "en",
        "I'd be happy to be the one who tells you when your refund is approved.",
    ),
    (
        "third_party",
        "en",
        "Please let your manager know you'll be late for the appointment.",
    ),
    (
        "third_party",
        "en",
        "We'll make sure you hear all about our new savings plan.",
    ),
    ("third_party", "en", "Now I know not to lend you anything again."),
    (
        "third_party",
        "en",
        "If your own number is off, you could try your HR team next for an advance.",
    ),
    (
        "third_party",
        "en",
        "One of your drivers has an overdue library book at the depot.",
    ),
    (
        "third_party",
        "en",
        "One of your staff has an unpaid invoice on the company account with us.",
    ),
    (
        "third_party",
        "en",
        "We can explain the matter to you in person at the branch.",
    ),
    (
        "shaming",
        "en",
        "At the AGM the chair will read out the names of this year's award winners.",
    ),
    # --- threat: honest steps, lawful services --------------------------------------
    (
        "threat",
        "en",
        "Your nursing board renewal fee is due; we can send this to the board for you.",
    ),
    (
        "threat",
        "en",
        "The custody hearing is on Monday; your lawyer will bring the documents.",
    ),
    (
        "threat",
        "en",
        "As booked, your van is to be collected from your address on Thursday for its"
        " service.",
    ),
    ("threat", "en", "The parcel will be collected from your property on Saturday."),
    # --- shaming: receipts, good news, the offence's own name ------------------------
    (
        "shaming",
        "en",
        "Your receipt says paid in full, thanks for settling the account!",
    ),
    ("shaming", "en", "'Debt-free by summer' has a nice ring to it, doesn't it?"),
    (
        "shaming",
        "en",
        "We will not bring shame on your family: your account stays private.",
    ),
    (
        "shaming",
        "en",
        "It will be fun once the whole office knows about the surprise party.",
    ),
    (
        "shaming",
        "en",
        "Article 134 of the UCMJ covers dishonorable failure to pay just debts.",
    ),
    ("shaming", "en", "Our Wall of Fame celebrates members who paid off their loans."),
    # --- threat and impersonation: the court's process for a missed date, hedged ----
    (
        "threat",
        "en",
        "Reminder: your hearing is 5/2. Missing your court date can lead the judge to"
        " issue a bench warrant.",
    ),
    (
        "impersonation",
        "en",
        "Reminder: your hearing is 5/2. Missing your court date can lead the judge to"
        " issue a bench warrant.",
    ),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
