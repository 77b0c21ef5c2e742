"""Negation across coordination, read on hand-made marks (no lexicon involved).

The end-to-end behaviour through the shipped lexicon is in test_lexicon_context.py.
"""

from __future__ import annotations

import re

from conftest import assert_linear

from smslint.detectors.lexicon_coded import Coded
from smslint.detectors.lexicon_coordination import MAX_LINKS, Coordination, Grammar
from smslint.detectors.lexicon_layout import Layout, Negation, Span

CONJUNCTIONS = ("or", "nor", "and")
CLAUSE_WORDS = ("will", "instead")
BREAKERS = ("or", "we", "pay")
NEGATORS = ("not", "won't", "never", "don't", "without")


def spans(text: str, words: tuple[str, ...]) -> list[Span]:
    found = [
        m.span()
        for word in words
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    ]
    return sorted(found)


def negated(
    text: str, match: str, list_commas: bool = True, commands: tuple[str, ...] = ()
) -> bool:
    """Whether the last occurrence of ``match`` in ``text`` is negated."""
    layout = Layout(Coded(text))
    coordination = Coordination(
        spans(text, CONJUNCTIONS),
        spans(text, CLAUSE_WORDS),
        spans(text, commands),
        spans(text, ("without",)),
        (),
        Grammar(list_commas=list_commas, stated_subject=True),
    )
    negation = Negation(
        [(s, e, 4) for s, e in spans(text, NEGATORS)],
        spans(text, BREAKERS),
        coordination,
    )
    start = text.rindex(match)
    return negation.denies(start, start + len(match), [], layout)


def test_the_joined_phrases_are_negated() -> None:
    text = "we won't visit your home, call your boss or post it online"
    assert negated(text, "visit your home")
    assert negated(text, "call your boss")
    assert negated(text, "post it online")


def test_far_beyond_the_window_through_links() -> None:
    text = "we will not come to your home at night, call your boss at work or post it"
    assert negated(text, "post it")


def test_the_match_must_stand_within_the_window_of_the_last_link() -> None:
    text = "we won't visit you or ever in any way at all post it"
    assert not negated(text, "post it")


def test_without_coordination_nothing_changes() -> None:
    # no coordination object: the plain window rule, behind "or" nothing
    layout = Layout(Coded("we won't call or text your boss"))
    text = "we won't call or text your boss"
    negation = Negation([(3, 8, 4)], spans(text, BREAKERS))
    start = text.index("text your boss")
    assert not negation.denies(start, start + 14, [], layout)
    assert negated(text, "text your boss")


def test_a_new_subject_or_modal_after_or_is_a_clause_of_its_own() -> None:
    assert not negated("we won't wait or we call your boss", "call your boss")
    assert not negated("we won't call you and will visit your home", "visit your home")
    assert not negated(
        "we won't call you and instead visit your home", "visit your home"
    )
    assert not negated("we won't wait or your boss will hear", "your boss")


def test_a_breaker_in_the_negated_phrase_keeps_it_apart() -> None:
    assert not negated("if you don't pay or call, visit your home", "visit your home")


def test_a_comma_joins_only_a_list_closed_by_a_conjunction() -> None:
    assert negated("we won't visit you, call your boss or post it", "call your boss")
    assert not negated("we won't hesitate, call your boss now", "call your boss")
    # where the language does not list with commas, only ", or" joins
    assert not negated(
        "we won't visit you, call your boss or post it", "call your boss", False
    )
    assert negated("we won't visit you, or call your boss", "call your boss", False)


def test_a_colon_or_a_new_sentence_ends_the_list() -> None:
    assert not negated(
        "we won't visit you: call your boss or post it", "call your boss"
    )
    assert not negated("we won't visit you. call your boss or post it", "post it")


def test_a_negator_opening_its_clause_governs_no_joined_phrase() -> None:
    assert not negated("don't delay or face arrest", "face arrest")
    assert not negated(
        "so do not delay or face arrest", "face arrest", commands=("so do not",)
    )
    assert negated("we do not delay or face arrest", "face arrest")


def test_a_negator_of_a_noun_governs_no_joined_phrase() -> None:
    assert not negated("pay it without delay or face arrest", "face arrest")


def test_chinese_conjunctions_link_in_bytes() -> None:
    text = "我们不会上门催收、给您的家人打电话或者在网上曝光"
    layout = Layout(Coded(text))
    coded = Coded(text).text

    def at(word: str) -> Span:
        start = coded.index(word.encode().decode("latin-1"))
        return start, start + len(word.encode())

    coordination = Coordination([at("、"), at("或者")], [], [], [], [], Grammar())
    negation = Negation([(*at("不会"), 2)], [], coordination)
    assert negation.denies(*at("在网上曝光"), [], layout)
    assert negation.denies(*at("给您的家人"), [], layout)


def test_a_language_that_drops_subjects_reads_an_opening_negator_as_a_statement() -> (
    None
):
    text = "rest assured: won't visit you or call your boss"
    layout = Layout(Coded(text))

    def negation(grammar: Grammar) -> Negation:
        coordination = Coordination(spans(text, ("or",)), [], [], [], [], grammar)
        return Negation([(*spans(text, ("won't",))[0], 2)], [], coordination)

    start = text.index("call your boss")
    assert negation(Grammar()).denies(start, start + 14, [], layout)
    assert not negation(Grammar(stated_subject=True)).denies(
        start, start + 14, [], layout
    )


def test_a_list_longer_than_any_sms_list_is_not_read() -> None:
    items = ", ".join(f"item{n}" for n in range(MAX_LINKS + 2))
    assert not negated(f"we won't visit {items} or post it", "post it")
    items = ", ".join(f"item{n}" for n in range(MAX_LINKS - 2))
    assert negated(f"we won't visit {items} or post it", "post it")


def test_a_long_text_of_commas_stays_linear() -> None:
    def run(commas: int) -> None:
        negated("we won't visit you, " + "a, " * commas + "or post it", "post it")

    assert_linear(run, 2_500)


def test_a_hanging_negator_reaches_past_a_few_asides_only() -> None:
    asides = ", ".join(["ever"] * (Negation.ASIDES - 1))
    assert negated(f"we will never, {asides}, call your boss", "call your boss")
    asides = ", ".join(["ever"] * Negation.ASIDES)
    assert not negated(f"we will never, {asides}, call your boss", "call your boss")


def test_a_hanging_negator_reaches_no_clause_with_a_modal_or_subject() -> None:
    assert not negated("we will not, we call your boss", "call your boss")
    assert not negated("we will not, ever, call your boss will", "call your boss")
    assert not negated("we will not wait, call your boss", "call your boss")


def test_a_text_of_hanging_negators_stays_linear() -> None:
    """Each negator is weighed only while one could still reach the match: the
    work per match does not grow with the negators before it."""

    def run(negators: int) -> None:
        text = "we will not, " * negators + "call your boss"
        layout = Layout(Coded(text))
        coordination = Coordination([], [], [], [], [], Grammar(stated_subject=True))
        negation = Negation(
            [(s, e, 4) for s, e in spans(text, ("not",))], [], coordination
        )
        for match in re.finditer("call your boss|will", text):
            negation.denies(match.start(), match.start() + 4, [], layout)

    assert_linear(run, 600)
