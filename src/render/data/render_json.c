/* render_json.c -- data/indicators.json in the shape of SPEC §4.
 *
 * Objects are built key by key with json_object_set_new in the SPEC's
 * order and dumped with JSON_PRESERVE_ORDER, so the file reads like the
 * SPEC; extra keys come after the SPEC's in each object.
 */
#include "render/data/render_json.h"
#include "present/vocab.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fsutil.h"
#include "render/data/data_i2d1.h"

/* ---- values ---- */

static json_t *pct(Rat r) { return json_real(rat_round2(r)); }  /* §3.7 */

static json_t *pct_or_null(bool has, Rat r) { return has ? pct(r) : json_null(); }

static json_t *real(double v)
{
    return isfinite(v) ? json_real(v == 0 ? 0.0 : v) : json_null();
}

static json_t *str_or_null(const char *s)
{
    json_t *j = s ? json_string(s) : NULL;   /* NULL for invalid UTF-8 */
    return j ? j : json_null();
}

static json_t *date_str(Date d)
{
    if (d == DATE_NONE)
        return json_null();
    char buf[11];
    date_format(d, buf);
    return json_string(buf);
}

/* §2, §4: a date at the precision its source gave ("2023", "2023-10"). */
static json_t *date_prec_str(Date d, DatePrec prec)
{
    if (d == DATE_NONE)
        return json_null();
    char buf[11];
    date_format_prec(d, prec, buf);
    return json_string(buf);
}

static json_t *stage_or_null(Stage s)
{
    return s == STAGE_NONE ? json_null() : json_string(stage_names[s]);
}

static json_t *edition_year(const Model *m, int edition)
{
    return edition < 0 ? json_null() : json_integer(m->editions[edition].year);
}

static json_t *year_or_null(int year)
{
    return year ? json_integer(year) : json_null();
}

static json_t *pillar_list(PillarSet set)
{
    json_t *a = json_array();
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (set & PILLAR_BIT(p))
            json_array_append_new(a, json_string(pillar_names[p]));
    return a;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* ISO3 codes of country indexes, sorted (countries are sorted by iso3 in
 * the model, so index order is code order). */
static json_t *iso3_array(const Model *m, const int *idx, int n)
{
    int *v = malloc(sizeof *v * (size_t)(n ? n : 1));
    if (!v)
        abort();
    for (int i = 0; i < n; i++)
        v[i] = idx[i];
    qsort(v, (size_t)n, sizeof *v, cmp_int);
    json_t *a = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(a, json_string(m->countries[v[i]].iso3));
    free(v);
    return a;
}

/* ---- §3.5 status detail ---- */

static json_t *projection(const Projection *p)
{
    json_t *o = json_object(), *pts = json_array();
    for (int i = 0; i < p->n; i++) {
        json_t *pt = json_object();
        json_object_set_new(pt, "fy", json_integer(p->fy[i]));
        json_object_set_new(pt, "value", real(p->value[i]));
        json_array_append_new(pts, pt);
    }
    json_object_set_new(o, "points", pts);
    json_object_set_new(o, "slope", real(p->slope));
    json_object_set_new(o, "intercept", real(p->intercept));
    json_object_set_new(o, "at_deadline", real(p->at_deadline));
    return o;
}

/* {"value": judged value, "projection": {...}}: why the status is what
 * it is. */
static json_t *status_detail(const TargetStatus *t)
{
    json_t *o = json_object();
    json_object_set_new(o, "value", real(t->value));
    json_object_set_new(o, "projection", projection(&t->projection));
    return o;
}

json_t *json_target_status(const TargetStatus *t)
{
    return status_detail(t);
}

/* ---- I1 (§3.2, §3.8) ---- */

static json_t *i1_scores(const I1Country *c, PillarSet has, const Rat *v)
{
    json_t *o = json_object();
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (c->pillars & PILLAR_BIT(p))
            json_object_set_new(o, pillar_names[p],
                                pct_or_null(has & PILLAR_BIT(p), v[p]));
    return o;
}

static json_t *i1_country(const Model *m, const I1Country *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "iso3", json_string(m->countries[c->country].iso3));
    json_object_set_new(o, "pillars", pillar_list(c->pillars));
    json_object_set_new(o, "baseline", i1_scores(c, c->has_baseline, c->baseline));
    json_object_set_new(o, "latest", i1_scores(c, c->has_latest, c->latest));
    json_object_set_new(o, "mean_delta", pct_or_null(c->assessable, c->mean_delta));
    json_object_set_new(o, "improved", json_boolean(c->improved));
    /* detail */
    json_object_set_new(o, "assessable", json_boolean(c->assessable));
    json_object_set_new(o, "delta",
                        i1_scores(c, c->has_baseline & c->has_latest, c->delta));
    json_object_set_new(o, "baseline_edition", edition_year(m, c->baseline_edition));
    json_object_set_new(o, "latest_edition", edition_year(m, c->latest_edition));
    return o;
}

static json_t *not_assessable(const Model *m, const I1Country *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "iso3", json_string(m->countries[c->country].iso3));
    json_object_set_new(o, "reason", json_string(na_reason_codes[c->reason]));
    if (c->reason_pillars)
        json_object_set_new(o, "pillars", pillar_list(c->reason_pillars));
    if (c->reason == NA_COOPERATION_AFTER_LATEST) {
        /* §3.2: assessable with the next edition; what it waits for */
        const Edition *e = &m->editions[c->latest_edition];
        const Project *p = &m->projects[c->first_late_project];
        json_object_set_new(o, "latest_edition", json_integer(e->year));
        json_object_set_new(o, "reference_date",
                            date_prec_str(e->reference_date, e->reference_prec));
        json_object_set_new(o, "cooperation_from",
                            date_prec_str(p->start, p->start_prec));
        json_object_set_new(o, "assessable_from", json_string("next_edition"));
    }
    return o;
}

static json_t *context_country(const Model *m, const I1Country *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "iso3", json_string(m->countries[c->country].iso3));
    json_object_set_new(o, "group_median",
                        pct_or_null(c->has_group_median, c->group_median));
    json_object_set_new(o, "group_size", json_integer(c->group_size));
    json_object_set_new(o, "excess", pct_or_null(c->has_group_median, c->excess));
    json_object_set_new(o, "region_median",
                        pct_or_null(c->has_region_median, c->region_median));
    json_object_set_new(o, "region_size", json_integer(c->region_size));
    /* detail */
    json_object_set_new(o, "region", str_or_null(m->countries[c->country].region));
    json_object_set_new(o, "mean_delta", pct(c->mean_delta));
    return o;
}

/* The I1 countries in ISO3 order, whatever order compute left them in. */
static const I1Country **i1_by_iso3(const Model *m, const I1 *i1)
{
    const I1Country **v = calloc((size_t)m->n_countries + 1, sizeof *v);
    if (!v)
        abort();
    for (int i = 0; i < i1->n_countries; i++)
        v[i1->countries[i].country] = &i1->countries[i];
    return v;
}

static json_t *i1_json(const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    const I1 *i1 = &ctx->ind->i1;
    const I1Country **by = i1_by_iso3(m, i1);
    json_t *improved = json_array(), *na = json_array(), *cs = json_array();
    json_t *context = json_object(), *ccs = json_array();
    for (int k = 0; k < m->n_countries; k++) {
        const I1Country *c = by[k];
        if (!c)
            continue;
        if (c->improved)
            json_array_append_new(improved, json_string(m->countries[k].iso3));
        if (!c->assessable)
            json_array_append_new(na, not_assessable(m, c));
        else
            json_array_append_new(ccs, context_country(m, c));
        json_array_append_new(cs, i1_country(m, c));
    }
    free(by);
    json_object_set_new(context, "outperformed", json_integer(i1->outperformed));
    json_object_set_new(context, "countries", ccs);

    json_t *o = json_object();
    json_object_set_new(o, "rule", json_string(rule_names[i1->rule]));
    json_object_set_new(o, "target", json_integer(i1->status.target));
    json_object_set_new(o, "by_fy", json_integer(i1->status.by_fy));
    json_object_set_new(o, "value", json_integer(i1->value));
    json_object_set_new(o, "status", json_string(status_names[i1->status.status]));
    json_object_set_new(o, "improved", improved);
    json_object_set_new(o, "not_assessable", na);
    json_object_set_new(o, "countries", cs);
    json_object_set_new(o, "context", context);
    /* detail */
    json_object_set_new(o, "attribution",
                        json_string(attribution_names[ctx->s->attribution]));
    json_object_set_new(o, "min_delta", real(rat_to_double(i1->min_delta)));
    json_object_set_new(o, "assessable", json_integer(i1->n_assessable));
    json_object_set_new(o, "status_detail", status_detail(&i1->status));
    return o;
}

/* ---- D2 (§3.3) ---- */

static json_t *basis_list(unsigned bases)
{
    json_t *a = json_array();
    for (int b = 0; b < BASIS_COUNT; b++)
        if (bases & BASIS_BIT(b))
            json_array_append_new(a, json_string(basis_names[b]));
    return a;
}

static json_t *d2_row(const Model *m, const D2Row *r)
{
    char buf[VOCAB_ROW_REF_SIZE];
    return json_string(vocab_row_ref(m, r, buf));
}

/* Each counted country, by iso3 as `countries`: from which fiscal year,
 * on which bases, and the rows of that first year. */
static json_t *d2_detail(const Model *m, const D2 *d2)
{
    json_t *a = json_array();
    for (int i = 0; i < d2->n_countries; i++) {
        const D2Country *c = &d2->detail[i];
        json_t *rows = json_array();
        for (int k = 0; k < c->n_rows; k++)
            json_array_append_new(rows, d2_row(m, &c->rows[k]));
        json_t *o = json_object();
        json_object_set_new(o, "iso3", json_string(m->countries[c->country].iso3));
        json_object_set_new(o, "first_fy", json_integer(c->first_fy));
        json_object_set_new(o, "bases", basis_list(c->bases));
        json_object_set_new(o, "strongest", json_string(basis_names[c->strongest]));
        json_object_set_new(o, "rows", rows);
        json_object_set_new(o, "rows_total", json_integer(c->rows_total));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *d2_json(const RenderCtx *ctx)
{
    const D2 *d2 = &ctx->ind->d2;
    json_t *cum = json_array(), *targets = json_array();
    for (int i = 0; i < d2->n_years; i++) {
        json_t *y = json_object();
        json_object_set_new(y, "fy", json_integer(d2->cumulative[i].fy));
        json_object_set_new(y, "count", json_integer(d2->cumulative[i].count));
        json_array_append_new(cum, y);
    }
    for (int i = 0; i < d2->n_targets; i++) {
        const TargetStatus *t = &d2->targets[i];
        json_t *o = json_object();
        json_object_set_new(o, "fy", json_integer(t->by_fy));
        json_object_set_new(o, "target", json_integer(t->target));
        json_object_set_new(o, "status", json_string(status_names[t->status]));
        json_object_set_new(o, "compare", json_string(compare_names[d2->compare]));
        json_object_set_new(o, "status_detail", status_detail(t));
        json_array_append_new(targets, o);
    }
    json_t *by_basis = json_object();
    for (int b = 0; b < BASIS_COUNT; b++)
        json_object_set_new(by_basis, basis_names[b], json_integer(d2->by_basis[b]));
    json_t *o = json_object();
    json_object_set_new(o, "window_start_fy", json_integer(d2->window_start_fy));
    json_object_set_new(o, "cumulative", cum);
    json_object_set_new(o, "countries",
                        iso3_array(ctx->m, d2->countries, d2->n_countries));
    json_object_set_new(o, "targets", targets);
    json_object_set_new(o, "compare", json_string(compare_names[d2->compare]));
    json_object_set_new(o, "count", basis_list(d2->count_bases));
    json_object_set_new(o, "by_basis", by_basis);
    json_object_set_new(o, "countries_detail", d2_detail(ctx->m, d2));
    return o;
}

/* ---- G (§3.4) ---- */

/* When the current stage became known: the assessment's date, or the
 * publication date of the edition it comes from; null otherwise. */
static json_t *stage_date(const Model *m, const GCountry *c)
{
    if (c->stage_source == SRC_ASSESSMENT && c->stage_assessment >= 0)
        return date_prec_str(m->assessments[c->stage_assessment].date,
                             m->assessments[c->stage_assessment].date_prec);
    if ((c->stage_source == SRC_GCI_TIER || c->stage_source == SRC_GCI_SCORE)
        && c->stage_edition >= 0)
        return date_prec_str(m->editions[c->stage_edition].published,
                             m->editions[c->stage_edition].published_prec);
    return json_null();
}

static json_t *g_country(const Model *m, const GCountry *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "iso3", json_string(m->countries[c->country].iso3));
    json_object_set_new(o, "baseline_stage", stage_or_null(c->baseline_stage));
    json_object_set_new(o, "stage", stage_or_null(c->stage));
    json_object_set_new(o, "stage_source", json_string(source_codes[c->stage_source]));
    json_object_set_new(o, "target_stage", stage_or_null(c->target_stage));
    json_object_set_new(o, "target_source",
                        json_string(source_codes[c->target_source]));
    json_object_set_new(o, "reached", json_boolean(c->reached));
    json_object_set_new(o, "unknown", json_boolean(c->unknown));   /* §3.4 */
    /* detail */
    json_object_set_new(o, "cooperation", json_boolean(c->cooperation));
    json_object_set_new(o, "baseline_source",
                        json_string(source_codes[c->baseline_source]));
    json_object_set_new(o, "baseline_edition", edition_year(m, c->baseline_edition));
    bool gci = c->stage_source == SRC_GCI_TIER || c->stage_source == SRC_GCI_SCORE;
    json_object_set_new(o, "stage_edition",
                        gci ? edition_year(m, c->stage_edition) : json_null());
    json_object_set_new(o, "stage_date", stage_date(m, c));
    return o;
}

static json_t *g_json(const RenderCtx *ctx)
{
    const Model *m = ctx->m;
    const G *g = &ctx->ind->g;
    const GCountry **by = calloc((size_t)m->n_countries + 1, sizeof *by);
    if (!by)
        abort();
    for (int i = 0; i < g->n_countries; i++)
        by[g->countries[i].country] = &g->countries[i];
    json_t *cs = json_array();
    for (int k = 0; k < m->n_countries; k++)
        if (by[k])
            json_array_append_new(cs, g_country(m, by[k]));
    free(by);
    json_t *o = json_object();
    json_object_set_new(o, "countries", cs);
    json_object_set_new(o, "reached", json_integer(g->reached));
    json_object_set_new(o, "with_target", json_integer(g->with_target));
    json_object_set_new(o, "unknown", json_integer(g->unknown));
    return o;
}

/* ---- trend (§3.6), exclusions, settings ---- */

static json_t *trend_json(const Indicators *ind)
{
    json_t *a = json_array();
    for (int i = 0; i < ind->n_trend; i++) {
        const TrendPoint *t = &ind->trend[i];
        json_t *o = json_object();
        json_object_set_new(o, "date", date_str(t->date));
        json_object_set_new(o, "i1", json_integer(t->i1));
        json_object_set_new(o, "d2", json_integer(t->d2));
        json_object_set_new(o, "g_reached", json_integer(t->g_reached));
        json_object_set_new(o, "i2", json_integer(t->i2));
        json_object_set_new(o, "d1", json_integer(t->d1));
        json_object_set_new(o, "outperformed", json_integer(t->outperformed));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *excluded_json(const Excluded *x)
{
    json_t *o = json_object();
    json_object_set_new(o, "editions_unpublished", json_integer(x->editions_unpublished));
    json_object_set_new(o, "projects_not_started", json_integer(x->projects_not_started));
    json_object_set_new(o, "participation_later",
                        json_integer((json_int_t)x->participation_later));
    json_object_set_new(o, "assessments_later", json_integer(x->assessments_later));
    json_object_set_new(o, "results_later", json_integer(x->results_later));
    return o;
}

/* The settings that shaped the figures (not limits or output options). */
static json_t *settings_json(const Settings *s)
{
    json_t *o = json_object(), *targets = json_array(), *st = json_object();
    for (int i = 0; i < s->n_d2_targets; i++) {
        json_t *t = json_object();
        json_object_set_new(t, "fy", json_integer(s->d2_targets[i].fy));
        json_object_set_new(t, "target", json_integer(s->d2_targets[i].target));
        json_array_append_new(targets, t);
    }
    json_object_set_new(st, "initial_below", real(rat_to_double(s->initial_below)));
    json_object_set_new(st, "growing_below", real(rat_to_double(s->growing_below)));
    json_object_set_new(st, "networking_below",
                        real(rat_to_double(s->networking_below)));
    json_object_set_new(o, "programme", str_or_null(s->programme));
    json_object_set_new(o, "lang", str_or_null(s->lang));
    json_object_set_new(o, "rule", json_string(rule_names[s->rule]));
    json_object_set_new(o, "min_delta", real(rat_to_double(s->min_delta)));
    json_object_set_new(o, "i1_target", json_integer(s->i1_target));
    json_object_set_new(o, "i1_by_fy", json_integer(s->i1_by_fy));
    json_object_set_new(o, "baseline_edition", json_integer(s->baseline_edition));
    json_object_set_new(o, "attribution", json_string(attribution_names[s->attribution]));
    json_object_set_new(o, "window_start_fy", json_integer(s->window_start_fy));
    json_object_set_new(o, "d2_targets", targets);
    json_object_set_new(o, "d2_compare", json_string(compare_names[s->d2_compare]));
    json_object_set_new(o, "d2_count", basis_list(s->d2_count));
    json_object_set_new(o, "d1_rule", json_string(d1_rule_names[s->d1_rule]));
    json_object_set_new(o, "stage_thresholds", st);
    return o;
}

/* ---- changes (§3.11) ---- */

static json_t *change_json(const Model *m, const Change *c)
{
    json_t *o = json_object();
    json_object_set_new(o, "kind", json_string(change_kind_codes[c->kind]));
    json_object_set_new(o, "iso3", c->country >= 0
                        ? json_string(m->countries[c->country].iso3) : json_null());
    json_object_set_new(o, "project_id", c->project >= 0
                        ? json_string(m->projects[c->project].id) : json_null());
    char detail[96] = "";
    if (c->kind == CH_D2_NEW)
        snprintf(detail, sizeof detail, "%s", basis_names[c->basis]);
    else if (c->kind == CH_EDITION_PUBLISHED)
        snprintf(detail, sizeof detail, "%d", m->editions[c->edition].year);
    else if (c->kind == CH_I2_CHANGED)
        snprintf(detail, sizeof detail, "%s -> %s", i2_result_names[c->was],
                 i2_result_names[c->now]);
    else if (c->kind == CH_D1_CHANGED)
        snprintf(detail, sizeof detail, "%s -> %s", d1_result_names[c->was],
                 d1_result_names[c->now]);
    else if (c->kind == CH_STATUS_CHANGED)
        snprintf(detail, sizeof detail, "%s %d by FY%d: %s -> %s", c->figure,
                 c->target, c->by_fy, status_names[c->from], status_names[c->to]);
    json_object_set_new(o, "detail", json_string(detail));
    json_t *rows = json_array();
    char ref[VOCAB_ROW_REF_SIZE];
    if (c->row.file != ROW_NONE)
        json_array_append_new(rows, json_string(vocab_row_at(m, c->row, ref)));
    json_object_set_new(o, "rows", rows);
    return o;
}

/* The last change set: "since the previous quarter" (§3.11). */
static json_t *changes_json(const RenderCtx *ctx)
{
    const Indicators *ind = ctx->ind;
    json_t *o = json_object(), *items = json_array();
    if (ind->n_trend > 0) {
        const ChangeSet *cs = &ind->changes[ind->n_trend - 1];
        json_object_set_new(o, "since", date_str(cs->from));
        for (int i = 0; i < cs->n; i++)
            json_array_append_new(items, change_json(ctx->m, &cs->items[i]));
    } else {
        json_object_set_new(o, "since", json_null());
    }
    json_object_set_new(o, "items", items);
    return o;
}

/* §3.11: the rows behind a revision, REVISION_ROWS_SHOWN at most, and
 * how many there are. */
static json_t *revision_rows_json(const Revision *v)
{
    static const char *const change[] = { "added", "changed", "removed" };
    json_t *o = json_object(), *rows = json_array();
    for (int k = 0; k < v->n_rows; k++) {
        const RevisionRow *w = &v->rows[k];
        json_t *row = json_object();
        json_object_set_new(row, "change", json_string(change[w->change]));
        json_object_set_new(row, "file", json_string(w->file));
        json_object_set_new(row, "row", json_string(w->row));
        json_object_set_new(row, "line", w->line ? json_integer(w->line) : json_null());
        json_object_set_new(row, "line_before",
                            w->line_before ? json_integer(w->line_before) : json_null());
        json_array_append_new(rows, row);
    }
    json_object_set_new(o, "total", json_integer(v->rows_total));
    json_object_set_new(o, "shown", rows);
    return o;
}

/* §3.11: the figures an earlier output published that now differ. */
static json_t *revisions_json(const Revisions *r)
{
    json_t *o = json_object(), *items = json_array();
    json_object_set_new(o, "published_as_of", date_str(r->published_as_of));
    for (int i = 0; i < r->n; i++) {
        const Revision *v = &r->items[i];
        json_t *it = json_object();
        json_object_set_new(it, "figure", json_string(v->figure));
        json_object_set_new(it, "old", json_string(v->old_value));
        json_object_set_new(it, "new", json_string(v->new_value));
        json_object_set_new(it, "reason", v->reason
            ? json_string(v->reason) : json_null());
        if (v->rows)
            json_object_set_new(it, "rows", revision_rows_json(v));
        json_array_append_new(items, it);
    }
    json_object_set_new(o, "items", items);
    return o;
}

/* §4: the SHA-256 of every input file and of the settings, and one
 * fingerprint over them all. */
static json_t *inputs_json(const Fingerprint *fp)
{
    json_t *files = json_array();
    for (int i = 0; i < LOAD_N_FILES; i++) {
        const FpFile *f = &fp->files[i];
        if (!f->present)
            continue;
        json_t *o = json_object();
        json_object_set_new(o, "name", json_string(f->name));
        json_object_set_new(o, "bytes", json_integer((json_int_t)f->bytes));
        json_object_set_new(o, "sha256", json_string(f->sha256));
        json_array_append_new(files, o);
    }
    char text[FP_HEX + 8];
    snprintf(text, sizeof text, "sha256:%s", fp->overall);
    json_t *o = json_object();
    json_object_set_new(o, "fingerprint", json_string(text));
    json_object_set_new(o, "files", files);
    json_object_set_new(o, "settings_sha256", json_string(fp->settings_sha256));
    return o;
}

static json_t *root_json(const RenderCtx *ctx)
{
    const Indicators *ind = ctx->ind;
    char quarter[32];
    snprintf(quarter, sizeof quarter, "FY%d Q%d", ind->fiscal_year, ind->quarter);
    json_t *o = json_object();
    json_object_set_new(o, "as_of", date_str(ind->as_of));
    json_object_set_new(o, "fiscal_year", json_integer(ind->fiscal_year));
    json_object_set_new(o, "quarter", json_string(quarter));
    json_object_set_new(o, "baseline_edition", json_integer(ind->baseline_edition_year));
    json_object_set_new(o, "latest_edition", year_or_null(ind->latest_edition_year));
    json_object_set_new(o, "i1", i1_json(ctx));
    json_object_set_new(o, "d2", d2_json(ctx));
    json_object_set_new(o, "g", g_json(ctx));
    json_object_set_new(o, "i2", json_i2(ctx));
    json_object_set_new(o, "d1", json_d1(ctx));
    json_object_set_new(o, "trend", trend_json(ind));
    json_object_set_new(o, "changes", changes_json(ctx));
    if (ind->revisions.present)   /* §3.11: no earlier output, no section */
        json_object_set_new(o, "revisions", revisions_json(&ind->revisions));
    json_object_set_new(o, "inputs", inputs_json(ctx->inputs));
    json_object_set_new(o, "excluded", excluded_json(&ind->excluded));
    json_object_set_new(o, "settings", settings_json(ctx->s));
    return o;
}

static Err write_indicators(const RenderCtx *ctx, const char *dir)
{
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/indicators.json", dir)) {
        diag_error(ctx->diag, dir, 0, "output path too long");
        return ERR_WRITE;
    }
    json_t *root = root_json(ctx);
    char *text = json_dumps(root, JSON_PRESERVE_ORDER | JSON_INDENT(2)
                                  | JSON_REAL_PRECISION(15));
    json_decref(root);
    if (!text) {
        diag_error(ctx->diag, path, 0, "cannot serialise the indicators");
        return ERR_RENDER;
    }
    size_t n = strlen(text);
    char *out = realloc(text, n + 2);
    if (!out)
        abort();
    out[n] = '\n';
    out[n + 1] = '\0';
    Err e = fs_write_file(path, out, n + 1, ctx->diag);
    free(out);
    return e;
}

Err render_json(const RenderCtx *ctx)
{
    char dir[4096];
    Err e = render_subdir(ctx, "data", dir, sizeof dir);
    if (!e)
        e = write_indicators(ctx, dir);
    if (!e)
        e = render_csv_exports(ctx);
    return e;
}
