/* load_halves.c -- participation.csv in two halves (load_halves.h). */
#include "load/load_halves.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>

#include "load/load_rows.h"

/* Below this a second thread costs more than it saves. */
#define HALVES_MIN_BYTES (4u << 20)

/* One half: its bytes, the line its first record is on, and a Loader of
 * its own from ld_fork() -- own messages, own rows, own scratch. */
typedef struct {
    Loader L;
    Arena strings;            /* the half's texts, adopted by the model */
    const char *p;
    size_t n;
    long line;
    pthread_t thread;
} Half;

static void read_half(Half *h)
{
    FILE *in = fmemopen((void *)(uintptr_t)h->p, h->n, "rb");
    if (!in) {
        diag_error(h->L.d, h->L.fs->file, 0, "cannot read: %s", strerror(errno));
        return;
    }
    CsvPart part = { h->line, h->L.head->fields, h->L.head->n_fields };
    csvread_stream_part(in, h->L.fs->file, h->L.s, &part, ld_on_record, &h->L,
                        h->L.d);
    fclose(in);
}

static void *read_half_thread(void *arg)
{
    read_half(arg);
    return NULL;
}

/* The header alone, as a file of one line (its BOM skipped there), read
 * through L; its messages are kept only when it is sound. */
static bool read_header(Loader *L, const char *p, size_t len)
{
    FILE *in = fmemopen((void *)(uintptr_t)p, len, "rb");
    if (!in)
        return false;
    Diag hd = DIAG_INIT;
    Diag *d = L->d;
    L->d = &hd;
    Err e = csvread_stream(in, L->fs->file, L->s, ld_on_record, L, &hd);
    fclose(in);
    L->d = d;
    bool ok = !e && L->head->have && L->head->fields;
    if (ok)
        diag_merge(d, &hd);
    else
        ld_header_release(L->head);
    diag_release(&hd);
    return ok;
}

/* The rows after the header, `body` bytes in, as two halves: the first
 * on this thread into the table's free room, the second on its own
 * thread into the room after the first half's last possible row, then
 * moved down; its messages merged after the first's. */
static void read_rows(Loader *L, const char *p, size_t size, size_t body,
                      size_t records)
{
    const char *mid = memchr(p + body + (size - body) / 2, '\n',
                             size - body - (size - body) / 2);
    size_t split = mid ? (size_t)(mid - p) + 1 : size;
    size_t first_lines = ld_count_newlines(p + body, split - body);
    size_t b_at = ld_count_records(p + body, split - body) + 1;
    rows_participation_reserve(L, L->n_part + records + 1);
    Participation *base = L->part + L->n_part;
    Diag bd = DIAG_INIT;
    Half a = { .L = ld_fork(L, L->d, base, b_at), .p = p + body,
               .n = split - body, .line = 2 };
    Half b = { .L = ld_fork(L, &bd, base + b_at, records + 1 - b_at),
               .p = p + split, .n = size - split,
               .line = 2 + (long)first_lines };
    a.L.strings = &a.strings;
    b.L.strings = &b.strings;
    bool threaded = pthread_create(&b.thread, NULL, read_half_thread, &b) == 0;
    read_half(&a);
    if (threaded)
        pthread_join(b.thread, NULL);
    else
        read_half(&b);
    /* "no date" is said once per file: the first half's stands */
    if (a.L.warned_undated && b.L.warned_undated)
        diag_drop_warning(&bd, b.L.undated_item);
    memmove(base + a.L.n_part, b.L.part, b.L.n_part * sizeof *base);
    L->n_part += a.L.n_part + b.L.n_part;
    diag_merge(L->d, &bd);
    diag_release(&bd);
    ld_release(&a.L);
    ld_release(&b.L);
    arena_adopt(&L->m->arena, &a.strings);
    arena_adopt(&L->m->arena, &b.strings);
}

static bool read_buffer(Loader *L, const char *p, size_t size)
{
    const Settings *s = L->s;
    if (size < HALVES_MIN_BYTES || size > s->max_file_bytes
        || memchr(p, '"', size))
        return false;
    const char *eol = memchr(p, '\n', size);
    if (!eol)
        return false;
    size_t body = (size_t)(eol - p) + 1;
    size_t records = ld_count_records(p + body, size - body);
    if (records >= s->max_rows)
        return false;           /* one pass reports the limit */
    if (!read_header(L, p, body))
        return false;
    read_rows(L, p, size, body, records);
    return true;
}

/* The whole regular file open as `fd`, read with pread (the stream's
 * offset untouched), into a malloc'd buffer; NULL unless exactly `size`
 * bytes were there.  Issue 21.6: a mapping faulted (SIGBUS) when the file
 * was truncated during the load; a read just comes back short. */
static char *read_whole(int fd, size_t size)
{
    char *p = malloc(size + 1);
    size_t got = 0;
    while (p && got <= size) {
        ssize_t n = pread(fd, p + got, size + 1 - got, (off_t)got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (p && got == size)
        return p;
    free(p);                    /* changed while read: one pass reads it */
    return NULL;
}

bool load_halves_read(Loader *L, FILE *in)
{
    struct stat st;
    if (fstat(fileno(in), &st) != 0 || !S_ISREG(st.st_mode)
        || st.st_size < (off_t)HALVES_MIN_BYTES
        || (uintmax_t)st.st_size > L->s->max_file_bytes)
        return false;
    size_t size = (size_t)st.st_size;
    char *p = read_whole(fileno(in), size);
    if (!p)
        return false;
    bool done = read_buffer(L, p, size);
    free(p);
    return done;
}
