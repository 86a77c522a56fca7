/* fingerprint: the SHA-256 of the inputs and the settings (SPEC §4,
 * issue 18): it names the data, changes when one byte of one input or one
 * setting changes, and only then. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/fingerprint.h"
#include "support.h"

static void write(const char *dir, const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* The four required files, with `countries` as countries.csv. */
static const char *folder(const char *name, const char *countries)
{
    const char *dir = test_tmpdir(name);
    write(dir, "countries.csv", countries);
    write(dir, "gci_editions.csv", "abc");
    write(dir, "gci.csv", "");
    write(dir, "projects.csv", "project_id\n");
    return dir;
}

static Fingerprint fp_of(const char *dir, const Settings *s)
{
    Fingerprint fp;
    Diag d = DIAG_INIT;
    assert_int_equal(fingerprint_inputs(&fp, dir, s, &d), ERR_OK);
    diag_release(&d);
    return fp;
}

static void each_file_has_its_sha256_and_its_size(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Fingerprint fp = fp_of(folder("fp_files", "iso3\n"), &s);
    /* FIPS 180-2's vectors: "abc" and the empty message */
    assert_string_equal(fp.files[LOAD_GCI_EDITIONS].sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_int_equal(fp.files[LOAD_GCI_EDITIONS].bytes, 3);
    assert_string_equal(fp.files[LOAD_GCI].sha256,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_true(fp.files[LOAD_PROJECTS].present);
    /* an optional file that is absent is not listed */
    assert_false(fp.files[LOAD_PARTICIPATION].present);
    assert_string_equal(fp.files[LOAD_PARTICIPATION].name, "participation.csv");
    assert_int_equal(strlen(fp.overall), 64);
}

static void one_byte_of_one_input_changes_the_fingerprint_and_only_that_file(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    Fingerprint a = fp_of(folder("fp_a", "iso3\nPHL\n"), &s);
    Fingerprint same = fp_of(folder("fp_same", "iso3\nPHL\n"), &s);
    Fingerprint b = fp_of(folder("fp_b", "iso3\nPHM\n"), &s);
    assert_string_equal(a.overall, same.overall);
    assert_string_not_equal(a.overall, b.overall);
    assert_string_not_equal(a.files[LOAD_COUNTRIES].sha256, b.files[LOAD_COUNTRIES].sha256);
    assert_string_equal(a.files[LOAD_PROJECTS].sha256, b.files[LOAD_PROJECTS].sha256);
    assert_string_equal(a.settings_sha256, b.settings_sha256);
}

static void a_setting_changes_the_fingerprint(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    const char *dir = folder("fp_settings", "iso3\n");
    Fingerprint a = fp_of(dir, &s);
    s.d2_compare = COMPARE_AT_LEAST;
    Fingerprint b = fp_of(dir, &s);
    assert_string_not_equal(a.settings_sha256, b.settings_sha256);
    assert_string_not_equal(a.overall, b.overall);
    assert_string_equal(a.files[LOAD_COUNTRIES].sha256, b.files[LOAD_COUNTRIES].sha256);
    char *text = fingerprint_settings_text(&s);
    assert_non_null(strstr(text, "d2.compare = at_least\n"));
    assert_non_null(strstr(text, "i1.attribution = reference_date\n"));
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_file_has_its_sha256_and_its_size),
        cmocka_unit_test(one_byte_of_one_input_changes_the_fingerprint_and_only_that_file),
        cmocka_unit_test(a_setting_changes_the_fingerprint),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
