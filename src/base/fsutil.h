/* fsutil.h -- the file helpers every stage that writes files shares: a
 * path that never silently truncates, mkdir -p, write a whole file, remove
 * a tree without following links.  Errors are noted in the caller's Diag
 * with the path and strerror(), and returned as ERR_WRITE; nothing here
 * keeps state.
 */
#ifndef CYBERDASH_FSUTIL_H
#define CYBERDASH_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include <sys/stat.h>

#include "base/diag.h"
#include "base/err.h"

/* snprintf that says whether the result fit (paths are never silently
 * truncated). */
bool fs_path_fmt(char *buf, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* mkdir -p for `path` (a folder); ERR_WRITE noted in `d` on failure. */
Err fs_mkdirs(const char *path, Diag *d);
/* Open an input file as data files are opened (issue 21.6): never through
 * a link (ELOOP), never blocking on a FIFO; *st gets its fstat().  The
 * descriptor, or -1 with errno set.  The caller refuses what is not a
 * regular file (S_ISREG(st->st_mode)) and closes the descriptor. */
int fs_open_input(const char *path, struct stat *st);
/* Remove a folder tree; ignores what does not exist.  A symbolic link is
 * removed, never followed (at the top as below). */
void fs_remove_tree(const char *path);
/* Write `n` bytes to `path` (creating or truncating); ERR_WRITE on failure. */
Err fs_write_file(const char *path, const void *data, size_t n, Diag *d);
/* The same in parts, for a file too big to hold whole: fs_out_open()
 * creates or truncates `path` and returns its descriptor, or -1 with the
 * error noted in `d`; fs_out_write() writes all `n` bytes and returns 0 or
 * an errno value; fs_out_close() closes the descriptor and notes the first
 * error, `werr` (from the writes) or its own, returning ERR_WRITE then. */
int fs_out_open(const char *path, Diag *d);
int fs_out_write(int fd, const void *data, size_t n);
Err fs_out_close(int fd, const char *path, int werr, Diag *d);

/* The whole file at `path`, malloc'd and NUL-terminated (*len its size,
 * the caller frees it); NULL with errno set when it cannot be opened or
 * read, or holds more than `max` bytes (EFBIG). */
char *fs_read_file(const char *path, size_t max, size_t *len);

#endif
