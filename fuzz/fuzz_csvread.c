/* libFuzzer target for csvread (style guide §10): any bytes must give
 * records or diagnostics, never a crash, leak or out-of-bounds read.
 * Build: cmake -DCYBERDASH_FUZZ=ON -DCMAKE_C_COMPILER=clang ...;
 * run:   build-fuzz/fuzz_csvread -max_total_time=60 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "load/csvread.h"

static bool visit(void *user, const CsvField *f, size_t n, long line)
{
    size_t *sum = user;
    for (size_t i = 0; i < n; i++)
        *sum += f[i].len + (size_t)(f[i].p[f[i].len] == '\0') + (size_t)line;
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Settings s;
    settings_defaults(&s);
    s.max_field_bytes = 64;          /* small limits reach every path */
    s.max_columns = 8;
    s.max_rows = 50;
    FILE *in = fmemopen((void *)data, size, "rb");
    if (!in)
        return 0;
    Diag d = DIAG_INIT;
    size_t sum = 0;
    csvread_stream(in, "fuzz.csv", &s, visit, &sum, &d);
    fclose(in);
    diag_release(&d);
    return 0;
}
