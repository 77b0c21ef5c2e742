"""Train the message model (smslint.detectors.message_model) and write it as data.

    pip install -e '.[train]'          # scikit-learn, for this script only
    python corpora/models/train.py     # writes corpora/models/message-model.json

It reads the labelled sets we may tune on (never a held-out half: those must stay
unseen to measure anything), normalizes each message with smslint's Normalizer, takes
:func:`~smslint.detectors.message_model.features`, weights them by tf-idf as the
runtime does, and fits one logistic regression per category. Before writing, it
checks that smslint's pure-Python scoring gives every training message the
probability scikit-learn gives it.

Settings: balanced classes; grams seen in at least two messages; C = 3, the best of
1, 3, 10 and 30 by 5-fold cross-validated log loss on these same training sets
(.774, .715, .720, .775). Nothing is tuned on a held-out half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent / "eval"
OUT = HERE / "message-model.json"

#: the tuning sets (relative to corpora/eval); held-out halves never belong here
TRAIN = (
    "messages.jsonl",
    "fresh/messages.jsonl",
    "set2/dev.jsonl",
    "set3/dev.jsonl",
    "set4/dev.jsonl",
    "set5/dev.jsonl",
)
CATEGORIES = ("pii", "threat", "shaming", "impersonation", "obscene", "third_party")
C = 3.0
MIN_DF = 2


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def fit(records: list[dict], normalize: Callable) -> tuple[dict, list]:
    """The model's data (all but ``trained_on``) fitted on ``records``, and
    scikit-learn's probabilities of each category (columns) for each record.

    Shared with ``choose_thresholds.py``, which fits it on cross-validation folds."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from smslint.detectors.message_model import (
        FEATURE_VERSION,
        features,
        pack_floats,
        weighted,
    )

    counts = [features(normalize(rec["text"]).plain_text) for rec in records]
    idf: dict[str, dict[str, float]] = {}
    for block in counts[0]:
        seen = Counter(gram for c in counts for gram in c[block])
        total = len(counts)
        idf[block] = {
            gram: math.log((1 + total) / (1 + df)) + 1.0
            for gram, df in sorted(seen.items())
            if df >= MIN_DF
        }
    if any("\0" in gram for grams in idf.values() for gram in grams):
        raise ValueError("a gram holds NUL, the model file's separator")
    columns = {
        (block, gram): i
        for i, (block, gram) in enumerate(
            (block, gram) for block in idf for gram in idf[block]
        )
    }
    rows, cols, values = [], [], []
    for row, count in enumerate(counts):
        for block, vector in weighted(count, idf).items():
            for gram, value in vector.items():
                rows.append(row)
                cols.append(columns[block, gram])
                values.append(value)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(records), len(columns)))

    weights, intercepts, probabilities = {}, [], []
    for category in CATEGORIES:
        labels = [category in rec["labels"] for rec in records]
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        model.fit(matrix, labels)
        weights[category] = pack_floats(model.coef_[0])
        intercepts.append(float(model.intercept_[0]))
        probabilities.append(model.predict_proba(matrix)[:, 1])
    data = {
        "feature_version": FEATURE_VERSION,
        "categories": list(CATEGORIES),
        "settings": {"C": C, "class_weight": "balanced", "min_df": MIN_DF},
        "trained_on": {},
        "intercepts": intercepts,
        # gram order = column order: blocks in turn, each block's grams sorted
        "grams": {block: "\0".join(grams) for block, grams in idf.items()},
        "idf": pack_floats([v for grams in idf.values() for v in grams.values()]),
        "weights": weights,
    }
    return data, probabilities


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn: pip install -e '.[train]'")
        return 2
    from smslint.detectors.message_model import MessageModel, unpack_floats
    from smslint.normalize import Normalizer

    normalize = Normalizer()
    records = [rec for name in TRAIN for rec in read_records(EVAL / name)]
    try:
        data, probabilities = fit(records, normalize)
    except ValueError as exc:
        print(exc)
        return 1
    data["trained_on"] = {
        "files": {name: file_digest(EVAL / name) for name in TRAIN},
        "messages": len(records),
        "positives": {
            category: sum(category in rec["labels"] for rec in records)
            for category in CATEGORIES
        },
    }
    shipped = MessageModel(data)
    worst = max(
        abs(
            shipped.probability(normalize(rec["text"]).plain_text, category)
            - probabilities[c][i]
        )
        for i, rec in enumerate(records)
        for c, category in enumerate(CATEGORIES)
    )
    if worst > 1e-3:
        print(f"pure-Python scoring differs from scikit-learn by {worst:.2g}: a bug")
        return 1
    # not compressed: decompressing took a quarter of the load, on every commit
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(
        f"{len(records)} messages, {len(unpack_floats(data['idf']))} features,"
        f" largest difference from scikit-learn {worst:.1e};"
        f" wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
