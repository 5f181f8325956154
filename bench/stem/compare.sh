#!/usr/bin/env bash
# compare.sh: whole-process speed of `arnews stem -snowball` against the C
# `stemwords -l arabic` (Debian package libstemmer-tools) on Snowball's Arabic
# vocabulary (9,196,214 words), after checking that both write the same stems.
#
#   bench/stem/compare.sh          # RUNS=7 by default
#   RUNS=11 bench/stem/compare.sh
#
# Runs alternate (C, Go, C, Go, ...) so that both see the same machine load,
# and the ratio reported is the median of the per-pair ratios Go/C. When
# hyperfine is installed it also runs hyperfine on the same two commands.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED_DIR:-$root/../shared}
runs=${RUNS:-7}
voc_gz=$shared/snowball-arabic/voc.txt.gz
[ -r "$voc_gz" ] || { echo "compare.sh: $voc_gz not found (set SHARED_DIR)" >&2; exit 1; }
command -v stemwords >/dev/null || { echo "compare.sh: needs stemwords: apt-get install libstemmer-tools" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gzip -dc "$voc_gz" >"$tmp/voc.txt"
(cd "$root" && go build -o "$tmp/arnews" ./cmd/arnews)
go_cmd=("$tmp/arnews" stem -snowball -i "$tmp/voc.txt" -o /dev/null)
c_cmd=(stemwords -l arabic -i "$tmp/voc.txt" -o /dev/null)

"$tmp/arnews" stem -snowball -i "$tmp/voc.txt" -o "$tmp/go.txt"
stemwords -l arabic -i "$tmp/voc.txt" -o "$tmp/c.txt"
if cmp -s "$tmp/go.txt" "$tmp/c.txt"; then
	echo "outputs identical: $(wc -l <"$tmp/voc.txt") lines"
else
	echo "compare.sh: outputs differ" >&2
	exit 1
fi
rm -f "$tmp/go.txt" "$tmp/c.txt"

now() { date +%s.%N; }
elapsed() { # command... -> wall seconds
	local t0 t1
	t0=$(now)
	"$@"
	t1=$(now)
	echo "$t1 - $t0" | bc -l
}

echo "nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %10s %10s %8s\n' run C_s Go_s Go/C
ratios=()
for i in $(seq "$runs"); do
	c=$(elapsed "${c_cmd[@]}")
	g=$(elapsed "${go_cmd[@]}")
	r=$(echo "$g / $c" | bc -l)
	ratios+=("$r")
	printf '%-4s %10.3f %10.3f %8.3f\n' "$i" "$c" "$g" "$r"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf 'median Go/C wall-time ratio over %d alternating pairs: %.3f (target <= 0.5)\n' "$runs" "$median"

if command -v hyperfine >/dev/null; then
	hyperfine -N -w 1 -r "$runs" \
		-n "C stemwords" "${c_cmd[*]}" \
		-n "Go arnews stem -snowball" "${go_cmd[*]}"
fi
