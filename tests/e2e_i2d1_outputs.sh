#!/usr/bin/env bash
# e2e_i2d1_outputs.sh -- I2 and D1 (SPEC §3.9, §3.10, §4) are the same
# figures everywhere: build tests/data/compute/i2_d1 (its NOTES.md works
# them out by hand) and check that the dashboard's cards, every country
# page, every project page, the workbook's I2 and D1 sheets and every brief
# give the results of data/indicators.json, in the catalogue's words.
# Needs Debian's python3-openpyxl and pdftotext (poppler-utils).
set -euo pipefail
bin=${CYBERDASH_BIN:?CYBERDASH_BIN not set}
src=${CYBERDASH_SOURCE_DIR:?CYBERDASH_SOURCE_DIR not set}
py=/usr/bin/python3                       # Debian's, with python3-openpyxl
[ -x "$py" ] || py=python3
"$py" -c 'import openpyxl' || { echo "e2e_i2d1_outputs: needs python3-openpyxl" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "e2e_i2d1_outputs: needs pdftotext" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cyberdash-e2e-i2d1.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset SOURCE_DATE_EPOCH
"$bin" build --data "$src/tests/data/compute/i2_d1" --out "$work/out" \
    --as-of 2024-09-30 >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
for b in "$work"/out/briefs/*.pdf; do
    pdftotext -layout "$b" "${b%.pdf}.txt"
done

"$py" - "$work/out" "$src/i18n/en" <<'PY'
import configparser, glob, html, json, os, re, sys
import openpyxl
out, i18n = sys.argv[1], sys.argv[2]
cat = {}
for f in glob.glob(os.path.join(i18n, "*.ini")):
    cp = configparser.ConfigParser(interpolation=None, delimiters=("=",),
                                   comment_prefixes=(";",), inline_comment_prefixes=(" ;",))
    cp.optionxform = str
    cp.read(f, encoding="utf-8")
    for sec in cp.sections():
        for k, v in cp.items(sec):
            cat[f"{sec}.{k}"] = " ".join(v.split("\n"))
j = json.load(open(os.path.join(out, "data", "indicators.json"), encoding="utf-8"))
fails = []
def check(ok, msg):
    if not ok:
        fails.append(msg)
def text(path):
    return html.unescape(open(path, encoding="utf-8").read())

# the dashboard: each card's value and each result's count
index = text(os.path.join(out, "index.html"))
for code, group in (("I2", "i2"), ("D1", "d1")):
    m = re.search(r'<span class="code">%s</span>.*?</article>' % code, index, re.S)
    check(m, f"index.html: no {code} card")
    if not m:
        continue
    card = m.group(0)
    check(f'<span class="value">{j[group]["value"]}</span>' in card,
          f"index.html {code}: value {j[group]['value']} not shown")
    for res, n in j[group]["results"].items():
        word = cat[f"common.{group}_{res}"]
        check(f"<dt>{word}</dt><dd>{n}</dd>" in card, f"index.html {code}: {word} {n} not shown")

# each country page: its I2 result
for c in j["i2"]["countries"]:
    page = text(os.path.join(out, "countries", c["iso3"] + ".html"))
    word = cat["common.i2_" + c["result"]]
    check(f"I2 result: {word} ({c['assessments']} I2 assessments known)." in page,
          f"countries/{c['iso3']}.html: I2 {word} not shown")

# each project page: its D1 result and each indicator's status
for p in j["d1"]["projects"]:
    page = text(os.path.join(out, "projects", p["project_id"] + ".html"))
    check(f"D1 result: {cat['common.d1_' + p['result']]}." in page,
          f"projects/{p['project_id']}.html: D1 result not shown")
    for i in p["indicators"]:
        check(cat["common.status_" + i["status"]] in page,
              f"projects/{p['project_id']}.html: status of {i['indicator_id']} not shown")
        if i["progress"] is not None:
            check("%.2f" % i["progress"] in page,
                  f"projects/{p['project_id']}.html: progress of {i['indicator_id']} not shown")

# the workbook: the I2 and D1 sheets
book = glob.glob(os.path.join(out, "*.xlsx"))
check(len(book) == 1, "one workbook")
wb = openpyxl.load_workbook(book[0])
def body(ws):   # the rows under the frozen header (a note row may precede it)
    return list(ws.iter_rows(min_row=ws[ws.freeze_panes].row, values_only=True))
rows = body(wb[cat["xlsx.sheet_i2"]])
check([(r[0], r[2]) for r in rows] ==
      [(c["iso3"], cat["common.i2_" + c["result"]]) for c in j["i2"]["countries"]],
      f"I2 sheet {rows}")
rows = body(wb[cat["xlsx.sheet_d1"]])
check([(r[0], r[3]) for r in rows] ==
      [(p["project_id"], cat["common.d1_" + p["result"]]) for p in j["d1"]["projects"]],
      f"D1 sheet {rows}")

# each brief: its I2 result, its projects' D1 results
for c in j["i2"]["countries"]:
    path = os.path.join(out, "briefs", c["iso3"] + ".txt")
    if not os.path.exists(path):
        continue
    t = " ".join(open(path, encoding="utf-8").read().split())
    check(f"I2 (assessed capability): {cat['common.i2_' + c['result']]}" in t,
          f"briefs/{c['iso3']}.pdf: I2 result not shown")
    by = next(x for x in j["d1"]["countries"] if x["iso3"] == c["iso3"])["results"]
    for res, n in by.items():
        if n:
            check(f"{n} {cat['common.d1_' + res]}" in t,
                  f"briefs/{c['iso3']}.pdf: D1 {n} {res} not shown")
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
PY
echo "e2e_i2d1_outputs: ok"
