#!/usr/bin/env bash
# e2e_revisions.sh -- SPEC §3.11: the figures the replaced output published,
# recomputed as of its date from today's data.  Last quarter's build of
# tests/data/changes/quarter as of 30 September 2024; this quarter's data
# delete project P1 (AAA's own), correct P0's start to 2024-05-01 and
# CCC's participation row to September 2024; worked by hand below, with
# the rows behind each revision.  An output of another programme, a
# newer one and a damaged one give a warning and no revisions section.
set -euo pipefail
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=$src/tests/data/changes/quarter
ini=$src/tests/data/changes/quarter.ini
"$bin" build --data "$data" --config "$ini" --out "$tmp/out" --as-of 2024-09-30 >/dev/null
grep -q '"revisions"' "$tmp/out/data/indicators.json" \
    && { echo "FAIL: a first build has a revisions section"; exit 1; }
cp -r "$data" "$tmp/now"
sed -i '/^P1,/d' "$tmp/now/projects.csv"
sed -i 's/^P0,\(.*\),2023-05-01,/P0,\1,2024-05-01,/' "$tmp/now/projects.csv"
sed -i 's/,2024-12,,course report/,2024-09,,course report (date corrected)/' "$tmp/now/participation.csv"
"$bin" build --data "$tmp/now" --config "$ini" --out "$tmp/out" --as-of 2024-12-31 >/dev/null
"$py" - "$tmp/out/data/indicators.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
r = j.get("revisions")
errors = []
if not r or r["published_as_of"] != "2024-09-30":
    errors.append(f"revisions: {r}")
else:
    got = sorted((i["figure"], i["old"], i["new"], i["reason"]) for i in r["items"])
    want = sorted([
        # as of 2024-09-30: AAA (P1 from 2023-05-01) and FFF (P0 from
        # 2023-05-01) counted from FY2023; now AAA not at all and FFF from
        # 2024-05-01 (FY2024); CCC's corrected row counts from 2024-09-30
        # (FY2024): FY2024 stays 2 (FFF, CCC)
        ("d2.cumulative.FY2023", "2", "0", "projects.csv, participation.csv"),
        ("d2.countries", "AAA, FFF", "CCC, FFF", "projects.csv, participation.csv"),
        # G: AAA (unknown stage) is no longer a cooperation country; FFF
        # still is on 2024-09-30
        ("g.with_target", "2", "1", "projects.csv"),
        ("g.unknown", "1", "0", "projects.csv"),
    ])
    if got != want:
        errors.append("revisions:\n  got  %s\n  want %s" % (got, want))
    # the rows behind each: for a cumulative count the rows of its fiscal
    # years (P0 started in FY2023 before; P1 was FY2023; CCC's row is
    # FY2024); for the countries the rows of those that entered or left
    # (AAA: P1; CCC: its row, line 2, not known on 2024-09-30 before);
    # G's inputs are not kept row by row: no rows
    rows = {i["figure"]: [(w["change"], w["file"], w["row"], w["line"], w["line_before"])
                          for w in i["rows"]["shown"]] + [i["rows"]["total"]]
            for i in r["items"] if "rows" in i}
    want_rows = {
        "d2.cumulative.FY2023": [("changed", "projects.csv", "P0", 2, None),
                                 ("removed", "projects.csv", "P1", None, None), 2],
        "d2.countries": [("removed", "projects.csv", "P1", None, None),
                         ("added", "participation.csv", "P4, CCC, FY2024", 2, None), 2],
    }
    if rows != want_rows:
        errors.append("rows:\n  got  %s\n  want %s" % (rows, want_rows))
# a revision is not a change: the changes are this quarter's, same data
kinds = {i["kind"] for i in j["changes"]["items"]}
if "d2_new" not in kinds or any(i["iso3"] == "AAA" for i in j["changes"]["items"]):
    errors.append(f"changes: {j['changes']}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
grep -q 'Revisions of the figures published as of 30 September 2024' "$tmp/out/index.html" \
    || { echo "FAIL: no revisions section on the dashboard"; exit 1; }
# the rows in words, on the dashboard and the methodology page
for page in index methodology; do
    for row in 'projects.csv:2 (P0) changed' 'projects.csv (P1) removed' \
               'participation.csv:2 (P4, CCC, FY2024) added'; do
        grep -qF "$row" "$tmp/out/$page.html" \
            || { echo "FAIL: $page.html does not say '$row'"; exit 1; }
    done
done
# ... and on the workbook's Changes sheet
"$py" - "$tmp"/out/*.xlsx <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True)["Changes"]
cells = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
if not any("projects.csv (P1) removed" in c and "participation.csv:2 (P4, CCC, FY2024) added" in c
           for c in cells):
    print("FAIL: the Changes sheet does not list the rows of d2.countries"); sys.exit(1)
PY
# An earlier output whose rows are damaged: a warning, and the revisions
# name the changed files (the build before this one wrote them).
"$bin" build --data "$data" --config "$ini" --out "$tmp/rowless" --as-of 2024-09-30 >/dev/null
printf 'project_id,iso3\n' > "$tmp/rowless/data/participation_records.csv"
"$bin" build --data "$tmp/now" --config "$ini" --out "$tmp/rowless" --as-of 2024-12-31 \
    >/dev/null 2>"$tmp/rowless.log"
grep -q "the revisions name the changed files, not the rows" "$tmp/rowless.log" \
    || { echo "FAIL: no warning for damaged rows"; cat "$tmp/rowless.log"; exit 1; }
"$py" - "$tmp/rowless/data/indicators.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))["revisions"]["items"]
if len(items) != 4 or any("rows" in i for i in items) or \
        {i["reason"] for i in items} != {"projects.csv, participation.csv", "projects.csv"}:
    print("FAIL: damaged rows:", items); sys.exit(1)
PY
# The same programme built in Japanese replaces the English output: its
# revisions, in Japanese (the programme's name differs by language).
"$bin" build --data "$data" --config "$ini" --out "$tmp/ja" --as-of 2024-09-30 >/dev/null
"$bin" build --lang ja --data "$tmp/now" --config "$ini" --out "$tmp/ja" --as-of 2024-12-31 \
    >/dev/null 2>"$tmp/ja.log"
grep -q "another programme" "$tmp/ja.log" && { echo "FAIL: ja: another programme"; exit 1; }
grep -qF 'projects.csv（P1）を削除、participation.csv:2（P4, CCC, FY2024）を追加' "$tmp/ja/index.html" \
    || { echo "FAIL: ja: the rows are not said in Japanese"; exit 1; }
# Unusable earlier outputs: a warning, no revisions, a complete build.
check_warns() {  # WHAT PATTERN ARGS...
    local what=$1 pattern=$2; shift 2
    if ! "$bin" build --data "$data" --config "$ini" --out "$tmp/o-$what" "$@" \
            >"$tmp/$what.log" 2>&1; then
        echo "FAIL: $what: the build failed"; cat "$tmp/$what.log"; exit 1
    fi
    grep -q "$pattern" "$tmp/$what.log" || { echo "FAIL: $what: no warning"; cat "$tmp/$what.log"; exit 1; }
    if grep -q '"revisions"' "$tmp/o-$what/data/indicators.json"; then
        echo "FAIL: $what: a revisions section"; exit 1
    fi
}
printf '[programme]\nname = Another programme\n[d2]\ntargets = 2024:3\n' > "$tmp/other.ini"
"$bin" build --data "$data" --config "$tmp/other.ini" --out "$tmp/other" --as-of 2024-09-30 >/dev/null
check_warns programme "of another programme" --previous "$tmp/other" --as-of 2024-12-31
check_warns newer "after this build's as-of date" --previous "$tmp/out" --as-of 2024-06-30
cp -r "$tmp/other" "$tmp/damaged"
head -c 100 "$tmp/out/data/indicators.json" > "$tmp/damaged/data/indicators.json"
check_warns damaged "missing or damaged" --previous "$tmp/damaged" --as-of 2024-12-31
echo ok
