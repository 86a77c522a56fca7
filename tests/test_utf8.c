/* The one UTF-8 rule (base/utf8.h, SPEC §2): the strict validator, the
 * boundary cut, and the catalogue now using the strict rule. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/fsutil.h"
#include "base/utf8.h"
#include "config/catalog.h"
#include "support.h"

#define VALID(s) utf8_valid(s, sizeof s - 1)

static void well_formed_text_is_valid(void **state)
{
    (void)state;
    assert_true(utf8_valid("", 0));
    assert_true(VALID("plain"));
    assert_true(VALID("\xC2\x80"));                  /* U+0080 */
    assert_true(VALID("\xDF\xBF"));                  /* U+07FF */
    assert_true(VALID("\xE0\xA0\x80"));              /* U+0800 */
    assert_true(VALID("\xE3\x83\x95\xE3\x82\xA3"));  /* フィ */
    assert_true(VALID("\xED\x9F\xBF"));              /* U+D7FF */
    assert_true(VALID("\xEE\x80\x80"));              /* U+E000 */
    assert_true(VALID("\xEF\xBB\xBF"));              /* BOM */
    assert_true(VALID("\xF0\x90\x80\x80"));          /* U+10000 */
    assert_true(VALID("\xF0\x9F\x98\x80"));          /* U+1F600 */
    assert_true(VALID("\xF4\x8F\xBF\xBF"));          /* U+10FFFF */
    assert_true(VALID("a\0b"));   /* U+0000 is UTF-8; callers refuse it */
}

/* Each of these the catalogue's former lax check let through. */
static void overlong_surrogate_and_too_high_are_invalid(void **state)
{
    (void)state;
    assert_false(VALID("\xE0\x80\xAF"));             /* overlong '/' */
    assert_false(VALID("\xE0\x9F\xBF"));             /* overlong U+07FF */
    assert_false(VALID("\xF0\x8F\xBF\xBF"));         /* overlong U+FFFF */
    assert_false(VALID("\xED\xA0\x80"));             /* U+D800 */
    assert_false(VALID("\xED\xBF\xBF"));             /* U+DFFF */
    assert_false(VALID("\xED\xB0\x80"));             /* U+DC00 */
    assert_false(VALID("\xF4\x90\x80\x80"));         /* U+110000 */
    assert_false(VALID("\xF4\xBF\xBF\xBF"));         /* U+13FFFF */
}

static void broken_sequences_are_invalid(void **state)
{
    (void)state;
    assert_false(VALID("\xC0\xAF"));                 /* overlong, 2 bytes */
    assert_false(VALID("\xC1\xBF"));
    assert_false(VALID("\xF5\x80\x80\x80"));         /* lead beyond F4 */
    assert_false(VALID("\xFF"));
    assert_false(VALID("\x80"));                     /* stray */
    assert_false(VALID("a\xBF"));
    assert_false(VALID("\xE3\x83"));                 /* truncated */
    assert_false(VALID("\xF0\x9F\x98"));
    assert_false(VALID("\xC2"));
    assert_false(VALID("\xE3\x28\xA1"));             /* bad 2nd byte */
    assert_false(VALID("\xE3\x83\x28"));             /* bad 3rd byte */
    assert_false(VALID("\xF0\x9F\x98\x28"));         /* bad 4th byte */
    /* only n bytes are read: a sequence cut by n is truncated */
    assert_false(utf8_valid("\xE3\x83\x95", 2));
}

static void cut_never_splits_a_character(void **state)
{
    (void)state;
    const char *s = "ab\xE3\x83\x95" "c";            /* a b フ c */
    assert_int_equal(utf8_cut(s, 6, 10), 6);         /* fits: all of it */
    assert_int_equal(utf8_cut(s, 6, 6), 6);
    assert_int_equal(utf8_cut(s, 6, 5), 5);          /* before the c */
    assert_int_equal(utf8_cut(s, 6, 4), 2);          /* inside フ */
    assert_int_equal(utf8_cut(s, 6, 3), 2);
    assert_int_equal(utf8_cut(s, 6, 2), 2);
    assert_int_equal(utf8_cut(s, 6, 0), 0);
    assert_int_equal(utf8_cut("\xE3\x83\x95", 3, 2), 0);
    assert_int_equal(utf8_cut("\xF0\x9F\x98\x80!", 5, 4), 4);
}

/* The catalogue used a lax check of its own (issue 15): a surrogate in a
 * catalogue file is now refused like any invalid UTF-8. */
static void catalogue_refuses_an_encoded_surrogate(void **state)
{
    (void)state;
    const char *root = test_tmpdir("utf8_catalog");
    char dir[4096], path[4096];
    snprintf(dir, sizeof dir, "%s/i18n/en", root);
    snprintf(path, sizeof path, "%s/i18n/en/a.ini", root);
    static const char ini[] = "[a]\nk = x\xED\xA0\x80y\n";
    Diag d = DIAG_INIT;
    assert_int_equal(fs_mkdirs(dir, &d), ERR_OK);
    assert_int_equal(fs_write_file(path, ini, sizeof ini - 1, &d), ERR_OK);
    Catalog *c = (Catalog *)1;
    assert_int_equal(catalog_load(&c, root, "en", &d), ERR_CONFIG);
    assert_null(c);
    assert_int_equal(d.errors, 1);
    diag_release(&d);
}

/* Issue 21.7: what XML 1.0 does not allow in text, found at its offset;
 * tab, LF, CR, U+FFFD and supplementary characters are allowed. */
static void xml_invalid_characters_are_found(void **state)
{
    (void)state;
    unsigned long cp = 0;
    const char ok[] = "a\tb\r\nc \xEF\xBF\xBD \xF0\x9F\x98\x80 \xEF\xBF\xBD";
    assert_int_equal(utf8_xml_invalid(ok, sizeof ok - 1, &cp), sizeof ok - 1);
    assert_int_equal(utf8_xml_invalid("ab\xEF\xBF\xBE", 5, &cp), 2);
    assert_int_equal(cp, 0xFFFE);
    assert_int_equal(utf8_xml_invalid("\xEF\xBF\xBF", 3, &cp), 0);
    assert_int_equal(cp, 0xFFFF);
    assert_int_equal(utf8_xml_invalid("x\x01", 2, &cp), 1);
    assert_int_equal(cp, 1);
    assert_int_equal(utf8_xml_invalid("x\0", 2, &cp), 1);
    assert_int_equal(cp, 0);
}

/* Issue 21.11: invisible and bidirectional characters, found; Japanese,
 * accents and U+200A (a visible hair space) are not among them. */
static void invisible_and_bidi_characters_are_found(void **state)
{
    (void)state;
    unsigned long cp = 0;
    const char ok[] = "\xE6\x97\xA5\xE6\x9C\xAC \xC3\xA9 \xE2\x80\x8A";
    assert_int_equal(utf8_invisible(ok, sizeof ok - 1, &cp), sizeof ok - 1);
    assert_int_equal(utf8_invisible("ab\xEF\xBB\xBF", 5, &cp), 2);
    assert_int_equal(cp, 0xFEFF);
    assert_int_equal(utf8_invisible("\xE2\x80\xAE", 3, &cp), 0);
    assert_int_equal(cp, 0x202E);
    assert_int_equal(utf8_invisible_at("\xE2\x80\x8B", 3, &cp), 3);
    assert_int_equal(utf8_invisible_at("\xE2\x80", 2, &cp), 0);   /* cut short */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(well_formed_text_is_valid),
        cmocka_unit_test(overlong_surrogate_and_too_high_are_invalid),
        cmocka_unit_test(broken_sequences_are_invalid),
        cmocka_unit_test(cut_never_splits_a_character),
        cmocka_unit_test(catalogue_refuses_an_encoded_surrogate),
        cmocka_unit_test(xml_invalid_characters_are_found),
        cmocka_unit_test(invisible_and_bidi_characters_are_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
