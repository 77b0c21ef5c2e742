"""Tests for placeholder parsing: each syntax, currency signs, offsets, bad forms."""

from __future__ import annotations

from itertools import pairwise

import pytest

from smslint.placeholders import (
    Placeholder,
    find_placeholders,
    find_unknown_placeholders,
)


def _one(text: str) -> Placeholder:
    found = list(find_placeholders(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "syntax", "start", "end", "index"),
    [
        ("Hi {name}!", "name", "brace", 3, 9, None),
        ("Hi { name }!", "name", "brace", 3, 11, None),
        ("Pay {amount:.2f} now", "amount", "brace", 4, 16, None),
        ("Hi {debtor.first_name}", "debtor.first_name", "brace", 3, 22, None),
        ("Hi {first-name}", "first-name", "brace", 3, 15, None),
        ("您好{姓名}", "姓名", "brace", 2, 6, None),
        ("Hi {{name}}", "name", "double_brace", 3, 11, None),
        ("Hi {{ name }}", "name", "double_brace", 3, 13, None),
        ("Pay {{ amount | money }}.", "amount", "double_brace", 4, 24, None),
        ("Pay {{amount|round(2)}}", "amount", "double_brace", 4, 23, None),
        ("Hi {{{name}}}", "name", "double_brace", 3, 13, None),
        ("Hi ${name}", "name", "dollar_brace", 3, 10, None),
        ("证件${身份证号}", "身份证号", "dollar_brace", 2, 9, None),
        ("Hi %(name)s.", "name", "percent_named", 3, 11, None),
        ("Owe %(amount).2f", "amount", "percent_named", 4, 16, None),
        ("Hi #name#!", "name", "hash", 3, 9, None),
        ("您好#客户姓名#", "客户姓名", "hash", 2, 8, None),
        ("Hi %s", None, "percent_s", 3, 5, 0),
        ("Day %d", None, "percent_s", 4, 6, 0),
        ("Pay %.2f", None, "percent_s", 4, 8, 0),
        ("Hi {1}", None, "positional", 3, 6, 1),
        ("Hi {0}", None, "positional", 3, 6, 0),
        ("Hi {{2}}", None, "positional", 3, 8, 2),
    ],
)
def test_each_syntax(
    text: str, name: str | None, syntax: str, start: int, end: int, index: int | None
) -> None:
    assert _one(text) == Placeholder(name, syntax, start, end, index)


@pytest.mark.parametrize(
    ("text", "name", "syntax", "start", "end"),
    [
        ("Pay ${{amount}} now", "amount", "double_brace", 5, 15),
        ("Pay ${{ amount }}", "amount", "double_brace", 5, 17),
        ("Pay $%s", None, "percent_s", 5, 7),
        ("Pay $ {amount}", "amount", "brace", 6, 14),
        ("Pay ${1}", None, "positional", 5, 8),
        ("Pay HK${amount}", "amount", "brace", 7, 15),
        ("Pay US${amount}", "amount", "brace", 7, 15),
        ("Pay NT${amount}", "amount", "brace", 7, 15),
        ("Pay A${amount}", "amount", "brace", 6, 14),
        ("Pay C${amount}", "amount", "brace", 6, 14),
        ("Pay S${amount}", "amount", "brace", 6, 14),
        ("Pay R${amount}", "amount", "brace", 6, 14),
        ("Pay HK${{amount}}", "amount", "double_brace", 7, 17),
        ("Pay US$%s", None, "percent_s", 7, 9),
        # A prefix glued to a longer word is no currency: "XA${x}" keeps ${x}.
        ("Pay XA${amount}", "amount", "dollar_brace", 6, 15),
        ("${amount}", "amount", "dollar_brace", 0, 9),
    ],
)
def test_currency_dollar_is_not_part_of_the_placeholder(
    text: str, name: str | None, syntax: str, start: int, end: int
) -> None:
    found = _one(text)
    assert (found.name, found.syntax, found.start, found.end) == (
        name,
        syntax,
        start,
        end,
    )


@pytest.mark.parametrize(
    "text",
    [
        "This is installment #4 of 6.",
        "#4 of 6 is due",
        "call #hashtag now",
        "#two words# here",
        "#_x# here",
        "You saved 50% today",
        "I am 100% sure",
        "100%sure",
        "Escaped %%s and %%d",
        "Literal {} braces",
        "Literal { } braces",
        "Literal {a b} braces",
        'JSON {"a": 1}',
        "{{name}",
        "{name}}",
        "%{name}",
        "[[name]]",
        "<<name>>",
        "Pay $5 and $ 10",
        "Plain text only",
        "",
    ],
)
def test_not_placeholders(text: str) -> None:
    assert list(find_placeholders(text)) == []


def test_mixed_text_in_order_without_overlap() -> None:
    text = "{name}: ${{amount}} %s #ref# {1} %(due)s ${url} %d"
    found = list(find_placeholders(text))
    assert [(p.name, p.syntax, p.start, p.end, p.index) for p in found] == [
        ("name", "brace", 0, 6, None),
        ("amount", "double_brace", 9, 19, None),
        (None, "percent_s", 20, 22, 0),
        ("ref", "hash", 23, 28, None),
        (None, "positional", 29, 32, 1),
        ("due", "percent_named", 33, 40, None),
        ("url", "dollar_brace", 41, 47, None),
        (None, "percent_s", 48, 50, 1),
    ]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_percent_index_counts_only_percent_s() -> None:
    found = list(find_placeholders("%s %(x)s %d %% %s"))
    assert [(p.syntax, p.index) for p in found] == [
        ("percent_s", 0),
        ("percent_named", None),
        ("percent_s", 1),
        ("percent_s", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi {}", [(3, 5, "{}")]),
        ("Hi { }", [(3, 6, "{ }")]),
        ("Hi {{}}", [(3, 7, "{{}}")]),
        ("Hi {{name}, pay", [(3, 10, "{{name}")]),
        ("Hi {{ name }, pay", [(3, 12, "{{ name }")]),
        ("Hi {name}}, pay", [(3, 10, "{name}}")]),
        ("Hi [[name]]", [(3, 11, "[[name]]")]),
        ("Hi <<name>>", [(3, 11, "<<name>>")]),
        ("Hi %{name}", [(3, 10, "%{name}")]),
        ("{} and [[a]]", [(0, 2, "{}"), (7, 12, "[[a]]")]),
    ],
)
def test_unknown_placeholders(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert list(find_unknown_placeholders(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hi {name}, {{ amount | money }} ${x} %s %(y)s #z# {1}",
        "Hi {{{name}}}",
        "Literal {a b} and [link] and <b> and a < b > c",
        "I am 100% sure; 50%",
        "Pay $5 today",
        "No braces here",
    ],
)
def test_no_unknown_placeholders(text: str) -> None:
    assert list(find_unknown_placeholders(text)) == []
