"""recruitnet.run: JSON parsed, the binary found, errors raised with the CLI's message."""

import os

import pytest

import recruitnet
from recruitnet.cli import _with_json_format
from conftest import SAMPLES


def test_json_reports_are_parsed(study, cli, binary):
    path = study["path"]
    assert recruitnet.run("info", path, binary=binary) == cli.json("info", path, "--format", "json")
    top = recruitnet.run("centrality", path, "--measure", "pagerank", "--top", 3, binary=binary)
    assert [r["node"] for r in top["rows"]] == [r["node"] for r in study["centrality"]["rows"][:3]]
    listed = recruitnet.run("partitions", "list", path, binary=binary)
    assert listed == study["partitions"]


def test_a_relative_binary_survives_another_working_directory(study, binary, tmp_path, monkeypatch):
    (tmp_path / "tools").mkdir()
    os.symlink(binary, tmp_path / "tools" / "recruitnet")
    monkeypatch.chdir(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = recruitnet.run("info", study["path"], binary=os.path.join("tools", "recruitnet"), cwd=elsewhere)
    assert result["nodes"] == 600


def test_a_format_the_caller_chose_is_kept(study, binary):
    text = recruitnet.run("info", study["path"], "--format", "csv", binary=binary)
    assert isinstance(text, str) and text.splitlines()[:2] == ["key,value", "nodes,600"]
    exported = recruitnet.run("partitions", "export", study["path"], "cells", binary=binary)
    assert exported.splitlines()[0] == "node,community" and len(exported.splitlines()) == 601


def test_import_report_is_json(tmp_path, binary):
    report = recruitnet.run(
        "import", SAMPLES / "krebs-911" / "edges.csv", "--undirected", "--into", tmp_path / "k.rnet", binary=binary
    )
    assert report["written"] is True and report["nodes"] > 0
    with recruitnet.open_workspace(tmp_path / "k.rnet") as ws:
        assert ws.directed is False
        assert ws.node_count == report["nodes"] and len(ws.edges()) == report["edges"]
        graph = ws.to_networkx()
        assert not graph.is_directed() and graph.number_of_edges() == report["edges"]


def test_errors_carry_the_message_and_exit_status(tmp_path, binary):
    missing = tmp_path / "missing.rnet"
    with pytest.raises(recruitnet.CommandError) as caught:
        recruitnet.run("info", missing, binary=binary)
    error = caught.value
    assert error.returncode == 1
    assert "error: no such file" in error.message and str(missing) in error.message
    assert "error: no such file" in str(error) and "exit 1" in str(error)
    assert error.args_list[:2] == ["info", str(missing)]
    with pytest.raises(recruitnet.CommandError) as usage:
        recruitnet.run("centrality", binary=binary)
    assert usage.value.returncode == 64 and "Give a network" in usage.value.message
    assert "Usage:" in usage.value.stderr
    assert isinstance(usage.value, recruitnet.RecruitNetError)


def test_binary_from_argument_environment_or_path(study, binary, monkeypatch, tmp_path):
    with pytest.raises(recruitnet.BinaryNotFoundError, match="not an executable"):
        recruitnet.run("info", study["path"], binary=tmp_path / "nothing")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("RECRUITNET", raising=False)
    with pytest.raises(recruitnet.BinaryNotFoundError, match="PATH"):
        recruitnet.run("info", study["path"])
    monkeypatch.setenv("RECRUITNET", binary)
    assert recruitnet.run("info", study["path"])["nodes"] == 600
    monkeypatch.setenv("RECRUITNET", str(tmp_path / "nothing"))
    with pytest.raises(recruitnet.BinaryNotFoundError, match="RECRUITNET"):
        recruitnet.run("info", study["path"])
    monkeypatch.delenv("RECRUITNET")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    os.symlink(binary, bin_dir / "recruitnet")
    monkeypatch.setenv("PATH", str(bin_dir))
    assert recruitnet.find_binary() == str(bin_dir / "recruitnet")
    assert recruitnet.run("info", study["path"])["nodes"] == 600


def test_which_commands_get_a_json_format():
    assert _with_json_format(["info", "ws"]) == ["info", "ws", "--format", "json"]
    assert _with_json_format(["import", "e.csv", "--into", "ws"])[-2:] == ["--report-format", "json"]
    assert _with_json_format(["import", "e.tsv", "--format", "tsv", "--into", "ws"])[-2:] == ["--report-format", "json"]
    assert _with_json_format(["coordination", "ws", "--by", "co-retweet"])[-2:] == ["--format", "json"]
    assert _with_json_format(["coordination", "layers", "ws"])[-2:] == ["--format", "json"]
    for unchanged in (
        ["coordination", "evidence", "ws", "1", "2", "--layer", "rt"],
        ["partitions", "show", "ws", "cells"],
        ["export", "ws", "--format", "gexf"],
        ["centrality", "ws", "--format", "csv"],
        ["centrality", "--list"],
        ["render", "ws", "--out", "x.svg"],
    ):
        assert _with_json_format(unchanged) == unchanged
