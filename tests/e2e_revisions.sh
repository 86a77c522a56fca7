#!/usr/bin/env bash
# e2e_revisions.sh -- SPEC §3.11: the figures the replaced output published,
# recomputed as of its date from today's data.  Last quarter's build of
# tests/data/changes/quarter as of 30 September 2024; this quarter's data
# delete project P1 (AAA's own) and correct CCC's participation row to
# September 2024; worked by hand below.  An output of another programme, a
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
        # as of 2024-09-30: AAA (P1 from 2023-05-01) and FFF counted from
        # FY2023; without P1 only FFF; CCC's corrected row counts from
        # 2024-09-30 (FY2024): FY2024 stays 2
        ("d2.cumulative.FY2023", "2", "1", "projects.csv, participation.csv"),
        ("d2.countries", "AAA, FFF", "CCC, FFF", "projects.csv, participation.csv"),
        # G: AAA (unknown stage) is no longer a cooperation country
        ("g.with_target", "2", "1", "projects.csv"),
        ("g.unknown", "1", "0", "projects.csv"),
    ])
    if got != want:
        errors.append("revisions:\n  got  %s\n  want %s" % (got, want))
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
