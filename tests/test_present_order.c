/* present/collate.h and the issue-19 words of present/vocab.h: names in
 * the page's language, GCI scores at the precision published, and
 * not-assessable reasons that say exactly why.  Expected orders and texts
 * are worked out by hand from collate.h and i18n/{en,ja}/common.ini. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "present/collate.h"
#include "present/vocab.h"
#include "fixture.h"

/* Issue 19: the ISO3 order put Cambodia (KHM) after Indonesia (IDN) and
 * Viet Nam (VNM) before Vanuatu (VUT); file order is ISO3 order here. */
static const char *const countries[][2] = {
    { "CIV", "Côte d'Ivoire" }, { "COK", "Cook Islands" }, { "CRI", "Costa Rica" },
    { "HRV", "Croatia" }, { "IDN", "Indonesia" }, { "JPN", "Japan" },
    { "KHM", "Cambodia" }, { "LAO", "Lao People's Democratic Republic" },
    { "VNM", "Viet Nam" }, { "VUT", "Vanuatu" },
};
static const char *const names_ja[] = {
    "コートジボワール", "クック諸島", "コスタリカ", "クロアチア", "インドネシア",
    "日本", "カンボジア", "ラオス人民民主共和国", "ベトナム", "バヌアツ",
};
#define N_COUNTRIES ((int)(sizeof countries / sizeof *countries))

static void build(FxWorld *w, const char *lang)
{
    fx_open(w, lang, "2026-09-30");
    for (int i = 0; i < N_COUNTRIES; i++) {
        Country *c = fx_country(&w->b, countries[i][0], "Pacific", NULL);
        c->name = countries[i][1];
        c->name_ja = names_ja[i];
    }
    fx_edition(&w->b, 2018, "2019-01-01", "1", "1");
    fx_edition(&w->b, 2020, "2021-06-29", "20", "100");
    fx_edition(&w->b, 2024, "2024-09-12", "20", "100");
    fx_gci(&w->b, "IDN", 2018, "");       /* IDN: in 2018 only */
    fx_index(&w->b);
}

static void order_in(const char *lang, const char *const expect[])
{
    FxWorld w;
    build(&w, lang);
    int list[N_COUNTRIES];
    for (int i = 0; i < N_COUNTRIES; i++)
        list[i] = i;
    collate_countries(&w.b.m, lang, list, N_COUNTRIES);
    for (int i = 0; i < N_COUNTRIES; i++)
        assert_string_equal(w.b.m.countries[list[i]].iso3, expect[i]);
    fx_close(&w);
}

static void english_lists_sort_by_name_not_iso3(void **state)
{
    (void)state;
    /* Cambodia, Cook, Costa, Côte (ô as o: "cote" after "costa"),
     * Croatia, Indonesia, Japan, Lao, Vanuatu, Viet Nam */
    static const char *const expect[] = {
        "KHM", "COK", "CRI", "CIV", "HRV", "IDN", "JPN", "LAO", "VUT", "VNM",
    };
    order_in("en", expect);
}

static void japanese_lists_sort_by_reading_then_english_name(void **state)
{
    (void)state;
    /* Katakana only, in code-point (gojūon) order: イ U+30A4 (Indonesia),
     * カ U+30AB (Cambodia), ク U+30AF (Croatia), コ U+30B3 twice: コス
     * (ス U+30B9, Costa Rica) before コー (ー U+30FC, Côte d'Ivoire); バ
     * U+30D0 (Vanuatu) before ベ U+30D9 (Viet Nam).  Then the names with
     * kanji (no reading in the data) by English name: Cook Islands
     * (クック諸島), Japan (日本), Lao (ラオス人民民主共和国). */
    static const char *const expect[] = {
        "IDN", "KHM", "HRV", "CRI", "CIV", "VUT", "VNM", "COK", "JPN", "LAO",
    };
    order_in("ja", expect);
}

static void a_reading_is_katakana_only(void **state)
{
    (void)state;
    assert_true(collate_is_reading("ブルネイ・ダルサラーム"));
    assert_true(collate_is_reading("ニュージーランド"));
    assert_false(collate_is_reading("クック諸島"));
    assert_false(collate_is_reading("日本"));
    assert_false(collate_is_reading("ｶﾝﾎﾞｼﾞｱ"));    /* half-width: not in the range */
    assert_false(collate_is_reading(""));
    assert_false(collate_is_reading(NULL));
}

static void scores_show_at_the_precision_published(void **state)
{
    (void)state;
    Arena a = ARENA_INIT;
    /* issue 19: the 2018 score 0.643 was shown as 0.64 */
    assert_string_equal(vocab_score(&a, fx_rat("0.643"), 3), "0.643");
    assert_string_equal(vocab_score(&a, fx_rat("0.5"), 3), "0.500");
    assert_string_equal(vocab_score(&a, fx_rat("77"), 2), "77.00");
    assert_string_equal(vocab_score(&a, fx_rat("5.20"), 2), "5.20");
    assert_string_equal(vocab_score(&a, fx_rat("93.49"), 2), "93.49");
    assert_int_equal(vocab_decimals(fx_rat("0.643")), 3);
    assert_int_equal(vocab_decimals(fx_rat("5.20")), 1);
    assert_int_equal(vocab_decimals(fx_rat("77")), 0);
    arena_release(&a);
}

/* Issue 19: Cook Islands, in no GCI edition, read "not covered by the
 * baseline edition"; each reason now says exactly why, in both languages. */
static void reasons_say_exactly_why(void **state)
{
    (void)state;
    static const struct {
        const char *lang, *iso3;
        NaReason reason;
        PillarSet pillars;
        const char *text;
    } cases[] = {
        { "en", "COK", NA_NO_BASELINE_ROW, 0,
          "In no GCI edition: the data has no GCI score for it" },
        { "en", "IDN", NA_NO_BASELINE_ROW, 0,
          "Not covered by the baseline edition (GCI 2020)" },
        { "en", "IDN", NA_NO_LATEST_ROW, 0,
          "Not covered by any GCI edition published after the baseline (GCI 2020)" },
        { "en", "IDN", NA_NO_TARGETED_PILLARS, 0,
          "It has no started project, other than an assessment, that targets a GCI pillar" },
        { "en", "IDN", NA_MISSING_BASELINE_SCORE, PILLAR_BIT(PILLAR_LEGAL),
          "The baseline edition (GCI 2020) has no score for Legal" },
        { "en", "IDN", NA_MISSING_LATEST_SCORE, PILLAR_BIT(PILLAR_LEGAL),
          "The latest edition (GCI 2024) has no score for Legal" },
        { "ja", "COK", NA_NO_BASELINE_ROW, 0, "いずれのGCI版にもデータがない" },
        { "ja", "IDN", NA_NO_BASELINE_ROW, 0, "基準年版（GCI 2020）に当該国のデータがない" },
        { "ja", "IDN", NA_MISSING_LATEST_SCORE, PILLAR_BIT(PILLAR_LEGAL),
          "最新版（GCI 2024）にスコアがない分野：法的措置" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        FxWorld w;
        build(&w, cases[i].lang);
        int c = -1;
        for (int k = 0; k < w.b.m.n_countries; k++)
            if (!strcmp(w.b.m.countries[k].iso3, cases[i].iso3))
                c = k;
        /* baseline 2020 (edition 1), latest 2024 (edition 2) */
        I1Country k = { .country = c, .reason = cases[i].reason,
                        .reason_pillars = cases[i].pillars, .baseline_edition = 1,
                        .latest_edition = 2, .first_late_project = -1 };
        assert_string_equal(vocab_reason(w.cat, &w.perm, &w.b.m, &k, 2020),
                            cases[i].text);
        fx_close(&w);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(english_lists_sort_by_name_not_iso3),
        cmocka_unit_test(japanese_lists_sort_by_reading_then_english_name),
        cmocka_unit_test(a_reading_is_katakana_only),
        cmocka_unit_test(scores_show_at_the_precision_published),
        cmocka_unit_test(reasons_say_exactly_why),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
