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
