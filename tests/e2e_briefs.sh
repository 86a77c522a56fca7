#!/usr/bin/env bash
# e2e_briefs.sh -- the PDF briefs of a whole build (SPEC §4, §5; issue 10).
#
# For the fixture tests/data/briefs and the real data/, in English and in
# Japanese, as of 2026-09-30:
#   - every cooperation country of indicators.json has briefs/ISO3.pdf,
#     exactly one A4 page (pdfinfo), and all.pdf has one page per brief;
#   - a brief's text (pdftotext) holds the country's figures from
#     indicators.json: its mean delta, its stage words from the catalogue,
#     or its not-assessable reason;
#   - the Japanese briefs hold no English label of brief.ini (of two words
#     or more);
#   - two builds give identical bytes (fixture in Japanese, data/ in English).
set -euo pipefail

bin=${CYBERDASH_BIN:?set CYBERDASH_BIN to the cyberdash program}
src=${CYBERDASH_SOURCE_DIR:?set CYBERDASH_SOURCE_DIR to the repository}
for tool in pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "e2e_briefs: $tool missing (scripts/deps.sh --test)"; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/e2e_briefs.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
die() { echo "FAIL: $*"; fail=1; }

# build DATA OUT LANG
build() {
  (cd "$work" && unset SOURCE_DATE_EPOCH &&
     "$bin" build --data "$1" --out "$2" --as-of 2026-09-30 --lang "$3" >/dev/null)
}

# The catalogue words a brief must show for each cooperation country, one
# line per country: ISO3<TAB>needle<TAB>needle...
expected_words() {
  python3 - "$1" "$src/i18n/$2" <<'EOF'
import csv, json, os, sys, re, glob

def catalogue(folder):
    # INI as the catalogue reads it: [section] key = text, indented
    # continuation lines joined (a space between ASCII ends).
    words, sec, key = {}, "", None
    for path in sorted(glob.glob(folder + "/*.ini")):
        for raw in open(path, encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith(";"):
                continue
            if line[0] in " \t" and key:
                cont = line.strip()
                prev = words[key]
                sep = " " if prev and prev[-1].isascii() and cont[0].isascii() else ""
                words[key] = prev + sep + cont
                continue
            m = re.match(r"\[(.+)\]", line)
            if m:
                sec, key = m.group(1).strip(), None
                continue
            k, _, v = line.partition("=")
            key = sec + "." + k.strip()
            words[key] = v.strip()
    return words

ind = json.load(open(sys.argv[1], encoding="utf-8"))
cat = catalogue(sys.argv[2])
g = {c["iso3"]: c for c in ind["g"]["countries"]}
na = {c["iso3"]: c["reason"] for c in ind["i1"]["not_assessable"]}
coop = {c["iso3"]: c for c in ind["i1"]["countries"]}
in_gci = {r["iso3"] for r in csv.DictReader(open(os.path.join(
    os.path.dirname(sys.argv[1]), "gci.csv"), encoding="utf-8-sig"))}
for iso3 in sorted(set(coop) | set(na)):
    needles = []
    c = coop.get(iso3)
    if c and c.get("mean_delta") is not None:
        needles.append("%.2f" % c["mean_delta"])
    if iso3 in na:
        # the reason's words up to its first placeholder ({edition}, {pillars});
        # a country in no GCI edition says so (vocab_reason, issue 19)
        key = na[iso3]
        if key == "no_baseline_row" and iso3 not in in_gci:
            key = "in_no_edition"
        needles.append(cat["common.reason_" + key].split("{")[0].strip())
    for k in ("baseline_stage", "stage", "target_stage"):
        if g[iso3].get(k):
            needles.append(cat["common.stage_" + g[iso3][k]])
    print("\t".join([iso3] + needles))
EOF
}

# English labels of brief.ini that the Japanese briefs must not contain:
# those of two words or more (a single word such as "Project" may well be
# in an English project title, the fallback when the data has no Japanese).
english_labels() {
  python3 - "$src/i18n/en/brief.ini" <<'EOF'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(\w+) = ([A-Za-z][^{}]* [^{}]*)$", line.rstrip("\n"))
    if m:
        print(m.group(2))
EOF
}

# check OUT LANG NAME
check() {
  local out=$1 lang=$2 name=$3 n=0
  local words labels
  words=$(expected_words "$out/data/indicators.json" "$lang")
  labels=$(english_labels)
  [[ -n $words ]] || die "$name: no cooperation country in indicators.json"
  while IFS=$'\t' read -r iso3 rest; do
    local pdf="$out/briefs/$iso3.pdf"
    n=$((n + 1))
    [[ -f $pdf ]] || { die "$name: $iso3.pdf missing"; continue; }
    local info
    info=$(pdfinfo "$pdf")
    grep -q '^Pages: *1$' <<<"$info" || die "$name: $iso3.pdf is not one page"
    grep -q '^Page size: *595.276 x 841.89 pts (A4)' <<<"$info" || die "$name: $iso3.pdf is not A4"
    local text
    text=$(pdftotext "$pdf" - | tr -s ' \n' ' ')
    IFS=$'\t' read -r -a needles <<<"$rest"
    for w in "${needles[@]}"; do
      [[ $text == *"$w"* ]] || die "$name: $iso3.pdf lacks '$w'"
    done
    if [[ $lang == ja ]]; then
      while IFS= read -r label; do
        [[ $text != *"$label"* ]] || die "$name: $iso3.pdf (ja) shows the English label '$label'"
      done <<<"$labels"
    fi
  done <<<"$words"
  local pages
  pages=$(pdfinfo "$out/briefs/all.pdf" | sed -n 's/^Pages: *//p')
  [[ $pages == "$n" ]] || die "$name: all.pdf has $pages pages, expected $n"
  local files
  files=$(find "$out/briefs" -name '[A-Z][A-Z][A-Z].pdf' | wc -l)
  [[ $files == "$n" ]] || die "$name: $files country briefs, expected $n"
  echo "ok: $name ($n briefs)"
}

# Two builds of each case in one language give identical bytes (the
# fixture in Japanese, the real data in English); one build in the other.
cases=("$src/tests/data/briefs:ja")
[[ -f $src/data/countries.csv ]] && cases+=("$src/data:en")
for c in "${cases[@]}"; do
  data=${c%:*} twice=${c##*:}
  for lang in en ja; do
    name="$(basename "$data")/$lang"
    out="$work/out-$(basename "$data")-$lang"
    build "$data" "$out" "$lang" || { die "$name: build failed"; continue; }
    check "$out" "$lang" "$name"
    [[ $lang == "$twice" ]] || continue
    build "$data" "$out-again" "$lang" || { die "$name: second build failed"; continue; }
    differ=0
    for f in "$out"/briefs/*.pdf; do
      cmp -s "$f" "$out-again/briefs/$(basename "$f")" || {
        die "$name: $(basename "$f") differs between two builds"; differ=1; }
    done
    if ((differ)); then
      # Keep the pair for diagnosis (the work folder is removed on exit).
      keep="${TMPDIR:-/tmp}/cyberdash-briefs-differ-$$"
      mkdir -p "$keep" && cp -r "$out/briefs" "$keep/first" && cp -r "$out-again/briefs" "$keep/second"
      echo "kept both builds' briefs in $keep"
    else
      echo "ok: $name: two builds identical"
    fi
  done
done
exit $fail
