#include "import/import.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "config/settings.h"
#include "import/csvout.h"
#include "import/iati_read.h"
#include "import/iso3166.h"
#include "load/csvread.h"

/* ---- a set of strings, each with where it was first seen ---- */

typedef struct {
    char **keys;               /* malloc'd, owned; NULL = free slot */
    char **where;              /* "projects.csv:12" or "FILE:LINE" */
    size_t n, cap;             /* cap is a power of two */
} IdSet;

static size_t slot(const IdSet *s, const char *k)
{
    size_t i = (size_t)hash_bytes(k, strlen(k)) & (s->cap - 1);
    while (s->keys[i] && strcmp(s->keys[i], k))
        i = (i + 1) & (s->cap - 1);
    return i;
}

static const char *idset_find(const IdSet *s, const char *k)
{
    if (!s->n)
        return NULL;
    size_t i = slot(s, k);
    return s->keys[i] ? s->where[i] : NULL;
}

static void idset_add(IdSet *s, const char *k, const char *where);

static void idset_grow(IdSet *s)
{
    IdSet old = *s;
    s->cap = old.cap ? 2 * old.cap : 64;
    s->n = 0;
    s->keys = calloc(s->cap, sizeof *s->keys);
    s->where = calloc(s->cap, sizeof *s->where);
    if (!s->keys || !s->where)
        abort();
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            size_t j = slot(s, old.keys[i]);
            s->keys[j] = old.keys[i], s->where[j] = old.where[i];
            s->n++;
        }
    free(old.keys);
    free(old.where);
}

static void idset_add(IdSet *s, const char *k, const char *where)
{
    if (!*k || idset_find(s, k))
        return;
    if (2 * (s->n + 1) > s->cap)
        idset_grow(s);
    size_t i = slot(s, k);
    s->keys[i] = strdup(k);
    s->where[i] = strdup(where);
    if (!s->keys[i] || !s->where[i])
        abort();
    s->n++;
}

static void idset_release(IdSet *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free(s->keys[i]), free(s->where[i]);
    free(s->keys);
    free(s->where);
    *s = (IdSet){ 0 };
}

/* ---- the three output files ---- */

enum { OUT_PROJECTS, OUT_SCENARIOS, OUT_RESULTS, OUT_COUNT };

/* SPEC §2 columns, in the order a new file gets them. */
static const char *const projects_cols[] = {
    "project_id", "title", "scheme", "countries", "start", "end", "pillars",
    "counterpart", "partners", "budget_jpy", "url", "sources", "title_ja",
};
static const char *const scenarios_cols[] = {
    "project_id", "indicator_id", "pillar", "indicator", "direction",
    "baseline", "target", "target_date", "baseline_date", "unit",
    "indicator_ja", "source",
};
static const char *const results_cols[] = {
    "project_id", "indicator_id", "date", "value", "source", "note",
};

typedef struct {
    const char *name;
    const char *const *spec;   /* SPEC columns */
    size_t n_spec;
    char *path;
    char *old;                 /* the hand-kept file's bytes, or NULL */
    size_t old_len;
    char **header;             /* its header (malloc'd names) or NULL */
    size_t n_header;
    int *col_of;               /* header column -> SPEC column, or -1 */
    const char *eol;
    char *tmp;                 /* temporary file, once a row is written */
    FILE *out;
    size_t rows;
} OutFile;

typedef struct {
    const ImportJob *job;
    ImportStats *st;
    Diag *d;
    Settings settings;
    Iso3166 iso;
    IatiReport rep;
    OutFile files[OUT_COUNT];
    IdSet kept;                /* ids of the hand-kept projects.csv */
    IdSet imported;            /* ids written by this import */
    IdSet countries;           /* iso3 of countries.csv, if there is one */
    bool have_countries;
    IdSet unknown_countries;   /* reported once each */
    int id_col, iati_col;      /* in the hand-kept projects.csv, or -1 */
    int iso3_col;              /* in countries.csv */
    const char *file_noted;    /* the file whose version was checked */
    Arena scratch;             /* one mapped activity; reset after each */
    Err err;
} Imp;

/* The header of the file being read, then its rows: ids or iso3 codes. */
static bool on_header(OutFile *f, const CsvField *c, size_t n)
{
    f->header = xrealloc(NULL, n * sizeof *f->header);
    f->col_of = xrealloc(NULL, n * sizeof *f->col_of);
    f->n_header = n;
    for (size_t i = 0; i < n; i++) {
        f->header[i] = strdup(c[i].p);
        if (!f->header[i])
            abort();
        f->col_of[i] = -1;
        for (size_t k = 0; k < f->n_spec; k++)
            if (!strcmp(c[i].p, f->spec[k]))
                f->col_of[i] = (int)k;
    }
    return true;
}

typedef struct {
    Imp *I;
    OutFile *f;                /* NULL: countries.csv */
    long records;
} Reading;

static int column(const CsvField *c, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(c[i].p, name))
            return (int)i;
    return -1;
}

static bool on_record(void *user, const CsvField *c, size_t n, long line)
{
    Reading *R = user;
    Imp *I = R->I;
    if (R->records++ == 0) {
        if (!R->f) {
            I->iso3_col = column(c, n, "iso3");
            return I->iso3_col >= 0;
        }
        on_header(R->f, c, n);
        if (R->f != &I->files[OUT_PROJECTS])
            return false;         /* only the header is needed */
        I->id_col = column(c, n, "project_id");
        I->iati_col = column(c, n, "iati_identifier");
        return true;
    }
    char where[64];
    snprintf(where, sizeof where, "line %ld", line);
    if (!R->f) {
        if ((size_t)I->iso3_col < n)
            idset_add(&I->countries, c[I->iso3_col].p, where);
        return true;
    }
    if (I->id_col >= 0 && (size_t)I->id_col < n)
        idset_add(&I->kept, c[I->id_col].p, where);
    if (I->iati_col >= 0 && (size_t)I->iati_col < n)
        idset_add(&I->kept, c[I->iati_col].p, where);
    return true;
}

/* Read what `out_dir` holds already: the file's bytes (copied ahead of
 * the new rows), header and ids.  A missing file is no error. */
static Err read_existing(Imp *I, OutFile *f, const char *name)
{
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", I->job->out_dir, name)) {
        diag_error(I->d, name, 0, "path too long");
        return ERR_USAGE;
    }
    size_t len = 0;
    char *bytes = fs_read_file(path, I->settings.max_file_bytes, &len);
    if (!bytes) {
        if (errno == ENOENT)
            return ERR_OK;
        diag_error(I->d, path, 0, "cannot read: %s", strerror(errno));
        return errno == EFBIG ? ERR_TOO_BIG : ERR_DATA;
    }
    static char empty[1];
    FILE *in = fmemopen(len ? bytes : empty, len ? len : 1, "rb");
    if (!in)
        abort();
    Reading R = { I, f, 0 };
    Err err = len ? csvread_stream(in, name, &I->settings, on_record, &R,
                                   I->d) : ERR_OK;
    fclose(in);
    if (f && !err) {
        f->old = bytes, f->old_len = len;
        const char *nl = memchr(bytes, '\n', len);
        f->eol = nl && nl > bytes && nl[-1] == '\r' ? "\r\n" : "\n";
    } else {
        free(bytes);
    }
    if (err)
        diag_error(I->d, name, 0, "the file in %s does not read as CSV: fix "
                   "it first (cyberdash validate), nothing was imported",
                   I->job->out_dir);
    if (!f && !err)
        I->have_countries = I->iso3_col >= 0;
    return err;
}

/* The first row written to a file opens its temporary file, copies the
 * hand-kept bytes (ending their last line) or writes the SPEC header. */
static bool open_out(Imp *I, OutFile *f)
{
    if (f->out)
        return true;
    size_t n = strlen(f->path) + 16;
    f->tmp = xrealloc(NULL, n);
    snprintf(f->tmp, n, "%s.iatiXXXXXX", f->path);
    int fd = mkstemp(f->tmp);
    /* mkstemp makes it 0600: give it the mode of the file it replaces, or
     * the one a new file would get (0666 less the umask). */
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    mode_t mode = stat(f->path, &st) == 0 ? st.st_mode & 07777
                                           : (mode_t)(0666 & ~mask);
    if (fd >= 0 && fchmod(fd, mode) != 0) {
        close(fd), unlink(f->tmp);
        fd = -1;
    }
    f->out = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f->out) {
        diag_error(I->d, f->path, 0, "cannot write: %s", strerror(errno));
        if (fd >= 0)
            close(fd), unlink(f->tmp);
        free(f->tmp), f->tmp = NULL;
        I->err = ERR_WRITE;
        return false;
    }
    if (f->old && f->header) {
        for (size_t k = 0; k < f->n_spec; k++) {
            bool has = false;
            for (size_t i = 0; i < f->n_header; i++)
                has |= f->col_of[i] == (int)k;
            if (!has)
                iati_note(&I->rep, f->path, 1, "no column '%s': the imported "
                          "values for it are left out (add the column to "
                          "keep them)", f->spec[k]);
        }
        fwrite(f->old, 1, f->old_len, f->out);
        if (f->old_len && f->old[f->old_len - 1] != '\n')
            fputs(f->eol, f->out);
    } else {
        csvout_row(f->out, f->spec, f->n_spec, f->eol);
    }
    return true;
}

/* One row in the file's own column order; a column the file lacks drops
 * its value, a column SPEC does not name stays empty. */
static void put_row(Imp *I, OutFile *f, const char *const *spec_cells)
{
    if (I->err || !open_out(I, f))
        return;
    size_t n = f->header ? f->n_header : f->n_spec;
    const char **cells = xrealloc(NULL, (n ? n : 1) * sizeof *cells);
    for (size_t i = 0; i < n; i++) {
        int k = f->header ? f->col_of[i] : (int)i;
        cells[i] = k >= 0 ? spec_cells[k] : NULL;
    }
    csvout_row(f->out, cells, n, f->eol);
    free(cells);
    f->rows++;
}

/* ---- each activity ---- */

static void check_countries(Imp *I, const IatiActivity *a,
                            const IatiProject *p)
{
    if (!I->have_countries)
        return;
    const char *c = p->countries;
    while (*c) {
        size_t n = strcspn(c, ";");
        char code[8] = "";
        if (n < sizeof code)
            memcpy(code, c, n), code[n] = '\0';
        if (!idset_find(&I->countries, code)
            && !idset_find(&I->unknown_countries, code)) {
            idset_add(&I->unknown_countries, code, "");
            iati_note(&I->rep, a->file, a->line, "project '%s': country '%s' "
                      "is not in countries.csv: add it there, or validate "
                      "will report it", p->project_id, code);
        }
        c += n + (c[n] == ';');
    }
}

/* A cell longer than the loader reads (limits.max_field_bytes, SPEC §5)
 * is cut where a character ends -- a list where a value ends -- and
 * reported. */
static const char *fit(Imp *I, const IatiActivity *a, const char *id,
                       const char *column, const char *s, bool list)
{
    size_t len = strlen(s), max = I->settings.max_field_bytes;
    if (len <= max)
        return s;
    size_t cut = utf8_cut(s, len, max);
    if (list)
        while (cut && s[cut] != ';')
            cut--;
    iati_note(&I->rep, a->file, a->line, "project '%s': column '%s' longer "
              "than %zu bytes (limits.max_field_bytes): cut to %zu", id,
              column, max, cut);
    return arena_strndup(&I->scratch, s, cut);
}

static void write_project(Imp *I, const IatiActivity *a, IatiProject *p)
{
    const char **cells[] = { &p->title, &p->countries, &p->pillars,
                             &p->counterpart, &p->partners, &p->url,
                             &p->sources, &p->title_ja };
    static const char *const names[] = { "title", "countries", "pillars",
                                         "counterpart", "partners", "url",
                                         "sources", "title_ja" };
    static const bool lists[] = { 0, 1, 1, 0, 1, 0, 1, 0 };
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++)
        *cells[i] = fit(I, a, p->project_id, names[i], *cells[i], lists[i]);
    const char *row[] = { p->project_id, p->title, p->scheme, p->countries,
                          p->start, p->end, p->pillars, p->counterpart,
                          p->partners, p->budget_jpy, p->url, p->sources,
                          p->title_ja };
    put_row(I, &I->files[OUT_PROJECTS], row);
    for (const IatiScenarioRow *s = p->scenarios; s; s = s->next) {
        const char *srow[] = { p->project_id, s->indicator_id, s->pillar,
                               s->indicator, s->direction, s->baseline,
                               s->target, s->target_date, s->baseline_date,
                               s->unit, s->indicator_ja, s->source };
        put_row(I, &I->files[OUT_SCENARIOS], srow);
        I->st->scenarios++;
    }
    for (const IatiResultRow *r = p->results; r; r = r->next) {
        const char *rrow[] = { p->project_id, r->indicator_id, r->date,
                               r->value, r->source, r->note };
        put_row(I, &I->files[OUT_RESULTS], rrow);
        I->st->results++;
    }
    I->st->imported++;
}

/* A project in both the hand-kept file and the IATI file, or met twice,
 * is written once (issue 20 "merging"). */
static bool duplicate(Imp *I, const IatiActivity *a)
{
    if (!a->id || !*a->id->s)
        return false;
    const char *id = a->id->s, *where = idset_find(&I->kept, id);
    if (where) {
        iati_note(&I->rep, a->file, a->id->line, "project '%s' is in "
                  "projects.csv already (%s): the hand-kept row is kept",
                  id, where);
        return true;
    }
    where = idset_find(&I->imported, id);
    if (where) {
        iati_note(&I->rep, a->file, a->id->line, "activity '%s' was imported "
                  "already from %s: not imported twice", id, where);
        return true;
    }
    return false;
}

static bool on_activity(void *user, const IatiActivity *a)
{
    Imp *I = user;
    I->st->activities++;
    if (I->file_noted != a->file) {
        I->file_noted = a->file;
        if (*a->version && strncmp(a->version, "2.", 2))
            iati_note(&I->rep, a->file, 0, "IATI version '%s': the mapping is "
                      "for versions 2.01 to 2.03; what it finds is read as "
                      "they would be", a->version);
    }
    if (!iati_filter_match(a, I->job->filters, I->job->n_filters)) {
        I->st->filtered_out++;
        return true;
    }
    if (duplicate(I, a)) {
        I->st->already++;
        return true;
    }
    Arena *ar = &I->scratch;
    IatiProject p;
    if (iati_map(a, &I->iso, ar, &p, &I->rep)) {
        check_countries(I, a, &p);
        char where[4096];
        snprintf(where, sizeof where, "%s:%ld", a->file, a->line);
        idset_add(&I->imported, p.project_id, where);
        write_project(I, a, &p);
    } else {
        I->st->not_imported++;
    }
    arena_reset(ar);
    return I->err == ERR_OK;
}

/* ---- the run ---- */

static Err prepare(Imp *I)
{
    static const struct {
        const char *name;
        const char *const *cols;
        size_t n;
    } outs[OUT_COUNT] = {
        { "projects.csv", projects_cols, sizeof projects_cols / sizeof *projects_cols },
        { "scenarios.csv", scenarios_cols, sizeof scenarios_cols / sizeof *scenarios_cols },
        { "results.csv", results_cols, sizeof results_cols / sizeof *results_cols },
    };
    for (int i = 0; i < OUT_COUNT; i++) {
        OutFile *f = &I->files[i];
        *f = (OutFile){ .name = outs[i].name, .spec = outs[i].cols,
                        .n_spec = outs[i].n, .eol = "\n" };
        char path[4096];
        if (!fs_path_fmt(path, sizeof path, "%s/%s", I->job->out_dir,
                         f->name)) {
            diag_error(I->d, I->job->out_dir, 0, "path too long");
            return ERR_USAGE;
        }
        f->path = strdup(path);
        Err err = read_existing(I, f, f->name);
        if (err)
            return err;
    }
    return read_existing(I, NULL, "countries.csv");
}

static Err check_inputs(Imp *I)
{
    Err err = ERR_OK;
    for (size_t i = 0; i < I->job->n_files; i++)
        if (access(I->job->files[i], R_OK) != 0) {
            diag_error(I->d, I->job->files[i], 0, "cannot open: %s",
                       strerror(errno));
            err = ERR_NOINPUT;
        }
    if (err)
        return err;
    /* A data folder that does not exist yet is made (mkdir -p). */
    struct stat st;
    err = fs_mkdirs(I->job->out_dir, I->d);
    if (!err && (stat(I->job->out_dir, &st) != 0 || !S_ISDIR(st.st_mode)
                 || access(I->job->out_dir, W_OK) != 0)) {
        diag_error(I->d, I->job->out_dir, 0, "cannot write into this folder");
        err = ERR_WRITE;
    }
    return err;
}

/* Close every temporary file; rename each over its output when `keep`,
 * else remove it. */
static Err finish(Imp *I, bool keep)
{
    Err err = ERR_OK;
    for (int i = 0; i < OUT_COUNT; i++) {
        OutFile *f = &I->files[i];
        if (f->out) {
            bool bad = ferror(f->out) != 0;
            bad |= fclose(f->out) != 0;
            if (keep && bad) {
                diag_error(I->d, f->path, 0, "cannot write: %s",
                           strerror(errno));
                err = ERR_WRITE;
            }
        }
        f->out = NULL;
    }
    for (int i = 0; i < OUT_COUNT; i++) {
        OutFile *f = &I->files[i];
        if (!f->tmp)
            continue;
        if (keep && !err && rename(f->tmp, f->path) != 0) {
            diag_error(I->d, f->path, 0, "cannot write: %s", strerror(errno));
            err = ERR_WRITE;
        }
        unlink(f->tmp);
    }
    return err;
}

static void release(Imp *I)
{
    for (int i = 0; i < OUT_COUNT; i++) {
        OutFile *f = &I->files[i];
        for (size_t k = 0; k < f->n_header; k++)
            free(f->header[k]);
        free(f->header);
        free(f->col_of);
        free(f->old);
        free(f->path);
        free(f->tmp);
    }
    idset_release(&I->kept);
    idset_release(&I->imported);
    idset_release(&I->countries);
    idset_release(&I->unknown_countries);
    iso3166_release(&I->iso);
    arena_release(&I->scratch);
}

Err import_iati(const ImportJob *job, ImportStats *st, Diag *d)
{
    *st = (ImportStats){ 0 };
    Imp I = { .job = job, .st = st, .d = d, .rep = { job->report, 0 },
              .id_col = -1, .iati_col = -1, .iso3_col = -1 };
    settings_defaults(&I.settings);
    Err err = check_inputs(&I);
    if (!err)
        err = iso3166_load(&I.iso, job->iso_codes ? job->iso_codes
                                                  : ISO3166_DEFAULT_PATH, d);
    if (!err)
        err = prepare(&I);
    bool xml_ok = true;
    for (size_t i = 0; !err && i < job->n_files && !I.err; i++) {
        Err e = iati_read_file(job->files[i], job->files[i], on_activity, &I,
                               d, NULL);
        xml_ok &= e == ERR_OK;
    }
    if (!err && I.err)
        err = I.err;
    if (!err && xml_ok && st->not_imported && !st->imported && !st->already) {
        diag_error(d, job->out_dir, 0, "nothing imported: no activity could "
                   "be (the report above says why for each)");
        err = ERR_DATA;
    }
    if (!err && !xml_ok) {
        diag_error(d, job->out_dir, 0, "nothing was written: fix the errors "
                   "above and import again");
        err = ERR_DATA;
    }
    Err fin = finish(&I, !err);
    if (!err)
        err = fin;
    st->notes = I.rep.notes;
    release(&I);
    return err;
}
