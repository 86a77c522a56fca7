/* published.h -- the figures an earlier output published (SPEC §3.11).
 *
 * Read from that output's data/indicators.json by load/previous.h; set
 * against the same figures recomputed from today's data as of the earlier
 * as-of date (compute_revisions), every difference is a revision.  Plain
 * data: published_free() releases what it owns.
 */
#ifndef CYBERDASH_PUBLISHED_H
#define CYBERDASH_PUBLISHED_H

#include <stdbool.h>

#include "base/date.h"

#define PUBLISHED_FILES 16        /* input files named, at most */
#define PUBLISHED_HEX 65          /* a SHA-256 in hex and a NUL */

typedef struct { int fy, count; } PublishedYear;

typedef struct {
    char name[32];                /* "projects.csv" */
    char sha256[PUBLISHED_HEX];
} PublishedFile;

typedef struct {
    bool usable;                  /* read, and of this programme */
    Date as_of;
    int i1_value;
    char *i1_improved;            /* ISO3 codes joined by ", " */
    PublishedYear *d2;            /* cumulative, by fiscal year */
    int n_d2;
    char *d2_countries;           /* ISO3 codes joined by ", " */
    int g_reached, g_with_target, g_unknown;
    bool has_g_unknown;           /* an output before SPEC v2 has none */
    PublishedFile files[PUBLISHED_FILES];
    int n_files;
} Published;

void published_free(Published *p);

#endif
