#!/usr/bin/env bash
# e2e_projects_list.sh -- projects.html is expanded a thousand rows at a
# time (html_page_project.c: list_rows): with some 1,200 started projects the
# page has every one once, in the order of the projects.csv export (the
# same started projects, model order), chunk seams included.
set -euo pipefail
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" "$src/bench/gen_data.py" --out "$tmp/data" --projects 1300 --participation 100 --seed 3 >/dev/null
"$bin" build --data "$tmp/data" --out "$tmp/out" --as-of 2026-09-30 >/dev/null 2>&1
"$py" - "$tmp/out" <<'PY'
import csv, html, re, sys
out = sys.argv[1]
want = [r["project_id"] for r in csv.DictReader(open(out + "/data/projects.csv", encoding="utf-8-sig"))]
page = open(out + "/projects.html", encoding="utf-8").read()
got = [html.unescape(m) for m in re.findall(r'<tr data-country="[^"]*"[^>]*>\s*<th scope="row"><a href="[^"]*">([^<]*)</a>', page)]
errors = []
if len(want) <= 1000:
    errors.append(f"only {len(want)} started projects: no seam to test")
if got != want:
    errors.append(f"{len(got)} rows, want {len(want)}; first difference at "
                  f"{next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))}")
if page.count("<tbody>") != 1 or page.count("</tbody>") != 1:
    errors.append("not one table body")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
echo ok
