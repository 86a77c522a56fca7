/* D1, SPEC §3.10: each started project against its local scenario --
 * every indicator's latest, improved, progress and status (least squares
 * over days for on_track) -- the project rules majority/all/any, the D1
 * assessment fallback, no_data and no_scenario; D1 in the trend (§3.6)
 * and its optional target's status (§3.5).  Expected values worked out
 * by hand below. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fixture.h"

/* As of 2024-09-30 unless a test says.  Country AAA; projects:
 *
 * P1 from 2022-04-01
 *   A increase 10 -> 40 by 2026-03-31, baseline date = P1's start;
 *     results 2023-04-01 20, 2024-04-01 25, 2024-12-01 45 (after as-of)
 *     latest 25, improved, progress (25-10)/(40-10)*100 = 50.00;
 *     least squares, x = days - target date: points (-1460, 0),
 *     (-1095, 10), (-729, 15) (values less the baseline); n = 3,
 *     sx = -3284, sy = 25, sxx = 3862066, sxy = -21885;
 *     den = 3*3862066 - 3284^2 = 801542;
 *     reading = (25*3862066 - (-3284)(-21885)) / den = 24681310/801542
 *     = 30.79 >= 30 (target less baseline) -> on_track (value 40.79)
 *   B decrease 30 -> 10 by 2025-03, baseline date 2022-06 (-> 06-30);
 *     result 2024-03-31 35: worse, progress (35-30)/(10-30)*100 = -25.00;
 *     the line rises, never reaches 10 -> at_risk
 *   C increase 0 -> 4 by 2024-03-31; result 2023-10-01 5: achieved,
 *     progress 125.00 (not clipped)
 *   D increase 0 -> 100 by 2026: no result -> no_data
 *   K increase 0 -> 200 by 2027; result 2024-01-01 24.69: progress
 *     24.69/200*100 = 12.345 exactly -> 12.35 (half away from zero)
 *   with a result: A B C K, improved: A C K (3 of 4)
 *     majority 3 > 4/2 improved; all: not_improved; any: improved
 * P2 from 2023-01-01
 *   E increase 50 -> 60 by 2024-06-30; result 2024-06-01 55: after the
 *     target date, not met -> missed
 *   F decrease 20 -> 5 by 2027; result 2024-01-01 5: exactly on the
 *     target -> achieved, progress 100.00
 *   J decrease 100 -> 50 by 2026-03-31, baseline date 2024-01-01; result
 *     2024-07-01 80: progress (80-100)/(50-100)*100 = 40.00; the line
 *     through (2024-01-01, 0), (2024-07-01, -20) (182 days) read 638 days
 *     on at the target date: -20 - 20*638/182 = -90.1 <= -50 -> on_track
 *   3 of 3 improved under every rule
 * P3 from 2023-04-01: G, no result; D1 assessments 2024-02-01 rated 2,
 *   2024-05 (-> 05-31) rated 4, 2024-08-01 unrated -> by the newest
 *   rated one: improved
 * P4 from 2023-04-01: H, no result, no assessment -> no_data
 * P5 from 2022-04-01: no scenario (a D1 assessment rated 4 changes
 *   nothing) -> no_scenario
 * P6 from 2025-01-01, with scenario L: not started, not listed
 *
 * majority: D1 = 3 (P1 P2 P3), with_scenario 4, results 3/0/1/1.
 */
static void build_world(FxBuilder *b)
{
    fx_country(b, "AAA", "Southeast Asia", NULL);
    fx_project(b, "P1", "AAA", "2022-04-01", NULL, "technical");
    fx_project(b, "P2", "AAA", "2023-01-01", NULL, "technical");
    fx_project(b, "P3", "AAA", "2023-04-01", NULL, "technical");
    fx_project(b, "P4", "AAA", "2023-04-01", NULL, "technical");
    fx_project(b, "P5", "AAA", "2022-04-01", NULL, "technical");
    fx_project(b, "P6", "AAA", "2025-01-01", NULL, "technical");
    fx_scenario(b, "P1", "A", "increase", "10", "40", "2026-03-31", NULL);
    fx_scenario(b, "P1", "B", "decrease", "30", "10", "2025-03", "2022-06");
    fx_scenario(b, "P1", "C", "increase", "0", "4", "2024-03-31", NULL);
    fx_scenario(b, "P1", "D", "increase", "0", "100", "2026", NULL);
    fx_scenario(b, "P1", "K", "increase", "0", "200", "2027", NULL);
    fx_scenario(b, "P2", "E", "increase", "50", "60", "2024-06-30", NULL);
    fx_scenario(b, "P2", "F", "decrease", "20", "5", "2027", NULL);
    fx_scenario(b, "P2", "J", "decrease", "100", "50", "2026-03-31", "2024-01-01");
    fx_scenario(b, "P3", "G", "increase", "1", "2", "2026", NULL);
    fx_scenario(b, "P4", "H", "increase", "1", "2", "2026", NULL);
    fx_scenario(b, "P6", "L", "increase", "0", "1", "2027", NULL);
    /* results out of date order: the model sorts them */
    fx_result(b, "P1", "A", "2024-04-01", "25");
    fx_result(b, "P1", "A", "2023-04-01", "20");
    fx_result(b, "P1", "A", "2024-12-01", "45");
    fx_result(b, "P1", "B", "2024-03-31", "35");
    fx_result(b, "P1", "C", "2023-10-01", "5");
    fx_result(b, "P1", "K", "2024-01-01", "24.69");
    fx_result(b, "P2", "E", "2024-06-01", "55");
    fx_result(b, "P2", "F", "2024-01-01", "5");
    fx_result(b, "P2", "J", "2024-07-01", "80");
    fx_assess_d1(b, "AAA", "2024-02-01", "P3", 2);
    fx_assess_d1(b, "AAA", "2024-05", "P3", 4);
    fx_assess_d1(b, "AAA", "2024-08-01", "P3", 0);
    fx_assess_d1(b, "AAA", "2024-01-01", "P5", 4);
    fx_index(b);
}

static void run_rule(FxWorld *w, const char *as_of, D1Rule rule)
{
    fx_open(w, NULL, as_of);
    build_world(&w->b);
    w->s.d1_rule = rule;
    fx_compute(w);
}

static void run(FxWorld *w, const char *as_of)
{
    run_rule(w, as_of, D1_RULE_MAJORITY);
}

static bool progress_is(const D1Indicator *i, const char *dec)
{
    return i->latest >= 0 && fx_rat_eq(i->progress, dec);
}

static void d1_indicators_latest_improved_progress_and_status(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-09-30");
    const D1Indicator *a = fx_d1_indicator(&w, "P1", "A");
    assert_true(fx_rat_eq(w.b.m.results[a->latest].value, "25"));   /* not 45 */
    assert_int_equal(a->n_results, 2);
    assert_true(a->improved);
    assert_true(progress_is(a, "50"));
    assert_int_equal(a->status, IND_ON_TRACK);
    assert_true(a->projected > 40.78 && a->projected < 40.80);

    const D1Indicator *b = fx_d1_indicator(&w, "P1", "B");
    assert_false(b->improved);
    assert_true(progress_is(b, "-25"));          /* below the baseline */
    assert_int_equal(b->status, IND_AT_RISK);

    const D1Indicator *c = fx_d1_indicator(&w, "P1", "C");
    assert_true(progress_is(c, "125"));          /* past the target */
    assert_int_equal(c->status, IND_ACHIEVED);

    const D1Indicator *d = fx_d1_indicator(&w, "P1", "D");
    assert_int_equal(d->latest, -1);
    assert_int_equal(d->status, IND_NO_DATA);
    assert_false(d->improved);

    const D1Indicator *k = fx_d1_indicator(&w, "P1", "K");
    assert_true(progress_is(k, "12.345"));
    assert_int_equal(rat_hundredths(k->progress), 1235);   /* §3.7 */
    fx_close(&w);
}

static void d1_decrease_indicators_exactly_on_target_missed_and_on_track(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-09-30");
    const D1Indicator *e = fx_d1_indicator(&w, "P2", "E");
    assert_int_equal(e->status, IND_MISSED);
    assert_true(progress_is(e, "50"));
    const D1Indicator *f = fx_d1_indicator(&w, "P2", "F");
    assert_int_equal(f->status, IND_ACHIEVED);   /* 5 <= 5 */
    assert_true(f->improved);
    assert_true(progress_is(f, "100"));
    const D1Indicator *j = fx_d1_indicator(&w, "P2", "J");
    assert_true(j->improved);                    /* 80 < 100 */
    assert_true(progress_is(j, "40"));
    assert_int_equal(j->status, IND_ON_TRACK);
    assert_true(j->projected > 9.8 && j->projected < 10.0);   /* 100 - 90.1 */
    fx_close(&w);
}

/* E on its target date 2024-06-30: not yet missed, the line decides:
 * points (2023-01-01, 0) and (2024-06-01, 5): x = -546 and -29 days; read
 * at 0: 5 + 5*29/517 = 5.28 < 10 -> at_risk.  The day after: missed. */
static void d1_projection_on_and_after_the_target_date(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-06-30");
    const D1Indicator *e = fx_d1_indicator(&w, "P2", "E");
    assert_int_equal(e->status, IND_AT_RISK);
    assert_true(e->projected > 55.27 && e->projected < 55.29);
    fx_close(&w);
    run(&w, "2024-07-01");
    assert_int_equal(fx_d1_indicator(&w, "P2", "E")->status, IND_MISSED);
    fx_close(&w);
}

static void d1_project_results_by_majority(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-09-30");
    const D1 *d1 = &w.ind.d1;
    assert_int_equal(d1->rule, D1_RULE_MAJORITY);
    assert_int_equal(d1->value, 3);
    assert_int_equal(d1->with_scenario, 4);
    assert_int_equal(d1->n_projects, 5);          /* P6 not started */
    assert_int_equal(d1->results[D1_IMPROVED], 3);
    assert_int_equal(d1->results[D1_NOT_IMPROVED], 0);
    assert_int_equal(d1->results[D1_NO_DATA], 1);
    assert_int_equal(d1->results[D1_NO_SCENARIO], 1);
    const D1Project *p1 = fx_d1(&w, "P1");
    assert_int_equal(p1->result, D1_IMPROVED);
    assert_int_equal(p1->basis, D1_BY_INDICATORS);
    assert_int_equal(p1->with_result, 4);
    assert_int_equal(p1->improved, 3);
    assert_int_equal(p1->n_indicators, 5);
    assert_int_equal(fx_d1(&w, "P2")->result, D1_IMPROVED);
    const D1Project *p3 = fx_d1(&w, "P3");
    assert_int_equal(p3->result, D1_IMPROVED);
    assert_int_equal(p3->basis, D1_BY_ASSESSMENT);
    assert_int_equal(w.b.m.assessments[p3->assessment].rating, 4);
    assert_int_equal(fx_d1(&w, "P4")->result, D1_NO_DATA);
    assert_int_equal(fx_d1(&w, "P5")->result, D1_NO_SCENARIO);
    assert_null(fx_d1(&w, "P6"));
    assert_false(d1->has_target);
    /* per country: AAA benefits from every started project */
    const int *aaa = d1->by_country + model_find_country(&w.b.m, "AAA") * D1_RESULT_COUNT;
    assert_int_equal(aaa[D1_IMPROVED], 3);
    assert_int_equal(aaa[D1_NOT_IMPROVED], 0);
    assert_int_equal(aaa[D1_NO_DATA], 1);
    assert_int_equal(aaa[D1_NO_SCENARIO], 1);
    fx_close(&w);
}

static void d1_rule_all_needs_every_indicator_any_needs_one(void **state)
{
    (void)state;
    FxWorld w;
    run_rule(&w, "2024-09-30", D1_RULE_ALL);
    assert_int_equal(fx_d1(&w, "P1")->result, D1_NOT_IMPROVED);   /* 3 of 4 */
    assert_int_equal(fx_d1(&w, "P2")->result, D1_IMPROVED);       /* 3 of 3 */
    assert_int_equal(w.ind.d1.value, 2);
    assert_int_equal(w.ind.d1.results[D1_NOT_IMPROVED], 1);
    fx_close(&w);
    run_rule(&w, "2024-09-30", D1_RULE_ANY);
    assert_int_equal(fx_d1(&w, "P1")->result, D1_IMPROVED);
    assert_int_equal(w.ind.d1.value, 3);
    fx_close(&w);
}

/* Majority is strict: 1 improved of 2 is not more than half. */
static void d1_majority_of_half_is_not_improved(void **state)
{
    (void)state;
    FxWorld w;
    fx_open(&w, NULL, "2024-09-30");
    fx_country(&w.b, "AAA", "Southeast Asia", NULL);
    fx_project(&w.b, "P1", "AAA", "2022-04-01", NULL, "technical");
    fx_scenario(&w.b, "P1", "A", "increase", "0", "10", "2026", NULL);
    fx_scenario(&w.b, "P1", "B", "increase", "0", "10", "2026", NULL);
    fx_result(&w.b, "P1", "A", "2023-01-01", "5");
    fx_result(&w.b, "P1", "B", "2023-01-01", "0");   /* equal: not better */
    fx_index(&w.b);
    fx_compute(&w);
    assert_int_equal(fx_d1(&w, "P1")->improved, 1);
    assert_int_equal(fx_d1(&w, "P1")->result, D1_NOT_IMPROVED);
    fx_close(&w);
}

/* The line reaching the target exactly on the target date is on_track:
 * points (2024-09-10, 0) and (2024-09-20, 0.1) read at 2024-09-30 give
 * 0.2 = target exactly (0.1 is not exact in binary; here no float
 * decides).  A target of 0.200000001 is missed by the line: at_risk. */
static void d1_line_meeting_the_target_exactly_is_on_track(void **state)
{
    (void)state;
    const char *targets[] = { "0.2", "0.200000001" };
    IndicatorStatus want[] = { IND_ON_TRACK, IND_AT_RISK };
    for (int i = 0; i < 2; i++) {
        FxWorld w;
        fx_open(&w, NULL, "2024-09-25");
        fx_country(&w.b, "AAA", "Southeast Asia", NULL);
        fx_project(&w.b, "P1", "AAA", "2024-09-10", NULL, "technical");
        fx_scenario(&w.b, "P1", "A", "increase", "0", targets[i], "2024-09-30", NULL);
        fx_result(&w.b, "P1", "A", "2024-09-20", "0.1");
        fx_index(&w.b);
        fx_compute(&w);
        assert_int_equal(fx_d1_indicator(&w, "P1", "A")->status, want[i]);
        fx_close(&w);
    }
}

/* Values at the edges of what the loader accepts (15 digits, 9 after the
 * point) neither overflow nor abort.  A: (25 - 0.000000001) /
 * (999999999999999 - 0.000000001) * 100 = 2.5e-12 -> 0.00.  B: (999999999999998
 * + 999999999999999) / (2 * 999999999999999) * 100 = 99.99999999999995
 * -> 100.00; the line rises from -999999999999999 to 999999999999998 in
 * 731 days and reads far above the target on the target date: on_track. */
static void d1_values_at_the_edges_of_the_input_range(void **state)
{
    (void)state;
    FxWorld w;
    fx_open(&w, NULL, "2024-09-30");
    fx_country(&w.b, "AAA", "Southeast Asia", NULL);
    fx_project(&w.b, "P1", "AAA", "2022-04-01", NULL, "technical");
    fx_scenario(&w.b, "P1", "A", "increase", "0.000000001", "999999999999999",
                "2026-03-31", NULL);
    fx_scenario(&w.b, "P1", "B", "increase", "-999999999999999", "999999999999999",
                "2026-03-31", NULL);
    fx_result(&w.b, "P1", "A", "2024-04-01", "25");
    fx_result(&w.b, "P1", "B", "2024-04-01", "999999999999998");
    fx_index(&w.b);
    fx_compute(&w);
    const D1Indicator *a = fx_d1_indicator(&w, "P1", "A");
    assert_int_equal(rat_hundredths(a->progress), 0);
    assert_int_equal(a->status, IND_AT_RISK);
    const D1Indicator *b = fx_d1_indicator(&w, "P1", "B");
    assert_int_equal(rat_hundredths(b->progress), 10000);
    assert_int_equal(b->status, IND_ON_TRACK);
    fx_close(&w);
}

/* A project counts once started: P6 (2025-01-01) as of 2025-06-30 is
 * listed, no_data; nothing it has counts before. */
static void d1_project_counts_once_started(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2025-06-30");
    assert_int_equal(fx_d1(&w, "P6")->result, D1_NO_DATA);
    assert_int_equal(w.ind.d1.with_scenario, 5);
    /* A's 45 (2024-12-01) now counts: 45 >= 40 */
    assert_int_equal(fx_d1_indicator(&w, "P1", "A")->status, IND_ACHIEVED);
    fx_close(&w);
}

/* §3.6: as of 2023-03-31 no result and no assessment is known (P1, P2
 * no_data; P3, P4 not started) -> 0; as of 2023-12-31 P1 has A (20) and
 * C (5), both improved -> 1; as of 2024-09-30 -> 3. */
static void d1_in_the_trend(void **state)
{
    (void)state;
    FxWorld w;
    run(&w, "2024-09-30");
    int seen = 0;
    for (int k = 0; k < w.ind.n_trend; k++) {
        const TrendPoint *tp = &w.ind.trend[k];
        if (tp->date == fx_date("2023-03-31"))
            assert_int_equal(tp->d1, 0), seen++;
        if (tp->date == fx_date("2023-12-31"))
            assert_int_equal(tp->d1, 1), seen++;
        if (tp->date == fx_date("2024-09-30"))
            assert_int_equal(tp->d1, 3), seen++;
    }
    assert_int_equal(seen, 3);
    fx_close(&w);
}

/* §3.5 with [d1] target by FY2024, as of 2024-09-30 (FY2024): points
 * 2023-03-31 -> 0; 2024-03-31 -> P1 (A 20, C 5, K 24.69 improved; B 35
 * on that day not: 3 of 4) and P2 (F: 1 of 1) improved, P3 rated 2 ->
 * 2; now 3.  Target 3: achieved.  Target 4: the line through (x = FY -
 * 2024) (-2, 0), (-1, 2), (0, 3): sx = -3, sy = 5, sxx = 5, sxy = -2;
 * slope = (3*-2 - (-3)*5) / (15 - 9) = 3/2; read at 0: 5/3 + 3/2 = 19/6
 * (3.17) < 4 -> at_risk. */
static void d1_target_status_when_one_is_set(void **state)
{
    (void)state;
    FxWorld w;
    fx_open(&w, NULL, "2024-09-30");
    build_world(&w.b);
    w.s.d1_target = 3;
    w.s.d1_by_fy = 2024;
    fx_compute(&w);
    assert_true(w.ind.d1.has_target);
    assert_int_equal(w.ind.d1.status.status, STATUS_ACHIEVED);
    fx_close(&w);

    fx_open(&w, NULL, "2024-09-30");
    build_world(&w.b);
    w.s.d1_target = 4;
    w.s.d1_by_fy = 2024;
    fx_compute(&w);
    const TargetStatus *st = &w.ind.d1.status;
    assert_int_equal(st->projection.n, 3);
    assert_int_equal((int)st->projection.value[1], 2);
    assert_true(rat_cmp(st->projection.at_deadline_exact, rat_make(19, 6)) == 0);
    assert_int_equal(st->status, STATUS_AT_RISK);
    fx_close(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(d1_indicators_latest_improved_progress_and_status),
        cmocka_unit_test(d1_decrease_indicators_exactly_on_target_missed_and_on_track),
        cmocka_unit_test(d1_projection_on_and_after_the_target_date),
        cmocka_unit_test(d1_project_results_by_majority),
        cmocka_unit_test(d1_rule_all_needs_every_indicator_any_needs_one),
        cmocka_unit_test(d1_majority_of_half_is_not_improved),
        cmocka_unit_test(d1_line_meeting_the_target_exactly_is_on_track),
        cmocka_unit_test(d1_values_at_the_edges_of_the_input_range),
        cmocka_unit_test(d1_project_counts_once_started),
        cmocka_unit_test(d1_in_the_trend),
        cmocka_unit_test(d1_target_status_when_one_is_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
