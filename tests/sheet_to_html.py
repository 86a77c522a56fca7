#!/usr/bin/python3
"""sheet_to_html.py -- one sheet of a workbook, read back with openpyxl, as
an HTML table, for the screenshots in docs/ (docs/workbook.md): cells as
openpyxl reads them (numbers right-aligned, date cells in blue, text left),
the filter's header row marked, long text cut by CSS to keep it small.
Not a test; LibreOffice is not installed on the build machine.

    sheet_to_html.py BOOK.xlsx SHEET OUT.html [MAX_ROWS]
    chromium --headless --no-sandbox --screenshot=OUT.png \
        --window-size=1366,560 file://OUT.html
"""
import datetime
import html
import sys

import openpyxl


def shown(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float) and cell.number_format == "0.00":
        return f"{v:.2f}"
    return str(v)


def main():
    book, sheet, out = sys.argv[1:4]
    max_rows = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet]
    filt = set()
    refs = [ws.auto_filter.ref] if ws.auto_filter.ref else []
    refs += [t.ref for t in ws.tables.values()]
    for ref in refs:
        first = ref.split(":")[0]
        filt.add(int(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    rows = []
    for r in ws.iter_rows(min_row=1, max_row=min(ws.max_row, max_rows)):
        tag = "th" if r[0].row in filt else "td"
        if tag == "td" and all(c.value is None for c in r[1:]) and isinstance(r[0].value, str) \
                and r[0].row < min(filt, default=1):
            # a note row above the header: one cell across the table
            rows.append(f'<tr><td class="r">{r[0].row}</td><td class="note" '
                        f'colspan="{len(r)}">{html.escape(r[0].value)}</td></tr>')
            continue
        cells = []
        for c in r:
            cls = "n" if isinstance(c.value, (int, float)) else (
                "d" if isinstance(c.value, datetime.datetime) else "t")
            mark = " &#9662;" if tag == "th" and c.value is not None else ""
            cells.append(f'<{tag} class="{cls}">{html.escape(shown(c))}{mark}</{tag}>')
        rows.append(f'<tr><td class="r">{r[0].row}</td>{"".join(cells)}</tr>')
    with open(out, "w", encoding="utf-8") as f:
        f.write("<!doctype html><meta charset=utf-8><style>"
                "body{font:10px sans-serif;margin:4px}table{border-collapse:collapse}"
                "td,th{border:1px solid #ccc;padding:2px 3px;white-space:nowrap;"
                "max-width:6.5em;overflow:hidden;text-overflow:ellipsis}"
                "td.note{max-width:none;font-style:italic}"
                "th{background:#dde6f0}td.n{text-align:right}td.d{color:#035}"
                "td.r{background:#eee;color:#666;text-align:right}</style>"
                f"<p>{html.escape(sheet)} (read back with openpyxl; "
                "&#9662; = filter header; blue = date cell)</p><table>"
                + "\n".join(rows) + "</table>\n")


main()
