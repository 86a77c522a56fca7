/* import-iati: each rule of docs/iati.md on a small activity, read through
 * iati_read (libxml2's xmlTextReader) and mapped by iati_map; the report
 * lines with their FILE:LINE. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/iati_filter.h"
#include "import/iati_map.h"
#include "import/iati_read.h"
#include "import/iso3166.h"
#include "support.h"

static Iso3166 iso;

static int setup(void **state)
{
    (void)state;
    Diag d = DIAG_INIT;
    Err err = iso3166_load(&iso, ISO3166_DEFAULT_PATH, &d);
    diag_release(&d);
    return err ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    iso3166_release(&iso);
    return 0;
}

/* What one run gives: the first activity's project (copied out of the
 * callback's arena), whether it mapped, and the report text. */
typedef struct {
    Arena arena;
    IatiProject p;
    int mapped, activities;
    char *report;
    size_t report_len;
    FILE *rep_out;
    IatiReport rep;
    const IatiFilter *filters;
    size_t n_filters;
    int matched;
} Run;

static bool on_activity(void *user, const IatiActivity *a)
{
    Run *r = user;
    r->activities++;
    r->matched += iati_filter_match(a, r->filters, r->n_filters);
    if (r->activities == 1)
        r->mapped = iati_map(a, &iso, &r->arena, &r->p, &r->rep);
    return true;
}

static Err import_text(Run *r, const char *xml)
{
    r->rep_out = open_memstream(&r->report, &r->report_len);
    assert_non_null(r->rep_out);
    r->rep = (IatiReport){ r->rep_out, 0 };
    Diag d = DIAG_INIT;
    Err err = iati_read_memory(xml, strlen(xml), "t.xml", on_activity, r, &d,
                               NULL);
    fclose(r->rep_out);
    if (err && d.n) {   /* the error joins the report, for the assertions */
        size_t n = r->report_len + strlen(d.items[0].msg) + 64;
        r->report = realloc(r->report, n);
        snprintf(r->report + r->report_len, n - r->report_len, "%s:%ld: %s\n",
                 d.items[0].file, d.items[0].line, d.items[0].msg);
    }
    diag_release(&d);
    return err;
}

static void run_release(Run *r)
{
    arena_release(&r->arena);
    free(r->report);
}

static void assert_reported(const Run *r, const char *line)
{
    if (!strstr(r->report, line))
        fail_msg("report lacks '%s'; it is:\n%s", line, r->report);
}

#define HEAD "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n"
#define ACT "<iati-activity xml:lang=\"en\" default-currency=\"JPY\">\n" \
            "<iati-identifier>JP-8-X</iati-identifier>\n"                 \
            "<title><narrative>Cyber capacity</narrative></title>\n"
#define START "<activity-date type=\"2\" iso-date=\"2023-04-01\"/>\n"
#define TAIL "</iati-activity>\n</iati-activities>\n"

static void jpy_budget_sums_revised_over_original_and_keeps_other_currencies_out(void **state)
{
    (void)state;
    Run r = { 0 };
    assert_int_equal(import_text(&r, HEAD ACT START
        "<budget type=\"1\"><period-start iso-date=\"2023-04-01\"/>"
        "<value>1000000</value></budget>\n"
        "<budget type=\"2\"><period-start iso-date=\"2023-04-01\"/>"
        "<value>1200000.4</value></budget>\n"
        "<budget type=\"1\"><period-start iso-date=\"2024-04-01\"/>"
        "<value currency=\"JPY\">800000</value></budget>\n"
        "<budget><period-start iso-date=\"2024-04-01\"/>"
        "<value currency=\"USD\">25.50</value></budget>\n" TAIL), ERR_OK);
    assert_true(r.mapped);
    /* 1 200 000.4 (revised) + 800 000 = 2 000 000.4 -> 2 000 000 yen */
    assert_string_equal(r.p.budget_jpy, "2000000");
    assert_reported(&r, "t.xml:3: project 'JP-8-X': budget 2000000.4 JPY rounded to whole yen");
    assert_reported(&r, "t.xml:3: project 'JP-8-X': budget 25.5 USD is not in yen");
    run_release(&r);
}

static void cancelled_activity_is_not_imported(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START "<activity-status code=\"5\"/>\n" TAIL);
    assert_false(r.mapped);
    assert_reported(&r, "t.xml:7: activity 'JP-8-X' is cancelled (activity-status 5): not imported");
    run_release(&r);
}

static void region_only_activity_is_flagged_with_empty_countries(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START
                "<recipient-region code=\"789\" vocabulary=\"1\"/>\n" TAIL);
    assert_true(r.mapped);
    assert_string_equal(r.p.countries, "");
    assert_reported(&r, "t.xml:7: project 'JP-8-X': recipient-region '789' and no recipient-country");
    run_release(&r);
}

static void countries_go_from_alpha2_to_alpha3_once_each(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START "<recipient-country code=\"PH\"/>\n"
                "<recipient-country code=\"KH\"/><recipient-country code=\"PH\"/>\n"
                "<recipient-country code=\"XX\"/>\n" TAIL);
    assert_string_equal(r.p.countries, "PHL;KHM");
    assert_reported(&r, "t.xml:9: recipient-country code 'XX' is not an ISO 3166-1 alpha-2 code");
    run_release(&r);
}

static void scheme_follows_the_documented_table(void **state)
{
    (void)state;
    static const struct { const char *xml, *scheme; } cases[] = {
        { "<collaboration-type code=\"8\"/><default-aid-type code=\"D01\"/>", "triangular" },
        { "<default-finance-type code=\"410\"/><default-aid-type code=\"C01\"/>", "loan" },
        { "<default-aid-type code=\"D01\" vocabulary=\"1\"/>", "expert_dispatch" },
        { "<default-aid-type code=\"D02\"/>", "technical_cooperation" },
        { "<default-aid-type code=\"E01\"/>", "training" },
        { "<default-aid-type code=\"C01\"/>", "other" },
        { "<default-aid-type code=\"D01\" vocabulary=\"2\"/>", "other" },
        { "", "other" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char xml[1024];
        snprintf(xml, sizeof xml, HEAD ACT START "%s\n" TAIL, cases[i].xml);
        Run r = { 0 };
        import_text(&r, xml);
        assert_string_equal(r.p.scheme, cases[i].scheme);
        run_release(&r);
    }
}

static void orgs_give_the_accountable_counterpart_and_named_partners(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START
        "<participating-org role=\"4\"><narrative>NCSC</narrative></participating-org>\n"
        "<participating-org role=\"1\" ref=\"XM-DAC-701-8\"><narrative xml:lang=\"ja\">"
        "独立行政法人国際協力機構</narrative><narrative>JICA</narrative></participating-org>\n"
        "<participating-org role=\"2\"><narrative>Ministry; ICT</narrative></participating-org>\n"
        "<participating-org role=\"3\" ref=\"XM-DAC-701\"/>\n"
        "<participating-org role=\"9\"><narrative>Odd</narrative></participating-org>\n" TAIL);
    assert_string_equal(r.p.counterpart, "Ministry, ICT (accountable)");
    assert_string_equal(r.p.partners,
                        "NCSC (implementing);JICA (funding);XM-DAC-701 (extending)");
    assert_reported(&r, "t.xml:11: participating-org role '9' is not 1 to 4");
    run_release(&r);
}

static void title_takes_english_and_japanese_narratives(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD "<iati-activity xml:lang=\"fr\">\n"
        "<iati-identifier>JP-8-Y</iati-identifier>\n"
        "<title><narrative>Cybersécurité</narrative>"
        "<narrative xml:lang=\"ja\">サイバーセキュリティ</narrative>"
        "<narrative xml:lang=\"en-GB\">Cybersecurity</narrative></title>\n"
        START TAIL);
    assert_string_equal(r.p.title, "Cybersecurity");
    assert_string_equal(r.p.title_ja, "サイバーセキュリティ");
    run_release(&r);
}

static void planned_dates_stand_in_and_are_reported(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT
        "<activity-date type=\"1\" iso-date=\"2022-10-01Z\"/>\n"
        "<activity-date type=\"3\" iso-date=\"2025-03-31\"/>\n"
        "<activity-date type=\"4\" iso-date=\"2025-09-30+09:00\"/>\n" TAIL);
    assert_string_equal(r.p.start, "2022-10-01");
    assert_string_equal(r.p.end, "2025-09-30");
    assert_reported(&r, "t.xml:6: project 'JP-8-X': start 2022-10-01 is the planned start");
    assert_null(strstr(r.report, "planned end"));
    run_release(&r);
}

static void no_start_date_means_not_imported(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT "<activity-date type=\"3\" iso-date=\"2025-03-31\"/>\n" TAIL);
    assert_false(r.mapped);
    assert_reported(&r, "has no start date (activity-date type 1 or 2): not imported");
    run_release(&r);
}

static void a12_link_is_the_url_and_every_link_a_source(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START
        "<document-link url=\"https://x.org/report.pdf\"><category code=\"A01\"/></document-link>\n"
        "<document-link url=\"https://x.org/p?a=1;b=2\"><category code=\"A07\"/><category code=\"A12\"/></document-link>\n"
        "<document-link url=\"https://x.org/report.pdf\"/>\n"
        "<result><document-link url=\"https://x.org/result.pdf\"/></result>\n" TAIL);
    assert_string_equal(r.p.url, "https://x.org/p?a=1%3Bb=2");
    assert_string_equal(r.p.sources, "https://x.org/report.pdf;https://x.org/p?a=1%3Bb=2");
    run_release(&r);
}

static void pillars_come_from_vocabulary_99_sectors_and_tags(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START
        "<sector vocabulary=\"1\" code=\"22040\"/>\n"
        "<sector vocabulary=\"99\" code=\"Technical\"/>\n"
        "<tag vocabulary=\"99\" code=\"capacity development\"/>\n"
        "<tag vocabulary=\"99\" code=\"CYBER\"/>\n" TAIL);
    assert_string_equal(r.p.pillars, "technical;capacity_development");
    assert_reported(&r, "t.xml:10: tag vocabulary 99 code 'CYBER' is not a pillar");
    run_release(&r);
}

static void results_become_a_scenario_row_and_result_rows(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD ACT START
        "<sector vocabulary=\"99\" code=\"technical\"/>\n"
        "<result type=\"1\"><title><narrative>R</narrative></title>\n"
        "<indicator measure=\"1\" ascending=\"0\"><title><narrative>Incidents</narrative></title>\n"
        "<baseline year=\"2022\" value=\"40\"/>\n"
        "<period><period-start iso-date=\"2023-04-01\"/><period-end iso-date=\"2024-03-31\"/>"
        "<target value=\"30\"/><actual value=\"35\"/></period>\n"
        "<period><period-start iso-date=\"2024-04-01\"/><period-end iso-date=\"2025-03-31\"/>"
        "<target value=\"20\"/><actual value=\"22.5\"/></period>\n"
        "</indicator>\n"
        "<indicator measure=\"5\"><title><narrative>Quality</narrative></title></indicator>\n"
        "</result>\n" TAIL);
    const IatiScenarioRow *s = r.p.scenarios;
    assert_non_null(s);
    assert_null(s->next);
    assert_string_equal(s->indicator_id, "R1-I1");
    assert_string_equal(s->pillar, "technical");
    assert_string_equal(s->direction, "decrease");
    assert_string_equal(s->baseline, "40");
    assert_string_equal(s->baseline_date, "2022");
    assert_string_equal(s->target, "20");
    assert_string_equal(s->target_date, "2025-03-31");
    const IatiResultRow *res = r.p.results;
    assert_non_null(res);
    assert_string_equal(res->date, "2024-03-31");
    assert_string_equal(res->value, "35");
    assert_non_null(res->next);
    assert_string_equal(res->next->value, "22.5");
    assert_reported(&r, "t.xml:14: project 'JP-8-X': result 1 indicator 2 'Quality' not imported into scenarios.csv: its measure is not a number");
    run_release(&r);
}

static void filter_matches_sector_tag_or_title_word(void **state)
{
    (void)state;
    IatiFilter f[2];
    assert_true(iati_filter_parse("word:CYBER", &f[0]));
    assert_true(iati_filter_parse("sector:15210", &f[1]));
    IatiFilter bad;
    assert_false(iati_filter_parse("word:", &bad));
    assert_false(iati_filter_parse("cyber", &bad));
    Run r = { .filters = f, .n_filters = 2 };
    import_text(&r, HEAD ACT START TAIL);
    assert_int_equal(r.matched, 1);           /* "Cyber capacity" */
    run_release(&r);
    Run r2 = { .filters = &f[1], .n_filters = 1 };
    import_text(&r2, HEAD ACT START TAIL);
    assert_int_equal(r2.matched, 0);
    run_release(&r2);
}

static void malformed_xml_is_an_error_with_its_line(void **state)
{
    (void)state;
    Run r = { 0 };
    assert_int_equal(import_text(&r, HEAD ACT "<title>x</titl>\n" TAIL), ERR_DATA);
    assert_reported(&r, "t.xml:6: not well-formed XML: Opening and ending tag mismatch");
    run_release(&r);
}

static void extension_elements_never_match_iati_paths(void **state)
{
    (void)state;
    Run r = { 0 };
    import_text(&r, HEAD "<iati-activity xmlns:x=\"http://example.org/x\">\n"
        "<x:iati-identifier>WRONG</x:iati-identifier>\n"
        "<iati-identifier>JP-8-Z</iati-identifier>\n"
        "<title><narrative>T</narrative></title>\n"
        "<x:title><narrative>WRONG</narrative></x:title>\n" START TAIL);
    assert_string_equal(r.p.project_id, "JP-8-Z");
    assert_string_equal(r.p.title, "T");
    run_release(&r);
}

/* libxml2 keeps a node's line only up to 65535; past it the parser's own
 * line is used, so a big registry file still reports true lines. */
static void lines_past_65535_are_reported_truly(void **state)
{
    (void)state;
    size_t pad = 70000;
    const char *head = HEAD ACT START;
    const char *tail = "<recipient-country code=\"QQ\"/>\n" TAIL;
    size_t n = strlen(head) + pad + strlen(tail) + 1;
    char *xml = malloc(n);
    assert_non_null(xml);
    strcpy(xml, head);
    memset(xml + strlen(head), '\n', pad);
    strcpy(xml + strlen(head) + pad, tail);
    Run r = { 0 };
    import_text(&r, xml);
    /* 6 lines of head, 70 000 blank ones: the element is on line 70 007 */
    assert_reported(&r, "t.xml:70007: recipient-country code 'QQ'");
    run_release(&r);
    free(xml);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jpy_budget_sums_revised_over_original_and_keeps_other_currencies_out),
        cmocka_unit_test(cancelled_activity_is_not_imported),
        cmocka_unit_test(region_only_activity_is_flagged_with_empty_countries),
        cmocka_unit_test(countries_go_from_alpha2_to_alpha3_once_each),
        cmocka_unit_test(scheme_follows_the_documented_table),
        cmocka_unit_test(orgs_give_the_accountable_counterpart_and_named_partners),
        cmocka_unit_test(title_takes_english_and_japanese_narratives),
        cmocka_unit_test(planned_dates_stand_in_and_are_reported),
        cmocka_unit_test(no_start_date_means_not_imported),
        cmocka_unit_test(a12_link_is_the_url_and_every_link_a_source),
        cmocka_unit_test(pillars_come_from_vocabulary_99_sectors_and_tags),
        cmocka_unit_test(results_become_a_scenario_row_and_result_rows),
        cmocka_unit_test(filter_matches_sector_tag_or_title_word),
        cmocka_unit_test(malformed_xml_is_an_error_with_its_line),
        cmocka_unit_test(extension_elements_never_match_iati_paths),
        cmocka_unit_test(lines_past_65535_are_reported_truly),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
