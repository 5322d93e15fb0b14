#!/usr/bin/env python3
"""Interchange-format fixtures written by networkx, for RecruitNetIOTests.

Writes small networks with networkx 3.6.1's own writers (write_graphml, write_gexf, write_gml,
write_pajek, node_link_data; DOT by a small hand-written writer, since networkx needs pydot for
DOT) into Tests/RecruitNetIOTests/Fixtures/networkx/, plus expected.json: what each file holds in
RecruitNet's terms (node name, kind, typed attributes; edges with type and weight), computed here
from the networkx graph that was written, not by RecruitNet.

The networks have the cases that break readers: numeric-looking ids ("007", "7", "7.0", "00",
"1e3"), Arabic and other non-ASCII names, quotes, ampersands and angle brackets, a hashtag node
next to an account of the same name, typed attributes (int, float, str, bool; a zip code "02134"
that must stay text), parallel edges of two types (a multigraph), and edge times.

Rerun (from the repository root):
    python3 -m venv /work/venv-formats
    /work/venv-formats/bin/pip install networkx==3.6.1
    /work/venv-formats/bin/python Scripts/oracles/interchange_formats.py
"""

import decimal
import json
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "RecruitNetIOTests", "Fixtures", "networkx")


def study_graph():
    """A directed multigraph of accounts and one hashtag."""
    G = nx.MultiDiGraph()
    nodes = [
        ("007", dict(followers=12, score=0.5, bio='says "hi" & <waves>', verified=True, zip="02134")),
        ("7", dict(followers=7, score=2.0, bio="plain", verified=False, zip="7")),
        ("7.0", dict(followers=0, score=-1.25, bio="", verified=False, zip="07")),
        ("00", dict(followers=100000000000, score=1e-7, bio="big", verified=True, zip="00")),
        ("عبد_الله", dict(followers=3, score=0.125, bio="مرحبا بالعالم", verified=False, zip="1e3")),
        ('say "x"', dict(followers=1, score=3.0, bio="quote in name", verified=True, zip="x")),
        ("jihad", dict(followers=5, score=0.0, bio="an account named like the hashtag", verified=False, zip="5")),
        ("hashtag:jihad", dict(kind="hashtag")),
        ("a&b<c>", dict(followers=2, score=0.75, bio="markup", verified=False, zip="2")),
    ]
    G.add_nodes_from(nodes)
    edges = [
        ("007", "7", dict(type="retweet", weight=3.0, first_time=1420070400, last_time=1420156800)),
        ("007", "7", dict(type="mention", weight=1.0, first_time=1420070500, last_time=1420070500)),
        ("7", "007", dict(type="retweet", weight=2.5, first_time=1420000000, last_time=1420000000)),
        ("7.0", "00", dict(type="reply", weight=1.0, first_time=1420070600, last_time=1420070600)),
        ("عبد_الله", "007", dict(type="mention", weight=4.0, first_time=1420070700, last_time=1420080700)),
        ('say "x"', "عبد_الله", dict(type="quote", weight=1.0, first_time=1420070800, last_time=1420070800)),
        ("jihad", "hashtag:jihad", dict(type="hashtag", weight=6.0, first_time=1420070900, last_time=1420090900)),
        ("007", "hashtag:jihad", dict(type="hashtag", weight=2.0, first_time=1420071000, last_time=1420071000)),
        ("a&b<c>", "a&b<c>", dict(type="mention", weight=1.0, first_time=1420071100, last_time=1420071100)),
    ]
    for u, v, data in edges:
        G.add_edge(u, v, key=data["type"], **data)
    return G


def typed(value):
    """A Python value as RecruitNet types it: [type, value]."""
    if isinstance(value, bool):
        return ["integer", int(value)]
    if isinstance(value, int):
        return ["integer", value]
    if isinstance(value, float):
        return ["real", value]
    return ["text", str(value)]


RESERVED_EDGE = {"type", "weight", "first_time", "last_time", "count"}


def expected(G, keep_attributes=True, keep_times=True):
    nodes = {}
    for n, data in G.nodes(data=True):
        kind = data.get("kind", "account")
        name = n[len(kind) + 1:] if kind != "account" and n.startswith(kind + ":") else n
        attributes = {k: typed(v) for k, v in data.items() if k != "kind"} if keep_attributes else {}
        nodes[kind + "\u0001" + name] = {"name": name, "kind": kind, "attributes": attributes}
    edges = []
    for u, v, data in G.edges(data=True):
        key = lambda n: G.nodes[n].get("kind", "account") + "\u0001" + (
            n.split(":", 1)[1] if G.nodes[n].get("kind", "account") != "account" else n)
        edge = {"source": key(u), "target": key(v), "type": data["type"], "weight": data["weight"]}
        if keep_times:
            edge["first_time"] = data["first_time"]
            edge["last_time"] = data["last_time"]
        edges.append(edge)
    edges.sort(key=lambda e: (e["source"], e["target"], e["type"]))
    return {"directed": G.is_directed(), "nodes": nodes, "edges": edges}


def dot_id(text):
    return '"' + str(text).replace('"', '\\"') + '"'


def dot_value(value):
    """Numbers bare (DOT numerals have no exponent: 1e-07 is written 0.0000001), text quoted."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = format(decimal.Decimal(repr(value)), "f")
        return text if "." in text else text + ".0"
    return dot_id(value)


def write_dot(G, path):
    """DOT as Graphviz reads it: quoted ids, bare numbers, quoted text."""
    lines = ["digraph study {" if G.is_directed() else "graph study {", "  // written by interchange_formats.py"]
    for n, data in G.nodes(data=True):
        attrs = ", ".join(f"{dot_id(k)}={dot_value(v)}" for k, v in data.items())
        lines.append(f"  {dot_id(n)}" + (f" [{attrs}]" if attrs else "") + ";")
    arrow = "->" if G.is_directed() else "--"
    for u, v, data in G.edges(data=True):
        attrs = ", ".join(f"{k}={dot_value(v)}" for k, v in data.items())
        lines.append(f"  {dot_id(u)} {arrow} {dot_id(v)} [{attrs}];")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    G = study_graph()
    nx.write_graphml(G, os.path.join(OUT, "study.graphml"))
    nx.write_gexf(G, os.path.join(OUT, "study.gexf"))
    nx.write_gml(G, os.path.join(OUT, "study.gml"))
    # Pajek keeps only string attributes; networkx warns about the others and skips them.
    P = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        P.add_node(n, **({"kind": data["kind"]} if "kind" in data else {}))
    for u, v, data in G.edges(data=True):
        P.add_edge(u, v, type=data["type"], weight=data["weight"])
    nx.write_pajek(P, os.path.join(OUT, "study.net"))
    with open(os.path.join(OUT, "study.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G, edges="edges"), f, ensure_ascii=False, indent=1)
    # networkx < 3.4 and d3 write "links".
    with open(os.path.join(OUT, "study-links.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G, edges="links"), f, ensure_ascii=True)
    write_dot(G, os.path.join(OUT, "study.dot"))

    # Integer node ids: JSON numbers, which must become the names "7" and "700", never merge.
    N = nx.Graph()
    N.add_edge(7, 700, weight=1.5)
    N.add_edge(700, 70, weight=2)
    with open(os.path.join(OUT, "integer-ids.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(N, edges="edges"), f)
    # networkx's GML for an undirected graph with integer ids and no labels of ours.
    nx.write_gml(nx.relabel_nodes(N, str), os.path.join(OUT, "integer-ids.gml"))

    full = expected(G)

    def as_networkx_reads(R):
        """Expected values from networkx's own reading of its file, where that differs from the
        graph written (GML writes integers beyond 32 bits as strings and reads them back as
        strings; GEXF adds a label equal to the id and a networkx_key)."""
        R = nx.MultiDiGraph(R) if R.is_directed() else nx.MultiGraph(R)
        for n, data in R.nodes(data=True):
            if data.get("label") == n:
                del data["label"]
        for u, v, data in R.edges(data=True):
            data.pop("networkx_key", None)
            data.pop("id", None)
        return expected(R)

    graphml = as_networkx_reads(nx.read_graphml(os.path.join(OUT, "study.graphml")))
    # networkx writes an edge attribute "type" as GEXF's XML type attribute (meant for the
    # direction) and its reader drops it again; recruitnet reads it as the edge type, so the
    # GEXF edges are compared with the graph written, the nodes with what networkx reads.
    R = nx.read_gexf(os.path.join(OUT, "study.gexf"))
    for u, v, data in R.edges(data=True):
        data.setdefault("type", "?")
    gexf = as_networkx_reads(R)
    gexf["edges"] = full["edges"]
    gml = as_networkx_reads(nx.read_gml(os.path.join(OUT, "study.gml")))
    # Pajek: what networkx itself reads back from its file (it writes quotes in names unescaped,
    # so 'say "x"' comes back as 'say x'); the node kind survives as a vertex parameter, other
    # attributes and times do not.
    R = nx.read_pajek(os.path.join(OUT, "study.net"))
    for n, data in R.nodes(data=True):
        for k in ("id", "x", "y", "shape"):
            data.pop(k, None)
    for u, v, data in R.edges(data=True):
        data["weight"] = float(data["weight"])
    pajek = expected(R, keep_attributes=False, keep_times=False)
    integer_ids = {
        "directed": False,
        "nodes": {"account\u0001" + str(n): {"name": str(n), "kind": "account", "attributes": {}} for n in N},
        "edges": sorted(
            ({"source": "account\u0001" + str(min(u, v, key=str)), "target": "account\u0001" + str(max(u, v, key=str)),
              "type": "edge", "weight": float(d["weight"])} for u, v, d in N.edges(data=True)),
            key=lambda e: (e["source"], e["target"])),
    }
    manifest = {
        "generator": f"networkx {nx.__version__} (Scripts/oracles/interchange_formats.py)",
        "files": {
            "study.graphml": graphml, "study.gexf": gexf, "study.gml": gml, "study.json": full,
            "study-links.json": full, "study.dot": full, "study.net": pajek, "integer-ids.json": integer_ids,
            "integer-ids.gml": integer_ids,
        },
    }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote fixtures to {os.path.normpath(OUT)} with networkx {nx.__version__}")


if __name__ == "__main__":
    sys.exit(main())
