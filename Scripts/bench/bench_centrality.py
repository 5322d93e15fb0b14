#!/usr/bin/env python3
"""Centrality benchmark: RecruitNet against igraph, NetworKit (1 and 2 threads) and, for
PageRank, the GAP Benchmark Suite's reference kernel, on the same files in one run.

    Scripts/bench/.venv/bin/python Scripts/bench/bench_centrality.py            # everything
    Scripts/bench/.venv/bin/python Scripts/bench/bench_centrality.py --only 10M,higgs
    GAPBS_DIR=/path/to/gapbs Scripts/bench/.venv/bin/python Scripts/bench/bench_centrality.py

Kernel time is measured inside each process after the graph is loaded: RecruitNet's
`--timings` "compute" phase (on a workspace imported beforehand, `--no-cache`), the peers'
`time.perf_counter()` around the call (Scripts/bench/peers/centrality_peer.py), GAPBS's
"Average Time" of its trials. Peak memory is GNU time's maximum resident set of the whole
process (loading included). Columns: wall seconds, CPU seconds (all threads), peak RSS, the
wall ratio (RecruitNet's time over the fastest peer's at any thread count) and, for
single-threaded runs, the CPU ratio against the fastest single-threaded peer; below 1 RecruitNet
is faster. On a busy machine the CPU ratio is the fair one: wall time there measures the
scheduler as much as the kernel.

GAPBS (https://github.com/sbeamer/gapbs; build with `make pr` outside this repository, commit
none of it): set GAPBS_DIR. Its `pr` runs on the same edges converted to integer ids
(data/<name>.el), 20 iterations (tolerance 0), OMP_NUM_THREADS=1 and 2; RecruitNet runs
`--measure pagerank --unweighted --iterations 20`. Both report seconds per iteration.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_import import ensure_ncol  # noqa: E402  (igraph's Read_Ncol wants the space-separated twin)
REPO = HERE.parent.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
PYTHON = str(HERE / ".venv" / "bin" / "python")
PEER = str(HERE / "peers" / "centrality_peer.py")
RECRUITNET = os.environ.get("RECRUITNET", str(REPO / ".build" / "release" / "recruitnet"))
HIGGS = REPO.parent / "shared" / "data" / "higgs-twitter" / "higgs-mention_network.edgelist"

DATASETS = {
    "10M": (DATA / "edges-1M-10M.csv", ["pagerank", "pagerank-weighted", "coreness", "betweenness-approx"]),
    "500k": (DATA / "edges-50k-500k.csv", ["betweenness", "closeness", "harmonic", "eigenvector"]),
    "higgs": (HIGGS, ["pagerank", "pagerank-weighted", "coreness", "betweenness", "closeness", "harmonic", "eigenvector"]),
}

OURS = {
    # networkx's stopping rule (L1 change < n × 1e-6) stops a 1M-node graph after 2–3 iterations;
    # the peers iterate to an L2 change below 1e-8 (NetworKit) or solve exactly (igraph's PRPACK).
    # For equal work RecruitNet runs to an L1 change below 1e-8 (n × 1e-14), which is stricter.
    "pagerank": ["--measure", "pagerank", "--unweighted", "--tolerance", "1e-14", "--max-iterations", "1000"],
    "pagerank-weighted": ["--measure", "pagerank", "--weighted", "--tolerance", "1e-14", "--max-iterations", "1000"],
    "coreness": ["--measure", "coreness"],
    "betweenness-approx": ["--measure", "betweenness-approx", "--epsilon", "0.01", "--delta", "0.1", "--seed", "1"],
    "betweenness": ["--measure", "betweenness"],
    "closeness": ["--measure", "closeness"],
    "harmonic": ["--measure", "harmonic"],
    "eigenvector": ["--measure", "eigenvector"],
}


def timed(argv, env=None, timeout=3600):
    """Runs argv under GNU time; returns (stdout, stderr, peak RSS in MB, wall seconds)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + argv, capture_output=True, text=True,
                              env=env, timeout=timeout)
        text = report.read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    seconds = None
    if wall:
        seconds = 0.0
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stdout, proc.stderr, (int(rss.group(1)) / 1000 if rss else None), seconds


def workspace_for(name, path):
    ws = DATA / f"bench-{name}.rnet"
    if not ws.exists() or ws.stat().st_mtime < Path(RECRUITNET).stat().st_mtime:
        if ws.exists():
            ws.unlink()
        extra = [] if str(path).endswith(".csv") else ["--delimiter", "whitespace", "--no-header"]
        subprocess.run([RECRUITNET, "import", str(path), "--into", str(ws), "--quiet"] + extra, check=True)
    return ws


def run_ours(ws, measure, threads, extra=()):
    argv = [RECRUITNET, "centrality", str(ws), "--no-cache", "--timings", "--quiet", "--top", "1",
            "--threads", str(threads)] + OURS[measure] + list(extra)
    _, err, rss, _ = timed(argv)
    timings = json.loads(err.strip().splitlines()[-1])
    return timings["compute"], timings.get("compute_cpu"), rss


def run_peer(tool, measure, path, threads):
    out, _, rss, _ = timed([PYTHON, PEER, tool, measure, str(path), "--threads", str(threads)])
    result = json.loads(out.strip().splitlines()[-1])
    return result["seconds"], result.get("cpu_seconds"), rss, result.get("note", "")


def edge_list_with_ids(csv_path):
    """The CSV as a GAPBS .el file (integer ids, whitespace separated), written once."""
    el = csv_path.with_suffix(".el")
    if el.exists():
        return el
    ids = {}
    with open(csv_path) as src, open(el, "w") as dst:
        next(src)
        for line in src:
            s, t, _ = line.rstrip("\n").split(",")
            dst.write(f"{ids.setdefault(s, len(ids))} {ids.setdefault(t, len(ids))}\n")
    return el


def run_gapbs(gapbs, el, threads, iterations=20):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    out, _, rss, _ = timed([str(Path(gapbs) / "pr"), "-f", str(el), "-i", str(iterations), "-t", "0", "-n", "3"], env=env)
    average = re.search(r"Average Time:\s+([\d.]+)", out)
    return float(average.group(1)) / iterations if average else None, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated datasets: " + ",".join(DATASETS))
    parser.add_argument("--measures", help="comma-separated measures (default: each dataset's list)")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(DATASETS)
    rows, records = [], []
    for name in chosen:
        path, measures = DATASETS[name]
        if not Path(path).exists():
            print(f"skipped {name}: {path} is not here", file=sys.stderr)
            continue
        if args.measures:
            measures = [m for m in measures if m in args.measures.split(",")]
        ws = workspace_for(name, path)
        if str(path).endswith(".csv"):
            ensure_ncol(Path(path))
        for measure in measures:
            entries = []
            for threads in (1, 2):
                seconds, cpu, rss = run_ours(ws, measure, threads)
                entries.append(("recruitnet", threads, seconds, cpu, rss, ""))
            if measure != "betweenness-approx":
                entries.append(("igraph", 1) + run_peer("igraph", measure, path, 1))
            for threads in (1, 2):
                entries.append(("networkit", threads) + run_peer("networkit", measure, path, threads))
                if measure == "betweenness-approx":
                    entries.append(("networkit-kadabra", threads) + run_peer("networkit", "betweenness-kadabra", path, threads))
            peers = [e for e in entries if e[0] != "recruitnet" and e[2] is not None]
            fastest = min((e[2] for e in peers), default=None)
            fastest_cpu = min((e[3] for e in peers if e[1] == 1 and e[3]), default=None)
            for tool, threads, seconds, cpu, rss, note in entries:
                ratio = f"{seconds / fastest:.2f}" if tool == "recruitnet" and fastest and seconds else ""
                cpu_ratio = (f"{cpu / fastest_cpu:.2f}" if tool == "recruitnet" and threads == 1 and fastest_cpu and cpu
                             else "")
                rows.append([name, measure, tool, threads, seconds, cpu, rss, ratio, cpu_ratio, note])
                records.append(dict(dataset=name, measure=measure, tool=tool, threads=threads, seconds=seconds,
                                    cpu_seconds=cpu, rss_mb=rss, ratio_to_fastest_peer=ratio,
                                    cpu_ratio_to_fastest_single_thread_peer=cpu_ratio, note=note))
                wall = "n/a" if seconds is None else f"{seconds:9.3f} s"
                cpu_text = "" if cpu is None else f"{cpu:9.3f} s cpu"
                print(f"{name:6} {measure:20} {tool:18} t={threads} {wall} {cpu_text:>15} {rss or 0:8.0f} MB "
                      f"{ratio:>6} {cpu_ratio:>6} {note}", flush=True)
        gapbs = os.environ.get("GAPBS_DIR")
        if gapbs and name == "10M" and "pagerank" in measures:
            el = edge_list_with_ids(Path(path))
            for threads in (1, 2):
                per_iteration, rss = run_gapbs(gapbs, el, threads)
                ours, _, ours_rss = run_ours(ws, "pagerank", threads, ["--iterations", "20"])
                ours_per_iteration = ours / 20
                ratio = ours_per_iteration / per_iteration if per_iteration else None
                line = (f"{name:6} {'pagerank/iteration':20} gapbs t={threads} {per_iteration * 1000:8.2f} ms  "
                        f"recruitnet {ours_per_iteration * 1000:8.2f} ms  ratio {ratio:.2f}  (RSS {rss:.0f} / {ours_rss:.0f} MB)")
                print(line, flush=True)
                records.append(dict(dataset=name, measure="pagerank-per-iteration", tool="gapbs", threads=threads,
                                    seconds=per_iteration, rss_mb=rss, recruitnet_seconds=ours_per_iteration,
                                    ratio=ratio))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "centrality.json"
    out.write_text(json.dumps(records, indent=1))
    print(f"results: {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
