#!/usr/bin/env python3
"""Write the SYNTHETIC account-status table Samples/suspensions/status.csv.

Nothing here comes from real data: the accounts are those of the synthetic recruitment sample
(Samples/recruitment/accounts.csv: names and cells 1-5), and every status and
sighting is drawn from ``random.Random(SEED)`` (Python stdlib only), so every run writes
byte-identical files.

Creation times are redrawn (three in four accounts are created during the collection, the
rest in the year before), so that suspensions within 48 hours of creation can be seen.

What it imitates: a collection that followed the accounts from 2015-01-01 to 2015-06-30 and
recorded, for each one, its creation, its first and last sighting and its status at the end
(active, suspended, deleted, renamed, protected), as in the suspension studies of ISIS Twitter
networks (Berger & Morgan 2015; Conway et al. 2017). Cells differ in how fast they are
suspended: cell 1 (the most visible) loses a fifth of its new accounts within 48 hours, cell 5
almost none. The 30 accounts labelled ``suspended`` in the recruitment sample are suspended.
Accounts created before the collection are first seen when it starts; about 5% have no
creation date (only first_seen); dates are written as datetimes, some as plain dates.

Run:  python3 Scripts/samples/make_suspension_sample.py
"""
import csv
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 1914
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACCOUNTS = os.path.join(ROOT, "Samples/recruitment/accounts.csv")
OUT = os.path.join(ROOT, "Samples/suspensions/status.csv")
START = datetime(2015, 1, 1, tzinfo=timezone.utc)
END = datetime(2015, 6, 30, tzinfo=timezone.utc)
# Per cell: share suspended within 48 hours of creation, then mean days to suspension.
FAST = {"1": 0.20, "2": 0.10, "3": 0.06, "4": 0.03, "5": 0.01}
MEAN_DAYS = {"1": 110.0, "2": 220.0, "3": 360.0, "4": 600.0, "5": 1000.0}


def stamp(moment, rng):
    if rng.random() < 0.15:
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    rng = random.Random(SEED)
    with open(ACCOUNTS, newline="", encoding="utf-8") as f:
        accounts = list(csv.DictReader(f))
    rows = []
    for account in accounts:
        group = account["group"]
        if rng.random() < 0.75:
            created = START + timedelta(days=rng.uniform(0, 150))
        else:
            created = START - timedelta(days=rng.uniform(1, 365))
        created = created.replace(microsecond=0)
        if created < START:
            first = START + timedelta(days=rng.uniform(0, 10))
        else:
            first = created + timedelta(hours=rng.uniform(0, 12))
        if rng.random() < FAST[group]:
            suspension = created + timedelta(hours=rng.uniform(1, 47))
        else:
            suspension = created + timedelta(days=rng.expovariate(1 / MEAN_DAYS[group]))
        if suspension < first:
            suspension = first + timedelta(days=rng.expovariate(1 / MEAN_DAYS[group]))
        if account["label"] == "suspended" and suspension > END:
            suspension = first + (END - first) * rng.random()
        if suspension <= END:
            status, last = "suspended", suspension
        else:
            draw = rng.random()
            if draw < 0.80:
                status, last = "active", END
            elif draw < 0.87:
                status, last = "protected", END
            elif draw < 0.94:
                status, last = "deleted", first + (END - first) * rng.random()
            else:
                status, last = "renamed", first + (END - first) * rng.random()
        last = last.replace(second=0, microsecond=0)
        if last < first:
            last = first
        created_text = "" if rng.random() < 0.05 else stamp(created, rng)
        first = first.replace(microsecond=0)
        rows.append([account["name"], group, created_text, stamp(first, rng),
                     last.strftime("%Y-%m-%dT%H:%M:%SZ"), status])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["account", "group", "created", "first_seen", "last_seen", "status"])
        writer.writerows(rows)
    counts = {}
    for row in rows:
        counts[row[5]] = counts.get(row[5], 0) + 1
    print(f"wrote {OUT}: {len(rows)} accounts, {counts}")


if __name__ == "__main__":
    main()
