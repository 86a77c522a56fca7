#!/usr/bin/env bash
# run.sh -- set up, build, and generate the dashboard from data/ into output/.
# Idempotent: installs only missing Debian packages, rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
build/cyberdash build --data data --out output "$@"
echo "cyberdash: dashboard written to output/index.html"
