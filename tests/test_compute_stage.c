/* Stages and the final goal G, SPEC §3.4, §3.7. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "fixture.h"

/* Editions 2020 (baseline, out 2021-06-29, overall of 100) and 2024 (out
 * 2025-09-12, overall of 50).  As of 2026-09-30 unless a test says.
 * Cooperation countries: EEA..EEE and EEG (P1, started 2020-04-01); EEF's
 * project starts 2027-01-01. */
static void build_world(FxBuilder *b)
{
    const char *pac[] = { "AAA", "AAB", "AAC", "AAD", "AAE", "AAF", "BBA",
                          "BBB", "BBC", "BBD", "BBE", "CCA", "DDA" };
    for (int i = 0; i < 13; i++)
        fx_country(b, pac[i], "Pacific", NULL);
    fx_country(b, "EEA", "Southeast Asia", NULL);
    fx_country(b, "EEB", "Southeast Asia", NULL);
    fx_country(b, "EEC", "Southeast Asia", NULL);
    fx_country(b, "EED", "South Asia", NULL);
    fx_country(b, "EEE", "Southeast Asia", NULL);
    fx_country(b, "EEF", "Pacific", "networking");
    fx_country(b, "EEG", "Pacific", "self_sustaining");
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2025-09-12", "20", "50");
    fx_gci(b, "AAA", 2020, "overall=20");
    fx_gci(b, "AAB", 2020, "overall=19.99");
    fx_gci(b, "AAC", 2020, "overall=55");
    fx_gci(b, "AAD", 2020, "overall=84.99");
    fx_gci(b, "AAE", 2020, "overall=85");
    fx_gci(b, "AAF", 2024, "overall=10");            /* 10 of 50 = 20 % */
    fx_gci(b, "BBA", 2020, "tier=5 overall=90");      /* the tier wins */
    fx_gci(b, "BBB", 2020, "tier=4");
    fx_gci(b, "BBC", 2020, "tier=3");
    fx_gci(b, "BBD", 2020, "tier=2");
    fx_gci(b, "BBE", 2020, "tier=1");
    fx_gci(b, "CCA", 2020, "overall=60");
    fx_gci(b, "CCA", 2024, "legal=5");                /* gives no stage */
    fx_gci(b, "DDA", 2024, "tier=3");
    fx_gci(b, "EEA", 2020, "tier=5");
    fx_gci(b, "EEA", 2024, "tier=4");
    fx_gci(b, "EEB", 2020, "overall=60");
    fx_gci(b, "EEB", 2024, "overall=30");             /* 60 %: networking */
    fx_gci(b, "EEC", 2020, "overall=40");
    fx_gci(b, "EEC", 2024, "overall=25");             /* 50 %: growing */
    fx_gci(b, "EED", 2020, "tier=2");
    fx_gci(b, "EEF", 2020, "overall=60");
    fx_gci(b, "EEG", 2020, "tier=1");
    fx_project(b, "P1", "EEA;EEB;EEC;EED;EEE;EEG", "2020-04-01", NULL, "legal");
    fx_project(b, "P2", "EEF", "2027-01-01", NULL, "legal");
    fx_assess(b, "DDA", "2025-01-01", "initial");          /* 0 */
    fx_assess(b, "DDA", "2026-01-01", "growing");          /* 1 */
    fx_assess(b, "DDA", "2026-01-01", "self_sustaining");  /* 2: later row */
    fx_assess(b, "DDA", "2026-05-01", NULL);               /* 3: no stage */
    fx_assess(b, "DDA", "2026-12-01", "initial");          /* 4: after as-of */
    fx_index(b);
}

static void run(FxWorld *f, const char *as_of)
{
    fx_open(f, NULL, as_of);
    build_world(&f->b);
    fx_compute(f);
}

static void overall_percent_thresholds_compare_exactly(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    assert_int_equal(fx_g(&f, "AAA")->stage, STAGE_GROWING);    /* 20.00 % */
    assert_int_equal(fx_g(&f, "AAA")->stage_source, SRC_GCI_SCORE);
    assert_int_equal(fx_g(&f, "AAB")->stage, STAGE_INITIAL);    /* 19.99 % */
    assert_int_equal(fx_g(&f, "AAC")->stage, STAGE_NETWORKING); /* 55 % */
    assert_int_equal(fx_g(&f, "AAD")->stage, STAGE_NETWORKING); /* 84.99 % */
    assert_int_equal(fx_g(&f, "AAE")->stage, STAGE_SELF_SUSTAINING);
    assert_int_equal(fx_g(&f, "AAF")->stage, STAGE_GROWING);    /* 10/50 */
    assert_int_equal(fx_g(&f, "AAF")->stage_edition, model_find_edition(&f.b.m, 2024));
    fx_close(&f);
    fx_open(&f, NULL, "2026-09-30");
    f.s.initial_below = rat_int(25);                          /* configurable */
    build_world(&f.b);
    fx_compute(&f);
    assert_int_equal(fx_g(&f, "AAA")->stage, STAGE_INITIAL);
    fx_close(&f);
}

static void tiers_map_to_stages_before_scores(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    assert_int_equal(fx_g(&f, "BBA")->stage, STAGE_INITIAL);    /* 90 % ignored */
    assert_int_equal(fx_g(&f, "BBA")->stage_source, SRC_GCI_TIER);
    assert_int_equal(fx_g(&f, "BBB")->stage, STAGE_GROWING);
    assert_int_equal(fx_g(&f, "BBC")->stage, STAGE_NETWORKING);
    assert_int_equal(fx_g(&f, "BBD")->stage, STAGE_SELF_SUSTAINING);
    assert_int_equal(fx_g(&f, "BBE")->stage, STAGE_SELF_SUSTAINING);
    fx_close(&f);
}

static void current_stage_comes_from_newest_edition_giving_one(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    /* CCA's 2024 row has no tier and no overall: 2020's 60 % applies */
    assert_int_equal(fx_g(&f, "CCA")->stage, STAGE_NETWORKING);
    assert_int_equal(fx_g(&f, "CCA")->stage_edition, model_find_edition(&f.b.m, 2020));
    /* before 2024 is out, EEA's stage is its 2020 tier 5 */
    fx_close(&f);
    run(&f, "2025-09-11");
    assert_int_equal(fx_g(&f, "EEA")->stage, STAGE_INITIAL);
    assert_int_equal(fx_g(&f, "AAF")->stage, STAGE_NONE);
    assert_int_equal(fx_g(&f, "AAF")->stage_source, SRC_NONE);
    fx_close(&f);
}

static void assessment_stage_overrides_gci_and_later_row_wins(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    const GCountry *d = fx_g(&f, "DDA");
    /* rows 1 and 2 share 2026-01-01: the later (self_sustaining) wins over
     * the 2024 tier 3; row 3 has no stage, row 4 is after the as-of date */
    assert_int_equal(d->stage, STAGE_SELF_SUSTAINING);
    assert_int_equal(d->stage_source, SRC_ASSESSMENT);
    assert_int_equal(d->stage_assessment, 2);
    assert_int_equal(f.ind.excluded.assessments_later, 1);
    assert_false(f.ind.assessment_known[4]);
    fx_close(&f);
    run(&f, "2025-12-31");
    assert_int_equal(fx_g(&f, "DDA")->stage, STAGE_INITIAL);   /* row 0 */
    fx_close(&f);
}

static void target_stage_follows_table_then_rule(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    /* baseline initial -> growing */
    assert_int_equal(fx_g(&f, "EEA")->baseline_stage, STAGE_INITIAL);
    assert_int_equal(fx_g(&f, "EEA")->target_stage, STAGE_GROWING);
    assert_int_equal(fx_g(&f, "EEA")->target_source, SRC_STRATEGY_INITIAL);
    /* Southeast Asia, baseline networking (60 %) -> self_sustaining */
    assert_int_equal(fx_g(&f, "EEB")->target_stage, STAGE_SELF_SUSTAINING);
    assert_int_equal(fx_g(&f, "EEB")->target_source, SRC_STRATEGY_FOREFRONT);
    /* Southeast Asia, baseline growing (40 %) -> networking */
    assert_int_equal(fx_g(&f, "EEC")->target_stage, STAGE_NETWORKING);
    assert_int_equal(fx_g(&f, "EEC")->target_source, SRC_STRATEGY_ASIA);
    /* South Asia, baseline self_sustaining (tier 2) -> networking */
    assert_int_equal(fx_g(&f, "EED")->target_stage, STAGE_NETWORKING);
    assert_int_equal(fx_g(&f, "EED")->target_source, SRC_STRATEGY_ASIA);
    /* no baseline row: unknown baseline -> networking */
    assert_int_equal(fx_g(&f, "EEE")->baseline_stage, STAGE_NONE);
    assert_int_equal(fx_g(&f, "EEE")->target_stage, STAGE_NETWORKING);
    /* §3.7: an unknown baseline stage is this tool's default, not the
     * strategy's */
    assert_int_equal(fx_g(&f, "EEE")->target_source, SRC_DEFAULT);
    /* the table, for a cooperation country and for one that is not */
    assert_int_equal(fx_g(&f, "EEG")->target_stage, STAGE_SELF_SUSTAINING);
    assert_int_equal(fx_g(&f, "EEG")->target_source, SRC_TABLE);
    assert_false(fx_g(&f, "EEF")->cooperation);
    assert_int_equal(fx_g(&f, "EEF")->target_stage, STAGE_NETWORKING);
    assert_int_equal(fx_g(&f, "EEF")->target_source, SRC_TABLE);
    /* not cooperation, no table entry: no target */
    assert_int_equal(fx_g(&f, "AAA")->target_stage, STAGE_NONE);
    assert_int_equal(fx_g(&f, "AAA")->target_source, SRC_NONE);
    assert_false(fx_g(&f, "AAA")->reached);
    fx_close(&f);
}

static void reached_counts_current_at_or_above_target(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30");
    /* EEA growing >= growing; EEB networking < self_sustaining; EEC growing
     * < networking; EED self_sustaining >= networking; EEE unknown current;
     * EEF networking >= networking; EEG self_sustaining >= itself */
    assert_true(fx_g(&f, "EEA")->reached);
    assert_false(fx_g(&f, "EEB")->reached);
    assert_false(fx_g(&f, "EEC")->reached);
    assert_true(fx_g(&f, "EED")->reached);
    assert_false(fx_g(&f, "EEE")->reached);
    assert_true(fx_g(&f, "EEE")->unknown);   /* §3.4: neither reached nor not */
    assert_false(fx_g(&f, "EEC")->unknown);
    assert_true(fx_g(&f, "EEF")->reached);
    assert_true(fx_g(&f, "EEG")->reached);
    assert_int_equal(f.ind.g.reached, 4);
    assert_int_equal(f.ind.g.with_target, 7);
    assert_int_equal(f.ind.g.unknown, 1);     /* EEE */
    assert_int_equal(f.ind.g.n_countries, 20);   /* every country */
    /* the trend's last point is the as-of date (a quarter end) */
    assert_int_equal(f.ind.trend[f.ind.n_trend - 1].g_reached, 4);
    /* 2025-06-30, before 2024 is out: EEA is initial (not reached) */
    assert_int_equal(f.ind.trend[12].date, fx_date("2025-06-30"));
    assert_int_equal(f.ind.trend[12].g_reached, 3);
    fx_close(&f);
}

static void baseline_stage_is_unknown_before_the_baseline_is_published(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2021-06-01");
    const GCountry *e = fx_g(&f, "EEA");
    assert_int_equal(e->baseline_stage, STAGE_NONE);
    assert_int_equal(e->baseline_source, SRC_NONE);
    assert_int_equal(e->baseline_edition, -1);
    assert_int_equal(e->target_stage, STAGE_NETWORKING);   /* the default rule */
    assert_int_equal(e->target_source, SRC_DEFAULT);
    assert_int_equal(e->stage, STAGE_NONE);
    assert_false(e->reached);
    fx_close(&f);
    run(&f, "2021-06-29");
    assert_int_equal(fx_g(&f, "EEA")->baseline_stage, STAGE_INITIAL);
    assert_int_equal(fx_g(&f, "EEA")->baseline_source, SRC_GCI_TIER);
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(overall_percent_thresholds_compare_exactly),
        cmocka_unit_test(tiers_map_to_stages_before_scores),
        cmocka_unit_test(current_stage_comes_from_newest_edition_giving_one),
        cmocka_unit_test(assessment_stage_overrides_gci_and_later_row_wins),
        cmocka_unit_test(target_stage_follows_table_then_rule),
        cmocka_unit_test(reached_counts_current_at_or_above_target),
        cmocka_unit_test(baseline_stage_is_unknown_before_the_baseline_is_published),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
