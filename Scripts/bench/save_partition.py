#!/usr/bin/env python3
"""Save a ``name,group`` CSV into a RecruitNet workspace as a named partition, the way
``Workspace.savePartition`` does (table ``partitions``, one little-endian UInt32 per node id,
0xFFFFFFFF for accounts without a group), so ``recruitnet render --partition NAME`` can draw
planted or externally computed groups before ``recruitnet communities --save`` exists on a branch.

    python3 Scripts/bench/save_partition.py study.rnet Samples/recruitment/groups.csv --name planted

Group labels may be any strings; they are numbered in order of first appearance (render
renumbers communities by size anyway). Python standard library only.
"""
import argparse
import csv
import datetime
import sqlite3
import struct
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace")
    parser.add_argument("groups", help="CSV with a header: name,group")
    parser.add_argument("--name", default="planted")
    args = parser.parse_args()
    con = sqlite3.connect(args.workspace)
    ids = {name: i for i, name in con.execute("SELECT id, name FROM nodes")}
    revision = int(con.execute("SELECT value FROM meta WHERE key = 'graph_revision'").fetchone()[0])
    labels = [0xFFFFFFFF] * len(ids)
    numbers = {}
    missing = 0
    with open(args.groups, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            if "name" not in row or "group" not in row:
                sys.exit(f"{args.groups}:{line}: error: expected columns name,group")
            node = ids.get(row["name"])
            if node is None:
                missing += 1
                continue
            labels[node] = numbers.setdefault(row["group"], len(numbers))
    con.execute(
        """CREATE TABLE IF NOT EXISTS partitions(name TEXT PRIMARY KEY NOT NULL, algorithm TEXT NOT NULL,
        parameters TEXT NOT NULL, revision INTEGER NOT NULL, node_count INTEGER NOT NULL,
        community_count INTEGER NOT NULL, created_at TEXT NOT NULL, data BLOB NOT NULL)""")
    con.execute(
        "INSERT OR REPLACE INTO partitions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (args.name, "file", '{"file": "%s"}' % args.groups.replace('"', ""), revision, len(labels), len(numbers),
         datetime.datetime.now(datetime.timezone.utc).isoformat(), struct.pack("<%dI" % len(labels), *labels)))
    con.commit()
    print(f"{args.workspace}: saved partition '{args.name}' ({len(numbers)} groups, {missing} names not in the network)")


if __name__ == "__main__":
    main()
