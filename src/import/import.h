/* import.h -- `cyberdash import-iati`: IATI activity files into the data
 * folder (docs/iati.md).
 *
 * Reads every file (iati_read), keeps the activities that match the
 * filters, maps each (iati_map) and appends its rows to `projects.csv`,
 * `scenarios.csv` and `results.csv` in `out_dir`, beside the rows already
 * there, in the columns and line ends the existing file uses (SPEC §2
 * order for a new file).  A project already in projects.csv -- its
 * `project_id`, or an `iati_identifier` column if the file has one, equal
 * to the activity's iati-identifier -- is not written again: the hand-kept
 * row wins.  An activity met twice is imported once.
 *
 * Nothing lost (SPEC §5): rows go to temporary files beside the outputs,
 * renamed over them only when every file was read without an XML error;
 * otherwise nothing in `out_dir` changes.  A file that gets no new row is
 * not touched.  The hand-kept rows are copied byte for byte.
 *
 * The report (every activity or element not imported, and every choice
 * made) streams to `job->report` as `FILE:LINE: message`; failures go to
 * `d`: ERR_NOINPUT (an input or the iso-codes table missing), ERR_DATA
 * (not well-formed XML, no activity, none of the activities importable, a
 * hand-kept CSV that does not read),
 * ERR_WRITE (cannot write in `out_dir`).
 */
#ifndef CYBERDASH_IMPORT_H
#define CYBERDASH_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/err.h"
#include "import/iati_filter.h"
#include "import/iati_map.h"

typedef struct {
    const char *const *files;  /* IATI activity files */
    size_t n_files;
    const char *out_dir;       /* the data folder written into */
    const IatiFilter *filters; /* none: every activity */
    size_t n_filters;
    const char *iso_codes;     /* NULL: ISO3166_DEFAULT_PATH */
    FILE *report;              /* NULL: no report lines, counted only */
} ImportJob;

typedef struct {
    size_t activities;         /* read */
    size_t filtered_out;       /* did not match --filter */
    size_t imported;           /* new projects.csv rows */
    size_t not_imported;       /* mapped to nothing (reported) */
    size_t already;            /* in projects.csv already, or met twice */
    size_t scenarios, results; /* new rows */
    size_t notes;              /* report lines */
} ImportStats;

Err import_iati(const ImportJob *job, ImportStats *st, Diag *d);

#endif
