#define _GNU_SOURCE   /* renameat2 */
#include "publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool path_fmt(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r >= 0 && (size_t)r < n;
}

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static void split(const char *path, char *dir, char *base, size_t n)
{
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", path);
    snprintf(b, sizeof b, "%s", path);
    size_t len = strlen(b);       /* "out/" names the same folder as "out" */
    while (len > 1 && b[len - 1] == '/')
        b[--len] = '\0';
    snprintf(a, sizeof a, "%s", b);
    snprintf(dir, n, "%s", dirname(a));
    snprintf(base, n, "%s", basename(b));
}

void publish_remove_tree(const char *path)
{
    DIR *dir = opendir(path);
    if (!dir) {
        unlink(path);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char child[4096];
        if (!path_fmt(child, sizeof child, "%s/%s", path, e->d_name))
            continue;
        struct stat st;
        if (lstat(child, &st) == 0 && S_ISDIR(st.st_mode))
            publish_remove_tree(child);
        else
            unlink(child);
    }
    closedir(dir);
    rmdir(path);
}

/* A killed build leaves `.NAME.tmp-PID` or `.NAME.old-PID`; clear them. */
static void remove_leftovers(const char *parent, const char *base)
{
    DIR *dir = opendir(parent);
    if (!dir)
        return;
    char tmp_prefix[512], old_prefix[512];
    if (!path_fmt(tmp_prefix, sizeof tmp_prefix, ".%s.tmp-", base) ||
        !path_fmt(old_prefix, sizeof old_prefix, ".%s.old-", base)) {
        closedir(dir);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (strncmp(e->d_name, tmp_prefix, strlen(tmp_prefix)) &&
            strncmp(e->d_name, old_prefix, strlen(old_prefix)))
            continue;
        char path[4096];
        if (path_fmt(path, sizeof path, "%s/%s", parent, e->d_name))
            publish_remove_tree(path);
    }
    closedir(dir);
}

Err publish_mkdirs(const char *path, Diag *d)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST)
            goto fail;
        *p = '/';
    }
    if (mkdir(buf, 0777) != 0 && errno != EEXIST)
        goto fail;
    return ERR_OK;
fail:
    diag_error(d, buf, 0, "cannot create folder: %s", strerror(errno));
    return ERR_WRITE;
}

Err publish_begin(Publish *p, const char *outdir, Diag *d)
{
    char parent[4096], base[4096];
    split(outdir, parent, base, sizeof parent);
    snprintf(p->out, sizeof p->out, "%s", outdir);
    Err err = publish_mkdirs(parent, d);
    if (err)
        return err;
    remove_leftovers(parent, base);
    if (!path_fmt(p->tmp, sizeof p->tmp, "%s/.%s.tmp-%ld", parent, base,
                  (long)getpid())) {
        diag_error(d, outdir, 0, "output path too long");
        return ERR_WRITE;
    }
    if (mkdir(p->tmp, 0777) != 0) {
        diag_error(d, p->tmp, 0, "cannot create folder: %s", strerror(errno));
        return ERR_WRITE;
    }
    return ERR_OK;
}

Err publish_commit(Publish *p, Diag *d)
{
    struct stat st;
    if (stat(p->out, &st) != 0) {
        if (rename(p->tmp, p->out) == 0)
            return ERR_OK;
    } else if (S_ISDIR(st.st_mode) &&
               renameat2(AT_FDCWD, p->tmp, AT_FDCWD, p->out,
                         RENAME_EXCHANGE) == 0) {
        publish_remove_tree(p->tmp);   /* now holds the previous output */
        return ERR_OK;
    }
    diag_error(d, p->out, 0, "cannot publish the new output: %s",
               strerror(errno));
    publish_abort(p);
    return ERR_WRITE;
}

void publish_abort(Publish *p)
{
    if (p->tmp[0])
        publish_remove_tree(p->tmp);
    p->tmp[0] = '\0';
}

Err publish_write_file(const char *path, const void *data, size_t n, Diag *d)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        diag_error(d, path, 0, "cannot write: %s", strerror(errno));
        return ERR_WRITE;
    }
    size_t w = fwrite(data, 1, n, f);
    if (fclose(f) != 0 || w != n) {
        diag_error(d, path, 0, "cannot write: %s", strerror(errno));
        return ERR_WRITE;
    }
    return ERR_OK;
}
