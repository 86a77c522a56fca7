/* load_hostile: the second round of hostile and careless data folders
 * (issue 21), each a clear `FILE:LINE: message`, never a crash or an
 * abort.
 *
 * Cases are data, as in test_load.c: tests/data/load/<case>/ holds the
 * CSVs, an optional settings.ini and expected.txt, the exact diagnostics
 * diag_print() must give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compute/compute.h"
#include "load/load.h"
#include "loaded.h"
#include "support.h"

static const TestLoadCase cases[] = {
    /* 21.2: maxima whose percents cannot be kept exact in a Rat */
    { "inexact_maximum", ERR_DATA },
    /* 21.7: U+FFFE, U+FFFF and C0 controls (but tab, CR, LF), which XML
     * 1.0 does not allow, are refused before any sink */
    { "xml_invalid_chars", ERR_DATA },
    /* 21.9: codes that name Windows devices (countries/CON.html) */
    { "device_country_code", ERR_DATA },
    /* 21.4: limits on countries, editions, projects and items in a cell */
    { "count_limits", ERR_DATA },
    /* 21.11: a BOM inside a cell and a right-to-left override, shown */
    { "invisible_chars", ERR_DATA },
};

static void each_case_gives_exactly_its_expected_diagnostics(void **state)
{
    (void)state;
    assert_int_equal(test_load_cases(cases, sizeof cases / sizeof *cases), 0);
}

/* 21.2: the maxima the loader accepts that give the longest decimals
 * (0.0008 and 0.0016: 100 / max = 125000, 62500; 6.4, 12.8, 0.32: four,
 * four and one places), 9-decimal scores, one to five targeted pillars
 * and three different latest editions: every mean, median and excess is
 * computed without "rational overflow" (which aborts). */
static void extreme_accepted_maxima_compute_without_overflow(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "extreme_maxima");
    assert_int_equal(l.err, ERR_OK);
    l.s.as_of = date_from_time(1767225600);   /* 2026-01-01 */
    Arena perm = { 0 };
    Indicators ind = compute_indicators(&l.m, &l.s, &perm);
    assert_int_equal(ind.i1.n_assessable, 7);
    int with_group = 0;
    for (int i = 0; i < ind.i1.n_countries; i++)
        with_group += ind.i1.countries[i].has_group_median;
    assert_true(with_group > 0);
    arena_release(&perm);
    test_loaded_free(&l);
}

/* ---- generated cases: the loader over buffers ---- */

/* Load the files of fixture `base`, with `projects` in place of its
 * projects.csv when not NULL, under the default settings with at most
 * `max_items` items in a cell; *l as test_load_case() fills it. */
static void load_memory(TestLoaded *l, const char *base, const char *projects,
                        size_t max_items)
{
    char *bufs[LOAD_N_FILES];
    LoadBuffer files[LOAD_N_FILES];
    Settings s;
    settings_defaults(&s);
    s.max_cell_items = max_items;
    for (int i = 0; i < LOAD_N_FILES; i++) {
        char rel[512];
        size_t n = 0;
        snprintf(rel, sizeof rel, "tests/data/load/%s/%s", base,
                 load_file_name((LoadFileId)i));
        /* an optional file the fixture does not have is absent */
        bufs[i] = i < LOAD_SCENARIOS ? test_read_file(test_path(rel), &n) : NULL;
        assert_true(bufs[i] || i >= LOAD_SCENARIOS);
        files[i] = (LoadBuffer){ bufs[i], n };
    }
    if (projects)
        files[LOAD_PROJECTS] = (LoadBuffer){ projects, strlen(projects) };
    test_load_memory(l, files, &s);
    for (int i = 0; i < LOAD_N_FILES; i++)
        free(bufs[i]);
}

static double cpu_seconds(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* 21.3: 40 projects with 13 000 distinct partners each (2.4 MB) took
 * about 10 s when each item was compared with every earlier one; a hash
 * set takes milliseconds.  The last item repeats the first: still found. */
static void many_items_in_a_cell_are_checked_in_linear_time(void **state)
{
    (void)state;
    size_t cap = 3 << 20, n = 0;
    char *csv = malloc(cap);
    assert_non_null(csv);
    n += (size_t)snprintf(csv + n, cap - n, "project_id,title,scheme,countries,"
                          "start,end,pillars,counterpart,partners,budget_jpy,url\n");
    for (int k = 0; k < 40; k++) {
        n += (size_t)snprintf(csv + n, cap - n, "Q-%d,Project,technical_cooperation,"
                              "XAA,2021-04-01,2022-03-31,legal,,\"", k);
        for (int i = 0; i < 13000; i++)
            n += (size_t)snprintf(csv + n, cap - n, "%x;", i);
        n += (size_t)snprintf(csv + n, cap - n, "0\",,\n");
    }
    assert_true(n < cap - 1);
    double t0 = cpu_seconds();
    TestLoaded l;
    load_memory(&l, "extreme_maxima", csv, 20000);
    double dt = cpu_seconds() - t0;
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(l.m.n_projects, 40);
    assert_int_equal(l.m.projects[0].n_partners, 13000);
    assert_non_null(strstr(l.printed, "projects.csv:2: warning: column 'partners': "
                                      "duplicate value '0' (kept once)"));
    fprintf(stderr, "40 cells of 13 001 items: %.3f s of CPU\n", dt);
    assert_true(dt < 3.0);
    test_loaded_free(&l);
    free(csv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_case_gives_exactly_its_expected_diagnostics),
        cmocka_unit_test(extreme_accepted_maxima_compute_without_overflow),
        cmocka_unit_test(many_items_in_a_cell_are_checked_in_linear_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
