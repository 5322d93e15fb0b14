#!/usr/bin/env python3
"""Write a planted-partition network for the render benchmark: accounts in groups, most edges
inside a group, with the group of every account.

    python3 Scripts/bench/generate_planted.py --nodes 5000 --groups 12 --degree 3 --out data/planted-5k

writes ``data/planted-5k.edges.csv`` (``source,target,weight``, names ``a<id>``) and
``data/planted-5k.groups.csv`` (``name,group``). Group sizes vary (a power law over the group
index, the largest about 3x the smallest); each account draws ``degree`` partners on average,
from its own group with probability ``--inside`` (default 0.9), else from anywhere. Weights are
1..5. Python standard library only; the same arguments give byte-identical files (``random.Random(seed)``).
Load the groups into a workspace with ``recruitnet partitions import WORKSPACE PREFIX.groups.csv --name planted``.
"""
import argparse
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--groups", type=int, default=10)
    parser.add_argument("--degree", type=float, default=3.0, help="edges per account (mean)")
    parser.add_argument("--inside", type=float, default=0.9, help="share of edges inside a group")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="path prefix: PREFIX.edges.csv and PREFIX.groups.csv")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    weights = [1.0 / (1 + 0.2 * g) for g in range(args.groups)]
    total = sum(weights)
    sizes = [max(2, int(args.nodes * w / total)) for w in weights]
    sizes[0] += args.nodes - sum(sizes)
    group_of, members, start = [], [], 0
    for g, size in enumerate(sizes):
        members.append(list(range(start, start + size)))
        group_of += [g] * size
        start += size
    n = len(group_of)
    edges = set()
    target_edges = int(n * args.degree)
    while len(edges) < target_edges:
        u = rng.randrange(n)
        if rng.random() < args.inside:
            v = rng.choice(members[group_of[u]])
        else:
            v = rng.randrange(n)
        if u != v:
            edges.add((u, v))
    with open(args.out + ".edges.csv", "w") as f:
        f.write("source,target,weight\n")
        for u, v in sorted(edges):
            f.write(f"a{u},a{v},{1 + int(4 * rng.random() ** 3)}\n")
    with open(args.out + ".groups.csv", "w") as f:
        f.write("name,group\n")
        for node, g in enumerate(group_of):
            f.write(f"a{node},{g}\n")
    print(f"{args.out}: {n} accounts, {len(edges)} edges, {args.groups} groups")


if __name__ == "__main__":
    main()
