/* base/inifile: libinih fed line by line -- every entry with its line,
 * over-long lines refused instead of split, every syntax error named. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/inifile.h"

/* What the callback saw, one "LINE section.key=value" (+ " cont") each. */
typedef struct {
    char seen[16][300];
    int n;
} Seen;

static bool keep(void *user, const IniEntry *e)
{
    Seen *s = user;
    if (s->n < 16)
        snprintf(s->seen[s->n++], sizeof s->seen[0], "%ld %s.%s=%s%s", e->line,
                 e->section, e->key, e->value, e->continued ? " cont" : "");
    return strcmp(e->key, "refused") != 0;
}

static bool parse(const char *text, Seen *s, Diag *d)
{
    static const IniSource src = { "t.ini", "syntax", "indent" };
    memset(s, 0, sizeof *s);
    return inifile_parse(&src, text, strlen(text), keep, s, d);
}

static void entries_carry_the_line_they_are_on(void **state)
{
    (void)state;
    Seen s;
    Diag d = DIAG_INIT;
    assert_true(parse("; comment\n\n[a]\nx = 1\n  more words\n[b]\ny: 2\n",
                      &s, &d));
    assert_int_equal(s.n, 3);
    assert_string_equal(s.seen[0], "4 a.x=1");
    assert_string_equal(s.seen[1], "5 a.x=more words cont");
    assert_string_equal(s.seen[2], "7 b.y=2");
    assert_int_equal(d.errors, 0);
    diag_release(&d);
}

/* Issue 21: inih reads 199 bytes of a line and takes the rest for the
 * next line, so a long name ending in "lang = ja" switched the site's
 * language.  The whole line is refused and nothing of it is read. */
static void an_over_long_line_is_refused_not_split(void **state)
{
    (void)state;
    char text[600];
    snprintf(text, sizeof text, "[p]\nname = %0192dlang = ja\nafter = 1\n", 0);
    Seen s;
    Diag d = DIAG_INIT;
    assert_false(parse(text, &s, &d));
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, 2);
    assert_string_equal(d.items[0].msg,
                        "line too long (208 bytes, at most 197): indent");
    assert_int_equal(s.n, 1);
    assert_string_equal(s.seen[0], "3 p.after=1");
    diag_release(&d);
}

static void a_line_of_the_maximum_length_is_read(void **state)
{
    (void)state;
    char text[600];
    snprintf(text, sizeof text, "[p]\nk = %0193d\n", 0);  /* 197 bytes */
    Seen s;
    Diag d = DIAG_INIT;
    assert_true(parse(text, &s, &d));
    assert_int_equal(s.n, 1);
    assert_int_equal(strlen(s.seen[0]), strlen("2 p.k=") + 193);
    snprintf(text, sizeof text, "[p]\nk = %0194d\n", 0);  /* 198 bytes */
    assert_false(parse(text, &s, &d));
    assert_string_equal(d.items[0].msg,
                        "line too long (198 bytes, at most 197): indent");
    diag_release(&d);
}

static void every_unreadable_line_is_named(void **state)
{
    (void)state;
    Seen s;
    Diag d = DIAG_INIT;
    assert_false(parse("[a]\njust words\nx = 1\n[b\ny = 2\n", &s, &d));
    assert_int_equal(d.errors, 2);
    assert_int_equal(d.items[0].line, 2);
    assert_string_equal(d.items[0].msg, "syntax");
    assert_int_equal(d.items[1].line, 4);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.seen[1], "5 a.y=2");  /* "[b" opened no section */
    diag_release(&d);
}

static void cr_lf_and_lone_cr_line_ends_count_alike(void **state)
{
    (void)state;
    Seen s;
    Diag d = DIAG_INIT;
    assert_true(parse("[a]\r\nx = 1\r\ny = 2\rz = 3\r", &s, &d));
    assert_int_equal(s.n, 3);
    assert_string_equal(s.seen[0], "2 a.x=1");
    assert_string_equal(s.seen[1], "3 a.y=2");
    assert_string_equal(s.seen[2], "4 a.z=3");
    diag_release(&d);
}

static void a_refused_entry_fails_the_parse_but_not_the_rest(void **state)
{
    (void)state;
    Seen s;
    Diag d = DIAG_INIT;
    assert_false(parse("\xEF\xBB\xBF[a]\nrefused = 1\nx = 2\n", &s, &d));
    assert_int_equal(s.n, 2);
    assert_string_equal(s.seen[0], "2 a.refused=1");
    assert_int_equal(d.errors, 0);              /* the caller notes why */
    diag_release(&d);
}

static void invalid_utf8_or_a_nul_byte_is_refused_whole(void **state)
{
    (void)state;
    static const IniSource src = { "t.ini", "syntax", NULL };
    Seen s = { 0 };
    Diag d = DIAG_INIT;
    assert_false(inifile_parse(&src, "[a]\nx = \xC0\xAF\n", 10, keep, &s, &d));
    assert_false(inifile_parse(&src, "[a]\nx = 1\0y = 2\n", 15, keep, &s, &d));
    assert_int_equal(s.n, 0);
    assert_int_equal(d.errors, 2);
    assert_string_equal(d.items[0].msg, "invalid UTF-8 (or a NUL byte)");
    diag_release(&d);
}

/* Issue 21.7: U+FFFF in the programme name made the workbook's XML
 * ill-formed; controls other than tab, CR and LF too.  Refused with the
 * line. */
static void xml_invalid_characters_are_refused_with_their_line(void **state)
{
    (void)state;
    Seen s;
    Diag d = DIAG_INIT;
    assert_false(parse("[a]\r\nx = 1\ry = \xEF\xBF\xBF\n", &s, &d));
    assert_false(parse("[a]\nx = 1\n\ny = a\x0B b\n", &s, &d));
    assert_int_equal(d.errors, 2);
    assert_int_equal(d.items[0].line, 3);
    assert_string_equal(d.items[0].msg,
                        "character U+FFFF (not allowed in text: XML 1.0 excludes it)");
    assert_int_equal(d.items[1].line, 4);
    assert_string_equal(d.items[1].msg,
                        "character U+000B (not allowed in text: XML 1.0 excludes it)");
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(entries_carry_the_line_they_are_on),
        cmocka_unit_test(an_over_long_line_is_refused_not_split),
        cmocka_unit_test(a_line_of_the_maximum_length_is_read),
        cmocka_unit_test(every_unreadable_line_is_named),
        cmocka_unit_test(cr_lf_and_lone_cr_line_ends_count_alike),
        cmocka_unit_test(a_refused_entry_fails_the_parse_but_not_the_rest),
        cmocka_unit_test(invalid_utf8_or_a_nul_byte_is_refused_whole),
        cmocka_unit_test(xml_invalid_characters_are_refused_with_their_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
