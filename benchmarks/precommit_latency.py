"""Pre-commit latency: median wall time of ``smslint check`` on 1 and on 10 templates.

Prints the numbers beside the time of ``python -c "import presidio_analyzer"``, the
cost smslint avoids on the pre-commit path by importing heavy libraries lazily.
Target (issue 2): 10 templates in <= 0.5 s.

smslint keeps its compiled lexicon matcher in a per-user cache (smslint.cache); the
benchmark uses a private one, warm for the main numbers (as on every commit but the
first after an upgrade or a lexicon change) and emptied before each run for "cold".

    python benchmarks/precommit_latency.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo" / "templates"


# NOTE: installed packages have their bytecode compiled; a PYTHONDONTWRITEBYTECODE
# set in a development shell would make every run recompile smslint from source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(
    cmd: list[str], cwd: Path, runs: int, clear: Path | None = None
) -> float:
    """Median wall time; with ``clear``, that folder is removed before each run."""
    subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True)  # warm-up, writes .pyc
    times = []
    for _ in range(runs):
        if clear is not None:
            shutil.rmtree(clear, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(
            cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    txt = sorted(p for p in DEMO.rglob("*") if p.suffix in (".txt", ".sms"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ENV["SMSLINT_CACHE_DIR"] = str(work / "cache")
        files = []
        for i in range(10):
            source = txt[i % len(txt)]
            target = work / f"t{i:02d}{source.suffix}"
            shutil.copy(source, target)
            files.append(target.name)
        smslint = [sys.executable, "-m", "smslint", "check"]
        one = median_seconds(smslint + files[:1], work, args.runs)
        ten = median_seconds(smslint + files, work, args.runs)
        cold = median_seconds(smslint + files, work, args.runs, work / "cache")
        bare = median_seconds([sys.executable, "-c", "pass"], work, args.runs)
        presidio = median_seconds(
            [sys.executable, "-c", "import presidio_analyzer"], work, args.runs
        )
    print(f"runs per measurement:            {args.runs} (median)")
    print(f"python -c pass:                  {bare:.3f} s")
    print(f"smslint check, 1 template:       {one:.3f} s")
    print(f"smslint check, 10 templates:     {ten:.3f} s   (target <= 0.5 s)")
    print(f"  ... with an empty cache:       {cold:.3f} s   (first run after a change)")
    print(f"python -c 'import presidio_analyzer': {presidio:.3f} s")


if __name__ == "__main__":
    main()
