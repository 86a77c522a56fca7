#include "render/chart/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const ChartColor chart_okabe_ito[OI_COUNT] = {
    { 0.0, 0.0, 0.0 },                            /* black */
    { 230 / 255.0, 159 / 255.0, 0 / 255.0 },      /* orange */
    { 86 / 255.0, 180 / 255.0, 233 / 255.0 },     /* sky blue */
    { 0 / 255.0, 158 / 255.0, 115 / 255.0 },      /* bluish green */
    { 240 / 255.0, 228 / 255.0, 66 / 255.0 },     /* yellow */
    { 0 / 255.0, 114 / 255.0, 178 / 255.0 },      /* blue */
    { 213 / 255.0, 94 / 255.0, 0 / 255.0 },       /* vermillion */
    { 204 / 255.0, 121 / 255.0, 167 / 255.0 },    /* reddish purple */
};
const char *const chart_okabe_ito_names[OI_COUNT] = {
    "black", "orange", "sky_blue", "bluish_green", "yellow", "blue",
    "vermillion", "reddish_purple",
};

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool chart_color_parse(const char *s, ChartColor *out)
{
    for (int i = 0; i < OI_COUNT; i++)
        if (strcmp(s, chart_okabe_ito_names[i]) == 0) {
            *out = chart_okabe_ito[i];
            return true;
        }
    /* Neutrals for text, grids and "no data", outside the palette. */
    static const struct { const char *name; double v; } greys[] = {
        { "white", 1.0 }, { "grey", 0.45 }, { "light_grey", 0.85 },
        { "dark_grey", 0.25 },
    };
    for (size_t i = 0; i < sizeof greys / sizeof greys[0]; i++)
        if (strcmp(s, greys[i].name) == 0) {
            *out = (ChartColor){ greys[i].v, greys[i].v, greys[i].v };
            return true;
        }
    if (s[0] != '#' || strlen(s) != 7)
        return false;
    int v[6];
    for (int i = 0; i < 6; i++)
        if ((v[i] = hexval(s[1 + i])) < 0)
            return false;
    *out = (ChartColor){ (v[0] * 16 + v[1]) / 255.0, (v[2] * 16 + v[3]) / 255.0,
                         (v[4] * 16 + v[5]) / 255.0 };
    return true;
}

/* ---- nice ticks ---- */

/* The smallest 1-2-5 step (times a power of ten) giving at most
 * max_ticks ticks over [lo, hi]. */
static double nice_step(double lo, double hi, int max_ticks)
{
    static const double mult[] = { 1, 2, 5 };
    double p = pow(10.0, floor(log10((hi - lo) / (max_ticks - 1))));
    for (int k = 0; k < 12; k++) {
        double step = mult[k % 3] * p * pow(10.0, k / 3);
        double a = floor(lo / step + 1e-9) * step;
        double b = ceil(hi / step - 1e-9) * step;
        if ((b - a) / step + 1 <= max_ticks + 1e-9)
            return step;
    }
    return hi - lo;             /* not reached: 10p always fits */
}

ChartTicks chart_nice_ticks(double min, double max, int max_ticks)
{
    if (!isfinite(min) || !isfinite(max))
        min = 0, max = 1;
    if (min > max) {
        double t = min;
        min = max;
        max = t;
    }
    if (max_ticks < 2)
        max_ticks = 2;
    if (max_ticks > CHART_MAX_TICKS)
        max_ticks = CHART_MAX_TICKS;
    if (max == min) {
        /* One value: a step of its own magnitude (or 1 for zero) around it;
         * zero stays the bottom of a count axis. */
        double m = fabs(min) > 0 ? pow(10.0, floor(log10(fabs(min)))) : 1.0;
        if (min >= 0)
            max = min + m, min = min > 0 ? min - m : 0;
        else
            min = min - m, max = max + m > 0 ? 0 : max + m;
        if (min < 0 && max > 0 && max - min > 2 * m)
            max = 0;
    }
    ChartTicks t;
    t.step = nice_step(min, max, max_ticks);
    t.lo = floor(min / t.step + 1e-9) * t.step;
    t.hi = ceil(max / t.step - 1e-9) * t.step;
    if (fabs(t.lo) < t.step * 1e-9)
        t.lo = 0;
    if (fabs(t.hi) < t.step * 1e-9)
        t.hi = 0;
    t.n = (int)lround((t.hi - t.lo) / t.step) + 1;
    t.decimals = t.step >= 1 ? 0 : (int)ceil(-log10(t.step) - 1e-9);
    return t;
}

/* ---- category labels ---- */

static double max_of(const LabelSize *sz, int n, size_t off)
{
    double m = 0;
    for (int i = 0; i < n; i++) {
        double v;
        memcpy(&v, (const char *)&sz[i] + off, sizeof v);
        if (v > m)
            m = v;
    }
    return m;
}

LabelPlan chart_plan_labels(const LabelSize *sz, int n, double slot,
                            double gap, double max_depth)
{
    LabelPlan p = { LABEL_FLAT, 1, 0 };
    double w = max_of(sz, n, offsetof(LabelSize, w));
    double h = max_of(sz, n, offsetof(LabelSize, h));
    double ww = max_of(sz, n, offsetof(LabelSize, wrap_w));
    double wh = max_of(sz, n, offsetof(LabelSize, wrap_h));
    if (n == 0 || w + gap <= slot) {
        p.depth = h;
        return p;
    }
    if (ww + gap <= slot && wh <= 2.0 * h + 0.5) {
        p.mode = LABEL_WRAPPED;
        p.depth = wh;
        return p;
    }
    const double s45 = sqrt(0.5);
    double d45 = (w + h) * s45;
    /* Two 45-degree labels in neighbouring slots are `slot * sin 45` apart
     * measured across their text lines. */
    if (slot * s45 >= h + gap && d45 <= max_depth) {
        p.mode = LABEL_ROT45;
        p.depth = d45;
        return p;
    }
    p.mode = LABEL_ROT90;
    p.depth = w;
    if (slot < h + gap)
        p.step = (int)ceil((h + gap) / slot);
    return p;
}

ChartQuad chart_label_quad(const LabelPlan *p, const LabelSize *sz, int i,
                           double slot)
{
    ChartQuad q;
    double cx = (i + 0.5) * slot;
    double w = sz[i].w, h = sz[i].h;
    if (p->mode == LABEL_FLAT || p->mode == LABEL_WRAPPED) {
        if (p->mode == LABEL_WRAPPED)
            w = sz[i].wrap_w, h = sz[i].wrap_h;
        double xs[4] = { cx - w / 2, cx + w / 2, cx + w / 2, cx - w / 2 };
        double ys[4] = { 0, 0, h, h };
        memcpy(q.x, xs, sizeof xs);
        memcpy(q.y, ys, sizeof ys);
        return q;
    }
    /* Rotated: the text's end sits at the slot centre just under the axis,
     * the line running down-left at 45 or 90 degrees; the text's vertical
     * middle is on that line. */
    double a = p->mode == LABEL_ROT45 ? G_PI / 4 : G_PI / 2;
    double ux = -cos(a), uy = sin(a);         /* from end towards start */
    double nx = -uy, ny = ux;                 /* across the text line */
    double ex = cx, ey = 0;
    if (p->mode == LABEL_ROT45)
        ex += h / 2 * sin(a), ey += h / 2 * cos(a);
    double sx = ex + ux * w, sy = ey + uy * w;
    double xs[4] = { ex + nx * h / 2, sx + nx * h / 2, sx - nx * h / 2,
                     ex - nx * h / 2 };
    double ys[4] = { ey + ny * h / 2, sy + ny * h / 2, sy - ny * h / 2,
                     ey - ny * h / 2 };
    memcpy(q.x, xs, sizeof xs);
    memcpy(q.y, ys, sizeof ys);
    return q;
}

/* ---- rows ---- */

RowPlan chart_plan_rows(int n, double avail_h, double min_row_h,
                        double max_row_h, int max_cols)
{
    RowPlan r = { 1, n, max_row_h, 0 };
    if (n <= 0) {
        r.per_col = 0;
        return r;
    }
    if (max_cols < 1)
        max_cols = 1;
    for (int c = 1; c <= max_cols; c++) {
        int per = (n + c - 1) / c;
        double h = avail_h / per;
        if (h >= min_row_h || c == max_cols) {
            r.cols = c;
            r.per_col = per;
            r.row_h = h < max_row_h ? h : max_row_h;
            if (h < min_row_h) {
                r.row_h = min_row_h;
                r.extra_h = per * min_row_h - avail_h;
            }
            return r;
        }
    }
    return r;
}

/* ---- drawing ---- */

/* A Pango context with fixed font options: the same bytes whatever the
 * desktop settings, and metrics that do not depend on the scale (PNG and
 * PDF agree).  (Without options, Pango 1.50 leaks a cairo font face on a
 * Latin-only layout, which cairo_debug_reset_static_data() asserts on.) */
static PangoContext *new_context(PangoFontMap *fm)
{
    PangoContext *pc = pango_font_map_create_context(fm);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(pc, fo);
    cairo_font_options_destroy(fo);
    return pc;
}

void chart_fonts_init(void)
{
    /* The first layout forces fontconfig to read its configuration and
     * caches (and Pango to list the fonts) here, not in a worker.  A
     * private map, so nothing of it outlives this call. */
    PangoFontMap *fm = pango_cairo_font_map_new();
    PangoContext *pc = new_context(fm);
    PangoLayout *l = pango_layout_new(pc);
    PangoFontDescription *fd = pango_font_description_from_string("sans-serif 12");
    pango_layout_set_font_description(l, fd);
    pango_layout_set_text(l, "Aa \xe6\x97\xa5\xe6\x9c\xac", -1);
    int w, h;
    pango_layout_get_size(l, &w, &h);
    pango_font_description_free(fd);
    g_object_unref(l);
    g_object_unref(pc);
    g_object_unref(fm);
}

void chart_begin(Chart *ch, cairo_t *cr, PangoFontMap *fm, const ChartDef *def)
{
    ch->cr = cr;
    ch->def = def;
    if (!fm)
        fm = pango_cairo_font_map_get_default();
    PangoContext *pc = new_context(fm);
    pango_cairo_update_context(cr, pc);
    ch->layout = pango_layout_new(pc);
    g_object_unref(pc);
    ch->font = pango_font_description_from_string("sans-serif");
}

void chart_end(Chart *ch)
{
    if (ch->layout)
        g_object_unref(ch->layout);
    if (ch->font)
        pango_font_description_free(ch->font);
    ch->layout = NULL;
    ch->font = NULL;
}

static void set_text(Chart *ch, const char *text, double size, bool bold,
                     double wrap_w)
{
    pango_font_description_set_absolute_size(ch->font, size * PANGO_SCALE);
    pango_font_description_set_weight(ch->font, bold ? PANGO_WEIGHT_BOLD
                                                     : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(ch->layout, ch->font);
    pango_layout_set_width(ch->layout,
                           wrap_w > 0 ? (int)(wrap_w * PANGO_SCALE) : -1);
    pango_layout_set_wrap(ch->layout, PANGO_WRAP_WORD);
    pango_layout_set_text(ch->layout, text, -1);
}

void chart_text_measure(Chart *ch, const char *text, double size, bool bold,
                        double wrap_w, double *w, double *h)
{
    set_text(ch, text, size, bold, wrap_w);
    PangoRectangle log;
    pango_layout_get_extents(ch->layout, NULL, &log);
    *w = (double)log.width / PANGO_SCALE;
    *h = (double)log.height / PANGO_SCALE;
}

static void set_color(cairo_t *cr, ChartColor c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/* Sizes tried, from `size` down to 60 % of it: below that a label is no
 * longer legible on a slide, and the table beside the chart has it. */
#define FIT_MIN 0.6

double chart_fit_label(Chart *ch, const char *text, double size, double box_w,
                       double box_h, bool *fits)
{
    for (double s = size; s >= size * FIT_MIN - 1e-9; s *= 0.94) {
        double w, h;
        chart_text_measure(ch, text, s, false, box_w, &w, &h);
        /* a word wider than the box overflows it (WRAP_WORD never splits
         * a word): that is not a fit either */
        if (w <= box_w + 0.5 && h <= box_h + 0.5) {
            *fits = true;
            return s;
        }
    }
    *fits = false;
    return size * FIT_MIN;
}

void chart_text_fit(Chart *ch, const char *text, double x, double y, double size,
                    ChartColor c, int align, double box_w, double box_h)
{
    bool fits;
    double s = chart_fit_label(ch, text, size, box_w, box_h, &fits);
    if (!fits) {              /* the last resort: cut, at the box's height */
        pango_layout_set_ellipsize(ch->layout, PANGO_ELLIPSIZE_END);
        pango_layout_set_height(ch->layout, (int)(box_h * PANGO_SCALE));
    }
    chart_text(ch, text, x, y, s, false, c, align, box_w);
    pango_layout_set_ellipsize(ch->layout, PANGO_ELLIPSIZE_NONE);
    pango_layout_set_height(ch->layout, -1);
}

double chart_text(Chart *ch, const char *text, double x, double y,
                  double size, bool bold, ChartColor c, int align,
                  double wrap_w)
{
    double w, h;
    chart_text_measure(ch, text, size, bold, wrap_w, &w, &h);
    int ha = align & 3, va = align & 12;
    pango_layout_set_alignment(ch->layout, ha == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                           : ha == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                                                : PANGO_ALIGN_LEFT);
    double lw = wrap_w > 0 ? wrap_w : w;
    double dx = ha == ALIGN_RIGHT ? -lw : ha == ALIGN_CENTER ? -lw / 2 : 0;
    double dy = va == VALIGN_BOTTOM ? -h : va == VALIGN_MIDDLE ? -h / 2 : 0;
    set_color(ch->cr, c);
    cairo_move_to(ch->cr, x + dx, y + dy);
    pango_cairo_show_layout(ch->cr, ch->layout);
    pango_layout_set_alignment(ch->layout, PANGO_ALIGN_LEFT);
    return h;
}

void chart_text_rotated_end(Chart *ch, const char *text, double x, double y,
                            double size, double deg, ChartColor c)
{
    double w, h;
    chart_text_measure(ch, text, size, false, 0, &w, &h);
    cairo_save(ch->cr);
    cairo_translate(ch->cr, x, y);
    cairo_rotate(ch->cr, -deg * G_PI / 180);
    set_color(ch->cr, c);
    cairo_move_to(ch->cr, -w, -h / 2);
    pango_cairo_update_layout(ch->cr, ch->layout);
    pango_cairo_show_layout(ch->cr, ch->layout);
    cairo_restore(ch->cr);
    pango_cairo_update_layout(ch->cr, ch->layout);
}

void chart_fill_rect(Chart *ch, double x, double y, double w, double h,
                     ChartColor c)
{
    set_color(ch->cr, c);
    cairo_rectangle(ch->cr, x, y, w, h);
    cairo_fill(ch->cr);
}

void chart_hatch_rect(Chart *ch, double x, double y, double w, double h,
                      ChartColor c)
{
    cairo_t *cr = ch->cr;
    cairo_save(cr);
    cairo_rectangle(cr, x, y, w, h);
    cairo_clip(cr);
    set_color(cr, c);
    cairo_set_line_width(cr, 2.5);
    /* 45-degree lines 9 px apart, from the lower left to the upper right */
    for (double o = -h; o < w; o += 9) {
        cairo_move_to(cr, x + o, y + h);
        cairo_line_to(cr, x + o + h, y);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_save(cr);
    set_color(cr, c);
    cairo_set_line_width(cr, 2);
    cairo_rectangle(cr, x + 1, y + 1, w - 2, h - 2);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void chart_line(Chart *ch, double x0, double y0, double x1, double y1,
                double width, ChartColor c, bool dashed)
{
    static const double dash[] = { 10, 6 };
    set_color(ch->cr, c);
    cairo_set_line_width(ch->cr, width);
    cairo_set_dash(ch->cr, dash, dashed ? 2 : 0, 0);
    cairo_move_to(ch->cr, x0, y0);
    cairo_line_to(ch->cr, x1, y1);
    cairo_stroke(ch->cr);
    cairo_set_dash(ch->cr, dash, 0, 0);
}

void chart_dot(Chart *ch, double x, double y, double r, ChartColor c)
{
    set_color(ch->cr, c);
    cairo_new_sub_path(ch->cr);
    cairo_arc(ch->cr, x, y, r, 0, 2 * G_PI);
    cairo_fill(ch->cr);
}

void chart_diamond(Chart *ch, double x, double y, double r, ChartColor c)
{
    set_color(ch->cr, c);
    cairo_move_to(ch->cr, x, y - r);
    cairo_line_to(ch->cr, x + r, y);
    cairo_line_to(ch->cr, x, y + r);
    cairo_line_to(ch->cr, x - r, y);
    cairo_close_path(ch->cr);
    cairo_fill(ch->cr);
}

/* Margins of the shared frame, in design pixels. */
#define FRAME_PAD 40.0

double chart_frame(Chart *ch, double width, double height, const char *title,
                   const char *subtitle, const char *source,
                   double *body_bottom)
{
    const ChartDef *d = ch->def;
    chart_fill_rect(ch, 0, 0, width, height, d->background);
    double y = FRAME_PAD * 0.75;
    double wrap = width - 2 * FRAME_PAD;
    y += chart_text(ch, title, FRAME_PAD, y, d->font_title, true, d->text,
                    ALIGN_LEFT, wrap);
    if (subtitle && *subtitle)
        y += 4 + chart_text(ch, subtitle, FRAME_PAD, y + 4, d->font_subtitle,
                            false, d->muted, ALIGN_LEFT, wrap);
    double sw, sh;
    chart_text_measure(ch, source, d->font_source, false, wrap, &sw, &sh);
    double sy = height - FRAME_PAD * 0.5 - sh;
    chart_text(ch, source, FRAME_PAD, sy, d->font_source, false, d->muted,
               ALIGN_LEFT, wrap);
    *body_bottom = sy - 16;
    return y + 16;
}

static void swatch(Chart *ch, double x, double y, double s, ChartColor c,
                   int kind)
{
    switch (kind) {
    case 1: chart_dot(ch, x + s / 2, y + s / 2, s / 2.6, c); break;
    case 2: chart_line(ch, x, y + s / 2, x + s * 1.6, y + s / 2, 4, c, false); break;
    case 3: chart_line(ch, x, y + s / 2, x + s * 1.6, y + s / 2, 4, c, true); break;
    case 4: chart_diamond(ch, x + s / 2, y + s / 2, s / 2, c); break;
    case 5: chart_hatch_rect(ch, x, y, s, s, c); break;
    default: chart_fill_rect(ch, x, y, s, s, c); break;
    }
}

double chart_legend(Chart *ch, double x, double y, bool right, int n,
                    const char *const *labels, const ChartColor *colors,
                    const int *kind)
{
    const ChartDef *d = ch->def;
    double size = d->font_legend, s = size * 0.9, total = 0, lh = 0;
    double w[16], h;
    if (n > 16)
        n = 16;
    for (int i = 0; i < n; i++) {
        chart_text_measure(ch, labels[i], size, false, 0, &w[i], &h);
        double sw = kind[i] == 2 || kind[i] == 3 ? s * 1.6 : s;
        total += sw + 8 + w[i] + (i + 1 < n ? 28 : 0);
        if (h > lh)
            lh = h;
    }
    double cx = right ? x - total : x;
    for (int i = 0; i < n; i++) {
        double sw = kind[i] == 2 || kind[i] == 3 ? s * 1.6 : s;
        swatch(ch, cx, y + (lh - s) / 2, s, colors[i], kind[i]);
        cx += sw + 8;
        chart_text(ch, labels[i], cx, y, size, false, d->text, ALIGN_LEFT, 0);
        cx += w[i] + 28;
    }
    return lh;
}

void chart_tick_label(ChartTicks t, double v, const char *suffix, char *buf,
                      size_t n)
{
    if (fabs(v) < t.step * 1e-9)
        v = 0;
    snprintf(buf, n, "%.*f%s", t.decimals, v, suffix ? suffix : "");
}

double chart_y_of(ChartBox plot, ChartTicks t, double v)
{
    return plot.y1 - (v - t.lo) / (t.hi - t.lo) * (plot.y1 - plot.y0);
}

double chart_x_of(ChartBox plot, ChartTicks t, double v)
{
    return plot.x0 + (v - t.lo) / (t.hi - t.lo) * (plot.x1 - plot.x0);
}

double chart_axis_y(Chart *ch, ChartBox plot, ChartTicks t, const char *suffix)
{
    const ChartDef *d = ch->def;
    double maxw = 0;
    for (int i = 0; i < t.n; i++) {
        double v = t.lo + i * t.step, y = chart_y_of(plot, t, v);
        char buf[32];
        chart_tick_label(t, v, suffix, buf, sizeof buf);
        chart_line(ch, plot.x0, y, plot.x1, y, fabs(v) < 1e-12 ? 2 : 1,
                   fabs(v) < 1e-12 ? d->muted : d->grid, false);
        double w, h;
        chart_text_measure(ch, buf, d->font_tick, false, 0, &w, &h);
        chart_text(ch, buf, plot.x0 - 10, y, d->font_tick, false, d->muted,
                   ALIGN_RIGHT | VALIGN_MIDDLE, 0);
        if (w > maxw)
            maxw = w;
    }
    return maxw;
}

void chart_axis_x(Chart *ch, ChartBox plot, ChartTicks t, const char *suffix)
{
    const ChartDef *d = ch->def;
    for (int i = 0; i < t.n; i++) {
        double v = t.lo + i * t.step, x = chart_x_of(plot, t, v);
        char buf[32];
        chart_tick_label(t, v, suffix, buf, sizeof buf);
        chart_line(ch, x, plot.y0, x, plot.y1, fabs(v) < 1e-12 ? 2 : 1,
                   fabs(v) < 1e-12 ? d->muted : d->grid, false);
        chart_text(ch, buf, x, plot.y1 + 8, d->font_tick, false, d->muted,
                   ALIGN_CENTER, 0);
    }
}

void chart_measure_labels(Chart *ch, const char *const *labels, int n,
                          double size, double slot, LabelSize *out)
{
    for (int i = 0; i < n; i++) {
        chart_text_measure(ch, labels[i], size, false, 0, &out[i].w, &out[i].h);
        chart_text_measure(ch, labels[i], size, false, slot, &out[i].wrap_w,
                           &out[i].wrap_h);
        /* Pango reports the wrap width for a wrapped layout; what matters
         * is the widest line, which can exceed it only for a long word. */
        PangoRectangle ink, log;
        pango_layout_get_pixel_extents(ch->layout, &ink, &log);
        int lines = pango_layout_get_line_count(ch->layout);
        double widest = 0;
        for (int k = 0; k < lines; k++) {
            PangoLayoutLine *ln = pango_layout_get_line_readonly(ch->layout, k);
            PangoRectangle lr;
            pango_layout_line_get_extents(ln, NULL, &lr);
            if (lr.width / (double)PANGO_SCALE > widest)
                widest = lr.width / (double)PANGO_SCALE;
        }
        out[i].wrap_w = widest;
    }
}

void chart_category_labels(Chart *ch, const LabelPlan *p,
                           const char *const *labels, int n, double x0,
                           double y, double slot, double size, ChartColor c)
{
    for (int i = 0; i < n; i += p->step) {
        double cx = x0 + (i + 0.5) * slot;
        switch (p->mode) {
        case LABEL_FLAT:
            chart_text(ch, labels[i], cx, y, size, false, c, ALIGN_CENTER, 0);
            break;
        case LABEL_WRAPPED:
            chart_text(ch, labels[i], cx, y, size, false, c, ALIGN_CENTER, slot);
            break;
        case LABEL_ROT45: {
            double w, h;
            chart_text_measure(ch, labels[i], size, false, 0, &w, &h);
            double e = h / 2 * sqrt(0.5);
            chart_text_rotated_end(ch, labels[i], cx + e, y + e, size, 45, c);
            break;
        }
        case LABEL_ROT90:
            chart_text_rotated_end(ch, labels[i], cx, y, size, 90, c);
            break;
        }
    }
}
