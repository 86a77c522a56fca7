/* render_brief.c -- one-page A4 PDF briefs (SPEC §4); see render_brief.h.
 *
 * The sections below draw with the primitives of brief_page and the
 * texts of brief_words; brief_layout holds the fonts and laid-out texts
 * of the build.
 *
 * A page is laid out top-down: header; stage; I1 standing beside
 * participation and the three latest assessments; the pillars chart
 * across the page; then the projects table fills what is left above the
 * footer (sources), which is measured first and anchored to the bottom
 * margin, row by row, ending with "+N more" when a row would not fit.
 * Every other section has a bounded height, so nothing can run off the
 * page.
 *
 * Each page is laid out once, on a recording surface, and replayed into
 * its own file and into all.pdf: Pango's shaping is most of the work.
 */
#include "render/brief/render_brief.h"

#include <cairo-pdf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "present/vocab.h"
#include "render/brief/brief_layout.h"
#include "render/brief/brief_page.h"
#include "render/brief/brief_words.h"
#include "render/chart/chart_prep.h"
#include "render/chart/chart_views.h"

#define ACTIVITY_MAX_FY_ROWS 6
#define ACTIVITY_MAX_ASSESSMENTS 3
#define PILLARS_H 140.0   /* across the page: labels about 8 pt */

/* ---- header and footer ---- */

static double brief_frame_header(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    const Country *c = &ctx->m->countries[pg->country];
    char quarter[64];
    catalog_quarter(ctx->cat, ctx->ind->fiscal_year, ctx->ind->quarter, quarter,
                    sizeof quarter);
    double half = PAGE_CONTENT_W / 2;
    page_text(pg, PAGE_MARGIN, y, half * 1.3, page_style(FONT_SMALL, PAGE_MUTED, 1),
              ctx->s->programme);
    y += page_text(pg, PAGE_MARGIN + half * 1.3, y, half * 0.7,
                   page_right(FONT_SMALL, PAGE_MUTED), words_get(pg, "brief.kind")) + 2;
    y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, page_style(FONT_TITLE, PAGE_INK, 1),
                   model_country_name(ctx->m, pg->country, ctx->s->lang));
    y += page_text(pg, PAGE_MARGIN, y + 1, PAGE_CONTENT_W, page_style(FONT_BODY, PAGE_MUTED, 1),
                   words_fmt(pg, "brief.subline", "region", words_region(pg, c->region),
                             "iso3", c->iso3, "date", words_date(pg, ctx->ind->as_of),
                             "quarter", quarter, (char *)NULL)) + 1;
    page_rule(pg, PAGE_MARGIN, y + 4, PAGE_CONTENT_W, 1.5, PAGE_ACCENT);
    return y + 6;
}

/* The GCI editions published by the as-of date, "2020, 2024" ("" for none). */
static const char *editions_known(Page *pg)
{
    const Model *m = pg->ctx->m;
    const char **years = NEW(pg->a, const char *, m->n_editions + 1);
    int n = 0;
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].published <= pg->ctx->ind->as_of)
            years[n++] = words_int(pg, m->editions[e].year);
    return vocab_join(pg->ctx->cat, pg->a, years, n);
}

static double brief_frame_footer(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    const char *eds = editions_known(pg);
    double y0 = y;
    page_rule(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, 0.6, PAGE_RULE);
    y += 3;
    y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, page_style(FONT_SMALL, PAGE_MUTED, 2),
                   words_fmt(pg, "brief.sources", "editions",
                             eds[0] ? eds : words_get(pg, "brief.none"), "date",
                             words_date(pg, ctx->ind->as_of), (char *)NULL));
    y += 1;
    page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W * 0.7, page_style(FONT_SMALL, PAGE_MUTED, 1),
              ctx->s->programme);
    y += page_text(pg, PAGE_MARGIN + PAGE_CONTENT_W * 0.7, y, PAGE_CONTENT_W * 0.3,
                   page_right(FONT_SMALL, PAGE_MUTED), "cyberdash " CYBERDASH_VERSION);
    return y - y0;
}

/* ---- stage (§3.4) ---- */

#define TARGET_BAND ((PageColor){ 0.90, 0.94, 0.98 })
#define ARROW_W 16.0

/* Where a stage came from (§3.4): the catalogue's source sentence with
 * its edition or assessment date, and for a GCI source the tier or the
 * overall percent that decided it. */
static const char *provenance(Page *pg, StageSource src, int edition,
                              int assessment)
{
    const Model *m = pg->ctx->m;
    Date date = src == SRC_ASSESSMENT && assessment >= 0 ? m->assessments[assessment].date
                                                         : DATE_NONE;
    const char *source = vocab_source(pg->ctx->cat, pg->a, src,
                                      words_edition_year(pg, edition), date);
    const GciRow *r = edition >= 0 ? model_gci(m, pg->country, edition) : NULL;
    const char *d = NULL;
    if (src == SRC_GCI_TIER && r) {
        d = words_fmt(pg, "brief.prov_tier", "tier", words_int(pg, r->tier), (char *)NULL);
    } else if (src == SRC_GCI_SCORE && r) {
        char pct[32];
        rat_format2(compute_overall_percent(m, r), pct);
        d = words_fmt(pg, "brief.prov_score", "percent", pct, (char *)NULL);
    }
    return d ? words_fmt(pg, "brief.provenance", "source", source, "detail", d, (char *)NULL)
             : source;
}

/* One of the three stage boxes; returns its height. */
static double stage_box(Page *pg, double x, double y, double w,
                        const char *label, Stage s, const char *prov)
{
    double h = 4;
    h += page_text(pg, x + 6, y + h, w - 12, page_style(FONT_SMALL, PAGE_MUTED, 1), label);
    h += page_text(pg, x + 6, y + h, w - 12, page_style(FONT_STAGE, PAGE_INK, 1),
                   vocab_stage(pg->ctx->cat, s));
    h += page_text(pg, x + 6, y + h + 1, w - 12, page_style(FONT_SMALL, PAGE_MUTED, 2), prov);
    return h + 5;
}

static double stage_boxes(Page *pg, double y)
{
    const GCountry *g = pg->g;
    double w = (PAGE_CONTENT_W - 2 * ARROW_W) / 3;
    const char *p[3] = {
        provenance(pg, g->baseline_source, g->baseline_edition, -1),
        provenance(pg, g->stage_source, g->stage_edition, g->stage_assessment),
        provenance(pg, g->target_source, -1, -1),
    };
    const char *labels[3] = { words_get(pg, "brief.stage_baseline"),
                              words_get(pg, "brief.stage_current"),
                              words_get(pg, "brief.stage_target") };
    Stage stages[3] = { g->baseline_stage, g->stage, g->target_stage };
    bool was_dry = pg->dry;
    double bh = 0;
    pg->dry = true;   /* boxes share one height: measure first */
    for (int i = 0; i < 3; i++) {
        double h = stage_box(pg, 0, 0, w, labels[i], stages[i], p[i]);
        bh = h > bh ? h : bh;
    }
    pg->dry = was_dry;
    for (int i = 0; i < 3; i++) {
        double x = PAGE_MARGIN + i * (w + ARROW_W);
        page_rect(pg, x, y, w, bh, i == 2 ? TARGET_BAND : PAGE_BAND);
        stage_box(pg, x, y, w, labels[i], stages[i], p[i]);
        if (i < 2)
            page_text(pg, x + w, y + bh / 2 - 7, ARROW_W,
                      page_style(FONT_STAGE, PAGE_MUTED, 1), "→");
    }
    return bh;
}

static double brief_stage(Page *pg, double y)
{
    double y0 = y;
    y += page_heading(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, words_get(pg, "brief.stage_heading"));
    y += stage_boxes(pg, y + 2) + 5;
    const GCountry *g = pg->g;
    const char *key = g->target_stage == STAGE_NONE ? "brief.no_target"
                      : g->reached                  ? "brief.reached"
                                                    : "brief.not_reached";
    PageColor c = g->target_stage == STAGE_NONE ? PAGE_MUTED
                  : g->reached                  ? PAGE_GOOD
                                                : PAGE_BAD;
    y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, page_style(FONT_BOLD, c, 1),
                   words_get(pg, key));
    return y - y0;
}

/* ---- I1 standing (§3.2) and context (§3.8) ---- */

/* Columns of the I1 table: pillar, baseline, latest, change. */
static double i1_row(Page *pg, double x, double y, double w, LayoutFont font,
                     const char *const cells[4])
{
    return page_table_row(pg, x, y, w, 0.36, font, cells, 4);
}

static const char *figure(Page *pg, bool has, Rat r)
{
    char buf[32];
    if (!has)
        return "–";
    rat_format2(r, buf);
    return arena_strdup(pg->a, buf);
}

static double i1_table(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    int by = c->baseline_edition >= 0 ? words_edition_year(pg, c->baseline_edition)
                                      : pg->ctx->ind->baseline_edition_year;
    const char *head[4] = {
        words_get(pg, "brief.col_pillar"),
        words_fmt(pg, "brief.col_baseline", "edition", words_int(pg, by), (char *)NULL),
        c->latest_edition >= 0
            ? words_fmt(pg, "brief.col_latest", "edition",
                        words_int(pg, words_edition_year(pg, c->latest_edition)), (char *)NULL)
            : words_get(pg, "brief.col_latest_none"),
        words_get(pg, "brief.col_change"),
    };
    double y0 = y;
    y += i1_row(pg, x, y, w, FONT_COLHEAD, head);
    page_rule(pg, x, y, w, 0.4, PAGE_RULE);
    y += 1.5;
    for (int p = 0; p < PILLAR_COUNT; p++) {
        if (!(c->pillars & PILLAR_BIT(p)))
            continue;
        bool hb = c->has_baseline & PILLAR_BIT(p), hl = c->has_latest & PILLAR_BIT(p);
        const char *cells[4] = {
            vocab_pillar(pg->ctx->cat, p),
            figure(pg, hb, c->baseline[p]),
            figure(pg, hl, c->latest[p]),
            hb && hl ? words_delta(pg, c->delta[p]) : "–",
        };
        y += i1_row(pg, x, y, w, FONT_BODY, cells);
    }
    return y - y0;
}

/* "Mean change +1.25 points: improved" or "Not assessable: <reason>". */
static double i1_result(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    const Catalog *cat = pg->ctx->cat;
    if (!c->assessable) {
        const char *reason = vocab_reason(cat, pg->a, c,
                                          pg->ctx->ind->baseline_edition_year);
        return page_text(pg, x, y, w, page_style(FONT_BOLD, PAGE_MUTED, 2),
                         words_fmt(pg, "brief.not_assessable", "reason", reason,
                                   (char *)NULL));
    }
    const char *s = words_fmt(pg, c->improved ? "brief.improved" : "brief.not_improved",
                              "delta", words_delta(pg, c->mean_delta), "rule",
                              vocab_rule(cat, pg->ctx->ind->i1.rule), (char *)NULL);
    return page_text(pg, x, y, w,
                     page_style(FONT_BOLD, c->improved ? PAGE_GOOD : PAGE_BAD, 2), s);
}

/* §3.8: the comparison group, and the region's when it has 5 or more;
 * NULL when the country is not assessable. */
static const char *context_sentence(Page *pg)
{
    const I1Country *c = pg->i1;
    if (!c->assessable)
        return NULL;
    if (!c->has_group_median)
        return words_get(pg, "brief.context_no_group");
    const char *group = words_fmt(pg, "brief.context", "n", words_int(pg, c->group_size),
                                  "median", words_delta(pg, c->group_median), "excess",
                                  words_delta(pg, c->excess), (char *)NULL);
    const char *region = words_region(pg, pg->ctx->m->countries[pg->country].region);
    const char *rn = words_int(pg, c->region_size);
    const char *reg =
        c->has_region_median
            ? words_fmt(pg, "brief.context_region", "region", region, "median",
                        words_delta(pg, c->region_median), "n", rn, (char *)NULL)
            : words_fmt(pg, "brief.context_region_small", "region", region, "n", rn,
                        (char *)NULL);
    return words_fmt(pg, "brief.sentences", "a", group, "b", reg, (char *)NULL);
}

static double brief_standing(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    double y0 = y;
    y += page_heading(pg, x, y, w, words_get(pg, "brief.i1_heading"));
    y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED, 2),
                   words_fmt(pg, "brief.targeted", "pillars",
                             c->pillars ? vocab_pillars(pg->ctx->cat, pg->a, c->pillars)
                                        : words_get(pg, "brief.none"),
                             (char *)NULL)) + 3;
    if (c->pillars)
        y += i1_table(pg, x, y, w) + 3;
    y += i1_result(pg, x, y, w) + 3;
    const char *ctxs = context_sentence(pg);
    if (ctxs)
        y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK, 6), ctxs);
    return y - y0;
}

/* ---- participation and latest assessments ---- */

/* ---- participation by fiscal year ---- */

static double part_row(Page *pg, double x, double y, double w, LayoutFont font,
                       const char *const cells[4])
{
    return page_table_row(pg, x, y, w, 0.17, font, cells, 4);
}

/* Women, with their share of the participants when it is known. */
static const char *women(Page *pg, const ParticipationSum *ps)
{
    if (ps->has_female && ps->has_participants && ps->participants > 0)
        return arena_printf(pg->a, "%lld (%lld%%)", (long long)ps->female,
                            (long long)((ps->female * 100 + ps->participants / 2)
                                        / ps->participants));
    return ps->has_female ? words_int(pg, ps->female) : "–";
}

static double participation(Page *pg, double x, double y, double w)
{
    const Indicators *ind = pg->ctx->ind;
    double y0 = y;
    int first = -1, n = 0;
    for (int i = 0; i < ind->n_participation; i++)
        if (ind->participation[i].country == pg->country) {
            first = first < 0 ? i : first;
            n++;
        }
    y += page_heading(pg, x, y, w, words_get(pg, "brief.participation_heading"));
    if (!n)
        return y - y0 + page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED, 2),
                                  words_get(pg, "brief.no_participation"));
    const char *head[4] = { words_get(pg, "brief.col_fy"),
                            words_get(pg, "brief.col_participants"),
                            words_get(pg, "brief.col_women"),
                            words_get(pg, "brief.col_activities") };
    y += part_row(pg, x, y, w, FONT_COLHEAD, head);
    page_rule(pg, x, y, w, 0.4, PAGE_RULE);
    y += 1.5;
    int skip = n > ACTIVITY_MAX_FY_ROWS ? n - ACTIVITY_MAX_FY_ROWS : 0;
    for (int i = first + skip; i < first + n; i++) {
        const ParticipationSum *ps = &ind->participation[i];
        const char *cells[4] = {
            words_fmt(pg, "brief.fy", "fy", words_int(pg, ps->fy), (char *)NULL),
            ps->has_participants ? words_int(pg, ps->participants) : "–",
            women(pg, ps),
            words_int(pg, ps->activities),
        };
        y += part_row(pg, x, y, w, FONT_BODY, cells);
    }
    if (skip)
        y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED, 1),
                       words_fmt(pg, "brief.earlier_years", "n", words_int(pg, skip),
                                 (char *)NULL));
    return y - y0;
}

/* ---- latest assessments ---- */

/* The newest known assessments of the country, newest first; of two on
 * one date the later row first (§3.7).  Returns how many (<= max). */
static int latest_assessments(const Page *pg, int *out, int max)
{
    const Model *m = pg->ctx->m;
    int n = 0;
    for (int i = m->n_assessments - 1; i >= 0; i--) {
        const Assessment *a = &m->assessments[i];
        if (a->country != pg->country || !pg->ctx->ind->assessment_known[i])
            continue;
        int j = n < max ? n++ : max;
        /* keep the `max` newest: insert by date, later rows already first */
        while (j > 0 && m->assessments[out[j - 1]].date < a->date) {
            if (j < max)
                out[j] = out[j - 1];
            j--;
        }
        if (j < max)
            out[j] = i;
    }
    return n;
}

/* Rating, assessed stage, pillar and project, as far as given, joined by
 * the catalogue's brief.details pattern ("{a} · {b}"); "" for none. */
static const char *assessment_details(Page *pg, const Assessment *a)
{
    const Model *m = pg->ctx->m;
    const char *parts[4] = { NULL, NULL, NULL, NULL };
    if (a->rating) {
        char key[32];
        snprintf(key, sizeof key, "brief.rating_%d", a->rating);
        parts[0] = words_get(pg, key);
    }
    if (a->stage != STAGE_NONE)
        parts[1] = words_fmt(pg, "brief.assessed_stage", "stage",
                             vocab_stage(pg->ctx->cat, a->stage), (char *)NULL);
    if (a->pillar >= 0)
        parts[2] = vocab_pillar(pg->ctx->cat, a->pillar);
    if (a->project >= 0)
        parts[3] = m->projects[a->project].id;
    const char *details = "";
    for (int i = 0; i < 4; i++)
        if (parts[i])
            details = details[0] ? words_fmt(pg, "brief.details", "a", details, "b",
                                             parts[i], (char *)NULL)
                                 : parts[i];
    return details;
}

static double assessments(Page *pg, double x, double y, double w)
{
    const Model *m = pg->ctx->m;
    double y0 = y;
    int idx[ACTIVITY_MAX_ASSESSMENTS];
    int n = latest_assessments(pg, idx, ACTIVITY_MAX_ASSESSMENTS);
    y += page_heading(pg, x, y, w, words_get(pg, "brief.assessments_heading"));
    if (!n)
        return y - y0 + page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED, 2),
                                  words_get(pg, "brief.no_assessments"));
    for (int i = 0; i < n; i++) {
        const Assessment *a = &m->assessments[idx[i]];
        const char *details = assessment_details(pg, a);
        y += page_text(pg, x, y, w, page_style(FONT_BOLD, PAGE_INK, 1),
                       words_fmt(pg, "brief.assessment_line", "date", words_date(pg, a->date),
                                 "kind",
                                 words_get(pg, a->kind == ASSESS_I2 ? "brief.kind_i2"
                                                                    : "brief.kind_d1"),
                                 (char *)NULL));
        if (details[0])
            y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED, 1), details);
        if (a->summary)
            y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK, 2), a->summary);
        y += 3;
    }
    return y - y0;
}

static double brief_activity(Page *pg, double x, double y, double w)
{
    double h = participation(pg, x, y, w) + PAGE_GAP;
    return h + assessments(pg, x, y + h, w);
}

/* ---- GCI pillars chart ---- */

static double brief_pillars(Page *pg, const ChartPrep *prep, double x, double y, double w)
{
    if (!pg->dry) {
        cairo_save(pg->cr);
        cairo_translate(pg->cr, x, y);
        Err err = chart_view_country_box(pg->cr, prep, pg->country, w, PILLARS_H,
                                         pg->ctx->diag);
        cairo_restore(pg->cr);
        if (err && !pg->err)
            pg->err = err;
    }
    return PILLARS_H;
}

/* ---- projects ---- */

#define MORE_H 12.0   /* the "+N more" line */

static const double cols[5] = { 0.34, 0.14, 0.16, 0.18, 0.18 };

/* The country's projects started by the as-of date, newest start first
 * (then by id), into `out`; returns how many. */
static int country_projects(const Page *pg, int *out)
{
    const Model *m = pg->ctx->m;
    int n = 0;
    for (int i = m->country_project_start[pg->country];
         i < m->country_project_start[pg->country + 1]; i++) {
        int p = m->country_projects[i];
        if (pg->ctx->ind->project_started[p])
            out[n++] = p;
    }
    /* insertion sort: a country has few projects, and it is stable */
    for (int i = 1; i < n; i++) {
        int v = out[i], j = i;
        while (j > 0 && m->projects[out[j - 1]].start < m->projects[v].start) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return n;
}

static double cells_row(Page *pg, double y, const char *const cells[5], bool head)
{
    double x = PAGE_MARGIN + 3, h = 0;
    for (int i = 0; i < 5; i++) {
        double w = cols[i] * (PAGE_CONTENT_W - 6) - 5;
        LayoutFont font = head ? FONT_COLHEAD : i == 0 ? FONT_BODY : FONT_SMALL;
        double ch = page_text(pg, x, y, w, page_style(font, PAGE_INK, head ? 1 : 2), cells[i]);
        h = ch > h ? ch : h;
        x += cols[i] * (PAGE_CONTENT_W - 6);
    }
    return h;
}

/* The period as reported, else as dates; "ongoing" without an end. */
static const char *period(Page *pg, const Project *p)
{
    char s[11], e[11] = "";
    if (!p->start_reported)
        date_format(p->start, s);
    if (p->end != DATE_NONE && !p->end_reported)
        date_format(p->end, e);
    const char *end = p->end == DATE_NONE ? "" : p->end_reported ? p->end_reported : e;
    return words_fmt(pg, p->end == DATE_NONE ? "brief.period_ongoing" : "brief.period",
                     "start", p->start_reported ? p->start_reported : s, "end", end,
                     (char *)NULL);
}

/* One project's row at y, shaded when `zebra`; returns its height. */
static double project_row(Page *pg, double y, int pi, bool zebra)
{
    const Model *m = pg->ctx->m;
    const Project *p = &m->projects[pi];
    const char *cells[5] = {
        model_project_title(m, pi, pg->ctx->s->lang),
        vocab_scheme(pg->ctx->cat, p->scheme),
        period(pg, p),
        p->counterpart ? p->counterpart : "–",
        p->n_partners ? vocab_join(pg->ctx->cat, pg->a,
                                   (const char *const *)p->partners, p->n_partners)
                      : "–",
    };
    bool was = pg->dry;
    pg->dry = true;
    double h = cells_row(pg, y + 2, cells, false) + 4;
    pg->dry = was;
    if (zebra)
        page_rect(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, h, PAGE_BAND);
    cells_row(pg, y + 2, cells, false);
    return h;
}

static double brief_projects(Page *pg, double y, double limit)
{
    int *ps = NEW(pg->a, int, pg->ctx->m->n_projects + 1);
    int n = country_projects(pg, ps);
    y += page_heading(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                      words_fmt(pg, "brief.projects_heading", "n", words_int(pg, n),
                                (char *)NULL));
    if (!n) {
        y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                       page_style(FONT_SMALL, PAGE_MUTED, 1), words_get(pg, "brief.no_projects"));
        return y;
    }
    const char *head[5] = { words_get(pg, "brief.col_project"),
                            words_get(pg, "brief.col_scheme"),
                            words_get(pg, "brief.col_period"),
                            words_get(pg, "brief.col_counterpart"),
                            words_get(pg, "brief.col_partners") };
    y += cells_row(pg, y, head, true) + 1;
    page_rule(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, 0.4, PAGE_RULE);
    y += 1;
    int shown = 0;
    for (; shown < n; shown++) {
        bool was = pg->dry;
        pg->dry = true;
        double h = project_row(pg, y, ps[shown], false);
        pg->dry = was;
        double room = limit - (shown + 1 < n ? MORE_H : 0);
        if (y + h > room)
            break;
        y += project_row(pg, y, ps[shown], shown % 2 == 1);
    }
    if (shown < n)
        y += 2 + page_text(pg, PAGE_MARGIN, y + 2, PAGE_CONTENT_W,
                           page_style(FONT_SMALL, PAGE_MUTED, 1),
                           words_fmt(pg, "brief.more_projects", "n", words_int(pg, n - shown),
                                     (char *)NULL));
    return y;
}

/* ---- PDF files ---- */

/* §5: the build's time (SOURCE_DATE_EPOCH, else the as-of date). */
static void creation_date(const RenderCtx *ctx, char buf[32])
{
    time_t t = settings_build_time(ctx->s, ctx->ind->as_of);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void set_metadata(const RenderCtx *ctx, cairo_surface_t *sf, const char *title)
{
    char date[32];
    creation_date(ctx, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_AUTHOR, ctx->s->programme);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR,
                                   "cyberdash " CYBERDASH_VERSION);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static Err pdf_write(const RenderCtx *ctx, const char *rel, cairo_surface_t *const *pages, int n,
              const char *title)
{
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", ctx->outdir, rel)) {
        diag_error(ctx->diag, rel, 0, "output path too long");
        return ERR_WRITE;
    }
    cairo_surface_t *sf = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    cairo_status_t cs = cairo_surface_status(sf);
    if (cs == CAIRO_STATUS_SUCCESS) {
        cairo_pdf_surface_restrict_to_version(sf, CAIRO_PDF_VERSION_1_5);
        set_metadata(ctx, sf, title);
        cairo_t *cr = cairo_create(sf);
        for (int i = 0; i < n; i++) {
            cairo_set_source_surface(cr, pages[i], 0, 0);
            cairo_paint(cr);
            cairo_show_page(cr);
        }
        cs = cairo_status(cr);
        cairo_destroy(cr);
        cairo_surface_finish(sf);
        if (cs == CAIRO_STATUS_SUCCESS)
            cs = cairo_surface_status(sf);
    }
    cairo_surface_destroy(sf);
    if (cs == CAIRO_STATUS_SUCCESS)
        return ERR_OK;
    diag_error(ctx->diag, rel, 0, "cannot write brief: %s", cairo_status_to_string(cs));
    return cs == CAIRO_STATUS_WRITE_ERROR || cs == CAIRO_STATUS_FILE_NOT_FOUND ? ERR_WRITE
                                                                               : ERR_RENDER;
}

/* ---- pages and files ---- */

/* I1 standing on the left; participation and the latest assessments on
 * the right.  Returns the taller column's height. */
static double middle_band(Page *pg, double y)
{
    double w = (PAGE_CONTENT_W - PAGE_COL_GAP) / 2;
    double hl = brief_standing(pg, PAGE_MARGIN, y, w);
    double hr = brief_activity(pg, PAGE_MARGIN + w + PAGE_COL_GAP, y, w);
    return hl > hr ? hl : hr;
}

static void draw_page(Page *pg, const ChartPrep *charts)
{
    double y = brief_frame_header(pg, PAGE_MARGIN) + PAGE_GAP;
    y += brief_stage(pg, y) + PAGE_GAP;
    y += middle_band(pg, y) + PAGE_GAP;
    y += brief_pillars(pg, charts, PAGE_MARGIN, y, PAGE_CONTENT_W) + PAGE_GAP;
    pg->dry = true;
    double fh = brief_frame_footer(pg, 0);
    pg->dry = false;
    double foot_y = PAGE_BOTTOM - fh;
    if (foot_y - PAGE_GAP - y >= 40)   /* room for a heading and a line */
        brief_projects(pg, y, foot_y - PAGE_GAP);
    brief_frame_footer(pg, foot_y);
}

/* The page of ctx->ind->i1.countries[k], recorded; its texts live in an
 * arena of their own until it is recorded.  A chart failure is returned
 * in *err (already noted in the Diag). */
static cairo_surface_t *record_page(const RenderCtx *ctx, const ChartPrep *charts, int k,
                                    LayoutCache *cache, Err *err)
{
    const Indicators *ind = ctx->ind;
    cairo_rectangle_t page = { 0, 0, PAGE_W, PAGE_H };
    cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &page);
    cairo_t *cr = cairo_create(rec);
    layout_cache_bind(cache, cr);
    const I1Country *i1 = &ind->i1.countries[k];
    Arena texts = ARENA_INIT;
    Page pg = { .ctx = ctx, .cr = cr, .cache = cache, .a = &texts,
                .country = i1->country, .i1 = i1,
                .g = &ind->g.countries[i1->country] };
    draw_page(&pg, charts);
    arena_release(&texts);
    *err = pg.err;
    cairo_destroy(cr);
    return rec;
}

/* ISO3 codes name files: only three capital letters may (§5 safe paths). */
static bool safe_iso3(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return s[3] == '\0';
}

static Err write_briefs(const RenderCtx *ctx, const ChartPrep *charts)
{
    const I1 *i1 = &ctx->ind->i1;
    cairo_surface_t **pages = calloc((size_t)i1->n_countries + 1, sizeof *pages);
    int n = 0;
    Err err = ERR_OK;
    LayoutCache cache;
    layout_cache_init(&cache);
    for (int k = 0; k < i1->n_countries && !err; k++) {
        int c = i1->countries[k].country;
        const char *iso3 = ctx->m->countries[c].iso3;
        if (!safe_iso3(iso3)) {
            diag_error(ctx->diag, "briefs", 0, "unsafe country code '%s'", iso3);
            err = ERR_RENDER;
            break;
        }
        pages[n] = record_page(ctx, charts, k, &cache, &err);
        if (err) {
            n++;
            break;
        }
        if (cairo_surface_status(pages[n]) != CAIRO_STATUS_SUCCESS) {
            diag_error(ctx->diag, "briefs", 0, "cannot draw the brief of %s: %s", iso3,
                       cairo_status_to_string(cairo_surface_status(pages[n])));
            err = ERR_RENDER;
            n++;
            break;
        }
        char rel[32];
        snprintf(rel, sizeof rel, "briefs/%s.pdf", iso3);
        char *title = catalog_format(ctx->cat, "brief.pdf_title", "country",
                                     model_country_name(ctx->m, c, ctx->s->lang),
                                     (char *)NULL);
        err = pdf_write(ctx, rel, &pages[n], 1, title);
        free(title);
        n++;
    }
    if (!err)
        err = pdf_write(ctx, "briefs/all.pdf", pages, n,
                        catalog_get(ctx->cat, "brief.pdf_title_all"));
    for (int i = 0; i < n; i++)
        cairo_surface_destroy(pages[i]);
    free(pages);
    layout_cache_release(&cache);
    return err;
}

Err render_brief(const RenderCtx *ctx)
{
    char dir[4096];
    if (!fs_path_fmt(dir, sizeof dir, "%s/briefs", ctx->outdir)) {
        diag_error(ctx->diag, "briefs", 0, "output path too long");
        return ERR_WRITE;
    }
    Err err = fs_mkdirs(dir, ctx->diag);
    if (err)
        return err;
    ChartPrep charts;
    if ((err = chart_prep_init(&charts, ctx, 1u << VIEW_COUNTRY)))
        return err;
    err = write_briefs(ctx, &charts);
    chart_prep_release(&charts);
    return err;
}
