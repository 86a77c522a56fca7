/* child.h -- run one job in a child process; its messages and its result
 * come back by message, never by exit status.
 *
 * The charts are drawn in a process of their own (pipeline.c says why).
 * What the job notes in its Diag and the Err it returns cross a pipe as
 * messages; the child then exits 0.  A child that ends without its last
 * message -- a crash, a signal, a sanitizer's abort with status 1 -- is
 * reported as a failure of that process (ERR_RENDER), so no exit status
 * can be mistaken for one of ours (status 1 once read as a usage error).
 *
 * Usage: child_start(); ...; child_release() lets it begin; child_finish()
 * collects it.  When fork() fails, child_start() returns pid 0 and
 * child_finish() runs the job in this process instead.
 */
#ifndef CYBERDASH_CHILD_H
#define CYBERDASH_CHILD_H

#include <stdbool.h>
#include <sys/types.h>

#include "base/diag.h"
#include "base/err.h"

/* The job: notes problems in `d`, returns its result.  `arg` is the
 * caller's, shared with the child as fork() copies it; `in_child` says
 * whether the job runs in the child (which may then free what only a
 * process's exit would, e.g. the font caches). */
typedef Err (*ChildJob)(void *arg, Diag *d, bool in_child);

typedef struct {
    pid_t pid;        /* 0: not started (child_finish() runs it here) */
    int fd;           /* its messages */
    int go;           /* child_release() writes a byte: the job starts then;
                         closed without one (the build died), it never does */
    ChildJob job;
    void *arg;
} ChildProc;

/* Fork a child that waits for child_release(), runs `job(arg, &diag)`,
 * sends its messages and result, and exits.  The child dies with us. */
ChildProc child_start(ChildJob job, void *arg);

/* Let the child begin its job. */
void child_release(ChildProc *c);

/* Wait for the child (releasing it first if needed); its messages go to
 * `d` under their own file and line, and its job's Err is returned.  A
 * child that did not report is noted under `name` as ERR_RENDER. */
Err child_finish(ChildProc *c, const char *name, Diag *d);

#endif
