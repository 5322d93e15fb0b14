#!/usr/bin/env python3
"""Label propagation and Infomap: recruitnet against igraph, the Infomap package and NetworKit.

For each graph, every tool runs the same algorithm on the same edge list; the script prints one
table with the compute seconds (recruitnet's own `--timings` "compute" phase, which includes
its community report; the peers' algorithm call alone, graph already loaded), the ratio peer /
recruitnet, and the quality of each result measured the same way for all (igraph's modularity
on the undirected weighted graph, NMI against the ground truth where there is one, and for
Infomap the codelength each tool reports).

Graphs:
  * higgs: the Higgs Twitter mention network (../shared/data/higgs-twitter), directed, weighted;
  * lfr-0.1 / lfr-0.3 / lfr-0.5: networkx's LFR benchmark graph, 10,000 nodes, mixing mu, seed 7
    (undirected, ground truth = the planted communities);
  * recruitment: Samples/recruitment (directed, weighted, ground truth = the planted cells).

Label propagation runs on the undirected graph for every tool (igraph and NetworKit follow edge
direction otherwise, recruitnet listens both ways). Infomap runs with the graph's direction
(two-level; recruitnet and the Infomap package share the flow model; igraph 1.0 embeds Infomap).

Run (from the repository root; release binary first):
    swift build -c release --product recruitnet
    python3 -m venv /work/venv-commcli
    /work/venv-commcli/bin/pip install networkx==3.6.1 python-igraph==1.0.0 infomap==2.16.0 networkit==11.3 scikit-learn
    Scripts/bench/.venv/bin/python Scripts/bench/bench_labelprop_infomap.py [--repeat 3] [--graphs higgs,lfr-0.3] [--trials 1]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import igraph
import infomap
import networkit as nk
import networkx as nx
from sklearn.metrics import normalized_mutual_info_score

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")


def write_edges(path, edges, header="source,target,weight"):
    with open(path, "w") as f:
        f.write(header + "\n")
        for u, v, w in edges:
            f.write(f"{u},{v},{w:g}\n")


def load_graphs(names, folder):
    graphs = {}
    for name in names:
        if name == "higgs":
            source = os.path.join(SHARED, "higgs-twitter", "higgs-mention_network.edgelist")
            if not os.path.exists(source):
                print(f"skipped higgs: {source} is not here", file=sys.stderr)
                continue
            edges = {}
            with open(source) as f:
                for line in f:
                    u, v, w = line.split()
                    edges[(u, v)] = edges.get((u, v), 0) + float(w)
            path = os.path.join(folder, "higgs.csv")
            write_edges(path, [(u, v, w) for (u, v), w in edges.items()])
            graphs[name] = (path, True, None)
        elif name.startswith("lfr-"):
            mu = float(name[4:])
            G = nx.LFR_benchmark_graph(10000, 2.5, 1.5, mu, average_degree=15, max_degree=100,
                                       min_community=20, max_community=500, seed=7)
            truth, count = {}, 0
            for node in G:
                if node not in truth:
                    for member in G.nodes[node]["community"]:
                        truth[member] = count
                    count += 1
            path = os.path.join(folder, f"{name}.csv")
            write_edges(path, [(u, v, 1.0) for u, v in G.edges() if u != v])
            graphs[name] = (path, False, {str(n): c for n, c in truth.items()})
        elif name == "recruitment":
            truth = {}
            with open(os.path.join(ROOT, "Samples", "recruitment", "groups.csv")) as f:
                import csv
                for row in csv.DictReader(f):
                    truth[row["name"]] = row["group"]
            graphs[name] = (os.path.join(ROOT, "Samples", "recruitment", "edges.csv"), True, truth)
    return graphs


def read_igraph(path, directed):
    import csv
    names, edges, weights, index = [], [], [], {}
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        wcol = header.index("weight") if "weight" in header else None
        merged = {}
        for row in reader:
            u, v = row[0], row[1]
            for x in (u, v):
                if x not in index:
                    index[x] = len(names)
                    names.append(x)
            key = (index[u], index[v]) if directed else tuple(sorted((index[u], index[v])))
            merged[key] = merged.get(key, 0.0) + (float(row[wcol]) if wcol is not None else 1.0)
    g = igraph.Graph(n=len(names), edges=list(merged.keys()), directed=directed)
    g.es["weight"] = list(merged.values())
    g.vs["name"] = names
    return g


def quality(g, membership, truth):
    u = g.as_undirected(combine_edges="sum") if g.is_directed() else g
    q = u.modularity(membership, weights="weight")
    nmi = None
    if truth:
        names = g.vs["name"]
        pairs = [(truth[n], m) for n, m in zip(names, membership) if n in truth]
        nmi = normalized_mutual_info_score([a for a, _ in pairs], [b for _, b in pairs])
    return q, nmi


def run_recruitnet(binary, path, directed, algorithm, trials, g):
    with tempfile.NamedTemporaryFile(suffix=".csv") as out:
        args = [binary, "communities", path, "--algorithm", algorithm, "--format", "csv", "--out", out.name,
                "--timings", "--quiet", "--seed", "1", "--trials", str(trials)]
        if not directed or algorithm == "labelprop":
            args.append("--undirected")
        done = subprocess.run(args, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        timings = json.loads(done.stderr.strip().splitlines()[-1])
        community = {}
        import csv
        with open(out.name, newline="") as f:
            for row in csv.DictReader(f):
                community[row["node"]] = int(row["community"]) if row["community"] else -1
    membership = [community.get(n, -1) for n in g.vs["name"]]
    codelength = None
    if algorithm == "infomap":
        report = subprocess.run(args[:5] + ["--format", "json", "--seed", "1", "--trials", str(trials), "--quiet"]
                                + (["--undirected"] if not directed else []), capture_output=True, text=True)
        codelength = json.loads(report.stdout)["summary"].get("codelength")
    return timings.get("compute", 0.0), membership, codelength


def run_peer(tool, algorithm, g, directed, trials):
    if algorithm == "labelprop":
        u = g.as_undirected(combine_edges="sum") if g.is_directed() else g
        if tool == "igraph":
            start = time.perf_counter()
            membership = u.community_label_propagation(weights="weight").membership
            return time.perf_counter() - start, membership, None
        if tool == "networkit":
            G = nk.Graph(u.vcount(), weighted=True, directed=False)
            for e, w in zip(u.es, u.es["weight"]):
                G.addEdge(e.source, e.target, w)
            nk.engineering.setSeed(1, False)
            start = time.perf_counter()
            plp = nk.community.PLP(G)
            plp.run()
            elapsed = time.perf_counter() - start
            return elapsed, plp.getPartition().getVector(), None
    if algorithm == "infomap":
        if tool == "igraph":
            start = time.perf_counter()
            result = g.community_infomap(edge_weights="weight", trials=trials)
            return time.perf_counter() - start, result.membership, result.codelength
        if tool == "infomap":
            im = infomap.Infomap(f"--two-level --silent --num-trials {trials} --seed 1" + (" --directed" if directed else ""))
            for v in range(g.vcount()):
                im.add_node(v)
            for e, w in zip(g.es, g.es["weight"]):
                im.add_link(e.source, e.target, w)
            start = time.perf_counter()
            result = im.run()
            elapsed = time.perf_counter() - start
            modules = im.get_modules()
            return elapsed, [modules.get(v, -1) for v in range(g.vcount())], result.codelength
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recruitnet", default=os.environ.get("RECRUITNET", os.path.join(ROOT, ".build", "release", "recruitnet")))
    parser.add_argument("--graphs", default="recruitment,lfr-0.1,lfr-0.3,lfr-0.5,higgs")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; the median time is reported")
    parser.add_argument("--trials", type=int, default=1, help="Infomap trials, the same for every tool")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        graphs = load_graphs(options.graphs.split(","), folder)
        for name, (path, directed, truth) in graphs.items():
            g = read_igraph(path, directed)
            for algorithm, peers in (("labelprop", ["igraph", "networkit"]), ("infomap", ["infomap", "igraph"])):
                times, result = [], None
                for _ in range(options.repeat):
                    seconds, membership, codelength = run_recruitnet(options.recruitnet, path, directed, algorithm, options.trials, g)
                    times.append(seconds)
                    result = (membership, codelength)
                ours = statistics.median(times)
                q, nmi = quality(g, result[0], truth)
                rows.append([name, algorithm, "recruitnet", ours, 1.0, q, nmi, result[1]])
                for peer in peers:
                    times = []
                    for _ in range(options.repeat):
                        seconds, membership, codelength = run_peer(peer, algorithm, g, directed, options.trials)
                        times.append(seconds)
                    elapsed = statistics.median(times)
                    q, nmi = quality(g, membership, truth)
                    rows.append([name, algorithm, peer, elapsed, elapsed / ours if ours > 0 else float("nan"), q, nmi, codelength])
                print(f"done {name} {algorithm}", file=sys.stderr)
    print(f"graphs: {options.graphs}; Infomap trials {options.trials}; median of {options.repeat}; "
          f"igraph {igraph.__version__}, infomap {infomap.__version__}, networkit {nk.__version__}")
    print("| graph | algorithm | tool | compute s | peer/recruitnet | modularity | NMI | codelength |")
    print("|---|---|---|---|---|---|---|---|")
    for name, algorithm, tool, seconds, ratio, q, nmi, codelength in rows:
        print(f"| {name} | {algorithm} | {tool} | {seconds:.3f} | {ratio:.2f} | {q:.4f} | "
              f"{'' if nmi is None else f'{nmi:.4f}'} | {'' if codelength is None else f'{codelength:.4f}'} |")


if __name__ == "__main__":
    main()
