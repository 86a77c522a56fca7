/* render_xlsx: the workbook from a hand-built model and indicators. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "render/xlsx/render_xlsx.h"
#include "fixture.h"
#include "support.h"
#include "render/xlsx/xlsx_sheet.h"

/* ---- fixture: three countries, two editions, two projects ---- */

static void add_model(FxBuilder *b)
{
    Country *idn = fx_country(b, "IDN", "Southeast Asia", NULL);
    idn->name = "Indonesia";
    idn->name_ja = "インドネシア";
    fx_country(b, "KEN", "Africa", NULL)->name = "Kenya";
    fx_country(b, "VNM", "Southeast Asia", "networking")->name = "Viet Nam";
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-09-12", "20", "100");
    fx_gci(b, "IDN", 2020, "legal=17.45 overall=94.5");
    fx_gci(b, "IDN", 2024, "legal=20 tier=2");
    Project *p = fx_project(b, "P1", "IDN", "2022-04-01", NULL, "legal");
    p->title = "=HYPERLINK(\"http://example.org\")";
    p->scheme = SCHEME_TRAINING;
    p->has_budget = true;
    p->budget_jpy = 12000000;
    p = fx_project(b, "P2", "", "2023-05-01", "2024-03-31", "");
    p->title = "Two\r\nlines";
    p->scheme = SCHEME_SEMINAR;
    fx_part(b, "P2", "KEN", 2023, 12, 5);
    fx_part(b, "P2", "VNM", 2024, 7, -1);
    fx_part(b, "P2", "VNM", 2027, 3, 1);      /* later */
    fx_index(b);
}

static void add_i1(FxWorld *f)
{
    I1 *i1 = &f->ind.i1;
    i1->n_countries = 2;
    i1->countries = NEW(&f->perm, I1Country, 2);
    I1Country *c = &i1->countries[0];
    c->country = 0;
    c->pillars = PILLAR_BIT(PILLAR_LEGAL);
    c->baseline_edition = 0;
    c->latest_edition = 1;
    c->assessable = true;
    c->has_baseline = c->has_latest = c->pillars;
    c->baseline[PILLAR_LEGAL] = rat_make(8725, 100);
    c->latest[PILLAR_LEGAL] = rat_int(100);
    c->delta[PILLAR_LEGAL] = c->mean_delta = rat_make(1275, 100);
    c->baseline_mean = c->baseline[PILLAR_LEGAL];
    c->latest_mean = c->latest[PILLAR_LEGAL];
    c->improved = true;
    c->group_size = 1;
    c->has_group_median = true;
    c->group_median = rat_int(2);
    c->excess = rat_make(1075, 100);
    c->region_size = 1;
    c = &i1->countries[1];
    c->country = 1;
    c->baseline_edition = c->latest_edition = -1;
    c->reason = NA_NO_TARGETED_PILLARS;
    i1->value = 1;
    i1->n_assessable = 1;
    i1->outperformed = 1;
    i1->latest_edition_year = 2024;
    i1->status = (TargetStatus){ .target = 15, .by_fy = 2026, .value = 1,
                                 .status = STATUS_AT_RISK };
}

static void add_d2_g(FxWorld *f)
{
    D2 *d2 = &f->ind.d2;
    d2->window_start_fy = 2022;
    d2->n_years = 5;
    d2->cumulative = NEW(&f->perm, D2Year, 5);
    static const int count[5] = { 1, 2, 3, 3, 3 };
    for (int i = 0; i < 5; i++)
        d2->cumulative[i] = (D2Year){ 2022 + i, count[i] };
    d2->first_fy = NEW(&f->perm, int, 3);
    d2->first_fy[0] = 2022, d2->first_fy[1] = 2023, d2->first_fy[2] = 2024;
    d2->n_targets = 2;
    d2->targets = NEW(&f->perm, TargetStatus, 2);
    d2->targets[0] = (TargetStatus){ .target = 30, .by_fy = 2026, .value = 3,
                                     .status = STATUS_AT_RISK };
    d2->targets[1] = (TargetStatus){ .target = 50, .by_fy = 2030, .value = 3,
                                     .status = STATUS_ON_TRACK };
    G *g = &f->ind.g;
    fx_g_countries(f);
    g->countries[0] = (GCountry){ 0, true, STAGE_NETWORKING, SRC_GCI_SCORE, 0,
                                  STAGE_SELF_SUSTAINING, SRC_GCI_TIER, 1, -1,
                                  STAGE_SELF_SUSTAINING,
                                  SRC_STRATEGY_FOREFRONT, true, false };
    g->reached = 1;
    g->with_target = 2;
}

static void add_rest(FxWorld *f)
{
    Indicators *ind = &f->ind;
    ind->n_trend = 2;
    ind->trend = NEW(&f->perm, TrendPoint, 2);
    ind->trend[0] = (TrendPoint){ date_from_ymd(2026, 6, 30), 1, 3, 1, 1, 0, 0 };
    ind->trend[1] = (TrendPoint){ date_from_ymd(2026, 9, 30), 1, 3, 1, 1, 0, 0 };
    ind->n_participation = 2;
    ind->participation = NEW(&f->perm, ParticipationSum, 2);
    ind->participation[0] = (ParticipationSum){
        .country = 1, .fy = 2023, .participants = 12, .female = 5, .rows = 1,
        .activities = 1, .has_participants = true, .has_female = true };
    ind->participation[1] = (ParticipationSum){
        .country = 2, .fy = 2024, .participants = 7, .rows = 1,
        .activities = 1, .has_participants = true };
    fx_all_started(f);
}

static void open_world(FxWorld *f, const char *lang)
{
    fx_open(f, lang, "2026-09-30");
    add_model(&f->b);
    fx_ind_head(f, 2024);
    add_i1(f);
    add_d2_g(f);
    add_rest(f);
}

#define WORKBOOK "cyberdash-FY2026-Q2.xlsx"

/* ---- tests ---- */

static void writes_a_zip_named_after_the_quarter_with_every_part(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "en");
    const char *dir = test_tmpdir("xlsx_parts");
    assert_int_equal(fx_render(&f, render_xlsx, dir), ERR_OK);
    size_t len;
    char *zip = test_read_in(dir, WORKBOOK, &len);
    assert_non_null(zip);
    assert_memory_equal(zip, "PK\x03\x04", 4);
    static const char *parts[] = {
        "[Content_Types].xml", "docProps/core.xml", "xl/workbook.xml",
        "xl/styles.xml", "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet16.xml", "xl/charts/chart1.xml",
        "xl/charts/chart2.xml", "xl/drawings/drawing1.xml",
    };
    /* a zip's local headers and central directory hold the names in clear */
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        assert_true(test_has_bytes(zip, len, parts[i]));
    /* sixteen sheets (issue 19: I1, D2 and G each its own sheet, no
     * stacked Indicators sheet), not seventeen */
    assert_false(test_has_bytes(zip, len, "xl/worksheets/sheet17.xml"));
    free(zip);
    assert_int_equal(f.diag.errors, 0);
    fx_close(&f);
}

static void two_builds_are_byte_identical(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "ja");
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", test_tmpdir("xlsx_same_a"));
    snprintf(b, sizeof b, "%s", test_tmpdir("xlsx_same_b"));
    assert_int_equal(fx_render(&f, render_xlsx, a), ERR_OK);
    assert_int_equal(fx_render(&f, render_xlsx, b), ERR_OK);
    assert_true(test_same_files(a, b, WORKBOOK));
    fx_close(&f);
}

static void source_date_epoch_changes_the_bytes(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "en");
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", test_tmpdir("xlsx_sde_a"));
    snprintf(b, sizeof b, "%s", test_tmpdir("xlsx_sde_b"));
    assert_int_equal(fx_render(&f, render_xlsx, a), ERR_OK);
    f.s.has_source_date = true;      /* as if SOURCE_DATE_EPOCH=1700000000 */
    f.s.source_date = 1700000000;
    assert_int_equal(fx_render(&f, render_xlsx, b), ERR_OK);
    size_t la, lb;
    char *za = test_read_in(a, WORKBOOK, &la), *zb = test_read_in(b, WORKBOOK, &lb);
    assert_true(la != lb || memcmp(za, zb, la) != 0);
    free(za);
    free(zb);
    fx_close(&f);
}

static void cjk_counts_double_and_the_widest_line_wins(void **state)
{
    (void)state;
    assert_true(xs_text_width("Kenya") == 5.0);
    assert_true(xs_text_width("インドネシア") == 12.0);
    assert_true(xs_text_width("ab\nabcd\nc") == 4.0);
    assert_true(xs_text_width("日本a") == 5.0);
    assert_true(xs_text_width("") == 0.0);
}

static void excel_dates_count_from_1899_12_30(void **state)
{
    (void)state;
    /* Excel shows 1 January 1970 as serial 25569, 2026-09-30 as 46295. */
    assert_true(xs_excel_date(date_from_ymd(1970, 1, 1)) == 25569.0);
    assert_true(xs_excel_date(date_from_ymd(2026, 9, 30)) == 46295.0);
}

static void unwritable_folder_is_a_write_error_and_leaves_nothing(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "en");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/missing/sub", test_tmpdir("xlsx_nodir"));
    Err err = fx_render(&f, render_xlsx, dir);
    assert_true(err == ERR_WRITE || err == ERR_RENDER);
    assert_true(f.diag.errors > 0);
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(writes_a_zip_named_after_the_quarter_with_every_part),
        cmocka_unit_test(two_builds_are_byte_identical),
        cmocka_unit_test(source_date_epoch_changes_the_bytes),
        cmocka_unit_test(cjk_counts_double_and_the_widest_line_wins),
        cmocka_unit_test(excel_dates_count_from_1899_12_30),
        cmocka_unit_test(unwritable_folder_is_a_write_error_and_leaves_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
