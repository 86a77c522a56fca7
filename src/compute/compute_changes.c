/* compute_changes.c -- §3.11: what changed between consecutive dates of the
 * trend, from the same data (compute_internal.h). */
#include "compute/compute_internal.h"

#include <string.h>

const char *const change_kind_codes[CH_KIND_COUNT] = {
    "i1_entered", "i1_left", "d2_new", "g_reached", "g_lost", "i2_changed",
    "d1_changed", "project_started", "edition_published", "assessment_added",
    "result_added", "status_changed",
};

/* A growing list of changes in the arena. */
typedef struct {
    Arena *a;
    Change *items;
    int n, cap;
} List;

static Change *add(List *l, ChangeKind kind)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        Change *grown = NEW(l->a, Change, cap);
        if (l->n)
            memcpy(grown, l->items, sizeof *grown * (size_t)l->n);
        l->items = grown;
        l->cap = cap;
    }
    Change *c = &l->items[l->n++];
    *c = (Change){ .kind = kind, .country = -1, .project = -1, .edition = -1,
                   .assessment = -1, .result = -1 };
    return c;
}

static bool in(Date x, Date from, Date to) { return x > from && x <= to; }

/* §3.7: a country that first appears in (from, to] is reported by what
 * brought it in; entering I1 or reaching its target there still are. */
static void country_changes(const Timeline *t, const CountryState *a,
                            const CountryState *b, List *l)
{
    for (int c = 0; c < t->m->n_countries; c++) {
        unsigned was = a[c].flags, now = b[c].flags;
        if ((now & CS_IMPROVED) != (was & CS_IMPROVED)) {
            Change *x = add(l, now & CS_IMPROVED ? CH_I1_ENTERED : CH_I1_LEFT);
            x->country = c;
            x->row = b[c].i1_row.file ? b[c].i1_row : a[c].i1_row;
        }
        if ((now & CS_D2) && !(was & CS_D2)) {
            Change *x = add(l, CH_D2_NEW);
            x->country = c;
            x->basis = t->d2_event_basis[c];
            const D2Row *r = &t->d2_event_row[c];
            x->row = (RowRef){ r->kind == D2_ROW_PROJECT ? ROW_PROJECT
                                                         : ROW_PARTICIPATION, r->index };
        }
        if ((now & CS_REACHED) != (was & CS_REACHED)) {
            Change *x = add(l, now & CS_REACHED ? CH_G_REACHED : CH_G_LOST);
            x->country = c;
            x->row = b[c].g_row.file ? b[c].g_row : a[c].g_row;
        }
        /* §3.7: a country's first I2 result is not also a change: the
         * assessment added (or the country brought in) says it */
        if (a[c].i2 >= 0 && a[c].i2 != I2_NOT_ASSESSED && b[c].i2 >= 0
            && a[c].i2 != b[c].i2) {
            Change *x = add(l, CH_I2_CHANGED);
            x->country = c;
            x->was = a[c].i2;
            x->now = b[c].i2;
            x->row = b[c].i2_row;
        }
    }
}

/* §3.10, §3.7: a started project's D1 result that changed; its first
 * result (after no_data or no_scenario) is said by the result added. */
static void d1_changes(const Model *m, const int8_t *a, const int8_t *b, List *l)
{
    for (int p = 0; p < m->n_projects; p++)
        if ((a[p] == D1_IMPROVED || a[p] == D1_NOT_IMPROVED) && b[p] >= 0
            && a[p] != b[p]) {
            Change *x = add(l, CH_D1_CHANGED);
            x->project = p;
            x->was = a[p];
            x->now = b[p];
            x->row = (RowRef){ ROW_PROJECT, (size_t)p };
        }
}

/* Records dated in (from, to]: projects started, editions published,
 * assessments added. */
static void dated_changes(const Model *m, Date from, Date to, List *l)
{
    for (int p = 0; p < m->n_projects; p++)
        if (in(m->projects[p].start, from, to)) {
            Change *x = add(l, CH_PROJECT_STARTED);
            x->project = p;
            x->row = (RowRef){ ROW_PROJECT, (size_t)p };
        }
    for (int e = 0; e < m->n_editions; e++)
        if (in(m->editions[e].published, from, to)) {
            Change *x = add(l, CH_EDITION_PUBLISHED);
            x->edition = e;
            x->row = (RowRef){ ROW_EDITION, (size_t)e };
        }
    for (int i = 0; i < m->n_assessments; i++)
        if (in(m->assessments[i].date, from, to)) {
            Change *x = add(l, CH_ASSESSMENT_ADDED);
            x->assessment = i;
            x->country = m->assessments[i].country;
            x->project = m->assessments[i].project;
            x->row = (RowRef){ ROW_ASSESSMENT, (size_t)i };
        }
    for (int i = 0; i < m->n_results; i++)
        if (in(m->results[i].date, from, to)) {
            Change *x = add(l, CH_RESULT_ADDED);
            x->result = i;
            x->project = m->scenarios[m->results[i].scenario].project;
            x->row = (RowRef){ ROW_RESULT, (size_t)i };
        }
}

static void status_change(List *l, const char *figure, int target, int by_fy,
                          Status was, Status now)
{
    if (was == now)
        return;
    Change *x = add(l, CH_STATUS_CHANGED);
    x->figure = figure;
    x->target = target;
    x->by_fy = by_fy;
    x->from = was;
    x->to = now;
}

static void status_changes(const Settings *s, const PointStatus *a,
                           const PointStatus *b, List *l)
{
    status_change(l, "i1", s->i1_target, s->i1_by_fy, a->i1, b->i1);
    for (int i = 0; i < s->n_d2_targets; i++)
        status_change(l, "d2", s->d2_targets[i].target, s->d2_targets[i].fy,
                      a->d2[i], b->d2[i]);
}

void compute_changes(const Timeline *t, const Date *dates,
                     const PointState *states, const PointStatus *status,
                     Arena *perm, Indicators *ind)
{
    ind->changes = NEW(perm, ChangeSet, ind->n_trend + 1);
    for (int k = 1; k <= ind->n_trend; k++) {
        List l = { .a = perm };
        Date from = dates[k - 1], to = dates[k];
        if (from < to) {   /* an as-of date before the window: nothing */
            country_changes(t, states[k - 1].countries, states[k].countries, &l);
            d1_changes(t->m, states[k - 1].d1, states[k].d1, &l);
            dated_changes(t->m, from, to, &l);
            if (k > 1)
                status_changes(t->s, &status[k - 1], &status[k], &l);
        }
        ind->changes[k - 1] = (ChangeSet){ from, to, l.items, l.n };
    }
}
