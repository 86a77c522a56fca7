/* Page names for data ids can never leave their folder (SPEC §5), nor
 * share one file, even where case is folded or device names are reserved
 * (issue 21.9). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "render/html_name.h"
#include "support.h"

static const char *name(const char *id)
{
    static char buf[HTML_SAFE_NAME_MAX + 1];
    size_t n = html_safe_filename(id, buf, sizeof buf);
    assert_int_equal(n, strlen(buf));
    /* the alphabet that case folding cannot merge */
    for (size_t i = 0; i < n; i++)
        assert_true(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._", buf[i]));
    return buf;
}

/* `s` is `prefix` followed by "_H" and 16 upper-case hex digits. */
static void assert_hashed(const char *s, const char *prefix)
{
    size_t p = strlen(prefix);
    assert_int_equal(strlen(s), p + 18);
    assert_memory_equal(s, prefix, p);
    assert_memory_equal(s + p, "_H", 2);
    for (size_t i = p + 2; i < p + 18; i++)
        assert_true(isxdigit((unsigned char)s[i]) && !islower((unsigned char)s[i]));
}

static void plain_ids_are_kept(void **state)
{
    (void)state;
    assert_string_equal(name("JICA-2023-001"), "JICA-2023-001");
    assert_string_equal(name("P1.V2"), "P1.V2");
}

static void slash_and_dot_dot_are_encoded(void **state)
{
    (void)state;
    assert_string_equal(name("../ETC/PASSWD"), "_2E_2E_2FETC_2FPASSWD");
    assert_string_equal(name("A/B"), "A_2FB");
    assert_string_equal(name(".."), "_2E_2E");
    assert_string_equal(name("X..Y"), "X._2EY");
    assert_string_equal(name(".HIDDEN"), "_2EHIDDEN");
    assert_hashed(name("../etc/passwd"), "_2E_2E_2FETC_2FPASSWD");
}

static void underscore_is_encoded_so_names_stay_distinct(void **state)
{
    (void)state;
    /* "A_2F" and "A/" would both give "A_2F" if `_` were kept. */
    assert_string_equal(name("A_2F"), "A_5F2F");
    assert_string_equal(name("A/"), "A_2F");
}

static void markup_spaces_and_utf8_bytes_are_hex(void **state)
{
    (void)state;
    assert_hashed(name("<b> x"), "_3CB_3E_20X");
    /* U+65E5 (日) is E6 97 A5 in UTF-8 */
    assert_string_equal(name("\xE6\x97\xA5"), "_E6_97_A5");
}

static void empty_id_is_underscore(void **state)
{
    (void)state;
    assert_string_equal(name(""), "_");
}

/* Issue 21.9: ids that differ only in case opened one file on macOS and
 * Windows.  Lower case folds to upper and adds the hash of the id. */
static void ids_differing_in_case_give_names_differing_without_case(void **state)
{
    (void)state;
    char a[HTML_SAFE_NAME_MAX + 1], b[HTML_SAFE_NAME_MAX + 1];
    snprintf(a, sizeof a, "%s", name("Proj-1"));
    snprintf(b, sizeof b, "%s", name("PROJ-1"));
    assert_string_equal(b, "PROJ-1");
    assert_hashed(a, "PROJ-1");
    assert_true(strcasecmp(a, b) != 0);
    assert_true(strcasecmp(a, name("proj-1")) != 0);
}

/* Issue 21.9: CON, NUL, AUX, COM1 ... open a device on Windows, with any
 * extension and in any case. */
static void windows_device_names_are_escaped(void **state)
{
    (void)state;
    assert_string_equal(name("CON"), "_43ON");
    assert_string_equal(name("NUL.X"), "_4EUL.X");
    assert_string_equal(name("COM1"), "_43OM1");
    assert_string_equal(name("LPT9"), "_4CPT9");
    assert_hashed(name("aux"), "_61UX");
    assert_string_equal(name("CONSOLE"), "CONSOLE");
    assert_string_equal(name("COM10"), "COM10");
}

static void long_ids_are_cut_and_end_in_a_hash(void **state)
{
    (void)state;
    char id[301], id2[301];
    memset(id, 'A', 300);
    id[300] = '\0';
    memcpy(id2, id, sizeof id);
    id2[299] = 'B';
    char a[HTML_SAFE_NAME_MAX + 1];
    strcpy(a, name(id));
    const char *b = name(id2);
    assert_int_equal(strlen(a), 100);          /* 82 + "_H" + 16 hex */
    id[82] = '\0';
    assert_hashed(a, id);
    assert_string_not_equal(a, b);             /* the hash tells them apart */
}

/* Issue 21.9: a 105-byte id and a crafted id spelling the long id's name
 * (its first bytes, then the hash suffix) shared one page.  An unhashed
 * name never holds "_H": the crafted one is encoded, not kept. */
static void a_crafted_id_cannot_spell_a_hashed_name(void **state)
{
    (void)state;
    char id[106], hashed[HTML_SAFE_NAME_MAX + 1];
    memset(id, 'X', 105);
    id[105] = '\0';
    snprintf(hashed, sizeof hashed, "%s", name(id));
    assert_int_equal(strlen(hashed), 100);
    assert_string_not_equal(name(hashed), hashed);
    char dash[HTML_SAFE_NAME_MAX + 1];         /* the old scheme's spelling */
    snprintf(dash, sizeof dash, "%.82s-%s", hashed, hashed + 84);
    assert_string_not_equal(name(dash), hashed);
}

static void long_encoded_ids_cut_at_a_whole_escape(void **state)
{
    (void)state;
    char id[200];
    memset(id, '/', 199);
    id[199] = '\0';
    const char *s = name(id);
    /* 27 escapes of 3 bytes = 81 <= 82 < 84 */
    assert_int_equal(strlen(s), 81 + 18);
    assert_memory_equal(s + 81, "_H", 2);
    assert_memory_equal(s, "_2F_2F_2F", 9);
}

static void exactly_one_hundred_bytes_is_not_hashed(void **state)
{
    (void)state;
    char id[101];
    memset(id, 'Z', 100);
    id[100] = '\0';
    assert_string_equal(name(id), id);
}

static void the_build_time_check_finds_names_equal_but_for_case(void **state)
{
    (void)state;
    const char *const names[] = { "projects/B.html", "projects/A_H0F.html",
                                  "projects/C.html", "projects/a_h0f.html" };
    int a = -1, b = -1;
    assert_int_equal(html_names_clash(names, 3, &a, &b), 0);
    assert_int_equal(html_names_clash(names, 4, &a, &b), 1);
    assert_int_equal(a, 1);
    assert_int_equal(b, 3);
    assert_int_equal(html_names_clash(names, 0, &a, &b), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_ids_are_kept),
        cmocka_unit_test(slash_and_dot_dot_are_encoded),
        cmocka_unit_test(underscore_is_encoded_so_names_stay_distinct),
        cmocka_unit_test(markup_spaces_and_utf8_bytes_are_hex),
        cmocka_unit_test(empty_id_is_underscore),
        cmocka_unit_test(ids_differing_in_case_give_names_differing_without_case),
        cmocka_unit_test(windows_device_names_are_escaped),
        cmocka_unit_test(long_ids_are_cut_and_end_in_a_hash),
        cmocka_unit_test(a_crafted_id_cannot_spell_a_hashed_name),
        cmocka_unit_test(long_encoded_ids_cut_at_a_whole_escape),
        cmocka_unit_test(exactly_one_hundred_bytes_is_not_hashed),
        cmocka_unit_test(the_build_time_check_finds_names_equal_but_for_case),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
