/* libFuzzer target for the INI parsers: any bytes as the settings file
 * (settings_load, `--config`) and as a catalogue part (catalog_load,
 * i18n/en/<part>.ini) give values or `FILE:LINE: message` diagnostics,
 * never a crash.  Both read files, so the input is written to a private
 * temporary folder made once per process.  Run: fuzz/run.sh [SECONDS]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/catalog.h"
#include "config/settings.h"

static char root[64], ini[128], part[128];

static void cleanup(void)
{
    unlink(ini);
    unlink(part);
    char dir[128];
    snprintf(dir, sizeof dir, "%s/i18n/en", root);
    rmdir(dir);
    snprintf(dir, sizeof dir, "%s/i18n", root);
    rmdir(dir);
    rmdir(root);
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/cyberdash-fuzz-XXXXXX");
    if (!mkdtemp(root))
        abort();
    char dir[128];
    snprintf(dir, sizeof dir, "%s/i18n", root);
    mkdir(dir, 0700);
    snprintf(dir, sizeof dir, "%s/i18n/en", root);
    mkdir(dir, 0700);
    snprintf(ini, sizeof ini, "%s/cyberdash.ini", root);
    snprintf(part, sizeof part, "%s/i18n/en/part.ini", root);
    atexit(cleanup);
}

static bool write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!root[0])
        setup();
    if (!write_file(ini, data, size) || !write_file(part, data, size))
        abort();
    Diag d = DIAG_INIT;
    Settings s;
    settings_defaults(&s);
    Err err = settings_load(&s, ini, &d);
    if ((err == ERR_OK) != (d.errors == 0))
        abort();
    if (s.n_d2_targets < 0 || s.n_d2_targets > SETTINGS_MAX_TARGETS
        || memchr(s.programme, '\0', sizeof s.programme) == NULL)
        abort();
    Catalog *cat = NULL;
    err = catalog_load(&cat, root, "en", &d);
    if ((err == ERR_OK) != (cat != NULL))
        abort();
    if (cat)
        catalog_get(cat, "x.y");
    catalog_free(cat);
    diag_release(&d);
    return 0;
}
