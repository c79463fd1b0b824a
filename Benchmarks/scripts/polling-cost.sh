#!/usr/bin/env bash
# The client's CPU per poll of an HTTP source: an unchanged endpoint (every poll a 304)
# and one that changes on every poll (every poll the whole document, 156 KB compact).
#
#   Benchmarks/scripts/polling-cost.sh [BENCHMARK-BINARY]
#
# Build first: swift build -c release --product kotacerdas-benchmarks
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../.build/release/kotacerdas-benchmarks}"
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

# The Sumenep sample as `kotacerdas serve` publishes it: compact JSON.
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"), separators=(",", ":"), ensure_ascii=False)' \
    "$here/../../sample-data/sumenep.json" "$work/sumenep.json"
urls=()
for mode in good changing; do
    echo "$mode" > "$work/$mode.mode"
    python3 "$here/hostile-endpoint.py" --good "$work/sumenep.json" --mode-file "$work/$mode.mode" > "$work/$mode.out" &
    pids+=($!)
    until grep -q listening "$work/$mode.out" 2>/dev/null; do sleep 0.1; done
    urls+=("http://127.0.0.1:$(awk '{ print $2 }' "$work/$mode.out")/$mode.json")
done
echo "document: $(wc -c < "$work/sumenep.json") bytes"
"$binary" polling "${urls[@]}"
