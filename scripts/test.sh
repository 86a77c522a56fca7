#!/usr/bin/env bash
# test.sh -- set up, build, and run every test: the normal build (warnings as
# errors), whose suite includes the bounded fuzz runs (tests/e2e_fuzz.sh,
# 10 s per fuzzer, built with clang in build-fuzz/), then the whole suite
# again under AddressSanitizer+UBSan (where e2e_fuzz.sh reports a skip).
# Idempotent: installs only missing Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCYBERDASH_WERROR=ON >/dev/null
cmake --build build -j"$jobs" >/dev/null
# No retries: a test that fails once is a bug to find (the brief race a
# retry once hid was found and fixed).
(cd build && ctest -j"$jobs" --output-on-failure)

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCYBERDASH_SANITIZE=ON \
      -DCYBERDASH_WERROR=ON >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest -j"$jobs" --output-on-failure)
