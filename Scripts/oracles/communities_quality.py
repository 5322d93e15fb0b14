#!/usr/bin/env python3
"""Expected values for RecruitNet's community quality, comparison, label propagation and Infomap.

Writes Tests/RecruitNetCommunitiesTests/Fixtures/quality/<graph>.json for the classic graphs with
known groups in ../shared/data/classic (karate: networkx's copy, BSD-3; polbooks and football:
public research data, see ../shared/data/README.md section 3) and for a small directed weighted
graph generated here (seeded). A fixture holds only node ids (the graphs' own numeric names),
labels and numbers; no edge of a shared graph is copied except the generated one.

Per graph:
  * "truth": the ground-truth labelling; "given": networkx's greedy_modularity_communities
    (deterministic), the partition every quality value is measured on;
  * networkx 3.6.1: conductance of each community of "given" (weighted and unweighted),
    partition_quality coverage, modularity;
  * scikit-learn / igraph: NMI (arithmetic), ARI, VI (natural log) between truth and given;
  * igraph community_label_propagation over 50 seeds: modularity min/mean/max;
  * igraph community_infomap (trials=10): membership and codelength (igraph 1.0 embeds Infomap 2;
    on undirected graphs it prints Infomap's codelength, on directed ones its own variant);
  * infomap 2.16.0 (`--two-level`, the Infomap package): membership and codelength with its
    defaults (unrecorded teleportation to links; flow by strength when undirected), and with
    `--to-nodes --recorded-teleportation` (uniform teleportation, encoded).

Rerun (outside the repository, from its root):
    python3 -m venv /work/venv-commcli
    /work/venv-commcli/bin/pip install networkx==3.6.1 python-igraph==1.0.0 infomap==2.16.0 scikit-learn
    /work/venv-commcli/bin/python Scripts/oracles/communities_quality.py
"""
import json
import math
import os
import random
import sys

import igraph
import infomap
import networkx as nx
import sklearn
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data", "classic")
OUT = os.path.join(ROOT, "Tests", "RecruitNetCommunitiesTests", "Fixtures", "quality")
TOOLS = (f"networkx {nx.__version__}, python-igraph {igraph.__version__}, infomap {infomap.__version__}, "
         f"scikit-learn {sklearn.__version__}")


def read_classic(folder, label_column):
    edges = []
    with open(os.path.join(SHARED, folder, "edges.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            parts = line.rstrip("\n").split("\t")
            w = float(parts[2]) if len(parts) > 2 and header[2:3] == ["weight"] else 1.0
            edges.append((parts[0], parts[1], w))
    truth = {}
    with open(os.path.join(SHARED, folder, "nodes.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        column = header.index(label_column)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            truth[parts[0]] = parts[column]
    return edges, truth


def directed_sample():
    """Three planted groups of 8 nodes, dense inside, sparse across, weights 1-5, seeded."""
    rng = random.Random(20261201)
    edges = {}
    for u in range(24):
        for v in range(24):
            if u == v:
                continue
            inside = u // 8 == v // 8
            if rng.random() < (0.45 if inside else 0.04):
                edges[(str(u), str(v))] = float(rng.randint(1, 5))
    truth = {str(u): str(u // 8) for u in range(24)}
    return [(u, v, w) for (u, v), w in sorted(edges.items(), key=lambda e: (int(e[0][0]), int(e[0][1])))], truth


def labels_of(communities, nodes):
    label = {}
    for index, community in enumerate(communities):
        for node in community:
            label[node] = index
    return [label[n] for n in nodes]


def infomap_package(edges, nodes, directed, weighted, extra=""):
    index = {n: i for i, n in enumerate(nodes)}
    flags = "--two-level --silent --num-trials 10 --seed 1" + (" --directed" if directed else "") + extra
    im = infomap.Infomap(flags)
    for u, v, w in edges:
        im.add_link(index[u], index[v], w if weighted else 1.0)
    result = im.run()
    modules = im.get_modules()
    return {n: int(modules[index[n]]) for n in nodes}, result.codelength


def fixture(name, edges, truth, directed, weighted):
    G = nx.DiGraph() if directed else nx.Graph()
    for u, v, w in edges:
        G.add_edge(u, v, weight=w)
    nodes = sorted(G.nodes, key=int)
    weight = "weight" if weighted else None
    # Largest first, ties by smallest node: RecruitNet's canonical numbering.
    given = sorted((sorted(c, key=int) for c in nx.community.greedy_modularity_communities(G, weight=weight)),
                   key=lambda c: (-len(c), int(c[0])))
    conductance = [nx.conductance(G, c) for c in given]
    weighted_conductance = [nx.conductance(G, c, weight="weight") for c in given]
    coverage = nx.community.partition_quality(G, given)[0]
    truth_labels = [truth[n] for n in nodes]
    given_labels = labels_of(given, nodes)
    ig = igraph.Graph(n=len(nodes), directed=directed)
    index = {n: i for i, n in enumerate(nodes)}
    ig.add_edges([(index[u], index[v]) for u, v, _ in edges])
    ig.es["weight"] = [w for _, _, w in edges]
    truth_codes = {t: i for i, t in enumerate(sorted(set(truth_labels)))}
    truth_ints = [truth_codes[t] for t in truth_labels]
    lpa = []
    # RecruitNet's label propagation listens to in- and out-neighbours (igraph's mode="all"), which
    # on a directed graph is igraph's run on the undirected projection with summed weights
    # (python-igraph 1.0 follows edge direction and has no mode argument).
    lpa_graph = ig.as_undirected(combine_edges="sum") if directed else ig
    for seed in range(50):
        random.seed(seed)
        igraph.set_random_number_generator(random)
        membership = lpa_graph.community_label_propagation(weights="weight" if weighted else None).membership
        lpa.append(ig.modularity(membership, weights="weight" if weighted else None, directed=False))
    random.seed(1)
    igraph.set_random_number_generator(random)
    im_igraph = ig.community_infomap(edge_weights="weight" if weighted else None, trials=10)
    im_modules, im_codelength = infomap_package(edges, nodes, directed, weighted)
    rec_modules, rec_codelength = infomap_package(edges, nodes, directed, weighted, " --to-nodes --recorded-teleportation")
    return {
        "tools": TOOLS,
        "graph": name,
        "directed": directed,
        "weighted": weighted,
        "edges": [[u, v, w] for u, v, w in edges] if name == "directed-planted" else None,
        "truth": dict(zip(nodes, truth_labels)),
        "given": dict(zip(nodes, given_labels)),
        "given_conductance": conductance,
        "given_weighted_conductance": weighted_conductance,
        "given_coverage": coverage,
        "given_modularity": nx.community.modularity(G, given, weight=weight),
        "nmi": normalized_mutual_info_score(truth_labels, given_labels),
        "nmi_igraph": igraph.compare_communities(truth_ints, given_labels, method="nmi"),
        "ari": adjusted_rand_score(truth_labels, given_labels),
        "vi": igraph.compare_communities(truth_ints, given_labels, method="vi"),
        "labelprop_modularity": {"min": min(lpa), "mean": sum(lpa) / len(lpa), "max": max(lpa), "seeds": len(lpa),
                                 "graph": "undirected projection" if directed else "as is"},
        "igraph_infomap": {
            "membership": dict(zip(nodes, im_igraph.membership)),
            "codelength": im_igraph.codelength,
            "trials": 10,
        },
        "infomap": {"membership": im_modules, "codelength": im_codelength, "trials": 10},
        "infomap_recorded": {"membership": rec_modules, "codelength": rec_codelength, "trials": 10,
                             "flags": "--to-nodes --recorded-teleportation"},
    }


def main():
    if not os.path.isdir(SHARED):
        sys.exit(f"needs {SHARED}")
    os.makedirs(OUT, exist_ok=True)
    graphs = [
        ("karate", *read_classic("karate-zachary", "club"), False, True),
        ("polbooks", *read_classic("polbooks", "leaning"), False, False),
        ("football", *read_classic("football", "conference"), False, False),
        ("directed-planted", *directed_sample(), True, True),
    ]
    for name, edges, truth, directed, weighted in graphs:
        data = fixture(name, edges, truth, directed, weighted)
        with open(os.path.join(OUT, f"{name}.json"), "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print(name, "NMI", round(data["nmi"], 4), "infomap L", data["infomap"]["codelength"],
              "igraph L", data["igraph_infomap"]["codelength"])


if __name__ == "__main__":
    main()
