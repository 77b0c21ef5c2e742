"""English lexicon classes added for the second blind set: each found, each kept clean.

Every sentence here is written for the test, unlike any message of an evaluation set,
so that the classes are checked as classes (other subjects, tenses, word orders) and
not as the sentences that showed they were missing.
"""

from __future__ import annotations

import pytest
from test_lexicon import everything, terms

# --- (category, text): the class of wording is found --------------------------------

FOUND = [
    # the debt called a crime; a negated condition does not deny the threat after it
    ("threat", "Skipping out on this loan counts as theft where we are."),
    ("threat", "Your default is being classified as insurance fraud."),
    ("threat", "If this isn't cleared by Monday, criminal charges follow."),
    # the car taken as a certainty
    ("threat", "Our driver will tow the Civic out of your garage at dawn."),
    ("threat", "The pickup gets towed Saturday. Have the keys ready."),
    ("threat", "The repo crew has been assigned to your address."),
    # lockouts and self-help eviction
    ("threat", "Miss rent again and we'll change the locks while you're at work."),
    ("threat", "One more week and your furniture ends up on the sidewalk."),
    ("threat", "Pay today or you get evicted tomorrow morning."),
    # licences by their nouns, and the job
    ("threat", "Default means the suspension of your professional license."),
    ("threat", "Keep ignoring this and you will lose your green card."),
    ("threat", "Your career is on the line over this balance."),
    # veiled menace
    ("threat", "Our guys found out where your sister lives."),
    ("threat", "It would be tragic if your windshield got smashed."),
    ("threat", "I'd hate for your kids to get hurt because of $200."),
    ("threat", "Settle now. Things are about to turn nasty."),
    ("threat", "Nobody walks away from a debt with us."),
    ("threat", "We know you drive to the plant every morning at six."),
    ("threat", "No more texts after this. Next time I send the boys."),
    ("threat", "Our recovery agents will see you face to face on Friday."),
    ("threat", "Deputies are headed your way today."),
    ("threat", "Keep it up and you'll be doing time."),
    ("threat", "We'll drain your savings by Friday."),
    ("threat", "Don't make me come down there myself."),
    # a confrontation before the debtor's circle, or at work
    ("threat", "The papers will be handed to you in front of your customers."),
    ("threat", "Expect to be served at your office this week."),
    # shaming: frames, standards, sarcasm, public display, Spanish insults
    ("shaming", "Dodging us again? That makes you a fraud."),
    ("shaming", "Honestly, you're officially a joke."),
    ("shaming", "What sort of parent skips out on a $60 bill?"),
    ("shaming", "You ought to feel humiliated by now."),
    ("shaming", "Any responsible adult would have paid by now."),
    ("shaming", "Real mature, hiding from a text message."),
    ("shaming", "Not a shred of decency in you."),
    ("shaming", "Your photo is going up by the register with the other deadbeats."),
    ("shaming", "We're looping in your coworkers to this thread."),
    ("shaming", "Págale a Fiesta Loans, mentirosa."),
    ("shaming", "PAY UP PENDEJO"),
    # obscene: abbreviations, outbursts, negated profanity, Spanish
    ("obscene", "Enough of your BS, pay today."),
    ("obscene", "Sick of these b.s. excuses."),
    ("obscene", "What the f happened to Friday?"),
    ("obscene", "Quit screwing around with us."),
    ("obscene", "Don't you dare give me that crap again."),
    ("obscene", "Stop the freaking excuses."),
    ("obscene", "Ya basta, pinche moroso."),
    ("obscene", "Pay it, carajo."),
    # third parties: they talked with us, who is next, regarding your colleague
    ("third_party", "Your grandma promised us you'd settle by the 1st."),
    ("third_party", "Your supervisor confirmed you still work the night shift."),
    ("third_party", "Your motherinlaw said she would pay half."),
    ("third_party", "Our next call goes to your pastor."),
    ("third_party", "Your girlfriend is next on the phone list."),
    ("third_party", "Writing in regards to your tenant and his unpaid loan."),
    ("third_party", "We'll be texting your mom about the payday loan."),
    ("third_party", "We're adding his family to this group chat."),
    ("third_party", "A notice about the unpaid rent will be posted in the lobby."),
    ("third_party", "Maybe your parents can get through to you about this debt."),
    ("third_party", "Time to pay your boss a friendly visit."),
    # more threats: complaints to the police, menace in slang and emoji, visits
    ("threat", "A police complaint will be registered against you by evening."),
    ("threat", "Our lawyer says an FIR is being drafted today."),
    ("threat", "don't bother hiding, we got eyes everywhere"),
    ("threat", "one more excuse and ur toast"),
    ("threat", "We'll be paying ya a surprise visit this weekend."),
    ("threat", "Expect our agents at your mom's place Sunday."),
    ("threat", "We'll be by your shop at closing time to collect."),
    ("threat", "Pay, or we will wreck your little shop's name in this town."),
    ("threat", "Your land will be placed under lien this week."),
    ("threat", "pay today \U0001f52a\U0001f52a"),
    ("threat", "We'll make an example of you for the others."),
    # more shaming: what nobody does, flyers, the debtor's own wall, mockery
    ("shaming", "No one respects a grown woman who dodges her bills."),
    ("shaming", "You are the lowest of the low."),
    ("shaming", "We'll hand out flyers at the farmers market."),
    ("shaming", "We'll share your balance on your Instagram page."),
    ("shaming", "Must be nice not paying what you owe."),
    ("shaming", "Quit whining like a spoiled brat."),
    # third parties: they hear from us, the people the debtor listed
    ("third_party", "Your landlord has been hearing from us all week."),
    ("third_party", "We will call everyone you listed as a contact."),
    # passive removals, visits announced, jobs, the debtor's circle
    ("threat", "All your furniture will be thrown out on Monday."),
    ("threat", "The collateral will be picked up this afternoon."),
    ("threat", "Brace yourself for a surprise visit from our recovery crew."),
    ("threat", "We'll ring your office until you get fired."),
    ("threat", "Run if you like. We always find people like you."),
    ("threat", "u will get hurt if u keep this up"),
    ("shaming", "The names of tenants who skip rent will go up by the mailboxes."),
    ("shaming", "smh dodging a $40 bill"),
    ("third_party", "Am I speaking with Gary's landlord? He's three months behind."),
    ("third_party", "ur mom knows about the loan btw"),
    ("third_party", "We'll phone the contacts in your phone one by one."),
    ("third_party", "Tell him his payment is late."),
    ("impersonation", "Proceedings have been commenced against you in district court."),
    # soft violence, invented consequences, immigration, "see to it"
    ("threat", "Somebody might leave red paint all over your porch."),
    ("threat", "Your daughter won't get into college once this is on file."),
    ("threat", "No landlord will touch you after this."),
    ("threat", "Immigration will be contacted about your loan."),
    ("threat", "We will report you to ICE."),
    ("threat", "It's going to get real ugly for you and your family."),
    ("threat", "The repercussions will be harsh."),
    ("threat", "Our people are stationed at your building entrance."),
    ("threat", "We'll see to it you lose your job."),
    ("threat", "Your disability checks will be garnished next month."),
    # the debtor's audience, naming in public, mockery, masked oaths
    ("shaming", "Your clients at the salon might want to know you skip your bills."),
    ("shaming", "Next issue of our newsletter will name you as a defaulter."),
    ("shaming", "Spare me the sob story and pay."),
    ("shaming", "So cold. Heartless, really."),
    ("obscene", "Pay up, you motherf***ing deadbeat."),
    ("obscene", "Don't be an a-hole about it."),
    (
        "third_party",
        "We talked to somebody at your work and they confirmed your hours.",
    ),
    # holds and levies, vehicles scheduled, arrests, crimes, watching
    ("threat", "We have put a hold on your savings as of this morning."),
    ("threat", "A garnishment order was issued against your paycheck."),
    ("threat", "Your savings accounts are being frozen as we speak."),
    ("threat", "The SUV has been approved for repossession."),
    ("threat", "Our driver will come get the truck after lunch."),
    ("threat", "Your condo goes to auction in January."),
    ("threat", "Keep dodging and the sheriff's deputies will take you in."),
    ("threat", "Skipping a payday loan is a crime to the state."),
    ("threat", "You defrauded the lender and everyone knows it."),
    ("threat", "Your son walks home alone after practice, right?"),
    ("threat", "Our recovery executive will reach your residence at noon."),
    # slang exposure, belittling, other languages, the debtor's circle
    ("shaming", "Keep ghosting and we'll put you on blast."),
    ("shaming", "We're making a video about you for our page."),
    ("shaming", "Do you have any shame left?"),
    ("shaming", "Total besharam, not paying for six months."),
    ("shaming", "Ang kapal ng mukha mo."),
    ("obscene", "Tangina, pay already."),
    ("third_party", "Your team at work will get a text about the balance."),
    ("third_party", "Hi Coach, one of your members borrowed $300 and ghosted us."),
    # who has been told, copied or shared with
    ("third_party", "Your fiancee has been made aware of the arrears."),
    ("third_party", "We forwarded your file to your landlord this morning."),
    ("third_party", "We cc'd your manager on the final notice."),
    ("third_party", "Your sisterinlaw already knows you owe us."),
    # invented bodies, court calendars, authorities acting
    ("impersonation", "Division of Delinquent Accounts: final notice."),
    ("impersonation", "You are now on the National Debtor Registry."),
    ("impersonation", "Your ssn has been suspended because of this debt."),
    ("impersonation", "A default judgment hearing is set for you on Tuesday."),
    ("impersonation", "The county has ordered immediate collection of your balance."),
    ("impersonation", "We write on behalf of the court regarding your loan."),
    # farewells, countdowns and announced criminal cases
    ("threat", "Say goodbye to your Harley by the weekend."),
    ("threat", "Tick tock, your time is running out for you."),
    ("threat", "You will wish you never borrowed a cent from us."),
    ("threat", "Your salary account will be blocked from Monday."),
    ("threat", "A cheque bounce case will be registered against you."),
    ("threat", "A bailiff will be sent to your house this week."),
    # impersonation: a suit under way, a case before the judge
    ("impersonation", "Our lawyers have filed a lawsuit against you this morning."),
    ("impersonation", "Your file has been submitted to the court for judgment."),
]


@pytest.mark.parametrize(("category", "text"), FOUND)
def test_the_class_is_found(category: str, text: str) -> None:
    assert terms(text, category), (text, everything(text))


# --- texts that share the words and must stay clean ---------------------------------

CLEAN = [
    # the sender says it is not the source, or that authorities never act by text
    "The letter about a lawsuit did not come from us; please ignore it.",
    "Sheriffs and courts never text to demand payment on a loan.",
    "The IRS and local police will never call to demand gift cards.",
    # jurisdiction clauses
    "Disputes go to the state and federal courts of Maricopa County, Arizona.",
    # fraud alerts and protection share the crime words
    "Protect your loan account from fraud: turn on two-step login.",
    "A purchase on your card was flagged. Reply YES if it was you.",
    # honest repossession and lien paperwork, honest visits
    "Thank you! The lien on your truck has been released.",
    "We will pick up the signed papers from your office, as you asked.",
    "Maintenance will change the locks on the lobby door Thursday.",
    "Trash pickup moves to the curb on Wednesdays this month.",
    # jobs, licences, cards
    "If you recently lost your job, ask about our hardship program.",
    "Your card is frozen for your protection; call us to unfreeze it.",
    "The suspension of your card has been lifted. Thanks for paying!",
    # relatives and coworkers in honest messages
    "Your mother called about your account; we can only speak with you.",
    "Give us a call when you have a minute.",
    "We know where to send your refund. Thanks, Ana!",
    "You may add your spouse as an authorized user at any time.",
    "Join our budgeting group chat for weekly tips.",
    # courts named honestly
    "The judge approved your bankruptcy plan, so collection has stopped.",
    "If you are being sued by another creditor, a legal aid office can help.",
    # abbreviations and Spanish that are no insult
    "Our advisor holds a BS in accounting.",
    "Hola, su pago de $80 vence el viernes. Gracias.",
    "Don't freak out about the balance - we can set up a plan.",
    # sarcasm words in honest use
    "No class action waiver applies to your account.",
    # visits and businesses in honest messages
    "Expect a visit from our technician between 9 and 11.",
    "Don't let one late invoice close your business: ask about our bridge loans.",
    "The meter reader will be by the building on Tuesday.",
    # disclosures of licences and contract law
    "This collector is licensed by the state Department of Licensing, no. 4471.",
    "This agreement is governed by the laws of the State of Oregon.",
    "Federal employees affected by the shutdown may skip one payment.",
    # lifted liens and called-off repossessions
    "The repossession was cancelled because you caught up. Thank you!",
    "If your identity was stolen, send us a copy of the police report.",
    # service visits, honest notices, and what a family may know
    "A technician will visit your home Friday to install the new meter.",
    "Your family knows about our hardship program? Share it with them!",
    "No lawsuit has been filed against you, and none is planned.",
    "Lol, we love our customers! Enjoy the holidays.",
    # referral offers and the idiom for sending
    "Tell your family about our holiday savings offer!",
    "We shot you a quick email with the payoff amount.",
    # autopay, ice, hard times
    "We'll take the payment from your savings account on the 1st, as you set up.",
    "Ice storm warning: our branches open late, payments still post on time.",
    "Money can get tight. We're here to help with a plan that fits.",
    "We will list you as the primary account holder on the new plan.",
    "Your customers can now pay you through our app.",
    # fraud holds, pick-ups the debtor may make, what the law forbids collectors
    "We placed a hold on your account because of suspicious activity.",
    "You can pick up your car from our lot once the balance is paid.",
    "It is against the law for collectors to threaten you.",
    "We tried to reach your home phone this morning.",
    # lawful next steps said conditionally, regulators, arbitration, tax forms
    "Unpaid accounts may be referred to a collection attorney in your state.",
    "You may contact your state attorney general to file a complaint.",
    "Under your contract, disputes are resolved by binding arbitration.",
    "If debt is forgiven, you may get a 1099-C from the IRS.",
    "Claims arising from this agreement will be heard in the District Court of Kent County.",
    "We never send the police or the sheriff to anyone's home.",
    "Chorley branch: your payment of £25 is due Friday.",
    "The county approved your property tax exemption.",
    "We sent your statement to your email on file.",
    "If we cannot agree, a court may enter a default judgment.",
    "Say goodbye to your late fees with autopay!",
    "Your title will be mailed once the lien is released with the DMV.",
    "If you stop paying, you could lose the car, so call us first.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_wording_stays_clean(text: str) -> None:
    assert everything(text) == {}, text
