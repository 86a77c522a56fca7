/* Settings: defaults of SPEC §3, the file, errors naming the key (exit 78). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "config/settings.h"
#include "support.h"

static const char *write_ini(const char *name, const char *text)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", test_tmpdir("settings"), name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static void defaults_are_those_of_the_spec(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    assert_int_equal(s.rule, RULE_MEAN);
    assert_int_equal(rat_cmp(s.min_delta, RAT_ZERO), 0);
    assert_int_equal(s.i1_target, 15);
    assert_int_equal(s.i1_by_fy, 2026);
    assert_int_equal(s.baseline_edition, 2020);
    assert_int_equal(s.window_start_fy, 2022);
    assert_int_equal(s.n_d2_targets, 2);
    assert_int_equal(s.d2_targets[0].fy, 2026);
    assert_int_equal(s.d2_targets[0].target, 30);
    assert_int_equal(s.d2_targets[1].fy, 2030);
    assert_int_equal(s.d2_targets[1].target, 50);
    assert_int_equal(rat_cmp(s.initial_below, rat_int(20)), 0);
    assert_string_equal(s.lang, "en");
}

/* §3.9, §3.10, §5: [i2] and [d1] -- no target unless one is set. */
static void i2_and_d1_keys_default_to_no_target_and_majority(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    assert_int_equal(s.i2_target, -1);
    assert_int_equal(s.d1_target, -1);
    assert_int_equal(s.d1_rule, D1_RULE_MAJORITY);
    Diag d = DIAG_INIT;
    assert_true(settings_set(&s, "d1", "rule", "all", "x.ini", 3, &d));
    assert_true(settings_set(&s, "i2", "target", "10", "x.ini", 4, &d));
    assert_true(settings_set(&s, "d1", "by_fy", "2030", "x.ini", 5, &d));
    assert_int_equal(s.d1_rule, D1_RULE_ALL);
    assert_int_equal(s.i2_target, 10);
    assert_int_equal(s.d1_by_fy, 2030);
    assert_false(settings_set(&s, "d1", "rule", "most", "x.ini", 6, &d));
    assert_false(settings_set(&s, "i2", "target", "-1", "x.ini", 7, &d));
    assert_int_equal(d.errors, 2);
    assert_string_equal(d.items[0].msg, "setting 'd1.rule': invalid value 'most' "
                                            "(expected majority, all or any)");
    diag_release(&d);
}

static void shipped_file_gives_the_defaults(void **state)
{
    (void)state;
    Settings a, b;
    settings_defaults(&a);
    settings_defaults(&b);
    Diag d = DIAG_INIT;
    assert_int_equal(settings_load(&b, test_path("cyberdash.ini"), &d), ERR_OK);
    assert_int_equal(d.errors, 0);
    assert_memory_equal(&a, &b, sizeof a);
    diag_release(&d);
}

static void file_values_override_defaults(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Diag d = DIAG_INIT;
    const char *p = write_ini("ok.ini",
        "[i1]\nrule = all\nmin_delta = 0.5\n[d2]\ntargets = 2027:40\n"
        "[programme]\nlang = ja ; comment\n");
    assert_int_equal(settings_load(&s, p, &d), ERR_OK);
    assert_int_equal(s.rule, RULE_ALL);
    assert_int_equal(rat_cmp(s.min_delta, rat_make(1, 2)), 0);
    assert_int_equal(s.n_d2_targets, 1);
    assert_int_equal(s.d2_targets[0].fy, 2027);
    assert_string_equal(s.lang, "ja");
    diag_release(&d);
}

static void unknown_key_is_named_with_its_line(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Diag d = DIAG_INIT;
    const char *p = write_ini("bad.ini", "[i1]\nrule = mean\nrul = all\n");
    assert_int_equal(settings_load(&s, p, &d), ERR_CONFIG);
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, 3);
    assert_string_equal(d.items[0].msg, "unknown setting 'i1.rul'");
    diag_release(&d);
}

static void malformed_value_names_key_value_and_expectation(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Diag d = DIAG_INIT;
    const char *p = write_ini("bad2.ini",
        "[i1]\nrule = median\n[d2]\ntargets = 2026-30\n[stages]\ninitial_below = x\n");
    assert_int_equal(settings_load(&s, p, &d), ERR_CONFIG);
    assert_int_equal(d.errors, 3);
    assert_int_equal(d.items[0].line, 2);
    assert_string_equal(d.items[0].msg,
        "setting 'i1.rule': invalid value 'median' (expected mean, all or any)");
    assert_int_equal(d.items[1].line, 4);
    assert_int_equal(d.items[2].line, 6);
    diag_release(&d);
}

static void missing_file_is_no_input(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Diag d = DIAG_INIT;
    assert_int_equal(settings_load(&s, "/nonexistent/x.ini", &d), ERR_NOINPUT);
    /* issue 21.11: the cause, not only the failure */
    assert_string_equal(d.items[0].msg, "cannot open configuration file: "
                        "No such file or directory");
    diag_release(&d);
}

/* §5: one reader of SOURCE_DATE_EPOCH for every stage; the briefs and the
 * workbook once read "+1700000000" differently (2023 against 2026). */
static void source_date_is_digits_only_and_sets_the_build_time(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Date as_of = date_from_ymd(2026, 9, 30);
    Diag d = DIAG_INIT;
    assert_int_equal(settings_source_date(&s, NULL, &d), ERR_OK);
    assert_int_equal(settings_source_date(&s, "", &d), ERR_OK);
    /* 2026-09-30T00:00:00Z = 20726 days * 86400 s */
    assert_int_equal(settings_build_time(&s, as_of), (time_t)1790726400);
    assert_int_equal(settings_source_date(&s, "1700000000", &d), ERR_OK);
    assert_int_equal(settings_build_time(&s, as_of), (time_t)1700000000);
    assert_int_equal(s.as_of, date_from_ymd(2023, 11, 14));
    assert_int_equal(settings_source_date(&s, "253402300799", &d), ERR_OK);
    assert_int_equal(s.as_of, date_from_ymd(9999, 12, 31));
    assert_int_equal(d.errors, 0);
    static const char *const bad[] = {
        "+1700000000", "-5", "12x", " 1", "1.5", "253402300800",
        "99999999999999999999", "9223372036854775807",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Settings t = s;
        assert_int_equal(settings_source_date(&t, bad[i], &d), ERR_CONFIG);
        assert_int_equal(t.source_date, s.source_date);
    }
    assert_int_equal(d.errors, 8);
    diag_release(&d);
}

/* Issue 21.10: unordered or negative stage thresholds and an overflowing
 * max_field_bytes were accepted.  Every value is range-checked (78). */
static void values_out_of_range_or_unordered_are_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "[limits]\nmax_field_bytes = 99999999999999999999999\n",
        "[limits]\nmax_field_bytes = 18446744073709551615\n",
        "[limits]\nmax_file_bytes = 1099511627777\n",
        "[limits]\nmax_rows = 2000000001\n",
        "[limits]\nmax_columns = 0\n",
        "[limits]\nmax_columns = -1\n",
        "[workbook]\nparticipation_rows_limit = 1048576\n",
        "[stages]\ninitial_below = -5\n",
        "[stages]\nnetworking_below = 100.01\n",
        "[i1]\nmin_delta = 1000\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Settings s;
        settings_defaults(&s);
        Diag d = DIAG_INIT;
        assert_int_equal(settings_load(&s, write_ini("range.ini", bad[i]), &d), ERR_CONFIG);
        assert_int_equal(d.errors, 1);
        assert_int_equal(d.items[0].line, 2);
        diag_release(&d);
    }
    Settings s;
    settings_defaults(&s);
    Diag d = DIAG_INIT;
    const char *p = write_ini("order.ini", "[stages]\ninitial_below = 60\n"
                              "growing_below = 50\n; the end\n");
    assert_int_equal(settings_load(&s, p, &d), ERR_CONFIG);
    assert_int_equal(d.errors, 1);
    assert_int_equal(d.items[0].line, 3);
    assert_string_equal(d.items[0].msg, "settings 'stages': initial_below < "
                        "growing_below < networking_below expected, found "
                        "60.00, 50.00, 85.00");
    diag_release(&d);
    /* keys in any order: checked once the file is read */
    settings_defaults(&s);
    p = write_ini("order2.ini", "[stages]\ninitial_below = 60\n"
                  "networking_below = 95\ngrowing_below = 90\n"
                  "[limits]\nmax_field_bytes = 1073741824\n");
    assert_int_equal(settings_load(&s, p, &d), ERR_OK);
    assert_int_equal(s.max_field_bytes, (size_t)1 << 30);
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_are_those_of_the_spec),
        cmocka_unit_test(source_date_is_digits_only_and_sets_the_build_time),
        cmocka_unit_test(i2_and_d1_keys_default_to_no_target_and_majority),
        cmocka_unit_test(shipped_file_gives_the_defaults),
        cmocka_unit_test(file_values_override_defaults),
        cmocka_unit_test(unknown_key_is_named_with_its_line),
        cmocka_unit_test(malformed_value_names_key_value_and_expectation),
        cmocka_unit_test(missing_file_is_no_input),
        cmocka_unit_test(values_out_of_range_or_unordered_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
