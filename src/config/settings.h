/* settings.h -- every setting of a build: defaults (SPEC §3), the
 * configuration file, then the command line, each overriding the last.
 *
 * The file is INI, read with libinih; docs/configuration.md and the
 * commented default file `cyberdash.ini` document every key.  An unknown
 * section or key, or a malformed value, is a configuration error naming
 * the file, line and key (exit 78).
 *
 * A Settings holds no pointers into other objects; strings are fixed
 * buffers, so it can be copied freely.
 */
#ifndef CYBERDASH_SETTINGS_H
#define CYBERDASH_SETTINGS_H

#include <stdbool.h>
#include <time.h>
#include <stddef.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/err.h"
#include "base/rat.h"

typedef enum { RULE_MEAN, RULE_ALL, RULE_ANY } I1Rule;
extern const char *const rule_names[3];   /* "mean", "all", "any" */

/* §3.2 [i1] attribution: count only the cooperation the latest edition
 * could reflect (default), or every started project (version 1). */
typedef enum { ATTRIBUTION_REFERENCE_DATE, ATTRIBUTION_NONE } I1Attribution;
extern const char *const attribution_names[2];  /* "reference_date", "none" */

/* §3.3 [d2] compare: the strategy's "more than 30" (default) or "30 or
 * more" (version 1). */
typedef enum { COMPARE_MORE_THAN, COMPARE_AT_LEAST } D2Compare;
extern const char *const compare_names[2];      /* "more_than", "at_least" */

/* §3.3 the bases on which a country participates, strongest first (the
 * dashboard's breakdown takes each country's strongest). */
typedef enum { BASIS_PROJECT, BASIS_PARTICIPANTS, BASIS_REGIONAL, BASIS_COUNT } D2Basis;
extern const char *const basis_names[BASIS_COUNT]; /* "project", ... */
#define BASIS_BIT(b) (1u << (b))
#define BASIS_ALL ((1u << BASIS_COUNT) - 1)

/* §3.10 [d1] rule: a project with indicator results is improved when more
 * than half (majority), every one (all) or at least one (any) of them
 * improved. */
typedef enum { D1_RULE_MAJORITY, D1_RULE_ALL, D1_RULE_ANY } D1Rule;
extern const char *const d1_rule_names[3];  /* "majority", "all", "any" */

typedef struct { int fy; int target; } FyTarget;

#define SETTINGS_MAX_TARGETS 8

typedef struct {
    char programme[200];       /* [programme] name, in the build's language
                                  once settings_localise() has run */
    char programme_ja[200];    /* [programme] name_ja (empty: use name) */
    char programme_en[200];    /* [programme] name as given (set by
                                  settings_localise) */
    char lang[3];              /* [programme] lang: "en" or "ja" */

    I1Rule rule;               /* [i1] rule */
    Rat min_delta;             /* [i1] min_delta, percent points, strict > */
    int i1_target;             /* [i1] target (15) */
    int i1_by_fy;              /* [i1] by_fy (2026) */
    int baseline_edition;      /* [i1] baseline_edition (2020) */
    I1Attribution attribution; /* [i1] attribution (reference_date) */

    int window_start_fy;       /* [d2] window_start_fy (2022) */
    FyTarget d2_targets[SETTINGS_MAX_TARGETS]; /* [d2] targets "2026:30, 2030:50" */
    int n_d2_targets;
    D2Compare d2_compare;      /* [d2] compare (more_than) */
    unsigned d2_count;         /* [d2] count: BASIS_BIT set (all three) */

    /* §3.9, §3.10: the strategy sets no number for I2 or D1; a target is
     * optional and its status (§3.5) shown only when one is set. */
    int i2_target;             /* [i2] target: -1 = none (default) */
    int i2_by_fy;              /* [i2] by_fy (2026) */
    D1Rule d1_rule;            /* [d1] rule (majority) */
    int d1_target;             /* [d1] target: -1 = none (default) */
    int d1_by_fy;              /* [d1] by_fy (2026) */

    /* [stages] overall% below which each stage applies (§3.4): 20, 55, 85 */
    Rat initial_below, growing_below, networking_below;

    size_t participation_sheet_limit;  /* [workbook] participation_rows_limit */

    /* [limits] what a hostile or broken input cannot pass (§5, issue 9) */
    size_t max_file_bytes;     /* per CSV file */
    size_t max_field_bytes;
    size_t max_rows;           /* per CSV file */
    size_t max_columns;
    size_t max_countries;      /* rows of countries.csv (issue 21.4) */
    size_t max_editions;       /* rows of gci_editions.csv */
    size_t max_projects;       /* rows of projects.csv */
    size_t max_cell_items;     /* ';'-separated items in one cell */

    Date as_of;                /* --as-of; default today (or SOURCE_DATE_EPOCH) */
    bool has_source_date;      /* SOURCE_DATE_EPOCH was set (§5) */
    time_t source_date;        /* ... to this time */
    bool verbose;              /* --verbose: stage timings on stderr */
} Settings;

/* The defaults of SPEC §3; as_of is today's date in UTC. */
void settings_defaults(Settings *s);

/* SOURCE_DATE_EPOCH (§5), read once here for every stage: `value` is the
 * environment's (NULL or "" when unset: nothing changes).  Sets
 * source_date and makes it the default as-of date.  ERR_CONFIG, noted in
 * `d`, unless it is decimal digits only, at most 9999-12-31T23:59:59Z. */
Err settings_source_date(Settings *s, const char *value, Diag *d);

/* The time the outputs say they were made (the PDF and workbook
 * properties): SOURCE_DATE_EPOCH when set, else the start of `as_of`
 * (the indicators' as-of day), so identical inputs give identical bytes. */
time_t settings_build_time(const Settings *s, Date as_of);

/* Read `path` over the current values.  Problems go to `d` as
 * `FILE:LINE: message`; returns ERR_NOINPUT when the file cannot be
 * opened, ERR_CONFIG when any problem was found, ERR_OK otherwise. */
Err settings_load(Settings *s, const char *path, Diag *d);

/* After every override: the programme name in the build's language
 * (name_ja replaces name when lang is "ja" and name_ja is set); the name
 * as given stays in programme_en. */
void settings_localise(Settings *s);

/* Set one key, as the file or the command line would ("i1", "rule",
 * "all").  Returns false (and notes why in `d`) for an unknown key or a
 * malformed value; `origin`/`line` say where it came from for messages. */
bool settings_set(Settings *s, const char *section, const char *key,
                  const char *value, const char *origin, long line, Diag *d);

#endif
