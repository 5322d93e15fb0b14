#!/usr/bin/env python3
"""Dismantling on the Higgs Twitter mention network: recruitnet against a Python reference.

For each strategy, with and without reinsertion: the accounts removed until the giant component
is at most 1% of N (the stop rule of `recruitnet dismantle --until 0.01`), R, and the time of the
dismantling itself (the JSON's `seconds`, single-threaded; loading excluded), next to the same
attack written in Python with networkx (networkx for loading and the giant component; the attack
loops are plain Python with a lazy heap and local CI updates, the same rules and tie-breaks, so
the removal counts must agree). The Python reference runs without reinsertion, computes no R,
and skips ci:3 (minutes in Python) and PageRank (recruitnet recomputes it every 10 removals here).

Run after `swift build -c release --product recruitnet`:
  /work/main/Scripts/bench/.venv/bin/python Scripts/bench/bench_dismantle.py [--skip-python]
"""
import heapq
import json
import os
import subprocess
import sys
import time

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "recruitnet")
HIGGS = "/work/shared/data/higgs-twitter/higgs-mention_network.edgelist"
STRATEGIES = ["degree", "ci:1", "ci:2", "ci:3", "corehd", "pagerank"]


def recruitnet(strategy, reinsert):
    args = [BINARY, "dismantle", HIGGS, "--undirected", "--strategy", strategy, "--until", "0.01",
            "--format", "json", "--quiet"]
    if strategy == "pagerank":
        args += ["--recompute-every", "10"]
    if reinsert:
        args.append("--reinsert")
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    run = json.loads(out)["strategies"][0]
    return run["removed"], run["robustness"], run["seconds"]


def load():
    """The undirected simple graph, nodes numbered by first appearance (source, then target, row
    by row) as recruitnet numbers them, so that "ties to the lowest id" means the same node."""
    ids = {}
    graph = nx.Graph()
    with open(HIGGS) as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2:
                continue
            u = ids.setdefault(fields[0], len(ids))
            v = ids.setdefault(fields[1], len(ids))
            graph.add_node(u)
            graph.add_node(v)
            if u != v:
                graph.add_edge(u, v)
    return graph


def giant(graph, removed):
    return max((len(c) for c in nx.connected_components(graph.subgraph(
        v for v in graph if v not in removed))), default=0)


def python_attack(graph, strategy, threshold):
    """The attack until the giant is <= threshold; the giant is checked every ~k/16 removals and
    the order cut at the first removal that reached it (as recruitnet does)."""
    adjacency = {v: list(graph[v]) for v in graph}
    degree = {v: len(adjacency[v]) for v in graph}
    removed = set()
    order = []
    heap = []

    if strategy == "degree":
        heap = [(-degree[v], v) for v in graph]
        heapq.heapify(heap)

        def pick():
            while heap:
                d, v = heapq.heappop(heap)
                if v not in removed and -d == degree[v]:
                    return v
            return None

        def remove(v):
            removed.add(v)
            for w in adjacency[v]:
                if w not in removed:
                    degree[w] -= 1
                    heapq.heappush(heap, (-degree[w], w))
    elif strategy.startswith("ci:"):
        radius = int(strategy[3:])
        score = {}

        def ball(source, depth):
            seen = {source}
            frontier = [source]
            for level in range(1, depth + 1):
                nxt = []
                for u in frontier:
                    for w in adjacency[u]:
                        if w not in removed and w not in seen:
                            seen.add(w)
                            nxt.append(w)
                yield level, nxt
                frontier = nxt

        def ci(v):
            k = degree[v]
            if k <= 1:
                return 0
            boundary = 0
            for level, nodes in ball(v, radius):
                if level == radius:
                    boundary = sum(degree[w] - 1 for w in nodes)
            return (k - 1) * boundary

        for v in graph:
            score[v] = ci(v)
        heap = [(-score[v], -degree[v], v) for v in graph]
        heapq.heapify(heap)

        def pick():
            while heap:
                s, d, v = heapq.heappop(heap)
                if v not in removed and -s == score[v] and -d == degree[v]:
                    return v
            return None

        def remove(v):
            touched = [w for _, nodes in ball(v, radius + 1) for w in nodes]
            removed.add(v)
            for w in adjacency[v]:
                if w not in removed:
                    degree[w] -= 1
            for w in touched:
                score[w] = ci(w)
                heapq.heappush(heap, (-score[w], -degree[w], w))
    else:  # corehd
        in_core = {v: True for v in graph}
        core_degree = dict(degree)
        fallback = {}

        def prune(stack):
            while stack:
                u = stack.pop()
                for w in adjacency[u]:
                    if in_core[w]:
                        core_degree[w] -= 1
                        if core_degree[w] < 2:
                            in_core[w] = False
                            stack.append(w)
                        else:
                            heapq.heappush(heap, (-core_degree[w], w))

        start = [v for v in graph if core_degree[v] < 2]
        for v in start:
            in_core[v] = False
        prune(start)
        heap = [(-core_degree[v], v) for v in graph if in_core[v]]
        heapq.heapify(heap)

        def pick():
            while heap:
                d, v = heapq.heappop(heap)
                if in_core[v] and -d == core_degree[v]:
                    return v
            if "heap" not in fallback:
                fallback["heap"] = [(-sum(1 for w in adjacency[v] if w not in removed), v)
                                    for v in graph if v not in removed]
                heapq.heapify(fallback["heap"])
                for v in graph:
                    degree[v] = sum(1 for w in adjacency[v] if w not in removed)
            h = fallback["heap"]
            while h:
                d, v = heapq.heappop(h)
                if v not in removed and -d == degree[v]:
                    return v
            return None

        def remove(v):
            removed.add(v)
            if "heap" in fallback:
                for w in adjacency[v]:
                    if w not in removed:
                        degree[w] -= 1
                        heapq.heappush(fallback["heap"], (-degree[w], w))
            else:
                in_core[v] = False
                prune([v])

    next_check = 1
    while True:
        v = pick()
        if v is None:
            return order
        remove(v)
        order.append(v)
        if len(order) >= next_check:
            if giant(graph, removed) <= threshold:
                # Cut at the first prefix that reached the threshold (binary search).
                lo, hi = max(0, len(order) - max(1, len(order) // 16) - 1), len(order)
                while lo < hi:
                    mid = (lo + hi) // 2
                    if giant(graph, set(order[:mid])) <= threshold:
                        hi = mid
                    else:
                        lo = mid + 1
                return order[:lo]
            next_check = len(order) + max(1, len(order) // 16)


def main():
    skip_python = "--skip-python" in sys.argv
    graph = None if skip_python else load()
    rows = []
    for strategy in STRATEGIES:
        for reinsert in (False, True):
            removed, r, seconds = recruitnet(strategy, reinsert)
            py_removed, py_seconds = None, None
            if graph is not None and not reinsert and strategy not in ("pagerank", "ci:3"):
                threshold = int(0.01 * graph.number_of_nodes())
                started = time.perf_counter()
                py_removed = len(python_attack(graph, strategy, threshold))
                py_seconds = time.perf_counter() - started
            rows.append((strategy, reinsert, removed, r, seconds, py_removed, py_seconds))
            ratio = f"{py_seconds / seconds:8.1f}x" if py_seconds else "       -"
            print(f"{strategy:8} reinsert={'yes' if reinsert else 'no ':3} removed={removed:6} "
                  f"R={r:.4f} recruitnet={seconds:7.3f}s python_removed={py_removed or '-':>6} "
                  f"python={py_seconds or 0:7.2f}s speedup={ratio}", flush=True)


if __name__ == "__main__":
    main()
