#!/usr/bin/env bash
# A build killed (SIGKILL) at any point leaves the previous output intact and
# complete, and the next build clears whatever the killed one left beside the
# output (SPEC §5: nothing lost; issue 9).
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
out="$work/site"
build() { "$bin" build --data "$src/data" --out "$out" --as-of 2026-09-30 "$@"; }
# A build over an earlier output also says what it revised (§3.11), so the
# reference is always built afresh: the old output is then always the same.
fresh() { rm -rf "$out"; build 2>/dev/null; }
fresh
snapshot() { (cd "$out" && find . -type f -print0 | sort -z | xargs -0 md5sum); }
before=$(snapshot)
[ -n "$before" ] || { echo "FAIL: first build wrote nothing"; exit 1; }

# Time one full build, then kill builds at evenly spread points within it.
start=$(date +%s%N); build --as-of 2026-06-30 2>/dev/null; end=$(date +%s%N)
fresh                                    # back to the reference output
total_us=$(( (end - start) / 1000 )); (( total_us > 0 )) || total_us=1000
points=25
for i in $(seq 1 $points); do
  delay_us=$(( total_us * i / (points + 1) ))
  "$bin" build --data "$src/data" --out "$out" --as-of 2026-06-30 2>/dev/null &
  pid=$!
  sleep "$(printf '0.%06d' "$delay_us")" 2>/dev/null || sleep 0.01
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  now=$(snapshot)
  if [ "$now" != "$before" ]; then
    # The killed build may have completed its swap before the kill: then the
    # output must be the complete 2026-06-30 build, never a mix.
    # (over the reference, as the killed build was)
    rm -rf "$work/ref"; "$bin" build --data "$src/data" --out "$work/ref" --as-of 2026-09-30 2>/dev/null
    "$bin" build --data "$src/data" --out "$work/ref" --as-of 2026-06-30 2>/dev/null
    ref=$(cd "$work/ref" && find . -type f -print0 | sort -z | xargs -0 md5sum)
    if [ "$now" != "$ref" ]; then
      echo "FAIL: output changed after a kill at ${delay_us}us and is neither the old nor the new build"
      exit 1
    fi
    fresh
  fi
done

# Leave debris as a killed build would, then check the next build clears it.
mkdir -p "$work/.site.tmp-99999/charts" "$work/.site.old-99998"
build 2>/dev/null
left=$(find "$work" -maxdepth 1 -name '.site.*' | wc -l)
[ "$left" -eq 0 ] || { echo "FAIL: $left leftover folder(s) beside the output"; exit 1; }
# (the rebuild went over the reference: as a second build over it does)
rm -rf "$work/ref"; "$bin" build --data "$src/data" --out "$work/ref" --as-of 2026-09-30 2>/dev/null
"$bin" build --data "$src/data" --out "$work/ref" --as-of 2026-09-30 2>/dev/null
ref=$(cd "$work/ref" && find . -type f -print0 | sort -z | xargs -0 md5sum)
[ "$(snapshot)" = "$ref" ] || { echo "FAIL: rebuild differs from the reference"; exit 1; }
before=$ref

# A failed build (bad data) leaves the output untouched and no temporary folder.
mkdir "$work/bad"; cp "$src"/data/*.csv "$work/bad/"
printf 'ZZZ,Nowhere,Atlantis,,\n' >> "$work/bad/countries.csv"
if "$bin" build --data "$work/bad" --out "$out" --as-of 2026-09-30 2>/dev/null; then
  echo "FAIL: a build with bad data succeeded"; exit 1
fi
[ "$(snapshot)" = "$before" ] || { echo "FAIL: a failed build changed the output"; exit 1; }
left=$(find "$work" -maxdepth 1 -name '.site.*' | wc -l)
[ "$left" -eq 0 ] || { echo "FAIL: a failed build left a temporary folder"; exit 1; }
echo "ok: $points kill points, output always intact"
