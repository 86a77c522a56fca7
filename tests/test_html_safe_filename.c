/* Page names for data ids can never leave their folder (SPEC §5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "render/html/html_name.h"
#include "support.h"

static const char *name(const char *id)
{
    static char buf[HTML_SAFE_NAME_MAX + 1];
    size_t n = html_safe_filename(id, buf, sizeof buf);
    assert_int_equal(n, strlen(buf));
    return buf;
}

static void plain_ids_are_kept(void **state)
{
    (void)state;
    assert_string_equal(name("JICA-2023-001"), "JICA-2023-001");
    assert_string_equal(name("p1.v2"), "p1.v2");
}

static void slash_and_dot_dot_are_encoded(void **state)
{
    (void)state;
    assert_string_equal(name("../etc/passwd"), "_2E_2E_2Fetc_2Fpasswd");
    assert_string_equal(name("a/b"), "a_2Fb");
    assert_string_equal(name(".."), "_2E_2E");
    assert_string_equal(name("x..y"), "x._2Ey");
    assert_string_equal(name(".hidden"), "_2Ehidden");
}

static void underscore_is_encoded_so_names_stay_distinct(void **state)
{
    (void)state;
    /* "a_2F" and "a/" would both give "a_2F" if `_` were kept. */
    assert_string_equal(name("a_2F"), "a_5F2F");
    assert_string_equal(name("a/"), "a_2F");
}

static void markup_spaces_and_utf8_bytes_are_hex(void **state)
{
    (void)state;
    assert_string_equal(name("<b> x"), "_3Cb_3E_20x");
    /* U+65E5 (日) is E6 97 A5 in UTF-8 */
    assert_string_equal(name("\xE6\x97\xA5"), "_E6_97_A5");
}

static void empty_id_is_underscore(void **state)
{
    (void)state;
    assert_string_equal(name(""), "_");
}

static void long_ids_are_cut_and_end_in_a_hash(void **state)
{
    (void)state;
    char id[301], id2[301];
    memset(id, 'a', 300);
    id[300] = '\0';
    memcpy(id2, id, sizeof id);
    id2[299] = 'b';
    char a[HTML_SAFE_NAME_MAX + 1];
    strcpy(a, name(id));
    const char *b = name(id2);
    assert_int_equal(strlen(a), 100);          /* 83 + '-' + 16 hex */
    assert_int_equal(a[83], '-');
    assert_memory_equal(a, id, 83);
    assert_string_not_equal(a, b);             /* the hash tells them apart */
}

static void long_encoded_ids_cut_at_a_whole_escape(void **state)
{
    (void)state;
    char id[200];
    memset(id, '/', 199);
    id[199] = '\0';
    const char *s = name(id);
    /* 27 escapes of 3 bytes = 81 <= 83 < 84 */
    assert_int_equal(strlen(s), 81 + 17);
    assert_int_equal(s[81], '-');
    assert_memory_equal(s, "_2F_2F_2F", 9);
}

static void exactly_one_hundred_bytes_is_not_hashed(void **state)
{
    (void)state;
    char id[101];
    memset(id, 'z', 100);
    id[100] = '\0';
    assert_string_equal(name(id), id);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_ids_are_kept),
        cmocka_unit_test(slash_and_dot_dot_are_encoded),
        cmocka_unit_test(underscore_is_encoded_so_names_stay_distinct),
        cmocka_unit_test(markup_spaces_and_utf8_bytes_are_hex),
        cmocka_unit_test(empty_id_is_underscore),
        cmocka_unit_test(long_ids_are_cut_and_end_in_a_hash),
        cmocka_unit_test(long_encoded_ids_cut_at_a_whole_escape),
        cmocka_unit_test(exactly_one_hundred_bytes_is_not_hashed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
