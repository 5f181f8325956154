#!/usr/bin/env bash
# /v1/analyze over loopback against Analyze in process, in interleaved
# rounds, summarized by benchstat. Needs ../shared (the news corpus).
#   bash bench/server/run.sh          # ROUNDS=6 by default
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-$(mktemp)}
for i in $(seq "${ROUNDS:-6}"); do
  go test -run '^$' -bench . -benchtime "${BENCHTIME:-400x}" -count 1 ./server/ | grep '^Benchmark' >> "$out"
done
go run golang.org/x/perf/cmd/benchstat "$out"
echo "raw results in $out"
