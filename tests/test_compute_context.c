/* Context for I1, SPEC §3.8: comparison groups, medians, excess. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fixture.h"

/* Editions 2020 (out 2021-06-29) and 2024 (out 2025-09-12), pillars of
 * 20: one point = 5 percent points.  As of 2026-09-30.
 *
 * Cooperation countries (mean delta over their targeted pillars):
 *   CAA Southeast Asia, legal              10 -> 14: +20
 *   CAB Africa, legal;technical            legal 10 -> 10, technical
 *                                          10 -> 11: (0 + 5) / 2 = +2.5
 *   CAC Africa, cooperation                10 -> 12: +10
 *   CAD Pacific, legal                     10 -> 10: 0
 * Non-cooperation countries (their deltas):
 *   NAA SEA legal +5   NAB SEA legal +10   NAC SEA legal 0
 *   NAD SEA legal +15  NAG SEA legal +2.5
 *   NAE Africa legal -5, technical +10     NAF Africa legal +30, tech 0
 *   NAJ Africa legal +10, technical +15
 *   NAI Pacific legal +10 (its project starts after the as-of date)
 *   NAH Pacific, 2020 row only: no latest score, never a member
 *   NAK Africa legal 0, technical 0 (only with `extra`)
 * Nobody outside cooperation has a cooperation score: CAC has no group.
 */
static void build_world(FxBuilder *b, bool extra)
{
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2025-09-12", "20", "100");
    struct { const char *iso, *region, *s2020, *s2024; } rows[] = {
        { "CAA", "Southeast Asia", "legal=10", "legal=14" },
        { "CAB", "Africa", "legal=10 technical=10", "legal=10 technical=11" },
        { "CAC", "Africa", "cooperation=10", "cooperation=12" },
        { "CAD", "Pacific", "legal=10", "legal=10" },
        { "NAA", "Southeast Asia", "legal=10", "legal=11" },
        { "NAB", "Southeast Asia", "legal=10", "legal=12" },
        { "NAC", "Southeast Asia", "legal=10", "legal=10" },
        { "NAD", "Southeast Asia", "legal=10", "legal=13" },
        { "NAE", "Africa", "legal=10 technical=10", "legal=9 technical=12" },
        { "NAF", "Africa", "legal=10 technical=10", "legal=16 technical=10" },
        { "NAG", "Southeast Asia", "legal=10", "legal=10.5" },
        { "NAH", "Pacific", "legal=10", NULL },
        { "NAI", "Pacific", "legal=10", "legal=12" },
        { "NAJ", "Africa", "legal=10 technical=10", "legal=12 technical=13" },
        { "NAK", "Africa", "legal=10 technical=10", "legal=10 technical=10" },
    };
    for (int i = 0; i < 15; i++) {
        if (!extra && strcmp(rows[i].iso, "NAK") == 0)
            continue;
        fx_country(b, rows[i].iso, rows[i].region, NULL);
        fx_gci(b, rows[i].iso, 2020, rows[i].s2020);
        if (rows[i].s2024)
            fx_gci(b, rows[i].iso, 2024, rows[i].s2024);
    }
    fx_project(b, "P1", "CAA", "2022-04-01", NULL, "legal");
    fx_project(b, "P2", "CAB", "2022-04-01", NULL, "legal;technical");
    fx_project(b, "P3", "CAC", "2022-04-01", NULL, "cooperation");
    fx_project(b, "P4", "CAD", "2022-04-01", NULL, "legal");
    fx_project(b, "P5", "NAI", "2026-10-01", NULL, "legal");
    fx_index(b);
}

static void run(FxWorld *f, bool extra)
{
    fx_open(f, NULL, "2026-09-30");
    build_world(&f->b, extra);
    fx_compute(f);
}

static void odd_group_takes_the_middle_value(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, false);
    /* legal group (cooperation countries and NAH excluded, NAI included):
     * -5, 0, 2.5, 5, 10, 10, 10, 15, 30 -> 9 members, median 10 */
    const I1Country *a = fx_i1(&f, "CAA");
    assert_int_equal(a->group_size, 9);
    assert_true(a->has_group_median);
    assert_true(fx_rat_eq(a->group_median, "10"));
    assert_true(fx_rat_eq(a->excess, "10"));            /* 20 - 10 */
    /* legal;technical group: NAE (-5+10)/2 = 2.5, NAF (30+0)/2 = 15,
     * NAJ (10+15)/2 = 12.5 -> median 12.5; CAB: 2.5 - 12.5 = -10 */
    const I1Country *b = fx_i1(&f, "CAB");
    assert_true(fx_rat_eq(b->mean_delta, "2.5"));
    assert_int_equal(b->group_size, 3);
    assert_true(fx_rat_eq(b->group_median, "12.5"));
    assert_true(fx_rat_eq(b->excess, "-10"));
    fx_close(&f);
}

static void even_group_takes_the_mean_of_the_two_middle_values(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, true);
    /* + NAK: legal -5, 0, 0, 2.5, 5, 10, 10, 10, 15, 30 -> (5 + 10) / 2 */
    const I1Country *a = fx_i1(&f, "CAA");
    assert_int_equal(a->group_size, 10);
    assert_true(fx_rat_eq(a->group_median, "7.5"));
    assert_true(fx_rat_eq(a->excess, "12.5"));
    /* legal;technical: 0, 2.5, 12.5, 15 -> (2.5 + 12.5) / 2 = 7.5 */
    const I1Country *b = fx_i1(&f, "CAB");
    assert_int_equal(b->group_size, 4);
    assert_true(fx_rat_eq(b->group_median, "7.5"));
    assert_true(fx_rat_eq(b->excess, "-5"));
    fx_close(&f);
}

static void region_median_needs_five_members(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, false);
    /* Southeast Asia in the legal group: 0, 2.5, 5, 10, 15 -> 5 */
    const I1Country *a = fx_i1(&f, "CAA");
    assert_int_equal(a->region_size, 5);
    assert_true(a->has_region_median);
    assert_true(fx_rat_eq(a->region_median, "5"));
    /* Africa in the legal;technical group: 3 members -> null */
    assert_int_equal(fx_i1(&f, "CAB")->region_size, 3);
    assert_false(fx_i1(&f, "CAB")->has_region_median);
    /* Pacific in the legal group: NAI only (NAH has no latest score) */
    assert_int_equal(fx_i1(&f, "CAD")->region_size, 1);
    assert_false(fx_i1(&f, "CAD")->has_region_median);
    fx_close(&f);
}

static void pillar_no_comparison_country_has_gives_an_empty_group(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, false);
    const I1Country *c = fx_i1(&f, "CAC");
    assert_true(c->assessable);
    assert_int_equal(c->group_size, 0);
    assert_false(c->has_group_median);
    assert_false(c->has_region_median);
    fx_close(&f);
}

static void outperformed_counts_positive_excess_only(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, false);
    /* CAA +10; CAB -10; CAD 0 - 10 = -10; CAC has no group */
    assert_true(fx_rat_eq(fx_i1(&f, "CAD")->excess, "-10"));
    assert_int_equal(f.ind.i1.outperformed, 1);
    assert_int_equal(f.ind.trend[f.ind.n_trend - 1].outperformed, 1);
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(odd_group_takes_the_middle_value),
        cmocka_unit_test(even_group_takes_the_mean_of_the_two_middle_values),
        cmocka_unit_test(region_median_needs_five_members),
        cmocka_unit_test(pillar_no_comparison_country_has_gives_an_empty_group),
        cmocka_unit_test(outperformed_counts_positive_excess_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
