"""The ``required_phrase`` check: opt-out instructions and sender identification."""

from __future__ import annotations

import time
from typing import Any

import jsonschema
import pytest

from smslint.checks import RunContext, _pattern_safety, _phrase_text
from smslint.checks import required_phrase as k
from smslint.message import Message
from smslint.violations import Hit

OPT_OUT: dict[str, Any] = {
    "phrases": {
        "en": ["Reply STOP", "Text STOP to opt out"],
        "zh-Hans": ["回T退订", "退订回T", "回复TD退订"],
        "zh-Hant": ["回覆STOP", "退訂"],
    }
}

SIGNATURE = r"【[^】]{2,12}】"


def run(
    text: str, lang: str = "en", is_template: bool = True, **opts: Any
) -> list[Hit]:
    fn = k.build(k.DEFAULTS | opts, RunContext())
    return list(fn(Message(text, lang, is_template)))


# --- pure helpers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ＲＥＰＬＹ  stop", "reply stop"),
        ("Reply\n\tSTOP ", "reply stop"),
        ("回 T 退订", "回t退订"),
        ("回　Ｔ　退订", "回t退订"),  # ideographic spaces, full-width T
        ("【 ACME 】 您好", "【acme】您好"),
        ("退訂　請回覆ＳＴＯＰ", "退訂請回覆stop"),
        ("Reply S\u200bTOP", "reply stop"),  # zero-width space dropped
        ("STRASSE", "strasse"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert _phrase_text.fold(text) == folded


@pytest.mark.parametrize(
    ("wanted", "name", "matches"),
    [
        ("company", "company", True),
        ("company", "company_name", True),
        ("company", "companyName", True),
        ("company", "COMPANY-NAME", True),
        ("company", "debtor.company", True),
        ("company_name", "companyName", True),
        ("company_name", "company", False),
        ("company", "accompany", False),
        ("company", "companies", False),
        ("brand", "BrandName", True),
        ("sender", "HTTPSender", True),
        ("机构名称", "机构名称", True),
        ("机构", "机构名称", True),
        ("机构名称", "机构", False),
        ("company", None, False),
    ],
)
def test_name_matches(wanted: str, name: str | None, matches: bool) -> None:
    assert _phrase_text.name_matches(_phrase_text.name_tokens(wanted), name) is matches


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a+)+",
        r"(a*)*b",
        r"(?:\w+\s?)+$",
        r"((a+)b)*",
        r"(a{1,3})+",
        r"(?P<x>a+){2,}",
        r"([a-z]+)*",
        r"(\p{Han}+)+",
        r"(?i:stop\s*)+",
        r"(a+)+?",
    ],
)
def test_nested_quantifiers_are_rejected(pattern: str) -> None:
    with pytest.raises(ValueError, match="repeats a group that itself contains"):
        _pattern_safety.reject_nested_quantifiers(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(ab)+",
        r"a+b+",
        r"(a{2})+",
        r"(a+){2}",
        r"[(a+)]+",
        r"\(a+\)+",
        r"(?:stop|end)+",
        r"\p{Han}{2,10}",
        SIGNATURE,
        r"(a?)+",
        r"(?i)(a)+",
        r"(?#(a+)+)x",
        r"x{}",
        r"(?=a+)b",
        r"[\]+]+(a)+",
        r"(a+){,5}",
        r"(?:\s+(?-i:[A-Z][\w&'.]*)){0,3}",  # bounded outer count
    ],
)
def test_safe_patterns_are_accepted(pattern: str) -> None:
    _pattern_safety.reject_nested_quantifiers(pattern)


def test_build_rejects_catastrophic_and_invalid_patterns() -> None:
    with pytest.raises(ValueError, match=r"'\(a\+\)\+'"):
        run("x", patterns={"en": [r"(a+)+$"]})
    with pytest.raises(ValueError, match="invalid pattern"):
        run("x", patterns={"en": [r"reply (stop"]})


def test_build_rejects_a_rule_with_nothing_to_look_for() -> None:
    with pytest.raises(ValueError, match="at least one"):
        run("x")
    with pytest.raises(ValueError, match="empty once normalized"):
        run("x", phrases={"en": ["\u200b"]})


@pytest.mark.parametrize(
    ("options", "valid"),
    [
        (OPT_OUT, True),
        ({"phrases": {"fr": ["arrêt"]}}, False),
        ({"phrases": {"en": "Reply STOP"}}, False),
        ({"patterns": {"any": [SIGNATURE]}, "position": "start_or_end"}, True),
        ({"placeholders": ["company"]}, True),
        ({"placeholders": {"zh": ["机构名称"]}}, True),
        ({"position": "middle"}, False),
        ({"expected": ""}, False),
    ],
)
def test_options_schema(options: dict[str, Any], valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(k.OPTIONS_SCHEMA)
    assert validator.is_valid(k.DEFAULTS | options) is valid


# --- opt-out phrases ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Your payment is due. Reply STOP to opt out.", "en", True),
        ("Payment due. ＲＥＰＬＹ  ｓｔｏｐ to end texts", "en", True),
        ("Payment due. reply\nSTOP", "en", True),
        ("Text stop to opt out", "en", True),
        ("Your payment is due.", "en", False),
        ("Reply STOPPED", "en", False),
        ("Reply STOP2", "en", False),
        ("PleaseReply STOP", "en", False),
        ("【某银行】您的账单已逾期，回T退订", "zh-Hans", True),
        ("【某银行】您的账单已逾期，回 T 退订", "zh-Hans", True),
        ("【某银行】您的账单已逾期，回ｔ退订", "zh-Hans", True),
        ("【某银行】您的账单已逾期。退订回T", "zh-Hans", True),
        ("【某银行】您的账单已逾期。回复 TD 退订", "zh-Hans", True),
        ("【某银行】您的账单已逾期，请尽快还款。", "zh-Hans", False),
        ("【某銀行】您的帳單已逾期，回覆 STOP", "zh-Hant", True),
        ("【某銀行】您的帳單已逾期。退訂請回覆ＳＴＯＰ", "zh-Hant", True),
        ("【某銀行】您的帳單已逾期，請儘快還款。", "zh-Hant", False),
        # Simplified phrases are listed under zh-Hans only
        ("【某銀行】您的帳單已逾期，回T退订", "zh-Hant", False),
    ],
)
def test_opt_out_phrases(text: str, lang: str, found: bool) -> None:
    assert (run(text, lang, **OPT_OUT) == []) is found


def test_missing_phrase_hit_names_the_first_applicable_phrase() -> None:
    [hit] = run("Your payment is due.", **OPT_OUT)
    assert (hit.start, hit.end) == (None, None)
    assert hit.args == {"expected": "Reply STOP"}
    [hit] = run("请尽快还款。", "zh-Hans", **OPT_OUT)
    assert hit.args == {"expected": "回T退订"}
    [hit] = run("Payment due.", expected="Reply STOP to opt out", **OPT_OUT)
    assert hit.args == {"expected": "Reply STOP to opt out"}


def test_a_language_without_phrases_is_left_alone() -> None:
    zh_only = {"phrases": {"zh": ["退订", "退訂"]}}
    assert run("Your payment is due.", "en", **zh_only) == []
    assert len(run("请尽快还款。", "zh-Hans", **zh_only)) == 1
    assert len(run("請儘快還款。", "zh-Hant", **zh_only)) == 1


def test_language_keys_are_merged_in_order() -> None:
    opts = {"phrases": {"any": ["STOP"], "zh": ["退订"], "zh-Hans": ["回T退订"]}}
    [hit] = run("请尽快还款。", "zh-Hans", **opts)
    assert hit.args == {"expected": "回T退订"}
    assert run("请尽快还款，回复STOP退订", "zh-Hans", **opts) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("回复STOP退订", True),  # next to CJK characters is still a word edge
        ("Send STOP.", True),
        ("STOP", True),
        ("nonstop service", False),
        ("stopgap", False),
        ("STOP_ALL", False),
        ("café-STOP", True),
        ("éSTOP", False),
    ],
)
def test_ascii_phrases_respect_word_edges(text: str, found: bool) -> None:
    assert (run(text, "zh-Hans", phrases={"any": ["stop"]}) == []) is found


# --- patterns -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Reply STOP to stop", True),
        ("reply  end", True),
        ("Reply QUIT", False),
    ],
)
def test_patterns_match_folded_text(text: str, found: bool) -> None:
    assert (run(text, patterns={"en": [r"reply (stop|end)\b"]}) == []) is found


def test_patterns_see_case_but_match_case_insensitively() -> None:
    # patterns search normalize(text): full-width folded, case kept for (?-i:...)
    company = {"en": [r"^(?-i:[A-Z]\w*) (recovery|collections)\b"]}
    assert _phrase_text.normalize("Ａｃｍｅ  RECOVERY") == "Acme RECOVERY"
    assert run("Ａｃｍｅ  RECOVERY: payment due", patterns=company) == []
    assert len(run("acme recovery: payment due", patterns=company)) == 1


def test_pattern_that_times_out_counts_as_not_found() -> None:
    slow = {"en": [r"(a|aa)+c"]}  # not nested, yet exponential on a run of a's
    text = "a" * 60
    began = time.monotonic()
    [hit] = run(text, patterns=slow)
    assert time.monotonic() - began < 2
    assert hit.args == {"expected": r"(a|aa)+c"}
    assert (
        run(text + " reply stop", patterns=slow, phrases={"en": ["reply stop"]}) == []
    )


# --- position -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "found"),
    [
        ("【ACME】您的账单已逾期", "start", True),
        ("  【ACME】您的账单已逾期", "start", True),
        ("您的账单已逾期【ACME】", "start", False),
        ("您的账单已逾期【ACME】", "end", True),
        ("您的账单已逾期。【ACME】 ", "end", True),
        ("【ACME】您的账单已逾期", "end", False),
        ("【ACME】您的账单已逾期", "start_or_end", True),
        ("您的账单已逾期【ACME】", "start_or_end", True),
        ("您的账单【ACME】已逾期", "start_or_end", False),
        ("您的账单【ACME】已逾期", "anywhere", True),
        ("【A】您的账单已逾期", "anywhere", False),  # too short for a signature
    ],
)
def test_signature_position(text: str, position: str, found: bool) -> None:
    hits = run(text, "zh-Hans", patterns={"zh": [SIGNATURE]}, position=position)
    assert (hits == []) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Payment due. Reply STOP.", True),
        ("Payment due. Reply STOP to opt out.", False),
        ("Reply STOP. Payment due.", False),
    ],
)
def test_phrase_at_the_end(text: str, found: bool) -> None:
    assert (run(text, phrases={"en": ["Reply STOP"]}, position="end") == []) is found


# --- placeholders ---------------------------------------------------------------

IDENTIFICATION: dict[str, Any] = {
    "placeholders": ["company", "sender", "brand", "机构名称"],
    "phrases": {"en": ["ACME Collections"]},
}


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Hi {name}, {company_name} here about your account.", "en", True),
        ("Hi {{ name }}, this is {{ companyName }}.", "en", True),
        ("Hi %(name)s, %(sender)s here.", "en", True),
        ("Hi {name}, ACME Collections here.", "en", True),
        ("Hi {name}, about your account.", "en", False),
        ("Hi {name}, {accompany} you.", "en", False),
        ("尊敬的${客户姓名}，您在${机构名称}的账单已逾期。", "zh-Hans", True),
        ("尊敬的${客户姓名}，您的账单已逾期。", "zh-Hans", False),
    ],
)
def test_placeholders_identify_the_sender(text: str, lang: str, found: bool) -> None:
    assert (run(text, lang, **IDENTIFICATION) == []) is found


def test_rendered_bodies_ignore_placeholders() -> None:
    body = "Hi {company}, about your account."  # braces are plain text in a log
    assert len(run(body, is_template=False, **IDENTIFICATION)) == 1
    only_placeholders = {"placeholders": ["company"]}
    assert (
        run("Hi Jo, about your account.", is_template=False, **only_placeholders) == []
    )


def test_placeholders_per_language() -> None:
    opts = {"placeholders": {"zh": ["机构名称"]}}
    assert run("Hi {name}, about your account.", "en", **opts) == []
    [hit] = run("尊敬的{name}，您的账单已逾期。", "zh-Hans", **opts)
    assert hit.args == {"expected": "{机构名称}"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("【{brand}】您的账单已逾期", True),
        ("您的账单已逾期。【{{ brand }}】", True),
        ("您的账单{brand}已逾期", False),
    ],
)
def test_placeholder_position(text: str, found: bool) -> None:
    opts = {"placeholders": ["brand"], "position": "start_or_end"}
    assert (run(text, "zh-Hans", **opts) == []) is found
