/* data_i2d1.c -- I2 and D1 in indicators.json and the CSV exports
 * (data_i2d1.h). */
#include "render/data/data_i2d1.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const i2_basis_codes[] = { NULL, "rating", "stages" };
static const char *const d1_basis_codes[] = { NULL, "indicators", "assessment" };

/* ---- values ---- */

static json_t *jstr(const char *s)
{
    json_t *j = s ? json_string(s) : NULL;   /* NULL for invalid UTF-8 */
    return j ? j : json_null();
}

/* §2: a date at the precision the data gives it. */
static json_t *jdate(Date d, DatePrec prec)
{
    if (d == DATE_NONE)
        return json_null();
    char buf[11];
    date_format_prec(d, prec, buf);
    return json_string(buf);
}

/* An exact decimal of the data (a baseline, a value) as a JSON number. */
static json_t *jnum(Rat r)
{
    double v = rat_to_double(r);
    return json_real(v == 0 ? 0.0 : v);
}

static json_t *jreal(double v)
{
    return isfinite(v) ? json_real(v == 0 ? 0.0 : v) : json_null();
}

static json_t *jstage(Stage s)
{
    return s == STAGE_NONE ? json_null() : json_string(stage_names[s]);
}

/* §3.9, §3.10: an optional target: its number, year, status and detail,
 * or nulls when none is set. */
static void target_keys(json_t *o, bool has, const TargetStatus *t)
{
    json_object_set_new(o, "target", has ? json_integer(t->target) : json_null());
    json_object_set_new(o, "by_fy", has ? json_integer(t->by_fy) : json_null());
    json_object_set_new(o, "status", has ? json_string(status_names[t->status])
                                         : json_null());
    if (has)
        json_object_set_new(o, "status_detail", json_target_status(t));
}

/* The countries (iso3) of a project, sorted. */
static json_t *project_countries(const Model *m, const Project *p)
{
    json_t *a = json_array();
    for (int c = 0; c < m->n_countries; c++)
        for (int k = 0; k < p->n_countries; k++)
            if (p->countries[k] == c) {
                json_array_append_new(a, json_string(m->countries[c].iso3));
                break;
            }
    return a;
}

/* ---- I2 (§3.9) ---- */

static json_t *assessment_ref(const Model *m, int i)
{
    if (i < 0)
        return json_null();
    const Assessment *a = &m->assessments[i];
    json_t *o = json_object();
    json_object_set_new(o, "date", jdate(a->date, a->date_prec));
    json_object_set_new(o, "rating", a->rating ? json_integer(a->rating) : json_null());
    json_object_set_new(o, "stage", jstage(a->stage));
    json_object_set_new(o, "assessor", jstr(a->assessor));
    json_object_set_new(o, "source", jstr(a->source));
    json_object_set_new(o, "line", json_integer(a->line));
    return o;
}

json_t *json_i2(const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    const I2 *i2 = &ctx->ind->i2;
    json_t *o = json_object(), *res = json_object(), *cs = json_array();
    for (int r = 0; r < I2_RESULT_COUNT; r++)
        json_object_set_new(res, i2_result_names[r], json_integer(i2->results[r]));
    for (int i = 0; i < i2->n_countries; i++) {   /* iso3 order */
        const I2Country *c = &i2->countries[i];
        json_t *x = json_object();
        json_object_set_new(x, "iso3", json_string(m->countries[c->country].iso3));
        json_object_set_new(x, "result", json_string(i2_result_names[c->result]));
        json_object_set_new(x, "assessments", json_integer(c->n_assessments));
        /* detail */
        json_object_set_new(x, "basis", jstr(i2_basis_codes[c->basis]));
        json_object_set_new(x, "decided_by", assessment_ref(m, c->assessment));
        json_object_set_new(x, "compared_with", assessment_ref(m, c->previous));
        json_array_append_new(cs, x);
    }
    json_object_set_new(o, "value", json_integer(i2->value));
    json_object_set_new(o, "results", res);
    json_object_set_new(o, "countries", cs);
    /* detail */
    target_keys(o, i2->has_target, &i2->status);
    return o;
}

/* ---- D1 (§3.10) ---- */

static json_t *d1_indicator(const Model *m, const D1Indicator *d)
{
    const Scenario *s = &m->scenarios[d->scenario];
    const Result *r = d->latest >= 0 ? &m->results[d->latest] : NULL;
    json_t *o = json_object();
    json_object_set_new(o, "indicator_id", jstr(s->id));
    json_object_set_new(o, "baseline", jnum(s->baseline));
    json_object_set_new(o, "target", jnum(s->target));
    json_object_set_new(o, "latest", r ? jnum(r->value) : json_null());
    json_object_set_new(o, "progress", r ? json_real(rat_round2(d->progress))
                                         : json_null());
    json_object_set_new(o, "improved", json_boolean(d->improved));
    json_object_set_new(o, "status", json_string(indicator_status_names[d->status]));
    /* detail */
    json_object_set_new(o, "indicator", jstr(s->indicator));
    json_object_set_new(o, "pillar", json_string(pillar_names[s->pillar]));
    json_object_set_new(o, "direction", json_string(direction_names[s->direction]));
    json_object_set_new(o, "unit", jstr(s->unit));
    json_object_set_new(o, "baseline_date", jdate(s->baseline_date, s->baseline_prec));
    json_object_set_new(o, "target_date", jdate(s->target_date, s->target_prec));
    json_object_set_new(o, "latest_date", r ? jdate(r->date, r->date_prec) : json_null());
    json_object_set_new(o, "results", json_integer(d->n_results));
    json_object_set_new(o, "projected", r ? jreal(round(d->projected * 100) / 100)
                                          : json_null());
    json_object_set_new(o, "source", jstr(s->source));
    return o;
}

/* §3.10 "per cooperation country, its projects' results": each
 * cooperation country (ISO3 order) with the count of each result among
 * its started projects. */
static json_t *d1_countries(const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    const D1 *d1 = &ctx->ind->d1;
    const I2 *i2 = &ctx->ind->i2;   /* its countries: the cooperation ones */
    json_t *a = json_array();
    for (int i = 0; d1->by_country && i < i2->n_countries; i++) {
        int c = i2->countries[i].country;
        json_t *x = json_object(), *res = json_object();
        for (int r = 0; r < D1_RESULT_COUNT; r++)
            json_object_set_new(res, d1_result_names[r],
                                json_integer(d1->by_country[c * D1_RESULT_COUNT + r]));
        json_object_set_new(x, "iso3", json_string(m->countries[c].iso3));
        json_object_set_new(x, "results", res);
        json_array_append_new(a, x);
    }
    return a;
}

json_t *json_d1(const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    const D1 *d1 = &ctx->ind->d1;
    json_t *o = json_object(), *res = json_object(), *ps = json_array();
    for (int r = 0; r < D1_RESULT_COUNT; r++)
        json_object_set_new(res, d1_result_names[r], json_integer(d1->results[r]));
    for (int i = 0; i < d1->n_projects; i++) {   /* project_id order */
        const D1Project *p = &d1->projects[i];
        json_t *x = json_object(), *inds = json_array();
        for (int k = 0; k < p->n_indicators; k++)
            json_array_append_new(inds, d1_indicator(m, &p->indicators[k]));
        json_object_set_new(x, "project_id", jstr(m->projects[p->project].id));
        json_object_set_new(x, "result", json_string(d1_result_names[p->result]));
        json_object_set_new(x, "indicators", inds);
        json_array_append_new(ps, x);
        /* detail, for the projects that have something to detail: a
         * project without a local scenario or a D1 assessment is only its
         * id and result (20,000 of them would be megabytes of nulls) */
        if (p->result == D1_NO_SCENARIO && p->assessment < 0)
            continue;
        json_object_set_new(x, "countries", project_countries(m, &m->projects[p->project]));
        json_object_set_new(x, "basis", jstr(d1_basis_codes[p->basis]));
        json_object_set_new(x, "with_result", json_integer(p->with_result));
        json_object_set_new(x, "improved_indicators", json_integer(p->improved));
        json_object_set_new(x, "decided_by", assessment_ref(m, p->assessment));
    }
    json_object_set_new(o, "value", json_integer(d1->value));
    json_object_set_new(o, "with_scenario", json_integer(d1->with_scenario));
    json_object_set_new(o, "rule", json_string(d1_rule_names[d1->rule]));
    json_object_set_new(o, "results", res);
    json_object_set_new(o, "projects", ps);
    /* detail */
    json_object_set_new(o, "countries", d1_countries(ctx));
    target_keys(o, d1->has_target, &d1->status);
    return o;
}

/* ---- CSV ---- */

static void cell_int_or_empty(CsvWriter *w, bool has, int64_t v)
{
    if (has)
        csvw_int(w, v);
    else
        csvw_empty(w);
}

/* Date, rating and stage of an assessment (-1: three empty cells). */
static void assessment_cells(CsvWriter *w, const Model *m, int i)
{
    const Assessment *a = i >= 0 ? &m->assessments[i] : NULL;
    if (a)
        csvw_date(w, a->date, a->date_prec);
    else
        csvw_empty(w);
    cell_int_or_empty(w, a && a->rating, a ? a->rating : 0);
    csvw_text(w, a && a->stage != STAGE_NONE ? stage_names[a->stage] : NULL);
}

void csv_write_i2(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "iso3", "result", "assessments", "basis", "date", "rating", "stage",
        "previous_date", "previous_rating", "previous_stage", "assessor",
        "source", NULL
    };
    const Model *m = ctx->m;
    const I2 *i2 = &ctx->ind->i2;
    csvw_header(w, head);
    for (int i = 0; i < i2->n_countries; i++) {
        const I2Country *c = &i2->countries[i];
        const Assessment *a = c->assessment >= 0 ? &m->assessments[c->assessment] : NULL;
        csvw_text(w, m->countries[c->country].iso3);
        csvw_text(w, i2_result_names[c->result]);
        csvw_int(w, c->n_assessments);
        csvw_text(w, i2_basis_codes[c->basis]);
        assessment_cells(w, m, c->assessment);
        assessment_cells(w, m, c->previous);
        csvw_text(w, a ? a->assessor : NULL);
        csvw_text(w, a ? a->source : NULL);
        csvw_end_row(w);
    }
}

/* "AAA;BBB": a project's countries, sorted. */
static void cell_countries(CsvWriter *w, const Model *m, const Project *p)
{
    size_t n = 0, cap = (size_t)p->n_countries * 4 + 1;
    char *buf = calloc(cap, 1);
    if (!buf)
        abort();
    for (int c = 0; c < m->n_countries; c++)
        for (int k = 0; k < p->n_countries; k++)
            if (p->countries[k] == c) {
                n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? ";" : "",
                                      m->countries[c].iso3);
                break;
            }
    csvw_text(w, buf);
    free(buf);
}

void csv_write_d1_projects(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "project_id", "countries", "result", "basis", "indicators",
        "with_result", "improved_indicators", "assessment_date",
        "assessment_rating", "assessment_stage", NULL
    };
    const Model *m = ctx->m;
    const D1 *d1 = &ctx->ind->d1;
    csvw_header(w, head);
    for (int i = 0; i < d1->n_projects; i++) {
        const D1Project *p = &d1->projects[i];
        csvw_text(w, m->projects[p->project].id);
        cell_countries(w, m, &m->projects[p->project]);
        csvw_text(w, d1_result_names[p->result]);
        csvw_text(w, d1_basis_codes[p->basis]);
        csvw_int(w, p->n_indicators);
        csvw_int(w, p->with_result);
        csvw_int(w, p->improved);
        assessment_cells(w, m, p->assessment);
        csvw_end_row(w);
    }
}

void csv_write_d1_indicators(CsvWriter *w, const RenderCtx *ctx)
{
    static const char *const head[] = {
        "project_id", "indicator_id", "pillar", "indicator", "direction",
        "unit", "baseline", "baseline_date", "target", "target_date",
        "latest", "latest_date", "results", "progress", "improved", "status",
        "projected", "source", NULL
    };
    const Model *m = ctx->m;
    const D1 *d1 = &ctx->ind->d1;
    csvw_header(w, head);
    for (int i = 0; i < d1->n_projects; i++) {
        const D1Project *p = &d1->projects[i];
        for (int k = 0; k < p->n_indicators; k++) {
            const D1Indicator *d = &p->indicators[k];
            const Scenario *s = &m->scenarios[d->scenario];
            const Result *r = d->latest >= 0 ? &m->results[d->latest] : NULL;
            csvw_text(w, m->projects[p->project].id);
            csvw_text(w, s->id);
            csvw_text(w, pillar_names[s->pillar]);
            csvw_text(w, s->indicator);
            csvw_text(w, direction_names[s->direction]);
            csvw_text(w, s->unit);
            csvw_rat(w, s->baseline);
            csvw_date(w, s->baseline_date, s->baseline_prec);
            csvw_rat(w, s->target);
            csvw_date(w, s->target_date, s->target_prec);
            if (r) {
                csvw_rat(w, r->value);
                csvw_date(w, r->date, r->date_prec);
            } else {
                csvw_empty(w);
                csvw_empty(w);
            }
            csvw_int(w, d->n_results);
            if (r)
                csvw_rat2(w, d->progress);
            else
                csvw_empty(w);
            csvw_bool(w, d->improved);
            csvw_text(w, indicator_status_names[d->status]);
            if (r)
                csvw_real(w, round(d->projected * 100) / 100);
            else
                csvw_empty(w);
            csvw_text(w, s->source);
            csvw_end_row(w);
        }
    }
}
