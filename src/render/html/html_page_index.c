/* html_page_index.c -- index.html, the dashboard (§4): a card per
 * indicator, the charts with their words and numbers, the country table. */
#include <string.h>

#include "render/html/html_pages.h"

static HtmlDict *card(Site *s, HtmlDict *body, const char *code,
                      const char *name_key, long value, long target)
{
    HtmlDict *c = html_dict_add_section(body, "CARD");
    html_dict_set(c, "CODE", code);
    html_dict_set(c, "NAME", site_l(s, name_key));
    html_dict_set_int(c, "VALUE", value);
    html_dict_set_int(c, "TARGET", target);
    html_dict_show(c, "TARGETED");
    return c;
}

static void card_status(Site *s, HtmlDict *c, Status st)
{
    html_dict_set(c, "STATUS", vocab_status(s->cat, st));
    html_dict_set(c, "STATUS_CLASS", site_status_class(st));
    html_dict_set(c, "ICON", site_status_icon(st));
}

static void card_note(HtmlDict *c, const char *text)
{
    html_dict_set(html_dict_add_section(c, "NOTE"), "TEXT", text);
}

/* §3.2: how many could not be assessed because their cooperation began
 * after the data of the latest edition, said with that edition. */
static void i1_late_note(Site *s, HtmlDict *c)
{
    const I1 *i1 = &s->ind->i1;
    int late = 0, edition = -1;
    for (int k = 0; k < i1->n_countries; k++)
        if (i1->countries[k].reason == NA_COOPERATION_AFTER_LATEST) {
            late++;
            edition = i1->countries[k].latest_edition;
        }
    if (late == 0)
        return;
    const Edition *e = &s->m->editions[edition];
    card_note(c, site_fmt(s, "html.i1_late_note", "n", site_num(s, late),
                          "latest", site_num(s, e->year),
                          "reference", site_date_at(s, e->reference_date,
                                                    e->reference_prec), NULL));
}

static void i1_card(Site *s, HtmlDict *body)
{
    const I1 *i1 = &s->ind->i1;
    HtmlDict *c = card(s, body, "I1", "html.i1_name", i1->value, i1->status.target);
    html_dict_set(c, "TARGET_TEXT", site_fmt(s, "html.target_countries", "n",
                                             site_num(s, i1->status.target), NULL));
    html_dict_set(c, "DEADLINE", site_fy(s, i1->status.by_fy));
    card_status(s, c, i1->status.status);
    card_note(c, site_fmt(s, "html.i1_assessable_note", "n", site_num(s, i1->n_assessable),
                          "m", site_num(s, i1->n_countries), NULL));
    i1_late_note(s, c);
    if (s->ctx->s->attribution == ATTRIBUTION_NONE)
        card_note(c, site_fmt(s, "html.i1_attribution_note", "rule",
                              vocab_attribution(s->cat, ATTRIBUTION_NONE), NULL));
    /* §3.8: beside I1, never replacing it. */
    card_note(c, site_fmt(s, "html.i1_context_line", "n", site_num(s, i1->outperformed),
                          "m", site_num(s, i1->n_assessable), NULL));
}

/* §3.3: the counted countries by their strongest basis, "Own project: 5,
 * Took part in an activity: 7, ...", and the bases that count when the
 * setting leaves some out. */
static void d2_basis_notes(Site *s, HtmlDict *c)
{
    const D2 *d2 = &s->ind->d2;
    const char *parts[BASIS_COUNT];
    int n = 0;
    for (int b = 0; b < BASIS_COUNT; b++)
        if (d2->count_bases & BASIS_BIT(b))
            parts[n++] = arena_printf(&s->a, "%s: %s", vocab_basis(s->cat, (D2Basis)b),
                                      site_num(s, d2->by_basis[b]));
    card_note(c, site_fmt(s, "html.d2_by_basis", "list",
                          vocab_join(s->cat, &s->a, parts, n), NULL));
    if (d2->count_bases != BASIS_ALL)
        card_note(c, site_fmt(s, "html.d2_count_note", "bases",
                              vocab_bases(s->cat, &s->a, d2->count_bases), NULL));
}

static void d2_cards(Site *s, HtmlDict *body)
{
    const D2 *d2 = &s->ind->d2;
    for (int t = 0; t < d2->n_targets; t++) {
        const TargetStatus *ts = &d2->targets[t];
        HtmlDict *c = card(s, body, "D2", "html.d2_name", (long)ts->value, ts->target);
        /* §3.3: every D2 target says how it is read ("more than 30") */
        html_dict_set(c, "TARGET_TEXT", site_fmt(s, "html.target_reading", "reading",
                      vocab_d2_reading(s->cat, &s->a, d2->compare, ts->target), NULL));
        html_dict_set(c, "DEADLINE", site_fy(s, ts->by_fy));
        card_status(s, c, ts->status);
        card_note(c, site_fmt(s, "html.d2_note", "start",
                              site_fy(s, d2->window_start_fy), NULL));
        d2_basis_notes(s, c);
    }
}

/* G has no deadline in the strategy (§1): its card shows how many
 * countries with a target stage have reached it, achieved when all have. */
static void g_card(Site *s, HtmlDict *body)
{
    const G *g = &s->ind->g;
    HtmlDict *c = card(s, body, "G", "html.g_name", g->reached, g->with_target);
    html_dict_set(c, "TARGET_TEXT", site_l(s, "html.g_target"));
    html_dict_set(c, "DEADLINE", site_l(s, "html.g_deadline"));
    if (g->with_target > 0 && g->reached == g->with_target) {
        card_status(s, c, STATUS_ACHIEVED);
    } else {
        html_dict_set(c, "STATUS", site_l(s, "html.g_status_open"));
        html_dict_set(c, "STATUS_CLASS", "st-open");
        html_dict_set(c, "ICON", "\u25CB");
    }
    /* §3.4: "R of T reached, U unknown" -- unknown is neither */
    card_note(c, site_fmt(s, "html.g_summary", "r", site_num(s, g->reached),
                          "t", site_num(s, g->with_target),
                          "u", site_num(s, g->unknown), NULL));
    if (g->unknown > 0)
        card_note(c, site_l(s, "html.g_unknown_note"));
}

/* §3.9, §3.10: I2 and D1 -- the value and the count of each result; a
 * target and its status only when one is set (the strategy sets none). */
static HtmlDict *result_card(Site *s, HtmlDict *body, const char *code,
                             const char *name_key, int value, bool has_target,
                             const TargetStatus *t, const char *target_key)
{
    HtmlDict *c;
    if (has_target) {
        c = card(s, body, code, name_key, value, t->target);
        html_dict_set(c, "TARGET_TEXT", site_fmt(s, target_key, "n",
                                                 site_num(s, t->target), NULL));
        html_dict_set(c, "DEADLINE", site_fy(s, t->by_fy));
        card_status(s, c, t->status);
    } else {
        c = html_dict_add_section(body, "CARD");
        html_dict_set(c, "CODE", code);
        html_dict_set(c, "NAME", site_l(s, name_key));
        html_dict_set_int(c, "VALUE", value);
        html_dict_set(c, "STATUS_CLASS", "st-open");
    }
    return c;
}

static void card_result(Site *s, HtmlDict *c, const char *label, int count)
{
    HtmlDict *r = html_dict_add_section(c, "RESULT");
    html_dict_set(r, "LABEL", label);
    html_dict_set(r, "COUNT", site_num(s, count));
}

static void i2_card(Site *s, HtmlDict *body)
{
    const I2 *i2 = &s->ind->i2;
    HtmlDict *c = result_card(s, body, "I2", "html.i2_name", i2->value,
                              i2->has_target, &i2->status, "html.target_countries");
    for (int r = 0; r < I2_RESULT_COUNT; r++)
        card_result(s, c, vocab_i2_result(s->cat, (I2Result)r), i2->results[r]);
    card_note(c, site_fmt(s, "html.i2_note", "n", site_num(s, i2->n_countries), NULL));
}

static void d1_card(Site *s, HtmlDict *body)
{
    const D1 *d1 = &s->ind->d1;
    HtmlDict *c = result_card(s, body, "D1", "html.d1_name", d1->value,
                              d1->has_target, &d1->status, "html.target_projects");
    for (int r = 0; r < D1_RESULT_COUNT; r++)
        card_result(s, c, vocab_d1_result(s->cat, (D1Result)r), d1->results[r]);
    card_note(c, site_fmt(s, "html.d1_note", "n", site_num(s, d1->with_scenario),
                          "m", site_num(s, d1->n_projects),
                          "rule", vocab_d1_rule(s->cat, d1->rule), NULL));
}

/* ---- charts: the picture, its finding in words, its numbers ---- */

static HtmlDict *chart(Site *s, HtmlDict *body, const char *file,
                       const char *title_key, const char *alt)
{
    HtmlDict *c = html_dict_add_include(body, "CHART", "chart.tpl");
    html_dict_set(c, "ID", arena_strndup(&s->a, file, strlen(file) - 4));
    html_dict_set(c, "SRC", arena_printf(&s->a, "charts/%s", file));
    html_dict_set(c, "TITLE", site_l(s, title_key));
    html_dict_set(c, "ALT", alt);
    return site_table(c, "TABLE", NULL);
}

static void chart_d2(Site *s, HtmlDict *body)
{
    const D2 *d2 = &s->ind->d2;
    const char *alt = site_l(s, "html.chart_no_data");
    if (d2->n_years > 0) {
        const D2Year *last = &d2->cumulative[d2->n_years - 1];
        alt = site_fmt(s, "html.chart_d2_alt", "n", site_num(s, last->count),
                       "fy", site_fy(s, last->fy),
                       "start", site_fy(s, d2->window_start_fy), NULL);
        for (int t = 0; t < d2->n_targets; t++)
            alt = arena_printf(&s->a, "%s %s", alt,
                site_fmt(s, "html.chart_d2_alt_target",
                         "target", site_num(s, d2->targets[t].target),
                         "fy", site_fy(s, d2->targets[t].by_fy), NULL));
    }
    HtmlDict *t = chart(s, body, "d2_cumulative.png", "html.chart_d2_title", alt);
    site_table_head(t, site_l(s, "html.fiscal_year"));
    site_table_head(t, site_l(s, "html.chart_d2_count"));
    for (int i = 0; i < d2->n_years; i++)
        site_table_num(site_table_row(t, site_fy(s, d2->cumulative[i].fy)),
                       site_num(s, d2->cumulative[i].count));
}

static void chart_i1(Site *s, HtmlDict *body)
{
    const I1 *i1 = &s->ind->i1;
    const char *alt = site_fmt(s, "html.chart_i1_alt", "n", site_num(s, i1->value),
                               "m", site_num(s, i1->n_assessable),
                               "target", site_num(s, i1->status.target),
                               "fy", site_fy(s, i1->status.by_fy), NULL);
    HtmlDict *t = chart(s, body, "i1_dumbbell.png", "html.chart_i1_title", alt);
    site_table_head(t, site_l(s, "html.country"));
    site_table_head(t, site_l(s, "html.baseline_pct"));
    site_table_head(t, site_l(s, "html.latest_pct"));
    site_table_head(t, site_l(s, "html.delta_pp"));
    site_table_head(t, site_l(s, "html.improved"));
    for (int k = 0; k < i1->n_countries; k++) {
        const I1Country *c = &i1->countries[k];
        if (!c->assessable)
            continue;
        HtmlDict *r = site_table_row(t, model_country_name(s->m, c->country, s->lang));
        site_table_num(r, site_rat(s, c->baseline_mean));
        site_table_num(r, site_rat(s, c->latest_mean));
        site_table_num(r, site_rat(s, c->mean_delta));
        site_table_cell(r, site_yes_no(s, c->improved));
    }
}

static void chart_stages(Site *s, HtmlDict *body)
{
    const G *g = &s->ind->g;
    int now[STAGE_COUNT] = {0}, target[STAGE_COUNT] = {0}, unknown = 0;
    for (int i = 0; i < g->n_countries; i++) {
        const GCountry *c = &g->countries[i];
        if (c->target_stage == STAGE_NONE)
            continue;
        target[c->target_stage]++;
        if (c->stage == STAGE_NONE)
            unknown++;
        else
            now[c->stage]++;
    }
    const char *alt = site_fmt(s, "html.chart_stages_alt", "n", site_num(s, g->reached),
                               "m", site_num(s, g->with_target), NULL);
    HtmlDict *t = chart(s, body, "stages.png", "html.chart_stages_title", alt);
    site_table_head(t, site_l(s, "html.stage"));
    site_table_head(t, site_l(s, "html.chart_stages_now"));
    site_table_head(t, site_l(s, "html.chart_stages_target"));
    for (int st = 0; st < STAGE_COUNT; st++) {
        HtmlDict *r = site_table_row(t, vocab_stage(s->cat, (Stage)st));
        site_table_num(r, site_num(s, now[st]));
        site_table_num(r, site_num(s, target[st]));
    }
    HtmlDict *r = site_table_row(t, vocab_stage(s->cat, STAGE_NONE));
    site_table_num(r, site_num(s, unknown));
    site_table_num(r, "0");
}

/* Participants and women summed over countries for one fiscal year;
 * false when no row of that year gives a count (*has_w: whether any gives
 * a count of women). */
/* The alt text of the participants chart (§3.7, issue 19): the last year
 * with activity as its table says it ("3+", "about 20", "not reported"),
 * and the years whose activities have no count, which the chart hatches. */
static const char *participants_alt(Site *s, int first, int last)
{
    if (last < 0)
        return site_l(s, "html.chart_no_data");
    VocabPeople y = vocab_people_in(s->ind, last);
    const char *alt = y.has_total
        ? site_fmt(s, y.has_women ? "html.chart_participants_alt"
                                  : "html.chart_participants_alt_no_women",
                   "fy", site_fy(s, last), "n", vocab_people(s->cat, &s->a, &y),
                   "w", vocab_women(s->cat, &s->a, &y), NULL)
        : site_fmt(s, "html.chart_participants_alt_unreported", "fy", site_fy(s, last), NULL);
    const char **years = NEW(&s->a, const char *, (size_t)(last - first + 2));
    int n = 0;
    for (int fy = first; fy <= last; fy++)
        if (vocab_people_in(s->ind, fy).unreported)
            years[n++] = site_fy(s, fy);
    if (n == 0)
        return alt;
    return arena_printf(&s->a, "%s %s", alt,
                        site_fmt(s, "html.chart_participants_alt_unknown", "years",
                                 vocab_join(s->cat, &s->a, years, n), NULL));
}

static void chart_participants(Site *s, HtmlDict *body)
{
    const Indicators *ind = s->ind;
    int first = 0, last = -1;
    for (int i = 0; i < ind->n_participation; i++) {
        int fy = ind->participation[i].fy;
        if (last < 0 || fy < first)
            first = fy;
        if (fy > last)
            last = fy;
    }
    HtmlDict *t = chart(s, body, "participants.png", "html.chart_participants_title",
                        participants_alt(s, first, last));
    site_table_head(t, site_l(s, "html.fiscal_year"));
    site_table_head(t, site_l(s, "html.participants"));
    site_table_head(t, site_l(s, "html.women"));
    for (int fy = first; last >= 0 && fy <= last; fy++) {
        VocabPeople y = vocab_people_in(ind, fy);
        const char *n = vocab_people(s->cat, &s->a, &y), *w = vocab_women(s->cat, &s->a, &y);
        HtmlDict *r = site_table_row(t, site_fy(s, fy));
        site_table_num(r, n ? n : "\u2014");   /* a dash: no activity that year */
        site_table_num(r, w ? w : "\u2014");
    }
}

static void chart_trend(Site *s, HtmlDict *body)
{
    const Indicators *ind = s->ind;
    const char *alt = site_l(s, "html.chart_no_data");
    if (ind->n_trend > 0) {
        const TrendPoint *a = &ind->trend[0], *b = &ind->trend[ind->n_trend - 1];
        alt = site_fmt(s, "html.chart_trend_alt", "from", site_date(s, a->date),
                       "to", site_date(s, b->date), "i1a", site_num(s, a->i1),
                       "i1b", site_num(s, b->i1), "d2a", site_num(s, a->d2),
                       "d2b", site_num(s, b->d2), "ga", site_num(s, a->g_reached),
                       "gb", site_num(s, b->g_reached), NULL);
        alt = arena_printf(&s->a, "%s %s", alt,
                           site_fmt(s, "html.chart_trend_alt_i2d1", "i2a", site_num(s, a->i2),
                                    "i2b", site_num(s, b->i2), "d1a", site_num(s, a->d1),
                                    "d1b", site_num(s, b->d1), NULL));
    }
    HtmlDict *t = chart(s, body, "trend.png", "html.chart_trend_title", alt);
    site_table_head(t, site_l(s, "html.date"));
    site_table_head(t, "I1");
    site_table_head(t, "D2");
    site_table_head(t, site_l(s, "html.chart_trend_g"));
    site_table_head(t, "I2");
    site_table_head(t, "D1");
    for (int i = 0; i < ind->n_trend; i++) {
        const TrendPoint *p = &ind->trend[i];
        HtmlDict *r = site_table_row(t, site_date(s, p->date));
        site_table_num(r, site_num(s, p->i1));
        site_table_num(r, site_num(s, p->d2));
        site_table_num(r, site_num(s, p->g_reached));
        site_table_num(r, site_num(s, p->i2));
        site_table_num(r, site_num(s, p->d1));
    }
}

static void chart_context(Site *s, HtmlDict *body)
{
    const I1 *i1 = &s->ind->i1;
    const char *alt = site_fmt(s, "html.i1_context_line", "n", site_num(s, i1->outperformed),
                               "m", site_num(s, i1->n_assessable), NULL);
    HtmlDict *t = chart(s, body, "i1_context.png", "html.chart_context_title", alt);
    site_table_head(t, site_l(s, "html.country"));
    site_table_head(t, site_l(s, "html.mean_delta"));
    site_table_head(t, site_l(s, "html.group_median"));
    site_table_head(t, site_l(s, "html.excess"));
    site_table_head(t, site_l(s, "html.region_median"));
    for (int k = 0; k < i1->n_countries; k++) {
        const I1Country *c = &i1->countries[k];
        if (!c->assessable)
            continue;
        HtmlDict *r = site_table_row(t, model_country_name(s->m, c->country, s->lang));
        site_table_num(r, site_rat(s, c->mean_delta));
        site_table_num(r, site_median(s, c->has_group_median, c->group_median, c->group_size));
        site_table_num(r, c->has_group_median ? site_rat(s, c->excess) : "\u2014");
        site_table_num(r, site_median(s, c->has_region_median, c->region_median,
                                      c->region_size));
    }
}

/* `rank`: the row's place in the name order, the key site.js sorts the
 * name column by (the collation stays in present/collate.c). */
static void country_row(Site *s, HtmlDict *table, const GCountry *g, int rank)
{
    const Model *m = s->m;
    int c = g->country;
    HtmlDict *r = html_dict_add_section(table, "COUNTRY");
    html_dict_show(table, "HAS_ROWS");
    html_dict_set(r, "HREF", site_country_href(s, 0, c));
    html_dict_set(r, "NAME", model_country_name(m, c, s->lang));
    html_dict_set(r, "ISO3", m->countries[c].iso3);
    html_dict_set(r, "REGION", vocab_region(s->cat, m->countries[c].region));
    html_dict_set_int(r, "RANK", rank);
    html_dict_set_int(r, "BASELINE_KEY", (long)g->baseline_stage);
    html_dict_set_int(r, "CURRENT_KEY", (long)g->stage);
    html_dict_set_int(r, "TARGET_KEY", (long)g->target_stage);
    html_dict_set(r, "BASELINE", vocab_stage(s->cat, g->baseline_stage));
    html_dict_set(r, "CURRENT", vocab_stage(s->cat, g->stage));
    html_dict_set(r, "TARGET", vocab_stage(s->cat, g->target_stage));
    bool has_target = g->target_stage != STAGE_NONE;
    html_dict_set(r, "REACHED", !has_target ? "\u2014"
                  : g->unknown ? site_l(s, "html.reached_unknown")
                  : g->reached ? site_l(s, "html.reached_yes")
                               : site_l(s, "html.reached_no"));
    html_dict_set(r, "REACHED_CLASS", !has_target || g->unknown ? "txt"
                  : g->reached ? "txt ok" : "txt todo");
    html_dict_set(r, "I1", site_i1_result(s, c));
    html_dict_set_int(r, "PROJECTS", s->n_projects[c]);
}

/* Countries the strategy is about (cooperation or a target stage) first;
 * every other country with data in a second table, folded away. */
static void country_tables(Site *s, HtmlDict *body)
{
    HtmlDict *main_t = html_dict_add_include(body, "MAIN_TABLE", "countries_table.tpl");
    HtmlDict *other_t = NULL;
    int n_main = 0, n_other = 0;
    /* issue 19: by name in the page's language, not by ISO3 */
    for (int i = 0; i < s->m->n_countries; i++) {
        const GCountry *g = &s->ind->g.countries[s->order[i]];
        if (!s->has_page[g->country])
            continue;
        if (g->cooperation || g->target_stage != STAGE_NONE) {
            country_row(s, main_t, g, i);
            n_main++;
            continue;
        }
        if (!other_t) {
            HtmlDict *sec = html_dict_add_section(body, "HAS_OTHERS");
            other_t = html_dict_add_include(sec, "OTHER_TABLE", "countries_table.tpl");
        }
        country_row(s, other_t, g, i);
        n_other++;
    }
    html_dict_set(body, "COUNTRIES_NOTE", site_fmt(s, "html.countries_note",
                  "n", site_num(s, n_main), NULL));
    html_dict_set(body, "SORT_NOTE", site_l(s, "common.sort_note"));
    html_dict_set(body, "OTHERS_SUMMARY", site_fmt(s, "html.others_summary",
                  "n", site_num(s, n_other), NULL));
}

/* ---- §3.11: since the previous quarter ---- */

static void change_item(Site *s, HtmlDict *group, const Change *c)
{
    const Model *m = s->m;
    HtmlDict *it = html_dict_add_section(group, "ITEM");
    const char *subject = vocab_change_subject(s->cat, &s->a, m, c, s->ind->d2.compare);
    const char *href = NULL;
    if (c->country >= 0 && s->has_page[c->country])
        href = site_country_href(s, 0, c->country);
    else if (c->project >= 0 && s->ind->project_started[c->project])
        href = site_project_href(s, 0, c->project);
    if (href) {
        HtmlDict *l = html_dict_add_section(it, "LINK");
        html_dict_set(l, "HREF", href);
        html_dict_set(l, "SUBJECT", subject);
    } else {
        html_dict_set(html_dict_add_section(it, "PLAIN"), "SUBJECT", subject);
    }
    html_dict_set(it, "TEXT", vocab_change_text(s->cat, &s->a, m, c));
    if (c->row.file != ROW_NONE) {
        char ref[VOCAB_ROW_REF_SIZE];
        html_dict_set(html_dict_add_section(it, "ROW"), "REF",
                      arena_strdup(&s->a, vocab_row_at(m, c->row, ref)));
    }
}

/* The last change set, grouped by indicator in the order of §3.11. */
static void changes(Site *s, HtmlDict *body)
{
    const Indicators *ind = s->ind;
    const ChangeSet *cs = ind->n_trend ? &ind->changes[ind->n_trend - 1] : NULL;
    const char *since = cs ? site_date(s, cs->from) : site_date(s, ind->as_of);
    html_dict_set(body, "CHANGES_HEADING", site_fmt(s, "html.changes_heading",
                                                    "date", since, NULL));
    if (!cs || cs->n == 0) {
        html_dict_set(html_dict_add_section(body, "NO_CHANGES"), "TEXT",
                      site_fmt(s, "html.changes_none", "date", since, NULL));
        return;
    }
    const char *shown = NULL;
    HtmlDict *group = NULL;
    for (int k = 0; k < CH_KIND_COUNT; k++)
        for (int i = 0; i < cs->n; i++) {
            const Change *c = &cs->items[i];
            if ((int)c->kind != k)
                continue;
            const char *name = vocab_change_group(s->cat, c->kind);
            if (!group || strcmp(name, shown)) {
                group = html_dict_add_section(body, "CHANGE_GROUP");
                html_dict_set(group, "NAME", name);
                shown = name;
            }
            change_item(s, group, c);
        }
}

/* §3.11: the figures the replaced output published that now differ,
 * apart from the changes: a correction of the record, not of the world. */
static void revisions(Site *s, HtmlDict *body)
{
    const Revisions *r = &s->ind->revisions;
    if (!r->present)
        return;
    HtmlDict *sec = html_dict_add_section(body, "REVISIONS");
    const char *date = site_date(s, r->published_as_of);
    html_dict_set(sec, "HEADING", site_fmt(s, "html.revisions_heading", "date", date, NULL));
    html_dict_set(sec, "NOTE", site_l(s, "html.revisions_note"));
    if (r->n == 0) {
        html_dict_set(html_dict_add_section(sec, "NONE"), "TEXT",
                      site_fmt(s, "html.revisions_none", "date", date, NULL));
        return;
    }
    HtmlDict *list = html_dict_add_section(sec, "HAS_ITEMS");
    for (int i = 0; i < r->n; i++) {
        const Revision *v = &r->items[i];
        HtmlDict *it = html_dict_add_section(list, "ITEM");
        html_dict_set(it, "FIGURE", v->figure);
        html_dict_set(it, "TEXT", site_revision(s, v));
    }
}

Err html_page_index(Site *s)
{
    Page p = site_page_begin(s, site_l(s, "html.dashboard_title"), 0, "home",
                             "index.tpl");
    changes(s, p.body);
    revisions(s, p.body);
    i1_card(s, p.body);
    i2_card(s, p.body);
    d1_card(s, p.body);
    d2_cards(s, p.body);
    g_card(s, p.body);
    chart_d2(s, p.body);
    chart_i1(s, p.body);
    chart_context(s, p.body);
    chart_stages(s, p.body);
    chart_participants(s, p.body);
    chart_trend(s, p.body);
    country_tables(s, p.body);
    return site_page_write(s, &p, "index.html");
}
