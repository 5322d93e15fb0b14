#!/usr/bin/env python3
"""Writes the survival oracle fixtures: lifelines' Kaplan-Meier tables, survival function,
exponential-Greenwood 95% interval and median per group, and its log-rank tests, on seeded
generated account lifetimes, as JSON under Tests/RecruitNetSurvivalTests/Fixtures/.

Run with the benchmark virtualenv (lifelines 0.30.3, scipy 1.17.1):

    /work/main/Scripts/bench/.venv/bin/python Scripts/oracles/survival.py

The data imitate account-status tables: lifetimes in days from creation to suspension
(exponential or Weibull, a different rate per group), right-censored by the end of the
collection (uniform follow-up) or by the account going quiet; durations rounded to whole days or
hours in some sets so that many ties occur (events and censorings at one time), one set with
lifetimes of 0 and a group whose curve falls to 0. lifelines is the reference: KaplanMeierFitter
(event_table, survival_function_, confidence_interval_, median_survival_time_, predict),
logrank_test and multivariate_logrank_test; scipy's chi2.sf gives p-values on a grid to test
the incomplete gamma function on its own. Nothing is shared with the Swift code.

It also reads the sample account-status table Samples/suspensions/status.csv with the csv and
datetime modules, makes the lifetimes by the documented rule (created, else first_seen, to
last_seen, in days; suspended = event, every other status censored), and writes what
`recruitnet survival` should print for it (per cell: counts, median, S at 48 hours and 90 days
with the interval, the naive shares; the log-rank test) to
Tests/RecruitNetCLITests/Fixtures/oracle/suspensions.survival.json.
"""
import csv
import json
import math
import os

import lifelines
import numpy as np
import scipy
from lifelines import KaplanMeierFitter
from lifelines.statistics import logrank_test, multivariate_logrank_test
from scipy import stats
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests/RecruitNetSurvivalTests/Fixtures")
SAMPLE = os.path.join(ROOT, "Samples/suspensions/status.csv")
SAMPLE_ORACLE = os.path.join(ROOT, "Tests/RecruitNetCLITests/Fixtures/oracle/suspensions.survival.json")
QUERY_TIMES = [0.0, 0.5, 2.0, 7.0, 30.0, 90.0, 365.0, 10000.0]


def generated(seed, groups, rounding, censor_share):
    """(durations, events, labels): per group (label, n, kind, scale, shape)."""
    rng = np.random.default_rng(seed)
    durations, events, labels = [], [], []
    for label, n, kind, scale, shape in groups:
        if kind == "exponential":
            life = rng.exponential(scale, n)
        else:
            life = scale * rng.weibull(shape, n)
        follow = rng.uniform(0, scale * 3, n)
        quiet = rng.random(n) < censor_share
        follow = np.where(quiet, follow * rng.random(n), follow)
        time = np.minimum(life, follow)
        event = life <= follow
        if rounding == "day":
            time = np.floor(time)
        elif rounding == "hour":
            time = np.floor(time * 24) / 24
        durations += [float(t) for t in time]
        events += [bool(e) for e in event]
        labels += [label] * n
    return durations, events, labels


def km_fixture(durations, events):
    kmf = KaplanMeierFitter().fit(durations, event_observed=events)
    table = kmf.event_table
    ci = kmf.confidence_interval_
    median = kmf.median_survival_time_
    return {
        "timeline": [float(t) for t in table.index],
        "at_risk": [int(v) for v in table["at_risk"]],
        "events": [int(v) for v in table["observed"]],
        "censored": [int(v) for v in table["censored"]],
        "survival": [float(v) for v in kmf.survival_function_.iloc[:, 0]],
        "lower": [float(v) for v in ci.iloc[:, 0]],
        "upper": [float(v) for v in ci.iloc[:, 1]],
        "median": None if math.isinf(median) else float(median),
        "query_times": QUERY_TIMES,
        "survival_at": [float(v) for v in kmf.predict(QUERY_TIMES)],
    }


def fixture(name, durations, events, labels):
    names = sorted(set(labels))
    groups = {}
    for g in names:
        idx = [i for i, l in enumerate(labels) if l == g]
        groups[g] = km_fixture([durations[i] for i in idx], [events[i] for i in idx])
    result = {
        "name": name,
        "durations": durations,
        "events": events,
        "labels": labels,
        "all": km_fixture(durations, events),
        "groups": groups,
    }
    if len(names) >= 2:
        test = multivariate_logrank_test(durations, labels, events)
        result["logrank"] = {
            "statistic": float(test.test_statistic),
            "p_value": float(test.p_value),
            "degrees_of_freedom": int(test.degrees_of_freedom),
        }
    if len(names) == 2:
        a = [i for i, l in enumerate(labels) if l == names[0]]
        b = [i for i, l in enumerate(labels) if l == names[1]]
        pair = logrank_test(
            [durations[i] for i in a], [durations[i] for i in b],
            event_observed_A=[events[i] for i in a], event_observed_B=[events[i] for i in b])
        assert abs(pair.test_statistic - result["logrank"]["statistic"]) < 1e-9
    return result


def parse_time(text):
    """ISO 8601 date or datetime ending in Z, as Unix seconds (UTC)."""
    if "T" in text:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    else:
        moment = datetime.strptime(text, "%Y-%m-%d")
    return int(moment.replace(tzinfo=timezone.utc).timestamp())


def sample_oracle():
    with open(SAMPLE, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    durations, events, labels = [], [], []
    for row in rows:
        origin = row["created"] or row["first_seen"]
        durations.append((parse_time(row["last_seen"]) - parse_time(origin)) / 86400)
        events.append(row["status"] == "suspended")
        labels.append(row["group"])
    groups = {}
    for g in sorted(set(labels)):
        idx = [i for i, l in enumerate(labels) if l == g]
        d = [durations[i] for i in idx]
        e = [events[i] for i in idx]
        kmf = KaplanMeierFitter().fit(d, event_observed=e)
        ci = kmf.confidence_interval_
        windows = []
        for t in [2.0, 90.0]:
            # The step value at t: the last timeline point <= t.
            at = kmf.survival_function_.index[kmf.survival_function_.index <= t][-1]
            windows.append({
                "window_days": t,
                "survival": float(kmf.predict(t)),
                "survival_lower": float(ci.loc[at].iloc[0]),
                "survival_upper": float(ci.loc[at].iloc[1]),
                "suspended_within": sum(1 for x, y in zip(d, e) if y and x <= t),
                "naive_share": sum(1 for x, y in zip(d, e) if y and x <= t) / len(d),
            })
        median = kmf.median_survival_time_
        groups[g] = {
            "accounts": len(d), "suspended": int(sum(e)),
            "median_days": None if math.isinf(median) else float(median), "windows": windows,
        }
    test = multivariate_logrank_test(durations, labels, events)
    with open(SAMPLE_ORACLE, "w") as f:
        json.dump({
            "generator": "Scripts/oracles/survival.py", "lifelines": lifelines.__version__,
            "table": "Samples/suspensions/status.csv", "groups": groups,
            "logrank": {"statistic": float(test.test_statistic), "p_value": float(test.p_value),
                        "degrees_of_freedom": int(test.degrees_of_freedom)},
        }, f, indent=1, sort_keys=True, allow_nan=False)
        f.write("\n")
    print(f"wrote {SAMPLE_ORACLE}: logrank {test.test_statistic} p={test.p_value}")


def main():
    sets = []
    d, e, l = generated(
        14, [("cell-a", 250, "exponential", 30.0, 1), ("cell-b", 200, "exponential", 12.0, 1),
             ("cell-c", 150, "exponential", 60.0, 1)], "day", 0.2)
    sets.append(fixture("exponential-days-3-groups", d, e, l))
    d, e, l = generated(
        7, [("hub", 300, "weibull", 40.0, 0.7), ("periphery", 250, "weibull", 55.0, 1.4)],
        None, 0.3)
    sets.append(fixture("weibull-continuous-2-groups", d, e, l))
    d, e, l = generated(
        3, [("early", 1500, "weibull", 5.0, 0.5), ("late", 1500, "exponential", 20.0, 1),
            ("quiet", 1000, "weibull", 90.0, 2.0)], "hour", 0.4)
    sets.append(fixture("weibull-hours-3-groups", d, e, l))
    # Lifetimes of 0, ties of events and censorings, a group that ends in events only (S = 0).
    d = [0, 0, 1, 1, 1, 2, 3, 3, 5, 8, 0, 2, 2, 4, 4, 4, 6, 7, 9, 9]
    e = [True, False, True, True, False, True, False, True, True, True,
         True, True, False, True, True, False, True, False, True, True]
    l = ["x"] * 10 + ["y"] * 10
    sets.append(fixture("zeros-ties-falls-to-zero", [float(v) for v in d], e, l))
    # The example of lifelines' multivariate_logrank_test docstring.
    d = [5, 3, 9, 8, 7, 4, 4, 3, 2, 5, 6, 7]
    e = [bool(v) for v in [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0]]
    l = [str(v) for v in [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]]
    sets.append(fixture("lifelines-docstring", [float(v) for v in d], e, l))

    chi2 = []
    for df in [1, 2, 3, 4, 5, 9, 20, 99]:
        for x in [0.001, 0.1, 0.5, 1.0, 2.5, 3.84, 7.0, 15.0, 40.0, 120.0, 600.0]:
            chi2.append({"x": x, "df": df, "sf": float(stats.chi2.sf(x, df))})

    os.makedirs(FIXTURES, exist_ok=True)
    out = os.path.join(FIXTURES, "survival-oracle.json")
    with open(out, "w") as f:
        json.dump({
            "generator": "Scripts/oracles/survival.py",
            "lifelines": lifelines.__version__, "scipy": scipy.__version__,
            "datasets": sets, "chi2_sf": chi2,
        }, f, allow_nan=False)
        f.write("\n")
    print(f"wrote {out}: {len(sets)} datasets, {len(chi2)} chi2 values")
    for s in sets:
        lr = s.get("logrank", {})
        print(f"  {s['name']}: n={len(s['durations'])} events={sum(s['events'])} "
              f"logrank={lr.get('statistic')} p={lr.get('p_value')}")


if __name__ == "__main__":
    main()
    sample_oracle()
