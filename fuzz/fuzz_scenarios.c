/* libFuzzer target: any bytes as scenarios.csv, the other files valid
 * (fuzz_loader.h).  Run: fuzz/run.sh [SECONDS]. */
#include "fuzz_loader.h"

FUZZ_LOADER(LOAD_SCENARIOS)
