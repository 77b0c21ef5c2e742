"""Build the fresh evaluation set (``fresh/messages.jsonl``) from ``fresh/src/``.

The fresh set was written for issue 3 item 6 in styles the development set does not
use (gateway templates, chatty agents, passive voice, euphemisms, netspeak, Cantonese,
code-mixing, disguises) with many hard negatives. It uses the format, markup, labels
and checks of ``corpora/eval/build.py``; ids are ``fen-``, ``fhans-``, ``fhant-``.

    python corpora/eval/fresh/build.py           # write messages.jsonl, print counts
    python corpora/eval/fresh/build.py --check   # exit 1 if stale or a check fails
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import build as base  # noqa: E402

SOURCES = (
    ("en", "en.txt", "fen"),
    ("zh-Hans", "zh-Hans.txt", "fhans"),
    ("zh-Hant", "zh-Hant.txt", "fhant"),
)
OUT = HERE / "messages.jsonl"


def load_all() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for lang, name, prefix in SOURCES:
        records += base.parse(lang, HERE / "src" / name, prefix)
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; fail if stale")
    parser.add_argument("--markdown", action="store_true", help="print the counts table")
    args = parser.parse_args()
    records = load_all()
    problems = base.lint(records)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    body = base.serialise(records)
    if args.markdown:
        print(base.report(records, markdown=True))
        return 1 if problems else 0
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != body
        if stale:
            print("messages.jsonl is stale: run corpora/eval/fresh/build.py", file=sys.stderr)
        return 1 if problems or stale else 0
    OUT.write_text(body, encoding="utf-8")
    print(base.report(records, markdown=False))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
