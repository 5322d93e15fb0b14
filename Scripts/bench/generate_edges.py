#!/usr/bin/env python3
"""Write a synthetic, skewed, directed, weighted edge list for the benchmark.

The output is CSV with the header ``source,target,weight``. Node names are
strings ``u<id>`` with ids in ``[0, nodes)``, so every loader has to intern
names (no tool can take the shortcut of integer ids).

Shape of the graph (all draws from one ``numpy.random.default_rng(seed)``):

* Endpoints are power-law-ish. A source is drawn by rank ``r = floor(n * U**2)``
  (out-degree of rank r falls like r**-0.5), a target by ``r = floor(n * U**3)``
  (in-degree falls like r**-0.67: a few accounts are retweeted by very many).
  Ranks are mapped to ids through two independent random permutations, so the
  hubs are spread over the id range and out-hubs are not in-hubs.
* About 10 % of the rows are reversals of earlier rows (reciprocity).
* Self-loops occur only by chance (a few dozen at 10M edges); they are kept.
* Pairs are distinct: duplicate (source, target) pairs are dropped (first
  occurrence kept) and replaced by fresh draws until exactly ``edges`` rows
  remain. Every loader therefore agrees on m, whatever its duplicate policy
  (igraph keeps multi-edges, NetworKit keeps the first, networkx the last,
  recruitnet sums weights).
* Weights are integers 1..20 with P(w) proportional to w**-2.2 (about 58 %
  are 1).
* Row order is the order of the draws, i.e. random, not sorted.

The text is built with vectorised numpy digit arithmetic into one byte buffer
per chunk, so 10M rows take a few seconds. Same arguments -> byte-identical
file (for a given numpy version; requirements.txt pins it). A sidecar
``<out>.meta.json`` records the parameters and the counts.

Usage::

    generate_edges.py --nodes 1000000 --edges 10000000 --seed 1 --out data/edges-1M-10M.csv
    generate_edges.py --standard          # the three standard files in Scripts/bench/data/
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

# (nodes, edges) of the standard benchmark files.
STANDARD = [(50_000, 500_000), (100_000, 1_000_000), (1_000_000, 10_000_000)]
DEFAULT_SEED = 20150302

OUT_EXPONENT = 2.0  # rank = floor(n * U**OUT_EXPONENT)
IN_EXPONENT = 3.0
RECIPROCAL_FRACTION = 0.10
MAX_WEIGHT = 20
WEIGHT_EXPONENT = 2.2
CHUNK_ROWS = 2_000_000


def human(count: int) -> str:
    """50000 -> '50k', 1000000 -> '1M'; other counts are written out."""
    for div, suffix in ((1_000_000, "M"), (1_000, "k")):
        if count % div == 0:
            return f"{count // div}{suffix}"
    return str(count)


def standard_path(nodes: int, edges: int) -> Path:
    return DATA / f"edges-{human(nodes)}-{human(edges)}.csv"


def draw_pairs(rng: np.random.Generator, nodes: int, count: int,
               out_perm: np.ndarray, in_perm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`count` skewed (source, target) id pairs, about 10 % of them reversals."""
    base = count - int(count * RECIPROCAL_FRACTION)
    src_rank = np.floor(nodes * rng.random(base) ** OUT_EXPONENT).astype(np.int64)
    dst_rank = np.floor(nodes * rng.random(base) ** IN_EXPONENT).astype(np.int64)
    src = out_perm[np.minimum(src_rank, nodes - 1)]
    dst = in_perm[np.minimum(dst_rank, nodes - 1)]
    flip = rng.integers(0, base, size=count - base) if base > 0 else np.empty(0, np.int64)
    return np.concatenate([src, dst[flip]]), np.concatenate([dst, src[flip]])


def distinct_pairs(rng: np.random.Generator, nodes: int, edges: int) -> tuple[np.ndarray, np.ndarray]:
    """Exactly `edges` distinct pairs in draw order (first occurrence kept)."""
    if edges > nodes * nodes:
        sys.exit(f"error: {edges} distinct pairs do not fit in {nodes}^2")
    out_perm = rng.permutation(nodes).astype(np.int64)
    in_perm = rng.permutation(nodes).astype(np.int64)
    keys = np.empty(0, np.int64)
    want = edges
    while True:
        src, dst = draw_pairs(rng, nodes, want, out_perm, in_perm)
        keys = np.concatenate([keys, src * nodes + dst])
        _, first = np.unique(keys, return_index=True)
        first.sort()
        keys = keys[first]
        if keys.size >= edges:
            keys = keys[:edges]
            break
        # Top up; ask for a little more than missing, since fresh draws also collide.
        want = int((edges - keys.size) * 1.2) + 16
    return keys // nodes, keys % nodes


def draw_weights(rng: np.random.Generator, count: int) -> np.ndarray:
    w = np.arange(1, MAX_WEIGHT + 1, dtype=np.float64)
    p = w ** -WEIGHT_EXPONENT
    p /= p.sum()
    return rng.choice(np.arange(1, MAX_WEIGHT + 1, dtype=np.int64), size=count, p=p)


def digit_count(x: np.ndarray) -> np.ndarray:
    """Number of decimal digits of each non-negative integer (0 has 1)."""
    d = np.ones(x.shape, np.int64)
    limit = 10
    top = int(x.max()) if x.size else 0
    while limit <= top:
        d += x >= limit
        limit *= 10
    return d


def put_digits(buf: np.ndarray, start: np.ndarray, x: np.ndarray, nd: np.ndarray) -> None:
    """Write the decimal digits of x[i] at buf[start[i] : start[i] + nd[i]]."""
    rest = x.copy()
    for k in range(int(nd.max()) if nd.size else 0):
        # k-th digit from the right sits at start + nd - 1 - k, for rows with nd > k.
        live = nd > k
        buf[(start + nd - 1 - k)[live]] = 48 + (rest[live] % 10)
        rest //= 10


def format_rows(src: np.ndarray, dst: np.ndarray, w: np.ndarray) -> bytes:
    """b'u<src>,u<dst>,<w>\\n' for every row, built without a Python loop."""
    ds, dt, dw = digit_count(src), digit_count(dst), digit_count(w)
    length = (1 + ds) + 1 + (1 + dt) + 1 + dw + 1
    end = np.cumsum(length)
    start = end - length
    buf = np.empty(int(end[-1]) if end.size else 0, np.uint8)
    buf[start] = ord("u")
    put_digits(buf, start + 1, src, ds)
    p = start + 1 + ds
    buf[p] = ord(",")
    buf[p + 1] = ord("u")
    put_digits(buf, p + 2, dst, dt)
    p = p + 2 + dt
    buf[p] = ord(",")
    put_digits(buf, p + 1, w, dw)
    buf[end - 1] = ord("\n")
    return buf.tobytes()


def generate(nodes: int, edges: int, seed: int, out: Path) -> dict:
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    src, dst = distinct_pairs(rng, nodes, edges)
    weights = draw_weights(rng, edges)
    t1 = time.perf_counter()

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    digest = hashlib.sha256()
    size = 0
    with open(tmp, "wb") as f:
        header = b"source,target,weight\n"
        f.write(header)
        digest.update(header)
        size += len(header)
        for lo in range(0, edges, CHUNK_ROWS):
            hi = min(lo + CHUNK_ROWS, edges)
            block = format_rows(src[lo:hi], dst[lo:hi], weights[lo:hi])
            f.write(block)
            digest.update(block)
            size += len(block)
    tmp.replace(out)
    t2 = time.perf_counter()

    present = np.unique(np.concatenate([src, dst])).size
    meta = {
        "generator": "Scripts/bench/generate_edges.py",
        "numpy": np.__version__,
        "seed": seed,
        "nodes_requested": nodes,
        "nodes": int(present),  # ids that occur in at least one row
        "edges": edges,
        "self_loops": int(np.count_nonzero(src == dst)),
        "weight_total": int(weights.sum()),
        "max_out_degree": int(np.bincount(src, minlength=nodes).max()),
        "max_in_degree": int(np.bincount(dst, minlength=nodes).max()),
        "bytes": size,
        "sha256": digest.hexdigest(),
        "draw_seconds": round(t1 - t0, 2),
        "write_seconds": round(t2 - t1, 2),
    }
    out.with_name(out.name + ".meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=1_000_000)
    ap.add_argument("--edges", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, help="output CSV (default: data/edges-<nodes>-<edges>.csv)")
    ap.add_argument("--standard", action="store_true",
                    help="write the three standard files (50k/500k, 100k/1M, 1M/10M) into data/")
    ap.add_argument("--if-missing", action="store_true", help="skip files that already exist")
    args = ap.parse_args(argv)

    jobs = ([(n, m, standard_path(n, m)) for n, m in STANDARD] if args.standard
            else [(args.nodes, args.edges, args.out or standard_path(args.nodes, args.edges))])
    for nodes, edges, out in jobs:
        if nodes < 1 or edges < 0:
            ap.error("--nodes must be >= 1 and --edges >= 0")
        if args.if_missing and out.exists() and out.with_name(out.name + ".meta.json").exists():
            print(f"{out}: exists, skipped", file=sys.stderr)
            continue
        meta = generate(nodes, edges, args.seed, out)
        print(f"{out}: {meta['nodes']} nodes, {meta['edges']} edges, {meta['bytes'] / 1e6:.1f} MB, "
              f"{meta['draw_seconds'] + meta['write_seconds']:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
