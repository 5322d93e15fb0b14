#!/usr/bin/env python3
"""Writes the brokerage and edge-betweenness oracle fixtures as JSON under
Tests/RecruitNetBrokerageTests/Fixtures/ (Gould-Fernandez roles) and
Tests/RecruitNetCentralityTests/Fixtures/edge-betweenness/ (edge betweenness).

Run with the benchmark virtualenv (networkx 3.6.1) and R's sna installed
(Debian: apt-get install -y r-cran-sna r-cran-jsonlite):

    /work/main/Scripts/bench/.venv/bin/python Scripts/oracles/brokerage.py

Gould-Fernandez roles (R. V. Gould & R. M. Fernandez, "Structures of mediation: a formal
approach to brokerage in transaction networks", Sociological Methodology 19:89-126, 1989), as
R's sna::brokerage (C. T. Butts) computes them: v brokers the ordered pair (a, b) when a -> v -> b,
a, v, b distinct and a -/-> b. With g(x) the group of x, the pair counts for v as
  w_I  coordinator     g(a) = g(v) = g(b)
  w_O  itinerant       g(a) = g(b) != g(v)
  b_IO representative  g(a) = g(v) != g(b)
  b_OI gatekeeper      g(a) != g(v) = g(b)
  b_O  liaison         g(a), g(v), g(b) all different
Undirected graphs are given to sna (and to the brute force) as symmetric matrices: every edge in
both directions, so an unordered pair a - v - b counts twice. Self-loops are dropped.

Two independent oracles: sna::brokerage (raw counts, expectations, standard deviations, z-scores)
and a brute force here that enumerates every two-path; the raw counts of both must agree before a
fixture is written. Edge betweenness: networkx.edge_betweenness_centrality, exact (normalized and
not, weighted and not) and sampled with k sources; for the sampled runs the fixture also records the
sources networkx drew (random.Random(seed).sample(list(G), k), what its seed decorator does), so a
test can give the Swift code the same sources and compare exactly.
"""
import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BROKERAGE = os.path.join(ROOT, "Tests/RecruitNetBrokerageTests/Fixtures")
EDGES = os.path.join(ROOT, "Tests/RecruitNetCentralityTests/Fixtures/edge-betweenness")
COVERT = os.path.join(os.path.dirname(ROOT), "shared/data/covert")
ROLES = ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"]


def clean(value):
    """JSON has no NaN or infinity: null for NaN, a string for an infinity."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def arcs(g):
    """The arcs sna sees: both directions of an undirected edge, no self-loops, no repeats."""
    out = set()
    for u, v in g.edges():
        if u == v:
            continue
        out.add((u, v))
        if not g.is_directed():
            out.add((v, u))
    return out


def brute_force(g, groups):
    """Raw role counts per node by enumerating every two-path a -> v -> b."""
    a_set = arcs(g)
    succ = {v: set() for v in g}
    pred = {v: set() for v in g}
    for a, b in a_set:
        succ[a].add(b)
        pred[b].add(a)
    counts = {v: [0] * 6 for v in g}
    for v in g:
        for a in pred[v]:
            for b in succ[v]:
                if a == b or (a, b) in a_set:
                    continue
                ga, gv, gb = groups[a], groups[v], groups[b]
                if ga == gv == gb:
                    role = 0
                elif ga == gb:
                    role = 1
                elif ga == gv:
                    role = 2
                elif gv == gb:
                    role = 3
                else:
                    role = 4
                counts[v][role] += 1
                counts[v][5] += 1
    return counts


def sna(g, groups):
    """sna::brokerage on the graph as an edge list (n, arcs), groups as strings."""
    nodes = list(g)
    index = {v: i + 1 for i, v in enumerate(nodes)}
    with tempfile.TemporaryDirectory() as tmp:
        spec = {
            "n": len(nodes),
            "arcs": [[index[a], index[b]] for a, b in sorted(arcs(g), key=lambda e: (index[e[0]], index[e[1]]))],
            "groups": [str(groups[v]) for v in nodes],
        }
        with open(os.path.join(tmp, "in.json"), "w") as f:
            json.dump(spec, f)
        script = """
suppressMessages({library(sna); library(jsonlite)})
spec <- fromJSON(file.path(Sys.getenv("TMPDIR_BROKERAGE"), "in.json"))
m <- matrix(0, spec$n, spec$n)
if (length(spec$arcs) > 0) m[spec$arcs] <- 1
b <- brokerage(m, spec$groups)
out <- list(raw = b$raw.nli, exp = b$exp.nli, sd = b$sd.nli, z = b$z.nli,
            version = as.character(packageVersion("sna")))
writeLines(toJSON(out, digits = NA, matrix = "rowmajor"), file.path(Sys.getenv("TMPDIR_BROKERAGE"), "out.json"))
"""
        env = dict(os.environ, TMPDIR_BROKERAGE=tmp)
        subprocess.run(["Rscript", "-e", script], check=True, env=env)
        with open(os.path.join(tmp, "out.json")) as f:
            result = json.load(f)

    def number(x):
        if isinstance(x, str):
            return {"NaN": math.nan, "Inf": math.inf, "-Inf": -math.inf}[x]
        return float(x)

    table = {}
    for key in ["raw", "exp", "sd", "z"]:
        table[key] = {nodes[i]: [number(x) for x in row] for i, row in enumerate(result[key])}
    return table, result["version"][0] if isinstance(result["version"], list) else result["version"]


def write_brokerage(name, g, groups, source):
    counts = brute_force(g, groups)
    table, version = sna(g, groups)
    for v in g:
        if [float(c) for c in counts[v]] != table["raw"][v]:
            sys.exit(f"{name}: brute force and sna disagree at {v}: {counts[v]} vs {table['raw'][v]}")
    nodes = list(g)
    document = {
        "name": name,
        "source": source,
        "oracle": f"R sna {version} brokerage(); raw counts checked against a brute force",
        "directed": g.is_directed(),
        "nodes": [str(v) for v in nodes],
        "groups": [str(groups[v]) for v in nodes],
        "edges": [[str(u), str(v)] for u, v in g.edges()],
        "roles": ROLES,
        "raw": {str(v): counts[v] for v in nodes},
        "expected": {str(v): [clean(x) for x in table["exp"][v]] for v in nodes},
        "sd": {str(v): [clean(x) for x in table["sd"][v]] for v in nodes},
        "z": {str(v): [clean(x) for x in table["z"][v]] for v in nodes},
    }
    os.makedirs(BROKERAGE, exist_ok=True)
    with open(os.path.join(BROKERAGE, name + ".json"), "w") as f:
        json.dump(document, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")


def edge_list(values):
    return [[str(u), str(v), clean(float(x))] for (u, v), x in values.items()]


def write_edges(name, g, source, samples, normalizations=(True, False)):
    runs = []
    for weighted in [False, True]:
        weight = "weight" if weighted else None
        for normalized in normalizations:
            values = nx.edge_betweenness_centrality(g, normalized=normalized, weight=weight)
            runs.append({"weighted": weighted, "normalized": normalized, "values": edge_list(values)})
    for k, seed in samples:
        sources = random.Random(seed).sample(list(g.nodes()), k)
        for normalized in normalizations:
            values = nx.edge_betweenness_centrality(g, k=k, normalized=normalized, seed=seed)
            runs.append(
                {
                    "weighted": False,
                    "normalized": normalized,
                    "k": k,
                    "seed": seed,
                    "sources": [str(s) for s in sources],
                    "values": edge_list(values),
                }
            )
    document = {
        "name": name,
        "source": source,
        "oracle": f"networkx {nx.__version__} edge_betweenness_centrality",
        "directed": g.is_directed(),
        "nodes": [str(v) for v in g],
        "edges": [[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in g.edges(data=True)],
        "runs": runs,
    }
    os.makedirs(EDGES, exist_ok=True)
    with open(os.path.join(EDGES, name + ".json"), "w") as f:
        json.dump(document, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")


def read_tsv(prefix, group_column):
    """A covert network (undirected, as networkdata stores it) with a node attribute as groups."""
    g = nx.Graph()
    groups = {}
    with open(os.path.join(COVERT, prefix + ".nodes.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            g.add_node(row["name"])
            groups[row["name"]] = row[group_column] if group_column else "all"
    with open(os.path.join(COVERT, prefix + ".edges.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            w = float(row.get("weight", 1) or 1)
            if g.has_edge(row["source"], row["target"]):
                w = min(w, g[row["source"]][row["target"]]["weight"])
            g.add_edge(row["source"], row["target"], weight=w)
    return g, groups


def read_sample(folder, directed, groups_file, group_column):
    g = nx.DiGraph() if directed else nx.Graph()
    groups = {}
    with open(os.path.join(ROOT, "Samples", folder, groups_file), newline="") as f:
        for row in csv.DictReader(f):
            g.add_node(row["name"])
            groups[row["name"]] = row[group_column]
    with open(os.path.join(ROOT, "Samples", folder, "edges.csv"), newline="") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            w = float(row.get("weight", 1) or 1)
            u, v = row["source"], row["target"]
            if g.has_edge(u, v):
                w += g[u][v]["weight"]  # types merged, weights summed (RecruitNet's default)
            g.add_edge(u, v, weight=w)
    for v in g:
        groups.setdefault(v, "(no group)")  # accounts missing from the groups file
    return g, groups


def hand_graphs():
    """Small graphs whose roles are worked out by hand in the Swift tests too."""
    path = nx.path_graph(["p0", "p1", "p2", "p3", "p4"])
    path_groups = {"p0": "A", "p1": "A", "p2": "B", "p3": "B", "p4": "C"}
    star = nx.star_graph(5)
    star = nx.relabel_nodes(star, {i: f"s{i}" for i in star})
    star_groups = {"s0": "hub", "s1": "X", "s2": "X", "s3": "Y", "s4": "Y", "s5": "Z"}
    cliques = nx.Graph()
    cliques.add_edges_from((f"a{i}", f"a{j}") for i in range(4) for j in range(i + 1, 4))
    cliques.add_edges_from((f"b{i}", f"b{j}") for i in range(4) for j in range(i + 1, 4))
    cliques.add_edge("a0", "b0")
    cliques_groups = {v: v[0] for v in cliques}
    # One broker v of group X with one two-path of each role; x1 -> y2 closes a representative pair.
    roles = nx.DiGraph()
    roles.add_nodes_from(["v", "x1", "x2", "y1", "y2", "z1"])
    roles.add_edges_from([("x1", "v"), ("y1", "v"), ("v", "x2"), ("v", "y2"), ("v", "z1"), ("x1", "y2")])
    roles_groups = {"v": "X", "x1": "X", "x2": "X", "y1": "Y", "y2": "Y", "z1": "Z"}
    return [
        ("path", path, path_groups),
        ("star", star, star_groups),
        ("two-cliques", cliques, cliques_groups),
        ("one-of-each-role", roles, roles_groups),
    ]


def main():
    for name, g, groups in hand_graphs():
        write_brokerage(name, g, groups, "hand-made")
    # The hand-checked example: v brokers one pair of each role, and nobody else brokers.
    roles = hand_graphs()[3]
    counts = brute_force(roles[1], roles[2])
    assert counts["v"] == [1, 1, 1, 1, 1, 5], counts["v"]
    assert all(sum(counts[x]) == 0 for x in counts if x != "v")

    krebs, krebs_groups = read_sample("krebs-911", False, "nodes.csv", "group")
    write_brokerage("krebs-911", krebs, krebs_groups, "Samples/krebs-911 (Krebs 2002), group = flight (4 = associates)")
    recruitment, recruitment_groups = read_sample("recruitment", True, "groups.csv", "group")
    write_brokerage("recruitment", recruitment, recruitment_groups, "Samples/recruitment (synthetic), directed, types merged")
    gangs, gang_groups = read_tsv("london-gang/london-gang", "Birthplace")
    write_brokerage(
        "london-gang", gangs, gang_groups, "covert/london-gang (networkdata, MIT; Grund & Densley 2015), groups = Birthplace"
    )
    italian, italian_groups = read_tsv("italian-gangs/italian-gangs", "country")
    write_brokerage("italian-gangs", italian, italian_groups, "covert/italian-gangs (networkdata, MIT), groups = country")

    for name, g, _ in hand_graphs()[:3]:
        write_edges(name, g, "hand-made", [(2, 42)])
    write_edges("krebs-911", krebs, "Samples/krebs-911 (Krebs 2002)", [(10, 7), (62, 1)])
    write_edges("london-gang", gangs, "covert/london-gang (networkdata, MIT), weights = tie strength", [(20, 3)])
    write_edges("recruitment", recruitment, "Samples/recruitment (synthetic), directed, types merged, weights summed", [(50, 5)], normalizations=(True,))
    print("wrote", BROKERAGE, "and", EDGES)


if __name__ == "__main__":
    main()
