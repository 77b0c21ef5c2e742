"""Quality floors: detection on the evaluation sets never silently gets worse.

The floors sit a little under what the detectors reach today (see the closing notes
of issue 3). The development set (corpora/eval/messages.jsonl) is used to improve the
lexicons, so its numbers are optimistic; the held-out set (corpora/eval/holdout/) was
written blind and is never tuned on, so its floors measure generalization. The fresh
set (corpora/eval/fresh/, issue 3 item 6) was written in styles the development set
does not use and measured before the detectors were generalized; it has since been
used to check that generalization, so it sits between the two. The second blind set
(corpora/eval/set2/) and the third (set3/, veiled wording) have a tuning half and a
held-out half; so do the fifth and sixth (realistic mixes), which nobody tuned on. Raise a floor when quality improves; never lower one to make a change
pass.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO

CATEGORIES = ("pii", "threat", "shaming", "impersonation", "obscene", "third_party")

#: (precision, recall) floors over all languages, per category
DEV_FLOORS = {category: (0.95, 0.95) for category in CATEGORIES}
HOLDOUT_FLOORS = {
    "pii": (0.91, 0.95),
    "threat": (0.78, 0.94),
    "shaming": (0.93, 0.96),
    "impersonation": (0.92, 0.92),
    "obscene": (0.98, 0.93),
    "third_party": (0.85, 0.91),
}

#: the second blind set (corpora/eval/set2/README.md): its dev half is tuned on,
#: its held-out half never read
SET2_DEV_FLOORS = DEV_FLOORS
SET2_HOLDOUT_FLOORS = {
    "pii": (0.98, 0.84),
    "threat": (0.88, 0.77),
    "shaming": (0.95, 0.84),
    "impersonation": (0.76, 0.86),
    "obscene": (0.98, 0.98),
    "third_party": (0.91, 0.85),
}

#: the third blind set (corpora/eval/set3/README.md), veiled wording: the dev half is
#: tuned on; the held-out half shows how little of that tuning carries over
SET3_DEV_FLOORS = {**DEV_FLOORS, "impersonation": (0.92, 0.95)}
SET3_HOLDOUT_FLOORS = {
    "pii": (0.77, 0.81),
    "threat": (0.95, 0.64),
    "shaming": (0.81, 0.56),
    "impersonation": (0.80, 0.86),
    "obscene": (0.90, 0.90),
    "third_party": (0.88, 0.58),
}

#: the fifth and sixth blind sets (corpora/eval/set5/README.md, set6/): realistic
#: mixes in new voices and formats. set5's dev half trains the message model
#: (corpora/models/); set6 was scored to validate it, and its dev half tuned the
#: lexicons on 2026-12-01
SET5_DEV_FLOORS = {
    "pii": (0.73, 0.77),
    "threat": (0.93, 0.60),
    "shaming": (0.95, 0.87),
    "impersonation": (0.84, 0.88),
    "obscene": (0.95, 0.93),
    "third_party": (0.95, 0.66),
}
SET5_HOLDOUT_FLOORS = {
    "pii": (0.93, 0.93),
    "threat": (0.90, 0.76),
    "shaming": (0.89, 0.86),
    "impersonation": (0.98, 0.93),
    "obscene": (0.98, 0.90),
    "third_party": (0.78, 0.78),
}
SET6_DEV_FLOORS = {
    "pii": (0.90, 0.90),
    "threat": (0.94, 0.96),
    "shaming": (0.98, 0.87),
    "impersonation": (0.98, 0.93),
    "obscene": (0.98, 0.98),
    "third_party": (0.90, 0.92),
}
SET6_HOLDOUT_FLOORS = {
    "pii": (0.75, 0.87),
    "threat": (0.89, 0.84),
    "shaming": (0.98, 0.82),
    "impersonation": (0.86, 0.86),
    "obscene": (0.98, 0.98),
    "third_party": (0.89, 0.69),
}

#: the seventh blind set (corpora/eval/set7/README.md): new styles, scored once to
#: validate the message model; its dev half tuned the lexicons on 2026-12-01
SET7_DEV_FLOORS = {
    "pii": (0.98, 0.95),
    "threat": (0.96, 0.98),
    "shaming": (0.98, 0.93),
    "impersonation": (0.98, 0.98),
    "obscene": (0.98, 0.93),
    "third_party": (0.98, 0.95),
}
SET7_HOLDOUT_FLOORS = {
    "pii": (0.88, 0.84),
    "threat": (0.92, 0.80),
    "shaming": (0.86, 0.77),
    "impersonation": (0.94, 0.90),
    "obscene": (0.98, 0.98),
    "third_party": (0.98, 0.61),
}

#: the eighth blind set (corpora/eval/set8/README.md): new voices and situations; its
#: dev half tuned the lexicons and PII on 2026-12-01. One message of slack per cell
#: (one more false positive, one more miss), so a change that trades a single held-out
#: message is seen in the numbers rather than blocked outright.
SET8_DEV_FLOORS = {
    "pii": (0.95, 0.94),
    "threat": (0.92, 0.95),
    "shaming": (0.97, 0.92),
    "impersonation": (0.95, 0.95),
    "obscene": (0.95, 0.95),
    "third_party": (0.95, 0.95),
}
SET8_HOLDOUT_FLOORS = {
    "pii": (0.56, 0.50),
    "threat": (0.92, 0.69),
    "shaming": (0.95, 0.61),
    "impersonation": (0.80, 0.76),
    "obscene": (0.81, 0.80),
    "third_party": (0.85, 0.41),
}

#: the ninth blind set (corpora/eval/set9/README.md): third parties and personal data
#: in new voices; its dev half tuned the lexicons and PII on 2026-12-01. One message of
#: slack per cell, as for set8 (dev capped at the 0.95 target).
SET9_DEV_FLOORS = {
    "pii": (0.95, 0.93),
    "threat": (0.91, 0.95),
    "shaming": (0.95, 0.95),
    "impersonation": (0.80, 0.77),
    "obscene": (0.94, 0.94),
    "third_party": (0.95, 0.95),
}
SET9_HOLDOUT_FLOORS = {
    "pii": (0.83, 0.78),
    "threat": (0.82, 0.70),
    "shaming": (0.82, 0.63),
    "impersonation": (0.80, 0.71),
    "obscene": (0.80, 0.70),
    "third_party": (0.87, 0.66),
}

#: the tenth blind set (corpora/eval/set10/README.md): veiled levers and new voices; its
#: dev half tuned constructions (not phrases) on 2026-12-01, and again in set11's
#: Chinese round. One message of slack per cell (dev capped at the 0.95 target).
SET10_DEV_FLOORS = {
    "pii": (0.90, 0.80),
    "threat": (0.87, 0.74),
    "shaming": (0.95, 0.80),
    "impersonation": (0.83, 0.87),
    "obscene": (0.94, 0.94),
    "third_party": (0.95, 0.90),
}
SET10_HOLDOUT_FLOORS = {
    "pii": (0.80, 0.68),
    "threat": (0.86, 0.63),
    "shaming": (0.73, 0.42),
    "impersonation": (0.75, 0.94),
    "obscene": (0.77, 0.58),
    "third_party": (0.92, 0.50),
}

#: the eleventh blind set (corpora/eval/set11/README.md): English-heavy, veiled third
#: parties, threats and shaming; its dev half tuned constructions on 2026-12-01. One
#: message of slack per cell (dev capped at the 0.95 target; the held-out half under
#: its scores when written, which the round did not move).
SET11_DEV_FLOORS = {
    "pii": (0.88, 0.82),
    "threat": (0.84, 0.73),
    "shaming": (0.95, 0.89),
    "impersonation": (0.68, 0.92),
    "obscene": (0.72, 0.87),
    "third_party": (0.95, 0.93),
}
SET11_HOLDOUT_FLOORS = {
    "pii": (0.58, 0.66),
    "threat": (0.84, 0.60),
    "shaming": (0.95, 0.52),
    "impersonation": (0.85, 0.91),
    "obscene": (0.88, 0.87),
    "third_party": (0.90, 0.55),
}

#: the twelfth blind set (corpora/eval/set12/README.md): new trades, the military,
#: licences; its dev half tuned constructions on 2026-12-01. One message of slack per
#: cell (dev capped at the 0.95 target; the held-out half under its scores after the
#: round, which moved it little).
SET12_DEV_FLOORS = {
    "pii": (0.93, 0.63),
    "threat": (0.91, 0.81),
    "shaming": (0.90, 0.68),
    "impersonation": (0.90, 0.72),
    "obscene": (0.87, 0.85),
    "third_party": (0.94, 0.73),
}
SET12_HOLDOUT_FLOORS = {
    "pii": (0.80, 0.61),
    "threat": (0.93, 0.59),
    "shaming": (0.88, 0.48),
    "impersonation": (0.85, 0.73),
    "obscene": (0.83, 0.69),
    "third_party": (0.75, 0.28),
}

#: probe sets written blind by helpers on 2026-12-01 and tuned on the same day
#: (corpora/eval/probes/README.md): one message of slack per cell
PROBES_MIXED_FLOORS = {
    "pii": (0.90, 0.69),
    "threat": (0.85, 0.87),
    "shaming": (0.87, 0.81),
    "impersonation": (0.80, 0.84),
    "obscene": (0.80, 0.75),
    "third_party": (0.88, 0.83),
}
PROBES_EN_FLOORS = {
    "pii": (0.80, 0.50),
    "threat": (0.91, 0.52),
    "shaming": (0.90, 0.57),
    "impersonation": (0.77, 0.85),
    "obscene": (0.66, 0.50),
    "third_party": (0.80, 0.68),
}
PROBES_ZH_FLOORS = {
    "pii": (0.66, 0.42),
    "threat": (0.79, 0.81),
    "shaming": (0.70, 0.66),
    "impersonation": (0.58, 0.85),
    "obscene": (0.66, 0.50),
    "third_party": (0.73, 0.83),
}

#: personal-data probes written blind by helpers on 2026-12-01 and tuned on the same
#: day (corpora/eval/probes/README.md): the sender's own data against personal data
#: beyond the name; pii only (their other labels are few), one message of slack
PROBES_PII_EN_FLOORS = {"pii": (0.88, 0.96)}
PROBES_PII_ZH_FLOORS = {"pii": (0.97, 0.87)}
#: ... and the second pair, written blind after that round (then tuned on for two
#: classes, then for spaced Chinese addresses and a business's premises, then for the
#: sender's contact blocks and organisations' mailboxes)
PROBES_PII2_EN_FLOORS = {"pii": (0.93, 0.89)}
PROBES_PII2_ZH_FLOORS = {"pii": (0.93, 0.88)}
#: ... the third to eighth pairs, written blind on 2026-12-02, each scored on
#: arrival, then tuned on (corpora/eval/probes/README.md)
PROBES_PII3_EN_FLOORS = {"pii": (0.97, 0.93)}
PROBES_PII3_ZH_FLOORS = {"pii": (0.91, 0.88)}
PROBES_PII4_EN_FLOORS = {"pii": (0.97, 0.82)}
PROBES_PII4_ZH_FLOORS = {"pii": (0.95, 0.93)}
PROBES_PII5_EN_FLOORS = {"pii": (0.88, 0.80)}
PROBES_PII5_ZH_FLOORS = {"pii": (0.97, 0.82)}
PROBES_PII6_EN_FLOORS = {"pii": (0.89, 0.75)}
PROBES_PII6_ZH_FLOORS = {"pii": (0.94, 0.80)}
PROBES_PII7_EN_FLOORS = {"pii": (0.97, 0.84)}
PROBES_PII7_ZH_FLOORS = {"pii": (0.97, 0.97)}
PROBES_PII8_EN_FLOORS = {"pii": (0.92, 0.84)}
PROBES_PII8_ZH_FLOORS = {"pii": (0.97, 0.84)}
#: ... and the ninth, written blind the same day and not tuned on: a measurement of
#: how the rounds carry to styles nobody tuned on
PROBES_PII9_EN_FLOORS = {"pii": (0.79, 0.82)}
PROBES_PII9_ZH_FLOORS = {"pii": (0.84, 0.84)}
#: third-party probes written blind on 2026-12-01, not tuned on (a measurement of the
#: veiled third-party talk every blind set misses); one message of slack
PROBES_THIRD_PARTY_FLOORS = {
    "pii": (0.71, 0.39),
    "threat": (0.89, 0.40),
    "shaming": (0.89, 0.50),
    "third_party": (0.89, 0.52),
}

#: a little under what the detectors reach on it (numbers: corpora/eval/fresh/README.md)
FRESH_FLOORS = {
    "pii": (0.95, 0.95),
    "threat": (0.95, 0.95),
    "shaming": (0.93, 0.93),
    "impersonation": (0.92, 0.95),
    "obscene": (0.95, 0.95),
    "third_party": (0.95, 0.95),
}


def categories(eval_set: str) -> dict:
    return results(eval_set)["categories"]


def results(eval_set: str) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "benchmarks/detection_quality.py",
            "--json",
            "--eval",
            eval_set,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["results"]


@pytest.mark.parametrize(
    ("eval_set", "floors"),
    [
        ("corpora/eval/messages.jsonl", DEV_FLOORS),
        ("corpora/eval/holdout/messages.jsonl", HOLDOUT_FLOORS),
        ("corpora/eval/fresh/messages.jsonl", FRESH_FLOORS),
        ("corpora/eval/set2/dev.jsonl", SET2_DEV_FLOORS),
        ("corpora/eval/set2/holdout.jsonl", SET2_HOLDOUT_FLOORS),
        ("corpora/eval/set3/dev.jsonl", SET3_DEV_FLOORS),
        ("corpora/eval/set3/holdout.jsonl", SET3_HOLDOUT_FLOORS),
        ("corpora/eval/set5/dev.jsonl", SET5_DEV_FLOORS),
        ("corpora/eval/set5/holdout.jsonl", SET5_HOLDOUT_FLOORS),
        ("corpora/eval/set6/dev.jsonl", SET6_DEV_FLOORS),
        ("corpora/eval/set6/holdout.jsonl", SET6_HOLDOUT_FLOORS),
        ("corpora/eval/set7/dev.jsonl", SET7_DEV_FLOORS),
        ("corpora/eval/set7/holdout.jsonl", SET7_HOLDOUT_FLOORS),
        ("corpora/eval/set8/dev.jsonl", SET8_DEV_FLOORS),
        ("corpora/eval/set8/holdout.jsonl", SET8_HOLDOUT_FLOORS),
        ("corpora/eval/set9/dev.jsonl", SET9_DEV_FLOORS),
        ("corpora/eval/set9/holdout.jsonl", SET9_HOLDOUT_FLOORS),
        ("corpora/eval/set10/dev.jsonl", SET10_DEV_FLOORS),
        ("corpora/eval/set10/holdout.jsonl", SET10_HOLDOUT_FLOORS),
        ("corpora/eval/set11/dev.jsonl", SET11_DEV_FLOORS),
        ("corpora/eval/set11/holdout.jsonl", SET11_HOLDOUT_FLOORS),
        ("corpora/eval/set12/dev.jsonl", SET12_DEV_FLOORS),
        ("corpora/eval/set12/holdout.jsonl", SET12_HOLDOUT_FLOORS),
        ("corpora/eval/probes/mixed.jsonl", PROBES_MIXED_FLOORS),
        ("corpora/eval/probes/en.jsonl", PROBES_EN_FLOORS),
        ("corpora/eval/probes/zh.jsonl", PROBES_ZH_FLOORS),
        ("corpora/eval/probes/pii-en.jsonl", PROBES_PII_EN_FLOORS),
        ("corpora/eval/probes/pii-zh.jsonl", PROBES_PII_ZH_FLOORS),
        ("corpora/eval/probes/pii2-en.jsonl", PROBES_PII2_EN_FLOORS),
        ("corpora/eval/probes/pii2-zh.jsonl", PROBES_PII2_ZH_FLOORS),
        ("corpora/eval/probes/pii3-en.jsonl", PROBES_PII3_EN_FLOORS),
        ("corpora/eval/probes/pii3-zh.jsonl", PROBES_PII3_ZH_FLOORS),
        ("corpora/eval/probes/pii4-en.jsonl", PROBES_PII4_EN_FLOORS),
        ("corpora/eval/probes/pii4-zh.jsonl", PROBES_PII4_ZH_FLOORS),
        ("corpora/eval/probes/pii5-en.jsonl", PROBES_PII5_EN_FLOORS),
        ("corpora/eval/probes/pii5-zh.jsonl", PROBES_PII5_ZH_FLOORS),
        ("corpora/eval/probes/pii6-en.jsonl", PROBES_PII6_EN_FLOORS),
        ("corpora/eval/probes/pii6-zh.jsonl", PROBES_PII6_ZH_FLOORS),
        ("corpora/eval/probes/pii7-en.jsonl", PROBES_PII7_EN_FLOORS),
        ("corpora/eval/probes/pii7-zh.jsonl", PROBES_PII7_ZH_FLOORS),
        ("corpora/eval/probes/pii8-en.jsonl", PROBES_PII8_EN_FLOORS),
        ("corpora/eval/probes/pii8-zh.jsonl", PROBES_PII8_ZH_FLOORS),
        ("corpora/eval/probes/pii9-en.jsonl", PROBES_PII9_EN_FLOORS),
        ("corpora/eval/probes/pii9-zh.jsonl", PROBES_PII9_ZH_FLOORS),
        ("corpora/eval/probes/third-party.jsonl", PROBES_THIRD_PARTY_FLOORS),
    ],
    ids=[
        "development",
        "holdout",
        "fresh",
        "set2-dev",
        "set2-holdout",
        "set3-dev",
        "set3-holdout",
        "set5-dev",
        "set5-holdout",
        "set6-dev",
        "set6-holdout",
        "set7-dev",
        "set7-holdout",
        "set8-dev",
        "set8-holdout",
        "set9-dev",
        "set9-holdout",
        "set10-dev",
        "set10-holdout",
        "set11-dev",
        "set11-holdout",
        "set12-dev",
        "set12-holdout",
        "probes-mixed",
        "probes-en",
        "probes-zh",
        "probes-pii-en",
        "probes-pii-zh",
        "probes-pii2-en",
        "probes-pii2-zh",
        "probes-pii3-en",
        "probes-pii3-zh",
        "probes-pii4-en",
        "probes-pii4-zh",
        "probes-pii5-en",
        "probes-pii5-zh",
        "probes-pii6-en",
        "probes-pii6-zh",
        "probes-pii7-en",
        "probes-pii7-zh",
        "probes-pii8-en",
        "probes-pii8-zh",
        "probes-pii9-en",
        "probes-pii9-zh",
        "probes-third-party",
    ],
)
def test_quality_floors(eval_set, floors):
    found = categories(eval_set)
    below = []
    for category, (precision, recall) in floors.items():
        scores = found[category]["groups"]["all"]
        if scores["precision"] < precision or scores["recall"] < recall:
            below.append(
                f"{category}: P {scores['precision']:.3f} (floor {precision}), "
                f"R {scores['recall']:.3f} (floor {recall})"
            )
    assert not below, "\n".join(below)


#: the fourth blind set (corpora/eval/set4/README.md) holds honest messages only:
#: at most this many of each half may be flagged (dev 0 of 168; held-out 23 of 143
#: with the lexicons alone, 10 with the message model confirming their findings and
#: adding its own, 11 since the Chinese third_party entries of 2026-12-01)
SET4_MOST_FLAGGED = {"dev": 2, "holdout": 11}


@pytest.mark.parametrize("half", sorted(SET4_MOST_FLAGGED))
def test_honest_messages_stay_unflagged(half):
    flagged = results(f"corpora/eval/set4/{half}.jsonl")["message_level"]["all"]["fp"]
    assert flagged <= SET4_MOST_FLAGGED[half]


def test_fresh_set_is_built_from_its_sources_and_lint_clean():
    proc = subprocess.run(
        [sys.executable, "corpora/eval/fresh/build.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    recs = [
        json.loads(line)
        for line in (REPO / "corpora/eval/fresh/messages.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    assert len(recs) >= 200
    assert {r["lang"] for r in recs} == {"en", "zh-Hans", "zh-Hant"}
    assert sum(1 for r in recs if not r["labels"]) / len(recs) >= 0.35
    for category in CATEGORIES:
        assert sum(category in r["labels"] for r in recs) >= 12, category
