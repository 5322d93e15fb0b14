#!/usr/bin/env python3
"""Writes the key-player oracle fixtures: the exact optimum of fragmentation (F), distance-
weighted fragmentation (DF) and distance-weighted reach over every k-set, by brute force, on
small covert networks, as JSON under Tests/RecruitNetKeyPlayersTests/Fixtures/.

Run with the benchmark virtualenv (networkx 3.6.1):

    /work/main/Scripts/bench/.venv/bin/python Scripts/oracles/keyplayers.py

Definitions (Borgatti 2006, Comput Math Organiz Theor 12:21-34), on the network made undirected
and simple (self-loops dropped, isolates from the node table kept):
  F  = 1 - sum_k s_k (s_k - 1) / (n (n - 1))   over components after removing the set (eq. 4)
  DF = 1 - 2 sum_{i<j} 1/d_ij / (n (n - 1))    after removal, 1/d = 0 between components (eq. 9)
  with n = N - k (the graph after deletion); the fixtures also give n = N ("all").
  reach = sum_{j not in S} 1/d(S, j) / (N - k), d(S, j) the distance from the nearest member.
This is an independent implementation: every k-set is scored with networkx's
connected_components and single_source_shortest_path_length; nothing is shared with the Swift
code. The hand-checked values below are asserted before any fixture is written.
Each fixture holds the node names and the edge list (indices), so the Swift test builds the very
same graph without ../shared/data.
"""
import itertools
import json
import math
import os
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests/RecruitNetKeyPlayersTests/Fixtures")
COVERT = os.path.join(os.path.dirname(ROOT), "shared/data/covert")

# (file prefix under covert/, largest k for F and reach, largest k for DF)
NETWORKS = [
    ("9-11-hijackers/9-11-hijackers-priorcontacts", 3, 3),
    ("17-november-greece-bombing/17nov-greece-19952002", 3, 3),
    ("cielnet/cielnet", 3, 2),
    ("caviar/caviar3", 3, 2),
    ("9-11-hijackers/9-11-hijackers-associates", 3, 2),
    ("italian-gangs/italian-gangs", 2, 1),
]


def connected_pairs(g, removed):
    h = g.subgraph([v for v in g if v not in removed])
    return sum(len(c) * (len(c) - 1) // 2 for c in nx.connected_components(h))


def inverse_distance_sum(g, removed):
    h = g.subgraph([v for v in g if v not in removed])
    total = 0.0
    for s in h:
        for t, d in nx.single_source_shortest_path_length(h, s).items():
            if t > s:
                total += 1.0 / d
    return total


def reach_sum(g, members):
    dist = nx.multi_source_dijkstra_path_length(g, set(members))
    return sum(1.0 / d for v, d in dist.items() if v not in members and d > 0)


def share(total, n):
    return 1.0 if n < 2 else 1.0 - 2.0 * total / (n * (n - 1))


def check_hand_values():
    path = nx.path_graph(5)  # 0-1-2-3-4
    # Removing the centre leaves two pairs {0,1}, {3,4}: F = 1 - (2+2)/(4*3) = 2/3.
    assert abs(share(connected_pairs(path, {2}), 4) - 2 / 3) < 1e-15
    # DF after removing 1: pairs among {0},{2,3,4}: 1/1 + 1/1 + 1/2 = 2.5; DF = 1 - 5/12.
    assert abs(share(inverse_distance_sum(path, {1}), 4) - (1 - 5 / 12)) < 1e-15
    # Reach of {2}: 1 + 1 + 1/2 + 1/2 = 3 over 4 others.
    assert abs(reach_sum(path, {2}) / 4 - 0.75) < 1e-15
    star = nx.star_graph(4)  # centre 0, leaves 1..4
    assert share(connected_pairs(star, {0}), 4) == 1.0
    assert abs(reach_sum(star, {1}) / 4 - (1 + 3 * 0.5) / 4) < 1e-15


def load(prefix):
    names = []
    with open(os.path.join(COVERT, prefix + ".nodes.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        column = header.index("name")
        for line in f:
            names.append(line.rstrip("\n").split("\t")[column])
    index = {name: i for i, name in enumerate(names)}
    edges = set()
    with open(os.path.join(COVERT, prefix + ".edges.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            fields = line.rstrip("\n").split("\t")
            for name in fields[:2]:
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
            u, v = index[fields[0]], index[fields[1]]
            if u != v:
                edges.add((min(u, v), max(u, v)))
    g = nx.Graph()
    g.add_nodes_from(range(len(names)))
    g.add_edges_from(edges)
    return names, sorted(edges), g


def optimum(g, k, objective):
    """Every k-set with its cost (smaller is better); returns the best cost and all best sets."""
    best, sets = math.inf, []
    for combo in itertools.combinations(range(g.number_of_nodes()), k):
        removed = set(combo)
        if objective == "fragmentation":
            cost = float(connected_pairs(g, removed))
        elif objective == "distance-fragmentation":
            cost = inverse_distance_sum(g, removed)
        else:
            cost = -reach_sum(g, removed)
        if cost < best - 1e-12 * max(1, abs(best)) if best != math.inf else True:
            best, sets = cost, [list(combo)]
        elif abs(cost - best) <= 1e-12 * max(1, abs(best)):
            sets.append(list(combo))
    return best, sets


def main():
    check_hand_values()
    if not os.path.isdir(COVERT):
        sys.exit(f"{COVERT} is not here")
    os.makedirs(FIXTURES, exist_ok=True)
    for prefix, k_max, k_df in NETWORKS:
        names, edges, g = load(prefix)
        n = len(names)
        cases = []
        for objective, top in (("fragmentation", k_max), ("distance-fragmentation", k_df),
                               ("reach", k_max)):
            for k in range(1, top + 1):
                cost, sets = optimum(g, k, objective)
                s = set(sets[0])
                case = {"objective": objective, "k": k, "optimal_sets": sets,
                        "fragmentation_remaining": share(connected_pairs(g, s), n - k),
                        "fragmentation_all": share(connected_pairs(g, s), n),
                        "distance_fragmentation_remaining": share(inverse_distance_sum(g, s), n - k),
                        "distance_fragmentation_all": share(inverse_distance_sum(g, s), n),
                        "reach": reach_sum(g, s) / (n - k)}
                cases.append(case)
                print(f"{prefix} {objective} k={k}: {len(sets)} optimal set(s)", file=sys.stderr)
        name = prefix.split("/")[-1]
        with open(os.path.join(FIXTURES, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump({"network": prefix, "names": names, "edges": [list(e) for e in edges],
                       "cases": cases}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
