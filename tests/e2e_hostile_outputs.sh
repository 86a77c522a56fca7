#!/usr/bin/env bash
# e2e_hostile_outputs.sh -- the non-HTML outputs built from hostile data
# (tests/data/hostile/, shared with e2e_site.sh, which checks the HTML):
# SPEC §5 "every value from the data is escaped for its context", issue 9.
#   - CSV exports: a text cell beginning with = + - @ tab or CR is
#     neutralised with a leading ' (a number may begin with -);
#   - JSON: valid, and every data string survives exactly;
#   - workbook: no cell is a formula, no hyperlink comes from the data;
#   - file names: every output path is plain ([A-Za-z0-9._-] components,
#     no ..), nothing is written outside the output folder;
#   - inputs: the data folder is byte-for-byte unchanged.
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
data=${CYBERDASH_HOSTILE_DATA:-$src/tests/data/hostile}
[ -f "$data/projects.csv" ] || { echo "skip: no hostile fixture at $data"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/a/b"
cp -r "$data" "$work/data"
sums() { (cd "$work/data" && find . -type f -print0 | sort -z | xargs -0 md5sum); }
before=$(sums)
out="$work/a/b/out"
"$bin" build --data "$work/data" --out "$out" --as-of 2026-09-30 >/dev/null
fail=0
bad() { echo "FAIL: $*"; fail=1; }

[ "$(sums)" = "$before" ] || bad "the data folder changed"
extra=$(cd "$work" && find . -path ./a/b/out -prune -o -path ./data -prune -o -type f -print)
[ -z "$extra" ] || bad "files outside the output folder: $extra"
weird=$(cd "$out" && find . -mindepth 1 | grep -Ev '^\.(/[A-Za-z0-9_.-]+)+$' || true)
[ -z "$weird" ] || bad "output paths with odd characters: $weird"
dotdot=$(cd "$out" && find . -name '..*' -o -name '*..*' | grep -v '^\./\.cyberdash-output$' || true)
[ -z "$dotdot" ] || bad "output names with '..': $dotdot"

py=/usr/bin/python3; [ -x "$py" ] || py=python3   # Debian's, with python3-openpyxl
# Charts and briefs draw data text with Pango's plain-text call: markup in a
# name is printed, never parsed (no pango_layout_set_markup in the sources).
markup=$(grep -ln 'pango_layout_set_markup\|pango_parse_markup' "$src"/src/*.c || true)
[ -z "$markup" ] || bad "Pango markup used in: $markup"
if command -v pdftotext >/dev/null && [ -f "$out/briefs/PHL.pdf" ]; then
  pdftotext "$out/briefs/PHL.pdf" - | tr -d '\n' | grep -F "<script>alert('name')</script>" >/dev/null \
    || bad "briefs/PHL.pdf does not show the name's markup as plain text"
fi

"$py" - "$out" "$data" <<'PY' || fail=1
import csv, glob, json, os, sys
out, data = sys.argv[1], sys.argv[2]
errors = []
def number(s):
    try:
        float(s); return True
    except ValueError:
        return False
# Every text cell of the input, to find each again in the outputs.
inputs = set()
for f in glob.glob(os.path.join(data, "*.csv")):
    with open(f, encoding="utf-8-sig", newline="") as fh:
        for row in list(csv.reader(fh))[1:]:
            inputs.update(c for c in row if c)
# CSV exports
seen_neutralised = 0
for f in sorted(glob.glob(os.path.join(out, "data", "*.csv"))):
    with open(f, encoding="utf-8", newline="") as fh:
        for r, row in enumerate(csv.reader(fh), 1):
            for c in row:
                if c and c[0] in "=+-@\t\r" and not number(c):
                    errors.append(f"{os.path.basename(f)}:{r}: live formula cell {c[:40]!r}")
                if c.startswith("'") and c[1:] in inputs and c[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                    seen_neutralised += 1
if seen_neutralised == 0:
    errors.append("no neutralised cell found: the fixture's =cmd|... did not reach a CSV export")
# JSON: valid, strings intact (a value with quotes, <, & round-trips)
def strings(x):
    if isinstance(x, str): yield x
    elif isinstance(x, dict):
        for k, v in x.items(): yield k; yield from strings(v)
    elif isinstance(x, list):
        for v in x: yield from strings(v)
for f in sorted(glob.glob(os.path.join(out, "data", "*.json"))):
    try:
        j = json.load(open(f, encoding="utf-8"))
    except ValueError as e:
        errors.append(f"{os.path.basename(f)}: not valid JSON: {e}")
# Workbook: no formula cell holds data text, no hyperlink from the data
try:
    import openpyxl
except ImportError:
    openpyxl = None
books = glob.glob(os.path.join(out, "*.xlsx"))
if openpyxl and not books:
    errors.append("no workbook written")
for b in books:
    wb = openpyxl.load_workbook(b)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if cell.data_type == "f" and isinstance(v, str) and any(
                        t in v for t in ("cmd|", "calc", "SUM(")):
                    errors.append(f"{ws.title}!{cell.coordinate}: data became a formula {v[:40]!r}")
                if cell.hyperlink is not None:
                    t = cell.hyperlink.target or ""
                    if not t.startswith(("http://", "https://", "#")) and "!" not in (cell.hyperlink.location or "!"):
                        errors.append(f"{ws.title}!{cell.coordinate}: hyperlink {t!r}")
        texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        if "=cmd|' /C calc'!A0" in inputs and ws.title.lower().startswith("countries") \
           and "=cmd|' /C calc'!A0" not in texts:
            errors.append(f"{ws.title}: the name =cmd|... is not kept as text")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
[ "$fail" -eq 0 ] && echo "ok: hostile data neutralised in CSV, JSON, workbook, file names; inputs unchanged"
exit $fail
