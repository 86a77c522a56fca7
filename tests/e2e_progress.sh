#!/usr/bin/env bash
# A build longer than a second shows a progress line when stderr is a
# terminal, and nothing when it is not (issue 8).
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
command -v script >/dev/null || { echo "skip: no script(1)"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$src/bench/gen_data.py" --out "$tmp/data" --projects 20000 --participation 10000 --seed 3
script -qec "$bin build --data $tmp/data --out $tmp/tty --as-of 2026-09-30" /dev/null > "$tmp/tty.log"
grep -q 'outputs written' "$tmp/tty.log" || { echo "FAIL: no progress line on a terminal"; exit 1; }
"$bin" build --data "$tmp/data" --out "$tmp/pipe" --as-of 2026-09-30 2> "$tmp/pipe.log"
if grep -q 'outputs written' "$tmp/pipe.log"; then echo "FAIL: progress line without a terminal"; exit 1; fi
echo "ok"
