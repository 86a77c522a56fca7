#!/usr/bin/env bash
# SOURCE_DATE_EPOCH (§5) is read once: the briefs' and the workbook's
# creation dates agree, and a malformed value is a configuration error
# (exit 78) naming the variable -- "+1700000000" once gave the briefs
# 2023-11-14 and the workbook 2026-09-30.
set -euo pipefail
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
data=$src/tests/data/briefs
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

SOURCE_DATE_EPOCH=1700000000 "$bin" build --data "$data" --out "$work/out" \
  --as-of 2026-09-30 >/dev/null 2>"$work/log"
python3 - "$work/out" <<'PY'
import glob, re, sys, zipfile
out = sys.argv[1]
want = "2023-11-14T22:13:20Z"                # 1700000000 s after the epoch
core = zipfile.ZipFile(glob.glob(out + "/*.xlsx")[0]).read("docProps/core.xml").decode()
m = re.search(r"<dcterms:created[^>]*>([^<]+)<", core)
assert m and m.group(1) == want, ("workbook", m and m.group(1))
pdf = open(out + "/briefs/all.pdf", "rb").read()
m = re.search(rb"/CreationDate \((?:D:)?(\d{14})", pdf)
assert m and m.group(1) == b"20231114221320", ("brief", m and m.group(1))
PY

for bad in +1700000000 -5 12x 253402300800 9223372036854775807; do
  rc=0
  SOURCE_DATE_EPOCH=$bad "$bin" build --data "$data" --out "$work/bad" \
    --as-of 2026-09-30 >/dev/null 2>"$work/log" || rc=$?
  [[ $rc == 78 ]] || { echo "SOURCE_DATE_EPOCH=$bad: exit $rc, expected 78"; exit 1; }
  grep -q "SOURCE_DATE_EPOCH" "$work/log" || { echo "no message for $bad"; cat "$work/log"; exit 1; }
  [[ ! -e $work/bad ]] || { echo "$bad: wrote output"; exit 1; }
done
echo ok
