#define _GNU_SOURCE   /* renameat2 */
#include "publish/publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <time.h>
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

/* Whether the pid in the decimal text `s` names a living process; a
 * malformed pid counts as gone. */
static bool pid_alive(const char *s)
{
    char *end;
    errno = 0;
    long pid = strtol(s, &end, 10);
    if (errno || end == s || *end || pid <= 0 || pid > INT_MAX)
        return false;
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

/* A killed build leaves `.NAME.tmp-PID` or `.NAME.old-PID`; clear them,
 * but never a folder whose process still runs (a build of a version
 * without the lock, or whatever else made it). */
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
        size_t pre = strlen(tmp_prefix);   /* the two prefixes are as long */
        if ((strncmp(e->d_name, tmp_prefix, pre) &&
             strncmp(e->d_name, old_prefix, pre)) || pid_alive(e->d_name + pre))
            continue;
        char path[4096];
        if (fs_path_fmt(path, sizeof path, "%s/%s", parent, e->d_name))
            fs_remove_tree(path);
    }
    closedir(dir);
}

/* Unlinked while still held, so no build can lock a file we are leaving
 * (lock_file() checks that the file it locked is still at its path). */
static void disarm_signals(void);

static void unlock_output(Publish *p)
{
    disarm_signals();
    if (p->lock_fd >= 0) {
        unlink(p->lock);
        close(p->lock_fd);      /* releases the flock */
    }
    p->lock_fd = -1;
}

/* Open and lock `path`; -1 with errno when the lock is taken (EWOULDBLOCK)
 * or cannot be had.  A build that ends unlinks the file while holding it,
 * so a lock won on a file no longer at `path` is let go and tried again. */
static int lock_file(const char *path)
{
    for (;;) {
        int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0)
            return -1;
        struct stat a, b;
        if (flock(fd, LOCK_EX | LOCK_NB) != 0 || fstat(fd, &a) != 0) {
            int e = errno;
            close(fd);
            errno = e;
            return -1;
        }
        if (lstat(path, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev)
            return fd;
        close(fd);
    }
}

/* The lock of issue 21.5: `.NAME.lock` in the parent, locked with flock
 * (released by the kernel if the process dies), our pid written in it
 * for the message of the build that finds it taken. */
static Err lock_output(Publish *p, const char *parent, const char *base,
                       Diag *d)
{
    char pid[32] = "?";
    if (!fs_path_fmt(p->lock, sizeof p->lock, "%s/.%s.lock", parent, base)) {
        diag_error(d, p->out, 0, "output path too long");
        return ERR_WRITE;
    }
    int fd = lock_file(p->lock);
    if (fd < 0 && errno == EWOULDBLOCK) {
        int rfd = open(p->lock, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        ssize_t n = rfd >= 0 ? pread(rfd, pid, sizeof pid - 1, 0) : -1;
        if (rfd >= 0)
            close(rfd);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        diag_error(d, p->out, 0, "another build is writing %s (pid %s)", p->out,
                   pid[0] ? pid : "?");
        return ERR_WRITE;
    }
    if (fd < 0) {
        diag_error(d, p->lock, 0, "cannot lock: %s", strerror(errno));
        return ERR_WRITE;
    }
    p->lock_fd = fd;
    int len = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)len, 0) != len) {
        diag_error(d, p->lock, 0, "cannot write the lock file: %s", strerror(errno));
        unlock_output(p);
        return ERR_WRITE;
    }
    return ERR_OK;
}

/* ---- SIGINT, SIGTERM, SIGHUP: no temporary folder left (issue 21.11) ----
 *
 * The renderers' threads go on writing (and making folders) while a
 * handler runs, so the handler only forks a cleaner and lets the process
 * die of the signal with the default action (exit status 128 + N), which
 * stops every thread at once.  The cleaner, single-threaded and using
 * only async-signal-safe calls, waits for that death, then removes the
 * folder with openat, getdents64 and unlinkat, and the lock file; it
 * inherits the lock, so no build starts before it is done.  Only the
 * process that began publishing acts; a forked helper just dies. */

static const int caught[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction saved_actions[3];
static char sig_tmp[4096], sig_dying[4096], sig_lock[4096];
static volatile pid_t sig_owner;
static volatile pid_t sig_child;   /* a process writing into the folder */

void publish_watch(pid_t child)
{
    sig_child = child;
}

struct dirent64_raw {           /* the kernel's record for getdents64 */
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

static void remove_safely(int dirfd, const char *name, int depth)
{
    if (unlinkat(dirfd, name, 0) == 0 || depth > 32)
        return;
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    /* Entries removed while listing can hide others: list again until a
     * pass removes nothing or the folder goes. */
    for (int pass = 0; pass < 8; pass++) {
        _Alignas(8) char buf[4096];
        long n;
        bool removed = false;
        lseek(fd, 0, SEEK_SET);
        while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
            for (long off = 0; off < n;) {
                struct dirent64_raw *e = (struct dirent64_raw *)(void *)(buf + off);
                off += e->d_reclen;
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                    remove_safely(fd, e->d_name, depth + 1);
                    removed = true;
                }
            }
        if (unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || !removed)
            break;
    }
    close(fd);
}

/* Whether process `pid` still runs: it exists and is not a zombie (whose
 * reaping is up to its new parent, which may never do it).  Only
 * async-signal-safe calls: the cleaner runs it. */
static bool still_runs(pid_t pid)
{
    if (pid <= 0 || kill(pid, 0) != 0)
        return false;
    char path[64], buf[256];
    int n = 0;
    long v = pid;
    char digits[24];
    do
        digits[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    memcpy(path, "/proc/", 6);
    for (int i = 0; i < n; i++)
        path[6 + i] = digits[n - 1 - i];
    memcpy(path + 6 + n, "/stat", 6);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ssize_t k = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (k <= 0)
        return false;
    buf[k] = '\0';
    const char *paren = NULL;        /* "pid (comm) S ...": after the last ')' */
    for (ssize_t i = 0; i < k; i++)
        if (buf[i] == ')')
            paren = buf + i;
    return !paren || paren[1] != ' ' || paren[2] != 'Z';
}

static void on_signal(int sig)
{
    /* _Fork, not fork: fork runs glibc's atfork handlers, which take the
     * malloc locks -- a signal landing inside malloc then hung the build
     * for good (seen in e2e_signals).  _Fork is async-signal-safe. */
    pid_t child = sig_child;
    /* a process writing into the temporary folder (the chart process)
     * could make it again after the cleaner removed it: it goes first */
    if (sig_owner == getpid() && child > 0)
        kill(child, SIGKILL);
    if (sig_owner == getpid() && sig_tmp[0] && _Fork() == 0) {
        struct timespec ms = { 0, 1000000 };
        for (int i = 0; i < 10000 && (getppid() == sig_owner || still_runs(child)); i++)
            nanosleep(&ms, NULL);
        const char *dir = rename(sig_tmp, sig_dying) == 0 ? sig_dying : sig_tmp;
        remove_safely(AT_FDCWD, dir, 0);
        unlink(sig_lock);
        _exit(0);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void arm_signals(const Publish *p)
{
    _Static_assert(sizeof sig_tmp == sizeof p->tmp && sizeof sig_lock == sizeof p->lock,
                   "the handler's copies hold the paths");
    memcpy(sig_tmp, p->tmp, sizeof sig_tmp);
    memcpy(sig_lock, p->lock, sizeof sig_lock);
    /* `.NAME.old-PID`: a name the next build's leftover sweep knows */
    memcpy(sig_dying, p->tmp, sizeof sig_dying);
    char *slash = strrchr(sig_dying, '/');
    char *t = strstr(slash ? slash : sig_dying, ".tmp-");
    if (t)
        memcpy(t, ".old-", 5);
    sig_owner = getpid();
    struct sigaction sa = { 0 };
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask);     /* one handler at a time */
    for (int i = 0; i < 3; i++) {
        sigaction(caught[i], NULL, &saved_actions[i]);
        if (saved_actions[i].sa_handler != SIG_IGN)   /* nohup, a background job */
            sigaction(caught[i], &sa, NULL);
    }
}

static void disarm_signals(void)
{
    if (!sig_owner)
        return;
    for (int i = 0; i < 3; i++)
        sigaction(caught[i], &saved_actions[i], NULL);
    sig_owner = 0;
    sig_tmp[0] = '\0';
}

static Err begin(Publish *p, const char *outdir, Diag *d)
{
    char parent[4096], base[4096];
    p->lock_fd = -1;
    p->tmp[0] = '\0';
    split(outdir, parent, base, sizeof parent);
    snprintf(p->out, sizeof p->out, "%s", outdir);
    Err err = fs_mkdirs(parent, d);
    if (!err)
        err = lock_output(p, parent, base, d);
    if (err)
        return err;
    remove_leftovers(parent, base);
    if (!fs_path_fmt(p->tmp, sizeof p->tmp, "%s/.%s.tmp-%ld", parent, base,
                  (long)getpid())) {
        diag_error(d, outdir, 0, "output path too long");
        p->tmp[0] = '\0';
        publish_abort(p);
        return ERR_WRITE;
    }
    if (mkdir(p->tmp, 0777) != 0) {
        diag_error(d, p->tmp, 0, "cannot create folder: %s", strerror(errno));
        p->tmp[0] = '\0';
        publish_abort(p);
        return ERR_WRITE;
    }
    arm_signals(p);
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

/* The lock file and the temporary folder are made with the signals the
 * handler catches held back, and the handler armed before they are let
 * go: a signal in between left both behind (seen when e2e_signals landed
 * twenty).  The build is one thread here (no lane has started). */
void publish_hold_signals(sigset_t *old)
{
    sigset_t hold;
    sigemptyset(&hold);
    for (int i = 0; i < 3; i++)
        sigaddset(&hold, caught[i]);
    pthread_sigmask(SIG_BLOCK, &hold, old);
}

void publish_release_signals(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

Err publish_begin(Publish *p, const char *outdir, Diag *d)
{
    sigset_t old;
    publish_hold_signals(&old);
    Err err = begin(p, outdir, d);
    publish_release_signals(&old);
    return err;
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
        if (rename(p->tmp, p->out) == 0) {
            p->tmp[0] = '\0';
            unlock_output(p);
            return ERR_OK;
        }
    } else if (S_ISDIR(st.st_mode) &&
               renameat2(AT_FDCWD, p->tmp, AT_FDCWD, p->out,
                         RENAME_EXCHANGE) == 0) {
        fs_remove_tree(p->tmp);   /* now holds the previous output */
        p->tmp[0] = '\0';
        unlock_output(p);
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
    unlock_output(p);
}

