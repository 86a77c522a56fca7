/* compute.c -- compute_indicators(): the dates, D2, status, trend and the
 * participation sums; I1 is in compute_i1.c, stages in compute_stage.c,
 * I2 in compute_i2.c, D1 in compute_d1.c.
 *
 * Speed (issue "Speed at scale"): participation rows are read twice in
 * all -- once for each country's first D2 date, once for the sums (a
 * linear radix sort) -- so every other date costs O(projects +
 * assessments + countries x editions), never a rescan of participation.
 */
#include "compute/compute_internal.h"

#include <stdlib.h>
#include <string.h>

const char *const status_names[4] = { "achieved", "on_track", "at_risk", "missed" };

/* ---- the timeline: what every date shares ---- */

/* Regions as small integers so that context groups compare ints. */
static int *region_ids(const Model *m, Arena *a)
{
    int *id = NEW(a, int, m->n_countries);
    int *first = NEW(a, int, m->n_countries);   /* a country per region */
    int n = 0;
    for (int c = 0; c < m->n_countries; c++) {
        int r = 0;
        while (r < n && strcmp(m->countries[first[r]].region, m->countries[c].region))
            r++;
        if (r == n)
            first[n++] = c;
        id[c] = r;
    }
    return id;
}

static int cmp_date(const void *a, const void *b)
{
    Date x = *(const Date *)a, y = *(const Date *)b;
    return (x > y) - (x < y);
}

const D2Country *d2_country(const D2 *d2, int country)
{
    int lo = 0, hi = d2->n_countries;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (d2->detail[mid].country < country)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d2->n_countries && d2->detail[lo].country == country
           ? &d2->detail[lo] : NULL;
}

/* §3.3: the date from which a project's beneficiaries count -- its start,
 * not before the window opens -- and on which basis, or DATE_NEVER when
 * its period ends before the window or its basis does not count. */
static Date d2_project_from(const Timeline *t, const Project *pr, D2Basis *basis)
{
    int w = t->s->window_start_fy;
    *basis = pr->n_countries == 1 ? BASIS_PROJECT : BASIS_REGIONAL;
    if (!(t->s->d2_count & BASIS_BIT(*basis))
        || (pr->end != DATE_NONE && date_fiscal_year(pr->end) < w))
        return DATE_NEVER;
    Date open = fy_first_day(w);
    return pr->start > open ? pr->start : open;
}

/* §3.3: the date from which a participation row counts, or DATE_NEVER. */
static Date d2_row_from(const Timeline *t, const Participation *r)
{
    if (!(t->s->d2_count & BASIS_BIT(BASIS_PARTICIPANTS))
        || r->fiscal_year < t->s->window_start_fy)
        return DATE_NEVER;
    return r->from;
}

/* §3, §3.3, §3.7: the first date from which each country counts for D2,
 * each row from the day it counts, so the cumulative count on date d is
 * the number of countries whose first such date is on or before d. */
static void d2_events(Timeline *t, Arena *a)
{
    const Model *m = t->m;
    t->d2_event = NEW(a, Date, m->n_countries);
    t->d2_event_row = NEW(a, D2Row, m->n_countries + 1);
    t->d2_event_basis = NEW(a, D2Basis, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++)
        t->d2_event[c] = DATE_NEVER;
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        Date from = d2_row_from(t, r);
        if (from < t->d2_event[r->country]) {
            t->d2_event[r->country] = from;
            t->d2_event_row[r->country] = (D2Row){ D2_ROW_PARTICIPATION, i };
            t->d2_event_basis[r->country] = BASIS_PARTICIPANTS;
        }
    }
    for (int p = 0; p < m->n_projects; p++) {
        const Project *pr = &m->projects[p];
        D2Basis basis;
        Date from = d2_project_from(t, pr, &basis);
        for (int k = 0; k < pr->n_countries; k++) {
            int c = pr->countries[k];
            /* on a tie the stronger basis names the event (§3.3 order) */
            if (from < t->d2_event[c] || (from == t->d2_event[c] && from != DATE_NEVER
                                          && basis < t->d2_event_basis[c])) {
                t->d2_event[c] = from;
                t->d2_event_row[c] = (D2Row){ D2_ROW_PROJECT, (size_t)p };
                t->d2_event_basis[c] = basis;
            }
        }
    }
    t->d2_sorted = NEW(a, Date, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++)
        if (t->d2_event[c] != DATE_NEVER)
            t->d2_sorted[t->n_d2++] = t->d2_event[c];
    qsort(t->d2_sorted, (size_t)t->n_d2, sizeof(Date), cmp_date);
}

static void timeline_init(Timeline *t, const Model *m, const Settings *s, Arena *a)
{
    memset(t, 0, sizeof *t);
    t->m = m;
    t->s = s;
    t->base_year = s->baseline_edition;
    /* An edition missing from the data is treated as never published. */
    t->base_e = model_find_edition(m, s->baseline_edition);
    t->region = region_ids(m, a);
    d2_events(t, a);
}

/* §3.3: the cumulative D2 count as of d (FY(d)'s count, known on d). */
static int d2_at(const Timeline *t, Date d)
{
    int lo = 0, hi = t->n_d2;       /* first event after d */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (t->d2_sorted[mid] <= d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- a snapshot: the programme on one date ---- */

static Snapshot snapshot_new(const Model *m, Arena *a)
{
    return (Snapshot){ .coop = NEW(a, bool, m->n_countries),
                       .assess = NEW(a, int, m->n_countries) };
}

/* §3.2: cooperation countries = beneficiaries of projects started by d
 * (of any scheme, `assessment` included: §3.7);
 * §3.4, §3.7: newest stage assessment by d, the later row on a tie. */
static void snapshot_at(const Model *m, Date d, Snapshot *sn)
{
    sn->date = d;
    sn->n_coop = 0;
    memset(sn->coop, 0, sizeof(bool) * (size_t)m->n_countries);
    for (int c = 0; c < m->n_countries; c++)
        sn->assess[c] = -1;
    for (int p = 0; p < m->n_projects; p++) {
        const Project *pr = &m->projects[p];
        if (pr->start > d)
            continue;
        for (int k = 0; k < pr->n_countries; k++) {
            int c = pr->countries[k];
            sn->n_coop += !sn->coop[c];
            sn->coop[c] = true;
        }
    }
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *s = &m->assessments[i];
        if (s->stage == STAGE_NONE || s->date > d)
            continue;
        int cur = sn->assess[s->country];
        if (cur < 0 || s->date >= m->assessments[cur].date)
            sn->assess[s->country] = i;
    }
}

/* The headline numbers on one date, for statuses and the trend. */
typedef struct {
    Snapshot sn;
    I1Country *i1;
    GCountry *g;
    Arena *scratch;      /* I2's and D1's per-date tables */
    I2Country *i2_out;   /* §3.11: one room per date for the results kept */
    D1Project *d1_out;
} Work;

static Work work_new(const Model *m, Arena *a)
{
    return (Work){ snapshot_new(m, a), NEW(a, I1Country, m->n_countries + 1),
                   NEW(a, GCountry, m->n_countries + 1), a, NULL, NULL };
}

/* §3.9, §3.10: the I2 and D1 values on d (I2 on the snapshot of d); with
 * a state to fill, each country's and project's result into it (§3.11). */
static int i2_value(const Timeline *t, Work *w, PointState *st)
{
    int counts[I2_RESULT_COUNT];
    const Model *m = t->m;
    if (st && !w->i2_out)
        w->i2_out = NEW(w->scratch, I2Country, m->n_countries + 1);
    I2Country *out = st ? w->i2_out : NULL;
    int v = compute_i2_eval(m, &w->sn, w->scratch, out, counts);
    for (int k = 0; st && k < w->sn.n_coop; k++) {
        CountryState *c = &st->countries[out[k].country];
        c->i2 = (int8_t)out[k].result;
        if (out[k].assessment >= 0)
            c->i2_row = (RowRef){ ROW_ASSESSMENT, (size_t)out[k].assessment };
    }
    return v;
}

static int d1_value(const Timeline *t, Date d, Work *w, PointState *st)
{
    int counts[D1_RESULT_COUNT], with_scenario;
    const Model *m = t->m;
    if (st && !w->d1_out)
        w->d1_out = NEW(w->scratch, D1Project, m->n_projects + 1);
    /* the results alone: no indicator list (perm NULL) */
    D1Project *out = st ? w->d1_out : NULL;
    int v = compute_d1_eval(m, t->s->d1_rule, d, w->scratch, NULL, out,
                            counts, &with_scenario);
    if (st) {
        for (int p = 0; p < m->n_projects; p++)
            st->d1[p] = -1;
        int started = 0;          /* out holds the started projects */
        for (int r = 0; r < D1_RESULT_COUNT; r++)
            started += counts[r];
        for (int k = 0; k < started; k++)
            st->d1[out[k].project] = (int8_t)out[k].result;
    }
    return v;
}

/* §3.11: the state each country is in after point_at() evaluated d. */
static void capture(const Timeline *t, const Work *w, int n_i1, Date d,
                    CountryState *st)
{
    const Model *m = t->m;
    for (int c = 0; c < m->n_countries; c++) {
        const GCountry *g = &w->g[c];
        st[c] = (CountryState){ .flags = t->d2_event[c] <= d ? CS_D2 : 0, .i2 = -1 };
        if (g->reached)
            st[c].flags |= CS_REACHED;
        if (g->stage_source == SRC_ASSESSMENT && g->stage_assessment >= 0)
            st[c].g_row = (RowRef){ ROW_ASSESSMENT, (size_t)g->stage_assessment };
        else if ((g->stage_source == SRC_GCI_TIER || g->stage_source == SRC_GCI_SCORE)
                 && g->stage_edition >= 0 && model_gci(m, c, g->stage_edition))
            st[c].g_row = (RowRef){ ROW_GCI,
                (size_t)(model_gci(m, c, g->stage_edition) - m->gci) };
    }
    for (int k = 0; k < n_i1; k++) {
        const I1Country *c = &w->i1[k];
        CountryState *s = &st[c->country];
        s->flags |= CS_COOP | (c->improved ? CS_IMPROVED : 0);
        const GciRow *r = c->latest_edition >= 0
                          ? model_gci(m, c->country, c->latest_edition) : NULL;
        if (r)
            s->i1_row = (RowRef){ ROW_GCI, (size_t)(r - m->gci) };
    }
}

static TrendPoint point_at(const Timeline *t, Date d, Work *w, PointState *st)
{
    TrendPoint tp = { .date = d };
    snapshot_at(t->m, d, &w->sn);
    int n, with_target;
    tp.i1 = compute_i1_eval(t, &w->sn, w->i1, &n);   /* configured rule */
    tp.outperformed = compute_i1_context(t, &w->sn, w->i1, n);
    tp.d2 = d2_at(t, d);
    int unknown;
    tp.g_reached = compute_g_eval(t, &w->sn, w->g, &with_target, &unknown);
    if (st)
        capture(t, w, n, d, st->countries);
    tp.i2 = i2_value(t, w, st);
    tp.d1 = d1_value(t, d, w, st);
    return tp;
}

/* An indicator's value on one date, for its status points. */
typedef int (*ValueAt)(const Timeline *t, Date d, Work *w);

static int i1_at(const Timeline *t, Date d, Work *w)
{
    int n;
    snapshot_at(t->m, d, &w->sn);
    return compute_i1_eval(t, &w->sn, w->i1, &n);
}

static int i2_at(const Timeline *t, Date d, Work *w)
{
    snapshot_at(t->m, d, &w->sn);
    return i2_value(t, w, NULL);
}

static int d1_at(const Timeline *t, Date d, Work *w)
{
    return d1_value(t, d, w, NULL);
}

/* ---- §3.5 status ---- */

/* §3.5, §3.7: least squares through the points, read at the deadline year,
 * exactly.  Years are shifted so the deadline is 0: the reading is then
 * the intercept, mean(y) - slope * mean(x). */
static Projection project(const int *fy, const int64_t *value, int n, int by_fy)
{
    Projection pr = { .n = n, .at_deadline_exact = RAT_ZERO };
    int64_t sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
        int64_t x = fy[i] - by_fy;
        pr.fy[i] = fy[i];
        pr.value[i] = (double)value[i];
        sx += x;
        sy += value[i];
        sxx += x * x;
        sxy += x * value[i];
    }
    Rat slope = RAT_ZERO;
    if (n >= 2)
        slope = rat_make(n * sxy - sx * sy, n * sxx - sx * sx);
    if (n >= 1)   /* one point: a flat line; none: 0 */
        pr.at_deadline_exact = rat_sub(rat_make(sy, n),
                                       rat_mul(slope, rat_make(sx, n)));
    pr.slope = rat_to_double(slope);
    pr.at_deadline = rat_to_double(pr.at_deadline_exact);
    pr.intercept = pr.at_deadline - pr.slope * by_fy;
    return pr;
}

TargetStatus compute_status(int target, int by_fy, int as_of_fy,
                            const int *fy, const int64_t *value, int n,
                            int64_t value_now, int64_t value_deadline_end,
                            bool more_than)
{
    TargetStatus st = { .target = target, .by_fy = by_fy, .more_than = more_than };
    st.projection = project(fy, value, n, by_fy);
    int need = more_than ? 1 : 0;   /* §3.3, §3.7: met when cmp >= need */
    if (as_of_fy > by_fy) {   /* §3.7: the deadline year's end decides */
        st.value = (double)value_deadline_end;
        st.status = value_deadline_end >= target + need ? STATUS_ACHIEVED
                                                         : STATUS_MISSED;
    } else if (value_now >= target + need) {
        st.value = (double)value_now;
        st.status = STATUS_ACHIEVED;
    } else {
        st.value = (double)value_now;
        st.status = rat_cmp(st.projection.at_deadline_exact, rat_int(target)) >= need
                        ? STATUS_ON_TRACK : STATUS_AT_RISK;
    }
    return st;
}

/* §3.7: the points are the last three fiscal years up to the as-of year,
 * none before the window start; each at its year's end, the as-of year's
 * at the as-of date.  Returns the number of points. */
static int status_dates(const Settings *s, Date x, int *fy, Date *at)
{
    int last = date_fiscal_year(x), n = 0;
    int from = last - 2 > s->window_start_fy ? last - 2 : s->window_start_fy;
    for (int y = from; y <= last; y++) {
        fy[n] = y;
        at[n++] = y == last ? x : fy_last_day(y);
    }
    return n;
}

/* §3.5 for I2 and D1: `now` is the value on the as-of date, `value_at`
 * recomputes it on another date. */
static TargetStatus value_status(const Timeline *t, Work *w, int target,
                                 int by_fy, int64_t now, ValueAt value_at)
{
    const Settings *s = t->s;
    int fy[3];
    Date at[3];
    int64_t v[3];
    int n = status_dates(s, s->as_of, fy, at);
    for (int i = 0; i < n; i++)
        v[i] = at[i] == s->as_of ? now : value_at(t, at[i], w);
    int as_of_fy = date_fiscal_year(s->as_of);
    /* §3.5: "the value at an FY end" is the value as of 31 March of that FY. */
    int64_t end = as_of_fy > by_fy ? value_at(t, fy_last_day(by_fy), w) : now;
    return compute_status(target, by_fy, as_of_fy, fy, v, n, now, end, false);
}

/* I1 on d: from the trend when d is one of its dates (the status of every
 * trend point reads the fiscal-year ends the trend already holds), else
 * evaluated. */
static int64_t i1_value(const Timeline *t, Work *w, const Indicators *ind, Date d)
{
    for (int k = 0; ind && k < ind->n_trend; k++)
        if (ind->trend[k].date == d)
            return ind->trend[k].i1;
    return i1_at(t, d, w);
}

/* §3.5 for I1 as of x (the as-of date, or a trend date), I1 on x being
 * `now`. */
static TargetStatus i1_status_at(const Timeline *t, Work *w, const Indicators *ind,
                                 Date x, int64_t now)
{
    const Settings *s = t->s;
    int fy[3];
    Date at[3];
    int64_t v[3];
    int n = status_dates(s, x, fy, at);
    for (int i = 0; i < n; i++)
        v[i] = at[i] == x ? now : i1_value(t, w, ind, at[i]);
    int x_fy = date_fiscal_year(x);
    /* §3.5: "the value at an FY end" is I1 as of 31 March of that FY. */
    int64_t end = x_fy > s->i1_by_fy ? i1_value(t, w, ind, fy_last_day(s->i1_by_fy)) : now;
    return compute_status(s->i1_target, s->i1_by_fy, x_fy, fy, v, n, now, end, false);
}

static TargetStatus d2_status_at(const Timeline *t, FyTarget target, Date x)
{
    const Settings *s = t->s;
    int fy[3];
    Date at[3];
    int64_t v[3];
    int n = status_dates(s, x, fy, at);
    for (int i = 0; i < n; i++)
        v[i] = d2_at(t, at[i]);
    /* §3.7: a target whose year is still ahead is judged on the as-of
     * year's count; one whose year is past on its year-end count. */
    return compute_status(target.target, target.fy, date_fiscal_year(x),
                          fy, v, n, d2_at(t, x), d2_at(t, fy_last_day(target.fy)),
                          s->d2_compare == COMPARE_MORE_THAN);
}

/* §3.11: the status of every target on each trend date, for the changes. */
static PointStatus *trend_statuses(const Timeline *t, Work *w, const Indicators *ind,
                                   Arena *scratch)
{
    PointStatus *ps = NEW(scratch, PointStatus, ind->n_trend + 2);
    for (int k = 0; k < ind->n_trend; k++) {
        const TrendPoint *p = &ind->trend[k];
        PointStatus *out = &ps[k + 1];    /* [0]: the day before the window */
        out->i1 = i1_status_at(t, w, ind, p->date, p->i1).status;
        out->d2 = NEW(scratch, Status, t->s->n_d2_targets + 1);
        for (int i = 0; i < t->s->n_d2_targets; i++)
            out->d2[i] = d2_status_at(t, t->s->d2_targets[i], p->date).status;
    }
    return ps;
}

/* ---- the indicators as of the as-of date ---- */

static void compute_i1(const Timeline *t, Work *w, Arena *perm, I1 *i1)
{
    const Settings *s = t->s;
    Date d = s->as_of;
    i1->rule = s->rule;
    i1->min_delta = s->min_delta;
    int le = compute_latest_edition(t, d);
    i1->latest_edition_year = le >= 0 ? t->m->editions[le].year : 0;   /* §3.7 */
    i1->baseline_published = compute_edition_visible(t->m, t->base_e, d);
    snapshot_at(t->m, d, &w->sn);
    i1->countries = NEW(perm, I1Country, w->sn.n_coop + 1);
    i1->value = compute_i1_eval(t, &w->sn, i1->countries, &i1->n_countries);
    for (int i = 0; i < i1->n_countries; i++)
        i1->n_assessable += i1->countries[i].assessable;
    i1->outperformed = compute_i1_context(t, &w->sn, i1->countries, i1->n_countries);
    i1->status = i1_status_at(t, w, NULL, s->as_of, i1->value);
}

/* §3.9: every cooperation country's I2 result as of the as-of date. */
static void compute_i2(const Timeline *t, Work *w, Arena *perm, I2 *i2)
{
    const Settings *s = t->s;
    snapshot_at(t->m, s->as_of, &w->sn);
    i2->countries = NEW(perm, I2Country, w->sn.n_coop + 1);
    i2->n_countries = w->sn.n_coop;
    i2->value = compute_i2_eval(t->m, &w->sn, w->scratch, i2->countries,
                                i2->results);
    i2->has_target = s->i2_target >= 0;
    if (i2->has_target)
        i2->status = value_status(t, w, s->i2_target, s->i2_by_fy, i2->value, i2_at);
}

/* §3.10: every started project's D1 result as of the as-of date. */
static void compute_d1(const Timeline *t, Work *w, Arena *perm, D1 *d1)
{
    const Settings *s = t->s;
    d1->rule = s->d1_rule;
    d1->projects = NEW(perm, D1Project, t->m->n_projects + 1);
    d1->value = compute_d1_eval(t->m, s->d1_rule, s->as_of, w->scratch, perm,
                                d1->projects, d1->results, &d1->with_scenario);
    d1->n_projects = d1->with_scenario + d1->results[D1_NO_SCENARIO];
    d1->by_country = NEW(perm, int, (size_t)t->m->n_countries * D1_RESULT_COUNT + 1);
    for (int i = 0; i < d1->n_projects; i++) {
        const Project *pr = &t->m->projects[d1->projects[i].project];
        for (int k = 0; k < pr->n_countries; k++)
            d1->by_country[pr->countries[k] * D1_RESULT_COUNT + (int)d1->projects[i].result]++;
    }
    d1->has_target = s->d1_target >= 0;
    if (d1->has_target)
        d1->status = value_status(t, w, s->d1_target, s->d1_by_fy, d1->value, d1_at);
}

/* §3.3: a row behind country c's count: its basis, and it is kept when
 * it counts in c's first fiscal year. */
static void d2_note_row(D2 *d2, int *slot, int c, D2Basis basis, Date from,
                        D2Row row)
{
    if (slot[c] < 0)
        return;
    D2Country *dc = &d2->detail[slot[c]];
    dc->bases |= BASIS_BIT(basis);
    if (date_fiscal_year(from) != dc->first_fy)
        return;
    if (dc->n_rows < D2_ROWS_SHOWN)
        dc->rows[dc->n_rows++] = row;
    dc->rows_total++;
}

/* §3.3, §3.7: each counted country's bases (in any window year up to the
 * as-of year, known by then), strongest basis and first-year rows. */
static void d2_detail(const Timeline *t, Arena *perm, D2 *d2)
{
    const Model *m = t->m;
    Date d = t->s->as_of;
    int *slot = NEW(perm, int, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++)
        slot[c] = -1;
    d2->detail = NEW(perm, D2Country, d2->n_countries + 1);
    for (int i = 0; i < d2->n_countries; i++) {
        int c = d2->countries[i];
        slot[c] = i;
        d2->detail[i] = (D2Country){ .country = c, .first_fy = d2->first_fy[c] };
    }
    for (int p = 0; p < m->n_projects; p++) {
        D2Basis basis;
        Date from = d2_project_from(t, &m->projects[p], &basis);
        for (int k = 0; from <= d && k < m->projects[p].n_countries; k++)
            d2_note_row(d2, slot, m->projects[p].countries[k], basis, from,
                        (D2Row){ D2_ROW_PROJECT, (size_t)p });
    }
    for (size_t i = 0; i < m->n_participation; i++) {
        Date from = d2_row_from(t, &m->participation[i]);
        if (from <= d)
            d2_note_row(d2, slot, m->participation[i].country, BASIS_PARTICIPANTS,
                        from, (D2Row){ D2_ROW_PARTICIPATION, i });
    }
    for (int i = 0; i < d2->n_countries; i++) {
        D2Country *dc = &d2->detail[i];
        int b = 0;
        while (b < BASIS_COUNT - 1 && !(dc->bases & BASIS_BIT(b)))
            b++;
        dc->strongest = (D2Basis)b;
        d2->by_basis[b]++;
    }
}

static void compute_d2(const Timeline *t, Arena *perm, D2 *d2)
{
    const Model *m = t->m;
    Date d = t->s->as_of;
    int w = t->s->window_start_fy, last = date_fiscal_year(d);
    d2->window_start_fy = w;
    d2->compare = t->s->d2_compare;
    d2->count_bases = t->s->d2_count;
    d2->n_years = last >= w ? last - w + 1 : 0;
    d2->cumulative = NEW(perm, D2Year, d2->n_years + 1);
    for (int y = w; y <= last; y++)   /* FYs after the as-of FY: not counted */
        d2->cumulative[y - w] = (D2Year){ y, d2_at(t, y == last ? d : fy_last_day(y)) };
    d2->first_fy = NEW(perm, int, m->n_countries + 1);
    d2->countries = NEW(perm, int, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++) {
        if (t->d2_event[c] > d)
            continue;
        d2->first_fy[c] = date_fiscal_year(t->d2_event[c]);
        d2->countries[d2->n_countries++] = c;   /* index order = iso3 order */
    }
    d2_detail(t, perm, d2);
    d2->n_targets = t->s->n_d2_targets;
    d2->targets = NEW(perm, TargetStatus, d2->n_targets + 1);
    for (int i = 0; i < d2->n_targets; i++)
        d2->targets[i] = d2_status_at(t, t->s->d2_targets[i], t->s->as_of);
}

static void compute_g(const Timeline *t, Work *w, Arena *perm, G *g)
{
    snapshot_at(t->m, t->s->as_of, &w->sn);
    g->n_countries = t->m->n_countries;
    g->countries = NEW(perm, GCountry, g->n_countries + 1);
    g->reached = compute_g_eval(t, &w->sn, g->countries, &g->with_target,
                                &g->unknown);
}

/* §3.6, §3.7: every quarter end from 30 June of the window's first year up
 * to the as-of date, then the as-of date itself unless it is one. */
static PointState point_state(const Model *m, Arena *scratch)
{
    return (PointState){ NEW(scratch, CountryState, m->n_countries + 1),
                         NEW(scratch, int8_t, m->n_projects + 1) };
}

static void trend_point(const Timeline *t, Date d, Work *w, Indicators *ind,
                        Date *dates, PointState *states, Arena *scratch)
{
    int k = ind->n_trend + 1;     /* states[0]: the day before the window */
    dates[k] = d;
    states[k] = point_state(t->m, scratch);
    ind->trend[ind->n_trend++] = point_at(t, d, w, &states[k]);
}

/* §3.6, §3.7: every quarter end from 30 June of the window's first year up
 * to the as-of date, then the as-of date itself unless it is one; with
 * each point's country states, the changes between them (§3.11). */
static void compute_trend(const Timeline *t, Work *w, Arena *perm,
                          Arena *scratch, Indicators *ind)
{
    Date as_of = t->s->as_of, first = fy_quarter_end(t->s->window_start_fy, 1);
    int cap = 2;
    if (as_of >= first)
        cap += 4 * (date_fiscal_year(as_of) - t->s->window_start_fy + 1);
    ind->trend = NEW(perm, TrendPoint, cap);
    Date *dates = NEW(scratch, Date, cap + 1);
    PointState *states = NEW(scratch, PointState, cap + 1);
    dates[0] = fy_first_day(t->s->window_start_fy) - 1;
    states[0] = point_state(t->m, scratch);
    point_at(t, dates[0], w, &states[0]);
    for (int fy = t->s->window_start_fy; as_of >= first; fy++) {
        int q = 1;
        for (; q <= 4 && fy_quarter_end(fy, q) <= as_of; q++)
            trend_point(t, fy_quarter_end(fy, q), w, ind, dates, states, scratch);
        if (q <= 4)
            break;
    }
    if (as_of < first || !date_is_quarter_end(as_of))
        trend_point(t, as_of, w, ind, dates, states, scratch);
    compute_changes(t, dates, states, trend_statuses(t, w, ind, scratch), perm, ind);
}

/* ---- participation sums ---- */

static void add_row(ParticipationSum *ps, const Participation *r, bool new_project)
{
    ps->rows++;
    ps->activities += new_project;
    ps->unreported += r->participants < 0;
    if (r->participants >= 0) {
        ps->participants += r->participants;
        ps->has_participants = true;
        ps->approx = ps->approx || r->approx;
    }
    if (r->female >= 0) {
        ps->female += r->female;
        ps->has_female = true;
    }
}

/* Per country and FY, the rows known on the as-of date (§3), in (country,
 * fy) order: the
 * rows are counted into their (country, fy) cell, then each non-empty cell
 * is summed from its own rows (one counting sort), a project counted once
 * per cell by stamping it with the cell. */
static void participation_sums(const Model *m, Date as_of, Arena *perm,
                               Arena *scratch, Indicators *ind)
{
    int last_fy = date_fiscal_year(as_of), fy0 = last_fy;
    const bool *known = ind->participation_known;
    for (size_t i = 0; i < m->n_participation; i++) {
        if (known[i] && m->participation[i].fiscal_year < fy0)
            fy0 = m->participation[i].fiscal_year;
    }
    size_t nfy = (size_t)(last_fy - fy0 + 1);
    size_t cells = (size_t)m->n_countries * nfy;
    uint32_t *start = NEW(scratch, uint32_t, cells + 2);
    size_t n = 0;
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        if (known[i]) {
            start[(size_t)r->country * nfy + (size_t)(r->fiscal_year - fy0) + 1]++;
            n++;
        }
    }
    int groups = 0;
    for (size_t c = 0; c < cells; c++) {
        groups += start[c + 1] > 0;
        start[c + 1] += start[c];
    }
    uint32_t *rows = NEW(scratch, uint32_t, n + 1);
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        if (known[i])
            rows[start[(size_t)r->country * nfy + (size_t)(r->fiscal_year - fy0)]++] = (uint32_t)i;
    }
    /* start[c] is now the end of cell c, and the start of cell c + 1. */
    int *stamp = NEW(scratch, int, m->n_projects + 1);
    for (int p = 0; p < m->n_projects; p++)
        stamp[p] = -1;
    ind->participation = NEW(perm, ParticipationSum, groups + 1);
    int g = 0;
    for (size_t c = 0; c < cells; c++) {
        uint32_t from = c ? start[c - 1] : 0, to = start[c];
        if (from == to)
            continue;
        ParticipationSum *ps = &ind->participation[g];
        *ps = (ParticipationSum){ .country = (int)(c / nfy),
                                  .fy = fy0 + (int)(c % nfy) };
        for (uint32_t k = from; k < to; k++) {
            const Participation *r = &m->participation[rows[k]];
            add_row(ps, r, stamp[r->project] != g);
            stamp[r->project] = g;
        }
        g++;
    }
    ind->n_participation = groups;
}

/* §3: what is known on the as-of date, and what was left out. */
static void known(const Model *m, Date d, Arena *perm, Indicators *ind)
{
    Excluded *x = &ind->excluded;
    for (int e = 0; e < m->n_editions; e++)
        x->editions_unpublished += m->editions[e].published > d;
    ind->project_started = NEW(perm, bool, m->n_projects + 1);
    for (int p = 0; p < m->n_projects; p++) {
        ind->project_started[p] = m->projects[p].start <= d;
        x->projects_not_started += !ind->project_started[p];
    }
    ind->participation_known = NEW(perm, bool, m->n_participation + 1);
    for (size_t i = 0; i < m->n_participation; i++) {
        bool k = m->participation[i].from <= d;
        ind->participation_known[i] = k;
        x->participation_later += !k;
    }
    ind->assessment_known = NEW(perm, bool, m->n_assessments + 1);
    for (int i = 0; i < m->n_assessments; i++) {
        ind->assessment_known[i] = m->assessments[i].date <= d;
        x->assessments_later += !ind->assessment_known[i];
    }
    for (int i = 0; i < m->n_results; i++)
        x->results_later += m->results[i].date > d;
}

/* What both entry points compute; `all` adds what only a build shows (what
 * was known, I2, D1, the trend, the participation sums). */
static Indicators compute_core(const Model *m, const Settings *s, Arena *perm, bool all)
{
    Indicators ind = { .as_of = s->as_of };
    Arena scratch = ARENA_INIT;
    ind.fiscal_year = date_fiscal_year(s->as_of);
    ind.quarter = date_fiscal_quarter(s->as_of);
    ind.baseline_edition_year = s->baseline_edition;
    if (all)
        known(m, s->as_of, perm, &ind);
    Timeline t;
    timeline_init(&t, m, s, &scratch);
    Work w = work_new(m, &scratch);
    compute_i1(&t, &w, perm, &ind.i1);
    ind.latest_edition_year = ind.i1.latest_edition_year;
    compute_d2(&t, perm, &ind.d2);
    compute_g(&t, &w, perm, &ind.g);
    if (all) {
        compute_i2(&t, &w, perm, &ind.i2);
        compute_d1(&t, &w, perm, &ind.d1);
        compute_trend(&t, &w, perm, &scratch, &ind);
        participation_sums(m, s->as_of, perm, &scratch, &ind);
    }
    arena_release(&scratch);
    return ind;
}

Indicators compute_figures(const Model *m, const Settings *s, Arena *perm)
{
    return compute_core(m, s, perm, false);
}

Indicators compute_indicators(const Model *m, const Settings *s, Arena *perm)
{
    return compute_core(m, s, perm, true);
}
