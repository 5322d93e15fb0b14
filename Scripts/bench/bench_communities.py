#!/usr/bin/env python3
"""Community detection quality and speed: RecruitNet's Leiden and Louvain next to leidenalg,
igraph (Louvain, Leiden, label propagation, Infomap) and NetworKit (PLM, ParallelLeiden, PLP),
plus weakly connected components against the GAP Benchmark Suite's `cc`.

Usage (Scripts/bench/setup.sh first; the recruitnet rows need `recruitnet communities`)::

    swift build -c release
    Scripts/bench/.venv/bin/python Scripts/bench/bench_communities.py              # everything
    Scripts/bench/.venv/bin/python Scripts/bench/bench_communities.py --prepare-only
    Scripts/bench/.venv/bin/python Scripts/bench/bench_communities.py --quality-only --seeds 5
    Scripts/bench/.venv/bin/python Scripts/bench/bench_communities.py --speed-only

Environment:
    RECRUITNET   the binary (default <repo>/.build/release/recruitnet)
    GAPBS_DIR    a built GAP Benchmark Suite (default /work/gapbs; its `cc` is run if present)

1. **Prepare** (`--prepare-only` stops here) writes to Scripts/bench/data/communities/
   (gitignored), once: LFR graphs from networkx's `LFR_benchmark_graph` (n = 10,000, τ1 = 2.5,
   τ2 = 1.5, average degree 20, max degree 50, communities of 20–100 nodes, μ = 0.1, 0.3, 0.5,
   seed 42 or the next seed that converges) with their planted communities; the real networks
   from ../shared/data (Higgs Twitter mentions, karate, polbooks, football) and the synthetic
   recruitment sample with its five planted cells. Every graph is written the same way:
   `NAME.tsv` with header `source target weight`, integer ids 0..n-1, each undirected pair once
   with both directions' weights summed (the undirected projection every tool then optimises),
   and `NAME.truth` (one community per line, by id) where ground truth exists.
2. **Quality**: every tool × graph × seed (`--seeds`, default 5). Modularity (γ = 1, weighted,
   igraph's `Graph.modularity`) and NMI to the truth (igraph `compare_communities`, "nmi") are
   computed here from each tool's `node,community` output, the same way for every tool; the table
   shows the mean over seeds and the mean time.
3. **Speed** on the 1M-node / 10M-edge file (`generate_edges.py` makes
   data/edges-1M-10M.csv): RecruitNet Leiden and Louvain against NetworKit PLM and
   ParallelLeiden (compute seconds: RecruitNet's `--timings` `compute` phase, NetworKit's
   algorithm call), and `recruitnet communities --algorithm wcc` against GAPBS `cc -n 3`
   (its "Average Time"). Targets (issue 4): no slower than NetworKit; WCC within 2× of GAPBS.
   NetworKit's ParallelLeiden runs 3 iterations; RecruitNet's Leiden iterates until stable
   unless `--leiden-iterations 3` (which needs the CLI's `--iterations`).

RecruitNet runs as
`recruitnet communities NAME.tsv --undirected --algorithm leiden|louvain --seed S --format csv --quiet --timings`
(csv `node,community`; `--timings` prints a JSON object of phase seconds as the last stderr line).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED = REPO.parent / "shared" / "data"
DATA = HERE / "data"
PREPARED = DATA / "communities"
RESULTS = HERE / "results"
PEERS = HERE / "peers"
BIG = DATA / "edges-1M-10M.csv"
LFR_MUS = (0.1, 0.3, 0.5)
PEER_TOOLS = ["leidenalg", "igraph-louvain", "igraph-leiden", "igraph-labelprop", "igraph-infomap",
              "networkit-plm", "networkit-leiden", "networkit-plp"]
RECRUITNET_TOOLS = ["recruitnet-leiden", "recruitnet-louvain"]


# --------------------------------------------------------------------------- preparing graphs

def write_prepared(name, n, src, dst, w, truth=None):
    """Writes NAME.tsv (undirected projection, pairs merged, weights summed) and NAME.truth."""
    a = np.minimum(src, dst).astype(np.int64)
    b = np.maximum(src, dst).astype(np.int64)
    keys, inverse = np.unique(a * n + b, return_inverse=True)
    weights = np.bincount(inverse, weights=w)
    PREPARED.mkdir(parents=True, exist_ok=True)
    with open(PREPARED / f"{name}.tsv", "w") as f:
        f.write("source\ttarget\tweight\n")
        for key, weight in zip(keys.tolist(), weights.tolist()):
            f.write(f"{key // n}\t{key % n}\t{weight:g}\n")
    if truth is not None:
        with open(PREPARED / f"{name}.truth", "w") as f:
            f.write("\n".join(str(int(c)) for c in truth) + "\n")
    print(f"prepared {name}: {n} nodes, {len(keys)} edges", file=sys.stderr)


def read_named_rows(path, delimiter, header=True):
    rows = []
    with open(path, encoding="utf-8") as f:
        if header:
            f.readline()
        for line in f:
            parts = line.rstrip("\n").split(delimiter) if delimiter else line.split()
            if len(parts) >= 2:
                rows.append((parts[0], parts[1], float(parts[2]) if len(parts) > 2 and parts[2] else 1.0))
    return rows


def prepare_named(name, rows, truth_by_name=None):
    ids = {}
    for u, v, _ in rows:
        ids.setdefault(u, len(ids))
        ids.setdefault(v, len(ids))
    if truth_by_name:
        for node in truth_by_name:
            ids.setdefault(node, len(ids))
    n = len(ids)
    src = np.array([ids[u] for u, _, _ in rows], dtype=np.int64)
    dst = np.array([ids[v] for _, v, _ in rows], dtype=np.int64)
    w = np.array([x for _, _, x in rows], dtype=np.float64)
    truth = None
    if truth_by_name:
        labels = {label: i for i, label in enumerate(sorted(set(truth_by_name.values())))}
        truth = [0] * n
        for node, i in ids.items():
            truth[i] = labels[truth_by_name[node]]
    write_prepared(name, n, src, dst, w, truth)


def read_truth(path, key, column, delimiter="\t"):
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        return {row[key]: row[column] for row in csv.DictReader(f, delimiter=delimiter)}


def prepare_lfr(mu):
    import networkx as nx
    name = f"lfr-10k-mu{mu}"
    if (PREPARED / f"{name}.tsv").exists():
        return
    for seed in range(42, 62):
        try:
            G = nx.LFR_benchmark_graph(10000, 2.5, 1.5, mu, average_degree=20, max_degree=50,
                                       min_community=20, max_community=100, seed=seed)
            break
        except nx.ExceededMaxIterations:
            continue
    else:
        raise SystemExit(f"LFR μ={mu}: no seed in 42..61 converged")
    community = {}
    for node in G:
        community.setdefault(node, min(G.nodes[node]["community"]))
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    edges = np.array(list(G.edges()), dtype=np.int64).reshape(-1, 2)
    write_prepared(name, G.number_of_nodes(), edges[:, 0], edges[:, 1], np.ones(len(edges)),
                   [community[v] for v in range(G.number_of_nodes())])
    (PREPARED / f"{name}.meta.json").write_text(json.dumps({"generator": f"networkx {nx.__version__} LFR_benchmark_graph",
                                                            "n": 10000, "tau1": 2.5, "tau2": 1.5, "mu": mu,
                                                            "average_degree": 20, "max_degree": 50,
                                                            "min_community": 20, "max_community": 100,
                                                            "seed": seed}) + "\n")


def prepare():
    for mu in LFR_MUS:
        prepare_lfr(mu)
    classic = SHARED / "classic"
    jobs = [
        ("karate", classic / "karate-zachary/edges.tsv", "\t", classic / "karate-zachary/nodes.tsv", "id", "club"),
        ("polbooks", classic / "polbooks/edges.tsv", "\t", classic / "polbooks/nodes.tsv", "id", "leaning"),
        ("football", classic / "football/edges.tsv", "\t", classic / "football/nodes.tsv", "id", "conference"),
    ]
    for name, edges, delimiter, nodes, key, column in jobs:
        if not (PREPARED / f"{name}.tsv").exists() and edges.exists():
            prepare_named(name, read_named_rows(edges, delimiter), read_truth(nodes, key, column))
    higgs = SHARED / "higgs-twitter/higgs-mention_network.edgelist"
    if not (PREPARED / "higgs-mention.tsv").exists() and higgs.exists():
        prepare_named("higgs-mention", read_named_rows(higgs, None, header=False))
    recruitment = REPO / "Samples/recruitment"
    if not (PREPARED / "recruitment.tsv").exists():
        import csv
        with open(recruitment / "edges.csv", newline="", encoding="utf-8") as f:
            rows = [(r["source"], r["target"], float(r["weight"] or 1)) for r in csv.DictReader(f)]
        groups = read_truth(recruitment / "groups.csv", "name", "group", ",")
        prepare_named("recruitment", rows, groups)


def prepared_graphs():
    order = [f"lfr-10k-mu{mu}" for mu in LFR_MUS] + ["recruitment", "higgs-mention", "karate", "polbooks", "football"]
    return [name for name in order if (PREPARED / f"{name}.tsv").exists()]


# --------------------------------------------------------------------------- running tools

def recruitnet_binary():
    return os.environ.get("RECRUITNET", str(REPO / ".build/release/recruitnet"))


def last_json_line(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return None


def read_membership(path, n):
    membership = [-1] * n
    with open(path) as f:
        f.readline()
        for line in f:
            node, community = line.strip().split(",")[:2]
            membership[int(node)] = int(community)
    # A node a tool did not report (an isolate it dropped) gets a community of its own.
    extra = max(membership, default=0) + 1
    for i, c in enumerate(membership):
        if c < 0:
            membership[i] = extra
            extra += 1
    return membership


def run_tool(tool, graph_path, seed, n, extra=(), with_modularity=False):
    """Runs one tool once; returns (membership, seconds, note), and the modularity the tool
    reported (peers) as a fourth value when `with_modularity`."""
    result = _run_tool(tool, graph_path, seed, n, extra)
    return result if with_modularity else result[:3]


def _run_tool(tool, graph_path, seed, n, extra=()):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "membership.csv"
        if tool.startswith("recruitnet"):
            algorithm = tool.split("-", 1)[1]
            argv = [recruitnet_binary(), "communities", str(graph_path), "--undirected", "--algorithm", algorithm,
                    "--seed", str(seed), "--format", "csv", "--out", str(out), "--quiet", "--timings", *extra]
            if not Path(argv[0]).exists():
                return None, None, "missing binary", None
            proc = subprocess.run(argv, capture_output=True, text=True)
            if proc.returncode != 0:
                return None, None, f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}", None
            timings = last_json_line(proc.stderr) or {}
            seconds = timings.get("compute")
            modularity = None
        else:
            argv = [sys.executable, str(PEERS / "communities_peers.py"), tool, str(graph_path), str(seed), str(out)]
            proc = subprocess.run(argv, capture_output=True, text=True)
            if proc.returncode != 0:
                return None, None, f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}", None
            report = last_json_line(proc.stdout) or {}
            seconds = report.get("seconds")
            modularity = report.get("modularity")
        return read_membership(out, n), seconds, "", modularity


def quality(args):
    import igraph as ig
    tools = RECRUITNET_TOOLS + PEER_TOOLS
    if args.only:
        tools = [t for t in tools if any(t.startswith(o) for o in args.only.split(","))]
    rows = []
    for name in prepared_graphs():
        path = PREPARED / f"{name}.tsv"
        data = np.loadtxt(path, skiprows=1, ndmin=2)
        n = int(data[:, :2].max()) + 1
        truth_path = PREPARED / f"{name}.truth"
        truth = [int(x) for x in truth_path.read_text().split()] if truth_path.exists() else None
        if truth is not None:
            n = max(n, len(truth))
        g = ig.Graph(n=n, edges=data[:, :2].astype(int).tolist(), directed=False)
        weights = data[:, 2].tolist()
        for tool in tools:
            if tool == "igraph-infomap" and n > 50000 and not args.slow:
                rows.append((name, tool, None, None, None, "skipped (slow; --slow runs it)"))
                continue
            mods, nmis, times, note = [], [], [], ""
            for seed in range(args.seeds):
                membership, seconds, note = run_tool(tool, path, seed, n)
                if membership is None:
                    break
                mods.append(g.modularity(membership, weights=weights))
                if truth is not None:
                    nmis.append(ig.compare_communities(membership, truth, method="nmi"))
                if seconds is not None:
                    times.append(seconds)
            rows.append((name, tool, statistics.fmean(mods) if mods else None,
                         statistics.fmean(nmis) if nmis else None,
                         statistics.fmean(times) if times else None, note))
            print(format_row(rows[-1]), file=sys.stderr)
    return rows


def format_row(row):
    name, tool, q, nmi, seconds, note = row
    def f(x, digits):
        return "" if x is None else f"{x:.{digits}f}"
    return f"| {name} | {tool} | {f(q, 4)} | {f(nmi, 4)} | {f(seconds, 3)} | {note} |"


def graph_modularity(path, membership):
    """Weighted modularity (γ = 1) of `membership` on a prepared graph, computed with igraph."""
    import igraph as ig
    data = np.loadtxt(path, skiprows=1, ndmin=2)
    g = ig.Graph(n=len(membership), edges=data[:, :2].astype(int).tolist(), directed=False)
    return g.modularity(membership, weights=data[:, 2].tolist())


def speed(args):
    lines = []
    if not BIG.exists():
        return [f"speed: {BIG} is missing (Scripts/bench/generate_edges.py --standard makes it)"]
    prepared = PREPARED / "edges-1M-10M.tsv"
    if not prepared.exists():
        print("preparing the 10M-edge file (undirected projection)...", file=sys.stderr)
        src, dst, w = [], [], []
        with open(BIG) as f:
            f.readline()
            for line in f:
                a, b, c = line.rstrip("\n").split(",")
                src.append(int(a[1:]))
                dst.append(int(b[1:]))
                w.append(float(c))
        src = np.array(src)
        dst = np.array(dst)
        n = int(max(src.max(), dst.max())) + 1
        write_prepared("edges-1M-10M", n, src, dst, np.array(w))
        with open(PREPARED / "edges-1M-10M.el", "w") as f:
            for a, b in zip(src.tolist(), dst.tolist()):
                f.write(f"{a} {b}\n")
    data = np.loadtxt(prepared, skiprows=1, ndmin=2, usecols=(0, 1))
    n = int(data.max()) + 1
    del data
    lines.append("| task | tool | compute s (mean) | modularity (mean) | runs | note |")
    lines.append("|---|---|---|---|---|---|")
    for tool in ["recruitnet-leiden", "networkit-leiden", "recruitnet-louvain", "networkit-plm"]:
        times, mods, note = [], [], ""
        extra = ()
        if tool == "recruitnet-leiden" and args.leiden_iterations is not None:
            extra = ("--iterations", str(args.leiden_iterations))
        for seed in range(args.speed_runs):
            membership, seconds, note, modularity = run_tool(tool, prepared, seed, n, extra, with_modularity=True)
            if seconds is None:
                break
            times.append(seconds)
            if modularity is None and membership is not None:
                modularity = graph_modularity(prepared, membership)
            if modularity is not None:
                mods.append(modularity)
        q = f"{statistics.fmean(mods):.4f}" if mods else ""
        lines.append(f"| communities | {tool} | {statistics.fmean(times):.2f} | {q} | {len(times)} | {note} |" if times
                     else f"| communities | {tool} | | | 0 | {note} |")
    # Weakly connected components: the directed file as GAPBS reads it (an .el edge list).
    wcc = []
    argv = [recruitnet_binary(), "communities", str(BIG), "--algorithm", "wcc", "--format", "csv",
            "--out", os.devnull, "--quiet", "--timings"]
    if Path(argv[0]).exists():
        proc = subprocess.run(argv, capture_output=True, text=True)
        timing = (last_json_line(proc.stderr) or {}).get("compute") if proc.returncode == 0 else None
        wcc.append(("recruitnet wcc", timing, "" if timing is not None else proc.stderr.strip()[-200:]))
    else:
        wcc.append(("recruitnet wcc", None, "missing binary"))
    gapbs = Path(os.environ.get("GAPBS_DIR", "/work/gapbs")) / "cc"
    if gapbs.exists():
        proc = subprocess.run([str(gapbs), "-f", str(PREPARED / "edges-1M-10M.el"), "-n", "3"],
                              capture_output=True, text=True)
        match = re.search(r"Average Time:\s*([0-9.]+)", proc.stdout)
        wcc.append(("gapbs cc (Afforest)", float(match.group(1)) if match else None, "" if match else proc.stdout[-200:]))
    else:
        wcc.append(("gapbs cc (Afforest)", None, f"{gapbs} missing (set GAPBS_DIR)"))
    for tool, seconds, note in wcc:
        lines.append(f"| wcc | {tool} | {'' if seconds is None else f'{seconds:.3f}'} | | 1 | {note} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5, help="seeds per tool and graph (default 5)")
    parser.add_argument("--speed-runs", type=int, default=3, help="runs per tool on the 10M-edge file")
    parser.add_argument("--only", help="comma-separated tool prefixes, e.g. recruitnet,leidenalg")
    parser.add_argument("--prepare-only", action="store_true")
    parser.add_argument("--quality-only", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--leiden-iterations", type=int,
                        help="pass --iterations N to recruitnet's Leiden in the speed rows (NetworKit's "
                             "ParallelLeiden runs 3); default: until an iteration moves no node")
    parser.add_argument("--slow", action="store_true", help="also run Infomap on graphs over 50k nodes")
    args = parser.parse_args()
    prepare()
    if args.prepare_only:
        return
    report = [f"# bench_communities {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()}, "
              f"load {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs"]
    if not args.speed_only:
        report += ["", f"Quality (mean of {args.seeds} seeds; modularity γ=1 on the undirected projection)", "",
                   "| graph | tool | modularity | NMI | seconds | note |", "|---|---|---|---|---|---|"]
        report += [format_row(r) for r in quality(args)]
    if not args.quality_only:
        report += ["", "Speed (1M nodes / 10M edges)", ""] + speed(args)
    text = "\n".join(report) + "\n"
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"communities-{dt.datetime.now():%Y%m%d-%H%M%S}.md").write_text(text)


if __name__ == "__main__":
    main()
