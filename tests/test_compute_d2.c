/* D2, SPEC §3.3, §3.7: participating countries by fiscal year, its
 * targets, its trend, and the participation sums and exclusions (§3). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fixture.h"

/* Window 2022 (default), as of 2026-09-30 (FY2026) unless a test says.
 *
 *   AAA  P1 2020-05-01..2021-12-31 (FY2021): ends before the window;
 *        participation row FY2021: before the window
 *   BBB  P2 2021-06-01..2022-04-30 (FY2022): overlaps FY2022 -> 2022
 *   CCC  P3 from 2023-07-15, ongoing -> 2023
 *   DDD  P4 starts 2026-10-15, after the as-of date: not counted
 *   EEE  row FY2026 in P5 (the as-of year) -> 2026
 *   FFF  row FY2027: a later FY, not counted
 *   GGG  rows FY2024 (P5 5/-, P2 3/1, P5 2/1) and FY2025 (P5 -/-) -> 2024
 *
 * Cumulative: 2022 BBB = 1; 2023 +CCC = 2; 2024 +GGG = 3; 2025 3;
 * 2026 +EEE = 4.
 */
static void build_world(FxBuilder *b)
{
    const char *iso[] = { "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG" };
    for (int i = 0; i < 7; i++)
        fx_country(b, iso[i], "Africa", NULL);
    fx_project(b, "P1", "AAA", "2020-05-01", "2021-12-31", "legal");
    fx_project(b, "P2", "BBB", "2021-06-01", "2022-04-30", "legal");
    fx_project(b, "P3", "CCC", "2023-07-15", NULL, "legal");
    fx_project(b, "P4", "DDD", "2026-10-15", NULL, "legal");
    fx_project(b, "P5", "", "2022-05-01", NULL, "");
    fx_part(b, "P1", "AAA", 2021, 7, 3);
    fx_part(b, "P5", "EEE", 2026, 10, 4);
    fx_part(b, "P5", "FFF", 2027, 6, 6);
    fx_part(b, "P5", "GGG", 2024, 5, -1);
    fx_part(b, "P2", "GGG", 2024, 3, 1);
    fx_part(b, "P5", "GGG", 2024, 2, 1);
    fx_part(b, "P5", "GGG", 2025, -1, -1);
    fx_index(b);
}

/* The world as of `as_of` (a test may change f->s before fx_compute). */
static void open_world(FxWorld *f, const char *as_of)
{
    fx_open(f, NULL, as_of);
    build_world(&f->b);
}

static void run(FxWorld *f, const char *as_of, int window_start_fy)
{
    open_world(f, as_of);
    f->s.window_start_fy = window_start_fy;
    fx_compute(f);
}

static int first_fy(FxWorld *f, const char *iso3)
{
    return f->ind.d2.first_fy[model_find_country(&f->b.m, iso3)];
}

static void cumulative_count_runs_from_window_start_to_as_of_fy(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2022);
    const int expect[] = { 1, 2, 3, 3, 4 };   /* FY2022..FY2026 */
    assert_int_equal(f.ind.d2.window_start_fy, 2022);
    assert_int_equal(f.ind.d2.n_years, 5);
    for (int i = 0; i < 5; i++) {
        assert_int_equal(f.ind.d2.cumulative[i].fy, 2022 + i);
        assert_int_equal(f.ind.d2.cumulative[i].count, expect[i]);
    }
    fx_close(&f);
}

static void countries_are_listed_by_iso3_with_their_first_fy(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2022);
    const char *expect[] = { "BBB", "CCC", "EEE", "GGG" };
    assert_int_equal(f.ind.d2.n_countries, 4);
    for (int i = 0; i < 4; i++)
        assert_string_equal(f.b.m.countries[f.ind.d2.countries[i]].iso3, expect[i]);
    assert_int_equal(first_fy(&f, "BBB"), 2022);
    assert_int_equal(first_fy(&f, "CCC"), 2023);
    assert_int_equal(first_fy(&f, "EEE"), 2026);   /* the as-of year's row */
    assert_int_equal(first_fy(&f, "GGG"), 2024);
    assert_int_equal(first_fy(&f, "AAA"), 0);      /* before the window */
    assert_int_equal(first_fy(&f, "DDD"), 0);      /* not started */
    assert_int_equal(first_fy(&f, "FFF"), 0);      /* later FY */
    fx_close(&f);
}

static void a_later_window_start_drops_projects_ending_before_it(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2023);
    /* BBB's project ended in FY2022: CCC 2023, GGG 2024, EEE 2026 */
    const int expect[] = { 1, 2, 2, 3 };
    assert_int_equal(f.ind.d2.n_years, 4);
    for (int i = 0; i < 4; i++)
        assert_int_equal(f.ind.d2.cumulative[i].count, expect[i]);
    assert_int_equal(first_fy(&f, "BBB"), 0);
    fx_close(&f);
}

static void an_earlier_window_start_counts_from_the_project_start_year(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2021);
    /* FY2021: AAA (P1 and its row), BBB (P2 started in FY2021) */
    assert_int_equal(f.ind.d2.cumulative[0].fy, 2021);
    assert_int_equal(f.ind.d2.cumulative[0].count, 2);
    assert_int_equal(first_fy(&f, "AAA"), 2021);
    assert_int_equal(first_fy(&f, "BBB"), 2021);
    fx_close(&f);
}

static void as_of_before_window_counts_nothing(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2022-03-31", 2022);   /* FY2021 */
    assert_int_equal(f.ind.d2.n_years, 0);
    assert_int_equal(f.ind.d2.n_countries, 0);
    assert_int_equal(f.ind.n_trend, 1);   /* the as-of date alone */
    assert_int_equal(f.ind.trend[0].date, fx_date("2022-03-31"));
    assert_int_equal(f.ind.trend[0].d2, 0);
    fx_close(&f);
}

static void targets_get_a_status_each(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "2026-09-30");
    f.s.d2_compare = COMPARE_AT_LEAST;   /* "4 or more" (version 1) */
    FyTarget t[] = { { 2026, 4 }, { 2030, 10 }, { 2030, 5 }, { 2024, 4 }, { 2024, 3 } };
    memcpy(f.s.d2_targets, t, sizeof t);
    f.s.n_d2_targets = 5;
    fx_compute(&f);
    const TargetStatus *ts = f.ind.d2.targets;
    assert_int_equal(f.ind.d2.n_targets, 5);
    /* 2026:4 -- the as-of year's count 4 >= 4 */
    assert_int_equal(ts[0].status, STATUS_ACHIEVED);
    /* 2030:10 -- points (2024, 3) (2025, 3) (2026, 4); with x = fy - 2030:
     * mean x -5, mean y 10/3, slope ((-1)(-1/3) + (1)(2/3)) / 2 = 1/2,
     * read at 0: 10/3 + 5/2 = 35/6 = 5.83 < 10 */
    assert_int_equal(ts[1].status, STATUS_AT_RISK);
    assert_int_equal(ts[1].projection.n, 3);
    assert_int_equal(ts[1].projection.fy[0], 2024);
    assert_true(ts[1].projection.value[0] == 3.0);
    assert_true(ts[1].projection.value[2] == 4.0);
    assert_true(rat_cmp(ts[1].projection.at_deadline_exact, rat_make(35, 6)) == 0);
    assert_true(ts[1].projection.slope == 0.5);
    assert_true(ts[1].value == 4.0);
    /* 2030:5 -- 4 < 5 now, the line reaches 5.83 >= 5 */
    assert_int_equal(ts[2].status, STATUS_ON_TRACK);
    /* 2024:4 -- FY2026 is after 2024: the end-of-FY2024 count 3 decides */
    assert_int_equal(ts[3].status, STATUS_MISSED);
    assert_true(ts[3].value == 3.0);
    assert_int_equal(ts[4].status, STATUS_ACHIEVED);
    fx_close(&f);
}

static void more_than_four_is_not_met_by_four(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "2026-09-30");
    FyTarget t[] = { { 2026, 4 }, { 2026, 3 } };
    memcpy(f.s.d2_targets, t, sizeof t);
    f.s.n_d2_targets = 2;
    fx_compute(&f);   /* compare = more_than, the default (§3.3) */
    assert_int_equal(f.ind.d2.compare, COMPARE_MORE_THAN);
    /* 4 is not more than 4; the line through (2024, 3) (2025, 3)
     * (2026, 4) reads 10/3 + 1/2 = 23/6 at 2026, not > 4 */
    assert_int_equal(f.ind.d2.targets[0].status, STATUS_AT_RISK);
    assert_true(f.ind.d2.targets[0].more_than);
    assert_int_equal(f.ind.d2.targets[1].status, STATUS_ACHIEVED);  /* 4 > 3 */
    fx_close(&f);
}

/* §2, §3, §3.3, §3.7: the bases, the strongest basis, the day a
 * participation row counts from and reduced dates, window 2022.
 *
 *   KKK  Q1 KKK alone, from 2023-05-01                -> project, FY2023
 *   LLL  Q2 LLL;MMM from 2024-06-01 (regional, FY2024) and a Q5 row of
 *        FY2023 dated 2023-11 (from 2023-11-30)        -> participants
 *        (stronger than regional), FY2023, its row the participation one
 *   MMM  Q2 only                                       -> regional, FY2024
 *   NNN  Q5 row FY2026 dated 2026-10-05: after 30 Sep 2026, same FY
 *   OOO  Q8 row FY2025, no date: it counts from the later of Q8's start
 *        "2025-06" (2025-06-30) and 2025-04-01 -> 2025-06-30
 *   PPP  Q5 row FY2024 dated 2025: from min(2025-12-31, 2025-03-31)
 *   RRR  Q6 from "2023" = 2023-12-31 -> FY2023, not FY2022
 *   SSS  Q7 from "2025-03" = 2025-03-31 -> FY2024
 *   TTT  Q9 "2024" to 2024-02-10: starts 2024-02-10 -> FY2023
 *
 * As of 2026-09-30: FY2022 0; FY2023 KKK LLL RRR TTT = 4; FY2024 +MMM PPP
 * SSS = 7; FY2025 +OOO = 8; FY2026 8.  Strongest: project KKK RRR SSS
 * TTT = 4, participants LLL OOO PPP = 3, regional MMM = 1. */
static void build_bases_world(FxBuilder *b)
{
    const char *iso[] = { "KKK", "LLL", "MMM", "NNN", "OOO", "PPP", "RRR",
                          "SSS", "TTT" };
    for (int i = 0; i < 9; i++)
        fx_country(b, iso[i], "Africa", NULL);
    fx_project(b, "Q1", "KKK", "2023-05-01", NULL, "legal");
    fx_project(b, "Q2", "LLL;MMM", "2024-06-01", NULL, "legal");
    fx_project(b, "Q5", "", "2022-05-01", NULL, "");
    fx_project(b, "Q6", "RRR", "2023", NULL, "legal");
    fx_project(b, "Q7", "SSS", "2025-03", NULL, "legal");
    fx_project(b, "Q8", "", "2025-06", NULL, "");
    fx_project(b, "Q9", "TTT", "2024", "2024-02-10", "legal");
    fx_part_date(fx_part(b, "Q5", "LLL", 2023, 4, 1), "2023-11", false);
    fx_part_date(fx_part(b, "Q5", "NNN", 2026, 3, 1), "2026-10-05", false);
    fx_part(b, "Q8", "OOO", 2025, 2, -1);
    fx_part_date(fx_part(b, "Q5", "PPP", 2024, 80, -1), "2025", true);
    fx_index(b);
}

static void bases_run(FxWorld *f, const char *as_of, unsigned count)
{
    fx_open(f, NULL, as_of);
    f->s.d2_count = count;
    build_bases_world(&f->b);
    fx_compute(f);
}

static int d2_count(FxWorld *f, int fy)
{
    for (int i = 0; i < f->ind.d2.n_years; i++)
        if (f->ind.d2.cumulative[i].fy == fy)
            return f->ind.d2.cumulative[i].count;
    return -1;
}

static const D2Country *detail(FxWorld *f, const char *iso3)
{
    int c = model_find_country(&f->b.m, iso3);
    for (int i = 0; i < f->ind.d2.n_countries; i++)
        if (f->ind.d2.detail[i].country == c)
            return &f->ind.d2.detail[i];
    return NULL;
}

static void each_country_counts_on_its_bases_the_strongest_first(void **state)
{
    (void)state;
    FxWorld f;
    bases_run(&f, "2026-09-30", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2022), 0);
    assert_int_equal(d2_count(&f, 2023), 4);
    assert_int_equal(d2_count(&f, 2024), 7);
    assert_int_equal(d2_count(&f, 2025), 8);
    assert_int_equal(d2_count(&f, 2026), 8);
    assert_int_equal(f.ind.d2.by_basis[BASIS_PROJECT], 4);
    assert_int_equal(f.ind.d2.by_basis[BASIS_PARTICIPANTS], 3);
    assert_int_equal(f.ind.d2.by_basis[BASIS_REGIONAL], 1);
    const D2Country *l = detail(&f, "LLL");
    assert_non_null(l);
    assert_int_equal(l->first_fy, 2023);
    assert_int_equal(l->bases, BASIS_BIT(BASIS_PARTICIPANTS) | BASIS_BIT(BASIS_REGIONAL));
    assert_int_equal(l->strongest, BASIS_PARTICIPANTS);
    assert_int_equal(l->n_rows, 1);   /* FY2023: the participation row */
    assert_int_equal(l->rows[0].kind, D2_ROW_PARTICIPATION);
    assert_int_equal(f.b.m.participation[l->rows[0].index].line, 2);
    const D2Country *m = detail(&f, "MMM");
    assert_int_equal(m->strongest, BASIS_REGIONAL);
    assert_int_equal(m->first_fy, 2024);
    assert_int_equal(m->rows[0].kind, D2_ROW_PROJECT);
    assert_string_equal(f.b.m.projects[m->rows[0].index].id, "Q2");
    assert_int_equal(detail(&f, "RRR")->first_fy, 2023);
    assert_int_equal(detail(&f, "SSS")->first_fy, 2024);
    assert_int_equal(detail(&f, "TTT")->first_fy, 2023);
    assert_int_equal(detail(&f, "PPP")->first_fy, 2024);
    assert_null(detail(&f, "NNN"));
    fx_close(&f);
}

static void d2_count_setting_keeps_only_the_bases_named(void **state)
{
    (void)state;
    FxWorld f;
    bases_run(&f, "2026-09-30", BASIS_BIT(BASIS_PROJECT));
    assert_int_equal(d2_count(&f, 2026), 4);   /* KKK RRR SSS TTT */
    assert_int_equal(f.ind.d2.by_basis[BASIS_REGIONAL], 0);
    fx_close(&f);
    bases_run(&f, "2026-09-30", BASIS_BIT(BASIS_PROJECT) | BASIS_BIT(BASIS_REGIONAL));
    /* + LLL (from its Q2 in FY2024) and MMM */
    assert_int_equal(d2_count(&f, 2026), 6);
    assert_int_equal(detail(&f, "LLL")->first_fy, 2024);
    assert_int_equal(detail(&f, "LLL")->strongest, BASIS_REGIONAL);
    fx_close(&f);
}

static void a_row_counts_from_its_date_not_from_its_fiscal_year(void **state)
{
    (void)state;
    FxWorld f;
    /* PPP's FY2024 row dated 2025 counts from 2025-03-31 (as SSS's
     * project, from "2025-03"): FY2024 has KKK LLL RRR TTT MMM */
    bases_run(&f, "2025-03-30", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2024), 5);
    assert_int_equal(f.ind.excluded.participation_later, 3);   /* PPP NNN OOO */
    fx_close(&f);
    bases_run(&f, "2025-03-31", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2024), 7);
    fx_close(&f);
    /* OOO's undated FY2025 row counts from its project's start, 2025-06 */
    bases_run(&f, "2025-06-29", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2025), 7);
    fx_close(&f);
    bases_run(&f, "2025-06-30", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2025), 8);
    fx_close(&f);
    /* NNN's row dated 2026-10-05 of FY2026 */
    bases_run(&f, "2026-10-31", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2026), 9);
    fx_close(&f);
}

static void a_reduced_start_counts_from_the_last_day_of_its_period(void **state)
{
    (void)state;
    FxWorld f;
    /* RRR's "2023" is 2023-12-31; TTT's "2024" ends after its end
     * 2024-02-10, so it starts then; LLL counts from 2023-11-30 */
    bases_run(&f, "2023-12-30", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2023), 2);   /* KKK LLL */
    assert_int_equal(d2_count(&f, 2022), 0);   /* not 2 */
    fx_close(&f);
    bases_run(&f, "2023-12-31", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2023), 3);   /* + RRR */
    fx_close(&f);
    bases_run(&f, "2024-02-10", BASIS_ALL);
    assert_int_equal(d2_count(&f, 2023), 4);   /* + TTT */
    fx_close(&f);
}

static void participation_sums_keep_approximate_counts_marked(void **state)
{
    (void)state;
    FxWorld f;
    bases_run(&f, "2026-09-30", BASIS_ALL);
    const ParticipationSum *p = NULL;
    for (int i = 0; i < f.ind.n_participation; i++)
        if (f.ind.participation[i].country == model_find_country(&f.b.m, "PPP"))
            p = &f.ind.participation[i];
    assert_non_null(p);
    assert_int_equal(p->participants, 80);
    assert_true(p->approx);
    fx_close(&f);
}

static void trend_has_every_quarter_end_with_that_dates_count(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2022);
    /* FY2022..FY2025: 4 quarter ends each, FY2026: 30 Jun and 30 Sep; the
     * as-of date is a quarter end, so it is not added again: 18 points */
    assert_int_equal(f.ind.n_trend, 18);
    assert_int_equal(f.ind.trend[0].date, fx_date("2022-06-30"));
    assert_int_equal(f.ind.trend[3].date, fx_date("2023-03-31"));
    assert_int_equal(f.ind.trend[17].date, fx_date("2026-09-30"));
    assert_int_equal(f.ind.trend[0].d2, 1);    /* BBB */
    assert_int_equal(f.ind.trend[4].d2, 1);    /* 2023-06-30: CCC starts 07-15 */
    assert_int_equal(f.ind.trend[5].d2, 2);    /* 2023-09-30 */
    assert_int_equal(f.ind.trend[8].d2, 3);    /* 2024-06-30: GGG's FY2024 row */
    assert_int_equal(f.ind.trend[15].d2, 3);   /* 2026-03-31 */
    assert_int_equal(f.ind.trend[16].d2, 4);   /* 2026-06-30: EEE's FY2026 row */
    fx_close(&f);
}

static void trend_appends_an_as_of_date_that_is_not_a_quarter_end(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2023-08-15", 2022);
    /* 2022-06-30, 09-30, 12-31, 2023-03-31, 2023-06-30, then 2023-08-15 */
    assert_int_equal(f.ind.n_trend, 6);
    assert_int_equal(f.ind.trend[4].date, fx_date("2023-06-30"));
    assert_int_equal(f.ind.trend[5].date, fx_date("2023-08-15"));
    assert_int_equal(f.ind.trend[5].d2, 2);    /* CCC started 07-15 */
    fx_close(&f);
    run(&f, "2022-05-01", 2022);   /* before the first quarter end */
    assert_int_equal(f.ind.n_trend, 1);
    assert_int_equal(f.ind.trend[0].date, fx_date("2022-05-01"));
    assert_int_equal(f.ind.trend[0].d2, 1);    /* BBB counts from 2022-04-01 */
    fx_close(&f);
}

static void participation_is_summed_per_country_and_fiscal_year(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2022);
    /* FFF's FY2027 row is later than the as-of FY */
    assert_int_equal(f.ind.n_participation, 4);
    const ParticipationSum *p = f.ind.participation;
    assert_string_equal(f.b.m.countries[p[0].country].iso3, "AAA");
    assert_int_equal(p[0].fy, 2021);
    assert_string_equal(f.b.m.countries[p[1].country].iso3, "EEE");
    assert_int_equal(p[1].participants, 10);
    assert_int_equal(p[1].female, 4);
    /* GGG FY2024: 5 + 3 + 2 = 10 people, female 1 + 1 = 2 (one empty),
     * 3 rows in 2 distinct projects */
    assert_string_equal(f.b.m.countries[p[2].country].iso3, "GGG");
    assert_int_equal(p[2].fy, 2024);
    assert_int_equal(p[2].participants, 10);
    assert_int_equal(p[2].female, 2);
    assert_int_equal(p[2].rows, 3);
    assert_int_equal(p[2].activities, 2);
    assert_true(p[2].has_participants && p[2].has_female);
    assert_int_equal(p[3].fy, 2025);
    assert_false(p[3].has_participants);
    assert_false(p[3].has_female);
    assert_int_equal(p[3].rows, 1);
    fx_close(&f);
}

static void what_was_not_yet_known_is_counted_as_excluded(void **state)
{
    (void)state;
    FxWorld f;
    run(&f, "2026-09-30", 2022);
    assert_int_equal(f.ind.excluded.projects_not_started, 1);      /* P4 */
    assert_int_equal(f.ind.excluded.participation_later, 1);    /* FFF */
    assert_false(f.ind.project_started[model_find_project(&f.b.m, "P4", 2)]);
    assert_true(f.ind.project_started[model_find_project(&f.b.m, "P3", 2)]);
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cumulative_count_runs_from_window_start_to_as_of_fy),
        cmocka_unit_test(countries_are_listed_by_iso3_with_their_first_fy),
        cmocka_unit_test(a_later_window_start_drops_projects_ending_before_it),
        cmocka_unit_test(an_earlier_window_start_counts_from_the_project_start_year),
        cmocka_unit_test(as_of_before_window_counts_nothing),
        cmocka_unit_test(targets_get_a_status_each),
        cmocka_unit_test(more_than_four_is_not_met_by_four),
        cmocka_unit_test(each_country_counts_on_its_bases_the_strongest_first),
        cmocka_unit_test(d2_count_setting_keeps_only_the_bases_named),
        cmocka_unit_test(a_row_counts_from_its_date_not_from_its_fiscal_year),
        cmocka_unit_test(a_reduced_start_counts_from_the_last_day_of_its_period),
        cmocka_unit_test(participation_sums_keep_approximate_counts_marked),
        cmocka_unit_test(trend_has_every_quarter_end_with_that_dates_count),
        cmocka_unit_test(trend_appends_an_as_of_date_that_is_not_a_quarter_end),
        cmocka_unit_test(participation_is_summed_per_country_and_fiscal_year),
        cmocka_unit_test(what_was_not_yet_known_is_counted_as_excluded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
