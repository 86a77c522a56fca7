#!/usr/bin/env bash
# e2e_page_layout.sh -- the pages as readers use them (issue 19), in real
# headless Chromium:
#   - no table cell of the Japanese country page or of projects.html is
#     narrower than its longest unbreakable word, and no short-word cell
#     (role, scheme, stage, date, column head) breaks inside a word, at 1366
#     and 1024 px (受/益/国, セ/ミ/ナ/ー, "2023年10/月1日" before); at 1366 px
#     the projects table is not clipped (its budget column was);
#   - printed, pages 2 and later of a country page carry its name, the
#     as-of date and the page number (pdftotext per page);
#   - country tables are in name order without JavaScript (Cambodia before
#     Indonesia, Viet Nam after Vanuatu), the tools stay hidden, and from
#     file:// the country facet of projects.html narrows the rows;
#   - the published 2018 score reads 0.643, not 0.64.
# The measuring scripts are added to a copy of each page (nothing of ours
# ships them); Chromium's --dump-dom returns what they wrote.
set -euo pipefail
: "${CYBERDASH_BIN:?}" "${CYBERDASH_SOURCE_DIR:?}"
src=$CYBERDASH_SOURCE_DIR
browser=$(command -v chromium || command -v chromium-browser || true)
for tool in "$browser" pdftotext pdfinfo python3; do
    [[ -n $tool ]] && command -v "$tool" >/dev/null \
        || { echo "e2e_page_layout: chromium, pdftotext and python3 needed" >&2; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "e2e_page_layout: $*" >&2; fail=1; }
data=$src/data
[[ -f $data/countries.csv ]] || { echo "e2e_page_layout: needs data/ (skipped)"; exit 77; }
for lang in en ja; do
    "$CYBERDASH_BIN" build --data "$data" --out "$tmp/$lang" --as-of 2026-09-30 \
        --lang "$lang" >/dev/null 2>&1
done

chrome() {  # chrome WIDTH MODE URL > output
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --no-pdf-header-footer --user-data-dir="$(mktemp -d -p "$tmp")" \
        --window-size="$1",900 "$2" "$3" 2>/dev/null
}

# measured PAGE WIDTH SCRIPT: the page's DOM after SCRIPT ran in a copy.
measured() {
    local copy=${1%.html}.measure.html
    python3 - "$1" "$copy" "$3" <<'PY'
import sys
page, copy, script = sys.argv[1:4]
html = open(page, encoding="utf-8").read()
js = open(script, encoding="utf-8").read()
open(copy, "w", encoding="utf-8").write(html.replace("</body>", "<script>" + js + "</script></body>"))
PY
    chrome "$2" --dump-dom "file://$copy" | sed -n 's/.*<pre id="measure">\(.*\)<\/pre>.*/\1/p'
}

# Cells: overflowing content (a word wider than its cell), and words cut:
# a cell of short words (none over 12 characters: roles, schemes, stages,
# dates such as 2024年10月10日, column heads) taking more lines than it has
# words (split at spaces, "、", ",", before "（" or "(", after "-", and at
# " – ").  Tables: a wrapper wider than the page scrolls.
cat >"$tmp/cells.js" <<'JS'
(function () {
  var out = [];
  document.querySelectorAll("table.data td, table.data th").forEach(function (c) {
    if (c.scrollWidth > c.clientWidth + 1) { out.push("overflow: " + c.textContent.trim()); }
  });
  document.querySelectorAll("table.data td, table.data th").forEach(function (c) {
    var text = c.textContent.trim();
    var words = text.split(/\s+–\s+|[\s、,]+|(?=[（(])|(?<=-)/).filter(function (w) { return w !== ""; });
    /* cells of short words only: roles, schemes, stages, dates, heads */
    if (!words.length || words.some(function (w) { return w.length > 12; })) { return; }
    words = words.length;
    var tops = {}, walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT), t;
    while ((t = walk.nextNode())) {     /* the text's lines, not its boxes */
      var r = document.createRange(); r.selectNodeContents(t);
      Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });
    }
    if (Object.keys(tops).length > words) { out.push("word cut: " + text); }
  });
  document.querySelectorAll(".table-wrap").forEach(function (w) {
    if (w.scrollWidth > w.clientWidth + 1) { out.push("clipped table: " + w.querySelector("th").textContent.trim()); }
  });
  var p = document.createElement("pre"); p.id = "measure";
  p.textContent = out.length ? out.join(" | ") : "OK";
  document.body.appendChild(p);
}());
JS
page=countries/PHL.html
[[ -f $tmp/ja/$page ]] || page=$(cd "$tmp/ja" && ls countries/*.html | head -1)
for width in 1366 1024; do
    for f in "ja/$page" ja/projects.html; do
        r=$(measured "$tmp/$f" "$width" "$tmp/cells.js")
        # below 1366 px a wide table may scroll sideways in its wrapper
        (( width < 1366 )) && r=$(sed -E 's/( \| )?clipped table: [^|]*//g; s/^ \| //; s/^$/OK/' <<<"$r")
        [[ $r == OK ]] || bad "$f at $width px: $r"
    done
done
r=$(measured "$tmp/en/projects.html" 1366 "$tmp/cells.js")
[[ $r == OK ]] || bad "en/projects.html at 1366 px: $r"

# Print: every sheet after the first names the page, the as-of date and
# its number (the @page margin boxes).
for lang in en ja; do
    chrome 1366 --print-to-pdf="$tmp/$lang.pdf" "file://$tmp/$lang/$page" >/dev/null
    pages=$(pdfinfo "$tmp/$lang.pdf" | sed -n 's/^Pages: *//p')
    (( pages >= 2 )) || bad "$lang/$page printed on $pages page(s): not long enough to test"
    name=$(sed -n 's:.*<h1>\(.*\)</h1>.*:\1:p' "$tmp/$lang/$page")
    if [[ $lang == en ]]; then date="30 September 2026"; else date="2026年9月30日"; fi
    for ((i = 2; i <= pages; i++)); do
        text=$(pdftotext -f "$i" -l "$i" "$tmp/$lang.pdf" -)
        if [[ $lang == en ]]; then num="Page $i of $pages"; else num="$i / $pages ページ"; fi
        for want in "$name" "$date" "$num"; do   # pdftotext spaces vary
            [[ ${text//[[:space:]]/} == *"${want//[[:space:]]/}"* ]] \
                || bad "$lang print page $i lacks '$want'"
        done
    done
done

# Printed, Japanese words stay whole too ("ティア" stacked one kana a line
# in print): the words of the PHL page's heads and cells are in the text.
if [[ $page == countries/PHL.html ]]; then
    text=$(pdftotext -layout "$tmp/ja.pdf" -)
    for word in ティア 受益国 セミナー 専門家派遣; do   # (pdftotext splits digits from kana)
        grep -qF "$word" <<<"$text" || bad "ja print: '$word' broken or missing"
    done
fi

# Without JavaScript: name order, tools hidden (no control that does nothing).
order() { grep -o 'countries/[A-Z]*\.html">[^<]*' "$1" | sed 's/.*">//' | grep -nxF "$2" | cut -d: -f1 | head -1 || true; }
idx=$tmp/en/index.html
for pair in "Cambodia:Indonesia" "Vanuatu:Vietnam"; do   # names of data/countries.csv
    a=$(order "$idx" "${pair%%:*}"); b=$(order "$idx" "${pair#*:}")
    [[ -n $a && -n $b ]] && (( a < b )) || bad "index.html: ${pair%%:*} not before ${pair#*:} ($a, $b)"
done
grep -q '<div class="tools" id="project-tools" hidden>' "$tmp/en/projects.html" \
    || bad "projects.html: the tools show without JavaScript"

# With JavaScript from file://: the country facet keeps exactly the rows
# of the projects with that beneficiary (counted in the static page).
iso=PHL
want=$(grep -c "<tr data-country=\"[^\"]* $iso " "$tmp/en/projects.html" || true)
cat >"$tmp/facet.js" <<JS
window.addEventListener("load", function () {
  var sel = document.getElementById("facet-country");
  sel.value = "$iso";
  sel.dispatchEvent(new Event("change"));
  var shown = Array.prototype.filter.call(document.querySelectorAll("#projects tbody tr"),
      function (r) { return !r.hidden; });
  var wrong = shown.filter(function (r) { return r.getAttribute("data-country").indexOf(" $iso ") < 0; });
  var p = document.createElement("pre"); p.id = "measure";
  p.textContent = shown.length + " " + wrong.length + " " + document.getElementById("project-tools").hidden;
  document.body.appendChild(p);
});
JS
r=$(measured "$tmp/en/projects.html" 1366 "$tmp/facet.js")
[[ $r == "$want 0 false" ]] || bad "country facet $iso: got '$r', want '$want 0 false' (rows, wrong rows, tools hidden)"
(( want > 0 )) || bad "no project of $iso to filter"

# No raw code of the settings or vocabularies in Japanese text ("mean:
# ..." on the methodology page; "スキームassessment"): the codes that no
# sentence of the data uses (underscored ones, the rule words) next to
# Japanese, outside <code>, tags and scripts; "setting = code", which tells
# what to write in cyberdash.ini, is meant.
python3 - "$tmp/ja" <<'PY' || bad "raw codes in Japanese pages"
import glob, html, re, sys
codes = {"mean", "majority", "more_than", "at_least", "reference_date", "on_track",
         "at_risk", "self_sustaining", "capacity_development", "technical_cooperation",
         "no_targeted_pillars", "baseline_not_published", "no_latest_edition",
         "no_baseline_row", "no_latest_row", "cooperation_after_latest",
         "missing_baseline_score", "missing_latest_score", "assessment"}
bad = 0
for f in sorted(glob.glob(sys.argv[1] + "/*.html")):   # the pages of our own words
    s = open(f, encoding="utf-8").read()
    s = re.sub(r"<(script|style|code)[^>]*>.*?</\1>", "", s, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for m in re.finditer(r"(?<![A-Za-z_])[A-Za-z_]+", text):
        if text[max(0, m.start() - 2):m.start()] == "= ":   # "[d2] compare = at_least"
            continue                                        # names the setting to write
        if m.group(0) in codes and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]",
                                             text[max(0, m.start() - 3):m.end() + 3]):
            print(f, "code next to Japanese:", text[max(0, m.start() - 20):m.end() + 20])
            bad = 1
sys.exit(bad)
PY

# The dashboard's country table sorts from file://: its projects column
# ascending after one choice of its head, then the name column back in
# name order (its keys are the collation ranks the page was written in).
cat >"$tmp/sort.js" <<'JS'
window.addEventListener("load", function () {
  var t = document.querySelector("table.countries");
  var nums = function () {
    return Array.prototype.map.call(t.tBodies[0].rows, function (r) {
      return parseFloat(r.cells[7].textContent); });
  };
  var names = function () {
    return Array.prototype.map.call(t.tBodies[0].rows, function (r) {
      return r.cells[0].getAttribute("data-sort"); }).join(",");
  };
  var before = names();
  t.tHead.rows[0].cells[7].querySelector("button").click();
  var n = nums(), up = n.every(function (v, i) { return i === 0 || n[i - 1] <= v; });
  t.tHead.rows[0].cells[0].querySelector("button").click();   /* by name again */
  var p = document.createElement("pre"); p.id = "measure";
  p.textContent = (up ? "sorted" : "unsorted") + " " + (names() === before ? "name-order" : "other");
  document.body.appendChild(p);
});
JS
r=$(measured "$tmp/en/index.html" 1366 "$tmp/sort.js")
[[ $r == "sorted name-order" ]] || bad "dashboard country table sorting: $r"

# The published score at its edition's precision (gci.csv: PHL,2018,0.643).
grep -qF '0.643 (64.30 %)' "$tmp/en/countries/PHL.html" || bad "PHL 2018 score not shown as 0.643"
exit $fail
