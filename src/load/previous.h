/* previous.h -- read what an earlier output published (SPEC §3.11).
 *
 * The earlier output is the folder --previous names, or the --out folder
 * when it holds an earlier output.  Its data/indicators.json gives the
 * as-of date, the figures and the inputs' SHA-256.  Never an error: an
 * output of another programme, one newer than this build's as-of date, or
 * a damaged one gives a warning in `d` (naming the folder and why) and
 * p->usable false -- the build then has no revisions section.
 */
#ifndef CYBERDASH_PREVIOUS_H
#define CYBERDASH_PREVIOUS_H

#include "base/diag.h"
#include "config/settings.h"
#include "model/published.h"

/* Fill `p` (zeroed first) from `dir`; published_free() releases it. */
void previous_read(Published *p, const char *dir, const Settings *s, Diag *d);

/* The rows `p` (read by previous_read) counted: its data/projects.csv and
 * data/participation_records.csv, into p->rows (p->has_rows).  Called only
 * when a figure is revised: a million rows are read only then.  Never an
 * error: an output without them, or with them damaged, gives a warning
 * and revisions that name the changed files only. */
void previous_read_rows(Published *p, const char *dir, const Settings *s, Diag *d);

#endif
