#!/usr/bin/env bash
# terminal-calm.sh: how calm is the kotacerdas dashboard on a terminal?
#
# Runs, each inside its own tmux pane of COLSxROWS (default 120x40) under `script`:
#   1. calm:    the dashboard on static data and htop, side by side for DURATION seconds;
#               CPU seconds (utime+stime from /proc/PID/stat, and the exact run time of
#               the threads from schedstat) and bytes written to the terminal for each,
#               and the ratios kotacerdas/htop; RUNS runs give medians.
#   2. change:  the dashboard on a copy of the sample; after it settles, one indicator's
#               value is changed by saving a new file (write temp + rename); the bytes
#               written in the next CHANGE_WAIT seconds.
#   3. startup: start to first frame, median of STARTS starts, from script's timing log;
#               htop started the same way is the reference.
#
# How bytes are counted: the program runs under `script -q -f --log-out --log-timing`
# inside a tmux pane. `script` gives the program a pty of its own (sized like the tmux
# pane) and copies everything the program writes both to the pane and to the log; the
# timing log lists every chunk it read from the pty as "<delay> <bytes>". The program
# therefore writes to a real terminal (isatty, TIOCGWINSZ, termios all behave) and the
# sum of the chunk sizes is exactly what it wrote to that terminal.
#
# Usage: Benchmarks/scripts/terminal-calm.sh [calm|change|startup|all]   (default all)
# Environment: DURATION=60 RUNS=1 SETTLE=5 STARTS=10 CHANGE_WAIT=2 COLS=120 ROWS=40
#              KOTACERDAS=.build/release/kotacerdas  KEEP=1 keeps the work directory.
# Needs: tmux, script (util-linux), awk; htop is installed with apt-get when missing.
set -euo pipefail

DURATION=${DURATION:-60}
SETTLE=${SETTLE:-5}
STARTS=${STARTS:-10}
CHANGE_WAIT=${CHANGE_WAIT:-2}
COLS=${COLS:-120}
ROWS=${ROWS:-40}
INDICATOR=${INDICATOR:-gov-ekppd-score}
NEW_VALUE=${NEW_VALUE:-3.11}
CHANGE_VIEWS=${CHANGE_VIEWS:-"home governance"}
MODE=${1:-all}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${KOTACERDAS:-$ROOT/.build/release/kotacerdas}
SAMPLE=${SAMPLE:-$ROOT/sample-data/sumenep.json}
TICK=$(getconf CLK_TCK)

case $MODE in calm|change|startup|all) ;; *) echo "usage: $0 [calm|change|startup|all]" >&2; exit 2 ;; esac
[[ -x $BIN ]] || { echo "no release binary at $BIN; run: swift build -c release --product kotacerdas" >&2; exit 1; }
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
command -v script >/dev/null || { echo "script (util-linux) is needed" >&2; exit 1; }
if ! command -v htop >/dev/null; then
    echo "installing htop with apt-get" >&2
    SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y -qq htop >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq htop >/dev/null; }
fi
HTOP=$(command -v htop)

WORK=$(mktemp -d /tmp/kotacerdas-calm.XXXXXX)
SOCKET=kotacerdas-calm-$$
mkdir -p "$WORK/home" "$WORK/cache" "$WORK/config"
cat >"$WORK/tmux.conf" <<'EOF'
set -g status off
set -g default-terminal tmux-256color
set -g escape-time 0
set -g history-limit 100
EOF

tmx() { tmux -L "$SOCKET" -f "$WORK/tmux.conf" "$@"; }

# Everything started lives in the private tmux server; the programs' pids are in *.pid.
cleanup() {
    trap - EXIT INT TERM
    local pidfile pid
    for pidfile in "$WORK"/*.pid; do
        [[ -e $pidfile ]] || continue
        pid=$(<"$pidfile")
        kill -TERM "$pid" 2>/dev/null || true
    done
    tmx kill-server 2>/dev/null || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"  # tmux leaves the socket file behind
    if [[ ${KEEP:-0} == 1 ]]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'exit 143' TERM

# start NAME COMMAND...: runs COMMAND in a new COLSxROWS tmux session under script;
# the program's pid lands in $WORK/NAME.pid, its output in NAME.out, chunks in NAME.timing.
start() {
    local name=$1; shift
    local command
    printf -v command '%q ' "$@"
    rm -f "$WORK/$name".{pid,out,timing}
    local inner="echo \$\$ > $WORK/$name.pid; exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$WORK/home XDG_CACHE_HOME=$WORK/cache XDG_CONFIG_HOME=$WORK/config $command"
    local outer
    printf -v outer 'SHELL=/bin/sh script -q -f --log-out %q --log-timing %q -c %q' \
        "$WORK/$name.out" "$WORK/$name.timing" "$inner"
    tmx new-session -d -s "$name" -x "$COLS" -y "$ROWS" "$outer"
    local waited=0
    until [[ -s $WORK/$name.pid ]]; do
        sleep 0.01; waited=$((waited + 1))
        ((waited < 500)) || { echo "$name did not start" >&2; exit 1; }
    done
}

# stop NAME: q, then TERM, then KILL; and the tmux session.
stop() {
    local name=$1 pid i
    pid=$(<"$WORK/$name.pid")
    tmx send-keys -t "$name" q 2>/dev/null || true
    for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -KILL "$pid" 2>/dev/null || true
    tmx kill-session -t "$name" 2>/dev/null || true
    rm -f "$WORK/$name.pid"
}

# Bytes the program has written to its terminal so far: the sum of the timing chunks.
bytes() { awk '{ n += $NF } END { print n + 0 }' "$WORK/$1.timing"; }

# CPU seconds so far, all threads, dead ones included: utime + stime of /proc/PID/stat.
cpu() {
    local pid stat
    pid=$(<"$WORK/$1.pid")
    stat=$(<"/proc/$pid/stat")
    stat=${stat##*) }  # fields from 3 (state) on; the name may hold spaces
    awk -v tick="$TICK" '{ printf "%.2f", ($12 + $13) / tick }' <<<"$stat"
}

# Per-thread run time in ns, "tid ns" lines, from /proc/PID/task/*/schedstat: exact, but
# a thread that has ended is no longer listed.
threads_ns() {
    local pid task
    pid=$(<"$WORK/$1.pid")
    for task in /proc/"$pid"/task/*; do
        [[ -r $task/schedstat ]] && echo "${task##*/} $(cut -d' ' -f1 "$task/schedstat" 2>/dev/null)"
    done
}

# CPU ms between two threads_ns snapshots: each thread's growth (a thread born in
# between counts from 0; one that ended in between is missed).
cpu_ms_between() {
    awk 'NR == FNR { before[$1] = $2; next } { ms += ($2 - before[$1]) / 1e6 } END { printf "%.1f", ms }' "$1" "$2"
}

# CPU ms of the live threads since the start.
cpu_ms() { threads_ns "$1" | awk '{ ns += $2 } END { printf "%.1f", ns / 1e6 }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.3f", a / b }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

title_marker() { awk -F'"' '/"name":/ { print $4; exit }' "$1"; }  # the city's name

# calm_once: one side-by-side run; appends "kcpu kms kbytes kidle_ms kidle_bytes hcpu hms hbytes ..."
calm_once() {
    cp "$SAMPLE" "$WORK/calm.json"
    rm -rf "$WORK/cache"; mkdir -p "$WORK/cache"
    start kota "$BIN" --source "$WORK/calm.json"
    start htop "$HTOP"
    local settle=$SETTLE
    ((settle < DURATION)) || settle=0
    sleep "$settle"
    local kb0 hb0
    kb0=$(bytes kota); hb0=$(bytes htop)
    threads_ns kota >"$WORK/kota.ns0"; threads_ns htop >"$WORK/htop.ns0"
    sleep $((DURATION - settle))
    local kb hb km hm kc hc
    kb=$(bytes kota); hb=$(bytes htop); kc=$(cpu kota); hc=$(cpu htop); km=$(cpu_ms kota); hm=$(cpu_ms htop)
    threads_ns kota >"$WORK/kota.ns1"; threads_ns htop >"$WORK/htop.ns1"
    stop kota; stop htop
    local kidle hidle
    kidle=$(cpu_ms_between "$WORK/kota.ns0" "$WORK/kota.ns1"); hidle=$(cpu_ms_between "$WORK/htop.ns0" "$WORK/htop.ns1")
    echo "$kc $km $kb $kidle $((kb - kb0)) $hc $hm $hb $hidle $((hb - hb0))" >>"$WORK/calm.rows"
}

calm() {
    local runs=${RUNS:-1} settle=$SETTLE i
    ((settle < DURATION)) || settle=0
    echo "== calm: ${COLS}x${ROWS}, ${DURATION} s, kotacerdas and htop side by side on static data, $runs run(s)"
    rm -f "$WORK/calm.rows"
    for i in $(seq "$runs"); do calm_once; done
    # columns: 1 kCPU s (stat)  2 kCPU ms (schedstat)  3 k bytes  4 k idle ms  5 k idle bytes, 6-10 the same for htop
    local col m=()
    for col in $(seq 10); do m[col]=$(awk -v c="$col" '{ print $c }' "$WORK/calm.rows" | median); done
    local format='%-12s %12s %14s %10s %16s %18s\n'
    printf "$format" "" "CPU s (stat)" "CPU ms (sched)" bytes "CPU ms after ${settle}s" "bytes after ${settle}s"
    while read -r -a row; do
        printf "$format" "kotacerdas" "${row[0]}" "${row[1]}" "${row[2]}" "${row[3]}" "${row[4]}"
        printf "$format" "htop" "${row[5]}" "${row[6]}" "${row[7]}" "${row[8]}" "${row[9]}"
    done <"$WORK/calm.rows"
    if ((runs > 1)); then
        printf "$format" "median kota" "${m[1]}" "${m[2]}" "${m[3]}" "${m[4]}" "${m[5]}"
        printf "$format" "median htop" "${m[6]}" "${m[7]}" "${m[8]}" "${m[9]}" "${m[10]}"
    fi
    printf "$format" "ratio" "$(ratio "${m[1]}" "${m[6]}")" "$(ratio "${m[2]}" "${m[7]}")" "$(ratio "${m[3]}" "${m[8]}")" \
        "$(ratio "${m[4]}" "${m[9]}")" "$(ratio "${m[5]}" "${m[10]}")"
    echo "(stat: utime+stime in ticks of 1/$TICK s, ended threads included; sched: exact run time of the threads"
    echo " still alive at the end (/proc/PID/task/*/schedstat); after ${settle}s: each thread's growth in schedstat."
    echo " The cache directory starts empty. Target: ratios of at most 0.1)"
}

# A copy of the sample with INDICATOR's "value" set to NEW_VALUE, written as temp + rename.
save_changed() {
    local file=$1
    awk -v id="\"$INDICATOR\"" -v value="$NEW_VALUE" '
        !done && index($0, "\"id\": " id) { found = 1 }
        found && !done && /"value":/ { sub(/"value": *[-0-9.eE+]+/, "\"value\": " value); done = 1 }
        { print }
        END { if (!done) exit 1 }' "$file" >"$file.tmp"
    mv "$file.tmp" "$file"
}

change() {
    echo "== change: one indicator value ($INDICATOR -> $NEW_VALUE), bytes in the ${CHANGE_WAIT} s after the save"
    local view
    for view in $CHANGE_VIEWS; do
        cp "$SAMPLE" "$WORK/change.json"
        local args=(--source "$WORK/change.json")
        [[ $view == home ]] || args+=(--view "$view")
        # Keep the minute tick of the clock out of the window.
        local second; second=$((10#$(date +%S)))
        if ((second + SETTLE + CHANGE_WAIT + 1 >= 60)); then sleep $((61 - second)); fi
        start change "$BIN" "${args[@]}"
        sleep "$SETTLE"
        local before after
        before=$(bytes change)
        save_changed "$WORK/change.json"
        sleep "$CHANGE_WAIT"
        after=$(bytes change)
        # What was written after the change, made visible, for the report.
        local header; header=$(head -1 "$WORK/change.out" | wc -c)
        tail -c +$((header + before + 1)) "$WORK/change.out" | head -c $((after - before)) >"$WORK/change-$view.bytes"
        stop change
        printf '%-12s %6d bytes after the change (%d before it)\n' "$view" $((after - before)) "$before"
        if [[ ${SHOW_BYTES:-0} == 1 ]]; then cat -v "$WORK/change-$view.bytes"; echo; fi
    done
    echo "(target: under 300 bytes)"
}

# first_frame NAME MARKER: seconds from script's start to the chunk holding MARKER.
first_frame() {
    local name=$1 marker=$2 header offset
    header=$(head -1 "$WORK/$name.out" | wc -c)
    offset=$(grep -a -b -o -F -m1 -- "$marker" "$WORK/$name.out" | head -1 | cut -d: -f1)
    [[ -n $offset ]] || { echo "n/a"; return; }
    awk -v end=$((offset - header + ${#marker})) '
        { t += $1; n += $2; if (n >= end) { printf "%.4f\n", t; exit } }' "$WORK/$name.timing"
}

# startup NAME MARKER COMMAND...: STARTS starts; prints the median and range.
startup_of() {
    local name=$1 marker=$2; shift 2
    local i times=() waited
    for i in $(seq "$STARTS"); do
        start "$name" "$@"
        waited=0
        until grep -a -q -F -- "$marker" "$WORK/$name.out" 2>/dev/null; do
            sleep 0.02; waited=$((waited + 1))
            ((waited < 500)) || { echo "$name: no \"$marker\" after 10 s" >&2; break; }
        done
        times+=("$(first_frame "$name" "$marker")")
        stop "$name"
    done
    local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -g | tr '\n' ' ')
    printf '%-12s median %s s   (all: %s)\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$sorted"
    LAST_MEDIAN=$(printf '%s\n' "${times[@]}" | median)
}

startup() {
    echo "== startup: start to first frame at ${COLS}x${ROWS}, $STARTS starts each"
    cp "$SAMPLE" "$WORK/start.json"
    local marker; marker=$(title_marker "$SAMPLE")
    startup_of kotacerdas "$marker" "$BIN" --source "$WORK/start.json"
    local kota=$LAST_MEDIAN
    startup_of htop "Load average" "$HTOP"
    local htop=$LAST_MEDIAN
    startup_of echo "calm-floor" /bin/echo calm-floor
    echo "ratio kotacerdas/htop: $(ratio "$kota" "$htop")   (echo: the method's floor, fork + exec + pty)"
    echo "(target: under 0.150 s)"
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kotacerdas: $BIN"
echo "htop: $($HTOP --version | head -1)"
[[ $MODE == calm || $MODE == all ]] && calm
[[ $MODE == change || $MODE == all ]] && change
[[ $MODE == startup || $MODE == all ]] && startup
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
