"""Written Cantonese and Taiwanese Hokkien read as Mandarin (``dialect.yaml``).

The normalizer's last step reads dialect function words and common dialect words as
their Mandarin equivalent, so every Mandarin lexicon entry matches dialect phrasing.
Characters that Mandarin also writes (系 仲 俾 阮 伊 予 欲 揣 阁 伫 毋 拢) are read only in
phrases or guarded by keep phrases: honest Mandarin, and 阮 the surname, stay as typed.

Every sentence here was written for this module (none is an evaluation message).
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

from smslint.normalize import Normalizer


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # Cantonese
        ("我哋會搵你屋企人", "我们会找你家人"),
        ("佢哋啲錢仲未還", "他们的钱还没还"),
        ("你嘅數仲未清", "你的数还没清"),
        ("我哋已經睇咗你份合約", "我们已经看了你份合约"),
        ("喺你公司樓下等你", "在你公司楼下等你"),
        ("聽日上嚟搵你老細", "听日上来找你老板"),
        ("冇錢就攞嘢抵數", "没钱就拿东西抵数"),
        ("唔該你打電話俾我哋", "请你打电话给我们"),
        ("話俾你老豆知", "告诉你爸爸知"),
        ("你係咪唔想還", "你是不是不想还"),
        ("小心啲", "小心点"),
        ("嗰間舖頭", "那间铺头"),
        ("你等住", "你等着"),
        # Hokkien (Taiwanese characters)
        ("阮會去恁兜揣你", "我们会去你家找你"),
        ("予恁某知", "让你老婆知"),
        ("伊欠阮錢攏無還", "他欠我们钱都没还"),
        ("阮知影恁佇佗位", "我们知道你在佗位"),
        ("毋通閣拖", "不要阁拖"),
        ("厝邊頭尾攏知影", "邻居都知道"),
        ("我欲佮逐家講", "我要跟大家讲"),
        ("這个人真無路用", "这个人真没用"),
    ],
)
def test_dialect_reads_as_mandarin(norm: Normalizer, source: str, text: str) -> None:
    assert norm(source).text == text


@pytest.mark.parametrize(
    "source",
    [
        # 阮 the surname, 伊 in names and countries
        "阮小姐您好，您的账单已出。",
        "阮先生，您本月应还1200元。",
        "阮会计，请核对本月报表。",
        "伊朗和伊拉克的新闻",
        "请联系伊莎贝拉女士",
        # Mandarin words holding a dialect character
        "根据仲裁委员会的裁决",
        "依法给予你方宽限期，并授予代理权限",
        "对逾期款项将予以处理",
        "欲望与食欲，山雨欲来",
        "不要揣测，怀揣梦想，揣着钱",
        "街头兜售，兜风，兜底",
        "内阁会议，楼阁，阁楼",
        "毋庸置疑，毋须担心",
        "俾使双方达成一致",
        "伫立窗前，遐想",
        "工作人员将逐家逐户走访",
        "请等住院通知",
        "这马上就到期了",
        "我们的系统已联系您",
        "你地址填错了",
        "老豆腐和老母鸡",
        # the curses of obscene.yaml keep their Hokkien spelling
        "恁爸",
        "恁老师",
    ],
)
def test_mandarin_stays_as_typed(norm: Normalizer, source: str) -> None:
    result = norm(source)
    assert result.text == norm.__class__()(source).text
    assert result.before_dialect is None, result.text


def test_a_reading_maps_back_to_the_exact_original_characters(
    norm: Normalizer,
) -> None:
    source = "我哋會搵你屋企人"
    result = norm(source)
    assert result.text == "我们会找你家人"
    # 家 stems from 屋企, 人 from 人; 们 from 哋
    assert result.span(4, 6) == (4, 7)
    assert source[slice(*result.span(5, 7))] == "屋企人"
    assert source[slice(*result.span(0, 2))] == "我哋"
    assert source[slice(*result.span(3, 4))] == "搵"


def test_one_character_may_read_as_two_and_two_as_several(norm: Normalizer) -> None:
    source = "冇嘢，阮會揣你"
    result = norm(source)
    assert result.text == "没东西,我们会找你"
    assert source[slice(*result.span(1, 3))] == "嘢"
    assert source[slice(*result.span(4, 7))] == "阮會"
    assert source[slice(*result.span(7, 8))] == "揣"
    assert source[slice(*result.span(8, 9))] == "你"


def test_a_finding_maps_back_through_traditional_separators_and_dialect(
    norm: Normalizer,
) -> None:
    source = "聽日 上 嚟 搵 你 屋 企 人"
    result = norm(source)
    start = result.text.index("你家人")
    assert source[slice(*result.span(start, start + 3))] == "你 屋 企 人"


def test_the_message_model_reads_the_text_before_the_dialect_step(
    norm: Normalizer,
) -> None:
    result = norm("我哋會搵你")
    assert result.text == "我们会找你"
    assert result.plain_text == "我哋会揾你"
    assert norm("我们会找你").plain_text == "我们会找你"


def test_a_folder_without_dialect_yaml_normalizes_without_the_step(tmp_path) -> None:
    from smslint.normalize_data import default_dir

    for name in ("lookalikes.yaml", "leet.yaml", "homophones.yaml"):
        (tmp_path / name).write_bytes((default_dir() / name).read_bytes())
    assert Normalizer(tmp_path)("我哋會搵你").text == "我哋会揾你"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("cantonese:\n  他: 佢\n", "list of variants"),
        ("cantonese:\n  他: [佢]\nhokkien:\n  伊: [佢]\n", "repeated variant"),
        ("hokkien: [恁]\n", "expected a mapping"),
        ("keep: 仲裁\n", "list of phrases"),
    ],
)
def test_bad_dialect_files_name_the_file(tmp_path, content: str, message: str) -> None:
    from smslint.errors import SmslintError
    from smslint.normalize_data import default_dir

    for name in ("lookalikes.yaml", "leet.yaml", "homophones.yaml"):
        (tmp_path / name).write_bytes((default_dir() / name).read_bytes())
    (tmp_path / "dialect.yaml").write_text(content, "utf-8")
    with pytest.raises(SmslintError, match=message) as caught:
        Normalizer(tmp_path)
    assert "dialect.yaml" in str(caught.value)


FOUND = [
    # --- Cantonese: threats -------------------------------------------------------
    ("threat", "zh-Hant", "再唔還錢，我哋聽晚就上嚟你屋企門口等你。"),
    ("threat", "zh-Hant", "你唔好以為搬咗屋我哋就搵你唔到。"),
    ("threat", "zh-Hant", "我哋聽晚會過嚟搵你，你最好喺屋企。"),
    ("threat", "zh-Hant", "你老婆返工嗰條路我哋都知，行路小心啲。"),
    ("threat", "zh-Hant", "唔還錢？你就等住瞓街啦。"),
    ("threat", "zh-Hans", "再唔覆我哋，我哋就上你屋企揾你。"),
    # --- Cantonese: shaming ---------------------------------------------------------
    ("shaming", "zh-Hant", "你呢種借錢唔還嘅垃圾，真係冇面。"),
    ("shaming", "zh-Hant", "成條街都會知你係老賴。"),
    ("shaming", "zh-Hant", "你個廢柴，咁大個人都唔識還錢。"),
    ("shaming", "zh-Hant", "我會喺你公司門口貼晒你嘅欠款單。"),
    # --- Cantonese: third parties ----------------------------------------------------
    ("third_party", "zh-Hant", "我哋會搵你屋企人傾下你筆數。"),
    ("third_party", "zh-Hant", "聽日打電話俾你老細，話俾佢知你欠錢。"),
    ("third_party", "zh-Hant", "我哋已經通知咗你阿媽，佢話會幫你還。"),
    ("third_party", "zh-Hans", "再唔还，我哋就打俾你同事讲你欠钱唔还。"),
    ("third_party", "zh-Hant", "你老公知唔知你喺外面借咗咁多錢？我哋話俾佢知。"),
    # --- Hokkien: threats -----------------------------------------------------------
    ("threat", "zh-Hant", "錢若無還，阮會去恁兜揣你。"),
    ("threat", "zh-Hant", "你閣毋還，阮就去恁公司等你。"),
    ("threat", "zh-Hant", "今仔日無匯，明仔載阮就去恁厝。"),
    ("threat", "zh-Hant", "阮明仔載就來揣你，你上好閣較緊還。"),
    ("threat", "zh-Hant", "錢若無還，恁爸就予你好看。"),
    # --- Hokkien: shaming -----------------------------------------------------------
    ("shaming", "zh-Hant", "你若無還，我就佮逐家講你欠錢毋還。"),
    ("shaming", "zh-Hant", "你這个欠錢毋還的垃圾，真無路用。"),
    ("shaming", "zh-Hant", "逐家攏知影你是老賴。"),
    ("third_party", "zh-Hant", "阮會去恁公司揣恁頭家講你欠錢。"),
    # --- Hokkien: third parties -----------------------------------------------------
    ("third_party", "zh-Hant", "阮會予恁某知影你欠錢的代誌。"),
    ("third_party", "zh-Hant", "阮已經共伊講你欠錢，伊攏知影矣。"),
    ("third_party", "zh-Hant", "厝邊頭尾攏會知影你欠阮錢。"),
]

CLEAN = [
    # --- Cantonese: honest reminders --------------------------------------------------
    ("threat", "zh-Hant", "陳生你好，你今期供款仲未過數，唔該盡快處理，多謝。"),
    ("third_party", "zh-Hant", "唔該你有時間回個電話俾我哋，傾下還款安排。"),
    ("threat", "zh-Hant", "多謝你嘅還款，我哋已經收到，祝你生活愉快。"),
    ("third_party", "zh-Hant", "我哋唔會聯絡你屋企人或者公司，請放心。"),
    ("threat", "zh-Hant", "如有查詢，請致電我哋熱線，辦公時間都有同事接聽。"),
    ("shaming", "zh-Hant", "你嘅戶口已經結清，多謝你一直以來嘅支持。"),
    ("third_party", "zh-Hant", "如果你唔係黃先生，請回覆「錯」，我哋唔會再打擾。"),
    ("threat", "zh-Hans", "陈生，唔好意思，提提你今个月嘅供款，唔该。"),
    ("third_party", "zh-Hant", "你話老細遲出糧，冇問題，我哋將還款日延後一星期。"),
    # --- Hokkien: honest reminders ----------------------------------------------------
    ("threat", "zh-Hant", "阮小姐您好，您的帳單本月15日到期，請準時繳款。"),
    ("third_party", "zh-Hant", "阮先生您好，阮公司已經收到您的還款，多謝。"),
    ("threat", "zh-Hant", "阿伯，這個月的錢若無方便，阮會當幫你分期，毋免煩惱。"),
    ("third_party", "zh-Hant", "阮毋會共恁厝內的人講，請放心。"),
    ("shaming", "zh-Hant", "多謝你，錢攏還清矣，祝你平安。"),
    ("threat", "zh-Hant", "若有問題，請致電阮公司服務專線，阮會當幫你處理。"),
    # --- Mandarin look-alikes of dialect characters --------------------------------
    ("threat", "zh-Hans", "根据仲裁委员会的裁决，请于月底前付款。"),
    ("threat", "zh-Hans", "对逾期款项我行将予以减免部分利息。"),
    ("third_party", "zh-Hans", "我们将给予你三十天宽限期，这马上就到期了。"),
    ("third_party", "zh-Hans", "阮会计您好，贵公司本月账单已出。"),
    ("threat", "zh-Hans", "我们会再联系你确认还款计划。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_dialect_phrasing_is_found(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_honest_dialect_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text


def test_lexicon_phrases_are_keyed_without_the_dialect_reading(
    norm: Normalizer,
) -> None:
    """An entry written in dialect keeps its exact words: Cantonese 揾你 is not keyed
    as Mandarin 找你 (any "找你" would then match it), nor 发俾 as 发给."""
    from smslint.detectors.lexicon_text import PhraseKeys

    keys = PhraseKeys(norm)
    assert norm("揾你").text == "找你"
    assert keys("揾你") == "揾你"
    assert keys("發俾你屋企人") == "发俾你屋企人"
    assert keys("我们会找你") == "我们会找你"


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # the threat term 揾你 and the entry 发俾你屋企人 must not widen to Mandarin
        ("threat", "客服专员明天会找你核对账单，请保持电话畅通。"),
        ("third_party", "请把这份资料交给你家人过目。"),
        ("third_party", "新年红包给你家人也准备了一份。"),
    ],
)
def test_a_dialect_entry_does_not_match_its_mandarin_reading(
    category: str, text: str
) -> None:
    assert lexicon_terms(text, category, "zh-Hans") == [], text


def test_a_message_with_dialect_words_is_matched_in_both_readings() -> None:
    """The dialect entry matches the message as typed, a Mandarin entry its Mandarin
    reading; each finding is reported on the characters typed."""
    typed = "唔還錢就上嚟搵你，仲會話俾你屋企人知。"
    found = lexicon_terms(typed, "third_party", "zh-Hant")
    assert found and all(term in typed for term in found)
    assert lexicon_terms(typed, "threat", "zh-Hant")
