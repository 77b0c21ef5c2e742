"""A match written in two scripts is denied by a negator of either language.

Hong Kong, Singapore and overseas Chinese write English words into Chinese sentences:
"我哋唔會contact你嘅employer". The English lexicon's phrase matches across the Chinese
words, but its own negators are English, so the Cantonese 唔會 (read as 不会) never
reached it. A match that holds both scripts now meets the negators of every language;
a match in one script still meets only its own language's.

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms as terms


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我哋唔會contact你嘅employer或者屋企人。", "zh-Hant"),
        ("我们不会contact你的boss，请放心。", "zh-Hans"),
        ("我哋絕對唔會call你嘅family。", "zh-Hant"),
    ],
)
def test_a_chinese_negator_denies_a_code_mixed_match(text: str, lang: str) -> None:
    assert terms(text, "third_party", lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我哋會contact你嘅employer。", "zh-Hant"),
        ("不还钱我们就contact你的boss。", "zh-Hans"),
    ],
)
def test_a_code_mixed_match_without_a_negator_stands(text: str, lang: str) -> None:
    assert terms(text, "third_party", lang) != []


def test_an_english_match_in_one_script_keeps_its_own_negators() -> None:
    # 不 before an all-English phrase is not the English phrase's negator
    assert terms("we will contact your employer 不", "third_party", "en") != []
    assert terms("we will not contact your employer", "third_party", "en") == []
