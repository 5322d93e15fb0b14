#!/usr/bin/env python3
"""Interchange-format speed: `recruitnet export` and `recruitnet import` against networkx.

For one edge list (default: the generated 50k-node / 500k-edge file), this script imports it
into a workspace, then for each format (GraphML, GEXF, GML, Pajek, JSON node-link, DOT):

- times `recruitnet export WORKSPACE --format F` (load the workspace, write the file) and
  `recruitnet import FILE` into a fresh workspace (parse, build, write the workspace), each as
  a separate process, wall clock, best of --repeat runs;
- times networkx 3.6.1 writing the same graph to the same format (nx.write_graphml, write_gexf,
  write_gml, write_pajek, json.dump(node_link_data)) and reading recruitnet's file back
  (read_graphml, read_gexf, read_gml, read_pajek, node_link_graph), in this process (so without
  interpreter start-up, which favours networkx). DOT has no networkx reader without pydot.

It prints a table with seconds and the ratio networkx / recruitnet.

Run (from the repository root):
    swift build -c release --product recruitnet
    python3 -m venv /work/venv-formats && /work/venv-formats/bin/pip install networkx==3.6.1
    python3 Scripts/bench/generate_edges.py --nodes 50000 --edges 500000 --if-missing
    /work/venv-formats/bin/python Scripts/bench/bench_formats.py [--edges FILE] [--repeat 3]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FORMATS = ["graphml", "gexf", "gml", "pajek", "json", "dot"]
EXT = {"graphml": "graphml", "gexf": "gexf", "gml": "gml", "pajek": "net", "json": "json", "dot": "dot"}


def timed(function, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def run(binary, *args):
    subprocess.run([binary, *args], cwd=ROOT, check=True, capture_output=True)


def nx_write(fmt, G, path):
    if fmt == "graphml":
        nx.write_graphml(G, path)
    elif fmt == "gexf":
        nx.write_gexf(G, path)
    elif fmt == "gml":
        nx.write_gml(G, path)
    elif fmt == "pajek":
        nx.write_pajek(G, path)
    elif fmt == "json":
        with open(path, "w") as f:
            json.dump(nx.node_link_data(G, edges="edges"), f)


def nx_read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "gml":
        return nx.read_gml(path)
    if fmt == "pajek":
        return nx.read_pajek(path)
    if fmt == "json":
        with open(path) as f:
            return nx.node_link_graph(json.load(f), edges="edges")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edges", default=os.path.join(ROOT, "Scripts", "bench", "data", "edges-50k-500k.csv"))
    parser.add_argument("--binary", default=os.environ.get("RECRUITNET", os.path.join(ROOT, ".build", "release", "recruitnet")))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rows = [("format", "size MB", "rn export s", "nx write s", "ratio", "rn import s", "nx read s", "ratio")]
    with tempfile.TemporaryDirectory() as folder:
        workspace = os.path.join(folder, "bench.rnet")
        run(args.binary, "import", args.edges, "--into", workspace, "--quiet")
        # networkx's graph of the same network: the file recruitnet wrote, read once.
        json_path = os.path.join(folder, "reference.json")
        run(args.binary, "export", workspace, "--format", "json", "--out", json_path, "--quiet")
        G = nx_read("json", json_path)
        print(f"{os.path.basename(args.edges)}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
              f"networkx {nx.__version__}; best of {args.repeat}", flush=True)
        for fmt in FORMATS:
            path = os.path.join(folder, "bench." + EXT[fmt])
            export = timed(lambda: run(args.binary, "export", workspace, "--format", fmt, "--out", path, "--quiet"), args.repeat)
            size = os.path.getsize(path) / 1e6

            def reimport():
                target = os.path.join(folder, "back.rnet")
                if os.path.exists(target):
                    os.remove(target)
                run(args.binary, "import", path, "--into", target, "--quiet")

            imported = timed(reimport, args.repeat)
            if fmt == "dot":
                rows.append((fmt, f"{size:.1f}", f"{export:.2f}", "-", "-", f"{imported:.2f}", "-", "-"))
                continue
            nx_path = os.path.join(folder, "nx." + EXT[fmt])
            write = timed(lambda: nx_write(fmt, G, nx_path), args.repeat)
            read = timed(lambda: nx_read(fmt, path), args.repeat)
            rows.append((fmt, f"{size:.1f}", f"{export:.2f}", f"{write:.2f}", f"{write / export:.1f}x",
                         f"{imported:.2f}", f"{read:.2f}", f"{read / imported:.1f}x"))
            print(" ".join(rows[-1]), flush=True)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
