#!/usr/bin/env bash
# Fuzzes kotacerdas's parsers with libFuzzer (see Fuzz/README.md).
#
#   Fuzz/run.sh TARGET SECONDS   fuzz one target (json, decoder, …) for SECONDS
#   Fuzz/run.sh all SECONDS      every target in turn, SECONDS each
#   Fuzz/run.sh merge TARGET     shrink Corpus/TARGET to the inputs that add coverage
#   Fuzz/run.sh list             the targets
#
# Each run first replays the committed corpus and crashers, then fuzzes. New inputs go
# to Fuzz/.work/ (not committed); a crash, a hang (> 20 s) or memory over 2 GiB stops
# the run with exit status 1 and leaves the input in Fuzz/.work/artifacts/, printed in
# base64 so a CI log is enough to reproduce it.
set -euo pipefail
cd "$(dirname "$0")"

targets() { sed -n 's/^    ("\([a-z0-9-]*\)", .*/\1/p' Package.swift; }
usage() { sed -n '2,12s/^# \{0,1\}//p' "$0" >&2; exit 2; }

# swiftc keeps only the last -sanitize= it is given, so the two sanitizers SwiftPM adds
# one by one would leave Swift code without coverage; the combined flag comes last.
buildflags=(-c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)

build() {
    # libclang_rt.fuzzer ships with the Swift toolchain for Linux; there is nothing to
    # install for it. llvm-symbolizer makes the stack traces readable when present.
    local runtime
    runtime=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib/clang
    if ! ls "$runtime"/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
        echo "This Swift toolchain has no libFuzzer runtime (looked in $runtime)." >&2
        exit 1
    fi
    echo "Building the fuzz targets (release, libFuzzer + AddressSanitizer)…"
    mkdir -p .work
    if ! swift build "${buildflags[@]}" > .work/build.log 2>&1; then
        grep -v "^\[" .work/build.log >&2
        echo "The fuzz build failed." >&2
        exit 1
    fi
    bin=$(swift build "${buildflags[@]}" --show-bin-path)
}

options() {
    local target=$1
    local -a flags=(-timeout=20 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1)
    [ -f "Dictionaries/$target.dict" ] && flags+=("-dict=Dictionaries/$target.dict")
    printf '%s\n' "${flags[@]}"
}

# TOMLKit never frees a parsed table (TOMLTable.init(string:) has no matching deinit):
# a few hundred bytes per config read, once at start-up. Not ours to fix, so leaks are
# not checked for the config target, neither per input nor at exit.
sanitizer_options() {
    if [ "$1" = config ]; then echo "detect_leaks=0"; else echo "detect_leaks=1"; fi
}

report_crash() {
    local target=$1
    echo "FUZZ FAILURE in $target. Inputs kept in Fuzz/.work/artifacts/$target:" >&2
    for file in .work/artifacts/"$target"/*; do
        [ -f "$file" ] || continue
        echo "--- $file (base64)" >&2
        base64 -w 76 "$file" >&2
    done
}

fuzz() {
    local target=$1 seconds=$2
    [ -x "$bin/fuzz-$target" ] || { echo "No fuzz target '$target' (targets: $(targets | xargs))." >&2; exit 2; }
    mkdir -p ".work/corpus/$target" ".work/artifacts/$target" "Corpus/$target" "Crashers/$target"
    rm -f ".work/artifacts/$target"/*
    mapfile -t flags < <(options "$target")
    export ASAN_OPTIONS
    ASAN_OPTIONS=$(sanitizer_options "$target")
    local -a crashers=(Crashers/"$target"/*)
    if [ -e "${crashers[0]}" ]; then
        echo "== $target: replaying ${#crashers[@]} fixed crasher(s)"
        "$bin/fuzz-$target" "${flags[@]}" -artifact_prefix=".work/artifacts/$target/" "${crashers[@]}" \
            > ".work/$target-replay.log" 2>&1 || { tail -40 ".work/$target-replay.log" >&2; report_crash "$target"; return 1; }
    fi
    echo "== $target: fuzzing for $seconds s"
    local log=".work/$target.log"
    # One process on one core: the machines this runs on are shared.
    if ! "$bin/fuzz-$target" "${flags[@]}" -max_total_time="$seconds" \
            -artifact_prefix=".work/artifacts/$target/" ".work/corpus/$target" "Corpus/$target" > "$log" 2>&1; then
        tail -60 "$log" >&2
        report_crash "$target"
        return 1
    fi
    grep -E "^#[0-9]+.*(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$log" | sed 's/^/   /'
}

merge() {
    local target=$1
    mapfile -t flags < <(options "$target")
    export ASAN_OPTIONS
    ASAN_OPTIONS=$(sanitizer_options "$target")
    local candidates=".work/candidates/$target" fresh=".work/merged/$target"
    rm -rf "$candidates" "$fresh" && mkdir -p "$candidates" "$fresh" ".work/corpus/$target"
    # Inputs up to 4 KiB only, so a corpus stays a few hundred KiB in the repository.
    find "Corpus/$target" ".work/corpus/$target" -type f -size -4097c -exec cp {} "$candidates/" \;
    # Like -merge=1, but keeps a smallest set of inputs that covers every feature.
    "$bin/fuzz-$target" "${flags[@]}" -set_cover_merge=1 "$fresh" "$candidates" > ".work/$target-merge.log" 2>&1
    grep "MERGE-OUTER: [0-9]* new files" ".work/$target-merge.log" || true
    rm -f Corpus/"$target"/*
    cp "$fresh"/* "Corpus/$target/"
    echo "$target: $(ls "Corpus/$target" | wc -l) inputs, $(cat "Corpus/$target"/* | wc -c) bytes"
}

case "${1:-}" in
    list) targets ;;
    all)
        [ $# -eq 2 ] || usage
        build
        failed=()
        for target in $(targets); do fuzz "$target" "$2" || failed+=("$target"); done
        [ ${#failed[@]} -eq 0 ] || { echo "Fuzzing found problems in: ${failed[*]}" >&2; exit 1; }
        ;;
    merge) [ $# -eq 2 ] || usage; build; merge "$2" ;;
    ""|-h|--help) usage ;;
    *) [ $# -eq 2 ] || usage; build; fuzz "$1" "$2" ;;
esac
