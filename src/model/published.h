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
#include <stddef.h>

#include "base/arena.h"
#include "base/date.h"

#define PUBLISHED_FILES 16        /* input files named, at most */
#define PUBLISHED_HEX 65          /* a SHA-256 in hex and a NUL */

typedef struct { int fy, count; } PublishedYear;

typedef struct {
    char name[32];                /* "projects.csv" */
    char sha256[PUBLISHED_HEX];
} PublishedFile;

/* A row the earlier output counted, for the rows behind a revision
 * (§3.11): a participation row of its data/participation_records.csv or a
 * project of its data/projects.csv, as the text published_row_key() makes
 * of it, so that a row of today's data known on that date compares equal
 * exactly when no figure could tell them apart. */
typedef enum { PUBLISHED_TOOK_PART, PUBLISHED_PROJECT } PublishedTable;

typedef struct {
    const char *key;              /* published_row_key() */
    size_t group_len;             /* key[0..group_len): project, country,
                                     FY -- the same row when corrected */
    char iso3[4];                 /* participation: its country */
    const char *countries;        /* project: its countries "AAA;BBB" */
    int fy;                       /* its fiscal year (project: of start) */
    long line;                    /* participation: its input line; 0 */
} PublishedRow;

typedef struct {
    PublishedRow *rows;
    size_t n;
} PublishedRows;

/* The text a row is compared by: its cells joined by U+001F, the group
 * (what names the row) first.  Allocated in `a`; *group_len is set. */
const char *published_took_part_key(Arena *a, const char *project, const char *iso3,
                                    int fy, long participants, long female,
                                    Date date, DatePrec prec, bool approx,
                                    size_t *group_len);
const char *published_project_key(Arena *a, const char *id, const char *scheme,
                                  const char *countries, Date start, DatePrec start_prec,
                                  Date end, DatePrec end_prec, size_t *group_len);

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
    /* previous_read_rows(): read only when a figure is revised */
    bool has_rows;
    PublishedRows rows[2];        /* by PublishedTable */
    Arena arena;                  /* the rows' memory */
} Published;

void published_free(Published *p);

#endif
