#!/usr/bin/env bash
# e2e_changes.sh -- SPEC §3.11: the changes since the previous quarter and
# the Atom feed, on tests/data/changes/quarter as of 31 December 2024 (the
# previous quarter end 30 September 2024), every change worked out by hand
# in the comments below; the feed read back by a real Atom parser (Debian's
# python3-feedparser) and byte-identical across two builds.
set -euo pipefail
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
py=/usr/bin/python3                 # Debian's, with python3-feedparser
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=$src/tests/data/changes/quarter
for out in a b; do
    SOURCE_DATE_EPOCH=1735603200 "$bin" build --data "$data" --out "$tmp/$out" \
        --config "$src/tests/data/changes/quarter.ini" --as-of 2024-12-31 >/dev/null
done
cmp "$tmp/a/feed.xml" "$tmp/b/feed.xml" || { echo "FAIL: feed.xml differs between two builds"; exit 1; }
grep -q '<link rel="alternate" type="application/atom+xml" href="feed.xml"' "$tmp/a/index.html" \
    || { echo "FAIL: index.html does not link the feed"; exit 1; }
grep -q 'href="../feed.xml"' "$tmp/a/countries/AAA.html" \
    || { echo "FAIL: a country page does not link the feed"; exit 1; }
"$py" - "$tmp/a" <<'PY'
import json, sys, feedparser
out = sys.argv[1]
j = json.load(open(out + "/data/indicators.json"))
errors = []
ch = j["changes"]
if ch["since"] != "2024-09-30":
    errors.append(f"since {ch['since']}")
got = sorted((i["kind"], i["iso3"] or "", i["project_id"] or "", i["detail"], tuple(i["rows"]))
             for i in ch["items"])
want = sorted([
    # GCI 2024 out on 2024-10-15: AAA 50 % -> 60 % in legal, its project
    # from 2023-05-01 before the reference date 2024-03
    ("i1_entered", "AAA", "", "", ("gci.csv:3",)),
    ("d2_new", "BBB", "", "project", ("projects.csv:4",)),        # P2 2024-11-05
    ("d2_new", "CCC", "", "participants", ("participation.csv:2",)),  # 2024-12
    ("d2_new", "DDD", "", "regional", ("projects.csv:5",)),       # P3 2024-10
    ("d2_new", "EEE", "", "regional", ("projects.csv:5",)),
    # FFF: 2020 overall 30 % = growing, target networking (Southeast Asia
    # below networking); 2024 tier 3 = networking: reached
    ("g_reached", "FFF", "", "", ("gci.csv:5",)),
    ("project_started", "", "P2", "", ("projects.csv:4",)),
    ("project_started", "", "P3", "", ("projects.csv:5",)),
    ("project_started", "", "P4", "", ("projects.csv:6",)),
    ("edition_published", "", "", "2024", ("gci_editions.csv:3",)),
    ("assessment_added", "FFF", "", "", ("assessments.csv:3",)),
    # FFF's I2: rated 3 in May 2024 (improved; its first result, said by
    # the assessment added then), rated 2 in November (not improved)
    ("i2_changed", "FFF", "", "improved -> not_improved", ("assessments.csv:3",)),
    # D2 "more than 3" by FY2024: on 2024-09-30 the line through (2022, 0)
    # (2023, 2) (2024, 2) reads 7/3 at 2024: at risk; on 2024-12-31 the count
    # 6 > 3: achieved
    ("status_changed", "", "", "d2 3 by FY2024: at_risk -> achieved", ()),
])
if got != want:
    errors.append("changes:\n  got  %s\n  want %s" % (got, want))
f = feedparser.parse(out + "/feed.xml")
if f.bozo:
    errors.append(f"feed.xml is not valid: {f.bozo_exception}")
# quarter ends from FY2022 Q1 (2022-06-30) to FY2024 Q3 (2024-12-31): 11
if len(f.entries) != 11:
    errors.append(f"{len(f.entries)} feed entries, want 11")
else:
    e = {x.id.rsplit("/", 1)[1]: x for x in f.entries}
    if f.entries[0].updated != "2024-12-31T00:00:00Z" or f.feed.updated != "2024-12-31T00:00:00Z":
        errors.append("the newest entry and the feed are not dated 2024-12-31")
    if not e["FY2024Q3"].title.endswith(": 13 change(s)"):
        errors.append("FY2024 Q3: " + e["FY2024Q3"].title)
    # nothing happened in July-September 2024, and the D2 status stayed at risk
    if "No changes in this quarter" not in e["FY2024Q2"].content[0].value:
        errors.append("FY2024 Q2 is not said to be unchanged")
    # FY2024 Q1: on 2024-03-31 the line through (2022, 0) (2023, 2) reads 4 > 3
    # at 2024 (on track); on 2024-06-30 it reads 7/3 (at risk); FFF's first
    # I2 assessment (2024-05-10) is added, its first result no change
    if not e["FY2024Q1"].title.endswith(": 2 change(s)"):
        errors.append("FY2024 Q1: " + e["FY2024Q1"].title)
    # FY2023 Q1: P0 and P1 start, FFF and AAA count for D2, D2 on track
    if not e["FY2023Q1"].title.endswith(": 5 change(s)"):
        errors.append("FY2023 Q1: " + e["FY2023Q1"].title)
    if 'href="countries/AAA.html"' not in e["FY2024Q3"].content[0].value:
        errors.append("an entry does not link the country page")
    # a started project links its own page (P2 started on 2024-11-05)
    if 'href="projects/P2.html"' not in e["FY2024Q3"].content[0].value:
        errors.append("an entry does not link the project's page")
for x in errors:
    print("FAIL:", x)
sys.exit(1 if errors else 0)
PY
echo ok
