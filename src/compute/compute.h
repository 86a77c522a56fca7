/* compute.h -- the indicators of SPEC §3, as of one date.
 *
 * compute_indicators() is a pure function of (model, settings, as-of
 * date): no I/O, no globals; the same inputs give the same numbers.  Only
 * what was known on the as-of date counts (§3): editions by `published`,
 * projects by `start`, participation rows from each row's `from` (model_participation_from),
 * assessments by date -- a reduced date being its period's last day.
 *
 * Every array lives in the arena passed in (the caller's per-build arena);
 * nothing is freed separately.  Indexes (country, edition, project,
 * assessment) refer to the Model.  Percent values are exact (Rat) and are
 * rounded only when written (rat_round2, §3.7).
 */
#ifndef CYBERDASH_COMPUTE_H
#define CYBERDASH_COMPUTE_H

#include <stdbool.h>

#include "base/arena.h"
#include "model/model.h"
#include "model/published.h"
#include "base/rat.h"
#include "config/settings.h"

typedef enum { STATUS_ACHIEVED, STATUS_ON_TRACK, STATUS_AT_RISK, STATUS_MISSED } Status;
extern const char *const status_names[4];  /* "achieved", "on_track", ... */

/* §3.5: the least-squares line through (fiscal year, value) points.  The
 * doubles are for display (charts); the status is decided on the exact
 * reading `at_deadline_exact`. */
typedef struct {
    int n;                     /* points used: 0..3 */
    int fy[3];
    double value[3];
    double slope, intercept;   /* value = slope * fy + intercept; flat if n<2 */
    double at_deadline;        /* the line read at the deadline year */
    Rat at_deadline_exact;     /* the same, exact; 0 when n == 0 */
} Projection;

typedef struct {
    int target, by_fy;
    double value;              /* value that was judged */
    Status status;
    Projection projection;
    bool more_than;            /* §3.3: met only when value > target */
} TargetStatus;

/* Why a cooperation country is not assessable (§3.2, §3.7).  When several
 * apply, the one reported is the first in the order of §3.7, which is the
 * order of this list.  A baseline edition that is not in gci_editions.csv
 * at all counts as not published. */
typedef enum {
    NA_NONE,
    NA_NO_TARGETED_PILLARS,     /* its projects list no pillars */
    NA_BASELINE_NOT_PUBLISHED,  /* the baseline edition is not out yet */
    NA_NO_LATEST_EDITION,       /* no newer edition published yet */
    NA_NO_BASELINE_ROW,         /* no row in the baseline edition */
    NA_NO_LATEST_ROW,           /* no row in any newer published edition */
    NA_COOPERATION_AFTER_LATEST,/* every attributable project started after
                                   the latest edition's reference date */
    NA_MISSING_BASELINE_SCORE,  /* baseline row lacks a targeted pillar */
    NA_MISSING_LATEST_SCORE,    /* latest row lacks a targeted pillar */
    NA_COUNT
} NaReason;
/* "none", "no_targeted_pillars", "baseline_not_published",
 * "no_latest_edition", "no_baseline_row", "no_latest_row",
 * "cooperation_after_latest", "missing_baseline_score",
 * "missing_latest_score" */
extern const char *const na_reason_codes[NA_COUNT];

typedef struct {
    int country;
    /* §3.2: targeted = the pillars of its attributable projects (started,
     * not `assessment`, with pillars) that started by the reference date
     * of its latest edition (any date under attribution = none). */
    PillarSet pillars;
    PillarSet pillars_all;      /* of every attributable project */
    int first_project;          /* its earliest attributable project, or -1 */
    int first_late_project;     /* earliest one after the reference date, -1 */
    int baseline_edition;       /* edition index or -1 */
    int latest_edition;         /* edition index or -1 (per country, §3.2) */
    bool assessable;
    NaReason reason;            /* NA_NONE when assessable */
    PillarSet reason_pillars;   /* the pillars lacking a score, if that is why */
    /* Percent (§3.1) for each targeted pillar, valid when has_* bit set. */
    PillarSet has_baseline, has_latest;
    Rat baseline[PILLAR_COUNT], latest[PILLAR_COUNT], delta[PILLAR_COUNT];
    Rat mean_delta;             /* valid when assessable */
    Rat baseline_mean, latest_mean; /* means over targeted pillars (charts) */
    bool improved;
    /* §3.8 context, valid when assessable. */
    int group_size;
    bool has_group_median;      /* false when the group is empty */
    Rat group_median, excess;
    int region_size;
    bool has_region_median;     /* false below 5 members */
    Rat region_median;
} I1Country;

typedef struct {
    I1Rule rule;
    Rat min_delta;
    int latest_edition_year;    /* newest edition newer than the baseline
                                   published by the as-of date; 0 = none */
    bool baseline_published;
    int value;                  /* improved countries */
    int n_assessable;
    int outperformed;           /* §3.8: assessable with excess > 0 */
    TargetStatus status;
    I1Country *countries;       /* every cooperation country, by iso3 */
    int n_countries;
} I1;

typedef struct { int fy; int count; } D2Year;

/* A row behind a D2 count: a projects.csv or a participation.csv record. */
typedef enum { D2_ROW_PROJECT, D2_ROW_PARTICIPATION } D2RowKind;
typedef struct {
    D2RowKind kind;
    size_t index;               /* model project or participation index */
} D2Row;
#define D2_ROWS_SHOWN 12        /* rows kept per country; the rest counted */

/* §3.3: a counted country, its bases and the rows that made it count. */
typedef struct {
    int country;
    int first_fy;
    unsigned bases;             /* BASIS_BIT of every basis it has */
    D2Basis strongest;
    D2Row rows[D2_ROWS_SHOWN];  /* the rows of its first fiscal year */
    int n_rows;                 /* kept, <= D2_ROWS_SHOWN */
    int rows_total;             /* all of them */
} D2Country;

typedef struct {
    int window_start_fy;
    D2Year *cumulative;         /* window_start_fy .. as-of FY */
    int n_years;
    int *countries;             /* participating in the window, by iso3 */
    int n_countries;
    int *first_fy;              /* per model country: first FY in the window
                                   it participates, 0 when never */
    D2Country *detail;          /* one per entry of `countries`, same order */
    int by_basis[BASIS_COUNT];  /* counted countries by strongest basis */
    D2Compare compare;
    unsigned count_bases;       /* the bases that count (settings) */
    TargetStatus *targets;      /* one per configured target, in order */
    int n_targets;
} D2;

typedef enum {
    SRC_NONE,                   /* unknown */
    SRC_GCI_TIER,               /* stage from an edition's tier */
    SRC_GCI_SCORE,              /* stage from an edition's overall % */
    SRC_ASSESSMENT,             /* assessments.stage */
    SRC_TABLE,                  /* countries.target_stage */
    /* §3.4, §3.7: the strategy's own groups ... */
    SRC_STRATEGY_INITIAL,       /* baseline initial -> growing */
    SRC_STRATEGY_FOREFRONT,     /* Southeast Asia at networking or above */
    SRC_STRATEGY_ASIA,          /* other SE, South, East, Central Asia */
    SRC_DEFAULT,                /* ... and this tool's fallback: any other
                                   cooperation country, or an unknown
                                   baseline stage -> networking */
    SRC_COUNT
} StageSource;
/* "none", "gci_tier", "gci_score", "assessment", "table",
 * "strategy_initial", "strategy_forefront", "strategy_asia", "default" */
extern const char *const source_codes[SRC_COUNT];

typedef struct {
    int country;
    bool cooperation;           /* beneficiary of a started project */
    Stage baseline_stage;
    StageSource baseline_source;
    int baseline_edition;       /* edition index or -1 */
    Stage stage;                /* current */
    StageSource stage_source;
    int stage_edition;          /* for SRC_GCI_*: edition index, else -1 */
    int stage_assessment;       /* for SRC_ASSESSMENT: assessment index */
    Stage target_stage;         /* STAGE_NONE: no target */
    StageSource target_source;
    bool reached;
    bool unknown;               /* §3.4: a target but no current stage */
} GCountry;

typedef struct {
    GCountry *countries;        /* every country of the model, by iso3 */
    int n_countries;
    int reached, with_target, unknown;
} G;

/* §3.9: a cooperation country's I2 result, from its I2 assessments. */
typedef enum { I2_IMPROVED, I2_NOT_IMPROVED, I2_NOT_RATED, I2_NOT_ASSESSED,
               I2_RESULT_COUNT } I2Result;
/* "improved", "not_improved", "not_rated", "not_assessed" */
extern const char *const i2_result_names[I2_RESULT_COUNT];

/* Which rule of §3.9 decided. */
typedef enum { I2_BY_NONE, I2_BY_RATING, I2_BY_STAGES } I2Basis;

typedef struct {
    int country;
    I2Result result;
    I2Basis basis;
    int assessment;             /* the deciding one (rated, or the newer
                                   stage), -1 when none decided */
    int previous;               /* I2_BY_STAGES: the older stage, else -1 */
    int n_assessments;          /* its I2 assessments known on the date */
} I2Country;

typedef struct {
    int value;                  /* countries improved */
    int results[I2_RESULT_COUNT];
    I2Country *countries;       /* every cooperation country, by iso3 */
    int n_countries;
    bool has_target;            /* [i2] target set: status is meaningful */
    TargetStatus status;
} I2;

/* §3.10: a project's D1 result. */
typedef enum { D1_IMPROVED, D1_NOT_IMPROVED, D1_NO_DATA, D1_NO_SCENARIO,
               D1_RESULT_COUNT } D1Result;
/* "improved", "not_improved", "no_data", "no_scenario" */
extern const char *const d1_result_names[D1_RESULT_COUNT];

/* Which rule of §3.10 decided a project's result. */
typedef enum { D1_BY_NONE, D1_BY_INDICATORS, D1_BY_ASSESSMENT } D1Basis;

/* §3.10: the status of one scenario indicator (the first four as §3.5's). */
typedef enum { IND_ACHIEVED, IND_ON_TRACK, IND_AT_RISK, IND_MISSED,
               IND_NO_DATA, IND_STATUS_COUNT } IndicatorStatus;
/* "achieved", "on_track", "at_risk", "missed", "no_data" */
extern const char *const indicator_status_names[IND_STATUS_COUNT];

typedef struct {
    int scenario;               /* model index */
    int latest;                 /* newest result known, -1: no_data */
    int n_results;              /* results known on the date */
    bool improved;              /* latest strictly better than baseline */
    Rat progress;               /* exact, valid when latest >= 0 */
    IndicatorStatus status;
    /* §3.10 on_track: the least-squares line through the baseline and
     * the results (x = days), read at the target date; for display (the
     * status was decided exactly).  Valid when latest >= 0. */
    double projected;
} D1Indicator;

typedef struct {
    int project;
    D1Result result;
    D1Basis basis;
    int assessment;             /* D1_BY_ASSESSMENT: the deciding one */
    int with_result, improved;  /* indicators with a result; improved */
    D1Indicator *indicators;    /* its scenario, in file order */
    int n_indicators;
} D1Project;

typedef struct {
    D1Rule rule;
    int value;                  /* projects improved */
    int with_scenario;          /* started projects with a local scenario */
    int results[D1_RESULT_COUNT];
    D1Project *projects;        /* every started project, by project_id */
    int n_projects;
    /* §3.10 per country, its started projects' results counted:
     * by_country[country * D1_RESULT_COUNT + result] (every model country). */
    int *by_country;
    bool has_target;
    TargetStatus status;
} D1;

/* §3.6: the headline numbers recomputed as of `date` (I1 with the
 * configured rule, D2 = cumulative count for the date's FY, §3.8's
 * outperformed count). */
typedef struct {
    Date date;
    int i1, d2, g_reached, outperformed;
    int i2, d1;                 /* §3.9, §3.10 values */
} TrendPoint;

/* Participation summed per country and fiscal year (for pages, charts and
 * the workbook's Participation sheet), only rows known on the as-of date
 * (§3). */
typedef struct {
    int country, fy;
    int64_t participants, female;   /* sums of the non-empty cells */
    int rows;                       /* participation rows */
    int unreported;                 /* rows with no participants count */
    int activities;                 /* distinct projects */
    bool has_participants, has_female;
    bool approx;                    /* §3.7: an approximate count is in it */
} ParticipationSum;

/* §3.11: what differs between two dates of the trend, from the same data.
 * Kinds in the order the SPEC lists them (§3.7). */
typedef enum {
    CH_I1_ENTERED, CH_I1_LEFT, CH_D2_NEW, CH_G_REACHED, CH_G_LOST,
    CH_I2_CHANGED, CH_D1_CHANGED, CH_PROJECT_STARTED, CH_EDITION_PUBLISHED,
    CH_ASSESSMENT_ADDED, CH_RESULT_ADDED, CH_STATUS_CHANGED, CH_KIND_COUNT
} ChangeKind;
/* "i1_entered", "i1_left", "d2_new", ... */
extern const char *const change_kind_codes[CH_KIND_COUNT];

/* A row behind a change, as FILE:LINE names it. */
typedef enum { ROW_NONE, ROW_GCI, ROW_EDITION, ROW_PROJECT, ROW_PARTICIPATION,
               ROW_ASSESSMENT, ROW_RESULT } RowFile;
typedef struct { RowFile file; size_t index; } RowRef;

typedef struct {
    ChangeKind kind;
    int country;                /* model index, -1 */
    int project;                /* -1 */
    int edition;                /* -1 */
    int assessment;             /* -1 */
    int result;                 /* CH_RESULT_ADDED: results.csv row, -1 */
    int was, now;               /* CH_I2_CHANGED / CH_D1_CHANGED: I2Result
                                   or D1Result before and after */
    D2Basis basis;              /* CH_D2_NEW: the basis it first counted on */
    const char *figure;         /* CH_STATUS_CHANGED: "i1" or "d2" */
    int target, by_fy;          /* ... and its target */
    Status from, to;            /* ... statuses */
    RowRef row;                 /* the row behind it (ROW_NONE: none) */
} Change;

/* The changes in (from, to]: one per trend point, the first from the day
 * before the window's first fiscal year (§3.6, §3.11). */
typedef struct {
    Date from, to;
    Change *items;
    int n;
} ChangeSet;

/* §3.11: a row behind a revision -- in today's data and not in what the
 * earlier output counted (added), the other way round (removed), or both
 * with other values (changed: same project, country and fiscal year). */
typedef enum { ROW_ADDED, ROW_CHANGED, ROW_REMOVED } RowChange;

typedef struct {
    RowChange change;
    const char *file;           /* "participation.csv", "projects.csv" */
    long line;                  /* today's line; 0 for a removed project */
    long line_before;           /* the earlier data's line (participation
                                   rows), else 0 */
    const char *row;            /* what names it: "P4, CCC, FY2024", "P1" */
} RevisionRow;

#define REVISION_ROWS_SHOWN 10  /* rows listed per revision, at most */

/* §3.11: a published figure that now comes out differently. */
typedef struct {
    const char *figure;         /* "i1.value", "d2.cumulative.FY2024", ... */
    const char *old_value, *new_value;
    const char *reason;         /* the input files behind it that changed
                                   ("participation.csv"), or NULL */
    RevisionRow *rows;          /* the rows that explain it, when the earlier
                                   output's rows were read; n_rows of
                                   rows_total (at most REVISION_ROWS_SHOWN) */
    int n_rows, rows_total;
} Revision;

typedef struct {
    bool present;               /* an earlier output was read */
    Date published_as_of;
    Revision *items;
    int n;
} Revisions;

/* What was left out because it was not yet known on the as-of date. */
typedef struct {
    int editions_unpublished;
    int projects_not_started;
    size_t participation_later;   /* rows that count only after as-of */
    int assessments_later;
    int results_later;            /* results.csv rows dated after as-of */
} Excluded;

typedef struct {
    Date as_of;
    int fiscal_year, quarter;
    int baseline_edition_year;
    int latest_edition_year;    /* 0 = none (null in JSON) */
    bool *project_started;      /* per model project: start <= as_of */
    bool *assessment_known;     /* per model assessment: date <= as_of */
    bool *participation_known;  /* per participation row: counts by the
                                   as-of date (Participation.from) */
    I1 i1;
    D2 d2;
    G g;
    I2 i2;
    D1 d1;
    TrendPoint *trend;
    int n_trend;
    ChangeSet *changes;         /* one per trend point, same order (§3.11);
                                   the last is "since the previous quarter" */
    Revisions revisions;        /* §3.11: set by the caller that read an
                                   earlier output (compute_revisions) */
    ParticipationSum *participation; /* sorted by country, then fy */
    int n_participation;
    Excluded excluded;
} Indicators;

/* Compute everything of §3 as of `s->as_of`.  Arrays are allocated in
 * `perm`.  Never fails: data problems were caught by the loader. */
Indicators compute_indicators(const Model *m, const Settings *s, Arena *perm);

/* I1, D2 and G only (with their statuses), as compute_indicators() gives
 * them: what an earlier output's figures are set against (§3.11).  The
 * rest of the Indicators is empty. */
Indicators compute_figures(const Model *m, const Settings *s, Arena *perm);

/* §3.11: the figures `pub` published, recomputed as of its as-of date
 * from the model and settings `s` (s->as_of aside); every one that now
 * differs is a revision, its reason the input files behind it whose
 * SHA-256 (`now`, n_now of them) differs from the published one.  In
 * `perm`; `present` false when pub is not usable. */
Revisions compute_revisions(const Model *m, const Settings *s, const Published *pub,
                            const PublishedFile *now, int n_now, Arena *perm);

/* Whether a revision of `r` could be explained by rows: of D2 or I1, whose
 * inputs the earlier output keeps row by row (previous_read_rows). */
bool compute_revisions_need_rows(const Revisions *r);

/* §3.11: the rows behind each D2 and I1 revision of `r` -- today's rows
 * known on the earlier as-of date set against pub->rows (pub->has_rows):
 * for the D2 countries and the I1 list, the rows of the countries that
 * entered or left; for a cumulative count, the rows of its fiscal years. */
void compute_revision_rows(const Model *m, const Published *pub, Revisions *r,
                           Arena *perm);

/* §3.3: the D2 detail of model country `country`, NULL when it is not
 * counted (d2->detail is in model order, so a binary search). */
const D2Country *d2_country(const D2 *d2, int country);

/* §3.1: a GCI score as percent of its edition's maximum. */
Rat compute_pillar_percent(const Model *m, const GciRow *r, int pillar);
Rat compute_overall_percent(const Model *m, const GciRow *r);

/* §3.5, §3.7, exposed for tests: the status of `target` due by the end
 * of FY `by_fy`, judged in FY `as_of_fy`.  The points (fy[i], value[i]),
 * i < n <= 3, are those of §3.7 (the as-of year's last).  After the
 * deadline year `value_deadline_end` (the value at the end of that year)
 * decides achieved/missed; otherwise `value_now` meeting the target is
 * achieved, else the fitted line read at `by_fy` meeting it is on_track,
 * else at_risk.  "Meeting" is >= target, or > target when `more_than`
 * (§3.3's "more than 30").  The projection is always filled. */
TargetStatus compute_status(int target, int by_fy, int as_of_fy,
                            const int *fy, const int64_t *value, int n,
                            int64_t value_now, int64_t value_deadline_end,
                            bool more_than);

#endif
