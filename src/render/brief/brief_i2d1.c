/* brief_i2d1.c -- I2 and D1 lines; see brief_i2d1.h. */
#include "render/brief/brief_i2d1.h"

#include "present/vocab.h"
#include "render/brief/brief_words.h"

/* §3.9: its result, how many assessments, and the newest one. */
static const char *i2_line(Page *pg)
{
    const Model *m = pg->ctx->m;
    const I2 *i2 = &pg->ctx->ind->i2;
    const I2Country *c = NULL;
    for (int i = 0; i < i2->n_countries && !c; i++)
        if (i2->countries[i].country == pg->country)
            c = &i2->countries[i];
    if (!c)
        return words_get(pg, "brief.i2_not_cooperation");
    int newest = -1;
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->country == pg->country && a->kind == ASSESS_I2
            && pg->ctx->ind->assessment_known[i]
            && (newest < 0 || a->date >= m->assessments[newest].date))
            newest = i;
    }
    const char *result = vocab_i2_result(pg->ctx->cat, c->result);
    if (newest < 0)
        return words_fmt(pg, "brief.i2_line_none", "result", result, (char *)NULL);
    const Assessment *a = &m->assessments[newest];
    return words_fmt(pg, "brief.i2_line", "result", result,
                     "n", words_int(pg, c->n_assessments),
                     "date", vocab_date(pg->ctx->cat, pg->a, a->date, a->date_prec),
                     "assessor", a->assessor ? a->assessor : words_get(pg, "brief.none"),
                     (char *)NULL);
}

/* §3.10: the results of its started projects, counted. */
static const char *d1_line(Page *pg)
{
    const int *by = pg->ctx->ind->d1.by_country;   /* NULL: none computed */
    const int *count = by ? by + pg->country * D1_RESULT_COUNT : NULL;
    const char *parts[D1_RESULT_COUNT];
    int k = 0;
    for (int r = 0; count && r < D1_RESULT_COUNT; r++)
        if (count[r])
            parts[k++] = words_fmt(pg, "brief.d1_count", "n", words_int(pg, count[r]),
                                   "result", vocab_d1_result(pg->ctx->cat, (D1Result)r),
                                   (char *)NULL);
    if (!k)
        return words_get(pg, "brief.d1_line_none");
    return words_fmt(pg, "brief.d1_line", "results",
                     vocab_join(pg->ctx->cat, pg->a, parts, k), (char *)NULL);
}

double brief_i2d1(Page *pg, double x, double y, double w)
{
    double y0 = y;
    y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK), i2_line(pg));
    y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK), d1_line(pg));
    return y - y0;
}
