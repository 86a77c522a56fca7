/* I2 and D1 on the site (SPEC §4): the dashboard's cards, a country's I2
 * section and a project's local scenario show the figures compute gave,
 * in words from the catalogue, in English and Japanese; no target or
 * status on a card unless one is set. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "render/chart/render_charts.h"
#include "render/html/render_html.h"
#include "support.h"

/* As of 2024-09-30 (the world of test_render_data_i2d1.c):
 *   AAA  P1; I2 rated 3 on 2024-05 by "CMM review" -> improved
 *   BBB  P2 (no scenario); an I2 row of 2023 and one of 2024-02-01, both
 *        unrated -> not rated; listed newest first
 *   P1 A increase 10 -> 40 (cases) by 2026-03-31: 25 on 2024-04-01,
 *        progress 50.00, at risk (the line reads 39.96 < 40);
 *      B decrease 5 -> 1 by 2027: no data.  P1 improved (1 of 1).
 *   I2 = 1 (1 improved, 0, 1 not rated, 0 not assessed); D1 = 1 of 1. */
static void build(FxWorld *w, const char *lang)
{
    fx_open(w, lang, "2024-09-30");
    FxBuilder *b = &w->b;
    fx_country(b, "AAA", "Southeast Asia", NULL);
    fx_country(b, "BBB", "Southeast Asia", NULL);
    fx_project(b, "P1", "AAA", "2022-04-01", NULL, "technical");
    fx_project(b, "P2", "BBB", "2023-01-01", NULL, "technical");
    Assessment *a = fx_assess(b, "AAA", "2000-01-01", NULL);
    a->date = fx_date_prec("2024-05", &a->date_prec);
    a->assessor = "CMM review";
    a = fx_assess(b, "BBB", "2000-01-01", NULL);
    a->date = fx_date_prec("2023", &a->date_prec);
    a->rating = 0;
    a->assessor = "Older review";
    a = fx_assess(b, "BBB", "2024-02-01", NULL);
    a->rating = 0;
    a->assessor = "Newer review";
    Scenario *s = fx_scenario(b, "P1", "A", "increase", "10", "40", "2026-03-31", NULL);
    s->unit = "cases";
    fx_scenario(b, "P1", "B", "decrease", "5", "1", "2027", NULL);
    fx_result(b, "P1", "A", "2024-04-01", "25");
    fx_index(b);
    fx_compute(w);
}

static char *page(const char *out, const char *rel)
{
    char *t = test_read_in(out, rel, NULL);
    assert_non_null(t);
    return t;
}

/* The text between `from` and the next `to` in `s` (a fresh copy). */
static char *between(const char *s, const char *from, const char *to)
{
    const char *a = strstr(s, from);
    assert_non_null(a);
    const char *b = strstr(a, to);
    assert_non_null(b);
    char *r = strndup(a, (size_t)(b - a));
    assert_non_null(r);
    return r;
}

static void dashboard_cards_show_value_and_each_result_without_a_target(void **state)
{
    (void)state;
    FxWorld w;
    build(&w, "en");
    const char *out = test_tmpdir("i2d1_pages_en");
    assert_int_equal(fx_render(&w, render_html, out), ERR_OK);
    char *index = page(out, "index.html");
    char *i2 = between(index, "<span class=\"code\">I2</span>", "</article>");
    assert_non_null(strstr(i2, "<span class=\"value\">1</span></p>"));
    assert_non_null(strstr(i2, "<dt>Improved</dt><dd>1</dd>"));
    assert_non_null(strstr(i2, "<dt>Not rated</dt><dd>1</dd>"));
    assert_non_null(strstr(i2, "<dt>Not assessed</dt><dd>0</dd>"));
    assert_null(strstr(i2, "Deadline"));          /* no target set */
    assert_null(strstr(i2, "class=\"of\""));
    char *d1 = between(index, "<span class=\"code\">D1</span>", "</article>");
    assert_non_null(strstr(d1, "<span class=\"value\">1</span></p>"));
    assert_non_null(strstr(d1, "<dt>No local scenario</dt><dd>1</dd>"));
    assert_non_null(strstr(d1, "Of 1 started projects with a local scenario (2 started in all)"));
    free(i2);
    free(d1);
    free(index);

    char *bbb = page(out, "countries/BBB.html");
    char *sec = between(bbb, "id=\"i2-h\"", "</section>");
    assert_non_null(strstr(sec, "I2 result: Not rated (2 I2 assessments known)."));
    const char *newer = strstr(sec, "Newer review"), *older = strstr(sec, "Older review");
    assert_true(newer && older && newer < older);   /* newest first */
    assert_non_null(strstr(sec, "<th scope=\"row\" class=\"word\">2023</th>"));   /* its precision */
    assert_non_null(strstr(sec, "not rated"));
    assert_non_null(strstr(sec, "No local scenario"));   /* P2's D1 result */
    free(sec);
    free(bbb);

    char *aaa = page(out, "countries/AAA.html");
    sec = between(aaa, "id=\"i2-h\"", "</section>");
    assert_non_null(strstr(sec, "I2 result: Improved (1 I2 assessments known)."));
    assert_non_null(strstr(sec, "<th scope=\"row\" class=\"word\">May 2024</th>"));
    assert_non_null(strstr(sec, "3: improved"));
    assert_non_null(strstr(sec, "2 in the scenario, 1 with a result, 1 improved"));
    free(sec);
    free(aaa);

    char *p1 = page(out, "projects/P1.html");
    sec = between(p1, "id=\"scenario-h\"", "</section>");
    assert_non_null(strstr(sec, "D1 result: Improved."));
    assert_non_null(strstr(sec, "10 cases (1 April 2022)"));
    assert_non_null(strstr(sec, "40 cases (31 March 2026)"));
    assert_non_null(strstr(sec, "25 cases (1 April 2024)"));
    assert_non_null(strstr(sec, ">50.00<"));
    assert_non_null(strstr(sec, "At risk"));
    assert_non_null(strstr(sec, "No data"));
    free(sec);
    free(p1);
    fx_close(&w);
}

static void a_set_target_puts_target_and_status_on_the_card(void **state)
{
    (void)state;
    FxWorld w;
    build(&w, "en");
    w.s.d1_target = 1;
    w.s.d1_by_fy = 2024;
    fx_compute(&w);
    const char *out = test_tmpdir("i2d1_pages_target");
    assert_int_equal(fx_render(&w, render_html, out), ERR_OK);
    char *index = page(out, "index.html");
    char *d1 = between(index, "<span class=\"code\">D1</span>", "</article>");
    assert_non_null(strstr(d1, "<span class=\"of\">/ 1</span>"));
    assert_non_null(strstr(d1, "<dd>1 projects</dd>"));
    assert_non_null(strstr(d1, "Achieved"));
    free(d1);
    free(index);
    fx_close(&w);
}

/* §4: a chart per indicator with a result -- A (scenario 0) has one, B
 * (scenario 1) none -- and the project page shows it with its numbers in
 * words; the page links only charts that exist. */
static void a_chart_per_indicator_with_a_result(void **state)
{
    (void)state;
    FxWorld w;
    build(&w, "en");
    const char *out = test_tmpdir("i2d1_pages_charts");
    assert_int_equal(fx_render(&w, render_charts, out), ERR_OK);
    assert_int_equal(fx_render(&w, render_html, out), ERR_OK);
    size_t len = 0;
    char *png = test_read_in(out, "charts/scenario_0.png", &len);
    assert_non_null(png);
    assert_memory_equal(png, "\x89PNG", 4);
    free(png);
    assert_null(test_read_in(out, "charts/scenario_1.png", &len));
    char *p1 = page(out, "projects/P1.html");
    assert_non_null(strstr(p1, "<img src=\"../charts/scenario_0.png\" alt=\"Baseline 10 "
                               "(1 April 2022); latest of 1 results 25 (1 April 2024); "
                               "target 40 by 31 March 2026. Status: At risk.\">"));
    assert_null(strstr(p1, "scenario_1.png"));
    free(p1);
    fx_close(&w);
}

static void japanese_pages_use_the_japanese_words(void **state)
{
    (void)state;
    FxWorld w;
    build(&w, "ja");
    const char *out = test_tmpdir("i2d1_pages_ja");
    assert_int_equal(fx_render(&w, render_html, out), ERR_OK);
    char *index = page(out, "index.html");
    assert_non_null(strstr(index, "<dt>評定なし</dt><dd>1</dd>"));
    assert_non_null(strstr(index, "<dt>現地シナリオなし</dt><dd>1</dd>"));
    free(index);
    char *bbb = page(out, "countries/BBB.html");
    assert_non_null(strstr(bbb, "I2の結果: 評定なし"));
    free(bbb);
    fx_close(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dashboard_cards_show_value_and_each_result_without_a_target),
        cmocka_unit_test(a_set_target_puts_target_and_status_on_the_card),
        cmocka_unit_test(a_chart_per_indicator_with_a_result),
        cmocka_unit_test(japanese_pages_use_the_japanese_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
