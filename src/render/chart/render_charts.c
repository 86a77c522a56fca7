/* render_charts.c -- OUT/charts/ (PNG) (§4, issue 11's excess chart).
 *
 * The main thread resolves every text from the catalogue and loads the
 * chart definitions (ChartPrep); then the charts are drawn by a small
 * pool of threads, one per core, each with its own PangoFontMap and its
 * own cairo surfaces, pulling jobs from a shared counter.  Identical
 * inputs give identical bytes whichever thread drew a chart.
 */
#include "render/chart/render_charts.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render/chart/chart_views.h"
#include "base/fsutil.h"

/* ---- prepared texts ---- */

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
    "charts.trend_i1", "charts.trend_d2", "charts.trend_g",
    "charts.country_title", "charts.country_targeted", "charts.country_no_scores",
    "charts.not_available", "charts.list_sep",
};

static const char *const *view_series(ViewKind k)
{
    static const char *const d2[] = { "count", "target", "projection", NULL };
    static const char *const i1[] = { "baseline", "improved", "not_improved",
                                      "connector", NULL };
    static const char *const st[] = { "reached", "below", NULL };
    static const char *const pa[] = { "participants", "women", NULL };
    static const char *const tr[] = { "i1", "d2", "g", NULL };
    static const char *const cx[] = { "above", "below", NULL };
    static const char *const co[] = { "editions", "targeted", NULL };
    static const char *const *const all[VIEW_COUNT] = { d2, i1, st, pa, tr, cx, co };
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

static void prep_participants(ChartPrep *p)
{
    const Indicators *ind = p->ctx->ind;
    int rows = 0, countries = 0, last = -1;
    bool any = false;
    for (int i = 0; i < ind->n_participation; i++) {
        const ParticipationSum *s = &ind->participation[i];
        any |= s->has_participants;
        rows += s->rows;
        countries += s->country != last;
        last = s->country;
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
    if (p->fy_hi - p->fy_lo > 60)
        p->fy_lo = p->fy_hi - 60;
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
    for (int e = 0; e < ctx->m->n_editions && e < 64; e++)
        p->edition_label[e] = fmt(p, "charts.edition", "edition",
                                  num(p, ctx->m->editions[e].year), NULL);
    for (int q = 0; q < PILLAR_COUNT; q++)
        p->pillar_label[q] = chart_prep_text(p, arena_printf(&p->arena,
                                             "charts.pillar_%s", pillar_names[q]));
    for (int k = 0; k < STAGE_COUNT; k++)
        p->stage_label[k] = chart_prep_text(p, arena_printf(&p->arena,
                                            "charts.stage_%s", stage_names[k]));
    p->stage_label[STAGE_COUNT] = chart_prep_text(p, "charts.stage_unknown");
    p->trend_i1_target = fmt(p, "charts.trend_i1_target", "target",
                             num(p, s->i1_target), NULL);
    p->trend_d2_target = s->n_d2_targets
        ? fmt(p, "charts.trend_d2_target", "target", num(p, s->d2_targets[0].target),
              "fy", num(p, s->d2_targets[0].fy), NULL)
        : "";
    put(p, "charts.i1_baseline", fmt(p, "charts.i1_baseline", "baseline",
                                     num(p, s->baseline_edition), NULL));
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
    for (int q = 0; q < PILLAR_COUNT; q++) {
        char key[64];
        snprintf(key, sizeof key, "charts.pillar_%s", pillar_names[q]);
        put(p, key, catalog_get(ctx->cat, key));
    }
    for (int k = 0; k <= STAGE_COUNT; k++) {
        char key[64];
        snprintf(key, sizeof key, "charts.stage_%s",
                 k < STAGE_COUNT ? stage_names[k] : "unknown");
        put(p, key, catalog_get(ctx->cat, key));
    }
    char date[64];
    catalog_date(ctx->cat, ctx->ind->as_of, date, sizeof date);
    p->source = fmt(p, "charts.source", "date", date, NULL);
    p->list_sep = chart_prep_text(p, "charts.list_sep");
    prep_labels(p);
    prep_lists(p);
    prep_participants(p);
    prep_titles(p);
    return ERR_OK;
}

void chart_prep_release(ChartPrep *p)
{
    free(p->texts);
    arena_release(&p->arena);
    memset(p, 0, sizeof *p);
}

/* ---- jobs and threads ---- */

typedef struct {
    ViewKind kind;
    int country;
    char path[4096];
} Job;

typedef struct {
    const ChartPrep *prep;
    Job *jobs;
    int n_jobs, next;
    pthread_mutex_t mu;
    Diag *diag;
    Err err;
} Pool;

/* Draw one chart on a fresh surface (twice when its rows need a taller
 * one) and write it. */
static Err render_job(const ChartPrep *p, const Job *j, PangoFontMap *fm, Diag *d)
{
    const ChartDef *def = &p->defs[j->kind];
    double W = def->width, H = def->height;
    for (int attempt = 0; attempt < 2; attempt++) {
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                                        (int)W, (int)H);
        cairo_t *cr = cairo_create(s);
        Chart ch;
        chart_begin(&ch, cr, fm, def);
        double need = chart_view_draw(&ch, p, j->kind, j->country, W, H);
        chart_end(&ch);
        cairo_status_t st = cairo_status(cr);
        cairo_destroy(cr);
        Err err = ERR_OK;
        if (st != CAIRO_STATUS_SUCCESS) {
            diag_error(d, j->path, 0, "cairo: %s", cairo_status_to_string(st));
            err = ERR_RENDER;
        } else if (need > H + 0.5 && attempt == 0) {
            H = ceil(need);
            cairo_surface_destroy(s);
            continue;
        } else {
            err = chart_write_png(s, j->path, d);
        }
        cairo_surface_destroy(s);
        return err;
    }
    return ERR_OK;
}

static void *worker(void *arg)
{
    Pool *pool = arg;
    PangoFontMap *fm = pango_cairo_font_map_new();
    for (;;) {
        pthread_mutex_lock(&pool->mu);
        int i = pool->next < pool->n_jobs ? pool->next++ : -1;
        pthread_mutex_unlock(&pool->mu);
        if (i < 0)
            break;
        Diag d = DIAG_INIT;
        Err err = render_job(pool->prep, &pool->jobs[i], fm, &d);
        pthread_mutex_lock(&pool->mu);
        diag_merge(pool->diag, &d);   /* empties d */
        if (err && !pool->err)
            pool->err = err;
        pthread_mutex_unlock(&pool->mu);
    }
    g_object_unref(fm);
    return NULL;
}

static int thread_count(int jobs)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > 4)
        n = 4;
    return (int)(n < jobs ? n : jobs);
}

static Err run_pool(Pool *pool)
{
    pthread_t th[4];
    int nt = thread_count(pool->n_jobs), started = 0;
    pthread_mutex_init(&pool->mu, NULL);
    for (int i = 1; i < nt; i++)
        if (pthread_create(&th[started], NULL, worker, pool) == 0)
            started++;
    worker(pool);                 /* the main thread draws too */
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    pthread_mutex_destroy(&pool->mu);
    return pool->err;
}

static Job *make_jobs(const RenderCtx *ctx, const char *dir, int *n)
{
    const I1 *i1 = &ctx->ind->i1;
    Job *jobs = calloc((size_t)(VIEW_COUNT + i1->n_countries), sizeof *jobs);
    int k = 0;
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (v == VIEW_COUNTRY)
            continue;
        jobs[k] = (Job){ .kind = (ViewKind)v, .country = -1 };
        fs_path_fmt(jobs[k].path, sizeof jobs[k].path, "%s/%s.png", dir, view_names[v]);
        k++;
    }
    for (int i = 0; i < i1->n_countries; i++) {
        int c = i1->countries[i].country;
        jobs[k] = (Job){ .kind = VIEW_COUNTRY, .country = c };
        fs_path_fmt(jobs[k].path, sizeof jobs[k].path, "%s/country_%s.png", dir,
                 ctx->m->countries[c].iso3);
        k++;
    }
    *n = k;
    return jobs;
}

Err render_charts(const RenderCtx *ctx)
{
    char dir[4096];
    if (!fs_path_fmt(dir, sizeof dir, "%s/charts", ctx->outdir)) {
        diag_error(ctx->diag, ctx->outdir, 0, "output path too long");
        return ERR_WRITE;
    }
    Err err = fs_mkdirs(dir, ctx->diag);
    if (err)
        return err;
    chart_fonts_init();
    ChartPrep prep;
    err = chart_prep_init(&prep, ctx, (1u << VIEW_COUNT) - 1);
    if (!err) {
        Pool pool = { .prep = &prep, .diag = ctx->diag };
        pool.jobs = make_jobs(ctx, dir, &pool.n_jobs);
        err = run_pool(&pool);
        free(pool.jobs);
    }
    chart_prep_release(&prep);
    return err;
}

Err chart_draw_country_pillars(cairo_t *cr, const RenderCtx *ctx, int country,
                               double w, double h)
{
    ChartPrep prep;
    Err err = chart_prep_init(&prep, ctx, 1u << VIEW_COUNTRY);
    if (!err) {
        const ChartDef *def = &prep.defs[VIEW_COUNTRY];
        /* Scale the design size uniformly into the box; the design height
         * follows the box's aspect so the chart fills it. */
        double s = w / def->width;
        cairo_save(cr);
        cairo_rectangle(cr, 0, 0, w, h);
        cairo_clip(cr);
        cairo_scale(cr, s, s);
        Chart ch;
        chart_begin(&ch, cr, NULL, def);
        chart_view_draw(&ch, &prep, VIEW_COUNTRY, country, def->width, h / s);
        chart_end(&ch);
        cairo_restore(cr);
        if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
            diag_error(ctx->diag, "country chart", 0, "cairo: %s",
                       cairo_status_to_string(cairo_status(cr)));
            err = ERR_RENDER;
        }
    }
    chart_prep_release(&prep);
    return err;
}
