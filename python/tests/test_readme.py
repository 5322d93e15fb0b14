"""The README's "Python and notebooks" example runs as shown and prints what its comments say."""

import re

from conftest import REPO, SAMPLES


def _example():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Python and notebooks", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```python\n(.*?)^```", section, flags=re.S | re.M)
    assert len(blocks) == 1, "the section has one python block"
    return blocks[0]


def test_readme_example(tmp_path, monkeypatch, binary, capsys):
    (tmp_path / "Samples").symlink_to(SAMPLES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECRUITNET", binary)
    exec(compile(_example(), "README.md (Python and notebooks)", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("{'betweenness': 0.232") and "'node': 'acct_0060', 'pagerank': 0.0420" in printed[0]
    assert "600 3860 0.0107401224262" in "\n".join(printed)
    assert printed[-1] == "1 recruitnet: missing.rnet: error: no such file"
    assert (tmp_path / "study.rnet").exists()
