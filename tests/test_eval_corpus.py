"""The labelled evaluation set stays well-formed, and the content benchmarks run.

The quality floor itself (precision/recall >= 0.95) is asserted where the content rules
are wired into ``core``; these tests only keep the data and the scripts honest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "corpora" / "eval"
CATEGORIES = ("pii", "threat", "shaming", "impersonation", "obscene", "third_party")

sys.path.insert(0, str(EVAL))

import build  # noqa: E402
import make_ids  # noqa: E402


def records() -> list[dict]:
    with (EVAL / "messages.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_messages_jsonl_is_built_from_sources_and_lint_clean():
    built = build.load_all()
    assert build.lint(built) == []
    assert (EVAL / "messages.jsonl").read_text(encoding="utf-8") == build.serialise(
        built
    )


def test_composition_meets_the_brief():
    recs = records()
    assert len(recs) >= 420
    assert len({r["id"] for r in recs}) == len(recs)
    langs = Counter(r["lang"] for r in recs)
    assert set(langs) == {"en", "zh-Hans", "zh-Hant"}
    clean = sum(1 for r in recs if not r["labels"])
    assert clean / len(recs) >= 0.35
    for group in (("en",), ("zh-Hans", "zh-Hant")):
        counts = Counter(
            label for r in recs if r["lang"] in group for label in r["labels"]
        )
        for category in CATEGORIES:
            assert counts[category] >= 25, (group, category, counts[category])
    positives = [r for r in recs if r["labels"]]
    disguised = sum(1 for r in positives if r["disguise"] != "none")
    assert disguised / len(positives) >= 0.15


def test_identifier_generators_match_known_valid_numbers():
    assert make_ids.cn_id_valid("11010519491231002X")
    assert make_ids.tw_id("A", "12345678") == "A123456789"
    assert make_ids.hk_id("A", "123456") == "A123456(3)"
    assert make_ids.luhn_ok("4111111111111111") and not make_ids.luhn_ok(
        "4111111111111112"
    )
    assert not make_ids.ssn_valid("666-12-3456") and make_ids.ssn_valid("534-29-1557")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_detection_quality_json_reports_every_category():
    proc = run("benchmarks/detection_quality.py", "--json", "--errors")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["messages"] == len(records())
    cats = report["results"]["categories"]
    assert set(cats) == set(CATEGORIES)
    for name, value in cats.items():
        assert value["measured"] == (name not in report["not_measured"])
    for err in report["errors"]:  # ids and labels, never the message text
        assert "text" not in err


def test_detection_quality_summary_gives_one_line_per_set_as_the_full_report():
    sets = ["corpora/eval/messages.jsonl", "corpora/eval/set4/dev.jsonl"]
    proc = run("benchmarks/detection_quality.py", "--summary", *sets, "--json")
    assert proc.returncode == 0, proc.stderr
    lines = json.loads(proc.stdout)
    assert [line["eval_set"] for line in lines] == sets
    full = json.loads(run("benchmarks/detection_quality.py", "--json").stdout)
    micro = full["results"]["overall_micro"]["all"]
    assert lines[0]["micro"] == {k: micro[k] for k in ("precision", "recall", "f1")}
    assert lines[0]["clean_flagged"] == full["results"]["message_level"]["all"]["fp"]
    assert set(lines[0]["categories"]) == set(CATEGORIES)
    # set4 is honest messages only: no category has support, precision is undefined
    assert lines[1]["categories"] == {}
    assert lines[1]["messages"] > 100


def test_content_throughput_runs_small():
    proc = run(
        "benchmarks/content_throughput.py", "--n", "300", "--no-presidio", "--json"
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["n"] == 300
    assert "content rules (lexicon, pii_text)" in report["lines"]


@pytest.mark.parametrize("number", [2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
def test_blind_sets_are_split_and_valid(number):
    """corpora/eval/setN/README.md: both halves are current and pass the checker."""
    split = subprocess.run(
        [sys.executable, str(EVAL / "split.py"), f"set{number}", "--check"],
        capture_output=True,
        text=True,
    )
    assert split.returncode == 0, split.stderr
    for half, prefix in (("dev", f"d{number}-"), ("holdout", f"h{number}-")):
        run = subprocess.run(
            [
                sys.executable,
                str(EVAL / "holdout" / "check.py"),
                str(EVAL / f"set{number}" / f"{half}.jsonl"),
                "--id-prefix",
                prefix,
            ],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        assert " 0 problem(s)" in run.stderr
