#!/usr/bin/env bash
# Every libFuzzer harness (fuzz/) runs clean for a bounded time: 10 s each
# by default (CYBERDASH_FUZZ_SECONDS), through fuzz/run.sh, which builds
# them with clang in build-fuzz/ (CYBERDASH_FUZZ_BUILD).  Longer runs by
# hand: fuzz/run.sh 600 (see docs/security.md).  Skipped (exit 77) in the
# sanitizer build -- the fuzzers are sanitized builds of their own -- and
# when clang is not installed.
set -euo pipefail
bin=${CYBERDASH_BIN:?}; src=${CYBERDASH_SOURCE_DIR:?}
cache="$(dirname "$bin")/CMakeCache.txt"
if grep -q '^CYBERDASH_SANITIZE:BOOL=ON' "$cache" 2>/dev/null; then
  echo "skip: sanitizer build (the fuzzers run in the normal build's suite)"; exit 77
fi
if ! command -v clang >/dev/null; then
  echo "skip: clang not installed (scripts/deps.sh --test installs it)"; exit 77
fi
"$src/fuzz/run.sh" "${CYBERDASH_FUZZ_SECONDS:-10}"
