"""Audit throughput: rows/second of ``smslint audit`` end to end, beside a bare DuckDB scan.

For each size (default 1,000,000 and 5,000,000 rows) this:

1. generates a send log as CSV with the demo generator at scale
   (``corpora/demo/make_sendlog.py``, :func:`scaled_rows`: US and Chinese debtors,
   names and amounts rendered into the bodies, about 3 % replies, about 1 % of rows
   planted violations of every kind) in a temporary folder (``--dir`` keeps it, and
   reuses a log of the same size found there);
2. times DuckDB merely scanning the file
   (``SELECT count(*), max(length(body)) FROM read_csv(...)``, threads = ``--workers``;
   the better of two runs, the file is in the page cache either way);
3. runs the whole audit as a subprocess, as a user would:
   ``python -m smslint audit FILE -p corpora/demo/acme-audit.yaml --format jsonl
   -o OUT --workers 2 --quiet``, and measures its wall time, the peak RSS of its
   largest process (``os.wait4``'s ``ru_maxrss``; the audit's process pool workers
   included) and the peak memory of its whole process tree (summed PSS, sampled
   every 0.2 s: forked workers share pages with the parent, so summed RSS would
   count those pages once per process). Steps 1 and 2 run in a spawned process:
   the audit is forked from this one, and a forked child's ``ru_maxrss`` starts at
   its parent's RSS.

It prints rows/s end to end, how many times the bare scan's time the audit takes,
the peak RSS in MiB, and what the audit found (violations by rule).

    python benchmarks/audit_throughput.py [--rows 1000000 5000000] [--workers 2]
                                          [--dir DIR] [--seed N] [--json]
                                          [--save FILE] [--select RULE,...]

``--select`` passes on to the audit, e.g. to time the record rules alone (everything
but the content checks): ``--select quiet-hours,opt-out-ignored,third-party-recipient,
acme-weekly-cap``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PACK = REPO / "corpora" / "demo" / "acme-audit.yaml"
sys.path.insert(0, str(REPO / "corpora" / "demo"))

import make_sendlog  # noqa: E402


def generate(path: Path, rows: int, seed: int) -> float:
    """Write the log unless a finished one of this size is already there."""
    done = path.with_suffix(".done")
    if path.exists() and done.exists() and done.read_text() == f"{rows} {seed}":
        return 0.0
    start = time.perf_counter()
    make_sendlog.write_scaled(path, rows, seed)
    done.write_text(f"{rows} {seed}")
    return time.perf_counter() - start


def scan(path: Path, threads: int) -> dict[str, Any]:
    """DuckDB reading every row and every body of the file, nothing else."""
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET enable_progress_bar = false")
    # the dialect is given: the sniffer, seeing no quoted field in its sample (the
    # first rows may all be Chinese bodies without commas), would assume none
    read = (
        "read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"',"
        " all_varchar = true)"
    )
    query = f"SELECT count(*), max(length(body)) FROM {read}"
    times = []
    for _ in range(2):
        start = time.perf_counter()
        rows, longest = con.execute(query, [str(path)]).fetchone()
        times.append(time.perf_counter() - start)
    distinct, outbound, inbound = con.execute(
        "SELECT count(DISTINCT body), count(*) FILTER (direction = 'outbound'),"
        f" count(*) FILTER (direction = 'inbound') FROM {read}",
        [str(path)],
    ).fetchone()
    con.close()
    seconds = min(times)
    return {
        "seconds": seconds,
        "rows": rows,
        "rows_per_s": rows / seconds,
        "max_body_chars": longest,
        "distinct_bodies": distinct,
        "outbound": outbound,
        "inbound": inbound,
    }


def _isolated(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` in a freshly spawned process, so this one stays small.

    The audit is forked from this process, and a forked child's ``ru_maxrss``
    starts at its parent's RSS (the high-water mark survives ``exec``): a 5M-row
    DuckDB scan or log generation done here would show up as the audit's peak.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(work, *args).result()


def _tree_pss_kib(pid: int) -> int:
    """Summed proportional set size (PSS) of ``pid`` and its descendants, in KiB.

    PSS splits each shared page between the processes sharing it, so forked pool
    workers are not charged again for the parent's pages (their RSS would be: a
    summed RSS overstates the tree's footprint several times). 0 once it is gone.
    """
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
            continue
    return total


def audit(
    path: Path, out: Path, workers: int, select: str | None = None
) -> dict[str, Any]:
    """One audit in its own subprocess: wall time, peak RSS, exit code, findings."""
    cmd = [
        sys.executable,
        "-m",
        "smslint",
        "audit",
        str(path),
        "-p",
        str(PACK),
        "--format",
        "jsonl",
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
        *(["--select", select] if select else []),
    ]
    stderr = out.with_suffix(".stderr")
    out.unlink(missing_ok=True)  # a run that writes no report must not count an old one
    peak_tree = 0
    start = time.perf_counter()
    with stderr.open("wb") as err:
        child = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not stop.wait(0.2):
                peak_tree = max(peak_tree, _tree_pss_kib(child.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4: the rusage of this child alone (and the workers it waited for)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        stop.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
    by_rule: Counter[str] = Counter()
    if out.exists():
        with out.open(encoding="utf-8") as f:
            for line in f:
                by_rule[json.loads(line)["rule"]] += 1
    return {
        "seconds": seconds,
        "exit_code": child.returncode,
        "peak_rss_mib": usage.ru_maxrss / 1024,  # KiB on Linux
        "peak_tree_pss_mib": peak_tree / 1024,
        "violations": sum(by_rule.values()),
        "by_rule": dict(by_rule.most_common()),
        "stderr_tail": stderr.read_text(errors="replace")[-2000:],
    }


def run_size(
    rows: int,
    folder: Path,
    workers: int,
    seed: int,
    say: Callable[..., None],
    select: str | None = None,
) -> dict[str, Any]:
    log = folder / f"sendlog-{rows}.csv"
    say(f"\n== {rows:,} rows ==")
    gen_seconds = _isolated(generate, log, rows, seed)
    size_mib = log.stat().st_size / 2**20
    say(
        f"log      {log} ({size_mib:,.0f} MiB)"
        + (f", generated in {gen_seconds:,.0f} s" if gen_seconds else ", reused")
    )
    raw = _isolated(scan, log, workers)
    say(
        f"scan     {raw['seconds']:8.2f} s  {raw['rows_per_s']:>12,.0f} rows/s"
        f"   (DuckDB read_csv, {workers} threads; {raw['distinct_bodies'] / raw['rows']:.0%}"
        f" distinct bodies, {raw['inbound']:,} inbound)"
    )
    result = audit(log, folder / f"report-{rows}.jsonl", workers, select)
    if result["exit_code"] not in (0, 1):
        say(f"audit    FAILED with exit code {result['exit_code']}:")
        say(result["stderr_tail"])
        return {"rows": rows, "log_mib": size_mib, "scan": raw, "audit": result}
    rate = rows / result["seconds"]
    ratio = result["seconds"] / raw["seconds"]
    say(
        f"audit    {result['seconds']:8.2f} s  {rate:>12,.0f} rows/s"
        f"   ({ratio:,.0f}x the scan's time; exit code {result['exit_code']})"
    )
    say(
        f"peak RSS {result['peak_rss_mib']:8,.0f} MiB (largest process),"
        f" {result['peak_tree_pss_mib']:,.0f} MiB (whole process tree: PSS, sampled)"
    )
    found = ", ".join(f"{k} {v:,}" for k, v in result["by_rule"].items())
    say(
        f"found    {result['violations']:,} violations"
        f" ({result['violations'] / rows:.2%} of rows): {found}"
    )
    return {
        "rows": rows,
        "log_mib": size_mib,
        "generate_seconds": gen_seconds,
        "scan": raw,
        "audit": {**result, "rows_per_s": rate, "ratio_to_scan": ratio},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows",
        type=int,
        nargs="+",
        default=[1_000_000, 5_000_000],
        help="log sizes (default 1000000 5000000)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="audit --workers (default 2)"
    )
    parser.add_argument(
        "--dir", type=Path, help="keep logs and reports here (default: a temp folder)"
    )
    parser.add_argument("--seed", type=int, default=make_sendlog.SEED)
    parser.add_argument(
        "--select", metavar="RULE,...", help="audit only these rules (--select)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--save", type=Path, metavar="FILE", help="also write the JSON results to FILE"
    )
    args = parser.parse_args()
    say: Callable[..., None] = (lambda *a, **k: None) if args.json else print

    def run(folder: Path) -> list[dict[str, Any]]:
        only = f" --select {args.select}" if args.select else ""
        say(
            f"smslint audit -p {PACK.relative_to(REPO)} --workers {args.workers}{only};"
            f" {os.cpu_count()} CPUs; python {sys.version.split()[0]}"
        )
        return [
            run_size(n, folder, args.workers, args.seed, say, args.select)
            for n in args.rows
        ]

    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        results = run(args.dir)
    else:
        with tempfile.TemporaryDirectory(prefix="smslint-audit-bench-") as tmp:
            results = run(Path(tmp))
    report = {
        "workers": args.workers,
        "seed": args.seed,
        "select": args.select,
        "sizes": results,
    }
    if args.save:
        args.save.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    failed = any(r["audit"]["exit_code"] not in (0, 1) for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
