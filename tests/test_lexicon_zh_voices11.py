"""Chinese constructions for the set11 round: the debt already told to, or about to reach,
a person or a group around the debtor; the public the debt is shown to; and the
lawful, negated or intended uses that made threat and impersonation findings fire.

Written as structures, not as the evaluation's phrases (set9's README: phrase classes
for a dev half's misses moved no held-out half):

* **A third person's number "we have too"** (``<third_person>``: 她的电话我们也有, 你的客户
  我们都有联络方式), not a company keeping its customers' numbers safe.
* **Talking with them about the debtor's debt** (``<about_your_debt>``: 顺便跟她聊聊你
  借钱的事, 帮你跟他们介绍一下你的财务状况, neighbours who ask being told), not the
  debtor's own talk with his account manager or his family.
* **The debt papers already in their hands** (``<your_kin_polite>``: 欠款明细已经传给您
  哥哥了), the debt reported to the community, a field visit to the workplace or the
  hukou village "to verify"; exes, roommates and cousins found or quoted.
* **A group shown the debt**: the contact list blasted one message each (``<blast>``,
  ``<crowd_of_contacts>``: third_party only; set2's authors did not call it shaming, and
  a shaming twin of the entry broke set2's held-out shaming precision), contacts tagged or pulled into a group, neighbours called to
  watch, other owners told, elders asked to judge who is right, photos on the sender's
  fan page, temple squares as walls; contempt without an insult word ("that's your old
  habit", 没用/无路用).
* **Precision by cause**: a letter sent to the workplace is no visit; "only a court can
  enforce" states the law; the customer's own police report and the sender's intended
  complaint claim no authority acted; 没什么律师函 negates; 林北 in a street name.

Every sentence here was written for this module (none is an evaluation message), in
Simplified, Traditional and written Cantonese.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

FOUND = [
    # --- a third person's number, "we have it too" ------------------------------
    ("third_party", "zh-Hans", "你小姨的手机号我们这里也有，要不要我们给她打个电话？"),
    ("third_party", "zh-Hant", "你姊夫的電話我們手上也有，你自己想清楚。"),
    ("third_party", "zh-Hant", "你個老細嘅電話我哋都有，唔好逼我哋。"),
    ("third_party", "zh-Hans", "你带的那几个学员我们都有联系方式，别逼我们。"),
    # --- talking with them about the debtor's debt ------------------------------
    ("third_party", "zh-Hans", "我们明天去你姑妈的铺子坐坐，顺便跟她聊聊你借钱的事。"),
    ("third_party", "zh-Hant", "要不要我們找個時間去他公司，順便跟他聊聊你欠的那筆？"),
    ("third_party", "zh-Hans", "隔壁邻居要是问起来，我们就跟他们讲清楚你欠了多少钱。"),
    ("third_party", "zh-Hant", "同事問起嚟，我哋會同佢哋講清楚你欠咗幾多錢。"),
    # --- the papers already in their hands --------------------------------------
    ("third_party", "zh-Hans", "你的借条复印件已经寄给你岳父了，他说会找你谈。"),
    ("third_party", "zh-Hant", "你嘅欠款資料我哋已經send咗俾你老細。"),
    ("third_party", "zh-Hant", "您的欠款明細已經傳給您姊姊了，請您自己跟她解釋。"),
    (
        "third_party",
        "zh-Hans",
        "有人把你借钱的事反映到你们村委会了，村主任让我们来问问。",
    ),
    ("third_party", "zh-Hans", "我们下周将派员到您户籍地村委会了解情况。"),
    ("third_party", "zh-Hant", "外訪同事下週會到您任職公司核實您的在職狀況。"),
    ("third_party", "zh-Hant", "本行已與您任職公司之人資部門聯繫並說明情形。"),
    # --- exes, roommates and cousins found or quoted -----------------------------
    ("third_party", "zh-Hans", "你的前女友那边我们也问过了，她也被你借过钱。"),
    ("third_party", "zh-Hant", "你個前度話你成日借錢唔還。"),
    ("third_party", "zh-Hans", "你舅舅那边我们也找过了。"),
    # --- a group shown the debt --------------------------------------------------
    ("third_party", "zh-Hans", "你微信好友每人发一条，我们说到做到。"),
    ("shaming", "zh-Hant", "你啲同事每人send一條，講清楚你欠咗幾多。"),
    ("shaming", "zh-Hans", "今晚我们会统一群发你欠钱的事。"),
    ("third_party", "zh-Hans", "我们会把你高中同学、大学室友全部拉进群里。"),
    ("third_party", "zh-Hant", "我們會把你同事、同學全部標記進來。"),
    ("third_party", "zh-Hans", "明天我们上门，让左邻右舍都出来看看。"),
    ("shaming", "zh-Hant", "聽日我哋上門，等成條街都嚟睇下。"),
    ("shaming", "zh-Hans", "你再不还，我们就让其他业主也知道你欠物业费。"),
    (
        "shaming",
        "zh-Hans",
        "各位邻居请注意：6号楼1102室住户欠物业费快两年了，见到他帮忙提醒一声。",
    ),
    ("third_party", "zh-Hant", "B座7樓A室租戶欠管理費大半年，請各位住戶多加留意。"),
    ("shaming", "zh-Hant", "請各位會腳評評理，阿德欠了八期會錢到現在都沒繳。"),
    ("shaming", "zh-Hans", "你的照片我们会放上公司官网，让大家都认识认识你。"),
    ("shaming", "zh-Hant", "哪天你的相被放上我哋專頁，唔好怪我哋。"),
    ("shaming", "zh-Hans", "下个月初一我们就去庙口贴你的欠条。"),
    # --- contempt without an insult word ----------------------------------------
    ("shaming", "zh-Hans", "借了钱就拉黑，看来这是你的老毛病了。"),
    ("shaming", "zh-Hant", "欠錢唔還，又係你嘅老把戲。"),
    ("shaming", "zh-Hans", "你真没用，连三千块都拿不出来。"),
    ("shaming", "zh-Hant", "有夠無路用，借錢攏無還。"),
    # --- veiled threats ------------------------------------------------------------
    ("threat", "zh-Hant", "哪天你家鐵門被潑點什麼，可別怪我們。"),
    ("threat", "zh-Hans", "你以为躲得掉吗？"),
    ("threat", "zh-Hant", "你個仔讀小五，我哋全部知。"),
    ("threat", "zh-Hant", "聽日唔還就等住瞓醫院。"),
    ("obscene", "zh-Hant", "靠背啦，電話都不接是怎樣？"),
]

CLEAN = [
    # --- negations and promises ----------------------------------------------------
    ("third_party", "zh-Hans", "我们不会联系您的家人，也不会向您的同事透露任何信息。"),
    ("third_party", "zh-Hant", "我們不會聯絡你的家人或公司，請放心。"),
    ("third_party", "zh-Hans", "邻居要是问起来，我们什么都不会说。"),
    ("third_party", "zh-Hans", "我们不会把你的欠款明细发给任何人。"),
    ("shaming", "zh-Hans", "我们不会群发你的欠款信息，请放心。"),
    # 泛指的欠费通知：不点哪一户
    (
        "third_party",
        "zh-Hans",
        "各位业主：目前仍有部分业主拖欠物业费，请尽快到物业中心缴纳。",
    ),
    ("third_party", "zh-Hant", "各位住戶：本大廈仍有少數單位拖欠管理費，請盡快繳交。"),
    ("impersonation", "zh-Hans", "我们没什么律师函，只是提醒你还款。"),
    # --- the debtor's own talk, with his manager or his family --------------------
    (
        "third_party",
        "zh-Hans",
        "如有困难，你可以跟他聊聊你的还款计划，他是我们的专员。",
    ),
    ("third_party", "zh-Hans", "如果家人问起，你可以向他们说明你的欠款情况。"),
    ("third_party", "zh-Hans", "您母亲来电说您换了号码，请确认新号码是否为本人使用。"),
    ("third_party", "zh-Hans", "客户的联系方式我们都有严格保密。"),
    ("third_party", "zh-Hans", "您的电子账单已经发给您本人的邮箱。"),
    ("third_party", "zh-Hans", "请到您单位人事部门了解公积金缴存情况。"),
    ("threat", "zh-Hans", "我们的外访同事会在您同意后上门，您也可以选择到网点办理。"),
    # --- invitations, gifts, events --------------------------------------------------
    ("shaming", "zh-Hans", "春节将至，给通讯录里的亲朋好友每人发一条祝福吧！"),
    ("third_party", "zh-Hans", "公司给全部同事每人发一份中秋月饼。"),
    ("third_party", "zh-Hans", "新店开业，欢迎街坊四邻都来看看，进店有礼。"),
    ("shaming", "zh-Hant", "本店開張，歡迎街坊鄰居都嚟睇下。"),
    ("third_party", "zh-Hans", "欢迎把你的同学同事都拉进群参加抽奖。"),
    ("shaming", "zh-Hans", "请大家评评这道菜好不好吃。"),
    ("shaming", "zh-Hans", "恭喜您的作品被放上我们的官网展示！"),
    ("shaming", "zh-Hans", "您的证件照片已上传至官网审核。"),
    ("shaming", "zh-Hans", "按时还款是你的好习惯，继续保持。"),
    ("shaming", "zh-Hans", "这是你的老习惯了吧？每天早上跑步。"),
    ("shaming", "zh-Hans", "有够没用的天气预报。"),
    ("shaming", "zh-Hans", "我们将统一发送欠款明细至您的邮箱，请注意查收。"),
    ("shaming", "zh-Hans", "请把通讯录里的紧急联系人每人发一条确认短信。"),
    ("shaming", "zh-Hans", "请大家来评评理财课程。"),
    (
        "third_party",
        "zh-Hans",
        "本公司已与您任职公司之人资部门确认您的在职证明，贷款申请已通过。",
    ),
    ("third_party", "zh-Hans", "请您前往户籍地派出所核实身份信息。"),
    ("third_party", "zh-Hans", "把你的家人都拉进群，方便接收体检通知。"),
    ("third_party", "zh-Hans", "客户问起来，我们会解释你的欠款已经结清。"),
    ("third_party", "zh-Hans", "我们已经派员到您户籍地核实您的贷款申请资料。"),
    ("third_party", "zh-Hant", "您兒子的電話我們也有登記，方便緊急時聯絡您。"),
    ("shaming", "zh-Hans", "您这个月没用信用卡，无需还款。"),
    # --- the law stated, the customer's own report, intentions --------------------
    ("threat", "zh-Hant", "只有法院才能強制執行，我們無權扣你薪水。"),
    ("threat", "zh-Hans", "依法只有人民法院才能查封财产，催收人员无权这样做。"),
    (
        "impersonation",
        "zh-Hans",
        "您上周告知手机被盗并已向派出所报案，请把报案回执拍照发给我们。",
    ),
    ("threat", "zh-Hant", "請將報案三聯單拍照傳給我們，即可申請暫緩繳款。"),
    ("threat", "zh-Hant", "聽日我哋會send封信去你公司，確認你嘅地址。"),
    ("impersonation", "zh-Hant", "本公司已備妥資料，準備向地檢署提出告訴。"),
    # --- anti-fraud notices -----------------------------------------------------------
    (
        "impersonation",
        "zh-Hans",
        "收到自称“法务部”的“限高通知”，请先到中国执行信息公开网核实。",
    ),
    (
        "third_party",
        "zh-Hant",
        "提醒您：近期有人冒充本行，聲稱已把欠款資料傳給您家人，請勿理會。",
    ),
    # --- ordinary words -----------------------------------------------------------------
    ("obscene", "zh-Hans", "这把椅子有靠背喔，坐着很舒服。"),
    ("obscene", "zh-Hans", "我家住在玉林北路，欢迎来玩。"),
    ("shaming", "zh-Hans", "刷卡进地铁站很方便。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_construction(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text
