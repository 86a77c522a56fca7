/* Exact decimals and the rounding rule of SPEC §3.7. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/rat.h"
#include "support.h"

static Rat R(const char *s)
{
    Rat r = RAT_ZERO;
    assert_true(rat_parse(s, strlen(s), &r));
    return r;
}

static void ties_round_half_away_from_zero_exactly(void **state)
{
    (void)state;
    char buf[32];
    rat_format2(R("9.725"), buf);            /* 9.725 is 9.7249999... in binary */
    assert_string_equal(buf, "9.73");
    rat_format2(R("-9.725"), buf);
    assert_string_equal(buf, "-9.73");
    rat_format2(R("0.005"), buf);
    assert_string_equal(buf, "0.01");
    rat_format2(R("1.004999"), buf);
    assert_string_equal(buf, "1.00");
    assert_int_equal(rat_hundredths(R("2.675")), 268);
}

static void percent_of_a_pillar_score_is_exact(void **state)
{
    (void)state;
    /* 1.945 of 20 = 9.725 % */
    Rat pct = rat_mul(rat_div(R("1.945"), R("20")), rat_int(100));
    assert_int_equal(rat_cmp(pct, R("9.725")), 0);
    assert_int_equal(rat_hundredths(pct), 973);
}

static void mean_and_comparison_are_exact(void **state)
{
    (void)state;
    Rat sum = rat_add(rat_add(R("0.1"), R("0.2")), R("-0.3"));
    assert_int_equal(rat_cmp(sum, RAT_ZERO), 0);   /* 0.1+0.2-0.3 == 0 */
    assert_true(rat_gt(rat_div_int(R("1"), 3), R("0.333333333")));
}

static void parse_rejects_malformed_numbers(void **state)
{
    (void)state;
    Rat r;
    assert_false(rat_parse("", 0, &r));
    assert_false(rat_parse("1.", 2, &r));
    assert_false(rat_parse("1e3", 3, &r));
    assert_false(rat_parse("1,5", 3, &r));
    assert_false(rat_parse("1234567890123456", 16, &r));
    assert_false(rat_parse("0.1234567891", 12, &r));
    assert_false(rat_parse("--1", 3, &r));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ties_round_half_away_from_zero_exactly),
        cmocka_unit_test(percent_of_a_pillar_score_is_exact),
        cmocka_unit_test(mean_and_comparison_are_exact),
        cmocka_unit_test(parse_rejects_malformed_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
