/* brief_pillars.c -- the GCI section; see brief_pillars.h. */
#include "render/brief/brief_pillars.h"

#include <math.h>

#include "present/vocab.h"
#include "render/brief/brief_words.h"

#define AXIS_W 34.0      /* the percent labels left of the plot */
#define LABEL_GAP 3.0
#define PLOT_LEAST_H 30.0
#define TICKS 4          /* 0, 25, 50, 75, 100 % */

/* Okabe-Ito (§4, colour-blind safe), one an edition in order. */
static const PageColor edition_colors[] = {
    { 0.337, 0.706, 0.914 }, { 0.0, 0.447, 0.698 }, { 0.902, 0.624, 0.0 },
    { 0.0, 0.620, 0.451 },   { 0.800, 0.475, 0.655 }, { 0.835, 0.369, 0.0 },
};
#define N_COLORS ((int)(sizeof edition_colors / sizeof edition_colors[0]))
#define TARGET_SHADE ((PageColor){ 1.0, 0.96, 0.80 })

static bool published(const Page *pg, int e)
{
    return pg->ctx->m->editions[e].published <= pg->ctx->ind->as_of;
}

/* "Latest overall GCI score: 85.5 of 100 (GCI 2024, tier 2)", or the
 * sentence saying the country is in no edition published by the as-of
 * date. */
static const char *latest_line(Page *pg)
{
    const Model *m = pg->ctx->m;
    const GciRow *row = NULL;
    int ed = -1;
    for (int e = 0; e < m->n_editions; e++) {
        const GciRow *r = model_gci(m, pg->country, e);
        if (published(pg, e) && r && (r->has & GCI_HAS_OVERALL)
            && (ed < 0 || m->editions[e].year > m->editions[ed].year)) {
            row = r;
            ed = e;
        }
    }
    if (!row)
        return words_fmt(pg, "brief.gci_none", "date", words_date(pg, pg->ctx->ind->as_of),
                         (char *)NULL);
    char score[48], max[48];
    rat_format_decimal(row->overall, score);
    rat_format_decimal(m->editions[ed].overall_max, max);
    const char *year = words_int(pg, m->editions[ed].year);
    if (row->has & GCI_HAS_TIER)
        return words_fmt(pg, "brief.gci_latest", "score", score, "max", max, "edition", year,
                         "tier", words_int(pg, row->tier), (char *)NULL);
    return words_fmt(pg, "brief.gci_latest_no_tier", "score", score, "max", max, "edition",
                     year, (char *)NULL);
}

/* The editions to draw: published and giving this country a pillar score. */
static int chart_editions(Page *pg, int *out)
{
    const Model *m = pg->ctx->m;
    int n = 0;
    for (int e = 0; e < m->n_editions; e++) {
        const GciRow *r = model_gci(m, pg->country, e);
        if (published(pg, e) && r && (r->has & PILLAR_ALL))
            out[n++] = e;
    }
    return n;
}

/* The published editions with an overall score of this country but no
 * pillar score, "2018" ("" for none): said in the legend, not drawn. */
static const char *overall_only(Page *pg)
{
    const Model *m = pg->ctx->m;
    const char **years = NEW(pg->a, const char *, (size_t)m->n_editions + 1);
    int n = 0;
    for (int e = 0; e < m->n_editions; e++) {
        const GciRow *r = model_gci(m, pg->country, e);
        if (published(pg, e) && r && (r->has & GCI_HAS_OVERALL) && !(r->has & PILLAR_ALL))
            years[n++] = words_int(pg, m->editions[e].year);
    }
    return vocab_join(pg->ctx->cat, pg->a, years, n);
}

/* Swatches and edition names, then the editions left out, wrapped to the
 * width; returns its height. */
static double legend(Page *pg, double x, double y, double w, const int *eds, int n)
{
    double h = 0, x0 = x;
    for (int i = 0; i <= n; i++) {
        const char *label = i < n ? words_fmt(pg, "brief.gci_edition", "edition",
                                              words_int(pg, pg->ctx->m->editions[eds[i]].year),
                                              (char *)NULL)
                                  : words_get(pg, "brief.gci_targeted");
        double tw = layout_natural_width(pg->cache, FONT_SMALL, label);
        page_rect(pg, x, y + 1.5, 8, 7,
                  i < n ? edition_colors[i % N_COLORS] : TARGET_SHADE);
        double th = page_text(pg, x + 10, y, tw + 1, page_style(FONT_SMALL, PAGE_INK), label);
        h = th > h ? th : h;
        x += 10 + tw + 12;
    }
    const char *left = overall_only(pg), *scale = words_get(pg, "brief.gci_scale");
    const char *note = left[0] ? words_fmt(pg, "brief.sentences", "a", scale, "b",
                                           words_fmt(pg, "brief.gci_overall_only", "editions",
                                                     left, (char *)NULL),
                                           (char *)NULL)
                               : scale;
    double th = page_text(pg, x, y, x0 + w - x, page_style(FONT_SMALL, PAGE_MUTED), note);
    return th > h ? th : h;
}

/* The bars of pillar p in its group at gx (width gw) over a plot from
 * `top` to `base`. */
static void bars(Page *pg, int p, double gx, double gw, double top, double base,
                 const int *eds, int n)
{
    const Model *m = pg->ctx->m;
    double bw = (gw - 12) / n;
    for (int i = 0; i < n; i++) {
        const GciRow *r = model_gci(m, pg->country, eds[i]);
        double bx = gx + 6 + i * bw;
        if (!(r->has & PILLAR_BIT(p)))
            continue;   /* no score in this pillar: no bar (the table says "–") */
        double pct = 100 * rat_to_double(rat_div(r->pillar[p], m->editions[eds[i]].pillar_max));
        double bh = (base - top) * (pct > 100 ? 1 : pct < 0 ? 0 : pct / 100);
        page_rect(pg, bx + 1, base - bh, bw - 2, bh, edition_colors[i % N_COLORS]);
        const char *v = words_int(pg, (long long)lround(pct));
        page_text(pg, bx - 4, base - bh - 10, bw + 8,
                  (PageStyle){ .font = FONT_SMALL, .color = PAGE_INK, .center = true }, v);
    }
}

double brief_pillars(Page *pg, double x, double y, double w, double height)
{
    double y0 = y;
    y += page_heading_aside(pg, x, y, w, words_get(pg, "brief.gci_heading"),
                            page_style(FONT_BOLD, PAGE_INK), latest_line(pg)) + 2;
    int *eds = NEW(pg->a, int, (size_t)pg->ctx->m->n_editions + 1);
    int n = chart_editions(pg, eds);
    if (!n)
        return y - y0 + page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                                  words_get(pg, "brief.gci_no_pillars"));
    y += legend(pg, x, y, w, eds, n) + 4;
    /* pillar names under the groups: as high as the tallest needs */
    double gw = (w - AXIS_W) / PILLAR_COUNT, label_h = 0;
    bool was = pg->dry;
    pg->dry = true;
    for (int p = 0; p < PILLAR_COUNT; p++) {
        double h = page_text(pg, 0, 0, gw - 4,
                             (PageStyle){ .font = FONT_SMALL, .color = PAGE_INK, .center = true },
                             vocab_pillar(pg->ctx->cat, p));
        label_h = h > label_h ? h : label_h;
    }
    pg->dry = was;
    /* the caller gives PILLARS_MIN_H unless the projects' names need it:
     * then the bars shrink, down to what still shows their order */
    double top = y + 10, base = y0 + height - label_h - LABEL_GAP;
    if (base - top < PLOT_LEAST_H)
        base = top + PLOT_LEAST_H;
    double px = x + AXIS_W;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (pg->i1->pillars & PILLAR_BIT(p))
            page_rect(pg, px + p * gw, top - 10, gw, base - top + 10, TARGET_SHADE);
    for (int t = 0; t <= TICKS; t++) {
        double ty = base - (base - top) * t / TICKS;
        page_rule(pg, px, ty, w - AXIS_W, t ? 0.3 : 0.8, t ? PAGE_RULE : PAGE_MUTED);
        page_text(pg, x, ty - 4.5, AXIS_W - 4, page_right(FONT_SMALL, PAGE_MUTED),
                  words_fmt(pg, "brief.gci_percent", "n", words_int(pg, 100 * t / TICKS),
                            (char *)NULL));
    }
    for (int p = 0; p < PILLAR_COUNT; p++) {
        bars(pg, p, px + p * gw, gw, top, base, eds, n);
        page_text(pg, px + p * gw + 2, base + LABEL_GAP, gw - 4,
                  (PageStyle){ .font = FONT_SMALL, .color = PAGE_INK, .center = true },
                  vocab_pillar(pg->ctx->cat, p));
    }
    return base + LABEL_GAP + label_h - y0;
}
