#!/usr/bin/env bash
# `--out` can never make a build replace what it did not make (SPEC §5,
# issue 9): the root, the current folder, the data folder or a folder holding
# it, a file, a link, a foreign folder -> exit 73 with a message naming the
# reason, and nothing touched; a fresh folder, an earlier output and the
# repository's output/ (.gitkeep only) are built into.
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
work=$(mktemp -d); err=$(mktemp); trap 'rm -rf "$work" "$err"' EXIT
cd "$work"
mkdir data theirs output sub; cp "$src"/data/*.csv data/
echo precious > theirs/keep.txt; echo x > afile; ln -s theirs link; touch output/.gitkeep
fingerprint() { find . -path ./site -prune -o -print0 | sort -z | xargs -0 ls -ld --time-style=+%s | md5sum; }
before=$(fingerprint)
fail=0
refuse() {  # refuse OUT REASON
  local rc=0
  "$bin" build --data data --out "$1" --as-of 2026-09-30 >/dev/null 2>"$err" || rc=$?
  if [ "$rc" -ne 73 ] || ! grep -qF -- "$2" "$err"; then
    echo "FAIL: --out '$1': exit $rc, want 73 with '$2'; got: $(cat "$err")"; fail=1
  fi
}
refuse / "not '/', '.' or '..'"
refuse . "not '/', '.' or '..'"
refuse .. "not '/', '.' or '..'"
refuse sub/.. "not '/', '.' or '..'"
refuse data "it is or contains 'data'"
refuse data/ "it is or contains 'data'"
refuse "$work" "it is or contains 'data'"
refuse afile "exists and is not a folder"
refuse link "symbolic link"
refuse theirs "not the output of an earlier build"
# the data folder given another way
(cd data && rc=0 && "$bin" build --data . --out ../data --as-of 2026-09-30 >/dev/null 2>"$err" || rc=$?
 [ "$rc" -eq 73 ] && grep -qF "it is or contains '.'" "$err") || { echo "FAIL: --data . --out ../data"; fail=1; }
[ "$(fingerprint)" = "$before" ] || { echo "FAIL: a refused build changed the folder"; fail=1; }
[ "$(cat theirs/keep.txt)" = precious ] || { echo "FAIL: foreign file lost"; fail=1; }
ls data/countries.csv >/dev/null || fail=1

# Accepted: a new folder (twice: the second replaces the first), output/ with .gitkeep.
for out in site site output; do
  "$bin" build --data data --out "$out" --as-of 2026-09-30 >/dev/null 2>"$err" \
    || { echo "FAIL: --out $out refused: $(cat "$err")"; fail=1; }
  [ -f "$out/.cyberdash-output" ] || { echo "FAIL: $out has no marker"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "ok: dangerous --out refused, nothing touched"
exit $fail
