#!/usr/bin/env bash
# soak.sh: does the dashboard stay flat over a long run of changing data?
#
# Starts a local endpoint (soak-server.py) whose values change on every request, runs the
# release dashboard in a tmux pane of 120x40 polling it every second, and records the
# dashboard's resident memory (VmRSS) and CPU time (utime+stime) once a minute, plus the
# endpoint's request count. At the end it prints the table and the verdict the issue asks
# for: resident memory after minute 5 stays within 5 % of its minute-5 level.
#
# Usage: Benchmarks/scripts/soak.sh            (DURATION=3600 seconds by default)
# Environment: DURATION=3600 INTERVAL=60 PORT=18931 SAMPLE=sample-data/sumenep.json
#              KOTACERDAS=.build/release/kotacerdas  OUT=/tmp/kotacerdas-soak.csv
# Needs: tmux, python3.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${KOTACERDAS:-$ROOT/.build/release/kotacerdas}
SAMPLE=${SAMPLE:-$ROOT/sample-data/sumenep.json}
DURATION=${DURATION:-3600}
INTERVAL=${INTERVAL:-60}
PORT=${PORT:-18931}
OUT=${OUT:-/tmp/kotacerdas-soak.csv}
TICK=$(getconf CLK_TCK)
[[ -x $BIN ]] || { echo "no release binary at $BIN; run: swift build -c release --product kotacerdas" >&2; exit 1; }

WORK=$(mktemp -d /tmp/kotacerdas-soak.XXXXXX)
SOCKET=kotacerdas-soak-$$
python3 "$ROOT/Benchmarks/scripts/soak-server.py" "$SAMPLE" "$PORT" &
SERVER=$!
cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    kill "$SERVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

tmux -L "$SOCKET" -f /dev/null new-session -d -x 120 -y 40 \
    "env HOME=$WORK XDG_CACHE_HOME=$WORK/cache XDG_CONFIG_HOME=$WORK/config TERM=tmux-256color \
     $BIN --no-cache --source http://127.0.0.1:$PORT/kota.json@1s; sleep 5"
sleep 2
PID=$(pgrep -n -f -- "--source http://127.0.0.1:$PORT/kota.json@1s" | head -1)
[[ -n $PID ]] || { echo "the dashboard did not start" >&2; exit 1; }

cpu() { awk -v tick="$TICK" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$PID/stat"; }
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$PID/status"; }

echo "minute,rss_kib,cpu_s" >"$OUT"
start=$(date +%s)
minute=0
while (( $(date +%s) - start < DURATION )); do
    [[ -d /proc/$PID ]] || { echo "the dashboard exited at minute $minute" >&2; exit 1; }
    echo "$minute,$(rss),$(cpu)" >>"$OUT"
    sleep "$INTERVAL"
    minute=$((minute + 1))
done
echo "$minute,$(rss),$(cpu)" >>"$OUT"
tmux -L "$SOCKET" capture-pane -p -t 0 | head -3 >"$WORK/last-frame.txt" || true

cat "$OUT"
awk -F, -v interval="$INTERVAL" 'NR > 1 {
        m = $1; rss[m] = $2; cpu[m] = $3; last = m
    }
    END {
        base = (5 in rss) ? rss[5] : rss[last]
        max = base; min = base
        for (m = 5; m <= last; m++) if (m in rss) { if (rss[m] > max) max = rss[m]; if (rss[m] < min) min = rss[m] }
        polls = last * interval
        printf "minutes: %d; RSS at minute 5: %d KiB; after it: min %d, max %d KiB (%+.1f %% .. %+.1f %%)\n",
            last, base, min, max, (min - base) * 100 / base, (max - base) * 100 / base
        printf "CPU: %.1f s in all, %.2f ms per second of polling a changing document\n", cpu[last], cpu[last] * 1000 / polls
        print ((max - base) * 100 / base <= 5 ? "flat within 5 %: yes" : "flat within 5 %: NO")
    }' "$OUT"
