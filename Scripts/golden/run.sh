#!/usr/bin/env bash
# Runs `make demo`'s commands and the README's examples on Samples/ with the given recruitnet
# binary, in OUT (a new folder), and records for each command its stdout, stderr and exit status
# (NAME.out, NAME.err, NAME.status) beside the files it writes. The golden test compares a run
# of the current binary with Tests/RecruitNetCLITests/Fixtures/golden, byte for byte, so a
# re-layering of the code cannot change what a user sees.
#
#   Scripts/golden/run.sh .build/debug/recruitnet /tmp/golden      # a run to compare
#   Scripts/golden/run.sh .build/debug/recruitnet Tests/RecruitNetCLITests/Fixtures/golden  # re-record
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$2
rm -rf "$out"
mkdir -p "$out"
cd "$out"
ln -s "$root/Samples" Samples
# A fixed pseudonym key (test data only), so pseudonymized outputs are comparable.
printf 'golden-test-key-0123456789abcdef' > key

# step NAME ARGS...: runs recruitnet ARGS, keeping stdout, stderr and the exit status.
step() {
  local name=$1
  shift
  "$bin" "$@" > "$name.out" 2> "$name.err"
  echo $? > "$name.status"
}

step import-recruitment import Samples/recruitment/edges.csv --nodes Samples/recruitment/accounts.csv --into study.rnet
step import-again import Samples/recruitment/edges.csv --into study.rnet
step import-json import Samples/krebs-911/edges.csv --undirected --into krebs.rnet --format json
step info info study.rnet
step info-cached info study.rnet --format json
step info-type info study.rnet --edge-type retweet --format csv
step info-krebs info Samples/krebs-911/edges.csv --undirected
step centrality-list centrality --list
step centrality-demo centrality study.rnet --measure pagerank,betweenness,coreness --top 10
step centrality-demo-cached centrality study.rnet --measure pagerank,betweenness,coreness --top 10
step centrality-csv centrality study.rnet --measure pagerank,betweenness,coreness --format csv --out ranks.csv
printf 'acct_0001\n# a comment\nacct_0002,2.5\n' > seeds.txt
step centrality-seeds centrality study.rnet --measure pagerank --seed-account acct_0001 --seed-file seeds.txt --top 8 --format json
step centrality-account centrality study.rnet --measure betweenness --edge-type retweet --account acct_0060
step centrality-approx centrality study.rnet --measure betweenness-approx --epsilon 0.05 --delta 0.1 --seed 7 --top 5
step centrality-pseudonyms centrality study.rnet --measure pagerank --top 50 --pseudonymize --pseudonym-key key --format csv --out shared.csv
step centrality-krebs centrality Samples/krebs-911/edges.csv --undirected --measure betweenness,constraint --top 10
step centrality-unknown centrality study.rnet --measure pagerankk
step centrality-unknown-account centrality study.rnet --measure pagerank --account acct_9999
step communities-list communities --list
step communities-demo communities study.rnet --algorithm leiden --seed 1 --compare Samples/recruitment/groups.csv --save cells --top 3
step communities-infomap communities study.rnet --algorithm infomap --seed 7 --save infomap
step communities-labelprop communities study.rnet --algorithm labelprop --compare Samples/recruitment/groups.csv
step communities-attr communities study.rnet --algorithm infomap --seed 7 --compare attr:group --format json
step communities-show communities study.rnet --show cells --account acct_0060
step communities-csv communities study.rnet --algorithm leiden --resolution 0.5 --edge-type retweet --format csv --out groups.csv
step communities-pseudonyms communities study.rnet --format csv --out shared-groups.csv --pseudonymize --pseudonym-key key
step communities-krebs communities Samples/krebs-911/edges.csv --undirected --algorithm infomap --top 3
step communities-unknown-saved communities study.rnet --show nosuch
step render-demo render study.rnet --partition cells --labels top:15 --out cells.svg
step render-ego render study.rnet --ego acct_0060 --depth 1 --partition cells --out ego.svg
step render-leiden render study.rnet --out leiden.svg
step render-wcc render study.rnet --out wcc.svg --communities wcc
step render-map render study.rnet --out map.svg --level communities
step render-top render study.rnet --out top.dot --top 100 --size-by betweenness
step render-type render study.rnet --out rt.svg --edge-type retweet --min-weight 3 --partition cells
step render-pseudonyms render study.rnet --out shared.svg --pseudonymize --pseudonym-key key --partition cells --format json
step render-community render study.rnet --out c0.svg --community 0 --partition cells
step export-graphml export study.rnet --format graphml --out study.graphml
step export-gexf export study.rnet --format gexf --out study.gexf --pseudonymize --pseudonym-key key
step export-json export study.rnet --format json --out -
step export-csv export study.rnet --format csv --out edges.csv
step export-pajek export Samples/krebs-911/edges.csv --undirected --format pajek --out krebs.net
step convert-gml export study.graphml --format gml --out study.gml
step import-graphml import study.graphml --into roundtrip.rnet
step info-roundtrip info roundtrip.rnet
step import-tweets import Samples/tweets/tweets.jsonl --into tweets.rnet
step import-tweets-json import Samples/tweets/tweets.jsonl --layers hashtags,domains --since 2015-01-01 --into tweets2.rnet --format tweets-v1 --report-format json
step info-tweets info tweets.rnet
step not-a-workspace info nosuch.rnet

printf 'acct_0001\nacct_0002,abc\n' > bad-seeds.txt
step bad-seed-file centrality study.rnet --measure pagerank --seed-file bad-seeds.txt
printf 'source,target\na,b\n' > text.rnet
step text-rnet info text.rnet
step partitions-bench-free render study.rnet --partition nosuch --out x.svg
step expand-label expand study.rnet --seeds label:seed --top 10
step expand-mentions expand study.rnet --seeds label:seed --by mentions --edge-type mention --top 5 --format csv
step expand-pseudonyms expand study.rnet --seeds label:seed --top 5 --format json --pseudonymize --pseudonym-key key
step expand-krebs expand Samples/krebs-911/edges.csv --undirected --seeds "Mohamed Atta,Hani Hanjour" --min-seed-ties 1 --top 5
step expand-unknown-label expand study.rnet --seeds label:seeds
step why-candidate why study.rnet acct_0147 --seeds label:seed
step why-seed why study.rnet acct_0060 --seeds label:seed --format json
step insularity-groups insularity study.rnet --set label:seed --groups attr:group
step whatif-pseudonyms whatif Samples/krebs-911/edges.csv --undirected --suspend "Mohamed Atta" --seeds "Hani Hanjour" --pseudonymize --pseudonym-key key
step keyplayers-pseudonyms keyplayers Samples/krebs-911/edges.csv --undirected --k 2 --pseudonymize --pseudonym-key key --format csv
step dismantle-pseudonyms dismantle Samples/krebs-911/edges.csv --undirected --strategy degree --pseudonymize --pseudonym-key key
step snapshots-import-03 snapshots import study.rnet Samples/recruitment/snapshots/status-2015-03.csv --name march --taken 2015-03-01
step snapshots-import-06 snapshots import study.rnet Samples/recruitment/snapshots/status-2015-06.csv --name june --taken 2015-06-01
step snapshots-import-twice snapshots import study.rnet Samples/recruitment/snapshots/status-2015-06.csv --name again --taken 2015-06-01
step snapshots-import-09 snapshots import study.rnet Samples/recruitment/snapshots/status-2015-09.csv --name september --taken 2015-09-01
step diff-march-june diff study.rnet --from march --to june
step diff-json diff study.rnet --from june --to september --format json --pseudonymize --pseudonym-key key
step diff-unknown diff study.rnet --from march --to july
step snapshots-courses snapshots courses study.rnet --groups attr:group --format csv --as-of 2015-07-01
step returns returns study.rnet
step returns-csv returns study.rnet --threshold 0.8 --format csv --pseudonymize --pseudonym-key key
step expand-for-labels expand study.rnet --seeds label:seed --top 40 --format csv --out candidates.csv
step labels-add labels add study.rnet candidates.csv --label candidate --round 1 --by analyst
step labels-add-twice labels add study.rnet candidates.csv --label candidate --round 1 --by analyst
step labels-sample labels sample study.rnet --label candidate --n 8 --stratify attr:group --seed 3 --out sheet.csv
awk -F, 'NR == 1 { print; next } { $5 = (NR % 3 == 0) ? "no" : "yes"; print }' OFS=, sheet.csv > verdicts.csv
step labels-import labels import study.rnet verdicts.csv --round 2 --by reviewer
step labels-rounds labels rounds study.rnet --label candidate
step labels-history labels history study.rnet acct_0147 --format csv
step insularity-file insularity Samples/recruitment/edges.csv --groups Samples/recruitment/groups.csv --format csv
step survival-sample survival Samples/suspensions/status.csv --plot km.svg
step survival-json survival Samples/suspensions/status.csv --group-by none --at 48h,7d,90d --format json
step survival-csv survival Samples/suspensions/status.csv --origin first-seen --format csv --out km.csv
step survival-label-file survival Samples/suspensions/status.csv --groups Samples/recruitment/groups.csv --at 48h,30d
step survival-unknown-column survival Samples/suspensions/status.csv --group-by community
step estimate-precision estimate --candidates 5000 --reviewed 200 --confirmed 140
step estimate-lists estimate --capture 100 --recapture 80 --both 20 --format json
step estimate-impossible estimate --capture 10 --recapture 5 --both 6

step brokerage-krebs brokerage Samples/krebs-911/edges.csv --undirected --groups Samples/krebs-911/nodes.csv --top 8
step brokerage-attr brokerage study.rnet --groups attr:group --top 5 --format json
step brokerage-saved brokerage study.rnet --groups saved:cells --top 10 --format csv
step brokerage-spanners brokerage study.rnet --groups attr:group --between 1 --and 2 --top 5
step brokerage-pseudonyms brokerage study.rnet --groups attr:group --top 5 --pseudonymize --pseudonym-key key
step brokerage-unknown-group brokerage study.rnet --groups attr:group --between 1 --and 9
step bridges-krebs bridges Samples/krebs-911/edges.csv --undirected --top 10
step bridges-sampled bridges study.rnet --sample 100 --seed 7 --top 5 --format json
step bridges-weighted bridges study.rnet --weighted --edge-type retweet --top 5 --format csv
step help --help

# Workspaces are SQLite files whose bytes hold times; only the outputs above are compared.
rm -f ./*.rnet ./*.rnet.lock key seeds.txt bad-seeds.txt verdicts.csv Samples
# Times of day and memory figures differ from run to run.
for f in ./*.out ./*.err; do
  sed -E -i 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z?/<time>/g; s/("memory_bytes" *: *)[0-9]+/\1<n>/; s/^(memory_bytes +)[0-9]+/\1<n>/; s/^(memory_bytes,)[0-9]+/\1<n>/; s/(memory[^0-9]*)[0-9.]+ ?(B|KB|KiB|MB|MiB)/\1<n>/' "$f"
done
# Dismantling tables end with the seconds each strategy took.
sed -E -i 's/  [0-9]+\.[0-9]{3}$/  <seconds>/' ./dismantle-*.out
# Large files (diagrams, full exports) are kept as SHA-256 digests, still byte for byte.
find . -type f -size +24k | sort | while read -r f; do
  sha256sum "$f" >> large-files.sha256
  rm "$f"
done
