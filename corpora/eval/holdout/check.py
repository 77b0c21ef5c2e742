"""Validate the held-out evaluation set and print its counts.

    python corpora/eval/holdout/check.py              # validate; exit 1 on any problem
    python corpora/eval/holdout/check.py --markdown   # also print the count tables

Checks: every line is a JSON object with exactly the fields of ``corpora/eval/README.md``;
ids are unique and run ``ho-en-NNNN`` / ``ho-hans-NNNN`` / ``ho-hant-NNNN`` in order
(another prefix with ``--id-prefix``, for the sets built the same way); labels
are a subset of the six content categories; texts are unique; a clean message is not
disguised; a positive marked ``none`` carries no full-width, zero-width, Cyrillic or radical
characters; a message not labelled ``pii`` carries no checksum-valid card, CN/TW/HK ID or
SSN; and every card-, ID- or SSN-shaped number in a ``pii`` message passes its checksum.

This script only reads the set. It never looks at detectors or lexicons.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from make_ids import cn_id_valid, hk_id_valid, luhn_ok, ssn_valid, tw_id_valid  # noqa: E402

LABELS = ("pii", "threat", "shaming", "impersonation", "obscene", "third_party")
DISGUISES = (
    "none fullwidth spacing symbols leet lookalike traditional homophone pinyin "
    "zero_width mixed"
).split()
LANGS = {"en": "en-", "zh-Hans": "hans-", "zh-Hant": "hant-"}
FIELDS = {"id", "lang", "text", "labels", "disguise", "note"}

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
SUSPICIOUS = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
    "\u0400-\u04ff\u2e80-\u2eff\u2f00-\u2fdf]"
)
CARDLIKE = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-.]?\d){12,18}(?![\dA-Za-z])")
CN_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
TW_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z][12]\d{8}(?!\d)")
HK_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d{6}(?:\([\dA]\)|[\dA](?![\dA-Za-z]))")
SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def identifiers(text: str) -> tuple[list[str], list[str]]:
    """(valid identifiers, card/ID/SSN-shaped values that fail their checksum)."""
    # NFKC first: the check digit of a full-width ID is compared as a character.
    flat = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    dense = re.sub(r"(?<=[\d-]) (?=[\d-])", "", flat)  # "1 6 5 - 5 8" -> "165-58"
    valid, invalid = [], []
    for m in CN_ID.finditer(flat):
        (valid if cn_id_valid(m.group()) else invalid).append(m.group())
    for m in CARDLIKE.finditer(flat):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) == 18 and cn_id_valid(digits):
            continue
        if len(digits) == 17 and re.search(re.escape(m.group()) + "[Xx]", flat):
            continue  # the body of a CN ID ending in X, judged above
        (valid if luhn_ok(digits) else invalid).append(m.group())
    for m in TW_ID.finditer(flat):
        (valid if tw_id_valid(m.group()) else invalid).append(m.group())
    for m in HK_ID.finditer(flat):
        (valid if hk_id_valid(m.group()) else invalid).append(m.group())
    for m in SSN.finditer(dense):
        (valid if ssn_valid(m.group()) else invalid).append(m.group())
    return valid, invalid


def load(path: Path) -> tuple[list[dict], list[str]]:
    records, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(rec, dict) or set(rec) != FIELDS:
            problems.append(f"line {n}: fields must be exactly {sorted(FIELDS)}")
            continue
        records.append(rec)
    return records, problems


def validate(records: list[dict], prefix: str = "ho-") -> list[str]:
    problems = []
    seen_ids, seen_texts = set(), {}
    next_n = Counter()
    for rec in records:
        rid, lang, text = rec["id"], rec["lang"], rec["text"]
        labels, disguise = rec["labels"], rec["disguise"]
        where = f"{rid}:"
        if lang not in LANGS:
            problems.append(f"{where} unknown lang {lang!r}")
            continue
        next_n[lang] += 1
        expected = f"{prefix}{LANGS[lang]}{next_n[lang]:04d}"
        if rid != expected:
            problems.append(f"{where} expected id {expected}")
        if rid in seen_ids:
            problems.append(f"{where} duplicate id")
        seen_ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where} empty text")
            continue
        if text in seen_texts:
            problems.append(f"{where} same text as {seen_texts[text]}")
        seen_texts[text] = rid
        if not isinstance(labels, list) or not set(labels) <= set(LABELS):
            problems.append(f"{where} labels must be a subset of {LABELS}")
        elif len(set(labels)) != len(labels):
            problems.append(f"{where} duplicate label")
        if disguise not in DISGUISES:
            problems.append(f"{where} unknown disguise {disguise!r}")
        if not labels and disguise != "none":
            problems.append(f"{where} clean message marked disguised")
        if labels and disguise == "none" and SUSPICIOUS.search(text):
            problems.append(f"{where} disguise characters in a message marked none")
        if not isinstance(rec["note"], str) or not rec["note"].strip():
            problems.append(f"{where} missing note")
        valid, invalid = identifiers(text)
        if "pii" not in labels and valid:
            problems.append(f"{where} checksum-valid identifier in a non-pii message")
        if "pii" in labels and invalid:
            problems.append(f"{where} identifier fails its checksum: {invalid}")
    return problems


def tables(records: list[dict]) -> str:
    groups = {
        "en": lambda r: r["lang"] == "en",
        "zh-Hans": lambda r: r["lang"] == "zh-Hans",
        "zh-Hant": lambda r: r["lang"] == "zh-Hant",
        "zh (both)": lambda r: r["lang"] != "en",
        "all": lambda r: True,
    }
    head = ["language", "messages", "clean", "positive", "disguised", "multi_label", *LABELS]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, keep in groups.items():
        rs = [r for r in records if keep(r)]
        row = [
            name,
            len(rs),
            sum(not r["labels"] for r in rs),
            sum(bool(r["labels"]) for r in rs),
            sum(r["disguise"] != "none" for r in rs),
            sum(len(r["labels"]) > 1 for r in rs),
            *(sum(lab in r["labels"] for r in rs) for lab in LABELS),
        ]
        out.append("| " + " | ".join(map(str, row)) + " |")
    out.append("")
    langs = ["en", "zh-Hans", "zh-Hant"]
    by = defaultdict(Counter)
    for r in records:
        if r["labels"]:
            by[r["disguise"]][r["lang"]] += 1
    out.append("| disguise (positives) | " + " | ".join(langs) + " | all |")
    out.append("|---|" + "---|" * (len(langs) + 1))
    for d in DISGUISES:
        if d in by:
            c = by[d]
            out.append(f"| {d} | " + " | ".join(str(c[x]) for x in langs) + f" | {sum(c.values())} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=HERE / "messages.jsonl")
    parser.add_argument("--markdown", action="store_true", help="print the count tables")
    parser.add_argument(
        "--id-prefix", default="ho-", help="the set's id prefix (ho- for this set)"
    )
    args = parser.parse_args()
    records, problems = load(args.path)
    problems += validate(records, args.id_prefix)
    for p in problems:
        print(p, file=sys.stderr)
    if args.markdown:
        print(tables(records))
    n = len(records)
    pos = [r for r in records if r["labels"]]
    print(
        f"{n} messages, {n - len(pos)} clean ({(n - len(pos)) / max(n, 1):.1%}), "
        f"{sum(r['disguise'] != 'none' for r in pos)} of {len(pos)} positives disguised; "
        f"{len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
