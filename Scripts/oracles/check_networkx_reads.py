#!/usr/bin/env python3
"""Checks that networkx reads what `recruitnet export` writes.

For each bundled sample (Samples/recruitment with its account table, Samples/krebs-911
undirected) this script imports the sample into a temporary workspace, exports it in every
format, reads each file back with networkx 3.6.1 (read_graphml, read_gexf, read_gml,
read_pajek, node_link_graph; DOT is parsed by a tiny reader here, since networkx needs pydot for
DOT) and compares with the workspace's own JSON export:

- node count and the exact set of node names (no "007" -> 7, nothing merged);
- edge count (one edge per source, target and edge type; multigraphs where needed), the edge
  types and the total weight;
- node attributes with their Python types (int stays int, float float, str str), where the
  format carries attributes (not Pajek);
- direction.

It prints one line per sample and format, and a closing "N passed, M failed" line; the exit code
is 1 if anything differs.

Rerun (from the repository root, after `swift build`):
    python3 -m venv /work/venv-formats
    /work/venv-formats/bin/pip install networkx==3.6.1
    /work/venv-formats/bin/python Scripts/oracles/check_networkx_reads.py [--binary .build/debug/recruitnet]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

SAMPLES = [
    ("recruitment", ["Samples/recruitment/edges.csv", "--nodes", "Samples/recruitment/accounts.csv"], []),
    ("krebs-911", ["Samples/krebs-911/edges.csv", "--nodes", "Samples/krebs-911/nodes.csv"], ["--undirected"]),
]
FORMATS = ["graphml", "gexf", "gml", "pajek", "dot", "json"]


def run(binary, *args):
    result = subprocess.run([binary, *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"recruitnet {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def read_dot(path):
    """A minimal DOT reader for the files recruitnet writes: one statement per line."""
    text = open(path, encoding="utf-8").read()
    directed = text.startswith("digraph")
    G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    token = r'"((?:[^"\\]|\\.)*)"'
    unquote = lambda s: s.replace('\\"', '"')

    def attributes(body):
        data = {}
        for m in re.finditer(r'(?:"((?:[^"\\]|\\.)*)"|(\w+))=(?:"((?:[^"\\]|\\.)*)"|([-0-9.]+))', body or ""):
            key = unquote(m.group(1)) if m.group(1) is not None else m.group(2)
            if m.group(3) is not None:
                data[key] = unquote(m.group(3))
            else:
                data[key] = float(m.group(4)) if "." in m.group(4) else int(m.group(4))
        return data

    for line in text.splitlines()[1:-1]:
        edge = re.match(rf"\s*{token} (?:->|--) {token}(?: \[(.*)\])?;$", line)
        if edge:
            G.add_edge(unquote(edge.group(1)), unquote(edge.group(2)), **attributes(edge.group(3)))
            continue
        node = re.match(rf"\s*{token}(?: \[(.*)\])?;$", line)
        if node:
            G.add_node(unquote(node.group(1)), **attributes(node.group(2)))
    return G


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "gml":
        return nx.read_gml(path)
    if fmt == "pajek":
        return nx.read_pajek(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f), edges="edges")
    if fmt == "dot":
        return read_dot(path)
    raise ValueError(fmt)


def edge_type(fmt, data):
    # GEXF: recruitnet writes the type as the edge kind and label; networkx keeps the label.
    return data.get("label") if fmt == "gexf" else data.get("l", data.get("type")) if fmt == "pajek" else data.get("type")


def check(binary, name, import_args, export_args, folder):
    workspace = os.path.join(folder, f"{name}.rnet")
    run(binary, "import", *import_args, "--into", workspace, "--quiet", *export_args)
    reference_path = os.path.join(folder, f"{name}.reference.json")
    run(binary, "export", workspace, "--format", "json", "--out", reference_path, "--quiet")
    with open(reference_path, encoding="utf-8") as f:
        reference = json.load(f)
    ref_nodes = {n["id"]: n for n in reference["nodes"]}
    ref_edges = sorted((e["source"], e["target"], e["type"]) for e in reference["edges"])
    ref_weight = sum(e["weight"] for e in reference["edges"])
    results = []
    for fmt in FORMATS:
        path = os.path.join(folder, f"{name}.{fmt}")
        run(binary, "export", workspace, "--format", fmt, "--out", path, "--quiet")
        problems = []
        try:
            G = read(fmt, path)
        except Exception as error:  # report, don't stop
            results.append((fmt, [f"networkx could not read it: {error!r}"], 0, 0))
            continue
        if G.is_directed() != reference["directed"]:
            problems.append(f"directed={G.is_directed()}, expected {reference['directed']}")
        names = set(map(str, G.nodes))
        if not all(isinstance(n, str) for n in G.nodes):
            problems.append("some node ids are not strings")
        if names != set(ref_nodes):
            problems.append(f"names differ: {sorted(names ^ set(ref_nodes))[:5]}")
        edges = sorted(
            (str(u), str(v), edge_type(fmt, d)) if G.is_directed() else (*sorted((str(u), str(v)), key=lambda s: s), edge_type(fmt, d))
            for u, v, d in G.edges(data=True))
        expected = ref_edges if G.is_directed() else sorted((*sorted((s, t)), ty) for s, t, ty in ref_edges)
        if len(edges) != len(expected):
            problems.append(f"{len(edges)} edges, expected {len(expected)}")
        elif edges != expected:
            problems.append(f"edge endpoints or types differ, e.g. {next(a for a, b in zip(edges, expected) if a != b)}")
        weight = sum(float(d.get("weight", 1)) for _, _, d in G.edges(data=True))
        if abs(weight - ref_weight) > 1e-9 * max(1, ref_weight):
            problems.append(f"total weight {weight}, expected {ref_weight}")
        if fmt != "pajek":
            for node, data in G.nodes(data=True):
                want = {k: v for k, v in ref_nodes.get(str(node), {}).items() if k != "id"}
                got = {k: v for k, v in data.items() if k != "label" or "label" in want}
                # networkx's GML writer turns integers beyond 32 bits into strings; none here.
                for key, value in want.items():
                    if key not in got:
                        problems.append(f"{node}: attribute {key} missing")
                        break
                    if type(got[key]) is not type(value) or got[key] != value:
                        problems.append(f"{node}: {key}={got[key]!r} ({type(got[key]).__name__}), expected {value!r} ({type(value).__name__})")
                        break
                if len(problems) > 5:
                    break
        results.append((fmt, problems, G.number_of_nodes(), G.number_of_edges()))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "recruitnet"))
    args = parser.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, import_args, export_args in SAMPLES:
            for fmt, problems, nodes, edges in check(args.binary, name, import_args, export_args, folder):
                status = "ok" if not problems else "FAILED: " + "; ".join(problems[:5])
                print(f"{name:12} {fmt:8} networkx {nx.__version__} read {nodes} nodes, {edges} edges: {status}")
                passed += not problems
                failed += bool(problems)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
