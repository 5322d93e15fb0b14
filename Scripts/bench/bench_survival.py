#!/usr/bin/env python3
"""Survival analysis of 1M accounts: recruitnet against lifelines, in one run, printing ratios.

Generates (seeded, numpy) an account-status table of 1,000,000 accounts in 3 groups: creation
times over 2015, lifetimes to suspension drawn from a Weibull (shape 0.6, scale 30 days), an
exponential (mean 90 days) and a Weibull (shape 1.5, scale 200 days), censored by the end of the
collection (2016-06-30) or by the account going quiet (deleted, renamed, protected), last_seen
rounded to the minute (so many ties). Then, on the same file:

- recruitnet: `recruitnet survival TABLE --timings --format table` (release build; the
  answers come from one more, untimed run with `--format json`); its
  `load` phase is reading the CSV and making the lifetimes, `compute` is Kaplan-Meier for every
  group and all accounts (tables, Greenwood, intervals, median, S and shares at 48 h and 90 d)
  and the 3-group log-rank test;
- lifelines 0.30.3: `load` is pandas.read_csv, to_datetime and the lifetimes (vectorised);
  `compute` is KaplanMeierFitter.fit for every group and all accounts, the median, predict at
  48 h and 90 d, and multivariate_logrank_test.

Both take the best of REPEATS runs of each phase; the answers (log-rank statistic, median and
S(90 d) per group) are compared before the ratios are printed.

Run after `swift build -c release --product recruitnet`:
  /work/main/Scripts/bench/.venv/bin/python Scripts/bench/bench_survival.py [--accounts N] [--binary PATH]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import lifelines
import numpy as np
import pandas as pd
from lifelines import KaplanMeierFitter
from lifelines.statistics import multivariate_logrank_test

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "recruitnet")
REPEATS = 3
START = np.datetime64("2015-01-01T00:00:00", "s")
END = np.datetime64("2016-06-30T00:00:00", "s")


def generate(path, n, seed=14):
    rng = np.random.default_rng(seed)
    groups = rng.choice(np.array(["cell-a", "cell-b", "cell-c"]), n, p=[0.3, 0.45, 0.25])
    days = np.empty(n)
    a, b, c = groups == "cell-a", groups == "cell-b", groups == "cell-c"
    days[a] = 30 * rng.weibull(0.6, a.sum())
    days[b] = rng.exponential(90, b.sum())
    days[c] = 200 * rng.weibull(1.5, c.sum())
    created = START + (rng.uniform(0, 365 * 86400, n)).astype("timedelta64[s]")
    suspended_at = created + (days * 86400).astype("timedelta64[s]")
    quiet = rng.random(n) < 0.15
    quiet_at = created + (rng.uniform(0, 400, n) * 86400).astype("timedelta64[s]")
    end = np.where(quiet, np.minimum(quiet_at, END), END)
    suspended = suspended_at <= end
    last = np.where(suspended, suspended_at, end).astype("datetime64[m]").astype("datetime64[s]")
    last = np.maximum(last, created)
    status = np.where(suspended, "suspended",
                      np.where(quiet, rng.choice(np.array(["deleted", "renamed", "protected"]), n),
                               "active"))
    frame = pd.DataFrame({
        "account": np.char.add("user", np.arange(n).astype(str)),
        "group": groups,
        "created": np.char.add(np.datetime_as_string(created, unit="s"), "Z"),
        "first_seen": np.char.add(np.datetime_as_string(created, unit="s"), "Z"),
        "last_seen": np.char.add(np.datetime_as_string(last, unit="s"), "Z"),
        "status": status,
    })
    frame.to_csv(path, index=False)


def run_recruitnet(binary, path):
    best = {}
    answer = None
    out_path = os.path.join(os.path.dirname(path), "out.json")
    for _ in range(REPEATS):
        start = time.perf_counter()
        done = subprocess.run(
            [binary, "survival", path, "--timings", "--format", "table", "--quiet", "--out",
             os.devnull], check=True, capture_output=True, text=True)
        wall = time.perf_counter() - start
        timings = json.loads(done.stderr.strip().splitlines()[-1])
        for phase in ["load", "compute"]:
            best[phase] = min(best.get(phase, 1e9), timings[phase])
        best["process"] = min(best.get("process", 1e9), wall)
    # The answers from one more run, as JSON (its output, all curves, is not timed).
    subprocess.run([binary, "survival", path, "--format", "json", "--quiet", "--out", out_path],
                   check=True)
    with open(out_path) as f:
        out = json.load(f)
    answer = {
        "logrank": out["logrank"]["statistic"],
        "groups": {g["group"]: (g["median_days"], g["windows"][1]["survival"]) for g in out["groups"]},
    }
    return best, answer


def run_lifelines(path):
    best = {}
    answer = None
    for _ in range(REPEATS):
        start = time.perf_counter()
        frame = pd.read_csv(path)
        origin = pd.to_datetime(frame["created"], utc=True)
        last = pd.to_datetime(frame["last_seen"], utc=True)
        durations = ((last - origin).dt.total_seconds() / 86400).to_numpy()
        events = (frame["status"] == "suspended").to_numpy()
        groups = frame["group"].to_numpy()
        load = time.perf_counter() - start

        start = time.perf_counter()
        result = {}
        fitted = KaplanMeierFitter().fit(durations, event_observed=events)
        fitted.median_survival_time_
        fitted.predict([2.0, 90.0])
        for g in np.unique(groups):
            mask = groups == g
            kmf = KaplanMeierFitter().fit(durations[mask], event_observed=events[mask])
            median = kmf.median_survival_time_
            s = kmf.predict([2.0, 90.0])
            result[str(g)] = (None if np.isinf(median) else float(median), float(s.iloc[1]))
        test = multivariate_logrank_test(durations, groups, events)
        compute = time.perf_counter() - start
        best["load"] = min(best.get("load", 1e9), load)
        best["compute"] = min(best.get("compute", 1e9), compute)
        best["process"] = min(best.get("process", 1e9), load + compute)
        answer = {"logrank": float(test.test_statistic), "groups": result}
    return best, answer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--binary", default=BINARY, help="the recruitnet to time (default: release)")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"build first: swift build -c release --product recruitnet ({args.binary})")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "status.csv")
        start = time.perf_counter()
        generate(path, args.accounts)
        size = os.path.getsize(path) / 1e6
        print(f"generated {args.accounts} accounts ({size:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s; lifelines {lifelines.__version__}, "
              f"best of {REPEATS}")
        ours, our_answer = run_recruitnet(args.binary, path)
        theirs, their_answer = run_lifelines(path)
    assert abs(our_answer["logrank"] - their_answer["logrank"]) <= 1e-9 * abs(their_answer["logrank"]), (
        our_answer["logrank"], their_answer["logrank"])
    for g, (median, s90) in their_answer["groups"].items():
        our_median, our_s90 = our_answer["groups"][g]
        assert (median is None and our_median is None) or abs(median - our_median) < 1e-9, (g, median, our_median)
        assert abs(s90 - our_s90) < 1e-9, (g, s90, our_s90)
    print(f"answers agree: log-rank {their_answer['logrank']:.6f}; per group median and S(90 d) to 1e-9")
    print(f"{'phase':<34}{'recruitnet s':>14}{'lifelines s':>14}{'lifelines/recruitnet':>22}")
    rows = [("load (CSV -> lifetimes)", "load"), ("compute (4 KM curves + log-rank)", "compute"),
            ("total (recruitnet: whole process)", "process")]
    for label, key in rows:
        print(f"{label:<34}{ours[key]:>14.3f}{theirs[key]:>14.3f}{theirs[key] / ours[key]:>21.1f}x")


if __name__ == "__main__":
    main()
