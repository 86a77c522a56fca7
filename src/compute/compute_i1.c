/* compute_i1.c -- I1 (SPEC §3.2) and its context (§3.8), exactly in Rat. */
#include "compute/compute_internal.h"

#include <stdlib.h>
#include <string.h>

const char *const na_reason_codes[NA_COUNT] = {
    "none",
    "no_targeted_pillars",
    "baseline_not_published",
    "no_latest_edition",
    "no_baseline_row",
    "no_latest_row",
    "cooperation_after_latest",
    "missing_baseline_score",
    "missing_latest_score",
};

static const Rat HUNDRED = { 100, 1 };

/* §3.1 */
Rat compute_pillar_percent(const Model *m, const GciRow *r, int pillar)
{
    const Edition *e = &m->editions[r->edition];
    return rat_mul(rat_div(r->pillar[pillar], e->pillar_max), HUNDRED);
}

/* §3.1 */
Rat compute_overall_percent(const Model *m, const GciRow *r)
{
    const Edition *e = &m->editions[r->edition];
    return rat_mul(rat_div(r->overall, e->overall_max), HUNDRED);
}

bool compute_edition_visible(const Model *m, int e, Date d)
{
    return e >= 0 && m->editions[e].published <= d;   /* §3 */
}

int compute_latest_edition(const Timeline *t, Date d)
{
    const Model *m = t->m;
    for (int e = m->n_editions - 1; e >= 0 && m->editions[e].year > t->base_year; e--)
        if (compute_edition_visible(m, e, d))
            return e;
    return -1;
}

/* §3.2: newest edition newer than the baseline, published by d, having a
 * row for country c ("a country absent from the newest edition keeps its
 * previous one"); -1 when there is none. */
static int latest_edition_of(const Timeline *t, Date d, int c)
{
    const Model *m = t->m;
    for (int e = m->n_editions - 1; e >= 0 && m->editions[e].year > t->base_year; e--)
        if (compute_edition_visible(m, e, d) && model_gci(m, c, e))
            return e;
    return -1;
}

/* Baseline and latest rows of a country as of d, under §3.2/§3.7. */
typedef struct {
    const GciRow *base, *latest;
    int latest_e;
} RowPair;

static RowPair rows_of(const Timeline *t, Date d, int c)
{
    RowPair r = { NULL, NULL, -1 };
    /* §3.7: the baseline edition counts only once published. */
    if (compute_edition_visible(t->m, t->base_e, d))
        r.base = model_gci(t->m, c, t->base_e);
    r.latest_e = latest_edition_of(t, d, c);
    if (r.latest_e >= 0)
        r.latest = model_gci(t->m, c, r.latest_e);
    return r;
}

static Rat mean_over(const Rat *v, PillarSet set)
{
    Rat sum = RAT_ZERO;
    int n = 0;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (set & PILLAR_BIT(p)) {
            sum = rat_add(sum, v[p]);
            n++;
        }
    return n ? rat_div_int(sum, n) : RAT_ZERO;
}

/* Percent scores of the targeted pillars present in each row. */
static void fill_scores(const Model *m, RowPair rp, I1Country *o)
{
    for (int p = 0; p < PILLAR_COUNT; p++) {
        unsigned bit = PILLAR_BIT(p);
        if (!(o->pillars & bit))
            continue;
        if (rp.base && (rp.base->has & bit)) {
            o->baseline[p] = compute_pillar_percent(m, rp.base, p);
            o->has_baseline |= bit;
        }
        if (rp.latest && (rp.latest->has & bit)) {
            o->latest[p] = compute_pillar_percent(m, rp.latest, p);
            o->has_latest |= bit;
        }
        if ((o->has_baseline & o->has_latest) & bit)
            o->delta[p] = rat_sub(o->latest[p], o->baseline[p]);
    }
}

/* §3.2, §3.7: why a country is not assessable, the first that applies in
 * §3.7's order: no attributable project, the editions (baseline not out,
 * no newer one), the rows, cooperation after the latest edition's data,
 * then the scores. */
static NaReason na_reason(const Timeline *t, Date d, RowPair rp, I1Country *o)
{
    PillarSet P = o->pillars;
    if (!o->pillars_all)
        return NA_NO_TARGETED_PILLARS;
    if (!compute_edition_visible(t->m, t->base_e, d))
        return NA_BASELINE_NOT_PUBLISHED;
    if (compute_latest_edition(t, d) < 0)
        return NA_NO_LATEST_EDITION;
    if (!rp.base)
        return NA_NO_BASELINE_ROW;
    if (!rp.latest)
        return NA_NO_LATEST_ROW;
    if (!P)
        return NA_COOPERATION_AFTER_LATEST;
    if ((o->has_baseline & P) != P) {
        o->reason_pillars = P & ~o->has_baseline;
        return NA_MISSING_BASELINE_SCORE;
    }
    if ((o->has_latest & P) != P) {   /* §3.7: no fallback to older */
        o->reason_pillars = P & ~o->has_latest;
        return NA_MISSING_LATEST_SCORE;
    }
    return NA_NONE;
}

/* §3.2: the configured rule; min_delta is strict for every rule (§3.7). */
static bool improved_by_rule(const Settings *s, const I1Country *o)
{
    if (s->rule == RULE_MEAN)
        return rat_gt(o->mean_delta, s->min_delta);
    bool all = true, any = false;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (o->pillars & PILLAR_BIT(p)) {
            bool up = rat_gt(o->delta[p], s->min_delta);
            all = all && up;
            any = any || up;
        }
    return s->rule == RULE_ALL ? all : any;
}

/* Zero, with every Rat a valid 0/1 (a zeroed Rat has den 0), so that a
 * renderer formatting an unset field gets "0.00", not a crash. */
static void clear_country(I1Country *o)
{
    memset(o, 0, sizeof *o);
    for (int p = 0; p < PILLAR_COUNT; p++)
        o->baseline[p] = o->latest[p] = o->delta[p] = RAT_ZERO;
    o->mean_delta = o->baseline_mean = o->latest_mean = RAT_ZERO;
    o->group_median = o->excess = o->region_median = RAT_ZERO;
}

/* §3.2, §3.7: a country's attributable projects on d (started, not
 * `assessment`, listing a pillar) and the pillars of those that started by
 * the reference date of its latest edition -- every one under
 * attribution = none, or without a latest edition. */
static void attribute(const Timeline *t, Date d, int latest_e, I1Country *o)
{
    const Model *m = t->m;
    int c = o->country;
    bool by_ref = t->s->attribution == ATTRIBUTION_REFERENCE_DATE && latest_e >= 0;
    Date ref = latest_e >= 0 ? m->editions[latest_e].reference_date : DATE_NONE;
    o->first_project = o->first_late_project = -1;
    for (int k = m->country_project_start[c]; k < m->country_project_start[c + 1]; k++) {
        int pi = m->country_projects[k];
        const Project *p = &m->projects[pi];
        if (p->start > d || p->scheme == SCHEME_ASSESSMENT || !p->pillars)
            continue;
        o->pillars_all |= p->pillars;
        if (o->first_project < 0 || p->start < m->projects[o->first_project].start)
            o->first_project = pi;
        if (!by_ref || p->start <= ref)
            o->pillars |= p->pillars;
        else if (o->first_late_project < 0
                 || p->start < m->projects[o->first_late_project].start)
            o->first_late_project = pi;
    }
}

/* `P_all` = PILLAR_ALL for a comparison-group candidate (§3.8), which is
 * scored on every pillar; 0 for a cooperation country, whose pillars are
 * attributed. */
static void assess_country(const Timeline *t, Date d, int c, PillarSet P_all,
                           I1Country *o)
{
    clear_country(o);
    o->country = c;
    RowPair rp = rows_of(t, d, c);
    if (P_all) {
        o->pillars = o->pillars_all = P_all;
        o->first_project = o->first_late_project = -1;
    } else
        attribute(t, d, rp.latest_e, o);
    PillarSet P = o->pillars;
    o->baseline_edition = rp.base ? t->base_e : -1;
    o->latest_edition = rp.latest_e;
    fill_scores(t->m, rp, o);
    if (P && (o->has_baseline & P) == P)
        o->baseline_mean = mean_over(o->baseline, P);
    if (P && (o->has_latest & P) == P)
        o->latest_mean = mean_over(o->latest, P);
    o->reason = na_reason(t, d, rp, o);
    o->assessable = o->reason == NA_NONE;
    if (!o->assessable)
        return;
    o->mean_delta = mean_over(o->delta, P);
    o->improved = improved_by_rule(t->s, o);
}

int compute_i1_eval(const Timeline *t, const Snapshot *sn, I1Country *out,
                    int *n)
{
    int k = 0, improved = 0;
    for (int c = 0; c < t->m->n_countries; c++) {
        if (!sn->coop[c])
            continue;
        assess_country(t, sn->date, c, 0, &out[k]);
        improved += out[k].improved;
        k++;
    }
    *n = k;
    return improved;
}

/* ---- §3.8 context ---- */

typedef struct {
    Rat delta;     /* group delta: mean over c's pillars */
    int region;
} Member;

static int cmp_member_delta(const void *a, const void *b)
{
    return rat_cmp(((const Member *)a)->delta, ((const Member *)b)->delta);
}

static int cmp_member_region(const void *a, const void *b)
{
    const Member *x = a, *y = b;
    if (x->region != y->region)
        return (x->region > y->region) - (x->region < y->region);
    return rat_cmp(x->delta, y->delta);
}

/* §3.8: median, the mean of the two middle values for an even count. */
static Rat median_of(const Member *v, int n)
{
    if (n % 2)
        return v[n / 2].delta;
    return rat_div_int(rat_add(v[n / 2 - 1].delta, v[n / 2].delta), 2);
}

/* Per non-cooperation country: the pillars with both a baseline and a
 * latest score under §3.2's rules, and their deltas. */
typedef Rat PillarRats[PILLAR_COUNT];
typedef struct {
    PillarSet *has;
    PillarRats *delta;
} Candidates;

static Candidates candidates(const Timeline *t, const Snapshot *sn, Arena *a)
{
    const Model *m = t->m;
    Candidates k = { NEW(a, PillarSet, m->n_countries),
                     NEW(a, PillarRats, m->n_countries) };
    for (int x = 0; x < m->n_countries; x++) {
        if (sn->coop[x])
            continue;
        I1Country tmp;
        assess_country(t, sn->date, x, PILLAR_ALL, &tmp);
        k.has[x] = tmp.has_baseline & tmp.has_latest;
        memcpy(k.delta[x], tmp.delta, sizeof tmp.delta);
    }
    return k;
}

/* The comparison group of every country targeting exactly `P`. */
typedef struct {
    Member *by_delta, *by_region;
    int n;
} Group;

static Group build_group(const Timeline *t, Candidates k, PillarSet P, Arena *a)
{
    int nc = t->m->n_countries;
    Group g = { NEW(a, Member, nc), NEW(a, Member, nc), 0 };
    for (int x = 0; x < nc; x++)
        if (k.has[x] && (k.has[x] & P) == P)
            g.by_delta[g.n++] = (Member){ mean_over(k.delta[x], P), t->region[x] };
    qsort(g.by_delta, (size_t)g.n, sizeof(Member), cmp_member_delta);
    memcpy(g.by_region, g.by_delta, sizeof(Member) * (size_t)g.n);
    qsort(g.by_region, (size_t)g.n, sizeof(Member), cmp_member_region);
    return g;
}

static void set_region_median(const Group *g, int region, I1Country *o)
{
    int lo = 0, hi = g->n;               /* first member of the region */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (g->by_region[mid].region < region)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    while (end < g->n && g->by_region[end].region == region)
        end++;
    o->region_size = end - lo;
    o->has_region_median = o->region_size >= 5;   /* §3.8: null below 5 */
    if (o->has_region_median)
        o->region_median = median_of(g->by_region + lo, o->region_size);
}

int compute_i1_context(const Timeline *t, const Snapshot *sn, I1Country *list,
                       int n)
{
    Arena a = ARENA_INIT;
    Candidates k = candidates(t, sn, &a);
    Group *groups[PILLAR_ALL + 1] = { 0 };   /* one per distinct pillar set */
    int outperformed = 0;
    for (int i = 0; i < n; i++) {
        I1Country *o = &list[i];
        if (!o->assessable)
            continue;
        if (!groups[o->pillars]) {
            groups[o->pillars] = NEW(&a, Group, 1);
            *groups[o->pillars] = build_group(t, k, o->pillars, &a);
        }
        const Group *g = groups[o->pillars];
        o->group_size = g->n;
        o->has_group_median = g->n > 0;
        if (o->has_group_median) {
            o->group_median = median_of(g->by_delta, g->n);
            o->excess = rat_sub(o->mean_delta, o->group_median);
            outperformed += rat_gt(o->excess, RAT_ZERO);
        }
        set_region_median(g, t->region[o->country], o);
    }
    arena_release(&a);
    return outperformed;
}
