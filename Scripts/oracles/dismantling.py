#!/usr/bin/env python3
"""Reference dismantling orders for Tests/RecruitNetDismantlingTests/Fixtures/oracle.json.

A deliberately plain implementation with networkx: every score is recomputed from scratch on the
remaining graph after each removal, and the giant component after each removal is recomputed by
networkx.connected_components. Same conventions as RecruitNetDismantling:

* the graph is undirected and simple; node ids are 0..n-1;
* adaptive degree: the node of highest remaining degree, ties to the lowest id;
* CI_l(i) = (k_i - 1) * sum over nodes j at distance exactly l of (k_j - 1) (Morone & Makse 2015),
  highest CI first, ties to the higher degree, then the lowest id;
* CoreHD (Zdeborova, Zhang & Zhou 2016): the highest degree within the 2-core (nx.k_core), ties
  to the lowest id; once the 2-core is empty, adaptive degree on what remains;
* every run goes until every node is removed; giant[k] is the largest component after k removals.

Run: /work/main/Scripts/bench/.venv/bin/python Scripts/oracles/dismantling.py
"""
import json
import os
import random

import networkx as nx


def giant(graph):
    return max((len(c) for c in nx.connected_components(graph)), default=0)


def pick_degree(graph):
    return min(graph.nodes, key=lambda v: (-graph.degree(v), v))


def collective_influence(graph, v, radius):
    k = graph.degree(v)
    if k <= 1:
        return 0
    lengths = nx.single_source_shortest_path_length(graph, v, cutoff=radius)
    return (k - 1) * sum(graph.degree(j) - 1 for j, d in lengths.items() if d == radius)


def pick_ci(radius):
    def pick(graph):
        return min(
            graph.nodes,
            key=lambda v: (-collective_influence(graph, v, radius), -graph.degree(v), v))
    return pick


def pick_corehd(graph):
    core = nx.k_core(graph, 2)
    if core.number_of_nodes() == 0:
        return pick_degree(graph)
    return min(core.nodes, key=lambda v: (-core.degree(v), v))


STRATEGIES = {
    "degree": pick_degree, "ci:1": pick_ci(1), "ci:2": pick_ci(2), "ci:3": pick_ci(3),
    "corehd": pick_corehd,
}


def attack(graph, pick):
    graph = graph.copy()
    order, sizes = [], [giant(graph)]
    while graph.number_of_nodes() > 0:
        v = pick(graph)
        graph.remove_node(v)
        order.append(v)
        sizes.append(giant(graph))
    return order, sizes


def robustness(sizes, n):
    return sum(sizes[1:]) / (n * n)


def graphs():
    yield "star", nx.star_graph(6)
    yield "path", nx.path_graph(7)
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    two.add_edge(3, 4)
    yield "two-cliques-bridge", two
    for seed in range(3):
        yield f"gnp-{seed}", nx.gnp_random_graph(40, 0.08, seed=seed)
        yield f"ba-{seed}", nx.barabasi_albert_graph(50, 2, seed=seed)
    rng = random.Random(7)
    tree = nx.random_labeled_tree(30, seed=rng.randrange(1 << 30)) if hasattr(
        nx, "random_labeled_tree") else nx.random_tree(30, seed=3)
    yield "tree", tree


def main():
    cases = []
    for name, graph in graphs():
        graph = nx.convert_node_labels_to_integers(nx.Graph(graph))
        graph.remove_edges_from(list(nx.selfloop_edges(graph)))
        n = graph.number_of_nodes()
        graph.add_nodes_from(range(n))
        runs = {}
        for strategy, pick in STRATEGIES.items():
            order, sizes = attack(graph, pick)
            runs[strategy] = {"order": order, "giant": sizes, "robustness": robustness(sizes, n)}
        cases.append({
            "name": name, "nodes": n,
            "edges": sorted([min(u, v), max(u, v)] for u, v in graph.edges),
            "runs": runs,
        })
    out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "RecruitNetDismantlingTests",
                       "Fixtures", "oracle.json")
    with open(out, "w") as f:
        json.dump({"generator": "Scripts/oracles/dismantling.py", "networkx": nx.__version__,
                   "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
