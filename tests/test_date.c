/* Fiscal-year and quarter arithmetic at the boundaries (SPEC §1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "base/date.h"
#include "support.h"

static Date D(const char *s)
{
    Date d = DATE_NONE;
    assert_true(date_parse(s, 10, &d));
    return d;
}

static void fy_changes_between_31_march_and_1_april(void **state)
{
    (void)state;
    assert_int_equal(date_fiscal_year(D("2026-03-31")), 2025);
    assert_int_equal(date_fiscal_year(D("2026-04-01")), 2026);
    assert_int_equal(date_fiscal_quarter(D("2026-03-31")), 4);
    assert_int_equal(date_fiscal_quarter(D("2026-04-01")), 1);
}

static void new_calendar_year_stays_in_q3_then_q4(void **state)
{
    (void)state;
    assert_int_equal(date_fiscal_year(D("2026-12-31")), 2026);
    assert_int_equal(date_fiscal_quarter(D("2026-12-31")), 3);
    assert_int_equal(date_fiscal_year(D("2027-01-01")), 2026);
    assert_int_equal(date_fiscal_quarter(D("2027-01-01")), 4);
    assert_int_equal(date_fiscal_quarter(D("2026-06-30")), 1);
    assert_int_equal(date_fiscal_quarter(D("2026-07-01")), 2);
}

static void quarter_ends_of_a_fiscal_year(void **state)
{
    (void)state;
    assert_int_equal(fy_quarter_end(2026, 1), D("2026-06-30"));
    assert_int_equal(fy_quarter_end(2026, 2), D("2026-09-30"));
    assert_int_equal(fy_quarter_end(2026, 3), D("2026-12-31"));
    assert_int_equal(fy_quarter_end(2026, 4), D("2027-03-31"));
    assert_int_equal(fy_last_day(2026), D("2027-03-31"));
    assert_int_equal(fy_first_day(2026), D("2026-04-01"));
    assert_true(date_is_quarter_end(D("2027-03-31")));
    assert_false(date_is_quarter_end(D("2027-03-30")));
}

static void parse_accepts_only_real_calendar_days(void **state)
{
    (void)state;
    Date d = 0;
    assert_true(date_parse("2024-02-29", 10, &d));
    assert_false(date_parse("2023-02-29", 10, &d));
    assert_false(date_parse("2023-13-01", 10, &d));
    assert_false(date_parse("2023-1-01", 9, &d));
    assert_false(date_parse("2023-10", 7, &d));
    assert_false(date_parse("2023/10/01", 10, &d));
    assert_false(date_parse("2023-04-31", 10, &d));
}

static void format_round_trips(void **state)
{
    (void)state;
    char buf[11];
    date_format(D("1999-12-31"), buf);
    assert_string_equal(buf, "1999-12-31");
    date_format(D("2000-02-29"), buf);
    assert_string_equal(buf, "2000-02-29");
    assert_int_equal(D("1970-01-01"), 0);
    assert_int_equal(date_from_time(86400 * 2 + 5), 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fy_changes_between_31_march_and_1_april),
        cmocka_unit_test(new_calendar_year_stays_in_q3_then_q4),
        cmocka_unit_test(quarter_ends_of_a_fiscal_year),
        cmocka_unit_test(parse_accepts_only_real_calendar_days),
        cmocka_unit_test(format_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
