/* compute_internal.h -- shared between compute.c, compute_i1.c and
 * compute_stage.c; not part of the public interface (see compute.h).
 *
 * A Timeline holds what compute_indicators() works out once per build and
 * reuses for every date it evaluates (the as-of date, the fiscal-year ends
 * behind a status, and the trend's quarter ends).  A Snapshot is the state
 * of the programme on one date: who is a cooperation country with which
 * pillars, and each country's newest stage assessment.  Both live in a
 * scratch arena that compute_indicators() releases before returning.
 */
#ifndef CYBERDASH_COMPUTE_INTERNAL_H
#define CYBERDASH_COMPUTE_INTERNAL_H

#include "compute/compute.h"

#define DATE_NEVER INT32_MAX   /* an event that never happens */

typedef struct {
    const Model *m;
    const Settings *s;
    int base_e;          /* baseline edition index, -1 when not in the data */
    int base_year;
    int *region;         /* per country: small id, equal for equal regions */
    Date *d2_event;      /* per country: first date it counts for D2 (§3.3) */
    D2Row *d2_event_row; /* ... the row that made it count then */
    D2Basis *d2_event_basis; /* ... and on which basis */
    Date *d2_sorted;     /* the finite d2_event values, ascending */
    int n_d2;
} Timeline;

typedef struct {
    Date date;
    bool *coop;          /* per country: beneficiary of a started project */
    int *assess;         /* per country: newest stage assessment, or -1 */
    int n_coop;
} Snapshot;

/* One country's state on one date of the trend, kept for the changes
 * (§3.11): whether it is improved for I1, has reached its target, counts
 * for D2, and the rows behind its I1 and G figures. */
#define CS_COOP 1u
#define CS_IMPROVED 2u
#define CS_REACHED 4u
#define CS_D2 8u
typedef struct {
    uint8_t flags;
    int8_t i2;           /* its I2Result while a cooperation country, else -1 */
    RowRef i1_row;       /* its latest GCI row */
    RowRef g_row;        /* the GCI row or assessment behind its stage */
    RowRef i2_row;       /* the assessment that decided its I2 result */
} CountryState;

/* The state of one date: every country's, and every project's D1 result
 * (D1Result, -1 before it started). */
typedef struct {
    CountryState *countries;
    int8_t *d1;
} PointState;

/* §3.11: the changes between consecutive trend dates.  states[k] and
 * status[k] are the state and the target statuses on dates[k] (k = 0 the
 * day before the window, whose statuses are not compared; then one per
 * trend point); ind->trend is complete.  Fills ind->changes (in `perm`). */
typedef struct {
    Status i1;
    Status *d2;          /* one per configured D2 target */
} PointStatus;
void compute_changes(const Timeline *t, const Date *dates,
                     const PointState *states, const PointStatus *status,
                     Arena *perm, Indicators *ind);

/* True when edition `e` (an index, -1 allowed) is published on or before d. */
bool compute_edition_visible(const Model *m, int e, Date d);

/* §3.2: the cooperation countries on `sn->date`, each assessed, in iso3
 * order, into `out` (room for m->n_countries).  Returns I1, the number
 * improved; *n gets the number of cooperation countries. */
int compute_i1_eval(const Timeline *t, const Snapshot *sn, I1Country *out,
                    int *n);
/* §3.2: the newest edition newer than the baseline published by d, or -1. */
int compute_latest_edition(const Timeline *t, Date d);
/* §3.8: fills the context fields of the assessable countries of `list`
 * and returns how many outperformed their comparison group. */
int compute_i1_context(const Timeline *t, const Snapshot *sn, I1Country *list,
                       int n);

/* §3.4: every country's stages on `sn->date` into `out` (room for
 * m->n_countries).  Returns the number that reached their target;
 * *with_target gets the number that have one, *unknown those of them
 * with no current stage. */
int compute_g_eval(const Timeline *t, const Snapshot *sn, GCountry *out,
                   int *with_target, int *unknown);

/* §3.9: I2 on `sn->date` for the cooperation countries of `sn`, in iso3
 * order, into `out` (room for m->n_countries; NULL: count only), each
 * result counted into counts[I2_RESULT_COUNT].  Returns I2, the number
 * improved.  Scratch memory comes from `scratch`. */
int compute_i2_eval(const Model *m, const Snapshot *sn, Arena *scratch,
                    I2Country *out, int *counts);

/* §3.10: D1 on date `d` under `rule` for every project started by then,
 * in project order, into `out` (room for m->n_projects; NULL: count
 * only), each result counted into counts[D1_RESULT_COUNT]; *with_scenario
 * gets the number with a local scenario.  With `out`, each project's
 * indicators (with their §3.10 status) are allocated in `perm`.  Returns
 * D1, the number improved. */
int compute_d1_eval(const Model *m, D1Rule rule, Date d, Arena *scratch,
                    Arena *perm, D1Project *out, int *counts,
                    int *with_scenario);

#endif
