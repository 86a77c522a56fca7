#!/usr/bin/env bash
# e2e_font_release.sh -- the chart process exits cleanly every time.
# fonts_release() once called cairo_debug_reset_static_data() and FcFini(),
# which abort (SIGABRT) when Pango still holds a font: about one build in
# 80 of the hostile fixture died so, which made other e2e tests fail now
# and then.  120 builds, three at a time, catch such a rate with a
# likelihood of about 80 % (about 15 s on two cores).
set -euo pipefail
: "${CYBERDASH_BIN:?}" "${CYBERDASH_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
worker() {   # worker K: 40 builds into a folder of its own
    for i in $(seq 40); do
        "$CYBERDASH_BIN" build --data "$CYBERDASH_SOURCE_DIR/tests/data/hostile" \
            --out "$tmp/out$1" --as-of 2026-09-30 >/dev/null 2>"$tmp/err$1" \
            || { echo "build $i of worker $1 failed:" >&2; cat "$tmp/err$1" >&2
                 touch "$tmp/failed"; return; }
    done
}
worker 1 & worker 2 & worker 3 &
wait
[[ ! -e $tmp/failed ]] || exit 1
echo "ok: 120 builds, every chart process exited cleanly"
