/* xlsx_tables.c -- one sheet per table of the data (issue 7):
 * Countries, Projects, Participation (country x fiscal year),
 * Participation records, GCI, Assessments, Trend.  One row per record,
 * each with the line of its CSV file, so every figure can be traced. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/xlsx/xlsx_book.h"
#include "render/xlsx/xlsx_sheets.h"

/* Excel's last row (1,048,576) less the header row. */
#define EXCEL_MAX_DATA_ROWS 1048575u

static void line_cell(XSheet *s, long line)
{
    if (line > 0)
        xs_int(s, line);
    else
        xs_blank(s);
}

static void optional_int(XSheet *s, int64_t v, bool present)
{
    if (present)
        xs_int(s, v);
    else
        xs_blank(s);
}

/* ---- Countries ---- */

/* Issue 19: each country's stages against its target (§3.4) and its I2
 * and D1 results (§3.9, §3.10) on its row, so that "countries below
 * target" or "not improved" is one filter. */
static void country_row(Xlsx *x, XSheet *s, int i, const int *i2_of)
{
    const Country *c = &x->m->countries[i];
    const GCountry *g = i < x->ind->g.n_countries ? &x->ind->g.countries[i] : NULL;
    if (g && g->country != i)
        g = NULL;
    xs_text(s, c->iso3);
    xs_text(s, c->name);
    xs_text(s, c->name_ja);
    xs_text(s, vocab_region(x->cat, c->region));
    xs_text(s, g ? xl_yesno(x, g->cooperation) : "");
    int first = x->ind->d2.first_fy ? x->ind->d2.first_fy[i] : 0;
    optional_int(s, first, first > 0);
    const D2Country *dc = d2_country(&x->ind->d2, i);
    xs_text(s, dc ? vocab_bases(x->cat, &x->scratch, dc->bases) : "");
    xs_text(s, dc ? vocab_basis(x->cat, dc->strongest) : "");
    if (g)
        xl_stage_cells(x, s, g);
    else
        for (int k = 0; k < XL_STAGE_COLS; k++)
            xs_blank(s);
    xs_text(s, i2_of[i] >= 0 ? vocab_i2_result(x->cat, (I2Result)i2_of[i]) : "");
    const int *d1 = x->ind->d1.by_country
                        ? &x->ind->d1.by_country[(size_t)i * D1_RESULT_COUNT] : NULL;
    int started = 0;
    for (int r = 0; d1 && r < D1_RESULT_COUNT; r++)
        started += d1[r];
    for (int r = 0; r < D1_RESULT_COUNT; r++)
        optional_int(s, d1 ? d1[r] : 0, started > 0);
    xs_text(s, c->target_stage == STAGE_NONE
                   ? "" : vocab_stage(x->cat, c->target_stage));
    line_cell(s, c->line);
    xs_row(s);
}

Err xlsx_countries(Xlsx *x)
{
    const char *head[XS_MAX_COLS] = {
        "xlsx.col_iso3", "xlsx.col_name_en", "xlsx.col_name_ja",
        "xlsx.col_region", "xlsx.col_cooperation", "xlsx.col_first_fy",
        "xlsx.col_d2_bases", "xlsx.col_d2_strongest",
    };
    int n = 8;
    for (int k = 0; k < XL_STAGE_COLS; k++)
        head[n++] = xl_stage_heads[k];
    head[n++] = "xlsx.col_i2_result";
    for (int r = 0; r < D1_RESULT_COUNT; r++)
        head[n++] = arena_printf(&x->scratch, "xlsx.col_d1_projects_%s",
                                 d1_result_names[r]);
    head[n++] = "xlsx.col_target_stage_table";
    head[n++] = "xlsx.col_line";
    /* the I2 result of each cooperation country, by model index */
    int *i2_of = NEW(&x->scratch, int, x->m->n_countries + 1);
    for (int i = 0; i < x->m->n_countries; i++)
        i2_of[i] = -1;
    for (int i = 0; i < x->ind->i2.n_countries; i++)
        i2_of[x->ind->i2.countries[i].country] = (int)x->ind->i2.countries[i].result;
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_countries");
    xl_note(x, &s, "xlsx.note_countries");
    xl_header(x, &s, head, n);
    for (int i = 0; i < x->m->n_countries; i++)
        country_row(x, &s, i, i2_of);
    return xs_finish(&s);
}

/* ---- Projects ---- */

/* `n` strings joined by `sep`, in the scratch arena: one allocation,
 * since the Projects sheet may have tens of thousands of rows. */
static const char *join(Xlsx *x, const char *const *items, int n,
                        const char *sep)
{
    size_t len = 1, seplen = strlen(sep);
    for (int i = 0; i < n; i++)
        len += strlen(items[i]) + (i ? seplen : 0);
    char *out = arena_alloc(&x->scratch, 1, 1, len), *o = out;
    for (int i = 0; i < n; i++) {
        if (i) {
            memcpy(o, sep, seplen);
            o += seplen;
        }
        size_t k = strlen(items[i]);
        memcpy(o, items[i], k);
        o += k;
    }
    *o = '\0';
    return out;
}

static const char *project_countries(Xlsx *x, const Project *p)
{
    const char *iso[64];
    int n = p->n_countries < 64 ? p->n_countries : 64;
    for (int i = 0; i < n; i++)
        iso[i] = x->m->countries[p->countries[i]].iso3;
    if (n == p->n_countries)
        return join(x, iso, n, ", ");
    /* more beneficiaries than the stack array: the slow way */
    const char *out = "";
    for (int i = 0; i < p->n_countries; i++)
        out = arena_printf(&x->scratch, "%s%s%s", out, i ? ", " : "",
                           x->m->countries[p->countries[i]].iso3);
    return out;
}

static const char *project_partners(Xlsx *x, const Project *p)
{
    return join(x, (const char *const *)p->partners, p->n_partners, "; ");
}

static void project_row(Xlsx *x, XSheet *s, int i)
{
    const Project *p = &x->m->projects[i];
    xs_text(s, p->id);
    xs_text(s, model_project_title(x->m, i, catalog_lang(x->ctx->cat)));
    xs_text(s, vocab_scheme(x->cat, p->scheme));
    xs_text(s, project_countries(x, p));
    xs_date_prec(s, p->start, p->start_prec);
    xs_date_prec(s, p->end, p->end_prec);   /* §4: empty = not reported */
    xs_text(s, xl_yesno(x, x->ind->project_started
                               && x->ind->project_started[i]));
    xs_text(s, vocab_pillars(x->cat, &x->scratch, p->pillars));
    xs_text(s, p->counterpart);
    xs_text(s, project_partners(x, p));
    if (p->has_budget)
        xs_num(s, (double)p->budget_jpy, x->book.money);
    else
        xs_blank(s);
    xs_text(s, p->url);       /* a string, never a live link from data */
    xs_text(s, join(x, (const char *const *)p->sources, p->n_sources, "; "));
    line_cell(s, p->line);
    xs_row(s);
}

Err xlsx_projects(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_project_id", "xlsx.col_title", "xlsx.col_scheme",
        "xlsx.col_countries", "xlsx.col_start", XL_REDUCED, "xlsx.col_end",
        XL_REDUCED, "xlsx.col_started", "xlsx.col_pillars", "xlsx.col_counterpart",
        "xlsx.col_partners", "xlsx.col_budget", "xlsx.col_url",
        "xlsx.col_sources", "xlsx.col_line",
    };
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_projects");
    xl_note(x, &s, "xlsx.note_end");   /* §3.7: an empty end is ongoing */
    xl_header(x, &s, head, (int)(sizeof head / sizeof *head));
    for (int i = 0; i < x->m->n_projects; i++)
        project_row(x, &s, i);
    return xs_finish(&s);
}

/* ---- Participation: country x fiscal year ---- */

Err xlsx_participation(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_fy",
        "xlsx.col_participants", "xlsx.col_approx", "xlsx.col_female",
        "xlsx.col_activities", "xlsx.col_records", "xlsx.col_unreported",
    };
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_participation");
    xl_header(x, &s, head, (int)(sizeof head / sizeof *head));
    for (int i = 0; i < x->ind->n_participation; i++) {
        const ParticipationSum *p = &x->ind->participation[i];
        xs_text(&s, x->m->countries[p->country].iso3);
        xs_text(&s, xl_country(x, p->country));
        xs_int(&s, p->fy);
        optional_int(&s, p->participants, p->has_participants);
        xs_text(&s, p->approx ? xl_yesno(x, true) : "");   /* §3.7 */
        optional_int(&s, p->female, p->has_female);
        xs_int(&s, p->activities);
        xs_int(&s, p->rows);
        /* §3.7: the sum is only what was reported; these rows took part
         * with no count (issue 19: a blank sum is not "nobody") */
        xs_int(&s, p->unreported);
        xs_row(&s);
    }
    return xs_finish(&s);
}

/* ---- Participation records: the raw rows, while they fit ---- */

static size_t known_participation(const Xlsx *x)
{
    size_t n = 0;
    for (size_t i = 0; i < x->m->n_participation; i++)
        n += x->ind->participation_known[i];   /* §3 */
    return n;
}

static void record_row(Xlsx *x, XSheet *s, const Participation *r)
{
    xs_text(s, x->m->projects[r->project].id);
    xs_text(s, x->m->countries[r->country].iso3);
    xs_int(s, r->fiscal_year);
    optional_int(s, r->participants, r->participants >= 0);
    xs_text(s, r->approx ? xl_yesno(x, true) : "");
    optional_int(s, r->female, r->female >= 0);
    xs_date_prec(s, r->date, (DatePrec)r->date_prec);
    xs_text(s, r->source);
    line_cell(s, r->line);
    xs_row(s);
}

/* Where the rows are, in words, when they do not fit: never a silent
 * cut, never past Excel's 1,048,576 rows. */
static void records_elsewhere(Xlsx *x, XSheet *s, size_t n, size_t limit)
{
    char rows[32], lim[32];
    snprintf(rows, sizeof rows, "%zu", n);
    snprintf(lim, sizeof lim, "%zu", limit);
    char *t = catalog_format(x->ctx->cat, "xlsx.records_elsewhere", "n", rows,
                             "limit", lim, "path", "data/participation_records.csv",
                             NULL);
    xs_note(s, t, x->book.section);
    free(t);
    xs_row(s);
}

Err xlsx_participation_records(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_project_id", "xlsx.col_iso3", "xlsx.col_fy",
        "xlsx.col_participants", "xlsx.col_approx", "xlsx.col_female",
        "xlsx.col_date", XL_REDUCED, "xlsx.col_source", "xlsx.col_line",
    };
    XSheet s;
    size_t n = known_participation(x);
    size_t limit = x->ctx->s->participation_sheet_limit;
    if (limit > EXCEL_MAX_DATA_ROWS)
        limit = EXCEL_MAX_DATA_ROWS;
    xl_open(x, &s, "xlsx.sheet_participation_records");
    if (n > limit) {
        records_elsewhere(x, &s, n, limit);
        return xs_finish(&s);
    }
    xl_header(x, &s, head, (int)(sizeof head / sizeof *head));
    for (size_t i = 0; i < x->m->n_participation; i++)
        if (x->ind->participation_known[i])
            record_row(x, &s, &x->m->participation[i]);
    return xs_finish(&s);
}

/* ---- GCI: as published and in percent (§3.1) ---- */

static void gci_row(Xlsx *x, XSheet *s, const GciRow *r)
{
    const Edition *e = &x->m->editions[r->edition];
    xs_text(s, x->m->countries[r->country].iso3);
    xs_text(s, xl_country(x, r->country));
    xs_int(s, e->year);
    xs_date_prec(s, e->published, e->published_prec);
    xs_text(s, xl_yesno(x, e->published <= x->ind->as_of));
    bool has = r->has & GCI_HAS_OVERALL;
    if (has) xs_num(s, rat_to_double(r->overall), NULL); else xs_blank(s);
    if (has) xs_pct(s, compute_overall_percent(x->m, r)); else xs_blank(s);
    for (int p = 0; p < PILLAR_COUNT; p++) {
        has = r->has & PILLAR_BIT(p);
        if (has) xs_num(s, rat_to_double(r->pillar[p]), NULL); else xs_blank(s);
        if (has) xs_pct(s, compute_pillar_percent(x->m, r, p)); else xs_blank(s);
    }
    optional_int(s, r->tier, r->has & GCI_HAS_TIER);
    line_cell(s, r->line);
    xs_row(s);
}

Err xlsx_gci(Xlsx *x)
{
    const char *labels[XS_MAX_COLS];
    static const char *const fixed[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_edition",
        "xlsx.col_published", "xlsx.col_published_by_as_of",
        "xlsx.col_overall", "xlsx.col_overall_pct",
    };
    int n = 0;
    for (; n < 4; n++)
        labels[n] = xl(x, fixed[n]);
    labels[n] = xl_reduced_label(x, labels[n - 1]);
    n++;
    for (int k = 4; k < 7; k++)
        labels[n++] = xl(x, fixed[k]);
    for (int p = 0; p < PILLAR_COUNT; p++) {
        const char *w = vocab_pillar(x->cat, p);
        labels[n++] = xl_fmt(x, "xlsx.col_pillar_score", "pillar", w);
        labels[n++] = xl_fmt(x, "xlsx.col_pillar_pct", "pillar", w);
    }
    labels[n++] = xl(x, "xlsx.col_tier");
    labels[n++] = xl(x, "xlsx.col_line");
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_gci");
    xl_note(x, &s, "xlsx.note_dates");
    xs_header(&s, labels, n);
    for (int i = 0; i < x->m->n_gci; i++)
        gci_row(x, &s, &x->m->gci[i]);
    return xs_finish(&s);
}

/* ---- Assessments (I2, D1) ---- */

static void assessment_row(Xlsx *x, XSheet *s, int i)
{
    const Assessment *a = &x->m->assessments[i];
    xs_text(s, x->m->countries[a->country].iso3);
    xs_text(s, xl_country(x, a->country));
    xs_date_prec(s, a->date, a->date_prec);
    xs_text(s, a->kind == ASSESS_I2 ? "I2" : "D1");
    optional_int(s, a->rating, a->rating > 0);
    xs_text(s, a->stage == STAGE_NONE ? ""
                                      : vocab_stage(x->cat, a->stage));
    xs_text(s, a->pillar < 0 ? "" : vocab_pillar(x->cat, a->pillar));
    xs_text(s, a->project < 0 ? "" : x->m->projects[a->project].id);
    xs_text(s, a->summary);
    xs_text(s, xl_yesno(x, x->ind->assessment_known
                               && x->ind->assessment_known[i]));
    line_cell(s, a->line);
    xs_row(s);
}

Err xlsx_assessments(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_date", XL_REDUCED,
        "xlsx.col_kind", "xlsx.col_rating", "xlsx.col_assessed_stage",
        "xlsx.col_pillar", "xlsx.col_project_id", "xlsx.col_summary",
        "xlsx.col_known_by_as_of", "xlsx.col_line",
    };
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_assessments");
    xl_header(x, &s, head, (int)(sizeof head / sizeof *head));
    for (int i = 0; i < x->m->n_assessments; i++)
        assessment_row(x, &s, i);
    return xs_finish(&s);
}

/* ---- Trend (§3.6) ---- */

Err xlsx_trend(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_date", "xlsx.col_i1", "xlsx.col_d2", "xlsx.col_g_reached",
        "xlsx.col_outperformed_count", "xlsx.col_i2", "xlsx.col_d1",
    };
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_trend");
    xl_header(x, &s, head, 7);
    for (int i = 0; i < x->ind->n_trend; i++) {
        const TrendPoint *t = &x->ind->trend[i];
        xs_date(&s, t->date);
        xs_int(&s, t->i1);
        xs_int(&s, t->d2);
        xs_int(&s, t->g_reached);
        xs_int(&s, t->outperformed);
        xs_int(&s, t->i2);
        xs_int(&s, t->d1);
        xs_row(&s);
    }
    return xs_finish(&s);
}
