/* html_site.c -- what every page of the site shares: the Site and its
 * indexes, words, links, the page layout and tables (html_site.h). */
#include "render/html/html_site.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/html_name.h"
#include "present/collate.h"
#include "present/vocab.h"
#include "base/fsutil.h"

/* Labels used by the templates themselves, set as global values L_<KEY>
 * (html.skip -> L_SKIP) on each page whose templates name them.  Adding a
 * label to a template = adding its key here and to i18n/<lang>/html.ini. */
static const char *const template_labels[] = {
    "as_of", "assessments_heading", "baseline_stage", "brief",
    "brief_link", "budget", "cards_heading", "charts_heading",
    "context_heading", "context_method_heading", "counterpart",
    "countries", "countries_heading", "country", "current_stage",
    "d1_heading", "d2_heading", "data_table", "date", "deadline", "end",
    "excluded_heading", "feed", "facet_all", "facet_country", "facet_partner",
    "facet_scheme", "facet_status", "filter_label", "fiscal_year", "footer", "gci_heading",
    "gci_note", "i1_heading", "i1_result", "kind", "later_heading",
    "nav_countries", "nav_home", "nav_label", "nav_methodology",
    "nav_projects", "no_warnings", "none",
    "not_assessable_heading", "overview", "participation_heading",
    "participation_project_heading", "participants", "partners", "period", "pillar",
    "pillars", "print_note", "project", "project_id", "projects_count",
    "projects_heading", "rating", "reached", "region", "role", "scheme",
    "settings_heading", "skip", "sort_hint", "source", "sources",
    "sources_heading",
    "stage", "stage_heading", "stage_row", "start", "status", "summary",
    "target", "target_stage", "title", "url", "warnings_heading", "women",
};

const char *site_l(const Site *s, const char *key)
{
    return catalog_get(s->ctx->cat, key);
}

/* The catalogue text with {name} replaced by the value after `name`. */
static const char *vformat(Site *s, const char *text, va_list ap)
{
    const char *names[16], *values[16];
    int n = 0;
    for (const char *k; n < 16 && (k = va_arg(ap, const char *));) {
        names[n] = k;
        values[n++] = va_arg(ap, const char *);
    }
    size_t cap = strlen(text) + 1;
    for (int i = 0; i < n; i++)
        cap += strlen(values[i]);
    cap *= 2;
    char *out = arena_alloc(&s->a, 1, 1, cap), *o = out;
    for (const char *p = text; *p;) {
        int hit = -1;
        if (*p == '{')
            for (int i = 0; i < n && hit < 0; i++) {
                size_t len = strlen(names[i]);
                if (!strncmp(p + 1, names[i], len) && p[1 + len] == '}')
                    hit = i;
            }
        if (hit < 0) {
            *o++ = *p++;
            continue;
        }
        size_t vl = strlen(values[hit]);
        if ((size_t)(o - out) + vl + strlen(p) + 1 > cap)
            break;                  /* cannot happen: cap doubled */
        memcpy(o, values[hit], vl);
        o += vl;
        p += strlen(names[hit]) + 2;
    }
    *o = '\0';
    return out;
}

const char *site_fmt(Site *s, const char *key, ...)
{
    va_list ap;
    va_start(ap, key);
    const char *r = vformat(s, site_l(s, key), ap);
    va_end(ap);
    return r;
}






const char *site_reason(Site *s, const I1Country *c)
{
    return vocab_reason(s->cat, &s->a, s->m, c, s->ind->baseline_edition_year);
}

const char *site_status_class(Status st)
{
    static const char *const cls[] = {
        "st-achieved", "st-on-track", "st-at-risk", "st-missed",
    };
    return cls[st];
}

const char *site_status_icon(Status st)
{
    /* Shapes differ too, so the status never rests on colour alone. */
    static const char *const icon[] = { "\u2714", "\u2197", "\u26A0", "\u2716" };
    return icon[st];
}

/* The remembered text for `key` in `memo`, or NULL. */
static const char **memo_slot(struct SiteMemo *memo, int key, bool *hit)
{
    struct SiteMemo *m = &memo[(unsigned)key % SITE_MEMO];
    *hit = m->text && m->key == key;
    m->key = key;
    return &m->text;
}

const char *site_date(Site *s, Date d)
{
    bool hit;
    const char **text = memo_slot(s->dates, d, &hit);
    if (!hit) {
        char buf[64];
        catalog_date(s->ctx->cat, d, buf, sizeof buf);
        *text = arena_strdup(&s->a, buf);
    }
    return *text;
}

const char *site_date_at(Site *s, Date d, DatePrec prec)
{
    if (prec == DATE_PREC_DAY && d != DATE_NONE)
        return site_date(s, d);
    return vocab_date(s->cat, &s->a, d, prec);
}

const char *site_count(Site *s, bool has, long n, bool approx)
{
    if (!has)
        return site_l(s, "common.not_reported");
    return vocab_count(s->cat, &s->a, site_num(s, n), approx);
}

const char *site_quarter(Site *s, int fy, int q)
{
    char buf[64];
    catalog_quarter(s->ctx->cat, fy, q, buf, sizeof buf);
    return arena_strdup(&s->a, buf);
}

const char *site_fy(Site *s, int fy)
{
    bool hit;
    const char **text = memo_slot(s->years, fy, &hit);
    if (!hit)
        *text = site_fmt(s, "html.fy", "fy", site_num(s, fy), NULL);
    return *text;
}

const char *site_num(Site *s, long v)
{
    char buf[24], *p = buf + sizeof buf;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    return arena_strndup(&s->a, p, (size_t)(buf + sizeof buf - p));
}

const char *site_rat(Site *s, Rat r)
{
    char buf[32];
    rat_format2(r, buf);
    return arena_strdup(&s->a, buf);
}

const char *site_score(Site *s, Rat r, int edition)
{
    return vocab_score(&s->a, r, s->score_decimals[edition]);
}

const char *site_median(Site *s, bool has, Rat median, int size)
{
    if (!has)
        return site_fmt(s, "html.median_none", "size", site_num(s, size), NULL);
    return site_fmt(s, "html.median_of", "median", site_rat(s, median),
                    "size", site_num(s, size), NULL);
}

const char *site_pillars(Site *s, PillarSet set)
{
    set &= PILLAR_ALL;
    if (s->pillar_sets[set])
        return s->pillar_sets[set];
    const char *names[PILLAR_COUNT];
    int n = 0;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (set & PILLAR_BIT(p))
            names[n++] = vocab_pillar(s->cat, p);
    return s->pillar_sets[set] = n ? vocab_join(s->cat, &s->a, names, n)
                                   : site_l(s, "html.no_pillars");
}

/* Links to countries and projects are made once per depth: a project is
 * linked from the list, its page and every page of its countries. */
const char *site_country_href(Site *s, int depth, int country)
{
    const char **memo = &s->country_hrefs[depth != 0][country];
    if (!*memo)
        *memo = arena_printf(&s->a, "%scountries/%s.html", depth ? "../" : "",
                             s->m->countries[country].iso3);
    return *memo;
}

const char *site_project_href(Site *s, int depth, int project)
{
    const char **memo = &s->project_hrefs[depth != 0][project];
    if (!*memo) {
        char name[HTML_SAFE_NAME_MAX + 1];
        html_safe_filename(s->m->projects[project].id, name, sizeof name);
        *memo = arena_printf(&s->a, "%sprojects/%s.html", depth ? "../" : "",
                             name);
    }
    return *memo;
}

static const char *edition_year(Site *s, int edition)
{
    return arena_printf(&s->a, "%d", s->m->editions[edition].year);
}

/* §3.4: the words for a GCI-derived stage name the edition and what in it
 * decided (the tier, else the overall percent). */
static const char *gci_source(Site *s, StageSource src, int country, int ed)
{
    const GciRow *r = ed >= 0 ? model_gci(s->m, country, ed) : NULL;
    if (!r)
        return site_l(s, "html.src_none");
    if (src == SRC_GCI_TIER)
        return site_fmt(s, "html.src_gci_tier", "edition", edition_year(s, ed),
                        "tier", arena_printf(&s->a, "%d", r->tier), NULL);
    return site_fmt(s, "html.src_gci_score", "edition", edition_year(s, ed),
                    "percent", site_rat(s, compute_overall_percent(s->m, r)),
                    NULL);
}

const char *site_stage_source(Site *s, const GCountry *g, bool target)
{
    StageSource src = target ? g->target_source : g->stage_source;
    switch (src) {
    case SRC_GCI_TIER:
    case SRC_GCI_SCORE:
        return gci_source(s, src, g->country, g->stage_edition);
    case SRC_ASSESSMENT:
        if (g->stage_assessment >= 0)
            return site_fmt(s, "html.src_assessment", "date",
                site_date_at(s, s->m->assessments[g->stage_assessment].date,
                             s->m->assessments[g->stage_assessment].date_prec), NULL);
        return site_l(s, "html.src_none");
    case SRC_TABLE: return site_l(s, "html.src_table");
    case SRC_STRATEGY_INITIAL:
    case SRC_STRATEGY_FOREFRONT:
    case SRC_STRATEGY_ASIA:
    case SRC_DEFAULT:   /* §3.4: says whether the strategy's or this tool's */
        return vocab_source(s->cat, &s->a, src, 0, DATE_NONE);
    default: return site_l(s, "html.src_none");
    }
}

const char *site_baseline_source(Site *s, const GCountry *g)
{
    if (g->baseline_source == SRC_GCI_TIER || g->baseline_source == SRC_GCI_SCORE)
        return gci_source(s, g->baseline_source, g->country, g->baseline_edition);
    return site_l(s, "html.src_none");
}

bool site_url_linkable(const char *url)
{
    return url && (!strncmp(url, "https://", 8) || !strncmp(url, "http://", 7));
}

/* RFC 3986 allows these bytes in a URI as they are; every other byte
 * (space, quotes, <>, non-ASCII...) is percent-encoded for the href, so
 * the attribute holds a valid URL.  The page shows the address as given. */
static bool uri_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || (c && strchr("-._~:/?#[]@!$&'()*+,;=%", c));
}

const char *site_url_href(Site *s, const char *url)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = arena_alloc(&s->a, 1, 1, strlen(url) * 3 + 1), *o = out;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (uri_byte(*p)) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = '\0';
    return out;
}

const char *site_i1_result(Site *s, int country)
{
    int k = s->i1_of[country];
    if (k < 0)
        return site_l(s, "html.i1_not_cooperation");
    const I1Country *c = &s->ind->i1.countries[k];
    if (!c->assessable)
        return site_fmt(s, "html.i1_not_assessable", "reason",
                        site_reason(s, c), NULL);
    return site_fmt(s, c->improved ? "html.i1_improved" : "html.i1_not_improved",
                    "delta", site_rat(s, c->mean_delta), NULL);
}

const char *site_yes_no(const Site *s, bool yes)
{
    return site_l(s, yes ? "html.yes" : "html.no");
}

/* The dash stays with the start (a no-break space before it): a narrow
 * column wrapped it onto a line of its own (issue 19). */
const char *site_period(Site *s, const Project *p)
{
    const char *start = site_date_at(s, p->start, p->start_prec);
    if (p->end == DATE_NONE)
        return arena_printf(&s->a, "%s\u00a0\u2013 %s", start,
                            site_l(s, "common.end_not_reported"));
    const char *end = site_date_at(s, p->end, p->end_prec);
    if (!strcmp(start, end))
        return start;
    return arena_printf(&s->a, "%s\u00a0\u2013 %s", start, end);
}

void site_new_since(Site *s, HtmlDict *b, int country, int project)
{
    const Indicators *ind = s->ind;
    if (ind->n_trend == 0)
        return;
    const ChangeSet *cs = &ind->changes[ind->n_trend - 1];
    const char *items[CH_KIND_COUNT * 2];
    int n = 0;
    for (int i = 0; i < cs->n && n < CH_KIND_COUNT * 2; i++) {
        const Change *c = &cs->items[i];
        if ((country >= 0 && c->country == country)
            || (project >= 0 && c->project == project && c->country < 0))
            items[n++] = vocab_change_text(s->cat, &s->a, s->m, c);
    }
    if (n == 0)
        return;
    html_dict_set(html_dict_add_section(b, "NEW"), "TEXT",
                  site_fmt(s, "html.new_since", "date", site_date(s, cs->from),
                           "list", vocab_join(s->cat, &s->a, items, n), NULL));
}

const char *site_revision(Site *s, const Revision *v)
{
    const char *rows = vocab_revision_rows(s->cat, &s->a, v);
    if (rows)   /* §3.11: the rows that explain it, where known */
        return site_fmt(s, "html.revision_rows",
                        "old", v->old_value[0] ? v->old_value : "\u2014",
                        "new", v->new_value[0] ? v->new_value : "\u2014",
                        "rows", rows, NULL);
    return site_fmt(s, v->reason ? "html.revision_because" : "html.revision",
                    "old", v->old_value[0] ? v->old_value : "\u2014",
                    "new", v->new_value[0] ? v->new_value : "\u2014",
                    "files", v->reason ? v->reason : "", NULL);
}

const char *site_partners(Site *s, const Project *p)
{
    if (p->n_partners == 0)
        return "\u2014";
    return vocab_join(s->cat, &s->a, (const char *const *)p->partners,
                      p->n_partners);
}

const char *site_rating(Site *s, int rating)
{
    if (rating < 1 || rating > 4)
        return "\u2014";
    char key[32];
    snprintf(key, sizeof key, "html.rating_%d", rating);
    return arena_printf(&s->a, "%d: %s", rating, site_l(s, key));
}

const char *site_kind(const Site *s, AssessKind k)
{
    return site_l(s, k == ASSESS_I2 ? "html.kind_i2" : "html.kind_d1");
}

/* ---- tables ---- */

HtmlDict *site_table(HtmlDict *d, const char *marker, const char *caption)
{
    HtmlDict *t = html_dict_add_include(d, marker, "table.tpl");
    if (caption) {
        html_dict_show(t, "CAPTIONED");
        html_dict_set(t, "CAPTION", caption);
    }
    return t;
}

void site_table_head(HtmlDict *t, const char *text)
{
    html_dict_set(html_dict_add_section(t, "TH"), "V", text);
}

/* Issue 19: a cell of short words only (none over SITE_SHORT_WORD
 * characters between spaces and 、: a rating, a stage, a date, "評定なし")
 * is marked "word", which site.css keeps from breaking inside a word; a
 * longer text (a sentence, a title) may break anywhere Japanese allows. */
#define SITE_SHORT_WORD 12
static bool short_words(const char *text)
{
    int run = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if ((*p & 0xC0) == 0x80)            /* inside a UTF-8 sequence */
            continue;
        bool gap = *p == ' ' || !strncmp((const char *)p, "\u3001", 3);
        run = gap ? 0 : run + 1;
        if (run > SITE_SHORT_WORD)
            return false;
    }
    return true;
}

HtmlDict *site_table_row(HtmlDict *t, const char *head)
{
    HtmlDict *r = html_dict_add_section(t, "TR");
    html_dict_show(t, "HAS_ROWS");     /* no empty <tbody> */
    html_dict_set(r, "H", head);
    if (short_words(head))
        html_dict_show(r, "HEAD_WORD");
    return r;
}

void site_table_cell(HtmlDict *row, const char *text)
{
    HtmlDict *c = html_dict_add_section(row, "TD");
    html_dict_set(c, "V", text);
    html_dict_set(c, "C", short_words(text) ? "txt word" : "txt");
}

void site_table_num(HtmlDict *row, const char *text)
{
    HtmlDict *c = html_dict_add_section(row, "TD");
    html_dict_set(c, "V", text);
    html_dict_set(c, "C", "num");
}

/* ---- the page layout ---- */

/* The template labels, looked up and named once per build: every page
 * sets all of them (20,000 project pages at scale). */
static void prepare_labels(Site *s)
{
    size_t n = sizeof template_labels / sizeof *template_labels;
    s->label_vars = NEW(&s->a, const char *, n);
    s->label_texts = NEW(&s->a, const char *, n);
    for (size_t i = 0; i < n; i++) {
        char *var = arena_printf(&s->a, "L_%s", template_labels[i]);
        for (char *c = var; *c; c++)
            *c = (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
        s->label_vars[i] = var;
        s->label_texts[i] = site_l(s, arena_printf(&s->a, "html.%s",
                                                   template_labels[i]));
    }
}

/* The page bodies site_page_begin() is given; every other template is
 * page.tpl or a partial that any page may include. */
static const char *const page_bodies[] = {
    "index.tpl", "country.tpl", "project.tpl", "projects.tpl", "methodology.tpl",
};

static bool is_other_body(const char *file, const char *body)
{
    for (size_t i = 0; i < sizeof page_bodies / sizeof *page_bodies; i++)
        if (!strcmp(file, page_bodies[i]))
            return strcmp(file, body) != 0;
    return false;
}

/* Mark in used[] each label the template file at `path` names as {{L_..}};
 * false when it cannot be read. */
static bool scan_labels(const Site *s, const char *path, bool *used)
{
    size_t len;
    char *text = fs_read_file(path, SITE_MAX_TEMPLATE, &len);
    if (!text)
        return false;
    size_t n = sizeof template_labels / sizeof *template_labels;
    for (const char *p = text; (p = strstr(p, "{{L_")); p += 4) {
        size_t name = strcspn(p + 2, "}:");
        for (size_t i = 0; i < n; i++)
            if (strlen(s->label_vars[i]) == name
                && !memcmp(s->label_vars[i], p + 2, name))
                used[i] = true;
    }
    free(text);
    return true;
}

/* The labels a page with template `body` can show: those named in any
 * template but the other page bodies.  Setting only these on a project
 * page (26 of 72) was a tenth of the site's time at 20,000 pages.  When
 * the folder cannot be read, all of them. */
static const bool *labels_for(Site *s, const char *body)
{
    for (int i = 0; i < s->n_label_sets; i++)
        if (!strcmp(s->label_sets[i].body, body))
            return s->label_sets[i].used;
    size_t n = sizeof template_labels / sizeof *template_labels;
    bool *used = NEW(&s->a, bool, n);
    char dir[4096], path[4400];
    DIR *d = fs_path_fmt(dir, sizeof dir, "%s/templates", s->ctx->resources)
             ? opendir(dir) : NULL;
    bool ok = d != NULL;
    for (struct dirent *e; ok && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".tpl")
            || is_other_body(e->d_name, body))
            continue;
        ok = fs_path_fmt(path, sizeof path, "%s/%s", dir, e->d_name)
             && scan_labels(s, path, used);
    }
    if (d)
        closedir(d);
    if (!ok)
        for (size_t i = 0; i < n; i++)
            used[i] = true;
    if (s->n_label_sets < (int)(sizeof s->label_sets / sizeof *s->label_sets))
        s->label_sets[s->n_label_sets++] = (struct SiteLabels){ body, used };
    return used;
}

static void set_labels(Site *s, HtmlDict *root, const char *body)
{
    size_t n = sizeof template_labels / sizeof *template_labels;
    const bool *used = labels_for(s, body);
    for (size_t i = 0; i < n; i++)
        if (used[i])
            html_dict_set_global(root, s->label_vars[i], s->label_texts[i]);
}

/* The section of page.tpl that marks the current page in the site's
 * navigation, by the `nav` name the page is begun with. */
static const char *site_nav_current(const char *nav)
{
    static const struct { const char *nav, *section; } marks[] = {
        { "home", "CURRENT_HOME" },
        { "countries", "CURRENT_COUNTRIES" },
        { "projects", "CURRENT_PROJECTS" },
        { "methodology", "CURRENT_METHODOLOGY" },
    };
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (!strcmp(nav, marks[i].nav))
            return marks[i].section;
    return "CURRENT_NONE";
}

/* `text` as a CSS string literal: every ASCII byte but letters, digits
 * and space as a hex escape, so that no quote, backslash or "</style" of
 * the data can end the string or the element (page.tpl puts it in a
 * <style> element unescaped, {{PRINT_CSS:none}}). */
static const char *css_string(Site *s, const char *text)
{
    size_t n = strlen(text);
    char *out = NEW(&s->a, char, 4 * n + 3), *o = out;
    *o++ = '"';
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p >= 0x80 || *p == ' ' || (*p >= '0' && *p <= '9') ||
            ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
            *o++ = (char)*p;
        else                            /* "\22 " for '"': 4 bytes */
            o += snprintf(o, 5, "\\%02x ", *p);
    }
    *o++ = '"';
    *o = '\0';
    return out;
}

/* Issue 19: a printed page carries its title, the as-of date and its page
 * number on every sheet, in the @page margin boxes of site.css (Chromium
 * 131 and later); their texts are custom properties set here, since a
 * margin box cannot read the document.  html.print_page has {page} before
 * {pages}; the texts around them become --print-page-a, -b, -c. */
static const char *print_css(Site *s, const char *title)
{
    const char *pat = site_l(s, "html.print_page");
    const char *p1 = strstr(pat, "{page}"), *p2 = p1 ? strstr(p1, "{pages}") : NULL;
    const char *parts[3] = { "", "", "" };
    if (p1 && p2) {
        parts[0] = arena_strndup(&s->a, pat, (size_t)(p1 - pat));
        parts[1] = arena_strndup(&s->a, p1 + 6, (size_t)(p2 - (p1 + 6)));
        parts[2] = p2 + 7;
    }
    const char *as_of = site_fmt(s, "html.print_as_of",
        "date", site_date(s, s->ind->as_of),
        "quarter", site_quarter(s, s->ind->fiscal_year, s->ind->quarter), NULL);
    return arena_printf(&s->a, ":root { --print-title: %s; --print-as-of: %s; "
                        "--print-page-a: %s; --print-page-b: %s; --print-page-c: %s; }",
                        css_string(s, title), css_string(s, as_of),
                        css_string(s, parts[0]), css_string(s, parts[1]),
                        css_string(s, parts[2]));
}

const char *site_list_sep(Site *s)
{
    return site_fmt(s, "common.list_join", "a", "", "b", "", NULL);
}

Page site_page_begin(Site *s, const char *title, int depth, const char *nav,
                     const char *body_tpl)
{
    Page p = { html_dict_new("page"), NULL, depth };
    HtmlDict *r = p.root;
    set_labels(s, r, body_tpl);
    const Indicators *ind = s->ind;
    html_dict_set_global(r, "LANG", s->lang);
    html_dict_set_global(r, "PROGRAMME", s->ctx->s->programme);
    html_dict_set_global(r, "AS_OF", site_date(s, ind->as_of));
    html_dict_set_global(r, "QUARTER", site_quarter(s, ind->fiscal_year, ind->quarter));
    html_dict_set(r, "TITLE", title);
    html_dict_set(r, "PRINT_CSS", print_css(s, title));
    /* the language's list separator ("、" in Japanese) between linked
     * names, from common.list_join */
    html_dict_set_global(r, "LIST_SEP", site_list_sep(s));
    html_dict_set(r, "ROOT", depth ? "../" : "");   /* page.tpl's links */
    if (nav)
        html_dict_show(r, site_nav_current(nav));
    p.body = html_dict_add_include(r, "BODY", body_tpl);
    return p;
}

Err site_page_write(Site *s, Page *p, const char *relpath)
{
    char *html = NULL, *msg = NULL;
    size_t len = 0;
    Err err = html_tpl_expand("page.tpl", p->root, &html, &len, &msg);
    html_dict_free(p->root);
    p->root = p->body = NULL;
    if (err) {
        diag_error(s->ctx->diag, relpath, 0, "%s", msg ? msg : "template failed");
        free(msg);
        return err;
    }
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", s->ctx->outdir, relpath)) {
        free(html);
        diag_error(s->ctx->diag, relpath, 0, "output path too long");
        return ERR_WRITE;
    }
    err = fs_write_file(path, html, len, s->ctx->diag);
    free(html);
    return err;
}

/* ---- the Site and its indexes ---- */

/* A country gets a page when the data says anything about it. */
static void mark_pages(Site *s)
{
    const Model *m = s->m;
    s->has_page = NEW(&s->a, bool, m->n_countries + 1);
    for (int i = 0; i < m->n_gci; i++)
        if (m->editions[m->gci[i].edition].published <= s->ind->as_of)
            s->has_page[m->gci[i].country] = true;
    for (int c = 0; c < m->n_countries; c++)
        if (m->country_project_start[c + 1] > m->country_project_start[c] ||
            m->countries[c].target_stage != STAGE_NONE ||
            s->ind->g.countries[c].target_stage != STAGE_NONE)
            s->has_page[c] = true;
    for (int i = 0; i < s->ind->n_participation; i++)
        s->has_page[s->ind->participation[i].country] = true;
    for (int i = 0; i < m->n_assessments; i++)
        if (s->ind->assessment_known[i])
            s->has_page[m->assessments[i].country] = true;
    s->i1_of = NEW(&s->a, int, m->n_countries + 1);
    s->n_projects = NEW(&s->a, int, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++)
        s->i1_of[c] = -1;
    for (int k = 0; k < s->ind->i1.n_countries; k++)
        s->i1_of[s->ind->i1.countries[k].country] = k;
    for (int p = 0; p < m->n_projects; p++)
        if (s->ind->project_started[p])
            for (int k = 0; k < m->projects[p].n_countries; k++)
                s->n_projects[m->projects[p].countries[k]]++;
}

/* Counting sort of the known participation rows by project. */
static void index_project_rows(Site *s)
{
    const Model *m = s->m;
    int np = m->n_projects;
    const bool *known = s->ind->participation_known;   /* §3 */
    int *start = NEW(&s->a, int, np + 2);
    for (size_t i = 0; i < m->n_participation; i++)
        if (known[i])
            start[m->participation[i].project + 1]++;
    for (int p = 0; p < np; p++)
        start[p + 1] += start[p];
    int *rows = NEW(&s->a, int, start[np] + 1);
    int *fill = NEW(&s->a, int, np + 1);
    memcpy(fill, start, sizeof(int) * (size_t)(np + 1));
    for (size_t i = 0; i < m->n_participation; i++)
        if (known[i])
            rows[fill[m->participation[i].project]++] = (int)i;
    s->project_rows_start = start;
    s->project_rows = rows;
}

static bool is_beneficiary(const Project *p, int c)
{
    for (int k = 0; k < p->n_countries; k++)
        if (p->countries[k] == c)
            return true;
    return false;
}

/* Visit each (country, project) pair once where the country's people took
 * part in a started project it is not a beneficiary of; `list` NULL counts
 * into start[c + 1], otherwise fills.  `seen[c]` holds the last project
 * visited for c, so a pair is met once whatever the number of rows. */
static void took_part_pass(Site *s, int *seen, int *start, int *fill, int *list)
{
    const Model *m = s->m;
    for (int c = 0; c < m->n_countries; c++)
        seen[c] = -1;
    for (int p = 0; p < m->n_projects; p++) {
        if (!s->ind->project_started[p])
            continue;
        for (int k = s->project_rows_start[p]; k < s->project_rows_start[p + 1]; k++) {
            int c = m->participation[s->project_rows[k]].country;
            if (seen[c] == p || is_beneficiary(&m->projects[p], c))
                continue;
            seen[c] = p;
            if (list)
                list[fill[c]++] = p;
            else
                start[c + 1]++;
        }
    }
}

static void index_took_part(Site *s)
{
    int nc = s->m->n_countries;
    int *seen = NEW(&s->a, int, nc + 1);
    int *start = NEW(&s->a, int, nc + 2);
    took_part_pass(s, seen, start, NULL, NULL);
    for (int c = 0; c < nc; c++)
        start[c + 1] += start[c];
    int *fill = NEW(&s->a, int, nc + 1);
    memcpy(fill, start, sizeof(int) * (size_t)(nc + 1));
    int *list = NEW(&s->a, int, start[nc] + 1);
    took_part_pass(s, seen, start, fill, list);
    s->took_part_start = start;
    s->took_part = list;
}

void site_init(Site *s, const RenderCtx *ctx)
{
    *s = (Site){ .ctx = ctx, .m = ctx->m, .ind = ctx->ind, .cat = ctx->cat,
                 .lang = catalog_lang(ctx->cat), .a = ARENA_INIT };
    mark_pages(s);
    prepare_labels(s);
    s->dates = NEW(&s->a, struct SiteMemo, SITE_MEMO);
    s->years = NEW(&s->a, struct SiteMemo, SITE_MEMO);
    for (int depth = 0; depth < 2; depth++) {
        s->country_hrefs[depth] = NEW(&s->a, const char *, s->m->n_countries + 1);
        s->project_hrefs[depth] = NEW(&s->a, const char *, s->m->n_projects + 1);
    }
    index_project_rows(s);
    index_took_part(s);
    int n = s->m->n_countries;
    s->order = NEW(&s->a, int, n + 1);
    for (int c = 0; c < n; c++)
        s->order[c] = c;
    collate_countries(s->m, s->lang, s->order, n);
    s->score_decimals = NEW(&s->a, int, s->m->n_editions + 1);
    for (int i = 0; i < s->m->n_gci; i++) {
        const GciRow *r = &s->m->gci[i];
        int *d = &s->score_decimals[r->edition];
        for (int p = 0; p <= PILLAR_COUNT; p++) {
            unsigned bit = p < PILLAR_COUNT ? PILLAR_BIT(p) : GCI_HAS_OVERALL;
            if (r->has & bit) {
                int k = vocab_decimals(p < PILLAR_COUNT ? r->pillar[p] : r->overall);
                if (k > *d)
                    *d = k;
            }
        }
    }
}

void site_free(Site *s)
{
    arena_release(&s->a);
}
