#!/usr/bin/env bash
# e2e_workbook_real.sh -- the workbook of the real data (data/) as an
# evaluator with Excel uses it (issue 19), read back with openpyxl:
# - tests/check_workbook.py in both languages: one table per sheet (the I1,
#   D2 and G tables no longer stacked on one Indicators sheet), every filter
#   from the frozen header over every column to the last row, no column
#   mixing types, the Countries sheet's stages and I2 results equal to
#   indicators.json.  Participation records: the 22 rows of
#   data/participation.csv (FY2016-FY2025, all known by 2026-09-30).
# - worked by hand from the data:
#   * gci.csv line 415 (PHL, edition 2024) says overall 93.49: the GCI
#     sheet's row of that line reads back exactly 93.49 (was stored as
#     93.48999999999999 in the sheet XML; see docs/workbook.md);
#   * Countries: IDN tier 1 in GCI 2024 -> self-sustaining, its target
#     (a forefront Southeast Asian country) self-sustaining -> Reached Yes;
#     FSM tier 5 -> initial, target networking (the default) -> No; COK is
#     in no GCI edition -> current stage and Reached "Unknown";
#   * Projects: every "End" cell a date or empty (text only in the
#     "End: month or year only" column), never the word "ongoing";
#   * Participation, FY2019 (participation.csv lines 8-11, one ASEAN
#     activity "17 participants" in total by its source): VNM 3 reported;
#     SGP, BRN, MYS took part with no count -> blank sum, 1 record without
#     a count each (never 0, never "nobody");
#   * the Summary's I1 chart takes its axis labels from the Country
#     column (B), not the ISO3 column (A).
set -euo pipefail
bin=${CYBERDASH_BIN:?CYBERDASH_BIN not set}
src=${CYBERDASH_SOURCE_DIR:?CYBERDASH_SOURCE_DIR not set}
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" -c 'import openpyxl' || { echo "e2e_workbook_real: needs python3-openpyxl" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cyberdash-e2e-workbook-real.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset SOURCE_DATE_EPOCH
fail=0
for lang in en ja; do
    out=$work/$lang
    "$bin" build --data "$src/data" --out "$out" --as-of 2026-09-30 --lang "$lang" \
        >"$work/log-$lang" 2>&1 || { cat "$work/log-$lang" >&2; exit 1; }
    book=$out/cyberdash-FY2026-Q2.xlsx
    "$py" "$src/tests/check_workbook.py" --xlsx "$book" --json "$out/data/indicators.json" \
        --data "$src/data" --i18n "$src/i18n" --lang "$lang" --records 22 || fail=1
    "$py" - "$book" "$src/i18n" "$lang" "$src/tests" <<'PY' || fail=1
import datetime, re, sys, zipfile
sys.path.insert(0, sys.argv[4])
import openpyxl
from check_workbook import load_catalogue
book, cat = sys.argv[1], load_catalogue(sys.argv[2], sys.argv[3])
errors = []
def check(c, what):
    if not c:
        errors.append(what)
wb = openpyxl.load_workbook(book)

def rows(ws):
    col, h = openpyxl.utils.cell.coordinate_from_string(ws.freeze_panes)
    heads = [c.value for c in ws[h - 1]]
    return [dict(zip(heads, r)) for r in ws.iter_rows(min_row=h, values_only=True)]

gci = [r for r in rows(wb[cat["xlsx.sheet_gci"]]) if r[cat["xlsx.col_line"]] == 415]
check(len(gci) == 1 and gci[0][cat["xlsx.col_iso3"]] == "PHL"
      and gci[0][cat["xlsx.col_edition"]] == 2024, f"GCI: no PHL 2024 row of line 415: {gci}")
if gci:
    v = gci[0][cat["xlsx.col_overall"]]
    check(isinstance(v, float) and v == 93.49 and repr(v) == "93.49",
          f"GCI PHL 2024 overall reads back {v!r}, the data says 93.49")

c = {r[cat["xlsx.col_iso3"]]: r for r in rows(wb[cat["xlsx.sheet_countries"]])}
yes, no, unknown = cat["common.yes"], cat["common.no"], cat["common.unknown"]
st = lambda s: cat["common.stage_" + s]
for iso, stage, target, reached in (("IDN", st("self_sustaining"), st("self_sustaining"), yes),
                                    ("FSM", st("initial"), st("networking"), no),
                                    ("COK", unknown, st("networking"), unknown)):
    r = c.get(iso, {})
    got = (r.get(cat["xlsx.col_stage"]), r.get(cat["xlsx.col_target_stage"]),
           r.get(cat["xlsx.col_reached"]))
    check(got == (stage, target, reached), f"Countries {iso}: {got}, by hand {(stage, target, reached)}")

part = {(r[cat["xlsx.col_iso3"]], r[cat["xlsx.col_fy"]]): r
        for r in rows(wb[cat["xlsx.sheet_participation"]])}
for iso, n, blank in (("VNM", 3, 0), ("SGP", None, 1), ("BRN", None, 1), ("MYS", None, 1)):
    r = part.get((iso, 2019), {})
    got = (r.get(cat["xlsx.col_participants"]), r.get(cat["xlsx.col_unreported"]))
    check(got == (n, blank), f"Participation {iso} FY2019: {got}, by hand {(n, blank)}")

end = cat["xlsx.col_end"]
for r in rows(wb[cat["xlsx.sheet_projects"]]):
    check(r[end] is None or isinstance(r[end], datetime.datetime),
          f"Projects {r[cat['xlsx.col_project_id']]}: End {r[end]!r} is not a date")

with zipfile.ZipFile(book) as z:
    charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
bar = [x for x in charts if "<c:barChart>" in x]
check(len(bar) == 1, f"{len(bar)} bar charts on the Summary, expected the I1 one")
for x in bar:
    refs = re.findall(r"<c:cat>.*?<c:f>([^<]*)</c:f>", x, re.S)
    check(refs and all(re.search(r"!\$B\$\d+:\$B\$\d+$", f) for f in refs),
          f"I1 chart axis labels from {refs}, expected the Country column B")
for e in errors:
    print(f"e2e_workbook_real ({sys.argv[3]}): {e}", file=sys.stderr)
sys.exit(1 if errors else 0)
PY
done
[ "$fail" -eq 0 ] && echo "ok: the real data's workbook, en and ja"
exit "$fail"
