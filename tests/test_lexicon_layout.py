"""Where the layout ends sentences: abbreviations, numbers, titles and streets."""

from __future__ import annotations

import pytest
from conftest import lexicon_terms as terms

from smslint.detectors.lexicon_coded import Coded
from smslint.detectors.lexicon_layout import Layout


def sentences(original: str) -> list[str]:
    """The sentences the layout reads in ``original`` (ASCII, case-folded as the
    Normalizer does; the capitals are read from the original)."""
    text = original.casefold()
    layout = Layout(Coded(text), lambda position: original[position].isupper())
    pieces: list[list[str]] = []
    for position, char in enumerate(text):
        number = layout.sentence(position)
        while len(pieces) <= number:
            pieces.append([])
        pieces[number].append(char)
    return [p for p in ("".join(c).strip() for c in pieces) if p]


@pytest.mark.parametrize(
    "text",
    [
        "We told the family at no. 7 Elm St about your debt.",
        "Flat No. 3 knows.",
        "Case No. 2231 was sent.",
        "Ref no. A-2231 is overdue.",
        "Ref. No. 2231 is overdue.",
        "Apt. 4B knows.",
        "We called at 9 a.m. and your boss answered.",
        "Pay by 5 p.m. today or else.",
        "Call your relatives, e.g. your mum or dad.",
        "Call a relative, i.e. your mum.",
        "Acme Ltd. will contact you.",
        "Acme Co. will contact you.",
        "We visited 12 Elm St. and spoke to them.",
        "We called Mon. and they answered.",
        "We visited St. Mary's school.",
        "Your colleague Dr. Chen knows.",
        "It costs $12.50 and is due at 3.30pm.",
    ],
)
def test_an_abbreviation_inside_a_sentence_ends_nothing(text: str) -> None:
    assert sentences(text) == [text.casefold()]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # before a capitalised word an abbreviation may well end the sentence
        ("We called at 9 a.m. Your boss answered.", "We called at 9 a.m."),
        ("Acme Co. We will call.", "Acme Co."),
        # after a house number, St. and Dr. are streets, not titles before a name
        ("We visited 12 Elm St. Your neighbour knows.", "We visited 12 Elm St."),
        ("We went to 4 Oak Dr. Your neighbour knows.", "We went to 4 Oak Dr."),
        # "no" is also a word: only a number after it makes it "number"
        ("No. We will call.", "No."),
        ("I said no. we will call.", "I said no."),
        ("Ano. 7 is here.", "Ano."),
        ("Pay now. 2 days left.", "Pay now."),
        ("Your balance is $1,200. We will call.", "Your balance is $1,200."),
    ],
)
def test_a_sentence_still_ends_at_its_dot(text: str, first: str) -> None:
    assert sentences(text)[0] == first.casefold()


THING = {
    "en": [{"all": [["zorblat"], ["quibbed"]], "within": 8, "note": "an invented pair"}]
}


def test_a_number_sign_keeps_a_match_in_one_sentence() -> None:
    for text in (
        "The zorblat at no. 7 Elm St quibbed.",
        "The zorblat at Flat No. 3 quibbed.",
        "The zorblat at 12 Elm St. and more quibbed.",
        "The zorblat at 9 a.m. today quibbed.",
    ):
        assert terms(text, "threat", extra_terms=THING), text


def test_a_thousands_separator_ends_no_clause() -> None:
    # an invented pair read within one clause: "$1,200" must not split it
    clause_pair = {"en": [{**THING["en"][0], "across_clauses": False}]}
    assert terms(
        "The zorblat owes $1,200 and quibbed.", "threat", extra_terms=clause_pair
    )
    assert terms("The zorblat of R3,412 quibbed.", "threat", extra_terms=clause_pair)
    # a comma that is punctuation still ends the clause
    assert not terms("The zorblat owes 12, quibbed.", "threat", extra_terms=clause_pair)
    assert not terms("The zorblat, quibbed.", "threat", extra_terms=clause_pair)


def test_a_negation_reaches_across_an_amount() -> None:
    assert not terms("我们不会把1,200元欠款告诉您的单位。", "third_party", "zh-Hans")
    assert terms("我们会把您欠的1,200元告诉您的单位领导。", "third_party", "zh-Hans")


def test_a_street_before_a_new_sentence_ends_it() -> None:
    assert not terms(
        "The zorblat lives at 12 Elm St. Nobody quibbed.", "threat", extra_terms=THING
    )


def test_no_before_a_number_is_no_negator() -> None:
    """ "No. 7" is "number 7": inside a co-occurrence it denies nothing."""
    assert terms("Your neighbour at No. 7 knows you owe us.", "third_party")
    assert terms("Your neighbour at no.7 knows you owe us.", "third_party")
    assert terms("The zorblat at no. 7 Elm St quibbed.", "threat", extra_terms=THING)
    # "no" before a noun still negates
    assert not terms("The zorblat had no quibbed.", "threat", extra_terms=THING)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("at no. 7 elm st", True),
        ("flat no.3", True),
        ("ref nos. a-22 and a-23", True),
        ("no. we will call", False),
        ("no 7", False),
        ("no. a", False),
    ],
)
def test_number_sign(text: str, sign: bool) -> None:
    layout = Layout(Coded(text))
    start = text.index("no")
    end = start + (3 if text[start:].startswith("nos") else 2)
    assert layout.number_sign(start, end) is sign


def test_a_short_question_and_the_sentence_it_opens_are_one_passage() -> None:
    from smslint.detectors.lexicon_layout import FRAGMENT

    text = "Not paying? You will see. Done."
    layout = Layout(Coded(text))
    assert layout.passage(0) == layout.passage(text.index("see"))
    assert layout.passage(text.index("Done")) != layout.passage(0)
    assert layout.sentence(0) != layout.sentence(text.index("see"))  # unchanged
    long = " ".join(["word"] * (FRAGMENT + 1)) + "? You will see."
    layout = Layout(Coded(long))
    assert layout.passage(0) != layout.passage(long.index("see"))
    text = "不还钱？！你会知道"
    coded = Coded(text)
    layout = Layout(coded)
    assert layout.passage(0) == layout.passage(len(coded.text) - 1)


def quoted(text: str) -> list[str]:
    """The quotes the layout reads in ``text``, marks included."""
    coded = Coded(text)
    layout = Layout(coded)
    return [text[coded.char(s) : coded.char(e)] for s, e in layout.quotes()]


def test_quotes_of_every_kind_are_read() -> None:
    assert quoted("收到“法院传票”和「拘捕令」、『查封』之类的信息") == [
        "“法院传票”",
        "「拘捕令」",
        "『查封』",
    ]
    assert quoted("a text saying \"pay now\" or 'police will come'") == [
        '"pay now"',
        "'police will come'",
    ]
    assert quoted("‘警察上门’这种信息") == ["‘警察上门’"]


def test_apostrophes_make_no_quote() -> None:
    assert quoted("We won't wait, it's your mom's call and the Joneses' too.") == []
    assert quoted("We won’t wait, it’s your mom’s call.") == []
    assert quoted("'We won't wait,' they said.") == ["'We won't wait,'"]
    assert quoted("Unclosed “quote and ' stray") == []
