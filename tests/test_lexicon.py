"""The ``lexicon`` check and its detector: shipped lexicons, disguises and context."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import jsonschema
import pytest
from conftest import lexicon_hits
from conftest import lexicon_terms as terms

from smslint.checks import RunContext
from smslint.checks import lexicon as k
from smslint.detectors import inflections
from smslint.detectors.lexicon_entries import CATEGORIES, ENTRY_SCHEMA, parse_entries
from smslint.detectors.lexicon_files import languages, shipped_entries, shipped_words
from smslint.detectors.lexicon_text import PhraseKeys
from smslint.errors import SmslintError
from smslint.normalize import Normalizer
from smslint.resources import shipped_dir
from smslint.violations import Hit, Severity


def hits(
    text: str, category: str, lang: str = "en", is_template: bool = True, **opts: Any
) -> list[Hit]:
    """Hits of one category; rules without extra options share one run context."""
    return lexicon_hits(text, category, lang, is_template, **opts)


def everything(text: str, lang: str = "en") -> dict[str, list[str]]:
    found = {c: terms(text, c, lang) for c in CATEGORIES}
    return {c: t for c, t in found.items() if t}


def _lang(text: str) -> str:
    return "zh-Hans" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"


# --- what must be found: (category, text, a piece of the reported term) -----------

FAILING = [
    # English threats, with inflections
    ("threat", "We will arrest you tomorrow.", "arrest"),
    ("threat", "Failure to pay will result in your immediate arrest.", "arrest"),
    ("threat", "Officers are arresting people like you today.", "arresting"),
    ("threat", "You could be arrested tonight.", "arrested"),
    ("threat", "You will go to jail for this.", "jail"),
    ("threat", "You will be prosecuted to the full extent of the law.", "prosecuted"),
    ("threat", "A deputy will be dispatched to your residence.", "deputy"),
    ("threat", "The police will come to your house tonight.", "police"),
    ("threat", "Your wages will be garnished next week.", "garnished"),
    ("threat", "We are garnishing your paycheck.", "garnishing"),
    ("threat", "We will seize your car without further notice.", "seize your car"),
    ("threat", "We know where you live.", "know where you live"),
    ("threat", "Pay up or you'll regret it.", "regret"),
    ("threat", "Our field agents will be visiting your home tonight.", "visiting"),
    ("threat", "We will send someone to your workplace.", "send someone"),
    ("threat", "We will sue you tomorrow.", "sue"),
    (
        "threat",
        "Keep ignoring us and see what happens to your car.",
        "see what happens",
    ),
    ("threat", "We will report you to immigration and have you deported.", "deported"),
    # English shaming
    ("shaming", "You are a deadbeat.", "deadbeat"),
    ("shaming", "Deadbeats like you never learn.", "Deadbeats"),
    ("shaming", "You thieves are all the same.", "thieves"),
    ("shaming", "Everyone will know you don't pay your debts.", "Everyone will know"),
    ("shaming", "We'll make sure everybody in your town knows you don't pay.", "knows"),
    ("shaming", "We will post your name on Facebook.", "post your name on Facebook"),
    ("shaming", "Your name goes on our list of people who refuse to pay.", "refuse"),
    ("shaming", "Stop being such a lowlife and pay.", "lowlife"),
    # English impersonation
    ("impersonation", "This is Officer Brown of the Sheriff's Office.", "Sheriff"),
    ("impersonation", "A warrant has been issued in your name.", "warrant has been"),
    ("impersonation", "FINAL NOTICE FROM THE COURT.", "FROM THE COURT"),
    ("impersonation", "IRS agents have been assigned to your case.", "IRS"),
    ("impersonation", "You have been served a summons.", "summons"),
    (
        "impersonation",
        "Our legal department has prepared your file.",
        "legal department",
    ),
    ("impersonation", "This is the law enforcement division.", "law enforcement"),
    (
        "impersonation",
        "A lawsuit has been filed against you.",
        "lawsuit has been filed",
    ),
    (
        "impersonation",
        "This is a credit bureau agent calling about your file.",
        "credit",
    ),
    # English third parties
    ("third_party", "We will contact your employer.", "contact your employer"),
    ("third_party", "We have contacted your employer about this debt.", "contacted"),
    ("third_party", "If you don't pay we will tell your boss.", "tell your boss"),
    ("third_party", "We'll be calling your mother about what you owe.", "mother"),
    ("third_party", "Your family will be notified.", "family will be notified"),
    ("third_party", "We will message all your contacts.", "contacts"),
    ("third_party", "Your brother John has an unpaid balance of $900.", "brother"),
    ("third_party", "Please ask him to pay his overdue balance.", "him"),
    ("third_party", "Tell your husband his account is 90 days late.", "his account"),
    # English obscene, with inflections and masked spellings
    ("obscene", "Pay now you f*cking loser.", "f*cking"),
    ("obscene", "What the f**k is wrong with you", "f**k"),
    ("obscene", "FUCK YOU PAY ME", "FUCK"),
    ("obscene", "You fucked up.", "fucked"),
    ("obscene", "You piece of sh*t.", "sh*t"),
    ("obscene", "Pay your bill, a**hole.", "a**hole"),
    ("obscene", "Go to hell.", "Go to hell"),
    # Chinese threats
    ("threat", "欠钱不还的老赖，等着坐牢吧", "坐牢"),
    ("threat", "你再不还钱，我们就派人去你家", "去你家"),
    ("threat", "三天内不还款，后果自负", "后果自负"),
    ("threat", "我们已经掌握你的住址，随时上门", "上门"),
    ("threat", "再不还钱就上门找你", "上门找你"),
    ("threat", "你全家都不得安宁", "不得安宁"),
    ("threat", "小心我们给你家寄花圈", "寄花圈"),
    ("threat", "明天就起诉你", "起诉"),
    ("threat", "我们已经报警了", "报警"),
    ("threat", "不还钱就砸你家的门", "砸"),
    ("threat", "你等着吃牢饭吧", "牢饭"),
    # Chinese shaming
    ("shaming", "你这个老赖，再不还钱就曝光你", "老赖"),
    ("shaming", "你就是个骗子，不要脸", "不要脸"),
    ("shaming", "你的欠款信息将发到你朋友圈", "朋友圈"),
    ("shaming", "我们会把你的照片挂到网上", "挂到网上"),
    ("shaming", "把你列入黑名单，让大家都知道", "黑名单"),
    # Chinese impersonation
    ("impersonation", "我是XX市公安局经侦大队民警", "公安局"),
    ("impersonation", "XX人民法院通知：您的案件已立案", "已立案"),
    ("impersonation", "法院已受理你的案件，即将强制执行", "法院已受理"),
    ("impersonation", "你涉嫌诈骗，警方已立案侦查", "警方"),
    ("impersonation", "逮捕令已经签发", "逮捕令"),
    ("impersonation", "我方律师已准备好律师函", "我方律师"),
    # Chinese third parties
    ("third_party", "我们将通知您的家人和单位", "通知您的家人"),
    ("third_party", "我们会联系你的单位领导", "联系你的单位"),
    ("third_party", "你的通讯录我们已经拿到了，不还就全部群发", "通讯录"),
    ("third_party", "你的家人和同事都会知道这件事", "都会知道"),
    ("third_party", "请转告您的朋友张三尽快还款", "转告"),
    ("third_party", "您的朋友张三在我司的借款已逾期", "您的朋友张三在我司的借款"),
    ("third_party", "您是李四的紧急联系人，他的欠款已逾期", "他的欠款"),
    # Chinese obscene
    ("obscene", "傻逼，赶紧还钱", "傻逼"),
    ("obscene", "草泥马，还不还钱", "草泥马"),
    ("obscene", "滚蛋吧", "滚蛋"),
    ("obscene", "你个煞笔", "煞笔"),
    ("obscene", "操你妈的", "操你妈"),
    # Cantonese and Taiwanese usage (written as typed; converted like messages)
    ("obscene", "仆街，欠錢唔還", "仆街"),
    ("obscene", "幹你娘，錢快還", "幹你娘"),
    ("threat", "我哋會上門揾你，唔還錢就淋紅油", "淋紅油"),
    ("threat", "不還錢就移送法辦", "移送法辦"),
    ("third_party", "你再唔還，我哋就話俾你公司知", "話俾你公司"),
    ("shaming", "你欠的錢我們會在臉書公開", "臉書"),
    # more shapes of the same ideas
    ("third_party", "我们会给你家人打电话说明情况", "给你家人打电话"),
    ("third_party", "Mark owes us $2,300. Tell him to call.", "owes"),
    ("third_party", "She has fallen behind on her car loan.", "fallen behind"),
    ("impersonation", "You have been named as a defendant.", "defendant"),
    ("threat", "Expect us at your front door tonight.", "front door"),
    # generalization (issue 3 item 6): verb families x objects, passive forms
    ("threat", "I'm sending a couple of guys over to your house tomorrow.", "sending"),
    ("threat", "A field team has been sent to your home address.", "been sent"),
    ("threat", "You should worry about your family's safety.", "worry about"),
    ("threat", "Does your daughter still take the school bus at 7?", "your daughter"),
    ("third_party", "Does your boss know yet? He'd love to know.", "your boss"),
    (
        "third_party",
        "Your landlord might be curious about this balance.",
        "Your landlord",
    ),
    ("threat", "我们会派人去你单位坐坐", "派人"),
    ("threat", "你以后别想有好日子过", "别想"),
    ("threat", "法官已签发拘票", "拘票"),
    ("third_party", "你女朋友知道你欠了网贷吗", "你女朋友"),
    ("third_party", "我們已聯絡你的擔保人", "聯絡"),
    ("shaming", "你真是废柴一个", "废柴"),
    ("impersonation", "你已被法院列入失信名单", "列入失信名单"),
]


@pytest.mark.parametrize(("category", "text", "piece"), FAILING)
def test_finds(category: str, text: str, piece: str) -> None:
    found = terms(text, category, _lang(text))
    assert any(piece in t for t in found), (text, found)


# --- disguises: the Normalizer undoes them, spans point at the original -----------

DISGUISED = [
    ("threat", "We will ＡＲＲＥＳＴ you", "ＡＲＲＥＳＴ"),  # full-width
    ("threat", "We will a r r e s t you", "a r r e s t"),  # spaced letters
    ("shaming", "you dead-beat", "dead-beat"),  # symbol inside a word
    ("shaming", "you d3adb3at", "d3adb3at"),  # leetspeak
    # spelled out with leet stand-ins among the letters
    (
        "third_party",
        "your b 0 $ $ will hear about this",
        "your b 0 $ $ will hear about this",
    ),
    ("shaming", "you d 3 a d b 3 a t", "d 3 a d b 3 a t"),
    ("obscene", "$ h 1 t", "$ h 1 t"),
    ("shaming", "you d\u0435\u0430dbeat", "d\u0435\u0430dbeat"),  # Cyrillic е, а
    ("obscene", "you stupid b1tch", "b1tch"),
    ("obscene", "you're such an @sshole", "@sshole"),
    ("threat", "We  will   arrest\tyou", "arrest"),  # spacing runs
    ("shaming", "你這個騙子", "騙子"),  # Traditional
    ("threat", "送進監獄", "送進監獄"),
    ("third_party", "我們將通知您的家人", "通知您的家人"),
    ("shaming", "老 赖", "老 赖"),  # spaced Chinese
    ("shaming", "再不还就曝*光你", "曝*光"),  # symbol between Chinese characters
    ("shaming", "老\u200b赖", "老\u200b赖"),  # zero-width space
    ("shaming", "你是老癞", "老癞"),  # homophone
    ("threat", "我们已经抱井了", "已经抱井"),
    ("shaming", "再不还就爆光你", "爆光"),
    ("shaming", "ni shi laolai", "laolai"),  # pinyin
    ("threat", "ni yao zuo lao", "zuo lao"),
    ("threat", "We will sue you\u200b.", "sue"),  # zero-width space
]


@pytest.mark.parametrize(("category", "text", "evidence"), DISGUISED)
def test_finds_disguised(category: str, text: str, evidence: str) -> None:
    found = hits(text, category, _lang(text))
    assert [text[h.start : h.end] for h in found] == [evidence]
    assert [h.args["term"] for h in found] == [evidence]


# --- what must not be found ----------------------------------------------------------

CLEAN = [
    # honest collection messages
    "Your account is past due. Reply STOP to opt out.",
    "Hi {name}, this is Acme Recovery, a debt collector. Your balance of ${amount} is "
    "past due. Call 1-800-555-0100 or visit acme.com/pay. Reply STOP to opt out.",
    "This is an attempt to collect a debt. Any information obtained will be used for "
    "that purpose.",
    "We have received your payment. Thank you! Your new balance is $0.00.",
    "You have the right to dispute this debt within 30 days.",
    "Need help? Our team can work with you on a payment arrangement.",
    "Please call our customer service team. Speak to a supervisor if needed.",
    "This message is for John Smith. If you are not John Smith, please call us.",
    "You can update your contact information, including your work phone, in the app.",
    "Please take a moment to review your statement. Take care!",
    "Pay from home in minutes: visit our website or use the app.",
    "Hi Sue, a friendly reminder that your loan payment is due Friday.",
    "Visit us at our Main Street office, open 8am-9pm ET.",
    "Update your bank account details in the app.",
    # negation
    "We will never threaten arrest.",
    "You will not be arrested.",
    "We will not contact your employer.",
    "Your employer will not be contacted.",
    "No one will ever come to your home.",
    "We do not and will not share your debt with your family, friends or employer.",
    "We are not a law firm and no attorney has reviewed your account.",
    "我们不会联系您的家人",
    "我们绝不会上门催收",
    "本行不会以任何理由要求您向个人账户转账，谨防诈骗。",
    # protective context
    "Beware of scammers pretending to be debt collectors. We will never threaten you "
    "with arrest or ask for gift cards.",
    "Fraud alert: Acme will never call you claiming to be the police or the IRS.",
    "Anyone claiming to be a sheriff asking for payment by phone is a scam.",
    "如遇冒充公检法的诈骗短信请报警",
    "温馨提示：近期有不法分子冒充我行工作人员或公检法人员实施诈骗，请勿轻信。",
    "如遇到冒充法院、公安的电话，请立即挂断并拨打110。",
    # conditional, accurate next steps
    "If unpaid, your account may be referred to an attorney.",
    "Your account may be reported to the credit bureaus.",
    "If you do not pay, we may file a lawsuit.",
    "If a judgment is entered, your wages may be garnished as permitted by law.",
    "You may contact the court or an attorney for advice.",
    "如您仍未还款，我司将依法向法院提起诉讼。",
    "如您仍未还款，我行可能依法通过诉讼途径解决。",
    "逾期信息将依法报送征信系统，请及时处理。",
    "如有异议，您可以向法院提起诉讼。",
    # words inside other words, and harmless look-alike phrases
    "Class action settlement: assess your eligibility. Bitcoin not accepted.",
    "The Scunthorpe branch sells cocktails and shiitake; see Dickens.",
    "Cardiac arrest awareness month.",
    # digits and symbols spaced out: amounts, codes, times, not leet
    "Pay $ 5 0 0 by 5 pm, or 1 2 3 4 on the keypad; your code is A 1 B 2.",
    "Pay 2 0 0 by 5 pm on 1 . 5 . 2 0 2 4 under Plan B: a, b, c.",
    "Please pass the arrestor cable.",
    "逾期利息按日计收，滚动计息，利滚利。",
    "请勿回复垃圾短信。",
    "祝您全家幸福安康。",
    "本行将于近期上门为您办理信用卡激活服务。",
    "其他问题请拨打客服电话，其中包括还款方式。",
    "您已被告知相关事项，请按时还款。",
    "为保障您的人身安全和财产安全，请勿向陌生账户转账。",
    "如有争议可向金融消费纠纷调解中心申请调解。",
    "If you have a complaint, you can escalate it to a supervisor.",
    "Thousands of customers have paid off their balance with our plans.",
    "We understand times are hard. If you've lost your job, ask about our plan.",
    # generalization (issue 3 item 6): policy quotes and innocent authority mentions
    "Our code of conduct: agents must never threaten arrest or contact your employer.",
    "Staff are prohibited from visiting your home or calling your family.",
    "Police and firefighters get 10% off our card fees this month.",
    "Got a jury duty summons? Tell us and we'll move your payment date.",
    "For your safety, never share your PIN with anyone.",
    "Start a college fund for your kids before high school.",
    "Want to know more about your plan? Call us.",
    "请携带身份证到派出所户籍窗口办理。",
    "您是否想让家人也享受这个优惠？",
    # Chinese honest messages
    "【某某银行】尊敬的{name}，您尾号{tail}的信用卡本期应还{amount}元，请于{due_date}前还款。回T退订",
    "【某某银行】尊敬的客户，您的贷款已逾期，请尽快还款，以免影响您的个人征信。回T退订",
    "【某某银行】我们理解您的困难，可申请分期还款，详询客服95555。",
    "【某某银行】为保护您的隐私，我们只会与您本人沟通账户事宜。",
    "【某某银行】请您保持电话畅通，以便我们与您联系。",
    "",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert everything(text, _lang(text)) == {}


# --- decisions worth pinning -------------------------------------------------------


def test_negation_does_not_reach_across_the_debtors_verb() -> None:
    assert terms("If you don't pay we will arrest you.", "threat") == ["arrest"]
    assert terms("If you do not pay, we will contact your employer.", "third_party")
    assert terms("不还钱就曝光你", "shaming", "zh-Hans") == ["曝光"]
    assert terms("再不还钱，我们就通知你的家人", "third_party", "zh-Hans")


def test_conditional_does_not_excuse_arrest() -> None:
    assert terms("If you do not pay, you may be arrested.", "threat") == ["arrested"]


def test_lawful_next_steps_are_warnings_when_certain() -> None:
    (hit,) = hits("We will sue you tomorrow.", "threat")
    assert hit.severity is Severity.WARNING
    (hit,) = hits("We will arrest you.", "threat")
    assert hit.severity is Severity.ERROR


def test_overlapping_findings_are_one_hit() -> None:
    assert terms("The police will come to your house.", "threat") == [
        "police will come to your house"
    ]


def test_a_merged_finding_keeps_a_firm_entry_of_equal_severity() -> None:
    """Overlapping findings become one, under the most severe entry; of two equally
    severe entries the one marked ``confirm: false`` names it, so the message model's
    doubt cannot drop wording an entry was sure of because a looser entry overlapped
    it ("tagging you in a post" over "a post to all your connections")."""
    from smslint.detectors.lexicon_entries import Entry
    from smslint.detectors.lexicon_scan import Finding, merged

    def entry(name: str, severity: str, confirm: bool) -> Entry:
        parts = (frozenset({name}),)
        return Entry(name, "en", "shaming", parts, severity, "", confirm=confirm)

    loose = entry("tag you in a post", "error", True)
    firm = entry("a post to all your followers", "error", False)
    (one,) = merged([Finding(0, 20, loose), Finding(10, 40, firm)])
    assert (one.start, one.end, one.entry) == (0, 40, firm)
    # a more severe entry still names the finding, firm or not
    warning = entry("a post to all your followers", "warning", False)
    (one,) = merged([Finding(0, 20, loose), Finding(10, 40, warning)])
    assert one.entry is loose


def test_hit_carries_entry_details() -> None:
    (hit,) = hits("Hi {name}, we will arrest you.", "threat")
    assert hit.sensitive is False
    assert hit.args["entry"] == "arrest"
    assert "crime" in hit.args["note"]
    assert "1006.18" in hit.args["citation"]


def test_templates_and_rendered_bodies_alike() -> None:
    text = "Hi {name}, we will contact {employer} and your family."
    assert hits(text, "third_party") == hits(text, "third_party", is_template=False)


def test_one_normalizer_and_one_matcher_per_run() -> None:
    context = RunContext()
    for category in ("threat", "obscene"):
        k.build(k.DEFAULTS | {"lexicon": category}, context)
    assert "normalizer" in context.detectors
    # rules with the shipped lexicons share one matcher: one scan per message
    assert [n for n in context.detectors if n.startswith("lexicon:shipped")] == [
        "lexicon:shipped"
    ]


# --- options ------------------------------------------------------------------------


def test_extra_terms() -> None:
    extra = {"en": [{"term": "payday loan", "note": "pressure to borrow"}]}
    (hit,) = hits("Take out payday loans to pay us.", "threat", extra_terms=extra)
    assert hit.args["term"] == "payday loans"
    assert hit.args["note"] == "pressure to borrow"
    zh = {"zh": [{"term": "以贷养贷", "note": "诱导借新还旧", "severity": "warning"}]}
    (hit,) = hits("你可以以貸養貸", "threat", "zh-Hant", extra_terms=zh)
    assert hit.severity is Severity.WARNING


def test_disabled_terms() -> None:
    assert not hits("We will arrest you.", "threat", disabled_terms=["Arrest"])
    assert not hits("我们会上门", "threat", "zh-Hans", disabled_terms=["上门"])


def test_disabling_an_unknown_term_is_an_error() -> None:
    with pytest.raises(SmslintError, match="arest"):
        hits("x", "threat", disabled_terms=["arest"])


def test_options_schema() -> None:
    validator = jsonschema.Draft202012Validator(k.OPTIONS_SCHEMA)
    assert validator.is_valid(k.DEFAULTS | {"lexicon": "threat"})
    assert not validator.is_valid({"lexicon": "rudeness"})
    assert not validator.is_valid(
        {"lexicon": "threat", "extra_terms": {"en": [{"term": "x"}]}}  # no note
    )
    assert not validator.is_valid(
        {
            "lexicon": "threat",
            "extra_terms": {"en": [{"term": "x", "note": "n", "bad": 1}]},
        }
    )


def test_extra_terms_in_a_language_without_lexicon() -> None:
    extra = {"fr": [{"term": "huissier", "note": "bailiff"}]}
    with pytest.raises(SmslintError, match="fr"):
        hits("x", "threat", extra_terms=extra)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"term": "x", "note": "n", "severity": "error", "sevrity": "x"},
            "unknown key",
        ),
        ({"term": "x", "severity": "error"}, "'note' is required"),
        (
            {"term": "x", "terms": ["y"], "note": "n", "severity": "error"},
            "exactly one",
        ),
        ({"term": "x", "note": "n", "severity": "fatal"}, "'severity'"),
        (
            {"all": [["a"], ["b"]], "within": [1, 2], "note": "n", "severity": "error"},
            "within",
        ),
        ({"terms": [110], "note": "n", "severity": "error"}, "quote numbers"),
    ],
)
def test_bad_entries_name_the_place(raw: dict[str, Any], message: str) -> None:
    with pytest.raises(SmslintError, match=message) as error:
        parse_entries([raw], "en", "threat", "pack.yaml")
    assert str(error.value).startswith("pack.yaml: entries[0]")


# --- shipped data -------------------------------------------------------------------


def test_every_category_ships_in_every_language() -> None:
    assert languages() == ["en", "zh"]
    root = shipped_dir("lexicons")
    for lang in languages():
        for category in CATEGORIES:
            assert (root / lang / f"{category}.yaml").is_file()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_shipped_files_follow_the_schema(lang: str, category: str) -> None:
    import yaml

    data = yaml.safe_load(
        (shipped_dir("lexicons") / lang / f"{category}.yaml").read_text()
    )
    assert (data["language"], data["category"]) == (lang, category)
    validator = jsonschema.Draft202012Validator(ENTRY_SCHEMA)
    for entry in data["entries"]:
        merged = data.get("defaults", {}) | entry
        assert not list(validator.iter_errors(merged)), entry
        assert merged["note"] and merged["severity"]


def test_inflection_table_is_fresh() -> None:
    path = shipped_dir("lexicons") / "en" / inflections.TABLE_NAME
    shipped = json.loads(path.read_text(encoding="utf-8"))
    assert shipped == inflections.table_for(shipped_words("en")), (
        "run: python -m smslint.detectors.inflections"
    )


def test_batched_phrase_keys_match_one_by_one() -> None:
    # start-up normalizes all phrases in one call; it must not change any of them
    normalizer = Normalizer()
    phrases = sorted(
        {
            form
            for lang in languages()
            for category in CATEGORIES
            for entry in shipped_entries(lang, category)
            for part in entry.parts
            for form in part
        }
    )
    batched = PhraseKeys(normalizer)
    batched.prime(phrases)
    single = PhraseKeys(normalizer)
    assert [batched(p) for p in phrases] == [single(p) for p in phrases]


def test_start_up_loads_neither_lemminflect_nor_spacy(tmp_path) -> None:
    # the shipped inflection table keeps the pre-commit path light; an empty cache
    # makes the run compile the lexicons rather than load them compiled
    code = (
        "import sys\n"
        "from smslint.checks import RunContext, lexicon as k\n"
        "k.build(k.DEFAULTS | {'lexicon': 'threat'}, RunContext())\n"
        "print('lemminflect' in sys.modules, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "SMSLINT_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert out.stdout.split() == ["False", "False"]


def test_inflection_rules() -> None:
    forms = inflections.phrase_forms("garnish your wages")
    assert {"garnished your wages", "garnishing your wage"} <= forms
    assert inflections.word_forms("wanted") == ("wanted",)
    assert set(inflections.word_forms("wages")) == {"wages", "wage"}
    assert inflections.word_forms("you") == ("you",)
    assert "fucking" in inflections.lookup_forms("fuck")


def test_unknown_words_inflect_as_nouns_inside_a_phrase() -> None:
    """A word lemminflect does not know gets verb endings only standing alone: in a
    phrase it is mostly a word of another language, where they make nonsense keys."""
    assert {"fuck", "fucked", "fucking"} <= set(inflections.word_forms("fuck"))
    assert "karenged" in inflections.word_forms("karenge")
    forms = inflections.phrase_forms("call karenge")
    assert {"called karenge", "calling karenge"} <= forms
    assert not any("karenged" in f or "karenging" in f for f in forms)
    # an English noun it lacks keeps its plural
    assert "tell your flatmates" in inflections.phrase_forms("tell your flatmate")
    assert "tell your flatmated" not in inflections.phrase_forms("tell your flatmate")
    # a word outside the shipped table (a pack's extra_terms) follows the same rule
    assert "qwzx" not in inflections._shipped_table()
    assert "qwzxed" in inflections.word_forms("qwzx")
    assert inflections.word_forms("qwzx", in_phrase=True) == ("qwzx", "qwzxes")


def test_inflection_per_group_of_a_co_occurrence() -> None:
    from smslint.detectors.lexicon_entries import parse_entry

    raw = {
        "all": [["your brother"], ["going to love"]],
        "inflect": [True, False],
        "note": "n",
        "severity": "error",
    }
    (entry,) = parse_entry(raw, "en", "third_party", "f.yaml", "entries[0]")
    assert "your brothers" in entry.parts[0]
    assert entry.parts[1] == frozenset({"going to love"})
    with pytest.raises(SmslintError, match="one of them per group"):
        list(parse_entry({**raw, "inflect": [True]}, "en", "x", "f.yaml", "e"))
    with pytest.raises(SmslintError, match="for 'all' entries"):
        terms_entry = {"term": "x", "inflect": [True, False], "note": "n"}
        list(parse_entry({**terms_entry, "severity": "error"}, "en", "x", "f", "e"))


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "\ud800", "arrest\ud800", "\u200b" * 50, "{}", "、、、"],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for lang in ("en", "zh-Hans"):
        everything(text, lang)


def test_lone_surrogate_next_to_a_term() -> None:
    assert terms("we will arrest\ud800 you", "threat") == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "we will never arrest your employer contact family 老赖 不会 联系 家人 上门 , "
            * 1300
        ),
        ("not " * 25_000) + "arrest",
        "contact your employer " * 4_800,
        "不会联系您的家人上门" * 10_000,
        "老赖" * 50_000,
        "a" + " " * 99_998 + "b",
    ],
)
def test_100_kb_texts_stay_fast(text: str) -> None:
    text = text[:100_000]
    started = time.process_time()
    everything(text, _lang(text))
    assert time.process_time() - started < 10


# --- classes of wording, not sentences: each of these is phrased unlike the eval set -

GENERAL = [
    ("threat", "en", "Pay by Friday or our people will pay you a visit at home."),
    (
        "threat",
        "en",
        "We have agents in your area and they will stop by your apartment.",
    ),
    ("threat", "en", "Keep ignoring us and we'll show up at your job."),
    ("threat", "en", "Someone from our office will be waiting outside your house."),
    ("threat", "en", "We'll smash your car windows if you keep hiding."),
    ("threat", "en", "I'll beat the crap out of you when I find you."),
    ("threat", "en", "Pay up or we'll fuck you up."),
    ("threat", "en", "Nice house you have. Would hate for something to happen to it."),
    ("threat", "en", "Your passport will be revoked and your benefits cut off."),
    ("threat", "en", "We'll make your life a living hell."),
    ("threat", "en", "Our field agents are in your neighborhood today."),
    ("threat", "en", "A wage attachment order has been approved."),
    ("threat", "en", "Pay or we repossess everything you own."),
    ("third_party", "en", "We've already talked to your neighbors about your balance."),
    ("third_party", "en", "Your coworkers are going to hear about your unpaid loan."),
    ("third_party", "en", "We will send a copy of this notice to your employer."),
    ("third_party", "en", "Everyone at your church will know you don't pay."),
    ("third_party", "en", "We'll let all your friends know you are a deadbeat."),
    ("third_party", "en", "Your ex-wife has been informed of the balance."),
    ("third_party", "en", "Your landlord will be our next call."),
    ("threat", "zh-Hans", "你不还钱，我们就天天上你家门口堵你。"),
    ("threat", "zh-Hans", "你家住哪我们一清二楚，小心点。"),
    ("threat", "zh-Hans", "不还钱就把你家的车开走。"),
    ("threat", "zh-Hans", "你的案子已经交给公安处理了。"),
    ("threat", "zh-Hans", "你和家人的人身安全我们可保证不了。"),
    ("threat", "zh-Hans", "你儿子在实验小学读书吧，放学路上小心。"),
    ("threat", "zh-Hant", "再不還錢，我們就派人去你家。"),
    ("threat", "zh-Hant", "你住邊度我哋知，唔還錢就等住。"),
    ("threat", "zh-Hant", "明天派員前往您的工作地點。"),
    ("third_party", "zh-Hans", "我们已经通知了你的同事和领导。"),
    ("third_party", "zh-Hans", "我们会去你老家找你父母谈谈。"),
    ("third_party", "zh-Hans", "催收函已经寄到你单位了。"),
    ("third_party", "zh-Hans", "明天当着你邻居的面跟你算账。"),
    ("third_party", "zh-Hans", "你们小区的业主群我们已经发了。"),
    ("third_party", "zh-Hant", "唔還錢就打俾你屋企人。"),
    ("third_party", "zh-Hant", "你老細明天就會收到通知。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), GENERAL)
def test_finds_the_class_of_wording(category: str, lang: str, text: str) -> None:
    assert terms(text, category, lang), text


GENERAL_CLEAN = [
    ("en", "You can visit our office at 100 Main St to pay in person."),
    ("en", "We do not visit homes or workplaces. All contact is by phone or mail."),
    ("en", "No one from our company will ever come to your home."),
    ("en", "Ask your family about our hardship program if you need help."),
    ("en", "Refer your friends and they will receive a $20 credit."),
    ("en", "Someone from our team will call you back tomorrow."),
    ("en", "If something happened to your income, call us about hardship options."),
    ("en", "Our office will be at a new address starting June 1."),
    (
        "en",
        "If you are a victim of identity theft, send us a copy of your police report.",
    ),
    ("en", "Talk to your family about a budget that works for you."),
    ("en", "We can work with you to find a plan that fits your budget."),
    ("en", "Make sure your family knows about our free financial counseling."),
    ("en", "If your card is lost or stolen, we will cancel it and send a new one."),
    ("en", "Your file is pending litigation review by our legal team."),
    ("en", "Pay in full by May 3, otherwise we may file suit as the law allows."),
    ("zh-Hans", "我们不会上门，也不会联系您的家人和单位。"),
    ("zh-Hans", "您可以邀请朋友注册，双方各得20元红包。"),
    ("zh-Hans", "请及时更新您的紧急联系人信息。"),
    ("zh-Hans", "您的快递已寄到公司前台，请注意查收。"),
    ("zh-Hans", "本公司承诺不骚扰您的亲友，不泄露您的信息。"),
    ("zh-Hans", "请勿授权陌生应用读取您的手机通讯录，谨防个人信息泄露。"),
    ("zh-Hans", "您的孩子上学需要的助学贷款，可以咨询我们。"),
    ("zh-Hans", "请与家人商量后尽快与我们联系协商还款方案。"),
    ("zh-Hans", "本律师函请于七日内清偿，否则将提起诉讼。"),
    ("zh-Hant", "本行人員不會到府催收，也不會聯絡您的親友。"),
    ("zh-Hant", "您已成功繳款，感謝您的配合。"),
]


@pytest.mark.parametrize(("lang", "text"), GENERAL_CLEAN)
def test_the_class_of_clean_wording_stays_clean(lang: str, text: str) -> None:
    found = {c: terms(text, c, lang) for c in ("threat", "third_party")}
    assert found == {"threat": [], "third_party": []}, text


# --- context: where a conditional reaches, what "otherwise" excuses ---------------


def test_a_conditional_reaches_back_only_within_its_clause() -> None:
    # the freezing is stated; "如需解冻" in the next clause does not make it conditional
    assert terms(
        "执行局已对你名下账户发起冻结程序，如需解冻请立即还款。", "threat", "zh-Hans"
    )
    assert not terms("如果您继续拖欠，我们可能冻结您的账户。", "threat", "zh-Hans")
    assert not terms("We will sue you if you do not pay by May 3.", "threat")
    assert terms("We will sue you. If you have questions, call us.", "threat")


def test_otherwise_excuses_a_lawsuit_but_not_enforcement() -> None:
    assert not terms("请于七日内清偿，否则提起诉讼。", "threat", "zh-Hans")
    assert not terms("三日内不还款即正式起诉。", "threat", "zh-Hans")
    assert terms("请今日联系调解员，否则案件转入强制执行。", "threat", "zh-Hans")
    assert not terms("Pay by Friday, otherwise we will sue.", "threat")
    assert terms("Pay by Friday, otherwise we will seize your car.", "threat")


def test_across_clauses_reaches_the_rest_of_the_sentence() -> None:
    text = "你女儿叫陈思琪，在鼓楼区北京西路小学上学，对吧？"
    assert terms(text, "threat", "zh-Hans") == [text[:18]]
    assert not terms("你女儿叫陈思琪。学校的通知请查收。", "threat", "zh-Hans")


def test_protective_context_covers_third_parties() -> None:
    text = "谨防诈骗：骗子会冒充催收人员联系您的家人。"
    assert not terms(text, "third_party", "zh-Hans")
    assert terms("我们会联系您的家人。", "third_party", "zh-Hans")


# --- the matcher reads bytes and title-cased ASCII; spans must not notice -----------


@pytest.mark.parametrize(
    ("text", "category", "piece"),
    [
        ("我们will arrest你", "threat", "arrest"),
        ("é arrest é", "threat", "arrest"),
        ("ça va, we will ARREST you", "threat", "ARREST"),
        ("付款🙂我们会联系你的家人🙂", "third_party", "联系你的家人"),
        ("We'LL ArReSt YOU", "threat", "ArReSt"),
    ],
)
def test_spans_survive_byte_and_case_coding(text: str, category: str, piece: str):
    found = hits(text, category, _lang(text))
    assert [text[h.start : h.end] for h in found] == [piece]


@pytest.mark.parametrize(
    "text", ["carrest", "arrestx", "éarrest", "arresté", "1arrest"]
)
def test_word_boundaries_hold_next_to_any_script(text: str) -> None:
    assert terms(text, "threat") == []


def test_a_letter_after_a_chinese_character_starts_a_word() -> None:
    assert terms("已经arrest", "threat") == ["arrest"]
