/* pipeline.c -- load -> compute -> render -> publish, with the renderer
 * table, the lanes they run in and the chart process. */

#include "pipeline/pipeline.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "compute/compute.h"
#include "config/catalog.h"
#include "load/load.h"
#include "load/previous.h"
#include "model/model.h"
#include "pipeline/child.h"
#include "publish/publish.h"
#include "render/brief/render_brief.h"
#include "render/chart/render_charts.h"
#include "render/data/render_json.h"
#include "render/feed/render_feed.h"
#include "render/fonts.h"
#include "render/html/render_html.h"
#include "render/render.h"
#include "render/xlsx/render_xlsx.h"

/* The renderers, in the order they run; adding an output = adding a row.
 * Renderers are independent (each writes its own files from the computed
 * results), so the big single-threaded ones run in lanes of their own and
 * the operating system shares the cores between them: at scale the build
 * takes about half the time on two cores.
 *
 * The charts are drawn in a child process (LANE_CHILD).  cairo 1.16 keeps
 * the FreeType faces of each font file in a list it changes without a
 * lock, so text drawn on the chart threads beside the briefs could give a
 * brief a second face, hence a second embedded subset, of one font: the
 * same briefs differed between builds in about one test run in seven.  A
 * process of their own shares no cairo state with the briefs, and both
 * still run at once. */
enum { LANES = 3, LANE_CHILD = LANES };
static const struct {
    const char *name;
    RenderFn fn;
    int lane;
} renderers[] = {
    { "json", render_json, 0 },
    { "feed", render_feed, 0 },
    { "xlsx", render_xlsx, 0 },
    { "html", render_html, 1 },
    { "briefs", render_brief, 2 },
    { "charts", render_charts, LANE_CHILD },
};
enum { N_RENDERERS = sizeof renderers / sizeof renderers[0] };

/* ---- timings and progress ---- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* --verbose: the time of each stage on stderr. */
static void timing(const Settings *s, const char *stage, double *t0)
{
    double t = now_seconds();
    if (s->verbose)
        fprintf(stderr, "cyberdash: %-8s %8.3f s\n", stage, t - *t0);
    *t0 = t;
}

/* A progress line on stderr when it is a terminal and the build has taken
 * more than a second (issue 8); --verbose prints the timings instead. */
static struct {
    pthread_mutex_t lock;
    double start;
    int done;
    bool shown;
} progress = { PTHREAD_MUTEX_INITIALIZER, 0, 0, false };

static void progress_step(const Settings *s, const char *name)
{
    if (s->verbose || !isatty(STDERR_FILENO))
        return;
    pthread_mutex_lock(&progress.lock);
    progress.done++;
    if (now_seconds() - progress.start > 1.0 && progress.done < N_RENDERERS) {
        fprintf(stderr, "\rcyberdash: %d of %d outputs written (%s)\033[K",
                progress.done, (int)N_RENDERERS, name);
        progress.shown = true;
    }
    pthread_mutex_unlock(&progress.lock);
}

static void progress_end(void)
{
    if (progress.shown)
        fputs("\r\033[K", stderr);
}

/* ---- lanes ---- */

typedef struct {
    RenderCtx ctx;     /* the lane's own copy, with its own Diag */
    Diag diag;
    int lane;
    Err err;
} LaneRun;

/* A lane's own copy of the context, noting into its own Diag. */
static void lane_init(LaneRun *run, const RenderCtx *ctx,
                      const Diag *load_notes, int lane)
{
    *run = (LaneRun){ .ctx = *ctx, .diag = DIAG_INIT, .lane = lane };
    run->ctx.diag = &run->diag;
    run->ctx.load_notes = load_notes;
}

/* glibc keeps what a thread frees in that thread's malloc arena, where the
 * other lanes cannot reuse it: without giving it back after each stage,
 * the lanes' peaks added up (1M bench: 212-234 MiB; 175-195 with). */
static void give_back_freed_memory(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

static void *run_lane(void *arg)
{
    LaneRun *run = arg;
    double t0 = now_seconds();
    for (size_t i = 0; i < N_RENDERERS; i++) {
        if (renderers[i].lane != run->lane)
            continue;
        run->err = renderers[i].fn(&run->ctx);
        give_back_freed_memory();
        if (run->err)
            break;
        timing(run->ctx.s, renderers[i].name, &t0);
        if (run->lane != LANE_CHILD)    /* counted by finish_child_lane() */
            progress_step(run->ctx.s, renderers[i].name);
    }
    return NULL;
}

/* ---- the chart process ---- */

typedef struct {
    const RenderCtx *ctx;
    const Diag *load_notes;
} ChildLaneArg;

/* LANE_CHILD, in the child process (or here when fork() failed).  The
 * child checks the catalogue for the labels it looked up, as
 * run_renderers() does for the others, and drops the font map as main()
 * does at its end. */
static Err child_lane_job(void *arg, Diag *d, bool in_child)
{
    const ChildLaneArg *a = arg;
    LaneRun run;
    lane_init(&run, a->ctx, a->load_notes, LANE_CHILD);
    run_lane(&run);
    if (in_child && !run.err && catalog_missing(a->ctx->cat, &run.diag))
        run.err = ERR_CONFIG;
    diag_merge(d, &run.diag);
    if (in_child && !run.err)
        fonts_release();
    return run.err;
}

/* Wait for the chart process; its renderers count as done then. */
static Err finish_child_lane(ChildProc *c, const RenderCtx *ctx)
{
    Err err = child_finish(c, "charts", ctx->diag);
    publish_watch(0);
    for (size_t i = 0; i < N_RENDERERS; i++)
        if (renderers[i].lane == LANE_CHILD)
            progress_step(ctx->s, renderers[i].name);
    return err;
}

/* ---- render ---- */

/* Run every lane, lane 0 on this thread and LANE_CHILD in a child process
 * that starts when lane 0 is done (so that the charts, whose jobs use
 * every core, end the build as they did in lane 0); each lane notes
 * problems in a Diag of its own, merged in lane order afterwards. */
static Err run_renderers(const RenderCtx *ctx)
{
    Diag load_notes = DIAG_INIT;
    diag_copy(&load_notes, ctx->diag);
    progress.start = now_seconds();
    LaneRun lanes[LANES];
    pthread_t threads[LANES];
    bool threaded[LANES] = { false };
    for (int i = 0; i < LANES; i++)
        lane_init(&lanes[i], ctx, &load_notes, i);
    fonts_init();   /* the font configuration read once, for both processes */
    ChildLaneArg child_arg = { ctx, &load_notes };
    /* before any thread; watched before a signal can find it unwatched
     * (its cleaner would not wait for it, and it would make the temporary
     * folder again: seen once in the clean-clone CI's e2e_signals) */
    sigset_t old;
    publish_hold_signals(&old);
    ChildProc child = child_start(child_lane_job, &child_arg);
    publish_watch(child.pid);
    publish_release_signals(&old);
    for (int i = 1; i < LANES; i++)
        threaded[i] = pthread_create(&threads[i], NULL, run_lane, &lanes[i]) == 0;
    run_lane(&lanes[0]);                /* lane 0 always runs here */
    child_release(&child);
    for (int i = 1; i < LANES; i++)
        if (!threaded[i])
            run_lane(&lanes[i]);
    Err err = ERR_OK;
    for (int i = 0; i < LANES; i++) {
        if (threaded[i])
            pthread_join(threads[i], NULL);
        diag_merge(ctx->diag, &lanes[i].diag);
        err = err ? err : lanes[i].err;
    }
    Err child_err = finish_child_lane(&child, ctx);
    err = err ? err : child_err;
    diag_release(&load_notes);
    progress_end();
    if (err)
        return err;
    return catalog_missing(ctx->cat, ctx->diag) ? ERR_CONFIG : ERR_OK;
}

/* ---- the stages ---- */

/* The fingerprint reads and hashes every input again (a million rows:
 * 47 MB of SHA-256), on a thread of its own while the indicators are
 * computed on this one. */
typedef struct {
    const PipelineJob *job;
    Fingerprint inputs;
    Diag diag;
    Err err;
} FingerprintRun;

static void *fingerprint_run(void *arg)
{
    FingerprintRun *r = arg;
    r->err = fingerprint_inputs(&r->inputs, r->job->data_dir, r->job->s, &r->diag);
    return NULL;
}

static Err build(const PipelineJob *job, const Model *m, const Catalog *cat,
                 Diag *d, double *t0)
{
    FingerprintRun fp = { .job = job, .diag = DIAG_INIT };
    pthread_t fp_thread;
    bool threaded = pthread_create(&fp_thread, NULL, fingerprint_run, &fp) == 0;
    if (!threaded)
        fingerprint_run(&fp);
    Arena perm = ARENA_INIT;
    Indicators ind = compute_indicators(m, job->s, &perm);
    if (threaded)
        pthread_join(fp_thread, NULL);
    diag_merge(d, &fp.diag);
    diag_release(&fp.diag);
    Err err = fp.err;
    if (err) {
        arena_release(&perm);
        return err;
    }
    const Fingerprint *inputs = &fp.inputs;
    /* §3.11: the output being replaced, or --previous, may be revised */
    const char *previous = job->previous ? job->previous
                           : publish_is_output(job->out_dir) ? job->out_dir : NULL;
    if (previous) {
        Published pub;
        previous_read(&pub, previous, job->s, d);
        PublishedFile now[PUBLISHED_FILES];
        int n_now = fingerprint_published(inputs, now);
        ind.revisions = compute_revisions(m, job->s, &pub, now, n_now, &perm);
        if (compute_revisions_need_rows(&ind.revisions)) {
            previous_read_rows(&pub, previous, job->s, d);
            compute_revision_rows(m, &pub, &ind.revisions, &perm);
        }
        published_free(&pub);
    }
    give_back_freed_memory();   /* the earlier output's JSON and rows */
    timing(job->s, "compute", t0);
    Publish pub = { 0 };
    err = publish_begin(&pub, job->out_dir, d);
    if (!err) {
        RenderCtx ctx = { m, &ind, job->s, cat, pub.tmp, job->resources, d,
                          NULL, inputs };
        err = run_renderers(&ctx);
        timing(job->s, "render", t0);
        err = err ? err : publish_commit(&pub, d);
        if (err)
            publish_abort(&pub);
        timing(job->s, "publish", t0);   /* the old output removed */
    }
    arena_release(&perm);
    return err;
}

static void summary_line(const Model *m, const Diag *d, FILE *out)
{
    fprintf(out, "cyberdash: %d countries, %d editions, %d GCI rows, "
            "%d projects, %zu participation rows, %d assessments: "
            "%zu error(s), %zu warning(s)\n",
            m->n_countries, m->n_editions, m->n_gci, m->n_projects,
            m->n_participation, m->n_assessments, d->errors, d->warnings);
}

/* §5: no build may replace the inputs or a folder it did not make; the
 * catalogue is read before the data so that a bad one costs no load. */
static Err prepare_build(const PipelineJob *job, Catalog **cat, Diag *d)
{
    const char *keep[] = { job->data_dir, ".", job->resources, job->config };
    Err err = publish_check_out(job->out_dir, keep, 4, d);
    return err ? err : catalog_load(cat, job->resources, job->s->lang, d);
}

Err pipeline_run(const PipelineJob *job, Diag *d)
{
    double t0 = now_seconds();
    bool building = !strcmp(job->command, "build");
    Catalog *cat = NULL;
    Err err = building ? prepare_build(job, &cat, d) : ERR_OK;
    if (err)
        return err;
    Model m = MODEL_INIT;
    err = load_data(&m, job->data_dir, job->s, d);
    timing(job->s, "load", &t0);
    if (!building || err) {
        diag_print(d, stderr);
        summary_line(&m, d, err ? stderr : stdout);
        diag_release(d);
    } else {
        err = build(job, &m, cat, d, &t0);
    }
    model_release(&m);
    catalog_free(cat);
    return err;
}
