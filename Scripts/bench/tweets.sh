#!/usr/bin/env bash
# Tweet-import benchmark: 100,000 synthetic v1.1 statuses (Scripts/bench/generate_tweets.py),
# imported by `recruitnet import` (release build), with Python's json.loads over the same lines
# as the reference for the cost of JSON decoding alone.
#
#     swift build -c release --product recruitnet
#     Scripts/bench/tweets.sh              # 100k tweets
#     TWEETS=1000000 Scripts/bench/tweets.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tweets="${TWEETS:-100000}"
bin="${RECRUITNET:-$root/.build/release/recruitnet}"
mkdir -p "$here/data" "$here/results"
data="$here/data/tweets-$tweets.jsonl"
[ -f "$data" ] || python3 "$here/generate_tweets.py" --tweets "$tweets" --accounts $((tweets / 5)) --seed 1 --out "$data"
size=$(stat -c %s "$data")
echo "file: $data ($((size / 1000000)) MB, $tweets tweets)"
python3 - "$data" <<'PY'
import json, sys, time
t = time.perf_counter()
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        json.loads(line)
        n += 1
print(f"python json.loads, {n} lines: {time.perf_counter() - t:.2f} s")
PY
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for layers in "" "--layers hashtags,domains"; do
  start=$(date +%s.%N)
  "$bin" import "$data" --into "$work/t.rnet" $layers --quiet --timings 2> "$work/timings" > /dev/null
  end=$(date +%s.%N)
  echo "recruitnet import ${layers:-(accounts only)}: $(echo "$end - $start" | bc) s wall; phases $(tail -1 "$work/timings")"
  rm -f "$work/t.rnet"
done
gzip -c "$data" > "$work/t.jsonl.gz"
start=$(date +%s.%N)
"$bin" import "$work/t.jsonl.gz" --into "$work/t.rnet" --quiet > /dev/null
end=$(date +%s.%N)
echo "recruitnet import (gzip): $(echo "$end - $start" | bc) s wall"
start=$(date +%s.%N)
"$bin" import "$data" --into "$work/t.rnet" --quiet > /dev/null
end=$(date +%s.%N)
echo "recruitnet import again (every tweet already stored): $(echo "$end - $start" | bc) s wall"
