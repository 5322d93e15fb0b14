#!/usr/bin/env python3
"""Write the SYNTHETIC recruitment-style network in Samples/recruitment/.

Nothing here comes from real data: every account, tie and timestamp is drawn
from ``random.Random(SEED)`` (Python stdlib only, no hash-ordered containers),
so every run writes byte-identical files.

The planted structure
* 600 accounts in 5 cells (groups 1-5) of 160, 140, 120, 100 and 80 accounts.
* Labels: ``seed`` (recruiters, 2 per cell, group 5 has 1), ``amplifier``
  (about 25 %), ``member`` (the rest) and ``suspended`` (30 accounts that were
  amplifiers or members before suspension; they keep their ties).
* Dense ties inside each cell, few bridges between cells: amplifiers retweet
  their cell's seeds often, members retweet, mention, reply to and follow
  accounts of their own cell, seeds mention members ("targeting") and the
  seeds of other cells (coordination). About 3 % of accounts have one
  cross-cell tie.
* 4 accounts have no ties at all (they appear only in accounts.csv).

Edge semantics: ``source`` acts on ``target`` (source retweeted / mentioned /
replied to / followed target); ``weight`` = number of such actions in the
observation window (2015-01-01 to 2015-06-30); ``time`` = the first one, in
UTC. Rows are sorted by time.

Deliberate traps for importers
* names with a comma, a double quote, a space, Arabic script, Latin accents,
  and the two distinct accounts "007" and "7";
* 5 self-loops (accounts replying to themselves);
* 6 duplicate (source, target, type) rows with their own weight and time
  (an importer merges them by summing weights).

Output (UTF-8, LF, RFC 4180 quoting where needed):
  edges.csv     source,target,type,weight,time
  accounts.csv  name,label,group,followers,created_at
  groups.csv    name,group   (ground truth for community detection)

Usage (from anywhere):  python3 Scripts/samples/make_recruitment_sample.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Samples" / "recruitment"

SEED = 20150302
CELL_SIZES = [160, 140, 120, 100, 80]
SEEDS_PER_CELL = [2, 2, 2, 2, 1]
AMPLIFIER_SHARE = 0.25
SUSPENDED = 30
ISOLATED = 4
BRIDGE_SHARE = 0.03
SELF_LOOPS = 5
DUPLICATES = 6
WINDOW_START = dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc)
WINDOW_MINUTES = 181 * 24 * 60  # 2015-01-01 .. 2015-06-30

# Account number -> tricky name. All are connected (none is isolated).
TRICKY = {
    17: "news, daily",           # comma: must be quoted
    42: 'the "lion" media',      # double quotes: quoted and doubled
    99: "حساب_مثال",             # Arabic script ("example account")
    123: "007",                  # must stay distinct from "7"
    124: "7",
    250: "acct with space",      # space: fine in CSV, breaks whitespace-separated formats
    333: "josé_ñ",               # Latin accents (NFC)
}


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main() -> int:
    rng = random.Random(SEED)

    # ---- accounts -----------------------------------------------------------------
    names: list[str] = []
    group_of: list[int] = []
    for g, size in enumerate(CELL_SIZES, start=1):
        for _ in range(size):
            number = len(names) + 1
            names.append(TRICKY.get(number, f"acct_{number:04d}"))
            group_of.append(g)
    n = len(names)
    members_of = {g: [i for i in range(n) if group_of[i] == g] for g in range(1, len(CELL_SIZES) + 1)}

    label = ["member"] * n
    seeds_of: dict[int, list[int]] = {}
    amps_of: dict[int, list[int]] = {}
    tricky_idx = [i for i in range(n) if names[i] in TRICKY.values()]
    for g, idx in members_of.items():
        shuffled = [i for i in idx if i not in tricky_idx]  # tricky names stay ordinary members
        rng.shuffle(shuffled)
        k = SEEDS_PER_CELL[g - 1]
        seeds_of[g] = sorted(shuffled[:k])
        amps_of[g] = sorted(shuffled[k:k + round(AMPLIFIER_SHARE * len(idx))])
        for i in seeds_of[g]:
            label[i] = "seed"
        for i in amps_of[g]:
            label[i] = "amplifier"
    ordinary = [i for i in range(n) if label[i] != "seed" and i not in tricky_idx]
    picked = rng.sample(ordinary, SUSPENDED + ISOLATED)
    suspended = sorted(picked[:SUSPENDED])
    isolated = sorted(picked[SUSPENDED:])
    for i in suspended:
        label[i] = "suspended"
    for i in isolated:
        if i in amps_of[group_of[i]]:
            amps_of[group_of[i]].remove(i)
        label[i] = "member"
    isolated_set = frozenset(isolated)
    active = {g: [i for i in idx if i not in isolated_set] for g, idx in members_of.items()}
    was_amplifier = {i for g in amps_of for i in amps_of[g]}

    followers = []
    created = []
    for i in range(n):
        if label[i] == "seed":
            f = int(rng.lognormvariate(8.5, 0.6))
        elif i in was_amplifier:
            f = int(rng.lognormvariate(6.5, 0.8))
        else:
            f = int(rng.lognormvariate(4.0, 1.0))
        followers.append(f)
        created.append(WINDOW_START - dt.timedelta(minutes=rng.randrange(30, 540 * 24 * 60)))

    # ---- ties ---------------------------------------------------------------------
    ties: dict[tuple[int, int, str], list] = {}  # (src, dst, type) -> [weight, minute]

    def tie(src: int, dst: int, kind: str, weight: int) -> None:
        if src == dst or src in isolated_set or dst in isolated_set:
            return
        minute = rng.randrange(WINDOW_MINUTES)
        key = (src, dst, kind)
        if key in ties:
            ties[key][0] += weight
            ties[key][1] = min(ties[key][1], minute)
        else:
            ties[key] = [weight, minute]

    def count(mean: float) -> int:
        """Positive, skewed interaction count (1 + geometric)."""
        return 1 + int(rng.expovariate(1.0 / mean))

    for g in members_of:
        cell = active[g]
        seeds = seeds_of[g]
        amps = [i for i in amps_of[g] if i in cell]
        for s in seeds:
            for t in rng.sample([i for i in cell if i != s], 12):
                tie(s, t, "mention", count(1.5))        # recruiters target members
            for t in rng.sample([i for i in cell if i != s], 6):
                tie(s, t, "reply", count(1.0))
            for t in rng.sample(amps, 4):
                tie(s, t, "follow", 1)
        for a in cell:
            if a in seeds:
                continue
            others = [i for i in cell if i != a]
            if a in was_amplifier:
                for s in seeds:
                    tie(a, s, "retweet", count(12.0))
                for t in rng.sample(others, rng.randint(1, 3)):
                    tie(a, t, "retweet", count(3.0))
                for t in rng.sample(others, rng.randint(1, 3)):
                    tie(a, t, "mention", count(2.0))
            else:
                for s in rng.sample(seeds, min(len(seeds), rng.randint(1, 2))):
                    tie(a, s, "retweet", count(2.0))
                for t in rng.sample(amps, rng.randint(0, 2)):
                    tie(a, t, "retweet", count(1.5))
                for t in rng.sample(others, rng.randint(1, 2)):
                    tie(a, t, "mention", count(1.0))
            for t in rng.sample(others, rng.randint(0, 2)):
                tie(a, t, "reply", count(0.5))
            for s in seeds:
                tie(a, s, "follow", 1)
            for t in rng.sample(amps, min(len(amps), rng.randint(0, 1))):
                tie(a, t, "follow", 1)

    # "007" and "7" talk to each other, so an importer that parses names as numbers
    # merges two accounts that share ties.
    a007, a7 = names.index("007"), names.index("7")
    tie(a007, a7, "mention", 2)
    tie(a7, a007, "reply", 1)

    # Seeds coordinate across cells.
    all_seeds = [s for g in seeds_of for s in seeds_of[g]]
    for s in all_seeds:
        for t in all_seeds:
            if group_of[s] != group_of[t] and rng.random() < 0.5:
                tie(s, t, "mention", count(1.0))

    # Bridges: a few accounts retweet or mention into another cell.
    for a in range(n):
        if label[a] == "seed" or a in isolated_set or rng.random() >= BRIDGE_SHARE:
            continue
        other = rng.choice([g for g in members_of if g != group_of[a]])
        target = rng.choice(seeds_of[other] + amps_of[other])
        tie(a, target, rng.choice(["retweet", "mention"]), count(1.0))

    rows = [[src, dst, kind, w, minute] for (src, dst, kind), (w, minute) in ties.items()]

    # Self-loops: replies to oneself (bypass tie(), which drops them).
    for a in rng.sample([i for i in range(n) if label[i] == "member" and i not in isolated_set],
                        SELF_LOOPS):
        rows.append([a, a, "reply", count(0.5), rng.randrange(WINDOW_MINUTES)])
    # Duplicates: a second row for some existing (source, target, type).
    for src, dst, kind, _w, _m in rng.sample(rows[:], DUPLICATES):
        rows.append([src, dst, kind, count(1.0), rng.randrange(WINDOW_MINUTES)])

    rows.sort(key=lambda r: (r[4], names[r[0]], names[r[1]], r[2]))

    # ---- checks -------------------------------------------------------------------
    connected = {r[0] for r in rows} | {r[1] for r in rows}
    if connected != set(range(n)) - isolated_set:
        sys.exit("error: some non-isolated account has no tie")
    if not 3000 <= len(rows) <= 5000:
        sys.exit(f"error: {len(rows)} edge rows, expected 3,000-5,000; adjust the parameters")

    # ---- write ----------------------------------------------------------------------
    OUT.mkdir(parents=True, exist_ok=True)

    def write(name: str, header: list[str], body: list[list[object]]) -> None:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(body)
        (OUT / name).write_text(buf.getvalue(), encoding="utf-8")

    write("edges.csv", ["source", "target", "type", "weight", "time"],
          [[names[s], names[t], k, w, iso(WINDOW_START + dt.timedelta(minutes=m))]
           for s, t, k, w, m in rows])
    write("accounts.csv", ["name", "label", "group", "followers", "created_at"],
          [[names[i], label[i], group_of[i], followers[i], iso(created[i])] for i in range(n)])
    write("groups.csv", ["name", "group"], [[names[i], group_of[i]] for i in range(n)])

    kinds = {}
    for r in rows:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
    bridges = sum(1 for r in rows if group_of[r[0]] != group_of[r[1]])
    print(f"wrote {OUT.relative_to(REPO)}: {n} accounts ({len(connected)} with ties), "
          f"{len(rows)} edge rows {kinds}, {bridges} cross-cell rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
