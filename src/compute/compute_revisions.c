/* compute_revisions.c -- §3.11: what an earlier output published that now
 * comes out differently (compute.h). */
#include "compute/compute.h"

#include <stdio.h>
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
    d->items[d->n++] = (Revision){ arena_strdup(d->a, figure),
        arena_strdup(d->a, old_value), arena_strdup(d->a, new_value),
        reason(d, files) };
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
