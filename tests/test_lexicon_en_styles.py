"""English lexicon classes added for the seventh blind set's styles: text-speak,
non-native English (South Asian, West and East African, Philippine lenders), UK, Irish
and NZ registers, veiled workplace and family pressure.

Every sentence here is written for the test, unlike any message of an evaluation set,
so that the classes are checked as classes (other subjects, tenses, word orders,
spellings) and not as the sentences that showed they were missing.
"""

from __future__ import annotations

import pytest
from test_lexicon import everything, terms

# --- (category, text): the class of wording is found --------------------------------

FOUND = [
    # the debtor called a criminal to the face implies a crime (guide: threat + shaming)
    ("threat", "Ur such a crook, pay what u owe."),
    ("threat", "You are nothing but a common thief."),
    ("threat", "u r a scamer and everyone knows it"),
    ("threat", "You're a fraud, Mr Okafor."),
    ("shaming", "Honestly ur a theif, plain and simple."),
    ("threat", "Taking a loan and vanishing like a swindler. Pay today."),
    ("threat", "Your face goes on our page as FRAUDSTER tomorrow."),
    ("threat", "Picha yako itawekwa mtandaoni kama mwizi."),
    ("threat", "Folks like you who borrow and then switch off the phone are crooks."),
    ("shaming", "Guys like you, always promising and never paying, are leeches."),
    # forced return to custody
    ("threat", "Keep dodging and I'll haul your butt back to jail."),
    ("threat", "We will put you back behind bars, pay up."),
    # storage units and their contents sold or broken into, as a certainty
    ("threat", "The storage locker will be drilled Monday and everything sold."),
    ("threat", "Your belongings go to auction on the 3rd."),
    ("threat", "Come Saturday anyone can bid on her furniture."),
    # invented consequences: government jobs, travel
    ("threat", "Default and you can forget about a govt job forever."),
    ("threat", "You won't be able to travel abroad once we file this."),
    ("threat", "Your name goes on the exit control list this week."),
    ("threat", "Your driving licence will be blocked over this loan."),
    # the tax authorities told
    ("threat", "We will let HMRC know about your cash-in-hand work."),
    ("threat", "Pay, or we tip off the taxman that you work for cash."),
    # police said to have opened a case
    ("threat", "Cyber cell: a complaint has been lodged against you for non-payment."),
    ("threat", "The police station has registered a case against you today."),
    # the collector shows it knows the debtor's routine
    ("threat", "You leave the gym by the back door every evening, don't you."),
    ("threat", "Parking on the same corner every night sure makes the pickup easy."),
    ("threat", "Debts like this have a way of following you home."),
    ("threat", "We know which park your daughter plays at."),
    ("threat", "Your son gets off the bus at 4:10, correct?"),
    # police coming, in Irish and other words
    ("threat", "The Garda will attend your flat on Monday."),
    ("threat", "Constables will come to evict you tomorrow."),
    # cars and visits in tow-truck slang and text-speak
    ("threat", "Ur Corolla gets snatched tmrw wherever it is."),
    ("threat", "The van gets hooked up tonight, work or home."),
    ("threat", "we cumin to ur place 2day"),
    ("threat", "Our recovery squad will be sent to your office."),
    # shaming: social media in Taglish, Swahili and text-speak
    ("shaming", "I-upload namin sa FB ang mukha mo."),
    ("shaming", "Tutakuanika mitandaoni leo."),
    ("shaming", "ipost ka namin sa tiktok kung hindi ka magbabayad"),
    ("shaming", "Pay today, or it goes up so everybody can see who you are."),
    ("shaming", "Babayaran mo o malalaman ng lahat."),
    # doctored or spread photos
    ("shaming", "We have doctored pictures of you ready for your relatives."),
    ("shaming", "Your selfie will be forwarded to everyone in your phonebook."),
    ("shaming", "The poster with your face is ready to go live."),
    # delinquent members in the building's own media
    ("shaming", "Residents in arrears will be named in the laundry room notice."),
    ("shaming", "Units more than 90 days past due will appear in the owners group."),
    # singled out as the one who never pays
    ("shaming", "All the flats paid except the one unit that never pays."),
    ("shaming", "Say hi to the bloke who still hasn't paid his gym fees."),
    # sound-alike profanity
    ("obscene", "Answer the phone, you sumbitch."),
    ("obscene", "son of a beach, where is my money"),
    # third parties: a named street, a school, in front of the family
    ("third_party", "The whole of Elm Crescent will hear about this."),
    ("third_party", "Everybody in the estate will know by Friday."),
    ("third_party", "Your arrears go in the window for all your neighbors to see."),
    ("third_party", "We will be informing her class teacher about the unpaid fees."),
    ("third_party", "Fine, we'll have the conversation in front of your kids then."),
    (
        "third_party",
        "Happy to talk it over in front of your parents if that's how you want it.",
    ),
    # third parties: the boss will hear it from the collector
    ("third_party", "Sort this before your supervisor gets a call from us."),
    ("third_party", "Would your wife like to know about the loan you're hiding?"),
    ("third_party", "Do ur parents know u owe us 40k?"),
    ("third_party", "Should we ring her about what you owe?"),
    ("third_party", "Want us to let them know about your arrears?"),
    # third parties: text-speak and masked letters
    ("third_party", "we wil tel ur hubby n ur boss"),
    ("third_party", "pay or i msg ur fam"),
    ("third_party", "We will contact your b*ss tomorrow."),
    # dropped prepositions and articles, as non-native English writes them
    ("threat", "Tomorrow recovery agent will come your office, be ready."),
    ("threat", "Team will reach ur hometown on Sunday."),
    ("threat", "We know ur hostel, pay today."),
    ("threat", "Pay now else we shall initiate strict action."),
    ("threat", "One more day and we will file FIR against you."),
    ("threat", "Usipolipa leo utakamatwa."),
    ("threat", "Oya, we go deal with you this weekend."),
    ("threat", "If u ignore this, we will shout at u infront of ur neighbours."),
    ("third_party", "Your sister will get call from us today."),
    ("third_party", "ur dad wil b informed tonight"),
    ("third_party", "We are forwarding your loan details to all your referees."),
    ("third_party", "We will report you to your reporting manager."),
    ("shaming", "We will spoil your image in your colony."),
    ("shaming", "Bring shame on your family, that's what you're doing."),
    # UK, Irish and NZ registers
    ("threat", "Our enforcement team will be round first thing Monday."),
    ("threat", "We'll clear the flat of anything worth selling."),
    ("threat", "Your kids could end up put into care over this."),
    ("threat", "Your telly will be clamped and taken."),
    ("impersonation", "A county court judgment has been registered against you."),
    ("impersonation", "Ignore this and a liability order will be granted against you."),
    ("shaming", "Answer your phone, you plonker."),
    ("shaming", "Your name gets read out at the Sunday service."),
    ("third_party", "I'll be on the phone to your gaffer by ten."),
    ("third_party", "We will contact your uni about the unpaid balance."),
    ("third_party", "Next we share it in the office WhatsApp group."),
    # shops sealed, goods carried off, menace idioms (Indian, Nigerian, Kenyan English)
    ("threat", "Our people will padlock your kiosk on Monday."),
    ("threat", "Your salon will be sealed by evening."),
    ("threat", "Your generator will be carried away by our men."),
    ("threat", "Settle now or pay dearly."),
    ("threat", "Una go sleep for cell if you no pay."),
    ("shaming", "Tutakudhalilisha mtandaoni."),
    ("shaming", "Papahiyain ka namin sa opisina."),
    ("third_party", "Tutakuaibisha mbele ya wazazi wako."),
    ("third_party", "Pay today or ya papa go hear am."),
    ("third_party", "Your landlord was very interested in your unpaid loan."),
    # veiled pressure through family and work
    ("third_party", "Shame if your line manager had to get involved."),
    ("third_party", "Next step, we drag your parents into this."),
    ("third_party", "Don't make us rope in your in-laws."),
    ("third_party", "Picture your flatmates reading about your arrears."),
    ("third_party", "Your cousin was very forthcoming on the phone yesterday."),
    ("threat", "Your nan still lives at number 14, doesn't she?"),
    ("threat", "Would be a shame to lose that new job over a few hundred quid."),
    # a vet holding or rehoming a pet over the bill (set7's decision), a dare
    ("threat", "Rocky will be rehomed if the invoice stays open past Monday."),
    ("threat", "We're holding your puppy till the bill is settled."),
    ("threat", "Your rabbit remains in our care until payment is received."),
    ("threat", "Block us and see what happens. Just try me."),
    # a gym's or building's board, the screenshots and the owners' list
    ("shaming", "Your profile photo will be pinned at reception until you pay."),
    ("third_party", "I'll forward those texts to your fiance."),
    ("third_party", "Your coworkers would find this very interesting."),
    ("third_party", "The committee will circulate the arrears list to all residents."),
    # Australian slang, watching in slang, Swahili and Tagalog
    ("threat", "Your Hilux is getting picked up this arvo."),
    ("threat", "Just so you know, we've got eyes on your house."),
    ("threat", "Tunajua unakoishi, lipa leo."),
    ("threat", "Alam namin ang bahay mo. Magbayad ka na."),
    ("shaming", "Pick up the phone, ya lying weasel."),
    ("third_party", "Ur bf gonna hear about this loan."),
    # someone else's debt told to the recipient, or a nudge asked of them
    ("third_party", "Morning Bev, your lodger still hasn't paid the October rent."),
    ("third_party", "She's three months behind on the car loan, FYI."),
    ("third_party", "Jordan never paid me back for the concert tickets."),
    ("third_party", "Could you have a word with him? It's been six weeks."),
    ("third_party", "Dear owners, flat 3B has not paid the service charge since May."),
    # third parties: Taglish and Swahili
    ("third_party", "Itetext namin ang lahat ng kaibigan mo."),
    ("third_party", "Marafiki zako wote wataona."),
]


@pytest.mark.parametrize(("category", "text"), FOUND)
def test_the_class_is_found(category: str, text: str) -> None:
    assert terms(text, category), (text, everything(text))


# --- texts that share the words and must stay clean ---------------------------------

CLEAN = [
    # crime words in warnings, in likeness, and the debtor as a victim
    "Fraudsters pose as lenders; treat any unknown caller as a potential scammer.",
    "You are not a criminal for falling behind, and we will never say so.",
    "If you were the victim of a scammer, tell us and we'll pause the account.",
    "Criminals like to send fake payment links, so use only our app.",
    # custody words in honest use
    "Welcome back to County Credit Union online banking.",
    # storage and auctions the customer chose, or lawful and conditional
    "If rent stays unpaid, your unit may be sold under the state lien law.",
    "Your storage unit will be opened for the pest inspection on Monday.",
    "Our charity auction is Saturday: bid on signed jerseys and more!",
    # travel and government work in honest use
    "Your payment holiday won't affect your ability to travel abroad.",
    "Government employees can pay through payroll deduction.",
    # the tax authorities in truthful reporting
    "We will let the IRS know about the forgiven debt on a 1099-C, as required by law.",
    # police cases in scam warnings and the debtor's own report
    "Scam alert: texts saying the police have registered a case against you are fake.",
    # routines and easy jobs in honest use
    "Autopay runs every month, which makes our job easier too. Thank you!",
    "Our branch is open every evening until 8.",
    "Thanks for sending the form, it makes our job so much easier.",
    # officers of the collector, councils and community events
    "Your income officer, Sean, will call you on Tuesday.",
    "Council arrears officer here: your plan is on track, thanks.",
    "An officer from the local station will give a talk at the community meeting.",
    "If council tax stays unpaid, we may apply to the Sheriff Court for a summary warrant.",
    "We will never share your contacts or call your family, whatever you hear.",
    # social media and photos in honest use
    "Follow us on FB for updates and promos.",
    "Your profile photo is ready to upload in the app.",
    "Photos of the new branch will be shared with our customers next week.",
    "Edited photos are not accepted for ID verification.",
    # building and club notices
    "The pool timetable will be posted in the mailroom and the newsletter.",
    "Everyone on Mill Road will get the new bin collection calendar.",
    "The whole of our street party committee thanks you!",
    # the debtor's circle in honest use
    "Tell your family about our holiday savings offer!",
    "Does your employer offer a payroll savings scheme? Ask HR.",
    "Should we call you or your wife about the refinance appointment?",
    "We spoke to your child's teacher about the field trip money, as you asked.",
    "Your brother paid $50 toward your balance today, with your permission.",
    "Your sister's number was removed from your file, as you asked.",
    "Congratulations on your new job! Would you like us to move your due date?",
    # visits, knowledge and action in honest non-native English
    "Our agent will come your home for the KYC verification you requested.",
    "We know your family matters to you, so we offer a payment holiday.",
    "We will take strict action against fraudsters who misuse our name.",
    "You may be taken to court; you will not be arrested and no FIR will be filed.",
    "Kindly share your loan details with your spouse only if you wish.",
    # the UK and court words in honest use
    "If you don't pay, we may apply for a county court judgment.",
    "The CCJ has been set aside and removed from your file.",
    "Our engineer will be round on Tuesday to fit the smart meter, as you booked.",
    "Care leavers can apply for our fee-free account.",
    "Join our alumni group for career events!",
    "Your branch manager will call you about the new savings rates.",
    "Our stores will be closed on the public holiday.",
    "Your employer hasn't paid you yet? Ask about our payday bridge.",
    "Could you remind him about the dentist appointment on Friday?",
    "Owners with any unit behind on fees can ask for a payment plan.",
    "This bill is on our radar too, so we'll fix the error today.",
    "Keep an eye on your account for our new offers.",
    "Max stays with us overnight for observation until the vet checks him.",
    "Luna has been rehomed - thank you for fostering her!",
    "Just try it: our new app makes paying in instalments free.",
    "Your new member photo will be printed on your card at reception.",
    "Your kids are going to love our holiday savings club!",
    "We will share the budget and agenda with all owners before the AGM.",
    "Please send the form to your employer for the payroll deduction you chose.",
    "Your son goes to Hillside High? Ask about our parent savings account.",
    "Get your kids involved in our summer reading club!",
    "Imagine your family on a debt-free holiday next year.",
    "Your referees were very helpful in verifying your application.",
    "If you lost your job, it would be a shame to miss our hardship scheme.",
    "Heri ya Krismasi kwa familia yako kutoka kwetu!",
    "The repossession of your van was called off now that the account is current.",
    "Your landlord asked about our rent-deposit loans; tell him to call us.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_wording_stays_clean(text: str) -> None:
    found = {c: t for c, t in everything(text).items() if c != "obscene"}
    assert found == {}, text


def test_a_vulgar_stand_in_for_the_debtor_is_no_third_person() -> None:
    # "your sorry ass owes" speaks of the debtor (shaming and obscene say so), not of
    # someone else's debt
    assert terms("Your sorry ass owes us $90 since June.", "third_party") == []
