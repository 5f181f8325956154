#!/usr/bin/env bash
# Runs every side-by-side benchmark against a peer library in one go, on the
# same machine, and summarizes them with benchstat. Needs ../shared (the
# news corpus and the Snowball vocabulary) beside the repository.
#
#   bash bench/run.sh            # COUNT=6 by default
#   COUNT=10 bash bench/run.sh
#
# Each peer benchmark runs our function and the peer's on the same text in
# the same process, so compare the rows of one package with each other
# (ratios), not with figures from another machine or another run.
set -euo pipefail
cd "$(dirname "$0")"
count=${COUNT:-6}
out=${OUT:-$(mktemp -d)}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
for pkg in normalize tokenize stem dates entities; do
  echo "== $pkg (peer benchmarks, -count $count)"
  go test -run '^$' -bench . -benchtime "${BENCHTIME:-5x}" -count "$count" "./$pkg/" > "$out/$pkg.txt"
  go run golang.org/x/perf/cmd/benchstat "$out/$pkg.txt"
done
echo "== arnews: Analyze and its JSON, main module"
(cd .. && go test -run '^$' -bench 'Analyze|JSON$' -benchtime "${BENCHTIME:-5x}" -count "$count" . > "$out/arnews.txt")
go run golang.org/x/perf/cmd/benchstat "$out/arnews.txt"
echo "raw results in $out"
