#!/usr/bin/env bash
# e2e_json_exports.sh -- data/indicators.json and the CSV exports of a real
# build (SPEC §4, §5): every SPEC key present and in order, ISO3 arrays
# sorted, percents with at most 2 decimals, CSV files well formed (RFC
# 4180, LF, one header, same column count on every row, no text cell a
# spreadsheet would run), and identical bytes from two builds.
set -u
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
[ -x "$bin" ] || { echo "e2e_json_exports: no program at '$bin'" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for run in 1 2; do
    "$bin" build --data "$src/data" --out "$tmp/out$run" --as-of 2026-09-30 \
        > "$tmp/log$run" 2>&1 || { echo "FAIL: build $run"; cat "$tmp/log$run"; exit 1; }
done
diff -r "$tmp/out1/data" "$tmp/out2/data" > /dev/null \
    || { echo "FAIL: two builds differ in data/"; exit 1; }
python3 - "$tmp/out1/data" "$src" <<'PY' || exit 1
import csv, io, json, os, re, sys
d = sys.argv[1]
errors = []
def keys_start(obj, want, where):
    got = list(obj)[:len(want)]
    if got != want:
        errors.append(f"{where}: keys {got} != {want}")
text = open(os.path.join(d, "indicators.json"), encoding="utf-8").read()
j = json.loads(text)
keys_start(j, ["as_of", "fiscal_year", "quarter", "baseline_edition",
               "latest_edition", "i1", "d2", "g", "i2", "d1", "trend"], "top")
keys_start(j["i1"], ["rule", "target", "by_fy", "value", "status", "improved",
                     "not_assessable", "countries", "context"], "i1")
keys_start(j["d2"], ["window_start_fy", "cumulative", "countries", "targets"], "d2")
keys_start(j["g"], ["countries", "reached", "with_target"], "g")
keys_start(j["i2"], ["value", "results", "countries"], "i2")
keys_start(j["i2"]["results"], ["improved", "not_improved", "not_rated", "not_assessed"], "i2.results")
for c in j["i2"]["countries"]:
    keys_start(c, ["iso3", "result", "assessments"], "i2.countries")
keys_start(j["d1"], ["value", "with_scenario", "rule", "results", "projects"], "d1")
keys_start(j["d1"]["results"], ["improved", "not_improved", "no_data", "no_scenario"], "d1.results")
for p in j["d1"]["projects"]:
    keys_start(p, ["project_id", "result", "indicators"], "d1.projects")
    for i in p["indicators"]:
        keys_start(i, ["indicator_id", "baseline", "target", "latest", "progress",
                       "improved", "status"], "d1.projects.indicators")
if sum(j["i2"]["results"].values()) != len(j["i2"]["countries"]):
    errors.append("i2: the results do not count the countries")
if sum(j["d1"]["results"].values()) != len(j["d1"]["projects"]):
    errors.append("d1: the results do not count the projects")
for c in j["i1"]["countries"]:
    keys_start(c, ["iso3", "pillars", "baseline", "latest", "mean_delta", "improved"], "i1.countries")
for c in j["i1"]["context"]["countries"]:
    keys_start(c, ["iso3", "group_median", "group_size", "excess",
                   "region_median", "region_size"], "i1.context.countries")
for c in j["g"]["countries"]:
    keys_start(c, ["iso3", "baseline_stage", "stage", "stage_source",
                   "target_stage", "target_source", "reached"], "g.countries")
for t in j["trend"]:
    keys_start(t, ["date", "i1", "d2", "g_reached", "i2", "d1"], "trend")
for name, arr in [("i1.improved", j["i1"]["improved"]), ("d2.countries", j["d2"]["countries"]),
                  ("i1.countries", [c["iso3"] for c in j["i1"]["countries"]]),
                  ("g.countries", [c["iso3"] for c in j["g"]["countries"]]),
                  ("i1.not_assessable", [c["iso3"] for c in j["i1"]["not_assessable"]]),
                  ("i2.countries", [c["iso3"] for c in j["i2"]["countries"]]),
                  ("d1.projects", [p["project_id"] for p in j["d1"]["projects"]])]:
    if arr != sorted(arr):
        errors.append(f"{name} not sorted")
if len(j["g"]["countries"]) == 0 or len(j["i1"]["countries"]) == 0:
    errors.append("real data gave no countries")
# percents: at most 2 decimals in the text (outside status_detail/settings)
def walk(x, path):
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in ("status_detail", "settings"):
                walk(v, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            walk(v, f"{path}[{i}]")
    elif isinstance(x, float) and len(repr(x).split(".")[1]) > 2:
        errors.append(f"{path}: {x!r} has more than 2 decimals")
walk(j, "$")
if not text.endswith("}\n"):
    errors.append("indicators.json does not end with a newline")
for name in ["countries", "projects", "participation", "participation_records",
             "gci", "trend", "i1", "i1_context", "d2", "d2_countries", "i2", "d1_projects"]:
    raw = open(os.path.join(d, name + ".csv"), "rb").read()
    # SPEC §4: UTF-8 with a byte-order mark, LF at the end
    if not raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\n"):
        errors.append(f"{name}.csv: no BOM or no final LF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if len(rows) < 2:
        errors.append(f"{name}.csv: no data rows")
        continue
    width = len(rows[0])
    for n, row in enumerate(rows[1:], 2):
        if len(row) != width:
            errors.append(f"{name}.csv:{n}: {len(row)} cells, header has {width}")
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (
                    cell[:1] == "-" and not re.fullmatch(r"-\d+(\.\d+)?", cell)):
                errors.append(f"{name}.csv:{n}: unsafe cell {cell!r}")
# participation_records.csv holds exactly the input rows known on the
# as-of date (SPEC §3: a dated row from the earlier of its period's last day
# and its fiscal year's last day; an undated one from the later of its
# project's start and its fiscal year's first day), in file order.
import calendar, datetime
def last_day(text):
    parts = [int(x) for x in text.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return datetime.date(parts[0], 12, 31)
def project_start(r):
    start = last_day(r["start"])
    return min(start, last_day(r["end"])) if r.get("end") else start
src = os.path.join(sys.argv[2], "data")
starts = {r["project_id"]: project_start(r)
          for r in csv.DictReader(open(os.path.join(src, "projects.csv"), encoding="utf-8"))}
as_of = datetime.date.fromisoformat(j["as_of"])
def counts_from(r):
    fy = int(r["fiscal_year"])
    if r.get("date"):
        return min(last_day(r["date"]), datetime.date(fy + 1, 3, 31))
    return max(starts[r["project_id"]], datetime.date(fy, 4, 1))
src_rows = list(csv.DictReader(open(os.path.join(src, "participation.csv"), encoding="utf-8")))
want = [[r["project_id"], r["iso3"], r["fiscal_year"], r["participants"], r["female"]]
        for r in src_rows if counts_from(r) <= as_of]
got = [row[:5] for row in
       list(csv.reader(open(os.path.join(d, "participation_records.csv"), encoding="utf-8-sig")))[1:]]
if got != want:
    errors.append(f"participation_records.csv: {len(got)} rows, expected the {len(want)} known input rows")
for e in errors[:40]:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
echo "ok"
