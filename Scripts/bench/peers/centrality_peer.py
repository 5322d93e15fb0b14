#!/usr/bin/env python3
"""Peer centrality kernel: load a graph (not timed), then time one measure in-process.

Usage: centrality_peer.py TOOL MEASURE FILE [--threads N]
  TOOL     igraph | networkit
  MEASURE  pagerank | pagerank-weighted | coreness | betweenness | betweenness-approx |
           betweenness-kadabra | closeness | harmonic | eigenvector
  FILE     .csv with header source,target,weight, or a whitespace-separated "a b w" file
Prints one JSON line: tool, version, measure, threads, nodes, edges, seconds (wall),
cpu_seconds (process CPU time over all threads, robust on a busy machine), note.
A measure the tool lacks prints "seconds": null with a note.

Settings chosen to match RecruitNet's defaults (networkx's): PageRank damping 0.85 with the
tool's own convergence test (NetworKit: tolerance 1e-8 on the L2 change, its default; igraph:
PRPACK, exact solve), directed graphs, normalized betweenness, closeness on in-distances with
the Wasserman-Faust correction (NetworKit's Generalized variant), harmonic unnormalized.
"""
import json
import sys
import time

tool, measure, path = sys.argv[1], sys.argv[2], sys.argv[3]
threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 1
csv = path.endswith(".csv")
note = ""

if tool == "igraph":
    import igraph as ig
    version = ig.__version__
    if csv:
        import tempfile, os
        # Read_Ncol wants whitespace; the .ncol twin of each benchmark CSV sits beside it.
        path = path[:-4] + ".ncol"
    g = ig.Graph.Read_Ncol(path, names=True, weights="auto", directed=True)
    nodes, edges = g.vcount(), g.ecount()
    weights = g.es["weight"] if "weight" in g.es.attributes() else None
    kernels = {
        "pagerank": lambda: g.pagerank(damping=0.85, directed=True),
        "pagerank-weighted": lambda: g.pagerank(damping=0.85, directed=True, weights=weights),
        "coreness": lambda: g.coreness(mode="all"),
        "betweenness": lambda: g.betweenness(directed=True),
        "closeness": lambda: g.closeness(mode="in", normalized=True),
        "harmonic": lambda: g.harmonic_centrality(mode="in", normalized=False),
        "eigenvector": lambda: g.eigenvector_centrality(directed=True, scale=False),
    }
elif tool == "networkit":
    import networkit as nk
    version = nk.__version__
    nk.setNumberOfThreads(threads)
    if csv:
        reader = nk.graphio.EdgeListReader(",", 0, commentPrefix="source", continuous=False, directed=True)
    else:
        reader = nk.graphio.EdgeListReader(" ", 0, commentPrefix="#", continuous=False, directed=True)
    g = reader.read(path)
    nodes, edges = g.numberOfNodes(), g.numberOfEdges()
    unweighted = nk.graphtools.toUnweighted(g) if g.isWeighted() else g

    def run(algorithm):
        algorithm.run()
        return algorithm

    def core():
        # CoreDecomposition needs an undirected graph without self-loops: in+out degree cores
        # as networkx/igraph mode="all" are not what it computes on a directed graph.
        u = nk.graphtools.toUndirected(unweighted)
        u.removeSelfLoops()
        return run(nk.centrality.CoreDecomposition(u))

    kernels = {
        "pagerank": lambda: run(nk.centrality.PageRank(unweighted, damp=0.85)),
        "pagerank-weighted": lambda: run(nk.centrality.PageRank(g, damp=0.85)),
        "coreness": core,
        "betweenness": lambda: run(nk.centrality.Betweenness(unweighted, normalized=True)),
        "betweenness-approx": lambda: run(nk.centrality.ApproxBetweenness(unweighted, epsilon=0.01, delta=0.1)),
        "betweenness-kadabra": lambda: run(nk.centrality.KadabraBetweenness(unweighted, 0.01, 0.1)),
        "closeness": lambda: run(nk.centrality.Closeness(unweighted, True, nk.centrality.ClosenessVariant.GENERALIZED)),
        "harmonic": lambda: run(nk.centrality.HarmonicCloseness(unweighted, normalized=False)),
        "eigenvector": lambda: run(nk.centrality.EigenvectorCentrality(unweighted)),
    }
    if measure == "coreness":
        note = "undirected projection (NetworKit's cores are undirected)"
else:
    sys.exit(f"unknown tool {tool}")

kernel = kernels.get(measure)
seconds = cpu_seconds = None
if kernel is None:
    note = f"{tool} has no {measure}"
else:
    t0, c0 = time.perf_counter(), time.process_time()
    kernel()
    seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"tool": tool, "version": version, "measure": measure, "threads": threads,
                  "nodes": nodes, "edges": edges, "seconds": seconds, "cpu_seconds": cpu_seconds, "note": note}))
