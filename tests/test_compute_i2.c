/* I2, SPEC §3.9: each cooperation country's result from its I2
 * assessments (the newest rating, else the newest two stages), as of a
 * date; I2 in the trend (§3.6); its optional target's status (§3.5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fixture.h"

/* P1 (from 2022-04-01) has AAA..EEE and HHH as beneficiaries; FFF is no
 * cooperation country.  I2 assessments (rating 3 unless said):
 *
 *   AAA  2024-01-10 rated 1; 2025-03-01 rated 3; a D1 row 2026-01-01
 *        rated 1 (not I2: ignored)         -> newest rated 3: improved
 *   BBB  2025-03-01 rated 4, stage initial; 2025-06 (= 2025-06-30)
 *        rated 2, stage networking          -> newest rated 2: not_improved
 *                                              (a rating decides, not stages)
 *   CCC  unrated: 2023-05-01 initial; 2024-05-01 networking
 *                                           -> networking > initial: improved
 *   DDD  unrated: 2025-01-01 growing (one stage) -> not_rated
 *   EEE  none                               -> not_assessed
 *   FFF  rated 4, not a cooperation country -> not listed
 *   HHH  2025-02-01 rated 2 then, same day, rated 3 (later row)
 *                                           -> the later row: improved
 *
 * As of 2026-09-30: improved AAA, CCC, HHH = 3; not_improved BBB;
 * not_rated DDD; not_assessed EEE.
 */
static Assessment *assess(FxBuilder *b, const char *iso3, const char *date,
                          int rating, const char *stage)
{
    Assessment *a = fx_assess(b, iso3, "2000-01-01", stage);
    a->date = fx_date_prec(date, &a->date_prec);
    a->rating = rating;
    return a;
}

static void build_world(FxBuilder *b)
{
    const char *iso[] = { "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "HHH" };
    for (int i = 0; i < 7; i++)
        fx_country(b, iso[i], "Southeast Asia", NULL);
    fx_project(b, "P1", "AAA;BBB;CCC;DDD;EEE;HHH", "2022-04-01", NULL, "legal");
    assess(b, "AAA", "2024-01-10", 1, NULL);
    assess(b, "AAA", "2025-03-01", 3, NULL);
    fx_assess_d1(b, "AAA", "2026-01-01", "P1", 1);
    assess(b, "BBB", "2025-03-01", 4, "initial");
    assess(b, "BBB", "2025-06", 2, "networking");
    assess(b, "CCC", "2023-05-01", 0, "initial");
    assess(b, "CCC", "2024-05-01", 0, "networking");
    assess(b, "DDD", "2025-01-01", 0, "growing");
    assess(b, "FFF", "2025-01-01", 4, NULL);
    assess(b, "HHH", "2025-02-01", 2, NULL);
    assess(b, "HHH", "2025-02-01", 3, NULL);
    fx_index(b);
}

static void run(FxWorld *w, const char *as_of)
{
    fx_open(w, NULL, as_of);
    build_world(&w->b);
    fx_compute(w);
}

static void i2_results_by_newest_rating_then_stage_pair(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2026-09-30");
    const I2 *i2 = &w.ind.i2;
    assert_int_equal(i2->value, 3);
    assert_int_equal(i2->n_countries, 6);   /* cooperation countries only */
    assert_int_equal(i2->results[I2_IMPROVED], 3);
    assert_int_equal(i2->results[I2_NOT_IMPROVED], 1);
    assert_int_equal(i2->results[I2_NOT_RATED], 1);
    assert_int_equal(i2->results[I2_NOT_ASSESSED], 1);
    assert_null(fx_i2(&w, "FFF"));

    const I2Country *a = fx_i2(&w, "AAA");
    assert_int_equal(a->result, I2_IMPROVED);
    assert_int_equal(a->basis, I2_BY_RATING);
    assert_int_equal(w.b.m.assessments[a->assessment].rating, 3);
    assert_int_equal(a->n_assessments, 2);  /* the D1 row is not one */

    const I2Country *b = fx_i2(&w, "BBB");
    assert_int_equal(b->result, I2_NOT_IMPROVED);
    assert_int_equal(b->basis, I2_BY_RATING);

    const I2Country *c = fx_i2(&w, "CCC");
    assert_int_equal(c->result, I2_IMPROVED);
    assert_int_equal(c->basis, I2_BY_STAGES);
    assert_int_equal(w.b.m.assessments[c->assessment].stage, STAGE_NETWORKING);
    assert_int_equal(w.b.m.assessments[c->previous].stage, STAGE_INITIAL);

    assert_int_equal(fx_i2(&w, "DDD")->result, I2_NOT_RATED);
    assert_int_equal(fx_i2(&w, "DDD")->basis, I2_BY_NONE);
    assert_int_equal(fx_i2(&w, "EEE")->result, I2_NOT_ASSESSED);
    assert_int_equal(fx_i2(&w, "EEE")->n_assessments, 0);
    assert_int_equal(fx_i2(&w, "HHH")->result, I2_IMPROVED);
    assert_false(i2->has_target);   /* §3.9: none by default */
    fx_close(&w);
}

/* Two stages, the newer one lower or equal: not improved. */
static void i2_stage_pair_not_higher_is_not_improved(void **state)
{
    (void)state;
    FxWorld w;
    fx_open(&w, NULL, "2026-09-30");
    fx_country(&w.b, "AAA", "Southeast Asia", NULL);
    fx_country(&w.b, "BBB", "Southeast Asia", NULL);
    fx_project(&w.b, "P1", "AAA;BBB", "2022-04-01", NULL, "legal");
    assess(&w.b, "AAA", "2023", 0, "networking");        /* 2023-12-31 */
    assess(&w.b, "AAA", "2024-03-01", 0, "growing");
    assess(&w.b, "BBB", "2023-01-01", 0, "growing");
    assess(&w.b, "BBB", "2024-01-01", 0, "growing");
    assess(&w.b, "BBB", "2025-01-01", 0, NULL);          /* no stage: skipped */
    fx_index(&w.b);
    fx_compute(&w);
    assert_int_equal(fx_i2(&w, "AAA")->result, I2_NOT_IMPROVED);
    assert_int_equal(fx_i2(&w, "BBB")->result, I2_NOT_IMPROVED);
    assert_int_equal(fx_i2(&w, "BBB")->n_assessments, 3);
    assert_int_equal(w.ind.i2.value, 0);
    fx_close(&w);
}

/* §3: as of 2024-06-30 only what was dated by then counts:
 * AAA rated 1 (2024-01-10) -> not_improved; BBB none -> not_assessed;
 * CCC initial then networking (2024-05-01) -> improved; DDD, EEE, HHH
 * none -> not_assessed.  I2 = 1. */
static void i2_as_of_excludes_later_assessments(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-06-30");
    assert_int_equal(w.ind.i2.value, 1);
    assert_int_equal(fx_i2(&w, "AAA")->result, I2_NOT_IMPROVED);
    assert_int_equal(fx_i2(&w, "BBB")->result, I2_NOT_ASSESSED);
    assert_int_equal(fx_i2(&w, "CCC")->result, I2_IMPROVED);
    assert_int_equal(w.ind.i2.results[I2_NOT_ASSESSED], 4);
    fx_close(&w);
}

/* §3.6: the trend's I2 is the value as of each quarter end: 1 on
 * 2024-06-30 (above), 3 on 2026-09-30 (the as-of date). */
static void i2_in_the_trend(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2026-09-30");
    int seen = 0;
    for (int k = 0; k < w.ind.n_trend; k++) {
        const TrendPoint *tp = &w.ind.trend[k];
        if (tp->date == fx_date("2024-06-30")) {
            assert_int_equal(tp->i2, 1);
            seen++;
        }
        if (tp->date == fx_date("2026-09-30")) {
            assert_int_equal(tp->i2, 3);
            seen++;
        }
    }
    assert_int_equal(seen, 2);
    fx_close(&w);
}

/* §3.5 with [i2] target: points FY2024 (2025-03-31), FY2025 (2026-03-31)
 * and the as-of value (FY2026).
 *   2025-03-31: AAA rated 3, BBB rated 4, CCC stages, HHH rated 3 -> 4
 *   2026-03-31: BBB's 2025-06 rating 2 counts -> 3;  now: 3
 * Target 3 by FY2026: now 3 >= 3 -> achieved.  Target 4: the line
 * through (x = FY - 2026) (-2, 4), (-1, 3), (0, 3): n = 3, sx = -3,
 * sy = 10, sxx = 5, sxy = -11; slope = (3*-11 - (-3)*10) / (3*5 - 9) =
 * -3/6 = -1/2; read at 0: sy/n - slope*sx/n = 10/3 - 1/2 = 17/6 (2.83)
 * < 4 -> at_risk. */
static void i2_target_status_when_one_is_set(void **state)
{
    (void)state;
    FxWorld w;
    fx_open(&w, NULL, "2026-09-30");
    build_world(&w.b);
    w.s.i2_target = 3;
    fx_compute(&w);
    assert_true(w.ind.i2.has_target);
    assert_int_equal(w.ind.i2.status.status, STATUS_ACHIEVED);
    fx_close(&w);

    fx_open(&w, NULL, "2026-09-30");
    build_world(&w.b);
    w.s.i2_target = 4;
    fx_compute(&w);
    const TargetStatus *st = &w.ind.i2.status;
    assert_int_equal(st->projection.n, 3);
    assert_int_equal((int)st->projection.value[0], 4);
    assert_int_equal((int)st->projection.value[1], 3);
    assert_int_equal((int)st->projection.value[2], 3);
    assert_true(rat_cmp(st->projection.at_deadline_exact, rat_make(17, 6)) == 0);
    assert_int_equal(st->status, STATUS_AT_RISK);
    fx_close(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(i2_results_by_newest_rating_then_stage_pair),
        cmocka_unit_test(i2_stage_pair_not_higher_is_not_improved),
        cmocka_unit_test(i2_as_of_excludes_later_assessments),
        cmocka_unit_test(i2_in_the_trend),
        cmocka_unit_test(i2_target_status_when_one_is_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
