/* brief_projects.c -- the projects table; see brief_projects.h. */
#include "render/brief/brief_projects.h"

#include <string.h>

#include "present/vocab.h"
#include "render/brief/brief_words.h"

#define ROW_PAD 4.0   /* above and below a row's texts */

/* Before `b` in the table: partners first (§4), then the newer start. */
static bool before(const Project *a, const Project *b)
{
    if ((a->n_partners > 0) != (b->n_partners > 0))
        return a->n_partners > 0;
    return a->start > b->start;
}

/* The country's projects started by the as-of date, in table order, into
 * `out`; returns how many. */
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
        while (j > 0 && before(&m->projects[v], &m->projects[out[j - 1]])) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return n;
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

/* The list's texts: one title and one line of facts a project. */
typedef struct {
    int n;                    /* projects */
    int *ps;                  /* model indices, list order */
    const char **title, **facts;
    const char **named;       /* as the line of left-out ones names it */
} Table;

static void table_make(Page *pg, Table *t)
{
    const Model *m = pg->ctx->m;
    t->ps = NEW(pg->a, int, (size_t)m->n_projects + 1);
    t->n = country_projects(pg, t->ps);
    t->title = NEW(pg->a, const char *, (size_t)t->n + 1);
    t->facts = NEW(pg->a, const char *, (size_t)t->n + 1);
    t->named = NEW(pg->a, const char *, (size_t)t->n + 1);
    for (int r = 0; r < t->n; r++) {
        int pi = t->ps[r];
        const Project *p = &m->projects[pi];
        t->title[r] = model_project_title(m, pi, pg->ctx->s->lang);
        const char *partners =
            p->n_partners ? vocab_join(pg->ctx->cat, pg->a, (const char *const *)p->partners,
                                       p->n_partners)
                          : words_get(pg, "brief.none");
        t->facts[r] = words_fmt(pg, "brief.project_facts", "scheme",
                                vocab_scheme(pg->ctx->cat, p->scheme), "period", period(pg, p),
                                "counterpart",
                                p->counterpart ? p->counterpart
                                               : words_get(pg, "brief.not_reported"),
                                "partners", partners, (char *)NULL);
        /* a left-out project keeps its partners: what a donor asks first */
        t->named[r] = p->n_partners ? words_fmt(pg, "brief.left_out_item", "title",
                                                t->title[r], "partners", partners, (char *)NULL)
                                    : t->title[r];
    }
}

/* Project r at y, shaded when `zebra`: one paragraph across the page,
 * its title in bold, then its facts.  Returns its height. */
static double project_row(Page *pg, const Table *t, int r, double y, bool zebra)
{
    const char *text = words_fmt(pg, "brief.project_row", "title", t->title[r], "facts",
                                 t->facts[r], (char *)NULL);
    /* the catalogue puts {title} first (brief.ini), so it is the lead */
    int lead = (int)strlen(t->title[r]);
    double w = PAGE_CONTENT_W - 6;
    bool was = pg->dry;
    pg->dry = true;
    double h = page_text_lead(pg, 0, 0, w, page_style(FONT_SMALL, PAGE_INK), text, lead)
               + ROW_PAD;
    pg->dry = was;
    if (zebra)
        page_rect(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, h, PAGE_BAND);
    page_text_lead(pg, PAGE_MARGIN + 3, y + ROW_PAD / 2, w, page_style(FONT_SMALL, PAGE_INK),
                   text, lead);
    return h;
}

/* The parts of the list of projects that do not fit in full (from
 * `shown` on): a line saying so, one line a project with its title and
 * partners for the first `listed` of them, then the rest by their ids in
 * one line (a page holds a few dozen ids where it holds a few titles).
 * Each draws at y, or only measures when the page is dry, and returns
 * its height. */
static double left_out_head(Page *pg, const Table *t, int shown, double y)
{
    return 2 + page_text(pg, PAGE_MARGIN, y + 2, PAGE_CONTENT_W,
                         page_style(FONT_SMALL, PAGE_MUTED),
                         words_fmt(pg, "brief.more_projects", "n", words_int(pg, t->n - shown),
                                   (char *)NULL));
}

static double left_out_item(Page *pg, const Table *t, int r, double y)
{
    return page_text(pg, PAGE_MARGIN + 3, y, PAGE_CONTENT_W - 3, page_style(FONT_SMALL, PAGE_INK),
                     words_fmt(pg, "brief.left_out_line", "item", t->named[r], (char *)NULL));
}

static double left_out_ids(Page *pg, const Table *t, int from, double y)
{
    if (from >= t->n)
        return 0;
    const Model *m = pg->ctx->m;
    const char **ids = NEW(pg->a, const char *, (size_t)t->n);
    int k = 0;
    for (int r = from; r < t->n; r++)
        ids[k++] = m->projects[t->ps[r]].id;
    return page_text(pg, PAGE_MARGIN + 3, y, PAGE_CONTENT_W - 3, page_style(FONT_SMALL, PAGE_INK),
                     words_fmt(pg, "brief.left_out_ids", "n", words_int(pg, k), "ids",
                               vocab_join(pg->ctx->cat, pg->a, ids, k), (char *)NULL));
}

/* The first line's height, drawn nowhere. */
static double head_height(Page *pg, const Table *t, int shown)
{
    bool was = pg->dry;
    pg->dry = true;
    double h = left_out_head(pg, t, shown, 0);
    pg->dry = was;
    return h;
}

/* The height of all three for (shown, listed), drawn nowhere. */
static double left_out_height(Page *pg, const Table *t, int shown, int listed,
                              const double *item_h)
{
    bool was = pg->dry;
    pg->dry = true;
    double h = left_out_head(pg, t, shown, 0) + left_out_ids(pg, t, shown + listed, 0);
    pg->dry = was;
    for (int r = shown; item_h && r < shown + listed; r++)
        h += item_h[r];
    return h;
}

/* Items' heights, drawn nowhere, into item_h: from the first on while
 * their sum stays within `room`, and from the last back likewise; the
 * others stay UNMEASURED (a country may have hundreds of projects, a
 * page holds a few dozen lines: only those that can be placed are laid
 * out). */
#define UNMEASURED PAGE_H
static void measure_items(Page *pg, const Table *t, double *item_h, double room)
{
    bool was = pg->dry;
    pg->dry = true;
    for (int r = 0; r < t->n; r++)
        item_h[r] = UNMEASURED;
    double sum = 0;
    for (int r = 0; r < t->n && sum <= room; r++)
        sum += item_h[r] = left_out_item(pg, t, r, 0);
    sum = 0;
    for (int r = t->n - 1; r >= 0 && sum <= room; r--)
        sum += item_h[r] = item_h[r] < UNMEASURED ? item_h[r] : left_out_item(pg, t, r, 0);
    pg->dry = was;
}

/* The most projects listed one a line, the rest by id, that fit in
 * `room`, none shown in full.  The lines alone bound it (their heights are
 * known); each candidate's line of ids is then laid out, and an overflow
 * takes away at once as many lines as it is tall: a candidate skipped so
 * was too tall even with the ids' line as short as the last one.  A few
 * layouts of that line where a bisection took a dozen (a country may have
 * hundreds of projects: at 20,000 they were a third of the briefs' time). */
static int most_listed(Page *pg, const Table *t, const double *item_h, double room)
{
    double sum = head_height(pg, t, 0);
    int listed = 0;
    while (listed < t->n && sum + item_h[listed] <= room)
        sum += item_h[listed++];
    for (;;) {
        bool was = pg->dry;
        pg->dry = true;
        double over = sum + left_out_ids(pg, t, listed, 0) - room;
        pg->dry = was;
        if (over <= 0 || listed == 0)
            return listed;
        while (listed > 0 && over > 0) {
            listed--;
            over -= item_h[listed];
            sum -= item_h[listed];
        }
    }
}

/* The whole list's height, drawn nowhere (measured at the top of the
 * page, so no text counts as overflow); the rows' heights into row_h,
 * while their sum stays within `room`; the others UNMEASURED. */
static double measure(Page *pg, const Table *t, double *row_h, double room)
{
    bool was = pg->dry;
    pg->dry = true;
    double total = page_heading(pg, PAGE_MARGIN, 0, PAGE_CONTENT_W,
                                words_fmt(pg, "brief.projects_heading", "n",
                                          words_int(pg, t->n), (char *)NULL));
    double sum = 0;
    for (int r = 0; r < t->n; r++)
        sum += row_h[r] = sum <= room ? project_row(pg, t, r, 0, false) : UNMEASURED;
    pg->dry = was;
    return total + sum;
}

double brief_projects_height(Page *pg, bool least, double room)
{
    Table t;
    table_make(pg, &t);
    double *row_h = NEW(pg->a, double, (size_t)t.n + 1);
    double h = measure(pg, &t, row_h, least ? 0 : room);
    if (t.n && least) {   /* the heading, then every project by id */
        for (int r = 0; r < t.n; r++)
            h -= row_h[r];
        h += left_out_height(pg, &t, 0, 0, NULL);
    }
    if (!t.n) {
        bool was = pg->dry;
        pg->dry = true;
        h += page_text(pg, PAGE_MARGIN, 0, PAGE_CONTENT_W, page_style(FONT_SMALL, PAGE_MUTED),
                       words_get(pg, "brief.no_projects"));
        pg->dry = was;
    }
    return h;
}

double brief_projects(Page *pg, double y, double limit)
{
    Table t;
    table_make(pg, &t);
    y += page_heading(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                      words_fmt(pg, "brief.projects_heading", "n", words_int(pg, t.n),
                                (char *)NULL));
    if (!t.n)
        return y + page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                             page_style(FONT_SMALL, PAGE_MUTED),
                             words_get(pg, "brief.no_projects"));
    /* The most rows that fit with the others listed under them; when even
     * none does, the most listed, the rest by id.  Only what can be placed
     * is measured (measure(), measure_items()); the rest stays UNMEASURED
     * and so never fits. */
    const double room = limit - y + 0.01;   /* sums of measured heights */
    double *row_h = NEW(pg->a, double, (size_t)t.n + 1);
    double *item_h = NEW(pg->a, double, (size_t)t.n + 1);
    measure(pg, &t, row_h, room);
    measure_items(pg, &t, item_h, room);
    double rows_h = 0, items_h = 0;
    for (int r = 0; r < t.n; r++)
        rows_h += row_h[r];
    int shown = t.n;
    /* the line heading the list is measured only for a split that fits
     * without it: a few at most */
    while (shown > 0
           && (rows_h + items_h > room
               || rows_h + (shown < t.n ? head_height(pg, &t, shown) + items_h : 0) > room)) {
        shown--;
        rows_h -= row_h[shown];
        items_h += item_h[shown];
    }
    int listed = t.n - shown;
    if (shown == 0 && left_out_height(pg, &t, 0, listed, item_h) > room)
        listed = most_listed(pg, &t, item_h, room);
    for (int r = 0; r < shown; r++)
        y += project_row(pg, &t, r, y, r % 2 == 1);
    if (shown < t.n) {
        y += left_out_head(pg, &t, shown, y);
        for (int r = shown; r < shown + listed; r++)
            y += left_out_item(pg, &t, r, y);
        y += left_out_ids(pg, &t, shown + listed, y);
    }
    page_overflow(pg, y - limit, words_get(pg, "brief.projects_heading"));   /* into the footer */
    return y;
}
