#!/usr/bin/env python3
"""Times snapshots at scale (issue #14's target: 30 snapshots of a 1M-account network diffed,
with survival tables, in under 30 s): generates N accounts with 3 random ties each and K
account-status snapshots a day apart in which 30% of the accounts are suspended by the last
one, then times `snapshots import` (each), `diff` (first to last), `snapshots courses` (every
account's course, CSV) and `survival` on that CSV. There is no peer tool for this workflow; the
numbers are RecruitNet's own, with peak memory from GNU time.

    Scripts/bench/bench_snapshots.py [--accounts 1000000] [--snapshots 30] [--binary PATH]
"""
import argparse
import os
import random
import subprocess
import tempfile
import time


def generate(folder, n, k, rng):
    fate = [rng.random() for _ in range(n)]
    for s in range(k):
        with open(os.path.join(folder, "s%02d.csv" % s), "w") as f:
            f.write("account,status,followers\n")
            limit = 0.3 * (s + 1) / k
            f.writelines(
                "a%d,%s,%d\n" % (i, "suspended" if fate[i] < limit else "active", i % 500)
                for i in range(n))
    with open(os.path.join(folder, "edges.csv"), "w") as f:
        f.write("source,target\n")
        f.writelines("a%d,a%d\n" % (i, rng.randrange(n)) for i in range(n) for _ in range(3))


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(command), result.stderr))
    kilobytes = int(result.stderr.strip().splitlines()[-1])
    return seconds, kilobytes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--snapshots", type=int, default=30)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument(
        "--binary", default=os.path.join(root, ".build", "release", "recruitnet"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        generate(folder, args.accounts, args.snapshots, random.Random(1))
        workspace = os.path.join(folder, "w.rnet")
        timed([args.binary, "import", os.path.join(folder, "edges.csv"), "--into", workspace,
               "--quiet"])
        total = 0.0
        for s in range(args.snapshots):
            seconds, _ = timed([
                args.binary, "snapshots", "import", workspace,
                os.path.join(folder, "s%02d.csv" % s), "--name", "s%02d" % s,
                "--taken", str(1420070400 + s * 86400)])
            total += seconds
        last = "s%02d" % (args.snapshots - 1)
        diff = timed([args.binary, "diff", workspace, "--from", "s00", "--to", last])
        courses_csv = os.path.join(folder, "courses.csv")
        courses = timed([args.binary, "snapshots", "courses", workspace, "--format", "csv",
                         "--out", courses_csv])
        survival = timed([args.binary, "survival", courses_csv, "--group-by", "none"])
        print("%d accounts, %d snapshots" % (args.accounts, args.snapshots))
        print("import (all snapshots)  %8.2f s" % total)
        for name, (seconds, kilobytes) in [
            ("diff first -> last", diff), ("courses (CSV)", courses), ("survival", survival)]:
            print("%-22s  %8.2f s  %7.0f MB" % (name, seconds, kilobytes / 1024))
        print("diff + courses + survival  %.2f s (target 30 s)" % (
            diff[0] + courses[0] + survival[0]))


if __name__ == "__main__":
    main()
