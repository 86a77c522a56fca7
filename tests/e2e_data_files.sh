#!/usr/bin/env bash
# e2e_data_files.sh -- what a data folder may hold in place of a CSV file
# (issue 21.4, 21.6), each refused with `FILE: message`, bounded in time:
#   - a FIFO (hung validate and build forever);
#   - a symbolic link to a file outside the folder (its first line was
#     printed in a warning), and a folder;
#   - a file over limits.max_file_bytes, refused before a byte is read (a
#     sparse 2 GiB file of NULs was read and parsed to the limit);
#   - participation.csv with 60 MB of blank lines, under a 1 GiB address
#     space (room was made for one row per line: out of memory);
#   - no mapping of a data file, which a truncation would fault (SIGBUS);
#   - an unreadable file or folder: "Permission denied", exit 66.
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
fresh() { rm -rf "$work/d"; cp -r "$src/tests/data/load/good" "$work/d"; rm -f "$work/d/expected.txt"; }
run() {  # run ARGS...: validate in bounded time; rc in $rc, messages in $msg
    set +e
    msg=$(timeout 20 "$bin" validate --data "$work/d" "$@" 2>&1); rc=$?
    set -e
}

fresh; rm "$work/d/assessments.csv"; mkfifo "$work/d/assessments.csv"
run
[ $rc = 65 ] || bad "FIFO: exit $rc (124 is the timeout)"
grep -qF 'assessments.csv: cannot open: not a regular file (a pipe;' <<<"$msg" || bad "FIFO: $msg"

fresh; echo 'secret-first-line,x' > "$work/secret.csv"
rm "$work/d/assessments.csv"; ln -s "$work/secret.csv" "$work/d/assessments.csv"
run
[ $rc = 65 ] || bad "link: exit $rc"
grep -qF 'assessments.csv: cannot open: a symbolic link' <<<"$msg" || bad "link: $msg"
! grep -q 'secret' <<<"$msg" || bad "link: the linked file was read: $msg"

fresh; rm "$work/d/assessments.csv"; mkdir "$work/d/assessments.csv"
run
grep -qF 'assessments.csv: cannot open: not a regular file (a folder;' <<<"$msg" || bad "folder: $msg"

fresh; truncate -s 2G "$work/d/participation.csv"
start=$SECONDS; run; took=$((SECONDS - start))
grep -qF 'participation.csv: file larger than 1073741824 bytes (limits.max_file_bytes)' <<<"$msg" \
    || bad "oversized: $msg"
! grep -q 'NUL byte' <<<"$msg" || bad "oversized: the file was parsed"
(( took < 10 )) || bad "oversized: took ${took}s"

if grep -q '^CYBERDASH_SANITIZE:BOOL=ON' "$(dirname "$bin")/CMakeCache.txt" 2>/dev/null; then
    echo "skip: blank lines under ulimit -v (sanitizer build)"
else
    fresh; head -c 60000000 /dev/zero | tr '\0' '\n' >> "$work/d/participation.csv"
    set +e
    msg=$( (ulimit -v 1048576; timeout 60 "$bin" validate --data "$work/d") 2>&1); rc=$?
    set -e
    [ $rc = 0 ] || bad "blank lines: exit $rc: $(tail -n 3 <<<"$msg")"
fi

! grep -rn 'mmap' "$src/src/load" || bad "a data file is mapped"

# Issue 21.11: an unreadable folder or file says "Permission denied" and
# exits 66 (missing input), not "missing required file" nor 65.  Root
# reads everything, so the check runs as nobody when run as root.
as_user() {
    if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
    else "$@"; fi
}
if [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null; then
    echo "skip: permissions (root without setpriv)"
else
    chmod 755 "$work"
    fresh; chmod 755 "$work/d"; chmod 000 "$work/d/gci.csv"
    set +e; msg=$(as_user timeout 20 "$bin" validate --data "$work/d" 2>&1); rc=$?; set -e
    [ $rc = 66 ] || bad "unreadable file: exit $rc"
    grep -qF 'gci.csv: cannot read: Permission denied' <<<"$msg" || bad "unreadable file: $msg"
    chmod 644 "$work/d/gci.csv"; chmod 000 "$work/d"
    set +e; msg=$(as_user timeout 20 "$bin" validate --data "$work/d" 2>&1); rc=$?; set -e
    chmod 755 "$work/d"
    [ $rc = 66 ] || bad "unreadable folder: exit $rc"
    grep -qF 'cannot read the data folder: Permission denied' <<<"$msg" || bad "unreadable folder: $msg"
    ! grep -q 'missing required file' <<<"$msg" || bad "unreadable folder: $msg"
fi
exit $fail
