#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fsutil.h"

const char *test_source_dir(void)
{
    const char *s = getenv("CYBERDASH_SOURCE_DIR");
    return s && *s ? s : CYBERDASH_RESOURCES_DIR;
}

const char *test_path(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", test_source_dir(), rel);
    return buf;
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

const char *test_tmpdir(const char *name)
{
    static char buf[4096];
    char cwd[2048];
    if (!getcwd(cwd, sizeof cwd))
        snprintf(cwd, sizeof cwd, "/tmp");
    snprintf(buf, sizeof buf, "%s/tests-out/%s", cwd, name);
    fs_remove_tree(buf);
    Diag d = DIAG_INIT;
    fs_mkdirs(buf, &d);
    diag_release(&d);
    return buf;
}
