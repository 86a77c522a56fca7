#!/usr/bin/env bash
# e2e_compute_fixtures.sh -- the indicator cases of tests/data/compute/.
#
# Each case folder holds data CSVs (SPEC §2), `args` (build options, e.g.
# `--as-of 2026-09-30 --rule all`) and `expected.json`, a fragment of
# indicators.json (SPEC §4) worked out by hand.  For each case: build into
# a temporary folder, then check expected.json is a subset of
# <out>/data/indicators.json (tests/json_subset.py).  Every case runs; the
# script fails if any does.
set -u
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
if [ ! -x "$bin" ]; then
    echo "e2e_compute_fixtures: program not found at '$bin'" \
         "(set CYBERDASH_BIN; it needs main.c, the loader and the JSON writer)" >&2
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for case in "$src"/tests/data/compute/*/; do
    name=$(basename "$case")
    read -r -a args < "$case/args"
    out="$tmp/$name"
    if ! "$bin" build --data "$case" --out "$out" "${args[@]}" > "$tmp/$name.log" 2>&1; then
        echo "FAIL $name: build exited $? -- output:"; cat "$tmp/$name.log"
        failed=1
        continue
    fi
    if [ ! -f "$out/data/indicators.json" ]; then
        echo "FAIL $name: no data/indicators.json written"
        failed=1
        continue
    fi
    if python3 "$src/tests/json_subset.py" "$case/expected.json" "$out/data/indicators.json"; then
        echo "ok   $name"
    else
        echo "FAIL $name: indicators.json differs from expected.json (above)"
        failed=1
    fi
done
exit $failed
