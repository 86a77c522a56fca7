#!/usr/bin/env bash
# e2e_iati.sh -- `cyberdash import-iati` (issue 20, docs/iati.md) on IATI
# files nobody on this team wrote (tests/data/iati/README.md):
#  1. the IATI Standard's annotated 2.03 example and two pyIATI ruleset
#     files give the projects worked out by hand from their XML and the
#     mapping tables, and a report naming each element left out or chosen,
#     at its line;
#  2. merged beside the shipped data/, the hand-kept rows stay byte for
#     byte, validate reads the result, and a second import adds nothing;
#     a hand-kept row with the same project_id (or iati_identifier) wins;
#  3. --filter keeps or drops it;
#  4. every IATI should-pass / should-fail / 1.0x sample file, a UTF-16
#     file and a file that is not XML give a clear
#     FILE:LINE message and exit 65, never a crash, and writes nothing;
#  5. usage, missing input, malformed XML and unwritable output exit 64,
#     66, 65 and 73, and a failed import leaves the folder as it was.
set -u
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
bin=${CYBERDASH_BIN:-$src/build/cyberdash}
[ -x "$bin" ] || { echo "e2e_iati: no program at '$bin'" >&2; exit 1; }
[ -r /usr/share/iso-codes/json/iso_3166-1.json ] \
    || { echo "e2e_iati: iso-codes not installed (scripts/deps.sh)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
d=$src/tests/data/iati
ex=$d/activity-standard-example-annotated.xml
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# run NAME ARGS...: the exit status in $rc, stdout+stderr in $tmp/NAME.log
run() { local n=$1; shift; "$bin" "$@" > "$tmp/$n.log" 2>&1; rc=$?; }
has() { grep -qF -- "$2" "$tmp/$1.log" || fail "$1: no line '$2'"; }

# ---- 1. the annotated example, by hand ----
# iati-identifier AA-AAA-123456789-ABC123; title "Activity title" (no
# xml:lang, the activity's is en); collaboration-type 1, finance 110, aid
# A01 -> other; AF, AG -> AFG, ATG; start: type 2 2012-04-28 (actual); end:
# type 3 2015-12-31 (planned, no type 4); vocabulary-99 sector A1 and tag
# T1 name no pillar -> empty; role 2 Agency C -> counterpart; B (1), A (3)
# -> partners; budget 3000 EUR -> no budget_jpy; the one activity-level
# document-link is category A01 (not A12) -> no url, one source.
run ex import-iati "$ex" --out "$tmp/new"
[ $rc -eq 0 ] || fail "example: exit $rc"
cat > "$tmp/expect.csv" <<'CSV'
project_id,title,scheme,countries,start,end,pillars,counterpart,partners,budget_jpy,url,sources,title_ja
AA-AAA-123456789-ABC123,Activity title,other,AFG;ATG,2012-04-28,2015-12-31,,Name of Agency C (accountable),Name of Agency B (funding);Name of Agency A (extending),,,http:www.example.org/docs/report_en.odt,
CSV
cmp -s "$tmp/expect.csv" "$tmp/new/projects.csv" \
    || { fail "example: projects.csv differs"; diff "$tmp/expect.csv" "$tmp/new/projects.csv"; }
# its only indicator names no pillar and the project has none: no scenario
[ ! -e "$tmp/new/scenarios.csv" ] && [ ! -e "$tmp/new/results.csv" ] \
    || fail "example: scenarios.csv/results.csv written"
has ex "$ex:75: project 'AA-AAA-123456789-ABC123': end 2015-12-31 is the planned end (type 3)"
has ex "$ex:8: project 'AA-AAA-123456789-ABC123': scheme 'other'"
has ex "$ex:8: project 'AA-AAA-123456789-ABC123': budget 3000 EUR is not in yen"
has ex "$ex:164: sector vocabulary 99 code 'A1' is not a pillar"
has ex "$ex:173: tag vocabulary 99 code 'T1' is not a pillar"
has ex "$ex:8: project 'AA-AAA-123456789-ABC123': no pillar"
has ex "$ex:349: project 'AA-AAA-123456789-ABC123': result 1 indicator 1 'Indicator title' not imported"
has ex "1 activities read, 0 left out by --filter, 1 imported"
grep -q "planned start" "$tmp/ex.log" && fail "example: the actual start was given"

# pyIATI's ruleset test files (2.02), by hand: no xml:lang (English), type 1
# and type 3 dates only (planned, both reported), AF/AX -> AFG/ALA, one
# participating-org of role 2 (named, or only a ref) -> the counterpart.
py=$d/pyiati
# expect_one NAME FILE ROW: FILE imported alone gives the header and ROW
expect_one() {
    run "$1" import-iati "$2" --out "$tmp/$1"
    [ $rc -eq 0 ] || fail "$1: exit $rc"
    printf '%s\n' "$(head -n 1 "$tmp/expect.csv")" "$3" > "$tmp/$1.expect"
    cmp -s "$tmp/$1.expect" "$tmp/$1/projects.csv" || fail "$1: projects.csv differs"
}
expect_one py1 "$py/valid_std_ruleset.xml" \
    'AA-AAA-123456789-ABC123,Xxxxxxx,other,AFG;ALA,2016-09-04,2017-12-31,,Xxxxxxx (accountable),,,,,'
has py1 "$py/valid_std_ruleset.xml:19: project 'AA-AAA-123456789-ABC123': start 2016-09-04 is the planned start (type 1)"
has py1 "$py/valid_std_ruleset.xml:20: project 'AA-AAA-123456789-ABC123': end 2017-12-31 is the planned end (type 3)"
# ... the same with its planned end before its start: the end is left empty
expect_one py2 "$py/invalid_std_ruleset_bad_date_order.xml" \
    'AA-AAA-123456789-ABC123,Xxxxxxx,other,AFG;ALA,2016-09-04,,,BB-BBB-123456789 (accountable),,,,,'
has py2 "$py/invalid_std_ruleset_bad_date_order.xml:18: project 'AA-AAA-123456789-ABC123': end 2016-01-01 is before start 2016-09-04: end left empty"

# ---- 2. merging beside the shipped data ----
cp -r "$src/data" "$tmp/data"
run merge import-iati "$ex" --out "$tmp/data"
[ $rc -eq 0 ] || fail "merge: exit $rc"
n=$(wc -c < "$src/data/projects.csv")
cmp -s -n "$n" "$src/data/projects.csv" "$tmp/data/projects.csv" \
    || fail "merge: the hand-kept rows changed"
[ $(($(wc -l < "$tmp/data/projects.csv") - $(wc -l < "$src/data/projects.csv"))) -eq 1 ] \
    || fail "merge: not exactly one row added"
# the shipped file orders its columns otherwise: the row follows its header
tail -n 1 "$tmp/data/projects.csv" | grep -qx 'AA-AAA-123456789-ABC123,Activity title,,other,AFG;ATG,2012-04-28,2015-12-31,,Name of Agency C (accountable),Name of Agency B (funding);Name of Agency A (extending),,,http:www.example.org/docs/report_en.odt' \
    || fail "merge: the row is not in the file's column order"
[ "$(stat -c %a "$tmp/data/projects.csv")" = "$(stat -c %a "$src/data/projects.csv")" ] \
    || fail "merge: projects.csv lost its mode"
[ "$(stat -c %a "$tmp/new/projects.csv")" = "$(umask -S >/dev/null; printf '%o' $((0666 & ~$(umask))))" ] \
    || fail "new: projects.csv has not the mode a new file gets"
run validate validate --data "$tmp/data"
[ $rc -eq 0 ] || { fail "merge: validate exit $rc"; cat "$tmp/validate.log"; }
cp "$tmp/data/projects.csv" "$tmp/once.csv"
run again import-iati "$ex" --out "$tmp/data"
[ $rc -eq 0 ] || fail "again: exit $rc"
cmp -s "$tmp/once.csv" "$tmp/data/projects.csv" || fail "again: projects.csv changed"
has again "is in projects.csv already (line $(wc -l < "$tmp/once.csv"))"
# a hand-kept row under the same id, or naming it in iati_identifier
mkdir -p "$tmp/hand" "$tmp/hand2"
printf 'project_id,title,scheme,countries,start,pillars\r\nAA-AAA-123456789-ABC123,Kept by hand,training,AFG,2012-04,\r\n' > "$tmp/hand/projects.csv"
printf 'project_id,title,scheme,countries,start,pillars,iati_identifier\nP-1,Kept by hand,training,AFG,2012-04,,AA-AAA-123456789-ABC123\n' > "$tmp/hand2/projects.csv"
for h in hand hand2; do
    cp "$tmp/$h/projects.csv" "$tmp/$h.before"
    run $h import-iati "$ex" --out "$tmp/$h"
    [ $rc -eq 0 ] || fail "$h: exit $rc"
    cmp -s "$tmp/$h.before" "$tmp/$h/projects.csv" || fail "$h: the hand-kept file changed"
    has $h "the hand-kept row is kept"
done
# a CRLF file with fewer columns: the row follows its columns and line ends,
# the columns it lacks are reported
mkdir -p "$tmp/hand3"
printf 'project_id,title,scheme,countries,start,pillars\r\nP-9,Other,training,AFG,2020,' > "$tmp/hand3/projects.csv"
run hand3 import-iati "$ex" --out "$tmp/hand3"
[ $rc -eq 0 ] || fail "hand3: exit $rc"
printf 'project_id,title,scheme,countries,start,pillars\r\nP-9,Other,training,AFG,2020,\r\nAA-AAA-123456789-ABC123,Activity title,other,AFG;ATG,2012-04-28,\r\n' > "$tmp/hand3.expect"
cmp -s "$tmp/hand3.expect" "$tmp/hand3/projects.csv" || fail "hand3: not CRLF rows in the file's columns"
has hand3 "$tmp/hand3/projects.csv:1: no column 'end': the imported values for it are left out"
# a country the folder's countries.csv does not declare is reported once
mkdir -p "$tmp/cty"
printf 'iso3,name,region\nAFG,Afghanistan,South Asia\n' > "$tmp/cty/countries.csv"
run cty import-iati "$ex" --out "$tmp/cty"
has cty "$ex:8: project 'AA-AAA-123456789-ABC123': country 'ATG' is not in countries.csv"
grep -q "country 'AFG'" "$tmp/cty.log" && fail "cty: a declared country reported"
# the same activity twice in one run is imported once
run twice import-iati "$ex" "$ex" --out "$tmp/twice"
[ "$(grep -c '^AA-AAA' "$tmp/twice/projects.csv")" = 1 ] || fail "twice: not one row"
has twice "not imported twice"

# ---- 3. --filter ----
run f_none import-iati "$ex" --out "$tmp/f_none" --filter word:cyber --filter tag:CYBER
[ ! -e "$tmp/f_none/projects.csv" ] || fail "filter: a non-matching activity imported"
has f_none "1 activities read, 1 left out by --filter, 0 imported"
for f in word:ACTIVITY sector:111 tag:T1; do
    run f_hit import-iati "$ex" --out "$tmp/f_$f" --filter word:cyber --filter "$f"
    grep -q '^AA-AAA' "$tmp/f_$f/projects.csv" 2>/dev/null || fail "filter $f: not imported"
done

# ---- 4. the IATI schema test files and 1.0x samples ----
# expected first message of each, worked out from the file
declare -A want=(
  [should-fail/01-empty-activity.xml]=":7: activity has no iati-identifier"
  [should-fail/17-bad-hierarchy.xml]=":6: activity has no iati-identifier"
  [should-fail/18-missing-iati-activities-version.xml]=": no <iati-activity> element"
  [should-fail/24-two-titles.xml]=":5: activity has no iati-identifier"
  [should-fail/26-two-activity-status.xml]=":5: activity has no iati-identifier"
  [should-fail/budget-12-non-decimal-value.xml]=":5: activity has no iati-identifier"
  [should-fail/document-link-01-missing-category.xml]=":5: activity has no iati-identifier"
  [should-fail/result-03-missing-indicator-title.xml]=":5: activity has no iati-identifier"
  [should-pass/22-participating-org.xml]=":5: activity has no iati-identifier"
  [should-pass/24-results.xml]=":5: activity has no iati-identifier"
  [test-data/dfid_out.xml]=":39: activity has no iati-identifier"
  [pyiati/valid-UTF-16.xml]=":5: activity has no iati-identifier"
  [pyiati/invalid.xml]=":1: not XML: no element found"
  [test-data/worked-example.xml]=":4: activity 'http://www.example.org/activities/12345.xml' has no start date"
)
for rel in "${!want[@]}"; do
    run one import-iati "$d/$rel" --out "$tmp/one"
    [ $rc -eq 65 ] || fail "$rel: exit $rc, expected 65"
    has one "$d/$rel${want[$rel]}"
    [ -z "$(ls -A "$tmp/one")" ] || fail "$rel: wrote into the folder"
done
n_files=$(find "$d" -name '*.xml' | wc -l)
[ "$n_files" -eq $((${#want[@]} + 3)) ] || fail "a file in tests/data/iati has no expectation"

# ---- 5. failures ----
run u1 import-iati;                          [ $rc -eq 64 ] || fail "no file: exit $rc"
run u2 import-iati "$ex" --filter bogus;     [ $rc -eq 64 ] || fail "bad filter: exit $rc"
has u2 "invalid --filter 'bogus'"
run u3 import-iati "$ex" --nope;             [ $rc -eq 64 ] || fail "unknown option: exit $rc"
run m1 import-iati "$tmp/missing.xml" --out "$tmp/m"; [ $rc -eq 66 ] || fail "missing: exit $rc"
has m1 "missing.xml: cannot open"
head -n 120 "$ex" > "$tmp/cut.xml"
cp -r "$tmp/hand" "$tmp/cut"; cp "$tmp/cut/projects.csv" "$tmp/cut.before"
run cut import-iati "$ex" "$tmp/cut.xml" --out "$tmp/cut"
[ $rc -eq 65 ] || fail "malformed: exit $rc"
has cut "$tmp/cut.xml:121: not well-formed XML: the file ends inside the <iati-activity> of line 8"
has cut "nothing was written"
cmp -s "$tmp/cut.before" "$tmp/cut/projects.csv" || fail "malformed: the folder changed"
[ "$(ls -A "$tmp/cut")" = projects.csv ] || fail "malformed: a file was left behind"
: > "$tmp/afile"
run w1 import-iati "$ex" --out "$tmp/afile"; [ $rc -eq 73 ] || fail "out is a file: exit $rc"
# hostile XML (docs/security.md): an external entity is never read, an
# entity expansion bomb is refused
printf '<?xml version="1.0"?>\n<!DOCTYPE iati-activities [ <!ENTITY x SYSTEM "file://%s"> ]>\n<iati-activities><iati-activity><iati-identifier>X&x;</iati-identifier><title><narrative>T</narrative></title><activity-date type="2" iso-date="2024-01-01"/></iati-activity></iati-activities>\n' "$ex" > "$tmp/xxe.xml"
run xxe import-iati "$tmp/xxe.xml" --out "$tmp/xxe"
[ $rc -eq 0 ] && grep -qx 'X,T,other,,2024-01-01,,,,,,,,' "$tmp/xxe/projects.csv" \
    || fail "xxe: exit $rc, or the external entity was read"
{ printf '<?xml version="1.0"?>\n<!DOCTYPE iati-activities [ <!ENTITY a "aaaaaaaaaa">'
  prev=a; for e in b c d e f g h i; do
      printf ' <!ENTITY %s "%s">' $e "$(printf "&$prev;%.0s" 1 2 3 4 5 6 7 8 9 10)"; prev=$e; done
  printf ' ]>\n<iati-activities><iati-activity><iati-identifier>&i;</iati-identifier></iati-activity></iati-activities>\n'
} > "$tmp/bomb.xml"
run bomb import-iati "$tmp/bomb.xml" --out "$tmp/bomb"
[ $rc -eq 65 ] || fail "entity bomb: exit $rc"
has bomb "not well-formed XML: Detected an entity reference loop"
run r1 import-iati "$ex" --out "$tmp/rep" --report "$tmp/report.txt"
[ $rc -eq 0 ] && grep -q "^$ex:8: " "$tmp/report.txt" || fail "--report: no report in the file"
grep -q "^$ex:8: " "$tmp/r1.log" && fail "--report: the report is on stderr too"
has r1 "import-iati: 1 activities read"
"$bin" --help | grep -q "import-iati FILE.xml" || fail "--help does not name import-iati"

[ $fails -eq 0 ] || { echo "e2e_iati: $fails failure(s)"; exit 1; }
echo "e2e_iati: ok"
