/* libFuzzer target for the whole load-and-validate path (SPEC §2, §5),
 * then the computation (§3) when the data are valid.
 *
 * The input is the six files of SPEC §2 in load order (countries,
 * gci_editions, gci, projects, participation, assessments) separated by
 * the byte 0x1E (ASCII record separator, which no CSV of ours holds); a
 * file the input does not reach comes from the valid seed set, so that
 * cross-file references (unknown country, unknown project, undeclared
 * edition) and compute_indicators() on odd but valid models are reached.
 * Run: fuzz/run.sh [SECONDS]. */
#include "fuzz_loader.h"

#include "compute/compute.h"

#define FUZZ_SEP 0x1E

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LoadBuffer files[LOAD_N_FILES];
    Settings s;
    Model m;
    fuzz_settings(&s);
    fuzz_seed_files(files);
    const char *p = (const char *)data, *end = p + size;
    for (int i = 0; i < LOAD_N_FILES && p <= end; i++) {
        const char *q = memchr(p, FUZZ_SEP, (size_t)(end - p));
        if (!q)
            q = end;
        files[i] = (LoadBuffer){ p, (size_t)(q - p) };
        p = q + 1;
    }
    if (fuzz_load(files, &m, &s) == ERR_OK) {
        Arena perm = ARENA_INIT;
        Indicators ind = compute_indicators(&m, &s, &perm);
        if (ind.n_trend < 1)            /* §3.6: the as-of date at least */
            abort();
        arena_release(&perm);
    }
    model_release(&m);
    return 0;
}
