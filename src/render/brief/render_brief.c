/* render_brief.c -- one-page A4 PDF briefs (SPEC §4); see render_brief.h.
 *
 * This file composes the pages and writes the files; the sections draw
 * themselves (brief_frame, brief_stage, brief_standing, brief_activity,
 * brief_pillars, brief_projects) with the primitives of brief_page and the
 * texts of brief_words; brief_layout holds the fonts and laid-out texts of
 * the build, brief_pdf writes the files.
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

#include <stdio.h>
#include <stdlib.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "render/brief/brief_activity.h"
#include "render/brief/brief_frame.h"
#include "render/brief/brief_layout.h"
#include "render/brief/brief_page.h"
#include "render/brief/brief_pdf.h"
#include "render/brief/brief_pillars.h"
#include "render/brief/brief_projects.h"
#include "render/brief/brief_stage.h"
#include "render/brief/brief_standing.h"
#include "render/chart/chart_prep.h"

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
    Err err = render_subdir(ctx, "briefs", dir, sizeof dir);
    if (err)
        return err;
    ChartPrep charts;
    if ((err = chart_prep_init(&charts, ctx, 1u << VIEW_COUNTRY)))
        return err;
    err = write_briefs(ctx, &charts);
    chart_prep_release(&charts);
    return err;
}
