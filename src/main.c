/* main.c -- cyberdash: the options and the settings, then the pipeline.
 *
 * Exit codes (SPEC §5): 0 ok, 64 usage, 65 bad data, 66 missing input,
 * 73 cannot write output, 78 bad configuration.
 */

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/err.h"
#include "config/settings.h"
#include "import/import.h"
#include "pipeline/pipeline.h"
#include "render/fonts.h"

typedef struct {
    const char *command;      /* "build" or "validate" (import-iati: import_main) */
    const char *data_dir;
    const char *out_dir;
    const char *config;
    const char *resources;
    Settings s;
} Options;

static const char usage_text[] =
    "Usage: cyberdash build [OPTION]...\n"
    "       cyberdash validate [--data DIR] [--config FILE]\n"
    "       cyberdash import-iati FILE.xml... [--out DIR] [--filter KIND:VALUE]...\n"
    "                             [--report FILE]\n"
    "       cyberdash --help | --version\n"
    "\n"
    "Turn a cybersecurity capacity-building programme's records (CSV) into its\n"
    "monitoring dashboard: a static site, charts, a workbook, exports, briefs.\n"
    "\n"
    "Commands:\n"
    "  build                      validate, compute the indicators, write the output\n"
    "  validate                   check the data and print every problem\n"
    "  import-iati                add the activities of IATI XML files to the\n"
    "                             data folder (--out, default: data): projects,\n"
    "                             scenarios, results; prints what it left out\n"
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
    "  --filter KIND:VALUE        import-iati: keep only the activities with this\n"
    "                             sector code (sector:22040), tag code\n"
    "                             (tag:CYBER) or word in the title (word:cyber);\n"
    "                             repeat it to keep what matches any\n"
    "  --report FILE              import-iati: write the report there, not on\n"
    "                             stderr\n"
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

static Err run(Options *o, const Override *ov, int n_ov, Diag *d)
{
    Err err = configure(o, ov, n_ov, d);
    if (err)
        return err;
    PipelineJob job = { o->command, o->data_dir, o->out_dir, o->config,
                        o->resources, &o->s };
    return pipeline_run(&job, d);
}

/* import-iati's options; returns 0, an exit status, or -1 for --help. */
static int import_options(int argc, char **argv, ImportJob *job,
                          IatiFilter *filters, const char **report_path)
{
    static const struct option opts[] = {
        { "out", required_argument, NULL, 'o' },
        { "filter", required_argument, NULL, 'f' },
        { "report", required_argument, NULL, 'r' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int opt;
    optind = 1, opterr = 0;
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == 'o')
            job->out_dir = optarg;
        else if (opt == 'r')
            *report_path = optarg;
        else if (opt == 'h')
            return fputs(usage_text, stdout), -1;
        else if (opt == 'f' && !iati_filter_parse(optarg, &filters[job->n_filters++]))
            return usage_error("invalid --filter '%s': expected sector:CODE, "
                               "tag:CODE or word:WORD", optarg);
        else if (opt == ':')
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        else if (opt == '?')
            return usage_error("unknown option '%s' for import-iati",
                               argv[optind - 1]);
    }
    if (optind >= argc)
        return usage_error("%s", "import-iati needs at least one IATI XML file");
    job->files = (const char *const *)argv + optind;
    job->n_files = (size_t)(argc - optind);
    job->filters = filters;
    return 0;
}

/* `import-iati FILE.xml... [--out DIR] [--filter KIND:VALUE]... [--report
 * FILE]` (issue 20, docs/iati.md).  Its own options: it takes files. */
static int import_main(int argc, char **argv)
{
    ImportJob job = { .out_dir = "data", .report = stderr };
    IatiFilter *filters = calloc((size_t)argc, sizeof *filters);
    const char *report_path = NULL;
    if (!filters)
        return EXIT_SOFTWARE;
    int rc = import_options(argc, argv, &job, filters, &report_path);
    if (!rc && report_path && !(job.report = fopen(report_path, "w"))) {
        fprintf(stderr, "%s: cannot write: %s\n", report_path, strerror(errno));
        rc = EXIT_CANTCREAT;
    }
    if (rc) {
        free(filters);
        return rc < 0 ? 0 : rc;
    }
    ImportStats st;
    Diag d = DIAG_INIT;
    Err err = import_iati(&job, &st, &d);
    /* The summary ends the report, and is on stderr in any case. */
    for (FILE *out = job.report; out; out = out == stderr ? NULL : stderr)
        fprintf(out, "import-iati: %zu activities read, %zu left out by "
                "--filter, %zu imported into %s/projects.csv (%zu scenario "
                "and %zu result rows), %zu not imported, %zu already there; "
                "%zu report lines\n", st.activities, st.filtered_out,
                st.imported, job.out_dir, st.scenarios, st.results,
                st.not_imported, st.already, st.notes);
    if (report_path && fclose(job.report) != 0 && !err)
        err = ERR_WRITE;
    diag_print(&d, stderr);
    diag_release(&d);
    free(filters);
    return err_exit_code(err);
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "import-iati"))
        return import_main(argc - 1, argv + 1);
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
    fonts_release();
    if (err == ERR_USAGE)
        fprintf(stderr, "Try 'cyberdash --help' for more information.\n");
    return err_exit_code(err);
}
