#!/usr/bin/env python3
"""Peer community detection for bench_communities.py: one algorithm of one library on one
prepared graph, timed inside the process.

Usage: communities_peers.py TOOL GRAPH.tsv SEED OUT.csv

GRAPH.tsv is what bench_communities.py prepares: header `source target weight`, integer ids
0..n-1, every undirected pair once with the weights of both directions summed (the undirected
projection RecruitNet optimises). OUT.csv gets `node,community`. Prints one JSON line: tool,
version, threads, nodes, edges, communities, modularity (γ = 1, weighted, by the library itself),
seconds (the algorithm call only, not loading or the modularity).

TOOL is one of:
  leidenalg            leidenalg.find_partition(ModularityVertexPartition, weights, n_iterations=-1, seed)
  igraph-louvain       Graph.community_multilevel(weights)            (igraph's RNG seeded)
  igraph-leiden        Graph.community_leiden("modularity", weights, n_iterations=-1)
  igraph-labelprop     Graph.community_label_propagation(weights)
  igraph-infomap       Graph.community_infomap(edge_weights, trials=10 (igraph's default))
  networkit-plm        networkit.community.PLM(G, refine=False, gamma=1)   (Louvain, parallel)
  networkit-leiden     networkit.community.ParallelLeiden(G, iterations=3, randomize=True, gamma=1)
  networkit-plp        networkit.community.PLP(G)
NetworKit is seeded with setSeed(seed, useThreadId=False) and runs on its default threads.
"""
import json
import random
import sys
import time

import numpy as np


def read(path):
    data = np.loadtxt(path, skiprows=1, dtype=np.float64, ndmin=2)
    src = data[:, 0].astype(np.int64)
    dst = data[:, 1].astype(np.int64)
    w = data[:, 2]
    n = int(max(src.max(initial=-1), dst.max(initial=-1)) + 1)
    return n, src, dst, w


def main():
    tool, path, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    n, src, dst, w = read(path)
    threads = 1
    if tool.startswith("networkit"):
        import networkit as nk
        version = nk.__version__
        threads = nk.getMaxNumberOfThreads()
        g = nk.Graph(n, weighted=True, directed=False)
        g.addEdges((w, (src, dst)))
        nk.setSeed(seed, False)
        t0 = time.perf_counter()
        if tool == "networkit-plm":
            algo = nk.community.PLM(g, refine=False, gamma=1.0)
        elif tool == "networkit-leiden":
            algo = nk.community.ParallelLeiden(g, iterations=3, randomize=True, gamma=1.0)
        elif tool == "networkit-plp":
            algo = nk.community.PLP(g)
        else:
            raise SystemExit(f"unknown tool {tool}")
        algo.run()
        t1 = time.perf_counter()
        partition = algo.getPartition()
        membership = partition.getVector()
        modularity = nk.community.Modularity().getQuality(partition, g)
    else:
        import igraph as ig
        version = ig.__version__
        g = ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist(), directed=False)
        g.es["weight"] = w.tolist()
        random.seed(seed)
        ig.set_random_number_generator(random)
        t0 = time.perf_counter()
        if tool == "leidenalg":
            import leidenalg as la
            version = la.version
            membership = la.find_partition(
                g, la.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=seed).membership
        elif tool == "igraph-louvain":
            membership = g.community_multilevel(weights="weight").membership
        elif tool == "igraph-leiden":
            membership = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1).membership
        elif tool == "igraph-labelprop":
            membership = g.community_label_propagation(weights="weight").membership
        elif tool == "igraph-infomap":
            membership = g.community_infomap(edge_weights="weight").membership
        else:
            raise SystemExit(f"unknown tool {tool}")
        t1 = time.perf_counter()
        modularity = g.modularity(membership, weights="weight")
    with open(out, "w") as f:
        f.write("node,community\n")
        for node, c in enumerate(membership):
            f.write(f"{node},{c}\n")
    print(json.dumps({"tool": tool, "version": version, "threads": threads, "nodes": n, "edges": len(src),
                      "communities": len(set(membership)), "modularity": modularity,
                      "seconds": round(t1 - t0, 4)}))


if __name__ == "__main__":
    main()
