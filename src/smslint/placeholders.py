"""Placeholder syntaxes in SMS templates: ``{name}``, ``{{ name }}``, ``${name}``, ...

Recognised forms (``syntax`` value in brackets):

- ``{name}``, ``{ name }``, ``{amount:.2f}`` (``brace``)
- ``{{ name }}``, ``{{ amount | money }}``, ``{{{name}}}`` (``double_brace``)
- ``${name}`` (``dollar_brace``)
- ``%s``, ``%d``, ``%.2f`` (``percent_s``; ``index`` counts them from 0)
- ``%(name)s`` (``percent_named``)
- ``#name#`` (``hash``; the name starts with a letter and holds no spaces)
- ``{1}``, ``{{1}}`` (``positional``; ``index`` is the number written)

Names are identifiers in any script, dotted or kebab-cased (``debtor.first_name``,
``身份证号``). A ``$`` right before a placeholder is a currency sign and not part of
it: ``${{amount}}``, ``$%s`` and ``$ {x}`` are ``{{amount}}``, ``%s`` and ``{x}``.
``${name}`` is the dollar-brace syntax unless a currency prefix such as ``HK$`` or
``US$`` is written, in which case ``HK${amount}`` is ``HK$`` followed by ``{amount}``.

:func:`find_unknown_placeholders` reports constructs that look like a placeholder
but are none of the above (``{}``, ``{{name}``, ``[[name]]``, ``<<name>>``,
``%{name}``), so the engine can report them as ``input`` problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Placeholder:
    """One placeholder occurrence.

    ``name`` is the variable name as written (``None`` for positional ``%s``);
    ``index`` is the position for ``{1}``-style placeholders; ``start``/``end`` are
    character offsets of the whole placeholder (``{{ name }}`` included, the currency
    ``$`` before it excluded); ``syntax`` names the style (``brace``, ``double_brace``,
    ``dollar_brace``, ``percent_s``, ``percent_named``, ``hash``, ``positional``).
    """

    name: str | None
    syntax: str
    start: int
    end: int
    index: int | None = None


# An identifier in any script (CJK included), optionally dotted or kebab-cased.
_NAME = r"[^\W\d]\w*(?:[.\-]\w+)*"
# NOTE: hash names must start with a letter so "#4 of 6#" and "#_#" stay text.
_HASH_NAME = r"[^\W\d_]\w*(?:[.\-]\w+)*"

_TOKEN = re.compile(
    rf"""
      (?P<escape>%%)
    | %\((?P<pnamed>{_NAME})\)[-+ #0]*\d*(?:\.\d+)?[sdifr]
    | (?P<pct>%(?:\.\d+)?[sdif])(?![A-Za-z0-9_])
    | \{{\{{(?P<triple>\{{)?\s*
        (?:(?P<dnum>\d+)|(?P<dname>{_NAME})(?:\s*\|[^{{}}]*)?)
        \s*\}}\}}(?(triple)\}})
    | (?<![{{%])\{{\s*(?:(?P<num>\d+)|(?P<bname>{_NAME}))(?::[^{{}}]*)?\s*\}}(?!\}})
    | \$\{{(?P<dollar>{_NAME})\}}
    | \#(?P<hash>{_HASH_NAME})\#
    """,
    re.VERBOSE,
)

# Written before "$" these make it a currency sign: "HK${amount}" is HK$ + {amount}.
_CURRENCY_PREFIX = re.compile(r"(?<![A-Za-z])(?:HK|US|NT|NZ|MOP|A|C|S|R)\Z")
_LONGEST_PREFIX = 3

_UNKNOWN = re.compile(
    rf"""
      \{{\{{\s*\}}\}}
    | \{{\s*\}}
    | \{{\{{\s*{_NAME}\s*\}}(?!\}})
    | (?<!\{{)\{{\s*{_NAME}\s*\}}\}}
    | \[\[\s*{_NAME}\s*\]\]
    | <<\s*{_NAME}\s*>>
    | %\{{\s*{_NAME}\s*\}}
    """,
    re.VERBOSE,
)


def find_placeholders(text: str) -> Iterator[Placeholder]:
    """Yield the placeholders of ``text`` in order of position, never overlapping."""
    pos = 0
    percent_count = 0
    while (m := _TOKEN.search(text, pos)) is not None:
        start, end = m.span()
        pos = end
        if m["escape"]:
            continue
        if m["pnamed"]:
            yield Placeholder(m["pnamed"], "percent_named", start, end)
        elif m["pct"]:
            yield Placeholder(None, "percent_s", start, end, percent_count)
            percent_count += 1
        elif m["dname"]:
            yield Placeholder(m["dname"], "double_brace", start, end)
        elif m["dnum"] or m["num"]:
            yield Placeholder(
                None, "positional", start, end, int(m["dnum"] or m["num"])
            )
        elif m["bname"]:
            yield Placeholder(m["bname"], "brace", start, end)
        elif m["dollar"]:
            if _CURRENCY_PREFIX.search(text, max(0, start - _LONGEST_PREFIX), start):
                # The "$" is money; rescan from the brace so "{amount}" is found.
                pos = start + 1
                continue
            yield Placeholder(m["dollar"], "dollar_brace", start, end)
        else:
            yield Placeholder(m["hash"], "hash", start, end)


def find_unknown_placeholders(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, snippet)`` for malformed or unsupported placeholders.

    Kept conservative: only empty braces, unbalanced double braces, ``[[name]]``,
    ``<<name>>`` and ``%{name}``; nothing inside a recognised placeholder.
    """
    if not any(ch in text for ch in "{[<"):
        return
    known = [(p.start, p.end) for p in find_placeholders(text)]
    for m in _UNKNOWN.finditer(text):
        start, end = m.span()
        if not any(s < end and start < e for s, e in known):
            yield start, end, m.group()
