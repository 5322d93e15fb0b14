#!/usr/bin/env python3
"""Peer loader: python-igraph Graph.Read_Ncol on a space-separated, header-less edge list.

Usage: load_igraph.py FILE.ncol
Prints one JSON line: tool, version, nodes, edges, load_seconds (in-process, after import).
bench_import.py writes FILE.ncol from the CSV beforehand (untimed).
"""
import json
import sys
import time

import igraph

path = sys.argv[1]
t0 = time.perf_counter()
g = igraph.Graph.Read_Ncol(path, names=True, weights=True, directed=True)
t1 = time.perf_counter()
print(json.dumps({"tool": "igraph", "version": igraph.__version__, "nodes": g.vcount(),
                  "edges": g.ecount(), "load_seconds": round(t1 - t0, 3)}))
