/* brief_page.c -- drawing primitives of a brief page; see brief_page.h. */
#include "render/brief/brief_page.h"

#include <string.h>

/* Pango's units are 1/1024 pt: a text may measure this much over its box
 * from rounding alone. */
#define FIT_SLACK 0.01

PageStyle page_style(LayoutFont font, PageColor color)
{
    return (PageStyle){ .font = font, .color = color };
}

PageStyle page_right(LayoutFont font, PageColor color)
{
    return (PageStyle){ .font = font, .color = color, .right = true };
}

void page_overflow(Page *pg, double excess, const char *str)
{
    if (excess > FIT_SLACK && excess > pg->overflow) {
        pg->overflow = excess;
        pg->overflow_text = arena_strdup(pg->a, str);
    }
}

double page_text(Page *pg, double x, double y, double w, PageStyle s,
                 const char *str)
{
    return page_text_lead(pg, x, y, w, s, str, 0);
}

double page_text_lead(Page *pg, double x, double y, double w, PageStyle s, const char *str,
                      int lead)
{
    str = str ? str : "";
    PangoAlignment al = s.right ? PANGO_ALIGN_RIGHT : s.center ? PANGO_ALIGN_CENTER
                                                               : PANGO_ALIGN_LEFT;
    const LaidText *e = layout_get_lead(pg->cache, s.font, (int)(w * PANGO_SCALE), al, str,
                                        lead);
    page_overflow(pg, e->right - w, str);
    page_overflow(pg, -e->left, str);
    page_overflow(pg, y + e->height - PAGE_BOTTOM, str);
    if (!pg->dry) {
        cairo_set_source_rgb(pg->cr, s.color.r, s.color.g, s.color.b);
        cairo_move_to(pg->cr, x, y);
        pango_cairo_show_layout(pg->cr, e->layout);
    }
    return e->height;
}

void page_rect(Page *pg, double x, double y, double w, double h, PageColor c)
{
    if (pg->dry)
        return;
    cairo_set_source_rgb(pg->cr, c.r, c.g, c.b);
    cairo_rectangle(pg->cr, x, y, w, h);
    cairo_fill(pg->cr);
}

void page_rule(Page *pg, double x, double y, double w, double width, PageColor c)
{
    if (pg->dry)
        return;
    cairo_set_source_rgb(pg->cr, c.r, c.g, c.b);
    cairo_set_line_width(pg->cr, width);
    cairo_move_to(pg->cr, x, y);
    cairo_line_to(pg->cr, x + w, y);
    cairo_stroke(pg->cr);
}

double page_heading(Page *pg, double x, double y, double w, const char *s)
{
    double h = page_text(pg, x, y, w, page_style(FONT_HEAD, PAGE_ACCENT), s);
    page_rule(pg, x, y + h + 1.5, w, 0.6, PAGE_RULE);
    return h + 4.5;
}

double page_heading_aside(Page *pg, double x, double y, double w, const char *s,
                          PageStyle st, const char *aside)
{
    double hw = layout_natural_width(pg->cache, FONT_HEAD, s);
    double aw = layout_natural_width(pg->cache, st.font, aside);
    double h = page_heading(pg, x, y, w, s);
    if (hw + 12 + aw + 1 > w)
        return h + page_text(pg, x, y + h, w, st, aside) + 2;
    st.right = true;
    /* bottoms level: the aside's smaller type sits on the heading's line */
    double ah = layout_get(pg->cache, st.font, -1, PANGO_ALIGN_LEFT, aside)->height;
    page_text(pg, x + w - aw - 1, y + (h - 4.5) - ah, aw + 1, st, aside);
    return h;
}

/* The natural width of the widest space-separated piece of `s`. */
static double widest_piece(Page *pg, LayoutFont f, const char *s)
{
    double widest = 0;
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, " ");
        if (n) {
            double pw = layout_natural_width(pg->cache, f, arena_strndup(pg->a, p, n));
            widest = pw > widest ? pw : widest;
        }
        p += n;
        p += *p == ' ';
    }
    return widest;
}

void page_columns(Page *pg, const char *const *cells, const LayoutFont *fonts, int rows,
                  int cols, double w, int grow, double *out)
{
    double *nat = NEW(pg->a, double, (size_t)cols);
    double total_min = 0, total_lack = 0;
    for (int c = 0; c < cols; c++) {
        double mn = 0, nt = 0;
        for (int r = 0; r < rows; r++) {
            const char *s = cells[r * cols + c] ? cells[r * cols + c] : "";
            LayoutFont f = fonts[r * cols + c];
            /* a heading (row 0) may wrap, at its spaces only: "活動数" is
             * one word, not three lines of one character */
            double a = r ? layout_min_width(pg->cache, f, s) : widest_piece(pg, f, s);
            double b = r ? layout_natural_width(pg->cache, f, s) : a;
            mn = a > mn ? a : mn;
            nt = b > nt ? b : nt;
        }
        /* + 0.5: a box exactly as wide as its text may round to a hair
         * less in Pango units and wrap */
        out[c] = mn + PAGE_CELL_PAD + 0.5;
        nat[c] = (nt > mn ? nt : mn) + PAGE_CELL_PAD + 0.5;
        total_min += out[c];
        total_lack += nat[c] - out[c];
    }
    double left = w - total_min;
    if (left <= 0)
        return;   /* the widest words alone fill it: they will be reported */
    if (left >= total_lack) {
        for (int c = 0; c < cols; c++)
            out[c] = nat[c];
        out[grow] += left - total_lack;
        return;
    }
    for (int c = 0; c < cols; c++)
        out[c] += left * (nat[c] - out[c]) / total_lack;
}

double page_table_row(Page *pg, double x, double y, const double *widths,
                      LayoutFont font, const char *const *cells, int n)
{
    double h = 0;
    for (int i = 0; i < n; i++) {
        PageStyle s = i ? page_right(font, PAGE_INK) : page_style(font, PAGE_INK);
        /* a label keeps PAGE_CELL_PAD free on its right, a figure on its left */
        double ch = page_text(pg, i ? x + PAGE_CELL_PAD : x, y, widths[i] - PAGE_CELL_PAD, s,
                              cells[i]);
        h = ch > h ? ch : h;
        x += widths[i];
    }
    return h + 1.5;
}
