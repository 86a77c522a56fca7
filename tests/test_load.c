/* load: the data folder into a Model (SPEC §2) and every kind of bad input
 * of SPEC §5 reported as `FILE:LINE: message`.
 *
 * Bad-input cases are data: tests/data/load/<case>/ holds the CSVs, an
 * optional settings.ini (read over the defaults) and expected.txt, the
 * exact diagnostics diag_print() must give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load/load.h"
#include "loaded.h"
#include "support.h"

/* ---- bad input: one fixture folder per kind ---- */

static const TestLoadCase cases[] = {
    { "good", ERR_OK },
    { "variants", ERR_OK },
    { "unknown_country", ERR_DATA },
    { "unknown_project", ERR_DATA },
    { "duplicate_project_id", ERR_DATA },
    { "duplicate_iso3", ERR_DATA },
    { "duplicate_edition_and_gci_row", ERR_DATA },
    { "score_out_of_range", ERR_DATA },
    { "end_before_start", ERR_DATA },
    { "bad_date", ERR_DATA },
    { "wrong_column_count", ERR_DATA },
    { "invalid_utf8", ERR_DATA },
    { "unterminated_quote", ERR_DATA },
    { "stray_quote", ERR_DATA },
    { "missing_column", ERR_DATA },
    { "missing_file", ERR_NOINPUT },
    { "undeclared_edition", ERR_DATA },
    { "bad_token", ERR_DATA },
    { "many_errors_all_reported", ERR_DATA },
    { "limits", ERR_DATA },
    /* hostile files (issue 9): each a clear error, never a crash */
    { "empty_file", ERR_DATA },
    { "bom_only", ERR_DATA },
    { "nul_byte", ERR_DATA },
    { "long_lines", ERR_DATA },
    { "deep_quotes", ERR_DATA },
    { "file_too_big", ERR_DATA },
};

static void each_fixture_gives_exactly_its_expected_diagnostics(void **state)
{
    (void)state;
    assert_int_equal(test_load_cases(cases, sizeof cases / sizeof *cases), 0);
}

/* ---- good input: the Model as model.h documents it ---- */

static int country(const Model *m, const char *iso3)
{
    int c = model_find_country(m, iso3);
    assert_true(c >= 0);
    return c;
}

static void good_folder_fills_countries_and_editions(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "good");
    const Model *m = &l.m;
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(m->n_countries, 3);
    /* sorted by iso3 */
    assert_string_equal(m->countries[0].iso3, "IDN");
    assert_string_equal(m->countries[1].iso3, "KEN");
    assert_string_equal(m->countries[2].iso3, "PHL");
    const Country *phl = &m->countries[2];
    assert_string_equal(phl->name, "Philippines");
    assert_string_equal(phl->name_ja, "フィリピン");
    assert_string_equal(phl->region, "Southeast Asia");
    assert_int_equal(phl->target_stage, STAGE_NONE);
    assert_int_equal(phl->line, 2);
    assert_int_equal(m->countries[0].target_stage, STAGE_SELF_SUSTAINING);
    assert_null(m->countries[1].name_ja);
    assert_int_equal(m->n_editions, 2);
    assert_int_equal(m->editions[1].year, 2024);
    Date pub;
    assert_true(date_parse("2024-09-12", 10, &pub));
    assert_int_equal(m->editions[1].published, pub);
    assert_int_equal(rat_cmp(m->editions[0].pillar_max, rat_int(20)), 0);
    assert_int_equal(rat_cmp(m->editions[0].overall_max, rat_int(100)), 0);
    test_loaded_free(&l);
}

static void good_folder_fills_gci_rows_with_empty_cells_unpublished(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "good");
    const Model *m = &l.m;
    assert_int_equal(m->n_gci, 4);
    const GciRow *g = model_gci(m, country(m, "PHL"),
                                model_find_edition(m, 2024));
    assert_non_null(g);
    assert_false(g->has & GCI_HAS_OVERALL);
    assert_true(g->has & GCI_HAS_TIER);
    assert_int_equal(g->tier, 2);
    assert_int_equal(g->has & PILLAR_ALL, PILLAR_ALL);
    assert_int_equal(rat_cmp(g->pillar[PILLAR_ORGANIZATIONAL], rat_make(35, 2)), 0);
    g = model_gci(m, country(m, "IDN"), model_find_edition(m, 2020));
    assert_non_null(g);
    assert_int_equal(rat_cmp(g->overall, rat_make(9488, 100)), 0);
    assert_false(g->has & GCI_HAS_TIER);
    assert_null(model_gci(m, country(m, "KEN"), model_find_edition(m, 2020)));
    test_loaded_free(&l);
}

static void good_folder_fills_projects(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "good");
    const Model *m = &l.m;
    assert_int_equal(m->n_projects, 2);
    int p1 = model_find_project(m, "P-001", 5);
    assert_int_equal(p1, 0);
    const Project *p = &m->projects[p1];
    assert_string_equal(p->title, "Cyber incident response capacity");
    assert_int_equal(p->scheme, SCHEME_TECHNICAL_COOPERATION);
    assert_int_equal(p->n_countries, 2);
    assert_int_equal(p->countries[0], country(m, "PHL"));   /* file order */
    assert_int_equal(p->countries[1], country(m, "IDN"));
    assert_int_equal(p->pillars, PILLAR_BIT(PILLAR_TECHNICAL)
                                     | PILLAR_BIT(PILLAR_ORGANIZATIONAL));
    assert_int_equal(p->n_partners, 2);
    assert_string_equal(p->partners[1], "Partner B");
    assert_string_equal(p->counterpart, "DICT");
    assert_true(p->has_budget);
    assert_int_equal(p->budget_jpy, 150000000);
    Date end;
    assert_true(date_parse("2025-03-31", 10, &end));
    assert_int_equal(p->end, end);
    p = &m->projects[model_find_project(m, "P-002", 5)];
    assert_int_equal(p->end, DATE_NONE);
    assert_int_equal(p->n_countries, 0);
    assert_null(p->counterpart);
    assert_null(p->url);
    assert_null(p->title_ja);
    assert_false(p->has_budget);
    assert_int_equal(p->n_partners, 0);
    test_loaded_free(&l);
}

static void good_folder_fills_participation_and_assessments(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "good");
    const Model *m = &l.m;
    assert_int_equal(m->n_participation, 2);
    const Participation *r = &m->participation[1];
    assert_int_equal(r->project, model_find_project(m, "P-002", 5));
    assert_int_equal(r->country, country(m, "KEN"));
    assert_int_equal(r->fiscal_year, 2023);
    assert_int_equal(r->participants, 8);
    assert_int_equal(r->female, 3);
    assert_int_equal(r->line, 3);
    assert_int_equal(m->n_assessments, 2);
    const Assessment *a = &m->assessments[0];
    assert_int_equal(a->kind, ASSESS_I2);
    assert_int_equal(a->stage, STAGE_NETWORKING);
    assert_int_equal(a->project, -1);
    assert_int_equal(a->pillar, -1);
    assert_int_equal(a->rating, 3);
    a = &m->assessments[1];
    assert_int_equal(a->kind, ASSESS_D1);
    assert_int_equal(a->project, model_find_project(m, "P-001", 5));
    assert_int_equal(a->pillar, PILLAR_TECHNICAL);
    assert_int_equal(a->stage, STAGE_NONE);
    assert_string_equal(a->summary, "Exercise held, \"good\" results");
    test_loaded_free(&l);
}

static void bom_crlf_any_column_order_and_multiline_cells_load(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "variants");
    const Model *m = &l.m;
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(l.d.warnings, 3);   /* + the seminar with no end, the undated row */
    const Country *idn = &m->countries[country(m, "IDN")];
    assert_string_equal(idn->name, "Indonesia, Republic of");
    assert_string_equal(idn->name_ja, "インドネシア");
    assert_int_equal(idn->line, 3);
    assert_int_equal(m->countries[country(m, "KEN")].line, 4);
    assert_int_equal(m->n_assessments, 2);
    assert_string_equal(m->assessments[0].summary,
                        "Two lines:\nCSIRT established");
    assert_int_equal(m->assessments[1].line, 4);
    const Project *p = &m->projects[model_find_project(m, "P-001", 5)];
    assert_int_equal(p->n_countries, 2);      /* " PHL ; IDN ;" */
    test_loaded_free(&l);
}

static void errors_keep_model_releasable_and_count_all(void **state)
{
    (void)state;
    TestLoaded l;
    test_load_case(&l, "many_errors_all_reported");
    assert_int_equal(l.d.errors, 9);
    assert_int_equal(l.d.warnings, 2);   /* + the seminar with no end */
    test_loaded_free(&l);
    test_load_dir(&l, test_path("tests/data/load/no_such_folder"));
    assert_int_equal(l.err, ERR_NOINPUT);
    assert_non_null(strstr(l.printed, "data folder not found"));
    test_loaded_free(&l);
}

/* The shipped data loads without errors.  Its only warnings are the ones
 * its sources make unavoidable (data/SOURCES.md): GCI rows published as all
 * zeros (not assessed, §2) and activities whose end no source reports. */
static void shipped_data_loads_with_only_the_warnings_its_sources_explain(void **state)
{
    (void)state;
    struct stat st;
    if (stat(test_path("data/countries.csv"), &st) != 0) {
        print_message("data/countries.csv absent: shipped data not checked\n");
        skip();
    }
    TestLoaded l;
    test_load_dir(&l, test_path("data"));
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(l.d.errors, 0);
    int explained = 0;
    for (char *line = l.printed; line && *line; line = strchr(line, '\n')) {
        line += *line == '\n';
        if (!*line)
            break;
        bool zero_row = strstr(line, "is 0 or empty: read as not assessed") != NULL;
        bool no_end = strstr(line, "column 'end': empty for a") != NULL;
        if (!zero_row && !no_end)
            print_error("unexplained: %.*s\n", (int)strcspn(line, "\n"), line);
        explained += zero_row || no_end;
    }
    assert_int_equal(explained, l.d.warnings);
    assert_true(l.m.n_countries > 0);
    test_loaded_free(&l);
}

/* ---- load_data_from_memory: the same loader over buffers ---- */

static const char *const file_names[LOAD_N_FILES] = {
    "countries.csv", "gci_editions.csv", "gci.csv", "projects.csv",
    "participation.csv", "assessments.csv", "scenarios.csv", "results.csv",
};

/* Load fixture `name` through load_data_from_memory(); *bufs are freed by
 * the caller. */
static void load_case_memory(TestLoaded *l, const char *name, char *bufs[])
{
    LoadBuffer files[LOAD_N_FILES];
    Settings s;
    settings_defaults(&s);
    *l = (TestLoaded){ .d = DIAG_INIT };
    for (int i = 0; i < LOAD_N_FILES; i++) {
        char rel[512];
        size_t n = 0;
        snprintf(rel, sizeof rel, "tests/data/load/%s/%s", name,
                 file_names[i]);
        bufs[i] = test_read_file(test_path(rel), &n);
        files[i] = (LoadBuffer){ bufs[i], n };
    }
    char ini[512];
    snprintf(ini, sizeof ini, "tests/data/load/%s/settings.ini", name);
    struct stat st;
    if (stat(test_path(ini), &st) == 0)
        assert_int_equal(settings_load(&s, test_path(ini), &l->d), ERR_OK);
    l->err = load_data_from_memory(&l->m, files, &s, &l->d);
    FILE *out = open_memstream(&l->printed, &l->printed_len);
    assert_non_null(out);
    diag_print(&l->d, out);
    fclose(out);
}

static void memory_load_names_the_files_in_load_order(void **state)
{
    (void)state;
    for (int i = 0; i < LOAD_N_FILES; i++)
        assert_string_equal(load_file_name((LoadFileId)i), file_names[i]);
    assert_null(load_file_name(LOAD_N_FILES));
}

static void memory_load_gives_the_same_diagnostics_as_the_folder(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        TestLoaded disk, mem;
        char *bufs[LOAD_N_FILES];
        test_load_case(&disk, cases[i].name);
        load_case_memory(&mem, cases[i].name, bufs);
        if (strcmp(disk.printed, mem.printed) != 0 || disk.err != mem.err
            || disk.m.n_countries != mem.m.n_countries
            || disk.m.n_gci != mem.m.n_gci
            || disk.m.n_projects != mem.m.n_projects
            || disk.m.n_participation != mem.m.n_participation
            || disk.m.n_assessments != mem.m.n_assessments) {
            print_error("case %s: folder err %d, memory err %d\n--- folder\n"
                        "%s--- memory\n%s", cases[i].name, disk.err, mem.err,
                        disk.printed, mem.printed);
            failed++;
        }
        for (int k = 0; k < LOAD_N_FILES; k++)
            free(bufs[k]);
        test_loaded_free(&disk);
        test_loaded_free(&mem);
    }
    assert_int_equal(failed, 0);
}

static void memory_load_fills_the_model_from_buffers(void **state)
{
    (void)state;
    TestLoaded l;
    char *bufs[LOAD_N_FILES];
    load_case_memory(&l, "good", bufs);
    assert_int_equal(l.err, ERR_OK);
    assert_int_equal(l.m.n_countries, 3);
    assert_int_equal(l.m.n_editions, 2);
    assert_int_equal(l.m.n_gci, 4);
    assert_int_equal(l.m.n_projects, 2);
    assert_int_equal(l.m.n_participation, 2);
    assert_int_equal(l.m.n_assessments, 2);
    assert_string_equal(l.m.countries[country(&l.m, "PHL")].name_ja,
                        "フィリピン");
    for (int k = 0; k < LOAD_N_FILES; k++)
        free(bufs[k]);
    test_loaded_free(&l);
}

/* ---- a big participation.csv is read in two halves at once ---- */

/* The good fixture with a participation.csv of `rows` rows (over the 4 MB
 * from which the loader reads halves), bad rows spread through it, an
 * unknown column in the header and, when `quote`, one quoted cell. */
static const char *write_big_case(const char *name, int rows, bool quote)
{
    const char *dir = test_tmpdir(name);
    char src[512], dst[4096];
    for (int i = 0; i < LOAD_N_FILES; i++) {
        if (i == LOAD_PARTICIPATION)
            continue;
        size_t n = 0;
        snprintf(src, sizeof src, "tests/data/load/good/%s", file_names[i]);
        char *text = test_read_file(test_path(src), &n);
        if (!text)   /* an optional file the fixture does not have */
            continue;
        snprintf(dst, sizeof dst, "%s/%s", dir, file_names[i]);
        FILE *f = fopen(dst, "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(text, 1, n, f), n);
        fclose(f);
        free(text);
    }
    snprintf(dst, sizeof dst, "%s/participation.csv", dir);
    FILE *f = fopen(dst, "wb");
    assert_non_null(f);
    fputs("project_id,iso3,fiscal_year,participants,female,note\n", f);
    static const char *const iso3[] = { "PHL", "IDN", "KEN" };
    for (int i = 0; i < rows; i++) {
        if (i % 40000 == 7)
            fputs("P-009,PHL,2023,1,0,x\n", f);          /* unknown project */
        else if (i % 40000 == 19)
            fputs("P-001,XXX,2023,1,0,x\n", f);          /* unknown country */
        else if (i % 50000 == 3)
            fputs("P-001,KEN,2023,4,5,x\n", f);          /* female > all */
        else if (i % 60000 == 11)
            fputs("P-001,KEN,2023\n", f);                /* short row */
        else if (i % 70000 == 5)
            fputs("\n", f);                              /* blank line */
        else if (i % 90000 == 13)
            fputs("P-001,KEN,2023,1,0,\xff\n", f);       /* bad UTF-8 */
        else if (quote && i == rows / 3)
            fputs("P-001,KEN,2023,2,1,\"a, b\"\n", f);
        else
            fprintf(f, "P-00%d,%s,%d,%d,%d,n%d\n", 1 + i % 2, iso3[i % 3],
                    2000 + i % 27, i % 90, i % 45, i);
    }
    fclose(f);
    return dir;
}

/* Folder (halves) and memory (one pass) loads of the same big file give
 * the same rows, in the same order, and the same messages. */
static void assert_same_as_one_pass(const char *dir, int expect_errors)
{
    TestLoaded disk, mem;
    test_load_dir(&disk, dir);
    char *bufs[LOAD_N_FILES];
    LoadBuffer files[LOAD_N_FILES];
    for (int i = 0; i < LOAD_N_FILES; i++) {
        char path[4096];
        size_t n = 0;
        snprintf(path, sizeof path, "%s/%s", dir, file_names[i]);
        bufs[i] = test_read_file(path, &n);
        files[i] = (LoadBuffer){ bufs[i], n };
    }
    Settings s;
    settings_defaults(&s);
    mem = (TestLoaded){ .d = DIAG_INIT };
    mem.err = load_data_from_memory(&mem.m, files, &s, &mem.d);
    FILE *out = open_memstream(&mem.printed, &mem.printed_len);
    diag_print(&mem.d, out);
    fclose(out);

    assert_string_equal(disk.printed, mem.printed);
    assert_int_equal(disk.err, mem.err);
    assert_int_equal((int)disk.d.errors, expect_errors);
    assert_int_equal(disk.m.n_participation, mem.m.n_participation);
    for (size_t i = 0; i < mem.m.n_participation; i++) {
        const Participation *a = &disk.m.participation[i],
                            *b = &mem.m.participation[i];
        if (a->project != b->project || a->country != b->country
            || a->fiscal_year != b->fiscal_year
            || a->participants != b->participants || a->female != b->female
            || a->line != b->line)
            fail_msg("row %zu differs: line %ld vs %ld", i, a->line, b->line);
    }
    for (int k = 0; k < LOAD_N_FILES; k++)
        free(bufs[k]);
    test_loaded_free(&disk);
    test_loaded_free(&mem);
}

static void big_participation_in_halves_loads_as_one_pass(void **state)
{
    (void)state;
    /* 250,000 rows: 7 + 7 unknown references, 5 female > participants,
     * 5 short rows, 3 bad UTF-8 in column 'note' (errors); the unknown
     * column is a warning. */
    assert_same_as_one_pass(write_big_case("load_big", 250000, false), 27);
}

static void big_participation_with_a_quote_loads_as_one_pass(void **state)
{
    (void)state;
    assert_same_as_one_pass(write_big_case("load_big_quote", 250000, true), 27);
}

static void memory_load_absent_buffers_are_missing_files(void **state)
{
    (void)state;
    static const char countries[] = "iso3,name,region\nPHL,P,Pacific\n";
    static const char editions[] =
        "edition,published,pillar_max,overall_max\n";
    LoadBuffer files[LOAD_N_FILES] = {
        [LOAD_COUNTRIES] = { countries, sizeof countries - 1 },
        [LOAD_GCI_EDITIONS] = { editions, sizeof editions - 1 },
    };
    Settings s;
    settings_defaults(&s);
    TestLoaded l = { .d = DIAG_INIT };
    /* gci.csv and projects.csv absent: required */
    assert_int_equal(load_data_from_memory(&l.m, files, &s, &l.d),
                     ERR_NOINPUT);
    assert_int_equal(l.d.errors, 2);
    test_loaded_free(&l);
    /* present but empty: an empty-file error each; optional ones absent */
    static const char gci[] = "iso3,edition\n";
    files[LOAD_GCI] = (LoadBuffer){ gci, sizeof gci - 1 };
    files[LOAD_PROJECTS] = (LoadBuffer){ "", 0 };
    l = (TestLoaded){ .d = DIAG_INIT };
    assert_int_equal(load_data_from_memory(&l.m, files, &s, &l.d), ERR_DATA);
    FILE *out = open_memstream(&l.printed, &l.printed_len);
    diag_print(&l.d, out);
    fclose(out);
    assert_string_equal(l.printed,
                        "projects.csv: empty file, expected a header row\n");
    assert_int_equal(l.m.n_countries, 1);
    test_loaded_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_fixture_gives_exactly_its_expected_diagnostics),
        cmocka_unit_test(good_folder_fills_countries_and_editions),
        cmocka_unit_test(good_folder_fills_gci_rows_with_empty_cells_unpublished),
        cmocka_unit_test(good_folder_fills_projects),
        cmocka_unit_test(good_folder_fills_participation_and_assessments),
        cmocka_unit_test(bom_crlf_any_column_order_and_multiline_cells_load),
        cmocka_unit_test(errors_keep_model_releasable_and_count_all),
        cmocka_unit_test(shipped_data_loads_with_only_the_warnings_its_sources_explain),
        cmocka_unit_test(memory_load_names_the_files_in_load_order),
        cmocka_unit_test(memory_load_gives_the_same_diagnostics_as_the_folder),
        cmocka_unit_test(memory_load_fills_the_model_from_buffers),
        cmocka_unit_test(memory_load_absent_buffers_are_missing_files),
        cmocka_unit_test(big_participation_in_halves_loads_as_one_pass),
        cmocka_unit_test(big_participation_with_a_quote_loads_as_one_pass),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
