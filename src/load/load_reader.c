/* load_reader.c -- the table framework of the loader (load_reader.h). */
#include "load/load_reader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hash.h"
#include "base/utf8.h"

/* Room for one more element in a growing table (geometric growth). */
void *ld_grow(void *p, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 64;
    return xrealloc(p, *cap * size);
}

/* The message of the current record, as an error or a warning. */
static void note(Loader *L, bool error, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
static void note(Loader *L, bool error, const char *fmt, va_list ap)
{
    char msg[900];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (error)
        diag_error(L->d, L->fs->file, L->line, "%s", msg);
    else
        diag_warning(L->d, L->fs->file, L->line, "%s", msg);
}

void ld_error(Loader *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    note(L, true, fmt, ap);
    va_end(ap);
}

void ld_warn(Loader *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    note(L, false, fmt, ap);
    va_end(ap);
}

/* A value is quoted in messages up to 100 bytes, cut on a UTF-8 boundary,
 * so a 64 kB cell cannot drown the report. */
int ld_shown(CsvField f)
{
    return (int)utf8_cut(f.p, f.len, 100);
}

const char *ld_col(const Loader *L, int c) { return L->fs->cols[c]; }

CsvField ld_cell(const Loader *L, int c) { return L->cell[c]; }

bool ld_empty(CsvField f) { return f.len == 0; }

/* Arena copy of a cell; NULL when it is empty. */
const char *ld_opt_str(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    return f.len ? arena_strndup(&L->m->arena, f.p, f.len) : NULL;
}

/* Arena copy of a required cell ("" when empty: the error is noted). */
const char *ld_req_str(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    return arena_strndup(&L->m->arena, f.p, f.len);
}

bool ld_uint(CsvField f, int64_t max, int64_t *out)
{
    if (f.len == 0 || f.len > 18)
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < f.len; i++) {
        if (f.p[i] < '0' || f.p[i] > '9')
            return false;
        v = v * 10 + (f.p[i] - '0');
    }
    if (v > max)
        return false;
    *out = v;
    return true;
}

bool ld_year(CsvField f, int *out)
{
    int64_t v;
    if (f.len != 4 || !ld_uint(f, 9999, &v) || v < 1000)
        return false;
    *out = (int)v;
    return true;
}

/* "20" for an integer, else the exact value to 2 decimals ("20.50"). */
const char *ld_rat_text(Rat r, char buf[32])
{
    if (r.den == 1)
        snprintf(buf, 32, "%lld", (long long)r.num);
    else
        rat_format2(r, buf);
    return buf;
}

/* The slot of a well-formed code, or -1 with the error noted.  Empty
 * cells are left to the required-cell check. */
int ld_iso3(Loader *L, int c, CsvField f)
{
    int slot = hash_iso3(f.p, f.len);
    if (slot < 0 && !ld_empty(f))
        ld_error(L, "column '%s': invalid country code '%.*s', expected three "
                 "upper-case letters (ISO 3166-1 alpha-3)", ld_col(L, c), LD_V(f));
    /* Issue 21.9: a code names files (countries/ISO3.html, briefs/ISO3.pdf);
     * these four are Windows devices, and ISO 3166 assigns none of them. */
    static const char *const devices[] = { "AUX", "CON", "NUL", "PRN" };
    for (size_t i = 0; slot >= 0 && i < sizeof devices / sizeof *devices; i++)
        if (!memcmp(f.p, devices[i], 3)) {
            ld_error(L, "column '%s': country code '%.*s' is a Windows device "
                     "name and cannot name the country's files", ld_col(L, c),
                     LD_V(f));
            slot = -1;
        }
    return slot;
}

/* Index of a country declared in countries.csv, or -1 (noted). */
int ld_country(Loader *L, int c, CsvField f)
{
    int slot = ld_iso3(L, c, f);
    if (slot < 0)
        return -1;
    int idx = L->t->iso3[slot];
    if (idx < 0)
        ld_error(L, "column '%s': unknown country code '%.*s'", ld_col(L, c), LD_V(f));
    return idx;
}

/* A date cell: true with *out set when valid; false when empty or bad
 * (bad noted). */
bool ld_date(Loader *L, int c, Date *out, DatePrec *prec)
{
    CsvField f = ld_cell(L, c);
    if (ld_empty(f))
        return false;
    if (date_parse_reduced(f.p, f.len, out, prec))
        return true;
    ld_error(L, "column '%s': invalid date '%.*s', expected YYYY-MM-DD (a real "
             "day), YYYY-MM or YYYY", ld_col(L, c), LD_V(f));
    return false;
}

/* A token cell through `lookup`: its value, or -1 when empty or unknown
 * (unknown noted with the list of allowed values). */
int ld_token(Loader *L, int c, const char *what,
             int (*lookup)(const char *, size_t), const char *allowed)
{
    CsvField f = ld_cell(L, c);
    if (ld_empty(f))
        return -1;
    int v = lookup(f.p, f.len);
    if (v < 0)
        ld_error(L, "column '%s': unknown %s '%.*s', expected %s", ld_col(L, c), what,
                 LD_V(f), allowed);
    return v;
}

static bool ld_same(CsvField a, CsvField b)
{
    return a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* Set tmp_dup[i] for each of the n items equal to an earlier one: one
 * pass through an open-addressing set at most half full. */
static void mark_repeats(Loader *L, size_t n)
{
    size_t size = 16;             /* this cell's table: small cells stay cheap */
    while (size < 2 * n + 1)
        size *= 2;
    if (L->slot_cap < size) {
        free(L->tmp_slot);
        L->tmp_slot = xrealloc(NULL, size * sizeof *L->tmp_slot);
        L->slot_cap = size;
    }
    memset(L->tmp_slot, 0, size * sizeof *L->tmp_slot);
    size_t mask = size - 1;
    for (size_t i = 0; i < n; i++) {
        size_t h = (size_t)hash_bytes(L->tmp_str[i].p, L->tmp_str[i].len) & mask;
        L->tmp_dup[i] = false;
        for (; L->tmp_slot[h]; h = (h + 1) & mask)
            if (ld_same(L->tmp_str[L->tmp_slot[h] - 1], L->tmp_str[i])) {
                L->tmp_dup[i] = true;
                break;
            }
        if (!L->tmp_dup[i])
            L->tmp_slot[h] = i + 1;
    }
}

/* Split a multi-valued cell on ';' into trimmed, non-empty items, in
 * L->tmp_str; returns their number. */
bool ld_room(Loader *L, int n, size_t max, const char *what, const char *key)
{
    if ((size_t)n < max)
        return true;
    if (!L->full)
        ld_error(L, "too many %s: more than %zu (limits.%s); the rest are not "
                 "read", what, max, key);
    L->full = true;
    return false;
}

size_t ld_split(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    size_t n = 0;
    const char *p = f.p, *end = f.p + f.len;
    while (p <= end) {
        const char *q = memchr(p, ';', (size_t)(end - p));
        if (!q)
            q = end;
        const char *a = p, *b = q;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        if (b > a && n == L->s->max_cell_items) {
            ld_error(L, "column '%s': more than %zu items (limits.max_cell_items)",
                     ld_col(L, c), L->s->max_cell_items);
            break;
        }
        if (b > a) {
            if (n == L->tmp_cap) {
                L->tmp_cap = L->tmp_cap ? L->tmp_cap * 2 : 16;
                L->tmp_str = xrealloc(L->tmp_str, L->tmp_cap * sizeof *L->tmp_str);
                L->tmp_int = xrealloc(L->tmp_int, L->tmp_cap * sizeof *L->tmp_int);
                L->tmp_dup = xrealloc(L->tmp_dup, L->tmp_cap * sizeof *L->tmp_dup);
            }
            L->tmp_str[n++] = (CsvField){ a, (size_t)(b - a) };
        }
        p = q + 1;
    }
    mark_repeats(L, n);
    return n;
}

/* True (and a warning) when item i repeats an earlier item of the cell. */
bool ld_repeated(Loader *L, int c, size_t i)
{
    if (!L->tmp_dup[i])
        return false;
    ld_warn(L, "column '%s': duplicate value '%.*s' (kept once)",
            ld_col(L, c), LD_V(L->tmp_str[i]));
    return true;
}


/* ---- the header and each record ---- */

static int column_id(const FileSpec *fs, CsvField name)
{
    for (int c = 0; c < LD_MAX_COLS && fs->cols[c]; c++)
        if (strlen(fs->cols[c]) == name.len
            && memcmp(fs->cols[c], name.p, name.len) == 0)
            return c;
    return -1;
}

/* Keep the header's text: a file read in parts names its columns in the
 * messages of every part. */
static void copy_header(Loader *L, const CsvField *f, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += f[i].len + 1;
    free(L->head->text);
    free(L->head->fields);
    L->head->text = xrealloc(NULL, len + 1);
    L->head->fields = xrealloc(NULL, (n + 1) * sizeof *L->head->fields);
    len = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(L->head->text + len, f[i].p, f[i].len);
        L->head->text[len + f[i].len] = '\0';
        L->head->fields[i] = (CsvField){ L->head->text + len, f[i].len };
        len += f[i].len + 1;
    }
    L->head->n_fields = n;
}

static void header(Loader *L, const CsvField *f, size_t n)
{
    unsigned seen = 0;
    copy_header(L, f, n);
    L->head->colmap = xrealloc(NULL, n * sizeof *L->head->colmap);
    L->head->n = n;
    for (size_t i = 0; i < n; i++) {
        int c = column_id(L->fs, f[i]);
        L->head->colmap[i] = -1;
        if (c < 0)
            ld_warn(L, "unknown column '%.*s' (ignored)", LD_V(f[i]));
        else if (seen & LD_BIT(c))
            ld_error(L, "duplicate column '%s'", ld_col(L, c));
        else {
            seen |= LD_BIT(c);
            L->head->colmap[i] = c;
        }
    }
    L->head->missing = L->fs->required & ~seen;
    for (int c = 0; c < LD_MAX_COLS; c++)
        if (L->head->missing & LD_BIT(c))
            ld_error(L, "missing required column '%s'", ld_col(L, c));
}

bool ld_on_record(void *user, const CsvField *f, size_t n, long line)
{
    Loader *L = user;
    L->line = line;
    if (!L->head->have) {
        L->head->have = true;
        header(L, f, n);
        return true;
    }
    if (n != L->head->n) {
        ld_error(L, "wrong number of fields: expected %zu (as in the header), "
                 "found %zu", L->head->n, n);
        return true;
    }
    for (int c = 0; c < LD_MAX_COLS; c++)
        L->cell[c] = (CsvField){ "", 0 };
    for (size_t i = 0; i < n; i++)
        if (L->head->colmap[i] >= 0)
            L->cell[L->head->colmap[i]] = f[i];
    unsigned check = L->fs->nonempty & ~L->head->missing;
    for (int c = 0; c < LD_MAX_COLS; c++)
        if ((check & LD_BIT(c)) && ld_empty(L->cell[c]))
            ld_error(L, "column '%s': empty, a value is required", ld_col(L, c));
    L->fs->row(L);
    return true;
}


size_t ld_count_newlines(const char *p, size_t n)
{
    size_t k = 0;
    for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))); p++)
        k++;
    return k;
}

size_t ld_count_records(const char *p, size_t n)
{
    size_t k = 0;
    bool filled = false;       /* the current line holds a byte */
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n' || p[i] == '\r') {  /* libcsv ends a record at a lone CR too */
            k += filled;
            filled = false;
        } else
            filled = true;
    }
    return k + filled;
}


Loader ld_fork(const Loader *parent, Diag *d, Participation *rows, size_t cap)
{
    return (Loader){ .m = parent->m, .d = d, .s = parent->s, .fs = parent->fs,
                     .head = parent->head, .t = parent->t, .last_project = -1,
                     .part = rows, .part_cap = cap };
}

const char *ld_row_source(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    if (!f.len)
        return NULL;
    if (L->last_source && L->last_source_len == f.len
        && memcmp(L->last_source, f.p, f.len) == 0)
        return L->last_source;
    L->last_source = arena_strndup(L->strings, f.p, f.len);
    L->last_source_len = f.len;
    return L->last_source;
}

void ld_release(Loader *L)
{
    free(L->tmp_int);
    free(L->tmp_str);
    free(L->tmp_dup);
    free(L->tmp_slot);
    L->tmp_int = NULL;
    L->tmp_str = NULL;
    L->tmp_dup = NULL;
    L->tmp_slot = NULL;
    L->tmp_cap = L->slot_cap = 0;
}

void ld_header_release(LoadHeader *h)
{
    free(h->colmap);
    free(h->text);
    free(h->fields);
    *h = (LoadHeader){ 0 };
}
