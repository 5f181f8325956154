#!/usr/bin/env bash
# Measures, side by side on the same machine, the whole-archive throughput of
#   arnews annotate -jsonl              (one process, every core)
#   beam/cmd/annotate-archive (prism)   (Beam's embedded local runner)
# on the same input, with peak memory (GNU time's maximum resident set).
#
#   bash bench/archive/compare.sh [INPUT.jsonl.gz]   (default: ../shared/corpus/ant-v1.1-jawhara.jsonl.gz)
#   RUNS=3 bash bench/archive/compare.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
in=${1:-$root/../shared/corpus/ant-v1.1-jawhara.jsonl.gz}
runs=${RUNS:-2}
[ -f "$in" ] || { echo "no input $in (needs ../shared)"; exit 1; }
command -v /usr/bin/time >/dev/null || { apt-get install -y time >/dev/null 2>&1 || true; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/arnews" ./cmd/arnews)
(cd "$root/beam" && go build -o "$tmp/annotate-archive" ./cmd/annotate-archive)
mb=$(gzip -dc "$in" | wc -c | awk '{printf "%.1f", $1/1e6}')
lines=$(gzip -dc "$in" | wc -l)
echo "input: $in ($lines lines, $mb MB uncompressed), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
  read -r secs kb < "$tmp/time"
  printf '%-28s %6.2f s  %6.1f MB/s  peak RSS %5d MB\n' "$name" "$secs" "$(echo "$mb / $secs" | bc -l)" $((kb / 1024))
  echo "$secs" >> "$tmp/$name.times"
}
for i in $(seq "$runs"); do
  measure annotate-jsonl sh -c "'$tmp/arnews' annotate -jsonl -q '$in' > '$tmp/jsonl.out'"
  rm -rf "$tmp/beam-out"
  measure beam-prism "$tmp/annotate-archive" --input "$in" --output "$tmp/beam-out"
  docs=$(cat "$tmp"/beam-out/docs-*.jsonl | wc -l); errs=$(cat "$tmp"/beam-out/errors-*.jsonl | wc -l)
  echo "  beam: $docs documents + $errs errors = $((docs + errs)) of $lines lines; annotate -jsonl wrote $(wc -l < "$tmp/jsonl.out")"
done
a=$(sort -n "$tmp/annotate-jsonl.times" | head -1); b=$(sort -n "$tmp/beam-prism.times" | head -1)
echo "best of $runs: beam-prism throughput = $(echo "100 * $a / $b" | bc -l | xargs printf '%.0f')% of annotate -jsonl"
