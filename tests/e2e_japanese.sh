#!/usr/bin/env bash
# A Japanese build passes the same checks as the English one (links, tidy)
# and shows no English label from the catalogue: pages, workbook, briefs
# (issue 10).  Run on a fixture and on the real data.
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
for data in "$src/tests/data/briefs" "$src/data"; do
  out="$tmp/$(basename "$data")"
  "$bin" build --data "$data" --out "$out" --as-of 2026-09-30 --lang ja
  python3 "$src/tests/check_no_english.py" "$src/i18n" "$out" "$data" || fail=1
  python3 "$src/tests/check_links.py" "$out" || fail=1
  for f in $(find "$out" -name '*.html' | sort); do
    msgs=$(tidy -q -e "$f" 2>&1 | grep -v 'proprietary attribute "aria-current"' || true)
    [[ -z $msgs ]] || { echo "tidy ${f#$out/}: $msgs"; fail=1; }
  done
  grep -qF '<html lang="ja"' "$out/index.html" || { echo "index.html: lang is not ja"; fail=1; }
done
# The same figures in both languages: indicators.json does not depend on --lang.
"$bin" build --data "$src/data" --out "$tmp/en" --as-of 2026-09-30 --lang en
python3 - "$tmp/en/data/indicators.json" "$tmp/data/data/indicators.json" <<'PY' || fail=1
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    d.pop("settings", None)        # echoes the language and programme name
if a != b:
    sys.exit("indicators.json differs between en and ja beyond its settings echo")
PY
exit $fail
