#!/usr/bin/env bash
# Renders shared screens (SVG and HTML) in headless Chromium and measures how exactly the
# PNG keeps the terminal's cell grid (render-check.py). Installs nothing: it needs Debian's
# `chromium` package (or CHROMIUM=/path/to/chrome) and python3.
#
# usage: Benchmarks/scripts/render-check.sh [OUTPUT_FOLDER]
#   KOTACERDAS=.build/release/kotacerdas   the binary (default .build/debug/kotacerdas)
#   VIEWS="home help"   the screens to check (each needs vertical box lines to measure)
# Exit status 0 when every screen keeps its grid within 1.5 px, 1 when one does not,
# 2 when Chromium is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${KOTACERDAS:-.build/debug/kotacerdas}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
    echo "render-check: chromium not found (apt-get install chromium), or set CHROMIUM" >&2
    exit 2
fi
out=${1:-$(mktemp -d)}
mkdir -p "$out"
status=0
for view in ${VIEWS:-home help governance/indicators/gov-spbe-index}; do
    name=$(echo "$view" | tr '/' '-')
    "$binary" snapshot --view "$view" --size 120x40 --lang en --format text > "$out/$name.txt"
    for format in svg html; do
        "$binary" snapshot --view "$view" --size 120x40 --lang en --format "$format" > "$out/$name.$format"
        # --no-sandbox: Chromium refuses to run as root otherwise (containers, CI).
        "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
            --window-size=1100,700 --screenshot="$out/$name-$format.png" "file://$out/$name.$format" \
            > /dev/null 2>&1
        python3 "$here/render-check.py" "$out/$name.txt" "$out/$name-$format.png" || status=1
    done
done
echo "render-check: PNGs and frames in $out"
exit $status
