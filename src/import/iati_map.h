/* iati_map.h -- one IATI activity into the rows of SPEC §2, by the table
 * of docs/iati.md.
 *
 * Pure but for the report: iati_map() reads an IatiActivity (iati_read.h)
 * and fills an IatiProject whose cells are ready to write (lists joined
 * with ';', dates YYYY-MM-DD or reduced, empty string for an empty cell).
 * Everything it leaves out or had to choose is reported, one line each, as
 * `FILE:LINE: message` (the line of the element concerned), so that the
 * user can check the import against the file.
 *
 * Memory: every string of the IatiProject lives in the caller's arena.
 */
#ifndef CYBERDASH_IATI_MAP_H
#define CYBERDASH_IATI_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/arena.h"
#include "import/iati_read.h"
#include "import/iso3166.h"

/* Where the report goes: a stream, written as it comes (a big file's
 * report is never held in memory).  `notes` counts the lines. */
typedef struct {
    FILE *out;
    size_t notes;
} IatiReport;

void iati_note(IatiReport *r, const char *file, long line, const char *fmt,
               ...) __attribute__((format(printf, 4, 5)));

/* scenarios.csv and results.csv rows (SPEC §2). */
typedef struct IatiScenarioRow {
    const char *indicator_id, *pillar, *indicator, *direction, *baseline,
        *target, *target_date, *baseline_date, *unit, *indicator_ja, *source;
    struct IatiScenarioRow *next;
} IatiScenarioRow;

typedef struct IatiResultRow {
    const char *indicator_id, *date, *value, *source, *note;
    struct IatiResultRow *next;
} IatiResultRow;

/* A projects.csv row (SPEC §2 columns), its local scenario and results. */
typedef struct {
    const char *project_id, *title, *scheme, *countries, *start, *end,
        *pillars, *counterpart, *partners, *budget_jpy, *url, *sources,
        *title_ja;
    long line;                 /* of the activity */
    IatiScenarioRow *scenarios;
    IatiResultRow *results;
} IatiProject;

/* Map `a`.  Returns false when the activity is not imported (no
 * identifier, no title, no start date, cancelled), with the reason in the
 * report; true with `*p` filled otherwise.  Country codes go through
 * `iso`. */
bool iati_map(const IatiActivity *a, const Iso3166 *iso, Arena *arena,
              IatiProject *p, IatiReport *rep);

#endif
