#!/usr/bin/env bash
# The charts are drawn in a child process (main.c, LANE_CHILD): what goes
# wrong there must reach the user as it would in-process -- the message
# with its file and line, the exit code, and the previous output left
# untouched -- and a good build must not leave the child behind.
set -euo pipefail
bin=${CYBERDASH_BIN:?}
src=${CYBERDASH_SOURCE_DIR:?}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A good build first: the output to keep.
"$bin" build --data "$src/data" --out "$work/out" --as-of 2026-09-30 >/dev/null 2>"$work/good.log" \
  || { cat "$work/good.log"; fail "the good build failed"; }
[[ -s $work/out/charts/d2_cumulative.png ]] || fail "no chart from the child process"
before=$(cd "$work/out" && find . -type f -exec md5sum {} + | sort | md5sum)

# Resources with a broken definition of a chart only the chart process draws
# (line 10 of charts/d2_cumulative.ini; the briefs draw the country chart).
mkdir "$work/res"
cp -r "$src/templates" "$src/charts" "$src/i18n" "$work/res/"
sed -i '10s/.*/width = 1600 px wide/' "$work/res/charts/d2_cumulative.ini"
rc=0
CYBERDASH_RESOURCES="$work/res" "$bin" build --data "$src/data" --out "$work/out" \
  --as-of 2026-09-30 >/dev/null 2>"$work/bad.log" || rc=$?
[[ $rc == 78 ]] || { cat "$work/bad.log"; fail "exit $rc, expected 78 (configuration)"; }
grep -q '^charts/d2_cumulative.ini:10: ' "$work/bad.log" \
  || { cat "$work/bad.log"; fail "the chart definition's error did not reach stderr as FILE:LINE"; }
after=$(cd "$work/out" && find . -type f -exec md5sum {} + | sort | md5sum)
[[ $before == "$after" ]] || fail "the failed build changed the previous output"

# No chart process outlives its build (a forked child keeps the command
# line, and this folder is ours alone: other tests may be running).
if pgrep -f -- "--out $work/out" >/dev/null; then fail "a build process is still running"; fi
echo "ok: chart process errors reach the user; output kept"
