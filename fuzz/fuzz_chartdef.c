/* libFuzzer target for the chart-definition reader: any bytes as
 * charts/NAME.ini (chart_def_load, read at run time from the resources
 * folder) give a definition or `charts/NAME.ini:LINE: message`
 * diagnostics, never a crash.  The reader opens a file, so the input is
 * written to a private temporary folder made once per process.  Run:
 * fuzz/run.sh [SECONDS] chartdef. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "render/chart/chart.h"

static char root[64], path[128];

static void cleanup(void)
{
    unlink(path);
    char dir[128];
    snprintf(dir, sizeof dir, "%s/charts", root);
    rmdir(dir);
    rmdir(root);
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/cyberdash-fuzz-XXXXXX");
    if (!mkdtemp(root))
        abort();
    char dir[128];
    snprintf(dir, sizeof dir, "%s/charts", root);
    mkdir(dir, 0700);
    snprintf(path, sizeof path, "%s/charts/x.ini", root);
    atexit(cleanup);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!root[0])
        setup();
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    static const char *const series[] = { "count", "target", NULL };
    Diag d = DIAG_INIT;
    ChartDef def;
    Err err = chart_def_load(&def, root, "x", series, &d);
    if ((err == ERR_OK) != (d.errors == 0))
        abort();
    /* The contract of a loaded definition: its size and series. */
    if (err == ERR_OK) {
        if (def.width <= 0 || def.height <= 0 || !chart_def_series(&def, "count")
            || !chart_def_series(&def, "target"))
            abort();
        for (int i = 0; i < def.n_series; i++)
            if (def.series[i].n_colors <= 0 || def.series[i].n_colors > 8)
                abort();
    }
    diag_release(&d);
    return 0;
}
