/* main.c -- cyberdash: options, then load -> compute -> render -> publish.
 *
 * Exit codes (SPEC §5): 0 ok, 64 usage, 65 bad data, 66 missing input,
 * 73 cannot write output, 78 bad configuration.
 */

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "config/catalog.h"
#include "compute/compute.h"
#include "base/diag.h"
#include "base/err.h"
#include "load/load.h"
#include "model/model.h"
#include "publish/publish.h"
#include "render/render.h"
#include "render/brief/render_brief.h"
#include "render/chart/render_charts.h"
#include "render/html/render_html.h"
#include "render/data/render_json.h"
#include "render/xlsx/render_xlsx.h"
#include "config/settings.h"

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
    { "xlsx", render_xlsx, 0 },
    { "html", render_html, 1 },
    { "briefs", render_brief, 2 },
    { "charts", render_charts, LANE_CHILD },
};

typedef struct {
    const char *command;      /* "build" or "validate" */
    const char *data_dir;
    const char *out_dir;
    const char *config;
    const char *resources;
    Settings s;
} Options;

static const char usage_text[] =
    "Usage: cyberdash build [OPTION]...\n"
    "       cyberdash validate [--data DIR] [--config FILE]\n"
    "       cyberdash --help | --version\n"
    "\n"
    "Turn a cybersecurity capacity-building programme's records (CSV) into its\n"
    "monitoring dashboard: a static site, charts, a workbook, exports, briefs.\n"
    "\n"
    "Commands:\n"
    "  build                      validate, compute the indicators, write the output\n"
    "  validate                   check the data and print every problem\n"
    "\n"
    "Options:\n"
    "  --data DIR                 input folder (default: data)\n"
    "  --out DIR                  output folder (default: output)\n"
    "  --config FILE              settings file (default: cyberdash.ini if present)\n"
    "  --as-of YYYY-MM-DD         compute as of this date (default: today, or\n"
    "                             the date of SOURCE_DATE_EPOCH when set)\n"
    "  --rule mean|all|any        I1 improvement rule (default: mean)\n"
    "  --baseline-edition N       GCI baseline edition (default: 2020)\n"
    "  --window-start-fy N        first fiscal year counted by D2 (default: 2022)\n"
    "  --lang en|ja               language of every label (default: en)\n"
    "  --resources DIR            folder holding templates/, charts/, i18n/\n"
    "  --verbose                  print the time of each stage on stderr\n"
    "  --help                     show this help and exit\n"
    "  --version                  show the version and exit\n"
    "\n"
    "Exit status: 0 ok, 64 usage, 65 bad data, 66 missing input,\n"
    "73 cannot write output, 78 bad configuration.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cyberdash: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'cyberdash --help' for more information.\n");
    return EXIT_USAGE;
}

enum { OPT_DATA = 256, OPT_OUT, OPT_CONFIG, OPT_AS_OF, OPT_RULE, OPT_BASELINE,
       OPT_WINDOW, OPT_LANG, OPT_RESOURCES, OPT_VERBOSE, OPT_HELP, OPT_VERSION };

static const struct option long_options[] = {
    { "data", required_argument, NULL, OPT_DATA },
    { "out", required_argument, NULL, OPT_OUT },
    { "config", required_argument, NULL, OPT_CONFIG },
    { "as-of", required_argument, NULL, OPT_AS_OF },
    { "rule", required_argument, NULL, OPT_RULE },
    { "baseline-edition", required_argument, NULL, OPT_BASELINE },
    { "window-start-fy", required_argument, NULL, OPT_WINDOW },
    { "lang", required_argument, NULL, OPT_LANG },
    { "resources", required_argument, NULL, OPT_RESOURCES },
    { "verbose", no_argument, NULL, OPT_VERBOSE },
    { "help", no_argument, NULL, OPT_HELP },
    { "version", no_argument, NULL, OPT_VERSION },
    { NULL, 0, NULL, 0 },
};

/* Command-line settings are applied after the configuration file, so they
 * are collected first and replayed through settings_set(). */
typedef struct { const char *section, *key, *value, *option; } Override;

static const char *override_key(int opt, const char **section)
{
    *section = "i1";
    switch (opt) {
    case OPT_AS_OF: *section = "build"; return "as_of";
    case OPT_RULE: return "rule";
    case OPT_BASELINE: return "baseline_edition";
    case OPT_WINDOW: *section = "d2"; return "window_start_fy";
    case OPT_LANG: *section = "programme"; return "lang";
    default: return NULL;
    }
}

static int parse_options(int argc, char **argv, Options *o, Override *ov,
                         int *n_ov)
{
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
        const char *section, *key = override_key(opt, &section);
        if (key) {
            ov[(*n_ov)++] = (Override){ section, key, optarg,
                                        long_options[opt - OPT_DATA].name };
            continue;
        }
        switch (opt) {
        case OPT_DATA: o->data_dir = optarg; break;
        case OPT_OUT: o->out_dir = optarg; break;
        case OPT_CONFIG: o->config = optarg; break;
        case OPT_RESOURCES: o->resources = optarg; break;
        case OPT_VERBOSE: o->s.verbose = true; break;
        case OPT_HELP: fputs(usage_text, stdout); return -1;
        case OPT_VERSION:
            printf("cyberdash %s\n", CYBERDASH_VERSION);
            return -1;
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return usage_error("%s", "no command given (build or validate)");
    o->command = argv[optind];
    if (strcmp(o->command, "build") && strcmp(o->command, "validate"))
        return usage_error("unknown command '%s'", o->command);
    if (optind + 1 < argc)
        return usage_error("unexpected argument '%s'", argv[optind + 1]);
    return 0;
}

/* Defaults, then the file, then the command line (SPEC §2, §5). */
static Err configure(Options *o, const Override *ov, int n_ov, Diag *d)
{
    bool verbose = o->s.verbose;
    settings_defaults(&o->s);
    o->s.verbose = verbose;
    Err sde = settings_source_date(&o->s, getenv("SOURCE_DATE_EPOCH"), d);
    if (sde)
        return sde;
    if (!o->config && access("cyberdash.ini", R_OK) == 0)
        o->config = "cyberdash.ini";
    if (o->config) {
        Err err = settings_load(&o->s, o->config, d);
        if (err)
            return err == ERR_NOINPUT ? ERR_CONFIG : err;
    }
    for (int i = 0; i < n_ov; i++) {
        char origin[64];
        snprintf(origin, sizeof origin, "option --%s", ov[i].option);
        if (!settings_set(&o->s, ov[i].section, ov[i].key, ov[i].value,
                          origin, 0, d))
            return ERR_USAGE;
    }
    settings_localise(&o->s);
    return ERR_OK;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void timing(const Settings *s, const char *stage, double *t0)
{
    double t = now_seconds();
    if (s->verbose)
        fprintf(stderr, "cyberdash: %-8s %8.3f s\n", stage, t - *t0);
    *t0 = t;
}

static void summary_line(const Model *m, const Diag *d, FILE *out)
{
    fprintf(out, "cyberdash: %d countries, %d editions, %d GCI rows, "
            "%d projects, %zu participation rows, %d assessments: "
            "%zu error(s), %zu warning(s)\n",
            m->n_countries, m->n_editions, m->n_gci, m->n_projects,
            m->n_participation, m->n_assessments, d->errors, d->warnings);
}

typedef struct {
    RenderCtx ctx;     /* the lane's own copy, with its own Diag */
    Diag diag;
    int lane;
    Err err;
} LaneRun;

/* A progress line on stderr when it is a terminal and the build has taken
 * more than a second (issue 8); --verbose prints the timings instead. */
static struct {
    pthread_mutex_t lock;
    double start;
    int done;
    bool shown;
} progress = { PTHREAD_MUTEX_INITIALIZER, 0, 0, false };

static bool progress_wanted(const Settings *s)
{
    return !s->verbose && isatty(STDERR_FILENO);
}

static void progress_step(const Settings *s, const char *name)
{
    if (!progress_wanted(s))
        return;
    pthread_mutex_lock(&progress.lock);
    int total = (int)(sizeof renderers / sizeof renderers[0]);
    progress.done++;
    if (now_seconds() - progress.start > 1.0 && progress.done < total) {
        fprintf(stderr, "\rcyberdash: %d of %d outputs written (%s)\033[K",
                progress.done, total, name);
        progress.shown = true;
    }
    pthread_mutex_unlock(&progress.lock);
}

static void progress_end(void)
{
    if (progress.shown)
        fputs("\r\033[K", stderr);
}

static void *run_lane(void *arg)
{
    LaneRun *run = arg;
    double t0 = now_seconds();
    for (size_t i = 0; i < sizeof renderers / sizeof renderers[0]; i++) {
        if (renderers[i].lane != run->lane)
            continue;
        run->err = renderers[i].fn(&run->ctx);
        if (run->err)
            break;
        timing(run->ctx.s, renderers[i].name, &t0);
        if (run->lane != LANE_CHILD)    /* counted by finish_child_lane() */
            progress_step(run->ctx.s, renderers[i].name);
    }
    return NULL;
}

/* A lane's own copy of the context, noting into its own Diag. */
static void lane_init(LaneRun *run, const RenderCtx *ctx,
                      const Diag *load_notes, int lane)
{
    *run = (LaneRun){ .ctx = *ctx, .diag = DIAG_INIT, .lane = lane };
    run->ctx.diag = &run->diag;
    run->ctx.load_notes = load_notes;
}

/* ---- the child process's lane ---- */

static void release_font_caches(void);

typedef struct {
    pid_t pid;        /* 0: not started (the lane then ran in-process) */
    int fd;           /* its messages */
    int go;           /* closed when lane 0 is done: the child starts then */
} ChildLane;

/* Messages cross the pipe one per line, `L\tLINE\tFILE\tMESSAGE` (a Diag
 * keeps control bytes as visible escapes, so no tab or newline is raw),
 * then `T\tERRORS\tWARNINGS` with the totals, dropped messages included. */
static void send_diag(const Diag *d, int fd)
{
    FILE *out = fdopen(fd, "w");
    if (!out)
        return;
    for (size_t i = 0; i < d->n; i++)
        fprintf(out, "%c\t%ld\t%s\t%s\n", d->items[i].level == DIAG_ERROR ? 'E' : 'W',
                d->items[i].line, d->items[i].file, d->items[i].msg);
    fprintf(out, "T\t%zu\t%zu\n", d->errors, d->warnings);
    fclose(out);
}

static void receive_diag(Diag *d, int fd)
{
    FILE *in = fdopen(fd, "r");
    if (!in) {
        close(fd);
        return;
    }
    size_t errors = d->errors, warnings = d->warnings;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, in)) > 0) {
        line[strcspn(line, "\n")] = '\0';
        char *f[4] = { line, NULL, NULL, NULL };
        for (int k = 1; k < 4 && f[k - 1]; k++) {
            char *tab = strchr(f[k - 1], '\t');
            if (tab) {
                *tab = '\0';
                f[k] = tab + 1;
            }
        }
        if (f[0][0] == 'T' && f[1] && f[2]) {
            d->errors = errors + strtoull(f[1], NULL, 10);
            d->warnings = warnings + strtoull(f[2], NULL, 10);
        } else if (f[3]) {
            long at = strtol(f[1], NULL, 10);
            if (f[0][0] == 'E')
                diag_error(d, f[2], at, "%s", f[3]);
            else
                diag_warning(d, f[2], at, "%s", f[3]);
        }
    }
    free(line);
    fclose(in);
}

/* Fork the child lane; it waits for lane 0 to finish (so that the charts,
 * whose jobs use every core, end the build as they did in lane 0), then
 * renders, sends its messages and exits with its Err.  When fork() fails,
 * nothing is started (pid 0). */
static ChildLane start_child_lane(const RenderCtx *ctx, const Diag *load_notes)
{
    ChildLane c = { 0, -1, -1 };
    int p[2], go[2];
    if (pipe(p) != 0)
        return c;
    if (pipe(go) != 0) {
        close(p[0]);
        close(p[1]);
        return c;
    }
    FcInit();   /* the font configuration read once, for both processes */
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        close(go[0]);
        close(go[1]);
        return c;
    }
    if (pid == 0) {
        close(p[0]);
        close(go[1]);
        prctl(PR_SET_PDEATHSIG, SIGKILL);   /* never outlive the build */
        char byte;
        while (read(go[0], &byte, 1) < 0 && errno == EINTR)
            ;
        close(go[0]);
        LaneRun run;
        lane_init(&run, ctx, load_notes, LANE_CHILD);
        run_lane(&run);
        if (!run.err && catalog_missing(ctx->cat, &run.diag))
            run.err = ERR_CONFIG;
        send_diag(&run.diag, p[1]);
        diag_release(&run.diag);
        /* As main() does at its end, so that a memory checker sees a clean
         * exit; not after a failure, where cairo's debug reset has found
         * fonts still held and aborted (CI, a broken chart definition):
         * the process is ending either way. */
        if (!run.err)
            release_font_caches();
        fflush(NULL);
        _exit((int)run.err);
    }
    close(p[1]);
    close(go[0]);
    c.pid = pid;
    c.fd = p[0];
    c.go = go[1];
    return c;
}

/* Let the child lane start (lane 0 is done). */
static void release_child_lane(ChildLane *c)
{
    if (c->go >= 0)
        close(c->go);
    c->go = -1;
}

/* Wait for the child lane (or run it here when it never started); its
 * messages go to `d`. */
static Err finish_child_lane(ChildLane *c, const RenderCtx *ctx,
                             const Diag *load_notes, Diag *d)
{
    Err err = ERR_OK;
    if (!c->pid) {
        LaneRun run;
        lane_init(&run, ctx, load_notes, LANE_CHILD);
        run_lane(&run);
        diag_merge(d, &run.diag);
        err = run.err;
    } else {
        receive_diag(d, c->fd);
        int status = 0;
        while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
            ;
        if (WIFEXITED(status) && WEXITSTATUS(status) < ERR_MAX)
            err = (Err)WEXITSTATUS(status);
        else {
            diag_error(d, "charts", 0, "the chart process failed (status %d)",
                       status);
            err = ERR_RENDER;
        }
    }
    for (size_t i = 0; i < sizeof renderers / sizeof renderers[0]; i++)
        if (renderers[i].lane == LANE_CHILD)
            progress_step(ctx->s, renderers[i].name);
    return err;
}

/* Run every lane, lane 0 on this thread and LANE_CHILD in a child process;
 * each lane notes problems in a Diag of its own, merged in lane order
 * afterwards. */
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
    ChildLane child = start_child_lane(ctx, &load_notes);  /* before any thread */
    for (int i = 1; i < LANES; i++)
        threaded[i] = pthread_create(&threads[i], NULL, run_lane, &lanes[i]) == 0;
    run_lane(&lanes[0]);                /* lane 0 always runs here */
    release_child_lane(&child);
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
    Err child_err = finish_child_lane(&child, ctx, &load_notes, ctx->diag);
    err = err ? err : child_err;
    diag_release(&load_notes);
    progress_end();
    if (err)
        return err;
    return catalog_missing(ctx->cat, ctx->diag) ? ERR_CONFIG : ERR_OK;
}

static Err build(const Options *o, const Model *m, const Catalog *cat,
                 Diag *d, double *t0)
{
    Arena perm = ARENA_INIT;
    Indicators ind = compute_indicators(m, &o->s, &perm);
    timing(&o->s, "compute", t0);
    Publish pub = { 0 };
    Err err = publish_begin(&pub, o->out_dir, d);
    if (!err) {
        RenderCtx ctx = { m, &ind, &o->s, cat, pub.tmp, o->resources, d, NULL };
        err = run_renderers(&ctx);
        timing(&o->s, "render", t0);
        err = err ? err : publish_commit(&pub, d);
        if (err)
            publish_abort(&pub);
        timing(&o->s, "publish", t0);   /* the old output removed */
    }
    arena_release(&perm);
    return err;
}

/* Fontconfig, Pango and cairo keep caches for the life of the process;
 * releasing them at exit keeps leak checkers quiet (dependency-notes §8). */
static void release_font_caches(void)
{
    pango_cairo_font_map_set_default(NULL);
    cairo_debug_reset_static_data();
    FcFini();
}

static Err run(Options *o, const Override *ov, int n_ov, Diag *d)
{
    double t0 = now_seconds();
    Err err = configure(o, ov, n_ov, d);
    if (err)
        return err;
    Catalog *cat = NULL;
    if (!strcmp(o->command, "build")) {
        /* §5: no build may replace the inputs or a folder it did not make */
        const char *keep[] = { o->data_dir, ".", o->resources, o->config };
        err = publish_check_out(o->out_dir, keep, 4, d);
        if (err)
            return err;
        err = catalog_load(&cat, o->resources, o->s.lang, d);
        if (err)
            return err;
    }
    Model m = MODEL_INIT;
    err = load_data(&m, o->data_dir, &o->s, d);
    timing(&o->s, "load", &t0);
    if (!strcmp(o->command, "validate") || err) {
        diag_print(d, stderr);
        summary_line(&m, d, err ? stderr : stdout);
        diag_release(d);
    } else {
        err = build(o, &m, cat, d, &t0);
    }
    model_release(&m);
    catalog_free(cat);
    return err;
}

int main(int argc, char **argv)
{
    Options o = { .data_dir = "data", .out_dir = "output",
                  .resources = getenv("CYBERDASH_RESOURCES") };
    if (!o.resources || !*o.resources)
        o.resources = CYBERDASH_RESOURCES_DIR;
    Override ov[32];
    int n_ov = 0;
    if (argc > 32)
        return usage_error("%s", "too many arguments");
    int rc = parse_options(argc, argv, &o, ov, &n_ov);
    if (rc)
        return rc < 0 ? 0 : rc;
    Diag d = DIAG_INIT;
    Err err = run(&o, ov, n_ov, &d);
    diag_print(&d, stderr);
    diag_release(&d);
    release_font_caches();
    if (err == ERR_USAGE)
        fprintf(stderr, "Try 'cyberdash --help' for more information.\n");
    return err_exit_code(err);
}
