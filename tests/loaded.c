/* loaded.c -- see loaded.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loaded.h"
#include "support.h"

static void print_diagnostics(TestLoaded *l)
{
    FILE *out = open_memstream(&l->printed, &l->printed_len);
    assert_non_null(out);
    diag_print(&l->d, out);
    fclose(out);
}

void test_load_dir(TestLoaded *l, const char *dir)
{
    char ini[4200];
    snprintf(ini, sizeof ini, "%s/settings.ini", dir);
    *l = (TestLoaded){ .d = DIAG_INIT };
    settings_defaults(&l->s);
    struct stat st;
    if (stat(ini, &st) == 0)
        assert_int_equal(settings_load(&l->s, ini, &l->d), ERR_OK);
    l->err = load_data(&l->m, dir, &l->s, &l->d);
    print_diagnostics(l);
}

void test_load_case(TestLoaded *l, const char *name)
{
    char rel[512], dir[4096];
    snprintf(rel, sizeof rel, "tests/data/load/%s", name);
    snprintf(dir, sizeof dir, "%s", test_path(rel));
    test_load_dir(l, dir);
}

void test_load_memory(TestLoaded *l, const LoadBuffer files[LOAD_N_FILES],
                      const Settings *s)
{
    *l = (TestLoaded){ .s = *s, .d = DIAG_INIT };
    l->err = load_data_from_memory(&l->m, files, &l->s, &l->d);
    print_diagnostics(l);
}

void test_loaded_free(TestLoaded *l)
{
    model_release(&l->m);
    diag_release(&l->d);
    free(l->printed);
}

int test_load_cases(const TestLoadCase *cases, size_t n)
{
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        char rel[512];
        snprintf(rel, sizeof rel, "tests/data/load/%s/expected.txt", cases[i].name);
        char *expected = test_read_file(test_path(rel), NULL);
        assert_non_null(expected);
        TestLoaded l;
        test_load_case(&l, cases[i].name);
        if (strcmp(expected, l.printed) != 0 || l.err != cases[i].err) {
            print_error("case %s: err %d (want %d)\n--- expected\n%s"
                        "--- printed\n%s", cases[i].name, l.err, cases[i].err,
                        expected, l.printed);
            failed++;
        }
        free(expected);
        test_loaded_free(&l);
    }
    return failed;
}
