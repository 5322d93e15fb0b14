#!/usr/bin/env python3
"""Time `recruitnet render` on planted-partition networks of 1k, 5k and 20k accounts, and the
community map of the 1M-node / 10M-edge benchmark graph.

    swift build -c release --product recruitnet
    python3 Scripts/bench/bench_render.py                 # 1k, 5k, 20k cluster diagrams (+ map if the 10M file exists)
    python3 Scripts/bench/bench_render.py --sizes 1000 --repeat 3 --formats svg,png

For each size the script writes ``Scripts/bench/data/planted-<n>.{edges,groups}.csv``
(generate_planted.py: 12 groups, 3 edges per account, 90 % inside a group), imports it into
a workspace, saves the planted groups as partition ``planted`` (``recruitnet partitions import``) and runs

    recruitnet render W --level nodes --partition planted --out planted-<n>.<fmt> --timings --quiet

printing wall time (median of --repeat runs) and the per-phase seconds from ``--timings``
(load, communities, centrality (PageRank for --size-by), diagram, render = layout + drawing,
output). The community map of ``data/edges-1M-10M.csv`` (made by
generate_edges.py --standard) runs with ``--communities wcc`` until Leiden is merged.
Standard library only.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")


def run(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr}")
    timings = {}
    for line in reversed(result.stderr.strip().splitlines()):
        if line.startswith("{"):
            timings = json.loads(line)
            break
    return wall, timings


def timed(cmd, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    walls = [w for w, _ in runs]
    median = statistics.median(walls)
    return median, runs[walls.index(min(walls, key=lambda w: abs(w - median)))][1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("RECRUITNET", os.path.join(ROOT, ".build/release/recruitnet")))
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--formats", default="svg")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--map", default=os.path.join(DATA, "edges-1M-10M.csv"), help="10M-edge file for the community map")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"missing binary {args.binary}: swift build -c release --product recruitnet")
    os.makedirs(DATA, exist_ok=True)
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        prefix = os.path.join(DATA, f"planted-{n}")
        if not os.path.exists(prefix + ".edges.csv"):
            subprocess.run([sys.executable, os.path.join(HERE, "generate_planted.py"), "--nodes", str(n), "--groups", "12",
                            "--degree", "3", "--out", prefix], check=True, capture_output=True)
        workspace = prefix + ".rnet"
        if not os.path.exists(workspace):
            subprocess.run([args.binary, "import", prefix + ".edges.csv", "--into", workspace, "--quiet"], check=True,
                           capture_output=True)
            subprocess.run([args.binary, "partitions", "import", workspace, prefix + ".groups.csv", "--name", "planted"],
                           check=True, capture_output=True)
        for fmt in args.formats.split(","):
            out = f"{prefix}.{fmt}"
            cmd = [args.binary, "render", workspace, "--level", "nodes", "--partition", "planted", "--out", out,
                   "--timings", "--quiet", "--max-size", "40"]
            wall, timings = timed(cmd, args.repeat)
            rows.append((f"{n} accounts, cluster diagram (composed sfdp)", fmt, wall, timings, os.path.getsize(out)))
    if os.path.exists(args.map):
        workspace = os.path.join(DATA, "edges-1M-10M.rnet")
        if not os.path.exists(workspace):
            subprocess.run([args.binary, "import", args.map, "--into", workspace, "--quiet"], check=True, capture_output=True)
        out = os.path.join(DATA, "map-10M.svg")
        cmd = [args.binary, "render", workspace, "--level", "communities", "--communities", "wcc", "--out", out,
               "--timings", "--quiet"]
        wall, timings = timed(cmd, args.repeat)
        rows.append(("1M accounts / 10M edges, community map (wcc)", "svg", wall, timings, os.path.getsize(out)))
    print(f"{'diagram':48} {'fmt':4} {'wall s':>7}  phases (s)")
    for name, fmt, wall, timings, size in rows:
        phases = " ".join(f"{k}={v:.2f}" for k, v in timings.items())
        print(f"{name:48} {fmt:4} {wall:7.2f}  {phases}  ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
