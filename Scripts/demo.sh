#!/usr/bin/env bash
# The README's first command: install what is missing, build, import a bundled sample into a
# workspace and summarise it. Writes demo/ in the repository (ignored by git).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
Scripts/setup.sh
swift build -c release --product recruitnet
bin=.build/release/recruitnet
mkdir -p demo
rm -f demo/study.rnet
echo "== recruitnet import (synthetic recruitment network, with its account table)"
"$bin" import Samples/recruitment/edges.csv --nodes Samples/recruitment/accounts.csv --into demo/study.rnet
echo
echo "== recruitnet info demo/study.rnet"
"$bin" info demo/study.rnet
echo
echo "== recruitnet info Samples/krebs-911/edges.csv --undirected (Krebs 9/11 network, read in memory)"
"$bin" info Samples/krebs-911/edges.csv --undirected
echo
echo "== recruitnet centrality: who matters (PageRank, betweenness, coreness; networkx's conventions)"
"$bin" centrality demo/study.rnet --measure pagerank,betweenness,coreness --top 10
echo
echo "== recruitnet communities: which groups (Leiden, compared with the planted cells)"
"$bin" communities demo/study.rnet --algorithm leiden --seed 1 --compare Samples/recruitment/groups.csv --save cells --top 3
echo
echo "== recruitnet render: what it looks like (one box per community, nodes sized by PageRank)"
"$bin" render demo/study.rnet --partition cells --labels top:15 --out demo/cells.svg
"$bin" render demo/study.rnet --partition cells --labels top:15 --out demo/cells.png --quiet >/dev/null
"$bin" render demo/study.rnet --ego acct_0060 --depth 1 --partition cells --out demo/ego.svg --quiet >/dev/null
echo
echo "== recruitnet import of a tweet archive (synthetic v1.1 tweets: retweet, mention, reply and quote edges)"
rm -f demo/tweets.rnet
"$bin" import Samples/tweets/tweets.jsonl --into demo/tweets.rnet
echo
echo "Done. Open demo/cells.svg, demo/cells.png and demo/ego.svg; the workspace is demo/study.rnet."
