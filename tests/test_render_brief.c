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

#include "fixture.h"
#include "support.h"

#include "render/brief/render_brief.h"

#define N_PHL_PROJECTS 30

static void add_countries(FxBuilder *b)
{
    static const char *iso[3] = { "JPN", "KHM", "PHL" };
    static const char *name[3] = { "Japan", "Cambodia", "Philippines" };
    static const char *name_ja[3] = { "日本", "カンボジア", "フィリピン" };
    static const char *region[3] = { "East Asia", "Southeast Asia", "Southeast Asia" };
    for (int i = 0; i < 3; i++) {
        Country *c = fx_country(b, iso[i], region[i], NULL);
        c->name = name[i];
        c->name_ja = name_ja[i];
    }
}

static void add_gci(FxBuilder *b)
{
    fx_edition(b, 2020, "2021-06-29", "20", "100");
    fx_edition(b, 2024, "2024-09-12", "20", "100");
    fx_gci(b, "PHL", 2020, "legal=15 technical=10 overall=60");
    fx_gci(b, "PHL", 2024, "legal=17 technical=13 overall=70 tier=3");
    fx_gci(b, "KHM", 2020, "overall=19.5");
    fx_gci(b, "JPN", 2024, "legal=0 technical=0 overall=99 tier=1");
}

static void add_projects(FxBuilder *b)
{
    static const char *partners[2] = { "USAID", "World Bank" };
    for (int i = 0; i < N_PHL_PROJECTS; i++) {
        char id[16], start[16];
        snprintf(id, sizeof id, "PHL-%02d", i);
        snprintf(start, sizeof start, "%d-04-01", 2020 + i % 6);
        Project *p = fx_project(b, id, "PHL", start, i % 3 ? "2027-03-31" : NULL,
                                "legal;technical");
        p->title = arena_printf(&b->m.arena, "Capacity development for cybersecurity incident "
                                             "response, phase %d, with a long title that wraps", i);
        p->scheme = (Scheme)(i % SCHEME_COUNT);
        p->counterpart = "Department of Information and Communications Technology (DICT)";
        p->partners = partners;
        p->n_partners = i % 3;
    }
    Project *k = fx_project(b, "ZKHM-1", "KHM", "2025-01-10", "2025-01-12", "");
    k->title = "Cyber seminar";
    k->title_ja = "サイバーセミナー";
    k->scheme = SCHEME_SEMINAR;
}

static void add_records(FxBuilder *b)
{
    fx_part(b, "PHL-00", "PHL", 2024, 20, 8);
    fx_assess(b, "PHL", "2025-05-01", "networking")->summary = "National CSIRT established";
    Assessment *d1 = fx_assess(b, "PHL", "2027-01-01", NULL);
    d1->kind = ASSESS_D1;
    d1->rating = 4;
    d1->project = 0;                  /* PHL-00 */
    d1->summary = "Not known on the as-of date";
}

/* Indicators as SPEC §3 gives them for the model above, as of 2026-09-30:
 * PHL legal 75 -> 85 (+10), technical 50 -> 65 (+15), mean +12.50. */
static void add_indicators(FxWorld *f)
{
    Indicators *ind = &f->ind;
    Arena *a = &f->perm;
    fx_ind_head(f, 2024);
    fx_all_started(f);
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
                      .mean_delta = fx_rat("12.5"), .improved = true, .group_size = 1,
                      .has_group_median = true, .group_median = fx_rat("1.25"),
                      .excess = fx_rat("11.25"), .region_size = 0 };
    p->baseline[PILLAR_LEGAL] = fx_rat("75");
    p->latest[PILLAR_LEGAL] = fx_rat("85");
    p->delta[PILLAR_LEGAL] = fx_rat("10");
    p->baseline[PILLAR_TECHNICAL] = fx_rat("50");
    p->latest[PILLAR_TECHNICAL] = fx_rat("65");
    p->delta[PILLAR_TECHNICAL] = fx_rat("15");
    GCountry *g = fx_g_countries(f);
    g[1] = (GCountry){ .country = 1, .cooperation = true,
        .baseline_stage = STAGE_INITIAL, .baseline_source = SRC_GCI_SCORE,
        .baseline_edition = 0, .stage = STAGE_INITIAL, .stage_source = SRC_GCI_SCORE,
        .stage_edition = 0, .stage_assessment = -1, .target_stage = STAGE_GROWING,
        .target_source = SRC_STRATEGY_INITIAL };
    g[2] = (GCountry){ .country = 2, .cooperation = true,
        .baseline_stage = STAGE_NETWORKING, .baseline_source = SRC_GCI_SCORE,
        .baseline_edition = 0, .stage = STAGE_NETWORKING, .stage_source = SRC_ASSESSMENT,
        .stage_edition = -1, .stage_assessment = 0, .target_stage = STAGE_SELF_SUSTAINING,
        .target_source = SRC_STRATEGY_FOREFRONT };
    ind->n_participation = 1;
    ind->participation = NEW(a, ParticipationSum, 1);
    ind->participation[0] = (ParticipationSum){ .country = 2, .fy = 2024, .participants = 20,
                                                .female = 8, .rows = 1, .activities = 1,
                                                .has_participants = true, .has_female = true };
}

static void open_world(FxWorld *f, const char *lang)
{
    fx_open(f, lang, "2026-09-30");
    add_countries(&f->b);
    add_gci(&f->b);
    add_projects(&f->b);
    add_records(&f->b);
    fx_index(&f->b);
    add_indicators(f);
}

static char *read_brief(const char *dir, const char *name, size_t *len)
{
    char rel[64];
    snprintf(rel, sizeof rel, "briefs/%s", name);
    return test_read_in(dir, rel, len);
}

/* Each cooperation country gets ISO3.pdf; all.pdf holds them all; a
 * non-cooperation country (JPN) gets none. */
static void test_writes_a_pdf_per_cooperation_country_and_all(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_files");
    FxWorld f;
    open_world(&f, "en");
    assert_int_equal(fx_render(&f, render_brief, dir), ERR_OK);
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
    fx_close(&f);
}

/* One A4 page per brief, two in all.pdf (cairo writes the page tree's
 * /Count and each page's /MediaBox in points). */
static void test_each_brief_is_one_a4_page(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_pages");
    FxWorld f;
    open_world(&f, "en");
    assert_int_equal(fx_render(&f, render_brief, dir), ERR_OK);
    size_t n1, n2;
    char *one = read_brief(dir, "PHL.pdf", &n1), *all = read_brief(dir, "all.pdf", &n2);
    assert_true(test_has_bytes(one, n1, "/Count 1\n"));
    assert_true(test_has_bytes(one, n1, "/MediaBox [ 0 0 595.276 841.89 ]"));
    assert_true(test_has_bytes(all, n2, "/Count 2\n"));
    free(one);
    free(all);
    fx_close(&f);
}

/* Render all.pdf in `lang`; a non-zero `source_date` stands for
 * SOURCE_DATE_EPOCH, which main() reads into the settings (§5). */
static char *render_at(const char *name, const char *lang, time_t source_date,
                       size_t *len)
{
    const char *dir = test_tmpdir(name);
    char keep[4096];
    snprintf(keep, sizeof keep, "%s", dir);
    FxWorld f;
    open_world(&f, lang);
    f.s.has_source_date = source_date != 0;
    f.s.source_date = source_date;
    assert_int_equal(fx_render(&f, render_brief, keep), ERR_OK);
    fx_close(&f);
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
    assert_true(test_has_bytes(pdf, n, "/CreationDate (20260930000000Z)"));
    free(pdf);
    pdf = render_at("brief_date", "en", 1000000000, &n);
    assert_true(test_has_bytes(pdf, n, "/CreationDate (20010909014640Z)"));
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
    FxWorld f;
    open_world(&f, "en");
    assert_int_equal(fx_render(&f, render_brief, blocked), ERR_WRITE);   /* briefs/ under a file */
    assert_true(f.diag.errors > 0);
    fx_close(&f);
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

/* Render the briefs of `f` into `dir` and return how many GLib warnings
 * the rendering gave. */
static int warnings_rendering(FxWorld *f, const char *dir)
{
    int before = glib_warnings;
    assert_int_equal(fx_render(f, render_brief, dir), ERR_OK);
    return glib_warnings - before;
}

/* Issue 12 (hardening): a long Japanese partner list was joined into a
 * 1 KB buffer and cut there, inside a character; Pango then warned of
 * invalid UTF-8 and the PDF showed U+FFFD.  The list must reach Pango
 * whole (Pango wraps it), so every text stays valid. */
static void test_long_japanese_partner_list_is_not_cut_inside_a_character(void **state)
{
    (void)state;
    assert_counter_sees_invalid_utf8();
    FxWorld f;
    open_world(&f, "ja");
    Arena *a = &f.b.m.arena;
    /* 26 bytes, then 29 with the separator 、: byte 1023 falls inside a
     * character, as with any list whose lengths are not all multiples of 3 */
    enum { N = 60 };
    const char **names = NEW(a, const char *, N);
    for (int i = 0; i < N; i++)
        names[i] = arena_printf(a, "サイバー連携機関%02d", i);
    for (int k = 0; k < f.b.m.n_projects; k++) {   /* whichever row shows */
        f.b.m.projects[k].partners = names;
        f.b.m.projects[k].n_partners = N;
    }
    assert_int_equal(warnings_rendering(&f, test_tmpdir("brief_long_partners")), 0);
    fx_close(&f);
}

/* The same for the other data texts a brief sets: a Japanese title
 * ("2025年4月頃（報告）" is longer than 15 bytes) and a counterpart
 * with line breaks longer than 4 KB (flattened to one paragraph). */
static void test_other_long_japanese_texts_are_not_cut_inside_a_character(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "ja");
    char *cp = arena_alloc(&f.b.m.arena, 1, 1, 5000), *o = cp;
    o += sprintf(o, "%s", "A\n");                  /* 2 bytes, then 3-byte characters */
    while (o - cp < 4500)
        o += sprintf(o, "%s", "情報通信技術省");
    for (int k = 0; k < f.b.m.n_projects; k++) {   /* whichever row shows */
        f.b.m.projects[k].title_ja = "2025年4月頃（報告）";
        f.b.m.projects[k].counterpart = cp;
    }
    assert_int_equal(warnings_rendering(&f, test_tmpdir("brief_long_texts")), 0);
    fx_close(&f);
}

/* ---- issue 19: measured, never cut; the layout reports overflow ---- */

static double overflow_of[2];   /* per cooperation country: KHM, PHL */

static Err render_measured(const RenderCtx *ctx)
{
    return render_brief_fit(ctx, overflow_of);
}

/* The fixture's texts (long titles and counterparts, thirty projects)
 * all wrap inside their boxes and the page: nothing overflows. */
static void test_fixture_briefs_do_not_overflow(void **state)
{
    (void)state;
    const char *langs[2] = { "en", "ja" };
    for (int l = 0; l < 2; l++) {
        FxWorld f;
        open_world(&f, langs[l]);
        overflow_of[0] = overflow_of[1] = -1;
        assert_int_equal(fx_render(&f, render_measured, test_tmpdir("brief_fit")), ERR_OK);
        assert_true(overflow_of[0] == 0.0);
        assert_true(overflow_of[1] == 0.0);
        assert_int_equal(f.diag.warnings, 0);
        fx_close(&f);
    }
}

/* A word wider than its column cannot wrap: the layout says how far it
 * runs past (it used to be cut with an ellipsis, and nothing said so),
 * and the build warns naming the country. */
static void test_a_word_wider_than_its_box_is_reported_as_overflow(void **state)
{
    (void)state;
    FxWorld f;
    open_world(&f, "en");
    static const char *wide[1] = {
        /* no space and no hyphen: Pango may break after a hyphen */
        "MinistryOfInternalAffairsAndCommunicationsOfThePhilippinesAndThe"
        "DepartmentOfInformationAndCommunicationsTechnologyJointSecretariat"
    };
    for (int k = 0; k < f.b.m.n_projects; k++) {
        if (strncmp(f.b.m.projects[k].id, "PHL-", 4))
            continue;   /* KHM keeps its own */
        f.b.m.projects[k].partners = wide;
        f.b.m.projects[k].n_partners = 1;
    }
    overflow_of[0] = overflow_of[1] = -1;
    assert_int_equal(fx_render(&f, render_measured, test_tmpdir("brief_overflow")), ERR_OK);
    assert_true(overflow_of[1] > 100.0);   /* about 600 pt of word in 523 pt at most */
    assert_true(overflow_of[0] == 0.0);    /* KHM has no such partner */
    bool named = false;
    for (size_t i = 0; i < f.diag.n; i++)
        named = named || strstr(f.diag.items[i].msg, "the brief of PHL runs");
    assert_true(named);
    fx_close(&f);
}

/* The text of briefs/PHL.pdf (pdftotext -layout), whitespace squeezed. */
static char *brief_text(const char *dir, const char *iso3)
{
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "pdftotext -layout '%s/briefs/%s.pdf' - | tr -s ' \n' ' '", dir,
             iso3);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (n + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    buf[n] = '\0';
    assert_int_equal(pclose(p), 0);
    return buf;
}

/* Issue 19: PHL's thirty projects do not fit; those with partners (two in
 * three of them: i % 3 != 0) come first, and every one left out is named
 * (by title with its partners, or by id), never only counted ("+2 more"). */
static void test_projects_with_partners_first_and_every_left_out_one_named(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("brief_left_out");
    FxWorld f;
    open_world(&f, "en");
    assert_int_equal(fx_render(&f, render_brief, dir), ERR_OK);
    char *text = brief_text(dir, "PHL");
    assert_null(strstr(text, "more (see"));
    assert_non_null(strstr(text, "Not shown in full for lack of room"));
    for (int i = 0; i < N_PHL_PROJECTS; i++) {
        char id[16], title[160];
        snprintf(id, sizeof id, "PHL-%02d", i);
        snprintf(title, sizeof title, "phase %d, with", i);
        if (!strstr(text, title) && !strstr(text, id))
            fail_msg("project %s neither shown nor named", id);
    }
    /* the twenty with partners come first: every project the page lists
     * by title (here those after the rows in full) names its partners */
    int bullets = 0;
    for (const char *b = strstr(text, "\u2022"); b; b = strstr(b + 1, "\u2022")) {
        const char *next = strstr(b + 1, "\u2022"), *with = strstr(b, "(with ");
        assert_non_null(with);
        assert_true(!next || with < next);
        bullets++;
    }
    assert_true(bullets > 0);
    free(text);
    fx_close(&f);
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
        cmocka_unit_test(test_fixture_briefs_do_not_overflow),
        cmocka_unit_test(test_a_word_wider_than_its_box_is_reported_as_overflow),
        cmocka_unit_test(test_projects_with_partners_first_and_every_left_out_one_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
