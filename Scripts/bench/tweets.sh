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
# Wall clock and CPU seconds (user + sys): on a shared machine the CPU time is the fair figure.
TIMEFORMAT="  %R s wall, %U s user + %S s sys"
python3 - "$data" <<'PY'
import json, sys, time
t, c = time.perf_counter(), time.process_time()
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        json.loads(line)
        n += 1
print(f"python json.loads, {n} lines: {time.perf_counter() - t:.2f} s wall, {time.process_time() - c:.2f} s CPU")
PY
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -20000 "$data" > "$work/first-20000.jsonl"
swiftc -O "$here/json_decoder_baseline.swift" -o "$work/json_decoder_baseline" 2> /dev/null
echo "first 20,000 lines:"
"$work/json_decoder_baseline" "$work/first-20000.jsonl"
for layers in "" "--layers hashtags,domains"; do
  echo "recruitnet import ${layers:-(accounts only)}:"
  time "$bin" import "$data" --into "$work/t.rnet" $layers --quiet --timings 2> "$work/timings" > /dev/null
  echo "  phases $(tail -1 "$work/timings")"
  rm -f "$work/t.rnet"
done
gzip -c "$data" > "$work/t.jsonl.gz"
echo "recruitnet import (gzip):"
time "$bin" import "$work/t.jsonl.gz" --into "$work/t.rnet" --quiet > /dev/null
echo "recruitnet import again (every tweet already stored: stream, scan, rules, duplicate check):"
time "$bin" import "$data" --into "$work/t.rnet" --quiet > /dev/null
