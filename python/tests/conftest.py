"""Fixtures: real workspaces built with the recruitnet CLI from the bundled samples.

The binary is $RECRUITNET (Scripts/python-test.sh sets it to .build/debug/recruitnet), else
`recruitnet` on PATH; without one the tests fail rather than skip.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "Samples"


def _binary():
    found = os.environ.get("RECRUITNET") or shutil.which("recruitnet")
    if not found or not os.access(found, os.X_OK):
        pytest.fail("no recruitnet binary: set RECRUITNET (Scripts/python-test.sh does) or put it on PATH")
    return found


@pytest.fixture(scope="session")
def binary():
    return _binary()


class CLI:
    """Runs the binary directly (not through recruitnet.run), for reference outputs."""

    def __init__(self, binary):
        self.binary = binary

    def text(self, *args):
        done = subprocess.run([self.binary, *map(str, args)], capture_output=True, text=True)
        assert done.returncode == 0, f"recruitnet {' '.join(map(str, args))}: {done.stderr}"
        return done.stdout

    def json(self, *args):
        return json.loads(self.text(*args))


@pytest.fixture(scope="session")
def cli(binary):
    return CLI(binary)


@pytest.fixture(scope="session")
def study(tmp_path_factory, cli):
    """The recruitment sample with its account table, a saved Leiden partition `cells`, and cached
    PageRank (all types and retweet only) and betweenness; with the CLI's JSON for each."""
    path = tmp_path_factory.mktemp("study") / "study.rnet"
    sample = SAMPLES / "recruitment"
    cli.text("import", sample / "edges.csv", "--nodes", sample / "accounts.csv", "--into", path)
    out = {"path": path}
    out["communities"] = cli.json(
        "communities", path, "--algorithm", "leiden", "--seed", 1, "--save", "cells", "--format", "json"
    )
    out["centrality"] = cli.json("centrality", path, "--measure", "pagerank,betweenness", "--format", "json")
    out["retweet_pagerank"] = cli.json(
        "centrality", path, "--measure", "pagerank", "--edge-type", "retweet", "--format", "json"
    )
    out["info"] = cli.json("info", path, "--format", "json")
    out["info_retweet"] = cli.json("info", path, "--edge-type", "retweet", "--format", "json")
    out["partitions"] = cli.json("partitions", "list", path, "--format", "json")
    out["cells_csv"] = cli.text("partitions", "export", path, "cells")
    return out


@pytest.fixture(scope="session")
def tweets(tmp_path_factory, cli):
    """The sample tweet archive with a saved co-retweet layer `rt` and PageRank cached on it."""
    path = tmp_path_factory.mktemp("tweets") / "tweets.rnet"
    cli.text("import", SAMPLES / "tweets" / "tweets.jsonl", "--into", path)
    out = {"path": path}
    out["coordination"] = cli.json(
        "coordination", path, "--by", "co-retweet", "--window", 3600, "--save", "rt", "--format", "json"
    )
    out["layers"] = cli.json("coordination", "layers", path, "--format", "json")
    out["pagerank"] = cli.json("centrality", path, "--measure", "pagerank", "--edge-type", "rt", "--format", "json")
    return out
