#!/usr/bin/env bash
# e2e_site.sh -- the static site built from hostile data (SPEC §4, §5;
# issue 5): every page exists, every local link and image resolves, no data
# value appears unescaped or as a link it should not be, no path leaves the
# output folder, tidy finds no error, and two builds are byte-identical.
set -euo pipefail
: "${CYBERDASH_BIN:?}" "${CYBERDASH_SOURCE_DIR:?}"
src=$CYBERDASH_SOURCE_DIR
data=$src/tests/data/hostile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "e2e_site: $*" >&2; fail=1; }

mkdir -p "$tmp/a/b"
out=$tmp/a/b/site
"$CYBERDASH_BIN" build --data "$data" --out "$out" --as-of 2026-09-30

# Every page: the four site pages, a page per country with data, a page
# per started project under its safe name (html_name.h).
for p in index.html projects.html methodology.html assets/site.css assets/site.js assets/favicon.svg \
         countries/DEU.html countries/FRA.html countries/JPN.html \
         countries/KEN.html countries/PHL.html countries/VNM.html \
         projects/_2E_2E_2F._2E_2FETC_2FPASSWD_H2BEF2C0BBBDEFDFA.html projects/A_2FB_2FC_H9EF3E9BC4337FEEB.html \
         projects/_22QUOTED_27_20ID_22_H4C86F480E785C013.html projects/_2E_2E.html; do
    [[ -s $out/$p ]] || bad "missing page $p"
done
# The long id is cut to 100 bytes with a hash; the project not started by
# the as-of date has no page yet.
n=$(find "$out/projects" -name '_C3_89LAN-*' | wc -l)
[[ $n == 1 ]] || bad "long-id project page: $n files"
for f in "$out"/projects/*.html; do
    b=$(basename "$f" .html)
    (( ${#b} <= 100 )) || bad "page name longer than 100 bytes: $b"
done
[[ ! -e $out/projects/FUTURE-1.html ]] || bad "page for a project not yet started"

# Nothing written outside the output folder ("../../etc/passwd").
extra=$(cd "$tmp" && find . -path ./a/b/site -prune -o -type f -print)
[[ -z $extra ]] || bad "files outside the output folder: $extra"

python3 "$src/tests/check_links.py" "$out" || bad "broken local links"

# No markup from the data survives unescaped; no dangerous URL is a link.
pages=$(find "$out" -name '*.html' | sort)
for pat in '<script>alert' '<img src=x' '<b>bold' '<b>USAID' '<i>Ministry' '<u>activity' \
           'href="javascript:' 'href="data:' "=cmd|' /C calc'"; do
    if grep -lF -- "$pat" $pages; then bad "found raw '$pat'"; fi
done
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' "$out/projects.html" \
    || bad "escaped title missing from projects.html"
grep -qF 'href="https://example.org/?a=1&amp;b=%222%22"' "$out/projects/A_2FB_2FC_H9EF3E9BC4337FEEB.html" \
    || bad "http(s) URL from the data not linked as expected"
grep -qF 'lang="en"' "$out/index.html" || bad "lang attribute"
grep -qF 'FY2026 Q2' "$out/index.html" || bad "quarter not shown"

# tidy: no errors; the only warning allowed is aria-current (ARIA 1.1,
# unknown to tidy 5.6).
for f in $pages; do
    msgs=$(tidy -q -e "$f" 2>&1 | grep -v 'proprietary attribute "aria-current"' || true)
    [[ -z $msgs ]] || bad "tidy ${f#$out/}: $msgs"
done

# Reproducible: a second build gives the same bytes.
out2=$tmp/again
"$CYBERDASH_BIN" build --data "$data" --out "$out2" --as-of 2026-09-30
diff -r "$out" "$out2" >/dev/null || bad "two builds differ"

# Japanese: the labels and names change, the structure does not.
outja=$tmp/ja
"$CYBERDASH_BIN" build --data "$data" --out "$outja" --as-of 2026-09-30 --lang ja
grep -qF 'lang="ja"' "$outja/index.html" || bad "ja: lang attribute"
grep -qF 'ケニア' "$outja/index.html" || bad "ja: name_ja not used"
grep -qF '2026年度' "$outja/index.html" || bad "ja: fiscal year not in Japanese"
python3 "$src/tests/check_links.py" "$outja" || bad "ja: broken local links"

# Before anything is known (no edition, project or participation yet):
# still a complete, valid site (no empty table bodies).
early=$tmp/early
"$CYBERDASH_BIN" build --data "$data" --out "$early" --as-of 2015-01-01
python3 "$src/tests/check_links.py" "$early" || bad "early: broken local links"
for f in $(find "$early" -name '*.html' | sort); do
    msgs=$(tidy -q -e "$f" 2>&1 | grep -v 'proprietary attribute "aria-current"' || true)
    [[ -z $msgs ]] || bad "early: tidy ${f#$early/}: $msgs"
done

exit $fail
