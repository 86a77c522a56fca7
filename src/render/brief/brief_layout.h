/* brief_layout.h -- the briefs' fonts and their cache of laid-out texts.
 *
 * Shaping text with Pango is most of a brief's time.  A LayoutCache keeps
 * the texts laid out (the first page's for the whole build, a later
 * page's until layout_cache_trim()), keyed by (font, width, alignment,
 * bold lead, text): measuring a text and then drawing it shapes it once,
 * and a heading or label that every brief repeats is shaped once per
 * build.  Every page is recorded on the same kind of surface, so one Pango
 * context serves all pages.
 *
 * Fonts: Latin from DejaVu Sans; Japanese from IPA P Gothic, a TrueType
 * font that cairo subsets to a few kilobytes (Noto Sans CJK's CFF subsets
 * carry their subroutines: about 1 MB a brief, and most of the time
 * spent); then whatever sans-serif the machine has.
 *
 * Lifetimes and ownership: layout_cache_init() makes the font
 * descriptions; layout_cache_bind() takes the Pango context from the first
 * page's cairo context (no hinting, unrounded glyph positions: PDF is
 * vector) and later calls do nothing.  The cache owns the fonts, the
 * context and every layout, until layout_cache_release() frees all of
 * it.  The LaidText that layout_get() returns is valid until the next
 * layout_get() (the table grows), its layout until the release or a trim
 * that drops it.  The
 * text passed in is copied.
 *
 * Failure: none is reported; running out of memory aborts, as the arena
 * does.  Not thread-safe: one cache per thread (the briefs use one).
 */
#ifndef CYBERDASH_BRIEF_LAYOUT_H
#define CYBERDASH_BRIEF_LAYOUT_H

#include <stdbool.h>

#include <cairo.h>
#include <pango/pangocairo.h>

/* The brief's type sizes, all of the font families above. */
typedef enum {
    FONT_SMALL,     /* 7 pt: notes, sources, provenance */
    FONT_BODY,      /* 8 pt: table figures, sublines */
    FONT_BOLD,      /* bold 8 pt: results, assessment lines */
    FONT_COLHEAD,   /* bold 7 pt: column headings */
    FONT_HEAD,      /* bold 9.5 pt: section headings */
    FONT_STAGE,     /* bold 11 pt: stage words */
    FONT_TITLE,     /* bold 18 pt: the country's name */
    FONT_COUNT
} LayoutFont;

/* A text laid out: the layout to show, its height and the left and right
 * edges of its lines in points from the box's left (before 0 or past the
 * box width when a word is wider than the box: the caller reports that as
 * overflow, brief_page.h). */
typedef struct {
    PangoLayout *layout;
    double height;
    double left, right;
} LaidText;

typedef struct {
    PangoFontDescription *font[FONT_COUNT];
    PangoContext *pc;         /* NULL until layout_cache_bind() */
    LaidText *items;
    char **keys;              /* items[i]'s key, owned by `index` */
    int n, cap;
    GHashTable *index;        /* key (font, width, alignment, bold lead, text) -> item + 1 */
} LayoutCache;

void layout_cache_init(LayoutCache *c);
/* Take the Pango context from `cr` unless the cache has one already. */
void layout_cache_bind(LayoutCache *c, cairo_t *cr);
void layout_cache_release(LayoutCache *c);
/* Forget every text laid out after the first `mark` (c->n at some point):
 * a page's data texts once the page is recorded, so that the cache holds
 * the labels every page repeats, not every page's texts (memory would grow
 * with the countries).  Their LaidTexts are then invalid. */
void layout_cache_trim(LayoutCache *c, int mark);

/* `text` in `font`, wrapped at `width` Pango units between words (Pango's
 * line-breaking rules: between any two Japanese characters but never
 * inside a Latin word), aligned as `align`, as one paragraph: line
 * breaks and tabs are set as spaces.  `width` < 0: one line, unwrapped.
 * The whole text is always set, never ellipsized (SPEC §4: nothing cut
 * mid-word or hidden).  The cache must be bound. */
const LaidText *layout_get(LayoutCache *c, LayoutFont font, int width, PangoAlignment align,
                           const char *text);
/* The same with its first `lead` bytes in bold (a project's title at the
 * head of its row); layout_get() is this with `lead` 0. */
const LaidText *layout_get_lead(LayoutCache *c, LayoutFont font, int width,
                                PangoAlignment align, const char *text, int lead);
/* The width in points `text` needs on one line, and the least width it can
 * wrap to: its widest unbreakable piece (a word). */
double layout_natural_width(LayoutCache *c, LayoutFont font, const char *text);
double layout_min_width(LayoutCache *c, LayoutFont font, const char *text);

#endif
