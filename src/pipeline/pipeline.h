/* pipeline.h -- one command's stages, in order: load, compute, render,
 * publish (the design's one-way flow).
 *
 * main() reads the options and the settings; pipeline_run() does the
 * rest.  The renderers are listed in pipeline.c, with the lanes they run
 * in and the child process that draws the charts.
 */
#ifndef CYBERDASH_PIPELINE_H
#define CYBERDASH_PIPELINE_H

#include "base/diag.h"
#include "base/err.h"
#include "config/settings.h"

typedef struct {
    const char *command;      /* "build" or "validate" */
    const char *data_dir;
    const char *out_dir;
    const char *config;       /* the settings file read, or NULL */
    const char *resources;    /* holds templates/, charts/, i18n/ */
    const char *previous;     /* --previous DIR, or NULL (§3.11) */
    const Settings *s;
} PipelineJob;

/* `validate` loads the data, prints every problem and a summary line
 * (and releases `d`).  `build` also refuses an --out that would replace
 * an input (§5), computes the indicators, renders every output into a
 * temporary folder and swaps it in only when all succeeded.  Problems go
 * to `d`; returns the first failure. */
Err pipeline_run(const PipelineJob *job, Diag *d);

#endif
