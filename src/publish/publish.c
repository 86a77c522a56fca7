#define _GNU_SOURCE   /* renameat2 */
#include "publish/publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* A killed build leaves `.NAME.tmp-PID` or `.NAME.old-PID`; clear them. */
static void remove_leftovers(const char *parent, const char *base)
{
    DIR *dir = opendir(parent);
    if (!dir)
        return;
    char tmp_prefix[512], old_prefix[512];
    if (!fs_path_fmt(tmp_prefix, sizeof tmp_prefix, ".%s.tmp-", base) ||
        !fs_path_fmt(old_prefix, sizeof old_prefix, ".%s.old-", base)) {
        closedir(dir);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (strncmp(e->d_name, tmp_prefix, strlen(tmp_prefix)) &&
            strncmp(e->d_name, old_prefix, strlen(old_prefix)))
            continue;
        char path[4096];
        if (fs_path_fmt(path, sizeof path, "%s/%s", parent, e->d_name))
            fs_remove_tree(path);
    }
    closedir(dir);
}

Err publish_begin(Publish *p, const char *outdir, Diag *d)
{
    char parent[4096], base[4096];
    split(outdir, parent, base, sizeof parent);
    snprintf(p->out, sizeof p->out, "%s", outdir);
    Err err = fs_mkdirs(parent, d);
    if (err)
        return err;
    remove_leftovers(parent, base);
    if (!fs_path_fmt(p->tmp, sizeof p->tmp, "%s/.%s.tmp-%ld", parent, base,
                  (long)getpid())) {
        diag_error(d, outdir, 0, "output path too long");
        return ERR_WRITE;
    }
    if (mkdir(p->tmp, 0777) != 0) {
        diag_error(d, p->tmp, 0, "cannot create folder: %s", strerror(errno));
        return ERR_WRITE;
    }
    static const char marker[] =
        "This folder is written by 'cyberdash build', which replaces it "
        "whole at each build.\n";
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", p->tmp, PUBLISH_MARKER)
        || fs_write_file(path, marker, sizeof marker - 1, d)) {
        publish_abort(p);
        return ERR_WRITE;
    }
    return ERR_OK;
}

/* ---- publish_check_out ---- */

/* `a` (a resolved folder) is `b` or one of its ancestors. */
static bool is_within(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (!strcmp(a, "/"))
        return true;
    return !strncmp(a, b, n) && (b[n] == '\0' || b[n] == '/');
}

/* The resolved path of `out`, which may not exist yet: its nearest
 * existing ancestor resolved, then the rest as written. */
static bool resolve(const char *out, char *buf, size_t n)
{
    char head[4096], tail[4096] = "";
    if (!fs_path_fmt(head, sizeof head, "%s", out))
        return false;
    for (;;) {
        char real[PATH_MAX];
        if (realpath(head, real))
            return fs_path_fmt(buf, n, "%s%s%s", real,
                            tail[0] && strcmp(real, "/") ? "/" : "", tail);
        char *slash = strrchr(head, '/');
        char t[4096];
        if (!slash) {               /* relative, nothing exists: cwd */
            if (!getcwd(real, sizeof real))
                return false;
            return fs_path_fmt(t, sizeof t, "%s%s%s", head, tail[0] ? "/" : "",
                            tail)
                && fs_path_fmt(buf, n, "%s/%s", real, t);
        }
        if (!fs_path_fmt(t, sizeof t, "%s%s%s", slash + 1, tail[0] ? "/" : "",
                      tail))
            return false;
        memcpy(tail, t, sizeof tail);
        if (slash == head) {         /* "/name..." */
            head[1] = '\0';
        } else
            *slash = '\0';
    }
}

/* Empty, or only a .gitkeep: nothing a build could lose. */
static bool holds_nothing(const char *dir_path)
{
    DIR *dir = opendir(dir_path);
    if (!dir)
        return false;
    bool empty = true;
    struct dirent *e;
    while (empty && (e = readdir(dir)))
        empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")
                || !strcmp(e->d_name, ".gitkeep");
    closedir(dir);
    return empty;
}

static bool exists_in(const char *dir, const char *name)
{
    char path[4096];
    struct stat st;
    return fs_path_fmt(path, sizeof path, "%s/%s", dir, name)
           && lstat(path, &st) == 0;
}

bool publish_is_output(const char *dir)
{
    return exists_in(dir, PUBLISH_MARKER);
}

static Err refuse(Diag *d, const char *out, const char *why, const char *what)
{
    diag_error(d, out, 0, "refusing to use this output folder: %s%s%s%s",
               why, what ? " '" : "", what ? what : "", what ? "'" : "");
    return ERR_WRITE;
}

Err publish_check_out(const char *outdir, const char *const *keep,
                      size_t n_keep, Diag *d)
{
    char parent[4096], base[4096], real[4096];
    split(outdir, parent, base, sizeof parent);
    if (!outdir[0] || !strcmp(base, "/") || !strcmp(base, ".")
        || !strcmp(base, ".."))
        return refuse(d, outdir, "name the folder itself, not '/', '.' or "
                      "'..'", NULL);
    char bare[4096];            /* no trailing '/': lstat must see a link */
    if (!fs_path_fmt(bare, sizeof bare, "%s/%s", parent, base))
        return refuse(d, outdir, "the path is too long", NULL);
    struct stat st;
    bool exists = lstat(bare, &st) == 0;
    if (exists && S_ISLNK(st.st_mode))
        return refuse(d, outdir, "it is a symbolic link; give the folder it "
                      "points to", NULL);
    if (exists && !S_ISDIR(st.st_mode))
        return refuse(d, outdir, "it exists and is not a folder", NULL);
    if (!resolve(outdir, real, sizeof real))
        return refuse(d, outdir, "the path is too long", NULL);
    if (!strcmp(real, "/"))
        return refuse(d, outdir, "it is the root folder", NULL);
    for (size_t i = 0; i < n_keep; i++) {
        char k[PATH_MAX];
        if (keep[i] && realpath(keep[i], k) && is_within(real, k))
            return refuse(d, outdir, "it is or contains", keep[i]);
    }
    if (exists && !holds_nothing(outdir) && !exists_in(outdir, PUBLISH_MARKER)
        && !exists_in(outdir, "data/indicators.json"))
        return refuse(d, outdir, "it is not empty and is not the output of "
                      "an earlier build (no " PUBLISH_MARKER ")", NULL);
    return ERR_OK;
}

/* A repository keeps its empty output folder with a `.gitkeep`; the new
 * output keeps it too, so that a build leaves the checkout unchanged. */
static void keep_gitkeep(const Publish *p)
{
    char from[4096], to[4096];
    struct stat st;
    if (!fs_path_fmt(from, sizeof from, "%s/.gitkeep", p->out) ||
        !fs_path_fmt(to, sizeof to, "%s/.gitkeep", p->tmp) ||
        lstat(from, &st) != 0 || !S_ISREG(st.st_mode))
        return;
    FILE *f = fopen(to, "wb");
    if (f)
        fclose(f);
}

Err publish_commit(Publish *p, Diag *d)
{
    struct stat st;
    keep_gitkeep(p);
    if (stat(p->out, &st) != 0) {
        if (rename(p->tmp, p->out) == 0)
            return ERR_OK;
    } else if (S_ISDIR(st.st_mode) &&
               renameat2(AT_FDCWD, p->tmp, AT_FDCWD, p->out,
                         RENAME_EXCHANGE) == 0) {
        fs_remove_tree(p->tmp);   /* now holds the previous output */
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
        fs_remove_tree(p->tmp);
    p->tmp[0] = '\0';
}

