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

char *test_read_in(const char *dir, const char *rel, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    return test_read_file(path, len);
}

char *test_read_export(const char *dir, const char *rel)
{
    size_t n = 0;
    char *s = test_read_in(dir, rel, &n);
    if (!s || n < 3 || memcmp(s, "\xEF\xBB\xBF", 3) != 0) {
        free(s);
        return NULL;
    }
    memmove(s, s + 3, n - 2);   /* the text and its NUL */
    return s;
}

bool test_same_files(const char *dir_a, const char *dir_b, const char *rel)
{
    size_t na = 0, nb = 0;
    char *a = test_read_in(dir_a, rel, &na), *b = test_read_in(dir_b, rel, &nb);
    size_t i = 0;
    while (a && b && i < na && i < nb && a[i] == b[i])
        i++;
    bool same = a && b && na == nb && i == na;
    if (!a || !b)
        fprintf(stderr, "%s: not read in %s or in %s\n", rel, dir_a, dir_b);
    else if (!same)
        fprintf(stderr, "%s: %zu and %zu bytes, the first difference at byte %zu\n",
                rel, na, nb, i);
    free(a);
    free(b);
    return same;
}

bool test_has_bytes(const char *buf, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; buf && i + n <= len; i++)
        if (memcmp(buf + i, needle, n) == 0)
            return true;
    return false;
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
