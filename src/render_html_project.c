/* render_html_project.c -- projects.html and projects/NAME.html (§4).
 * Only projects started by the as-of date are known (§3). */
#include <stdio.h>
#include <string.h>

#include "render_html_int.h"

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

static void list_row(Site *s, HtmlDict *b, int p)
{
    const Project *pr = &s->m->projects[p];
    HtmlDict *r = html_dict_add_section(b, "ROW");
    html_dict_show(b, "HAS_ROWS");
    char key[11];
    html_dict_set(r, "HREF", site_project_href(s, 0, p));
    html_dict_set(r, "ID", pr->id);
    html_dict_set(r, "TITLE", model_project_title(s->m, p, s->lang));
    html_dict_set(r, "SCHEME", site_scheme(s, pr->scheme));
    countries(s, r, pr, 0);
    date_format(pr->start, key);
    html_dict_set(r, "START_KEY", key);
    html_dict_set(r, "START", site_date(s, pr->start));
    if (pr->end == DATE_NONE) {
        html_dict_set(r, "END_KEY", "9999-12-31");
        html_dict_set(r, "END", site_l(s, "html.ongoing"));
    } else {
        date_format(pr->end, key);
        html_dict_set(r, "END_KEY", key);
        html_dict_set(r, "END", site_date(s, pr->end));
    }
    html_dict_set(r, "PILLARS", site_pillars(s, pr->pillars));
    html_dict_set(r, "COUNTERPART", pr->counterpart ? pr->counterpart : "\u2014");
    html_dict_set(r, "PARTNERS", site_partners(s, pr));
    html_dict_set(r, "BUDGET_KEY", pr->has_budget ? site_num(s, (long)pr->budget_jpy) : "-1");
    html_dict_set(r, "BUDGET", pr->has_budget ? yen(s, pr->budget_jpy) : "\u2014");
}

static Err list_page(Site *s)
{
    Page pg = site_page_begin(s, site_l(s, "html.projects_title"), 0, "projects",
                              "projects.tpl");
    int n = 0;
    for (int p = 0; p < s->m->n_projects; p++)
        if (s->ind->project_started[p]) {
            list_row(s, pg.body, p);
            n++;
        }
    html_dict_set(pg.body, "SUMMARY", site_fmt(s, "html.projects_summary",
        "n", site_num(s, n), "later", site_num(s, s->ind->excluded.projects_not_started), NULL));
    html_dict_set(pg.body, "COUNT_TEMPLATE", site_l(s, "html.filter_count"));
    return site_page_write(s, &pg, "projects.html");
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
    html_dict_set(b, "SCHEME", site_scheme(s, pr->scheme));
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
}

static void participation(Site *s, HtmlDict *b, int p)
{
    const Model *m = s->m;
    HtmlDict *t = NULL;
    for (size_t i = 0; i < m->n_participation; i++) {
        const Participation *r = &m->participation[i];
        if (r->project != p || r->fiscal_year > s->ind->fiscal_year)
            continue;
        if (!t) {
            t = site_table(b, "PARTICIPATION", NULL);
            site_table_head(t, site_l(s, "html.country"));
            site_table_head(t, site_l(s, "html.fiscal_year"));
            site_table_head(t, site_l(s, "html.participants"));
            site_table_head(t, site_l(s, "html.women"));
        }
        HtmlDict *row = site_table_row(t, model_country_name(m, r->country, s->lang));
        site_table_cell(row, site_fy(s, r->fiscal_year));
        site_table_num(row, r->participants >= 0 ? site_num(s, r->participants) : "\u2014");
        site_table_num(row, r->female >= 0 ? site_num(s, r->female) : "\u2014");
    }
    if (!t)
        html_dict_show(b, "NO_PARTICIPATION");
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
        HtmlDict *row = site_table_row(t, site_date(s, a->date));
        site_table_cell(row, model_country_name(m, a->country, s->lang));
        site_table_cell(row, site_kind(s, a->kind));
        site_table_cell(row, site_rating(s, a->rating));
        site_table_cell(row, a->pillar >= 0 ? site_pillar(s, a->pillar) : "\u2014");
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
    facts(s, pg.body, p);
    participation(s, pg.body, p);
    assessments(s, pg.body, p);
    /* site_project_href(depth 0) is "projects/NAME.html": the same name
     * the list links to. */
    return site_page_write(s, &pg, site_project_href(s, 0, p));
}

Err site_projects(Site *s)
{
    Err err = list_page(s);
    for (int p = 0; !err && p < s->m->n_projects; p++)
        if (s->ind->project_started[p])
            err = project_page(s, p);
    return err;
}
