/* brief_standing.c -- I1 standing and context; see brief_standing.h. */
#include "render/brief/brief_standing.h"

#include "present/vocab.h"
#include "render/brief/brief_words.h"

static const char *figure(Page *pg, bool has, Rat r)
{
    char buf[32];
    if (!has)
        return "–";
    rat_format2(r, buf);
    return arena_strdup(pg->a, buf);
}

/* The I1 table: pillar, baseline, latest, change; one row a targeted
 * pillar.  Columns as wide as their texts need (page_columns). */
static double i1_table(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    int by = c->baseline_edition >= 0 ? words_edition_year(pg, c->baseline_edition)
                                      : pg->ctx->ind->baseline_edition_year;
    int rows = 1;
    const char **cells = NEW(pg->a, const char *, 4 * (PILLAR_COUNT + 1));
    LayoutFont *fonts = NEW(pg->a, LayoutFont, 4 * (PILLAR_COUNT + 1));
    cells[0] = words_get(pg, "brief.col_pillar");
    cells[1] = words_fmt(pg, "brief.col_baseline", "edition", words_int(pg, by), (char *)NULL);
    cells[2] = c->latest_edition >= 0
                   ? words_fmt(pg, "brief.col_latest", "edition",
                               words_int(pg, words_edition_year(pg, c->latest_edition)),
                               (char *)NULL)
                   : words_get(pg, "brief.col_latest_none");
    cells[3] = words_get(pg, "brief.col_change");
    for (int p = 0; p < PILLAR_COUNT; p++) {
        if (!(c->pillars & PILLAR_BIT(p)))
            continue;
        bool hb = c->has_baseline & PILLAR_BIT(p), hl = c->has_latest & PILLAR_BIT(p);
        const char **r = cells + 4 * rows++;
        r[0] = vocab_pillar(pg->ctx->cat, p);
        r[1] = figure(pg, hb, c->baseline[p]);
        r[2] = figure(pg, hl, c->latest[p]);
        r[3] = hb && hl ? words_delta(pg, c->delta[p]) : "–";
    }
    for (int i = 0; i < 4 * rows; i++)
        fonts[i] = i < 4 ? FONT_COLHEAD : FONT_BODY;
    double widths[4];
    page_columns(pg, cells, fonts, rows, 4, w, 0, widths);
    double y0 = y;
    y += page_table_row(pg, x, y, widths, FONT_COLHEAD, cells, 4);
    page_rule(pg, x, y, w, 0.4, PAGE_RULE);
    y += 1.5;
    for (int r = 1; r < rows; r++)
        y += page_table_row(pg, x, y, widths, FONT_BODY, cells + 4 * r, 4);
    return y - y0;
}

/* "Mean change +1.25 points: improved" or "Not assessable: <reason>". */
static double i1_result(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    const Catalog *cat = pg->ctx->cat;
    if (!c->assessable) {
        const char *reason = vocab_reason(cat, pg->a, pg->ctx->m, c,
                                          pg->ctx->ind->baseline_edition_year);
        return page_text(pg, x, y, w, page_style(FONT_BOLD, PAGE_MUTED),
                         words_fmt(pg, "brief.not_assessable", "reason", reason,
                                   (char *)NULL));
    }
    const char *s = words_fmt(pg, c->improved ? "brief.improved" : "brief.not_improved",
                              "delta", words_delta(pg, c->mean_delta), "rule",
                              vocab_rule(cat, pg->ctx->ind->i1.rule), (char *)NULL);
    return page_text(pg, x, y, w,
                     page_style(FONT_BOLD, c->improved ? PAGE_GOOD : PAGE_BAD), s);
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

double brief_standing(Page *pg, double x, double y, double w)
{
    const I1Country *c = pg->i1;
    double y0 = y;
    y += page_heading(pg, x, y, w, words_get(pg, "brief.i1_heading"));
    y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                   words_fmt(pg, "brief.targeted", "pillars",
                             c->pillars ? vocab_pillars(pg->ctx->cat, pg->a, c->pillars)
                                        : words_get(pg, "brief.none"),
                             (char *)NULL)) + 3;
    if (c->pillars)
        y += i1_table(pg, x, y, w) + 3;
    y += i1_result(pg, x, y, w);
    return y - y0;
}

double brief_standing_context(Page *pg, double x, double y, double w)
{
    const char *ctxs = context_sentence(pg);
    return ctxs ? page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK), ctxs) : 0;
}
