/* render_brief.c -- one-page A4 PDF briefs (SPEC §4); see render_brief.h.
 *
 * A page is laid out top-down: header; stage; I1 standing beside
 * participation and the three latest assessments; the pillars chart across
 * the page; then the projects table fills what is left above the footer
 * (sources), which is measured first and anchored to the bottom margin,
 * row by row, ending with "+N more" when a row would not fit.  Every other
 * section has a bounded height, so nothing can run off the page.
 *
 * Measuring and drawing share one code path: with `Page.dry` set, the
 * text helper lays text out and reports its height without showing it.
 */
#include "render/brief/render_brief.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "present/vocab.h"
#include "render/brief/brief_layout.h"
#include "render/chart/chart_views.h"

#define MARGIN 36.0
#define CONTENT_W (BRIEF_PAGE_W - 2 * MARGIN)
#define PAGE_BOTTOM (BRIEF_PAGE_H - MARGIN)
#define GAP 10.0
#define COL_GAP 14.0
#define CHART_H 140.0   /* across the page: labels about 8 pt */
#define MAX_FY_ROWS 6
#define MAX_ASSESSMENTS 3

/* Okabe-Ito colours (colour-blind safe, §4) and greys. */
typedef struct { double r, g, b; } Rgb;
static const Rgb INK = { 0.13, 0.13, 0.13 };
static const Rgb MUTED = { 0.40, 0.40, 0.40 };
static const Rgb ACCENT = { 0.0, 0.447, 0.698 };
static const Rgb GOOD = { 0.0, 0.55, 0.40 };
static const Rgb BAD = { 0.835, 0.369, 0.0 };
static const Rgb RULE = { 0.78, 0.80, 0.83 };
static const Rgb BAND = { 0.94, 0.95, 0.97 };

typedef struct {
    const RenderCtx *ctx;
    ChartPrep charts;         /* the country chart's texts, once a build */
} Brief;

typedef struct {
    const Brief *b;
    const RenderCtx *ctx;
    cairo_t *cr;
    LayoutCache *cache;
    Arena *a;                 /* the page's texts, freed after the page */
    bool dry;                 /* measure only */
    int country;              /* model index */
    const I1Country *i1;
    const GCountry *g;
    Err err;                  /* first failure of a drawing helper */
} Page;

/* How one piece of text is set: font, colour, line limit (0: none; text
 * beyond it is ellipsized) and right alignment for figures. */
typedef struct {
    LayoutFont font;
    Rgb color;
    int lines;
    bool right;
} Style;

static Style st(LayoutFont font, Rgb color, int lines)
{
    return (Style){ .font = font, .color = color, .lines = lines };
}

static Style st_right(LayoutFont font, Rgb color)
{
    return (Style){ .font = font, .color = color, .lines = 1, .right = true };
}

/* ---- text ------------------------------------------------------------ */

/* Lay `s` out in a box `w` wide at (x, y); draw it unless measuring.
 * Returns its height in points. */
static double text(Page *pg, double x, double y, double w, Style s,
                   const char *str)
{
    const LaidText *e = layout_get(pg->cache, s.font, (int)(w * PANGO_SCALE), s.lines,
                                   s.right, str ? str : "");
    if (!pg->dry) {
        cairo_set_source_rgb(pg->cr, s.color.r, s.color.g, s.color.b);
        cairo_move_to(pg->cr, x, y);
        pango_cairo_show_layout(pg->cr, e->layout);
    }
    return e->height;
}

/* The same, for a string from catalog_format(), which it frees. */
static double text_owned(Page *pg, double x, double y, double w, Style s,
                         char *str)
{
    double h = text(pg, x, y, w, s, str);
    free(str);
    return h;
}

/* A string from catalog_format() moved into the page's arena: texts are
 * kept whole, never cut to a buffer (Pango ellipsizes what does not
 * fit). */
static const char *own(Page *pg, char *str)
{
    const char *s = arena_strdup(pg->a, str ? str : "");
    free(str);
    return s;
}

static const char *L(const Page *pg, const char *key)
{
    return catalog_get(pg->ctx->cat, key);
}

/* A region of the strategy (load.c accepts only those) in the catalogue's
 * words: "Latin America and the Caribbean" is common.region_latin_america_...
 * Unlike vocab_region(), any other text (or "") is looked up the same
 * way, so a region the catalogue lacks fails the build by its key. */
static const char *region_word(const Page *pg, const char *region)
{
    char slug[96], key[128];
    size_t i = 0;
    for (; region[i] && i + 1 < sizeof slug; i++) {
        char ch = region[i];
        slug[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a')
                  : (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch
                                                                          : '_';
    }
    slug[i] = '\0';
    snprintf(key, sizeof key, "common.region_%s", slug);
    return catalog_get(pg->ctx->cat, key);
}

static void fill_rect(Page *pg, double x, double y, double w, double h, Rgb c)
{
    if (pg->dry)
        return;
    cairo_set_source_rgb(pg->cr, c.r, c.g, c.b);
    cairo_rectangle(pg->cr, x, y, w, h);
    cairo_fill(pg->cr);
}

static void hline(Page *pg, double x, double y, double w, double width, Rgb c)
{
    if (pg->dry)
        return;
    cairo_set_source_rgb(pg->cr, c.r, c.g, c.b);
    cairo_set_line_width(pg->cr, width);
    cairo_move_to(pg->cr, x, y);
    cairo_line_to(pg->cr, x + w, y);
    cairo_stroke(pg->cr);
}

/* A section heading with a thin rule under it; returns its height. */
static double heading(Page *pg, double x, double y, double w, const char *s)
{
    double h = text(pg, x, y, w, st(FONT_HEAD, ACCENT, 1), s);
    hline(pg, x, y + h + 1.5, w, 0.6, RULE);
    return h + 4.5;
}

/* A row of a figures table: a label column `first` of the width, then
 * right-aligned columns sharing the rest.  Labels and column headings
 * may wrap to two lines; figures never wrap. */
static double table_row(Page *pg, double x, double y, double w, double first,
                        LayoutFont font, const char **cells, int n)
{
    int lines = font == FONT_COLHEAD ? 2 : 1;
    double c0 = w * first, cw = (w - c0) / (n - 1), h = 0;
    for (int i = 0; i < n; i++) {
        Style s = i ? st_right(font, INK) : st(font, INK, 2);
        s.lines = i ? lines : 2;
        double ch = i ? text(pg, x + c0 + (i - 1) * cw + 3, y, cw - 3, s, cells[i])
                      : text(pg, x, y, c0 - 4, s, cells[i]);
        h = ch > h ? ch : h;
    }
    return h + 1.5;
}

/* ---- small formatting helpers ---------------------------------------- */

static void fmt_int(char *buf, size_t n, long long v)
{
    snprintf(buf, n, "%lld", v);
}

/* "+1.25" / "-0.50" / "0.00": a change in percent points. */
static void fmt_delta(Rat r, char buf[32])
{
    char tmp[32];
    rat_format2(r, tmp);
    size_t k = 0, len = strlen(tmp);
    if (rat_hundredths(r) > 0)
        buf[k++] = '+';
    if (len > 31 - k)
        len = 31 - k;
    memcpy(buf + k, tmp, len);
    buf[k + len] = '\0';
}

static void fmt_date(const Page *pg, Date d, char *buf, size_t n)
{
    catalog_date(pg->ctx->cat, d, buf, n);
}

static int edition_year(const Page *pg, int edition)
{
    return edition >= 0 ? pg->ctx->m->editions[edition].year : 0;
}

/* `list` with `item` appended by the catalogue's pattern `key` ("{a} ·
 * {b}"), so each language chooses its own separators; `item` alone when
 * `list` is empty.  In the page's arena.  (Plain lists are joined by
 * vocab_join().) */
static const char *list_add(Page *pg, const char *key, const char *list,
                            const char *item)
{
    if (!list[0])
        return item;
    return own(pg, catalog_format(pg->ctx->cat, key, "a", list, "b", item, (char *)NULL));
}


/* ---- header ------------------------------------------------------------ */

static double draw_header(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    const Country *c = &ctx->m->countries[pg->country];
    char date[64], quarter[64];
    fmt_date(pg, ctx->ind->as_of, date, sizeof date);
    catalog_quarter(ctx->cat, ctx->ind->fiscal_year, ctx->ind->quarter, quarter,
                    sizeof quarter);

    double half = CONTENT_W / 2;
    text(pg, MARGIN, y, half * 1.3, st(FONT_SMALL, MUTED, 1), ctx->s->programme);
    double h = text(pg, MARGIN + half * 1.3, y, half * 0.7,
                    st_right(FONT_SMALL, MUTED), L(pg, "brief.kind"));
    y += h + 2;
    y += text(pg, MARGIN, y, CONTENT_W, st(FONT_TITLE, INK, 1),
              model_country_name(ctx->m, pg->country, ctx->s->lang));
    y += text_owned(pg, MARGIN, y + 1, CONTENT_W, st(FONT_BODY, MUTED, 1),
                    catalog_format(ctx->cat, "brief.subline", "region",
                                   region_word(pg, c->region),
                                   "iso3", c->iso3, "date", date, "quarter",
                                   quarter, (char *)NULL)) + 1;
    hline(pg, MARGIN, y + 4, CONTENT_W, 1.5, ACCENT);
    return y + 6;
}

/* ---- stage (§3.4) -------------------------------------------------------- */

/* Where a stage came from (§3.4): the catalogue's source sentence with
 * its edition or assessment date, and for a GCI source the tier or the
 * overall percent that decided it. */
static const char *provenance(Page *pg, StageSource src, int edition,
                              int assessment)
{
    const Model *m = pg->ctx->m;
    const Catalog *cat = pg->ctx->cat;
    Date date = src == SRC_ASSESSMENT && assessment >= 0 ? m->assessments[assessment].date
                                                         : DATE_NONE;
    const char *source = vocab_source(cat, pg->a, src, edition_year(pg, edition), date);
    const GciRow *r = edition >= 0 ? model_gci(m, pg->country, edition) : NULL;
    char *d = NULL;
    if (src == SRC_GCI_TIER && r) {
        char tier[24];
        fmt_int(tier, sizeof tier, r->tier);
        d = catalog_format(cat, "brief.prov_tier", "tier", tier, (char *)NULL);
    } else if (src == SRC_GCI_SCORE && r) {
        char pct[32];
        rat_format2(compute_overall_percent(m, r), pct);
        d = catalog_format(cat, "brief.prov_score", "percent", pct, (char *)NULL);
    }
    if (!d)
        return source;
    char *out = catalog_format(cat, "brief.provenance", "source", source,
                               "detail", d, (char *)NULL);
    free(d);
    return own(pg, out);
}

/* One of the three stage boxes; returns its height. */
static double stage_box(Page *pg, double x, double y, double w,
                        const char *label, Stage s, const char *prov)
{
    double h = 4;
    h += text(pg, x + 6, y + h, w - 12, st(FONT_SMALL, MUTED, 1), label);
    h += text(pg, x + 6, y + h, w - 12, st(FONT_STAGE, INK, 1), vocab_stage(pg->ctx->cat, s));
    h += text(pg, x + 6, y + h + 1, w - 12, st(FONT_SMALL, MUTED, 2), prov);
    return h + 5;
}

static double draw_stage_boxes(Page *pg, double y)
{
    const GCountry *g = pg->g;
    double arrow = 16, w = (CONTENT_W - 2 * arrow) / 3;
    const char *p[3] = {
        provenance(pg, g->baseline_source, g->baseline_edition, -1),
        provenance(pg, g->stage_source, g->stage_edition, g->stage_assessment),
        provenance(pg, g->target_source, -1, -1),
    };
    const char *labels[3] = { L(pg, "brief.stage_baseline"), L(pg, "brief.stage_current"),
                              L(pg, "brief.stage_target") };
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
        double x = MARGIN + i * (w + arrow);
        fill_rect(pg, x, y, w, bh, i == 2 ? (Rgb){ 0.90, 0.94, 0.98 } : BAND);
        stage_box(pg, x, y, w, labels[i], stages[i], p[i]);
        if (i < 2)
            text(pg, x + w, y + bh / 2 - 7, arrow, st(FONT_STAGE, MUTED, 1), "→");
    }
    return bh;
}

static double draw_stage(Page *pg, double y)
{
    double y0 = y;
    y += heading(pg, MARGIN, y, CONTENT_W, L(pg, "brief.stage_heading"));
    y += draw_stage_boxes(pg, y + 2) + 5;
    const GCountry *g = pg->g;
    const char *key = g->target_stage == STAGE_NONE ? "brief.no_target"
                      : g->reached                  ? "brief.reached"
                                                    : "brief.not_reached";
    Rgb c = g->target_stage == STAGE_NONE ? MUTED : g->reached ? GOOD : BAD;
    y += text(pg, MARGIN, y, CONTENT_W, st(FONT_BOLD, c, 1), L(pg, key));
    return y - y0;
}

/* ---- I1 standing (§3.2) and context (§3.8) -------------------------------- */

/* Columns of the I1 table: pillar, baseline, latest, change. */
static double i1_row(Page *pg, double x, double y, double w, LayoutFont font,
                     const char *cells[4])
{
    return table_row(pg, x, y, w, 0.36, font, cells, 4);
}

static double draw_i1_table(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    char by[16], ly[16];
    snprintf(by, sizeof by, "%d", c->baseline_edition >= 0
                                      ? edition_year(pg, c->baseline_edition)
                                      : pg->ctx->ind->baseline_edition_year);
    snprintf(ly, sizeof ly, "%d", edition_year(pg, c->latest_edition));
    const char *bh = own(pg, catalog_format(pg->ctx->cat, "brief.col_baseline",
                                            "edition", by, (char *)NULL));
    const char *lh = c->latest_edition >= 0
                         ? own(pg, catalog_format(pg->ctx->cat, "brief.col_latest",
                                                  "edition", ly, (char *)NULL))
                         : L(pg, "brief.col_latest_none");
    const char *head[4] = { L(pg, "brief.col_pillar"), bh, lh,
                            L(pg, "brief.col_change") };
    double y0 = y;
    y += i1_row(pg, x, y, w, FONT_COLHEAD, head);
    hline(pg, x, y, w, 0.4, RULE);
    y += 1.5;
    for (int p = 0; p < PILLAR_COUNT; p++) {
        if (!(c->pillars & PILLAR_BIT(p)))
            continue;
        char v[3][32];
        bool hb = c->has_baseline & PILLAR_BIT(p), hl = c->has_latest & PILLAR_BIT(p);
        snprintf(v[0], 32, "–");
        snprintf(v[1], 32, "–");
        snprintf(v[2], 32, "–");
        if (hb)
            rat_format2(c->baseline[p], v[0]);
        if (hl)
            rat_format2(c->latest[p], v[1]);
        if (hb && hl)
            fmt_delta(c->delta[p], v[2]);
        const char *cells[4] = { vocab_pillar(pg->ctx->cat, p), v[0], v[1], v[2] };
        y += i1_row(pg, x, y, w, FONT_BODY, cells);
    }
    return y - y0;
}

/* "Mean change +1.25 points: improved" or "Not assessable: <reason>". */
static double draw_i1_result(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    const Catalog *cat = pg->ctx->cat;
    if (!c->assessable) {
        const char *reason = vocab_reason(cat, pg->a, c,
                                          pg->ctx->ind->baseline_edition_year);
        char *s = catalog_format(cat, "brief.not_assessable", "reason", reason,
                                 (char *)NULL);
        return text_owned(pg, x, y, w, st(FONT_BOLD, MUTED, 2), s);
    }
    char d[32];
    fmt_delta(c->mean_delta, d);
    char *s = catalog_format(cat, c->improved ? "brief.improved" : "brief.not_improved",
                             "delta", d, "rule", vocab_rule(cat, pg->ctx->ind->i1.rule),
                             (char *)NULL);
    return text_owned(pg, x, y, w, st(FONT_BOLD, c->improved ? GOOD : BAD, 2), s);
}

/* §3.8: the comparison group, and the region's when it has 5 or more. */
static char *context_sentence(const Page *pg)
{
    const I1Country *c = pg->i1;
    const Catalog *cat = pg->ctx->cat;
    if (!c->assessable)
        return NULL;
    if (!c->has_group_median)
        return strdup(L(pg, "brief.context_no_group"));
    char n[24], med[32], ex[32], rn[24], rmed[32];
    fmt_int(n, sizeof n, c->group_size);
    fmt_delta(c->group_median, med);
    fmt_delta(c->excess, ex);
    char *group = catalog_format(cat, "brief.context", "n", n, "median", med,
                                 "excess", ex, (char *)NULL);
    const char *region = region_word(pg, pg->ctx->m->countries[pg->country].region);
    fmt_int(rn, sizeof rn, c->region_size);
    char *reg;
    if (c->has_region_median) {
        fmt_delta(c->region_median, rmed);
        reg = catalog_format(cat, "brief.context_region", "region", region,
                             "median", rmed, "n", rn, (char *)NULL);
    } else {
        reg = catalog_format(cat, "brief.context_region_small", "region", region,
                             "n", rn, (char *)NULL);
    }
    char *out = catalog_format(cat, "brief.sentences", "a", group, "b", reg,
                               (char *)NULL);
    free(group);
    free(reg);
    return out;
}

static double draw_i1(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    double y0 = y;
    y += heading(pg, x, y, w, L(pg, "brief.i1_heading"));
    y += text_owned(pg, x, y, w, st(FONT_SMALL, MUTED, 2),
                    catalog_format(pg->ctx->cat, "brief.targeted", "pillars",
                                   c->pillars ? vocab_pillars(pg->ctx->cat, pg->a, c->pillars)
                                              : L(pg, "brief.none"),
                                   (char *)NULL)) + 3;
    if (c->pillars)
        y += draw_i1_table(pg, x, y, w) + 3;
    y += draw_i1_result(pg, x, y, w) + 3;
    char *ctxs = context_sentence(pg);
    if (ctxs)
        y += text_owned(pg, x, y, w, st(FONT_SMALL, INK, 6), ctxs);
    return y - y0;
}

static double draw_participation(Page *pg, double x, double y, double w);
static double draw_assessments(Page *pg, double x, double y, double w);

/* ---- GCI pillars chart ------------------------------------------------ */

/* The charts module's per-country chart (it draws its own title and
 * legend) in a box of the column's width; a failure is kept for the page. */
static double draw_pillars(Page *pg, double x, double y, double w)
{
    if (!pg->dry) {
        cairo_save(pg->cr);
        cairo_translate(pg->cr, x, y);
        Err err = chart_view_country_box(pg->cr, &pg->b->charts, pg->country, w,
                                         CHART_H, pg->ctx->diag);
        cairo_restore(pg->cr);
        if (err && !pg->err)
            pg->err = err;
    }
    return CHART_H;
}

/* I1 standing on the left; participation and the latest assessments on
 * the right. */
static double draw_standing(Page *pg, double y)
{
    double w = (CONTENT_W - COL_GAP) / 2, x2 = MARGIN + w + COL_GAP;
    double hl = draw_i1(pg, MARGIN, y, w);
    double hr = draw_participation(pg, x2, y, w) + GAP;
    hr += draw_assessments(pg, x2, y + hr, w);
    return hl > hr ? hl : hr;
}

/* ---- projects ------------------------------------------------------------ */

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

static const double proj_cols[5] = { 0.34, 0.14, 0.16, 0.18, 0.18 };

static double project_cells(Page *pg, double y, const char *cells[5], bool head)
{
    double x = MARGIN + 3, h = 0;
    for (int i = 0; i < 5; i++) {
        double w = proj_cols[i] * (CONTENT_W - 6) - 5;
        LayoutFont font = head ? FONT_COLHEAD : i == 0 ? FONT_BODY : FONT_SMALL;
        double ch = text(pg, x, y, w, st(font, INK, head ? 1 : 2), cells[i]);
        h = ch > h ? ch : h;
        x += proj_cols[i] * (CONTENT_W - 6);
    }
    return h;
}

/* The period as reported, else as dates; "" for no end. */
static const char *project_period(Page *pg, const Project *p)
{
    char s[11], e[11] = "";
    if (!p->start_reported)
        date_format(p->start, s);
    if (p->end != DATE_NONE && !p->end_reported)
        date_format(p->end, e);
    const char *end = p->end == DATE_NONE ? "" : p->end_reported ? p->end_reported : e;
    return own(pg, catalog_format(pg->ctx->cat, p->end == DATE_NONE ? "brief.period_ongoing"
                                                                    : "brief.period",
                                  "start", p->start_reported ? p->start_reported : s,
                                  "end", end, (char *)NULL));
}

static double project_row(Page *pg, double y, int pi, bool zebra)
{
    const Model *m = pg->ctx->m;
    const Project *p = &m->projects[pi];
    const char *cells[5] = {
        model_project_title(m, pi, pg->ctx->s->lang),
        vocab_scheme(pg->ctx->cat, p->scheme),
        project_period(pg, p),
        p->counterpart ? p->counterpart : "–",
        p->n_partners ? vocab_join(pg->ctx->cat, pg->a,
                                  (const char *const *)p->partners, p->n_partners)
                      : "–",
    };
    bool was = pg->dry;
    pg->dry = true;
    double h = project_cells(pg, y + 2, cells, false) + 4;
    pg->dry = was;
    if (zebra)
        fill_rect(pg, MARGIN, y, CONTENT_W, h, BAND);
    project_cells(pg, y + 2, cells, false);
    return h;
}

/* The projects table from y down to at most `limit`; rows that do not fit
 * are counted in a "+N more" line.  Returns where the table ends. */
static double draw_projects(Page *pg, double y, double limit)
{
    int *ps = malloc(sizeof *ps * (size_t)(pg->ctx->m->n_projects + 1));
    int n = country_projects(pg, ps);
    char count[24];
    fmt_int(count, sizeof count, n);
    char *hd = catalog_format(pg->ctx->cat, "brief.projects_heading", "n", count,
                              (char *)NULL);
    y += heading(pg, MARGIN, y, CONTENT_W, hd);
    free(hd);
    const char *head[5] = { L(pg, "brief.col_project"), L(pg, "brief.col_scheme"),
                            L(pg, "brief.col_period"), L(pg, "brief.col_counterpart"),
                            L(pg, "brief.col_partners") };
    if (!n) {
        y += text(pg, MARGIN, y, CONTENT_W, st(FONT_SMALL, MUTED, 1), L(pg, "brief.no_projects"));
        free(ps);
        return y;
    }
    y += project_cells(pg, y, head, true) + 1;
    hline(pg, MARGIN, y, CONTENT_W, 0.4, RULE);
    y += 1;
    double more_h = 12;
    int shown = 0;
    for (; shown < n; shown++) {
        bool was = pg->dry;
        pg->dry = true;
        double h = project_row(pg, y, ps[shown], false);
        pg->dry = was;
        double room = limit - (shown + 1 < n ? more_h : 0);
        if (y + h > room)
            break;
        y += project_row(pg, y, ps[shown], shown % 2 == 1);
    }
    if (shown < n) {
        char rest[24];
        fmt_int(rest, sizeof rest, n - shown);
        y += 2 + text_owned(pg, MARGIN, y + 2, CONTENT_W, st(FONT_SMALL, MUTED, 1),
                            catalog_format(pg->ctx->cat, "brief.more_projects", "n",
                                           rest, (char *)NULL));
    }
    free(ps);
    return y;
}

/* ---- participation by fiscal year ----------------------------------------- */

static double part_row(Page *pg, double x, double y, double w, LayoutFont font,
                       const char *cells[4])
{
    return table_row(pg, x, y, w, 0.17, font, cells, 4);
}

/* The cells of one fiscal year: its name, then figures written in `v`. */
static void part_cells(Page *pg, const ParticipationSum *ps, char v[4][48],
                       const char *cells[4])
{
    char y[24];
    fmt_int(y, sizeof y, ps->fy);
    cells[0] = own(pg, catalog_format(pg->ctx->cat, "brief.fy", "fy", y, (char *)NULL));
    for (int i = 1; i < 4; i++)
        cells[i] = v[i];
    snprintf(v[1], 48, "–");
    snprintf(v[2], 48, "–");
    if (ps->has_participants)
        fmt_int(v[1], 48, ps->participants);
    if (ps->has_female && ps->has_participants && ps->participants > 0)
        snprintf(v[2], 48, "%lld (%lld%%)", (long long)ps->female,
                 (long long)((ps->female * 100 + ps->participants / 2)
                             / ps->participants));
    else if (ps->has_female)
        fmt_int(v[2], 48, ps->female);
    fmt_int(v[3], 48, ps->activities);
}

static double draw_participation(Page *pg, double x, double y, double w)
{
    const Indicators *ind = pg->ctx->ind;
    double y0 = y;
    int first = -1, n = 0;
    for (int i = 0; i < ind->n_participation; i++)
        if (ind->participation[i].country == pg->country) {
            first = first < 0 ? i : first;
            n++;
        }
    y += heading(pg, x, y, w, L(pg, "brief.participation_heading"));
    if (!n)
        return y - y0 + text(pg, x, y, w, st(FONT_SMALL, MUTED, 2),
                             L(pg, "brief.no_participation"));
    const char *head[4] = { L(pg, "brief.col_fy"), L(pg, "brief.col_participants"),
                            L(pg, "brief.col_women"), L(pg, "brief.col_activities") };
    y += part_row(pg, x, y, w, FONT_COLHEAD, head);
    hline(pg, x, y, w, 0.4, RULE);
    y += 1.5;
    int skip = n > MAX_FY_ROWS ? n - MAX_FY_ROWS : 0;
    for (int i = first + skip; i < first + n; i++) {
        char v[4][48];
        const char *cells[4];
        part_cells(pg, &ind->participation[i], v, cells);
        y += part_row(pg, x, y, w, FONT_BODY, cells);
    }
    if (skip) {
        char k[24];
        fmt_int(k, sizeof k, skip);
        y += text_owned(pg, x, y, w, st(FONT_SMALL, MUTED, 1),
                        catalog_format(pg->ctx->cat, "brief.earlier_years", "n", k,
                                       (char *)NULL));
    }
    return y - y0;
}

/* ---- latest assessments --------------------------------------------------- */

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

/* Rating, assessed stage, pillar and project, as far as given; in the
 * page's arena. */
static const char *assessment_details(Page *pg, const Assessment *a)
{
    const Model *m = pg->ctx->m;
    char key[32];
    const char *parts[4] = { NULL, NULL, NULL, NULL };
    if (a->rating) {
        snprintf(key, sizeof key, "brief.rating_%d", a->rating);
        parts[0] = L(pg, key);
    }
    if (a->stage != STAGE_NONE)
        parts[1] = own(pg, catalog_format(pg->ctx->cat, "brief.assessed_stage", "stage",
                                          vocab_stage(pg->ctx->cat, a->stage),
                                          (char *)NULL));
    if (a->pillar >= 0)
        parts[2] = vocab_pillar(pg->ctx->cat, a->pillar);
    if (a->project >= 0)
        parts[3] = m->projects[a->project].id;
    const char *details = "";
    for (int i = 0; i < 4; i++)
        if (parts[i])
            details = list_add(pg, "brief.details", details, parts[i]);
    return details;
}

static double draw_assessments(Page *pg, double x, double y, double w)
{
    const Model *m = pg->ctx->m;
    double y0 = y;
    int idx[MAX_ASSESSMENTS];
    int n = latest_assessments(pg, idx, MAX_ASSESSMENTS);
    y += heading(pg, x, y, w, L(pg, "brief.assessments_heading"));
    if (!n)
        return y - y0 + text(pg, x, y, w, st(FONT_SMALL, MUTED, 2),
                             L(pg, "brief.no_assessments"));
    for (int i = 0; i < n; i++) {
        const Assessment *a = &m->assessments[idx[i]];
        char date[64];
        fmt_date(pg, a->date, date, sizeof date);
        const char *details = assessment_details(pg, a);
        y += text_owned(pg, x, y, w, st(FONT_BOLD, INK, 1),
                        catalog_format(pg->ctx->cat, "brief.assessment_line", "date",
                                       date, "kind",
                                       L(pg, a->kind == ASSESS_I2 ? "brief.kind_i2"
                                                                  : "brief.kind_d1"),
                                       (char *)NULL));
        if (details[0])
            y += text(pg, x, y, w, st(FONT_SMALL, MUTED, 1), details);
        if (a->summary)
            y += text(pg, x, y, w, st(FONT_SMALL, INK, 2), a->summary);
        y += 3;
    }
    return y - y0;
}

/* ---- sources and footer --------------------------------------------------- */

static double draw_footer(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    char date[64];
    const char **years = NEW(pg->a, const char *, ctx->m->n_editions + 1);
    int n = 0;
    for (int e = 0; e < ctx->m->n_editions; e++)
        if (ctx->m->editions[e].published <= ctx->ind->as_of)
            years[n++] = arena_printf(pg->a, "%d", ctx->m->editions[e].year);
    const char *eds = vocab_join(ctx->cat, pg->a, years, n);
    fmt_date(pg, ctx->ind->as_of, date, sizeof date);
    double y0 = y;
    hline(pg, MARGIN, y, CONTENT_W, 0.6, RULE);
    y += 3;
    y += text_owned(pg, MARGIN, y, CONTENT_W, st(FONT_SMALL, MUTED, 2),
                    catalog_format(ctx->cat, "brief.sources", "editions",
                                   eds[0] ? eds : L(pg, "brief.none"), "date", date,
                                   (char *)NULL));
    y += 1;
    text(pg, MARGIN, y, CONTENT_W * 0.7, st(FONT_SMALL, MUTED, 1), ctx->s->programme);
    y += text(pg, MARGIN + CONTENT_W * 0.7, y, CONTENT_W * 0.3, st_right(FONT_SMALL, MUTED),
              "cyberdash " CYBERDASH_VERSION);
    return y - y0;
}

/* ---- page ------------------------------------------------------------------ */

static void draw_page(Page *pg)
{
    double y = draw_header(pg, MARGIN) + GAP;
    y += draw_stage(pg, y) + GAP;
    y += draw_standing(pg, y) + GAP;
    y += draw_pillars(pg, MARGIN, y, CONTENT_W) + GAP;
    pg->dry = true;
    double fh = draw_footer(pg, 0);
    pg->dry = false;
    double foot_y = PAGE_BOTTOM - fh;
    if (foot_y - GAP - y >= 40)   /* room for a heading and a line */
        draw_projects(pg, y, foot_y - GAP);
    draw_footer(pg, foot_y);
}

/* ---- files ----------------------------------------------------------------- */

/* §5: the build's time (SOURCE_DATE_EPOCH, else the as-of date). */
static void creation_date(const RenderCtx *ctx, char buf[32])
{
    time_t t = settings_build_time(ctx->s, ctx->ind->as_of);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void set_metadata(const Brief *b, cairo_surface_t *sf, const char *title)
{
    char date[32];
    creation_date(b->ctx, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_AUTHOR, b->ctx->s->programme);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR,
                                   "cyberdash " CYBERDASH_VERSION);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* Each page is laid out once, on a recording surface, and replayed into
 * its own file and into all.pdf: Pango's shaping is most of the work.
 * A chart failure is returned in *err (already noted in the Diag). */
static cairo_surface_t *record_page(const Brief *b, int k, LayoutCache *cache, Err *err)
{
    const Indicators *ind = b->ctx->ind;
    cairo_rectangle_t page = { 0, 0, BRIEF_PAGE_W, BRIEF_PAGE_H };
    cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &page);
    cairo_t *cr = cairo_create(rec);
    layout_cache_bind(cache, cr);
    const I1Country *i1 = &ind->i1.countries[k];
    Arena texts = ARENA_INIT;
    Page pg = { .b = b, .ctx = b->ctx, .cr = cr, .cache = cache, .a = &texts,
                .country = i1->country, .i1 = i1,
                .g = &ind->g.countries[i1->country] };
    draw_page(&pg);
    arena_release(&texts);
    *err = pg.err;
    cairo_destroy(cr);
    return rec;
}

/* Write `pages[0..n)` as the pages of `rel` (a path under the output
 * folder). */
static Err write_pdf(const Brief *b, const char *rel, cairo_surface_t *const *pages,
                     int n, const char *title)
{
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", b->ctx->outdir, rel)) {
        diag_error(b->ctx->diag, rel, 0, "output path too long");
        return ERR_WRITE;
    }
    cairo_surface_t *sf = cairo_pdf_surface_create(path, BRIEF_PAGE_W, BRIEF_PAGE_H);
    cairo_status_t cs = cairo_surface_status(sf);
    if (cs == CAIRO_STATUS_SUCCESS) {
        cairo_pdf_surface_restrict_to_version(sf, CAIRO_PDF_VERSION_1_5);
        set_metadata(b, sf, title);
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
    diag_error(b->ctx->diag, rel, 0, "cannot write brief: %s",
               cairo_status_to_string(cs));
    return cs == CAIRO_STATUS_WRITE_ERROR || cs == CAIRO_STATUS_FILE_NOT_FOUND
               ? ERR_WRITE : ERR_RENDER;
}

/* ISO3 codes name files: only three capital letters may (§5 safe paths). */
static bool safe_iso3(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return s[3] == '\0';
}

static Err write_briefs(const Brief *b)
{
    const RenderCtx *ctx = b->ctx;
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
        pages[n] = record_page(b, k, &cache, &err);
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
        err = write_pdf(b, rel, &pages[n], 1, title);
        free(title);
        n++;
    }
    if (!err)
        err = write_pdf(b, "briefs/all.pdf", pages, n,
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
    Brief b = { .ctx = ctx };
    if ((err = chart_prep_init(&b.charts, ctx, 1u << VIEW_COUNTRY)))
        return err;
    err = write_briefs(&b);
    chart_prep_release(&b.charts);
    return err;
}
