/* data/indicators.json and the CSV exports (SPEC §4), from a small Model
 * and Indicators built by hand; every expected value is worked out here
 * from the SPEC, not copied from output. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/data/render_json.h"
#include "fixture.h"
#include "support.h"

/* ---- the fixture ---- */

/* Countries AAA BBB CCC DDD; editions 2020, 2024 and 2028 (not yet
 * published on 2026-09-30); two projects, one not started. */
static void build_model(FxBuilder *b)
{
    Country *aaa = fx_country(b, "AAA", "Southeast Asia", NULL);
    aaa->name = "=cmd|' /C calc'!A0";
    aaa->name_ja = "エー国";
    fx_country(b, "BBB", "Africa", NULL)->name = "Bee, \"the\" country";
    fx_country(b, "CCC", "Pacific", NULL)->name = "Sea";
    fx_country(b, "DDD", "Europe", NULL)->name = "Dee";

    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-09-12", "20", "100");
    fx_edition(b, 2028, "2029-01-01", "20", "100");

    /* AAA 2024: legal 12.345 of 20 = 61.725 % exactly -> 61.73 (§3.7;
     * the double nearest 61.725 is below it). */
    fx_gci(b, "AAA", 2024, "legal=12.345 overall=39.5");
    fx_gci(b, "AAA", 2020, "tier=4");
    fx_gci(b, "AAA", 2028, "tier=3");

    static const char *partners[] = { "=HYPERLINK(\"x\")", "ITU" };
    Project *p = fx_project(b, "P1", "BBB;AAA", "2022-05-01", NULL, "legal;technical");
    p->title = "-3 attack";
    p->scheme = SCHEME_TRAINING;
    p->partners = partners;
    p->n_partners = 2;
    p->has_budget = true;
    p->budget_jpy = 1200000;
    p = fx_project(b, "P2", "", "2027-01-01", "2027-03-01", "");
    p->title = "Later";
    p->scheme = SCHEME_SEMINAR;

    fx_assess(b, "AAA", "2025-03-01", "networking");
    fx_index(b);
}

static void build_i1(Indicators *ind, Arena *a)
{
    I1 *i1 = &ind->i1;
    i1->rule = RULE_MEAN;
    i1->min_delta = RAT_ZERO;
    i1->latest_edition_year = 2024;
    i1->baseline_published = true;
    i1->value = 1;
    i1->n_assessable = 1;
    i1->outperformed = 1;
    i1->status = (TargetStatus){ .target = 15, .by_fy = 2026, .value = 1,
        .status = STATUS_AT_RISK, .projection = { .n = 1, .fy = { 2026 },
        .value = { 1 }, .slope = 0, .intercept = 1, .at_deadline = 1 } };
    i1->countries = NEW(a, I1Country, 2);
    i1->n_countries = 2;
    PillarSet lt = PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL);
    /* BBB first: the output must come out in ISO3 order anyway. */
    I1Country *b = &i1->countries[0];
    *b = (I1Country){ .country = 1, .pillars = lt, .baseline_edition = 0,
        .latest_edition = 1, .reason = NA_MISSING_LATEST_SCORE,
        .reason_pillars = PILLAR_BIT(PILLAR_TECHNICAL), .has_baseline = lt,
        .has_latest = PILLAR_BIT(PILLAR_LEGAL) };
    b->baseline[PILLAR_LEGAL] = fx_rat("30");
    b->baseline[PILLAR_TECHNICAL] = fx_rat("35");
    b->latest[PILLAR_LEGAL] = fx_rat("31");
    b->delta[PILLAR_LEGAL] = fx_rat("1");
    /* AAA: legal 52.5 -> 62.225 (delta 9.725 -> 9.73), technical 40 ->
     * 39.995 (delta -0.005 -> -0.01, half away from zero); mean delta
     * (9.725 - 0.005) / 2 = 4.86; group median 1.5, excess 3.36; the
     * region has fewer than 5 members: null. */
    I1Country *c = &i1->countries[1];
    *c = (I1Country){ .country = 0, .pillars = lt, .baseline_edition = 0,
        .latest_edition = 1, .assessable = true, .has_baseline = lt,
        .has_latest = lt, .mean_delta = fx_rat("4.86"), .improved = true,
        .group_size = 3, .has_group_median = true, .group_median = fx_rat("1.5"),
        .excess = fx_rat("3.36"), .region_size = 2 };
    c->baseline[PILLAR_LEGAL] = fx_rat("52.5");
    c->latest[PILLAR_LEGAL] = fx_rat("62.225");
    c->delta[PILLAR_LEGAL] = fx_rat("9.725");
    c->baseline[PILLAR_TECHNICAL] = fx_rat("40");
    c->latest[PILLAR_TECHNICAL] = fx_rat("39.995");
    c->delta[PILLAR_TECHNICAL] = fx_rat("-0.005");
}

static void build_d2(Indicators *ind, Arena *a)
{
    D2 *d2 = &ind->d2;
    d2->window_start_fy = 2022;
    d2->n_years = 5;
    d2->cumulative = NEW(a, D2Year, 5);
    int counts[] = { 1, 2, 2, 2, 3 };
    for (int i = 0; i < 5; i++)
        d2->cumulative[i] = (D2Year){ 2022 + i, counts[i] };
    d2->countries = NEW(a, int, 3);
    d2->countries[0] = 2, d2->countries[1] = 0, d2->countries[2] = 1;
    d2->n_countries = 3;
    d2->first_fy = NEW(a, int, 4);
    d2->first_fy[0] = 2022, d2->first_fy[1] = 2023, d2->first_fy[2] = 2026;
    /* §3.3: AAA and BBB named in P1 (projects.csv:2, two beneficiaries:
     * regional); CCC through participants, its row not kept */
    d2->detail = NEW(a, D2Country, 3);
    D2Row p1 = { D2_ROW_PROJECT, 0 };
    d2->detail[0] = (D2Country){ .country = 0, .first_fy = 2022,
        .bases = BASIS_BIT(BASIS_REGIONAL), .strongest = BASIS_REGIONAL,
        .rows = { p1 }, .n_rows = 1, .rows_total = 1 };
    d2->detail[1] = (D2Country){ .country = 1, .first_fy = 2023,
        .bases = BASIS_BIT(BASIS_REGIONAL), .strongest = BASIS_REGIONAL,
        .rows = { p1 }, .n_rows = 1, .rows_total = 1 };
    d2->detail[2] = (D2Country){ .country = 2, .first_fy = 2026,
        .bases = BASIS_BIT(BASIS_PARTICIPANTS) | BASIS_BIT(BASIS_REGIONAL),
        .strongest = BASIS_PARTICIPANTS, .rows_total = 0 };
    d2->by_basis[BASIS_REGIONAL] = 2;
    d2->by_basis[BASIS_PARTICIPANTS] = 1;
    d2->compare = COMPARE_MORE_THAN;
    d2->count_bases = BASIS_ALL;
    d2->n_targets = 2;
    d2->targets = NEW(a, TargetStatus, 2);
    d2->targets[0] = (TargetStatus){ .target = 30, .by_fy = 2026, .value = 3,
                                     .status = STATUS_AT_RISK };
    d2->targets[1] = (TargetStatus){ .target = 50, .by_fy = 2030, .value = 3,
                                     .status = STATUS_AT_RISK };
}

static void build_g(FxWorld *f)
{
    G *g = &f->ind.g;
    fx_g_countries(f);
    for (int k = 0; k < 4; k++)   /* DDD first: the output must sort them */
        g->countries[k].country = 3 - k;
    GCountry *aaa = &g->countries[3];          /* country 0 */
    aaa->cooperation = true;
    aaa->baseline_stage = STAGE_GROWING;       /* tier 4 in 2020 */
    aaa->baseline_source = SRC_GCI_TIER;
    aaa->baseline_edition = 0;
    aaa->stage = STAGE_NETWORKING;
    aaa->stage_source = SRC_ASSESSMENT;
    aaa->stage_assessment = 0;
    aaa->target_stage = STAGE_SELF_SUSTAINING;
    aaa->target_source = SRC_STRATEGY_FOREFRONT;
    GCountry *bbb = &g->countries[2];          /* country 1 */
    bbb->cooperation = true;
    bbb->stage = STAGE_GROWING;
    bbb->stage_source = SRC_GCI_SCORE;
    bbb->stage_edition = 1;
    bbb->target_stage = STAGE_NETWORKING;
    bbb->target_source = SRC_DEFAULT;
    g->with_target = 2;
}

static void build(FxWorld *f, int latest_edition_year)
{
    fx_open(f, NULL, "2026-09-30");
    build_model(&f->b);
    fx_ind_head(f, latest_edition_year);
    Indicators *ind = &f->ind;
    fx_all_started(f);
    ind->project_started[1] = false;
    build_i1(ind, &f->perm);
    build_d2(ind, &f->perm);
    build_g(f);
    ind->n_trend = 2;
    ind->trend = NEW(&f->perm, TrendPoint, 2);
    ind->trend[0] = (TrendPoint){ fx_date("2026-06-30"), 1, 3, 0, 1, 0, 0 };
    ind->trend[1] = (TrendPoint){ fx_date("2026-09-30"), 1, 3, 0, 1, 0, 0 };
    ind->n_participation = 1;
    ind->participation = NEW(&f->perm, ParticipationSum, 1);
    ind->participation[0] = (ParticipationSum){ .country = 2, .fy = 2026,
        .participants = 12, .rows = 2, .activities = 1,
        .has_participants = true };
    ind->excluded = (Excluded){ 1, 1, 4, 0, 0 };
}

static const char *render(FxWorld *f, const char *name)
{
    const char *out = test_tmpdir(name);
    assert_int_equal(fx_render(f, render_json, out), ERR_OK);
    assert_int_equal(f->diag.errors, 0);
    return out;
}

static json_t *load_json(const char *out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/data/indicators.json", out);
    json_error_t err;
    json_t *j = json_load_file(path, 0, &err);
    if (!j)
        fprintf(stderr, "%s:%d: %s\n", path, err.line, err.text);
    assert_non_null(j);
    return j;
}

static char *read_out(const char *out, const char *rel)
{
    char path[256];
    snprintf(path, sizeof path, "data/%s", rel);
    char *s = strstr(rel, ".csv") ? test_read_export(out, path) : test_read_in(out, path, NULL);
    assert_non_null(s);   /* a CSV export begins with a byte-order mark (§4) */
    return s;
}

/* The object's keys begin with exactly `keys` (NULL-terminated), in
 * order (jansson keeps insertion order). */
static void expect_keys(json_t *o, const char *const *keys)
{
    assert_true(json_is_object(o));
    void *it = json_object_iter(o);
    for (; *keys; keys++, it = json_object_iter_next(o, it)) {
        assert_non_null(it);
        assert_string_equal(json_object_iter_key(it), *keys);
    }
}

static json_t *get(json_t *o, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *k = strtok(buf, "."); k; k = strtok(NULL, ".")) {
        char *end;
        long i = strtol(k, &end, 10);
        o = *end ? json_object_get(o, k) : json_array_get(o, (size_t)i);
        assert_non_null(o);
    }
    return o;
}

static void expect_str(json_t *o, const char *path, const char *want)
{
    json_t *v = get(o, path);
    assert_true(json_is_string(v));
    assert_string_equal(json_string_value(v), want);
}

static void expect_int(json_t *o, const char *path, long long want)
{
    json_t *v = get(o, path);
    assert_true(json_is_integer(v));
    assert_int_equal(json_integer_value(v), want);
}

static void expect_real(json_t *o, const char *path, double want)
{
    json_t *v = get(o, path);
    assert_true(json_is_real(v));
    assert_true(json_real_value(v) == want);
}

/* ---- indicators.json ---- */

static void top_level_has_the_spec_keys_in_order(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 2024);
    json_t *j = load_json(render(&f, "json_shape"));
    static const char *const top[] = { "as_of", "fiscal_year", "quarter",
        "baseline_edition", "latest_edition", "i1", "d2", "g", "i2", "d1", "trend",
        "changes", "inputs", "excluded", "settings", NULL };
    expect_keys(j, top);
    static const char *const i1[] = { "rule", "target", "by_fy", "value",
        "status", "improved", "not_assessable", "countries", "context", NULL };
    expect_keys(get(j, "i1"), i1);
    static const char *const i1c[] = { "iso3", "pillars", "baseline",
        "latest", "mean_delta", "improved", NULL };
    expect_keys(get(j, "i1.countries.0"), i1c);
    static const char *const ctx[] = { "iso3", "group_median", "group_size",
        "excess", "region_median", "region_size", NULL };
    expect_keys(get(j, "i1.context.countries.0"), ctx);
    static const char *const d2[] = { "window_start_fy", "cumulative",
        "countries", "targets", NULL };
    expect_keys(get(j, "d2"), d2);
    static const char *const d2t[] = { "fy", "target", "status", NULL };
    expect_keys(get(j, "d2.targets.0"), d2t);
    static const char *const g[] = { "countries", "reached", "with_target",
                                     NULL };
    expect_keys(get(j, "g"), g);
    static const char *const gc[] = { "iso3", "baseline_stage", "stage",
        "stage_source", "target_stage", "target_source", "reached", NULL };
    expect_keys(get(j, "g.countries.0"), gc);
    static const char *const tr[] = { "date", "i1", "d2", "g_reached", "i2", "d1", NULL };
    expect_keys(get(j, "trend.0"), tr);

    expect_str(j, "as_of", "2026-09-30");
    expect_int(j, "fiscal_year", 2026);
    expect_str(j, "quarter", "FY2026 Q2");
    expect_int(j, "baseline_edition", 2020);
    expect_int(j, "latest_edition", 2024);
    expect_str(j, "i1.rule", "mean");
    expect_int(j, "i1.target", 15);
    expect_int(j, "i1.by_fy", 2026);
    expect_int(j, "i1.value", 1);
    expect_str(j, "i1.status", "at_risk");
    expect_int(j, "i1.context.outperformed", 1);
    expect_str(j, "d2.targets.1.status", "at_risk");
    expect_int(j, "d2.targets.1.fy", 2030);
    expect_int(j, "d2.cumulative.4.count", 3);
    expect_int(j, "g.with_target", 2);
    expect_int(j, "g.reached", 0);
    expect_str(j, "trend.1.date", "2026-09-30");
    expect_int(j, "excluded.participation_later", 4);
    expect_str(j, "settings.rule", "mean");
    json_decref(j);
    fx_close(&f);
}

static void arrays_of_iso3_and_countries_are_sorted(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 2024);
    json_t *j = load_json(render(&f, "json_sorted"));
    expect_str(j, "d2.countries.0", "AAA");
    expect_str(j, "d2.countries.1", "BBB");
    expect_str(j, "d2.countries.2", "CCC");
    assert_int_equal(json_array_size(get(j, "d2.countries")), 3);
    expect_str(j, "i1.countries.0.iso3", "AAA");
    expect_str(j, "i1.countries.1.iso3", "BBB");
    expect_str(j, "i1.improved.0", "AAA");
    assert_int_equal(json_array_size(get(j, "i1.improved")), 1);
    for (int k = 0; k < 4; k++) {
        char path[32], want[4] = { (char)('A' + k), (char)('A' + k),
                                   (char)('A' + k), 0 };
        snprintf(path, sizeof path, "g.countries.%d.iso3", k);
        expect_str(j, path, want);
    }
    json_decref(j);
    fx_close(&f);
}

static void percents_round_half_away_from_zero(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 2024);
    const char *out = render(&f, "json_round");
    json_t *j = load_json(out);
    expect_real(j, "i1.countries.0.delta.legal", 9.73);
    expect_real(j, "i1.countries.0.delta.technical", -0.01);
    expect_real(j, "i1.countries.0.latest.legal", 62.23);
    expect_real(j, "i1.countries.0.baseline.legal", 52.5);
    expect_real(j, "i1.countries.0.mean_delta", 4.86);
    expect_real(j, "i1.context.countries.0.excess", 3.36);
    expect_real(j, "i1.context.countries.0.group_median", 1.5);
    expect_int(j, "i1.context.countries.0.group_size", 3);
    /* the text itself: shortest decimal, no binary noise */
    char *text = read_out(out, "indicators.json");
    assert_non_null(strstr(text, "\"legal\": 9.73,"));
    assert_non_null(strstr(text, "\"technical\": -0.01\n"));
    assert_non_null(strstr(text, "\"legal\": 62.23,"));
    assert_int_equal(text[strlen(text) - 1], '\n');
    assert_int_not_equal(text[strlen(text) - 2], '\n');
    free(text);
    json_decref(j);
    fx_close(&f);
}

static void nulls_where_there_is_no_value(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 0);               /* no edition newer than the baseline */
    json_t *j = load_json(render(&f, "json_null"));
    assert_true(json_is_null(get(j, "latest_edition")));
    /* region of 2 members, below 5 (§3.8) */
    assert_true(json_is_null(get(j, "i1.context.countries.0.region_median")));
    expect_int(j, "i1.context.countries.0.region_size", 2);
    /* BBB: no latest technical score, so not assessable */
    assert_true(json_is_null(get(j, "i1.countries.1.latest.technical")));
    expect_real(j, "i1.countries.1.latest.legal", 31);
    assert_true(json_is_null(get(j, "i1.countries.1.mean_delta")));
    assert_true(json_is_false(get(j, "i1.countries.1.improved")));
    /* DDD: no stage, no target */
    assert_true(json_is_null(get(j, "g.countries.3.stage")));
    assert_true(json_is_null(get(j, "g.countries.3.target_stage")));
    assert_true(json_is_null(get(j, "g.countries.3.baseline_stage")));
    json_decref(j);
    fx_close(&f);
}

static void reasons_and_sources_are_codes_with_detail(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 2024);
    json_t *j = load_json(render(&f, "json_codes"));
    assert_int_equal(json_array_size(get(j, "i1.not_assessable")), 1);
    expect_str(j, "i1.not_assessable.0.iso3", "BBB");
    expect_str(j, "i1.not_assessable.0.reason", "missing_latest_score");
    expect_str(j, "i1.not_assessable.0.pillars.0", "technical");
    assert_int_equal(json_array_size(get(j, "i1.not_assessable.0.pillars")), 1);
    expect_str(j, "g.countries.0.stage", "networking");
    expect_str(j, "g.countries.0.stage_source", "assessment");
    expect_str(j, "g.countries.0.stage_date", "2025-03-01");
    assert_true(json_is_null(get(j, "g.countries.0.stage_edition")));
    expect_str(j, "g.countries.0.target_stage", "self_sustaining");
    expect_str(j, "g.countries.0.target_source",
               source_codes[SRC_STRATEGY_FOREFRONT]);
    expect_str(j, "g.countries.0.baseline_source", "gci_tier");
    expect_int(j, "g.countries.0.baseline_edition", 2020);
    expect_str(j, "g.countries.1.stage_source", "gci_score");
    expect_int(j, "g.countries.1.stage_edition", 2024);
    expect_str(j, "g.countries.1.stage_date", "2024-09-12");
    assert_true(json_is_false(get(j, "g.countries.0.reached")));
    /* §3.3, §4: each counted country's bases and rows */
    expect_str(j, "d2.compare", "more_than");
    expect_int(j, "d2.by_basis.regional", 2);
    expect_int(j, "d2.by_basis.participants", 1);
    expect_int(j, "d2.by_basis.project", 0);
    expect_str(j, "d2.countries_detail.0.iso3", "AAA");
    expect_int(j, "d2.countries_detail.0.first_fy", 2022);
    expect_str(j, "d2.countries_detail.0.bases.0", "regional");
    expect_str(j, "d2.countries_detail.0.rows.0", "projects.csv:2");
    expect_str(j, "d2.countries_detail.2.strongest", "participants");
    expect_str(j, "d2.countries_detail.2.bases.0", "participants");
    expect_str(j, "d2.countries_detail.2.bases.1", "regional");
    assert_int_equal(json_array_size(get(j, "d2.countries_detail.2.rows")), 0);
    expect_str(j, "d2.targets.0.compare", "more_than");
    json_decref(j);
    fx_close(&f);
}

/* ---- CSV ---- */

static void csv_exports_have_headers_rows_and_safe_cells(void **state)
{
    (void)state;
    FxWorld f;
    build(&f, 2024);
    const char *out = render(&f, "csv_exports");
    char *countries = read_out(out, "countries.csv");
    assert_memory_equal(countries, "iso3,name,name_ja,region,cooperation,", 36);
    assert_non_null(strstr(countries, "\nAAA,'=cmd|' /C calc'!A0,エー国,"
        "Southeast Asia,true,growing,gci_tier,networking,assessment,,"
        "2025-03-01,self_sustaining,"));
    /* d2: counted from FY2022 on the regional basis (§3.3) */
    assert_non_null(strstr(countries, ",true,2022,regional,regional,improved,,"
                                      "legal;technical,4.86,3,1.50,3.36,2,\n"));
    assert_non_null(strstr(countries, "\nBBB,\"Bee, \"\"the\"\" country\","));
    assert_non_null(strstr(countries, ",not_assessable,missing_latest_score,"));
    assert_null(strchr(countries, '\r'));
    free(countries);

    char *projects = read_out(out, "projects.csv");
    assert_string_equal(projects, "project_id,title,title_ja,scheme,countries,"
        "start,end,pillars,counterpart,partners,budget_jpy,url,sources\n"
        "P1,'-3 attack,,training,BBB;AAA,2022-05-01,,legal;technical,,"
        "\"'=HYPERLINK(\"\"x\"\");ITU\",1200000,,\n");   /* P2 not started */
    free(projects);

    char *gci = read_out(out, "gci.csv");
    /* 2028 is not published on the as-of date: not exported */
    assert_string_equal(gci, "iso3,edition,published,tier,overall,overall_pct,"
        "legal,legal_pct,technical,technical_pct,organizational,"
        "organizational_pct,capacity_development,capacity_development_pct,"
        "cooperation,cooperation_pct,not_assessed\n"
        "AAA,2020,2021-06-29,4,,,,,,,,,,,,,false\n"
        "AAA,2024,2024-09-12,,39.5,39.50,12.345,61.73,,,,,,,,,false\n");
    free(gci);

    char *i1 = read_out(out, "i1.csv");
    assert_non_null(strstr(i1, "\nAAA,true,,,legal;technical,2020,2024,"
                               "52.50,62.23,9.73,40.00,40.00,-0.01,"));
    assert_non_null(strstr(i1, "\nBBB,false,missing_latest_score,technical,"));
    free(i1);

    char *d2 = read_out(out, "d2.csv");
    assert_string_equal(d2, "fy,count,new_countries,target,compare,status\n"
        "2022,1,1,,,\n2023,2,1,,,\n2024,2,0,,,\n2025,2,0,,,\n"
        "2026,3,1,30,more_than,at_risk\n");
    free(d2);

    char *ctxcsv = read_out(out, "i1_context.csv");
    assert_string_equal(ctxcsv, "iso3,region,mean_delta,group_size,"
        "group_median,excess,region_size,region_median,outperformed\n"
        "AAA,Southeast Asia,4.86,3,1.50,3.36,2,,true\n");
    free(ctxcsv);

    char *part = read_out(out, "participation.csv");
    assert_string_equal(part, "iso3,fiscal_year,participants,"
                        "participants_approx,female,rows,unreported_rows,"
                        "activities\nCCC,2026,12,false,,2,0,1\n");
    free(part);

    char *trend = read_out(out, "trend.csv");
    assert_string_equal(trend, "date,i1,d2,g_reached,outperformed,i2,d1\n"
                        "2026-06-30,1,3,0,1,0,0\n2026-09-30,1,3,0,1,0,0\n");
    free(trend);
    fx_close(&f);
}

static void two_runs_give_identical_bytes(void **state)
{
    (void)state;
    static const char *const files[] = { "indicators.json", "countries.csv",
        "projects.csv", "participation.csv", "gci.csv", "trend.csv", "i1.csv",
        "i1_context.csv", "d2.csv", NULL };
    FxWorld f;
    build(&f, 2024);
    char first[4096];
    snprintf(first, sizeof first, "%s", render(&f, "json_run1"));
    const char *second = render(&f, "json_run2");
    for (const char *const *name = files; *name; name++) {
        char rel[64];
        snprintf(rel, sizeof rel, "data/%s", *name);
        assert_true(test_same_files(first, second, rel));
    }
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(top_level_has_the_spec_keys_in_order),
        cmocka_unit_test(arrays_of_iso3_and_countries_are_sorted),
        cmocka_unit_test(percents_round_half_away_from_zero),
        cmocka_unit_test(nulls_where_there_is_no_value),
        cmocka_unit_test(reasons_and_sources_are_codes_with_detail),
        cmocka_unit_test(csv_exports_have_headers_rows_and_safe_cells),
        cmocka_unit_test(two_runs_give_identical_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
