#!/usr/bin/env bash
# /v1/analyze against Analyze in process, on 5 KB news articles (needs
# ../shared, the news corpus). The figure that counts is the server run as
# its own process (`arnews serve`), by CPU time per article: its throughput
# on dedicated cores as a fraction of Analyze's. Each run alternates 100 ms
# windows of both modes so that both see the same machine.
#   bash bench/server/run.sh            # N=150 window pairs per run (30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-150}
for args in "-query=?omit_tokens=true" "" "-with-json"; do
  echo "== arnews serve, requests ${args:-with the full Document (tokens)}"
  go test -run '^$' -bench 'ServerProcess5K' -benchtime "${n}x" ./server/ -args $args | grep '^Benchmark'
done
echo "== client and server in one process (the client's cost counts against the server)"
go test -run '^$' -bench 'Interleaved5K' -benchtime "${n}x" ./server/ | grep '^Benchmark'
