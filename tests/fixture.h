/* fixture.h -- the inputs of the compute and render tests, built by hand:
 * a Model, the Settings, Indicators (computed or hand-set), the catalogue
 * and a RenderCtx, put together the way src/pipeline/pipeline.c does.
 *
 * Linked into every tests/test_*.c program, as support.c is.  A test
 * declares an FxWorld, opens it, builds its model with the fx_ builder,
 * indexes it, then computes the indicators (fx_compute) or sets the ones
 * a renderer should show (fx_ind_head, fx_all_started, fx_g_countries and
 * its own figures), renders (fx_render) and closes the world:
 *
 *     FxWorld w;
 *     fx_open(&w, "en", "2026-09-30");
 *     fx_country(&w.b, "PHL", "Southeast Asia", NULL)->name = "Philippines";
 *     ...
 *     fx_index(&w.b);
 *     fx_compute(&w);
 *     assert_int_equal(fx_render(&w, render_json, test_tmpdir("x")), ERR_OK);
 *     fx_close(&w);
 *
 * Ownership and lifetimes: an FxWorld owns everything it holds, and
 * fx_close() frees it all.  Model records, and every string passed to the
 * builder (copied), live in the model's arena, w.b.m.arena; hand-built
 * indicator arrays belong in w.perm, as compute_indicators() puts its own
 * there.  A string a test stores into a record itself must live as long
 * as the world: a literal, or a copy in w.b.m.arena.  w.ctx points into
 * the world, so an FxWorld must not be copied or moved once open.
 *
 * Failure: a malformed argument (an unknown iso3, a date that does not
 * parse, a catalogue that does not load) is a broken test, not a finding.
 * The fixture then prints `fixture.c:LINE: what` and aborts: an assert()
 * would vanish in the default build, which defines NDEBUG.
 */
#ifndef CYBERDASH_TEST_FIXTURE_H
#define CYBERDASH_TEST_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compute/compute.h"
#include "config/catalog.h"
#include "config/settings.h"
#include "model/model.h"
#include "render/render.h"

/* ---- the model builder ----
 *
 * Records are appended in call order, each with `line` = its index + 2,
 * as the loader numbers the rows of a CSV file below its header, and are
 * named by iso3 / year / project id until fx_index() sorts them as
 * model_index() does.  Each call returns the record it appended, so that
 * a test can set the fields the call does not take (a name, a title, a
 * URL); the pointer is good until the next record of the same table. */

typedef struct {
    Model m;
    size_t cap_countries, cap_editions, cap_gci, cap_projects,
           cap_participation, cap_assessments, cap_scenarios, cap_results;
} FxBuilder;

/* target_stage: a stage name ("networking"), or NULL for an empty cell.
 * The name is "Country <iso3>". */
Country *fx_country(FxBuilder *b, const char *iso3, const char *region,
                    const char *target_stage);

/* Dates "YYYY-MM-DD"; maxima as decimals ("20", "100"). */
Edition *fx_edition(FxBuilder *b, int year, const char *published,
                    const char *pillar_max, const char *overall_max);

/* spec: space-separated `key=value`, keys overall, tier and the pillar
 * names; a key left out is an empty cell: "legal=10 overall=55 tier=3". */
GciRow *fx_gci(FxBuilder *b, const char *iso3, int year, const char *spec);

/* countries, pillars: ';'-separated, "" for none ("AAA;BBB",
 * "legal;technical"); end NULL = ongoing.  The title is "Project <id>".
 * start and end may be reduced ("2023", "2023-10"), read as the loader
 * does (§2). */
Project *fx_project(FxBuilder *b, const char *id, const char *countries,
                    const char *start, const char *end, const char *pillars);

/* participants/female: -1 for an empty cell.  No date (see below). */
Participation *fx_part(FxBuilder *b, const char *project, const char *iso3,
                       int fy, int32_t participants, int32_t female);
/* §2: the row's date ("2024-07-16", "2024-07", "2024") and approx. */
void fx_part_date(Participation *r, const char *date, bool approx);
/* §3.2: an edition's stated reference date (default: its published). */
void fx_reference(Edition *e, const char *date);

/* An I2 assessment rated 3, for no pillar and no project; stage: a stage
 * name or NULL. */
Assessment *fx_assess(FxBuilder *b, const char *iso3, const char *date,
                      const char *stage);

/* A kind-D1 assessment of `project` for `iso3`, rated `rating` (0: an
 * empty cell), with no stage or pillar. */
Assessment *fx_assess_d1(FxBuilder *b, const char *iso3, const char *date,
                         const char *project, int rating);

/* §2 scenarios.csv: an indicator `id` of `project`'s local scenario.
 * direction "increase" or "decrease"; baseline, target decimals; dates at
 * any precision; baseline_date NULL = the project's start (as the
 * loader).  The indicator is "Indicator <id>", pillar technical. */
Scenario *fx_scenario(FxBuilder *b, const char *project, const char *id,
                      const char *direction, const char *baseline,
                      const char *target, const char *target_date,
                      const char *baseline_date);

/* §2 results.csv: `value` of indicator `id` of `project` on `date`. */
Result *fx_result(FxBuilder *b, const char *project, const char *id,
                  const char *date, const char *value);

/* Sort and index the model (model_index()); the builder adds no record
 * after it. */
void fx_index(FxBuilder *b);

/* ---- values ---- */

Date fx_date(const char *iso);           /* "2026-09-30" */
Date fx_date_prec(const char *iso, DatePrec *prec);   /* also "2023-10" */
Rat fx_rat(const char *dec);             /* "12.345", "-5" */
bool fx_rat_eq(Rat a, const char *dec);  /* exactly equal */

/* ---- a world: the model, its indicators and what a renderer reads ---- */

typedef struct {
    FxBuilder b;
    Arena perm;          /* the indicators' arrays */
    Indicators ind;
    Settings s;
    Catalog *cat;        /* NULL when opened without a language */
    Diag diag;
    Fingerprint inputs;  /* of no file, only the settings (fx_render) */
    RenderCtx ctx;       /* at the above; outdir is set by fx_render() */
} FxWorld;

/* An empty world with the default settings (SPEC §3) as of `as_of`.  With
 * a language ("en", "ja") the settings are for a build in it, localised
 * as main() does, and its catalogue is loaded from the repository's
 * i18n/; lang NULL loads none (the compute tests and the language-free
 * JSON and CSV exports need none). */
void fx_open(FxWorld *w, const char *lang, const char *as_of);

/* The indicators compute_indicators() gives for the model (indexed) and
 * w->s, which a test may change after fx_open(). */
void fx_compute(FxWorld *w);

/* Frees everything the world holds; fx_open() may open it again. */
void fx_close(FxWorld *w);

/* Hand-set indicators: the dates at their head as compute sets them from
 * the settings (as_of, its fiscal year and quarter, the baseline edition
 * year), and the newest edition year the test wants (0: none). */
void fx_ind_head(FxWorld *w, int latest_edition_year);

/* Hand-set indicators: every project of the (indexed) model started and
 * every participation row known by the as-of rule (§3). */
void fx_all_started(FxWorld *w);

/* Hand-set indicators: G for every country of the (indexed) model, in
 * model order, none a cooperation country, with no stage, edition,
 * assessment or target -- set the few a test is about. */
GCountry *fx_g_countries(FxWorld *w);

/* Run `render` into `outdir` as the pipeline does: a failure prints what
 * the Diag noted, and a label the catalogue lacks makes it ERR_CONFIG.
 * Hand-set indicators with a trend but no changes get an empty change set
 * per trend point (§3.11). */
Err fx_render(FxWorld *w, RenderFn render, const char *outdir);

/* After fx_compute(): the I1 entry of a country (NULL when it is not a
 * cooperation country) and its G entry (NULL for an unknown iso3). */
const I1Country *fx_i1(const FxWorld *w, const char *iso3);
const GCountry *fx_g(const FxWorld *w, const char *iso3);
/* After fx_compute(): the I2 entry of a cooperation country (NULL when it
 * is not one), the D1 entry of a started project (NULL when not started)
 * and the D1 entry of its indicator `id` (NULL when it has none). */
const I2Country *fx_i2(const FxWorld *w, const char *iso3);
const D1Project *fx_d1(const FxWorld *w, const char *project);
const D1Indicator *fx_d1_indicator(const FxWorld *w, const char *project,
                                   const char *id);

#endif
