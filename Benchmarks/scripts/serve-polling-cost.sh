#!/usr/bin/env bash
# CPU per poll of the real binary: `kotacerdas serve` polling a local endpoint every
# 100 ms for $SECONDS_PER_CASE s (default 30), once unchanged (every poll a 304) and once
# changing on every poll (the whole 156 KB compact Sumenep document each time). CPU is
# the process's utime + stime from /proc; polls are the endpoint's own count. It includes
# everything a poll costs serve: transfer, decoding, merging and publishing.
#
#   Benchmarks/scripts/serve-polling-cost.sh [BINARY]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../.build/release/kotacerdas}"
seconds="${SECONDS_PER_CASE:-30}"
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"), separators=(",", ":"), ensure_ascii=False)' \
    "$here/../../sample-data/sumenep.json" "$work/sumenep.json"
ticks=$(getconf CLK_TCK)
# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

for mode in good changing; do
    echo "$mode" > "$work/$mode.mode"
    python3 "$here/hostile-endpoint.py" --good "$work/sumenep.json" --mode-file "$work/$mode.mode" > "$work/$mode.out" &
    pids+=($!)
    until grep -q listening "$work/$mode.out" 2>/dev/null; do sleep 0.1; done
    endpoint="http://127.0.0.1:$(awk '{ print $2 }' "$work/$mode.out")"
    env -i HOME="$work" XDG_CACHE_HOME="$work" PATH=/usr/bin:/bin \
        "$binary" serve --port 0 --no-cache --source "$endpoint/city.json@100ms" > /dev/null 2>&1 &
    app=$!
    pids+=($app)
    sleep 3 # start-up and the first read are not polling
    cpu0=$(cpu_ticks $app) polls0=$(python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1]).read().decode())' "$endpoint/requests")
    sleep "$seconds"
    cpu1=$(cpu_ticks $app) polls1=$(python3 -c 'import sys, urllib.request as u; print(u.urlopen(sys.argv[1]).read().decode())' "$endpoint/requests")
    kill $app
    awk -v m="$mode" -v p=$((polls1 - polls0)) -v c=$((cpu1 - cpu0)) -v t="$ticks" \
        'BEGIN { printf "%-9s %4d polls, %6.0f ms CPU, %.2f ms per poll\n", m, p, c * 1000 / t, c * 1000 / t / p }'
done
