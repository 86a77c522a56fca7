#!/usr/bin/env bash
# make_corpus.sh -- (re)make the seed corpora of fuzz/corpus/<fuzzer>/ from
# the load fixtures (tests/data/load/*/) and the head of the shipped data
# (data/, first 60 lines of each file, to keep seeds small and runs fast).
# Seeds are named by content hash, so re-running adds only what is new.
set -euo pipefail
cd "$(dirname "$0")/.."
c=fuzz/corpus
put() {  # put FUZZER FILE: copy FILE into the corpus under its hash
  local h; h=$(sha1sum "$2" | cut -c1-16)
  mkdir -p "$c/$1"; cp "$2" "$c/$1/$h"
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/datahead"
for f in data/*.csv; do head -n 60 "$f" > "$tmp/datahead/$(basename "$f")"; done
files=(countries gci_editions gci projects participation assessments scenarios results)
for dir in tests/data/load/*/ tests/data/compute/i2_d1/ "$tmp/datahead/"; do
  joined="$tmp/joined"; : > "$joined"
  for i in "${!files[@]}"; do
    f="$dir${files[$i]}.csv"
    (( i > 0 )) && printf '\036' >> "$joined"
    if [ -f "$f" ]; then
      put "${files[$i]}" "$f"; put csvread "$f"; cat "$f" >> "$joined"
    fi
  done
  put load "$joined"
done
for f in cyberdash.ini tests/data/load/*/settings.ini i18n/en/*.ini \
         $(find tests/data/catalog -name '*.ini' 2>/dev/null); do
  put settings "$f"
done
for f in charts/*.ini; do
  put chartdef "$f"
done
