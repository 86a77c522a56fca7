/* compute_revisions.c -- §3.11: what an earlier output published that now
 * comes out differently (compute.h). */
#include "compute/compute.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The input files each figure is computed from (§3.2-§3.4). */
static const char *const I1_FILES[] = { "gci_editions.csv", "gci.csv", "projects.csv", NULL };
static const char *const D2_FILES[] = { "projects.csv", "participation.csv", NULL };
static const char *const G_FILES[] = { "countries.csv", "gci_editions.csv", "gci.csv",
                                       "projects.csv", "assessments.csv", NULL };

typedef struct {
    Arena *a;
    const Published *pub;
    const PublishedFile *now;
    int n_now;
    Revision *items;
    int n, cap;
} Diff;

static const char *sha_of(const PublishedFile *f, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(f[i].name, name))
            return f[i].sha256;
    return NULL;
}

/* The files of `files` that were added, changed or removed since. */
static const char *reason(const Diff *d, const char *const *files)
{
    const char *out = NULL;
    for (const char *const *f = files; *f; f++) {
        const char *was = sha_of(d->pub->files, d->pub->n_files, *f);
        const char *is = sha_of(d->now, d->n_now, *f);
        if ((was == NULL) == (is == NULL) && (!was || !strcmp(was, is)))
            continue;
        out = arena_printf(d->a, "%s%s%s", out ? out : "", out ? ", " : "", *f);
    }
    return out;
}

static void add(Diff *d, const char *figure, const char *old_value,
                const char *new_value, const char *const *files)
{
    if (!strcmp(old_value, new_value))
        return;
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        Revision *grown = NEW(d->a, Revision, d->cap);
        if (d->n)
            memcpy(grown, d->items, sizeof *grown * (size_t)d->n);
        d->items = grown;
    }
    d->items[d->n++] = (Revision){ .figure = arena_strdup(d->a, figure),
        .old_value = arena_strdup(d->a, old_value),
        .new_value = arena_strdup(d->a, new_value), .reason = reason(d, files) };
}

static const char *num(Arena *a, long v) { return arena_printf(a, "%ld", v); }

static const char *iso3_list(Arena *a, const Model *m, const int *idx, int n)
{
    char *out = arena_strdup(a, "");
    for (int i = 0; i < n; i++)    /* idx is in model order: iso3 order */
        out = arena_printf(a, "%s%s%s", out, i ? ", " : "", m->countries[idx[i]].iso3);
    return out;
}

static const char *improved_list(Arena *a, const Model *m, const I1 *i1)
{
    char *out = arena_strdup(a, "");
    bool first = true;
    for (int k = 0; k < i1->n_countries; k++)
        if (i1->countries[k].improved) {
            out = arena_printf(a, "%s%s%s", out, first ? "" : ", ",
                               m->countries[i1->countries[k].country].iso3);
            first = false;
        }
    return out;
}

static int count_in(const D2 *d2, int fy)
{
    for (int i = 0; i < d2->n_years; i++)
        if (d2->cumulative[i].fy == fy)
            return d2->cumulative[i].count;
    return -1;
}

Revisions compute_revisions(const Model *m, const Settings *s, const Published *pub,
                            const PublishedFile *now, int n_now, Arena *perm)
{
    Revisions r = { .present = pub->usable };
    if (!pub->usable)
        return r;
    r.published_as_of = pub->as_of;
    Settings then = *s;
    then.as_of = pub->as_of;
    Arena scratch = ARENA_INIT;
    Indicators ind = compute_figures(m, &then, &scratch);
    Diff d = { perm, pub, now, n_now, NULL, 0, 0 };
    add(&d, "i1.value", num(perm, pub->i1_value), num(perm, ind.i1.value), I1_FILES);
    add(&d, "i1.improved", pub->i1_improved, improved_list(perm, m, &ind.i1), I1_FILES);
    for (int i = 0; i < pub->n_d2; i++) {
        int now_count = count_in(&ind.d2, pub->d2[i].fy);
        add(&d, arena_printf(perm, "d2.cumulative.FY%d", pub->d2[i].fy),
            num(perm, pub->d2[i].count), now_count < 0 ? "" : num(perm, now_count),
            D2_FILES);
    }
    add(&d, "d2.countries", pub->d2_countries,
        iso3_list(perm, m, ind.d2.countries, ind.d2.n_countries), D2_FILES);
    add(&d, "g.reached", num(perm, pub->g_reached), num(perm, ind.g.reached), G_FILES);
    add(&d, "g.with_target", num(perm, pub->g_with_target),
        num(perm, ind.g.with_target), G_FILES);
    if (pub->has_g_unknown)
        add(&d, "g.unknown", num(perm, pub->g_unknown), num(perm, ind.g.unknown), G_FILES);
    arena_release(&scratch);
    r.items = d.items;
    r.n = d.n;
    return r;
}

/* ---- the rows behind a revision (§3.11) ---- */

bool compute_revisions_need_rows(const Revisions *r)
{
    for (int i = 0; i < r->n; i++)
        if (!strncmp(r->items[i].figure, "d2.", 3) || !strncmp(r->items[i].figure, "i1.", 3))
            return true;
    return false;
}

/* Today's rows as the earlier output would have counted them as of `then`:
 * participation rows known then, projects started by then (the exports'
 * rules, §3). */
static PublishedRows today_took_part(const Model *m, Date then, Arena *a)
{
    PublishedRows out = { NEW(a, PublishedRow, m->n_participation + 1), 0 };
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        if (r->from > then)
            continue;
        PublishedRow *row = &out.rows[out.n++];
        const char *iso3 = m->countries[r->country].iso3;
        row->key = published_took_part_key(a, m->projects[r->project].id, iso3,
                                           r->fiscal_year, r->participants, r->female,
                                           r->date, (DatePrec)r->date_prec, r->approx,
                                           &row->group_len);
        memcpy(row->iso3, iso3, 4);
        row->fy = r->fiscal_year;
        row->line = r->line;
    }
    return out;
}

static PublishedRows today_projects(const Model *m, Date then, Arena *a)
{
    PublishedRows out = { NEW(a, PublishedRow, (size_t)m->n_projects + 1), 0 };
    for (int p = 0; p < m->n_projects; p++) {
        const Project *pr = &m->projects[p];
        if (pr->start > then)
            continue;
        PublishedRow *row = &out.rows[out.n++];
        char *countries = arena_strdup(a, "");
        for (int k = 0; k < pr->n_countries; k++)
            countries = arena_printf(a, "%s%s%s", countries, k ? ";" : "",
                                     m->countries[pr->countries[k]].iso3);
        row->countries = countries;
        row->key = published_project_key(a, pr->id, scheme_names[pr->scheme], countries,
                                         pr->start, pr->start_prec, pr->end,
                                         pr->end_prec, &row->group_len);
        row->fy = date_fiscal_year(pr->start);
        row->line = pr->line;
    }
    return out;
}

typedef struct {
    RowChange change;
    PublishedTable table;
    const PublishedRow *now, *before;
} RowDiff;

typedef struct {
    RowDiff *items;
    size_t n;
} RowDiffs;

static int cmp_row_key(const void *a, const void *b)
{
    return strcmp((*(const PublishedRow *const *)a)->key,
                  (*(const PublishedRow *const *)b)->key);
}

static const PublishedRow **sorted(const PublishedRows *rows, Arena *a)
{
    const PublishedRow **v = NEW(a, const PublishedRow *, rows->n + 1);
    for (size_t i = 0; i < rows->n; i++)
        v[i] = &rows->rows[i];
    qsort(v, rows->n, sizeof *v, cmp_row_key);
    return v;
}

/* The rows in one list only, in key order (a row equal in both cancels). */
static size_t unmatched(const PublishedRow **mine, size_t n, const PublishedRow **other,
                        size_t n_other, const PublishedRow **out)
{
    size_t k = 0, j = 0;
    for (size_t i = 0; i < n; i++) {
        while (j < n_other && strcmp(other[j]->key, mine[i]->key) < 0)
            j++;
        if (j < n_other && !strcmp(other[j]->key, mine[i]->key))
            j++;
        else
            out[k++] = mine[i];
    }
    return k;
}

/* Groups (project, country, FY; a project's id) in key order: the key's
 * U+001F sorts below every character of a name, so a group's rows are
 * together and groups compare as their texts do. */
static int cmp_group(const PublishedRow *a, const PublishedRow *b)
{
    size_t n = a->group_len < b->group_len ? a->group_len : b->group_len;
    int c = memcmp(a->key, b->key, n);
    return c ? c : (a->group_len > b->group_len) - (a->group_len < b->group_len);
}

static void diff_table(RowDiffs *out, PublishedTable table, const PublishedRows *before,
                       const PublishedRows *now, Arena *a)
{
    const PublishedRow **b = sorted(before, a), **t = sorted(now, a);
    const PublishedRow **ub = NEW(a, const PublishedRow *, before->n + 1);
    const PublishedRow **ut = NEW(a, const PublishedRow *, now->n + 1);
    size_t nb = unmatched(b, before->n, t, now->n, ub);
    size_t nt = unmatched(t, now->n, b, before->n, ut);
    RowDiff *grown = NEW(a, RowDiff, out->n + nb + nt + 1);
    if (out->n)
        memcpy(grown, out->items, out->n * sizeof *grown);
    out->items = grown;
    for (size_t i = 0, j = 0; i < nb || j < nt;) {
        int c = i < nb && j < nt ? cmp_group(ub[i], ut[j]) : i < nb ? -1 : 1;
        RowDiff *d = &out->items[out->n++];
        *d = (RowDiff){ c == 0 ? ROW_CHANGED : c < 0 ? ROW_REMOVED : ROW_ADDED, table,
                        c >= 0 ? ut[j] : NULL, c <= 0 ? ub[i] : NULL };
        i += c <= 0;
        j += c >= 0;
    }
}

/* Whether the ISO3 code `iso3` is in the ", "-joined list `list`. */
static bool listed(const char *list, const char *iso3)
{
    return list && strstr(list, iso3) != NULL;
}

/* A country that entered or left the list, between old and new. */
static bool moved(const Revision *v, const char *iso3)
{
    return listed(v->old_value, iso3) != listed(v->new_value, iso3);
}

static bool touches(const PublishedRow *row, PublishedTable table, const Revision *v)
{
    if (!row)
        return false;
    if (table == PUBLISHED_TOOK_PART)
        return moved(v, row->iso3);
    for (const char *c = row->countries; c && strlen(c) >= 3; c += c[3] ? 4 : 3) {
        char iso3[4] = { c[0], c[1], c[2], 0 };
        if (moved(v, iso3))
            return true;
    }
    return false;
}

/* Whether a row bears on the revision `v` (see compute.h); `lists` is the
 * revision whose old and new values are the countries for I1 or D2. */
static bool bears_on(const RowDiff *d, const Revision *v, const Revision *lists)
{
    int fy;
    if (sscanf(v->figure, "d2.cumulative.FY%d", &fy) == 1)
        return (d->now && d->now->fy <= fy) || (d->before && d->before->fy <= fy);
    return lists && (touches(d->now, d->table, lists) || touches(d->before, d->table, lists));
}

/* "P4, CCC, FY2024" (participation), "P1" (project): the row's group. */
static const char *row_name(const RowDiff *d, Arena *a)
{
    const PublishedRow *row = d->now ? d->now : d->before;
    if (d->table == PUBLISHED_PROJECT)
        return arena_printf(a, "%.*s", (int)row->group_len, row->key);
    const char *project_end = strchr(row->key, '\x1f');
    return arena_printf(a, "%.*s, %s, FY%d", (int)(project_end - row->key), row->key,
                        row->iso3, row->fy);
}

static const Revision *find_figure(const Revisions *r, const char *figure)
{
    for (int i = 0; i < r->n; i++)
        if (!strcmp(r->items[i].figure, figure))
            return &r->items[i];
    return NULL;
}

static void attach_rows(Revision *v, const Revision *lists, const RowDiffs *diffs,
                        Arena *perm)
{
    v->rows = NEW(perm, RevisionRow, REVISION_ROWS_SHOWN);
    for (size_t i = 0; i < diffs->n; i++) {
        const RowDiff *d = &diffs->items[i];
        if (!bears_on(d, v, lists))
            continue;
        if (v->rows_total++ >= REVISION_ROWS_SHOWN)
            continue;
        bool took_part = d->table == PUBLISHED_TOOK_PART;
        v->rows[v->n_rows++] = (RevisionRow){
            d->change, took_part ? "participation.csv" : "projects.csv",
            d->now ? d->now->line : 0, d->before ? d->before->line : 0,
            row_name(d, perm) };
    }
}

void compute_revision_rows(const Model *m, const Published *pub, Revisions *r,
                           Arena *perm)
{
    if (!pub->has_rows || !compute_revisions_need_rows(r))
        return;
    Arena scratch = ARENA_INIT;
    RowDiffs diffs = { 0 };
    PublishedRows projects = today_projects(m, pub->as_of, &scratch);
    PublishedRows took_part = today_took_part(m, pub->as_of, &scratch);
    diff_table(&diffs, PUBLISHED_PROJECT, &pub->rows[PUBLISHED_PROJECT], &projects, &scratch);
    diff_table(&diffs, PUBLISHED_TOOK_PART, &pub->rows[PUBLISHED_TOOK_PART], &took_part,
               &scratch);
    const Revision *d2_lists = find_figure(r, "d2.countries");
    const Revision *i1_lists = find_figure(r, "i1.improved");
    for (int i = 0; i < r->n; i++) {
        Revision *v = &r->items[i];
        if (!strncmp(v->figure, "d2.", 3))
            attach_rows(v, d2_lists, &diffs, perm);
        else if (!strncmp(v->figure, "i1.", 3))
            attach_rows(v, i1_lists, &diffs, perm);
    }
    arena_release(&scratch);
}
