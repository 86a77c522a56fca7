/* publish.h -- build into a temporary folder, swap it in when complete (§5).
 *
 * publish_begin() takes an exclusive lock (flock) on `.NAME.lock` beside
 * the output folder NAME, which holds the builder's pid, so that two
 * builds into one output cannot break each other (issue 21.5): the
 * second fails with "another build is writing NAME (pid N)".  It then
 * removes what a killed build left there (`.NAME.tmp-PID`,
 * `.NAME.old-PID`, only when process PID is gone) and makes
 * `.NAME.tmp-PID` (same file system, so the swap is a rename).  The lock
 * is released by publish_commit() and publish_abort(), which remove the
 * lock file while they still hold it (a build that then finds its locked
 * file gone from the path tries again), so none is left beside the
 * output.  Meanwhile SIGINT, SIGTERM and SIGHUP (unless ignored) remove
 * the temporary folder and the lock before the process dies of them.
 * publish_commit() exchanges the two folders atomically
 * (renameat2 RENAME_EXCHANGE) and removes the old one; a reader sees the
 * old site or the new, never a mix.  An empty `.gitkeep` in the old output
 * is kept in the new one (a repository's output/ stays as checked in).  publish_abort() removes the
 * temporary folder and leaves the output as it was.
 */
#ifndef CYBERDASH_PUBLISH_H
#define CYBERDASH_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

#include <signal.h>
#include <sys/types.h>

#include "base/diag.h"
#include "base/err.h"
#include "base/fsutil.h"

typedef struct {
    char out[4096];    /* the output folder as given */
    char tmp[4096];    /* the temporary folder being written */
    char lock[4096];   /* `.NAME.lock` beside it */
    int lock_fd;       /* the held lock file, set by publish_begin(); -1: none */
} Publish;

Err publish_begin(Publish *p, const char *outdir, Diag *d);

/* The file publish_begin() puts in every new output folder: it marks a
 * folder that a build may replace whole. */
#define PUBLISH_MARKER ".cyberdash-output"

/* Refuse an output folder that publishing could not replace without
 * destroying something it did not create (SPEC §5: inputs are never
 * modified; issue 9).  ERR_WRITE, noted in `d` naming the folder and the
 * reason, when `outdir`:
 *   - is the root folder, or ends in "." or "..";
 *   - exists and is not a folder, or is a symbolic link;
 *   - is, or contains, any path of `keep` (NULL-terminated; NULL entries
 *     before the end are skipped: e.g. the data folder, the current
 *     folder, the resources folder, the configuration file) -- compared
 *     after resolving links;
 *   - exists, is not empty, and holds neither PUBLISH_MARKER nor
 *     data/indicators.json (so it is not an earlier build's output; a
 *     lone .gitkeep counts as empty).
 * ERR_OK otherwise (a folder that does not exist yet is fine). */
Err publish_check_out(const char *outdir, const char *const *keep, size_t n_keep,
                      Diag *d);
Err publish_commit(Publish *p, Diag *d);
/* A child process that writes into the temporary folder (pid, or 0 when
 * it is done): a signal's cleaner kills it and waits for it to be gone
 * before it removes the folder, which the child could otherwise make
 * again.  Async-signal-safe to read. */
void publish_watch(pid_t child);
/* Hold back, then let go, the signals the cleaner handles, on the calling
 * thread: around the fork of such a child and publish_watch(), so that no
 * signal finds the child made but not yet watched. */
void publish_hold_signals(sigset_t *old);
void publish_release_signals(const sigset_t *old);

/* Whether `dir` holds an earlier output (its PUBLISH_MARKER), whose figures
 * the build may revise (§3.11). */
bool publish_is_output(const char *dir);
void publish_abort(Publish *p);

#endif
