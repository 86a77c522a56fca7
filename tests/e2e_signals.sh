#!/usr/bin/env bash
# e2e_signals.sh -- SIGINT and SIGTERM during a build leave no temporary
# folder and no lock beside the output (issue 21.11: a 44 MB `.NAME.tmp-*`
# stayed until the next build), the previous output stays as it was, and
# the build dies of the signal (exit 128 + N).  The build is stopped
# (SIGSTOP) as soon as its temporary folder appears, signalled, then
# continued, so the signal always lands mid-build.
set -euo pipefail
set -m    # background jobs keep SIGINT (a script's would ignore it)
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
out="$work/site"
"$bin" build --data "$src/data" --out "$out" --as-of 2026-09-30 >/dev/null 2>&1
before=$(cd "$out" && find . -type f | sort | xargs md5sum)
for sig in INT TERM; do
    "$bin" build --data "$src/data" --out "$out" --as-of 2026-09-30 >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 3000); do    # at most 30 s
        compgen -G "$work/.site.tmp-*" >/dev/null && break
        sleep 0.01
    done
    kill -STOP "$pid" 2>/dev/null || { bad "$sig: the build ended before it could be signalled"; continue; }
    kill -"$sig" "$pid"; kill -CONT "$pid"
    # `wait` also returns when bash sees the job stop (128 + SIGSTOP): the
    # job was continued, so wait again for its end
    set +e
    wait "$pid"; rc=$?
    for _ in 1 2 3; do
        [ "$rc" = $((128 + $(kill -l STOP))) ] || break
        wait "$pid"; rc=$?
    done
    set -e
    want=$((128 + $(kill -l "$sig")))
    [ "$rc" = "$want" ] || bad "$sig: exit $rc, expected $want"
    for _ in $(seq 1 1000); do    # the cleaner finishes after the build dies
        left=$(find "$work" -maxdepth 1 -name '.site.*')
        [ -z "$left" ] && break
        sleep 0.01
    done
    [ -z "$left" ] || bad "$sig: left beside the output: $left"
    [ "$(cd "$out" && find . -type f | sort | xargs md5sum)" = "$before" ] \
        || bad "$sig: the previous output changed"
done
exit $fail
