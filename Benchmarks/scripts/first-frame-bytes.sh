#!/usr/bin/env bash
# first-frame-bytes.sh: the bytes of the dashboard's first frame and what they are made of.
#
# Starts `kotacerdas ARGS...` (default: the bundled sample) in a private tmux pane of
# COLSxROWS under `script`, the same way terminal-calm.sh does, waits WAIT seconds, and
# splits what it wrote into escape sequences (by kind) and text.
#
# Usage: Benchmarks/scripts/first-frame-bytes.sh [kotacerdas arguments...]
#   e.g. Benchmarks/scripts/first-frame-bytes.sh --theme mono
# Environment: COLS=120 ROWS=40 WAIT=3 KOTACERDAS=.build/release/kotacerdas
set -euo pipefail

COLS=${COLS:-120}
ROWS=${ROWS:-40}
WAIT=${WAIT:-3}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${KOTACERDAS:-$ROOT/.build/release/kotacerdas}
[[ -x $BIN ]] || { echo "no release binary at $BIN" >&2; exit 1; }

WORK=$(mktemp -d /tmp/kotacerdas-frame.XXXXXX)
SOCKET=kotacerdas-frame-$$
printf 'set -g status off\nset -g default-terminal tmux-256color\n' >"$WORK/tmux.conf"
tmx() { tmux -L "$SOCKET" -f "$WORK/tmux.conf" "$@"; }
cleanup() {
    trap - EXIT INT TERM
    [[ -s $WORK/pid ]] && kill -TERM "$(<"$WORK/pid")" 2>/dev/null
    tmx kill-server 2>/dev/null || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"  # tmux leaves the socket file behind
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

printf -v command '%q ' "$BIN" "$@"
inner="echo \$\$ > $WORK/pid; exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CACHE_HOME=$WORK/cache $command"
printf -v outer 'SHELL=/bin/sh script -q -f --log-out %q --log-timing %q -c %q' "$WORK/out" "$WORK/timing" "$inner"
tmx new-session -d -s frame -x "$COLS" -y "$ROWS" "$outer"
sleep "$WAIT"

total=$(awk '{ n += $NF } END { print n + 0 }' "$WORK/timing")
# The frame: what was written, without script's header line.
tail -c +$(($(head -1 "$WORK/out" | wc -c) + 1)) "$WORK/out" | head -c "$total" >"$WORK/frame"
# count PATTERN c|l: the bytes (c) or the number (l) of PATTERN's matches in the frame.
count() { { grep -aoE "$1" "$WORK/frame" || true; } | if [[ $2 == c ]]; then tr -d '\n' | wc -c; else wc -l; fi; }
esc=$'\e'
sgr256=$(count "$esc\\[[34]8;5;[0-9]+m" c)
sgr256n=$(count "$esc\\[[34]8;5;[0-9]+m" l)
other=$(count "$esc\\[[0-9;?]*[A-Za-z]|$esc[()][0-9AB]|$esc[=>]" c)
si=$(count $'\x0f' l)
text=$(sed -E "s/$esc\\[[0-9;?]*[A-Za-z]|$esc[()][0-9AB]|$esc[=>]|\x0f//g" "$WORK/frame" | wc -c)
spaces=$(sed -E "s/$esc\\[[0-9;?]*[A-Za-z]|$esc[()][0-9AB]|$esc[=>]|\x0f//g" "$WORK/frame" | tr -cd ' ' | wc -c)
echo "kotacerdas $* at ${COLS}x${ROWS}: $total bytes in the first $WAIT s"
echo "  escape sequences: $other bytes, of which 256-colour SGR: $sgr256 bytes in $sgr256n sequences; SI (after sgr0): $si"
echo "  text: $text bytes (UTF-8), of which spaces: $spaces"
