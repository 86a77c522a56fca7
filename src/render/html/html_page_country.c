/* html_page_country.c -- countries/ISO3.html (§4): where a country
 * stands and why, who does what there with whom. */
#include <stdio.h>
#include <string.h>

#include "render/html/html_pages.h"

static void overview(Site *s, HtmlDict *b, int c)
{
    const Country *k = &s->m->countries[c];
    html_dict_set(b, "NAME", model_country_name(s->m, c, s->lang));
    html_dict_set(b, "ISO3", k->iso3);
    html_dict_set(b, "REGION", vocab_region(s->cat, k->region));
    const char *other = strcmp(s->lang, "ja") ? k->name_ja : k->name;
    if (other && strcmp(other, model_country_name(s->m, c, s->lang))) {
        HtmlDict *o = html_dict_add_section(b, "OTHER_NAME");
        html_dict_set(o, "TEXT", other);
        html_dict_set(o, "OTHER_LANG", strcmp(s->lang, "ja") ? "ja" : "en");
    }
    html_dict_set(b, "I1", site_i1_result(s, c));
    html_dict_set_int(b, "PROJECTS", s->n_projects[c]);
    if (s->i1_of[c] >= 0)     /* a cooperation country has a brief (§4) */
        html_dict_set(html_dict_add_section(b, "BRIEF"), "HREF",
                      arena_printf(&s->a, "../briefs/%s.pdf", k->iso3));
}

static void stage_row(Site *s, HtmlDict *b, const char *what_key, Stage st,
                      const char *source)
{
    HtmlDict *r = html_dict_add_section(b, "STAGE_ROW");
    html_dict_set(r, "WHAT", site_l(s, what_key));
    html_dict_set(r, "STAGE", vocab_stage(s->cat, st));
    html_dict_set(r, "SOURCE", source);
}

/* §3.4: each stage with where it came from. */
static void stages(Site *s, HtmlDict *b, const GCountry *g)
{
    stage_row(s, b, "html.baseline_stage", g->baseline_stage,
              site_baseline_source(s, g));
    stage_row(s, b, "html.current_stage", g->stage, site_stage_source(s, g, false));
    stage_row(s, b, "html.target_stage", g->target_stage,
              g->target_stage == STAGE_NONE ? site_l(s, "html.src_no_target")
                                            : site_stage_source(s, g, true));
    /* §3.4: a target without a current stage is unknown, not "not yet" */
    bool none = g->target_stage == STAGE_NONE;
    const char *key = none ? "html.stage_no_target"
                      : g->unknown ? "html.stage_unknown"
                      : g->reached ? "html.stage_reached" : "html.stage_not_reached";
    html_dict_set(b, "REACHED_TEXT", site_l(s, key));
    html_dict_set(b, "REACHED_CLASS", none || g->unknown ? ""
                  : g->reached ? "ok" : "todo");
    html_dict_set(b, "REACHED_ICON", none ? "\u2014" : g->unknown ? "?"
                  : g->reached ? "\u2714" : "\u25CB");
}

/* A score as published, at its edition's precision (issue 19: 0.643 in
 * 2018, not 0.64), and as percent of its edition's maximum (§3.1, §3.7). */
static const char *score(Site *s, Rat raw, int e, Rat pct)
{
    return arena_printf(&s->a, "%s (%s %%)", site_score(s, raw, e), site_rat(s, pct));
}

static void gci_table(Site *s, HtmlDict *b, int c)
{
    const Model *m = s->m;
    HtmlDict *t = NULL;
    for (int e = 0; e < m->n_editions; e++) {
        const GciRow *r = model_gci(m, c, e);
        if (!r || m->editions[e].published > s->ind->as_of)
            continue;
        if (!t) {
            t = site_table(b, "GCI", NULL);
            site_table_head(t, site_l(s, "html.edition"));
            site_table_head(t, site_l(s, "html.overall"));
            for (int p = 0; p < PILLAR_COUNT; p++)
                site_table_head(t, vocab_pillar(s->cat, p));
            site_table_head(t, site_l(s, "html.tier"));
        }
        HtmlDict *row = site_table_row(t, site_num(s, m->editions[e].year));
        site_table_num(row, r->has & GCI_HAS_OVERALL
            ? score(s, r->overall, e, compute_overall_percent(m, r)) : "\u2014");
        for (int p = 0; p < PILLAR_COUNT; p++)
            site_table_num(row, r->has & PILLAR_BIT(p)
                ? score(s, r->pillar[p], e, compute_pillar_percent(m, r, p)) : "\u2014");
        site_table_num(row, r->has & GCI_HAS_TIER ? site_num(s, r->tier) : "\u2014");
    }
    if (!t)
        html_dict_show(b, "NO_GCI");
}

static const char *rule_word(const Site *s, I1Rule rule)
{
    char key[64];
    snprintf(key, sizeof key, "common.rule_%s", rule_names[rule]);
    return site_l(s, key);
}

static const char *i1_summary(Site *s, const I1Country *k)
{
    /* §3.2: a country whose cooperation all began after the latest
     * edition has no attributed pillar yet; name those it will have */
    const char *pillars = site_pillars(s, k->pillars ? k->pillars : k->pillars_all);
    if (!k->assessable) {
        const char *r = site_reason(s, k);
        return site_fmt(s, "html.i1_summary_na", "pillars", pillars, "reason", r, NULL);
    }
    return site_fmt(s, k->improved ? "html.i1_summary_improved"
                                   : "html.i1_summary_not_improved",
                    "pillars", pillars, "delta", site_rat(s, k->mean_delta),
                    "rule", rule_word(s, s->ind->i1.rule), NULL);
}

static void i1_pillars(Site *s, HtmlDict *sec, const I1Country *k)
{
    HtmlDict *t = site_table(sec, "I1_TABLE", NULL);
    site_table_head(t, site_l(s, "html.pillar"));
    site_table_head(t, site_l(s, "html.baseline_pct"));
    site_table_head(t, site_l(s, "html.latest_pct"));
    site_table_head(t, site_l(s, "html.delta_pp"));
    for (int p = 0; p < PILLAR_COUNT; p++) {
        if (!(k->pillars & PILLAR_BIT(p)))
            continue;
        bool hb = k->has_baseline & PILLAR_BIT(p), hl = k->has_latest & PILLAR_BIT(p);
        HtmlDict *r = site_table_row(t, vocab_pillar(s->cat, p));
        site_table_num(r, hb ? site_rat(s, k->baseline[p]) : "\u2014");
        site_table_num(r, hl ? site_rat(s, k->latest[p]) : "\u2014");
        site_table_num(r, hb && hl ? site_rat(s, k->delta[p]) : "\u2014");
    }
}

/* The per-country pillar profile chart: every pillar in percent, in every
 * edition published by the as-of date with a row for the country (as the
 * chart draws them), targeted pillars marked. */
static void profile_chart(Site *s, HtmlDict *sec, const I1Country *k)
{
    const Model *m = s->m;
    int c = k->country;
    HtmlDict *ch = html_dict_add_include(sec, "CHART", "chart.tpl");
    html_dict_set(ch, "ID", "profile");
    html_dict_set(ch, "SRC", arena_printf(&s->a, "../charts/country_%s.png",
                                          m->countries[c].iso3));
    html_dict_set(ch, "TITLE", site_l(s, "html.chart_profile_title"));
    const GciRow *rows[16];
    int eds[16], n = 0;
    for (int e = 0; e < m->n_editions && n < 16; e++) {
        const GciRow *r = model_gci(m, c, e);
        if (r && m->editions[e].published <= s->ind->as_of) {
            rows[n] = r;
            eds[n++] = e;
        }
    }
    html_dict_set(ch, "ALT", site_fmt(s, "html.chart_profile_alt",
        "name", model_country_name(m, c, s->lang),
        "baseline", k->baseline_edition >= 0
                    ? site_num(s, m->editions[k->baseline_edition].year) : "\u2014",
        "latest", k->latest_edition >= 0
                  ? site_num(s, m->editions[k->latest_edition].year) : "\u2014",
        "pillars", site_pillars(s, k->pillars), NULL));
    HtmlDict *t = site_table(ch, "TABLE", NULL);
    site_table_head(t, site_l(s, "html.pillar"));
    for (int i = 0; i < n; i++)
        site_table_head(t, site_fmt(s, "html.edition_pct", "edition",
                                    site_num(s, m->editions[eds[i]].year), NULL));
    site_table_head(t, site_l(s, "html.targeted"));
    for (int p = 0; p < PILLAR_COUNT; p++) {
        HtmlDict *r = site_table_row(t, vocab_pillar(s->cat, p));
        for (int i = 0; i < n; i++)
            site_table_num(r, rows[i]->has & PILLAR_BIT(p)
                           ? site_rat(s, compute_pillar_percent(m, rows[i], p)) : "\u2014");
        site_table_cell(r, site_yes_no(s, k->pillars & PILLAR_BIT(p)));
    }
}

/* §3.8: set against comparable non-cooperation countries, beside I1. */
static void context(Site *s, HtmlDict *sec, const I1Country *k)
{
    const char *name = model_country_name(s->m, k->country, s->lang);
    const char *text;
    if (!k->assessable)
        text = site_l(s, "html.context_na");
    else if (!k->has_group_median)
        text = site_fmt(s, "html.context_no_group", "name", name, NULL);
    else
        text = site_fmt(s, rat_gt(k->excess, RAT_ZERO) ? "html.context_above"
                                                       : "html.context_not_above",
                        "name", name, "delta", site_rat(s, k->mean_delta),
                        "median", site_rat(s, k->group_median),
                        "size", site_num(s, k->group_size),
                        "excess", site_rat(s, k->excess), NULL);
    html_dict_set(sec, "CONTEXT", text);
    if (!k->assessable)
        return;
    HtmlDict *t = site_table(sec, "CONTEXT_TABLE", NULL);
    site_table_head(t, site_l(s, "html.comparison"));
    site_table_head(t, site_l(s, "html.mean_delta"));
    site_table_head(t, site_l(s, "html.excess"));
    HtmlDict *r = site_table_row(t, site_l(s, "html.this_country"));
    site_table_num(r, site_rat(s, k->mean_delta));
    site_table_num(r, "\u2014");
    r = site_table_row(t, site_l(s, "html.group_median"));
    site_table_num(r, site_median(s, k->has_group_median, k->group_median, k->group_size));
    site_table_num(r, k->has_group_median ? site_rat(s, k->excess) : "\u2014");
    r = site_table_row(t, site_l(s, "html.region_median"));
    site_table_num(r, site_median(s, k->has_region_median, k->region_median, k->region_size));
    site_table_num(r, k->has_region_median
                   ? site_rat(s, rat_sub(k->mean_delta, k->region_median)) : "\u2014");
}

static void i1_section(Site *s, HtmlDict *b, int c)
{
    if (s->i1_of[c] < 0)
        return;
    const I1Country *k = &s->ind->i1.countries[s->i1_of[c]];
    HtmlDict *sec = html_dict_add_section(b, "I1_SECTION");
    html_dict_set(sec, "SUMMARY", i1_summary(s, k));
    if (k->pillars)
        i1_pillars(s, sec, k);
    profile_chart(s, sec, k);
    context(s, sec, k);
}

static void project_row(Site *s, HtmlDict *b, int p, bool beneficiary)
{
    const Model *m = s->m;
    const Project *pr = &m->projects[p];
    HtmlDict *r = html_dict_add_section(b, "PROJECT");
    html_dict_set(r, "HREF", site_project_href(s, 1, p));
    html_dict_set(r, "TITLE", model_project_title(m, p, s->lang));
    html_dict_set(r, "ID", pr->id);
    html_dict_set(r, "ROLE", site_l(s, beneficiary ? "html.role_beneficiary"
                                                   : "html.role_participant"));
    html_dict_set(r, "SCHEME", vocab_scheme(s->cat, pr->scheme));
    html_dict_set(r, "PERIOD", site_period(s, pr));
    html_dict_set(r, "PILLARS", site_pillars(s, pr->pillars));
    html_dict_set(r, "COUNTERPART", pr->counterpart ? pr->counterpart : "\u2014");
    html_dict_set(r, "PARTNERS", site_partners(s, pr));
}

/* Who does what here, with whom: the started projects it benefits from,
 * then the activities its people took part in (at most SITE_MAX_TOOK_PART
 * of them, the last by project id, with the number of the others). */
static void projects(Site *s, HtmlDict *b, int c)
{
    const Model *m = s->m;
    int n = 0;
    for (int k = m->country_project_start[c]; k < m->country_project_start[c + 1]; k++) {
        int p = m->country_projects[k];
        if (!s->ind->project_started[p])
            continue;
        if (n++ == 0)
            html_dict_show(b, "HAS_PROJECTS");
        project_row(s, b, p, true);
    }
    int first = s->took_part_start[c], last = s->took_part_start[c + 1];
    int shown = last - first < SITE_MAX_TOOK_PART ? last - first : SITE_MAX_TOOK_PART;
    for (int k = last - shown; k < last; k++) {
        if (n++ == 0)
            html_dict_show(b, "HAS_PROJECTS");
        project_row(s, b, s->took_part[k], false);
    }
    if (last - first > shown)
        html_dict_set(html_dict_add_section(b, "MORE_PROJECTS"), "TEXT",
                      site_fmt(s, "html.more_activities", "n",
                               site_num(s, last - first - shown), NULL));
    if (n == 0)
        html_dict_show(b, "NO_PROJECTS");
}

static void participation(Site *s, HtmlDict *b, int c)
{
    HtmlDict *t = NULL;
    for (int i = 0; i < s->ind->n_participation; i++) {
        const ParticipationSum *p = &s->ind->participation[i];
        if (p->country != c)
            continue;
        if (!t) {
            t = site_table(b, "PARTICIPATION", NULL);
            site_table_head(t, site_l(s, "html.fiscal_year"));
            site_table_head(t, site_l(s, "html.participants"));
            site_table_head(t, site_l(s, "html.women"));
            site_table_head(t, site_l(s, "html.activities"));
        }
        HtmlDict *r = site_table_row(t, site_fy(s, p->fy));
        VocabPeople y = vocab_people_of(p);   /* §3.7: "3+", "about 80" */
        const char *people = vocab_people(s->cat, &s->a, &y), *women = vocab_women(s->cat, &s->a, &y);
        site_table_num(r, people ? people : site_l(s, "common.not_reported"));
        site_table_num(r, women ? women : site_l(s, "common.not_reported"));
        site_table_num(r, site_num(s, p->activities));
    }
    if (!t)
        html_dict_show(b, "NO_PARTICIPATION");
}

static void assessments(Site *s, HtmlDict *b, int c)
{
    const Model *m = s->m;
    int n = 0;
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->country != c || !s->ind->assessment_known[i])
            continue;
        if (n++ == 0)
            html_dict_show(b, "HAS_ASSESSMENTS");
        HtmlDict *r = html_dict_add_section(b, "ASSESSMENT");
        html_dict_set(r, "DATE", site_date_at(s, a->date, a->date_prec));
        html_dict_set(r, "KIND", site_kind(s, a->kind));
        html_dict_set(r, "RATING", site_rating(s, a->rating));
        html_dict_set(r, "STAGE", vocab_stage(s->cat, a->stage));
        html_dict_set(r, "PILLAR", a->pillar >= 0 ? vocab_pillar(s->cat, a->pillar) : "\u2014");
        if (a->project >= 0 && s->ind->project_started[a->project]) {
            HtmlDict *l = html_dict_add_section(r, "PROJECT_LINK");
            html_dict_set(l, "HREF", site_project_href(s, 1, a->project));
            html_dict_set(l, "TITLE", model_project_title(m, a->project, s->lang));
        } else if (a->project >= 0) {   /* not started: no page yet */
            html_dict_set(html_dict_add_section(r, "PROJECT_TEXT"), "TITLE",
                          model_project_title(m, a->project, s->lang));
        }
        html_dict_set(r, "SUMMARY", a->summary ? a->summary : "");
    }
    if (n == 0)
        html_dict_show(b, "NO_ASSESSMENTS");
}

/* §3.3: one row that made the country count first: its FILE:LINE and
 * the project it belongs to. */
static void d2_row(Site *s, HtmlDict *sec, const D2Row *row)
{
    const Model *m = s->m;
    char ref[VOCAB_ROW_REF_SIZE];
    int p = row->kind == D2_ROW_PROJECT ? (int)row->index
                                        : m->participation[row->index].project;
    HtmlDict *r = html_dict_add_section(sec, "ROW");
    html_dict_set(r, "REF", arena_strdup(&s->a, vocab_row_ref(m, row, ref)));
    html_dict_set(r, "HREF", site_project_href(s, 1, p));
    html_dict_set(r, "TITLE", model_project_title(m, p, s->lang));
    if (row->kind == D2_ROW_PARTICIPATION) {
        const Participation *pr = &m->participation[row->index];
        html_dict_set(r, "DETAIL", site_fmt(s, "html.d2_row_participation",
            "fy", site_fy(s, pr->fiscal_year),
            "people", site_count(s, pr->participants >= 0, pr->participants,
                                 pr->approx), NULL));
    }
}

/* §3.3, §4: when and on what basis the country counts for D2, with the
 * rows that made it count first. */
static void d2_section(Site *s, HtmlDict *b, int c)
{
    const D2 *d2 = &s->ind->d2;
    HtmlDict *sec = html_dict_add_section(b, "D2_SECTION");
    const D2Country *k = d2_country(d2, c);
    if (!k) {
        html_dict_set(sec, "TEXT", site_fmt(s, "html.d2_not_counted", "date",
                                            site_date(s, s->ind->as_of), NULL));
        return;
    }
    html_dict_set(sec, "TEXT", site_fmt(s, "html.d2_counted",
        "fy", site_fy(s, k->first_fy),
        "bases", vocab_bases(s->cat, &s->a, k->bases),
        "strongest", vocab_basis(s->cat, k->strongest), NULL));
    HtmlDict *list = k->n_rows ? html_dict_add_section(sec, "ROWS") : NULL;
    for (int i = 0; i < k->n_rows; i++)
        d2_row(s, list, &k->rows[i]);
    if (k->rows_total > k->n_rows)
        html_dict_set(html_dict_add_section(sec, "MORE_ROWS"), "TEXT",
                      site_fmt(s, "html.d2_more_rows", "n",
                               site_num(s, k->rows_total - k->n_rows), NULL));
}

static Err country_page(Site *s, int c)
{
    const Country *k = &s->m->countries[c];
    const char *title = site_fmt(s, "html.country_title", "name",
                                 model_country_name(s->m, c, s->lang), NULL);
    Page p = site_page_begin(s, title, 1, NULL, "country.tpl");
    site_new_since(s, p.body, c, -1);
    overview(s, p.body, c);
    stages(s, p.body, &s->ind->g.countries[c]);
    gci_table(s, p.body, c);
    i1_section(s, p.body, c);
    projects(s, p.body, c);
    participation(s, p.body, c);
    d2_section(s, p.body, c);
    assessments(s, p.body, c);
    html_country_i2d1(s, p.body, c);
    return site_page_write(s, &p, arena_printf(&s->a, "countries/%s.html", k->iso3));
}

Err html_page_countries(Site *s)
{
    for (int c = 0; c < s->m->n_countries; c++) {
        if (!s->has_page[c])
            continue;
        Err err = country_page(s, c);
        if (err)
            return err;
    }
    return ERR_OK;
}
