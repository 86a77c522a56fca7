/* chart_prep.c -- every text of the charts, resolved once per build on
 * the main thread (chart_prep.h). */
#include "render/chart/chart_prep.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present/vocab.h"

static void put(ChartPrep *p, const char *key, const char *text)
{
    if (p->n_texts == p->cap_texts) {
        p->cap_texts = p->cap_texts ? 2 * p->cap_texts : 64;
        p->texts = realloc(p->texts, (size_t)p->cap_texts * sizeof *p->texts);
        if (!p->texts)
            abort();
    }
    p->texts[p->n_texts++] = (PrepText){ arena_strdup(&p->arena, key),
                                         arena_strdup(&p->arena, text) };
}

const char *chart_prep_text(const ChartPrep *p, const char *key)
{
    for (int i = p->n_texts - 1; i >= 0; i--)
        if (strcmp(p->texts[i].key, key) == 0)
            return p->texts[i].text;
    return key;
}

/* catalog_format() with the list given as a va_list, copied to the arena. */
static const char *fmt(ChartPrep *p, const char *key, ...)
{
    const char *v[16];
    int n = 0;
    va_list ap;
    va_start(ap, key);
    while (n < 15 && (v[n] = va_arg(ap, const char *)) != NULL)
        n++;
    va_end(ap);
    for (int i = n; i < 16; i++)
        v[i] = NULL;
    char *s = catalog_format(p->ctx->cat, key, v[0], v[1], v[2], v[3], v[4],
                             v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                             v[12], v[13], v[14], (const char *)NULL);
    const char *r = arena_strdup(&p->arena, s ? s : key);
    free(s);
    return r;
}

static const char *num(ChartPrep *p, long v)
{
    return arena_printf(&p->arena, "%ld", v);
}

/* Raw texts the views look up by key. */
static const char *const raw_keys[] = {
    "charts.d2_legend_count", "charts.d2_legend_target",
    "charts.d2_legend_projection", "charts.i1_latest_improved",
    "charts.i1_latest_not_improved", "charts.i1_none",
    "charts.context_above", "charts.context_below", "charts.context_none",
    "charts.stages_reached", "charts.stages_below", "charts.stages_current",
    "charts.stages_target", "charts.stages_none",
    "charts.participants_total", "charts.participants_women",
    "charts.participants_unknown", "charts.participants_unknown_short",
    "charts.trend_i1", "charts.trend_d2", "charts.trend_g",
    "charts.trend_i2", "charts.trend_d1",
    "charts.scenario_baseline", "charts.scenario_results", "charts.scenario_target",
    "charts.scenario_target_date",
    "charts.country_title", "charts.country_targeted", "charts.country_no_scores",
    "charts.not_available", "charts.list_sep", "charts.ceiling",
};

static const char *const *view_series(ViewKind k)
{
    static const char *const d2[] = { "count", "target", "projection", NULL };
    static const char *const i1[] = { "baseline", "improved", "not_improved",
                                      "connector", NULL };
    static const char *const st[] = { "reached", "below", NULL };
    static const char *const pa[] = { "participants", "women", NULL };
    static const char *const tr[] = { "i1", "d2", "g", "i2", "d1", NULL };
    static const char *const cx[] = { "above", "below", NULL };
    static const char *const co[] = { "editions", "targeted", NULL };
    static const char *const sc[] = { "baseline", "results", "target", NULL };
    static const char *const *const all[VIEW_COUNT] = { d2, i1, st, pa, tr, cx, co, sc };
    return all[k];
}

/* Names of the countries for which `pick` holds, joined by the list
 * separator; NULL when there are none.  *count gets how many. */
static char *join_names(ChartPrep *p, bool (*pick)(const I1Country *), int *count)
{
    const I1 *i1 = &p->ctx->ind->i1;
    const char *sep = chart_prep_text(p, "charts.list_sep");
    bool ascii = (unsigned char)sep[0] < 0x80;
    size_t cap = 64, len = 0;
    char *s = malloc(cap);
    *count = 0;
    s[0] = '\0';
    for (int i = 0; i < i1->n_countries; i++) {
        if (!pick(&i1->countries[i]))
            continue;
        const char *name = model_country_name(p->ctx->m, i1->countries[i].country,
                                              p->ctx->s->lang);
        size_t need = len + strlen(name) + strlen(sep) + 3;
        if (need > cap)
            s = realloc(s, cap = 2 * need);
        len += (size_t)sprintf(s + len, "%s%s%s", *count ? sep : "",
                               *count && ascii ? " " : "", name);
        (*count)++;
    }
    if (*count == 0) {
        free(s);
        return NULL;
    }
    return s;
}

static bool not_assessable(const I1Country *c) { return !c->assessable; }
static bool no_group(const I1Country *c) { return c->assessable && !c->has_group_median; }

static void prep_lists(ChartPrep *p)
{
    const I1 *i1 = &p->ctx->ind->i1;
    int n_imp = 0, n_not = 0, n;
    for (int i = 0; i < i1->n_countries; i++)
        if (i1->countries[i].assessable)
            i1->countries[i].improved ? n_imp++ : n_not++;
    p->i1_improved = fmt(p, "charts.i1_improved", "n", num(p, n_imp), NULL);
    p->i1_not_improved = fmt(p, "charts.i1_not_improved", "n", num(p, n_not), NULL);
    char *names = join_names(p, not_assessable, &n);
    if (names)
        p->i1_not_assessable = fmt(p, "charts.i1_not_assessable", "n", num(p, n),
                                   "names", names, NULL);
    free(names);
    names = join_names(p, no_group, &n);
    if (names)
        p->ctx_no_group = fmt(p, "charts.context_no_group", "n", num(p, n),
                              "names", names, NULL);
    free(names);
}

/* Issue 19: a country whose latest mean over its targeted pillars is the
 * maximum (100 %, so every one of them is) cannot improve further; without
 * a mark it reads as "improved less" in the context chart (§3.8). */
static void prep_ceiling(ChartPrep *p)
{
    const I1 *i1 = &p->ctx->ind->i1;
    p->i1_ceiling = NEW(&p->arena, bool, i1->n_countries + 1);
    for (int i = 0; i < i1->n_countries; i++)
        p->i1_ceiling[i] = i1->countries[i].assessable
                           && rat_cmp(i1->countries[i].latest_mean, rat_int(100)) == 0;
}

static void prep_participants(ChartPrep *p)
{
    const Indicators *ind = p->ctx->ind;
    int rows = 0, countries = 0, last = -1;
    bool any = false;
    /* prep_labels() widened fy_lo..fy_hi to every participation year */
    p->people = NEW(&p->arena, FyPeople, p->fy_hi - p->fy_lo + 1);
    for (int i = 0; i < ind->n_participation; i++) {
        const ParticipationSum *s = &ind->participation[i];
        any |= s->has_participants;
        rows += s->rows;
        countries += s->country != last;
        last = s->country;
    }
    /* each year's sums and words as the pages' table has them (present/
     * vocab); the bar of a year without any count is the hatched block,
     * its label the legend's */
    for (int fy = p->fy_lo; fy <= p->fy_hi; fy++) {
        VocabPeople v = vocab_people_in(ind, fy);
        p->people[fy - p->fy_lo] = (FyPeople){
            .total = (double)v.total, .women = (double)v.women, .unreported = v.unreported,
            .has_women = v.has_women, .approx = v.approx,
            .label = v.has_total ? vocab_people(p->ctx->cat, &p->arena, &v) : NULL };
        p->people_unreported += v.unreported;
    }
    /* §4 "participants by FY": with no numbers at all, say so plainly. */
    if (ind->n_participation == 0)
        p->participants_message = chart_prep_text(p, "charts.participants_none");
    else if (!any)
        p->participants_message = fmt(p, "charts.participants_no_numbers",
                                      "rows", num(p, rows), "countries",
                                      num(p, countries), NULL);
}

static void prep_labels(ChartPrep *p)
{
    const RenderCtx *ctx = p->ctx;
    const Indicators *ind = ctx->ind;
    const Settings *s = ctx->s;
    p->fy_lo = ind->d2.window_start_fy;
    p->fy_hi = ind->fiscal_year;
    for (int i = 0; i < ind->n_participation; i++)
        if (ind->participation[i].fy < p->fy_lo)
            p->fy_lo = ind->participation[i].fy;
    for (int i = 0; i < s->n_d2_targets; i++)
        if (s->d2_targets[i].fy > p->fy_hi)
            p->fy_hi = s->d2_targets[i].fy;
    p->fy_label = NEW(&p->arena, const char *, p->fy_hi - p->fy_lo + 1);
    for (int fy = p->fy_lo; fy <= p->fy_hi; fy++)
        p->fy_label[fy - p->fy_lo] = fmt(p, "charts.fy", "fy", num(p, fy), NULL);
    p->trend_label = NEW(&p->arena, const char *, ind->n_trend + 1);
    for (int i = 0; i < ind->n_trend; i++) {
        char buf[128];
        Date d = ind->trend[i].date;
        if (date_is_quarter_end(d))
            catalog_quarter(ctx->cat, date_fiscal_year(d), date_fiscal_quarter(d),
                            buf, sizeof buf);
        else
            catalog_date(ctx->cat, d, buf, sizeof buf);
        p->trend_label[i] = arena_strdup(&p->arena, buf);
    }
    p->target_label = NEW(&p->arena, const char *, ind->d2.n_targets + 1);
    for (int i = 0; i < ind->d2.n_targets; i++)
        p->target_label[i] = fmt(p, "charts.d2_target", "target",
                                 num(p, ind->d2.targets[i].target), "fy",
                                 num(p, ind->d2.targets[i].by_fy), NULL);
    p->edition_label = NEW(&p->arena, const char *, ctx->m->n_editions + 1);
    for (int e = 0; e < ctx->m->n_editions; e++)
        p->edition_label[e] = fmt(p, "charts.edition", "edition",
                                  num(p, ctx->m->editions[e].year), NULL);
    for (int q = 0; q < PILLAR_COUNT; q++)
        p->pillar_label[q] = vocab_pillar(ctx->cat, q);
    for (int k = 0; k <= STAGE_COUNT; k++)   /* the last: unknown */
        p->stage_label[k] = vocab_stage(ctx->cat, k < STAGE_COUNT ? (Stage)k
                                                                 : STAGE_NONE);
    p->trend_i1_target = fmt(p, "charts.trend_i1_target", "target",
                             num(p, s->i1_target), NULL);
    p->trend_d2_target = s->n_d2_targets
        ? fmt(p, "charts.trend_d2_target", "target", num(p, s->d2_targets[0].target),
              "fy", num(p, s->d2_targets[0].fy), NULL)
        : "";
    put(p, "charts.i1_baseline", fmt(p, "charts.i1_baseline", "baseline",
                                     num(p, s->baseline_edition), NULL));
}

/* §3.10: the texts of each scenario chart (an indicator of a started
 * project with a result), made here because the catalogue is not used off
 * the main thread. */
static void prep_scenarios(ChartPrep *p)
{
    const Model *m = p->ctx->m;
    const D1 *d1 = &p->ctx->ind->d1;
    bool ja = !strcmp(p->ctx->s->lang, "ja");
    p->scenario_title = NEW(&p->arena, const char *, m->n_scenarios + 1);
    p->scenario_subtitle = NEW(&p->arena, const char *, m->n_scenarios + 1);
    for (int i = 0; i < d1->n_projects; i++)
        for (int k = 0; k < d1->projects[i].n_indicators; k++) {
            const D1Indicator *d = &d1->projects[i].indicators[k];
            const Scenario *sc = &m->scenarios[d->scenario];
            if (d->latest < 0)
                continue;
            p->scenario_title[d->scenario] = ja && sc->indicator_ja ? sc->indicator_ja
                                                                    : sc->indicator;
            p->scenario_subtitle[d->scenario] = fmt(p, "charts.scenario_subtitle",
                "project", model_project_title(m, sc->project, p->ctx->s->lang),
                "unit", sc->unit ? sc->unit : "",
                "status", vocab_indicator_status(p->ctx->cat, d->status), NULL);
        }
}

/* The D2 target named in the title: the first whose year is not past. */
static const TargetStatus *d2_headline_target(const Indicators *ind)
{
    for (int i = 0; i < ind->d2.n_targets; i++)
        if (ind->d2.targets[i].by_fy >= ind->fiscal_year)
            return &ind->d2.targets[i];
    return ind->d2.n_targets ? &ind->d2.targets[ind->d2.n_targets - 1] : NULL;
}

static void prep_titles(ChartPrep *p)
{
    const Indicators *ind = p->ctx->ind;
    const Settings *s = p->ctx->s;
    const TargetStatus *t = d2_headline_target(ind);
    int d2n = ind->d2.n_years ? ind->d2.cumulative[ind->d2.n_years - 1].count : 0;
    int compared = 0;
    for (int i = 0; i < ind->i1.n_countries; i++)
        compared += ind->i1.countries[i].assessable && ind->i1.countries[i].has_group_median;
    /* Each title and subtitle may use any of these placeholders. */
    const char *vals[VIEW_COUNT][4] = {
        [VIEW_D2] = { num(p, d2n), num(p, ind->d2.n_countries),
                      num(p, t ? t->target : 0), num(p, t ? t->by_fy : 0) },
        [VIEW_I1] = { num(p, ind->i1.value), num(p, ind->i1.n_assessable),
                      num(p, s->i1_target), num(p, s->i1_by_fy) },
        [VIEW_STAGES] = { num(p, ind->g.reached), num(p, ind->g.with_target), "", "" },
        [VIEW_PARTICIPANTS] = { "", "", "", "" },
        [VIEW_TREND] = { "", "", "", "" },
        [VIEW_CONTEXT] = { num(p, ind->i1.outperformed), num(p, compared), "", "" },
        [VIEW_COUNTRY] = { "", "", "", "" },
        [VIEW_SCENARIO] = { "", "", "", "" },
    };
    for (int k = 0; k < VIEW_COUNT; k++) {
        if (!p->loaded[k])
            continue;
        const char *start = num(p, ind->d2.window_start_fy),
                   *base = num(p, s->baseline_edition);
        p->title[k] = fmt(p, p->defs[k].title_key, "n", vals[k][0], "m", vals[k][1],
                          "target", vals[k][2], "fy", vals[k][3], "start", start,
                          "baseline", base, NULL);
        p->subtitle[k] = p->defs[k].subtitle_key[0]
            ? fmt(p, p->defs[k].subtitle_key, "n", vals[k][0], "m", vals[k][1],
                  "target", vals[k][2], "fy", vals[k][3], "start", start,
                  "baseline", base, NULL)
            : NULL;
    }
}

Err chart_prep_init(ChartPrep *p, const RenderCtx *ctx, unsigned views)
{
    memset(p, 0, sizeof *p);
    p->ctx = ctx;
    Err err = ERR_OK;
    for (int k = 0; k < VIEW_COUNT; k++) {
        if (!(views & (1u << k)))
            continue;
        Err e = chart_def_load(&p->defs[k], ctx->resources, view_names[k],
                               view_series((ViewKind)k), ctx->diag);
        if (e)
            err = ERR_CONFIG;
        else
            p->loaded[k] = true;
    }
    if (err)
        return err;
    for (size_t i = 0; i < sizeof raw_keys / sizeof raw_keys[0]; i++)
        put(p, raw_keys[i], catalog_get(ctx->cat, raw_keys[i]));
    char date[64];
    catalog_date(ctx->cat, ctx->ind->as_of, date, sizeof date);
    p->source = fmt(p, "charts.source", "date", date, NULL);
    p->list_sep = chart_prep_text(p, "charts.list_sep");
    prep_labels(p);
    prep_lists(p);
    prep_participants(p);
    prep_ceiling(p);
    prep_titles(p);
    if (p->loaded[VIEW_SCENARIO])
        prep_scenarios(p);
    return ERR_OK;
}

void chart_prep_release(ChartPrep *p)
{
    free(p->texts);
    arena_release(&p->arena);
    memset(p, 0, sizeof *p);
}
