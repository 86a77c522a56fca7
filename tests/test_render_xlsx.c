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
#include "support.h"
#include "render/xlsx/xlsx_sheet.h"

/* ---- fixture: three countries, two editions, two projects ---- */

typedef struct {
    Model m;
    Indicators ind;
    Settings s;
    Arena a;
    Catalog *cat;
    Diag d;
} Fixture;

static void fixture_countries(Model *m)
{
    static const char *iso[3] = { "IDN", "KEN", "VNM" };
    static const char *name[3] = { "Indonesia", "Kenya", "Viet Nam" };
    static const char *region[3] = { "Southeast Asia", "Africa",
                                     "Southeast Asia" };
    m->n_countries = 3;
    m->countries = NEW(&m->arena, Country, 3);
    for (int i = 0; i < 3; i++) {
        memcpy(m->countries[i].iso3, iso[i], 4);
        m->countries[i].name = name[i];
        m->countries[i].region = region[i];
        m->countries[i].target_stage = STAGE_NONE;
        m->countries[i].line = i + 2;
    }
    m->countries[0].name_ja = "インドネシア";
    m->countries[2].target_stage = STAGE_NETWORKING;
}

static void fixture_gci(Model *m)
{
    m->n_editions = 2;
    m->editions = NEW(&m->arena, Edition, 2);
    m->editions[0] = (Edition){ 2020, date_from_ymd(2021, 6, 29),
                                rat_int(20), rat_int(100), 2 };
    m->editions[1] = (Edition){ 2024, date_from_ymd(2024, 9, 12),
                                rat_int(20), rat_int(100), 3 };
    m->n_gci = 2;
    m->gci = NEW(&m->arena, GciRow, 2);
    m->gci[0] = (GciRow){ .country = 0, .edition = 0, .line = 2,
                          .has = PILLAR_BIT(PILLAR_LEGAL) | GCI_HAS_OVERALL,
                          .overall = rat_make(9450, 100) };
    m->gci[0].pillar[PILLAR_LEGAL] = rat_make(1745, 100);
    m->gci[1] = (GciRow){ .country = 0, .edition = 1, .line = 3,
                          .has = PILLAR_BIT(PILLAR_LEGAL) | GCI_HAS_TIER,
                          .tier = 2 };
    m->gci[1].pillar[PILLAR_LEGAL] = rat_int(20);
}

static void fixture_projects(Model *m)
{
    m->n_projects = 2;
    m->projects = NEW(&m->arena, Project, 2);
    int *c0 = NEW(&m->arena, int, 1);
    c0[0] = 0;
    m->projects[0] = (Project){
        .id = "P1", .title = "=HYPERLINK(\"http://example.org\")",
        .scheme = SCHEME_TRAINING, .countries = c0, .n_countries = 1,
        .pillars = PILLAR_BIT(PILLAR_LEGAL), .start = date_from_ymd(2022, 4, 1),
        .end = DATE_NONE, .has_budget = true, .budget_jpy = 12000000,
        .line = 2 };
    m->projects[1] = (Project){
        .id = "P2", .title = "Two\r\nlines", .scheme = SCHEME_SEMINAR,
        .start = date_from_ymd(2023, 5, 1), .end = date_from_ymd(2024, 3, 31),
        .line = 3 };
    m->n_participation = 3;
    m->participation = NEW(&m->arena, Participation, 3);
    m->participation[0] = (Participation){ 1, 1, 2023, 12, 5, 2 };
    m->participation[1] = (Participation){ 1, 2, 2024, 7, -1, 3 };
    m->participation[2] = (Participation){ 1, 2, 2027, 3, 1, 4 };  /* later */
}

static void fixture_i1(Fixture *f)
{
    I1 *i1 = &f->ind.i1;
    i1->n_countries = 2;
    i1->countries = NEW(&f->a, I1Country, 2);
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

static void fixture_d2_g(Fixture *f)
{
    D2 *d2 = &f->ind.d2;
    d2->window_start_fy = 2022;
    d2->n_years = 5;
    d2->cumulative = NEW(&f->a, D2Year, 5);
    static const int count[5] = { 1, 2, 3, 3, 3 };
    for (int i = 0; i < 5; i++)
        d2->cumulative[i] = (D2Year){ 2022 + i, count[i] };
    d2->first_fy = NEW(&f->a, int, 3);
    d2->first_fy[0] = 2022, d2->first_fy[1] = 2023, d2->first_fy[2] = 2024;
    d2->n_targets = 2;
    d2->targets = NEW(&f->a, TargetStatus, 2);
    d2->targets[0] = (TargetStatus){ .target = 30, .by_fy = 2026, .value = 3,
                                     .status = STATUS_AT_RISK };
    d2->targets[1] = (TargetStatus){ .target = 50, .by_fy = 2030, .value = 3,
                                     .status = STATUS_ON_TRACK };
    G *g = &f->ind.g;
    g->n_countries = 3;
    g->countries = NEW(&f->a, GCountry, 3);
    for (int i = 0; i < 3; i++)
        g->countries[i] = (GCountry){ .country = i, .stage = STAGE_NONE,
                                      .baseline_stage = STAGE_NONE,
                                      .target_stage = STAGE_NONE,
                                      .stage_edition = -1,
                                      .stage_assessment = -1,
                                      .baseline_edition = -1 };
    g->countries[0] = (GCountry){ 0, true, STAGE_NETWORKING, SRC_GCI_SCORE, 0,
                                  STAGE_SELF_SUSTAINING, SRC_GCI_TIER, 1, -1,
                                  STAGE_SELF_SUSTAINING,
                                  SRC_RULE_SEA_NETWORKING, true };
    g->reached = 1;
    g->with_target = 2;
}

static void fixture_rest(Fixture *f)
{
    Indicators *ind = &f->ind;
    ind->n_trend = 2;
    ind->trend = NEW(&f->a, TrendPoint, 2);
    ind->trend[0] = (TrendPoint){ date_from_ymd(2026, 6, 30), 1, 3, 1, 1 };
    ind->trend[1] = (TrendPoint){ date_from_ymd(2026, 9, 30), 1, 3, 1, 1 };
    ind->n_participation = 2;
    ind->participation = NEW(&f->a, ParticipationSum, 2);
    ind->participation[0] = (ParticipationSum){ 1, 2023, 12, 5, 1, 1, true, true };
    ind->participation[1] = (ParticipationSum){ 2, 2024, 7, 0, 1, 1, true, false };
    ind->project_started = NEW(&f->a, bool, 2);
    ind->project_started[0] = ind->project_started[1] = true;
}

static void fixture_init(Fixture *f, const char *lang)
{
    memset(f, 0, sizeof *f);
    f->d = (Diag)DIAG_INIT;
    settings_defaults(&f->s);
    f->s.as_of = date_from_ymd(2026, 9, 30);
    fixture_countries(&f->m);
    fixture_gci(&f->m);
    fixture_projects(&f->m);
    f->ind.as_of = f->s.as_of;
    f->ind.fiscal_year = 2026;
    f->ind.quarter = 2;
    f->ind.baseline_edition_year = 2020;
    f->ind.latest_edition_year = 2024;
    fixture_i1(f);
    fixture_d2_g(f);
    fixture_rest(f);
    assert_int_equal(catalog_load(&f->cat, test_source_dir(), lang, &f->d),
                     ERR_OK);
}

static void fixture_release(Fixture *f)
{
    catalog_free(f->cat);
    arena_release(&f->a);
    model_release(&f->m);
    diag_release(&f->d);
}

static RenderCtx ctx_of(Fixture *f, const char *outdir)
{
    return (RenderCtx){ .m = &f->m, .ind = &f->ind, .s = &f->s,
                        .cat = f->cat, .outdir = outdir,
                        .resources = test_source_dir(), .diag = &f->d };
}

/* Render, showing the problems noted when it fails. */
static void render_ok(RenderCtx *ctx)
{
    Err err = render_xlsx(ctx);
    if (err)
        diag_print(ctx->diag, stderr);
    assert_int_equal(err, ERR_OK);
}

static char *read_workbook(const char *dir, size_t *len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/cyberdash-FY2026-Q2.xlsx", dir);
    return test_read_file(path, len);
}

/* A zip's local headers and central directory hold the names in clear. */
static bool has_part(const char *zip, size_t len, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(zip + i, name, n) == 0)
            return true;
    return false;
}

/* ---- tests ---- */

static void writes_a_zip_named_after_the_quarter_with_every_part(void **state)
{
    (void)state;
    Fixture f;
    fixture_init(&f, "en");
    const char *dir = test_tmpdir("xlsx_parts");
    RenderCtx ctx = ctx_of(&f, dir);
    render_ok(&ctx);
    size_t len;
    char *zip = read_workbook(dir, &len);
    assert_non_null(zip);
    assert_memory_equal(zip, "PK\x03\x04", 4);
    static const char *parts[] = {
        "[Content_Types].xml", "docProps/core.xml", "xl/workbook.xml",
        "xl/styles.xml", "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet10.xml", "xl/charts/chart1.xml",
        "xl/charts/chart2.xml", "xl/drawings/drawing1.xml",
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        assert_true(has_part(zip, len, parts[i]));
    /* ten sheets, not eleven */
    assert_false(has_part(zip, len, "xl/worksheets/sheet11.xml"));
    free(zip);
    assert_int_equal(f.d.errors, 0);
    fixture_release(&f);
}

static void two_builds_are_byte_identical(void **state)
{
    (void)state;
    Fixture f;
    fixture_init(&f, "ja");
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", test_tmpdir("xlsx_same_a"));
    snprintf(b, sizeof b, "%s", test_tmpdir("xlsx_same_b"));
    RenderCtx ca = ctx_of(&f, a), cb = ctx_of(&f, b);
    render_ok(&ca);
    render_ok(&cb);
    size_t la, lb;
    char *za = read_workbook(a, &la), *zb = read_workbook(b, &lb);
    assert_non_null(za);
    assert_non_null(zb);
    assert_int_equal(la, lb);
    assert_memory_equal(za, zb, la);
    free(za);
    free(zb);
    fixture_release(&f);
}

static void source_date_epoch_changes_the_bytes(void **state)
{
    (void)state;
    Fixture f;
    fixture_init(&f, "en");
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", test_tmpdir("xlsx_sde_a"));
    snprintf(b, sizeof b, "%s", test_tmpdir("xlsx_sde_b"));
    RenderCtx ca = ctx_of(&f, a);
    render_ok(&ca);
    Settings later = f.s;            /* as if SOURCE_DATE_EPOCH=1700000000 */
    later.has_source_date = true;
    later.source_date = 1700000000;
    RenderCtx cb = ctx_of(&f, b);
    cb.s = &later;
    render_ok(&cb);
    size_t la, lb;
    char *za = read_workbook(a, &la), *zb = read_workbook(b, &lb);
    assert_true(la != lb || memcmp(za, zb, la) != 0);
    free(za);
    free(zb);
    fixture_release(&f);
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
    Fixture f;
    fixture_init(&f, "en");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/missing/sub", test_tmpdir("xlsx_nodir"));
    RenderCtx ctx = ctx_of(&f, dir);
    Err err = render_xlsx(&ctx);
    assert_true(err == ERR_WRITE || err == ERR_RENDER);
    assert_true(f.d.errors > 0);
    fixture_release(&f);
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
