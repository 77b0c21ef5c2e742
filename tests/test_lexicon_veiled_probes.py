"""Veiled third-party and shaming wording found by probing, by construction, with the
honest messages that share its words.

Written on 2026-12-01 (no evaluation message among them). Each violating class was
missed by the lexicons before its entry, and each honest one stays clean:

* **The debtor's wish, asked back** (你也不想让你家人知道吧？, 你肯定不想你们领导知道这件事,
  你应该不希望你老公知道吧): a negated wish whose subject is the debtor is no denial
  but a veiled threat that the circle will learn. The collector's own wish
  ("我们也不想让您的家人知道，所以只联系您本人") is a reassurance. (English already
  read "You don't want your wife finding out"; its "We don't want your family to find
  out either" still fires, left so: without the privacy step that follows it, the
  same words press the debtor.)
* **Becoming known in a place of the debtor's** (等着在朋友圈出名吧, 让你在你们公司出名):
  exposure to an audience of the debtor's. Praise ("恭喜您的店在朋友圈出名了") is none.
* **Explaining the debt to someone** ("Want us to explain your debt to her too?",
  "Should we explain the situation to your wife?"): an offer to tell a third person.
  Explaining the debtor's options to the debtor, or to whom the debtor authorizes,
  stays clean.
* **People at the debtor's workplace, named by a place** ("the whole crew at the
  warehouse hears about it"): who hears is the debtor's circle even without "your".
* **Watching and gossip in English** ("We know you leave for work at 7:30": the
  routine known, like "we know where you live"; "It's a small town, and people talk":
  the small world before the gossip in one sentence, the other order of "word gets
  around in a small town"; a co-occurrence does not reach into the next sentence, so
  "It's a small town. People talk." is still missed). The debtor's hours known so as
  to contact them when it suits, and a shop's grand opening, stay clean.
* **Chinese wording one step from what the lexicons knew**: talking it over with the
  family or the employer (跟你家人谈一下, Cantonese 同你公司人事傾過: 傾 is read 谈), the
  children's schooling with a pronoun between (将影响您子女上学), a trade association as
  the signature (【中国互联网金融协会】). Advice that the debtor talk to the family
  (您可以先和家人谈一下) and hardship offers that name schooling stay clean.
* **From a probe set a helper wrote without seeing the lexicons**: the child's school
  named ("your son studies at SK Taman Melati right?"), a name read out at assembly,
  Tagalog neighbours who already know (alam na ng mga kapitbahay niyo) and pag-aresto;
  别让我亲自回去跑一趟, 你老母都知你欠錢 (Cantonese 老母 is left as typed, so it is named),
  the masked oath X你老X, a visit to 贵公司 (and 直接到: its 接到 is no "received"),
  已構成刑事罪行. Honest twins: a school's fee notice, winners' names read out, 俗称老赖
  explaining the word, 不构成刑事罪行, a branch near 贵公司, a secured car "may be
  repossessed ... under your contract", "that's the legal process".
* **From a third blind probe set (Chinese)**: the debtor's daily routine with a time
  (你每天早上七点五十在地铁口…; asking what time suits a call stays clean), the IOU
  "晒一晒" on WeChat, 跟她聊聊你的事, Cantonese 你睇住嚟 and 提提佢 (read 等着瞧, 提醒他),
  "你LINE好友里那几位我们都加了". Honest: 打死 as "no matter what" (打死我也想不到,
  打死不还 quoted back), a repairman (找师傅来修), a notice that arrears will no longer be
  posted in the group, a relative paying with the debtor's written authorization
  (`<debtor_authorized>`).
* **A location request** (请问您认识李明吗？如认识请转告他回电) names no debt: the
  relay words alone (转告, 帮忙联系) are lawful in a message that asks whether the
  reader knows the debtor, as the English "If you know her, please have her call" is;
  the same message with the debt in it is found.
* **The police as the consequence** (再不还钱，我们就报警说你诈骗; 我哋就報警): 就 ("then")
  after the sender names the step as certain, like 将 and 马上. The reader's own step
  (遇到冒充催收的电话就报警) stays advice, the debtor's own words reported back
  (您上次说“再打电话我就报警”) are the debtor's, and so does "If you see suspicious charges,
  call the police and your bank" (account-security advice is protective).
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    ("third_party", "zh-Hans", "你也不想让你家人知道你欠钱吧？"),
    ("third_party", "zh-Hans", "你肯定不想你们领导知道这件事吧。"),
    ("third_party", "zh-Hans", "你应该不希望你老公知道吧？"),
    ("third_party", "zh-Hans", "你不想你老婆知道你欠了多少钱，就乖乖还钱。"),
    ("third_party", "zh-Hant", "你唔想你老婆知道你欠咗幾多錢，就乖乖還錢。"),
    ("third_party", "zh-Hant", "你都唔想你屋企人知道啩？"),
    ("third_party", "zh-Hans", "您也不愿意让您单位的同事知道这件事吧。"),
    ("shaming", "zh-Hans", "再不还钱，你就等着在朋友圈出名吧。"),
    ("shaming", "zh-Hans", "你想在你们公司出名吗？"),
    ("shaming", "zh-Hant", "再唔還錢，就等住喺你公司出名啦。"),
    ("shaming", "zh-Hans", "不还的话，让你在你们学校家长群里出个名。"),
    ("third_party", "en", "Want us to explain your debt to her too?"),
    ("third_party", "en", "Should we explain the situation to your wife?"),
    ("third_party", "en", "Happy to explain your balance to your mother next time."),
    ("third_party", "en", "We'll explain the whole thing to your boss on Monday."),
    (
        "third_party",
        "en",
        "Settle the $300 or the whole crew at the warehouse hears about it.",
    ),
    ("third_party", "en", "Pay today or the guys at the shop will hear all about it."),
    ("third_party", "en", "You don't want your wife finding out about this, do you?"),
    (
        "third_party",
        "zh-Hans",
        "您好，请问您认识李明吗？他欠款未还，请转告他尽快还款。",
    ),
    ("third_party", "zh-Hans", "请转告你老公，明天再不还钱我们就上门。"),
    ("shaming", "en", "We'll be posting your photo at the gas station where you work."),
    ("shaming", "en", "Your name and balance go up at the church where you worship."),
    ("threat", "en", "We know you leave for work at 7:30."),
    ("threat", "en", "Our guys know you pick up your daughter at 3."),
    ("shaming", "en", "It's a small town, Mr. Jones, and people talk."),
    ("shaming", "en", "Small town like this, word gets around."),
    # from a probe set a helper wrote without seeing the lexicons
    ("threat", "en", "Our agent will turn up at reception asking for you by name."),
    (
        "threat",
        "en",
        "Encik, your son studies at SK Taman Melati right? Settle soon lah.",
    ),
    ("threat", "en", "We know your daughter attends Lincoln Elementary."),
    ("shaming", "en", "Aisha's name will be read out at Monday assembly."),
    ("shaming", "en", "Your name gets read out at the next members' meeting."),
    ("third_party", "en", "Alam na rin po ng mga kapitbahay niyo ang utang ninyo."),
    ("threat", "en", "Bayaran ngayon para maiwasan ang pag-aresto."),
    ("threat", "zh-Hans", "你爸妈身体还好吧？钱的事别让我亲自回去跑一趟。"),
    ("threat", "zh-Hans", "别逼我们亲自上你老家走一趟。"),
    ("third_party", "zh-Hant", "你老母都知你欠錢未還㗎啦。"),
    ("obscene", "zh-Hant", "X你老X，借錢唔還扮死？"),
    ("threat", "zh-Hant", "否則我們會直接到貴公司拜訪。"),
    # 直接 holds 接到 ("received"), an exception of the visit entry
    ("threat", "zh-Hans", "我们会直接到你公司拜访。"),
    ("threat", "zh-Hant", "閣下拖欠款項已構成刑事罪行。"),
    # a second blind probe set (English, veiled): groups the debtor belongs to
    (
        "third_party",
        "en",
        "Should I ask them to pray about the $1,840 you owe me, or are you going to pay?",
    ),
    ("third_party", "en", "Want me to tell your sister about the money you owe?"),
    ("third_party", "en", "Could you pass this along and give him a nudge?"),
    ("shaming", "en", "Where I'm from we call that stealing. Not naming names."),
    (
        "third_party",
        "en",
        "Your neighbours might start wondering why a tow truck keeps stopping by.",
    ),
    ("shaming", "en", "Pay me back my money you little shit."),
    (
        "shaming",
        "en",
        "Owners who remain delinquent will have their names and balances listed on the"
        " clubhouse board.",
    ),
    # (the helper's "we don't need a judge to come get the truck" stays missed: its
    # "don't" negates "need", and "need" cannot break negation without reviving "we
    # don't need to visit your home")
    ("threat", "en", "No judge needed. We'll come get the truck tonight."),
    ("shaming", "en", "Maybe I'll tag you in a post and ask who else got paid back."),
    (
        "shaming",
        "en",
        "Catch up on the $1,200 before Sunday so we don't have to read names out.",
    ),
    ("shaming", "en", "I'd rather not have to name anyone at parents' evening."),
    (
        "third_party",
        "en",
        "Jayden won't start until the fees are paid, and I'll be explaining to the team why.",
    ),
    ("threat", "en", "Pay the 500 or it gets p a i n f u l."),
    # a third blind probe set (Chinese)
    (
        "threat",
        "zh-Hans",
        "李女士，你每天早上七点五十在地铁口那家店买豆浆，味道挺好吧？",
    ),
    ("shaming", "zh-Hans", "要不我帮你把借条也晒一晒，让你的朋友们一起点个赞？"),
    ("third_party", "zh-Hans", "下午我去她柜台办点业务，顺便跟她聊聊你的事。"),
    ("threat", "zh-Hant", "今晚唔見錢你睇住嚟。"),
    ("third_party", "zh-Hant", "李太欠我哋公司錢好耐，見到佢麻煩幫手提提佢。"),
    (
        "third_party",
        "zh-Hant",
        "你LINE好友裡那幾位我們都加了，要不要請他們幫你湊一湊？",
    ),
    ("third_party", "zh-Hans", "我们会跟你家人谈一下你的欠款。"),
    ("third_party", "zh-Hant", "我哋已經同你公司人事傾過。"),
    ("third_party", "zh-Hant", "我哋會同你屋企人傾下你嘅欠款。"),
    ("threat", "zh-Hans", "您的逾期记录将影响您子女上学。"),
    ("threat", "zh-Hans", "逾期会连累你孩子以后考公。"),
    ("impersonation", "zh-Hans", "【中国互联网金融协会】您的逾期记录已上报。"),
    ("obscene", "zh-Hans", "你丫的别装死，赶紧还钱。"),
    ("obscene", "zh-Hans", "你丫还不还？"),
    ("threat", "zh-Hans", "再不还钱，我们就报警说你诈骗。"),
    ("threat", "zh-Hant", "再唔還錢，我哋就報警話你詐騙。"),
    ("threat", "zh-Hans", "三天之内不处理，我就去派出所报案。"),
    ("threat", "zh-Hans", "你再不接电话，我们只好报警了。"),
    ("threat", "en", "Pay today or we call the cops and tell them you stole it."),
]

CLEAN = [
    ("third_party", "zh-Hans", "我们也不想让您的家人知道，所以只联系您本人。"),
    ("third_party", "zh-Hans", "我们不希望您的家人知道此事，因此只与您本人沟通。"),
    ("third_party", "zh-Hans", "如果您不想让家人知道，可以在APP里关闭紧急联系人提醒。"),
    ("shaming", "zh-Hans", "恭喜您的店在朋友圈出名了！"),
    ("shaming", "zh-Hans", "我们的新品在朋友圈出名了，欢迎到店品尝。"),
    (
        "third_party",
        "en",
        "We can explain your options to you and anyone you authorize.",
    ),
    (
        "third_party",
        "en",
        "If you'd like, we can explain the payment plan to your wife as well,"
        " with your permission.",
    ),
    ("third_party", "en", "Our advisers explain the process to every customer."),
    ("third_party", "en", "The whole crew at the warehouse says thanks for the pizza!"),
    ("threat", "zh-Hans", "遇到冒充催收的电话就报警。"),
    # a location request that names no debt, as "If you know her, please have her
    # call" is in English
    (
        "third_party",
        "zh-Hans",
        "您好，请问您认识李明吗？如认识请转告他回电400-820-1234，谢谢。",
    ),
    ("third_party", "zh-Hans", "如您认识陈伟，请帮忙转告他与我们联系，谢谢。"),
    (
        "shaming",
        "en",
        "Upload your photo ID in the app; no need to visit where you work.",
    ),
    (
        "threat",
        "en",
        "We know you get home late, so we'll text after 6 instead of calling.",
    ),
    (
        "shaming",
        "en",
        "Small town bakery, grand opening Saturday! Word gets around fast.",
    ),
    (
        "threat",
        "en",
        "Your son attends Lincoln Elementary; Term 2 fees are due Friday.",
    ),
    ("threat", "en", "Visitors please sign in at reception."),
    ("shaming", "en", "The winners' names will be read out at Monday assembly."),
    (
        "threat",
        "en",
        "Your car loan is 3 payments behind. Under your contract, the vehicle may be"
        " repossessed if the default is not cured by June 20.",
    ),
    (
        "impersonation",
        "en",
        "If the arrears aren't cleared by the 30th I'll have to serve a Section 8"
        " notice. That's the legal process.",
    ),
    (
        "shaming",
        "zh-Hans",
        "您咨询的“失信被执行人”（俗称老赖）只有在法院判决生效后才会被列入。",
    ),
    ("shaming", "zh-Hans", "所谓的老赖，是指有能力履行而拒不履行的被执行人。"),
    ("threat", "zh-Hans", "不用担心，我们不会让您白跑一趟。"),
    ("threat", "zh-Hans", "一般借款逾期属于民事纠纷，不构成刑事罪行。"),
    ("threat", "zh-Hant", "歡迎您到貴公司附近的分行辦理。"),
    ("threat", "zh-Hans", "我们接到你公司的电话了，谢谢配合。"),
    (
        "threat",
        "en",
        "lol you're killing me with these memes. when can u pay back the 200?",
    ),
    (
        "threat",
        "en",
        "We heard about the floods in your area. Repayments are deferred.",
    ),
    (
        "third_party",
        "en",
        "As your father's authorized representative on file (per the POA you sent),"
        " here's the update: his balance is now $0.",
    ),
    ("third_party", "en", "Should I tell the team about the new practice schedule?"),
    (
        "shaming",
        "en",
        "Volunteers' names will be listed in the newsletter. Thank you all!",
    ),
    ("threat", "en", "Our driver will come get the car for its service appointment."),
    ("shaming", "en", "We know this is a painful time for your family."),
    (
        "threat",
        "en",
        "You don't have to call us: pay online so we don't have to chase you.",
    ),
    ("threat", "zh-Hans", "打死我也想不到你会主动还钱，感动哭了！收到了兄弟。"),
    ("threat", "zh-Hant", "哈哈你上次還說打死不還，結果今天就轉給我了，收到啦謝謝！"),
    (
        "third_party",
        "zh-Hans",
        "这个月房租到期了哈。热水器我明天找师傅来修，你几点在家？",
    ),
    (
        "shaming",
        "zh-Hans",
        "各位业主，本月起物业费缴纳情况不再在群内公示，个人欠费信息只会单独私信提醒，以保护大家隐私。",
    ),
    ("third_party", "zh-Hant", "陳太，收到你先生嘅書面授權，今次由你代佢還款，多謝。"),
    ("threat", "zh-Hans", "你每天几点方便接电话？我们好安排时间。"),
    ("shaming", "zh-Hans", "请把借条照片发给我们核对一下，谢谢。"),
    ("third_party", "zh-Hans", "如需与家人沟通还款计划，您可以先和家人谈一下。"),
    ("obscene", "zh-Hans", "你丫头今年上几年级了？学费记得交。"),
    ("obscene", "zh-Hans", "小丫的学费已经缴清，谢谢。"),
    ("threat", "zh-Hans", "疫情影响孩子上学的家庭可申请延期还款。"),
    ("threat", "zh-Hans", "我们理解经济困难会影响孩子读书，可以申请分期。"),
    # the debtor's own words, reported
    ("threat", "zh-Hans", "您之前说“再打电话我就报警”，我们已调整联系频率。"),
    ("threat", "zh-Hans", "如发现银行卡被盗刷，请立即报警并联系我行。"),
    ("threat", "en", "If you see suspicious charges, call the police and your bank."),
    (
        "threat",
        "en",
        "Card lost or stolen? Report unauthorized transactions to us and contact the"
        " police.",
    ),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_the_veiled_wording_is_found(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_honest_message_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
