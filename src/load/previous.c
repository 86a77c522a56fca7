/* previous.c -- an earlier output's figures (previous.h). */
#include "load/previous.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/csvread.h"
#include "model/model.h"

/* Messages name the role, not the path: the methodology page lists them,
 * and its bytes must not depend on where the output folder is (§5). */
static const char *const WHERE = "the earlier output (--out or --previous)";

/* The ISO3 strings of a JSON array joined by ", "; NULL when not one. */
static char *joined(json_t *a)
{
    if (!json_is_array(a))
        return NULL;
    size_t n = json_array_size(a), i;
    char *out = calloc(n * 5 + 1, 1);
    if (!out)
        abort();
    json_t *v;
    json_array_foreach(a, i, v) {
        if (!json_is_string(v) || strlen(json_string_value(v)) != 3) {
            free(out);
            return NULL;
        }
        if (i)
            strcat(out, ", ");
        strcat(out, json_string_value(v));
    }
    return out;
}

static bool read_d2(Published *p, json_t *cum)
{
    if (!json_is_array(cum))
        return false;
    p->n_d2 = (int)json_array_size(cum);
    p->d2 = calloc((size_t)p->n_d2 + 1, sizeof *p->d2);
    if (!p->d2)
        abort();
    size_t i;
    json_t *y;
    json_array_foreach(cum, i, y) {
        json_t *fy = json_object_get(y, "fy"), *count = json_object_get(y, "count");
        if (!json_is_integer(fy) || !json_is_integer(count))
            return false;
        p->d2[i] = (PublishedYear){ (int)json_integer_value(fy),
                                    (int)json_integer_value(count) };
    }
    return true;
}

static void read_files(Published *p, json_t *files)
{
    size_t i;
    json_t *f;
    json_array_foreach(files, i, f) {
        const char *name = json_string_value(json_object_get(f, "name"));
        const char *sha = json_string_value(json_object_get(f, "sha256"));
        if (!name || !sha || p->n_files == PUBLISHED_FILES)
            continue;
        PublishedFile *pf = &p->files[p->n_files++];
        snprintf(pf->name, sizeof pf->name, "%s", name);
        snprintf(pf->sha256, sizeof pf->sha256, "%s", sha);
    }
}

static int integer(json_t *o, const char *key, bool *ok)
{
    json_t *v = json_object_get(o, key);
    *ok = *ok && json_is_integer(v);
    return json_is_integer(v) ? (int)json_integer_value(v) : 0;
}

/* The figures, or false when the file is not what a build writes. */
static bool read_figures(Published *p, json_t *j)
{
    json_t *i1 = json_object_get(j, "i1"), *d2 = json_object_get(j, "d2"),
           *g = json_object_get(j, "g");
    bool ok = json_is_object(i1) && json_is_object(d2) && json_is_object(g);
    if (!ok)
        return false;
    p->i1_value = integer(i1, "value", &ok);
    p->g_reached = integer(g, "reached", &ok);
    p->g_with_target = integer(g, "with_target", &ok);
    p->has_g_unknown = json_is_integer(json_object_get(g, "unknown"));
    bool unknown_ok = true;
    p->g_unknown = integer(g, "unknown", &unknown_ok);
    p->i1_improved = joined(json_object_get(i1, "improved"));
    p->d2_countries = joined(json_object_get(d2, "countries"));
    return ok && p->i1_improved && p->d2_countries
           && read_d2(p, json_object_get(d2, "cumulative"));
}

/* The programme's name in either language: an English output may be
 * replaced by a Japanese build of the same programme, and back. */
static bool same_programme(const char *name, const Settings *s)
{
    return name && (!strcmp(name, s->programme) || !strcmp(name, s->programme_en)
                    || (s->programme_ja[0] && !strcmp(name, s->programme_ja)));
}

void previous_read(Published *p, const char *dir, const Settings *s, Diag *d)
{
    memset(p, 0, sizeof *p);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/indicators.json", dir);
    json_error_t e;
    json_t *j = json_load_file(path, JSON_REJECT_DUPLICATES, &e);
    const char *as_of = j ? json_string_value(json_object_get(j, "as_of")) : NULL;
    const char *programme = j ? json_string_value(
        json_object_get(json_object_get(j, "settings"), "programme")) : NULL;
    Date when = DATE_NONE;
    if (!j || !as_of || !date_parse(as_of, strlen(as_of), &when) || !read_figures(p, j)) {
        diag_warning(d, "cyberdash", 0, "%s not read (its data/indicators.json is missing "
                     "or damaged%s%s): no revisions section", WHERE,
                     j ? "" : ": ", j ? "" : e.text);
    } else if (!same_programme(programme, s)) {
        diag_warning(d, "cyberdash", 0, "%s is of another programme ('%s'): no revisions "
                     "section", WHERE, programme ? programme : "");
    } else if (when > s->as_of) {
        diag_warning(d, "cyberdash", 0, "%s is as of %s, after this build's as-of date: "
                     "no revisions section", WHERE, as_of);
    } else {
        p->as_of = when;
        read_files(p, json_object_get(json_object_get(j, "inputs"), "files"));
        p->usable = true;
    }
    if (!p->usable)
        published_free(p);
    json_decref(j);
}

/* ---- the rows it counted (§3.11) ---- */

enum { COL_PROJECT, COL_ISO3, COL_FY, COL_PARTICIPANTS, COL_FEMALE, COL_DATE,
       COL_APPROX, COL_LINE, COL_ID, COL_SCHEME, COL_COUNTRIES, COL_START, COL_END,
       N_COLS };
static const char *const COL_NAMES[N_COLS] = {
    "project_id", "iso3", "fiscal_year", "participants", "female", "date",
    "approx", "line", "project_id", "scheme", "countries", "start", "end",
};

typedef struct {
    Published *p;
    PublishedTable table;
    int at[N_COLS];               /* field index of each column, -1 */
    size_t cap;
    bool bad;
} RowsRead;

static bool header(RowsRead *r, const CsvField *f, size_t n)
{
    int first = r->table == PUBLISHED_TOOK_PART ? COL_PROJECT : COL_ID;
    int last = r->table == PUBLISHED_TOOK_PART ? COL_LINE : COL_END;
    for (int c = 0; c < N_COLS; c++) {
        r->at[c] = -1;
        for (size_t i = 0; i < n && c >= first && c <= last; i++) {
            const char *name = f[i].p;
            if (i == 0 && !strncmp(name, "\xEF\xBB\xBF", 3))
                name += 3;        /* §4: the exports begin with a BOM */
            if (!strcmp(name, COL_NAMES[c]))
                r->at[c] = (int)i;
        }
        if (c >= first && c <= last && r->at[c] < 0)
            return false;
    }
    return true;
}

/* A cell of the row ("" when the row is short). */
static const char *cell(const RowsRead *r, const CsvField *f, size_t n, int c)
{
    return (size_t)r->at[c] < n ? f[r->at[c]].p : "";
}

static long count_cell(const char *t, bool *ok)
{
    if (!*t)
        return -1;
    char *end;
    long v = strtol(t, &end, 10);
    *ok = *ok && !*end && v >= 0;
    return v;
}

static Date date_cell(const char *t, DatePrec *prec, bool *ok)
{
    Date d = DATE_NONE;
    *prec = DATE_PREC_DAY;
    if (*t && !date_parse_reduced(t, strlen(t), &d, prec))
        *ok = false;
    return d;
}

static PublishedRow *next_row(RowsRead *r)
{
    PublishedRows *rows = &r->p->rows[r->table];
    if (rows->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 256;
        rows->rows = realloc(rows->rows, r->cap * sizeof *rows->rows);
        if (!rows->rows)
            abort();
    }
    PublishedRow *row = &rows->rows[rows->n++];
    memset(row, 0, sizeof *row);
    return row;
}

static bool took_part_row(RowsRead *r, const CsvField *f, size_t n)
{
    bool ok = true;
    DatePrec prec;
    const char *iso3 = cell(r, f, n, COL_ISO3);
    long fy = count_cell(cell(r, f, n, COL_FY), &ok);
    long participants = count_cell(cell(r, f, n, COL_PARTICIPANTS), &ok);
    long female = count_cell(cell(r, f, n, COL_FEMALE), &ok);
    Date date = date_cell(cell(r, f, n, COL_DATE), &prec, &ok);
    long line = count_cell(cell(r, f, n, COL_LINE), &ok);
    if (!ok || strlen(iso3) != 3 || fy < 0 || fy > 9999)
        return false;
    PublishedRow *row = next_row(r);
    row->key = published_took_part_key(&r->p->arena, cell(r, f, n, COL_PROJECT), iso3,
                                       (int)fy, participants, female, date, prec,
                                       !strcmp(cell(r, f, n, COL_APPROX), "true"),
                                       &row->group_len);
    memcpy(row->iso3, iso3, 4);
    row->fy = (int)fy;
    row->line = line;
    return true;
}

static bool project_row(RowsRead *r, const CsvField *f, size_t n)
{
    bool ok = true;
    DatePrec sp, ep;
    Date start = date_cell(cell(r, f, n, COL_START), &sp, &ok);
    Date end = date_cell(cell(r, f, n, COL_END), &ep, &ok);
    if (!ok || start == DATE_NONE)
        return false;
    PublishedRow *row = next_row(r);
    row->countries = arena_strdup(&r->p->arena, cell(r, f, n, COL_COUNTRIES));
    row->key = published_project_key(&r->p->arena, cell(r, f, n, COL_ID),
                                     cell(r, f, n, COL_SCHEME), row->countries,
                                     start, sp, end, ep, &row->group_len);
    row->fy = date_fiscal_year(start);
    return true;
}

static bool on_row(void *user, const CsvField *f, size_t n, long line)
{
    RowsRead *r = user;
    if (line == 1)
        r->bad = !header(r, f, n);
    else
        r->bad = r->table == PUBLISHED_TOOK_PART ? !took_part_row(r, f, n)
                                                 : !project_row(r, f, n);
    return !r->bad;
}

static bool read_table(Published *p, const char *dir, const char *file,
                       PublishedTable table, const Settings *s)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/data/%s", dir, file);
    FILE *in = fopen(path, "rb");
    if (!in)
        return false;
    RowsRead r = { .p = p, .table = table };
    Diag quiet = DIAG_INIT;       /* what is wrong is said once, below */
    Err e = csvread_stream(in, file, s, on_row, &r, &quiet);
    diag_release(&quiet);
    fclose(in);
    return !e && !r.bad;
}

void previous_read_rows(Published *p, const char *dir, const Settings *s, Diag *d)
{
    p->has_rows = read_table(p, dir, "participation_records.csv", PUBLISHED_TOOK_PART, s)
                  && read_table(p, dir, "projects.csv", PUBLISHED_PROJECT, s);
    if (!p->has_rows)
        diag_warning(d, "cyberdash", 0, "%s: its data/participation_records.csv or "
                     "data/projects.csv is missing or damaged: the revisions name the "
                     "changed files, not the rows", WHERE);
}
