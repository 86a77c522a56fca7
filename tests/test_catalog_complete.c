/* Every language under i18n/ has exactly the keys of i18n/en/, whatever
 * files the modules add (SPEC §4 Language: a translation needs no C
 * change); and the shared vocabulary covers every code the program names. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "config/catalog.h"
#include "compute/compute.h"
#include "model/model.h"
#include "config/settings.h"
#include "support.h"

static void every_language_folder_has_exactly_the_english_keys(void **state)
{
    (void)state;
    char i18n[4096];
    snprintf(i18n, sizeof i18n, "%s/i18n", test_source_dir());
    DIR *dp = opendir(i18n);
    assert_non_null(dp);
    int langs = 0;
    for (struct dirent *de; (de = readdir(dp));) {
        if (de->d_name[0] == '.')
            continue;
        Catalog *c = NULL;
        Diag d = DIAG_INIT;
        Err e = catalog_load(&c, test_source_dir(), de->d_name, &d);
        if (e || d.errors) {
            fprintf(stderr, "language '%s':\n", de->d_name);
            diag_print(&d, stderr);
        }
        assert_int_equal(e, ERR_OK);
        assert_int_equal(d.errors + d.warnings, 0);
        catalog_free(c);
        diag_release(&d);
        langs++;
    }
    closedir(dp);
    assert_true(langs >= 2);    /* en and ja at least (SPEC §4) */
}

/* `common.<prefix><code>` for every code of a table, in every language. */
static void expect_keys(const char *prefix, const char *const *codes, int n)
{
    static const char *const langs[] = { "en", "ja" };
    for (size_t l = 0; l < 2; l++) {
        Catalog *c = NULL;
        Diag d = DIAG_INIT;
        assert_int_equal(catalog_load(&c, test_source_dir(), langs[l], &d),
                         ERR_OK);
        for (int i = 0; i < n; i++) {
            char key[128];
            snprintf(key, sizeof key, "common.%s%s", prefix, codes[i]);
            (void)catalog_get(c, key);
        }
        size_t missing = catalog_missing(c, &d);
        diag_print(&d, stderr);
        assert_int_equal(missing, 0);
        catalog_free(c);
        diag_release(&d);
    }
}

static void vocabulary_names_every_pillar_stage_scheme_and_rule(void **state)
{
    (void)state;
    expect_keys("pillar_", pillar_names, PILLAR_COUNT);
    expect_keys("stage_", stage_names, STAGE_COUNT);
    expect_keys("scheme_", scheme_names, SCHEME_COUNT);
    expect_keys("rule_", rule_names, 3);
}

static void vocabulary_names_every_status_reason_and_source(void **state)
{
    (void)state;
    expect_keys("status_", status_names, 4);
    expect_keys("reason_", na_reason_codes + 1, NA_COUNT - 1);  /* not NA_NONE */
    expect_keys("source_", source_codes, SRC_COUNT);
}

static void vocabulary_has_months_and_date_patterns(void **state)
{
    (void)state;
    static const char *const months[] = { "1", "2", "3", "4", "5", "6", "7",
                                          "8", "9", "10", "11", "12" };
    expect_keys("month_", months, 12);
    static const char *const patterns[] = { "date_format", "quarter_format" };
    expect_keys("", patterns, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_language_folder_has_exactly_the_english_keys),
        cmocka_unit_test(vocabulary_names_every_pillar_stage_scheme_and_rule),
        cmocka_unit_test(vocabulary_names_every_status_reason_and_source),
        cmocka_unit_test(vocabulary_has_months_and_date_patterns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
