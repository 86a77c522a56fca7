/* model.h -- the records of one data folder, validated, in one arena.
 *
 * The loader (load.h) fills a Model; after model_index() it is read-only
 * and every later stage takes it as `const Model *`.  All records, strings
 * and indexes live in `m->arena`; model_release() is the only free.
 *
 * Order and identity:
 *   - countries are sorted by iso3; a country is named by its index;
 *   - editions are sorted by year; an edition is named by its index;
 *   - projects are sorted by project_id (byte order);
 *   - gci rows, participation and assessments keep file order (SPEC §3.7:
 *     of two assessments on the same date the later row wins).
 * Every record keeps the line it came from, for messages and traceability;
 * records are appended in file order, so lines increase within a table
 * (model_index() relies on it).
 */
#ifndef CYBERDASH_MODEL_H
#define CYBERDASH_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/date.h"
#include "base/rat.h"

/* The five GCI pillars, which are also the strategy's perspectives (§1). */
typedef enum {
    PILLAR_LEGAL,
    PILLAR_TECHNICAL,
    PILLAR_ORGANIZATIONAL,
    PILLAR_CAPACITY_DEVELOPMENT,
    PILLAR_COOPERATION,
    PILLAR_COUNT
} Pillar;
typedef unsigned PillarSet;              /* bit p set: pillar p */
#define PILLAR_BIT(p) (1u << (p))
#define PILLAR_ALL ((1u << PILLAR_COUNT) - 1)
extern const char *const pillar_names[PILLAR_COUNT];   /* "legal", ... */

/* Development-scenario stages, lowest to highest (§1); ordered so that
 * `a >= b` means "at least as far". */
typedef enum {
    STAGE_NONE = -1,
    STAGE_INITIAL,
    STAGE_GROWING,
    STAGE_NETWORKING,
    STAGE_SELF_SUSTAINING,
    STAGE_COUNT
} Stage;
extern const char *const stage_names[STAGE_COUNT];    /* "initial", ... */

typedef enum {
    SCHEME_TECHNICAL_COOPERATION,
    SCHEME_TRAINING,
    SCHEME_EXPERT_DISPATCH,
    SCHEME_SEMINAR,
    SCHEME_GRANT_AID,
    SCHEME_LOAN,
    SCHEME_TRIANGULAR,
    SCHEME_ASSESSMENT,        /* §2: a diagnostic review, targets no pillar */
    SCHEME_OTHER,
    SCHEME_COUNT
} Scheme;
extern const char *const scheme_names[SCHEME_COUNT];

typedef enum { ASSESS_I2, ASSESS_D1 } AssessKind;

/* The regions the strategy names (§2), as the data spells them, and the
 * code each has in the catalogue (common.region_<code>).  The loader
 * accepts only these; this is the one list. */
#define REGION_COUNT 10
extern const char *const region_names[REGION_COUNT];  /* "Southeast Asia", ... */
extern const char *const region_codes[REGION_COUNT];  /* "southeast_asia", ... */
/* The index of `s` (n bytes) in region_names, -1 when it is not one. */
int region_from_name(const char *s, size_t n);

/* Look a token up in one of the name tables above; -1 when unknown. */
int pillar_from_name(const char *s, size_t n);
int stage_from_name(const char *s, size_t n);
int scheme_from_name(const char *s, size_t n);

typedef struct {
    char iso3[4];
    const char *name;
    const char *name_ja;      /* NULL when the data has none */
    const char *region;
    Stage target_stage;       /* STAGE_NONE when the cell is empty */
    long line;
} Country;

typedef struct {
    int year;
    Date published;           /* §2: last day of a reduced date */
    DatePrec published_prec;
    Date reference_date;      /* §3.2: `published` when the data has none */
    DatePrec reference_prec;
    bool has_reference_date;  /* the data states it */
    Rat pillar_max, overall_max;
    long line;
} Edition;

#define GCI_HAS_OVERALL (1u << PILLAR_COUNT)
#define GCI_HAS_TIER (1u << (PILLAR_COUNT + 1))
typedef struct {
    int country, edition;
    unsigned has;             /* PILLAR_BIT(p) | GCI_HAS_OVERALL | GCI_HAS_TIER */
    Rat overall;              /* as published, not percent */
    Rat pillar[PILLAR_COUNT];
    int tier;                 /* 1..5, 0 when empty */
    bool not_assessed;        /* §2: all 0 or empty; `has` is then 0 */
    long line;
} GciRow;

typedef struct {
    const char *id;
    const char *title;
    const char *title_ja;     /* NULL when the data has none */
    Scheme scheme;
    int *countries;           /* beneficiary country indices, file order */
    int n_countries;
    PillarSet pillars;
    /* §2: a reduced date is the last day of its period (a start clipped
     * to `end` when that period ends after it), kept with its precision. */
    Date start;
    Date end;                 /* DATE_NONE: not reported, ongoing */
    DatePrec start_prec, end_prec;
    const char *counterpart;  /* NULL when empty */
    const char **partners;
    int n_partners;
    bool has_budget;
    int64_t budget_jpy;
    const char *url;          /* NULL when empty; not checked for scheme */
    const char **sources;     /* §2: every source URL, file order */
    int n_sources;
    long line;
} Project;

typedef struct {
    int project, country;
    int fiscal_year;
    int32_t participants;     /* -1 when empty */
    int32_t female;           /* -1 when empty */
    Date date;                /* §2: when they took part; DATE_NONE */
    Date from;                /* §3: the day the row counts from (set by
                                 model_index, see model_participation_from) */
    uint8_t date_prec;        /* DatePrec of `date` */
    bool approx;              /* §2: the count is approximate */
    const char *source;       /* NULL when empty; equal texts of
                                 consecutive rows share one copy */
    long line;
} Participation;

typedef struct {
    int country;
    Date date;
    AssessKind kind;
    int rating;               /* 1..4, 0 when empty */
    Stage stage;              /* STAGE_NONE when empty */
    int pillar;               /* Pillar, -1 when empty */
    int project;              /* project index, -1 when empty */
    DatePrec date_prec;
    const char *assessor;     /* NULL when empty */
    const char *summary;      /* NULL when empty */
    const char *source;       /* NULL when empty */
    long line;
} Assessment;

/* §2 scenarios.csv: which way an indicator of a local scenario improves. */
typedef enum { DIRECTION_INCREASE, DIRECTION_DECREASE, DIRECTION_COUNT } Direction;
extern const char *const direction_names[DIRECTION_COUNT]; /* "increase", ... */
int direction_from_name(const char *s, size_t n);

/* §2, §3.10: one indicator of a project's local scenario (D1).  File
 * order; `id` is unique within its project. */
typedef struct {
    int project;              /* project index */
    const char *id;           /* indicator_id */
    const char *indicator;
    const char *indicator_ja; /* NULL when the data has none */
    const char *unit;         /* NULL when empty */
    const char *source;       /* NULL when empty */
    int pillar;               /* Pillar */
    Direction direction;
    Rat baseline, target;     /* target != baseline, on `direction`'s side */
    /* §2: a reduced date is the last day of its period; baseline_date is
     * the project's start when the cell is empty. */
    Date baseline_date, target_date;
    DatePrec baseline_prec, target_prec;
    bool has_baseline_date;   /* the data states it */
    long line;
} Scenario;

/* §2 results.csv: a measured value of a scenario indicator.  File order. */
typedef struct {
    int scenario;             /* Scenario index */
    Date date;                /* §2: last day of a reduced date */
    DatePrec date_prec;
    Rat value;
    const char *source;       /* NULL when empty */
    const char *note;         /* NULL when empty */
    long line;
} Result;

typedef struct {
    Arena arena;
    Country *countries;  int n_countries;
    Edition *editions;   int n_editions;
    GciRow *gci;         int n_gci;
    Project *projects;   int n_projects;
    Participation *participation; size_t n_participation;
    Assessment *assessments; int n_assessments;
    Scenario *scenarios; int n_scenarios;     /* §2, optional */
    Result *results;     int n_results;       /* §2, optional */

    /* Indexes, built by model_index(). */
    int32_t *iso3_index;     /* 26^3 slots: country index or -1 */
    int32_t *gci_index;      /* [country * n_editions + edition]: row or -1 */
    int32_t *project_slots;  /* open addressing, capacity project_cap */
    size_t project_cap;
    /* Projects of each country (as beneficiary), in project order:
     * country_projects[country_project_start[c] .. start[c+1]). */
    int *country_project_start;
    int *country_projects;
    /* Scenario indicators of each project, in file order:
     * project_scenarios[project_scenario_start[p] .. start[p+1]). */
    int *project_scenario_start;
    int *project_scenarios;
    /* Results of each scenario indicator, by date, then file order (so the
     * last one on or before a date is the newest, the later row on a tie):
     * scenario_results[scenario_result_start[i] .. start[i+1]). */
    int *scenario_result_start;
    int *scenario_results;
} Model;

#define MODEL_INIT {0}

/* Sort countries, editions and projects as documented above (rewriting
 * every index that refers to them) and build the look-up indexes.  Called
 * once by the loader after every file is in. */
void model_index(Model *m);

/* §3: the day from which a participation row counts: with a date, the
 * earlier of its period's last day and its fiscal year's last day; without
 * one, the later of its project's start and its fiscal year's first day.
 * model_index() stores it in each row's `from` (a million rows: once). */
Date model_participation_from(const Model *m, const Participation *r);

/* Country index of the 3 bytes at `iso3`, or -1. */
int model_find_country(const Model *m, const char *iso3);
/* Project index of the `n` bytes at `id`, or -1. */
int model_find_project(const Model *m, const char *id, size_t n);
/* Edition index of `year`, or -1. */
int model_find_edition(const Model *m, int year);
/* The GCI row of a country in an edition, or NULL when there is none. */
const GciRow *model_gci(const Model *m, int country, int edition);
/* Display name of a country or project title in `lang` ("en" or "ja"):
 * the Japanese one when lang is "ja" and the data has it, else English. */
const char *model_country_name(const Model *m, int country, const char *lang);
const char *model_project_title(const Model *m, int project, const char *lang);

void model_release(Model *m);

#endif
