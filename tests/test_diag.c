/* diag: messages are one line each, whatever a data value holds (issue 9:
 * a value cannot forge a `FILE:LINE:` line or drive the terminal). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

#include "base/diag.h"
#include "support.h"

static char *printed(const Diag *d)
{
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    assert_non_null(f);
    diag_print(d, f);
    fclose(f);
    return text;
}

static void control_bytes_in_a_value_are_shown_escaped(void **state)
{
    (void)state;
    Diag d = DIAG_INIT;
    diag_error(&d, "countries.csv", 3, "unknown region '%s'",
               "A\nprojects.csv:1: fake\r\t\x1b]0;owned\x07\x7f");
    diag_warning(&d, "a\nb.csv", 0, "plain");
    char *text = printed(&d);
    assert_string_equal(text,
        "countries.csv:3: unknown region 'A\\nprojects.csv:1: fake\\r\\t"
        "\\x1B]0;owned\\x07\\x7F'\n"
        "a\\nb.csv: warning: plain\n");
    free(text);
    diag_release(&d);
}

/* Issue 21.11: a byte-order mark inside a cell gave "invalid country
 * code 'KHM'"; invisible and bidirectional characters are shown. */
static void invisible_and_bidi_characters_are_shown_escaped(void **state)
{
    (void)state;
    Diag d = DIAG_INIT;
    diag_error(&d, "countries.csv", 5, "invalid country code '%s'",
               "\xEF\xBB\xBFKHM \xE2\x80\xAE" "abc\xE2\x81\xA6 \xC2\xAD");
    char *text = printed(&d);
    assert_string_equal(text, "countries.csv:5: invalid country code "
                        "'\\u{FEFF}KHM \\u{202E}abc\\u{2066} \\u{00AD}'\n");
    free(text);
    diag_release(&d);
}

static void utf8_text_is_kept_as_it_is(void **state)
{
    (void)state;
    Diag d = DIAG_INIT;
    diag_error(&d, "countries.csv", 2, "name '%s'", "フィリピン é");
    char *text = printed(&d);
    assert_string_equal(text, "countries.csv:2: name 'フィリピン é'\n");
    free(text);
    diag_release(&d);
}

static void a_dropped_warning_is_neither_shown_nor_counted(void **state)
{
    (void)state;
    Diag d = DIAG_INIT;
    d.limit = 2;
    diag_error(&d, "p.csv", 2, "first");
    diag_warning(&d, "p.csv", 3, "kept");
    diag_warning(&d, "p.csv", 4, "counted, not kept");
    diag_drop_warning(&d, 1);
    char *text = printed(&d);
    assert_string_equal(text, "p.csv:2: first\n"
                              "cyberdash: 1 more problem(s) not shown\n");
    free(text);
    diag_drop_warning(&d, SIZE_MAX);   /* the one not kept */
    assert_int_equal(d.warnings, 0);
    assert_int_equal(d.errors, 1);
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(control_bytes_in_a_value_are_shown_escaped),
        cmocka_unit_test(invisible_and_bidi_characters_are_shown_escaped),
        cmocka_unit_test(utf8_text_is_kept_as_it_is),
        cmocka_unit_test(a_dropped_warning_is_neither_shown_nor_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
