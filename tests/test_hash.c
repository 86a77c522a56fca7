/* The two hashes of base/hash.h.  FNV-1a values reach the output (the
 * suffix of long page file names), so they are pinned to the published
 * test vectors of the FNV reference (isthe.com/chongo/tech/comp/fnv). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/hash.h"

static void fnv1a_matches_the_reference_vectors(void **state)
{
    (void)state;
    assert_true(hash_bytes("", 0) == 0xcbf29ce484222325u);
    assert_true(hash_bytes("a", 1) == 0xaf63dc4c8601ec8cu);
    assert_true(hash_bytes("foobar", 6) == 0x85944171f73967e8u);
}

static void fnv1a_reads_exactly_n_bytes(void **state)
{
    (void)state;
    assert_true(hash_bytes("ab", 1) == hash_bytes("a", 1));
    assert_true(hash_bytes("a\0b", 3) != hash_bytes("a", 1));
}

static void iso3_slots_span_aaa_to_zzz(void **state)
{
    (void)state;
    assert_int_equal(hash_iso3("AAA", 3), 0);
    assert_int_equal(hash_iso3("AAB", 3), 1);
    assert_int_equal(hash_iso3("BAA", 3), 26 * 26);
    assert_int_equal(hash_iso3("ZZZ", 3), HASH_ISO3_SLOTS - 1);
}

static void iso3_refuses_what_is_not_three_capitals(void **state)
{
    (void)state;
    assert_int_equal(hash_iso3("khm", 3), -1);
    assert_int_equal(hash_iso3("KH", 2), -1);
    assert_int_equal(hash_iso3("KHMR", 4), -1);
    assert_int_equal(hash_iso3("K@M", 3), -1);     /* '@' is 'A' - 1 */
    assert_int_equal(hash_iso3("K[M", 3), -1);     /* '[' is 'Z' + 1 */
    assert_int_equal(hash_iso3("\xEF\xBB\xBF", 3), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fnv1a_matches_the_reference_vectors),
        cmocka_unit_test(fnv1a_reads_exactly_n_bytes),
        cmocka_unit_test(iso3_slots_span_aaa_to_zzz),
        cmocka_unit_test(iso3_refuses_what_is_not_three_capitals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
