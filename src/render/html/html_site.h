/* html_site.h -- what every page family of the site shares (not public):
 * the Site, its indexes, words, links, the page layout and tables.  The
 * pages (html_page_*.c) and render_html.c depend on this module, never
 * the other way round.
 *
 * A Site carries the context and a scratch arena for the strings of the
 * pages being built; every text a site_* function returns lives in that
 * arena (or the catalogue) until site_free().
 */
#ifndef CYBERDASH_HTML_SITE_H
#define CYBERDASH_HTML_SITE_H

#include <stdbool.h>

#include "base/arena.h"
#include "render/html/html_tpl.h"
#include "present/vocab.h"
#include "render/render.h"

typedef struct {
    const RenderCtx *ctx;
    const Model *m;
    const Indicators *ind;
    const Catalog *cat;
    const char *lang;
    Arena a;                    /* page strings; freed at the end */
    bool *has_page;             /* per model country: countries/ISO3.html */
    int *i1_of;                 /* per model country: index in i1.countries
                                   or -1 (not a cooperation country) */
    int *n_projects;            /* per model country: started projects it
                                   benefits from */
    int *order;                 /* every model country, by name in the
                                   page's language (present/collate.h) */
    int *score_decimals;        /* per edition: decimals it publishes */
    /* Indexes built once so that no page scans the participation rows
     * (issue 8: rendering bounded by countries and projects, not rows). */
    int *project_rows_start;    /* per project p: its participation rows */
    int *project_rows;          /* known by the as-of FY are project_rows[
                                   start[p] .. start[p+1]) */
    int *took_part_start;       /* per country c: started projects its people
                                   took part in without being a */
    int *took_part;             /* beneficiary, took_part[start[c]..start[c+1]) */
    const char **label_vars;    /* "L_AS_OF", ... for every template label */
    const char **label_texts;   /* their catalogue texts */
    struct SiteLabels {         /* which labels a page with this body */
        const char *body;       /* template names, found once per build */
        const bool *used;
    } label_sets[8];
    int n_label_sets;
    struct SiteMemo {           /* texts made once per build (20,000 pages */
        int key;                /* repeat the same dates and years) */
        const char *text;
    } *dates, *years;           /* SITE_MEMO slots each, by key modulo */
    const char *pillar_sets[PILLAR_ALL + 1];   /* site_pillars(), by set */
    const char **country_hrefs[2];  /* per depth and country, once made */
    const char **project_hrefs[2];  /* per depth and project, once made */
} Site;

/* At most this many participant-only activities are listed on a country
 * page; a sentence gives the number left out and where they all are. */
#define SITE_MAX_TOOK_PART 50
/* At most this many country names in one cell of a project's table. */
#define SITE_MAX_NAMES 20
#define SITE_MEMO 16384   /* dates over 20 years: ~7,300 days */
/* Templates and assets are small files of ours; a larger one is refused. */
#define SITE_MAX_TEMPLATE (16u << 20)

/* Catalogue text of `key`. */
const char *site_l(const Site *s, const char *key);
/* Catalogue text of `key` with {name} placeholders, copied into s->a. */
const char *site_fmt(Site *s, const char *key, ...);
/* Set up the Site for one build of the site: its indexes, labels and
 * memos (no file is written); site_free() releases all of it. */
void site_init(Site *s, const RenderCtx *ctx);
void site_free(Site *s);

/* Codes are put into words by present/vocab.h (vocab_status(s->cat, st)
 * ...); this is its "not assessable" reason with the build's baseline. */
const char *site_reason(Site *s, const I1Country *c);
/* CSS class and icon for a status: "st-achieved", "✔". */
const char *site_status_class(Status st);
const char *site_status_icon(Status st);
/* "2026-09-30" style date in the catalogue's language. */
const char *site_date(Site *s, Date d);
/* §2: a date at the precision its source gave ("2023", "October 2023",
 * "16 July 2024"); "" for DATE_NONE. */
const char *site_date_at(Site *s, Date d, DatePrec prec);
/* §2, §3.7: a participant count as its source gave it: "about 80" when
 * approximate, "not reported" when no row gives one (never 0). */
const char *site_count(Site *s, bool has, long n, bool approx);
const char *site_quarter(Site *s, int fy, int q);
const char *site_fy(Site *s, int fy);
/* A whole number as text. */
const char *site_num(Site *s, long v);
/* A percent or point value rounded as §3.7, "12.35". */
const char *site_rat(Site *s, Rat r);
/* A GCI score at the precision its edition publishes (vocab_score):
 * 0.643 in 2018, 77.00 in 2020. */
const char *site_score(Site *s, Rat r, int edition);
/* A §3.8 median with its group size, "9.05 (of 167)", or "none". */
const char *site_median(Site *s, bool has, Rat median, int size);
/* Pillars of a set as words joined with the list separator. */
const char *site_pillars(Site *s, PillarSet set);
/* Relative links from a page `depth` folders below the root. */
const char *site_country_href(Site *s, int depth, int country);
const char *site_project_href(Site *s, int depth, int project);
/* Where a stage or target came from, in words (§3.4). */
const char *site_stage_source(Site *s, const GCountry *g, bool target);
const char *site_baseline_source(Site *s, const GCountry *g);
/* Whether `url` may become a link: http:// or https:// only (§5). */
bool site_url_linkable(const char *url);
/* `url` with every byte RFC 3986 does not allow percent-encoded. */
const char *site_url_href(Site *s, const char *url);
/* The country's I1 result in words: improved, not improved, not
 * assessable (reason), or not a cooperation country. */
const char *site_i1_result(Site *s, int country);
const char *site_yes_no(const Site *s, bool yes);
/* §2: "October 2023 – end not reported", "16 July 2024" for an event of
 * one day; partners joined by ", " ("—" when none). */
const char *site_period(Site *s, const Project *p);
const char *site_partners(Site *s, const Project *p);
/* §3.11: on a country's or a project's page (country or project -1), what
 * is new on it since the previous quarter end, as the section NEW of `b`
 * with its TEXT; nothing when nothing is. */
void site_new_since(Site *s, HtmlDict *b, int country, int project);
/* §3.11: a revision in words, "29 → 30 (participation.csv changed since)". */
const char *site_revision(Site *s, const Revision *v);
/* Assessment rating 1..4 and kind in words ("—" for no rating). */
const char *site_rating(Site *s, int rating);
const char *site_kind(const Site *s, AssessKind k);

/* A page: the layout page.tpl with its body template.  `depth` is 0 for
 * the root pages, 1 under countries/ and projects/; `nav` the navigation
 * entry to mark current ("home", "projects", "methodology" or NULL). */
typedef struct {
    HtmlDict *root;
    HtmlDict *body;
    int depth;
} Page;

/* The language's list separator between linked names ("、" in Japanese),
 * from common.list_join: templates show it as {{LIST_SEP}}. */
const char *site_list_sep(Site *s);
Page site_page_begin(Site *s, const char *title, int depth, const char *nav,
                     const char *body_tpl);
/* Expand and write `relpath` under the output folder; frees the page. */
Err site_page_write(Site *s, Page *p, const char *relpath);

/* A data table (table.tpl) included at {{>marker}} of `d`, with an
 * optional caption, column heads and rows (a row head and cells; _num
 * cells are right-aligned numbers). */
HtmlDict *site_table(HtmlDict *d, const char *marker, const char *caption);
void site_table_head(HtmlDict *t, const char *text);
HtmlDict *site_table_row(HtmlDict *t, const char *head);
void site_table_cell(HtmlDict *row, const char *text);
void site_table_num(HtmlDict *row, const char *text);

#endif
