#!/usr/bin/env bash
# e2e_workbook.sh -- the workbook through the real program (issue 7):
# build a small fixture as of 2026-09-30 and read the XLSX back with
# Debian's python3-openpyxl (tests/check_workbook.py): every sheet, frozen
# headers, autofilters, typed cells, data text never a formula, and the
# Summary/Indicators/Context figures equal to data/indicators.json.
# The figures of the fixture, worked out by hand from the SPEC (as of
# 2026-09-30, baseline 2020, latest 2024):
#   I1: IDN legal 60->75 %, technical 65->70 %: mean +10 -> improved;
#       PHL legal 50->45, technical 50->55: mean 0, not > 0; KEN has no
#       2024 row -> not assessable.  I1 = 1.
#   Context: the group for legal+technical is BRA (+7.5), FRA (+2.5),
#       DEU (+2.5): median 2.5; IDN excess 7.5, PHL -2.5 -> outperformed 1.
#   D2: FY2022 IDN, PHL (P-001, and IDN's row); FY2023 + KEN (P-002);
#       BRA's FY2027 row and P-003 (starts 2027) do not count -> 3.
#   G: targets IDN self_sustaining (SEA, baseline networking), PHL and KEN
#       networking (rule), DEU networking (table) -> 4 with a target;
#       reached: PHL (assessment: networking), DEU (tier 1) -> 2.
# Then: two builds give identical bytes; a participation limit below the
# row count turns the raw sheet into a sentence naming the full table;
# the Japanese workbook has the same figures.
set -euo pipefail
bin=${CYBERDASH_BIN:?CYBERDASH_BIN not set}
src=${CYBERDASH_SOURCE_DIR:?CYBERDASH_SOURCE_DIR not set}
py=/usr/bin/python3                       # Debian's, with python3-openpyxl
[ -x "$py" ] || py=python3
"$py" -c 'import openpyxl' || { echo "e2e_workbook: needs python3-openpyxl" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cyberdash-e2e-workbook.XXXXXX")
trap 'rm -rf "$work"' EXIT
data=$work/data
mkdir -p "$data"
unset SOURCE_DATE_EPOCH

cat >"$data/countries.csv" <<'CSV'
iso3,name,region,target_stage,name_ja
IDN,Indonesia,Southeast Asia,,インドネシア
PHL,Philippines,Southeast Asia,,フィリピン
KEN,Kenya,Africa,,ケニア
BRA,Brazil,Latin America and the Caribbean,,
FRA,France,Europe,,
DEU,Germany,Europe,networking,
CSV
cat >"$data/gci_editions.csv" <<'CSV'
edition,published,pillar_max,overall_max
2020,2021-06-29,20,100
2024,2024-09-12,20,100
CSV
cat >"$data/gci.csv" <<'CSV'
iso3,edition,overall,legal,technical,organizational,capacity_development,cooperation,tier
IDN,2020,60,12,13,11,12,12,
IDN,2024,,15,14,12,13,13,3
PHL,2020,50,10,10,10,10,10,
PHL,2024,,9,11,10,10,10,3
KEN,2020,30,6,6,6,6,6,
BRA,2020,40,8,8,8,8,8,
BRA,2024,,10,9,8,8,8,2
FRA,2020,80,16,16,16,16,16,
FRA,2024,,17,16,16,16,16,1
DEU,2020,85,17,17,17,17,17,
DEU,2024,,17,18,17.5,17,17,1
CSV
# A title that looks like a formula, and one with an embedded CRLF.
{
  printf 'project_id,title,scheme,countries,start,end,pillars,counterpart,partners,budget_jpy,url\n'
  printf 'P-001,"=1+1 cyber drill",training,IDN;PHL,2022-05-01,2024-03-31,legal;technical,BSSN,ASEAN;USAID,12000000,https://example.org/p1\n'
  printf 'P-002,"Incident response\r\nwith CRLF",technical_cooperation,KEN,2023-04-01,,organizational,,,,\n'
  printf 'P-003,Future seminar,seminar,BRA,2027-01-01,,cooperation,,,,\n'
} >"$data/projects.csv"
cat >"$data/participation.csv" <<'CSV'
project_id,iso3,fiscal_year,participants,female
P-001,IDN,2022,10,4
P-001,PHL,2023,8,
P-002,KEN,2024,5,2
P-001,BRA,2027,3,1
CSV
cat >"$data/assessments.csv" <<'CSV'
iso3,date,kind,rating,stage,pillar,project_id,summary
PHL,2025-01-15,I2,3,networking,,P-001,"=SUM(A1) looks like a formula"
CSV

build() {   # build OUT [extra options...]
  local out=$1; shift
  "$bin" build --data "$data" --out "$out" --as-of 2026-09-30 "$@"
}
book=cyberdash-FY2026-Q2.xlsx

build "$work/out1"
"$py" "$src/tests/check_workbook.py" --xlsx "$work/out1/$book" \
    --json "$work/out1/data/indicators.json" --data "$data" \
    --i18n "$src/i18n" --lang en --records 3 \
    --expect i1=1,outperformed=1,d2=3,with_target=4,g_reached=2

build "$work/out2"
cmp "$work/out1/$book" "$work/out2/$book" \
  || { echo "e2e_workbook: two builds differ" >&2; exit 1; }

printf '[workbook]\nparticipation_rows_limit = 2\n' >"$work/small.ini"
build "$work/out3" --config "$work/small.ini"
"$py" "$src/tests/check_workbook.py" --xlsx "$work/out3/$book" \
    --json "$work/out3/data/indicators.json" --data "$data" \
    --i18n "$src/i18n" --lang en --records elsewhere

build "$work/out4" --lang ja
"$py" "$src/tests/check_workbook.py" --xlsx "$work/out4/$book" \
    --json "$work/out4/data/indicators.json" --data "$data" \
    --i18n "$src/i18n" --lang ja --records 3
echo "e2e_workbook: ok"
