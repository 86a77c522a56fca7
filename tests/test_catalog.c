/* The message catalogue: loading, checking a translation against English,
 * continuation lines, placeholders, dates (catalog.h, SPEC §4 Language). */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/catalog.h"
#include "base/fsutil.h"
#include "support.h"

/* Write `text` to <dir>/<rel>, creating folders. */
static void put(const char *dir, const char *rel, const char *text)
{
    char path[4096], folder[4096];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    snprintf(folder, sizeof folder, "%s", path);
    *strrchr(folder, '/') = '\0';
    Diag d = DIAG_INIT;
    assert_int_equal(fs_mkdirs(folder, &d), ERR_OK);
    assert_int_equal(fs_write_file(path, text, strlen(text), &d), ERR_OK);
    diag_release(&d);
}

/* Does any kept message of `d` print exactly as `want`? */
static int has_message(const Diag *d, const char *want)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    diag_print(d, f);
    fclose(f);
    int found = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
        found |= !strcmp(line, want);
    if (!found)
        fprintf(stderr, "wanted: %s\ngot:\n%s", want, n ? buf : "(nothing)\n");
    free(buf);
    return found;
}

static Catalog *load_ok(const char *root, const char *lang)
{
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    Err e = catalog_load(&c, root, lang, &d);
    diag_print(&d, stderr);
    assert_int_equal(e, ERR_OK);
    assert_int_equal(d.errors, 0);
    assert_non_null(c);
    diag_release(&d);
    return c;
}

static void missing_key_in_translation_names_key_and_reference_file(void **state)
{
    (void)state;
    Catalog *c = (Catalog *)1;
    Diag d = DIAG_INIT;
    Err e = catalog_load(&c, test_path("tests/data/catalog/missing_key"), "ja",
                         &d);
    assert_int_equal(e, ERR_CONFIG);
    assert_null(c);
    assert_int_equal(d.errors, 1);
    assert_true(has_message(&d, "i18n/ja/html.ini: missing key "
                "'html.nav_home' (defined in i18n/en/html.ini)"));
    diag_release(&d);
}

static void english_alone_loads_without_the_translation(void **state)
{
    (void)state;
    Catalog *c = load_ok(test_path("tests/data/catalog/missing_key"), "en");
    assert_string_equal(catalog_lang(c), "en");
    assert_string_equal(catalog_get(c, "html.nav_home"), "Home");
    catalog_free(c);
}

static void continuation_joins_ascii_with_a_space(void **state)
{
    (void)state;
    Catalog *c = load_ok(test_path("tests/data/catalog/join"), "en");
    assert_string_equal(catalog_get(c, "t.long"),
                        "The first part and the second part and the third.");
    /* one side is not ASCII: no space */
    assert_string_equal(catalog_get(c, "t.mixed"), "Tokyo東京");
    assert_string_equal(catalog_get(c, "t.one"), "single line");
    catalog_free(c);
}

static void continuation_joins_japanese_directly(void **state)
{
    (void)state;
    Catalog *c = load_ok(test_path("tests/data/catalog/join"), "ja");
    assert_string_equal(catalog_lang(c), "ja");
    assert_string_equal(catalog_get(c, "t.long"),
                        "最初の部分と二番目の部分と三番目の部分。");
    assert_string_equal(catalog_get(c, "t.mixed"), "東京Tokyo");
    catalog_free(c);
}

static void absent_key_returns_itself_and_is_reported_once(void **state)
{
    (void)state;
    Catalog *c = load_ok(test_path("tests/data/catalog/join"), "en");
    assert_string_equal(catalog_get(c, "html.no_such"), "html.no_such");
    assert_string_equal(catalog_get(c, "html.no_such"), "html.no_such");
    assert_string_equal(catalog_get(c, "t.also_absent"), "t.also_absent");
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_missing(c, &d), 2);
    assert_int_equal(d.errors, 2);
    assert_true(has_message(&d, "i18n/en/html.ini: missing key "
                "'html.no_such' (asked for by the program)"));
    assert_true(has_message(&d, "i18n/en/t.ini: missing key "
                "'t.also_absent' (asked for by the program)"));
    diag_release(&d);
    catalog_free(c);
}

static void present_keys_leave_nothing_missing(void **state)
{
    (void)state;
    Catalog *c = load_ok(test_path("tests/data/catalog/join"), "en");
    (void)catalog_get(c, "t.one");
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_missing(c, &d), 0);
    assert_int_equal(d.errors, 0);
    diag_release(&d);
    catalog_free(c);
}

static void over_long_line_is_an_error_naming_its_line(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_long");
    char text[600];
    memset(text, 'x', 250);
    text[250] = '\0';
    char ini[800];
    /* The tail of the long line starts with spaces: inih alone would take
     * it for a continuation and say nothing. */
    snprintf(ini, sizeof ini, "[a]\nok = fine\nlong = %.180s        %s\n"
             "after = fine\n", text, text + 180);
    put(root, "i18n/en/a.ini", ini);
    Catalog *c = (Catalog *)1;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, root, "en", &d), ERR_CONFIG);
    assert_null(c);
    assert_int_equal(d.errors, 1);
    assert_true(has_message(&d, "i18n/en/a.ini:3: line too long (265 bytes, "
                "at most 197): continue the text on indented lines"));
    diag_release(&d);
}

static void line_of_197_bytes_is_accepted(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_197");
    char ini[400];
    char text[200];
    memset(text, 'y', 189);    /* "long = " is 7 bytes, + 190 = 197 */
    text[189] = 'z';
    text[190] = '\0';
    snprintf(ini, sizeof ini, "[a]\r\nlong = %s\r\n", text);
    put(root, "i18n/en/a.ini", ini);
    Catalog *c = load_ok(root, "en");
    assert_string_equal(catalog_get(c, "a.long"), text);
    catalog_free(c);
}

static void extra_key_in_translation_is_an_error(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_extra");
    put(root, "i18n/en/a.ini", "[a]\nx = X\n");
    put(root, "i18n/ja/a.ini", "[a]\nx = エックス\ny = ワイ\n");
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, root, "ja", &d), ERR_CONFIG);
    assert_true(has_message(&d, "i18n/ja/a.ini:3: key 'a.y' is not in the "
                "reference catalogue i18n/en/"));
    diag_release(&d);
}

static void missing_translation_file_is_one_error(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_nofile");
    put(root, "i18n/en/a.ini", "[a]\nx = X\n");
    put(root, "i18n/en/b.ini", "[b]\nx = X\ny = Y\n");
    put(root, "i18n/ja/a.ini", "[a]\nx = エックス\n");
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, root, "ja", &d), ERR_CONFIG);
    assert_int_equal(d.errors, 1);
    assert_true(has_message(&d, "i18n/ja/b.ini: missing file "
                "(i18n/en/b.ini has its keys)"));
    diag_release(&d);
}

static void duplicate_key_is_an_error_naming_both_lines(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_dup");
    put(root, "i18n/en/a.ini", "[a]\nx = X\n");
    put(root, "i18n/ja/a.ini", "[a]\nx = エックス\n\nx = 二度目\n");
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, root, "ja", &d), ERR_CONFIG);
    assert_int_equal(d.errors, 1);
    assert_true(has_message(&d, "i18n/ja/a.ini:4: duplicate key 'a.x' "
                "(first defined at i18n/ja/a.ini:2)"));
    diag_release(&d);
}

static void syntax_error_and_key_outside_section_are_errors(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_syntax");
    put(root, "i18n/en/a.ini", "top = no section\n[a]\njust words\n[b\n");
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, root, "en", &d), ERR_CONFIG);
    assert_true(has_message(&d, "i18n/en/a.ini:3: expected 'key = text', "
                "'[section]' or an indented continuation line"));
    assert_true(has_message(&d, "i18n/en/a.ini:4: expected 'key = text', "
                "'[section]' or an indented continuation line"));
    diag_release(&d);
    d = (Diag)DIAG_INIT;
    put(root, "i18n/en/a.ini", "top = no section\n[a]\nx = X\n");
    assert_int_equal(catalog_load(&c, root, "en", &d), ERR_CONFIG);
    assert_true(has_message(&d, "i18n/en/a.ini:1: key 'top' outside a "
                "[section]"));
    diag_release(&d);
}

static void unknown_or_unsafe_language_is_refused(void **state)
{
    (void)state;
    Catalog *c = NULL;
    Diag d = DIAG_INIT;
    assert_int_equal(catalog_load(&c, test_source_dir(), "../en", &d),
                     ERR_CONFIG);
    assert_int_equal(catalog_load(&c, test_source_dir(), "xx", &d),
                     ERR_CONFIG);
    assert_true(has_message(&d, "i18n/xx: no catalogue for language 'xx' "
                "(no .ini file)"));
    diag_release(&d);
}

static void format_fills_named_placeholders(void **state)
{
    (void)state;
    const char *root = test_tmpdir("catalog_format");
    put(root, "i18n/en/a.ini",
        "[a]\nt = {n} of {m} ({n}); {other} and {} stay\n");
    Catalog *c = load_ok(root, "en");
    char *s = catalog_format(c, "a.t", "n", "3", "m", "15", NULL);
    assert_string_equal(s, "3 of 15 (3); {other} and {} stay");
    free(s);
    /* a value that looks like a placeholder is not expanded again */
    s = catalog_format(c, "a.t", "n", "{m}", "m", "x", NULL);
    assert_string_equal(s, "{m} of x ({m}); {other} and {} stay");
    free(s);
    catalog_free(c);
}

static void dates_and_quarters_follow_the_language(void **state)
{
    (void)state;
    char buf[64];
    Catalog *en = load_ok(test_source_dir(), "en");
    catalog_date(en, date_from_ymd(2026, 9, 30), buf, sizeof buf);
    assert_string_equal(buf, "30 September 2026");
    catalog_quarter(en, 2026, 2, buf, sizeof buf);
    assert_string_equal(buf, "FY2026 Q2");
    catalog_date(en, date_from_ymd(2027, 1, 5), buf, 8);
    assert_string_equal(buf, "5 Janua");        /* truncated, terminated */
    catalog_free(en);

    Catalog *ja = load_ok(test_source_dir(), "ja");
    catalog_date(ja, date_from_ymd(2026, 9, 30), buf, sizeof buf);
    assert_string_equal(buf, "2026年9月30日");
    catalog_quarter(ja, 2026, 2, buf, sizeof buf);
    assert_string_equal(buf, "2026年度 第2四半期");
    catalog_date(ja, date_from_ymd(2026, 9, 30), buf, 7);
    assert_string_equal(buf, "2026");         /* never half a character */
    catalog_free(ja);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_key_in_translation_names_key_and_reference_file),
        cmocka_unit_test(english_alone_loads_without_the_translation),
        cmocka_unit_test(continuation_joins_ascii_with_a_space),
        cmocka_unit_test(continuation_joins_japanese_directly),
        cmocka_unit_test(absent_key_returns_itself_and_is_reported_once),
        cmocka_unit_test(present_keys_leave_nothing_missing),
        cmocka_unit_test(over_long_line_is_an_error_naming_its_line),
        cmocka_unit_test(line_of_197_bytes_is_accepted),
        cmocka_unit_test(extra_key_in_translation_is_an_error),
        cmocka_unit_test(missing_translation_file_is_one_error),
        cmocka_unit_test(duplicate_key_is_an_error_naming_both_lines),
        cmocka_unit_test(syntax_error_and_key_outside_section_are_errors),
        cmocka_unit_test(unknown_or_unsafe_language_is_refused),
        cmocka_unit_test(format_fills_named_placeholders),
        cmocka_unit_test(dates_and_quarters_follow_the_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
