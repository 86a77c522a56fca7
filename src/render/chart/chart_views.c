/* chart_views.c -- the seven kinds of chart of §4 and issue 11.
 *
 * Each view: the shared frame (title, subtitle, source line), then its
 * body.  Numbers come from the indicators (exact Rats turned into doubles
 * only for drawing); every text from the prep (catalogue).
 */
#include "render/chart/chart_views.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const view_names[VIEW_COUNT] = {
    "d2_cumulative", "i1_dumbbell", "stages", "participants", "trend",
    "i1_context", "country", "scenario",
};

#define PAD 40.0
#define TREND_SERIES 5   /* I1, D2, G reached, I2, D1 (§3.6) */

static ChartColor series_color(const ChartDef *d, const char *name, int i)
{
    const ChartSeries *s = chart_def_series(d, name);
    return s ? s->color[i % s->n_colors] : d->text;
}

static double rd(Rat r) { return rat_to_double(r); }

/* A message in the middle of an empty body: an honest "nothing to show"
 * rather than a blank plot. */
static void body_message(Chart *ch, const char *msg, double top, double bottom,
                         double width)
{
    const ChartDef *d = ch->def;
    chart_fill_rect(ch, PAD, top, width - 2 * PAD, bottom - top,
                    (ChartColor){ 0.97, 0.97, 0.97 });
    chart_text(ch, msg, width / 2, (top + bottom) / 2, d->font_label * 1.2,
               false, d->muted, ALIGN_CENTER | VALIGN_MIDDLE,
               width - 6 * PAD);
}

static double frame(Chart *ch, const ChartPrep *p, ViewKind k, double width,
                    double height, double *bottom)
{
    return chart_frame(ch, width, height, p->title[k], p->subtitle[k],
                       p->source, bottom);
}

static const char *fy_text(const ChartPrep *p, int fy)
{
    if (fy < p->fy_lo || fy > p->fy_hi)
        return "";
    return p->fy_label[fy - p->fy_lo];
}

/* ---- a bar chart over fiscal years (D2, participants) ---- */

typedef struct {
    ChartBox plot;
    double slot;
    int fy0, n;
} FyAxis;

/* Lay out y ticks and FY category labels; returns the axis geometry. */
static FyAxis fy_axis(Chart *ch, const ChartPrep *p, int fy0, int fy1,
                      ChartTicks t, double top, double bottom, double width)
{
    const ChartDef *d = ch->def;
    FyAxis a = { { PAD + 70, top, width - PAD, bottom }, 0, fy0, fy1 - fy0 + 1 };
    /* One slot per year, however many: the axis spans the canvas. */
    const char **labels = malloc((size_t)a.n * sizeof *labels);
    LabelSize *sz = malloc((size_t)a.n * sizeof *sz);
    if (!labels || !sz)
        abort();
    for (int i = 0; i < a.n; i++)
        labels[i] = fy_text(p, fy0 + i);
    a.slot = (a.plot.x1 - a.plot.x0) / a.n;
    chart_measure_labels(ch, labels, a.n, d->font_tick, a.slot * 0.95, sz);
    LabelPlan lp = chart_plan_labels(sz, a.n, a.slot, 8, (bottom - top) / 3);
    a.plot.y1 = bottom - lp.depth - 10;
    chart_axis_y(ch, a.plot, t, "");
    chart_category_labels(ch, &lp, labels, a.n, a.plot.x0, a.plot.y1 + 8,
                          a.slot, d->font_tick, d->muted);
    free(labels);
    free(sz);
    return a;
}

static double slot_x(const FyAxis *a, int fy)
{
    return a->plot.x0 + (fy - a->fy0 + 0.5) * a->slot;
}

/* The value of a bar: inside its top when the bar is tall enough (so a
 * marker drawn at the same height cannot cover it), else above it. */
static void value_text(Chart *ch, const char *text, double x, double y, double base)
{
    double fs = ch->def->font_value;
    if (base - y > 2.2 * fs)
        chart_text(ch, text, x, y + 6, fs, true, (ChartColor){ 1, 1, 1 },
                   ALIGN_CENTER, 0);
    else
        chart_text(ch, text, x, y - 4, fs, true, ch->def->text,
                   ALIGN_CENTER | VALIGN_BOTTOM, 0);
}

static void value_label(Chart *ch, double v, double x, double y, double base)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.0f", v);
    value_text(ch, buf, x, y, base);
}

/* ---- D2 ---- */

static double view_d2(Chart *ch, const ChartPrep *p, double W, double H)
{
    const Indicators *ind = p->ctx->ind;
    const D2 *d2 = &ind->d2;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_D2, W, H, &bottom);
    int fy0 = d2->window_start_fy, fy1 = ind->fiscal_year;
    double vmax = 1;
    for (int i = 0; i < d2->n_targets; i++) {
        if (d2->targets[i].by_fy > fy1)
            fy1 = d2->targets[i].by_fy;
        vmax = fmax(vmax, d2->targets[i].target);
    }
    if (fy1 < fy0)
        fy1 = fy0;
    for (int i = 0; i < d2->n_years; i++)
        vmax = fmax(vmax, d2->cumulative[i].count);
    /* The projection uses the points of the §3.5 status; every target's
     * line is the same one read at a different year. */
    const Projection *pr = d2->n_targets ? &d2->targets[d2->n_targets - 1].projection : NULL;
    if (pr && pr->n > 0)
        vmax = fmax(vmax, pr->slope * fy1 + pr->intercept);
    const char *leg[3] = { chart_prep_text(p, "charts.d2_legend_count"),
                           chart_prep_text(p, "charts.d2_legend_target"),
                           chart_prep_text(p, "charts.d2_legend_projection") };
    ChartColor col[3] = { series_color(d, "count", 0), series_color(d, "target", 0),
                          series_color(d, "projection", 0) };
    int kinds[3] = { 0, 4, 3 };
    top += chart_legend(ch, PAD, top, false, pr && pr->n > 0 ? 3 : 2, leg, col, kinds) + 24;
    ChartTicks t = chart_nice_ticks(0, vmax * 1.08, 7);
    FyAxis a = fy_axis(ch, p, fy0, fy1, t, top, bottom, W);
    double bw = fmin(a.slot * 0.6, 120);
    for (int i = 0; i < d2->n_years; i++) {
        double x = slot_x(&a, d2->cumulative[i].fy), v = d2->cumulative[i].count;
        double y = chart_y_of(a.plot, t, v);
        chart_fill_rect(ch, x - bw / 2, y, bw, a.plot.y1 - y, col[0]);
        value_label(ch, v, x, y, a.plot.y1);
    }
    if (pr && pr->n > 0) {
        int f0 = pr->fy[0];
        double y0 = chart_y_of(a.plot, t, fmax(t.lo, pr->slope * f0 + pr->intercept));
        double y1 = chart_y_of(a.plot, t, fmax(t.lo, pr->slope * fy1 + pr->intercept));
        chart_line(ch, slot_x(&a, f0), y0, slot_x(&a, fy1), y1, 4, col[2], true);
    }
    for (int i = 0; i < d2->n_targets; i++) {
        double x = slot_x(&a, d2->targets[i].by_fy);
        double y = chart_y_of(a.plot, t, d2->targets[i].target);
        chart_diamond(ch, x, y, 14, col[1]);
        /* Beside the marker, towards the inside of the plot. */
        bool left = x > (a.plot.x0 + a.plot.x1) / 2 && x + 300 > a.plot.x1;
        chart_text(ch, p->target_label[i], x + (left ? -22 : 22), y, d->font_value,
                   true, col[1], (left ? ALIGN_RIGHT : ALIGN_LEFT) | VALIGN_MIDDLE, 0);
    }
    return H;
}

/* ---- horizontal rows (I1 dumbbell, context) ---- */

typedef struct {
    int country;        /* model country, or -1 for a group heading */
    const char *heading;
    double a, b;        /* values: baseline/latest, or 0/excess */
    bool good;
    bool ceiling;       /* latest score 100 % in every targeted pillar */
} Row;

/* The ceiling's legend entry, added when a row has it: kind 4 (diamond). */
static int ceiling_legend(const ChartPrep *p, const Row *rows, int n, int k,
                          ChartColor c, const char **leg, ChartColor *col, int *kinds)
{
    for (int i = 0; i < n; i++)
        if (rows[i].country >= 0 && rows[i].ceiling) {
            leg[k] = chart_prep_text(p, "charts.ceiling");
            col[k] = c;
            kinds[k] = 4;
            return k + 1;
        }
    return k;
}

typedef struct {
    RowPlan rp;
    double top, bottom, width;
    double label_w;     /* label column of each panel */
    double panel_w;
    ChartTicks t;
} RowLayout;

static const double AXIS_H = 40;

static RowLayout row_layout(Chart *ch, const Row *rows, int n, double top,
                            double bottom, double W)
{
    const ChartDef *d = ch->def;
    RowLayout L = { .top = top, .bottom = bottom, .width = W };
    double lh, w;
    chart_text_measure(ch, "Ag", d->font_label, false, 0, &w, &lh);
    L.rp = chart_plan_rows(n, bottom - top - AXIS_H, lh * 1.2, lh * 2.2, 3);
    L.panel_w = (W - 2 * PAD - (L.rp.cols - 1) * 40) / L.rp.cols;
    double maxw = 0;
    for (int i = 0; i < n; i++) {
        if (rows[i].country < 0)
            continue;
        chart_text_measure(ch, rows[i].heading, d->font_label, false, 0, &w, &lh);
        maxw = fmax(maxw, w);
    }
    L.label_w = fmin(maxw, L.panel_w * 0.42);
    return L;
}

static ChartBox row_plot(const RowLayout *L, int col)
{
    double x0 = PAD + col * (L->panel_w + 40);
    double h = L->rp.per_col * L->rp.row_h;
    return (ChartBox){ x0 + L->label_w + 16, L->top, x0 + L->panel_w - 30,
                       L->top + h };
}

/* Grid and value axis of each panel, then each row's label; calls draw
 * for the marks.  Headings span their panel in bold. */
static void draw_rows(Chart *ch, const RowLayout *L, const Row *rows, int n,
                      const char *suffix,
                      void (*mark)(Chart *, ChartBox, ChartTicks, const Row *, double))
{
    const ChartDef *d = ch->def;
    for (int c = 0; c < L->rp.cols; c++)
        chart_axis_x(ch, row_plot(L, c), L->t, suffix);
    for (int i = 0; i < n; i++) {
        int c = i / L->rp.per_col, r = i % L->rp.per_col;
        ChartBox pb = row_plot(L, c);
        double y = pb.y0 + (r + 0.5) * L->rp.row_h;
        double x0 = PAD + c * (L->panel_w + 40);
        if (rows[i].country < 0) {
            chart_fill_rect(ch, x0, y - L->rp.row_h / 2 + 2, L->panel_w,
                            L->rp.row_h - 4, d->background);
            chart_text(ch, rows[i].heading, x0, y, d->font_label, true, d->text,
                       ALIGN_LEFT | VALIGN_MIDDLE, 0);
            continue;
        }
        /* Names longer than the label column wrap onto a second line and
         * shrink if they must (issue 19: "Federated States of Mic..." was
         * cut); only a name that fits at no legible size is cut, and the
         * table beside the chart carries it in full. */
        chart_text_fit(ch, rows[i].heading, x0 + L->label_w, y, d->font_label,
                       d->text, ALIGN_RIGHT | VALIGN_MIDDLE, L->label_w,
                       L->rp.row_h - 2);
        if (rows[i].ceiling)    /* between the name and the plot */
            chart_diamond(ch, x0 + L->label_w + 9, y, 7, d->text);
        mark(ch, pb, L->t, &rows[i], y);
    }
}

static void dumbbell_mark(Chart *ch, ChartBox pb, ChartTicks t, const Row *r,
                          double y)
{
    const ChartDef *d = ch->def;
    double xa = chart_x_of(pb, t, r->a), xb = chart_x_of(pb, t, r->b);
    chart_line(ch, xa, y, xb, y, 5, series_color(d, "connector", 0), false);
    chart_dot(ch, xa, y, 9, series_color(d, "baseline", 0));
    chart_dot(ch, xb, y, 11, series_color(d, r->good ? "improved" : "not_improved", 0));
}

static int cmp_row_b_minus_a(const void *x, const void *y)
{
    const Row *a = x, *b = y;
    double da = a->b - a->a, db = b->b - b->a;
    if (da != db)
        return da < db ? 1 : -1;
    return a->country - b->country;
}

static double note_height(Chart *ch, const char *note, double W)
{
    double w, h;
    if (!note)
        return 0;
    chart_text_measure(ch, note, ch->def->font_label * 0.9, false, W - 2 * PAD, &w, &h);
    return h + 16;
}

static double draw_rows_view(Chart *ch, const ChartPrep *p, ViewKind k,
                             Row *rows, int n, double lo, double hi,
                             double margin, const char *note,
                             const char *empty, const char *suffix,
                             double top, double bottom, double W, double H,
                             void (*mark)(Chart *, ChartBox, ChartTicks, const Row *, double))
{
    (void)k;
    double nh = note_height(ch, note, W);
    if (note)
        chart_text(ch, note, PAD, bottom - nh + 16, ch->def->font_label * 0.9,
                   false, ch->def->muted, ALIGN_LEFT, W - 2 * PAD);
    bottom -= nh;
    if (n == 0) {
        body_message(ch, empty, top, bottom, W);
        return H;
    }
    RowLayout L = row_layout(ch, rows, n, top, bottom, W);
    if (L.rp.extra_h > 0)
        return H + L.rp.extra_h;
    /* As many ticks as the panel holds without their labels touching. */
    char widest[64];
    double tw, th;
    chart_tick_label(chart_nice_ticks(lo, hi, 9), lo < 0 ? lo : hi, suffix,
                     widest, sizeof widest);
    chart_text_measure(ch, widest, ch->def->font_tick, false, 0, &tw, &th);
    ChartBox pb = row_plot(&L, 0);
    /* Widen the range so that `margin` px (value labels, dots) beyond the
     * extreme values stay inside the plot. */
    double frac = fmin(0.3, margin / (pb.x1 - pb.x0)), grow = (hi - lo) * frac / (1 - 2 * frac);
    if (lo < 0 || margin < 20)
        lo -= grow;
    if (hi > 0 || margin < 20)
        hi += grow;
    if (suffix[0] == '%')          /* a percent axis stays within 0..100 */
        lo = fmax(lo, 0), hi = fmin(hi, 100);
    L.t = chart_nice_ticks(lo, hi, (int)fmin(9, (pb.x1 - pb.x0) / (tw * 1.2 + 24) + 1));
    draw_rows(ch, &L, rows, n, suffix, mark);
    (void)p;
    return H;
}

static double view_i1(Chart *ch, const ChartPrep *p, double W, double H)
{
    const Indicators *ind = p->ctx->ind;
    const Model *m = p->ctx->m;
    const I1 *i1 = &ind->i1;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_I1, W, H, &bottom);
    Row *rows = calloc((size_t)i1->n_countries + 2, sizeof *rows);
    int n = 0, n_imp = 0;
    double lo = 100, hi = 0;
    for (int pass = 0; pass < 2; pass++) {
        int start = n++;
        for (int i = 0; i < i1->n_countries; i++) {
            const I1Country *c = &i1->countries[i];
            if (!c->assessable || c->improved != (pass == 0))
                continue;
            rows[n] = (Row){ c->country, model_country_name(m, c->country, p->ctx->s->lang),
                             rd(c->baseline_mean), rd(c->latest_mean), c->improved,
                             p->i1_ceiling[i] };
            lo = fmin(lo, fmin(rows[n].a, rows[n].b));
            hi = fmax(hi, fmax(rows[n].a, rows[n].b));
            n++;
        }
        qsort(rows + start + 1, (size_t)(n - start - 1), sizeof *rows, cmp_row_b_minus_a);
        rows[start] = (Row){ -1, pass == 0 ? p->i1_improved : p->i1_not_improved, 0, 0, false, false };
        if (pass == 0)
            n_imp = n - start - 1;
        else if (n - start - 1 == 0)
            n--;               /* no heading for an empty group */
    }
    if (n_imp == 0 && n > 0) {  /* drop the empty "improved" heading */
        memmove(rows, rows + 1, (size_t)(n - 1) * sizeof *rows);
        n--;
    }
    const char *leg[4] = { chart_prep_text(p, "charts.i1_baseline"), chart_prep_text(p, "charts.i1_latest_improved"),
                           chart_prep_text(p, "charts.i1_latest_not_improved") };
    ChartColor col[4] = { series_color(d, "baseline", 0), series_color(d, "improved", 0),
                          series_color(d, "not_improved", 0) };
    int kinds[4] = { 1, 1, 1 };
    int nleg = ceiling_legend(p, rows, n, 3, d->text, leg, col, kinds);
    top += chart_legend(ch, PAD, top, false, nleg, leg, col, kinds) + 20;
    if (lo > hi)
        lo = 0, hi = 100;
    double need = draw_rows_view(ch, p, VIEW_I1, rows, n, lo, hi, 14,
                                 p->i1_not_assessable,
                                 chart_prep_text(p, "charts.i1_none"), "%",
                                 top, bottom, W, H, dumbbell_mark);
    free(rows);
    return need;
}

static void excess_mark(Chart *ch, ChartBox pb, ChartTicks t, const Row *r,
                        double y)
{
    const ChartDef *d = ch->def;
    double x0 = chart_x_of(pb, t, 0), x1 = chart_x_of(pb, t, r->b);
    double bh = d->font_label * 0.8;
    ChartColor c = series_color(d, r->good ? "above" : "below", 0);
    chart_fill_rect(ch, fmin(x0, x1), y - bh / 2, fabs(x1 - x0), bh, c);
    char buf[32];
    snprintf(buf, sizeof buf, "%+.2f", r->b);
    bool right = r->b > 0;
    chart_text(ch, buf, x1 + (right ? 8 : -8), y, d->font_value, false, d->text,
               (right ? ALIGN_LEFT : ALIGN_RIGHT) | VALIGN_MIDDLE, 0);
}

static int cmp_row_b(const void *x, const void *y)
{
    const Row *a = x, *b = y;
    if (a->b != b->b)
        return a->b < b->b ? 1 : -1;
    return a->country - b->country;
}

static double view_context(Chart *ch, const ChartPrep *p, double W, double H)
{
    const Indicators *ind = p->ctx->ind;
    const I1 *i1 = &ind->i1;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_CONTEXT, W, H, &bottom);
    Row *rows = calloc((size_t)i1->n_countries + 1, sizeof *rows);
    int n = 0;
    double lo = 0, hi = 0;
    for (int i = 0; i < i1->n_countries; i++) {
        const I1Country *c = &i1->countries[i];
        if (!c->assessable || !c->has_group_median)
            continue;
        double e = rat_round2(c->excess);
        rows[n++] = (Row){ c->country, model_country_name(p->ctx->m, c->country, p->ctx->s->lang),
                           0, e, rat_gt(c->excess, RAT_ZERO), p->i1_ceiling[i] };
        lo = fmin(lo, e);
        hi = fmax(hi, e);
    }
    qsort(rows, (size_t)n, sizeof *rows, cmp_row_b);
    const char *leg[3] = { chart_prep_text(p, "charts.context_above"),
                           chart_prep_text(p, "charts.context_below") };
    ChartColor col[3] = { series_color(d, "above", 0), series_color(d, "below", 0) };
    int kinds[3] = { 0, 0 };
    int nleg = ceiling_legend(p, rows, n, 2, d->text, leg, col, kinds);
    top += chart_legend(ch, PAD, top, false, nleg, leg, col, kinds) + 20;
    char widest[32];
    double vw, vh;
    snprintf(widest, sizeof widest, "%+.2f", fmax(hi, -lo));
    chart_text_measure(ch, widest, d->font_value, false, 0, &vw, &vh);
    double need = draw_rows_view(ch, p, VIEW_CONTEXT, rows, n, lo, hi, vw + 16,
                                 p->ctx_no_group,
                                 chart_prep_text(p, "charts.context_none"), "",
                                 top, bottom, W, H, excess_mark);
    free(rows);
    return need;
}

/* ---- stages: a matrix of current stage against target stage ---- */

static double view_stages(Chart *ch, const ChartPrep *p, double W, double H)
{
    const G *g = &p->ctx->ind->g;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_STAGES, W, H, &bottom);
    int cnt[STAGE_COUNT][STAGE_COUNT + 1] = { { 0 } }, maxc = 0;
    for (int i = 0; i < g->n_countries; i++) {
        const GCountry *c = &g->countries[i];
        if (c->target_stage == STAGE_NONE)
            continue;
        int col = c->stage == STAGE_NONE ? STAGE_COUNT : c->stage;
        int v = ++cnt[c->target_stage][col];
        if (v > maxc)
            maxc = v;
    }
    if (g->with_target == 0) {
        body_message(ch, chart_prep_text(p, "charts.stages_none"), top, bottom, W);
        return H;
    }
    const char *leg[2] = { chart_prep_text(p, "charts.stages_reached"),
                           chart_prep_text(p, "charts.stages_below") };
    ChartColor col[2] = { series_color(d, "reached", 0), series_color(d, "below", 0) };
    int kinds[2] = { 0, 0 };
    top += chart_legend(ch, PAD, top, false, 2, leg, col, kinds) + 24;
    double lw = 0, w, h;
    for (int s = 0; s < STAGE_COUNT; s++) {
        chart_text_measure(ch, p->stage_label[s], d->font_label, false, 0, &w, &h);
        lw = fmax(lw, w);
    }
    double x0 = PAD + 50 + lw + 20, x1 = W - PAD;
    double cw = (x1 - x0) / (STAGE_COUNT + 1);
    chart_text(ch, chart_prep_text(p, "charts.stages_current"), (x0 + x1) / 2, top,
               d->font_label, true, d->text, ALIGN_CENTER, 0);
    double hy = top + h + 12;
    double hh = 0;
    for (int c = 0; c <= STAGE_COUNT; c++)
        hh = fmax(hh, chart_text(ch, p->stage_label[c], x0 + (c + 0.5) * cw, hy,
                                 d->font_label, false, d->muted, ALIGN_CENTER, cw - 10));
    double y0 = hy + hh + 12, ch_ = (bottom - y0) / STAGE_COUNT;
    chart_text_rotated_end(ch, chart_prep_text(p, "charts.stages_target"), PAD + 20,
                           y0, d->font_label, 90, d->text);
    for (int t = 0; t < STAGE_COUNT; t++) {
        double y = y0 + t * ch_;
        chart_text(ch, p->stage_label[t], x0 - 16, y + ch_ / 2, d->font_label, false,
                   d->text, ALIGN_RIGHT | VALIGN_MIDDLE, 0);
        for (int c = 0; c <= STAGE_COUNT; c++) {
            double x = x0 + c * cw;
            bool reached = c < STAGE_COUNT && c >= t;
            ChartColor base = reached ? col[0] : col[1];
            int v = cnt[t][c];
            double a = v ? 0.25 + 0.75 * v / maxc : 0.06;
            ChartColor fill = { 1 - a * (1 - base.r), 1 - a * (1 - base.g), 1 - a * (1 - base.b) };
            chart_fill_rect(ch, x + 3, y + 3, cw - 6, ch_ - 6, fill);
            if (v) {
                char buf[16];
                snprintf(buf, sizeof buf, "%d", v);
                chart_text(ch, buf, x + cw / 2, y + ch_ / 2, d->font_value * 1.4, true,
                           a > 0.75 ? (ChartColor){ 1, 1, 1 } : d->text,
                           ALIGN_CENTER | VALIGN_MIDDLE, 0);
            }
        }
    }
    return H;
}

/* ---- participants ---- */

static double view_participants(Chart *ch, const ChartPrep *p, double W, double H)
{
    const Indicators *ind = p->ctx->ind;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_PARTICIPANTS, W, H, &bottom);
    if (p->participants_message) {
        body_message(ch, p->participants_message, top, bottom, W);
        return H;
    }
    int fy0 = p->fy_lo, fy1 = ind->fiscal_year;
    for (int i = 0; i < ind->n_participation; i++)
        if (ind->participation[i].fy < fy0)
            fy0 = ind->participation[i].fy;
    if (fy1 - fy0 > 30)
        fy0 = fy1 - 30;
    const FyPeople *f = p->people + (fy0 - p->fy_lo);
    double vmax = 1;
    for (int i = 0; i <= fy1 - fy0; i++)
        vmax = fmax(vmax, f[i].total);
    const char *leg[3] = { chart_prep_text(p, "charts.participants_total"),
                           chart_prep_text(p, "charts.participants_women"),
                           chart_prep_text(p, "charts.participants_unknown") };
    ChartColor col[3] = { series_color(d, "participants", 0), series_color(d, "women", 0),
                          d->muted };
    int kinds[3] = { 0, 0, 5 };
    top += chart_legend(ch, PAD, top, false, p->people_unreported ? 3 : 2, leg, col, kinds) + 24;
    /* room above the tallest bar for a hatched block and its label */
    if (p->people_unreported)
        top += 4 * d->font_value + 4;
    ChartTicks t = chart_nice_ticks(0, vmax * 1.08, 7);
    FyAxis a = fy_axis(ch, p, fy0, fy1, t, top, bottom, W);
    double bw = fmin(a.slot * 0.36, 90);
    /* an unknown count has no height of its own: a hatched block of a
     * fixed size on top of what was reported, never a bar of 0 */
    double unk_h = fmin((a.plot.y1 - a.plot.y0) * 0.12, 3.0 * d->font_value);
    for (int i = 0; i <= fy1 - fy0; i++) {
        const FyPeople *y = &f[i];
        double x = slot_x(&a, fy0 + i);
        double yt = chart_y_of(a.plot, t, y->total);
        if (y->total > 0)
            chart_fill_rect(ch, x - bw, yt, bw, a.plot.y1 - yt, col[0]);
        if (y->unreported) {
            yt -= unk_h;
            chart_hatch_rect(ch, x - bw, yt, bw, unk_h, col[2]);
            chart_text(ch, y->label ? y->label
                                    : chart_prep_text(p, "charts.participants_unknown_short"),
                       x - bw / 2, yt - 4, d->font_value, true, d->text,
                       ALIGN_CENTER | VALIGN_BOTTOM, 0);
        } else if (y->total > 0)
            value_text(ch, y->label, x - bw / 2, yt, a.plot.y1);
        if (y->has_women) {
            double yf = chart_y_of(a.plot, t, y->women);
            chart_fill_rect(ch, x, yf, bw, a.plot.y1 - yf, col[1]);
            value_label(ch, y->women, x + bw / 2, yf, a.plot.y1);
        } else if (y->total > 0) {      /* not recorded is not zero */
            chart_text(ch, chart_prep_text(p, "charts.not_available"), x + bw / 2,
                       a.plot.y1 - 4, d->font_value * 0.8, false, d->muted,
                       ALIGN_CENTER | VALIGN_BOTTOM, 0);
        }
    }
    return H;
}

/* ---- trend ---- */

/* The latest value of each line at its right end, moved apart vertically
 * where lines end close together. */
/* The last value of each line at its end, stacked so that none overlaps
 * and none goes below `bottom` (the axis). */
static void end_labels(Chart *ch, double x, const double *y, const double *v,
                       const ChartColor *col, int n, double bottom)
{
    const ChartDef *d = ch->def;
    int order[TREND_SERIES];
    double w, lh, pos[TREND_SERIES];
    chart_text_measure(ch, "0", d->font_value, true, 0, &w, &lh);
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = 1; i < n; i++)           /* sort by y, a few items */
        for (int j = i; j > 0 && y[order[j]] < y[order[j - 1]]; j--) {
            int tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    for (int i = 0; i < n; i++) {
        pos[i] = y[order[i]];
        if (i && pos[i] < pos[i - 1] + lh)
            pos[i] = pos[i - 1] + lh;
    }
    for (int i = n - 1; i >= 0; i--) {    /* lift the stack above the axis */
        double limit = i == n - 1 ? bottom - lh / 2 : pos[i + 1] - lh;
        if (pos[i] > limit)
            pos[i] = limit;
    }
    for (int i = 0; i < n; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "%.0f", v[order[i]]);
        chart_text(ch, buf, x, pos[i], d->font_value, true, col[order[i]],
                   ALIGN_LEFT | VALIGN_MIDDLE, 0);
    }
}

/* Series k of the trend: I1, D2, G reached, I2, D1 (§3.6). */
static double trend_value(const TrendPoint *tp, int k)
{
    switch (k) {
    case 0: return tp->i1;
    case 1: return tp->d2;
    case 2: return tp->g_reached;
    case 3: return tp->i2;
    default: return tp->d1;
    }
}

static double view_trend(Chart *ch, const ChartPrep *p, double W, double H)
{
    const Indicators *ind = p->ctx->ind;
    const Settings *s = p->ctx->s;
    const ChartDef *d = ch->def;
    double bottom, top = frame(ch, p, VIEW_TREND, W, H, &bottom);
    const char *names[TREND_SERIES] = { "i1", "d2", "g", "i2", "d1" };
    const char *leg[TREND_SERIES] = { chart_prep_text(p, "charts.trend_i1"),
                                      chart_prep_text(p, "charts.trend_d2"),
                                      chart_prep_text(p, "charts.trend_g"),
                                      chart_prep_text(p, "charts.trend_i2"),
                                      chart_prep_text(p, "charts.trend_d1") };
    ChartColor col[TREND_SERIES];
    int kinds[TREND_SERIES] = { 2, 2, 2, 2, 2 };
    for (int k = 0; k < TREND_SERIES; k++)
        col[k] = series_color(d, names[k], 0);
    /* two rows: the strategy's quantitative indicators, then I2 and D1 */
    top += chart_legend(ch, PAD, top, false, 3, leg, col, kinds) + 8;
    top += chart_legend(ch, PAD, top, false, TREND_SERIES - 3, leg + 3, col + 3,
                        kinds + 3) + 24;
    int n = ind->n_trend;
    double vmax = fmax(1, s->i1_target);
    if (s->n_d2_targets)
        vmax = fmax(vmax, s->d2_targets[0].target);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < TREND_SERIES; k++)
            vmax = fmax(vmax, trend_value(&ind->trend[i], k));
    ChartTicks t = chart_nice_ticks(0, vmax * 1.05, 7);
    ChartBox plot = { PAD + 70, top, W - PAD - 90, bottom };
    double slot = (plot.x1 - plot.x0) / (n > 0 ? n : 1);
    LabelSize *sz = calloc((size_t)n + 1, sizeof *sz);
    chart_measure_labels(ch, p->trend_label, n, d->font_tick, slot * 0.95, sz);
    LabelPlan lp = chart_plan_labels(sz, n, slot, 8, (bottom - top) / 3);
    if (lp.mode == LABEL_ROT45 && n > 0) {
        /* The first label hangs down-left of its slot: keep it inside. */
        ChartQuad q = chart_label_quad(&lp, sz, 0, slot);
        double over = PAD - (plot.x0 + fmin(fmin(q.x[0], q.x[1]), fmin(q.x[2], q.x[3])));
        if (over > 0) {
            plot.x0 += over;
            slot = (plot.x1 - plot.x0) / n;
            chart_measure_labels(ch, p->trend_label, n, d->font_tick, slot * 0.95, sz);
            lp = chart_plan_labels(sz, n, slot, 8, (bottom - top) / 3);
        }
    }
    plot.y1 = bottom - lp.depth - 10;
    chart_axis_y(ch, plot, t, "");
    chart_category_labels(ch, &lp, p->trend_label, n, plot.x0, plot.y1 + 8, slot,
                          d->font_tick, d->muted);
    /* Target reference lines, labelled at the right end. */
    double ty = chart_y_of(plot, t, s->i1_target);
    /* Target labels at the left, where the lines (rising towards their
     * targets) and their end labels are not. */
    chart_line(ch, plot.x0, ty, plot.x1, ty, 2, col[0], true);
    chart_text(ch, p->trend_i1_target, plot.x0 + 8, ty - 4, d->font_tick, false, col[0],
               ALIGN_LEFT | VALIGN_BOTTOM, 0);
    if (s->n_d2_targets) {
        ty = chart_y_of(plot, t, s->d2_targets[0].target);
        chart_line(ch, plot.x0, ty, plot.x1, ty, 2, col[1], true);
        chart_text(ch, p->trend_d2_target, plot.x0 + 8, ty - 4, d->font_tick, false, col[1],
                   ALIGN_LEFT | VALIGN_BOTTOM, 0);
    }
    double end_y[TREND_SERIES], end_v[TREND_SERIES], lx = plot.x0;
    for (int k = 0; k < TREND_SERIES; k++) {
        double ly = 0;
        for (int i = 0; i < n; i++) {
            double v = trend_value(&ind->trend[i], k);
            double x = plot.x0 + (i + 0.5) * slot, y = chart_y_of(plot, t, v);
            if (i)
                chart_line(ch, lx, ly, x, y, 4, col[k], false);
            lx = x, ly = y;
            end_v[k] = v;
        }
        for (int i = 0; i < n; i++)
            chart_dot(ch, plot.x0 + (i + 0.5) * slot,
                      chart_y_of(plot, t, trend_value(&ind->trend[i], k)), 6, col[k]);
        end_y[k] = ly;
    }
    if (n)
        end_labels(ch, lx + 14, end_y, end_v, col, TREND_SERIES, plot.y1);
    free(sz);
    return H;
}

/* ---- per scenario indicator (§3.10): baseline -> results -> target ---- */

/* The indicator's entry in D1 (started projects only), or NULL. */
static const D1Indicator *scenario_entry(const D1 *d1, int scenario)
{
    for (int i = 0; i < d1->n_projects; i++)
        for (int k = 0; k < d1->projects[i].n_indicators; k++)
            if (d1->projects[i].indicators[k].scenario == scenario)
                return &d1->projects[i].indicators[k];
    return NULL;
}

static double view_scenario(Chart *ch, const ChartPrep *p, int i, double W,
                            double H)
{
    const Model *m = p->ctx->m;
    const ChartDef *d = ch->def;
    const Scenario *s = &m->scenarios[i];
    const D1Indicator *e = scenario_entry(&p->ctx->ind->d1, i);
    const char *title = p->scenario_title ? p->scenario_title[i] : NULL;
    double bottom, top = chart_frame(ch, W, H, title ? title : "",
                                     p->scenario_subtitle ? p->scenario_subtitle[i] : NULL,
                                     p->source, &bottom);
    const char *leg[4] = { chart_prep_text(p, "charts.scenario_baseline"),
                           chart_prep_text(p, "charts.scenario_results"),
                           chart_prep_text(p, "charts.scenario_target"),
                           chart_prep_text(p, "charts.scenario_target_date") };
    ChartColor col[4] = { series_color(d, "baseline", 0), series_color(d, "results", 0),
                          series_color(d, "target", 0), d->muted };
    int kinds[4] = { 1, 2, 4, 3 };
    top += chart_legend(ch, PAD, top, false, 4, leg, col, kinds) + 20;
    const int *res = m->scenario_results + m->scenario_result_start[i];
    int n = e ? e->n_results : 0;
    /* x: days from the baseline to the later of the target date and the
     * last result; y: every value shown */
    double x0 = s->baseline_date, x1 = s->target_date;
    double lo = fmin(rd(s->baseline), rd(s->target)), hi = fmax(rd(s->baseline), rd(s->target));
    for (int k = 0; k < n; k++) {
        const Result *r = &m->results[res[k]];
        x1 = fmax(x1, r->date);
        lo = fmin(lo, rd(r->value));
        hi = fmax(hi, rd(r->value));
    }
    if (x1 <= x0)
        x1 = x0 + 1;
    double span = hi - lo > 0 ? hi - lo : fmax(1, fabs(hi));
    ChartTicks t = chart_nice_ticks(lo - span * 0.05, hi + span * 0.05, 6);
    ChartBox plot = { PAD + 90, top, W - PAD - 30, bottom - 44 };
    chart_axis_y(ch, plot, t, "");
#define SX(day) (plot.x0 + ((day) - x0) / (x1 - x0) * (plot.x1 - plot.x0))
    int y0, y1, mo, dd;
    date_to_ymd((Date)x0, &y0, &mo, &dd);
    date_to_ymd((Date)x1, &y1, &mo, &dd);
    int step = (y1 - y0) / 8 + 1;
    for (int y = y0 + 1; y <= y1; y += step) {   /* a tick at each 1 January */
        double x = SX(date_from_ymd(y, 1, 1));
        char buf[16];
        snprintf(buf, sizeof buf, "%d", y);
        chart_line(ch, x, plot.y1, x, plot.y1 + 6, 1, d->muted, false);
        chart_text(ch, buf, x, plot.y1 + 10, d->font_tick, false, d->muted,
                   ALIGN_CENTER, 0);
    }
    double tx = SX(s->target_date);
    chart_line(ch, tx, plot.y0, tx, plot.y1, 2, d->muted, true);
    double px = SX(s->baseline_date), py = chart_y_of(plot, t, rd(s->baseline));
    for (int k = 0; k < n; k++) {
        const Result *r = &m->results[res[k]];
        double x = SX(r->date), y = chart_y_of(plot, t, rd(r->value));
        chart_line(ch, px, py, x, y, 4, col[1], false);
        px = x, py = y;
    }
    for (int k = 0; k < n; k++) {
        const Result *r = &m->results[res[k]];
        chart_dot(ch, SX(r->date), chart_y_of(plot, t, rd(r->value)), 7, col[1]);
    }
    chart_dot(ch, SX(s->baseline_date), chart_y_of(plot, t, rd(s->baseline)), 8, col[0]);
    chart_diamond(ch, tx, chart_y_of(plot, t, rd(s->target)), 11, col[2]);
#undef SX
    return H;
}

/* ---- per country: five pillars across editions ---- */

/* The country title's one placeholder, {name}, filled here because the
 * catalogue is not used off the main thread. */
static void fill_name(char *buf, size_t n, const char *tmpl, const char *name)
{
    const char *at = strstr(tmpl, "{name}");
    if (!at)
        snprintf(buf, n, "%s", tmpl);
    else
        snprintf(buf, n, "%.*s%s%s", (int)(at - tmpl), tmpl, name, at + 6);
}

static double view_country(Chart *ch, const ChartPrep *p, int country,
                           double W, double H)
{
    const RenderCtx *ctx = p->ctx;
    const Model *m = ctx->m;
    const Indicators *ind = ctx->ind;
    const ChartDef *d = ch->def;
    double bottom;
    char title[512];
    fill_name(title, sizeof title, chart_prep_text(p, "charts.country_title"),
              model_country_name(m, country, ctx->s->lang));
    double top = chart_frame(ch, W, H, title, p->subtitle[VIEW_COUNTRY],
                             p->source, &bottom);
    PillarSet targeted = 0;
    for (int i = 0; i < ind->i1.n_countries; i++)
        if (ind->i1.countries[i].country == country)
            targeted = ind->i1.countries[i].pillars;
    /* Sized by the data: every published edition with a row, plus the
     * legend's "targeted" entry. */
    size_t cap = (size_t)m->n_editions + 1;
    int *eds = malloc(cap * sizeof *eds), *kinds = malloc(cap * sizeof *kinds), ne = 0;
    const char **leg = malloc(cap * sizeof *leg);
    ChartColor *col = malloc(cap * sizeof *col);
    if (!eds || !kinds || !leg || !col)
        abort();
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].published <= ind->as_of && model_gci(m, country, e))
            eds[ne++] = e;
    if (ne == 0) {
        body_message(ch, chart_prep_text(p, "charts.country_no_scores"), top, bottom, W);
        goto done;
    }
    const ChartSeries *es = chart_def_series(d, "editions");
    for (int i = 0; i < ne; i++) {
        leg[i] = p->edition_label[eds[i]];
        col[i] = es->color[eds[i] % es->n_colors];
        kinds[i] = 0;
    }
    leg[ne] = chart_prep_text(p, "charts.country_targeted");
    col[ne] = series_color(d, "targeted", 0);
    kinds[ne] = 0;
    top += chart_legend(ch, PAD, top, false, targeted ? ne + 1 : ne, leg, col, kinds) + 24;
    ChartTicks t = chart_nice_ticks(0, 100, 6);
    ChartBox plot = { PAD + 80, top, W - PAD, bottom };
    double slot = (plot.x1 - plot.x0) / PILLAR_COUNT;
    LabelSize sz[PILLAR_COUNT];
    chart_measure_labels(ch, p->pillar_label, PILLAR_COUNT, d->font_label, slot * 0.95, sz);
    LabelPlan lp = chart_plan_labels(sz, PILLAR_COUNT, slot, 10, (bottom - top) / 3);
    plot.y1 = bottom - lp.depth - 10;
    for (int q = 0; q < PILLAR_COUNT; q++)
        if (targeted & PILLAR_BIT(q))
            chart_fill_rect(ch, plot.x0 + q * slot + 4, plot.y0, slot - 8,
                            plot.y1 - plot.y0 + lp.depth + 10, col[ne]);
    chart_axis_y(ch, plot, t, "%");
    chart_category_labels(ch, &lp, p->pillar_label, PILLAR_COUNT, plot.x0,
                          plot.y1 + 8, slot, d->font_label, d->text);
    double gw = slot * 0.8, bw = gw / ne;
    for (int q = 0; q < PILLAR_COUNT; q++) {
        double gx = plot.x0 + q * slot + (slot - gw) / 2;
        for (int i = 0; i < ne; i++) {
            const GciRow *r = model_gci(m, country, eds[i]);
            double x = gx + i * bw;
            if (!(r->has & PILLAR_BIT(q))) {
                chart_text(ch, chart_prep_text(p, "charts.not_available"), x + bw / 2, plot.y1 - 4, d->font_value * 0.7,
                           false, d->muted, ALIGN_CENTER | VALIGN_BOTTOM, 0);
                continue;
            }
            double v = rd(compute_pillar_percent(m, r, q));
            /* A published zero still shows, as a stub, unlike "n/a". */
            double y = fmin(chart_y_of(plot, t, v), plot.y1 - 3);
            chart_fill_rect(ch, x + 1, y, bw - 2, plot.y1 - y, col[i]);
        }
    }
done:
    free(eds);
    free(kinds);
    free(leg);
    free(col);
    return H;
}

double chart_view_draw(Chart *ch, const ChartPrep *p, ViewKind kind,
                       int country, double width, double height)
{
    switch (kind) {
    case VIEW_D2: return view_d2(ch, p, width, height);
    case VIEW_I1: return view_i1(ch, p, width, height);
    case VIEW_STAGES: return view_stages(ch, p, width, height);
    case VIEW_PARTICIPANTS: return view_participants(ch, p, width, height);
    case VIEW_TREND: return view_trend(ch, p, width, height);
    case VIEW_CONTEXT: return view_context(ch, p, width, height);
    case VIEW_COUNTRY: return view_country(ch, p, country, width, height);
    case VIEW_SCENARIO: return view_scenario(ch, p, country, width, height);
    case VIEW_COUNT: break;
    }
    return height;
}

Err chart_view_country_box(cairo_t *cr, const ChartPrep *prep, int country,
                           double w, double h, Diag *d)
{
    const ChartDef *def = &prep->defs[VIEW_COUNTRY];
    /* Scale the design size uniformly into the box; the design height
     * follows the box's aspect so the chart fills it. */
    double s = w / def->width;
    cairo_save(cr);
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_clip(cr);
    cairo_scale(cr, s, s);
    Chart ch;
    chart_begin(&ch, cr, NULL, def);
    chart_view_draw(&ch, prep, VIEW_COUNTRY, country, def->width, h / s);
    chart_end(&ch);
    cairo_restore(cr);
    if (cairo_status(cr) == CAIRO_STATUS_SUCCESS)
        return ERR_OK;
    diag_error(d, "country chart", 0, "cairo: %s",
               cairo_status_to_string(cairo_status(cr)));
    return ERR_RENDER;
}
