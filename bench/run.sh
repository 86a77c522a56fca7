#!/usr/bin/env bash
# bench/run.sh -- build the real data and synthetic data at 10k, 100k and 1M
# participation rows (20k projects), printing wall time, peak memory and the
# program's own per-stage timings (--verbose).  Targets (issue 8): real data
# < 0.5 s; 1M rows < 3 s and < 256 MiB; 10x rows -> at most 11x time.
#
#   bench/run.sh            (uses build/cyberdash; run scripts/run.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CYBERDASH_BIN:-build/cyberdash}
# Output on tmpfs by default: the program is measured, not the disk.
work=${BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm/cyberdash-bench || echo /tmp/cyberdash-bench )}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

run() {   # run LABEL DATA
  local label=$1 data=$2 log="$work/$1.log"
  /usr/bin/time -v "$bin" build --verbose --data "$data" --out "$work/out-$label" \
      --as-of 2026-09-30 2>"$log" >/dev/null
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$log")
  printf '%-10s wall %-8s peak %7s MiB  stages:' "$label" "$wall" "$rss"
  awk '/^cyberdash: [a-z]+ +[0-9.]+ s$/ {printf " %s=%s", $2, $3}' "$log"
  echo
}

# This VM's speed varies by a fifth between spells: BENCH_REPEAT=N runs each
# size N times in a row (docs/performance.md compares medians).
repeat=${BENCH_REPEAT:-1}
for ((k = 0; k < repeat; k++)); do run real data; done
for rows in 10000 100000 1000000; do
  dir="$work/data-$rows"
  if [ ! -f "$dir/participation.csv" ]; then
    python3 bench/gen_data.py --out "$dir" --projects 20000 --participation "$rows" --seed 1
  fi
  for ((k = 0; k < repeat; k++)); do run "$rows" "$dir"; done
done
