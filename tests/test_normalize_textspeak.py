"""Text-speak and emoji read by the Normalizer, with exact offsets, and end to end.

Every sentence here is written for the test. The cases against each reading (labels,
codes, amounts, units, Chinese around, emoji as pictures) matter as much as the
readings: the table must not invent words that were never typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lexicon_terms as terms
from conftest import sources

from smslint.errors import SmslintError
from smslint.normalize import Normalized, Normalizer
from smslint.normalize_data import default_dir, load_tables


def source_of(result: Normalized, word: str) -> str:
    """The original text that ``word`` of the normalized text was read from."""
    start = result.text.index(word)
    begin, end = result.span(start, start + len(word))
    return result.original[begin:end]


# --- text-speak: what is read ---------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("pls pay ur bill b4 fri, thx", "please pay your bill before fri, thanks"),
        ("u wil b arrested 2moro", "you wil be arrested tomorrow"),
        ("we r coming 2nite", "we are coming tonight"),
        ("r u there?", "are you there?"),
        ("R u ignoring us", "are you ignoring us"),
        ("R U THERE", "are you there"),
        ("WE R COMING 4 U", "we are coming for you"),
        ("ur a thief", "you're a thief"),
        ("ur kids r next", "your kids are next"),
        ("where r u", "where are you"),
        ("ur not getting away", "you're not getting away"),
        ("ur family will know", "your family will know"),
        ("evry1 gonna know", "everyone going to know"),
        ("tell sum1 at ur job", "tell someone at your job"),
        ("no1 will lend u money", "no one will lend you money"),
        ("cuz u never pay", "because you never pay"),
        ("u shud pay l8r", "you should pay later"),
        ("gr8, thru ur msg", "great, through your message"),
        ("y r u hiding", "why are you hiding"),
        ("y didnt u pay", "why didnt you pay"),
        ("c u in court", "see you in court"),
        ("u n ur wife", "you and your wife"),
        ("we will talk 2 ur boss", "we will talk to your boss"),
        ("this is 4 u", "this is for you"),
        ("u'll regret it", "you'll regret it"),
        ("u\u2019ll regret it", "you'll regret it"),
        ("going 2 b arrested", "going to be arrested"),
        ("pay 2day", "pay today"),
        ("ＵＲ ＡＲ", "your ar"),  # full-width folds first
    ],
)
def test_text_speak_is_read(norm: Normalizer, source: str, text: str) -> None:
    assert norm(source).text == text


@pytest.mark.parametrize(
    "source",
    [
        # letters that are labels, units, initials or variables
        "Plan A or B",
        "Choose plan B today",
        "apt 4 r",
        "my wagon r",  # a car model: no subject before it, no pronoun after
        "Our Wagon R",
        "Unit B, Block C",
        "vitamin C",
        "Mr. R. Smith called",
        "r = 0.05",
        "n = 12 payments",
        "reply y/n",
        "reply Y or N",
        "R&D team",
        "u-turn",
        "the U.S. government",
        # codes, numbers and amounts
        "seat B4",
        "pay 2 installments in 4 days",
        "2 of them paid, 4 did not",
        "4% fee",
        "call 2:30",
        "a 2day grace period",
        "the no1 lender in town",
        "ref b4.1",
        # glued to other scripts
        "请插入U盾",
        "你u",
        # a word spelled out is the joiner's
        "f u c k off",
    ],
)
def test_what_is_no_text_speak_stays(norm: Normalizer, source: str) -> None:
    text = norm(source).text
    for word in ("you", "are", "why", "be ", "see", " and ", "to ", "for ", "before"):
        assert word not in text, (source, text)


def test_amounts_are_no_text_speak(norm: Normalizer) -> None:
    # "2" glued to a currency sign is an amount; the pronoun after it is still read
    assert norm("pay $2 u owe").text == "pay $2 you owe"
    assert norm("pay €4 ur way").text == "pay €4 your way"
    assert norm("pay 2 u").text == "pay to you"


def test_spelled_letters_still_join(norm: Normalizer) -> None:
    assert norm("f u c k off").text == "fuck off"
    assert norm("we will b u r n it").text == "we will burn it"


@pytest.mark.parametrize(
    ("source", "word", "origin"),
    [
        ("pls pay ur bill", "please", "pls"),
        ("pls pay ur bill", "your", "ur"),
        ("u wil b arrested 2moro", "tomorrow", "2moro"),
        ("u wil b arrested 2moro", "arrested", "arrested"),
        ("u wil b arrested 2moro", "be", "b"),
        ("Ｕ r a d3adb3at", "deadbeat", "d3adb3at"),
        ("u r a d e a d b e a t", "deadbeat", "d e a d b e a t"),
        ("老賴 u r 2moro", "tomorrow", "2moro"),
        ("ur a thief", "you're a", "ur a"),
    ],
)
def test_readings_map_back_to_the_typed_word(
    norm: Normalizer, source: str, word: str, origin: str
) -> None:
    assert source_of(norm(source), word) == origin


def test_every_character_of_a_reading_maps_to_the_key(norm: Normalizer) -> None:
    result = norm("c u 2moro")
    assert result.text == "see you tomorrow"
    assert sources(result) == ["c"] * 3 + [" "] + ["u"] * 3 + [" "] + ["2moro"] * 8
    assert result.span(0, len(result.text)) == (0, len("c u 2moro"))


def test_lexicon_phrases_take_the_same_reading() -> None:
    # lexicon phrases are normalized many at a time, one per line: a line break is a
    # clause boundary, so a phrase reads as it would alone
    norm = Normalizer()
    lines = norm("ur a\nu r a\nur\ny r u\n2 ur\nb4").text.split("\n")
    assert lines == [
        "you're a",
        "you are a",
        "your",
        "why are you",
        "to your",
        "before",
    ]


# --- the table's file -----------------------------------------------------------------


def _folder(tmp_path: Path, textspeak: str) -> Path:
    for name in ("lookalikes.yaml", "leet.yaml", "homophones.yaml"):
        (tmp_path / name).write_bytes((default_dir() / name).read_bytes())
    (tmp_path / "textspeak.yaml").write_text(textspeak, "utf-8")
    return tmp_path


def test_a_custom_table(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "groups: {pet: [cat, dog]}\nwords: {pls: please}\n"
        "rules:\n  ma:\n    - {reads: my, before: [<pet>]}\n",
    )
    assert Normalizer(folder)("pls feed ma dog, ma").text == "please feed my dog, ma"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("words: {Pls: please}\n", "lower-case word"),
        ("words: {pls: [please]}\n", "key: reading"),
        ("rules: {r: {reads: are}}\n", "list of conditions"),
        ("rules: {r: [{reads: are, next: [u]}]}\n", "unknown keys"),
        ("rules: {r: [{reads: are, after: [<nope>]}]}\n", "unknown group"),
        ("words: {r: are}\nrules: {r: [{reads: are}]}\n", "listed twice"),
        ("words: {r: are}\nlabels: [q]\n", "keys of words or rules"),
    ],
)
def test_bad_tables(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(SmslintError, match=message):
        load_tables(_folder(tmp_path, content))


# --- emoji for a character or a syllable -------------------------------------------


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("草泥🐴", "草泥马"),
        ("草🐴的，还不还钱", "草妈的,还不还钱"),
        ("你🐎", "你妈"),
        ("🐴上还款", "马上还款"),  # the horse as 马 first: 马上 is "at once"
        ("你🐴上还款", "你马上还款"),
        ("你个🐷头", "你个猪头"),
        ("你個🐷頭", "你个猪头"),  # Traditional around it
        ("辣🐔", "垃圾"),  # then the homophone table: 辣鸡 is 垃圾
        ("滚🥚", "滚蛋"),
        ("吃💩吧", "吃屎吧"),
        ("f🦆 you", "fuck you"),
        ("F🦆ING idiot", "fucking idiot"),
        ("this is bull💩", "this is bullshit"),
        ("dumb🍑", "dumbass"),
    ],
)
def test_emoji_inside_a_word_are_read(norm: Normalizer, source: str, text: str):
    assert norm(source).text == text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Happy Year of the Horse 🐴", "happy year of the horse 🐴"),
        ("马年快乐🐴", "马年快乐🐴"),
        ("🐴", "🐴"),
        ("🐷🐷", "🐷🐷"),  # emoji only: no character to make a word with
        ("piece of 💩", "piece of 💩"),  # a picture, not part of a word
        ("🦆 off", "🦆 off"),
        ("d🦆", "d🦆"),  # "duck" is no word of the lexicons
        ("祝您🐴年大吉", "祝您年大吉"),  # no phrase: a separator, as before
        ("老🔥赖", "老赖"),
    ],
)
def test_emoji_that_make_no_word_stay(norm: Normalizer, source: str, text: str):
    assert norm(source).text == text


def test_emoji_readings_map_back(norm: Normalizer) -> None:
    result = norm("草泥🐴")
    assert sources(result) == ["草", "泥", "🐴"]
    result = norm("u f🦆ing idiot")
    assert source_of(result, "fucking") == "f🦆ing"
    assert sources(result)[4:12] == ["f", "🦆", "🦆", "🦆", "i", "n", "g", " "]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('hanzi: {"🐴": horse}\n', "Han characters"),
        ('hanzi: {"🐴": [马, ma]}\n', "Han characters"),
        ('latin: {"🦆": [uck, uk]}\n', "letters a-z"),
        ("latin: {a: b}\n", "one symbol"),
    ],
)
def test_bad_emoji_tables(tmp_path: Path, content: str, message: str) -> None:
    for name in ("lookalikes.yaml", "leet.yaml", "homophones.yaml"):
        (tmp_path / name).write_bytes((default_dir() / name).read_bytes())
    (tmp_path / "emoji.yaml").write_text(content, "utf-8")
    with pytest.raises(SmslintError, match=message):
        load_tables(tmp_path)


# --- end to end: the lexicons see the reading ----------------------------------------


@pytest.mark.parametrize(
    ("category", "text", "lang"),
    [
        ("threat", "u wil b arrested 2moro", "en"),
        ("threat", "Your Wagon R gets towed tonight", "en"),
        ("threat", "ur wagon r gets towed 2nite", "en"),
        ("threat", "ur car gets towed 2moro wherever it is", "en"),
        ("shaming", "u r such a deadbeat", "en"),
        ("shaming", "ur a thief n evry1 knows", "en"),
        ("third_party", "we will call ur boss n ur mom", "en"),
        ("obscene", "f🦆 u, pay up", "en"),
        ("obscene", "this is bull💩", "en"),
        ("obscene", "草🐴的，电话也不接", "zh-Hans"),
        ("obscene", "草泥🐴，还钱", "zh-Hans"),
        ("shaming", "你个🐷头，还不还钱", "zh-Hans"),
    ],
)
def test_lexicons_find_text_speak_and_emoji(category: str, text: str, lang: str):
    assert terms(text, category, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("pls pay ur bill b4 fri, thx", "en"),
        ("Hi, u can pay ur balance 2day or tmrw online. Thx!", "en"),
        ("Reminder: ur payment plan B starts 2moro. Reply STOP to opt out.", "en"),
        ("c u at our office b4 5pm 2 sign ur new plan", "en"),
        ("Happy Year of the Horse 🐴 from all of us! Ur balance is $0.", "en"),
        ("马年快乐🐴，您的账单已结清", "zh-Hans"),
        ("请🐴上还款，谢谢", "zh-Hans"),
    ],
)
def test_honest_text_speak_is_not_flagged(text: str, lang: str) -> None:
    for category in ("threat", "shaming", "third_party", "obscene", "impersonation"):
        assert not terms(text, category, lang), (text, category)


def test_emoji_words_come_from_phrases_not_notes(tmp_path: Path) -> None:
    folder = tmp_path / "normalize"
    folder.mkdir()
    for name in ("lookalikes.yaml", "leet.yaml", "homophones.yaml", "emoji.yaml"):
        (folder / name).write_bytes((default_dir() / name).read_bytes())
    (tmp_path / "zh").mkdir()
    (tmp_path / "zh" / "obscene.yaml").write_text(
        "entries:\n"
        "  - terms: [你妈]  # 草马 in a comment\n"
        "    note: 草马\n"
        "    id: 猪头\n",
        "utf-8",
    )
    norm = Normalizer(folder)
    assert norm("你🐴").text == "你妈"
    assert norm("草🐴").text == "草🐴"
    assert norm("你个🐷头").text == "你个头"  # unread: a separator, as before
