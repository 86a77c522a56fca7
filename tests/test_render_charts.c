/* render_charts: every chart from a hand-built fixture, at its configured
 * size, not blank, byte-identical across runs, in English and Japanese. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "render/chart/chart.h"
#include "render/chart/chart_views.h"
#include "render/chart/render_charts.h"
#include "fixture.h"
#include "support.h"

/* ---- fixture: a model and indicators built by hand ---- */

static Rat R(double v) { return rat_make((int64_t)(v * 100 + (v < 0 ? -0.5 : 0.5)), 100); }

static void add_country(FxBuilder *b, const char *iso3, const char *name,
                        const char *name_ja, const char *region)
{
    Country *c = fx_country(b, iso3, region, NULL);
    c->name = arena_strdup(&b->m.arena, name);
    c->name_ja = name_ja ? arena_strdup(&b->m.arena, name_ja) : NULL;
}

/* GCI rows: every pillar at base + p*step percent of 20, missing ones
 * left out (mask). */
static void add_gci(FxBuilder *b, int c, int year, double base, double step, unsigned mask)
{
    GciRow *r = fx_gci(b, b->m.countries[c].iso3, year, "");
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (mask & PILLAR_BIT(p)) {
            double pct = base + p * step;
            r->pillar[p] = R(pct / 5);    /* of 20 */
            r->has |= PILLAR_BIT(p);
        }
}

/* n_old: that many editions before 2018 (1900, 1901, ...), each with a
 * row for IDN, for the many-editions case. */
static void fixture_model(FxBuilder *b, int n_extra, int n_old)
{
    add_country(b, "FRA", "France", "フランス", "Europe");
    add_country(b, "IDN", "Indonesia", "インドネシア", "Southeast Asia");
    add_country(b, "KEN", "Kenya", "ケニア", "Africa");
    add_country(b, "LAO", "Lao People's Democratic Republic", "ラオス人民民主共和国",
                "Southeast Asia");
    add_country(b, "MNG", "Mongolia", NULL, "East Asia");
    add_country(b, "PHL", "Philippines", "フィリピン", "Southeast Asia");
    add_country(b, "VNM", "Viet Nam", "ベトナム", "Southeast Asia");
    /* Extra countries with long names, iso3 XAA, XAB, ... (after VNM). */
    for (int i = 0; i < n_extra; i++) {
        char iso[4] = { 'X', (char)('A' + i / 26), (char)('A' + i % 26), 0 };
        char name[96], ja[96];
        snprintf(name, sizeof name, "%s Republic of Extraordinarily Long Names %d",
                 i % 3 ? "United" : "Federated", i + 1);
        snprintf(ja, sizeof ja, "長い名前の共和国 第%d", i + 1);
        add_country(b, iso, name, ja, i % 2 ? "Pacific" : "Africa");
    }
    static const int years[3] = { 2018, 2020, 2024 };
    for (int i = 0; i < n_old; i++) {
        char date[32];
        snprintf(date, sizeof date, "%d-06-01", 1900 + i);
        fx_edition(b, 1900 + i, date, "20", "100");
        add_gci(b, 1, 1900 + i, 10 + i % 50, 2, PILLAR_ALL);
    }
    fx_edition(b, 2018, "2019-03-01", "20", "100");
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-09-12", "20", "100");
    for (int c = 0; c < b->m.n_countries; c++)
        for (int e = 0; e < 3; e++) {
            if (c == 4 && e == 2)
                continue;              /* MNG: not in the 2024 edition */
            unsigned mask = PILLAR_ALL;
            if (c == 2 && e == 2)
                mask &= ~PILLAR_BIT(PILLAR_COOPERATION);  /* KEN: empty cell */
            add_gci(b, c, years[e], 20 + 9 * e + (c * 7) % 30, 4 + c % 3, mask);
        }
    fx_index(b);
}

static void fixture_i1(FxWorld *f, int n_extra)
{
    I1 *i1 = &f->ind.i1;
    i1->countries = NEW(&f->perm, I1Country, 6 + n_extra);
    struct { int c; PillarSet p; bool ok; NaReason why; double b, l, ex; } rows[] = {
        { 1, PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL), true, NA_NONE, 60, 75.5, 4.2 },
        { 2, PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_COOPERATION), false,
          NA_MISSING_LATEST_SCORE, 0, 0, 0 },
        { 3, PILLAR_BIT(PILLAR_TECHNICAL) | PILLAR_BIT(PILLAR_CAPACITY_DEVELOPMENT), true,
          NA_NONE, 30, 28, -6.1 },
        { 4, PILLAR_ALL, false, NA_NO_LATEST_ROW, 0, 0, 0 },
        { 5, PILLAR_ALL, true, NA_NONE, 55, 70, -1.5 },
        { 6, PILLAR_BIT(PILLAR_ORGANIZATIONAL), true, NA_NONE, 70, 70, -8.0 },
    };
    for (int k = 0; k < 6 + n_extra; k++) {
        I1Country *c = &i1->countries[i1->n_countries++];
        if (k < 6) {
            c->country = rows[k].c;
            c->pillars = rows[k].p;
            c->assessable = rows[k].ok;
            c->reason = rows[k].why;
            c->baseline_mean = R(rows[k].b);
            c->latest_mean = R(rows[k].l);
            c->excess = R(rows[k].ex);
        } else {
            int i = k - 6;
            c->country = 7 + i;
            c->pillars = PILLAR_BIT(i % PILLAR_COUNT) | PILLAR_BIT((i + 2) % PILLAR_COUNT);
            c->assessable = i % 9 != 4;
            c->reason = c->assessable ? NA_NONE : NA_NO_BASELINE_ROW;
            c->baseline_mean = R(25 + (i * 13) % 50);
            c->latest_mean = R(25 + (i * 13) % 50 + (i * 7) % 19 - 6);
            c->excess = R(((i * 11) % 23) - 11.5);
        }
        c->mean_delta = rat_sub(c->latest_mean, c->baseline_mean);
        c->improved = c->assessable && rat_gt(c->mean_delta, RAT_ZERO);
        c->has_group_median = c->assessable && c->country != 6;  /* VNM: no group */
        i1->value += c->improved;
        i1->n_assessable += c->assessable;
        i1->outperformed += c->has_group_median && rat_gt(c->excess, RAT_ZERO);
    }
}

static void fixture_d2_g(FxWorld *f)
{
    D2 *d2 = &f->ind.d2;
    d2->window_start_fy = 2022;
    d2->n_years = 5;
    d2->cumulative = NEW(&f->perm, D2Year, 5);
    int counts[5] = { 3, 4, 5, 6, 6 };
    for (int i = 0; i < 5; i++)
        d2->cumulative[i] = (D2Year){ 2022 + i, counts[i] };
    d2->n_countries = 6;
    d2->n_targets = 2;
    d2->targets = NEW(&f->perm, TargetStatus, 2);
    /* Least squares through (2024,5) (2025,6) (2026,6): slope 1/2,
     * intercept 17/3 - 2025/2. */
    Projection pr = { .n = 3, .fy = { 2024, 2025, 2026 }, .value = { 5, 6, 6 },
                      .slope = 0.5, .intercept = 17.0 / 3 - 1012.5 };
    d2->targets[0] = (TargetStatus){ 30, 2026, 6, STATUS_AT_RISK, pr, false };
    d2->targets[1] = (TargetStatus){ 50, 2030, 6, STATUS_AT_RISK, pr, false };
    G *g = &f->ind.g;
    g->n_countries = f->b.m.n_countries;
    g->countries = NEW(&f->perm, GCountry, g->n_countries);
    for (int c = 0; c < g->n_countries; c++) {
        GCountry *x = &g->countries[c];
        x->country = c;
        x->cooperation = c > 0;
        x->stage = (Stage)((c * 3) % 5 - (c % 5 == 4));   /* some unknown */
        if (x->stage >= STAGE_COUNT)
            x->stage = STAGE_NONE;
        x->target_stage = c == 0 ? STAGE_NONE : (Stage)(1 + c % 3);
        x->reached = x->target_stage != STAGE_NONE && x->stage >= x->target_stage;
        g->with_target += x->target_stage != STAGE_NONE;
        g->reached += x->reached;
    }
}

static void fixture_trend_participation(FxWorld *f, bool numbers)
{
    Indicators *ind = &f->ind;
    ind->trend = NEW(&f->perm, TrendPoint, 20);
    for (int fy = 2022; fy <= 2026; fy++)
        for (int q = 1; q <= 4; q++) {
            Date d = fy_quarter_end(fy, q);
            if (d > ind->as_of)
                break;
            int k = ind->n_trend++;
            ind->trend[k] = (TrendPoint){ d, k / 5, 3 + k / 4, k / 6, 0, 0, 0 };
        }
    ind->trend[ind->n_trend++] = (TrendPoint){ ind->as_of, 2, 6, 2, 0, 0, 0 };
    ind->participation = NEW(&f->perm, ParticipationSum, 4);
    struct { int c, fy; int64_t n, w; bool hw; } rows[] = {
        { 1, 2023, 12, 5, true }, { 2, 2024, 20, 9, true },
        { 3, 2025, 8, 0, false }, { 5, 2026, 15, 7, true },
    };
    for (int i = 0; i < 4; i++)
        ind->participation[ind->n_participation++] = (ParticipationSum){
            .country = rows[i].c, .fy = rows[i].fy,
            .participants = numbers ? rows[i].n : 0,
            .female = numbers ? rows[i].w : 0, .rows = 1, .unreported = numbers ? 0 : 1,
            .activities = 1, .has_participants = numbers,
            .has_female = numbers && rows[i].hw };
}

static void fixture(FxWorld *f, const char *lang, int n_extra, bool numbers)
{
    fx_open(f, lang, "2026-08-15");
    fixture_model(&f->b, n_extra, 0);
    fx_ind_head(f, 2024);
    fixture_i1(f, n_extra);
    fixture_d2_g(f);
    fixture_trend_participation(f, numbers);
}

/* ---- reading the PNGs back ---- */

typedef struct { int w, h; long distinct, non_bg; } PngStats;

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static PngStats png_stats(const char *path)
{
    PngStats st = { 0 };
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&img, path)) {
        print_error("cannot read %s\n", path);
        fail();
    }
    img.format = PNG_FORMAT_RGBA;
    uint32_t *px = malloc(PNG_IMAGE_SIZE(img));
    assert_true(png_image_finish_read(&img, NULL, px, 0, NULL));
    st.w = (int)img.width;
    st.h = (int)img.height;
    size_t n = (size_t)st.w * (size_t)st.h;
    for (size_t i = 0; i < n; i++)
        st.non_bg += px[i] != px[0];
    qsort(px, n, sizeof *px, cmp_u32);
    for (size_t i = 0; i < n; i++)
        st.distinct += i == 0 || px[i] != px[i - 1];
    free(px);
    return st;
}

/* The IHDR says the size: bytes 16..23 of the file. */
static void ihdr_size(const char *path, int *w, int *h)
{
    size_t n;
    unsigned char *b = (unsigned char *)test_read_file(path, &n);
    assert_non_null(b);
    assert_true(n > 24 && memcmp(b + 12, "IHDR", 4) == 0);
    *w = (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19];
    *h = (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23];
    free(b);
}

static const char *const fixed_charts[] = {
    "d2_cumulative", "i1_dumbbell", "stages", "participants", "trend", "i1_context",
};

static double render_into(FxWorld *f, const char *dir)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Err err = fx_render(f, render_charts, dir);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_int_equal(err, ERR_OK);
    return (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
}

static void check_chart(const char *dir, const char *name, bool exact_height)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/charts/%s.png", dir, name);
    int w, h;
    ihdr_size(path, &w, &h);
    assert_int_equal(w, 1600);
    if (exact_height)
        assert_int_equal(h, 900);
    else
        assert_true(h >= 900);
    PngStats st = png_stats(path);
    /* Not blank: text and marks in several colours over a good share of
     * the picture (antialiasing adds many shades). */
    if (st.distinct < 16 || st.non_bg < (long)w * h / 100) {
        print_error("%s looks blank: %ld colours, %ld marked pixels\n", name,
                    st.distinct, st.non_bg);
        fail();
    }
}

static void every_chart_has_its_configured_size_and_is_not_blank(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, true);
    const char *dir = test_tmpdir("charts_en");
    double ms = render_into(&f, dir);
    fprintf(stderr, "rendered 12 charts in %.1f ms\n", ms);
    for (size_t i = 0; i < sizeof fixed_charts / sizeof *fixed_charts; i++)
        check_chart(dir, fixed_charts[i], true);
    const char *countries[] = { "IDN", "KEN", "LAO", "MNG", "PHL", "VNM" };
    for (int i = 0; i < 6; i++) {
        char name[32];
        snprintf(name, sizeof name, "country_%s", countries[i]);
        check_chart(dir, name, true);
    }
    /* not a cooperation country: no chart */
    char path[4096];
    snprintf(path, sizeof path, "%s/charts/country_FRA.png", dir);
    assert_null(fopen(path, "rb"));
    assert_int_equal((int)f.diag.errors, 0);
    fx_close(&f);
}

static void two_renders_give_identical_bytes(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "ja", 0, true);
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s", test_tmpdir("charts_same_a"));
    snprintf(b, sizeof b, "%s", test_tmpdir("charts_same_b"));
    render_into(&f, a);
    render_into(&f, b);
    const char *names[] = { "d2_cumulative", "i1_dumbbell", "stages", "participants",
                            "trend", "i1_context", "country_IDN", "country_VNM" };
    for (int i = 0; i < 8; i++) {
        char rel[64];
        snprintf(rel, sizeof rel, "charts/%s.png", names[i]);
        assert_true(test_same_files(a, b, rel));
    }
    fx_close(&f);
}

static void forty_six_countries_in_japanese_render_without_growing_past_reason(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "ja", 40, true);
    const char *dir = test_tmpdir("charts_ja_many");
    double ms = render_into(&f, dir);
    fprintf(stderr, "rendered %d charts in %.1f ms\n", 6 + f.ind.i1.n_countries, ms);
    for (size_t i = 0; i < sizeof fixed_charts / sizeof *fixed_charts; i++)
        check_chart(dir, fixed_charts[i], false);
    check_chart(dir, "country_XAA", true);
    check_chart(dir, "country_XBN", true);
    fx_close(&f);
}

static void participants_without_numbers_say_so(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, false);
    ChartPrep p;
    assert_int_equal(chart_prep_init(&p, &f.ctx, 1u << VIEW_PARTICIPANTS), ERR_OK);
    /* 4 participation records from 4 countries, none with a count */
    assert_non_null(p.participants_message);
    assert_non_null(strstr(p.participants_message, "the 4 participation records (from 4 countries)"));
    chart_prep_release(&p);
    const char *dir = test_tmpdir("charts_no_numbers");
    render_into(&f, dir);
    check_chart(dir, "participants", true);
    fx_close(&f);
}

/* Issue 19: a year with activity but no reported count was drawn like a
 * year without activity, and a partial sum like a complete one.  Worked
 * from data/participation.csv (§3.7: sums add reported counts only):
 * FY2019 = VNM 3 + SGP, BRN, MYS without a count -> "3+", 3 unreported;
 * FY2016 = two rows, no count -> no number, 2 unreported; an approximate
 * 20 -> "about 20"; a plain 12 stays "12". */
static void participant_years_with_unreported_counts_are_not_drawn_as_none(void **state)
{
    (void)state;
    static const char *const langs[2][3] = {
        { "en", "3+", "about 20" }, { "ja", "3人以上", "約20" },
    };
    for (int l = 0; l < 2; l++) {
        FxWorld f;
        fixture(&f, langs[l][0], 0, true);
        Indicators *ind = &f.ind;
        ParticipationSum rows[] = {
            { .country = 1, .fy = 2016, .rows = 1, .unreported = 1, .activities = 1 },
            { .country = 2, .fy = 2016, .rows = 1, .unreported = 1, .activities = 1 },
            { .country = 1, .fy = 2019, .rows = 1, .unreported = 1, .activities = 1 },
            { .country = 2, .fy = 2019, .rows = 1, .unreported = 1, .activities = 1 },
            { .country = 3, .fy = 2019, .rows = 1, .unreported = 1, .activities = 1 },
            { .country = 5, .fy = 2019, .participants = 3, .rows = 1, .activities = 1,
              .has_participants = true },
            { .country = 1, .fy = 2023, .participants = 12, .rows = 1, .activities = 1,
              .has_participants = true },
            { .country = 2, .fy = 2024, .participants = 20, .rows = 1, .activities = 1,
              .has_participants = true, .approx = true },
        };
        int n = (int)(sizeof rows / sizeof rows[0]);
        ind->participation = NEW(&f.perm, ParticipationSum, n);
        memcpy(ind->participation, rows, sizeof rows);
        ind->n_participation = n;
        ChartPrep p;
        assert_int_equal(chart_prep_init(&p, &f.ctx, 1u << VIEW_PARTICIPANTS), ERR_OK);
        assert_null(p.participants_message);
        assert_true(p.fy_lo <= 2016);
        const FyPeople *y16 = &p.people[2016 - p.fy_lo], *y19 = &p.people[2019 - p.fy_lo];
        assert_int_equal(y16->unreported, 2);
        assert_null(y16->label);             /* no number at all, not "0" */
        assert_int_equal(y19->unreported, 3);
        assert_string_equal(y19->label, langs[l][1]);
        assert_string_equal(p.people[2023 - p.fy_lo].label, "12");
        assert_string_equal(p.people[2024 - p.fy_lo].label, langs[l][2]);
        assert_null(p.people[2017 - p.fy_lo].label);   /* no activity */
        assert_int_equal(p.people[2017 - p.fy_lo].unreported, 0);
        assert_int_equal(p.people_unreported, 5);
        chart_prep_release(&p);
        const char *dir = test_tmpdir(l ? "charts_unknown_ja" : "charts_unknown_en");
        render_into(&f, dir);
        check_chart(dir, "participants", true);
        fx_close(&f);
    }
}

/* Issue 19: the I1 context subtitle said "with the same scores"; the group
 * is every non-cooperation country with scores in the same pillars (§3.8). */
static void context_subtitle_names_the_group_by_pillars_not_scores(void **state)
{
    (void)state;
    static const char *const want[2][3] = {
        { "en", "every non-cooperation country with scores in the same pillars", "same scores" },
        { "ja", "同じ柱にスコアのあるすべての非協力国", "同じスコアを持つ" },
    };
    for (int l = 0; l < 2; l++) {
        FxWorld f;
        fixture(&f, want[l][0], 0, true);
        ChartPrep p;
        assert_int_equal(chart_prep_init(&p, &f.ctx, 1u << VIEW_CONTEXT), ERR_OK);
        assert_non_null(p.subtitle[VIEW_CONTEXT]);
        assert_non_null(strstr(p.subtitle[VIEW_CONTEXT], want[l][1]));
        assert_null(strstr(p.subtitle[VIEW_CONTEXT], want[l][2]));
        chart_prep_release(&p);
        fx_close(&f);
    }
}

/* Issue 19: Indonesia is at 100 % in every pillar in GCI 2024 (gci.csv:
 * 20.00 of 20 in each), so its mean change (100 - 94.88 over its targeted
 * pillars, GCI 2020 18.48..20.00) is capped; in the context chart it could
 * only read "improved less".  A country whose latest mean over its targeted
 * pillars is exactly 100 is marked; 99.99 is not; a not-assessable country
 * never is. */
static void a_country_at_the_ceiling_is_marked(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, true);
    I1 *i1 = &f.ind.i1;
    i1->countries[0].latest_mean = R(100);      /* assessable, improved */
    i1->countries[4].latest_mean = R(99.99);    /* assessable */
    i1->countries[1].latest_mean = R(100);      /* not assessable */
    ChartPrep p;
    assert_int_equal(chart_prep_init(&p, &f.ctx, (1u << VIEW_I1) | (1u << VIEW_CONTEXT)), ERR_OK);
    assert_true(p.i1_ceiling[0]);
    assert_false(p.i1_ceiling[4]);
    assert_false(p.i1_ceiling[1]);
    for (int i = 2; i < i1->n_countries; i++)
        if (i != 4)
            assert_false(p.i1_ceiling[i]);
    assert_string_equal(chart_prep_text(&p, "charts.ceiling"), "100 % in every targeted pillar");
    chart_prep_release(&p);
    const char *dir = test_tmpdir("charts_ceiling");
    render_into(&f, dir);
    check_chart(dir, "i1_context", true);
    check_chart(dir, "i1_dumbbell", true);
    fx_close(&f);
}

static void titles_carry_the_count_against_the_target(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, true);
    ChartPrep p;
    assert_int_equal(chart_prep_init(&p, &f.ctx, (1u << VIEW_COUNT) - 1), ERR_OK);
    /* IDN and PHL improved; target 15 by FY2026 */
    assert_string_equal(p.title[VIEW_I1], "I1: 2 countries improved (target: 15 by FY2026)");
    /* 6 countries by FY2026, the first target not past */
    assert_string_equal(p.title[VIEW_D2],
                        "D2: 6 countries have taken part (target: 30 by FY2026)");
    /* only IDN has a positive excess; VNM has no comparison group */
    assert_non_null(strstr(p.title[VIEW_CONTEXT], "1 of 3 improved more"));
    assert_string_equal(p.ctx_no_group, "No comparison group (1): Viet Nam");
    assert_string_equal(p.i1_not_assessable,
                        "Not assessable (2), see the table: Kenya, Mongolia");
    assert_string_equal(p.trend_label[0], "FY2022 Q1");
    assert_string_equal(p.trend_label[f.ind.n_trend - 1], "15 August 2026");
    chart_prep_release(&p);
    fx_close(&f);
}

static void country_chart_draws_on_any_cairo_context(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, true);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 800, 300);
    cairo_t *cr = cairo_create(s);
    ChartPrep p;
    assert_int_equal(chart_prep_init(&p, &f.ctx, 1u << VIEW_COUNTRY), ERR_OK);
    assert_int_equal(chart_view_country_box(cr, &p, 1, 800, 300, &f.diag), ERR_OK);
    chart_prep_release(&p);
    cairo_destroy(cr);
    char path[4096];
    snprintf(path, sizeof path, "%s/brief.png", test_tmpdir("charts_brief"));
    assert_int_equal(chart_write_png(s, path, &f.diag), ERR_OK);
    cairo_surface_destroy(s);
    PngStats st = png_stats(path);
    assert_int_equal(st.w, 800);
    assert_true(st.distinct > 16 && st.non_bg > 800 * 300 / 50);
    fx_close(&f);
}

/* Issue 21 item 1: 73 editions overran 64-entry arrays (a crash in the
 * chart process), and a D2 window from FY1900 drew its bars past the
 * right edge.  Every year keeps a slot on the canvas. */
static void many_editions_and_fiscal_years_stay_on_the_canvas(void **state)
{
    (void)state;
    FxWorld f;
    fx_open(&f, "en", "2026-08-15");
    fixture_model(&f.b, 0, 70);
    fx_ind_head(&f, 2024);
    fixture_i1(&f, 0);
    fixture_d2_g(&f);
    fixture_trend_participation(&f, true);
    f.ind.d2.window_start_fy = 1900;
    const char *dir = test_tmpdir("charts_many_years");
    render_into(&f, dir);
    check_chart(dir, "d2_cumulative", true);
    check_chart(dir, "country_IDN", true);
    /* The count bars (FY2022..2026, near the right end of 131 slots) are
     * drawn: their colour is on the canvas. */
    ChartPrep p;
    assert_int_equal(chart_prep_init(&p, &f.ctx, 1u << VIEW_D2), ERR_OK);
    const ChartDef *def = &p.defs[VIEW_D2];
    ChartColor c = chart_def_series(def, "count")->color[0];
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, def->width, def->height);
    cairo_t *cr = cairo_create(s);
    Chart ch;
    chart_begin(&ch, cr, NULL, def);
    chart_view_draw(&ch, &p, VIEW_D2, -1, def->width, def->height);
    chart_end(&ch);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    const unsigned char *px = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    uint32_t want = (uint32_t)lround(c.r * 255) << 16 | (uint32_t)lround(c.g * 255) << 8
                    | (uint32_t)lround(c.b * 255);
    long hits = 0;
    for (int y = 0; y < def->height; y++)
        for (int x = def->width / 2; x < def->width; x++) {
            uint32_t v;
            memcpy(&v, px + (size_t)y * (size_t)stride + (size_t)x * 4, 4);
            hits += (v & 0xFFFFFF) == want;
        }
    assert_true(hits > 50);
    cairo_surface_destroy(s);
    chart_prep_release(&p);
    fx_close(&f);
}

/* Issue 21.11: a full disk said "cannot write the PNG file" without why. */
static void a_failed_png_write_says_why(void **state)
{
    (void)state;
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 64, 64);
    Diag d = DIAG_INIT;
    assert_int_equal(chart_write_png(s, "/dev/full", &d), ERR_WRITE);
    assert_string_equal(d.items[0].msg, "cannot write the PNG file: No space left on device");
    assert_int_equal(chart_write_png(s, "/nonexistent/x.png", &d), ERR_WRITE);
    assert_string_equal(d.items[1].msg, "cannot write the PNG file: No such file or directory");
    cairo_surface_destroy(s);
    diag_release(&d);
}

static void a_missing_chart_definition_is_reported_by_name(void **state)
{
    (void)state;
    FxWorld f;
    fixture(&f, "en", 0, true);
    char empty[4096];              /* test_tmpdir()'s buffer is reused */
    snprintf(empty, sizeof empty, "%s", test_tmpdir("charts_no_defs"));
    f.ctx.resources = empty;
    assert_int_not_equal(fx_render(&f, render_charts, test_tmpdir("charts_no_defs_out")),
                         ERR_OK);
    assert_true(f.diag.n >= 1);
    assert_string_equal(f.diag.items[0].file, "charts/d2_cumulative.ini");
    fx_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_chart_has_its_configured_size_and_is_not_blank),
        cmocka_unit_test(two_renders_give_identical_bytes),
        cmocka_unit_test(forty_six_countries_in_japanese_render_without_growing_past_reason),
        cmocka_unit_test(participants_without_numbers_say_so),
        cmocka_unit_test(titles_carry_the_count_against_the_target),
        cmocka_unit_test(participant_years_with_unreported_counts_are_not_drawn_as_none),
        cmocka_unit_test(context_subtitle_names_the_group_by_pillars_not_scores),
        cmocka_unit_test(a_country_at_the_ceiling_is_marked),
        cmocka_unit_test(country_chart_draws_on_any_cairo_context),
        cmocka_unit_test(many_editions_and_fiscal_years_stay_on_the_canvas),
        cmocka_unit_test(a_failed_png_write_says_why),
        cmocka_unit_test(a_missing_chart_definition_is_reported_by_name),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    pango_cairo_font_map_set_default(NULL);
    return rc;
}
