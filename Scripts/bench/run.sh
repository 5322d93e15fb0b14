#!/usr/bin/env bash
# One-shot benchmark: peer setup, data generation (only if missing), then
# bench_import.py. Arguments go to bench_import.py, e.g.
#
#     Scripts/bench/run.sh                          # the 1M-node / 10M-edge file
#     Scripts/bench/run.sh --standard               # 50k/500k, 100k/1M and 1M/10M
#     RECRUITNET=/path/to/recruitnet Scripts/bench/run.sh --repeat 3
#
# Build recruitnet first (swift build -c release); without it the recruitnet
# rows say "missing binary" and only the peers run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
"$here/.venv/bin/python" "$here/generate_edges.py" --standard --if-missing
exec "$here/.venv/bin/python" "$here/bench_import.py" "$@"
