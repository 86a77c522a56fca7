#!/usr/bin/python3
"""check_workbook.py -- read a cyberdash workbook back with openpyxl and
check it against indicators.json, the input data and the catalogue.

    check_workbook.py --xlsx OUT/cyberdash-FY2026-Q2.xlsx
        --json OUT/data/indicators.json --data DATA --i18n I18N --lang en
        --records N|elsewhere [--expect i1=1,d2=3,g_reached=2,outperformed=1]

Exit status 0 when every check passes; otherwise each failure is printed.
"""
import argparse
import configparser
import csv
import datetime
import json
import os
import sys

import openpyxl

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def load_catalogue(root, lang):
    """Every section.key of i18n/<lang>/*.ini (continuation lines joined as
    the catalogue does: a space between ASCII ends, nothing otherwise)."""
    cat = {}
    folder = os.path.join(root, lang)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ini"):
            continue
        cp = configparser.ConfigParser(interpolation=None, delimiters=("=",),
                                       comment_prefixes=(";", "#"),
                                       inline_comment_prefixes=(" ;",))
        cp.optionxform = str
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            cp.read_file(f)
        for sec in cp.sections():
            for key, value in cp.items(sec):
                parts = [p.strip() for p in value.split("\n")]
                text = parts[0]
                for p in parts[1:]:
                    ascii_join = text and p and text[-1].isascii() and p[0].isascii()
                    text += (" " if ascii_join else "") + p
                cat[sec + "." + key] = text
    return cat


def r2(x):
    return None if x is None else round(float(x), 2)


def header_row(ws):
    """The frozen header row: the row just above the pane."""
    fp = ws.freeze_panes
    if not check(fp is not None, f"{ws.title}: header row not frozen"):
        return None
    # parsed, not ws[fp]: reading a cell makes it, and max_row with it
    col, row = openpyxl.utils.cell.coordinate_from_string(fp)
    row -= 1
    check(col == "A", f"{ws.title}: freeze pane {fp} not at column A")
    return row


def table(ws, cat_heading):
    """Rows of the sheet's table as dicts keyed by heading, checking the
    frozen header and that the autofilter covers it."""
    h = header_row(ws)
    if h is None:
        return []
    ref = ws.auto_filter.ref
    if check(ref, f"{ws.title}: no autofilter"):
        check(ref.startswith(f"A{h}:"), f"{ws.title}: autofilter {ref} not on header row {h}")
    heads = [c.value for c in ws[h]]
    check(heads[0] == cat_heading, f"{ws.title}: first heading {heads[0]!r}, expected {cat_heading!r}")
    last = int(ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) if ref else ws.max_row
    rows = []
    for r in ws.iter_rows(min_row=h + 1, max_row=last, values_only=True):
        rows.append(dict(zip(heads, r)))
    return rows


def check_table_shape(ws):
    """Issue 19: one table per sheet -- the filter starts at the frozen
    header, spans every column and runs to the last row; no column mixes
    types (empty cells aside: numbers, dates and text each their own)."""
    ref = ws.auto_filter.ref
    if not ref:
        return
    h = header_row(ws)
    if h is None:
        return
    first, last = ref.split(":")
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    check(first == f"A{h}", f"{ws.title}: filter {ref} does not start at the header A{h}")
    check(int(last.lstrip(letters)) == ws.max_row,
          f"{ws.title}: filter {ref} stops before the last row {ws.max_row}")
    width = openpyxl.utils.column_index_from_string(last.rstrip("0123456789"))
    check(width == ws.max_column, f"{ws.title}: filter {ref} spans {width} of {ws.max_column} columns")
    heads = [c.value for c in ws[h]]
    kinds = {}
    for row in ws.iter_rows(min_row=h + 1):
        for c in row:
            if c.value is None:
                continue
            k = ("number" if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                 else "date" if isinstance(c.value, datetime.datetime) else type(c.value).__name__)
            kinds.setdefault(c.column - 1, {}).setdefault(k, c.coordinate)
    for col, k in kinds.items():
        check(len(k) == 1, f"{ws.title}: column {heads[col]!r} mixes {k}")


def check_countries(ws, cat, j):
    """Issue 19: the Countries sheet has each country's stages and results,
    equal to indicators.json: "Reached" filters the countries below target."""
    rows = table(ws, cat["xlsx.col_iso3"])
    by = {r[cat["xlsx.col_iso3"]]: r for r in rows}
    for key in ("xlsx.col_stage", "xlsx.col_target_stage", "xlsx.col_reached",
                "xlsx.col_i2_result", "xlsx.col_d1_projects_improved"):
        check(rows and cat[key] in rows[0], f"Countries: no column {cat[key]!r}")
    if not rows or cat["xlsx.col_reached"] not in rows[0]:
        return
    for c in j["g"]["countries"]:
        r = by.get(c["iso3"])
        if not check(r is not None, f"Countries: no row {c['iso3']}"):
            continue
        want = (None if c.get("target_stage") is None
                else cat["common.unknown"] if c.get("unknown")
                else cat["common.yes" if c["reached"] else "common.no"])
        check(r[cat["xlsx.col_reached"]] == want,
              f"Countries {c['iso3']}: reached {r[cat['xlsx.col_reached']]!r}, json {c.get('reached')!r}")
    for c in j["i2"]["countries"]:
        r = by.get(c["iso3"], {})
        check(r.get(cat["xlsx.col_i2_result"]) == cat["common.i2_" + c["result"]],
              f"Countries {c['iso3']}: I2 result {r.get(cat['xlsx.col_i2_result'])!r}")


def block(ws, title):
    """Rows of a block further down a sheet: the rows under the header that
    follows the cell holding `title`, up to the first empty row."""
    rows, heads, state = [], None, 0
    for r in ws.iter_rows(values_only=True):
        if state == 0 and r[0] == title:
            state = 1
        elif state == 1:
            heads, state = r, 2
        elif state == 2:
            if r[0] is None:
                break
            rows.append(dict(zip(heads, r)))
    check(state == 2, f"{ws.title}: no block titled {title!r}")
    return rows


def check_cells(wb):
    """No formula anywhere; no carriage return or its OOXML escape."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                check(c.data_type != "f", f"{ws.title}!{c.coordinate}: a formula cell")
                if isinstance(c.value, str):
                    check("\r" not in c.value and "_x000D_" not in c.value,
                          f"{ws.title}!{c.coordinate}: carriage return in {c.value!r}")


def check_summary(ws, cat, j, lang):
    rows = list(ws.iter_rows(values_only=True))
    labels = {r[0]: r for r in rows if r and r[0] is not None}
    as_of = labels.get(cat["xlsx.as_of"])
    if check(as_of is not None, "Summary: no as-of row"):
        check(as_of[1] == datetime.datetime.fromisoformat(j["as_of"]),
              f"Summary: as-of {as_of[1]!r} is not the date {j['as_of']}")
    ind = [r for r in rows if r[0] in ("I1", "I2", "D1", "D2", "G")]
    st = lambda code: cat["common.status_" + code]
    i1 = [r for r in ind if r[0] == "I1"]
    if check(len(i1) == 1, "Summary: one I1 row"):
        r = i1[0]
        check((r[2], r[3], r[4], r[5]) == (j["i1"]["value"], j["i1"]["target"],
                                           j["i1"]["by_fy"], st(j["i1"]["status"])),
              f"Summary I1 row {r} vs json {j['i1']['value']}")
    for code in ("i2", "d1"):   # §3.9, §3.10: a status only with a target
        rs = [r for r in ind if r[0] == code.upper()]
        if check(len(rs) == 1, f"Summary: one {code.upper()} row"):
            want = (j[code]["value"], j[code].get("target"), j[code].get("by_fy"),
                    st(j[code]["status"]) if j[code].get("status") else None)
            check(tuple(rs[0][2:6]) == want, f"Summary {code} row {rs[0]} vs json {want}")
    d2 = [r for r in ind if r[0] == "D2"]
    check(len(d2) == len(j["d2"]["targets"]), "Summary: one D2 row per target")
    counts = {c["fy"]: c["count"] for c in j["d2"]["cumulative"]}
    for r, t in zip(d2, j["d2"]["targets"]):
        check((r[3], r[4], r[5]) == (t["target"], t["fy"], st(t["status"])),
              f"Summary D2 row {r} vs json {t}")
        judged = counts.get(min(t["fy"], j["fiscal_year"]))
        check(r[2] == judged, f"Summary D2 value {r[2]} vs json count {judged}")
    g = [r for r in ind if r[0] == "G"]
    if check(len(g) == 1, "Summary: one G row"):
        check((g[0][2], g[0][3]) == (j["g"]["reached"], j["g"]["with_target"]),
              f"Summary G row {g[0]} vs json g")
    chart = block(ws, cat["xlsx.chart_d2_title"])
    got = {r[cat["xlsx.col_fy"]]: r[cat["xlsx.col_d2_count"]] for r in chart
           if r[cat["xlsx.col_d2_count"]] is not None}
    check(got == counts, f"Summary D2 chart data {got} vs json {counts}")
    check(len(ws._charts) == 2, f"Summary: {len(ws._charts)} charts, expected 2")


def check_indicators(wb, cat, j):
    rows = table(wb[cat["xlsx.sheet_i1"]], cat["xlsx.col_iso3"])
    by = {r[cat["xlsx.col_iso3"]]: r for r in rows}
    jc = {c["iso3"]: c for c in j["i1"]["countries"]}
    na = {c["iso3"]: c for c in j["i1"]["not_assessable"]}
    check(set(by) == set(jc) | set(na), f"Indicators I1 countries {sorted(by)} vs json")
    mean = cat["xlsx.col_mean_delta"]
    for iso, c in jc.items():
        if iso not in by or c.get("mean_delta") is None:
            continue
        check(r2(by[iso][mean]) == r2(c["mean_delta"]),
              f"Indicators {iso} mean delta {by[iso][mean]} vs json {c['mean_delta']}")
        word = cat["common.yes" if c["improved"] else "common.no"]
        check(by[iso][cat["xlsx.col_improved"]] == word, f"Indicators {iso} improved")
    for iso in na:
        if iso in by:
            check(by[iso][cat["xlsx.col_not_assessable"]], f"Indicators {iso}: no reason")
            check(by[iso][mean] is None, f"Indicators {iso}: a mean delta though not assessable")
    improved = sorted(i for i, r in by.items() if r[cat["xlsx.col_improved"]] == cat["common.yes"])
    check(improved == sorted(j["i1"]["improved"]), f"Indicators improved {improved}")
    d2 = table(wb[cat["xlsx.sheet_d2"]], cat["xlsx.col_fy"])
    got = {r[cat["xlsx.col_fy"]]: r[cat["xlsx.col_d2_count"]] for r in d2}
    want = {c["fy"]: c["count"] for c in j["d2"]["cumulative"]}
    check(got == want, f"Indicators D2 {got} vs json {want}")
    g = table(wb[cat["xlsx.sheet_g"]], cat["xlsx.col_iso3"])
    yes = sorted(r[cat["xlsx.col_iso3"]] for r in g if r[cat["xlsx.col_reached"]] == cat["common.yes"])
    want = sorted(c["iso3"] for c in j["g"]["countries"] if c.get("reached"))
    check(yes == want and len(yes) == j["g"]["reached"], f"Indicators G reached {yes} vs json {want}")
    for r in g:
        check(isinstance(r[cat["xlsx.col_stage_assessment_date"]], (datetime.datetime, type(None))),
              "Indicators G: assessment date not a date")


def check_context(ws, cat, j):
    rows = table(ws, cat["xlsx.col_iso3"])
    by = {r[cat["xlsx.col_iso3"]]: r for r in rows}
    ctx = j["i1"]["context"]
    want = {c["iso3"]: c for c in ctx["countries"]}
    check(set(by) == set(want), f"Context countries {sorted(by)} vs json {sorted(want)}")
    cols = {"excess": "xlsx.col_excess", "group_median": "xlsx.col_group_median",
            "region_median": "xlsx.col_region_median"}
    for iso, c in want.items():
        if iso not in by:
            continue
        for k, key in cols.items():
            check(r2(by[iso][cat[key]]) == r2(c.get(k)),
                  f"Context {iso} {k}: {by[iso][cat[key]]} vs json {c.get(k)}")
        for k, key in (("group_size", "xlsx.col_group_size"), ("region_size", "xlsx.col_region_size")):
            check(by[iso][cat[key]] == c[k], f"Context {iso} {k}")
    out = sum(1 for r in rows if r[cat["xlsx.col_outperformed"]] == cat["common.yes"])
    check(out == ctx["outperformed"], f"Context outperformed {out} vs json {ctx['outperformed']}")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def check_i2_d1(wb, cat, j):
    """§3.9, §3.10: the I2 and D1 sheets give the figures of indicators.json,
    each result in words; Scenarios has one row per indicator."""
    i2 = table(wb[cat["xlsx.sheet_i2"]], cat["xlsx.col_iso3"])
    check([r[cat["xlsx.col_iso3"]] for r in i2] == [c["iso3"] for c in j["i2"]["countries"]],
          "I2: one row per cooperation country, in ISO3 order")
    for code, n in j["i2"]["results"].items():
        got = sum(r[cat["xlsx.col_i2_result"]] == cat["common.i2_" + code] for r in i2)
        check(got == n, f"I2: {got} rows {code}, indicators.json says {n}")
    d1 = table(wb[cat["xlsx.sheet_d1"]], cat["xlsx.col_project_id"])
    check([r[cat["xlsx.col_project_id"]] for r in d1] == [p["project_id"] for p in j["d1"]["projects"]],
          "D1: one row per started project, in id order")
    for code, n in j["d1"]["results"].items():
        got = sum(r[cat["xlsx.col_d1_result"]] == cat["common.d1_" + code] for r in d1)
        check(got == n, f"D1: {got} rows {code}, indicators.json says {n}")
    sc = table(wb[cat["xlsx.sheet_scenarios"]], cat["xlsx.col_project_id"])
    check(len(sc) == sum(len(p["indicators"]) for p in j["d1"]["projects"]),
          "Scenarios: one row per indicator of a started project")


def check_tables(wb, cat, j, data, records, lang):
    names = {k: cat["xlsx.sheet_" + k] for k in ("countries", "projects", "participation",
                                                 "participation_records", "gci", "assessments", "trend")}
    projects = table(wb[names["projects"]], cat["xlsx.col_project_id"])
    want = {p["project_id"]: p for p in read_csv(os.path.join(data, "projects.csv"))}
    check(len(projects) == len(want), "Projects: one row per project")
    for r in projects:
        p = want.get(r[cat["xlsx.col_project_id"]])
        if not p:
            continue
        # the title in the workbook's language: title_ja when given (SPEC §2)
        title = (p.get("title_ja") if lang == "ja" else None) or p["title"]
        check(r[cat["xlsx.col_title"]] == title.replace("\r\n", "\n"),
              f"Projects: title {r[cat['xlsx.col_title']]!r} vs {title!r}")
        # a day is a date; a month or year is text in the twin column
        reduced = cat["xlsx.col_reduced_date"].replace("{date}", cat["xlsx.col_start"])
        got = r[cat["xlsx.col_start"]]
        if len(p["start"]) == 10:
            check(isinstance(got, datetime.datetime) and got.date().isoformat() == p["start"]
                  and r[reduced] is None,
                  f"Projects: start {got!r} is not the date {p['start']}")
        else:
            check(got is None and r[reduced] == p["start"],
                  f"Projects: start {p['start']} as {got!r} / {r[reduced]!r}")
    countries = table(wb[names["countries"]], cat["xlsx.col_iso3"])
    check(len(countries) == len(read_csv(os.path.join(data, "countries.csv"))), "Countries: one row each")
    gci = table(wb[names["gci"]], cat["xlsx.col_iso3"])
    check(len(gci) == len(read_csv(os.path.join(data, "gci.csv"))), "GCI: one row each")
    assess = table(wb[names["assessments"]], cat["xlsx.col_iso3"])
    for r in assess:
        check(isinstance(r[cat["xlsx.col_date"]], (datetime.datetime, type(None))),
              "Assessments: date not a date")
    trend = table(wb[names["trend"]], cat["xlsx.col_date"])
    got = [(r[cat["xlsx.col_date"]].date().isoformat(), r[cat["xlsx.col_i1"]],
            r[cat["xlsx.col_d2"]], r[cat["xlsx.col_g_reached"]],
            r[cat["xlsx.col_i2"]], r[cat["xlsx.col_d1"]]) for r in trend]
    want_t = [(t["date"], t["i1"], t["d2"], t["g_reached"], t["i2"], t["d1"])
              for t in j["trend"]]
    check(got == want_t, f"Trend {got} vs json {want_t}")
    part = read_csv(os.path.join(data, "participation.csv"))
    known = [p for p in part if int(p["fiscal_year"]) <= j["fiscal_year"]]
    sums = {}
    for p in known:
        if p["participants"]:
            key = (p["iso3"], int(p["fiscal_year"]))
            sums[key] = sums.get(key, 0) + int(p["participants"])
    rows = table(wb[names["participation"]], cat["xlsx.col_iso3"])
    got = {(r[cat["xlsx.col_iso3"]], r[cat["xlsx.col_fy"]]): r[cat["xlsx.col_participants"]]
           for r in rows if r[cat["xlsx.col_participants"]] is not None}
    check(got == sums, f"Participation sums {got} vs data {sums}")
    # issue 19: rows with activity but no count, per country and FY
    blank = {}
    for p in known:
        if not p["participants"]:
            key = (p["iso3"], int(p["fiscal_year"]))
            blank[key] = blank.get(key, 0) + 1
    got = {(r[cat["xlsx.col_iso3"]], r[cat["xlsx.col_fy"]]): r[cat["xlsx.col_unreported"]]
           for r in rows if r[cat["xlsx.col_unreported"]]}
    check(got == blank, f"Participation records without a count {got} vs data {blank}")
    ws = wb[names["participation_records"]]
    if records == "elsewhere":
        text = ws["A1"].value or ""
        check("data/participation_records.csv" in text, f"Participation records: {text!r} does not name the file")
        check(ws.max_row == 1, "Participation records: rows beyond the sentence")
    else:
        rows = table(ws, cat["xlsx.col_project_id"])
        check(len(rows) == int(records) == len(known), f"Participation records: {len(rows)} rows")


def check_expect(j, expect):
    if not expect:
        return
    want = dict(kv.split("=") for kv in expect.split(","))
    got = {"i1": j["i1"]["value"], "g_reached": j["g"]["reached"],
           "with_target": j["g"]["with_target"],
           "outperformed": j["i1"]["context"]["outperformed"],
           "d2": j["d2"]["cumulative"][-1]["count"]}
    for k, v in want.items():
        check(got.get(k) == int(v), f"worked out by hand: {k} = {v}, json has {got.get(k)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--xlsx", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--i18n", required=True)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--records", default="0")
    ap.add_argument("--expect", default="")
    a = ap.parse_args()
    cat = load_catalogue(a.i18n, a.lang)
    with open(a.json, encoding="utf-8") as f:
        j = json.load(f)
    wb = openpyxl.load_workbook(a.xlsx)
    sheets = ["summary", "i1", "i2", "d1", "d2", "g", "context", "countries", "projects",
              "scenarios", "participation", "participation_records", "gci", "assessments",
              "changes", "trend"]
    want = [cat["xlsx.sheet_" + s] for s in sheets]
    check(wb.sheetnames == want, f"sheets {wb.sheetnames}, expected {want}")
    if wb.sheetnames != want:
        print("\n".join(failures), file=sys.stderr)
        return 1
    created = wb.properties.created
    check(created == datetime.datetime.fromisoformat(j["as_of"]),
          f"created {created} is not the as-of date at midnight")
    check(wb.properties.title and a.lang and j["quarter"] is not None, "no document title")
    # SPEC §4: the input fingerprint in the document properties
    check(wb.properties.keywords == j["inputs"]["fingerprint"],
          f"keywords {wb.properties.keywords!r} are not {j['inputs']['fingerprint']}")
    check_cells(wb)
    check_summary(wb[want[0]], cat, j, a.lang)
    check_indicators(wb, cat, j)
    check_context(wb[cat["xlsx.sheet_context"]], cat, j)
    check_countries(wb[cat["xlsx.sheet_countries"]], cat, j)
    for ws in wb.worksheets:
        check_table_shape(ws)
    check_tables(wb, cat, j, a.data, a.records, a.lang)
    check_i2_d1(wb, cat, j)
    check_expect(j, a.expect)
    for f in failures:
        print(f"check_workbook: {a.xlsx}: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
