#!/usr/bin/env python3
"""Writes the centrality oracle fixtures: every measure computed by networkx (igraph for
in/out coreness) on small graphs, as JSON under Tests/RecruitNetCentralityTests/Fixtures/.

Run with the benchmark virtualenv (networkx 3.6.1, igraph 1.0.0):

    Scripts/bench/.venv/bin/python Scripts/oracles/centrality.py

Graphs (edge rows are merged per (source, target) with weights summed, as RecruitNet merges
them when all edge types are merged; an undirected edge u-v and v-u are one edge):
  krebs-911            Samples/krebs-911/edges.csv, undirected, unweighted (real covert network)
  lesmis               ../shared/data/classic/lesmis/edges.tsv, undirected, weighted (real)
  recruitment          Samples/recruitment/edges.csv, directed, all edge types merged
  directed-weighted    Fixtures/inputs/directed-weighted.csv: dangling nodes, five components
  loops-parallel       Fixtures/inputs/loops-parallel.csv: self-loops and repeated rows
Each fixture holds the merged edge list it was computed on, so the Swift test builds the very
same graph. A measure networkx cannot compute (no convergence) is recorded as an error, and the
test expects RecruitNet to refuse it too. NaN (constraint of an isolated node) is null.
"""
import csv
import json
import math
import os
import sys

import igraph as ig
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests/RecruitNetCentralityTests/Fixtures")
SHARED = os.path.join(os.path.dirname(ROOT), "shared/data")


def read_rows(path, delimiter=","):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        for row in reader:
            yield row["source"], row["target"], float(row.get("weight") or 1)


def merged_graph(rows, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    for u, v, w in rows:
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def clean(value):
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value


def attempt(function):
    try:
        return {k: clean(v) for k, v in function().items()}
    except Exception as error:  # recorded: RecruitNet must refuse too
        return {"error": type(error).__name__}


def measures(G):
    directed = G.is_directed()
    out = {}
    out["degree"] = dict(G.degree())
    out["strength"] = dict(G.degree(weight="weight"))
    if directed:
        out["in-degree"] = dict(G.in_degree())
        out["out-degree"] = dict(G.out_degree())
        out["in-strength"] = dict(G.in_degree(weight="weight"))
        out["out-strength"] = dict(G.out_degree(weight="weight"))
    out["pagerank"] = attempt(lambda: nx.pagerank(G))
    out["pagerank:unweighted"] = attempt(lambda: nx.pagerank(G, weight=None))
    top2 = sorted(G.nodes(), key=lambda n: (-G.degree(n), n))[:2]
    out["pagerank:seeds"] = attempt(lambda: nx.pagerank(G, personalization={n: 1 for n in top2}))
    out["eigenvector"] = attempt(lambda: nx.eigenvector_centrality(G))
    out["eigenvector:weighted"] = attempt(lambda: nx.eigenvector_centrality(G, weight="weight"))
    out["katz"] = attempt(lambda: nx.katz_centrality(G))
    out["katz:alpha=0.05"] = attempt(lambda: nx.katz_centrality(G, alpha=0.05, beta=2.0))
    hits = None
    try:
        hits = nx.hits(G)
    except Exception as error:
        out["hub"] = out["authority"] = {"error": type(error).__name__}
    if hits is not None:
        out["hub"] = {k: clean(v) for k, v in hits[0].items()}
        out["authority"] = {k: clean(v) for k, v in hits[1].items()}
    out["betweenness"] = nx.betweenness_centrality(G)
    out["betweenness:raw"] = nx.betweenness_centrality(G, normalized=False)
    out["betweenness:weighted"] = nx.betweenness_centrality(G, weight="weight")
    H = G.copy()
    for _, _, d in H.edges(data=True):
        d["inverse"] = 1.0 / d["weight"]
    out["betweenness:strength"] = nx.betweenness_centrality(H, weight="inverse")
    out["closeness"] = nx.closeness_centrality(G)
    out["closeness:weighted"] = nx.closeness_centrality(G, distance="weight")
    out["harmonic"] = nx.harmonic_centrality(G)
    out["harmonic:weighted"] = nx.harmonic_centrality(G, distance="weight")
    simple = G.copy()
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    out["coreness"] = nx.core_number(simple)
    if directed:
        names = list(simple.nodes())
        index = {n: i for i, n in enumerate(names)}
        g = ig.Graph(n=len(names), edges=[(index[u], index[v]) for u, v in simple.edges()], directed=True)
        out["in-coreness"] = dict(zip(names, g.coreness(mode="in")))
        out["out-coreness"] = dict(zip(names, g.coreness(mode="out")))
    out["clustering"] = nx.clustering(G)
    if not directed:
        out["clustering:weighted"] = nx.clustering(G, weight="weight")
    # nodes=list(G) selects networkx's per-node code, which follows the documented definitions;
    # its vectorized path (nodes=None with scipy) scales m(v, w) by w's largest mutual weight
    # instead of v's and flags isolated nodes differently (see Brokerage.swift).
    nodes = list(G)
    out["constraint"] = {k: clean(v) for k, v in nx.constraint(G, nodes=nodes).items()}
    out["constraint:weighted"] = {k: clean(v) for k, v in nx.constraint(G, nodes=nodes, weight="weight").items()}
    out["effective-size"] = attempt(lambda: nx.effective_size(G, nodes=nodes))
    out["effective-size:weighted"] = attempt(lambda: nx.effective_size(G, nodes=nodes, weight="weight"))
    return out, top2


def write(name, G, source):
    expected, seeds = measures(G)
    edges = [[u, v, d["weight"]] for u, v, d in G.edges(data=True)]
    document = {
        "name": name,
        "source": source,
        "networkx": nx.__version__,
        "igraph": ig.__version__,
        "directed": G.is_directed(),
        "nodes": list(G.nodes()),
        "edges": edges,
        "seeds": seeds,
        "expected": {m: {str(k): clean(v) if not isinstance(v, str) else v for k, v in values.items()} for m, values in expected.items()},
    }
    path = os.path.join(FIXTURES, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")


def main():
    write("krebs-911", merged_graph(read_rows(os.path.join(ROOT, "Samples/krebs-911/edges.csv")), False),
          "Samples/krebs-911/edges.csv")
    lesmis = os.path.join(SHARED, "classic/lesmis/edges.tsv")
    if os.path.exists(lesmis):
        write("lesmis", merged_graph(read_rows(lesmis, "\t"), False), "../shared/data/classic/lesmis/edges.tsv")
    else:
        print("skipped lesmis: ../shared/data is not here", file=sys.stderr)
    write("recruitment", merged_graph(read_rows(os.path.join(ROOT, "Samples/recruitment/edges.csv")), True),
          "Samples/recruitment/edges.csv (all edge types merged)")
    for name in ("directed-weighted", "loops-parallel"):
        write(name, merged_graph(read_rows(os.path.join(FIXTURES, "inputs", f"{name}.csv")), True),
              f"Tests/RecruitNetCentralityTests/Fixtures/inputs/{name}.csv")


if __name__ == "__main__":
    main()
