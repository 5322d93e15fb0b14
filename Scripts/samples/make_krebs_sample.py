#!/usr/bin/env python3
"""Convert the Netzschleuder copy of Krebs's 9/11 network into Samples/krebs-911/.

Input (read only): <repo>/../shared/data/krebs-911-netzschleuder/{nodes,edges}.csv
  nodes.csv  "# index, id, name, group, _pos"; group 0-3 = the four flights, 4 = associates
  edges.csv  "# source, target"; 0-based indices into nodes.csv, undirected
Cross-check: <repo>/../shared/data/krebs-911-snabook/9_11_attrib.txt (hijacker -> flight),
  used only to verify the group -> flight mapping below, not copied.

Output:
  Samples/krebs-911/edges.csv  source,target   person names, one row per undirected edge
  Samples/krebs-911/nodes.csv  name,role,group,flight

Names: underscores become spaces ("Mohamed_Atta" -> "Mohamed Atta"); nothing else
changes. Rows keep the source order. CSV is written with Python's csv module
(RFC 4180 quoting where needed, LF line endings, UTF-8). Pure stdlib; the output
is byte-identical on every run.

Usage (from anywhere):  python3 Scripts/samples/make_krebs_sample.py
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SRC = REPO.parent / "shared" / "data" / "krebs-911-netzschleuder"
ATTRIB = REPO.parent / "shared" / "data" / "krebs-911-snabook" / "9_11_attrib.txt"
OUT = REPO / "Samples" / "krebs-911"

# Netzschleuder group -> (flight, target). Verified against 9_11_attrib.txt below.
FLIGHTS = {
    0: ("AA11", "11_WTC North"),
    1: ("AA77", "77_Pentagon"),
    2: ("UA93", "93_Penn"),
    3: ("UA175", "175_WTC South"),
}
ASSOCIATE_GROUP = 4


def read_csv_with_hash_header(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or not rows[0][0].startswith("#"):
        sys.exit(f"error: {path}: expected a '# ...' header line")
    return rows[1:]


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def main() -> int:
    if not SRC.is_dir():
        sys.exit(f"error: {SRC} not found (expected the shared data folder beside the repo)")

    nodes = read_csv_with_hash_header(SRC / "nodes.csv")
    names: list[str] = []
    groups: list[int] = []
    for i, row in enumerate(nodes):
        index, _id, name, group = int(row[0]), row[1], row[2], int(row[3])
        if index != i:
            sys.exit(f"error: nodes.csv row {i + 2}: index {index} out of order")
        names.append(name.replace("_", " ").strip())
        groups.append(group)
    if len(set(names)) != len(names):
        sys.exit("error: names are not unique after replacing underscores")

    # Check the flight mapping against the SNABook attribute file (other spelling: spaces).
    if ATTRIB.exists():
        attrib = {}
        for line in ATTRIB.read_text(encoding="utf-8").splitlines():
            if line.strip():
                person, flight = line.rsplit(",", 1)
                attrib[person.strip()] = flight.strip()
        for name, group in zip(names, groups):
            if group in FLIGHTS and attrib.get(name) != FLIGHTS[group][1]:
                sys.exit(f"error: {name}: group {group} -> {FLIGHTS[group][1]}, "
                         f"but 9_11_attrib.txt says {attrib.get(name)}")
    else:
        print(f"warning: {ATTRIB} missing; flight mapping not cross-checked", file=sys.stderr)

    edges = read_csv_with_hash_header(SRC / "edges.csv")
    pairs = []
    seen = set()
    for row in edges:
        a, b = int(row[0]), int(row[1])
        key = (min(a, b), max(a, b))
        if a == b or key in seen:
            sys.exit(f"error: unexpected self-loop or duplicate edge {a},{b}")
        seen.add(key)
        pairs.append([names[a], names[b]])

    counts = [groups.count(g) for g in range(5)]
    if len(names) != 62 or len(pairs) != 152 or counts != [5, 5, 4, 5, 43]:
        sys.exit(f"error: expected 62 nodes / 152 edges / groups [5,5,4,5,43], "
                 f"got {len(names)} / {len(pairs)} / {counts}")

    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "edges.csv", ["source", "target"], pairs)
    node_rows = []
    for name, group in zip(names, groups):
        if group == ASSOCIATE_GROUP:
            node_rows.append([name, "associate", group, ""])
        else:
            node_rows.append([name, "hijacker", group, FLIGHTS[group][0]])
    write_csv(OUT / "nodes.csv", ["name", "role", "group", "flight"], node_rows)
    print(f"wrote {OUT.relative_to(REPO)}/edges.csv ({len(pairs)} edges) and nodes.csv "
          f"({len(names)} nodes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
