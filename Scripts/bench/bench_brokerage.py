#!/usr/bin/env python3
"""Brokerage and edge betweenness: recruitnet against its peers on the same files, in one run.

Edge betweenness: `recruitnet bridges` against networkx.edge_betweenness_centrality (exact, or
with k sampled sources: both sides draw k sources, not the same ones, so the work is the same but
not the values). Gould-Fernandez roles: `recruitnet brokerage` against R's sna::brokerage()
(given an sna edge list, never a dense matrix) and the brute force of
Scripts/oracles/brokerage.py (plain Python over every two-path). Groups are the Samples' own, or,
for the Higgs reply network, the node's first-appearance number mod 5 (written to a file that
every side reads).

recruitnet's time is the `compute` phase of `--timings` (it includes reading the edge list, so it
favours the peers); the peers' times cover the call only (networkx: the function call after
loading; sna: system.time around brokerage(); brute force: the function call). Both thread
counts of recruitnet are reported (--threads 1 and all cores). Ratios are peer / recruitnet.

Run after `swift build -c release --product recruitnet`:
  /work/main/Scripts/bench/.venv/bin/python Scripts/bench/bench_brokerage.py [--skip-slow]
"""
import csv
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("RECRUITNET", os.path.join(ROOT, ".build", "release", "recruitnet"))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
SKIP_SLOW = "--skip-slow" in sys.argv

spec = importlib.util.spec_from_file_location("oracle", os.path.join(ROOT, "Scripts/oracles/brokerage.py"))
oracle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(oracle)


def recruitnet(args, threads):
    out = subprocess.run(
        [BINARY] + args + ["--timings", "--quiet", "--threads", str(threads), "--format", "json"],
        check=True, capture_output=True, text=True,
    )
    timings = json.loads(out.stderr.strip().splitlines()[-1])
    return timings["compute"], json.loads(out.stdout)


def read_edges(path, directed, delimiter=None, skip_header=False):
    g = nx.DiGraph() if directed else nx.Graph()
    with open(path, newline="") as f:
        if delimiter == ",":
            rows = csv.reader(line for line in f if not line.startswith("#"))
            if skip_header:
                next(rows)
        else:
            rows = (line.split() for line in f if line.strip() and not line.startswith("#"))
        for row in rows:
            u, v = row[0], row[1]
            w = float(row[2]) if len(row) > 2 and delimiter != "," else 1.0
            if delimiter == "," and len(row) > 3:
                w = float(row[3])
            g.add_node(u)
            g.add_node(v)
            if g.has_edge(u, v):
                g[u][v]["weight"] += w
            else:
                g.add_edge(u, v, weight=w)
    return g


def sna_seconds(g, groups):
    nodes = list(g)
    index = {v: i + 1 for i, v in enumerate(nodes)}
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "arcs.tsv"), "w") as f:
            for a, b in oracle.arcs(g):
                f.write(f"{index[a]}\t{index[b]}\n")
        with open(os.path.join(tmp, "groups.txt"), "w") as f:
            f.write("\n".join(str(groups[v]) for v in nodes) + "\n")
        script = f"""
suppressMessages(library(sna))
e <- as.matrix(read.table("{tmp}/arcs.tsv"))
m <- cbind(e, 1)
attr(m, "n") <- {len(nodes)}
cl <- readLines("{tmp}/groups.txt")
t <- system.time(b <- brokerage(m, cl))
cat(t[["elapsed"]], sum(b$raw.nli[, 6]), "\\n")
"""
        out = subprocess.run(["Rscript", "-e", script], check=True, capture_output=True, text=True)
        seconds, total = out.stdout.split()
        return float(seconds), int(float(total))


def edge_case(name, path, directed, extra, sample=None, weighted=False, delimiter=None, header=False):
    g = read_edges(path, directed, delimiter, header)
    args = ["bridges", path, "--top", "1000000000"] + extra + ([] if directed else ["--undirected"])
    if sample:
        args += ["--sample", str(sample), "--seed", "1"]
    if weighted:
        args += ["--weighted"]
    one, _ = recruitnet(args, 1)
    both, answer = recruitnet(args, os.cpu_count() or 2)
    start = time.perf_counter()
    values = nx.edge_betweenness_centrality(g, k=sample, seed=1 if sample else None, weight="weight" if weighted else None)
    nx_seconds = time.perf_counter() - start
    agree = ""
    if not sample:
        ours = {}
        for row in answer["bridges"]:
            key = (row["source"], row["target"]) if directed else tuple(sorted((row["source"], row["target"])))
            ours[key] = row["edge_betweenness"]
        worst = 0.0
        for (u, v), x in values.items():
            key = (u, v) if directed else tuple(sorted((u, v)))
            worst = max(worst, abs(ours.get(key, float("nan")) - x) / max(1.0, abs(x)))
        agree = f"max rel diff {worst:.1e}"
    label = f"{name} ({g.number_of_nodes()} n, {g.number_of_edges()} e, {'k=' + str(sample) if sample else 'exact'}{', weighted' if weighted else ''})"
    print(f"bridges   {label:58s} recruitnet 1t {one:8.3f}s  {os.cpu_count()}t {both:8.3f}s  networkx {nx_seconds:8.3f}s  "
          f"ratio nx/rn {nx_seconds / one:7.1f}x (1t) {nx_seconds / both:7.1f}x  {agree}")


def brokerage_case(name, path, directed, extra, groups_file, group_of, delimiter=None, header=False, brute=True, sna=True):
    g = read_edges(path, directed, delimiter, header)
    groups = {v: group_of.get(v, "(no group)") for v in g}
    args = ["brokerage", path, "--groups", groups_file] + extra + ([] if directed else ["--undirected"])
    one, answer = recruitnet(args, 1)
    both, _ = recruitnet(args, os.cpu_count() or 2)
    ours = sum(row["raw"]["t"] for row in answer["accounts"])
    line = (f"brokerage {name + f' ({g.number_of_nodes()} n, {g.number_of_edges()} e)':58s} recruitnet 1t {one:8.3f}s  "
            f"{os.cpu_count()}t {both:8.3f}s")
    if sna:
        sna_s, sna_total = sna_seconds(g, groups)
        line += f"  sna {sna_s:8.3f}s (ratio {sna_s / one:6.1f}x 1t, {sna_s / both:6.1f}x)"
        assert sna_total == ours, (sna_total, ours)
    if brute:
        start = time.perf_counter()
        counts = oracle.brute_force(g, groups)
        bf = time.perf_counter() - start
        bf_total = sum(c[5] for c in counts.values())
        line += f"  brute force {bf:8.3f}s (ratio {bf / one:6.1f}x 1t)"
        assert bf_total == ours, (bf_total, ours)
    print(line + f"  total two-paths {ours}" + (" (all agree)" if sna or brute else ""))


def read_groups(path, column):
    with open(path, newline="") as f:
        return {row["name"]: row[column] for row in csv.DictReader(f)}


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"build recruitnet first: swift build -c release --product recruitnet ({BINARY})")
    krebs = os.path.join(ROOT, "Samples/krebs-911/edges.csv")
    recruitment = os.path.join(ROOT, "Samples/recruitment/edges.csv")
    reply = os.path.join(DATA, "higgs-twitter/higgs-reply_network.edgelist")
    mention = os.path.join(DATA, "higgs-twitter/higgs-mention_network.edgelist")
    print(f"machine: {os.cpu_count()} cores; recruitnet {BINARY}")

    edge_case("krebs-911", krebs, False, [], delimiter=",", header=True)
    edge_case("recruitment", recruitment, True, [], delimiter=",", header=True)
    edge_case("recruitment", recruitment, True, [], weighted=True, delimiter=",", header=True)
    if os.path.exists(reply):
        edge_case("higgs-reply", reply, True, ["--weight", "none"], sample=500)
    if os.path.exists(mention) and not SKIP_SLOW:
        edge_case("higgs-mention", mention, False, ["--weight", "none"], sample=50)

    krebs_nodes = os.path.join(ROOT, "Samples/krebs-911/nodes.csv")
    brokerage_case("krebs-911 by role", krebs, False, [], krebs_nodes, read_groups(krebs_nodes, "role"), ",", True)
    groups_csv = os.path.join(ROOT, "Samples/recruitment/groups.csv")
    brokerage_case("recruitment", recruitment, True, [], groups_csv, read_groups(groups_csv, "group"), ",", True)
    if os.path.exists(reply):
        g = read_edges(reply, True)
        with tempfile.TemporaryDirectory() as tmp:
            file = os.path.join(tmp, "groups.csv")
            group_of = {v: str(i % 5) for i, v in enumerate(g)}
            with open(file, "w") as f:
                f.write("name,group\n" + "".join(f"{v},{x}\n" for v, x in group_of.items()))
            brokerage_case("higgs-reply, 5 groups", reply, True, ["--weight", "none"], file, group_of)
    if os.path.exists(mention) and not SKIP_SLOW:
        # 191 million two-paths: no peer finishes in minutes (sna's and the brute force's loops).
        g = read_edges(mention, False)
        with tempfile.TemporaryDirectory() as tmp:
            file = os.path.join(tmp, "groups.csv")
            group_of = {v: str(i % 5) for i, v in enumerate(g)}
            with open(file, "w") as f:
                f.write("name,group\n" + "".join(f"{v},{x}\n" for v, x in group_of.items()))
            brokerage_case("higgs-mention, 5 groups, no peer", mention, False, ["--weight", "none"], file, group_of,
                           brute=False, sna=False)


if __name__ == "__main__":
    main()
