/* load: scenarios.csv and results.csv (SPEC §2, §3.10) and the D1 rows of
 * assessments.csv -- the model they fill, and each check of §5 reported
 * as `FILE:LINE: message` naming the column, the value and what was
 * expected.  The files are built in memory (load_data_from_memory), the
 * required four from a small valid set. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "loaded.h"
#include "support.h"

static const char countries[] =
    "iso3,name,region\n"
    "PHL,Philippines,Southeast Asia\n"
    "MNG,Mongolia,East Asia\n";
static const char editions[] = "edition,published,pillar_max,overall_max\n"
                               "2020,2021-06-29,20,100\n";
static const char gci[] = "iso3,edition,overall\nPHL,2020,77\n";
/* P-2 sorts before P-1's neighbours: model_index() must remap scenarios. */
static const char projects[] =
    "project_id,title,scheme,countries,start,end,pillars\n"
    "P-2,Second,technical_cooperation,MNG,2023-10,,technical\n"
    "P-1,First,technical_cooperation,PHL,2022-04-01,2025-03-31,technical\n";

static void load(TestLoaded *l, const char *assessments, const char *scenarios,
                 const char *results)
{
    LoadBuffer f[LOAD_N_FILES] = { 0 };
    const char *text[LOAD_N_FILES] = {
        [LOAD_COUNTRIES] = countries, [LOAD_GCI_EDITIONS] = editions,
        [LOAD_GCI] = gci, [LOAD_PROJECTS] = projects,
        [LOAD_ASSESSMENTS] = assessments, [LOAD_SCENARIOS] = scenarios,
        [LOAD_RESULTS] = results,
    };
    for (int i = 0; i < LOAD_N_FILES; i++)
        if (text[i])
            f[i] = (LoadBuffer){ text[i], strlen(text[i]) };
    Settings s;
    settings_defaults(&s);
    test_load_memory(l, f, &s);
}

static const char sc_head[] =
    "project_id,indicator_id,pillar,indicator,direction,baseline,target,"
    "target_date,baseline_date,unit,indicator_ja,source\n";
static const char re_head[] = "project_id,indicator_id,date,value,source,note\n";

/* Loads `scen` and `res` (without their headers) and checks the messages
 * are exactly `expected`. */
static void expect_messages(const char *scen, const char *res, const char *expected)
{
    char s[2048], r[2048];
    snprintf(s, sizeof s, "%s%s", sc_head, scen);
    snprintf(r, sizeof r, "%s%s", re_head, res);
    TestLoaded l;
    load(&l, NULL, s, r);
    assert_string_equal(l.printed, expected);
    assert_int_equal(l.err, strstr(expected, ": warning:") && !strstr(expected, "error")
                                ? ERR_OK : ERR_DATA);
    test_loaded_free(&l);
}

static void scenarios_and_results_fill_the_model_indexed_by_project_and_date(void **state)
{
    (void)state;
    TestLoaded l;
    load(&l, NULL,
         "project_id,indicator_id,pillar,indicator,direction,baseline,target,"
         "target_date,baseline_date,unit,indicator_ja,source\n"
         "P-1,A,technical,Incidents handled,increase,10,40,2025-03,,cases,対応件数,https://s/1\n"
         "P-2,B,legal,Days to close,decrease,30.5,10,2026,2023-11,days,,\n"
         "P-1,C,organizational,Policies,increase,0,3,2025-03-31,2022,,,\n",
         "project_id,indicator_id,date,value,source,note\n"
         "P-1,A,2024,30,https://r/1,\n"
         "P-1,A,2023-06-30,20,,first\n"
         "P-2,B,2024-05,12.25,,\n"
         "P-1,A,2024-12-31,31,,same day: the later row is the newer\n");
    assert_string_equal(l.printed, "");
    assert_int_equal(l.err, ERR_OK);
    Model *m = &l.m;
    assert_int_equal(m->n_scenarios, 3);
    assert_int_equal(m->n_results, 4);
    int p1 = model_find_project(m, "P-1", 3), p2 = model_find_project(m, "P-2", 3);
    assert_int_equal(p1, 0);   /* sorted by id */
    const Scenario *a = &m->scenarios[0], *b = &m->scenarios[1];
    assert_int_equal(a->project, p1);
    assert_int_equal(b->project, p2);
    assert_string_equal(a->indicator_ja, "対応件数");
    assert_null(b->indicator_ja);
    assert_int_equal(b->direction, DIRECTION_DECREASE);
    assert_int_equal(a->pillar, PILLAR_TECHNICAL);
    assert_true(rat_cmp(b->baseline, rat_make(61, 2)) == 0);
    /* §2: an empty baseline_date is the project's start; a reduced date
     * is the last day of its period, its precision kept. */
    assert_false(a->has_baseline_date);
    assert_int_equal(a->baseline_date, date_from_ymd(2022, 4, 1));
    assert_int_equal(a->target_date, date_from_ymd(2025, 3, 31));
    assert_int_equal(a->target_prec, DATE_PREC_MONTH);
    assert_int_equal(m->scenarios[2].baseline_date, date_from_ymd(2022, 12, 31));
    assert_int_equal(m->scenarios[2].baseline_prec, DATE_PREC_YEAR);
    /* P-1 has A and C, in file order; P-2 has B. */
    assert_int_equal(m->project_scenario_start[p1 + 1] - m->project_scenario_start[p1], 2);
    assert_int_equal(m->project_scenarios[m->project_scenario_start[p1]], 0);
    assert_int_equal(m->project_scenarios[m->project_scenario_start[p1] + 1], 2);
    assert_int_equal(m->project_scenarios[m->project_scenario_start[p2]], 1);
    /* A's results by date, the later row on a tie: rows 2 (2023-06-30),
     * 1 (2024 = 2024-12-31), 4 (2024-12-31). */
    const int *ra = m->scenario_results + m->scenario_result_start[0];
    assert_int_equal(m->scenario_result_start[1] - m->scenario_result_start[0], 3);
    assert_int_equal(ra[0], 1);
    assert_int_equal(ra[1], 0);
    assert_int_equal(ra[2], 3);
    assert_int_equal(m->results[0].date_prec, DATE_PREC_YEAR);
    assert_string_equal(m->results[1].note, "first");
    assert_int_equal(m->scenario_result_start[3] - m->scenario_result_start[2], 0);
    test_loaded_free(&l);
}

static void absent_scenarios_and_results_are_no_rows(void **state)
{
    (void)state;
    TestLoaded l;
    load(&l, NULL, NULL, NULL);
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(l.m.n_scenarios, 0);
    assert_int_equal(l.m.n_results, 0);
    assert_int_equal(l.m.project_scenario_start[l.m.n_projects], 0);
    test_loaded_free(&l);
}

static void unknown_project_is_an_error_in_both_files(void **state)
{
    (void)state;
    expect_messages("P-9,A,technical,X,increase,1,2,2025,,,,\n",
                    "P-9,A,2024,1,,\n",
                    "scenarios.csv:2: column 'project_id': unknown project 'P-9'\n"
                    "results.csv:2: column 'project_id': unknown project 'P-9'\n");
}

static void unknown_indicator_of_a_project_is_an_error(void **state)
{
    (void)state;
    /* A belongs to P-1, not P-2. */
    expect_messages("P-1,A,technical,X,increase,1,2,2025,,,,\n",
                    "P-2,A,2024,1,,\n",
                    "results.csv:2: column 'indicator_id': unknown indicator 'A' of "
                    "project 'P-2', expected an indicator_id of scenarios.csv\n");
}

static void duplicate_indicator_id_within_a_project_is_an_error(void **state)
{
    (void)state;
    /* The same id in another project is another indicator. */
    expect_messages("P-1,A,technical,X,increase,1,2,2025,,,,\n"
                    "P-2,A,technical,X,increase,1,2,2025,,,,\n"
                    "P-1,A,legal,Y,increase,1,2,2025,,,,\n",
                    "",
                    "scenarios.csv:4: duplicate indicator_id 'A' in project 'P-1' "
                    "(first on line 2)\n");
}

static void result_before_the_baseline_date_is_an_error(void **state)
{
    (void)state;
    /* A: baseline = P-1's start 2022-04-01; B: baseline 2023-06 (June).
     * 2023-06-01 is in B's baseline month: accepted; 2023 (a year whose
     * last day is after the baseline) too. */
    expect_messages("P-1,A,technical,X,increase,1,2,2025,,,,\n"
                    "P-1,B,technical,X,increase,1,2,2025,2023-06,,,\n",
                    "P-1,A,2022-03-31,1,,\n"
                    "P-1,B,2023-05-31,1,,\n"
                    "P-1,B,2023-06-01,1,,\n"
                    "P-1,B,2023,1,,\n",
                    "results.csv:2: column 'date': '2022-03-31' is before the baseline "
                    "date 2022-04-01 (the project's start) of indicator 'A'\n"
                    "results.csv:3: column 'date': '2023-05-31' is before the baseline "
                    "date 2023-06 of indicator 'B'\n");
}

static void target_equal_to_baseline_is_an_error(void **state)
{
    (void)state;
    expect_messages("P-1,A,technical,X,increase,5,5.0,2025,,,,\n", "",
                    "scenarios.csv:2: column 'target': '5.0' equals the baseline '5'; "
                    "a target must differ from its baseline\n");
}

static void direction_contradicting_baseline_and_target_is_an_error(void **state)
{
    (void)state;
    expect_messages("P-1,A,technical,X,increase,10,5,2025,,,,\n"
                    "P-1,B,technical,X,decrease,5,10,2025,,,,\n"
                    "P-1,C,technical,X,sideways,5,10,2025,,,,\n",
                    "",
                    "scenarios.csv:2: column 'direction': 'increase' contradicts "
                    "baseline '10' and target '5', expected decrease\n"
                    "scenarios.csv:3: column 'direction': 'decrease' contradicts "
                    "baseline '5' and target '10', expected increase\n"
                    "scenarios.csv:4: column 'direction': unknown direction "
                    "'sideways', expected increase or decrease\n");
}

static void bad_numbers_dates_and_pillars_name_column_and_value(void **state)
{
    (void)state;
    expect_messages("P-1,A,technical,X,increase,ten,20,2025,,,,\n"
                    "P-1,B,people,X,increase,1,2,2025-13,,,,\n"
                    "P-1,C,technical,X,increase,1,2,2021,,,,\n",
                    "P-1,A,2024,1e3,,\n",
                    "scenarios.csv:2: column 'baseline': invalid number 'ten', expected "
                    "a decimal number such as 12 or -3.5 (at most 15 digits, 9 after the "
                    "point)\n"
                    "scenarios.csv:3: column 'pillar': unknown pillar 'people', expected "
                    "legal, technical, organizational, capacity_development or "
                    "cooperation\n"
                    "scenarios.csv:3: column 'target_date': invalid date '2025-13', "
                    "expected YYYY-MM-DD (a real day), YYYY-MM or YYYY\n"
                    "scenarios.csv:4: column 'target_date': '2021' is before the "
                    "baseline date 2022-04-01 (the project's start)\n"
                    "results.csv:2: column 'indicator_id': unknown indicator 'A' of "
                    "project 'P-1', expected an indicator_id of scenarios.csv\n"
                    "results.csv:2: column 'value': invalid number '1e3', expected a "
                    "decimal number such as 12 or -3.5 (at most 15 digits, 9 after the "
                    "point)\n");
}

static void required_cells_may_not_be_empty(void **state)
{
    (void)state;
    TestLoaded l;
    char s[1024];
    snprintf(s, sizeof s, "%sP-1,A,technical,X,increase,1,,2025,,,,\n", sc_head);
    load(&l, NULL, s, NULL);
    assert_int_equal(l.err, ERR_DATA);
    assert_non_null(strstr(l.printed, "scenarios.csv:2: "));
    assert_non_null(strstr(l.printed, "'target'"));
    assert_int_equal(l.m.n_scenarios, 0);
    test_loaded_free(&l);
}

static void d1_assessment_without_project_is_an_error(void **state)
{
    (void)state;
    TestLoaded l;
    load(&l,
         "iso3,date,kind,rating,stage,pillar,project_id,assessor,summary,source\n"
         "MNG,2025-06,D1,3,,,,JICA terminal evaluation,,\n"
         "MNG,2025,D1,4,,,P-2,JICA terminal evaluation,Done,https://e/1\n",
         NULL, NULL);
    assert_string_equal(l.printed, "assessments.csv:2: column 'project_id': empty, "
                                   "but kind 'D1' needs a project\n");
    assert_int_equal(l.err, ERR_DATA);
    /* the good row keeps its assessor, source and reduced date */
    const Assessment *a = &l.m.assessments[l.m.n_assessments - 1];
    assert_string_equal(a->assessor, "JICA terminal evaluation");
    assert_string_equal(a->source, "https://e/1");
    assert_int_equal(a->date_prec, DATE_PREC_YEAR);
    assert_int_equal(a->project, model_find_project(&l.m, "P-2", 3));
    test_loaded_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scenarios_and_results_fill_the_model_indexed_by_project_and_date),
        cmocka_unit_test(absent_scenarios_and_results_are_no_rows),
        cmocka_unit_test(unknown_project_is_an_error_in_both_files),
        cmocka_unit_test(unknown_indicator_of_a_project_is_an_error),
        cmocka_unit_test(duplicate_indicator_id_within_a_project_is_an_error),
        cmocka_unit_test(result_before_the_baseline_date_is_an_error),
        cmocka_unit_test(target_equal_to_baseline_is_an_error),
        cmocka_unit_test(direction_contradicting_baseline_and_target_is_an_error),
        cmocka_unit_test(bad_numbers_dates_and_pillars_name_column_and_value),
        cmocka_unit_test(required_cells_may_not_be_empty),
        cmocka_unit_test(d1_assessment_without_project_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
