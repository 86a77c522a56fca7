/* fsutil.c -- see fsutil.h. */
#include "base/fsutil.h"

#include "base/arena.h"   /* xrealloc */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool fs_path_fmt(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r >= 0 && (size_t)r < n;
}


/* Empty the folder open as `fd` (which this closes), relative to it: no
 * path is walked again per file, and the kind of each entry comes from
 * the folder listing.  A link is unlinked, never followed (O_NOFOLLOW). */
static void remove_contents(int fd)
{
    DIR *dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        bool is_dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            is_dir = fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0
                     && S_ISDIR(st.st_mode);
        }
        if (!is_dir) {
            unlinkat(dirfd(dir), e->d_name, 0);
            continue;
        }
        int sub = openat(dirfd(dir), e->d_name,
                         O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub >= 0)
            remove_contents(sub);
        unlinkat(dirfd(dir), e->d_name, AT_REMOVEDIR);
    }
    closedir(dir);
}


void fs_remove_tree(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        unlink(path);        /* a file or a link (O_NOFOLLOW refused it) */
        return;
    }
    remove_contents(fd);
    rmdir(path);
}


int fs_open_input(const char *path, struct stat *st)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0 && fstat(fd, st) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

Err fs_mkdirs(const char *path, Diag *d)
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


int fs_out_open(const char *path, Diag *d)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        diag_error(d, path, 0, "cannot write: %s", strerror(errno));
    return fd;
}

int fs_out_write(int fd, const void *data, size_t n)
{
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return w < 0 && errno ? errno : EIO;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

Err fs_out_close(int fd, const char *path, int werr, Diag *d)
{
    if (close(fd) != 0 && !werr)
        werr = errno;
    if (werr) {
        diag_error(d, path, 0, "cannot write: %s", strerror(werr));
        return ERR_WRITE;
    }
    return ERR_OK;
}

Err fs_write_file(const char *path, const void *data, size_t n, Diag *d)
{
    /* One write for a whole page: no stdio buffer, no fstat (20,000 pages
     * at scale). */
    int fd = fs_out_open(path, d);
    if (fd < 0)
        return ERR_WRITE;
    return fs_out_close(fd, path, fs_out_write(fd, data, n), d);
}


char *fs_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t n = 0, cap = 0, got;
    do {
        if (n + 4096 + 1 > cap)
            text = xrealloc(text, cap = (n + 4096 + 1) * 2);
        got = fread(text + n, 1, 4096, f);
        n += got;
    } while (got > 0 && n <= max);
    bool ok = !ferror(f) && n <= max;
    int saved = ferror(f) ? errno : EFBIG;
    fclose(f);
    if (!ok) {
        free(text);
        errno = saved;
        return NULL;
    }
    text[n] = '\0';
    *len = n;
    return text;
}
