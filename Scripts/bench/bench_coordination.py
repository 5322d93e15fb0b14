"""Coordination networks: RecruitNet against coordination-network-toolkit 1.5.2 on the same file.

For a tweet CSV in the toolkit's format (make one with
`Scripts/oracles/coordination_toolkit.py --bench --scale N`), times, in one run:
  toolkit:    preprocess into its SQLite database, then `compute TRACE --time_window W`
  RecruitNet: `import` into a workspace, then `coordination --by TRACE --window W`
and prints seconds, in-window pairs per second, peak memory (max RSS of the process tree) and the
ratios, and checks that both give the same directed edges and weights.

    Scripts/bench/.venv/bin/python Scripts/bench/bench_coordination.py --csv tweets.csv \
        --recruitnet .build/release/recruitnet --trace co_retweet --window 60
"""
import argparse
import csv
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time

OURS = {"co_retweet": "co-retweet", "co_tweet": "co-tweet", "co_reply": "co-reply",
        "co_link": "co-link", "co_post": "co-post", "co_similar_tweet": "co-similar"}


def timed(command, **kwargs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", required=True)
    parser.add_argument("--recruitnet", default=".build/release/recruitnet")
    parser.add_argument("--trace", default="co_retweet", choices=sorted(OURS))
    parser.add_argument("--window", type=int, default=60)
    parser.add_argument("--min-weight", type=int, default=1)
    parser.add_argument("--cpus", type=int, default=2)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "toolkit.db")
        ws = os.path.join(tmp, "study.rnet")
        rows = sum(1 for _ in open(args.csv, encoding="utf-8")) - 1
        t_pre, m_pre, _ = timed([python, "-m", "coordination_network_toolkit", db, "preprocess",
                                 "--format", "csv", args.csv])
        if args.trace == "co_link":
            # The toolkit's empty-URL quirk (see the README): removed so both compute the same.
            con = sqlite3.connect(db)
            con.execute("DELETE FROM message_url WHERE url = ''")
            con.commit()
            con.close()
        extra = ["--similarity_threshold", "0.9"] if args.trace == "co_similar_tweet" else []
        t_cmp, m_cmp, _ = timed([python, "-m", "coordination_network_toolkit", db, "compute", args.trace,
                                 "--time_window", str(args.window), "--min_edge_weight", str(args.min_weight),
                                 "--n_cpus", str(args.cpus)] + extra)
        con = sqlite3.connect(db)
        theirs = set(con.execute(f"SELECT user_1, user_2, weight FROM {args.trace}_network WHERE user_1 != user_2"))
        con.close()
        t_imp, m_imp, _ = timed([args.recruitnet, "import", args.csv, "--into", ws, "--quiet"])
        t_co, m_co, result = timed([args.recruitnet, "coordination", ws, "--by", OURS[args.trace],
                                    "--window", str(args.window), "--min-weight", str(args.min_weight),
                                    "--threads", str(args.cpus), "--format", "csv", "--out",
                                    os.path.join(tmp, "edges.csv"), "--quiet"])
        with open(os.path.join(tmp, "edges.csv"), newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        ours = {(e["source"], e["target"], int(e["weight"])) for e in edges}
        pairs = sum(int(e["pairs"]) for e in edges)
    same = ours == theirs
    print(f"{args.csv}: {rows} messages, {args.trace} window {args.window} s, min weight {args.min_weight}, "
          f"{len(ours)} directed edges, {pairs} in-window pairs between accounts; identical edges: {same}")
    print(f"{'step':<28}{'toolkit s':>10}{'RecruitNet s':>14}{'ratio':>8}")
    print(f"{'load (preprocess/import)':<28}{t_pre:>10.2f}{t_imp:>14.2f}{t_pre / t_imp:>8.1f}")
    print(f"{'compute':<28}{t_cmp:>10.2f}{t_co:>14.2f}{t_cmp / t_co:>8.1f}")
    print(f"{'total':<28}{t_pre + t_cmp:>10.2f}{t_imp + t_co:>14.2f}{(t_pre + t_cmp) / (t_imp + t_co):>8.1f}")
    print(f"pairs per second (compute): toolkit {pairs / t_cmp:,.0f}, RecruitNet {pairs / t_co:,.0f}")
    print(f"peak RSS so far (MB): toolkit ≤ {max(m_pre, m_cmp):.0f}, RecruitNet ≤ {max(m_imp, m_co):.0f} "
          "(ru_maxrss of children: the largest child process yet)")
    if not same:
        print(f"DIFFERENT: only toolkit {len(theirs - ours)}, only RecruitNet {len(ours - theirs)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
