/* I2 and D1 in data/indicators.json and the CSV exports i2.csv,
 * d1_projects.csv, d1_indicators.csv (SPEC §4): the SPEC's keys in its
 * order, then the detail; the figures of a small world worked out by
 * hand from §3.9 and §3.10. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "render/data/render_json.h"
#include "support.h"

/* As of 2024-09-30:
 *   AAA  P1 (from 2022-04-01); I2 rated 3 on 2024-05 (CMM review)
 *        -> improved by its rating
 *   BBB  P2 (from 2023-01-01), no scenario; no I2 row -> not_assessed
 *   P1 A increase 10 -> 40 by 2026-03-31, baseline date P1's start;
 *        result 2024-04-01 25: improved, progress 15/30 = 50.00;
 *        the line through (2022-04-01, 10) and (2024-04-01, 25), 731
 *        days apart, read 729 days on: 25 + 15*729/731 = 39.96 < 40
 *        -> at_risk
 *      B decrease 5 -> 1 by 2027: no result -> no_data
 *      1 of 1 with a result improved -> improved (majority)
 *   P2 -> no_scenario.  I2 = 1 (1/0/0/1); D1 = 1 of 1 (1/0/0/1). */
static void build(FxWorld *w)
{
    fx_open(w, NULL, "2024-09-30");
    FxBuilder *b = &w->b;
    fx_country(b, "AAA", "Southeast Asia", NULL);
    fx_country(b, "BBB", "Southeast Asia", NULL);
    fx_project(b, "P1", "AAA", "2022-04-01", NULL, "technical");
    fx_project(b, "P2", "BBB", "2023-01-01", NULL, "technical");
    Assessment *a = fx_assess(b, "AAA", "2000-01-01", NULL);
    a->date = fx_date_prec("2024-05", &a->date_prec);
    a->assessor = "CMM review";
    a->source = "https://x/1";
    fx_scenario(b, "P1", "A", "increase", "10", "40", "2026-03-31", NULL);
    fx_scenario(b, "P1", "B", "decrease", "5", "1", "2027", NULL);
    fx_result(b, "P1", "A", "2024-04-01", "25");
    fx_index(b);
    fx_compute(w);
}

static char *dump(json_t *j)
{
    return json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
}

/* Render the world into tests/out/<name> and read its indicators.json. */
static json_t *render_and_read(FxWorld *w, const char *name)
{
    const char *out = test_tmpdir(name);
    assert_int_equal(fx_render(w, render_json, out), ERR_OK);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/indicators.json", out);
    json_error_t err;
    json_t *j = json_load_file(path, 0, &err);
    assert_non_null(j);
    return j;
}

static void indicators_json_has_i2_and_d1_as_the_spec_shows(void **state)
{
    (void)state;
    FxWorld w;
    build(&w);
    json_t *j = render_and_read(&w, "render_data_i2d1_json");

    char *i2 = dump(json_object_get(j, "i2"));
    assert_string_equal(i2,
        "{\"value\":1,\"results\":{\"improved\":1,\"not_improved\":0,"
        "\"not_rated\":0,\"not_assessed\":1},"
        "\"countries\":[{\"iso3\":\"AAA\",\"result\":\"improved\",\"assessments\":1,"
        "\"basis\":\"rating\",\"decided_by\":{\"date\":\"2024-05\",\"rating\":3,"
        "\"stage\":null,\"assessor\":\"CMM review\",\"source\":\"https://x/1\","
        "\"line\":2},\"compared_with\":null},"
        "{\"iso3\":\"BBB\",\"result\":\"not_assessed\",\"assessments\":0,"
        "\"basis\":null,\"decided_by\":null,\"compared_with\":null}],"
        "\"target\":null,\"by_fy\":null,\"status\":null}");
    free(i2);

    char *d1 = dump(json_object_get(j, "d1"));
    assert_string_equal(d1,
        "{\"value\":1,\"with_scenario\":1,\"rule\":\"majority\","
        "\"results\":{\"improved\":1,\"not_improved\":0,\"no_data\":0,\"no_scenario\":1},"
        "\"projects\":[{\"project_id\":\"P1\",\"result\":\"improved\",\"indicators\":["
        "{\"indicator_id\":\"A\",\"baseline\":10.0,\"target\":40.0,\"latest\":25.0,"
        "\"progress\":50.0,\"improved\":true,\"status\":\"at_risk\","
        "\"indicator\":\"Indicator A\",\"pillar\":\"technical\",\"direction\":\"increase\","
        "\"unit\":null,\"baseline_date\":\"2022-04-01\",\"target_date\":\"2026-03-31\","
        "\"latest_date\":\"2024-04-01\",\"results\":1,\"projected\":39.96,\"source\":null},"
        "{\"indicator_id\":\"B\",\"baseline\":5.0,\"target\":1.0,\"latest\":null,"
        "\"progress\":null,\"improved\":false,\"status\":\"no_data\","
        "\"indicator\":\"Indicator B\",\"pillar\":\"technical\",\"direction\":\"decrease\","
        "\"unit\":null,\"baseline_date\":\"2022-04-01\",\"target_date\":\"2027\","
        "\"latest_date\":null,\"results\":0,\"projected\":null,\"source\":null}],"
        "\"countries\":[\"AAA\"],\"basis\":\"indicators\",\"with_result\":1,"
        "\"improved_indicators\":1,\"decided_by\":null},"
        /* no scenario, no D1 assessment: only its id and result */
        "{\"project_id\":\"P2\",\"result\":\"no_scenario\",\"indicators\":[]}],"
        "\"countries\":[{\"iso3\":\"AAA\",\"results\":{\"improved\":1,"
        "\"not_improved\":0,\"no_data\":0,\"no_scenario\":0}},"
        "{\"iso3\":\"BBB\",\"results\":{\"improved\":0,\"not_improved\":0,"
        "\"no_data\":0,\"no_scenario\":1}}],"
        "\"target\":null,\"by_fy\":null,\"status\":null}");
    free(d1);

    json_t *last = json_array_get(json_object_get(j, "trend"),
                                  json_array_size(json_object_get(j, "trend")) - 1);
    assert_int_equal(json_integer_value(json_object_get(last, "i2")), 1);
    assert_int_equal(json_integer_value(json_object_get(last, "d1")), 1);
    json_decref(j);
    fx_close(&w);
}

static void a_set_target_adds_its_status(void **state)
{
    (void)state;
    FxWorld w;
    build(&w);
    w.s.i2_target = 1;          /* I2 now 1 >= 1: achieved */
    fx_compute(&w);
    json_t *j = render_and_read(&w, "render_data_i2d1_target");
    json_t *i2 = json_object_get(j, "i2");
    assert_int_equal(json_integer_value(json_object_get(i2, "target")), 1);
    assert_int_equal(json_integer_value(json_object_get(i2, "by_fy")), 2026);
    assert_string_equal(json_string_value(json_object_get(i2, "status")), "achieved");
    assert_non_null(json_object_get(i2, "status_detail"));
    json_decref(j);
    fx_close(&w);
}

static void csv_exports_of_i2_and_d1(void **state)
{
    (void)state;
    FxWorld w;
    build(&w);
    const char *out = test_tmpdir("render_data_i2d1_csv");
    assert_int_equal(fx_render(&w, render_json, out), ERR_OK);
    char *i2 = test_read_export(out, "data/i2.csv");
    assert_non_null(i2);   /* §4: a byte-order mark first */
    assert_string_equal(i2,
        "iso3,result,assessments,basis,date,rating,stage,previous_date,"
        "previous_rating,previous_stage,assessor,source\n"
        "AAA,improved,1,rating,2024-05,3,,,,,CMM review,https://x/1\n"
        "BBB,not_assessed,0,,,,,,,,,\n");
    free(i2);
    char *p = test_read_export(out, "data/d1_projects.csv");
    assert_string_equal(p,
        "project_id,countries,result,basis,indicators,with_result,"
        "improved_indicators,assessment_date,assessment_rating,assessment_stage\n"
        "P1,AAA,improved,indicators,2,1,1,,,\n"
        "P2,BBB,no_scenario,,0,0,0,,,\n");
    free(p);
    char *ind = test_read_export(out, "data/d1_indicators.csv");
    assert_string_equal(ind,
        "project_id,indicator_id,pillar,indicator,direction,unit,baseline,"
        "baseline_date,target,target_date,latest,latest_date,results,progress,"
        "improved,status,projected,source\n"
        "P1,A,technical,Indicator A,increase,,10,2022-04-01,40,2026-03-31,25,"
        "2024-04-01,1,50.00,true,at_risk,39.96,\n"
        "P1,B,technical,Indicator B,decrease,,5,2022-04-01,1,2027,,,0,,false,"
        "no_data,,\n");
    free(ind);
    fx_close(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(indicators_json_has_i2_and_d1_as_the_spec_shows),
        cmocka_unit_test(a_set_target_adds_its_status),
        cmocka_unit_test(csv_exports_of_i2_and_d1),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
