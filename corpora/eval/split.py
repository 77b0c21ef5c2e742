"""Split a blind set (``setN/``) into a tuning half and a held-out half.

    python corpora/eval/split.py set2          # writes set2/dev.jsonl and holdout.jsonl
    python corpora/eval/split.py set2 --check  # exit 1 if they are stale

``setN/written/*.jsonl`` are the files as their authors wrote them (ids ``hN-…``). Each
message goes to ``dev.jsonl`` or ``holdout.jsonl`` by a bit of the SHA-256 of its
original id, so the split never depends on the labels or the text, and adding messages
at the end of a written file never moves the others. Ids are renumbered per half
(``dN-en-0001`` …, ``hN-en-0001`` …) so both halves pass ``holdout/check.py
--id-prefix dN-`` (``hN-``).
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


def halves(folder: Path) -> dict[str, tuple[str, Path]]:
    """Each half's id prefix and file: set3 gives d3-/h3-."""
    number = folder.name.removeprefix("set")
    return {
        "dev": (f"d{number}-", folder / "dev.jsonl"),
        "holdout": (f"h{number}-", folder / "holdout.jsonl"),
    }


def half_of(original_id: str) -> str:
    return "holdout" if hashlib.sha256(original_id.encode()).digest()[0] & 1 else "dev"


def split(folder: Path) -> dict[Path, str]:
    records: dict[str, list[dict]] = {"dev": [], "holdout": []}
    for path in sorted((folder / "written").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[half_of(record["id"])].append(record)
    out = {}
    for name, (prefix, target) in halves(folder).items():
        numbers: Counter[str] = Counter()
        lines = []
        for record in records[name]:
            part = LANG_PART[record["lang"]]
            numbers[part] += 1
            renumbered = {**record, "id": f"{prefix}{part}-{numbers[part]:04d}"}
            lines.append(json.dumps(renumbered, ensure_ascii=False) + "\n")
        out[target] = "".join(lines)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="the set's folder under corpora/eval: set2, set3")
    parser.add_argument("--check", action="store_true", help="fail if stale")
    args = parser.parse_args()
    folder = HERE / args.set
    if not (folder / "written").is_dir():
        parser.error(f"{folder / 'written'} does not exist")
    stale = False
    for target, text in split(folder).items():
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if args.check:
            stale |= current != text
        elif current != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.name}: {text.count(chr(10))} messages")
    if stale:
        print(
            "dev.jsonl/holdout.jsonl are stale: run split.py " + args.set,
            file=sys.stderr,
        )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
