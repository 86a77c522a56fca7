#!/usr/bin/env bash
# fuzz/run.sh [SECONDS [FUZZER...]] -- build the libFuzzer harnesses with
# clang (build-fuzz/, -DCYBERDASH_FUZZ=ON: the whole core instrumented,
# ASan+UBSan) and run each fuzzer for SECONDS (default 30), in turn.
# Fails (exit 1) on any crash, leak, timeout or sanitizer report, printing
# the end of the fuzzer's log and the saved input (build-fuzz/crashes/).
#
# Fuzzers (fuzz/fuzz_NAME.c, seeds in fuzz/corpus/NAME/): csvread,
# countries, gci_editions, gci, projects, participation, assessments,
# scenarios, results (one file of SPEC §2 each, the others valid), load (all
# the files + compute), settings (settings and catalogue INI), chartdef
# (charts/NAME.ini), iati (import-iati: XML read and mapped).  New inputs
# found go to build-fuzz/corpus/NAME/, never into the committed seeds.
#
# Longer runs by hand, e.g. ten minutes each, two at a time:
#   fuzz/run.sh 0                     # build only
#   nice -n 10 fuzz/run.sh 600 load gci &  nice -n 10 fuzz/run.sh 600 projects
# Environment: CYBERDASH_FUZZ_BUILD (build folder, default build-fuzz).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-30}; shift || true
bdir=${CYBERDASH_FUZZ_BUILD:-$root/build-fuzz}
all=(csvread countries gci_editions gci projects participation assessments scenarios
     results load settings chartdef iati)
names=("$@"); (( ${#names[@]} )) || names=("${all[@]}")

command -v clang >/dev/null || { echo "fuzz/run.sh: clang not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S "$root" -B "$bdir" -DCYBERDASH_FUZZ=ON \
  -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=(); for n in "${names[@]}"; do targets+=(--target "fuzz_$n"); done
cmake --build "$bdir" -j2 "${targets[@]}" >/dev/null
(( secs > 0 )) || exit 0

mkdir -p "$bdir/crashes" "$bdir/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for n in "${names[@]}"; do
  work="$bdir/corpus/$n"; log="$bdir/logs/$n.log"; mkdir -p "$work"
  if "$bdir/fuzz_$n" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$bdir/crashes/$n-" \
       "$work" "$root/fuzz/corpus/$n" >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz_$n: ok, ${execs:-?} runs in ${secs}s"
  else
    echo "fuzz_$n: FAILED (log $log)"; tail -n 40 "$log"
    ls "$bdir/crashes/$n-"* 2>/dev/null || true
    failed=1
  fi
done
exit $failed
