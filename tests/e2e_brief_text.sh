#!/usr/bin/env bash
# e2e_brief_text.sh -- every brief read back whole (SPEC §4; issue 19).
#
# For the real data/ and the synthetic tests/data/briefs/long (long
# country names, fourteen projects with long titles, counterparts and
# partners, eleven fiscal years, an edition with overall scores only), in
# English and in Japanese, as of 2026-09-30: check_brief_text.py reads
# each cooperation country's brief back with `pdftotext -layout` and fails
# on overflow (the layout's own warning), a cut or missing word of the
# data, a split fiscal year, a missing latest GCI score, "n/a" marks; and,
# for data/, on the Philippines brief without its 5 projects or its
# partners United States, Netherlands and Canada.
set -euo pipefail

bin=${CYBERDASH_BIN:?set CYBERDASH_BIN to the cyberdash program}
src=${CYBERDASH_SOURCE_DIR:?set CYBERDASH_SOURCE_DIR to the repository}
for tool in pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "e2e_brief_text: $tool missing (scripts/deps.sh --test)"; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/e2e_brief_text.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
as_of=2026-09-30

cases=("$src/tests/data/briefs/long:")
# issue 19: the ASEAN centre project with the United States, the
# Netherlands and Canada was one of the two left out of the PHL brief
[[ -f $src/data/countries.csv ]] && cases+=("$src/data:PHL:5:United States;Netherlands;Canada")
for c in "${cases[@]}"; do
  data=${c%%:*} pin=${c#*:}
  for lang in en ja; do
    name="$(basename "$data")/$lang"
    out="$work/out-$(basename "$data")-$lang"
    if ! (cd "$work" && unset SOURCE_DATE_EPOCH &&
            "$bin" build --data "$data" --out "$out" --as-of "$as_of" --lang "$lang" \
              >/dev/null 2>"$out.log"); then
      echo "FAIL: $name: build failed"; cat "$out.log"; fail=1; continue
    fi
    args=("$data" "$out" "$lang" "$as_of" "$out.log")
    [[ -n $pin ]] && args+=("$pin")
    python3 "$src/tests/check_brief_text.py" "${args[@]}" || fail=1
  done
done
exit $fail
