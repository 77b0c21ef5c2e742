"""A lookahead opening a PII pattern is there for speed: it must never drop a match.

``address_us``, ``address_cn`` and ``phone`` start with a lookahead for what every
match starts with, so that ``regex`` skips to those characters. Each pattern must
find exactly what it finds without its lookahead, on values of every shape it knows
and on the development messages of the evaluation set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from smslint.detectors.pii_addresses import (
    CN_ADDRESS_AHEAD,
    HOUSE_NUMBER_AHEAD,
    NUMBER_WORDS,
)
from smslint.detectors.pii_patterns import PATTERNS, PHONE_AHEAD

EVAL = Path(__file__).resolve().parent.parent / "corpora" / "eval"
AHEADS = {
    "address_us": HOUSE_NUMBER_AHEAD,
    "address_cn": CN_ADDRESS_AHEAD,
    "phone": PHONE_AHEAD,
}

VALUES = [
    *(f"We know you live at {w} Liberty Plaza, Apt 4." for w in NUMBER_WORDS),
    "Is 3307 N. Kedzie Ave #2R still your address?",
    "You live at 12-3 Elm St and 4/12 Smith St, by 12/03 Green Hill Road.",
    "Twenty-Two Forty Oak Lane; 221B Baker Street; 77 West 42nd Street.",
    "你住喺觀塘協和街101號10樓B室",
    "你住在台北市信義區松仁路100巷5弄3號4樓",
    "你住在香港九龍旺角彌敦道610號12樓",
    "寄送地址：上海市徐汇区漕溪北路249号2002室。",
    "住址A栋12层1203室，B座3单元，1号楼2单元301室",
    "家住ABCDEFGHIJKL路1号，abcdefghijklm街2号",
    "Lives at 深圳市南山区科技园路8号 and 北京市朝阳区建国路88号SOHO现代城A座",
    "Call +1 (415) 555-0134, +44 20 7946 0958, (02)2719-0035 or 415.555.0199.",
    "你妈妈的手机13812345678，电话(021)6234-5678，+86 138 1234 5678",
]


def _dev_texts() -> list[str]:
    files = [EVAL / "messages.jsonl", EVAL / "fresh" / "messages.jsonl"]
    files += sorted(EVAL.glob("set*/dev.jsonl"))
    return [
        json.loads(line)["text"]
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_every_opening_lookahead_is_checked() -> None:
    assert {p.name for p in PATTERNS if p.regex.startswith("(?=")} == set(AHEADS)


@pytest.mark.parametrize("name", sorted(AHEADS))
def test_the_lookahead_drops_no_match(name: str) -> None:
    spec = next(p for p in PATTERNS if p.name == name)
    ahead = AHEADS[name]
    assert spec.regex.startswith(ahead)
    fast = regex.compile(spec.regex, spec.flags)
    bare = regex.compile(spec.regex[len(ahead) :], spec.flags)
    found = 0
    for text in VALUES + _dev_texts():
        spans = [m.span() for m in bare.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text
        found += len(spans)
    assert found >= 20  # the texts hold many values of the pattern's shape
