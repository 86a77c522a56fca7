#!/usr/bin/env bash
# deps.sh -- install the Debian packages cyberdash needs, and only those missing.
#
#   scripts/deps.sh          what building and running needs
#   scripts/deps.sh --test   that, plus what the test suite needs
#
# Idempotent and quiet when everything is present: it asks dpkg first and
# calls apt-get only for what is missing.
set -euo pipefail

build_pkgs=(
  cmake make gcc g++ pkg-config
  libcsv-dev          # CSV parsing (load)
  libcairo2-dev       # charts and briefs (PNG, PDF)
  libpango1.0-dev     # text layout in charts and briefs, CJK fallback
  fonts-ipafont-gothic  # Japanese in PDF briefs: TrueType, so subsets stay small
  fonts-noto-cjk      # Japanese glyphs for Pango
  fonts-dejavu-core   # Latin glyphs
  libpng-dev          # reading PNGs back in the tests
  zlib1g-dev          # fast PNG writer (cairo's own is slow at scale)
  libxlsxwriter-dev   # workbook
  libctemplate-dev    # HTML templates with auto-escaping
  libinih-dev         # settings and message catalogues (INI)
  libjansson-dev      # JSON writing; reads iso-codes for import-iati
  libxml2-dev         # IATI XML (import-iati), streamed with xmlTextReader
  iso-codes           # ISO 3166 alpha-2 -> alpha-3 (import-iati), names (scripts/make_data.py)
  libglib2.0-dev      # GLib checksums: the input fingerprint (Pango needs it too)
)
test_pkgs=(
  libcmocka-dev       # unit tests
  clang libclang-rt-14-dev  # sanitizer build and libFuzzer
  valgrind
  tidy                # HTML checks
  poppler-utils       # pdfinfo / pdftotext for the briefs
  python3-openpyxl    # reads the workbook back
  python3-feedparser  # reads feed.xml back (a real Atom parser)
  chromium            # headless browser test
  time                # /usr/bin/time -v for bench/run.sh
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
((${#missing[@]} == 0)) && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
