/* xlsx_i2d1.c -- the I2, D1 and Scenarios sheets (SPEC §4, §3.9,
 * §3.10): one table each, in words, with every figure behind the result.
 * Only what was known on the as-of date: cooperation countries, started
 * projects, results and assessments dated by then. */
#include <stdio.h>

#include "render/xlsx/xlsx_book.h"
#include "render/xlsx/xlsx_sheets.h"

#define N(a) ((int)(sizeof(a) / sizeof(a)[0]))

/* Date, rating in words and stage of an assessment (-1: blanks). */
static void assessment_cells(Xlsx *x, XSheet *s, int i, bool rating)
{
    if (i < 0) {
        xs_blank(s);          /* the date and its reduced twin */
        xs_blank(s);
        if (rating)
            xs_blank(s);
        xs_blank(s);
        return;
    }
    const Assessment *a = &x->m->assessments[i];
    xs_date_prec(s, a->date, a->date_prec);
    if (rating)
        xs_text(s, vocab_rating(x->cat, &x->scratch, a->rating));
    xs_text(s, a->stage == STAGE_NONE ? "" : vocab_stage(x->cat, a->stage));
}

/* ---- I2 (§3.9): one row per cooperation country ---- */

Err xlsx_i2(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_i2_result",
        "xlsx.col_i2_assessments", "xlsx.col_decided_date", XL_REDUCED,
        "xlsx.col_rating_words", "xlsx.col_assessed_stage",
        "xlsx.col_previous_date", XL_REDUCED,
        "xlsx.col_previous_stage", "xlsx.col_assessor", "xlsx.col_source",
    };
    const I2 *i2 = &x->ind->i2;
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_i2");
    xl_header(x, &s, head, N(head));
    for (int i = 0; i < i2->n_countries; i++) {
        const I2Country *c = &i2->countries[i];
        const Assessment *a = c->assessment >= 0 ? &x->m->assessments[c->assessment]
                                                 : NULL;
        xs_text(&s, x->m->countries[c->country].iso3);
        xs_text(&s, xl_country(x, c->country));
        xs_text(&s, vocab_i2_result(x->cat, c->result));
        xs_int(&s, c->n_assessments);
        assessment_cells(x, &s, c->assessment, true);
        assessment_cells(x, &s, c->previous, false);
        xs_text(&s, a ? a->assessor : NULL);
        xs_text(&s, a ? a->source : NULL);
        xs_row(&s);
    }
    return xs_finish(&s);
}

/* ---- D1 (§3.10): one row per started project ---- */

Err xlsx_d1(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_project_id", "xlsx.col_title", "xlsx.col_countries",
        "xlsx.col_d1_result", "xlsx.col_indicators", "xlsx.col_with_result",
        "xlsx.col_improved_indicators", "xlsx.col_d1_assessment_date", XL_REDUCED,
        "xlsx.col_rating_words", "xlsx.col_assessed_stage",
    };
    const D1 *d1 = &x->ind->d1;
    const char *lang = catalog_lang(x->ctx->cat);
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_d1");
    xl_header(x, &s, head, N(head));
    for (int i = 0; i < d1->n_projects; i++) {
        const D1Project *p = &d1->projects[i];
        const Project *pr = &x->m->projects[p->project];
        const char **names = NEW(&x->scratch, const char *, pr->n_countries + 1);
        for (int k = 0; k < pr->n_countries; k++)
            names[k] = xl_country(x, pr->countries[k]);
        xs_text(&s, pr->id);
        xs_text(&s, model_project_title(x->m, p->project, lang));
        xs_text(&s, vocab_join(x->cat, &x->scratch, names, pr->n_countries));
        xs_text(&s, vocab_d1_result(x->cat, p->result));
        xs_int(&s, p->n_indicators);
        xs_int(&s, p->with_result);
        xs_int(&s, p->improved);
        assessment_cells(x, &s, p->assessment, true);
        xs_row(&s);
    }
    return xs_finish(&s);
}

/* ---- Scenarios (§3.10): one row per indicator of a started project ---- */

static void scenario_row(Xlsx *x, XSheet *s, const D1Project *p,
                         const D1Indicator *d)
{
    const Scenario *sc = &x->m->scenarios[d->scenario];
    const Result *r = d->latest >= 0 ? &x->m->results[d->latest] : NULL;
    bool ja = catalog_lang(x->ctx->cat)[0] == 'j' && sc->indicator_ja;
    xs_text(s, x->m->projects[p->project].id);
    xs_text(s, sc->id);
    xs_text(s, ja ? sc->indicator_ja : sc->indicator);
    xs_text(s, vocab_pillar(x->cat, sc->pillar));
    xs_text(s, vocab_direction(x->cat, sc->direction));
    xs_text(s, sc->unit);
    xs_num(s, rat_to_double(sc->baseline), NULL);
    xs_date_prec(s, sc->baseline_date, sc->baseline_prec);
    xs_num(s, rat_to_double(sc->target), NULL);
    xs_date_prec(s, sc->target_date, sc->target_prec);
    if (r) {
        xs_num(s, rat_to_double(r->value), NULL);
        xs_date_prec(s, r->date, r->date_prec);
    } else {
        xs_blank(s);
        xs_blank(s);
        xs_blank(s);
    }
    xs_int(s, d->n_results);
    if (r)
        xs_pct(s, d->progress);
    else
        xs_blank(s);
    xs_text(s, r ? xl_yesno(x, d->improved) : "");
    xs_text(s, vocab_indicator_status(x->cat, d->status));
    xs_text(s, sc->source);
    xs_int(s, sc->line);
    xs_row(s);
}

Err xlsx_scenarios(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_project_id", "xlsx.col_indicator_id", "xlsx.col_indicator",
        "xlsx.col_pillar", "xlsx.col_direction", "xlsx.col_unit",
        "xlsx.col_baseline", "xlsx.col_baseline_date", XL_REDUCED,
        "xlsx.col_target", "xlsx.col_target_date", XL_REDUCED,
        "xlsx.col_latest", "xlsx.col_latest_date", XL_REDUCED,
        "xlsx.col_results", "xlsx.col_progress", "xlsx.col_improved",
        "xlsx.col_status", "xlsx.col_source", "xlsx.col_line",
    };
    const D1 *d1 = &x->ind->d1;
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_scenarios");
    xl_header(x, &s, head, N(head));
    for (int i = 0; i < d1->n_projects; i++)
        for (int k = 0; k < d1->projects[i].n_indicators; k++)
            scenario_row(x, &s, &d1->projects[i], &d1->projects[i].indicators[k]);
    return xs_finish(&s);
}
