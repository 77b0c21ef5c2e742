"""Split the second blind set into a tuning half and a held-out half.

    python corpora/eval/set2/split.py          # writes dev.jsonl and holdout.jsonl
    python corpora/eval/set2/split.py --check  # exit 1 if they are stale

``written/*.jsonl`` are the files as their authors wrote them (ids ``h2-…``). Each
message goes to ``dev.jsonl`` or ``holdout.jsonl`` by a bit of the SHA-256 of its
original id, so the split never depends on the labels or the text, and adding messages
at the end of a written file never moves the others. Ids are renumbered per half
(``d2-en-0001`` …, ``h2-en-0001`` …) so both halves pass ``holdout/check.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG_PART = {"en": "en", "zh-Hans": "hans", "zh-Hant": "hant"}
HALVES = {"dev": ("d2-", HERE / "dev.jsonl"), "holdout": ("h2-", HERE / "holdout.jsonl")}


def half_of(original_id: str) -> str:
    return "holdout" if hashlib.sha256(original_id.encode()).digest()[0] & 1 else "dev"


def split() -> dict[Path, str]:
    halves: dict[str, list[dict]] = {name: [] for name in HALVES}
    for path in sorted((HERE / "written").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                halves[half_of(record["id"])].append(record)
    out = {}
    for name, (prefix, target) in HALVES.items():
        numbers: Counter[str] = Counter()
        lines = []
        for record in halves[name]:
            part = LANG_PART[record["lang"]]
            numbers[part] += 1
            renumbered = {**record, "id": f"{prefix}{part}-{numbers[part]:04d}"}
            lines.append(json.dumps(renumbered, ensure_ascii=False) + "\n")
        out[target] = "".join(lines)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if stale")
    args = parser.parse_args()
    stale = False
    for target, text in split().items():
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if args.check:
            stale |= current != text
        elif current != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.name}: {text.count(chr(10))} messages")
    if stale:
        print("dev.jsonl/holdout.jsonl are stale: run split.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
