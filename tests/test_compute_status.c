/* Status of a target, SPEC §3.5, §3.7, and I1's status and trend. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fixture.h"

static void value_at_target_before_the_deadline_is_achieved(void **state)
{
    (void)state;
    int fy[] = { 2024, 2025 };
    int64_t v[] = { 20, 31 };
    TargetStatus st = compute_status(30, 2026, 2025, fy, v, 2, 31, 0, false);
    assert_int_equal(st.status, STATUS_ACHIEVED);
    assert_true(st.value == 31.0);
    assert_int_equal(st.target, 30);
    assert_int_equal(st.by_fy, 2026);
}

static void line_reaching_target_exactly_is_on_track(void **state)
{
    (void)state;
    /* (2024, 10) (2025, 14) (2026, 18): slope 4; at 2029: 18 + 3*4 = 30 */
    int fy[] = { 2024, 2025, 2026 };
    int64_t v[] = { 10, 14, 18 };
    TargetStatus st = compute_status(30, 2029, 2026, fy, v, 3, 18, 0, false);
    assert_int_equal(st.status, STATUS_ON_TRACK);
    assert_true(rat_cmp(st.projection.at_deadline_exact, rat_int(30)) == 0);
    assert_true(st.projection.slope == 4.0);
    assert_true(st.projection.intercept == 30.0 - 4.0 * 2029);  /* -8086 */
    assert_true(st.projection.at_deadline == 30.0);
    /* one more than the line reaches */
    st = compute_status(31, 2029, 2026, fy, v, 3, 18, 0, false);
    assert_int_equal(st.status, STATUS_AT_RISK);
}

static void line_is_exact_where_binary_fractions_are_not(void **state)
{
    (void)state;
    /* (2024, 1) (2025, 2) (2026, 2): mean y 5/3, slope 1/2; at 2029:
     * 5/3 + 4 * 1/2 = 11/3 */
    int fy[] = { 2024, 2025, 2026 };
    int64_t v[] = { 1, 2, 2 };
    TargetStatus st = compute_status(4, 2029, 2026, fy, v, 3, 2, 0, false);
    assert_true(rat_cmp(st.projection.at_deadline_exact, rat_make(11, 3)) == 0);
    assert_int_equal(st.status, STATUS_AT_RISK);
}

static void two_points_give_a_line_through_both(void **state)
{
    (void)state;
    /* (2025, 2) (2026, 3): slope 1, at 2028: 5 */
    int fy[] = { 2025, 2026 };
    int64_t v[] = { 2, 3 };
    TargetStatus st = compute_status(5, 2028, 2026, fy, v, 2, 3, 0, false);
    assert_int_equal(st.status, STATUS_ON_TRACK);
    assert_true(rat_cmp(st.projection.at_deadline_exact, rat_int(5)) == 0);
}

static void one_point_is_a_flat_line_and_none_is_zero(void **state)
{
    (void)state;
    int fy[] = { 2022 };
    int64_t v[] = { 5 };
    TargetStatus st = compute_status(6, 2026, 2022, fy, v, 1, 5, 0, false);
    assert_int_equal(st.status, STATUS_AT_RISK);
    assert_true(st.projection.at_deadline == 5.0);
    assert_true(st.projection.slope == 0.0);
    st = compute_status(1, 2026, 2021, NULL, NULL, 0, 0, 0, false);
    assert_int_equal(st.projection.n, 0);
    assert_true(st.projection.at_deadline == 0.0);
    assert_int_equal(st.status, STATUS_AT_RISK);
}

/* §3.3, §3.5, §3.7: "more than 30" -- exactly the target is not met, and
 * a line that reaches exactly the target is not on track. */
static void more_than_is_not_met_at_exactly_the_target(void **state)
{
    (void)state;
    int fy[] = { 2024, 2025, 2026 };
    int64_t flat[] = { 30, 30, 30 };
    /* as of FY2026, the deadline year: 30 is not > 30; the flat line
     * reads 30 at 2026, not > 30 either */
    TargetStatus st = compute_status(30, 2026, 2026, fy, flat, 3, 30, 0, true);
    assert_int_equal(st.status, STATUS_AT_RISK);
    assert_true(st.more_than);
    /* read as "30 or more" the same count is achieved */
    st = compute_status(30, 2026, 2026, fy, flat, 3, 30, 0, false);
    assert_int_equal(st.status, STATUS_ACHIEVED);
    /* (2024, 10) (2025, 14) (2026, 18) reach exactly 30 at 2029 */
    int64_t v[] = { 10, 14, 18 };
    st = compute_status(30, 2029, 2026, fy, v, 3, 18, 0, true);
    assert_true(rat_cmp(st.projection.at_deadline_exact, rat_int(30)) == 0);
    assert_int_equal(st.status, STATUS_AT_RISK);
    st = compute_status(29, 2029, 2026, fy, v, 3, 18, 0, true);
    assert_int_equal(st.status, STATUS_ON_TRACK);
    /* after the deadline: 30 at the end of FY2026 is missed, 31 achieved */
    int fy2[] = { 2025, 2026, 2027 };
    int64_t v2[] = { 29, 30, 35 };
    st = compute_status(30, 2026, 2027, fy2, v2, 3, 35, 30, true);
    assert_int_equal(st.status, STATUS_MISSED);
    st = compute_status(30, 2026, 2027, fy2, v2, 3, 35, 31, true);
    assert_int_equal(st.status, STATUS_ACHIEVED);
}

static void after_the_deadline_year_its_end_value_decides(void **state)
{
    (void)state;
    int fy[] = { 2025, 2026, 2027 };
    int64_t v[] = { 29, 33, 35 };
    /* now 35 >= 30, but at the end of FY2026 it was 29: missed */
    TargetStatus st = compute_status(30, 2026, 2027, fy, v, 3, 35, 29, false);
    assert_int_equal(st.status, STATUS_MISSED);
    assert_true(st.value == 29.0);
    st = compute_status(30, 2026, 2027, fy, v, 3, 35, 30, false);
    assert_int_equal(st.status, STATUS_ACHIEVED);
    assert_true(st.value == 30.0);
}

/* AAA, BBB, CCC: 2020 legal 10 -> 2024 legal 12 (50 % -> 60 %), each
 * improved once its project has started: AAA 2022-04-01 (FY2022), BBB
 * 2024-05-01 (FY2024), CCC 2025-05-01 (FY2025).  2024 is out 2024-02-01.
 * Read as version 1 (attribution = none): I1 at the end of FY2023 = 1
 * (AAA), FY2024 = 2, FY2025 = 3.  By default (§3.2) BBB and CCC began
 * after the 2024 edition's reference date (its published date) and I1
 * stays 1. */
static void build_world(FxBuilder *b)
{
    fx_country(b, "AAA", "Pacific", NULL);
    fx_country(b, "BBB", "Pacific", NULL);
    fx_country(b, "CCC", "Pacific", NULL);
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-02-01", "20", "100");
    const char *iso[] = { "AAA", "BBB", "CCC" };
    for (int i = 0; i < 3; i++) {
        fx_gci(b, iso[i], 2020, "legal=10");
        fx_gci(b, iso[i], 2024, "legal=12");
    }
    fx_project(b, "P1", "AAA", "2022-04-01", NULL, "legal");
    fx_project(b, "P2", "BBB", "2024-05-01", NULL, "legal");
    fx_project(b, "P3", "CCC", "2025-05-01", NULL, "legal");
    fx_index(b);
}

static TargetStatus i1_status_read(const char *as_of, int target, int by_fy,
                                   I1Attribution attribution, Indicators *out)
{
    FxWorld w;
    fx_open(&w, NULL, as_of);
    w.s.attribution = attribution;
    w.s.i1_target = target;
    w.s.i1_by_fy = by_fy;
    build_world(&w.b);
    fx_compute(&w);
    TargetStatus st = w.ind.i1.status;
    if (out) {   /* the trend only: it holds no pointer into the model */
        size_t size = sizeof(TrendPoint) * (size_t)w.ind.n_trend;
        *out = w.ind;
        out->trend = malloc(size);
        memcpy(out->trend, w.ind.trend, size);
    }
    fx_close(&w);
    return st;
}

static TargetStatus i1_status(const char *as_of, int target, int by_fy, Indicators *out)
{
    return i1_status_read(as_of, target, by_fy, ATTRIBUTION_NONE, out);
}

static void i1_status_projects_fiscal_year_end_values(void **state)
{
    (void)state;
    /* as of 2026-09-30: points (2024, 2) (2025, 3) (2026, 3); x = fy - 2026:
     * mean x -1, mean y 8/3, slope ((-1)(-2/3) + (1)(1/3)) / 2 = 1/2 */
    TargetStatus st = i1_status("2026-09-30", 4, 2026, NULL);
    /* at 2026: 8/3 + 1/2 = 19/6 = 3.17 < 4 */
    assert_int_equal(st.status, STATUS_AT_RISK);
    assert_true(rat_cmp(st.projection.at_deadline_exact, rat_make(19, 6)) == 0);
    assert_true(st.projection.value[0] == 2.0);
    assert_true(st.projection.value[1] == 3.0);
    assert_true(st.value == 3.0);
    /* by 2029: 8/3 + 4 * 1/2 = 14/3 = 4.67 >= 4 */
    assert_int_equal(i1_status("2026-09-30", 4, 2029, NULL).status, STATUS_ON_TRACK);
    assert_int_equal(i1_status("2026-09-30", 3, 2026, NULL).status, STATUS_ACHIEVED);
}

static void i1_status_after_the_deadline_uses_31_march(void **state)
{
    (void)state;
    /* FY2027: I1 as of 2027-03-31 is 3 */
    TargetStatus st = i1_status("2027-05-01", 4, 2026, NULL);
    assert_int_equal(st.status, STATUS_MISSED);
    assert_true(st.value == 3.0);
    /* by FY2024: I1 as of 2025-03-31 is 2 -- achieved for a target of 2,
     * even though it is judged in FY2027 */
    st = i1_status("2027-05-01", 2, 2024, NULL);
    assert_int_equal(st.status, STATUS_ACHIEVED);
    assert_true(st.value == 2.0);
}

static void i1_trend_follows_publication_and_project_starts(void **state)
{
    (void)state;
    Indicators ind;
    i1_status("2025-06-30", 4, 2026, &ind);
    /* quarter ends 2022-06-30 .. 2025-06-30: 13 points, the last being
     * the as-of date */
    assert_int_equal(ind.n_trend, 13);
    assert_int_equal(ind.trend[6].date, fx_date("2023-12-31"));
    assert_int_equal(ind.trend[6].i1, 0);    /* 2024 not out yet */
    assert_int_equal(ind.trend[7].i1, 1);    /* 2024-03-31: AAA */
    assert_int_equal(ind.trend[8].i1, 2);    /* 2024-06-30: BBB started */
    assert_int_equal(ind.trend[11].i1, 2);   /* 2025-03-31: CCC not yet */
    assert_int_equal(ind.trend[12].i1, 3);   /* 2025-06-30: CCC too */
    free(ind.trend);
}

static void i1_trend_counts_only_cooperation_the_edition_could_reflect(void **state)
{
    (void)state;
    Indicators ind;
    TargetStatus st = i1_status_read("2025-06-30", 1, 2026,
                                     ATTRIBUTION_REFERENCE_DATE, &ind);
    assert_int_equal(ind.trend[6].i1, 0);    /* 2023-12-31 */
    assert_int_equal(ind.trend[7].i1, 1);    /* 2024-03-31: AAA */
    assert_int_equal(ind.trend[8].i1, 1);    /* BBB began after 2024-02-01 */
    assert_int_equal(ind.trend[12].i1, 1);   /* and CCC too */
    /* 1 of a target of 1: not a D2 target, so >= */
    assert_int_equal(st.status, STATUS_ACHIEVED);
    free(ind.trend);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(value_at_target_before_the_deadline_is_achieved),
        cmocka_unit_test(line_reaching_target_exactly_is_on_track),
        cmocka_unit_test(line_is_exact_where_binary_fractions_are_not),
        cmocka_unit_test(two_points_give_a_line_through_both),
        cmocka_unit_test(one_point_is_a_flat_line_and_none_is_zero),
        cmocka_unit_test(more_than_is_not_met_at_exactly_the_target),
        cmocka_unit_test(after_the_deadline_year_its_end_value_decides),
        cmocka_unit_test(i1_status_projects_fiscal_year_end_values),
        cmocka_unit_test(i1_status_after_the_deadline_uses_31_march),
        cmocka_unit_test(i1_trend_follows_publication_and_project_starts),
        cmocka_unit_test(i1_trend_counts_only_cooperation_the_edition_could_reflect),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
