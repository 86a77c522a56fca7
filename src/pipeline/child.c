/* child.c -- one job in a child process, its Diag and Err by message. */

#include "pipeline/child.h"

#include <errno.h>
#include <signal.h>
#include <sys/socket.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* Messages cross the pipe one per line, `L\tLINE\tFILE\tMESSAGE` (a Diag
 * keeps control bytes as visible escapes, so no tab or newline is raw),
 * then `T\tERRORS\tWARNINGS\tERR`: the totals, dropped messages included,
 * and the job's result.  Without the T line the child did not finish. */
static void send_report(const Diag *d, Err err, int fd)
{
    FILE *out = fdopen(fd, "w");
    if (!out)
        return;
    for (size_t i = 0; i < d->n; i++)
        fprintf(out, "%c\t%ld\t%s\t%s\n",
                d->items[i].level == DIAG_ERROR ? 'E' : 'W',
                d->items[i].line, d->items[i].file, d->items[i].msg);
    fprintf(out, "T\t%zu\t%zu\t%d\n", d->errors, d->warnings, (int)err);
    fclose(out);
}

/* Split `line` at tabs into at most `n` fields; returns the count. */
static int split_tabs(char *line, char **f, int n)
{
    int k = 0;
    f[k++] = line;
    while (k < n) {
        char *tab = strchr(f[k - 1], '\t');
        if (!tab)
            break;
        *tab = '\0';
        f[k++] = tab + 1;
    }
    return k;
}

/* One record into `d`; true (and `*err`) for the closing T record. */
static bool receive_record(char *line, Diag *d, size_t errors0,
                           size_t warnings0, Err *err)
{
    char *f[4];
    int n = split_tabs(line, f, 4);
    if (f[0][0] == 'T' && n == 4) {
        long e = strtol(f[3], NULL, 10);
        d->errors = errors0 + strtoull(f[1], NULL, 10);
        d->warnings = warnings0 + strtoull(f[2], NULL, 10);
        *err = e >= 0 && e < ERR_MAX ? (Err)e : ERR_RENDER;
        return true;
    }
    if (n == 4 && (f[0][0] == 'E' || f[0][0] == 'W')) {
        long at = strtol(f[1], NULL, 10);
        if (f[0][0] == 'E')
            diag_error(d, f[2], at, "%s", f[3]);
        else
            diag_warning(d, f[2], at, "%s", f[3]);
    }
    return false;
}

/* Read the child's messages into `d`; false when it never reported. */
static bool receive_report(int fd, Diag *d, Err *err)
{
    FILE *in = fdopen(fd, "r");
    if (!in) {
        close(fd);
        return false;
    }
    size_t errors0 = d->errors, warnings0 = d->warnings;
    bool reported = false;
    char *line = NULL;
    size_t cap = 0;
    while (!reported && getline(&line, &cap, in) > 0) {
        line[strcspn(line, "\n")] = '\0';
        reported = receive_record(line, d, errors0, warnings0, err);
    }
    free(line);
    fclose(in);
    return reported;
}

static void close_pair(int p[2])
{
    close(p[0]);
    close(p[1]);
}

/* In the child: wait for the go, do the job, report, exit. */
static void run_in_child(ChildJob job, void *arg, int go, int out, pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);   /* never outlive the build */
    if (getppid() != parent)            /* it died before the line above */
        _exit(1);
    char byte;
    ssize_t n;
    while ((n = read(go, &byte, 1)) < 0 && errno == EINTR)
        ;
    if (n != 1)       /* no go: the build died (its folder may be gone) */
        _exit(1);
    close(go);
    Diag d = DIAG_INIT;
    Err err = job(arg, &d, true);
    send_report(&d, err, out);
    diag_release(&d);
    fflush(NULL);
    _exit(0);
}

ChildProc child_start(ChildJob job, void *arg)
{
    ChildProc c = { 0, -1, -1, job, arg };
    int p[2], go[2];
    if (pipe(p) != 0)
        return c;
    /* a socket pair, so that the go can be sent with MSG_NOSIGNAL: a
     * child that died already must not kill the build with SIGPIPE */
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, go) != 0) {
        close_pair(p);
        return c;
    }
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close_pair(p);
        close_pair(go);
        return c;
    }
    if (pid == 0) {
        close(p[0]);
        close(go[1]);
        run_in_child(job, arg, go[0], p[1], parent);
    }
    close(p[1]);
    close(go[0]);
    c.pid = pid;
    c.fd = p[0];
    c.go = go[1];
    return c;
}

void child_release(ChildProc *c)
{
    if (c->go >= 0) {
        /* a byte, not the close alone: a build that dies also closes it,
         * and then the child must not start (run_in_child) */
        while (send(c->go, "g", 1, MSG_NOSIGNAL) < 0 && errno == EINTR)
            ;
        close(c->go);
    }
    c->go = -1;
}

/* How the child ended, for the message of one that did not report. */
static void describe_status(int status, char *buf, size_t n)
{
    if (WIFSIGNALED(status))
        snprintf(buf, n, "signal %d", WTERMSIG(status));
    else
        snprintf(buf, n, "exit status %d", WEXITSTATUS(status));
}

Err child_finish(ChildProc *c, const char *name, Diag *d)
{
    if (!c->pid)
        return c->job(c->arg, d, false);
    child_release(c);
    Err err = ERR_OK;
    bool reported = receive_report(c->fd, d, &err);
    int status = 0;
    while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
        ;
    c->pid = 0;
    if (reported && WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return err;
    char how[32];
    describe_status(status, how, sizeof how);
    diag_error(d, name, 0,
               "the process drawing the %s ended before it finished (%s)",
               name, how);
    return ERR_RENDER;
}
