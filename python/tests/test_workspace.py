"""The workspace reader against what the CLI prints for the same workspace."""

import csv
import shutil
import sqlite3
from collections import Counter, defaultdict

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import recruitnet
from conftest import SAMPLES


@pytest.fixture(scope="module")
def ws(study):
    with recruitnet.open_workspace(study["path"]) as workspace:
        yield workspace


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_meta_and_refusals(ws, tmp_path):
    assert ws.directed is True
    assert ws.revision == 1
    assert ws.node_count == 600
    imports = ws.imports()
    assert [f.rsplit("/", 1)[-1] for f in imports["file"]] == ["edges.csv", "accounts.csv"]
    assert isinstance(imports.loc[0, "options"], dict)
    with pytest.raises(FileNotFoundError):
        recruitnet.open_workspace(tmp_path / "missing.rnet")
    text = tmp_path / "edges.csv"
    text.write_text("a,b\n")
    with pytest.raises(recruitnet.WorkspaceError, match="not a RecruitNet workspace"):
        recruitnet.open_workspace(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE meta(key, value)").connection.commit()
    with pytest.raises(recruitnet.WorkspaceError, match="format"):
        recruitnet.open_workspace(other)


def test_opened_read_only(study, tmp_path):
    copy = tmp_path / "copy.rnet"
    shutil.copy(study["path"], copy)
    ws = recruitnet.open_workspace(copy)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ws._db.execute("DELETE FROM nodes")
    ws.close()


def test_accounts_names_kinds_and_attributes(ws, study):
    accounts = ws.accounts()
    assert len(accounts) == study["info"]["nodes"] == 600
    assert accounts.index.name == "id" and list(accounts.index) == list(range(600))
    assert set(accounts["name"]) == {row["node"] for row in study["centrality"]["rows"]}
    assert Counter(accounts["kind"]) == Counter(study["info"]["node_kinds"])
    table = {row["name"]: row for row in _rows(SAMPLES / "recruitment" / "accounts.csv")}
    by_name = accounts.set_index("name")
    assert by_name["followers"].dtype.kind == "i"
    for name in ("acct_0001", "acct_0300", "acct_0600"):
        assert by_name.loc[name, "followers"] == int(table[name]["followers"])
        assert by_name.loc[name, "group"] == int(table[name]["group"])
        assert by_name.loc[name, "created_at"] == table[name]["created_at"]
    assert len(ws.accounts(kind="account")) == 600 and len(ws.accounts(kind="hashtag")) == 0


def test_labels(ws):
    labels = ws.labels()
    table = _rows(SAMPLES / "recruitment" / "accounts.csv")
    assert sorted(zip(labels["name"], labels["label"])) == sorted((r["name"], r["label"]) for r in table)
    assert labels["file"].str.endswith("accounts.csv").all()


def test_edges_match_the_cli_and_the_edge_list(ws, study):
    edges = ws.edges()
    info = study["info"]
    assert len(edges) == info["edges"]
    assert dict(Counter(edges["type"])) == info["edge_types"]
    assert edges["weight"].sum() == info["weight_total"]
    rows = _rows(SAMPLES / "recruitment" / "edges.csv")
    merged = defaultdict(lambda: [0.0, 0])
    for row in rows:
        entry = merged[(row["source"], row["target"], row["type"])]
        entry[0] += float(row["weight"])
        entry[1] += 1
    assert len(merged) == len(edges)
    for edge in edges.itertuples():
        assert merged[(edge.source, edge.target, edge.type)] == [edge.weight, edge.count]
    first = edges.iloc[0]
    assert str(first["first_time"].tz) == "UTC" and first["first_time"] <= first["last_time"]
    retweets = ws.edges("retweet")
    assert len(retweets) == info["edge_types"]["retweet"] and set(retweets["type"]) == {"retweet"}
    with pytest.raises(KeyError, match="retweet"):
        ws.edges("like")


def test_saved_partition(ws, study):
    (listed,) = study["partitions"]
    (saved,) = ws.partitions()
    assert saved["name"] == listed["name"] == "cells"
    assert saved["algorithm"] == listed["algorithm"] == "leiden"
    assert saved["parameters"] == listed["parameters"]
    assert saved["community_count"] == listed["communities"] == len(study["communities"]["communities"])
    assert saved["node_count"] == listed["nodes"] == 600
    cells = ws.partition("cells")
    assert cells.name == "cells" and str(cells.dtype) == "UInt32" and len(cells) == 600
    assert cells.attrs["algorithm"] == "leiden"
    names = ws.accounts()["name"]
    exported = {row["node"]: int(row["community"]) for row in csv.DictReader(study["cells_csv"].splitlines())}
    assert dict(zip(names[cells.index], cells.astype(int))) == exported
    sizes = {c["community"]: c["size"] for c in study["communities"]["communities"]}
    assert cells.value_counts().to_dict() == sizes
    with pytest.raises(KeyError, match="cells"):
        ws.partition("planted")


def _scores(report, measure):
    return {row["node"]: row[measure] for row in report["rows"]}


def _by_name(ws, series):
    names = ws.accounts()["name"]
    return dict(zip(names[series.index], series))


def test_cached_measures_equal_the_printed_scores(ws, study):
    cached = ws.measures()
    assert sorted(zip(cached["kind"], cached["name"], cached["edge_type"].fillna("all"))) == [
        ("centrality", "betweenness", "all"),
        ("centrality", "pagerank", "all"),
        ("centrality", "pagerank", "retweet"),
        ("communities", "leiden", "all"),
    ]
    # One edge type is a view: only the 596 accounts with a retweet edge.
    assert sorted(zip(cached["name"], cached["edge_type"].fillna("all"), cached["nodes"])) == [
        ("betweenness", "all", 600), ("leiden", "all", 600), ("pagerank", "all", 600),
        ("pagerank", "retweet", 596),
    ]
    with pytest.raises(ValueError, match="2 cached centrality results"):
        ws.measure("pagerank")
    for measure in ("pagerank", "betweenness"):
        series = ws.measure(measure, edge_type=None)
        assert series.name == measure and series.dtype == np.float64 and len(series) == 600
        printed = _scores(study["centrality"], measure)
        got = _by_name(ws, series)
        assert got.keys() == printed.keys()
        for name, value in printed.items():
            assert got[name] == pytest.approx(value, abs=1e-12)
    pagerank = ws.measure("pagerank", edge_type=None)
    assert pagerank.sum() == pytest.approx(1.0, abs=1e-9)
    assert pagerank.attrs["parameters"]["damping"] == "0.85"
    retweet = ws.measure("pagerank", edge_type="retweet")
    printed = _scores(study["retweet_pagerank"], "pagerank")
    got = _by_name(ws, retweet)
    assert max(abs(got[n] - v) for n, v in printed.items()) <= 1e-12
    assert len(retweet) == 596
    assert not np.allclose(retweet.to_numpy(), pagerank[retweet.index].to_numpy())
    same = ws.measure("pagerank", key=retweet.attrs["key"])
    assert same.equals(retweet)
    leiden = ws.measure("leiden", kind="communities")
    assert leiden.equals(ws.partition("cells").rename("leiden"))
    with pytest.raises(KeyError, match="no cached centrality result 'katz'"):
        ws.measure("katz")


def test_to_networkx_equals_info(ws, study):
    info = study["info"]
    graph = ws.to_networkx()
    assert isinstance(graph, nx.DiGraph)
    assert graph.number_of_nodes() == info["nodes"]
    assert graph.number_of_edges() == info["simple_edges"]
    assert graph.size(weight="weight") == info["weight_total"]
    assert nx.number_of_selfloops(graph) == info["self_loops"]
    assert nx.number_weakly_connected_components(graph) == info["weak_components"]
    assert nx.number_strongly_connected_components(graph) == info["strong_components"]
    assert nx.overall_reciprocity(graph) == pytest.approx(info["reciprocity"], abs=1e-12)
    assert nx.density(graph) == pytest.approx(info["density"], abs=1e-12)
    assert sum(c for _, _, c in graph.edges(data="count")) == sum(ws.edges()["count"])
    node = graph.nodes["acct_0001"]
    ids = ws.accounts().reset_index().set_index("name")["id"]
    assert node["kind"] == "account" and node["followers"] == 70 and node["id"] == ids["acct_0001"]

    retweet = ws.to_networkx("retweet")
    retweets = ws.edges("retweet")
    assert retweet.number_of_edges() == study["info_retweet"]["edges"]
    assert retweet.size(weight="weight") == study["info_retweet"]["weight_total"]
    assert set(retweet) == set(retweets["source"]) | set(retweets["target"])
    for edge in retweets.head(20).itertuples():
        data = retweet.edges[edge.source, edge.target]
        assert data["first_time"] == int(edge.first_time.timestamp()) and isinstance(data["first_time"], int)
        assert data["last_time"] == int(edge.last_time.timestamp()) and data["count"] == edge.count

    by_id = ws.to_networkx(node_key="id")
    assert set(by_id) == set(range(600)) and by_id.nodes[int(ids["acct_0001"])]["name"] == "acct_0001"
    with pytest.raises(KeyError):
        ws.to_networkx("like")


def test_to_igraph_equals_networkx(ws, study):
    igraph = pytest.importorskip("igraph")
    graph = ws.to_igraph()
    assert isinstance(graph, igraph.Graph) and graph.is_directed()
    assert graph.vcount() == study["info"]["nodes"]
    assert graph.ecount() == study["info"]["simple_edges"]
    assert sum(graph.es["weight"]) == study["info"]["weight_total"]
    first = graph.vs.find(name="acct_0001")
    assert first["followers"] == 70 and first["kind"] == "account" and first.index == first["id"]
    nxg = ws.to_networkx()
    pairs = {(graph.vs[e.source]["name"], graph.vs[e.target]["name"]): e["weight"] for e in graph.es}
    assert pairs == {(s, t): w for s, t, w in nxg.edges(data="weight")}


def test_a_later_import_extends_partitions_and_drops_stale_results(study, cli, tmp_path):
    copy = tmp_path / "later.rnet"
    shutil.copy(study["path"], copy)
    extra = tmp_path / "extra.csv"
    extra.write_text("source,target,type\nacct_0001,newcomer_1,follow\nnewcomer_2,newcomer_1,follow\n")
    cli.text("import", extra, "--into", copy)
    with recruitnet.open_workspace(copy) as ws:
        assert ws.revision == 2 and ws.node_count == 602
        assert ws.measures().empty
        with pytest.raises(KeyError):
            ws.measure("pagerank", edge_type=None)
        cells = ws.partition("cells")
        assert len(cells) == 602 and cells.isna().sum() == 2
        names = ws.accounts()["name"]
        assert set(names[cells[cells.isna()].index]) == {"newcomer_1", "newcomer_2"}


def test_layers_and_results_on_a_layer(tweets):
    with recruitnet.open_workspace(tweets["path"]) as ws:
        (printed,) = tweets["layers"]["layers"]
        layers = ws.layers()
        assert list(layers["name"]) == ["rt"] and layers.loc[0, "kind"] == printed["kind"]
        assert layers.loc[0, "edge_count"] == int(printed["edges"]) == len(tweets["coordination"]["edges"])
        assert layers.loc[0, "node_count"] == int(printed["accounts"])
        assert layers.loc[0, "parameters"]["parameters"]["trace"] == "co-retweet"
        edges = ws.layer("rt")
        expected = {(e["source"], e["target"]): (e["weight"], e["pairs"]) for e in tweets["coordination"]["edges"]}
        assert {(e.source, e.target): (e.weight, e.pairs) for e in edges.itertuples()} == expected
        graph = ws.to_networkx("rt")
        assert graph.is_directed() == bool(layers.loc[0, "directed"])
        assert graph.number_of_edges() == len(expected)
        assert graph.number_of_nodes() == int(printed["accounts"])
        assert {(s, t): w for s, t, w in graph.edges(data="weight")} == {k: v[0] for k, v in expected.items()}
        # PageRank cached on the layer holds one value per layer account, in the layer's own order.
        pagerank = ws.measure("pagerank", edge_type="rt")
        assert len(pagerank) == graph.number_of_nodes()
        got = _by_name(ws, pagerank)
        wanted = _scores(tweets["pagerank"], "pagerank")
        assert got.keys() == wanted.keys()
        assert max(abs(got[n] - v) for n, v in wanted.items()) <= 1e-12
        with pytest.raises(KeyError, match="rt"):
            ws.layer("rt3600")
        with pytest.raises(KeyError, match="saved layers: rt"):
            ws.edges("rt3600")
