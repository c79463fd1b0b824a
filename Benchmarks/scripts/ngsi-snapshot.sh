#!/usr/bin/env bash
# ngsi-snapshot.sh: one whole NGSI v2 read, end to end — `kotacerdas snapshot` against a
# broker holding N generated entities (half air-quality stations, a quarter parking zones,
# a quarter waste containers; Benchmarks/scripts/ngsi-broker.py, which pages like Orion at
# 1 000 entities a page), timed with /usr/bin/time -v: wall time, CPU (user + system) and
# peak memory (maximum resident set) of the kotacerdas process alone. Each size is read
# once to warm up, then RUNS times; the medians are printed, and the growth ratio of each
# size's medians to the first size's.
#
# Usage: Benchmarks/scripts/ngsi-snapshot.sh [SIZE...]      (default: 10000 100000)
# Environment: RUNS=5  KOTACERDAS=.build/release/kotacerdas  KEEP=1 keeps the work directory.
# Needs: python3, /usr/bin/time (apt-get install time). Build first: swift build -c release
set -euo pipefail

RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KOTACERDAS=${KOTACERDAS:-$ROOT/.build/release/kotacerdas}
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(10000 100000); fi
WORK=$(mktemp -d /tmp/kc-ngsi-bench.XXXXXX)
BROKER_PID=
cleanup() {
    [ -n "$BROKER_PID" ] && kill "$BROKER_PID" 2>/dev/null && wait "$BROKER_PID" 2>/dev/null
    [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Seconds from /usr/bin/time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23".
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}

printf '%-9s %-11s %-11s %-11s %-11s\n' entities "wall s" "CPU s" "peak MiB" "entities/s"
declare -A WALL CPU RSS
for size in "${SIZES[@]}"; do
    python3 "$ROOT/Benchmarks/scripts/ngsi-broker.py" --generate "$size" --port 0 > "$WORK/broker.out" 2>&1 &
    BROKER_PID=$!
    for _ in $(seq 100); do grep -q '^listening on ' "$WORK/broker.out" && break; sleep 0.1; done
    port=$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/broker.out")
    source="ngsi-v2+http://127.0.0.1:$port/v2/entities?type=AirQualityObserved,OnStreetParking,WasteContainer"
    run() {
        env -i HOME="$WORK" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" PATH=/usr/bin:/bin \
            /usr/bin/time -v "$KOTACERDAS" snapshot --source "$source" --view environment --size 120x40 --lang en \
            > "$WORK/frame.txt" 2> "$WORK/time.txt"
        grep -q "Mean PM2.5" "$WORK/frame.txt" || { cat "$WORK/time.txt" >&2; echo "no PM2.5 on the frame" >&2; exit 1; }
    }
    run # warm-up: the broker builds its page texts on the first request
    : > "$WORK/wall"; : > "$WORK/cpu"; : > "$WORK/rss"
    for _ in $(seq "$RUNS"); do
        run
        wall_seconds "$WORK/time.txt" >> "$WORK/wall"
        awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$WORK/time.txt" >> "$WORK/cpu"
        awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$WORK/time.txt" >> "$WORK/rss"
    done
    WALL[$size]=$(median < "$WORK/wall"); CPU[$size]=$(median < "$WORK/cpu"); RSS[$size]=$(median < "$WORK/rss")
    printf '%-9s %-11.2f %-11.2f %-11.1f %-11.0f\n' "$size" "${WALL[$size]}" "${CPU[$size]}" "${RSS[$size]}" \
        "$(awk -v n="$size" -v t="${WALL[$size]}" 'BEGIN { print n / t }')"
    kill "$BROKER_PID"; wait "$BROKER_PID" 2>/dev/null || true; BROKER_PID=
done
first=${SIZES[0]}
for size in "${SIZES[@]:1}"; do
    awk -v a="$first" -v b="$size" -v wa="${WALL[$first]}" -v wb="${WALL[$size]}" -v ca="${CPU[$first]}" -v cb="${CPU[$size]}" \
        -v ra="${RSS[$first]}" -v rb="${RSS[$size]}" 'BEGIN {
        printf "growth %s → %s entities (×%.0f): wall ×%.2f, CPU ×%.2f, peak memory ×%.2f\n", a, b, b / a, wb / wa, cb / ca, rb / ra }'
done
