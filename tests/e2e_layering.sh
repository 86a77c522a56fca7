#!/usr/bin/env bash
# The dependency rule (docs/architecture.md) holds in src/: no stage
# includes a later one, no render sibling another, no include cycle.  The
# checker is first shown to catch an upward edge and a cycle.
set -euo pipefail
src=${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
check=$src/tests/check_layers.py
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/base" "$work/src/model"
echo '#include "model/m.h"' > "$work/src/base/a.c"; touch "$work/src/model/m.h"
echo '#include "model/q.h"' > "$work/src/model/p.h"
echo '#include "model/p.h"' > "$work/src/model/q.h"
if out=$(python3 "$check" "$work/src"); then echo "missed: $out"; exit 1; fi
grep -q 'base/a -> model/m: base may not include model' <<<"$out" || { echo "$out"; exit 1; }
grep -q '^cycle: model/p -> model/q -> model/p' <<<"$out" || { echo "$out"; exit 1; }
python3 "$check" "$src/src"
