#!/usr/bin/env python3
"""Before/after: two `recruitnet` binaries on the same files, alternately, in one run.

A refactoring that claims "no change in speed" proves it here: both binaries run import,
PageRank, exact betweenness and Leiden on the same files, interleaved (A B A B …) so that the
shared machine's noise hits both alike, and the table gives the median of each and the ratio
new / old (1.00 = unchanged; below 1 = the new binary is faster).

Usage::

    git worktree add /tmp/old <commit> && (cd /tmp/old && swift build -c release --product recruitnet)
    swift build -c release --product recruitnet
    Scripts/bench/.venv/bin/python Scripts/bench/generate_edges.py --nodes 100000 --edges 1000000 \\
        --seed 1 --out Scripts/bench/data/edges-100k-1M.csv
    Scripts/bench/.venv/bin/python Scripts/bench/generate_edges.py --nodes 5000 --edges 50000 \\
        --seed 1 --out Scripts/bench/data/edges-5k-50k.csv
    python3 Scripts/bench/compare_builds.py --old /tmp/old/.build/release/recruitnet \\
        --new .build/release/recruitnet --repeat 5

Times: import is the wall time of `recruitnet import` (process start to exit); the measures
are the `compute` phase of `--timings` (loading excluded), on a workspace each binary imported
itself. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def run(argv: list[str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compare_builds: {' '.join(argv)} failed:\n{proc.stderr}")
    return proc


def compute_phase(proc: subprocess.CompletedProcess) -> float:
    return float(json.loads(proc.stderr.strip().splitlines()[-1])["compute"])


def tasks(binary: str, workdir: Path, big: Path, small: Path):
    """(name, callable → seconds) for one binary; workspaces are made on first use."""
    big_ws, small_ws = workdir / "big.rnet", workdir / "small.rnet"

    def import_big() -> float:
        target = workdir / "import.rnet"
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        run([binary, "import", str(big), "--into", str(target), "--quiet"])
        return time.perf_counter() - start

    def ensure(ws: Path, source: Path) -> Path:
        if not ws.exists():
            run([binary, "import", str(source), "--into", str(ws), "--quiet"])
        return ws

    def pagerank() -> float:
        return compute_phase(run([binary, "centrality", str(ensure(big_ws, big)), "--measure", "pagerank",
                                  "--no-cache", "--timings", "--quiet", "--top", "1"]))

    def betweenness() -> float:
        return compute_phase(run([binary, "centrality", str(ensure(small_ws, small)), "--measure",
                                  "betweenness", "--no-cache", "--timings", "--quiet", "--top", "1"]))

    def closeness() -> float:
        return compute_phase(run([binary, "centrality", str(ensure(small_ws, small)), "--measure",
                                  "closeness", "--no-cache", "--timings", "--quiet", "--top", "1"]))

    def leiden() -> float:
        return compute_phase(run([binary, "communities", str(ensure(big_ws, big)), "--undirected",
                                  "--algorithm", "leiden", "--seed", "1", "--no-cache", "--format", "csv",
                                  "--out", str(workdir / "leiden.csv"), "--quiet", "--timings"]))

    return [(f"import {big.name}", import_big), (f"pagerank {big.name}", pagerank),
            (f"betweenness {small.name}", betweenness), (f"closeness {small.name}", closeness),
            (f"leiden {big.name}", leiden)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True, help="the binary before the change")
    parser.add_argument("--new", required=True, help="the binary after the change")
    parser.add_argument("--big", default=str(DATA / "edges-100k-1M.csv"))
    parser.add_argument("--small", default=str(DATA / "edges-5k-50k.csv"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for path in (args.old, args.new, args.big, args.small):
        if not Path(path).exists():
            sys.exit(f"compare_builds: {path} does not exist (see --help for how to make it)")
    with tempfile.TemporaryDirectory() as old_dir, tempfile.TemporaryDirectory() as new_dir:
        old_tasks = tasks(args.old, Path(old_dir), Path(args.big), Path(args.small))
        new_tasks = tasks(args.new, Path(new_dir), Path(args.big), Path(args.small))
        times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _ in old_tasks}
        for round_ in range(args.repeat):
            for (name, old), (_, new) in zip(old_tasks, new_tasks):
                # Alternate which binary goes first, so neither always runs on a warm cache.
                pair = [(0, old), (1, new)] if round_ % 2 == 0 else [(1, new), (0, old)]
                for which, task in pair:
                    times[name][which].append(task())
            print(f"round {round_ + 1}/{args.repeat} done", file=sys.stderr)
    print(f"| task | old (s, median of {args.repeat}) | new (s) | new / old |")
    print("|---|---:|---:|---:|")
    for name, (old, new) in times.items():
        a, b = statistics.median(old), statistics.median(new)
        print(f"| {name} | {a:.3f} | {b:.3f} | {b / a:.2f} |")


if __name__ == "__main__":
    main()
