/* brief_page.c -- drawing primitives of a brief page; see brief_page.h. */
#include "render/brief/brief_page.h"

PageStyle page_style(LayoutFont font, PageColor color, int lines)
{
    return (PageStyle){ .font = font, .color = color, .lines = lines };
}

PageStyle page_right(LayoutFont font, PageColor color)
{
    return (PageStyle){ .font = font, .color = color, .lines = 1, .right = true };
}

double page_text(Page *pg, double x, double y, double w, PageStyle s,
                 const char *str)
{
    const LaidText *e = layout_get(pg->cache, s.font, (int)(w * PANGO_SCALE), s.lines,
                                   s.right, str ? str : "");
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
    double h = page_text(pg, x, y, w, page_style(FONT_HEAD, PAGE_ACCENT, 1), s);
    page_rule(pg, x, y + h + 1.5, w, 0.6, PAGE_RULE);
    return h + 4.5;
}

double page_table_row(Page *pg, double x, double y, double w, double first,
                      LayoutFont font, const char *const *cells, int n)
{
    int lines = font == FONT_COLHEAD ? 2 : 1;
    double c0 = w * first, cw = (w - c0) / (n - 1), h = 0;
    for (int i = 0; i < n; i++) {
        PageStyle s = i ? page_right(font, PAGE_INK) : page_style(font, PAGE_INK, 2);
        s.lines = i ? lines : 2;
        double ch = i ? page_text(pg, x + c0 + (i - 1) * cw + 3, y, cw - 3, s, cells[i])
                      : page_text(pg, x, y, c0 - 4, s, cells[i]);
        h = ch > h ? ch : h;
    }
    return h + 1.5;
}
