/* brief_projects.c -- the projects table; see brief_projects.h. */
#include "render/brief/brief_projects.h"

#include "present/vocab.h"
#include "render/brief/brief_words.h"

#define MORE_H 12.0   /* the "+N more" line */

static const double cols[5] = { 0.34, 0.14, 0.16, 0.18, 0.18 };

/* The country's projects started by the as-of date, newest start first
 * (then by id), into `out`; returns how many. */
static int country_projects(const Page *pg, int *out)
{
    const Model *m = pg->ctx->m;
    int n = 0;
    for (int i = m->country_project_start[pg->country];
         i < m->country_project_start[pg->country + 1]; i++) {
        int p = m->country_projects[i];
        if (pg->ctx->ind->project_started[p])
            out[n++] = p;
    }
    /* insertion sort: a country has few projects, and it is stable */
    for (int i = 1; i < n; i++) {
        int v = out[i], j = i;
        while (j > 0 && m->projects[out[j - 1]].start < m->projects[v].start) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return n;
}

static double cells_row(Page *pg, double y, const char *const cells[5], bool head)
{
    double x = PAGE_MARGIN + 3, h = 0;
    for (int i = 0; i < 5; i++) {
        double w = cols[i] * (PAGE_CONTENT_W - 6) - 5;
        LayoutFont font = head ? FONT_COLHEAD : i == 0 ? FONT_BODY : FONT_SMALL;
        double ch = page_text(pg, x, y, w, page_style(font, PAGE_INK, head ? 1 : 2), cells[i]);
        h = ch > h ? ch : h;
        x += cols[i] * (PAGE_CONTENT_W - 6);
    }
    return h;
}

/* The period at the precision the source gives (§2); "end not reported"
 * without an end. */
static const char *period(Page *pg, const Project *p)
{
    const Catalog *cat = pg->ctx->cat;
    return words_fmt(pg, p->end == DATE_NONE ? "brief.period_ongoing" : "brief.period",
                     "start", vocab_date(cat, pg->a, p->start, p->start_prec),
                     "end", vocab_date(cat, pg->a, p->end, p->end_prec),
                     (char *)NULL);
}

/* One project's row at y, shaded when `zebra`; returns its height. */
static double project_row(Page *pg, double y, int pi, bool zebra)
{
    const Model *m = pg->ctx->m;
    const Project *p = &m->projects[pi];
    const char *cells[5] = {
        model_project_title(m, pi, pg->ctx->s->lang),
        vocab_scheme(pg->ctx->cat, p->scheme),
        period(pg, p),
        p->counterpart ? p->counterpart : "–",
        p->n_partners ? vocab_join(pg->ctx->cat, pg->a,
                                   (const char *const *)p->partners, p->n_partners)
                      : "–",
    };
    bool was = pg->dry;
    pg->dry = true;
    double h = cells_row(pg, y + 2, cells, false) + 4;
    pg->dry = was;
    if (zebra)
        page_rect(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, h, PAGE_BAND);
    cells_row(pg, y + 2, cells, false);
    return h;
}

double brief_projects(Page *pg, double y, double limit)
{
    int *ps = NEW(pg->a, int, pg->ctx->m->n_projects + 1);
    int n = country_projects(pg, ps);
    y += page_heading(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                      words_fmt(pg, "brief.projects_heading", "n", words_int(pg, n),
                                (char *)NULL));
    if (!n) {
        y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                       page_style(FONT_SMALL, PAGE_MUTED, 1), words_get(pg, "brief.no_projects"));
        return y;
    }
    const char *head[5] = { words_get(pg, "brief.col_project"),
                            words_get(pg, "brief.col_scheme"),
                            words_get(pg, "brief.col_period"),
                            words_get(pg, "brief.col_counterpart"),
                            words_get(pg, "brief.col_partners") };
    y += cells_row(pg, y, head, true) + 1;
    page_rule(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, 0.4, PAGE_RULE);
    y += 1;
    int shown = 0;
    for (; shown < n; shown++) {
        bool was = pg->dry;
        pg->dry = true;
        double h = project_row(pg, y, ps[shown], false);
        pg->dry = was;
        double room = limit - (shown + 1 < n ? MORE_H : 0);
        if (y + h > room)
            break;
        y += project_row(pg, y, ps[shown], shown % 2 == 1);
    }
    if (shown < n)
        y += 2 + page_text(pg, PAGE_MARGIN, y + 2, PAGE_CONTENT_W,
                           page_style(FONT_SMALL, PAGE_MUTED, 1),
                           words_fmt(pg, "brief.more_projects", "n", words_int(pg, n - shown),
                                     (char *)NULL));
    return y;
}
