/* xlsx_ind.c -- one sheet per indicator (SPEC §4, issue 19: one table
 * each, so that its filter covers it): I1 per cooperation country, D2 per
 * fiscal year, G per country; and the Context sheet (§3.8). */
#include <stdio.h>
#include <stdlib.h>

#include "render/xlsx/xlsx_book.h"
#include "render/xlsx/xlsx_sheets.h"

#define I1_FIXED_COLS 6     /* iso3, country, region, pillars, editions */

/* ---- I1 helpers ---- */

static int i1_header(Xlsx *x, XSheet *s)
{
    static const char *const fixed[I1_FIXED_COLS] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_region",
        "xlsx.col_targeted_pillars", "xlsx.col_baseline_edition",
        "xlsx.col_latest_edition",
    };
    const char *labels[XS_MAX_COLS];
    int n = 0;
    for (; n < I1_FIXED_COLS; n++)
        labels[n] = xl(x, fixed[n]);
    for (int p = 0; p < PILLAR_COUNT; p++) {
        const char *w = vocab_pillar(x->cat, p);
        labels[n++] = xl_fmt(x, "xlsx.col_pillar_baseline", "pillar", w);
        labels[n++] = xl_fmt(x, "xlsx.col_pillar_latest", "pillar", w);
        labels[n++] = xl_fmt(x, "xlsx.col_pillar_delta", "pillar", w);
    }
    labels[n++] = xl(x, "xlsx.col_mean_delta");
    labels[n++] = xl(x, "xlsx.col_improved");
    labels[n++] = xl(x, "xlsx.col_not_assessable");
    xs_header(s, labels, n);
    return n;
}

static void edition_cell(Xlsx *x, XSheet *s, int edition)
{
    if (edition >= 0)
        xs_int(s, x->m->editions[edition].year);
    else
        xs_blank(s);
}

/* Baseline, latest and change of each pillar; blank where not targeted
 * or not published. */
static void i1_pillars(XSheet *s, const I1Country *c)
{
    for (int p = 0; p < PILLAR_COUNT; p++) {
        bool t = c->pillars & PILLAR_BIT(p);
        bool b = t && (c->has_baseline & PILLAR_BIT(p));
        bool l = t && (c->has_latest & PILLAR_BIT(p));
        if (b) xs_pct(s, c->baseline[p]); else xs_blank(s);
        if (l) xs_pct(s, c->latest[p]); else xs_blank(s);
        if (b && l)
            xs_pct(s, rat_sub(c->latest[p], c->baseline[p]));
        else
            xs_blank(s);
    }
}

static const char *reason_text(Xlsx *x, const I1Country *c)
{
    return vocab_reason(x->cat, &x->scratch, x->m, c, x->ind->baseline_edition_year);
}

static void i1_row(Xlsx *x, XSheet *s, const I1Country *c)
{
    const Country *k = &x->m->countries[c->country];
    xs_text(s, k->iso3);
    xs_text(s, xl_country(x, c->country));
    xs_text(s, vocab_region(x->cat, k->region));
    xs_text(s, vocab_pillars(x->cat, &x->scratch, c->pillars));
    edition_cell(x, s, c->baseline_edition);
    edition_cell(x, s, c->latest_edition);
    i1_pillars(s, c);
    if (c->assessable) {
        xs_pct(s, c->mean_delta);
        xs_text(s, xl_yesno(x, c->improved));
        xs_blank(s);
    } else {
        xs_blank(s);
        xs_blank(s);
        xs_text(s, reason_text(x, c));
    }
    xs_row(s);
}

/* ---- I1 (§3.2) ---- */

Err xlsx_i1(Xlsx *x)
{
    XSheet s;
    const I1 *i1 = &x->ind->i1;
    xl_open(x, &s, "xlsx.sheet_i1");
    i1_header(x, &s);
    for (int i = 0; i < i1->n_countries; i++)
        i1_row(x, &s, &i1->countries[i]);
    return xs_finish(&s);
}

/* ---- D2 (§3.3) ---- */

Err xlsx_d2(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_fy", "xlsx.col_d2_count", "xlsx.col_d2_new",
    };
    const D2 *d2 = &x->ind->d2;
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_d2");
    xl_header(x, &s, head, 3);
    for (int i = 0; i < d2->n_years; i++) {
        int fresh = 0;
        for (int c = 0; c < x->m->n_countries; c++)
            fresh += d2->first_fy[c] == d2->cumulative[i].fy;
        xs_int(&s, d2->cumulative[i].fy);
        xs_int(&s, d2->cumulative[i].count);
        xs_int(&s, fresh);
        xs_row(&s);
    }
    return xs_finish(&s);
}

/* ---- G (§3.4) ---- */

static void g_row(Xlsx *x, XSheet *s, const GCountry *g)
{
    const Country *k = &x->m->countries[g->country];
    xs_text(s, k->iso3);
    xs_text(s, xl_country(x, g->country));
    xs_text(s, vocab_region(x->cat, k->region));
    xs_text(s, xl_yesno(x, g->cooperation));
    xs_text(s, g->baseline_stage == STAGE_NONE ? xl(x, "common.unknown")
                                               : vocab_stage(x->cat, g->baseline_stage));
    xs_text(s, xl_baseline_stage_source(x, g));
    xl_stage_cells(x, s, g);
    bool gci = g->stage_source == SRC_GCI_TIER
               || g->stage_source == SRC_GCI_SCORE;
    edition_cell(x, s, gci ? g->stage_edition : -1);
    if (g->stage_source == SRC_ASSESSMENT && g->stage_assessment >= 0)
        xs_date_prec(s, x->m->assessments[g->stage_assessment].date,
                     x->m->assessments[g->stage_assessment].date_prec);
    else {
        xs_blank(s);
        xs_blank(s);
    }
    xs_row(s);
}

Err xlsx_g(Xlsx *x)
{
    const char *head[6 + XL_STAGE_COLS + 3] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_region",
        "xlsx.col_cooperation", "xlsx.col_baseline_stage",
        "xlsx.col_baseline_source",
    };
    int n = 6;
    for (int i = 0; i < XL_STAGE_COLS; i++)
        head[n++] = xl_stage_heads[i];
    head[n++] = "xlsx.col_stage_edition";
    head[n++] = "xlsx.col_stage_assessment_date";
    head[n++] = XL_REDUCED;
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_g");
    xl_header(x, &s, head, n);
    for (int i = 0; i < x->ind->g.n_countries; i++)
        g_row(x, &s, &x->ind->g.countries[i]);
    return xs_finish(&s);
}

/* ---- Context (§3.8) ---- */

static void context_row(Xlsx *x, XSheet *s, const I1Country *c)
{
    const Country *k = &x->m->countries[c->country];
    xs_text(s, k->iso3);
    xs_text(s, xl_country(x, c->country));
    xs_text(s, vocab_region(x->cat, k->region));
    xs_text(s, vocab_pillars(x->cat, &x->scratch, c->pillars));
    xs_pct(s, c->mean_delta);
    if (c->has_group_median) xs_pct(s, c->group_median); else xs_blank(s);
    xs_int(s, c->group_size);
    if (c->has_group_median) xs_pct(s, c->excess); else xs_blank(s);
    if (c->has_region_median) xs_pct(s, c->region_median); else xs_blank(s);
    xs_int(s, c->region_size);
    xs_text(s, xl_yesno(x, c->has_group_median && rat_gt(c->excess, RAT_ZERO)));
    xs_row(s);
}

Err xlsx_context(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_region",
        "xlsx.col_targeted_pillars", "xlsx.col_mean_delta",
        "xlsx.col_group_median", "xlsx.col_group_size", "xlsx.col_excess",
        "xlsx.col_region_median", "xlsx.col_region_size",
        "xlsx.col_outperformed",
    };
    XSheet s;
    const I1 *i1 = &x->ind->i1;
    char n[16], total[16];
    snprintf(n, sizeof n, "%d", i1->outperformed);
    snprintf(total, sizeof total, "%d", i1->n_assessable);
    xl_open(x, &s, "xlsx.sheet_context");
    char *line = catalog_format(x->ctx->cat, "xlsx.context_line", "n", n,
                                "m", total, NULL);
    xs_note(&s, line, x->book.section);
    free(line);
    xs_row(&s);
    xs_note(&s, xl(x, "xlsx.context_caveat"), x->book.note);
    xs_row(&s);
    xl_header(x, &s, head, 11);
    for (int i = 0; i < i1->n_countries; i++)
        if (i1->countries[i].assessable)
            context_row(x, &s, &i1->countries[i]);
    return xs_finish(&s);
}
