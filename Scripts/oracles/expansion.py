#!/usr/bin/env python3
"""Oracle fixtures for seed expansion and insularity (Sources/RecruitNetExpansion).

Computes, independently of RecruitNet and with networkx for personalized PageRank, every
score `recruitnet expand` and `recruitnet insularity` report, on the bundled samples:

- Samples/recruitment (directed, typed edges; seeds: the accounts labelled `seed` in
  accounts.csv; groups: groups.csv);
- Samples/krebs-911 (undirected; seeds: three hijackers of the American 11 team).

Conventions (as documented in SeedExpansion.swift and SetInsularity.swift):
- seed ties: distinct seeds adjacent in either direction, self excluded;
- ties: distinct accounts adjacent in either direction, self excluded;
- from seeds: summed weight of the edges seed -> v over all rows and types (undirected:
  of the edges seed - v); to seeds: of v -> seed (0 undirected);
- ppr: networkx.pagerank(G, alpha=0.85, personalization={seed: 1}, weight="weight") on the
  graph with every row's weight summed per (source, target);
- ties of a group: unordered pairs of distinct accounts joined in either direction.

Run with the bench virtualenv:
    Scripts/bench/.venv/bin/python Scripts/oracles/expansion.py
It writes Tests/RecruitNetExpansionTests/Fixtures/expansion.json.
"""
import csv
import json
import os

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_edges(path, directed):
    rows = []
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            w = float(row["weight"]) if row.get("weight") not in (None, "") else 1.0
            rows.append((row["source"], row["target"], w))
    graph = nx.DiGraph() if directed else nx.Graph()
    for u, v, w in rows:
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += w
        else:
            graph.add_edge(u, v, weight=w)
    return graph


def neighbours(graph, v):
    if graph.is_directed():
        found = set(graph.successors(v)) | set(graph.predecessors(v))
    else:
        found = set(graph.neighbors(v))
    found.discard(v)
    return found


def expansion(graph, seeds):
    seeds = set(seeds)
    ppr = nx.pagerank(graph, alpha=0.85, personalization={s: 1 for s in seeds}, weight="weight")
    candidates = {}
    for v in graph.nodes:
        if v in seeds:
            continue
        adjacent = neighbours(graph, v)
        seed_ties = len(adjacent & seeds)
        if seed_ties == 0:
            continue
        if graph.is_directed():
            from_seeds = sum(graph[s][v]["weight"] for s in graph.predecessors(v) if s in seeds)
            to_seeds = sum(graph[v][s]["weight"] for s in graph.successors(v) if s in seeds)
        else:
            from_seeds = sum(graph[s][v]["weight"] for s in graph.neighbors(v) if s in seeds)
            to_seeds = 0.0
        candidates[v] = {
            "seed_ties": seed_ties,
            "ties": len(adjacent),
            "from_seeds": from_seeds,
            "to_seeds": to_seeds,
            "ppr": ppr[v],
        }
    return {"seeds": sorted(seeds), "ppr_all": ppr, "candidates": candidates}


def ties(graph):
    pairs = set()
    for u, v in graph.edges():
        if u != v:
            pairs.add(frozenset((u, v)))
    return pairs


def group_ties(graph, group):
    result = {}
    for v, g in group.items():
        if v in graph:
            result.setdefault(g, {"members": 0, "internal": 0, "external": 0})["members"] += 1
    overall = {"internal": 0, "external": 0}
    for pair in ties(graph):
        u, v = tuple(pair)
        gu, gv = group.get(u), group.get(v)
        if gu is not None and gu == gv:
            result[gu]["internal"] += 1
            overall["internal"] += 1
        else:
            if gu is not None:
                result[gu]["external"] += 1
            if gv is not None:
                result[gv]["external"] += 1
            if gu is not None or gv is not None:
                overall["external"] += 1
    return {"groups": result, "overall": overall}


def member_ties(graph, members):
    members = set(members)
    result = {}
    for v in members:
        if graph.is_directed():
            ins = set(graph.predecessors(v)) - {v}
            outs = set(graph.successors(v)) - {v}
        else:
            ins = outs = set(graph.neighbors(v)) - {v}
        result[v] = {
            "in_set_followers": len(ins & members),
            "followers": len(ins),
            "in_set_followees": len(outs & members),
            "followees": len(outs),
            "mutual": len(ins & outs & members),
        }
    return result


def main():
    recruitment = os.path.join(ROOT, "Samples", "recruitment")
    directed = read_edges(os.path.join(recruitment, "edges.csv"), directed=True)
    with open(os.path.join(recruitment, "accounts.csv"), newline="") as f:
        seeds = [row["name"] for row in csv.DictReader(f) if row["label"] == "seed"]
    with open(os.path.join(recruitment, "groups.csv"), newline="") as f:
        groups = {row["name"]: row["group"] for row in csv.DictReader(f)}
    krebs = read_edges(os.path.join(ROOT, "Samples", "krebs-911", "edges.csv"), directed=False)
    krebs_seeds = ["Mohamed Atta", "Abdul Aziz Al-Omari", "Waleed Alshehri"]
    fixture = {
        "generator": "Scripts/oracles/expansion.py, networkx " + nx.__version__,
        "recruitment": {
            "expansion": expansion(directed, seeds),
            "groups": group_ties(directed, groups),
            "members": member_ties(directed, seeds),
            "seed_set": group_ties(directed, {s: "seeds" for s in seeds}),
        },
        "krebs": {
            "expansion": expansion(krebs, krebs_seeds),
            "members": member_ties(krebs, krebs_seeds),
            "seed_set": group_ties(krebs, {s: "seeds" for s in krebs_seeds}),
        },
    }
    out = os.path.join(ROOT, "Tests", "RecruitNetExpansionTests", "Fixtures", "expansion.json")
    with open(out, "w") as f:
        json.dump(fixture, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
