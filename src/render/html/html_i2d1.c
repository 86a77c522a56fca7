/* html_i2d1.c -- I2 (§3.9) and D1 (§3.10) on the country and project
 * pages (§4): a country's result and its I2 assessments, newest first,
 * with its projects' D1 results; a project's local scenario as a table
 * and its D1 result.  Only what was known on the as-of date. */
#include <stdlib.h>
#include <string.h>

#include "render/html/html_pages.h"

#define DASH "\u2014"

/* The entry of country c in I2 (countries by index), or NULL. */
static const I2Country *i2_of(const I2 *i2, int c)
{
    int lo = 0, hi = i2->n_countries;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (i2->countries[mid].country < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < i2->n_countries && i2->countries[lo].country == c
               ? &i2->countries[lo] : NULL;
}

/* The entry of project p in D1 (started projects by index), or NULL. */
static const D1Project *d1_of(const D1 *d1, int p)
{
    int lo = 0, hi = d1->n_projects;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (d1->projects[mid].project < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d1->n_projects && d1->projects[lo].project == p
               ? &d1->projects[lo] : NULL;
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : DASH;
}

/* ---- the country page ---- */

typedef struct { Date date; int i; } Newest;

/* Newest first; of two on one date the later row first (§3.7). */
static int cmp_newest(const void *a, const void *b)
{
    const Newest *x = a, *y = b;
    if (x->date != y->date)
        return (x->date < y->date) - (x->date > y->date);
    return (x->i < y->i) - (x->i > y->i);
}

/* §3.9: its I2 assessments known on the as-of date, newest first: date,
 * assessor, rating in words ("not rated"), stage, summary, source. */
static void i2_assessments(Site *s, HtmlDict *b, int c)
{
    const Model *m = s->m;
    Newest *v = NEW(&s->a, Newest, m->n_assessments + 1);
    int n = 0;
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->country == c && a->kind == ASSESS_I2 && s->ind->assessment_known[i])
            v[n++] = (Newest){ a->date, i };
    }
    if (!n) {
        html_dict_show(b, "NO_I2");
        return;
    }
    qsort(v, (size_t)n, sizeof *v, cmp_newest);
    HtmlDict *t = site_table(b, "I2_TABLE", NULL);
    static const char *const head[] = {
        "html.date", "html.i2_assessor", "html.rating", "html.stage",
        "html.summary", "html.source_url",
    };
    for (size_t k = 0; k < sizeof head / sizeof *head; k++)
        site_table_head(t, site_l(s, head[k]));
    for (int k = 0; k < n; k++) {
        const Assessment *a = &m->assessments[v[k].i];
        HtmlDict *r = site_table_row(t, vocab_date(s->cat, &s->a, a->date, a->date_prec));
        site_table_cell(r, or_dash(a->assessor));
        site_table_cell(r, vocab_rating(s->cat, &s->a, a->rating));
        site_table_cell(r, a->stage == STAGE_NONE ? DASH : vocab_stage(s->cat, a->stage));
        site_table_cell(r, or_dash(a->summary));
        site_table_cell(r, or_dash(a->source));
    }
}

/* §3.10: the D1 result of each of its started projects. */
static void d1_projects(Site *s, HtmlDict *b, int c)
{
    const Model *m = s->m;
    HtmlDict *t = NULL;
    for (int k = m->country_project_start[c]; k < m->country_project_start[c + 1]; k++) {
        const D1Project *d = d1_of(&s->ind->d1, m->country_projects[k]);
        if (!d)
            continue;   /* not started */
        if (!t) {
            t = site_table(b, "D1_TABLE", NULL);
            site_table_head(t, site_l(s, "html.project"));
            site_table_head(t, site_l(s, "html.d1_result"));
            site_table_head(t, site_l(s, "html.d1_indicators"));
        }
        HtmlDict *r = site_table_row(t, model_project_title(m, d->project, s->lang));
        site_table_cell(r, vocab_d1_result(s->cat, d->result));
        site_table_cell(r, d->n_indicators
            ? site_fmt(s, "html.d1_indicator_counts", "n", site_num(s, d->n_indicators),
                       "r", site_num(s, d->with_result), "i", site_num(s, d->improved), NULL)
            : DASH);
    }
    if (!t)
        html_dict_show(b, "NO_D1");
}

void html_country_i2d1(Site *s, HtmlDict *b, int c)
{
    const I2Country *r = i2_of(&s->ind->i2, c);
    html_dict_set(b, "I2_HEADING", site_l(s, "html.i2_heading"));
    html_dict_set(b, "D1_PROJECTS_HEADING", site_l(s, "html.d1_projects_heading"));
    html_dict_set(b, "I2_RESULT", r
        ? site_fmt(s, "html.i2_result_line", "result", vocab_i2_result(s->cat, r->result),
                   "n", site_num(s, r->n_assessments), NULL)
        : site_l(s, "html.i2_not_cooperation"));
    i2_assessments(s, b, c);
    d1_projects(s, b, c);
}

/* ---- the project page ---- */

/* A value of the scenario as the data gave it, with its unit and date. */
static const char *value_text(Site *s, Rat v, const char *unit, Date d, DatePrec prec)
{
    char num[48];
    rat_format_decimal(v, num);
    return site_fmt(s, unit ? "html.scenario_value_unit" : "html.scenario_value",
                    "value", num, "unit", unit ? unit : "",
                    "date", vocab_date(s->cat, &s->a, d, prec), NULL);
}

static void scenario_row(Site *s, HtmlDict *t, const D1Indicator *d)
{
    const Scenario *sc = &s->m->scenarios[d->scenario];
    const Result *r = d->latest >= 0 ? &s->m->results[d->latest] : NULL;
    bool ja = !strcmp(s->lang, "ja") && sc->indicator_ja;
    HtmlDict *row = site_table_row(t, ja ? sc->indicator_ja : sc->indicator);
    site_table_cell(row, vocab_pillar(s->cat, sc->pillar));
    site_table_cell(row, vocab_direction(s->cat, sc->direction));
    site_table_cell(row, value_text(s, sc->baseline, sc->unit, sc->baseline_date,
                                    sc->baseline_prec));
    site_table_cell(row, value_text(s, sc->target, sc->unit, sc->target_date,
                                    sc->target_prec));
    site_table_cell(row, r ? value_text(s, r->value, sc->unit, r->date, r->date_prec)
                           : DASH);
    site_table_num(row, r ? site_rat(s, d->progress) : DASH);
    site_table_cell(row, vocab_indicator_status(s->cat, d->status));
    site_table_cell(row, or_dash(sc->source));
}

/* §4: the chart of an indicator with a result (render_charts draws
 * charts/scenario_N.png for exactly these), its numbers in words as alt
 * text; the table above holds them too. */
static void scenario_chart(Site *s, HtmlDict *b, const D1Indicator *d)
{
    const Scenario *sc = &s->m->scenarios[d->scenario];
    const Result *r = &s->m->results[d->latest];
    bool ja = !strcmp(s->lang, "ja") && sc->indicator_ja;
    char b_num[48], t_num[48], l_num[48];
    rat_format_decimal(sc->baseline, b_num);
    rat_format_decimal(sc->target, t_num);
    rat_format_decimal(r->value, l_num);
    HtmlDict *c = html_dict_add_section(b, "SCENARIO_CHART");
    html_dict_set(c, "SRC", arena_printf(&s->a, "../charts/scenario_%d.png", d->scenario));
    html_dict_set(c, "TITLE", ja ? sc->indicator_ja : sc->indicator);
    html_dict_set(c, "ALT", site_fmt(s, "html.scenario_chart_alt",
        "baseline", b_num, "bdate", vocab_date(s->cat, &s->a, sc->baseline_date, sc->baseline_prec),
        "latest", l_num, "ldate", vocab_date(s->cat, &s->a, r->date, r->date_prec),
        "target", t_num, "tdate", vocab_date(s->cat, &s->a, sc->target_date, sc->target_prec),
        "n", site_num(s, d->n_results),
        "status", vocab_indicator_status(s->cat, d->status), NULL));
}

void html_project_scenario(Site *s, HtmlDict *b, int p)
{
    const D1Project *d = d1_of(&s->ind->d1, p);
    html_dict_set(b, "SCENARIO_HEADING", site_l(s, "html.scenario_heading"));
    if (!d)
        return;
    html_dict_set(b, "D1_RESULT", site_fmt(s, "html.d1_result_line", "result",
                                           vocab_d1_result(s->cat, d->result), NULL));
    if (!d->n_indicators) {
        html_dict_set(html_dict_add_section(b, "NO_SCENARIO"), "TEXT",
                      site_l(s, "html.scenario_none"));
        return;
    }
    HtmlDict *t = site_table(b, "SCENARIO_TABLE", NULL);
    static const char *const head[] = {
        "html.scenario_indicator", "html.pillar", "html.scenario_direction",
        "html.scenario_baseline", "html.target", "html.scenario_latest",
        "html.scenario_progress", "html.status", "html.source_url",
    };
    for (size_t k = 0; k < sizeof head / sizeof *head; k++)
        site_table_head(t, site_l(s, head[k]));
    for (int k = 0; k < d->n_indicators; k++)
        scenario_row(s, t, &d->indicators[k]);
    for (int k = 0; k < d->n_indicators; k++)
        if (d->indicators[k].latest >= 0)
            scenario_chart(s, b, &d->indicators[k]);
}
