"""Detection quality of the content rules on the labelled evaluation set.

Runs every enabled rule of the pack (default ``core``) whose kind is ``lexicon`` or
``pii_text`` over ``corpora/eval/messages.jsonl`` and prints, per category and
language group (en, zh-Hans, zh-Hant, all), TP/FP/FN, precision, recall and F1, plus a
micro-averaged overall line. A message is predicted positive for a category when any
rule of that category has at least one hit on it. Categories with no rule in the pack
are listed as "not measured" rather than scored as zero.

Target (issue 3, item 6): precision >= 0.95 and recall >= 0.95 in every category.

    python benchmarks/detection_quality.py              # table
    python benchmarks/detection_quality.py --json       # the same numbers as JSON
    python benchmarks/detection_quality.py --errors     # misclassified ids (no text)
    python benchmarks/detection_quality.py --fail-under 0.95   # exit 1 below target
    python benchmarks/detection_quality.py --summary corpora/eval/set*/dev.jsonl
                                                        # one line per set

``--summary`` compiles the rules once and prints, per evaluation set, the micro
precision/recall/F1, how many clean messages were flagged, and each category's
precision/recall: the before/after check of a tuning round, over every dev half.

``--errors`` prints ids, gold labels and predictions only, never the message text;
evidence of a hit is masked when the rule marks it as personal data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _content_rules import CONTENT_CATEGORIES, CONTENT_KINDS, load_rules  # noqa: E402

from smslint.engine import evidence_of  # noqa: E402
from smslint.message import Message  # noqa: E402

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval" / "messages.jsonl"
GROUPS = ("en", "zh-Hans", "zh-Hant", "all")
TARGET = 0.95


def load_eval(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{lineno}: {exc}") from None
    return records


def predict(
    records: list[dict[str, Any]], rules: Any
) -> dict[str, dict[str, list[str]]]:
    """id -> category -> evidence strings (masked where sensitive) of the hits."""
    out: dict[str, dict[str, list[str]]] = {}
    for rec in records:
        message = Message(rec["text"], rec["lang"], is_template=False)
        found: dict[str, list[str]] = defaultdict(list)
        for rule, check in rules.checks:
            for hit in check(message):
                ev = evidence_of(hit, rec["text"], show_pii=False)
                found[rule.category.value].append(
                    f"{rule.id}: {ev!r}" if ev else rule.id
                )
        out[rec["id"]] = dict(found)
    return out


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def scores(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = (
        2 * p * r / (p + r)
        if p is not None and r is not None and p + r
        else (0.0 if (p == 0 or r == 0) else None)
    )
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
        "precision": p,
        "recall": r,
        "f1": f1,
    }


def in_group(rec: dict[str, Any], group: str) -> bool:
    return group == "all" or rec["lang"] == group


def evaluate(
    records: list[dict[str, Any]],
    preds: dict[str, dict[str, list[str]]],
    measured: set[str],
) -> dict[str, Any]:
    categories: dict[str, Any] = {}
    overall_counts = {g: Counter() for g in GROUPS}
    for cat in CONTENT_CATEGORIES:
        if cat not in measured:
            categories[cat] = {
                "measured": False,
                "support": {
                    g: sum(1 for r in records if in_group(r, g) and cat in r["labels"])
                    for g in GROUPS
                },
            }
            continue
        groups = {}
        for g in GROUPS:
            c = Counter()
            for rec in records:
                if not in_group(rec, g):
                    continue
                gold, pred = cat in rec["labels"], cat in preds[rec["id"]]
                c["tp"] += gold and pred
                c["fp"] += pred and not gold
                c["fn"] += gold and not pred
            groups[g] = scores(c["tp"], c["fp"], c["fn"])
            overall_counts[g].update(c)
        categories[cat] = {"measured": True, "groups": groups}
    overall = (
        {g: scores(c["tp"], c["fp"], c["fn"]) for g, c in overall_counts.items()}
        if measured
        else None
    )
    # Message level: does the message carry any (measured) violation, and is it flagged?
    any_level = {}
    for g in GROUPS:
        c = Counter()
        for rec in records:
            if in_group(rec, g):
                gold = bool(set(rec["labels"]) & measured)
                pred = bool(set(preds[rec["id"]]) & measured)
                c["tp"] += gold and pred
                c["fp"] += pred and not gold
                c["fn"] += gold and not pred
        any_level[g] = scores(c["tp"], c["fp"], c["fn"])
    return {
        "categories": categories,
        "overall_micro": overall,
        "message_level": any_level if measured else None,
    }


def by_disguise(
    records: list[dict[str, Any]],
    preds: dict[str, dict[str, list[str]]],
    measured: set[str],
) -> dict[str, Any]:
    """Label-level recall of measured categories, split by how the message is disguised."""
    c: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        for label in set(rec["labels"]) & measured:
            c[rec["disguise"]]["positives"] += 1
            c[rec["disguise"]]["found"] += label in preds[rec["id"]]
    return {
        d: {
            "positives": v["positives"],
            "found": v["found"],
            "recall": ratio(v["found"], v["positives"]),
        }
        for d, v in sorted(c.items())
    }


def meets_target(result: dict[str, Any], floor: float) -> bool | None:
    """True if every measured category reaches ``floor`` in precision and recall (all
    languages together); None when nothing is measured. A category that flags nothing
    has no precision to fail, but then its recall is 0."""
    measured = [v for v in result["categories"].values() if v["measured"]]
    if not measured:
        return None
    for cat in measured:
        s = cat["groups"]["all"]
        if s["support"] and s["recall"] < floor:
            return False
        if s["tp"] + s["fp"] and s["precision"] < floor:
            return False
    return True


def errors(
    records: list[dict[str, Any]],
    preds: dict[str, dict[str, list[str]]],
    measured: set[str],
) -> list[dict[str, Any]]:
    out = []
    for rec in records:
        gold = set(rec["labels"]) & measured
        pred = set(preds[rec["id"]]) & measured
        if gold != pred:
            out.append(
                {
                    "id": rec["id"],
                    "lang": rec["lang"],
                    "disguise": rec["disguise"],
                    "labels": sorted(rec["labels"]),
                    "predicted": sorted(pred),
                    "missed": sorted(gold - pred),
                    "false": sorted(pred - gold),
                    "evidence": {
                        cat: preds[rec["id"]][cat] for cat in sorted(pred - gold)
                    },
                }
            )
    return out


def fmt(x: float | None) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def print_table(report: dict[str, Any]) -> None:
    print(
        f"eval set: {report['eval_set']} ({report['messages']} messages: "
        + ", ".join(f"{k} {v}" for k, v in report["by_lang"].items())
        + ")"
    )
    print(
        f"packs: {', '.join(report['packs'])}; content kinds: {', '.join(report['kinds'])}"
    )
    if report["rules"]:
        print(
            "rules: "
            + ", ".join(
                f"{r['id']} ({r['kind']}, {r['category']})" for r in report["rules"]
            )
        )
    else:
        print("rules: none of these kinds in the pack yet")
    for e in report["build_errors"]:
        print(f"could not build rule {e}")
    if report["not_measured"]:
        print(
            "not measured (no rule of a content kind in this category): "
            + ", ".join(report["not_measured"])
        )
    print()
    head = f"{'category':<14}{'group':<9}{'TP':>5}{'FP':>5}{'FN':>5}{'supp':>6}  {'prec':>5}  {'rec':>5}  {'F1':>5}"
    print(head)
    print("-" * len(head))
    res = report["results"]

    def row(name: str, group: str, s: dict[str, Any]) -> None:
        print(
            f"{name:<14}{group:<9}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['support']:>6}  "
            f"{fmt(s['precision'])}  {fmt(s['recall'])}  {fmt(s['f1'])}"
        )

    for cat, v in res["categories"].items():
        if not v["measured"]:
            print(
                f"{cat:<14}{'all':<9}{'not measured (no rule)':>26}   support "
                + ", ".join(f"{g} {n}" for g, n in v["support"].items())
            )
            continue
        for g in GROUPS:
            row(cat if g == "en" else "", g, v["groups"][g])
    if res["overall_micro"]:
        print("-" * len(head))
        for g in GROUPS:
            row("overall" if g == "en" else "(micro)", g, res["overall_micro"][g])
        for g in GROUPS:
            row("any label" if g == "en" else "(message)", g, res["message_level"][g])
    if report["by_disguise"]:
        print(
            "\nrecall by disguise (measured labels): "
            + ", ".join(
                f"{d} {v['found']}/{v['positives']}"
                for d, v in report["by_disguise"].items()
            )
        )
    verdict = report["meets_target"]
    print(
        f"\ntarget: precision and recall >= {report['target']} in every category: "
        + ("not measured" if verdict is None else "met" if verdict else "NOT met")
        + (
            ""
            if not report["not_measured"]
            else f" ({len(report['not_measured'])} of {len(CONTENT_CATEGORIES)} categories not measured)"
        )
    )


def print_errors(errs: list[dict[str, Any]]) -> None:
    print(f"\nmisclassified messages: {len(errs)} (ids and labels only)")
    for e in errs:
        line = (
            f"{e['id']:<10} {e['lang']:<8} {e['disguise']:<11} gold={','.join(e['labels']) or '-'}"
            f"  pred={','.join(e['predicted']) or '-'}"
        )
        if e["missed"]:
            line += f"  missed={','.join(e['missed'])}"
        if e["false"]:
            line += f"  false={','.join(e['false'])}"
        print(line)
        for cat, evs in e["evidence"].items():
            print(f"{'':<10} {cat}: " + "; ".join(evs[:3]))


def build_report(
    records: list[dict[str, Any]],
    rules: Any,
    kinds: list[str],
    floor: float,
    source: str,
    with_errors: bool = False,
) -> dict[str, Any]:
    """Everything the table and ``--json`` show."""
    measured = rules.categories & set(CONTENT_CATEGORIES)
    preds = predict(records, rules)
    result = evaluate(records, preds, measured)
    report = {
        "eval_set": source,
        "messages": len(records),
        "by_lang": dict(Counter(r["lang"] for r in records)),
        "packs": rules.packs,
        "kinds": kinds,
        "rules": rules.describe(),
        "build_errors": rules.build_errors,
        "not_measured": [c for c in CONTENT_CATEGORIES if c not in measured],
        "target": floor,
        "results": result,
        "by_disguise": by_disguise(records, preds, measured),
        "meets_target": meets_target(result, floor),
    }
    if with_errors:
        report["errors"] = errors(records, preds, measured)
    return report


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """One evaluation set in a line's worth of numbers (``--summary``)."""
    results = report["results"]
    cells = {
        category: (
            scores["groups"]["all"]["precision"],
            scores["groups"]["all"]["recall"],
        )
        for category, scores in results["categories"].items()
        if scores.get("measured") and scores["groups"]["all"]["support"]
    }
    micro = results["overall_micro"]["all"]
    return {
        "eval_set": report["eval_set"],
        "messages": report["messages"],
        "micro": {k: micro[k] for k in ("precision", "recall", "f1")},
        "clean_flagged": results["message_level"]["all"]["fp"],
        "categories": cells,
    }


def print_summary(line: dict[str, Any]) -> None:
    micro = line["micro"]
    cells = " ".join(
        f"{category} {fmt(p).strip()}/{fmt(r).strip()}"
        for category, (p, r) in line["categories"].items()
    )
    print(
        f"{line['eval_set']:<40} F1 {fmt(micro['f1'])} "
        f"(P {fmt(micro['precision'])} R {fmt(micro['recall'])})"
        f"  clean flagged {line['clean_flagged']:>2}  {cells}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="JSONL evaluation set")
    parser.add_argument(
        "--summary",
        type=Path,
        nargs="+",
        metavar="EVAL",
        help="one line per evaluation set instead of the table",
    )
    parser.add_argument(
        "--policy", "-p", action="append", help="pack id or path (default core)"
    )
    parser.add_argument(
        "--kinds",
        default=",".join(CONTENT_KINDS),
        help="rule kinds to run (default: %(default)s)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON instead of a table"
    )
    parser.add_argument("--errors", action="store_true", help="list misclassified ids")
    parser.add_argument(
        "--fail-under",
        type=float,
        metavar="X",
        help="exit 1 if a measured category has precision or recall < X",
    )
    args = parser.parse_args()

    kinds = [k for k in args.kinds.split(",") if k]
    rules = load_rules(args.policy or ["core"], kinds)
    floor = args.fail_under if args.fail_under is not None else TARGET
    if args.summary:
        lines = [
            summary(build_report(load_eval(path), rules, kinds, floor, str(path)))
            for path in args.summary
        ]
        for line in lines if not args.json else ():
            print_summary(line)
        if args.json:
            print(json.dumps(lines, indent=2, ensure_ascii=False))
        return 0
    records = load_eval(args.eval)
    report = build_report(records, rules, kinds, floor, str(args.eval), args.errors)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_table(report)
        if args.errors:
            print_errors(report["errors"])
    if args.fail_under is not None and report["meets_target"] is False:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
