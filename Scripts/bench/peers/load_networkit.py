#!/usr/bin/env python3
"""Peer loader: NetworKit EdgeListReader on the benchmark CSV (string node names).

Usage: load_networkit.py FILE.csv
Prints one JSON line: tool, version, threads, nodes, edges, load_seconds.

Reader settings: separator ',', continuous=False (names are strings such as
"u42"; NetworKit renumbers them and keeps the mapping in getNodeMap()),
directed=True. The third column makes the graph weighted. commentPrefix="source"
skips the header line "source,target,weight" (it is the only line that starts
with "source"; every node name starts with "u"). firstNode is ignored when
continuous=False. NetworKit keeps the first occurrence of a duplicate edge;
the generated files have none.
"""
import json
import sys
import time

import networkit as nk

path = sys.argv[1]
t0 = time.perf_counter()
reader = nk.graphio.EdgeListReader(",", 0, commentPrefix="source", continuous=False, directed=True)
g = reader.read(path)
t1 = time.perf_counter()
print(json.dumps({"tool": "networkit", "version": nk.__version__,
                  "threads": nk.getMaxNumberOfThreads(), "weighted": g.isWeighted(),
                  "nodes": g.numberOfNodes(), "edges": g.numberOfEdges(),
                  "load_seconds": round(t1 - t0, 3)}))
