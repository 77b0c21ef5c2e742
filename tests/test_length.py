"""The ``length`` check: worst-case expansion of placeholders, then segment counting."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from smslint.checks import RunContext
from smslint.checks import length as k
from smslint.message import Message
from smslint.placeholders import Placeholder
from smslint.violations import Hit


def run(
    text: str, lang: str = "en", is_template: bool = True, **opts: Any
) -> list[Hit]:
    fn = k.build(k.DEFAULTS | opts, RunContext())
    return list(fn(Message(text, lang, is_template)))


def ph(text: str, token: str, name: str | None, syntax: str = "brace") -> Placeholder:
    start = text.index(token)
    return Placeholder(name, syntax, start, start + len(token))


# --- pure helpers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "token", "name", "lengths", "expected"),
    [
        ("Hi {name}!", "{name}", "name", {"name": 3, "default": 9}, "Hi xxx!"),
        ("Hi {name}!", "{name}", "name", {"default": 4}, "Hi xxxx!"),
        ("Hi {{ Name }}!", "{{ Name }}", "Name", {"name": 2, "default": 9}, "Hi xx!"),
        ("Hi %s!", "%s", None, {"default": 5}, "Hi xxxxx!"),
        ("Hi {1}!", "{1}", None, {"1": 1, "default": 2}, "Hi xx!"),
        ("{amount}", "{amount}", "amount", {"amount": 0, "default": 9}, ""),
    ],
)
def test_expand_placeholders(
    text: str, token: str, name: str | None, lengths: dict[str, int], expected: str
) -> None:
    assert k.expand_placeholders(text, [ph(text, token, name)], lengths) == expected


def test_expand_uses_unicode_filler_for_listed_names() -> None:
    text = "Dear {Name}, pay {amount}"
    placeholders = [ph(text, "{amount}", "amount"), ph(text, "{Name}", "Name")]
    out = k.expand_placeholders(text, placeholders, {"default": 3}, ["name"])
    assert out == "Dear 中中中, pay xxx"


def test_literal_text_drops_placeholder_syntax() -> None:
    text = "Café {name} owes"
    assert k.literal_text(text, [ph(text, "{name}", "name")]) == "Café  owes"


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("á", "'á' (U+00E1)"),
        ("\u00a0", "'\\xa0' (U+00A0)"),
        ("\U0001f600", "'😀' (U+1F600)"),
    ],
)
def test_describe_char(char: str, shown: str) -> None:
    assert k.describe_char(char) == shown


@pytest.mark.parametrize(
    ("options", "valid"),
    [
        ({}, True),
        ({"max_segments": 2}, True),
        ({"max_segments": {"gsm7": 3, "ucs2": 4}}, True),
        ({"max_segments": 0}, False),
        ({"max_segments": {"gsm7": 3}}, False),
        ({"placeholder_lengths": {"name": 30, "default": 10}}, True),
        ({"placeholder_lengths": {"name": -1}}, False),
        ({"placeholder_unicode": ["name"]}, True),
        ({"placeholder_unicode": "name"}, False),
        ({"max_length": 3}, False),
    ],
)
def test_options_schema(options: dict[str, Any], valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(k.OPTIONS_SCHEMA)
    assert validator.is_valid(k.DEFAULTS | options) is valid


# --- rendered bodies (no placeholders) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "hits"),
    [
        ("a" * 459, "en", 0),
        ("a" * 460, "en", 1),
        ("中" * 201, "zh-Hans", 0),
        ("中" * 202, "zh-Hans", 1),
        (("a" + "{" * 76) * 3, "en", 0),  # 3 x 153 septets, pairs never split
        ("{" * 229 + "a", "en", 1),  # 459 septets, but only 76 pairs per segment
    ],
)
def test_default_limit_is_three_segments(text: str, lang: str, hits: int) -> None:
    assert len(run(text, lang, is_template=False)) == hits


def test_hit_arguments_for_a_text_forced_into_ucs2() -> None:
    text = "Olá, " + "a" * 200
    [hit] = run(text, is_template=False, max_segments=1)
    assert (hit.start, hit.end) == (None, None)
    assert hit.args == {
        "segments": 4,
        "limit": 1,
        "encoding": "UCS-2",
        "units": 205,
        "chars": 205,
        "culprit": "'á' (U+00E1)",
        "because": "; UCS-2 because of 'á' (U+00E1)",
    }


def test_chinese_text_names_no_culprit_in_because() -> None:
    [hit] = run("尊敬的客户" * 50, "zh-Hans", is_template=False)
    assert hit.args["because"] == ""


def test_hit_arguments_for_gsm7() -> None:
    [hit] = run("€" * 100, is_template=False, max_segments=1)
    assert hit.args["encoding"] == "GSM-7"
    assert (hit.args["units"], hit.args["chars"], hit.args["segments"]) == (200, 100, 2)
    assert hit.args["culprit"] == ""


@pytest.mark.parametrize(
    ("text", "hits"),
    [("a" * 306, 0), ("a" * 307, 1), ("中" * 268, 0), ("中" * 269, 1)],
)
def test_limit_per_encoding(text: str, hits: int) -> None:
    limits = {"gsm7": 2, "ucs2": 4}
    assert len(run(text, is_template=False, max_segments=limits)) == hits


def test_rendered_body_counts_braces_literally() -> None:
    # "{name}" in a log body is text: 6 characters, 8 septets
    [hit] = run("{name}" + "a" * 153, is_template=False, max_segments=1)
    assert hit.args["units"] == 161


# --- templates ------------------------------------------------------------------

PREFIX = "Dear {name}, "  # 5 + 30 + 2 = 37 characters once expanded


@pytest.mark.parametrize(
    ("tail", "unicode", "hits"),
    [
        (123, [], 0),  # 160 septets
        (124, [], 1),  # 161 septets
        (33, ["name"], 0),  # 70 UCS-2 units
        (34, ["name"], 1),
        (34, ["NAME"], 1),  # names compare case-insensitively
        (34, ["amount"], 0),  # another placeholder's flag changes nothing here
    ],
)
def test_template_expansion_against_one_segment(
    tail: int, unicode: list[str], hits: int
) -> None:
    found = run(
        PREFIX + "a" * tail,
        max_segments=1,
        placeholder_lengths={"name": 30},
        placeholder_unicode=unicode,
    )
    assert len(found) == hits


def test_unicode_placeholder_forces_ucs2_without_a_culprit() -> None:
    [hit] = run(
        PREFIX + "a" * 34,
        max_segments=1,
        placeholder_lengths={"name": 30},
        placeholder_unicode=["name"],
    )
    assert hit.args["encoding"] == "UCS-2"
    assert hit.args["culprit"] == ""
    assert hit.args["chars"] == 71


def test_culprit_comes_from_the_template_text_not_the_filler() -> None:
    [hit] = run("Señor {name}, ça va? " + "a" * 60, max_segments=1)
    assert hit.args["culprit"] == "'ç' (U+00E7)"


def test_default_length_applies_to_unlisted_and_positional_placeholders() -> None:
    # the rule only sets one name: the 20-character default still covers the rest
    opts: dict[str, Any] = {"max_segments": 1, "placeholder_lengths": {"name": 1}}
    assert run("{name} %s " + "a" * 137, **opts) == []  # 1 + 1 + 20 + 1 + 137 = 160
    assert len(run("{name} %s " + "a" * 138, **opts)) == 1


def test_placeholder_syntax_itself_is_not_counted() -> None:
    text = "{{ amount }}" + "a" * 140  # 20 + 140 = 160 septets, braces not sent
    assert run(text, max_segments=1) == []
    assert len(run(text, max_segments=1, placeholder_lengths={"default": 21})) == 1
