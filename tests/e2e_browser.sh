#!/usr/bin/env bash
# e2e_browser.sh -- the site in real headless Chromium (issue 5): the
# dashboard and a country page load with no console message and no failed
# request, served from a sub-path of a web server and from file://; the
# projects table script runs; screenshots are kept.
#
# Data: the repository's data/ when present (the real programme), else the
# hostile fixture.  Screenshots go to $CYBERDASH_SCREENSHOT_DIR (default
# ./tests-out/browser under the build folder).
set -euo pipefail
: "${CYBERDASH_BIN:?}" "${CYBERDASH_SOURCE_DIR:?}"
src=$CYBERDASH_SOURCE_DIR
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
    echo "e2e_browser: chromium not installed (scripts/deps.sh --test)" >&2
    exit 1
fi
shots=${CYBERDASH_SCREENSHOT_DIR:-$PWD/tests-out/browser}
mkdir -p "$shots"
tmp=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0
bad() { echo "e2e_browser: $*" >&2; fail=1; }

data=$src/data
[[ -f $data/countries.csv ]] || data=$src/tests/data/hostile
as_of=${CYBERDASH_AS_OF:-2026-09-30}
lang=${CYBERDASH_LANG:-en}
site=$tmp/www/quarterly/site          # served under a sub-path
"$CYBERDASH_BIN" build --data "$data" --out "$site" --as-of "$as_of" --lang "$lang"
hostile=$tmp/www/hostile
"$CYBERDASH_BIN" build --data "$src/tests/data/hostile" --out "$hostile" --as-of 2026-09-30

# A static server on a free port; its log records every request's status.
(cd "$tmp/www" && exec python3 -u -m http.server --bind 127.0.0.1 0) \
    >"$tmp/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 50); do
    port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$tmp/server.log" | head -1)
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || { cat "$tmp/server.log" >&2; bad "server did not start"; exit 1; }
base=http://127.0.0.1:$port

# chromium URL MODE OUT: MODE is --screenshot=FILE or --dump-dom.
run() {
    local url=$1 mode=$2 log=$tmp/chromium-$RANDOM.log
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --user-data-dir="$(mktemp -d -p "$tmp")" \
        --enable-logging=stderr --v=0 --window-size=1280,2400 --hide-scrollbars \
        "$mode" "$url" >"$tmp/dom.html" 2>"$log" || bad "chromium failed on $url"
    # Console messages of our pages (errors, failed loads, script faults).
    if grep -E 'CONSOLE.*source: (file://|http://127\.0\.0\.1)' "$log"; then
        bad "console messages on $url"
    fi
}

run "$base/quarterly/site/index.html" --screenshot="$shots/dashboard.png"
c=$(sed -n 's/.*href="\(countries\/[A-Z]*\.html\)".*/\1/p' "$site/index.html" | head -1)
[[ -f $site/countries/PHL.html ]] && c=countries/PHL.html
run "$base/quarterly/site/$c" --screenshot="$shots/country.png"
run "$base/hostile/projects.html" --dump-dom
grep -q '<div class="tools" id="project-tools">' "$tmp/dom.html" \
    || bad "projects table tools not shown by site.js"
grep -q '<th scope="col"><button type="button">' "$tmp/dom.html" \
    || bad "sort buttons not added by site.js"
run "file://$site/index.html" --dump-dom
grep -q 'class="card' "$tmp/dom.html" || bad "file:// dashboard did not render"

# Every request the pages made succeeded (no 4xx/5xx).
if grep -E '" [45][0-9][0-9] ' "$tmp/server.log"; then
    bad "failed requests"
fi
grep -q '"GET /quarterly/site/assets/site.css' "$tmp/server.log" || bad "stylesheet not requested"
for f in dashboard country; do
    [[ -s $shots/$f.png ]] || bad "no screenshot $f.png"
done
echo "e2e_browser: screenshots in $shots" >&2
exit $fail
