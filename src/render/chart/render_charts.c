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
    const D1 *d1 = &ctx->ind->d1;
    Job *jobs = calloc((size_t)(VIEW_COUNT + i1->n_countries + ctx->m->n_scenarios),
                       sizeof *jobs);
    int k = 0;
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (v == VIEW_COUNTRY || v == VIEW_SCENARIO)
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
    /* §3.10, §4: a chart per indicator of a started project with a result,
     * named by its index (no data value chooses a path) */
    for (int i = 0; i < d1->n_projects; i++)
        for (int j = 0; j < d1->projects[i].n_indicators; j++) {
            const D1Indicator *e = &d1->projects[i].indicators[j];
            if (e->latest < 0)
                continue;
            jobs[k] = (Job){ .kind = VIEW_SCENARIO, .country = e->scenario };
            fs_path_fmt(jobs[k].path, sizeof jobs[k].path, "%s/scenario_%d.png", dir,
                        e->scenario);
            k++;
        }
    *n = k;
    return jobs;
}

Err render_charts(const RenderCtx *ctx)
{
    char dir[4096];
    Err err = render_subdir(ctx, "charts", dir, sizeof dir);
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
