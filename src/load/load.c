/* load.c -- the CSV files of SPEC §2 into a Model (load.h).
 *
 * This file opens the files and drives the load; the table framework
 * (header, cells, messages) is load_reader.c, the columns and row checks
 * of each file load_rows.c, and a big participation.csv is read in two
 * halves by load_halves.c.  Cross-file references use look-ups built
 * during the load (model_index() builds the model's own only at the end).
 * Tables grow in malloc'd arrays and move into the arena once, at the end.
 */
#include "load/load.h"

#include "base/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/hash.h"
#include "load/csvread.h"
#include "load/load_halves.h"
#include "load/load_reader.h"
#include "load/load_rows.h"

/* Where the files come from: a folder, or buffers in memory. */
typedef struct {
    const char *dir;
    const LoadBuffer *mem;
} Source;

/* Issue 21.6: a data file is a regular file in the data folder.  Opened
 * without following a link (a link to /etc/shadow printed its first line
 * in a warning) and without blocking (a FIFO hung the load), then
 * refused unless regular, and refused by size before any byte is read. */
static FILE *open_data_file(Loader *L, const char *path)
{
    struct stat st;
    int fd = fs_open_input(path, &st);
    if (fd < 0) {
        if (errno == ELOOP)
            ld_error(L, "cannot open: a symbolic link (data files must be "
                     "regular files in the data folder)");
        else if (errno != ENOENT)
            ld_error(L, "cannot open: %s", strerror(errno));
        return NULL;
    }
    FILE *in = NULL;
    if (!S_ISREG(st.st_mode))
        ld_error(L, "cannot open: not a regular file (%s; data files must be "
                 "regular files in the data folder)",
                 S_ISFIFO(st.st_mode) ? "a pipe" : S_ISDIR(st.st_mode)
                 ? "a folder" : "a device or socket");
    else if ((uintmax_t)st.st_size > L->s->max_file_bytes)
        ld_error(L, "file larger than %zu bytes (limits.max_file_bytes)",
                 L->s->max_file_bytes);
    else if (!(in = fdopen(fd, "rb")))
        ld_error(L, "cannot open: %s", strerror(errno));
    if (!in)
        close(fd);
    return in;
}

/* The file `i` opened for reading, or NULL when absent or refused (the
 * reason noted). */
static FILE *source_open(Loader *L, const Source *src, size_t i)
{
    static char empty[1];
    if (src->mem) {
        const LoadBuffer *b = &src->mem[i];
        if (!b->data)
            return NULL;
        /* fmemopen only reads through the pointer in "rb" mode */
        FILE *in = fmemopen(b->len ? (void *)(uintptr_t)b->data : empty,
                            b->len, "rb");
        if (!in)
            ld_error(L, "cannot open: %s", strerror(errno));
        return in;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", src->dir, load_files[i].file);
    return open_data_file(L, path);
}

/* One file through L, with a header of its own. */
static void load_file(Loader *L, const Source *src, size_t i)
{
    const FileSpec *fs = &load_files[i];
    L->fs = fs;
    L->line = 0;
    L->full = false;
    FILE *in = source_open(L, src, i);
    if (!in)
        return;                 /* absent optional file: no rows */
    LoadHeader head = { 0 };
    L->head = &head;
    bool participation = i == LOAD_PARTICIPATION;
    Err e = ERR_OK;
    if (participation && !src->mem && load_halves_read(L, in))
        fclose(in);
    else {
        /* No room made from a count of lines (issue 21.4): the table
         * grows with the rows read. */
        e = csvread_stream(in, fs->file, L->s, ld_on_record, L, L->d);
        fclose(in);
    }
    if (participation) {
        L->m->participation = L->part;
        L->m->n_participation = L->n_part;
    }
    if (!e && !head.have) {
        L->line = 0;
        ld_error(L, "empty file, expected a header row");
    }
    ld_header_release(&head);
    L->head = NULL;
}

static void *to_arena(Arena *a, void *p, size_t n, size_t size, size_t align)
{
    void *r = arena_alloc(a, size, align, n + 1);
    if (n)
        memcpy(r, p, n * size);
    free(p);
    return r;
}

#define MOVE(L, field, n) \
    ((L)->m->field = to_arena(&(L)->m->arena, (L)->m->field, (size_t)(n), \
                              sizeof *(L)->m->field, _Alignof(max_align_t)))

static void finish(Loader *L)
{
    Model *m = L->m;
    MOVE(L, countries, m->n_countries);
    MOVE(L, editions, m->n_editions);
    MOVE(L, gci, m->n_gci);
    MOVE(L, projects, m->n_projects);
    MOVE(L, assessments, m->n_assessments);
    MOVE(L, scenarios, m->n_scenarios);
    MOVE(L, results, m->n_results);
    free(L->t->iso3);
    free(L->t->pslots);
    free(L->t->plen);
    free(L->t->koff);
    free(L->t->keys);
    free(L->t->gci_seen);
    free(L->t->sslots);
    ld_release(L);
}

/* The folder and the required files exist and can be read; each missing
 * or unreadable one is noted with the real cause (issue 21.11: a folder
 * without read permission gave four "missing required file"). */
static bool inputs_present(const Source *src, Diag *d)
{
    struct stat st;
    char path[4096];
    if (!src->mem && (stat(src->dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
        if (errno == ENOENT || errno == ENOTDIR || !errno || S_ISREG(st.st_mode))
            diag_error(d, src->dir, 0, "data folder not found");
        else
            diag_error(d, src->dir, 0, "cannot read the data folder: %s",
                       strerror(errno));
        return false;
    }
    if (!src->mem && access(src->dir, X_OK) != 0) {
        diag_error(d, src->dir, 0, "cannot read the data folder: %s",
                   strerror(errno));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < LOAD_N_FILES; i++) {
        bool required = i < LOAD_N_REQUIRED;
        if (src->mem) {
            if (required && !src->mem[i].data) {
                diag_error(d, load_files[i].file, 0, "missing required file");
                ok = false;
            }
            continue;
        }
        snprintf(path, sizeof path, "%s/%s", src->dir, load_files[i].file);
        errno = 0;
        if (lstat(path, &st) != 0 && errno == ENOENT) {
            if (required)
                diag_error(d, load_files[i].file, 0, "missing required file");
            ok = ok && !required;
        } else if (errno || (S_ISREG(st.st_mode) && access(path, R_OK) != 0)) {
            diag_error(d, load_files[i].file, 0, "cannot read: %s", strerror(errno));
            ok = false;
        }
    }
    return ok;
}

/* The duplicate table of gci.csv, once countries and editions are in. */
static int32_t *gci_seen_table(const Model *m)
{
    size_t cells = (size_t)m->n_countries * (size_t)m->n_editions;
    int32_t *seen = xrealloc(NULL, (cells + 1) * sizeof *seen);
    for (size_t k = 0; k < cells; k++)
        seen[k] = -1;
    return seen;
}

static Err load_from(Model *m, const Source *src, const Settings *s, Diag *d)
{
    if (!inputs_present(src, d))
        return ERR_NOINPUT;
    size_t errors_before = d->errors;
    LoadTables t = { 0 };
    Loader L = { .m = m, .d = d, .s = s, .t = &t, .last_project = -1,
                 .strings = &m->arena };
    t.iso3 = xrealloc(NULL, HASH_ISO3_SLOTS * sizeof *t.iso3);
    for (int i = 0; i < HASH_ISO3_SLOTS; i++)
        t.iso3[i] = -1;
    for (size_t i = 0; i < LOAD_N_FILES; i++) {
        if (i == LOAD_GCI)
            t.gci_seen = gci_seen_table(m);
        load_file(&L, src, i);
    }
    finish(&L);
    model_index(m);
    return d->errors > errors_before ? ERR_DATA : ERR_OK;
}

Err load_data(Model *m, const char *dir, const Settings *s, Diag *d)
{
    Source src = { .dir = dir };
    return load_from(m, &src, s, d);
}

Err load_data_from_memory(Model *m, const LoadBuffer mem[LOAD_N_FILES],
                          const Settings *s, Diag *d)
{
    Source src = { .mem = mem };
    return load_from(m, &src, s, d);
}

const char *load_file_name(LoadFileId f)
{
    return (unsigned)f < LOAD_N_FILES ? load_files[f].file : NULL;
}

