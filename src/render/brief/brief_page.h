/* brief_page.h -- one brief page being drawn: its geometry, colours and
 * the drawing primitives every section uses.
 *
 * Geometry, in PDF points: an A4 page with a margin all round; sections are laid out top-down in the content width, GAP apart,
 * two columns COL_GAP apart.  Nothing may be drawn below PAGE_BOTTOM.
 *
 * A section draws at a given top y and returns the height it took.  With
 * `Page.dry` set every primitive only measures: texts are laid out (and
 * cached, so drawing them next costs nothing) and report their height,
 * nothing reaches the page.  A section that must know its height before
 * drawing (a shaded box, a table row that may not fit) sets `dry`, calls
 * itself, and restores it.
 *
 * Overflow (SPEC §4: nothing cut or hidden): texts wrap between words and
 * are never ellipsized, so a text can only go wrong by running past its
 * box: a word wider than its column, or a line below PAGE_BOTTOM.
 * page_text() measures both, drawn or not, and keeps the largest excess
 * in `overflow` (points, 0 when everything fits) with the text that made
 * it; render_brief reports it (render_brief.h).
 *
 * Ownership and lifetimes: a Page lives for one page, on the stack of the
 * code that records it; it borrows everything it points to.  `a` holds the
 * texts the page assembles (brief_words.h), freed once the page is
 * recorded: texts are kept whole, never cut to a buffer.  Texts handed to
 * page_text() may be freed as soon as it returns (the layout cache copies
 * them).
 *
 * Failure: the primitives cannot fail (cairo keeps its first error in the
 * surface, which the caller checks once the page is recorded); a section
 * that can fail otherwise keeps its first error in `err`.
 */
#ifndef CYBERDASH_BRIEF_PAGE_H
#define CYBERDASH_BRIEF_PAGE_H

#include <stdbool.h>

#include <cairo.h>

#include "base/arena.h"
#include "base/err.h"
#include "render/brief/brief_layout.h"
#include "render/render.h"

#define PAGE_W 595.276        /* A4 */
#define PAGE_H 841.89
#define PAGE_MARGIN 36.0
#define PAGE_CONTENT_W (PAGE_W - 2 * PAGE_MARGIN)
#define PAGE_BOTTOM (PAGE_H - PAGE_MARGIN)
#define PAGE_GAP 10.0
#define PAGE_COL_GAP 14.0
#define PAGE_CELL_PAD 5.0     /* between two columns of a table */

/* Okabe-Ito colours (colour-blind safe, §4) and greys. */
typedef struct { double r, g, b; } PageColor;
#define PAGE_INK ((PageColor){ 0.13, 0.13, 0.13 })
#define PAGE_MUTED ((PageColor){ 0.40, 0.40, 0.40 })
#define PAGE_ACCENT ((PageColor){ 0.0, 0.447, 0.698 })
#define PAGE_GOOD ((PageColor){ 0.0, 0.55, 0.40 })
#define PAGE_BAD ((PageColor){ 0.835, 0.369, 0.0 })
#define PAGE_RULE ((PageColor){ 0.78, 0.80, 0.83 })
#define PAGE_BAND ((PageColor){ 0.94, 0.95, 0.97 })

typedef struct {
    const RenderCtx *ctx;
    cairo_t *cr;
    LayoutCache *cache;       /* bound to the page's context */
    Arena *a;                 /* the page's texts, freed after the page */
    bool dry;                 /* measure only */
    int country;              /* model index */
    const I1Country *i1;
    const GCountry *g;
    Err err;                  /* first failure of a section */
    double overflow;          /* largest excess past a box or the page, pt */
    const char *overflow_text;   /* the text of that excess, in `a` */
} Page;

/* How one piece of text is set: font, colour, right alignment for
 * figures or centred under a bar.  Every text wraps to its box between
 * words. */
typedef struct {
    LayoutFont font;
    PageColor color;
    bool right, center;
} PageStyle;

PageStyle page_style(LayoutFont font, PageColor color);
/* Right-aligned. */
PageStyle page_right(LayoutFont font, PageColor color);

/* Lay `str` out in a box `w` wide at (x, y) (NULL: ""); draw it unless
 * measuring.  Returns its height. */
double page_text(Page *pg, double x, double y, double w, PageStyle s,
                 const char *str);
/* Note that `str` runs `excess` points past its box (nothing when <= 0):
 * for a section that knows its own bound. */
void page_overflow(Page *pg, double excess, const char *str);
/* The same as page_text() with the first `lead` bytes of `str` in bold. */
double page_text_lead(Page *pg, double x, double y, double w, PageStyle s, const char *str,
                      int lead);
void page_rect(Page *pg, double x, double y, double w, double h, PageColor c);
/* A horizontal rule `w` long, `width` thick. */
void page_rule(Page *pg, double x, double y, double w, double width, PageColor c);
/* A section heading with a thin rule under it; returns its height. */
double page_heading(Page *pg, double x, double y, double w, const char *s);
/* The same with `aside` (a result, in style `st`) at the right of the
 * heading's line when both fit on it, else on a line of its own under the
 * rule; returns the height of both. */
double page_heading_aside(Page *pg, double x, double y, double w, const char *s,
                          PageStyle st, const char *aside);
/* Column widths for a table of `rows` x `cols` texts (row-major `cells`,
 * each set in fonts[row * cols + col]; row 0 the headings) in the width
 * `w`, into `out`: each column gets at least its widest word, then what is
 * left goes to the columns whose texts (not headings: they may wrap) would
 * otherwise wrap, in proportion to what they lack, and any rest to column
 * `grow`.  So a short label ("FY2016") never
 * wraps and a long one wraps only between words.  Each width includes
 * PAGE_CELL_PAD. */
void page_columns(Page *pg, const char *const *cells, const LayoutFont *fonts, int rows,
                  int cols, double w, int grow, double *out);
/* A row of a figures table in the column widths `widths` (page_columns):
 * a left-aligned label, then right-aligned figures, all in `font`.
 * Returns its height. */
double page_table_row(Page *pg, double x, double y, const double *widths,
                      LayoutFont font, const char *const *cells, int n);

#endif
