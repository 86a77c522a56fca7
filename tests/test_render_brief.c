/* test_render_brief.c -- the one-page PDF briefs (SPEC §4, §5).
 *
 * The fixture is a hand-built Model and Indicators (three countries, two
 * GCI editions, PHL with more projects than a page holds, KHM not
 * assessable, JPN not a cooperation country), so these tests pin the
 * renderer alone: the files it writes, their page counts, A4 size,
 * determinism and the text a reader can select.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pango/pangocairo.h>

#include "support.h"

#include "render/brief/render_brief.h"

#define N_PHL_PROJECTS 30

typedef struct {
    Model m;
    Arena arena;
    Indicators ind;
    Settings s;
    Catalog *cat;
    Diag diag;
    RenderCtx ctx;
} Fixture;

static Rat R(const char *s)
{
    Rat r;
    assert_true(rat_parse(s, strlen(s), &r));
    return r;
}

static void add_countries(Model *m)
{
    static const char *iso[3] = { "JPN", "KHM", "PHL" };
    static const char *name[3] = { "Japan", "Cambodia", "Philippines" };
    static const char *name_ja[3] = { "日本", "カンボジア", "フィリピン" };
    static const char *region[3] = { "East Asia", "Southeast Asia", "Southeast Asia" };
    m->n_countries = 3;
    m->countries = NEW(&m->arena, Country, 3);
    for (int i = 0; i < 3; i++) {
        Country *c = &m->countries[i];
        memcpy(c->iso3, iso[i], 4);
        c->name = name[i];
        c->name_ja = name_ja[i];
        c->region = region[i];
        c->target_stage = STAGE_NONE;
        c->line = i + 2;
    }
}

static void add_gci(Model *m)
{
    m->n_editions = 2;
    m->editions = NEW(&m->arena, Edition, 2);
    m->editions[0] = (Edition){ 2020, date_from_ymd(2021, 6, 29), R("20"), R("100"), 2 };
    m->editions[1] = (Edition){ 2024, date_from_ymd(2024, 9, 12), R("20"), R("100"), 3 };
    /* PHL 2020: legal 15, technical 10; 2024: legal 17, technical 13, tier 3 */
    m->n_gci = 4;
    m->gci = NEW(&m->arena, GciRow, 4);
    unsigned both = PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL) | GCI_HAS_OVERALL;
    m->gci[0] = (GciRow){ .country = 2, .edition = 0, .has = both, .overall = R("60"), .line = 2 };
    m->gci[0].pillar[PILLAR_LEGAL] = R("15");
    m->gci[0].pillar[PILLAR_TECHNICAL] = R("10");
    m->gci[1] = (GciRow){ .country = 2, .edition = 1, .has = both | GCI_HAS_TIER,
                          .overall = R("70"), .tier = 3, .line = 3 };
    m->gci[1].pillar[PILLAR_LEGAL] = R("17");
    m->gci[1].pillar[PILLAR_TECHNICAL] = R("13");
    m->gci[2] = (GciRow){ .country = 1, .edition = 0, .has = GCI_HAS_OVERALL, .overall = R("19.5"), .line = 4 };
    m->gci[3] = (GciRow){ .country = 0, .edition = 1, .has = both | GCI_HAS_TIER,
                          .overall = R("99"), .tier = 1, .line = 5 };
}

static void add_projects(Model *m)
{
    m->n_projects = N_PHL_PROJECTS + 1;
    m->projects = NEW(&m->arena, Project, m->n_projects);
    static const char *partners[2] = { "USAID", "World Bank" };
    for (int i = 0; i < N_PHL_PROJECTS; i++) {
        Project *p = &m->projects[i];
        p->id = arena_printf(&m->arena, "PHL-%02d", i);
        p->title = arena_printf(&m->arena, "Capacity development for cybersecurity incident "
                                           "response, phase %d, with a long title that wraps", i);
        p->scheme = (Scheme)(i % SCHEME_COUNT);
        p->countries = NEW(&m->arena, int, 1);
        p->countries[0] = 2;
        p->n_countries = 1;
        p->pillars = PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL);
        p->start = date_from_ymd(2020 + i % 6, 4, 1);
        p->end = i % 3 ? date_from_ymd(2027, 3, 31) : DATE_NONE;
        p->counterpart = "Department of Information and Communications Technology (DICT)";
        p->partners = partners;
        p->n_partners = i % 3;
        p->line = i + 2;
    }
    Project *k = &m->projects[N_PHL_PROJECTS];
    *k = (Project){ .id = "ZKHM-1", .title = "Cyber seminar", .title_ja = "サイバーセミナー",
                    .scheme = SCHEME_SEMINAR, .start = date_from_ymd(2025, 1, 10),
                    .end = date_from_ymd(2025, 1, 12), .line = N_PHL_PROJECTS + 2 };
    k->countries = NEW(&m->arena, int, 1);
    k->countries[0] = 1;
    k->n_countries = 1;
}

static void add_records(Model *m)
{
    m->n_participation = 1;
    m->participation = NEW(&m->arena, Participation, 1);
    m->participation[0] = (Participation){ 0, 2, 2024, 20, 8, 2 };
    m->n_assessments = 2;
    m->assessments = NEW(&m->arena, Assessment, 2);
    m->assessments[0] = (Assessment){ .country = 2, .date = date_from_ymd(2025, 5, 1),
                                      .kind = ASSESS_I2, .rating = 3, .stage = STAGE_NETWORKING,
                                      .pillar = -1, .project = -1,
                                      .summary = "National CSIRT established", .line = 2 };
    m->assessments[1] = (Assessment){ .country = 2, .date = date_from_ymd(2027, 1, 1),
                                      .kind = ASSESS_D1, .rating = 4, .stage = STAGE_NONE,
                                      .pillar = -1, .project = 0,
                                      .summary = "Not known on the as-of date", .line = 3 };
}

/* Indicators as SPEC §3 gives them for the model above, as of 2026-09-30:
 * PHL legal 75 -> 85 (+10), technical 50 -> 65 (+15), mean +12.50. */
static void add_indicators(Fixture *f)
{
    Indicators *ind = &f->ind;
    Arena *a = &f->arena;
    ind->as_of = date_from_ymd(2026, 9, 30);
    ind->fiscal_year = 2026;
    ind->quarter = 2;
    ind->baseline_edition_year = 2020;
    ind->latest_edition_year = 2024;
    ind->project_started = NEW(a, bool, f->m.n_projects);
    for (int p = 0; p < f->m.n_projects; p++)
        ind->project_started[p] = true;
    ind->assessment_known = NEW(a, bool, 2);
    ind->assessment_known[0] = true;
    ind->i1.n_countries = 2;
    ind->i1.countries = NEW(a, I1Country, 2);
    I1Country *k = &ind->i1.countries[0], *p = &ind->i1.countries[1];
    *k = (I1Country){ .country = 1, .baseline_edition = 0, .latest_edition = -1,
                      .reason = NA_NO_TARGETED_PILLARS };
    PillarSet lt = PILLAR_BIT(PILLAR_LEGAL) | PILLAR_BIT(PILLAR_TECHNICAL);
    *p = (I1Country){ .country = 2, .pillars = lt, .baseline_edition = 0, .latest_edition = 1,
                      .assessable = true, .has_baseline = lt, .has_latest = lt,
                      .mean_delta = R("12.5"), .improved = true, .group_size = 1,
                      .has_group_median = true, .group_median = R("1.25"),
                      .excess = R("11.25"), .region_size = 0 };
    p->baseline[PILLAR_LEGAL] = R("75");
    p->latest[PILLAR_LEGAL] = R("85");
    p->delta[PILLAR_LEGAL] = R("10");
    p->baseline[PILLAR_TECHNICAL] = R("50");
    p->latest[PILLAR_TECHNICAL] = R("65");
    p->delta[PILLAR_TECHNICAL] = R("15");
    ind->g.n_countries = 3;
    ind->g.countries = NEW(a, GCountry, 3);
    for (int c = 0; c < 3; c++)
        ind->g.countries[c] = (GCountry){ .country = c, .baseline_stage = STAGE_NONE,
                                          .stage = STAGE_NONE, .stage_edition = -1,
                                          .stage_assessment = -1, .baseline_edition = -1,
                                          .target_stage = STAGE_NONE };
    ind->g.countries[1] = (GCountry){ .country = 1, .cooperation = true,
        .baseline_stage = STAGE_INITIAL, .baseline_source = SRC_GCI_SCORE,
        .baseline_edition = 0, .stage = STAGE_INITIAL, .stage_source = SRC_GCI_SCORE,
        .stage_edition = 0, .stage_assessment = -1, .target_stage = STAGE_GROWING,
        .target_source = SRC_RULE_INITIAL };
    ind->g.countries[2] = (GCountry){ .country = 2, .cooperation = true,
        .baseline_stage = STAGE_NETWORKING, .baseline_source = SRC_GCI_SCORE,
        .baseline_edition = 0, .stage = STAGE_NETWORKING, .stage_source = SRC_ASSESSMENT,
        .stage_edition = -1, .stage_assessment = 0, .target_stage = STAGE_SELF_SUSTAINING,
        .target_source = SRC_RULE_SEA_NETWORKING };
    ind->n_participation = 1;
    ind->participation = NEW(a, ParticipationSum, 1);
    ind->participation[0] = (ParticipationSum){ .country = 2, .fy = 2024, .participants = 20,
                                                .female = 8, .rows = 1, .activities = 1,
                                                .has_participants = true, .has_female = true };
}

static Fixture *fixture_new(const char *lang, const char *outdir)
{
    Fixture *f = calloc(1, sizeof *f);
    add_countries(&f->m);
    add_gci(&f->m);
    add_projects(&f->m);
    add_records(&f->m);
    model_index(&f->m);
    add_indicators(f);
    settings_defaults(&f->s);
    snprintf(f->s.lang, sizeof f->s.lang, "%s", lang);
    f->diag = (Diag)DIAG_INIT;
    assert_int_equal(catalog_load(&f->cat, test_source_dir(), lang, &f->diag), ERR_OK);
    f->ctx = (RenderCtx){ .m = &f->m, .ind = &f->ind, .s = &f->s, .cat = f->cat,
                          .outdir = outdir, .resources = test_source_dir(),
                          .diag = &f->diag };
    return f;
}

static void fixture_free(Fixture *f)
{
    assert_int_equal(catalog_missing(f->cat, &f->diag), 0);
    catalog_free(f->cat);
    diag_release(&f->diag);
    arena_release(&f->arena);
    model_release(&f->m);
    free(f);
}

/* PDFs hold binary streams: search all `len` bytes, not up to a NUL. */
static bool contains(const char *buf, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(buf + i, needle, n) == 0)
            return true;
    return false;
}

static char *read_brief(const char *dir, const char *name, size_t *len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/briefs/%s", dir, name);
    return test_read_file(path, len);
}

/* Each cooperation country gets ISO3.pdf; all.pdf holds them all; a
 * non-cooperation country (JPN) gets none. */
static void test_writes_a_pdf_per_cooperation_country_and_all(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_files");
    Fixture *f = fixture_new("en", dir);
    assert_int_equal(render_brief(&f->ctx), ERR_OK);
    static const char *names[3] = { "KHM.pdf", "PHL.pdf", "all.pdf" };
    for (int i = 0; i < 3; i++) {
        size_t len;
        char *pdf = read_brief(dir, names[i], &len);
        assert_non_null(pdf);
        assert_true(len > 1000);
        assert_memory_equal(pdf, "%PDF-", 5);
        free(pdf);
    }
    assert_null(read_brief(dir, "JPN.pdf", NULL));
    fixture_free(f);
}

/* One A4 page per brief, two in all.pdf (cairo writes the page tree's
 * /Count and each page's /MediaBox in points). */
static void test_each_brief_is_one_a4_page(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_pages");
    Fixture *f = fixture_new("en", dir);
    assert_int_equal(render_brief(&f->ctx), ERR_OK);
    size_t n1, n2;
    char *one = read_brief(dir, "PHL.pdf", &n1), *all = read_brief(dir, "all.pdf", &n2);
    assert_true(contains(one, n1, "/Count 1\n"));
    assert_true(contains(one, n1, "/MediaBox [ 0 0 595.276 841.89 ]"));
    assert_true(contains(all, n2, "/Count 2\n"));
    free(one);
    free(all);
    fixture_free(f);
}

/* Render all.pdf in `lang`; a non-zero `source_date` stands for
 * SOURCE_DATE_EPOCH, which main() reads into the settings (§5). */
static char *render_at(const char *name, const char *lang, time_t source_date,
                       size_t *len)
{
    const char *dir = test_tmpdir(name);
    char keep[4096];
    snprintf(keep, sizeof keep, "%s", dir);
    Fixture *f = fixture_new(lang, keep);
    Settings s = *f->ctx.s;
    s.has_source_date = source_date != 0;
    s.source_date = source_date;
    f->ctx.s = &s;
    assert_int_equal(render_brief(&f->ctx), ERR_OK);
    fixture_free(f);
    return read_brief(keep, "all.pdf", len);
}

static char *render_to(const char *name, const char *lang, size_t *len)
{
    return render_at(name, lang, 0, len);
}

/* §5: identical inputs give identical bytes, in both languages. */
static void test_two_runs_give_identical_bytes(void **state)
{
    (void)state;
    static const char *langs[2] = { "en", "ja" };
    for (int i = 0; i < 2; i++) {
        size_t n1, n2;
        char *a = render_to("brief_run1", langs[i], &n1);
        char *b = render_to("brief_run2", langs[i], &n2);
        assert_int_equal(n1, n2);
        assert_memory_equal(a, b, n1);
        free(a);
        free(b);
    }
}

/* §5: the creation date is the as-of date at midnight UTC, or
 * SOURCE_DATE_EPOCH when set (1000000000 = 2001-09-09 01:46:40 UTC). */
static void test_creation_date_from_as_of_or_source_date_epoch(void **state)
{
    (void)state;
    size_t n;
    char *pdf = render_to("brief_date", "en", &n);
    assert_true(contains(pdf, n, "/CreationDate (20260930000000Z)"));
    free(pdf);
    pdf = render_at("brief_date", "en", 1000000000, &n);
    assert_true(contains(pdf, n, "/CreationDate (20010909014640Z)"));
    free(pdf);
}

/* A folder that cannot be created is a write error noted in the Diag. */
static void test_unwritable_output_is_a_write_error(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_blocked");
    char blocked[4200];
    snprintf(blocked, sizeof blocked, "%s/file", dir);
    FILE *fp = fopen(blocked, "w");
    assert_non_null(fp);
    fclose(fp);
    Fixture *f = fixture_new("en", blocked);   /* briefs/ under a file */
    assert_int_equal(render_brief(&f->ctx), ERR_WRITE);
    assert_true(f->diag.errors > 0);
    fixture_free(f);
}

/* GLib warnings and criticals (Pango's "Invalid UTF-8 string passed to
 * pango_layout_set_text()" among them) are counted, and still printed.
 * Pango logs through GLib's structured writer, so the count is taken
 * there. */
static int glib_warnings;

static GLogWriterOutput count_warnings(GLogLevelFlags level, const GLogField *fields,
                                       gsize n, gpointer data)
{
    if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
        glib_warnings++;
    return g_log_writer_default(level, fields, n, data);
}

/* The count sees Pango's complaint (else the tests below prove nothing). */
static void assert_counter_sees_invalid_utf8(void)
{
    PangoContext *pc = pango_font_map_create_context(pango_cairo_font_map_get_default());
    PangoLayout *l = pango_layout_new(pc);
    int before = glib_warnings;
    pango_layout_set_text(l, "\xE5\x9B", -1);   /* the first two bytes of 国 */
    assert_int_equal(glib_warnings, before + 1);
    g_object_unref(l);
    g_object_unref(pc);
}

/* Render the Japanese briefs of `f` and return how many GLib warnings
 * the rendering gave. */
static int warnings_rendering(Fixture *f)
{
    int before = glib_warnings;
    assert_int_equal(render_brief(&f->ctx), ERR_OK);
    return glib_warnings - before;
}

/* Issue 12 (hardening): a long Japanese partner list was joined into a
 * 1 KB buffer and cut there, inside a character; Pango then warned of
 * invalid UTF-8 and the PDF showed U+FFFD.  The list must reach Pango
 * whole (Pango ellipsizes the cell), so every text stays valid. */
static void test_long_japanese_partner_list_is_not_cut_inside_a_character(void **state)
{
    (void)state;
    assert_counter_sees_invalid_utf8();
    Fixture *f = fixture_new("ja", test_tmpdir("brief_long_partners"));
    /* 26 bytes, then 29 with the separator 、: byte 1023 falls inside a
     * character, as with any list whose lengths are not all multiples of 3 */
    enum { N = 60 };
    const char **names = NEW(&f->arena, const char *, N);
    for (int i = 0; i < N; i++)
        names[i] = arena_printf(&f->arena, "サイバー連携機関%02d", i);
    Project *p = &f->m.projects[5];   /* started 2025: the first row */
    p->partners = names;
    p->n_partners = N;
    assert_int_equal(warnings_rendering(f), 0);
    fixture_free(f);
}

/* The same for the other data texts a brief sets: a reported start
 * ("2025年4月頃（報告）" is longer than 15 bytes) and a counterpart
 * with line breaks longer than 4 KB (flattened to one paragraph). */
static void test_other_long_japanese_texts_are_not_cut_inside_a_character(void **state)
{
    (void)state;
    Fixture *f = fixture_new("ja", test_tmpdir("brief_long_texts"));
    Project *p = &f->m.projects[5];
    p->start_reported = "2025年4月頃（報告）";
    char *cp = arena_alloc(&f->arena, 1, 1, 5000), *o = cp;
    o += sprintf(o, "%s", "A\n");                  /* 2 bytes, then 3-byte characters */
    while (o - cp < 4500)
        o += sprintf(o, "%s", "情報通信技術省");
    p->counterpart = cp;
    assert_int_equal(warnings_rendering(f), 0);
    fixture_free(f);
}

int main(void)
{
    g_log_set_writer_func(count_warnings, NULL, NULL);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_writes_a_pdf_per_cooperation_country_and_all),
        cmocka_unit_test(test_each_brief_is_one_a4_page),
        cmocka_unit_test(test_two_runs_give_identical_bytes),
        cmocka_unit_test(test_creation_date_from_as_of_or_source_date_epoch),
        cmocka_unit_test(test_unwritable_output_is_a_write_error),
        cmocka_unit_test(test_long_japanese_partner_list_is_not_cut_inside_a_character),
        cmocka_unit_test(test_other_long_japanese_texts_are_not_cut_inside_a_character),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
