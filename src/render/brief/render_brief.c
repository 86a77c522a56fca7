/* render_brief.c -- one-page A4 PDF briefs (SPEC §4); see render_brief.h.
 *
 * This file composes the pages and writes the files; the sections draw
 * themselves (brief_frame, brief_stage, brief_standing, brief_activity,
 * brief_pillars, brief_projects) with the primitives of brief_page and the
 * texts of brief_words; brief_layout holds the fonts and laid-out texts of
 * the build, brief_pdf writes the files.
 *
 * A page is laid out top-down: header; stage; I1 standing beside
 * participation and the three latest assessments; the GCI section
 * across the page; then the projects table fills what is left above the
 * footer (sources), which is measured first and anchored to the bottom
 * margin; see draw_page() for how the chart and the table share the rest.
 * Texts wrap and are never cut; whatever still runs past its box or the
 * page is measured (brief_page.h) and reported.
 *
 * Each page is laid out once, on a recording surface, and replayed into
 * its own file and into all.pdf: Pango's shaping is most of the work.
 */
#include "render/brief/render_brief.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "render/brief/brief_activity.h"
#include "render/brief/brief_frame.h"
#include "render/brief/brief_i2d1.h"
#include "render/brief/brief_layout.h"
#include "render/brief/brief_page.h"
#include "render/brief/brief_pdf.h"
#include "render/brief/brief_pillars.h"
#include "render/brief/brief_projects.h"
#include "render/brief/brief_stage.h"
#include "render/brief/brief_standing.h"

/* I1 standing on the left; participation and the latest assessments on
 * the right; under both, across the page, the §3.8 comparison and the I2
 * and D1 lines (§4): sentences take half the lines there that they take
 * in a column.  Returns the band's height. */
static double middle_band(Page *pg, double y)
{
    double w = (PAGE_CONTENT_W - PAGE_COL_GAP) / 2, xr = PAGE_MARGIN + w + PAGE_COL_GAP;
    double hl = brief_standing(pg, PAGE_MARGIN, y, w);
    double hr = brief_activity(pg, xr, y, w);
    double y0 = y;
    y += (hl > hr ? hl : hr) + 4;
    double hc = brief_standing_context(pg, PAGE_MARGIN, y, PAGE_CONTENT_W);
    y += hc ? hc + 2 : 0;
    y += brief_i2d1(pg, PAGE_MARGIN, y, PAGE_CONTENT_W);
    return y - y0;
}

/* The whole page is used: the footer sits on the bottom margin, the
 * projects table takes what all its rows need, and the pillars chart
 * grows into what is left (up to PILLARS_MAX_H).  When the rows need more
 * than the chart's least height leaves, projects are listed or named by
 * id (brief_projects.h); and when even their ids need more, the chart
 * gives way: no project goes unnamed. */
static void draw_page(Page *pg)
{
    double y = brief_frame_header(pg, PAGE_MARGIN) + PAGE_GAP;
    y += brief_stage(pg, y) + PAGE_GAP;
    y += middle_band(pg, y) + PAGE_GAP;
    pg->dry = true;
    double fh = brief_frame_footer(pg, 0);
    double foot_y = PAGE_BOTTOM - fh, room = foot_y - PAGE_GAP - y - PAGE_GAP;
    /* rows that would leave the chart less than its least height are not
     * laid out here: the chart keeps that height whatever they need */
    double full = brief_projects_height(pg, false, room - PILLARS_MIN_H),
           least = brief_projects_height(pg, true, 0);
    pg->dry = false;
    double chart_h = room - full;
    chart_h = chart_h < PILLARS_MIN_H ? PILLARS_MIN_H
              : chart_h > PILLARS_MAX_H ? PILLARS_MAX_H : chart_h;
    if (chart_h > room - least)
        chart_h = room - least;
    y += brief_pillars(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, chart_h) + PAGE_GAP;
    brief_projects(pg, y, foot_y - PAGE_GAP);
    brief_frame_footer(pg, foot_y);
}

/* The page of ctx->ind->i1.countries[k], recorded; its texts live in an
 * arena of their own until it is recorded.  A chart failure is returned
 * in *err (already noted in the Diag). */
static cairo_surface_t *record_page(const RenderCtx *ctx, int k, double *overflow,
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
    draw_page(&pg);
    *overflow = pg.overflow;
    if (pg.overflow > 0)
        diag_warning(ctx->diag, "briefs", 0,
                     "the brief of %s runs %.1f pt past its box or page at \"%.60s\"",
                     ctx->m->countries[i1->country].iso3, pg.overflow, pg.overflow_text);
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

static Err write_briefs(const RenderCtx *ctx, double *overflow)
{
    const I1 *i1 = &ctx->ind->i1;
    cairo_surface_t **pages = calloc((size_t)i1->n_countries + 1, sizeof *pages);
    int n = 0;
    Err err = ERR_OK;
    LayoutCache cache;
    layout_cache_init(&cache);
    int keep = 0;
    for (int k = 0; k < i1->n_countries && !err; k++) {
        int c = i1->countries[k].country;
        const char *iso3 = ctx->m->countries[c].iso3;
        if (!safe_iso3(iso3)) {
            diag_error(ctx->diag, "briefs", 0, "unsafe country code '%s'", iso3);
            err = ERR_RENDER;
            break;
        }
        double over;
        pages[n] = record_page(ctx, k, &over, &cache, &err);
        /* the first page's texts (the labels among them) stay cached */
        if (k == 0)
            keep = cache.n;
        layout_cache_trim(&cache, keep);
        if (overflow)
            overflow[k] = over;
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

Err render_brief_fit(const RenderCtx *ctx, double *overflow)
{
    char dir[4096];
    Err err = render_subdir(ctx, "briefs", dir, sizeof dir);
    if (err)
        return err;
    return write_briefs(ctx, overflow);
}

Err render_brief(const RenderCtx *ctx)
{
    return render_brief_fit(ctx, NULL);
}
