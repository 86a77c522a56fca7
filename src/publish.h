/* publish.h -- build into a temporary folder, swap it in when complete (§5).
 *
 * publish_begin() makes `.NAME.tmp-PID` beside the output folder NAME
 * (same file system, so the swap is a rename), after removing whatever
 * a killed build left there (`.NAME.tmp-*`, `.NAME.old-*`).
 * publish_commit() exchanges the two folders atomically
 * (renameat2 RENAME_EXCHANGE) and removes the old one; a reader sees the
 * old site or the new, never a mix.  publish_abort() removes the
 * temporary folder and leaves the output as it was.
 */
#ifndef CYBERDASH_PUBLISH_H
#define CYBERDASH_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "err.h"

typedef struct {
    char out[4096];    /* the output folder as given */
    char tmp[4096];    /* the temporary folder being written */
} Publish;

Err publish_begin(Publish *p, const char *outdir, Diag *d);
Err publish_commit(Publish *p, Diag *d);
void publish_abort(Publish *p);

/* snprintf that says whether the result fit (paths are never silently
 * truncated). */
bool path_fmt(char *buf, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* mkdir -p for `path` (a folder); ERR_WRITE noted in `d` on failure. */
Err publish_mkdirs(const char *path, Diag *d);
/* Remove a folder tree; ignores what does not exist. */
void publish_remove_tree(const char *path);
/* Write `n` bytes to `path` (creating or truncating); ERR_WRITE on failure. */
Err publish_write_file(const char *path, const void *data, size_t n, Diag *d);

#endif
