"""Oracle fixtures for RecruitNet's coordination backbones (CoordinationBackbone).

For each network it writes one JSON file with, per input edge (in input order):
  * the disparity α of Serrano, Boguñá & Vespignani (2009):
      - undirected: computed by PyPI netbone 0.2.3 (`netbone.statistical.disparity.disparity`),
        and the kept sets of netbone's `threshold_filter` at α = 0.05 and 0.2;
      - directed: netbone has no directed variant, so plain Python below, written from the
        paper (out-edges against out-strength/out-degree, in-edges against in-strength/in-degree);
  * the percentile filter: the threshold from `numpy.percentile(weights, p)` (default, linear)
    and the edges whose weight is >= it;
  * top-k: plain Python (ties at the k-th weight kept).
Kept sets are lists of input edge indices. An undirected pair's weight is the sum of its two
directed edges (a missing direction counts 0), and netbone is given that summed graph.

netbone is used without its package `__init__`, which imports every backbone of the package
and with them seaborn, matplotlib, statsmodels, jax and python-louvain at pinned 2022 versions
that cannot live beside the bench's numpy 2. `load_netbone()` registers an empty `netbone`
package whose path is the installed one, then imports the two modules used; they need only
networkx, numpy, scipy and pandas. The code run is netbone's own.

Networks: small hand-checkable ones and seeded random ones (inline, edges in the fixture), and
two real weighted networks read from the shared data folder (CAVIAR, Morselli 2009: wiretapped
communications among 110 drug traffickers, ids only; the Madrid train-bombing network, Hayes
2006, 64 numeric ids). Their licences are not clear enough to copy the edges, so those fixtures
hold only results and the test reads the edges from ../shared/data.

Run with the bench virtualenv (Scripts/bench/setup.sh installs netbone, numpy, pandas):
    Scripts/bench/.venv/bin/python Scripts/oracles/backbone.py \
        --data ../shared/data --out Tests/RecruitNetCoordinationTests/Fixtures/backbone
"""
import argparse
import csv
import importlib.metadata
import importlib.util
import json
import math
import os
import random
import sys
import types

import networkx as nx
import numpy as np

ALPHAS = [0.05, 0.2]
PERCENTILES = [0, 10, 25, 33.3, 50, 62.5, 75, 90, 99, 100]
KS = [1, 2, 3, 5]


def load_netbone():
    spec = importlib.util.find_spec("netbone")
    package = types.ModuleType("netbone")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["netbone"] = package
    from netbone.statistical.disparity import disparity
    from netbone.filters import threshold_filter
    return disparity, threshold_filter


def units(edges, directed):
    """(unit of each edge, unit keys, unit weights): directed edges, or summed pairs."""
    if directed:
        return list(range(len(edges))), [(s, t) for s, t, _ in edges], [w for _, _, w in edges]
    index = {}
    keys, weights, unit_of_edge = [], [], []
    for s, t, w in edges:
        key = (min(s, t), max(s, t))
        if key not in index:
            index[key] = len(keys)
            keys.append(key)
            weights.append(0)
        weights[index[key]] += w
        unit_of_edge.append(index[key])
    return unit_of_edge, keys, weights


def netbone_alphas(edges, disparity, threshold_filter):
    """netbone's p-value per edge (None where it has none) and its kept edge indices per α."""
    unit_of_edge, keys, weights = units(edges, directed=False)
    if not edges:  # netbone's filter needs a p_value column, which an empty graph lacks
        return [], {str(alpha): [] for alpha in ALPHAS}
    graph = nx.Graph()
    for (a, b), w in zip(keys, weights):
        graph.add_edge(a, b, weight=w)
    backbone = disparity(graph)
    per_pair = {}
    for a, b, data in backbone.graph.edges(data=True):
        value = data.get("p_value")
        per_pair[(min(a, b), max(a, b))] = None if value is None or math.isnan(value) else value
    alphas = [per_pair[keys[u]] for u in unit_of_edge]
    kept = {}
    for alpha in ALPHAS:
        filtered = threshold_filter(backbone, alpha, narrate=False)
        pairs = {(min(a, b), max(a, b)) for a, b in filtered.edges()}
        kept[str(alpha)] = [i for i, u in enumerate(unit_of_edge) if keys[u] in pairs]
    return alphas, kept


def plain_alphas(edges, directed):
    """Disparity α per edge from the paper; an endpoint of degree 1 gives 1."""
    unit_of_edge, keys, weights = units(edges, directed)
    out_deg, out_str, in_deg, in_str = {}, {}, {}, {}
    for (a, b), w in zip(keys, weights):
        ends = [(a, out_deg, out_str), (b, in_deg, in_str)]
        if not directed:
            ends = [(a, out_deg, out_str), (b, out_deg, out_str)]
        for node, deg, strength in ends:
            deg[node] = deg.get(node, 0) + 1
            strength[node] = strength.get(node, 0) + w

    def alpha(w, k, s):
        return (1 - w / s) ** (k - 1) if k > 1 else 1.0

    per_unit = []
    for (a, b), w in zip(keys, weights):
        if directed:
            per_unit.append(min(alpha(w, out_deg[a], out_str[a]), alpha(w, in_deg[b], in_str[b])))
        else:
            per_unit.append(min(alpha(w, out_deg[a], out_str[a]), alpha(w, out_deg[b], out_str[b])))
    return [per_unit[u] for u in unit_of_edge]


def percentiles(edges, directed):
    unit_of_edge, _, weights = units(edges, directed)
    result = []
    for p in PERCENTILES:
        if not weights:
            result.append({"p": p, "threshold": None, "kept": []})
            continue
        threshold = float(np.percentile(np.array(weights, dtype=np.int64), p))
        kept = [i for i, u in enumerate(unit_of_edge) if weights[u] >= threshold]
        result.append({"p": p, "threshold": threshold, "kept": kept})
    return result


def top_k(edges, directed):
    unit_of_edge, keys, weights = units(edges, directed)
    incident = {}
    for u, (a, b) in enumerate(keys):
        incident.setdefault(a, []).append(weights[u])
        if not directed:
            incident.setdefault(b, []).append(weights[u])
    result = []
    for k in KS:
        least = {}
        for node, ws in incident.items():
            ws = sorted(ws, reverse=True)
            least[node] = ws[k - 1] if len(ws) > k else -math.inf
        kept_units = set()
        for u, (a, b) in enumerate(keys):
            if weights[u] >= least[a] or (not directed and weights[u] >= least[b]):
                kept_units.add(u)
        result.append({"k": k, "kept": [i for i, u in enumerate(unit_of_edge) if u in kept_units]})
    return result


def results(edges, disparity, threshold_filter):
    out = {}
    nb_alphas, nb_kept = netbone_alphas(edges, disparity, threshold_filter)
    mine = plain_alphas(edges, directed=False)
    for ours, theirs in zip(mine, nb_alphas):
        # netbone skips degree-1 nodes: no p-value for a pair of two, otherwise identical.
        assert (theirs is None and ours == 1.0) or abs(ours - theirs) < 1e-12, (ours, theirs)
    out["undirected"] = {
        "alpha": nb_alphas,
        "kept": nb_kept,
        "percentile": percentiles(edges, directed=False),
        "top_k": top_k(edges, directed=False),
    }
    directed_alphas = plain_alphas(edges, directed=True)
    out["directed"] = {
        "alpha": directed_alphas,
        "kept": {str(a): [i for i, x in enumerate(directed_alphas) if x < a] for a in ALPHAS},
        "percentile": percentiles(edges, directed=True),
        "top_k": top_k(edges, directed=True),
    }
    return out


def random_network(seed, accounts, edges, reciprocity):
    """Directed edges with heavy-tailed weights; some pairs in both directions."""
    rng = random.Random(seed)
    chosen = {}
    while len(chosen) < edges:
        a, b = rng.randrange(accounts), rng.randrange(accounts)
        if a == b or (a, b) in chosen:
            continue
        chosen[(a, b)] = 1 + int(rng.paretovariate(1.3)) % 50
        if rng.random() < reciprocity and (b, a) not in chosen and len(chosen) < edges:
            chosen[(b, a)] = 1 + int(rng.paretovariate(1.3)) % 50
    return accounts, sorted((a, b, w) for (a, b), w in chosen.items())


def small_networks():
    # Star: account 0 with leaves 1, 2, 3 (weights 5, 1, 1) and a separate dyad 4 - 5 (weight 2).
    star = (6, [(0, 1, 5), (0, 2, 1), (0, 3, 1), (4, 5, 2)])
    # Both directions with different weights; a triangle 0-1-2 with a tail 2-3, 3-4.
    reciprocal = (5, [(0, 1, 3), (1, 0, 1), (0, 2, 1), (2, 0, 1), (1, 2, 2), (2, 3, 6),
                      (3, 2, 2), (3, 4, 1)])
    # All weights equal (ties everywhere).
    ties = (5, [(0, 1, 2), (0, 2, 2), (0, 3, 2), (1, 2, 2), (2, 3, 2), (3, 4, 2), (4, 0, 2)])
    return {
        "star": star,
        "reciprocal": reciprocal,
        "ties": ties,
        "empty": (3, []),
        "random-undirected": random_network(11, 40, 120, 0.0),
        "random-reciprocal": random_network(12, 60, 300, 0.5),
    }


def read_shared(data, spec):
    rows = []
    with open(os.path.join(data, spec["edges"]), newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for row in reader:
            rows.append((row[0], row[1], int(row[2])))
    if "nodes" in spec:
        with open(os.path.join(data, spec["nodes"]), newline="") as f:
            reader = csv.reader(f, delimiter="\t")
            next(reader)
            names = [row[1] for row in reader]
    else:
        names = sorted({x for r in rows for x in r[:2]}, key=int)
        names = [str(i) for i in range(int(names[-1]) + 1)]
    index = {name: i for i, name in enumerate(names)}
    return len(names), [(index[s], index[t], w) for s, t, w in rows]


SHARED = {
    "caviar-full": {"edges": "covert/caviar/caviar-full.edges.tsv",
                    "nodes": "covert/caviar/caviar-full.nodes.tsv"},
    "madrid-train": {"edges": "madrid-train-netzschleuder/edges.tsv"},
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="Tests/RecruitNetCoordinationTests/Fixtures/backbone")
    args = parser.parse_args()
    disparity, threshold_filter = load_netbone()
    tools = (f"netbone {importlib.metadata.version('netbone')} (disparity, threshold_filter), "
             f"numpy {np.__version__} (percentile), networkx {nx.__version__}; "
             "plain Python for top-k and the directed disparity")
    os.makedirs(args.out, exist_ok=True)
    manifest = []
    for name, (accounts, edges) in small_networks().items():
        fixture = {"tool": tools, "network": name, "account_count": accounts,
                   "edges": [list(e) for e in edges], **results(edges, disparity, threshold_filter)}
        manifest.append(write(args.out, name, fixture))
    for name, spec in SHARED.items():
        accounts, edges = read_shared(args.data, spec)
        fixture = {"tool": tools, "network": name, "account_count": accounts,
                   "shared": spec, "edge_count": len(edges),
                   "weight_sum": sum(w for _, _, w in edges),
                   **results(edges, disparity, threshold_filter)}
        manifest.append(write(args.out, name, fixture))
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump({"tool": tools, "networks": manifest}, f, indent=1)
        f.write("\n")


def write(folder, name, fixture):
    with open(os.path.join(folder, name + ".json"), "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
        f.write("\n")
    edges = fixture.get("edge_count", len(fixture.get("edges", [])))
    print(f"{name}: {fixture['account_count']} accounts, {edges} edges, "
          f"kept at 0.05: {len(fixture['undirected']['kept']['0.05'])} undirected, "
          f"{len(fixture['directed']['kept']['0.05'])} directed")
    return name


if __name__ == "__main__":
    main()
