/* html_page_methodology.c -- methodology.html (§4): every rule and setting
 * used for this build, the data and its dates, what was left out and why. */
#include <stdio.h>
#include <string.h>

#include "render/html/html_pages.h"

static void setting(Site *s, HtmlDict *t, const char *key, const char *value)
{
    site_table_cell(site_table_row(t, site_l(s, key)), value);
}

static const char *targets_text(Site *s)
{
    const Settings *st = s->ctx->s;
    char *out = arena_strdup(&s->a, "");
    for (int i = 0; i < st->n_d2_targets; i++)
        out = arena_printf(&s->a, "%s%s%s", out, i ? "; " : "",
            site_fmt(s, "methodology.target_by", "n", site_num(s, st->d2_targets[i].target),
                     "fy", site_fy(s, st->d2_targets[i].fy), NULL));
    return out;
}

/* §3.9, §3.10: an optional target, or that none is set. */
static const char *optional_target(Site *s, int target, int by_fy)
{
    return target < 0 ? site_l(s, "methodology.no_target")
                      : site_fmt(s, "methodology.target_by", "n", site_num(s, target),
                                 "fy", site_fy(s, by_fy), NULL);
}

/* A setting's value in words, with its cyberdash.ini code where the
 * catalogue shows one (html.setting_code: English readers edit the file;
 * issue 19: Japanese text shows no raw code such as "mean"). */
static const char *coded(Site *s, const char *code, const char *words)
{
    return site_fmt(s, "html.setting_code", "code", code, "words", words, NULL);
}

static void settings(Site *s, HtmlDict *b)
{
    const Settings *st = s->ctx->s;
    const Indicators *ind = s->ind;
    HtmlDict *t = site_table(b, "SETTINGS", NULL);
    site_table_head(t, site_l(s, "html.setting"));
    site_table_head(t, site_l(s, "html.setting_value"));
    setting(s, t, "methodology.set_as_of", arena_printf(&s->a, "%s (%s)",
            site_date(s, ind->as_of), site_quarter(s, ind->fiscal_year, ind->quarter)));
    setting(s, t, "methodology.set_programme", st->programme);
    setting(s, t, "methodology.set_lang", s->lang);
    char key[64];
    snprintf(key, sizeof key, "methodology.rule_%s", rule_names[st->rule]);
    setting(s, t, "methodology.set_rule", coded(s, rule_names[st->rule], site_l(s, key)));
    setting(s, t, "methodology.set_min_delta", site_rat(s, st->min_delta));
    setting(s, t, "methodology.set_i1_target", site_fmt(s, "methodology.target_by",
            "n", site_num(s, st->i1_target), "fy", site_fy(s, st->i1_by_fy), NULL));
    setting(s, t, "methodology.set_i2_target", optional_target(s, st->i2_target, st->i2_by_fy));
    setting(s, t, "methodology.set_d1_rule", coded(s, d1_rule_names[st->d1_rule],
            vocab_d1_rule(s->cat, st->d1_rule)));
    setting(s, t, "methodology.set_d1_target", optional_target(s, st->d1_target, st->d1_by_fy));
    setting(s, t, "methodology.set_baseline", site_num(s, st->baseline_edition));
    setting(s, t, "methodology.set_latest", ind->latest_edition_year
            ? site_num(s, ind->latest_edition_year) : site_l(s, "methodology.no_latest"));
    setting(s, t, "methodology.set_attribution", coded(s, attribution_names[st->attribution],
            vocab_attribution(s->cat, st->attribution)));
    setting(s, t, "methodology.set_window", site_fy(s, st->window_start_fy));
    setting(s, t, "methodology.set_d2_targets", targets_text(s));
    setting(s, t, "methodology.set_d2_compare", coded(s, compare_names[st->d2_compare],
            vocab_d2_reading(s->cat, &s->a, st->d2_compare,
                             st->n_d2_targets ? st->d2_targets[0].target : 30)));
    setting(s, t, "methodology.set_d2_count", vocab_bases(s->cat, &s->a, st->d2_count));
    setting(s, t, "methodology.set_thresholds", site_fmt(s, "methodology.thresholds",
            "initial", site_rat(s, st->initial_below),
            "growing", site_rat(s, st->growing_below),
            "networking", site_rat(s, st->networking_below), NULL));
    setting(s, t, "methodology.set_tiers", site_l(s, "methodology.tiers"));
}

static void para(Site *s, HtmlDict *b, const char *section, const char *head_key,
                 const char *text)
{
    HtmlDict *r = html_dict_add_section(b, section);
    html_dict_set(r, "H", site_l(s, head_key));
    html_dict_set(r, "TEXT", text);
}

static void rules(Site *s, HtmlDict *b)
{
    const Settings *st = s->ctx->s;
    html_dict_set(b, "RULES_HEADING", site_l(s, "methodology.rules_heading"));
    para(s, b, "RULE", "methodology.asof_h", site_l(s, "methodology.asof"));
    para(s, b, "RULE", "methodology.i1_h", site_fmt(s, "methodology.i1",
         "baseline", site_num(s, st->baseline_edition), "min", site_rat(s, st->min_delta),
         "rule", vocab_rule(s->cat, st->rule),
         "attribution", vocab_attribution(s->cat, st->attribution), NULL));
    para(s, b, "RULE", "methodology.i2_h", site_l(s, "methodology.i2"));
    para(s, b, "RULE", "methodology.d1_h", site_fmt(s, "methodology.d1", "rule",
         vocab_d1_rule(s->cat, st->d1_rule), NULL));
    para(s, b, "RULE", "methodology.d2_h", site_fmt(s, "methodology.d2",
         "start", site_fy(s, st->window_start_fy),
         "bases", vocab_bases(s->cat, &s->a, st->d2_count),
         "reading", vocab_d2_reading(s->cat, &s->a, st->d2_compare,
                                     st->n_d2_targets ? st->d2_targets[0].target : 30),
         NULL));
    para(s, b, "RULE", "methodology.g_h", site_l(s, "methodology.g"));
    para(s, b, "RULE", "methodology.status_h", site_l(s, "methodology.status"));
    para(s, b, "RULE", "methodology.trend_h", site_l(s, "methodology.trend"));
    para(s, b, "RULE", "methodology.rounding_h", site_l(s, "methodology.rounding"));
    /* §3.8 in plain words: the group, the median, the limits. */
    para(s, b, "CTX", "methodology.ctx_group_h", site_l(s, "methodology.ctx_group"));
    para(s, b, "CTX", "methodology.ctx_median_h", site_l(s, "methodology.ctx_median"));
    para(s, b, "CTX", "methodology.ctx_limits_h", site_l(s, "methodology.ctx_limits"));
}

static void sources(Site *s, HtmlDict *b)
{
    const Model *m = s->m;
    html_dict_set(b, "SOURCES_TEXT", site_l(s, "methodology.sources"));
    HtmlDict *t = site_table(b, "EDITIONS", site_l(s, "methodology.editions_caption"));
    site_table_head(t, site_l(s, "html.edition"));
    site_table_head(t, site_l(s, "html.published"));
    site_table_head(t, site_l(s, "methodology.reference_date"));
    site_table_head(t, site_l(s, "html.pillar_max"));
    site_table_head(t, site_l(s, "html.overall_max"));
    site_table_head(t, site_l(s, "html.counted"));
    for (int e = 0; e < m->n_editions; e++) {
        const Edition *ed = &m->editions[e];
        HtmlDict *r = site_table_row(t, site_num(s, ed->year));
        site_table_cell(r, site_date_at(s, ed->published, ed->published_prec));
        site_table_cell(r, ed->has_reference_date
                           ? site_date_at(s, ed->reference_date, ed->reference_prec)
                           : site_l(s, "methodology.reference_default"));
        site_table_num(r, site_rat(s, ed->pillar_max));
        site_table_num(r, site_rat(s, ed->overall_max));
        site_table_cell(r, site_l(s, ed->published <= s->ind->as_of
                                     ? "methodology.counted_yes"
                                     : "methodology.counted_not_published"));
    }
    t = site_table(b, "FILES", site_l(s, "methodology.files_caption"));
    site_table_head(t, site_l(s, "methodology.file"));
    site_table_head(t, site_l(s, "html.rows"));
    site_table_head(t, site_l(s, "methodology.bytes"));
    site_table_head(t, "SHA-256");
    long rows[LOAD_N_FILES] = { m->n_countries, m->n_editions, m->n_gci, m->n_projects,
                                (long)m->n_participation, m->n_assessments,
                                m->n_scenarios, m->n_results };
    const Fingerprint *fp = s->ctx->inputs;
    for (int i = 0; i < LOAD_N_FILES; i++) {
        const FpFile *f = &fp->files[i];
        HtmlDict *r = site_table_row(t, f->name);
        site_table_num(r, site_num(s, rows[i]));
        site_table_num(r, f->present ? site_num(s, (long)f->bytes) : "\u2014");
        site_table_cell(r, f->present ? f->sha256 : site_l(s, "methodology.file_absent"));
    }
    /* §4: one fingerprint names the data and settings behind every figure */
    html_dict_set(b, "FINGERPRINT_TEXT", site_fmt(s, "methodology.fingerprint",
                  "fingerprint", arena_printf(&s->a, "sha256:%s", fp->overall),
                  "settings", fp->settings_sha256, NULL));
}

static void not_assessable(Site *s, HtmlDict *b)
{
    const I1 *i1 = &s->ind->i1;
    HtmlDict *t = NULL;
    for (int i = 0; i < s->m->n_countries; i++) {   /* by name (issue 19) */
        int k = s->i1_of[s->order[i]];
        if (k < 0)
            continue;
        const I1Country *c = &i1->countries[k];
        if (c->assessable)
            continue;
        if (!t) {
            t = site_table(b, "NA", NULL);
            site_table_head(t, site_l(s, "html.country"));
            site_table_head(t, site_l(s, "html.reason"));
        }
        const char *r = site_reason(s, c);
        site_table_cell(site_table_row(t, model_country_name(s->m, c->country, s->lang)), r);
    }
    if (!t)
        html_dict_show(b, "NO_NA");
}

static void later(Site *s, HtmlDict *b)
{
    const Excluded *x = &s->ind->excluded;
    HtmlDict *t = site_table(b, "LATER", NULL);
    site_table_head(t, site_l(s, "html.later_what"));
    site_table_head(t, site_l(s, "html.later_count"));
    site_table_num(site_table_row(t, site_l(s, "methodology.later_editions")),
                   site_num(s, x->editions_unpublished));
    site_table_num(site_table_row(t, site_l(s, "methodology.later_projects")),
                   site_num(s, x->projects_not_started));
    site_table_num(site_table_row(t, site_l(s, "methodology.later_participation")),
                   site_num(s, (long)x->participation_later));
    site_table_num(site_table_row(t, site_l(s, "methodology.later_assessments")),
                   site_num(s, x->assessments_later));
    site_table_num(site_table_row(t, site_l(s, "methodology.later_results")),
                   site_num(s, x->results_later));
}

/* The loader's warnings, as it printed them (FILE:LINE: message). */
static void warnings(Site *s, HtmlDict *b)
{
    const Diag *d = s->ctx->load_notes ? s->ctx->load_notes : s->ctx->diag;
    size_t shown = 0;
    for (size_t i = 0; d && i < d->n; i++) {
        const DiagItem *it = &d->items[i];
        if (it->level != DIAG_WARNING)
            continue;
        if (shown++ == 0)
            html_dict_show(b, "HAS_WARN");
        const char *text = it->line > 0
            ? arena_printf(&s->a, "%s:%ld: %s", it->file, it->line, it->msg)
            : arena_printf(&s->a, "%s: %s", it->file, it->msg);
        html_dict_set(html_dict_add_section(b, "WARN"), "TEXT", text);
    }
    if (shown == 0)
        html_dict_show(b, "NO_WARN");
    else if (d->warnings > shown)
        html_dict_set(html_dict_add_section(b, "MORE"), "TEXT",
                      site_fmt(s, "methodology.more_warnings", "n",
                               site_num(s, (long)(d->warnings - shown)), NULL));
}

/* §3.11: the revisions, as on the dashboard, with how they are made. */
static void revisions(Site *s, HtmlDict *b)
{
    const Revisions *r = &s->ind->revisions;
    html_dict_set(b, "REVISIONS_HEADING", site_l(s, "methodology.revisions_heading"));
    if (!r->present) {
        html_dict_set(b, "REVISIONS_TEXT", site_l(s, "methodology.revisions_none"));
        return;
    }
    const char *date = site_date(s, r->published_as_of);
    html_dict_set(b, "REVISIONS_TEXT", site_fmt(s, "methodology.revisions", "date", date,
                  "n", site_num(s, r->n), NULL));
    HtmlDict *list = r->n ? html_dict_add_section(b, "REVISION_LIST") : NULL;
    for (int i = 0; i < r->n; i++) {
        const Revision *v = &r->items[i];
        HtmlDict *it = html_dict_add_section(list, "ITEM");
        html_dict_set(it, "FIGURE", v->figure);
        html_dict_set(it, "TEXT", site_revision(s, v));
    }
}

Err html_page_methodology(Site *s)
{
    Page p = site_page_begin(s, site_l(s, "html.methodology_title"), 0,
                             "methodology", "methodology.tpl");
    html_dict_set(p.body, "INTRO", site_l(s, "methodology.intro"));
    settings(s, p.body);
    rules(s, p.body);
    sources(s, p.body);
    revisions(s, p.body);
    not_assessable(s, p.body);
    later(s, p.body);
    warnings(s, p.body);
    return site_page_write(s, &p, "methodology.html");
}
