#!/usr/bin/env python3
"""Oracle summaries (what `recruitnet info --format json` must print) computed with networkx.

Writes one JSON file per graph to Tests/RecruitNetCLITests/Fixtures/oracle/<graph>.summary.json.
Run from the repository root (the script finds its paths itself):

    python3 Scripts/oracles/graph_summary.py            # all graphs
    python3 Scripts/oracles/graph_summary.py krebs-911  # one graph
    python3 Scripts/oracles/graph_summary.py --check    # recompute, fail if a fixture differs

Pinned: networkx 3.6.1 (the script refuses another version unless --any-version).
Never hand-edit the fixtures; change this script and regenerate.

How each input becomes one simple graph
* Rows are read with Python's csv module (RFC 4180 quoting) or split on
  whitespace; node names are kept as strings exactly as written (no stripping,
  so "007" and "7" are two nodes and "Mounir El Motassadeq " keeps its space).
* Parallel rows are merged into one edge whose weight is the sum of the rows'
  weights: per ordered (source, target) pair for directed graphs, per unordered
  pair for undirected graphs. A file without a weight column weighs 1 per row.
  All edge types of a typed list are merged into the same graph.
* Self-loops are kept.

Keys (same names as `recruitnet info --format json`)
  tool, source                       provenance (not compared)
  directed                           as declared below
  nodes, edges                       of the merged simple graph; self-loops count as edges
  weight_total                       sum of merged weights = sum over all input rows
  self_loops                         nx.number_of_selfloops
  reciprocity                        nx.overall_reciprocity (directed), null (undirected)
  density                            nx.density (self-loops included in m)
  weak_components, largest_weak_component
                                     weakly connected components (connected components if undirected)
  strong_components, largest_strong_component
                                     directed only, null for undirected
  degree_min, degree_median, degree_max
                                     over dict(G.degree()).values(): in + out degree for
                                     directed graphs; a self-loop adds 2. The median is
                                     statistics.median (mean of the two middle values when
                                     n is even), always written as a float.
Floats are written with repr precision (Python's json module).
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

PINNED_NETWORKX = "3.6.1"
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "Tests" / "RecruitNetCLITests" / "Fixtures" / "oracle"


@dataclass
class Spec:
    name: str
    path: Path
    directed: bool
    fmt: str                  # "csv" or "whitespace"
    header: bool
    source_col: int = 0
    target_col: int = 1
    weight_col: int | None = None


SPECS = [
    Spec("krebs-911", REPO / "Samples" / "krebs-911" / "edges.csv",
         directed=False, fmt="csv", header=True),
    Spec("recruitment", REPO / "Samples" / "recruitment" / "edges.csv",
         directed=True, fmt="csv", header=True, weight_col=3),
    Spec("krebs-911-snabook", SHARED / "krebs-911-snabook" / "9_11_edgelist.txt",
         directed=False, fmt="csv", header=False, weight_col=2),
    Spec("higgs-mention", SHARED / "higgs-twitter" / "higgs-mention_network.edgelist",
         directed=True, fmt="whitespace", header=False, weight_col=2),
]


def number(text: str, where: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        sys.exit(f"error: {where}: weight {text!r} is not a number")


def rows_of(spec: Spec):
    with open(spec.path, newline="", encoding="utf-8") as f:
        if spec.fmt == "csv":
            reader = csv.reader(f)
        else:
            reader = (line.split() for line in f)
        for lineno, row in enumerate(reader, start=1):
            if lineno == 1 and spec.header:
                continue
            if not row:
                continue
            yield lineno, row


def load(spec: Spec) -> tuple[nx.Graph, int | float]:
    g = nx.DiGraph() if spec.directed else nx.Graph()
    total: int | float = 0
    for lineno, row in rows_of(spec):
        a, b = row[spec.source_col], row[spec.target_col]
        w = 1 if spec.weight_col is None else number(row[spec.weight_col], f"{spec.path}:{lineno}")
        total += w
        if g.has_edge(a, b):
            g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)
    return g, total


def rel(path: Path) -> str:
    """Path relative to the repository root (`../shared/data/...` for shared data)."""
    try:
        return path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return Path("..", path.resolve().relative_to(REPO.parent)).as_posix()


def summary(spec: Spec) -> dict:
    g, rows_weight = load(spec)
    merged_weight = g.size(weight="weight")
    if merged_weight != rows_weight:
        sys.exit(f"error: {spec.name}: merged weight {merged_weight} != row sum {rows_weight}")
    degrees = list(dict(g.degree()).values())
    if spec.directed:
        weak = [len(c) for c in nx.weakly_connected_components(g)]
        strong = [len(c) for c in nx.strongly_connected_components(g)]
    else:
        weak = [len(c) for c in nx.connected_components(g)]
        strong = None
    return {
        "tool": f"networkx {nx.__version__}",
        "source": rel(spec.path),
        "directed": spec.directed,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "weight_total": rows_weight,
        "self_loops": nx.number_of_selfloops(g),
        "reciprocity": nx.overall_reciprocity(g) if spec.directed else None,
        "density": nx.density(g),
        "weak_components": len(weak),
        "largest_weak_component": max(weak, default=0),
        "strong_components": len(strong) if strong is not None else None,
        "largest_strong_component": max(strong, default=0) if strong is not None else None,
        "degree_min": min(degrees, default=0),
        "degree_median": float(statistics.median(degrees)) if degrees else 0.0,
        "degree_max": max(degrees, default=0),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graphs", nargs="*", help="graph names (default: all): " +
                    ", ".join(s.name for s in SPECS))
    ap.add_argument("--check", action="store_true", help="compare with the committed fixtures, write nothing")
    ap.add_argument("--any-version", action="store_true", help=f"allow networkx != {PINNED_NETWORKX}")
    args = ap.parse_args(argv)

    if nx.__version__ != PINNED_NETWORKX and not args.any_version:
        sys.exit(f"error: networkx {nx.__version__} found, fixtures are pinned to {PINNED_NETWORKX} "
                 f"(pip install networkx=={PINNED_NETWORKX}, or pass --any-version)")
    unknown = set(args.graphs) - {s.name for s in SPECS}
    if unknown:
        ap.error(f"unknown graph(s): {', '.join(sorted(unknown))}")
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    for spec in SPECS:
        if args.graphs and spec.name not in args.graphs:
            continue
        if not spec.path.exists():
            print(f"error: {spec.path} missing", file=sys.stderr)
            status = 1
            continue
        text = json.dumps(summary(spec), indent=2, ensure_ascii=False) + "\n"
        target = OUT / f"{spec.name}.summary.json"
        if args.check:
            same = target.exists() and target.read_text(encoding="utf-8") == text
            print(f"{'ok  ' if same else 'DIFF'} {rel(target)}", file=sys.stderr)
            status |= 0 if same else 1
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {rel(target)}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
