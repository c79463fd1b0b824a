#!/usr/bin/env bash
# Resident memory of the real binary while its one HTTP source misbehaves, and after.
#
#   Benchmarks/scripts/hostile-memory.sh [BINARY] [MODES…]
#
# For each mode of hostile-endpoint.py (default: all of them): `kotacerdas serve` polls the
# endpoint every second; it is good for 4 s (the start-up level), hostile for $HOSTILE s
# (default 15), good again for $RECOVERY s (default 20). VmRSS is sampled every 0.25 s.
# Prints one line per mode: start-up, peak while hostile, end of recovery (MB), and the
# error `/healthz` reported while hostile, and the source's state after recovery. $MAX_SIZE (default 16MiB) is the body cap.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../.build/release/kotacerdas}"
shift || true
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(endless lying-length huge-headers endless-headers unfinished-headers trickle
    false-gzip gzip-bomb garbage not-http truncated reset hang 404 500 503)
hostile="${HOSTILE:-15}" recovery="${RECOVERY:-20}" max_size="${MAX_SIZE:-16MiB}"

work="$(mktemp -d)"
server_pid="" app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# VmRSS in MB, or "exited" when the process is gone.
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo exited; }

# Samples the app's VmRSS for $1 seconds and prints the highest value.
peak_for() {
    local until=$((SECONDS + $1)) peak=0 now
    while [ $SECONDS -lt $until ]; do
        now=$(rss_mb "$app_pid")
        [ "$now" = exited ] && { echo exited; return; }
        [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.25
    done
    echo "$peak"
}

# One field of the source's health record from `/healthz`.
source_field() {
    python3 -c 'import json, sys, urllib.request as u; print(json.load(u.urlopen(sys.argv[1]))["sources"][0].get(sys.argv[2]))' \
        "$1" "$2" 2>/dev/null || echo "(no /healthz)"
}

# Renamed into place, so the endpoint never reads a half-written mode.
set_mode() { echo "$1" > "$work/mode.new" && mv "$work/mode.new" "$work/mode"; }

set_mode good
python3 "$here/hostile-endpoint.py" --good "$here/../../sample-data/sumenep.json" --mode-file "$work/mode" > "$work/endpoint.out" &
server_pid=$!
until grep -q listening "$work/endpoint.out" 2>/dev/null; do sleep 0.1; done
port=$(awk '/listening/ { print $2 }' "$work/endpoint.out")

printf '%-20s %8s %8s %8s %-9s %s\n' mode start-MB peak-MB after-MB "then" "error while hostile"
for mode in "${modes[@]}"; do
    set_mode good
    mkdir -p "$work/home"
    rm -f "$work/serve.out"
    env -i HOME="$work/home" XDG_CACHE_HOME="$work/home" PATH=/usr/bin:/bin ${MALLOC_ENV:-} \
        "$binary" serve --port 0 --no-cache --max-size "$max_size" \
        --source "http://127.0.0.1:$port/city.json@1s" > "$work/serve.out" 2>&1 &
    app_pid=$!
    until grep -q 'serving http://127.0.0.1:[0-9]*/' "$work/serve.out" 2>/dev/null; do sleep 0.1; done
    health="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.out" | head -1)/healthz"
    start=$(peak_for 4)
    set_mode "$mode"
    peak=$(peak_for "$hostile")
    error=$(source_field "$health" lastError)
    set_mode good
    sleep "$recovery"
    after=$(rss_mb "$app_pid")
    printf '%-20s %8s %8s %8s %-9s %s\n' "$mode" "$start" "$peak" "$after" "$(source_field "$health" state)" "$error"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
done
