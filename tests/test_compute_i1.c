/* I1, SPEC §3.1, §3.2, §3.7: cooperation countries, targeted pillars,
 * baseline and latest editions, the three rules, not-assessable reasons. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "fixture.h"

/* Editions: 2020 (baseline, out 2021-06-29, pillars of 20), an invented
 * 2022 (out 2023-01-10, of 20) and 2024 (out 2025-09-12, pillars of 25).
 *
 *   AAA  P1 legal;technical   2020 10, 12 = 50 %, 60 %
 *                             2024 16.25, 13.75 = 65 %, 55 %
 *                             deltas +15, -5, mean +5
 *   BBB  P2 no pillars        -> no_targeted_pillars
 *   CCC  P3 legal             no 2020 row -> no_baseline_row
 *   DDD  P4 legal;technical   2020 legal only, 2024 both ->
 *                             missing_baseline_score (technical)
 *   EEE  P4                   2020 only -> no_latest_row
 *   FFF  P4                   2022 full, 2024 legal empty ->
 *                             missing_latest_score (legal), no fallback
 *   GGG  P4                   2020 10, 10 = 50 %, 50 %; 2022 11, 12 =
 *                             55 %, 60 %; absent from 2024 -> keeps 2022:
 *                             deltas +5, +10, mean +7.5
 *   HHH  P5 starts 2026-10-01, after the as-of date: not cooperation
 *   III  P6 (started 2021-01-01) legal;technical: 2020 10, 10 = 50 %;
 *                             2024 13.75, 13.75 = 55 %: deltas +5, +5
 *   JJJ  P7 legal + P8 cooperation: targeted = union; no GCI rows
 */
static void build_world(FxBuilder *b)
{
    const char *iso[] = { "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG",
                          "HHH", "III", "JJJ" };
    for (int i = 0; i < 10; i++)
        fx_country(b, iso[i], "South Asia", NULL);
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2022, "2023-01-10", "20", "100");
    fx_edition(b, 2024, "2025-09-12", "25", "100");
    fx_gci(b, "AAA", 2020, "legal=10 technical=12");
    fx_gci(b, "AAA", 2024, "legal=16.25 technical=13.75");
    fx_gci(b, "CCC", 2024, "legal=20");
    fx_gci(b, "DDD", 2020, "legal=10");
    fx_gci(b, "DDD", 2024, "legal=12 technical=12");
    fx_gci(b, "EEE", 2020, "legal=10 technical=10");
    fx_gci(b, "FFF", 2020, "legal=10 technical=10");
    fx_gci(b, "FFF", 2022, "legal=12 technical=12");
    fx_gci(b, "FFF", 2024, "technical=15");
    fx_gci(b, "GGG", 2020, "legal=10 technical=10");
    fx_gci(b, "GGG", 2022, "legal=11 technical=12");
    fx_gci(b, "HHH", 2020, "legal=1 technical=1");
    fx_gci(b, "HHH", 2024, "legal=25 technical=25");
    fx_gci(b, "III", 2020, "legal=10 technical=10");
    fx_gci(b, "III", 2024, "legal=13.75 technical=13.75");
    fx_project(b, "P1", "AAA", "2022-04-01", NULL, "legal;technical");
    fx_project(b, "P2", "BBB", "2022-05-01", "2023-03-31", "");
    fx_project(b, "P3", "CCC", "2022-05-01", NULL, "legal");
    fx_project(b, "P4", "DDD;EEE;FFF;GGG", "2022-06-01", NULL, "legal;technical");
    fx_project(b, "P5", "HHH", "2026-10-01", NULL, "legal");
    fx_project(b, "P6", "III", "2021-01-01", "2021-12-31", "legal;technical");
    fx_project(b, "P7", "JJJ", "2022-04-01", NULL, "legal");
    fx_project(b, "P8", "JJJ", "2022-04-01", NULL, "cooperation");
    fx_index(b);
}

static void run(FxWorld *f, const char *as_of, I1Rule rule, const char *min_delta)
{
    fx_open(f, NULL, as_of);
    f->s.rule = rule;
    f->s.min_delta = fx_rat(min_delta);
    build_world(&f->b);
    fx_compute(f);
}

static void percents_are_exact_per_edition_maximum(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    const I1Country *a = fx_i1(&f, "AAA");
    assert_non_null(a);
    assert_true(fx_rat_eq(a->baseline[PILLAR_LEGAL], "50"));      /* 10/20 */
    assert_true(fx_rat_eq(a->baseline[PILLAR_TECHNICAL], "60"));  /* 12/20 */
    assert_true(fx_rat_eq(a->latest[PILLAR_LEGAL], "65"));        /* 16.25/25 */
    assert_true(fx_rat_eq(a->latest[PILLAR_TECHNICAL], "55"));    /* 13.75/25 */
    assert_true(fx_rat_eq(a->delta[PILLAR_LEGAL], "15"));
    assert_true(fx_rat_eq(a->delta[PILLAR_TECHNICAL], "-5"));
    assert_true(fx_rat_eq(a->mean_delta, "5"));                   /* (15-5)/2 */
    assert_true(fx_rat_eq(a->baseline_mean, "55"));
    assert_true(fx_rat_eq(a->latest_mean, "60"));
    fx_close(&f);
}

static void cooperation_countries_are_beneficiaries_of_started_projects(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    /* all but HHH, whose only project starts the day after */
    assert_int_equal(f.ind.i1.n_countries, 9);
    assert_null(fx_i1(&f, "HHH"));
    assert_non_null(fx_i1(&f, "III"));      /* an ended project still counts */
    assert_int_equal(fx_i1(&f, "JJJ")->pillars,
                     PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_COOPERATION));
    for (int i = 1; i < f.ind.i1.n_countries; i++)     /* by iso3 */
        assert_true(f.ind.i1.countries[i - 1].country < f.ind.i1.countries[i].country);
    fx_close(&f);
}

static void mean_rule_counts_mean_delta_above_zero(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    /* AAA mean 5, GGG 7.5, III 5: all > 0 */
    assert_int_equal(f.ind.i1.value, 3);
    assert_int_equal(f.ind.i1.n_assessable, 3);
    assert_true(fx_i1(&f, "AAA")->improved);
    assert_true(fx_i1(&f, "GGG")->improved);
    assert_true(fx_i1(&f, "III")->improved);
    assert_int_equal(f.ind.i1.latest_edition_year, 2024);
    assert_int_equal(f.ind.latest_edition_year, 2024);
    assert_true(f.ind.i1.baseline_published);
    fx_close(&f);
}

static void all_rule_needs_every_targeted_delta_above_min(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_ALL, "0");
    /* AAA has -5 on technical; GGG +5,+10 and III +5,+5 pass */
    assert_int_equal(f.ind.i1.value, 2);
    assert_false(fx_i1(&f, "AAA")->improved);
    fx_close(&f);
    run(&f, "2026-09-30", RULE_ALL, "5");
    /* strict: GGG's +5 and III's +5 are not > 5 */
    assert_int_equal(f.ind.i1.value, 0);
    fx_close(&f);
    run(&f, "2026-09-30", RULE_ALL, "4.99");
    assert_int_equal(f.ind.i1.value, 2);
    fx_close(&f);
}

static void any_rule_needs_one_delta_above_min(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_ANY, "0");
    assert_int_equal(f.ind.i1.value, 3);
    fx_close(&f);
    run(&f, "2026-09-30", RULE_ANY, "10");
    /* AAA's +15 > 10; GGG's best +10 is not > 10; III's +5 is not */
    assert_int_equal(f.ind.i1.value, 1);
    assert_true(fx_i1(&f, "AAA")->improved);
    assert_false(fx_i1(&f, "GGG")->improved);
    fx_close(&f);
}

static void min_delta_is_strict_for_the_mean_rule(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "5");
    /* AAA mean 5 and III mean 5 are not > 5; GGG 7.5 is */
    assert_int_equal(f.ind.i1.value, 1);
    assert_true(fx_i1(&f, "GGG")->improved);
    assert_false(fx_i1(&f, "AAA")->improved);
    assert_true(fx_i1(&f, "AAA")->assessable);
    fx_close(&f);
}

static void each_not_assessable_reason_is_reported(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    assert_int_equal(fx_i1(&f, "BBB")->reason, NA_NO_TARGETED_PILLARS);
    assert_int_equal(fx_i1(&f, "CCC")->reason, NA_NO_BASELINE_ROW);
    assert_int_equal(fx_i1(&f, "DDD")->reason, NA_MISSING_BASELINE_SCORE);
    assert_int_equal(fx_i1(&f, "DDD")->reason_pillars, PILLAR_BIT(PILLAR_TECHNICAL));
    assert_int_equal(fx_i1(&f, "EEE")->reason, NA_NO_LATEST_ROW);
    assert_int_equal(fx_i1(&f, "FFF")->reason, NA_MISSING_LATEST_SCORE);
    assert_int_equal(fx_i1(&f, "FFF")->reason_pillars, PILLAR_BIT(PILLAR_LEGAL));
    assert_int_equal(fx_i1(&f, "JJJ")->reason, NA_NO_BASELINE_ROW);
    assert_false(fx_i1(&f, "FFF")->assessable);
    assert_false(fx_i1(&f, "FFF")->improved);
    assert_string_equal(na_reason_codes[fx_i1(&f, "FFF")->reason], "missing_latest_score");
    fx_close(&f);
}

static void empty_latest_cell_does_not_fall_back_to_an_older_edition(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    const I1Country *ff = fx_i1(&f, "FFF");
    assert_int_equal(ff->latest_edition, model_find_edition(&f.b.m, 2024));
    assert_int_equal(ff->has_latest, PILLAR_BIT(PILLAR_TECHNICAL));
    assert_true(fx_rat_eq(ff->latest[PILLAR_TECHNICAL], "60"));   /* 15/25 */
    fx_close(&f);
}

static void country_absent_from_newest_edition_keeps_the_previous(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_MEAN, "0");
    const I1Country *g = fx_i1(&f, "GGG");
    assert_int_equal(g->latest_edition, model_find_edition(&f.b.m, 2022));
    assert_true(fx_rat_eq(g->latest[PILLAR_LEGAL], "55"));       /* 11/20 */
    assert_true(fx_rat_eq(g->latest[PILLAR_TECHNICAL], "60"));   /* 12/20 */
    assert_true(fx_rat_eq(g->mean_delta, "7.5"));                /* (5+10)/2 */
    fx_close(&f);
}

static void baseline_unpublished_makes_everyone_not_assessable(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2021-06-28", RULE_MEAN, "0");
    /* only III's project has started; 2020 is out the next day */
    assert_int_equal(f.ind.i1.n_countries, 1);
    assert_int_equal(fx_i1(&f, "III")->reason, NA_BASELINE_NOT_PUBLISHED);
    assert_false(f.ind.i1.baseline_published);
    assert_int_equal(f.ind.i1.latest_edition_year, 0);
    assert_int_equal(f.ind.i1.value, 0);
    fx_close(&f);
    run(&f, "2021-06-29", RULE_MEAN, "0");
    /* published that day: now the newer edition is what is missing */
    assert_true(f.ind.i1.baseline_published);
    assert_int_equal(fx_i1(&f, "III")->reason, NA_NO_LATEST_EDITION);
    fx_close(&f);
}

static void latest_edition_is_the_newest_published_by_the_as_of_date(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2023-01-10", RULE_MEAN, "0");
    /* 2022 is out, 2024 is not: GGG and FFF assess against 2022 */
    assert_int_equal(f.ind.i1.latest_edition_year, 2022);
    assert_int_equal(fx_i1(&f, "AAA")->reason, NA_NO_LATEST_ROW);
    assert_int_equal(fx_i1(&f, "III")->reason, NA_NO_LATEST_ROW);
    assert_true(fx_i1(&f, "GGG")->improved);
    /* FFF: 2022 12, 12 = 60 %, 60 % against 50 %, 50 %: mean +10 */
    assert_true(fx_rat_eq(fx_i1(&f, "FFF")->mean_delta, "10"));
    assert_int_equal(f.ind.i1.value, 2);
    assert_int_equal(f.ind.excluded.editions_unpublished, 1);
    fx_close(&f);
}

static void trend_recomputes_i1_with_the_configured_rule(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_ALL, "0");
    /* 18 quarter ends from 2022-06-30.  Before 2023-01-10 no newer edition
     * is out: 0.  From 2023-03-31 the 2022 edition: FFF (+10, +10) and GGG
     * (+5, +10) = 2.  From 2025-09-30 the 2024 edition: FFF has an empty
     * legal cell, III (+5, +5) joins GGG = 2; AAA's -5 fails "all". */
    assert_int_equal(f.ind.n_trend, 18);
    assert_int_equal(f.ind.trend[2].i1, 0);     /* 2022-12-31 */
    assert_int_equal(f.ind.trend[3].i1, 2);     /* 2023-03-31 */
    assert_int_equal(f.ind.trend[12].i1, 2);    /* 2025-06-30 */
    assert_int_equal(f.ind.trend[13].i1, 2);    /* 2025-09-30 */
    assert_int_equal(f.ind.trend[17].d2, 8);    /* all but HHH and III */
    fx_close(&f);
}

static void context_compares_with_the_non_cooperation_countries(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", RULE_ALL, "0");
    /* HHH alone (its project has not started): 1/20 = 5 % -> 25/25 =
     * 100 % on both pillars: group delta 95.  AAA 5 - 95 = -90. */
    const I1Country *a = fx_i1(&f, "AAA");
    assert_int_equal(a->group_size, 1);
    assert_true(fx_rat_eq(a->group_median, "95"));
    assert_true(fx_rat_eq(a->excess, "-90"));
    assert_true(fx_rat_eq(fx_i1(&f, "GGG")->excess, "-87.5"));
    assert_int_equal(a->region_size, 1);
    assert_false(a->has_region_median);
    assert_int_equal(f.ind.i1.outperformed, 0);
    /* an unset Rat is a valid zero, safe to format */
    assert_true(fx_rat_eq(fx_i1(&f, "BBB")->excess, "0"));
    fx_close(&f);
}

/* §2, §3.2, §3.7: attribution to the cooperation the latest edition could
 * reflect, the `assessment` scheme and the all-zero row.  Editions 2020
 * (out 2021-06-29) and 2024 (out 2024-09-12, its data collected by
 * 2024-03: reference date 2024-03-31), pillars of 20.
 *
 *   UUU  A1 legal from 2023-05-01; A2 technical from 2024-06-01 (after the
 *        reference date): targeted = legal.  2020 10, 10 = 50 %, 50 %;
 *        2024 12, 8 = 60 %, 40 %: legal +10 -> improved.  Read as version
 *        1 (attribution none): legal and technical, mean (10 - 10) / 2 = 0,
 *        not > 0 -> not improved.
 *   VVV  A3 legal from "2025-02" (2025-02-28), after 2024-03-31 ->
 *        cooperation_after_latest; version 1: 50 % -> 70 %, +20, improved.
 *   WWW  A4 scheme assessment (legal;technical) only -> no_targeted_pillars,
 *        but a cooperation country.
 *   XXX  A5 assessment (legal) + A6 cooperation: targeted = cooperation;
 *        10 -> 11 = 50 % -> 55 %, +5 -> improved (legal, 50 % -> 40 %,
 *        would have made the mean 0).
 *   YYY  A7 legal; its 2020 row all zeros (not assessed, §2: its cells
 *        count as empty) -> missing_baseline_score, not +25.
 * Default: I1 = 2 (UUU, XXX); attribution none: 2 (VVV, XXX). */
static void build_attribution_world(FxBuilder *b)
{
    const char *iso[] = { "UUU", "VVV", "WWW", "XXX", "YYY" };
    for (int i = 0; i < 5; i++)
        fx_country(b, iso[i], "Africa", NULL);
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_reference(fx_edition(b, 2024, "2024-09-12", "20", "100"), "2024-03");
    fx_gci(b, "UUU", 2020, "legal=10 technical=10");
    fx_gci(b, "UUU", 2024, "legal=12 technical=8");
    fx_gci(b, "VVV", 2020, "legal=10");
    fx_gci(b, "VVV", 2024, "legal=14");
    fx_gci(b, "XXX", 2020, "legal=10 cooperation=10");
    fx_gci(b, "XXX", 2024, "legal=8 cooperation=11");
    /* as the loader leaves an all-zero row (load_rows.c) */
    GciRow *zero = fx_gci(b, "YYY", 2020, "");
    zero->not_assessed = true;
    fx_gci(b, "YYY", 2024, "legal=5");
    fx_project(b, "A1", "UUU", "2023-05-01", NULL, "legal");
    fx_project(b, "A2", "UUU", "2024-06-01", NULL, "technical");
    fx_project(b, "A3", "VVV", "2025-02", NULL, "legal");
    fx_project(b, "A4", "WWW", "2023-01-01", NULL, "legal;technical")->scheme =
        SCHEME_ASSESSMENT;
    fx_project(b, "A5", "XXX", "2023-01-01", NULL, "legal")->scheme = SCHEME_ASSESSMENT;
    fx_project(b, "A6", "XXX", "2023-01-01", NULL, "cooperation");
    fx_project(b, "A7", "YYY", "2023-01-01", NULL, "legal");
    fx_index(b);
}

static void attribution_run(FxWorld *f, I1Attribution attribution)
{
    fx_open(f, NULL, "2026-09-30");
    f->s.attribution = attribution;
    build_attribution_world(&f->b);
    fx_compute(f);
}

static void only_cooperation_begun_by_the_reference_date_is_attributed(void **state)
{
    (void)state;
    FxWorld f;
    attribution_run(&f, ATTRIBUTION_REFERENCE_DATE);
    assert_int_equal(f.ind.i1.value, 2);
    const I1Country *u = fx_i1(&f, "UUU");
    assert_int_equal(u->pillars, PILLAR_BIT(PILLAR_LEGAL));
    assert_true(fx_rat_eq(u->mean_delta, "10"));
    assert_true(u->improved);
    const I1Country *v = fx_i1(&f, "VVV");
    assert_int_equal(v->reason, NA_COOPERATION_AFTER_LATEST);
    assert_string_equal(f.b.m.projects[v->first_late_project].id, "A3");
    assert_false(v->improved);
    fx_close(&f);
}

static void attribution_none_reads_the_version_1_rule(void **state)
{
    (void)state;
    FxWorld f;
    attribution_run(&f, ATTRIBUTION_NONE);
    assert_int_equal(f.ind.i1.value, 2);
    const I1Country *u = fx_i1(&f, "UUU");
    assert_int_equal(u->pillars, PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL));
    assert_true(fx_rat_eq(u->mean_delta, "0"));
    assert_false(u->improved);
    assert_true(fx_i1(&f, "VVV")->improved);
    assert_true(fx_rat_eq(fx_i1(&f, "VVV")->mean_delta, "20"));
    fx_close(&f);
}

static void an_assessment_project_targets_no_pillar(void **state)
{
    (void)state;
    FxWorld f;
    attribution_run(&f, ATTRIBUTION_REFERENCE_DATE);
    assert_int_equal(fx_i1(&f, "WWW")->reason, NA_NO_TARGETED_PILLARS);
    assert_true(fx_g(&f, "WWW")->cooperation);   /* still cooperation */
    const I1Country *x = fx_i1(&f, "XXX");
    assert_int_equal(x->pillars, PILLAR_BIT(PILLAR_COOPERATION));
    assert_true(fx_rat_eq(x->mean_delta, "5"));
    assert_true(x->improved);
    fx_close(&f);
}

static void an_all_zero_row_is_not_a_zero_baseline(void **state)
{
    (void)state;
    FxWorld f;
    attribution_run(&f, ATTRIBUTION_REFERENCE_DATE);
    const I1Country *y = fx_i1(&f, "YYY");
    assert_int_equal(y->reason, NA_MISSING_BASELINE_SCORE);
    assert_int_equal(y->reason_pillars, PILLAR_BIT(PILLAR_LEGAL));
    assert_false(y->improved);
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(only_cooperation_begun_by_the_reference_date_is_attributed),
        cmocka_unit_test(attribution_none_reads_the_version_1_rule),
        cmocka_unit_test(an_assessment_project_targets_no_pillar),
        cmocka_unit_test(an_all_zero_row_is_not_a_zero_baseline),
        cmocka_unit_test(percents_are_exact_per_edition_maximum),
        cmocka_unit_test(cooperation_countries_are_beneficiaries_of_started_projects),
        cmocka_unit_test(mean_rule_counts_mean_delta_above_zero),
        cmocka_unit_test(all_rule_needs_every_targeted_delta_above_min),
        cmocka_unit_test(any_rule_needs_one_delta_above_min),
        cmocka_unit_test(min_delta_is_strict_for_the_mean_rule),
        cmocka_unit_test(each_not_assessable_reason_is_reported),
        cmocka_unit_test(empty_latest_cell_does_not_fall_back_to_an_older_edition),
        cmocka_unit_test(country_absent_from_newest_edition_keeps_the_previous),
        cmocka_unit_test(baseline_unpublished_makes_everyone_not_assessable),
        cmocka_unit_test(latest_edition_is_the_newest_published_by_the_as_of_date),
        cmocka_unit_test(trend_recomputes_i1_with_the_configured_rule),
        cmocka_unit_test(context_compares_with_the_non_cooperation_countries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
