#!/usr/bin/env bash
# bench/iati.sh -- import-iati on a generated 100 MB IATI file (issue 20):
# peak memory must stay bounded (the file is streamed with xmlTextReader,
# one activity at a time), whatever the file's size.  Prints wall time and
# peak RSS for the whole file, for --filter word:cyber, and for a 10 MB
# file, so the two sizes can be compared (the peak should barely move).
# Not a timed test: run it by hand (docs/iati.md, docs/performance.md).
#
#   bench/iati.sh            (uses build/cyberdash; IATI_MB=100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CYBERDASH_BIN:-build/cyberdash}
mb=${IATI_MB:-100}
work=${BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm/cyberdash-bench || echo /tmp/cyberdash-bench )}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

run() {   # run LABEL FILE [ARGS...]
  local label=$1 file=$2 log="$work/iati-$1.log" out="$work/iati-out-$1"
  shift 2
  rm -rf "$out"
  /usr/bin/time -v "$bin" import-iati "$file" --out "$out" --report "$work/iati-$label.report" "$@" \
      2>"$log" >/dev/null || { echo "bench: import failed ($label)"; tail -5 "$log"; exit 1; }
  local wall rss rows
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$log")
  rows=$(($(wc -l < "$out/projects.csv") - 1))
  printf '%-14s %6s MB  wall %-8s peak %7s MiB  %7d projects\n' "$label" \
      "$(($(stat -c %s "$file") / 1048576))" "$wall" "$rss" "$rows"
}

for size in 10 "$mb"; do
  f="$work/iati-$size.xml"
  [ -f "$f" ] || python3 bench/gen_iati.py --out "$f" --mb "$size"
done
run "10MB" "$work/iati-10.xml"
run "${mb}MB" "$work/iati-$mb.xml"
run "${mb}MB-filter" "$work/iati-$mb.xml" --filter word:cyber
