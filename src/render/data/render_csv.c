/* render_csv.c -- the CSV exports under data/ (SPEC §4 "CSV exports of
 * each table").
 *
 * One table-driven list of files; each writer emits a header row of
 * stable snake_case names, then rows in a fixed order (countries by ISO3,
 * projects by id, then fiscal year or edition).  Only what was known on
 * the as-of date is exported, so an old as-of date reproduces that
 * quarter's files.  Percents are rounded as in §3.7; scores "as published"
 * keep their exact decimals.
 */
#include "render/data/render_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present/vocab.h"
#include "render/data/csvwrite.h"
#include "render/data/data_i2d1.h"
#include "base/fsutil.h"

/* ---- cells ---- */

static void cell_stage(CsvWriter *w, Stage s)
{
    csvw_text(w, s == STAGE_NONE ? NULL : stage_names[s]);
}

static void cell_edition(CsvWriter *w, const Model *m, int edition)
{
    if (edition < 0)
        csvw_empty(w);
    else
        csvw_int(w, m->editions[edition].year);
}

static void cell_rat2(CsvWriter *w, bool has, Rat r)
{
    if (has)
        csvw_rat2(w, r);
    else
        csvw_empty(w);
}

/* "legal;technical": the pillars of a set, in the pillar order. */
static void cell_pillars(CsvWriter *w, PillarSet set)
{
    char buf[128] = "";
    size_t n = 0;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (set & PILLAR_BIT(p))
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s",
                                  n ? ";" : "", pillar_names[p]);
    csvw_text(w, buf);
}

/* Multi-valued cells keep the input's `;` separator (SPEC §2). */
static void cell_join(CsvWriter *w, const char *const *v, int n)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        len += strlen(v[i]) + 1;
    char *buf = malloc(len);
    if (!buf)
        abort();
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (i)
            strcat(buf, ";");
        strcat(buf, v[i]);
    }
    csvw_text(w, buf);
    free(buf);
}

static void cell_bases(CsvWriter *w, unsigned bases)
{
    const char *names[BASIS_COUNT];
    int n = 0;
    for (int b = 0; b < BASIS_COUNT; b++)
        if (bases & BASIS_BIT(b))
            names[n++] = basis_names[b];
    cell_join(w, names, n);
}

/* ---- per-country look-ups ---- */

typedef struct {
    const I1Country **i1;      /* by model country, NULL: not cooperation */
    const GCountry **g;
    const D2Country **d2;      /* NULL: not counted for D2 */
} ByCountry;

static ByCountry by_country(const Model *m, const Indicators *ind)
{
    ByCountry b = { calloc((size_t)m->n_countries + 1, sizeof *b.i1),
                    calloc((size_t)m->n_countries + 1, sizeof *b.g),
                    calloc((size_t)m->n_countries + 1, sizeof *b.d2) };
    if (!b.i1 || !b.g || !b.d2)
        abort();
    for (int i = 0; i < ind->d2.n_countries; i++)
        b.d2[ind->d2.detail[i].country] = &ind->d2.detail[i];
    for (int i = 0; i < ind->i1.n_countries; i++)
        b.i1[ind->i1.countries[i].country] = &ind->i1.countries[i];
    for (int i = 0; i < ind->g.n_countries; i++)
        b.g[ind->g.countries[i].country] = &ind->g.countries[i];
    return b;
}

static void by_country_free(ByCountry *b)
{
    free(b->i1);
    free(b->g);
    free(b->d2);
}

/* ---- countries.csv ---- */

static void country_stage_cells(CsvWriter *w, const Model *m, const GCountry *g)
{
    if (!g) {
        for (int i = 0; i < 10; i++)
            csvw_empty(w);
        return;
    }
    csvw_bool(w, g->cooperation);
    cell_stage(w, g->baseline_stage);
    csvw_text(w, source_codes[g->baseline_source]);
    cell_stage(w, g->stage);
    csvw_text(w, source_codes[g->stage_source]);
    bool gci = g->stage_source == SRC_GCI_TIER || g->stage_source == SRC_GCI_SCORE;
    cell_edition(w, m, gci ? g->stage_edition : -1);
    if (g->stage_source == SRC_ASSESSMENT && g->stage_assessment >= 0)
        csvw_date(w, m->assessments[g->stage_assessment].date,
                  m->assessments[g->stage_assessment].date_prec);
    else if (gci && g->stage_edition >= 0)
        csvw_date(w, m->editions[g->stage_edition].published,
                  m->editions[g->stage_edition].published_prec);
    else
        csvw_empty(w);
    cell_stage(w, g->target_stage);
    csvw_text(w, source_codes[g->target_source]);
    if (g->unknown)       /* §3.4: neither reached nor not */
        csvw_empty(w);
    else
        csvw_bool(w, g->reached);
}

static void country_i1_cells(CsvWriter *w, const I1Country *c)
{
    if (!c) {
        for (int i = 0; i < 9; i++)
            csvw_empty(w);
        return;
    }
    csvw_text(w, !c->assessable ? "not_assessable"
                 : c->improved ? "improved" : "not_improved");
    csvw_text(w, c->assessable ? NULL : na_reason_codes[c->reason]);
    cell_pillars(w, c->pillars);
    cell_rat2(w, c->assessable, c->mean_delta);
    bool ctx = c->assessable;
    if (ctx)
        csvw_int(w, c->group_size);
    else
        csvw_empty(w);
    cell_rat2(w, ctx && c->has_group_median, c->group_median);
    cell_rat2(w, ctx && c->has_group_median, c->excess);
    if (ctx)
        csvw_int(w, c->region_size);
    else
        csvw_empty(w);
    cell_rat2(w, ctx && c->has_region_median, c->region_median);
}

static void write_countries(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "iso3", "name", "name_ja", "region", "cooperation", "baseline_stage",
        "baseline_source", "stage", "stage_source", "stage_edition",
        "stage_date", "target_stage", "target_source", "reached",
        "d2_participating", "d2_first_fy", "d2_bases", "d2_strongest", "i1_result", "i1_reason",
        "i1_pillars", "mean_delta", "group_size", "group_median", "excess",
        "region_size", "region_median", NULL
    };
    const Model *m = ctx->m;
    const Indicators *ind = ctx->ind;
    ByCountry b = by_country(m, ind);
    csvw_header(w, head);
    for (int k = 0; k < m->n_countries; k++) {
        const Country *c = &m->countries[k];
        csvw_text(w, c->iso3);
        csvw_text(w, c->name);
        csvw_text(w, c->name_ja);
        csvw_text(w, c->region);
        country_stage_cells(w, m, b.g[k]);
        int first = ind->d2.first_fy ? ind->d2.first_fy[k] : 0;
        csvw_bool(w, first != 0);
        if (first)
            csvw_int(w, first);
        else
            csvw_empty(w);
        const D2Country *dc = b.d2[k];
        cell_bases(w, dc ? dc->bases : 0);
        csvw_text(w, dc ? basis_names[dc->strongest] : NULL);
        country_i1_cells(w, b.i1[k]);
        csvw_end_row(w);
    }
    by_country_free(&b);
}

/* ---- projects.csv ---- */

static void write_projects(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "project_id", "title", "title_ja", "scheme", "countries", "start",
        "end", "pillars", "counterpart", "partners", "budget_jpy", "url",
        "sources", NULL
    };
    const Model *m = ctx->m;
    csvw_header(w, head);
    for (int i = 0; i < m->n_projects; i++) {
        const Project *p = &m->projects[i];
        if (ctx->ind->project_started && !ctx->ind->project_started[i])
            continue;
        csvw_text(w, p->id);
        csvw_text(w, p->title);
        csvw_text(w, p->title_ja);
        csvw_text(w, scheme_names[p->scheme]);
        const char **iso = malloc(sizeof *iso * (size_t)(p->n_countries + 1));
        if (!iso)
            abort();
        for (int k = 0; k < p->n_countries; k++)
            iso[k] = m->countries[p->countries[k]].iso3;
        cell_join(w, iso, p->n_countries);
        free(iso);
        csvw_date(w, p->start, p->start_prec);
        csvw_date(w, p->end, p->end_prec);
        cell_pillars(w, p->pillars);
        csvw_text(w, p->counterpart);
        cell_join(w, p->partners, p->n_partners);
        if (p->has_budget)
            csvw_int(w, p->budget_jpy);
        else
            csvw_empty(w);
        csvw_text(w, p->url);
        cell_join(w, p->sources, p->n_sources);
        csvw_end_row(w);
    }
}

/* ---- participation.csv: sums per country and fiscal year ---- */

static void write_participation(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "iso3", "fiscal_year", "participants", "participants_approx", "female",
        "rows", "unreported_rows", "activities", NULL
    };
    csvw_header(w, head);
    for (int i = 0; i < ctx->ind->n_participation; i++) {
        const ParticipationSum *s = &ctx->ind->participation[i];
        csvw_text(w, ctx->m->countries[s->country].iso3);
        csvw_int(w, s->fy);
        if (s->has_participants)      /* §3.7: never 0 for "not reported" */
            csvw_int(w, s->participants);
        else
            csvw_empty(w);
        csvw_bool(w, s->approx);
        if (s->has_female)
            csvw_int(w, s->female);
        else
            csvw_empty(w);
        csvw_int(w, s->rows);
        csvw_int(w, s->unreported);
        csvw_int(w, s->activities);
        csvw_end_row(w);
    }
}

/* ---- participation_records.csv: the rows themselves ---- */

/* Every participation row known on the as-of date (from the day §3 gives
 * it: Participation.from), in file order: the full table the workbook points to
 * when its raw sheet would pass the configured limit. */
/* `n` texts as csvw_text() writes them, one per line of `enc`; text i is
 * enc->data[at[i]] up to the line break before at[i + 1]. */
static size_t *encode_cells(CsvWriter *enc, int n, const char *(*text)(const Model *, int),
                            const Model *m)
{
    size_t *at = xrealloc(NULL, ((size_t)n + 1) * sizeof *at);
    for (int i = 0; i < n; i++) {
        at[i] = enc->len;
        csvw_text(enc, text(m, i));
        csvw_end_row(enc);
    }
    at[n] = enc->len;
    return at;
}

static const char *project_id(const Model *m, int p) { return m->projects[p].id; }
static const char *country_iso3(const Model *m, int c) { return m->countries[c].iso3; }

static void write_participation_records(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "project_id", "iso3", "fiscal_year", "participants", "female", "date",
        "approx", "counts_from", "source", "line", NULL
    };
    const Model *m = ctx->m;
    CsvWriter ids = CSVW_INIT, codes = CSVW_INIT;
    size_t *id_at = encode_cells(&ids, m->n_projects, project_id, m);
    size_t *code_at = encode_cells(&codes, m->n_countries, country_iso3, m);
    csvw_header(w, head);
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        if (!ctx->ind->participation_known[i])
            continue;
        Date from = r->from;
        size_t p = (size_t)r->project, c = (size_t)r->country;
        csvw_encoded(w, ids.data + id_at[p], id_at[p + 1] - id_at[p] - 1);
        csvw_encoded(w, codes.data + code_at[c], code_at[c + 1] - code_at[c] - 1);
        csvw_int(w, r->fiscal_year);
        if (r->participants >= 0)
            csvw_int(w, r->participants);
        else
            csvw_empty(w);
        if (r->female >= 0)
            csvw_int(w, r->female);
        else
            csvw_empty(w);
        csvw_date(w, r->date, (DatePrec)r->date_prec);
        csvw_bool(w, r->approx);
        csvw_date(w, from, DATE_PREC_DAY);
        csvw_text(w, r->source);
        csvw_int(w, r->line);
        csvw_end_row(w);
    }
    free(id_at);
    free(code_at);
    csvw_release(&ids);
    csvw_release(&codes);
}

/* ---- gci.csv: as published and in percent (§3.1) ---- */

static void gci_row(CsvWriter *w, const Model *m, const GciRow *r)
{
    const Edition *e = &m->editions[r->edition];
    csvw_text(w, m->countries[r->country].iso3);
    csvw_int(w, e->year);
    csvw_date(w, e->published, e->published_prec);
    if (r->has & GCI_HAS_TIER)
        csvw_int(w, r->tier);
    else
        csvw_empty(w);
    bool has = (r->has & GCI_HAS_OVERALL) != 0;
    if (has)
        csvw_rat(w, r->overall);
    else
        csvw_empty(w);
    cell_rat2(w, has, has ? compute_overall_percent(m, r) : RAT_ZERO);
    for (int p = 0; p < PILLAR_COUNT; p++) {
        has = (r->has & PILLAR_BIT(p)) != 0;
        if (has)
            csvw_rat(w, r->pillar[p]);
        else
            csvw_empty(w);
        cell_rat2(w, has, has ? compute_pillar_percent(m, r, p) : RAT_ZERO);
    }
    csvw_bool(w, r->not_assessed);   /* §2: an all-zero row, cells empty */
    csvw_end_row(w);
}

static void write_gci(CsvWriter *w, const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    csvw_text(w, "iso3");
    csvw_text(w, "edition");
    csvw_text(w, "published");
    csvw_text(w, "tier");
    csvw_text(w, "overall");
    csvw_text(w, "overall_pct");
    for (int p = 0; p < PILLAR_COUNT; p++) {
        char pct[64];
        snprintf(pct, sizeof pct, "%s_pct", pillar_names[p]);
        csvw_text(w, pillar_names[p]);
        csvw_text(w, pct);
    }
    csvw_text(w, "not_assessed");
    csvw_end_row(w);
    for (int c = 0; c < m->n_countries; c++)
        for (int e = 0; e < m->n_editions; e++) {
            const GciRow *r = model_gci(m, c, e);
            /* §3: an edition counts only from its publication on */
            if (r && m->editions[e].published <= ctx->ind->as_of)
                gci_row(w, m, r);
        }
}

/* ---- trend.csv (§3.6) ---- */

static void write_trend(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "date", "i1", "d2", "g_reached", "outperformed", "i2", "d1", NULL
    };
    csvw_header(w, head);
    for (int i = 0; i < ctx->ind->n_trend; i++) {
        const TrendPoint *t = &ctx->ind->trend[i];
        csvw_date(w, t->date, DATE_PREC_DAY);
        csvw_int(w, t->i1);
        csvw_int(w, t->d2);
        csvw_int(w, t->g_reached);
        csvw_int(w, t->outperformed);
        csvw_int(w, t->i2);
        csvw_int(w, t->d1);
        csvw_end_row(w);
    }
}

/* ---- i1.csv: one row per cooperation country (§3.2) ---- */

static void i1_header(CsvWriter *w)
{
    static const char *const head[] = {
        "iso3", "assessable", "reason", "reason_pillars", "pillars",
        "baseline_edition", "latest_edition", NULL
    };
    for (const char *const *h = head; *h; h++)
        csvw_text(w, *h);
    static const char *const parts[] = { "baseline", "latest", "delta" };
    for (int p = 0; p < PILLAR_COUNT; p++)
        for (int k = 0; k < 3; k++) {
            char name[64];
            snprintf(name, sizeof name, "%s_%s", pillar_names[p], parts[k]);
            csvw_text(w, name);
        }
    csvw_text(w, "mean_delta");
    csvw_text(w, "improved");
    csvw_end_row(w);
}

static void i1_row(CsvWriter *w, const Model *m, const I1Country *c)
{
    csvw_text(w, m->countries[c->country].iso3);
    csvw_bool(w, c->assessable);
    csvw_text(w, c->assessable ? NULL : na_reason_codes[c->reason]);
    cell_pillars(w, c->reason_pillars);
    cell_pillars(w, c->pillars);
    cell_edition(w, m, c->baseline_edition);
    cell_edition(w, m, c->latest_edition);
    for (int p = 0; p < PILLAR_COUNT; p++) {
        PillarSet bit = c->pillars & PILLAR_BIT(p);
        cell_rat2(w, bit & c->has_baseline, c->baseline[p]);
        cell_rat2(w, bit & c->has_latest, c->latest[p]);
        cell_rat2(w, bit & c->has_baseline & c->has_latest, c->delta[p]);
    }
    cell_rat2(w, c->assessable, c->mean_delta);
    csvw_bool(w, c->improved);
    csvw_end_row(w);
}

static void write_i1(CsvWriter *w, const RenderCtx *ctx)
{
    ByCountry b = by_country(ctx->m, ctx->ind);
    i1_header(w);
    for (int k = 0; k < ctx->m->n_countries; k++)
        if (b.i1[k])
            i1_row(w, ctx->m, b.i1[k]);
    by_country_free(&b);
}

/* ---- i1_context.csv (§3.8) ---- */

static void write_i1_context(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "iso3", "region", "mean_delta", "group_size", "group_median",
        "excess", "region_size", "region_median", "outperformed", NULL
    };
    ByCountry b = by_country(ctx->m, ctx->ind);
    csvw_header(w, head);
    for (int k = 0; k < ctx->m->n_countries; k++) {
        const I1Country *c = b.i1[k];
        if (!c || !c->assessable)
            continue;
        csvw_text(w, ctx->m->countries[k].iso3);
        csvw_text(w, ctx->m->countries[k].region);
        csvw_rat2(w, c->mean_delta);
        csvw_int(w, c->group_size);
        cell_rat2(w, c->has_group_median, c->group_median);
        cell_rat2(w, c->has_group_median, c->excess);
        csvw_int(w, c->region_size);
        cell_rat2(w, c->has_region_median, c->region_median);
        csvw_bool(w, c->has_group_median && rat_gt(c->excess, RAT_ZERO));
        csvw_end_row(w);
    }
    by_country_free(&b);
}

/* ---- d2.csv (§3.3) ---- */

static void write_d2(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "fy", "count", "new_countries", "target", "compare", "status", NULL
    };
    const D2 *d2 = &ctx->ind->d2;
    csvw_header(w, head);
    for (int i = 0; i < d2->n_years; i++) {
        int fy = d2->cumulative[i].fy, fresh = 0;
        for (int k = 0; d2->first_fy && k < ctx->m->n_countries; k++)
            fresh += d2->first_fy[k] == fy;
        csvw_int(w, fy);
        csvw_int(w, d2->cumulative[i].count);
        csvw_int(w, fresh);
        const TargetStatus *t = NULL;
        for (int j = 0; j < d2->n_targets && !t; j++)
            if (d2->targets[j].by_fy == fy)
                t = &d2->targets[j];
        if (t)
            csvw_int(w, t->target);
        else
            csvw_empty(w);
        csvw_text(w, t ? compare_names[d2->compare] : NULL);
        csvw_text(w, t ? status_names[t->status] : NULL);
        csvw_end_row(w);
    }
}

/* ---- d2_countries.csv: each counted country, its bases and rows ---- */

static void write_d2_countries(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "iso3", "first_fy", "bases", "strongest", "rows", "rows_total", NULL
    };
    const Model *m = ctx->m;
    const D2 *d2 = &ctx->ind->d2;
    csvw_header(w, head);
    for (int i = 0; i < d2->n_countries; i++) {
        const D2Country *c = &d2->detail[i];
        csvw_text(w, m->countries[c->country].iso3);
        csvw_int(w, c->first_fy);
        cell_bases(w, c->bases);
        csvw_text(w, basis_names[c->strongest]);
        const char *rows[D2_ROWS_SHOWN];
        char text[D2_ROWS_SHOWN][VOCAB_ROW_REF_SIZE];
        for (int k = 0; k < c->n_rows; k++)
            rows[k] = vocab_row_ref(m, &c->rows[k], text[k]);
        cell_join(w, rows, c->n_rows);
        csvw_int(w, c->rows_total);
        csvw_end_row(w);
    }
}

/* ---- the table of files: adding an export = adding a row ---- */

static const struct {
    const char *name;
    void (*write)(CsvWriter *w, const RenderCtx *ctx);
} exports[] = {
    { "countries.csv", write_countries },
    { "projects.csv", write_projects },
    { "participation.csv", write_participation },
    { "participation_records.csv", write_participation_records },
    { "gci.csv", write_gci },
    { "trend.csv", write_trend },
    { "i1.csv", write_i1 },
    { "i1_context.csv", write_i1_context },
    { "d2.csv", write_d2 },
    { "d2_countries.csv", write_d2_countries },
    { "i2.csv", csv_write_i2 },
    { "d1_projects.csv", csv_write_d1_projects },
    { "d1_indicators.csv", csv_write_d1_indicators },
};

Err render_csv_exports(const RenderCtx *ctx)
{
    char dir[4096];
    Err e = render_subdir(ctx, "data", dir, sizeof dir);
    for (size_t i = 0; !e && i < sizeof exports / sizeof *exports; i++) {
        char path[4096];
        if (!fs_path_fmt(path, sizeof path, "%s/%s", dir, exports[i].name)) {
            diag_error(ctx->diag, dir, 0, "output path too long");
            return ERR_WRITE;
        }
        CsvWriter w = CSVW_INIT;
        if (!csvw_stream_to(&w, path, ctx->diag))
            return ERR_WRITE;
        csvw_bom(&w);
        exports[i].write(&w, ctx);
        e = csvw_save(&w, path, ctx->diag);
    }
    return e;
}
