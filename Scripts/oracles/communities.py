#!/usr/bin/env python3
"""Writes the community-detection oracle fixtures: what leidenalg, igraph and networkx find and
compute on small real graphs with known groups, as JSON under
Tests/RecruitNetCommunitiesTests/Fixtures/.

Rerun (a virtualenv outside the repository; PyPI wheels, nothing compiled):

    python3 -m venv /work/venv-communities
    /work/venv-communities/bin/pip install networkx==3.6.1 igraph==1.0.0 leidenalg==0.12.0 \
        numpy==2.4.6 scipy==1.17.1
    /work/venv-communities/bin/python Scripts/oracles/communities.py

Graphs (rows merged per (source, target) with weights summed, as RecruitNet merges edge types;
an undirected u-v and v-u are one edge). Sources and licences: ../shared/data/README.md and
Samples/README.md.
  karate       ../shared/data/classic/karate-zachary (networkx 3.6.1's karate_club_graph, BSD-3;
               Zachary 1977), weighted by interaction counts; truth: `club`
  polbooks     ../shared/data/classic/polbooks (Krebs, via Newman), unweighted; truth: `leaning`
  football     ../shared/data/classic/football (Girvan & Newman 2002), unweighted; truth: `conference`
  lesmis       ../shared/data/classic/lesmis (networkx 3.6.1, Knuth 1993), weighted; no truth
  recruitment  Samples/recruitment/edges.csv (synthetic, this project), directed, all edge types
               merged; truth: Samples/recruitment/groups.csv (5 planted cells)
Each fixture holds the merged edge list, so the Swift test builds the very same graph.

Per graph, over SEEDS:
  leiden.modularity     leidenalg.find_partition(ModularityVertexPartition, weights, n_iterations=-1,
                        seed=s) on the undirected graph: modularity (networkx's value of the
                        partition), mean/best, and NMI to the truth (igraph compare_communities,
                        "nmi" = 2 I / (H1 + H2)).
  leiden.resolution     the same with RBConfigurationVertexPartition at resolution GAMMA.
  leiden.cpm            CPMVertexPartition at resolution CPM[graph]; quality as
                        Σ_c [w_c − γ n_c (n_c − 1) / 2] (computed here from the partition).
  leiden.directed       (directed graphs) ModularityVertexPartition on the directed igraph graph,
                        i.e. Leicht–Newman directed modularity.
  multilevel            igraph community_multilevel (Louvain), with random.seed(s) (igraph's RNG).
  partitions            named partitions (truth, leidenalg's best) with networkx's modularity at
                        γ = 1 and γ = GAMMA, undirected, and directed where the graph is.
"""
import csv
import json
import os
import random
import statistics

import igraph as ig
import leidenalg as la
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests/RecruitNetCommunitiesTests/Fixtures")
SHARED = os.path.join(os.path.dirname(ROOT), "shared/data")
SEEDS = list(range(10))
GAMMA = 0.5
CPM = {"karate": 1.0, "polbooks": 0.1, "football": 0.1, "lesmis": 1.0, "recruitment": 1.0}


def rows(path, delimiter):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            yield row["source"], row["target"], float(row.get("weight") or 1)


def truth(path, delimiter, key_column, label_column):
    with open(path, newline="", encoding="utf-8") as f:
        return {row[key_column]: row[label_column] for row in csv.DictReader(f, delimiter=delimiter)}


def merged(edge_rows, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    for u, v, w in edge_rows:
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def undirected_summed(G):
    """Each arc as an undirected edge, weights of u->v and v->u summed (RecruitNet's projection)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        if H.has_edge(u, v):
            H[u][v]["weight"] += d["weight"]
        else:
            H.add_edge(u, v, weight=d["weight"])
    return H


def to_igraph(G, names):
    index = {n: i for i, n in enumerate(names)}
    g = ig.Graph(n=len(names), edges=[(index[u], index[v]) for u, v in G.edges()], directed=G.is_directed())
    g.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
    return g


def groups(membership, names):
    by = {}
    for name, c in zip(names, membership):
        by.setdefault(c, set()).add(name)
    return list(by.values())


def cpm_quality(G, membership, names, gamma):
    community = dict(zip(names, membership))
    inside = sum(d["weight"] for u, v, d in G.edges(data=True) if community[u] == community[v])
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    return inside - gamma * sum(n * (n - 1) / 2 for n in sizes.values())


def nmi(a, b):
    return ig.compare_communities(a, b, method="nmi")


def summary(values):
    return {"values": values, "mean": statistics.fmean(values), "best": max(values)}


def fixture(name, G, truth_by_name, source):
    names = sorted(G.nodes(), key=lambda n: (len(n), n)) if all(n.isdigit() for n in G) else sorted(G.nodes())
    U = undirected_summed(G) if G.is_directed() else G
    gu = to_igraph(U, names)
    truth_membership = None
    if truth_by_name is not None:
        labels = sorted(set(truth_by_name[n] for n in names))
        truth_membership = [labels.index(truth_by_name[n]) for n in names]
    out = {
        "tool": f"leidenalg {la.version}, igraph {ig.__version__}, networkx {nx.__version__}",
        "source": source,
        "directed": G.is_directed(),
        "nodes": names,
        "edges": [[u, v, d["weight"]] for u, v, d in G.edges(data=True)],
        "truth": truth_membership,
        "seeds": SEEDS,
        "gamma": GAMMA,
        "cpmResolution": CPM[name],
    }

    def run(make, graph):
        q, scores, best = [], [], None
        for s in SEEDS:
            p = make(graph, s)
            membership = p.membership
            q.append(p)
            if best is None or p.quality() > best.quality():
                best = p
        return q, best

    leiden = {}
    parts, best = run(lambda g, s: la.find_partition(g, la.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=s), gu)
    mods = [nx.community.modularity(U, groups(p.membership, names)) for p in parts]
    leiden["modularity"] = summary(mods)
    best_membership = parts[mods.index(max(mods))].membership
    if truth_membership is not None:
        leiden["modularity"]["nmi"] = statistics.fmean(nmi(p.membership, truth_membership) for p in parts)
    parts, _ = run(
        lambda g, s: la.find_partition(
            g, la.RBConfigurationVertexPartition, weights="weight", n_iterations=-1, seed=s, resolution_parameter=GAMMA), gu)
    leiden["resolution"] = summary([nx.community.modularity(U, groups(p.membership, names), resolution=GAMMA) for p in parts])
    parts, _ = run(
        lambda g, s: la.find_partition(
            g, la.CPMVertexPartition, weights="weight", n_iterations=-1, seed=s, resolution_parameter=CPM[name]), gu)
    leiden["cpm"] = summary([cpm_quality(U, p.membership, names, CPM[name]) for p in parts])
    if G.is_directed():
        gd = to_igraph(G, names)
        parts, _ = run(lambda g, s: la.find_partition(g, la.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=s), gd)
        leiden["directed"] = summary([nx.community.modularity(G, groups(p.membership, names)) for p in parts])
    out["leiden"] = leiden

    multilevel = []
    multilevel_nmi = []
    for s in SEEDS:
        random.seed(s)
        ig.set_random_number_generator(random)
        p = gu.community_multilevel(weights="weight")
        multilevel.append(nx.community.modularity(U, groups(p.membership, names)))
        if truth_membership is not None:
            multilevel_nmi.append(nmi(p.membership, truth_membership))
    out["multilevel"] = summary(multilevel)
    if multilevel_nmi:
        out["multilevel"]["nmi"] = statistics.fmean(multilevel_nmi)

    partitions = [("leidenalg-best", best_membership)]
    if truth_membership is not None:
        partitions.insert(0, ("truth", truth_membership))
    out["partitions"] = []
    for label, membership in partitions:
        entry = {
            "name": label,
            "membership": membership,
            "modularity": nx.community.modularity(U, groups(membership, names)),
            "modularityAtGamma": nx.community.modularity(U, groups(membership, names), resolution=GAMMA),
            "unweightedModularity": nx.community.modularity(U, groups(membership, names), weight=None),
        }
        if G.is_directed():
            entry["directedModularity"] = nx.community.modularity(G, groups(membership, names))
        out["partitions"].append(entry)
    path = os.path.join(FIXTURES, f"{name}.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    m = out["leiden"]["modularity"]
    print(f"{name}: n={len(names)} m={G.number_of_edges()} leidenalg Q mean {m['mean']:.6f} best {m['best']:.6f}"
          f" NMI {m.get('nmi', float('nan')):.4f}; multilevel Q mean {out['multilevel']['mean']:.6f}")


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    classic = os.path.join(SHARED, "classic")
    fixture("karate", merged(rows(os.path.join(classic, "karate-zachary/edges.tsv"), "\t"), False),
            truth(os.path.join(classic, "karate-zachary/nodes.tsv"), "\t", "id", "club"),
            "../shared/data/classic/karate-zachary (networkx 3.6.1 karate_club_graph, BSD-3; Zachary 1977)")
    fixture("polbooks", merged(rows(os.path.join(classic, "polbooks/edges.tsv"), "\t"), False),
            truth(os.path.join(classic, "polbooks/nodes.tsv"), "\t", "id", "leaning"),
            "../shared/data/classic/polbooks (V. Krebs, distributed by M. Newman)")
    fixture("football", merged(rows(os.path.join(classic, "football/edges.tsv"), "\t"), False),
            truth(os.path.join(classic, "football/nodes.tsv"), "\t", "id", "conference"),
            "../shared/data/classic/football (Girvan & Newman, PNAS 99:7821, 2002)")
    fixture("lesmis", merged(rows(os.path.join(classic, "lesmis/edges.tsv"), "\t"), False), None,
            "../shared/data/classic/lesmis (networkx 3.6.1 les_miserables_graph; Knuth 1993)")
    fixture("recruitment", merged(rows(os.path.join(ROOT, "Samples/recruitment/edges.csv"), ","), True),
            truth(os.path.join(ROOT, "Samples/recruitment/groups.csv"), ",", "name", "group"),
            "Samples/recruitment (synthetic, this project; 5 planted cells)")


if __name__ == "__main__":
    main()
