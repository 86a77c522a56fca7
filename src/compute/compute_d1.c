/* compute_d1.c -- §3.10 D1: each started project against its local
 * scenario (scenarios.csv, results.csv), else its D1 assessments. */
#include "compute/compute_internal.h"

const char *const d1_result_names[D1_RESULT_COUNT] = {
    "improved", "not_improved", "no_data", "no_scenario",
};
const char *const indicator_status_names[IND_STATUS_COUNT] = {
    "achieved", "on_track", "at_risk", "missed", "no_data",
};

__extension__ typedef __int128 i128;

/* `a` strictly better than `b` in the indicator's direction. */
static bool better(const Scenario *s, Rat a, Rat b)
{
    int c = rat_cmp(a, b);
    return s->direction == DIRECTION_INCREASE ? c > 0 : c < 0;
}

/* §3.10: `v` meets the target: >= for increase, <= for decrease. */
static bool meets(const Scenario *s, Rat v)
{
    return !better(s, s->target, v);
}

/* A value of the data in billionths, exactly: rat_parse allows at most 9
 * decimals (so the denominator divides 10^9) and 15 digits (so the
 * magnitude stays below 10^24, well inside 128 bits). */
static i128 billionths(Rat v)
{
    return (i128)v.num * (1000000000 / v.den);
}

/* A value less the baseline, in billionths. */
static i128 from_baseline(const Scenario *s, Rat v)
{
    return billionths(v) - billionths(s->baseline);
}

/* §3.10, §3.7: progress = (latest - baseline) / (target - baseline) x 100,
 * exact.  In billionths both differences are integers below 2e24; when
 * the quotient does not fit a Rat (values of absurdly different scales,
 * e.g. a baseline of 0.000000001 and a target of 10^14) it is kept as its
 * §3.7 rounding to hundredths -- what every output shows -- saturated at
 * the int64 range. */
static Rat progress_of(const Scenario *s, Rat v)
{
    i128 num = from_baseline(s, v) * 100, den = from_baseline(s, s->target);
    if (den < 0) {
        num = -num;
        den = -den;
    }
    if (num <= INT64_MAX && num >= -INT64_MAX && den <= INT64_MAX)
        return rat_make((int64_t)num, (int64_t)den);
    i128 h = num * 100, q = h / den, rem = h % den;
    if (2 * (rem < 0 ? -rem : rem) >= den)
        q += h < 0 ? -1 : 1;
    if (q > INT64_MAX)
        q = INT64_MAX;
    if (q < -INT64_MAX)
        q = -INT64_MAX;
    return rat_make((int64_t)q, 100);
}

/* Overflow-checked a*b + c*d into *out; false on overflow. */
static bool muladd(i128 a, i128 b, i128 c, i128 d, i128 *out)
{
    i128 x, y;
    return !__builtin_mul_overflow(a, b, &x) && !__builtin_mul_overflow(c, d, &y)
           && !__builtin_add_overflow(x, y, out);
}

/* §3.10 on_track: the least-squares line through (baseline_date,
 * baseline) and the results res[0..n) (x = days), read at the target
 * date, meets the target.  Exact: x is shifted so the target date is 0,
 * values are billionths from the baseline, and the reading
 * (Sy*Sxx - Sx*Sxy) / (n*Sxx - Sx^2) is compared by cross-multiplying in
 * 128 bits, every product checked; only data beyond any real scale
 * (values near 10^14 with results years apart, or tens of thousands of
 * results) overflows, and is then compared in long double.  A line
 * through points of one day is flat at their mean.  *projected: the
 * reading, for display. */
static bool reaches(const Model *m, const Scenario *s, const int *res, int n,
                    double *projected)
{
    i128 k = n + 1, sx = 0, sy = 0, sxx = 0, sxy = 0;
    long double lx = 0, ly = 0, lxx = 0, lxy = 0;
    for (int i = -1; i < n; i++) {
        const Result *r = i < 0 ? NULL : &m->results[res[i]];
        i128 x = (i128)(r ? r->date : s->baseline_date) - s->target_date;
        i128 y = r ? from_baseline(s, r->value) : 0;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;   /* |x| < 4e6, |y| < 2e24: each term fits */
        lx += (long double)x;
        ly += (long double)y;
        lxx += (long double)x * (long double)x;
        lxy += (long double)x * (long double)y;
    }
    i128 t = from_baseline(s, s->target), den = 0, num = 0, rhs = 0;
    bool exact = muladd(k, sxx, -sx, sx, &den);
    int cmp;
    if (exact && den == 0) {          /* one day: the mean */
        exact = !__builtin_mul_overflow(t, k, &rhs);
        cmp = (sy > rhs) - (sy < rhs);
        *projected = (double)((long double)sy / (long double)k);
    } else {
        exact = exact && muladd(sy, sxx, -sx, sxy, &num)
                && !__builtin_mul_overflow(t, den, &rhs);
        cmp = (num > rhs) - (num < rhs);
        long double lden = (long double)k * lxx - lx * lx;
        *projected = lden == 0 ? (double)(ly / (long double)k)
                               : (double)((ly * lxx - lx * lxy) / lden);
    }
    if (!exact) {
        long double p = (long double)*projected, tt = (long double)t;
        cmp = (p > tt) - (p < tt);
    }
    *projected = rat_to_double(s->baseline) + *projected / 1e9;
    return s->direction == DIRECTION_INCREASE ? cmp >= 0 : cmp <= 0;
}

/* §3.10: one indicator on date d.  `with_status`: also its status (the
 * least squares are only needed for it). */
static D1Indicator indicator_at(const Model *m, int i, Date d, bool with_status)
{
    const Scenario *s = &m->scenarios[i];
    const int *res = m->scenario_results + m->scenario_result_start[i];
    int total = m->scenario_result_start[i + 1] - m->scenario_result_start[i];
    D1Indicator r = { .scenario = i, .latest = -1, .status = IND_NO_DATA,
                      .progress = RAT_ZERO };
    while (r.n_results < total && m->results[res[r.n_results]].date <= d)
        r.n_results++;
    if (!r.n_results)
        return r;
    r.latest = res[r.n_results - 1];   /* by date, the later row on a tie */
    Rat v = m->results[r.latest].value;
    r.improved = better(s, v, s->baseline);
    r.progress = progress_of(s, v);
    if (!with_status)
        return r;
    bool on = reaches(m, s, res, r.n_results, &r.projected);
    if (meets(s, v))
        r.status = IND_ACHIEVED;
    else if (d > s->target_date)
        r.status = IND_MISSED;
    else
        r.status = on ? IND_ON_TRACK : IND_AT_RISK;
    return r;
}

/* §3.10: the newest rated D1 assessment of each project known on d (the
 * later row on a tie), -1 when none. */
static int *rated_d1(const Model *m, Date d, Arena *scratch)
{
    int *best = NEW(scratch, int, m->n_projects + 1);
    for (int p = 0; p < m->n_projects; p++)
        best[p] = -1;
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->kind != ASSESS_D1 || a->project < 0 || !a->rating || a->date > d)
            continue;
        int *b = &best[a->project];
        if (*b < 0 || a->date >= m->assessments[*b].date)
            *b = i;
    }
    return best;
}

/* §3.10: the project rule over its indicators with a result. */
static bool rule_improved(D1Rule rule, int improved, int with_result)
{
    switch (rule) {
    case D1_RULE_ALL: return improved == with_result;
    case D1_RULE_ANY: return improved > 0;
    case D1_RULE_MAJORITY: break;
    }
    return 2 * improved > with_result;
}

static D1Project project_at(const Model *m, D1Rule rule, Date d, int p,
                            const int *rated, Arena *perm)
{
    int from = m->project_scenario_start[p], to = m->project_scenario_start[p + 1];
    D1Project r = { .project = p, .assessment = -1, .n_indicators = to - from };
    if (perm)
        r.indicators = NEW(perm, D1Indicator, r.n_indicators + 1);
    for (int k = 0; k < r.n_indicators; k++) {
        D1Indicator ind = indicator_at(m, m->project_scenarios[from + k], d,
                                       perm != NULL);
        r.with_result += ind.latest >= 0;
        r.improved += ind.improved;
        if (perm)
            r.indicators[k] = ind;
    }
    if (!r.n_indicators)
        r.result = D1_NO_SCENARIO;
    else if (r.with_result) {
        r.basis = D1_BY_INDICATORS;
        r.result = rule_improved(rule, r.improved, r.with_result) ? D1_IMPROVED
                                                                 : D1_NOT_IMPROVED;
    } else if (rated[p] >= 0) {
        r.basis = D1_BY_ASSESSMENT;
        r.assessment = rated[p];
        r.result = m->assessments[rated[p]].rating >= 3 ? D1_IMPROVED
                                                        : D1_NOT_IMPROVED;
    } else
        r.result = D1_NO_DATA;
    return r;
}

int compute_d1_eval(const Model *m, D1Rule rule, Date d, Arena *scratch,
                    Arena *perm, D1Project *out, int *counts,
                    int *with_scenario)
{
    const int *rated = rated_d1(m, d, scratch);
    for (int k = 0; k < D1_RESULT_COUNT; k++)
        counts[k] = 0;
    int n = 0;
    for (int p = 0; p < m->n_projects; p++) {
        if (m->projects[p].start > d)    /* §3: counts once started */
            continue;
        D1Project r = project_at(m, rule, d, p, rated, out ? perm : NULL);
        counts[r.result]++;
        if (out)
            out[n] = r;
        n++;
    }
    *with_scenario = n - counts[D1_NO_SCENARIO];
    return counts[D1_IMPROVED];
}
