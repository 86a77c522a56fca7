/* xlsx_summary.c -- the Summary sheet (§4): the indicators with their
 * status, and native charts of D2 by fiscal year and I1 by country. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/xlsx/xlsx_book.h"
#include "render/xlsx/xlsx_sheets.h"

static lxw_format *status_format(lxw_workbook *wb, lxw_color_t bg,
                                 lxw_color_t fg)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_bg_color(f, bg);
    format_set_font_color(f, fg);
    return f;
}

static void make_status_formats(Xlsx *x)
{
    lxw_workbook *wb = x->book.wb;
    x->status_fmt[STATUS_ACHIEVED] = status_format(wb, 0xC6EFCE, 0x006100);
    x->status_fmt[STATUS_ON_TRACK] = status_format(wb, 0xDDEBF7, 0x1F4E79);
    x->status_fmt[STATUS_AT_RISK] = status_format(wb, 0xFFEB9C, 0x9C5700);
    x->status_fmt[STATUS_MISSED] = status_format(wb, 0xFFC7CE, 0x9C0006);
}

/* A quoted string for a conditional-format rule: "a""b". */
static char *rule_string(Xlsx *x, const char *word)
{
    size_t n = strlen(word), q = 0;
    for (size_t i = 0; i < n; i++)
        q += word[i] == '"';
    char *out = arena_alloc(&x->scratch, 1, 1, n + q + 3), *o = out;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (word[i] == '"')
            *o++ = '"';
        *o++ = word[i];
    }
    *o++ = '"';
    return out;
}

/* Colour the status cells (column `col`, rows first..last) by status. */
static void status_colours(Xlsx *x, XSheet *s, lxw_row_t first,
                           lxw_row_t last, lxw_col_t col)
{
    if (!s->ws || last < first)
        return;
    for (int st = 0; st < 4; st++) {
        lxw_conditional_format cf = {
            .type = LXW_CONDITIONAL_TYPE_CELL,
            .criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO,
            .value_string = rule_string(x, vocab_status(x->cat, (Status)st)),
            .format = x->status_fmt[st],
        };
        worksheet_conditional_format_range(s->ws, first, col, last, col, &cf);
    }
}

static void label_row(XSheet *s, const char *label)
{
    xs_text_fmt(s, label, s->book->section);
}

static void summary_head(Xlsx *x, XSheet *s, const char *quarter)
{
    const Indicators *ind = x->ind;
    xs_note(s, x->ctx->s->programme, x->book.title);
    xs_row(s);
    label_row(s, xl(x, "xlsx.as_of"));
    xs_date(s, ind->as_of);
    xs_row(s);
    label_row(s, xl(x, "xlsx.quarter"));
    xs_text(s, quarter);
    xs_row(s);
    label_row(s, xl(x, "xlsx.baseline_edition"));
    xs_int(s, ind->baseline_edition_year);
    xs_row(s);
    label_row(s, xl(x, "xlsx.latest_edition"));
    if (ind->latest_edition_year)
        xs_int(s, ind->latest_edition_year);
    else
        xs_text(s, xl(x, "common.none"));
    xs_row(s);
    label_row(s, xl(x, "xlsx.i1_rule"));
    xs_text(s, vocab_rule(x->cat, x->ind->i1.rule));
    xs_row(s);
    xs_row(s);
}

static void indicator_row(Xlsx *x, XSheet *s, const char *code,
                          const char *desc_key, const TargetStatus *ts,
                          double value)
{
    xs_text(s, code);
    xs_text(s, xl(x, desc_key));
    xs_num(s, value, NULL);
    if (ts) {
        xs_int(s, ts->target);
        xs_int(s, ts->by_fy);
        xs_text(s, vocab_status(x->cat, ts->status));
    }
    xs_row(s);
}

static void summary_indicators(Xlsx *x, XSheet *s)
{
    static const char *const head[] = {
        "xlsx.col_indicator", "xlsx.col_description", "xlsx.col_value",
        "xlsx.col_target", "xlsx.col_deadline_fy", "xlsx.col_status",
    };
    const Indicators *ind = x->ind;
    xl_header(x, s, head, 6);
    lxw_row_t first = s->row;
    indicator_row(x, s, "I1", "common.indicator_i1", &ind->i1.status, ind->i1.value);
    /* §3.9, §3.10: a target and status only when one is set */
    indicator_row(x, s, "I2", "common.indicator_i2",
                  ind->i2.has_target ? &ind->i2.status : NULL, ind->i2.value);
    indicator_row(x, s, "D1", "common.indicator_d1",
                  ind->d1.has_target ? &ind->d1.status : NULL, ind->d1.value);
    for (int i = 0; i < ind->d2.n_targets; i++)
        indicator_row(x, s, "D2", "common.indicator_d2", &ind->d2.targets[i],
                      ind->d2.targets[i].value);
    lxw_row_t last = s->row - 1;
    xs_text(s, "G");
    xs_text(s, xl(x, "common.indicator_g"));
    xs_int(s, ind->g.reached);
    xs_int(s, ind->g.with_target);
    xs_row(s);
    xs_end_table(s);
    status_colours(x, s, first, last, 5);

    char n[16], total[16];
    snprintf(n, sizeof n, "%d", ind->i1.outperformed);
    snprintf(total, sizeof total, "%d", ind->i1.n_assessable);
    char *line = catalog_format(x->ctx->cat, "xlsx.context_line", "n", n,
                                "m", total, NULL);
    xs_note(s, line, x->book.note);
    free(line);
    xs_row(s);
    xs_row(s);
}

/* The last fiscal year the D2 chart shows: the as-of year or the latest
 * target year, whichever is later. */
static int d2_last_fy(const Indicators *ind)
{
    int last = ind->fiscal_year;
    for (int i = 0; i < ind->d2.n_targets; i++)
        if (ind->d2.targets[i].by_fy > last)
            last = ind->d2.targets[i].by_fy;
    return last;
}

static void d2_chart_row(Xlsx *x, XSheet *s, int fy)
{
    const D2 *d2 = &x->ind->d2;
    xs_int(s, fy);
    int k = fy - d2->window_start_fy;
    if (k >= 0 && k < d2->n_years)
        xs_int(s, d2->cumulative[k].count);
    else
        xs_blank(s);
    bool has_target = false;
    for (int i = 0; i < d2->n_targets && !has_target; i++)
        if (d2->targets[i].by_fy == fy) {
            xs_int(s, d2->targets[i].target);
            has_target = true;
        }
    xs_row(s);
}

static void d2_chart(Xlsx *x, XSheet *s, lxw_row_t first, lxw_row_t last)
{
    lxw_chart *ch = workbook_add_chart(x->book.wb, LXW_CHART_LINE);
    const char *sheet = s->name;
    chart_title_set_name(ch, xl(x, "xlsx.chart_d2_title"));
    lxw_chart_series *count = chart_add_series(ch, NULL, NULL);
    chart_series_set_categories(count, sheet, first, 0, last, 0);
    chart_series_set_values(count, sheet, first, 1, last, 1);
    chart_series_set_name(count, xl(x, "xlsx.col_d2_count"));
    chart_series_set_marker_type(count, LXW_CHART_MARKER_CIRCLE);
    chart_series_set_line(count, &(lxw_chart_line){ .color = 0x0072B2 });
    lxw_chart_series *target = chart_add_series(ch, NULL, NULL);
    chart_series_set_categories(target, sheet, first, 0, last, 0);
    chart_series_set_values(target, sheet, first, 2, last, 2);
    chart_series_set_name(target, xl(x, "xlsx.col_d2_target"));
    chart_series_set_line(target, &(lxw_chart_line){ .none = LXW_TRUE });
    chart_series_set_marker_type(target, LXW_CHART_MARKER_DIAMOND);
    chart_series_set_marker_size(target, 9);
    chart_series_set_marker_fill(target, &(lxw_chart_fill){ .color = 0xD55E00 });
    chart_show_blanks_as(ch, LXW_CHART_BLANKS_AS_GAP);
    chart_axis_set_name(chart_axis_get(ch, LXW_CHART_AXIS_TYPE_X),
                        xl(x, "xlsx.col_fy"));
    chart_axis_set_name(chart_axis_get(ch, LXW_CHART_AXIS_TYPE_Y),
                        xl(x, "xlsx.chart_countries_axis"));
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    worksheet_insert_chart(s->ws, 0, 8, ch);
}

static void summary_d2(Xlsx *x, XSheet *s)
{
    static const char *const head[] = {
        "xlsx.col_fy", "xlsx.col_d2_count", "xlsx.col_d2_target",
    };
    xs_note(s, xl(x, "xlsx.chart_d2_title"), x->book.section);
    xs_row(s);
    xl_header(x, s, head, 3);
    lxw_row_t first = s->row;
    int last_fy = d2_last_fy(x->ind);
    for (int fy = x->ind->d2.window_start_fy; fy <= last_fy; fy++)
        d2_chart_row(x, s, fy);
    if (s->ws && s->row > first)
        d2_chart(x, s, first, s->row - 1);
    xs_row(s);
}

static void i1_chart(Xlsx *x, XSheet *s, lxw_row_t first, lxw_row_t last)
{
    lxw_chart *ch = workbook_add_chart(x->book.wb, LXW_CHART_BAR);
    const char *sheet = s->name;
    static const lxw_color_t colour[2] = { 0x999999, 0x0072B2 };
    static const char *const key[2] = { "xlsx.col_baseline_mean",
                                        "xlsx.col_latest_mean" };
    chart_title_set_name(ch, xl(x, "xlsx.chart_i1_title"));
    for (lxw_col_t c = 0; c < 2; c++) {
        lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
        /* names on the axis, not ISO3 codes (issue 19) */
        chart_series_set_categories(ser, sheet, first, 1, last, 1);
        chart_series_set_values(ser, sheet, first, c + 2, last, c + 2);
        chart_series_set_name(ser, xl(x, key[c]));
        chart_series_set_fill(ser, &(lxw_chart_fill){ .color = colour[c] });
    }
    lxw_chart_axis *cat = chart_axis_get(ch, LXW_CHART_AXIS_TYPE_X);
    chart_axis_set_reverse(cat);    /* first country at the top */
    chart_axis_set_name(chart_axis_get(ch, LXW_CHART_AXIS_TYPE_Y),
                        xl(x, "xlsx.chart_percent_axis"));
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    double rows = (double)(last - first + 1);
    lxw_chart_options opt = { .x_scale = 1.2,
                              .y_scale = rows > 10 ? rows / 10.0 : 1.0 };
    worksheet_insert_chart_opt(s->ws, 16, 8, ch, &opt);
}

static void summary_i1(Xlsx *x, XSheet *s)
{
    static const char *const head[] = {
        "xlsx.col_iso3", "xlsx.col_country", "xlsx.col_baseline_mean",
        "xlsx.col_latest_mean",
    };
    const I1 *i1 = &x->ind->i1;
    xs_note(s, xl(x, "xlsx.chart_i1_title"), x->book.section);
    xs_row(s);
    xl_header(x, s, head, 4);
    lxw_row_t first = s->row;
    for (int i = 0; i < i1->n_countries; i++) {
        const I1Country *c = &i1->countries[i];
        if (!c->assessable)
            continue;
        xs_text(s, x->m->countries[c->country].iso3);
        xs_text(s, xl_country(x, c->country));
        xs_pct(s, c->baseline_mean);
        xs_pct(s, c->latest_mean);
        xs_row(s);
    }
    if (s->row == first) {
        xs_note(s, xl(x, "xlsx.no_assessable"), x->book.note);
        xs_row(s);
    } else if (s->ws)
        i1_chart(x, s, first, s->row - 1);
}

Err xlsx_summary(Xlsx *x)
{
    make_status_formats(x);   /* the first sheet: formats keep their order */
    XSheet s;
    char quarter[64];
    catalog_quarter(x->ctx->cat, x->ind->fiscal_year, x->ind->quarter,
                    quarter, sizeof quarter);
    xl_open(x, &s, "xlsx.sheet_summary");
    s.report = true;   /* the Summary is a report: no frozen pane, no filter */
    summary_head(x, &s, quarter);
    summary_indicators(x, &s);
    summary_d2(x, &s);
    summary_i1(x, &s);
    return xs_finish(&s);
}

/* ---- the workbook ---- */

/* Sheets in workbook order; adding a sheet = adding a row. */
