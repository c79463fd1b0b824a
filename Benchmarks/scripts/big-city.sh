#!/usr/bin/env bash
# big-city.sh: `kotacerdas snapshot` of big city files next to Python reading the same
# bytes, in one run, so the ratios hold on a busy machine.
#
# For each FILE, RUNS rounds (default 5); each round runs, one after the other:
#   kotacerdas snapshot --source FILE --size 200x60 --color never   (read, parse, decode, merge, render)
#   python3 -c 'import orjson,sys; orjson.loads(open(sys.argv[1],"rb").read())' FILE
#   python3 -c 'import json,sys; json.load(open(sys.argv[1]))' FILE
# each under /usr/bin/time -v: wall time, CPU time (user + system) and peak RSS. Prints
# the medians and the ratios of kotacerdas to each Python reader.
#
# Usage: Benchmarks/scripts/big-city.sh FILE...
#   make the files with Benchmarks/scripts/make-city.py (see BENCHMARKS.md)
# Environment: RUNS=5 KOTACERDAS=.build/release/kotacerdas SIZE=200x60
set -euo pipefail

RUNS=${RUNS:-5}
SIZE=${SIZE:-200x60}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${KOTACERDAS:-$ROOT/.build/release/kotacerdas}
[[ -x $BIN ]] || { echo "no release binary at $BIN" >&2; exit 1; }
[[ $# -gt 0 ]] || { sed -n '2,14p' "$0" >&2; exit 2; }
python3 -c 'import orjson' || { echo "python3 needs orjson (pip install orjson)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/kotacerdas-big.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# One measured run of "$@": appends "wall cpu peak_kb" to $WORK/$name.
measure() {
    local name=$1; shift
    /usr/bin/time -v -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || {
        echo "$name failed:" >&2; cat "$WORK/stderr" >&2; return 1; }
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
        END { printf "%.3f %.3f %d\n", wall, user + sys, rss }' "$WORK/time" >>"$WORK/$name"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_median() { awk -v c="$2" '{ print $c }' "$WORK/$1" | median; }

for file in "$@"; do
    rm -f "$WORK"/kotacerdas "$WORK"/orjson "$WORK"/json
    for _ in $(seq "$RUNS"); do
        measure kotacerdas "$BIN" snapshot --source "$file" --size "$SIZE" --color never
        measure orjson python3 -c 'import orjson,sys; orjson.loads(open(sys.argv[1],"rb").read())' "$file"
        measure json python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$file"
    done
    bytes=$(stat -c %s "$file")
    printf '%s: %.1f MB, median of %d runs (load %s)\n' "$file" "$(echo "$bytes / 1000000" | bc -l)" "$RUNS" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '  %-12s %9s %9s %10s %12s\n' "" "wall s" "CPU s" "peak MB" "peak/file"
    for name in kotacerdas orjson json; do
        wall=$(column_median $name 1); cpu=$(column_median $name 2); rss=$(column_median $name 3)
        printf '  %-12s %9.3f %9.3f %10.1f %12.2f\n' "$name" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" \
            "$(echo "$rss * 1024 / $bytes" | bc -l)"
    done
    for reference in orjson json; do
        printf '  kotacerdas / %-7s wall %.2f, CPU %.2f, peak memory %.2f\n' "$reference" \
            "$(echo "$(column_median kotacerdas 1) / $(column_median $reference 1)" | bc -l)" \
            "$(echo "$(column_median kotacerdas 2) / $(column_median $reference 2)" | bc -l)" \
            "$(echo "$(column_median kotacerdas 3) / $(column_median $reference 3)" | bc -l)"
    done
done
