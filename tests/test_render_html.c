/* The site renderer on a small hand-built model (SPEC §4, §3.8): what the
 * cards, country pages and methodology say, file names, escaping, and a
 * template failure becoming an error.  Expected texts are worked out from
 * the indicators below and i18n/en/{html,common}.ini. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/html/render_html.h"
#include "base/fsutil.h"
#include "fixture.h"
#include "support.h"

/* GCI row: every pillar `score` of 20, overall score*5 of 100, a tier
 * when not 0. */
static void add_gci(FxBuilder *b, const char *iso3, int year, int score, int tier)
{
    GciRow *r = fx_gci(b, iso3, year, "");
    r->has = PILLAR_ALL | GCI_HAS_OVERALL | (tier ? GCI_HAS_TIER : 0);
    r->overall = rat_int(score * 5);
    for (int p = 0; p < PILLAR_COUNT; p++)
        r->pillar[p] = rat_int(score);
    r->tier = tier;
}

/* Countries JPN, PHL, VNM; editions 2020, 2024; projects "a/b" (PHL,
 * VNM) and "p2" (PHL); PHL's name carries markup. */
static void build_model(FxBuilder *b)
{
    fx_country(b, "JPN", "East Asia", NULL)->name = "Japan";
    fx_country(b, "PHL", "Southeast Asia", NULL)->name = "Phil <b>\"ippines\"</b>";
    fx_country(b, "VNM", "Southeast Asia", NULL)->name = "Viet Nam";
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-09-12", "20", "100");
    add_gci(b, "JPN", 2020, 17, 0);
    add_gci(b, "JPN", 2024, 18, 1);
    add_gci(b, "PHL", 2020, 8, 0);
    add_gci(b, "PHL", 2024, 12, 3);
    Project *p = fx_project(b, "a/b", "PHL;VNM", "2023-04-01", NULL, "legal");
    p->title = "Title <script>x</script>";
    p->scheme = SCHEME_TRAINING;
    p->url = "javascript:alert(1)";
    /* §2: reported to the month only, and to the day */
    p = fx_project(b, "p2", "PHL", "2024-05", "2024-05", "legal");
    p->title = "Second";
    p->scheme = SCHEME_SEMINAR;
    p->url = "https://example.org/x y";
    static const char *sources[] = { "https://example.org/s1", "file:///etc/passwd" };
    p->sources = sources;
    p->n_sources = 2;
    /* a/b's participants: FY2024 from both countries, FY2025 unknown
     * counts, FY2027 after the as-of date's FY2026 (not shown). */
    fx_part(b, "a/b", "VNM", 2024, 5, -1);
    fx_part(b, "a/b", "PHL", 2024, 10, 4);
    fx_part(b, "a/b", "PHL", 2025, -1, -1);
    fx_part_date(fx_part(b, "a/b", "VNM", 2025, 80, -1), "2025-10", true);
    fx_part(b, "a/b", "PHL", 2027, 7, 7);
    fx_index(b);
}

/* As compute would give them on 2026-09-30 for the model above, trimmed
 * to what the pages read. */
static void build_indicators(FxWorld *f)
{
    Indicators *ind = &f->ind;
    Arena *a = &f->perm;
    fx_ind_head(f, 2024);
    fx_all_started(f);

    I1 *i1 = &ind->i1;
    i1->rule = RULE_MEAN;
    i1->value = 1;
    i1->n_assessable = 1;
    i1->outperformed = 1;
    i1->status = (TargetStatus){ .target = 15, .by_fy = 2026, .value = 1,
                                 .status = STATUS_AT_RISK };
    i1->countries = NEW(a, I1Country, 2);
    i1->n_countries = 2;
    I1Country *phl = &i1->countries[0], *vnm = &i1->countries[1];
    *phl = (I1Country){ .country = 1, .pillars = PILLAR_BIT(PILLAR_LEGAL),
        .baseline_edition = 0, .latest_edition = 1, .assessable = true,
        .has_baseline = PILLAR_BIT(PILLAR_LEGAL), .has_latest = PILLAR_BIT(PILLAR_LEGAL),
        .mean_delta = rat_int(20), .baseline_mean = rat_int(40),
        .latest_mean = rat_int(60), .improved = true, .group_size = 1,
        .has_group_median = true, .group_median = rat_int(5),
        .excess = rat_int(15) };
    phl->baseline[PILLAR_LEGAL] = rat_int(40);
    phl->latest[PILLAR_LEGAL] = rat_int(60);
    phl->delta[PILLAR_LEGAL] = rat_int(20);
    *vnm = (I1Country){ .country = 2, .pillars = PILLAR_BIT(PILLAR_LEGAL),
        .baseline_edition = -1, .latest_edition = -1,
        .reason = NA_NO_BASELINE_ROW };

    D2 *d2 = &ind->d2;
    d2->window_start_fy = 2022;
    d2->n_years = 2;
    d2->cumulative = NEW(a, D2Year, 2);
    d2->cumulative[0] = (D2Year){ 2025, 2 };
    d2->cumulative[1] = (D2Year){ 2026, 2 };
    d2->n_targets = 2;
    d2->targets = NEW(a, TargetStatus, 2);
    d2->targets[0] = (TargetStatus){ .target = 30, .by_fy = 2026, .value = 2,
                                     .status = STATUS_MISSED };
    d2->targets[1] = (TargetStatus){ .target = 50, .by_fy = 2030, .value = 2,
                                     .status = STATUS_ON_TRACK };
    /* §3.3: PHL on its own p2 and in a/b (two countries); VNM in a/b and
     * through its people; both first in FY2023 through a/b (index 0) */
    d2->compare = COMPARE_MORE_THAN;
    d2->count_bases = BASIS_ALL;
    d2->n_countries = 2;
    d2->countries = NEW(a, int, 2);
    d2->countries[0] = 1, d2->countries[1] = 2;
    d2->detail = NEW(a, D2Country, 2);
    D2Row ab = { D2_ROW_PROJECT, 0 };
    d2->detail[0] = (D2Country){ .country = 1, .first_fy = 2023,
        .bases = BASIS_BIT(BASIS_PROJECT) | BASIS_BIT(BASIS_REGIONAL),
        .strongest = BASIS_PROJECT, .rows = { ab }, .n_rows = 1, .rows_total = 1 };
    d2->detail[1] = (D2Country){ .country = 2, .first_fy = 2023,
        .bases = BASIS_BIT(BASIS_PARTICIPANTS) | BASIS_BIT(BASIS_REGIONAL),
        .strongest = BASIS_PARTICIPANTS, .rows = { ab }, .n_rows = 1,
        .rows_total = 1 };
    d2->by_basis[BASIS_PROJECT] = 1;
    d2->by_basis[BASIS_PARTICIPANTS] = 1;

    G *g = &ind->g;
    fx_g_countries(f);
    g->countries[1] = (GCountry){ .country = 1, .cooperation = true,
        .baseline_stage = STAGE_GROWING, .baseline_source = SRC_GCI_SCORE,
        .baseline_edition = 0, .stage = STAGE_NETWORKING,
        .stage_source = SRC_GCI_TIER, .stage_edition = 1, .stage_assessment = -1,
        .target_stage = STAGE_NETWORKING, .target_source = SRC_STRATEGY_ASIA,
        .reached = true };
    g->countries[2].cooperation = true;
    g->countries[2].target_stage = STAGE_NETWORKING;
    g->countries[2].target_source = SRC_DEFAULT;
    g->countries[2].unknown = true;      /* §3.4: no current stage */
    g->reached = 1;
    g->with_target = 2;
    g->unknown = 1;
    ind->excluded.projects_not_started = 0;

    /* §3.7, summed by hand from build_model()'s rows known on 2026-09-30
     * (FY2027's is not): by country (PHL 1, VNM 2), then FY */
    static ParticipationSum sums[] = {
        { .country = 1, .fy = 2024, .participants = 10, .female = 4, .rows = 1,
          .activities = 1, .has_participants = true, .has_female = true },
        { .country = 1, .fy = 2025, .rows = 1, .unreported = 1, .activities = 1 },
        { .country = 2, .fy = 2024, .participants = 5, .rows = 1, .activities = 1,
          .has_participants = true },
        { .country = 2, .fy = 2025, .participants = 80, .rows = 1, .activities = 1,
          .has_participants = true, .approx = true },
    };
    ind->participation = sums;
    ind->n_participation = 4;
}

static int setup(void **state)
{
    FxWorld *f = malloc(sizeof *f);
    fx_open(f, "en", "2026-09-30");
    build_model(&f->b);
    build_indicators(f);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx_close(*state);
    free(*state);
    return 0;
}

static const char *render(FxWorld *f, const char *name)
{
    const char *out = test_tmpdir(name);
    assert_int_equal(fx_render(f, render_html, out), ERR_OK);
    return out;
}

static char *page(const char *out, const char *rel)
{
    char *s = test_read_in(out, rel, NULL);
    if (!s)
        fail_msg("missing page %s", rel);
    return s;
}

static void has(const char *text, const char *needle)
{
    if (!strstr(text, needle))
        fail_msg("expected to find: %s", needle);
}

static void dashboard_cards_give_value_target_deadline_and_status_in_words(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_cards"), "index.html");
    has(s, "<article class=\"card st-at-risk\">");
    has(s, "<span class=\"value\">1</span> <span class=\"of\">/ 15</span>");
    has(s, "<dd>FY2026</dd>");
    has(s, "aria-hidden=\"true\">\u26A0</span> At risk</dd>");
    has(s, "<article class=\"card st-missed\">");        /* D2 30 by FY2026 */
    has(s, "<dd>FY2030</dd>");                           /* D2 50 by FY2030 */
    has(s, "\u2197</span> On track</dd>");
    has(s, "<span class=\"value\">1</span> <span class=\"of\">/ 2</span>"); /* G */
    has(s, "30 September 2026");
    has(s, "FY2026 Q2");
    free(s);
}

/* §3.3, §3.4: the reading of each D2 target, the breakdown by basis, and
 * G with its unknown countries apart. */
static void cards_read_d2_as_more_than_and_keep_unknown_stages_apart(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_cards_v2"), "index.html");
    has(s, "<dd>more than 30 countries</dd>");
    has(s, "<dd>more than 50 countries</dd>");
    has(s, "By strongest basis: own project: 1, took part in an activity: 1, "
           "named in a regional project: 0.");
    has(s, "1 of 2 reached, 1 unknown.");
    /* VNM's row in the country table: unknown, not "not yet" */
    const char *vnm = strstr(s, "countries/VNM.html");
    assert_non_null(vnm);
    assert_non_null(strstr(vnm, ">unknown<"));
    free(s);
}

static void country_page_says_when_and_why_it_counts_for_d2(void **state)
{
    FxWorld *f = *state;
    const char *out = render(f, "html_country_d2");
    char *s = page(out, "countries/VNM.html");
    has(s, "Counts for D2 from FY2023, on these bases: took part in an activity, "
           "named in a regional project (strongest: took part in an activity).");
    has(s, "<code>projects.csv:2</code> <a href=\"../projects/A_2FB_HE620C3190468CF61.html\">");
    has(s, "whether it has reached its target is unknown.");
    free(s);
    s = page(out, "countries/JPN.html");
    has(s, "Not counted for D2 as of 30 September 2026.");
    free(s);
}

static void dates_counts_and_sources_are_shown_as_the_source_gave_them(void **state)
{
    FxWorld *f = *state;
    const char *out = render(f, "html_precision");
    char *s = page(out, "projects/P2_H08D59607B575E907.html");
    has(s, "<dd>May 2024</dd>");                    /* not "31 May 2024" */
    has(s, "<a href=\"https://example.org/s1\" rel=\"noopener noreferrer\">");
    has(s, "<span class=\"url-text\">file:///etc/passwd</span>");
    free(s);
    s = page(out, "projects/A_2FB_HE620C3190468CF61.html");
    has(s, "1 April 2023\u00a0\u2013 end not reported");
    free(s);
}

static void i1_card_carries_the_context_line(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_context"), "index.html");
    has(s, "1 of 1 improved more than comparable non-cooperation countries.");
    has(s, "1 of 2 cooperation countries could be assessed.");
    free(s);
}

static void country_table_links_each_country_and_escapes_names(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_table"), "index.html");
    has(s, "<a href=\"countries/PHL.html\">Phil &lt;b&gt;&quot;ippines&quot;&lt;/b&gt;</a>");
    has(s, "improved (20.00 points)");
    /* VNM has no row in any edition (issue 19: say so, not "baseline") */
    has(s, "not assessable: In no GCI edition: the data has no GCI score for it");
    assert_null(strstr(s, "<b>\"ippines"));
    free(s);
}

static void country_page_shows_stage_provenance_and_comparison(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_country"), "countries/PHL.html");
    has(s, "GCI 2020, overall score 40.00 %");      /* 8*5 of 100 */
    has(s, "GCI 2024, tier 3");
    has(s, "Strategy: a Southeast, South, East or Central Asian cooperation country, so networking");
    has(s, "15.00 points more than the median of 1 comparable");
    has(s, "href=\"../briefs/PHL.pdf\"");
    has(s, "src=\"../charts/country_PHL.png\"");
    has(s, "<a href=\"../projects/A_2FB_HE620C3190468CF61.html\">");
    free(s);
}

static void projects_get_safe_pages_and_only_http_urls_become_links(void **state)
{
    FxWorld *f = *state;
    const char *out = render(f, "html_projects");
    char *s = page(out, "projects/A_2FB_HE620C3190468CF61.html");
    has(s, "<span class=\"url-text\">javascript:alert(1)</span>");
    assert_null(strstr(s, "href=\"javascript"));
    has(s, "Title &lt;script&gt;x&lt;/script&gt;");
    free(s);
    s = page(out, "projects/P2_H08D59607B575E907.html");
    has(s, "<a href=\"https://example.org/x%20y\"");
    free(s);
    s = page(out, "projects.html");
    has(s, "<a href=\"projects/A_2FB_HE620C3190468CF61.html\">a/b</a>");
    free(s);
}

static void project_page_sums_participation_by_fiscal_year(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_project_part"), "projects/A_2FB_HE620C3190468CF61.html");
    has(s, "<tr><th scope=\"row\">FY2024</th><td class=\"txt\">"
           "Phil &lt;b&gt;&quot;ippines&quot;&lt;/b&gt;, Viet Nam</td>"
           "<td class=\"num\">15</td><td class=\"num\">4</td></tr>");
    /* FY2025: PHL's row without a count, VNM's "about 80" (§3.7: the sum
     * of the reported counts, at least that many since one row has none,
     * approximate because one is) */
    has(s, "<tr><th scope=\"row\">FY2025</th><td class=\"txt\">"
           "Phil &lt;b&gt;&quot;ippines&quot;&lt;/b&gt;, Viet Nam</td>"
           "<td class=\"num\">about 80+</td><td class=\"num\">not reported</td></tr>");
    assert_null(strstr(s, "FY2027"));
    has(s, "<th scope=\"col\">Fiscal year</th>");
    free(s);
    s = page(render(f, "html_project_nopart"), "projects/P2_H08D59607B575E907.html");
    assert_null(strstr(s, "<th scope=\"col\">Fiscal year</th>"));
    free(s);
}

/* Issue 19: a year whose activity has no count is "not reported", a sum
 * with rows without a count "N+" -- never a dash, which says "nobody";
 * the alt text names the hatched years.  Worked from the sums above:
 * FY2024 10 + 5 = 15, women 4; FY2025 80 (VNM, approx) + PHL unknown. */
static void participants_table_says_unknown_counts_in_words(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_participants"), "index.html");
    has(s, "In FY2025, about 80+ people took part in cooperation activities "
           "(the number of women was not recorded). Years with activities whose "
           "participants were not reported (hatched): FY2025.");
    has(s, "FY2024</th><td class=\"num\">15</td><td class=\"num\">4</td>");
    has(s, "FY2025</th><td class=\"num\">about 80+</td>"
           "<td class=\"num\">not reported</td>");
    free(s);
    s = page(render(f, "html_participants_country"), "countries/PHL.html");
    has(s, "FY2025</th><td class=\"num\">not reported</td>"
           "<td class=\"num\">not reported</td>");
    free(s);
}

static void navigation_marks_the_current_page_and_links_up_from_subfolders(void **state)
{
    FxWorld *f = *state;
    const char *out = render(f, "html_nav");
    char *s = page(out, "projects.html");
    has(s, "<li><a href=\"projects.html\" aria-current=\"page\">Projects</a></li>");
    has(s, "<li><a href=\"index.html\">Dashboard</a></li>");
    has(s, "<link rel=\"stylesheet\" href=\"assets/site.css\">");
    free(s);
    s = page(out, "countries/PHL.html");
    has(s, "<li><a href=\"../projects.html\">Projects</a></li>");
    has(s, "<script src=\"../assets/site.js\"></script>");
    assert_null(strstr(s, "aria-current"));
    free(s);
}

/* Each page sets only the labels its templates name: none may be left
 * out, which would show as an empty heading, term or column head. */
static void no_page_has_an_empty_heading_term_or_column_head(void **state)
{
    FxWorld *f = *state;
    const char *out = render(f, "html_labels");
    static const char *const pages[] = {
        "index.html", "methodology.html", "projects.html",
        "countries/PHL.html", "projects/A_2FB_HE620C3190468CF61.html", "projects/P2_H08D59607B575E907.html",
    };
    static const char *const empty[] = {
        "></h1>", "></h2>", "></h3>", "<dt></dt>", "<th scope=\"col\"></th>",
        "<caption></caption>", "<a class=\"skip\" href=\"#main\"></a>",
        "aria-label=\"\"",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        char *s = page(out, pages[i]);
        for (size_t k = 0; k < sizeof empty / sizeof *empty; k++)
            if (strstr(s, empty[k]))
                fail_msg("%s: %s", pages[i], empty[k]);
        free(s);
    }
}

static void methodology_lists_settings_and_exclusions(void **state)
{
    FxWorld *f = *state;
    char *s = page(render(f, "html_method"), "methodology.html");
    has(s, "Viet Nam");
    has(s, "In no GCI edition: the data has no GCI score for it");
    has(s, "30 by FY2026; 50 by FY2030");
    has(s, "initial below 20.00 %, growing below 55.00 %, networking below 85.00 %");
    free(s);
}

static void missing_templates_are_an_error_not_a_crash(void **state)
{
    FxWorld *f = *state;
    char res[4096], path[4200];
    snprintf(res, sizeof res, "%s", test_tmpdir("html_no_templates"));
    Diag d = DIAG_INIT;
    snprintf(path, sizeof path, "%s/templates/assets", res);
    assert_int_equal(fs_mkdirs(path, &d), ERR_OK);
    static const char *const assets[] = { "site.css", "site.js", "favicon.svg" };
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/templates/assets/%s", res, assets[i]);
        assert_int_equal(fs_write_file(path, "x", 1, &d), ERR_OK);
    }
    RenderCtx ctx = f->ctx;      /* the group's world, with resources of its own */
    ctx.outdir = test_tmpdir("html_out");
    ctx.resources = res;
    ctx.diag = &d;
    assert_int_equal(render_html(&ctx), ERR_RENDER);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(d.items[0].msg, "page.tpl"));
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dashboard_cards_give_value_target_deadline_and_status_in_words),
        cmocka_unit_test(participants_table_says_unknown_counts_in_words),
        cmocka_unit_test(cards_read_d2_as_more_than_and_keep_unknown_stages_apart),
        cmocka_unit_test(country_page_says_when_and_why_it_counts_for_d2),
        cmocka_unit_test(dates_counts_and_sources_are_shown_as_the_source_gave_them),
        cmocka_unit_test(i1_card_carries_the_context_line),
        cmocka_unit_test(country_table_links_each_country_and_escapes_names),
        cmocka_unit_test(country_page_shows_stage_provenance_and_comparison),
        cmocka_unit_test(projects_get_safe_pages_and_only_http_urls_become_links),
        cmocka_unit_test(project_page_sums_participation_by_fiscal_year),
        cmocka_unit_test(navigation_marks_the_current_page_and_links_up_from_subfolders),
        cmocka_unit_test(no_page_has_an_empty_heading_term_or_column_head),
        cmocka_unit_test(methodology_lists_settings_and_exclusions),
        cmocka_unit_test(missing_templates_are_an_error_not_a_crash),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
