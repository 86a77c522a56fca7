/* html_page_project.c -- projects.html and projects/NAME.html (§4).
 * Only projects started by the as-of date are known (§3). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present/collate.h"
#include "render/html_name.h"
#include "render/html/html_pages.h"

/* 1234567 -> "1,234,567" (digits grouped by three in both languages). */
static const char *yen(Site *s, int64_t v)
{
    char digits[32], out[48];
    snprintf(digits, sizeof digits, "%lld", (long long)(v < 0 ? -v : v));
    size_t n = strlen(digits), o = 0;
    if (v < 0)
        out[o++] = '-';
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = digits[i];
    }
    out[o] = '\0';
    return site_fmt(s, "html.yen", "amount", out, NULL);
}

static void countries(Site *s, HtmlDict *d, const Project *p, int depth)
{
    for (int k = 0; k < p->n_countries; k++) {
        int c = p->countries[k];
        HtmlDict *e = html_dict_add_section(d, "C");
        html_dict_set(e, "HREF", site_country_href(s, depth, c));
        html_dict_set(e, "NAME", model_country_name(s->m, c, s->lang));
    }
    if (p->n_countries == 0)
        html_dict_set(html_dict_add_section(d, "NO_C"), "TEXT",
                      site_l(s, "html.multi_country"));
}

/* ---- the facets of projects.html (issue 19): who does what where ---- */

typedef struct {
    const char **partners;      /* every partner of a started project, */
    int n_partners;             /* once, in collate_text_cmp() order */
} Facets;

static int cmp_text(const void *a, const void *b)
{
    return collate_text_cmp(*(const char *const *)a, *(const char *const *)b);
}

static Facets facets_make(Site *s)
{
    const Model *m = s->m;
    int n = 0;
    for (int p = 0; p < m->n_projects; p++)
        if (s->ind->project_started[p])
            n += m->projects[p].n_partners;
    Facets f = { NEW(&s->a, const char *, n + 1), 0 };
    for (int p = 0; p < m->n_projects; p++)
        if (s->ind->project_started[p])
            for (int k = 0; k < m->projects[p].n_partners; k++)
                f.partners[f.n_partners++] = m->projects[p].partners[k];
    qsort(f.partners, (size_t)f.n_partners, sizeof *f.partners, cmp_text);
    int u = 0;
    for (int i = 0; i < f.n_partners; i++)
        if (u == 0 || strcmp(f.partners[u - 1], f.partners[i]))
            f.partners[u++] = f.partners[i];
    f.n_partners = u;
    return f;
}

static int partner_index(const Facets *f, const char *name)
{
    const char **hit = bsearch(&name, f->partners, (size_t)f->n_partners,
                               sizeof *f->partners, cmp_text);
    /* collate_text_cmp() is 0 only for equal texts: the hit is the one */
    return hit ? (int)(hit - f->partners) : -1;
}

static void facet_option(HtmlDict *facet, const char *value, const char *text)
{
    HtmlDict *o = html_dict_add_section(facet, "OPTION");
    html_dict_set(o, "VALUE", value);
    html_dict_set(o, "TEXT", text);
}

static HtmlDict *facet(Site *s, HtmlDict *b, const char *key)
{
    HtmlDict *f = html_dict_add_section(b, "FACET");
    html_dict_set(f, "KEY", key);
    html_dict_set(f, "LABEL", site_l(s, arena_printf(&s->a, "html.facet_%s", key)));
    return f;
}

/* The choices: countries by name in the page's language, schemes in the
 * SPEC's order, partners by name, the two statuses; each only when some
 * started project has it. */
static void facet_choices(Site *s, HtmlDict *b, const Facets *f)
{
    const Model *m = s->m;
    HtmlDict *fc = facet(s, b, "country");
    for (int i = 0; i < m->n_countries; i++)
        if (s->n_projects[s->order[i]] > 0)
            facet_option(fc, m->countries[s->order[i]].iso3,
                         model_country_name(m, s->order[i], s->lang));
    bool used[SCHEME_COUNT] = { false };
    for (int p = 0; p < m->n_projects; p++)
        if (s->ind->project_started[p])
            used[m->projects[p].scheme] = true;
    HtmlDict *fs = facet(s, b, "scheme");
    for (int k = 0; k < SCHEME_COUNT; k++)
        if (used[k])
            facet_option(fs, scheme_names[k], vocab_scheme(s->cat, (Scheme)k));
    HtmlDict *fp = facet(s, b, "partner");
    for (int i = 0; i < f->n_partners; i++)
        facet_option(fp, site_num(s, i), f->partners[i]);
    HtmlDict *st = facet(s, b, "status");
    facet_option(st, "ongoing", site_l(s, "html.facet_ongoing"));
    facet_option(st, "ended", site_l(s, "html.facet_ended"));
}

/* A row's facet values as " A B " (each value between spaces, so that
 * site.js finds " PHL " and never a part of another value). */
static void row_facets(Site *s, HtmlDict *r, const Project *pr, const Facets *f)
{
    const char *c = " ";
    for (int k = 0; k < pr->n_countries; k++)
        c = arena_printf(&s->a, "%s%s ", c, s->m->countries[pr->countries[k]].iso3);
    const char *p = " ";
    for (int k = 0; k < pr->n_partners; k++)
        p = arena_printf(&s->a, "%s%d ", p, partner_index(f, pr->partners[k]));
    html_dict_set(r, "F_COUNTRY", c);
    html_dict_set(r, "F_PARTNER", p);
    html_dict_set(r, "F_SCHEME", scheme_names[pr->scheme]);
    /* §2: an empty end is not reported and counts as ongoing */
    html_dict_set(r, "F_STATUS", pr->end == DATE_NONE || pr->end > s->ind->as_of
                                 ? "ongoing" : "ended");
}

static void list_row(Site *s, HtmlDict *b, int p, const Facets *f)
{
    const Project *pr = &s->m->projects[p];
    HtmlDict *r = html_dict_add_section(b, "ROW");
    row_facets(s, r, pr, f);
    char key[11];
    html_dict_set(r, "HREF", site_project_href(s, 0, p));
    html_dict_set(r, "ID", pr->id);
    html_dict_set(r, "TITLE", model_project_title(s->m, p, s->lang));
    html_dict_set(r, "SCHEME", vocab_scheme(s->cat, pr->scheme));
    countries(s, r, pr, 0);
    date_format(pr->start, key);
    html_dict_set(r, "START_KEY", key);
    html_dict_set(r, "START", site_date_at(s, pr->start, pr->start_prec));
    if (pr->end == DATE_NONE) {     /* §2: not reported, counted as ongoing */
        html_dict_set(r, "END_KEY", "9999-12-31");
        html_dict_set(r, "END", site_l(s, "common.end_not_reported"));
    } else {
        date_format(pr->end, key);
        html_dict_set(r, "END_KEY", key);
        html_dict_set(r, "END", site_date_at(s, pr->end, pr->end_prec));
    }
    html_dict_set(r, "PILLARS", site_pillars(s, pr->pillars));
    html_dict_set(r, "COUNTERPART", pr->counterpart ? pr->counterpart : "\u2014");
    html_dict_set(r, "PARTNERS", site_partners(s, pr));
    html_dict_set(r, "BUDGET_KEY", pr->has_budget ? site_num(s, (long)pr->budget_jpy) : "-1");
    html_dict_set(r, "BUDGET", pr->has_budget ? yen(s, pr->budget_jpy) : "\u2014");
}

/* projects.html's rows, LIST_CHUNK at a time (projects_rows.tpl): one
 * dictionary of 20,000 rows held some 50 MB at once, the build's peak at
 * scale; the text they make is set whole into the page (as ROWS). */
enum { LIST_CHUNK = 1000 };

static Err flush_rows(Site *s, HtmlDict **chunk, FILE *out)
{
    if (!*chunk)
        return ERR_OK;
    char *text = NULL, *msg = NULL;
    size_t len = 0;
    Err err = html_tpl_expand("projects_rows.tpl", *chunk, &text, &len, &msg);
    html_dict_free(*chunk);
    *chunk = NULL;
    if (err) {
        diag_error(s->ctx->diag, "projects.html", 0, "%s", msg ? msg : "template failed");
        free(msg);
        return err;
    }
    fwrite(text, 1, len, out);
    free(text);
    return ERR_OK;
}

static Err list_rows(Site *s, HtmlDict *body, const Facets *f, int *n)
{
    char *rows = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&rows, &len);
    if (!out)
        abort();
    HtmlDict *chunk = NULL;
    Err err = ERR_OK;
    for (int p = 0; !err && p < s->m->n_projects; p++) {
        if (!s->ind->project_started[p])
            continue;
        if (!chunk) {
            chunk = html_dict_new("rows");
            html_dict_set_global(chunk, "LIST_SEP", site_list_sep(s));
        }
        list_row(s, chunk, p, f);
        if (++*n % LIST_CHUNK == 0)
            err = flush_rows(s, &chunk, out);
    }
    err = err ? err : flush_rows(s, &chunk, out);
    html_dict_free(chunk);
    fclose(out);
    if (!err)
        html_dict_set(body, "ROWS", rows);
    free(rows);
    return err;
}

static Err list_page(Site *s)
{
    Page pg = site_page_begin(s, site_l(s, "html.projects_title"), 0, "projects",
                              "projects.tpl");
    int n = 0;
    Facets f = facets_make(s);
    facet_choices(s, pg.body, &f);
    Err err = list_rows(s, pg.body, &f, &n);
    if (err) {
        html_dict_free(pg.root);
        return err;
    }
    if (n > 0)
        html_dict_show(pg.body, "HAS_ROWS");
    html_dict_set(pg.body, "SUMMARY", site_fmt(s, "html.projects_summary",
        "n", site_num(s, n), "later", site_num(s, s->ind->excluded.projects_not_started), NULL));
    html_dict_set(pg.body, "COUNT_TEMPLATE", site_l(s, "html.filter_count"));
    return site_page_write(s, &pg, "projects.html");
}

/* §2: every source of the project, each a link when it may be one (§5). */
static void sources(Site *s, HtmlDict *b, const Project *pr)
{
    if (pr->n_sources == 0) {
        html_dict_show(b, "NO_SOURCES");
        return;
    }
    HtmlDict *list = html_dict_add_section(b, "SOURCES");
    for (int i = 0; i < pr->n_sources; i++) {
        const char *u = pr->sources[i];
        HtmlDict *e = html_dict_add_section(list, "SOURCE");
        html_dict_set(e, "URL", u);
        if (site_url_linkable(u))
            html_dict_set(html_dict_add_section(e, "SOURCE_LINK"), "HREF",
                          site_url_href(s, u));
        else
            html_dict_show(e, "SOURCE_TEXT");
    }
}

static void facts(Site *s, HtmlDict *b, int p)
{
    const Project *pr = &s->m->projects[p];
    html_dict_set(b, "ID", pr->id);
    html_dict_set(b, "TITLE", model_project_title(s->m, p, s->lang));
    const char *other = strcmp(s->lang, "ja") ? pr->title_ja : pr->title;
    if (other && strcmp(other, model_project_title(s->m, p, s->lang))) {
        HtmlDict *o = html_dict_add_section(b, "OTHER_TITLE");
        html_dict_set(o, "TEXT", other);
        html_dict_set(o, "OTHER_LANG", strcmp(s->lang, "ja") ? "ja" : "en");
    }
    html_dict_set(b, "SCHEME", vocab_scheme(s->cat, pr->scheme));
    html_dict_set(b, "PERIOD", site_period(s, pr));
    html_dict_set(b, "PILLARS", site_pillars(s, pr->pillars));
    countries(s, b, pr, 1);
    html_dict_set(b, "COUNTERPART", pr->counterpart ? pr->counterpart : "\u2014");
    html_dict_set(b, "PARTNERS", site_partners(s, pr));
    html_dict_set(b, "BUDGET", pr->has_budget ? yen(s, pr->budget_jpy) : "\u2014");
    /* §5: only http(s) addresses from the data become links. */
    const char *sec = !pr->url ? "NO_URL"
                      : site_url_linkable(pr->url) ? "LINK" : "URL_TEXT";
    html_dict_show(b, sec);
    html_dict_set(b, "URL", pr->url ? pr->url : "");
    if (site_url_linkable(pr->url))
        html_dict_set(b, "URL_HREF", site_url_href(s, pr->url));
    sources(s, b, pr);
}

typedef struct { int fy, country; int32_t participants, female; bool approx; } PartRow;

static int cmp_part(const void *a, const void *b)
{
    const PartRow *x = a, *y = b;
    if (x->fy != y->fy)
        return (x->fy > y->fy) - (x->fy < y->fy);
    return (x->country > y->country) - (x->country < y->country);
}

/* The countries of one fiscal year's rows [i, j), by name order of iso3,
 * at most SITE_MAX_NAMES of them, then "and N more". */
static const char *fy_countries(Site *s, const PartRow *r, int i, int j)
{
    const char *names[SITE_MAX_NAMES];
    int n = 0, total = 0;
    for (int k = i; k < j; k++) {
        if (k > i && r[k].country == r[k - 1].country)
            continue;
        if (total++ < SITE_MAX_NAMES)
            names[n++] = model_country_name(s->m, r[k].country, s->lang);
    }
    const char *text = vocab_join(s->cat, &s->a, names, n);
    if (total > n)
        text = site_fmt(s, "html.more_names", "names", text, "n",
                        site_num(s, total - n), NULL);
    return text;
}

/* Participation in the project by fiscal year: countries, participants and
 * women summed over the rows (a table bounded by the fiscal years, however
 * many rows the data has). */
static void participation(Site *s, HtmlDict *b, int p)
{
    const Model *m = s->m;
    int first = s->project_rows_start[p], n = s->project_rows_start[p + 1] - first;
    if (n == 0) {
        html_dict_show(b, "NO_PARTICIPATION");
        return;
    }
    PartRow *rows = NEW(&s->a, PartRow, n);
    for (int k = 0; k < n; k++) {
        const Participation *r = &m->participation[s->project_rows[first + k]];
        rows[k] = (PartRow){ r->fiscal_year, r->country, r->participants, r->female,
                             r->approx };
    }
    qsort(rows, (size_t)n, sizeof *rows, cmp_part);
    /* A table of its own in project.tpl (one section per row, where the
     * generic table.tpl makes one per cell: 20,000 pages of them). */
    HtmlDict *t = html_dict_add_section(b, "PARTICIPATION");
    for (int i = 0, j; i < n; i = j) {
        VocabPeople y = { 0 };   /* §3.7: reported counts only, in words */
        for (j = i; j < n && rows[j].fy == rows[i].fy; j++) {
            if (rows[j].participants >= 0)
                y.total += rows[j].participants, y.has_total = true;
            else
                y.unreported++;
            if (rows[j].female >= 0)
                y.women += rows[j].female, y.has_women = true;
            y.approx |= rows[j].participants >= 0 && rows[j].approx;
        }
        HtmlDict *row = html_dict_add_section(t, "YEAR");
        html_dict_set(row, "FY", site_fy(s, rows[i].fy));
        html_dict_set(row, "NAMES", fy_countries(s, rows, i, j));
        html_dict_set(row, "PEOPLE", vocab_people(s->cat, &s->a, &y));
        html_dict_set(row, "WOMEN", vocab_women(s->cat, &s->a, &y));
    }
}

static void assessments(Site *s, HtmlDict *b, int p)
{
    const Model *m = s->m;
    HtmlDict *t = NULL;
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->project != p || !s->ind->assessment_known[i])
            continue;
        if (!t) {
            t = site_table(b, "ASSESSMENTS", NULL);
            site_table_head(t, site_l(s, "html.date"));
            site_table_head(t, site_l(s, "html.country"));
            site_table_head(t, site_l(s, "html.kind"));
            site_table_head(t, site_l(s, "html.rating"));
            site_table_head(t, site_l(s, "html.pillar"));
            site_table_head(t, site_l(s, "html.summary"));
        }
        HtmlDict *row = site_table_row(t, site_date_at(s, a->date, a->date_prec));
        site_table_cell(row, model_country_name(m, a->country, s->lang));
        site_table_cell(row, site_kind(s, a->kind));
        site_table_cell(row, site_rating(s, a->rating));
        site_table_cell(row, a->pillar >= 0 ? vocab_pillar(s->cat, a->pillar) : "\u2014");
        site_table_cell(row, a->summary ? a->summary : "");
    }
    if (!t)
        html_dict_show(b, "NO_ASSESSMENTS");
}

static Err project_page(Site *s, int p)
{
    const char *title = site_fmt(s, "html.project_title", "title",
                                 model_project_title(s->m, p, s->lang), NULL);
    Page pg = site_page_begin(s, title, 1, NULL, "project.tpl");
    site_new_since(s, pg.body, -1, p);
    facts(s, pg.body, p);
    participation(s, pg.body, p);
    html_project_scenario(s, pg.body, p);
    assessments(s, pg.body, p);
    /* site_project_href(depth 0) is "projects/NAME.html": the same name
     * the list links to. */
    return site_page_write(s, &pg, site_project_href(s, 0, p));
}

/* Issue 21.9: two projects must never share a page; html_name.h makes
 * that hold but for a hash collision, which this check reports. */
static Err check_page_names(Site *s)
{
    const Model *m = s->m;
    const char **names = calloc((size_t)m->n_projects + 1, sizeof *names);
    if (!names)
        abort();
    for (int p = 0; p < m->n_projects; p++)
        names[p] = site_project_href(s, 0, p);
    int a, b;
    Err err = ERR_OK;
    if (html_names_clash(names, m->n_projects, &a, &b)) {
        diag_error(s->ctx->diag, "projects.csv", m->projects[b].line,
                   "project_id '%s' and '%s' (line %ld) would share the page "
                   "file %s; change one of them", m->projects[b].id,
                   m->projects[a].id, m->projects[a].line, names[b]);
        err = ERR_DATA;
    }
    free(names);
    return err;
}

Err html_page_projects(Site *s)
{
    Err err = check_page_names(s);
    if (!err)
        err = list_page(s);
    for (int p = 0; !err && p < s->m->n_projects; p++)
        if (s->ind->project_started[p])
            err = project_page(s, p);
    return err;
}
