"""Build ``messages.jsonl`` from the hand-written sources in ``src/`` and check it.

Each source line is one message::

    labels || disguise || text || note

``labels`` is a comma-separated subset of the six content categories, or ``-`` for a
clean message; ``disguise`` is one of DISGUISES (``-`` means ``none``). Lines starting
with ``#`` and blank lines are skipped.

Most disguises are typed literally (spaces, dots, leet, homophones, pinyin, Traditional
characters). Characters that are invisible or easy to mistype are written with markup
that this script expands, so the source stays readable:

    ⟦fw:TEXT⟧   TEXT in full-width forms (ASCII -> U+FF01..U+FF5E, space -> U+3000)
    ⟦zw:TEXT⟧   a ZERO WIDTH SPACE (U+200B) between every two characters of TEXT
    ⟦zwj:TEXT⟧  the same with ZERO WIDTH JOINER (U+200D)
    ⟦cyr:TEXT⟧  Latin letters of TEXT swapped for Cyrillic look-alikes where one exists
    ⟦kx:TEXT⟧   CJK characters of TEXT swapped for their Kangxi-radical look-alikes

Ids are given in source order per language (``en-0001``, ``hans-0001``, ``hant-0001``),
so new messages go at the end of a source file to keep existing ids stable.

    python corpora/eval/build.py            # write messages.jsonl, print counts
    python corpora/eval/build.py --check    # only check; exit 1 if the file is stale
    python corpora/eval/build.py --markdown # the counts table for README.md
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_ids  # noqa: E402

LABELS = ("pii", "threat", "shaming", "impersonation", "obscene", "third_party")
DISGUISES = (
    "none",
    "fullwidth",
    "spacing",
    "symbols",
    "leet",
    "lookalike",
    "traditional",
    "homophone",
    "pinyin",
    "zero_width",
    "mixed",
)
SOURCES = (
    ("en", "en.txt", "en"),
    ("zh-Hans", "zh-Hans.txt", "hans"),
    ("zh-Hant", "zh-Hant.txt", "hant"),
)
OUT = HERE / "messages.jsonl"

CYRILLIC = str.maketrans(
    {
        "a": "а",
        "c": "с",
        "e": "е",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "i": "і",
        "j": "ј",
        "s": "ѕ",
        "A": "А",
        "B": "В",
        "C": "С",
        "E": "Е",
        "H": "Н",
        "K": "К",
        "M": "М",
        "O": "О",
        "P": "Р",
        "T": "Т",
        "X": "Х",
        "I": "І",
        "S": "Ѕ",
    }
)
KANGXI = str.maketrans(
    {
        "老": "⽼",
        "门": "⻔",
        "人": "⼈",
        "大": "⼤",
        "女": "⼥",
        "子": "⼦",
        "小": "⼩",
        "山": "⼭",
        "工": "⼯",
        "长": "⻓",
        "见": "⻅",
        "言": "⾔",
        "金": "⾦",
        "马": "⻢",
        "鬼": "⿁",
        "黑": "⿊",
        "龙": "⻰",
        "车": "⻋",
        "贝": "⻉",
        "走": "⾛",
        "身": "⾝",
        "方": "⽅",
        "日": "⽇",
        "口": "⼝",
        "心": "⼼",
        "手": "⼿",
        "文": "⽂",
        "父": "⽗",
        "母": "⺟",
    }
)
MARKUP = re.compile(r"⟦(fw|zw|zwj|cyr|kx):(.*?)⟧")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
)  # letters/digits only
CYRILLIC_CHARS = re.compile("[\u0400-\u04ff]")
KANGXI_CHARS = re.compile("[\u2e80-\u2fdf]")


def fullwidth(text: str) -> str:
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch
        for ch in text
    )


def expand(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        kind, body = m.groups()
        if kind == "fw":
            return fullwidth(body)
        if kind == "zw":
            return "\u200b".join(body)
        if kind == "zwj":
            return "\u200d".join(body)
        if kind == "cyr":
            return body.translate(CYRILLIC)
        return body.translate(KANGXI)

    out = MARKUP.sub(one, text)
    if "⟦" in out or "⟧" in out:
        raise ValueError(f"unbalanced markup in {text!r}")
    return out


def parse(lang: str, path: Path, prefix: str) -> list[dict[str, object]]:
    records = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        if len(parts) != 4:
            raise SystemExit(
                f"{path.name}:{lineno}: expected 4 fields, got {len(parts)}"
            )
        labels_s, disguise, text, note = parts
        labels = [] if labels_s == "-" else [x.strip() for x in labels_s.split(",")]
        disguise = "none" if disguise == "-" else disguise
        bad = [x for x in labels if x not in LABELS]
        if bad or disguise not in DISGUISES:
            raise SystemExit(
                f"{path.name}:{lineno}: unknown label/disguise {bad or disguise}"
            )
        if len(set(labels)) != len(labels):
            raise SystemExit(f"{path.name}:{lineno}: repeated label")
        if not note:
            raise SystemExit(f"{path.name}:{lineno}: empty note")
        labels = [x for x in LABELS if x in labels]  # canonical order
        records.append(
            {
                "id": f"{prefix}-{len(records) + 1:04d}",
                "lang": lang,
                "text": expand(text),
                "labels": labels,
                "disguise": disguise,
                "note": note,
                "_line": lineno,
                "_file": path.name,
            }
        )
    return records


IDENT = re.compile(
    r"(?<![\dA-Za-z])"
    r"(?:\d[\d \-]{11,24}\d[\dXx]?|[A-Z]\d{9}|[A-Z]\d{6}\([\dA]\))"
    r"(?![\dA-Za-z])"
)


def lint(records: list[dict[str, object]]) -> list[str]:
    """Consistency checks the labels must pass; returns problems as text."""
    problems = []
    seen: dict[str, str] = {}
    for r in records:
        text, where = str(r["text"]), f"{r['_file']}:{r['_line']} ({r['id']})"
        labels, disguise = list(r["labels"]), r["disguise"]  # type: ignore[arg-type]
        key = re.sub(r"\s+", " ", text.lower())
        if key in seen:
            problems.append(f"{where}: duplicate of {seen[key]}")
        seen[key] = str(r["id"])
        special = (
            INVISIBLE.search(text)
            or FULLWIDTH.search(text)
            or CYRILLIC_CHARS.search(text)
            or KANGXI_CHARS.search(text)
        )
        if special and disguise == "none" and labels:
            problems.append(f"{where}: has disguise characters but disguise is none")
        if disguise != "none" and not labels:
            problems.append(f"{where}: clean messages are not disguised")
        # Every checksum-valid identifier in the text must make the message pii.
        normalised = text.translate({0xFF10 + i: ord("0") + i for i in range(10)})
        normalised = INVISIBLE.sub("", normalised)
        for m in IDENT.finditer(normalised):
            kinds = make_ids.classify(m.group(0))
            if kinds and "pii" not in labels:
                problems.append(f"{where}: {kinds} {m.group(0)!r} but not labelled pii")
            compact = re.sub(r"[\s\-]", "", m.group(0))
            if "pii" in labels and not kinds and 15 <= len(compact) <= 19:
                problems.append(
                    f"{where}: {m.group(0)!r} looks like a card/ID "
                    "but fails its checksum"
                )
    return problems


def stats(records: list[dict[str, object]]) -> dict[str, object]:
    by_lang = Counter(str(r["lang"]) for r in records)
    table: dict[str, Counter[str]] = {}
    for r in records:
        c = table.setdefault(str(r["lang"]), Counter())
        c["messages"] += 1
        labels = list(r["labels"])  # type: ignore[arg-type]
        if not labels:
            c["clean"] += 1
        else:
            c["positive"] += 1
            if r["disguise"] != "none":
                c["disguised"] += 1
        if len(labels) > 1:
            c["multi_label"] += 1
        for label in labels:
            c[label] += 1
    return {"total": len(records), "by_lang": dict(by_lang), "table": table}


def report(records: list[dict[str, object]], markdown: bool) -> str:
    s = stats(records)
    table = s["table"]  # type: ignore[assignment]
    groups = {
        "en": ["en"],
        "zh-Hans": ["zh-Hans"],
        "zh-Hant": ["zh-Hant"],
        "zh (both)": ["zh-Hans", "zh-Hant"],
        "all": ["en", "zh-Hans", "zh-Hant"],
    }
    cols = ["messages", "clean", "positive", "disguised", "multi_label", *LABELS]

    def cell(group: list[str], col: str) -> int:
        return sum(table.get(g, Counter())[col] for g in group)  # type: ignore[union-attr]

    rows = [[name, *[str(cell(g, c)) for c in cols]] for name, g in groups.items()]
    if markdown:
        head = "| language | " + " | ".join(cols) + " |"
        sep = "|---" * (len(cols) + 1) + "|"
        langs = ("en", "zh-Hans", "zh-Hant")
        dis = Counter(
            (str(r["lang"]), str(r["disguise"])) for r in records if r["labels"]
        )
        kinds = [
            d for d in DISGUISES if d != "none" and any(dis[(g, d)] for g in langs)
        ]
        head2 = "| disguise (positives) | " + " | ".join(langs) + " | all |"
        sep2 = "|---" * (len(langs) + 2) + "|"
        rows2 = [
            f"| {d} | "
            + " | ".join(str(dis[(g, d)]) for g in langs)
            + f" | {sum(dis[(g, d)] for g in langs)} |"
            for d in kinds
        ]
        return "\n".join(
            [
                head,
                sep,
                *["| " + " | ".join(r) + " |" for r in rows],
                "",
                head2,
                sep2,
                *rows2,
            ]
        )
    width = [
        max(len(x) for x in col) for col in zip(["language", *cols], *rows, strict=True)
    ]
    lines = [
        "  ".join(x.rjust(w) for x, w in zip(["language", *cols], width, strict=True))
    ]
    lines += [
        "  ".join(x.rjust(w) for x, w in zip(r, width, strict=True)) for r in rows
    ]
    total, clean = cell(groups["all"], "messages"), cell(groups["all"], "clean")
    pos, dis = cell(groups["all"], "positive"), cell(groups["all"], "disguised")
    lines.append(
        f"clean share {clean / total:.1%}; disguised share of positives {dis / pos:.1%}"
    )
    lines.append(
        "language share "
        + ", ".join(
            f"{g} {cell([g], 'messages') / total:.1%}"
            for g in ("en", "zh-Hans", "zh-Hant")
        )
    )
    return "\n".join(lines)


def load_all() -> list[dict[str, object]]:
    records = []
    for lang, name, prefix in SOURCES:
        records += parse(lang, HERE / "src" / name, prefix)
    return records


def serialise(records: list[dict[str, object]]) -> str:
    keys = ("id", "lang", "text", "labels", "disguise", "note")
    return "".join(
        json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n" for r in records
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="do not write; fail if stale"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the README table"
    )
    args = parser.parse_args()
    records = load_all()
    problems = lint(records)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    body = serialise(records)
    if args.markdown:
        print(report(records, markdown=True))
        return 1 if problems else 0
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != body
        if stale:
            print("messages.jsonl is stale: run corpora/eval/build.py", file=sys.stderr)
        return 1 if problems or stale else 0
    OUT.write_text(body, encoding="utf-8")
    print(report(records, markdown=False))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
