/* chart.h -- a small drawing kit for the dashboard's charts (§4), on cairo
 * with Pango for every piece of text (the toy text API cannot do Japanese;
 * dependency-notes §5), plus the pure layout logic behind it and a fast
 * PNG writer.
 *
 * Three layers:
 *   - pure functions (nice ticks, label and row planning, colours): no
 *     cairo, unit-tested in tests/test_chart.c;
 *   - ChartDef: one chart's look, read from charts/NAME.ini at run time so
 *     a user can restyle a chart without recompiling;
 *   - Chart: a drawing session on any cairo context (image, PDF), holding a
 *     Pango layout of its own.  Drawing never knows which surface it is on;
 *     chart_write_png() turns an image surface into a file.
 *
 * Coordinates are in "design pixels": a ChartDef's width x height (a 16:9
 * slide at double resolution, 1600x900); a caller drawing into another
 * size scales the context first.
 *
 * Threads: a Chart, its cairo context and its PangoFontMap belong to one
 * thread.  Fontconfig must be initialised on the main thread before any
 * worker starts (chart_fonts_init()).
 */
#ifndef CYBERDASH_CHART_H
#define CYBERDASH_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "base/diag.h"
#include "base/err.h"

/* ---- colours ---- */

typedef struct { double r, g, b; } ChartColor;

/* The Okabe-Ito colour-blind-safe palette, in its usual order. */
enum {
    OI_BLACK, OI_ORANGE, OI_SKY_BLUE, OI_BLUISH_GREEN, OI_YELLOW, OI_BLUE,
    OI_VERMILLION, OI_REDDISH_PURPLE, OI_COUNT
};
extern const ChartColor chart_okabe_ito[OI_COUNT];
extern const char *const chart_okabe_ito_names[OI_COUNT]; /* "black", "orange", "sky_blue", ... */

/* Parse a palette name ("sky_blue"), "grey" / "light_grey", or "#RRGGBB".
 * Returns false and leaves *out alone for anything else. */
bool chart_color_parse(const char *s, ChartColor *out);

/* ---- nice ticks (pure) ---- */

#define CHART_MAX_TICKS 24
typedef struct {
    double lo, hi, step;   /* lo and hi are multiples of step */
    int n;                 /* ticks lo, lo+step, ..., hi: n = (hi-lo)/step+1 */
    int decimals;          /* decimals needed to print a tick exactly */
} ChartTicks;

/* Ticks with a 1-2-5 step covering [min, max] with at most `max_ticks`
 * ticks (2..CHART_MAX_TICKS).  0..47 gives 0, 10, ..., 50.  min == max
 * widens the range to one step around the value (0..0 gives 0..1); min >
 * max is swapped.  Non-finite input gives 0..1. */
ChartTicks chart_nice_ticks(double min, double max, int max_ticks);

/* ---- category labels along a horizontal axis (pure) ---- */

typedef enum { LABEL_FLAT, LABEL_WRAPPED, LABEL_ROT45, LABEL_ROT90 } LabelMode;

typedef struct {
    double w, h;           /* one line, unwrapped */
    double wrap_w, wrap_h; /* wrapped to the slot width (as Pango reports) */
} LabelSize;

typedef struct {
    LabelMode mode;
    int step;              /* draw labels 0, step, 2*step, ... (1 = all) */
    double depth;          /* space needed below the axis */
} LabelPlan;

/* Choose how n category labels, one per slot of `slot` px, are drawn so
 * that no two collide, preferring in this order: flat, wrapped (at most
 * two lines), rotated 45 degrees, rotated 90, rotated 90 showing every
 * step-th label.  A rotated plan deeper than `max_depth` is not chosen
 * while a steeper one fits; `gap` is the least space between labels. */
LabelPlan chart_plan_labels(const LabelSize *sz, int n, double slot,
                            double gap, double max_depth);

/* The four corners of label i's ink box under plan p, in axis coordinates:
 * x along the axis (slot i spans [i*slot, (i+1)*slot)), y downwards from
 * the axis line.  Corners go round the box.  Labels skipped by p->step
 * still get their box (callers skip them). */
typedef struct { double x[4], y[4]; } ChartQuad;
ChartQuad chart_label_quad(const LabelPlan *p, const LabelSize *sz, int i,
                           double slot);

/* ---- rows of a horizontal chart (pure) ---- */

typedef struct {
    int cols;              /* side-by-side panels */
    int per_col;           /* rows in each panel (the last may hold fewer) */
    double row_h;          /* height of one row */
    double extra_h;        /* height to add to the chart when even max_cols
                              panels cannot hold the rows at min_row_h */
} RowPlan;

/* Lay out n rows in `avail_h` px: one panel when each row gets at least
 * `min_row_h`, else the fewest panels (up to max_cols) that do, else
 * max_cols panels and a taller chart.  Rows never get more than
 * `max_row_h`.  n == 0 gives one empty panel. */
RowPlan chart_plan_rows(int n, double avail_h, double min_row_h,
                        double max_row_h, int max_cols);

/* ---- chart definitions (charts/NAME.ini) ---- */

#define CHART_MAX_SERIES 12
#define CHART_KEY_MAX 64

typedef struct {
    char name[32];
    ChartColor color[8];   /* a series may list several colours */
    int n_colors;
} ChartSeries;

typedef struct {
    char path[512];                 /* for messages */
    char title_key[CHART_KEY_MAX];  /* catalogue keys */
    char subtitle_key[CHART_KEY_MAX];
    int width, height;              /* design pixels */
    ChartColor background, text, muted, grid;
    double font_title, font_subtitle, font_label, font_tick,
           font_legend, font_source, font_value;
    ChartSeries series[CHART_MAX_SERIES];
    int n_series;
} ChartDef;

/* Read `resources`/charts/`name`.ini.  Each of `series` (a NULL-terminated
 * list of names) must appear in its [series] section; any unknown
 * section or key, malformed number or colour, or missing required key is
 * noted in `d` as `charts/NAME.ini:LINE: message` naming the key, and
 * the result is ERR_CONFIG (ERR_NOINPUT when the file is missing). */
Err chart_def_load(ChartDef *def, const char *resources, const char *name,
                   const char *const *series, Diag *d);
/* The series named `name` (always present after a successful load). */
const ChartSeries *chart_def_series(const ChartDef *def, const char *name);

/* ---- drawing session ---- */

typedef struct {
    cairo_t *cr;
    PangoLayout *layout;            /* reused for every text */
    PangoFontDescription *font;
    const ChartDef *def;
} Chart;

typedef enum {
    ALIGN_LEFT = 0, ALIGN_CENTER = 1, ALIGN_RIGHT = 2,  /* horizontal */
    VALIGN_TOP = 0, VALIGN_MIDDLE = 4, VALIGN_BOTTOM = 8 /* vertical, or'ed */
} ChartAlign;

/* Initialise fontconfig and Pango's font list on the calling (main) thread.
 * Idempotent. */
void chart_fonts_init(void);

/* Start drawing on `cr` with fonts from `fm` (a per-thread font map; NULL:
 * Pango's default for this thread).  The chart owns a layout and a font
 * description, freed by chart_end(); cr and fm stay the caller's. */
void chart_begin(Chart *ch, cairo_t *cr, PangoFontMap *fm, const ChartDef *def);
void chart_end(Chart *ch);

/* Set the text and font (size in design px, bold or not) of the layout,
 * wrapped at `wrap_w` when > 0; returns its logical size. */
void chart_text_measure(Chart *ch, const char *text, double size, bool bold,
                        double wrap_w, double *w, double *h);
/* Draw text anchored at (x, y) by `align`; returns its height. */
double chart_text(Chart *ch, const char *text, double x, double y,
                  double size, bool bold, ChartColor c, int align,
                  double wrap_w);
/* The largest size, from `size` down to 60 % of it, at which `text`
 * wrapped at box_w (between words) fits a box_w x box_h box; *fits false
 * when none does (the smallest size is returned).  Issue 19: a long name
 * ("Federated States of Micronesia") wraps or shrinks before it is cut. */
double chart_fit_label(Chart *ch, const char *text, double size, double box_w,
                       double box_h, bool *fits);
/* Draw `text` at the size chart_fit_label() finds, wrapped at box_w and
 * anchored at (x, y) by `align`; only when nothing fits is it cut with an
 * ellipsis at the box's height. */
void chart_text_fit(Chart *ch, const char *text, double x, double y, double size,
                    ChartColor c, int align, double box_w, double box_h);
/* Draw text rotated by `deg` (clockwise) with its end at (x, y). */
void chart_text_rotated_end(Chart *ch, const char *text, double x, double y,
                            double size, double deg, ChartColor c);

void chart_fill_rect(Chart *ch, double x, double y, double w, double h,
                     ChartColor c);
/* A rectangle hatched with diagonal lines and outlined in c: a value
 * that is known to exist but not known (§3.7 "not reported"). */
void chart_hatch_rect(Chart *ch, double x, double y, double w, double h,
                      ChartColor c);
void chart_line(Chart *ch, double x0, double y0, double x1, double y1,
                double width, ChartColor c, bool dashed);
void chart_dot(Chart *ch, double x, double y, double r, ChartColor c);
void chart_diamond(Chart *ch, double x, double y, double r, ChartColor c);

/* The frame every chart shares: background, title, subtitle (may be NULL)
 * and the source line at the bottom.  Returns the y where the body starts;
 * *body_bottom gets where it ends. */
double chart_frame(Chart *ch, double width, double height, const char *title,
                   const char *subtitle, const char *source,
                   double *body_bottom);

/* A legend row at (x, y), right-aligned to x when `right` is set: a swatch
 * and a label per entry.  kind[i]: 0 box, 1 dot, 2 line, 3 dashed line,
 * 4 diamond, 5 hatched box.  Returns its height. */
double chart_legend(Chart *ch, double x, double y, bool right, int n,
                    const char *const *labels, const ChartColor *colors,
                    const int *kind);

/* A value axis on the left of the plot (x0..x1, y0 top .. y1 bottom) with
 * grid lines and tick labels; returns the width the labels took. */
typedef struct { double x0, y0, x1, y1; } ChartBox;
double chart_axis_y(Chart *ch, ChartBox plot, ChartTicks t, const char *suffix);
/* Map a value to y in the plot for ticks t. */
double chart_y_of(ChartBox plot, ChartTicks t, double v);
/* The same for a horizontal value axis (labels under the plot). */
void chart_axis_x(Chart *ch, ChartBox plot, ChartTicks t, const char *suffix);
double chart_x_of(ChartBox plot, ChartTicks t, double v);

/* Format a tick value with t.decimals, with the given suffix ("%"). */
void chart_tick_label(ChartTicks t, double v, const char *suffix, char *buf,
                      size_t n);

/* Category labels under the plot per plan p; slot i centred at
 * x0 + (i + 0.5) * slot. */
void chart_category_labels(Chart *ch, const LabelPlan *p,
                           const char *const *labels, int n, double x0,
                           double y, double slot, double size, ChartColor c);
/* Measure n labels for chart_plan_labels(). */
void chart_measure_labels(Chart *ch, const char *const *labels, int n,
                          double size, double slot, LabelSize *out);

/* ---- output ---- */

/* Write an ARGB32 image surface as PNG: RGB when every pixel is opaque,
 * else RGBA with the premultiplication undone.  zlib level 1, no row
 * filter, no time chunk: fast and byte-identical for identical pixels.
 * ERR_WRITE (noted in d) when the file cannot be written. */
Err chart_write_png(cairo_surface_t *s, const char *path, Diag *d);

/* The Adler-32 checksum (RFC 1950) of p[0..n) continued from `adler`
 * (1 to start): zlib's adler32(), summed 16 bytes at a time. */
uint32_t chart_adler32(uint32_t adler, const unsigned char *p, size_t n);

#endif
