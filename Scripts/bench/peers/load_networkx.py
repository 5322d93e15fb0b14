#!/usr/bin/env python3
"""Peer loader: networkx read_weighted_edgelist into a DiGraph (string node names).

Usage: load_networkx.py FILE.csv
Prints one JSON line: tool, version, nodes, edges, load_seconds.
The header line is skipped by reading it off the open file first; networkx then
parses the remaining lines (it accepts an open binary file).
"""
import json
import sys
import time

import networkx as nx

path = sys.argv[1]
t0 = time.perf_counter()
with open(path, "rb") as f:
    f.readline()  # "source,target,weight"
    g = nx.read_weighted_edgelist(f, create_using=nx.DiGraph, nodetype=str, delimiter=",")
t1 = time.perf_counter()
print(json.dumps({"tool": "networkx", "version": nx.__version__, "nodes": g.number_of_nodes(),
                  "edges": g.number_of_edges(), "load_seconds": round(t1 - t0, 3)}))
