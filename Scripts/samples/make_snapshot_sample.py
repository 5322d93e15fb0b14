#!/usr/bin/env python3
"""Writes Samples/recruitment/snapshots/status-*.csv: three made-up look-ups of the recruitment
sample's accounts (2015-03-01, 2015-06-01, 2015-09-01), for `recruitnet snapshots`, `diff`
and `survival`.

Deterministic (random.Random(2015)). The story it tells:
- accounts labelled `suspended` in accounts.csv are suspended: a third by March, the rest by
  June or September;
- about 8% of amplifiers and 2% of members are suspended over the period, a few accounts are
  deleted, made protected, or renamed (same user id, new name, `renamed_to` set);
- a few suspended accounts come back in September under a new name (`<name>_2`), with a new
  user id and a small follower count: returning accounts;
- followers drift from the counts in accounts.csv.
No real account is in it.
"""
import csv
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "Samples", "recruitment")
DATES = ["2015-03-01", "2015-06-01", "2015-09-01"]


def main():
    rng = random.Random(2015)
    with open(os.path.join(SAMPLE, "accounts.csv"), newline="") as f:
        accounts = list(csv.DictReader(f))
    fate = {}
    for index, a in enumerate(accounts):
        label = a["label"]
        roll = rng.random()
        if label == "suspended":
            fate[a["name"]] = ("suspended", rng.choice([0, 1, 1, 2, 2]))
        elif label == "amplifier" and roll < 0.08:
            fate[a["name"]] = ("suspended", rng.choice([1, 2]))
        elif label == "member" and roll < 0.02:
            fate[a["name"]] = ("suspended", rng.choice([1, 2]))
        elif roll > 0.985:
            fate[a["name"]] = ("deleted", rng.choice([1, 2]))
        elif roll > 0.975:
            fate[a["name"]] = ("renamed", rng.choice([1, 2]))
        elif roll > 0.965:
            fate[a["name"]] = ("protected", rng.choice([0, 1, 2]))
    # Returning accounts come back in September after a suspension seen by June.
    suspended = sorted(
        n for n, (state, when) in fate.items() if state == "suspended" and when <= 1)
    returning = set(rng.sample(suspended, 6))
    out = os.path.join(SAMPLE, "snapshots")
    os.makedirs(out, exist_ok=True)
    followers = {a["name"]: int(a["followers"]) for a in accounts}
    for step, date in enumerate(DATES):
        rows = []
        for index, a in enumerate(accounts):
            name = a["name"]
            state, when = fate.get(name, ("active", 99))
            followers[name] = max(0, followers[name] + rng.randint(-3, 12))
            row = {
                "account": name,
                "status": "active",
                "followers": followers[name],
                "renamed_to": "",
                "user_id": str(1000 + index),
                "created": a["created_at"],
            }
            if step >= when:
                row["status"] = state
                if state in ("suspended", "deleted"):
                    row["followers"] = ""
                if state == "renamed":
                    row["renamed_to"] = name + "_new"
            rows.append(row)
            if state == "renamed" and step >= when:
                rows.append(dict(row, account=name + "_new", status="active", renamed_to=""))
        if step == 2:
            for offset, name in enumerate(sorted(returning)):
                rows.append({
                    "account": name + "_2",
                    "status": "active",
                    "followers": rng.randint(3, 40),
                    "renamed_to": "",
                    "user_id": str(5000 + offset),
                    "created": "2015-08-%02dT12:00:00Z" % (10 + offset),
                })
        path = os.path.join(out, "status-%s.csv" % date[:7])
        with open(path, "w", newline="") as f:
            writer = csv.DictWriter(
                f, ["account", "status", "followers", "renamed_to", "user_id", "created"])
            writer.writeheader()
            writer.writerows(rows)
        print("wrote", path, len(rows), "rows")


if __name__ == "__main__":
    main()
