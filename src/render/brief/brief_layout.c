/* brief_layout.c -- the briefs' fonts and layout cache; see brief_layout.h. */
#include "render/brief/brief_layout.h"

#include <stdlib.h>
#include <string.h>

#define FAMILIES "DejaVu Sans, IPAPGothic, Noto Sans CJK JP, sans-serif"
static const char *const font_specs[FONT_COUNT] = {
    FAMILIES " 7", FAMILIES " 8", FAMILIES " Bold 8", FAMILIES " Bold 7",
    FAMILIES " Bold 9.5", FAMILIES " Bold 11", FAMILIES " Bold 18",
};

void layout_cache_init(LayoutCache *c)
{
    *c = (LayoutCache){ .index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL) };
    for (int i = 0; i < FONT_COUNT; i++)
        c->font[i] = pango_font_description_from_string(font_specs[i]);
}

void layout_cache_bind(LayoutCache *c, cairo_t *cr)
{
    if (c->pc)
        return;
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoContext *pc = pango_layout_get_context(l);
    /* PDF is vector: exact positions and metrics, no hinting, whatever
     * surface the page is recorded on */
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(pc, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(pc, FALSE);
    pango_layout_context_changed(l);
    c->pc = g_object_ref(pc);
    g_object_unref(l);
}

void layout_cache_release(LayoutCache *c)
{
    for (int i = 0; i < c->n; i++)
        g_object_unref(c->items[i].layout);
    free(c->items);
    free(c->keys);
    if (c->index)
        g_hash_table_destroy(c->index);
    if (c->pc)
        g_object_unref(c->pc);
    for (int i = 0; i < FONT_COUNT; i++)
        if (c->font[i])
            pango_font_description_free(c->font[i]);
    *c = (LayoutCache){ 0 };
}

/* Data text may hold line breaks or tabs; a brief sets them as spaces (a
 * table cell is one paragraph).  The whole text, never cut: NULL when `s`
 * has none of them. */
static char *flatten(const char *s)
{
    if (!strpbrk(s, "\r\n\t"))
        return NULL;
    char *flat = g_strdup(s);
    for (char *p = flat; *p; p++)
        if (*p == '\r' || *p == '\n' || *p == '\t')
            *p = ' ';
    return flat;
}

const LaidText *layout_get(LayoutCache *c, LayoutFont font, int width, PangoAlignment align,
                           const char *text)
{
    return layout_get_lead(c, font, width, align, text, 0);
}

const LaidText *layout_get_lead(LayoutCache *c, LayoutFont font, int width,
                                PangoAlignment align, const char *text, int lead)
{
    char *flat = flatten(text);
    const char *str = flat ? flat : text;
    char *key = g_strdup_printf("%d/%d/%d/%d/%s", (int)font, width, (int)align, lead, str);
    gpointer found = g_hash_table_lookup(c->index, key);
    if (found) {
        g_free(key);
        g_free(flat);
        return &c->items[GPOINTER_TO_INT(found) - 1];
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 128;
        c->items = realloc(c->items, sizeof *c->items * (size_t)c->cap);
        c->keys = realloc(c->keys, sizeof *c->keys * (size_t)c->cap);
        if (!c->items || !c->keys)
            abort();
    }
    PangoLayout *l = pango_layout_new(c->pc);
    pango_layout_set_font_description(l, c->font[font]);
    pango_layout_set_width(l, width < 0 ? -1 : width);
    /* words only: a word wider than its box sticks out and is reported,
     * rather than broken into "FY201 / 6" */
    pango_layout_set_wrap(l, PANGO_WRAP_WORD);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_NONE);
    pango_layout_set_alignment(l, align);
    pango_layout_set_text(l, str, -1);
    if (lead > 0) {
        PangoAttrList *attrs = pango_attr_list_new();
        PangoAttribute *bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
        bold->start_index = 0;
        bold->end_index = (guint)lead;
        pango_attr_list_insert(attrs, bold);   /* owns bold */
        pango_layout_set_attributes(l, attrs);
        pango_attr_list_unref(attrs);
    }
    g_free(flat);
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    LaidText *e = &c->items[c->n++];
    *e = (LaidText){ .layout = l, .height = (double)logical.height / PANGO_SCALE,
                     .left = (double)logical.x / PANGO_SCALE,
                     .right = (double)(logical.x + logical.width) / PANGO_SCALE };
    c->keys[c->n - 1] = key;
    g_hash_table_insert(c->index, key, GINT_TO_POINTER(c->n));   /* owns key */
    return e;
}

void layout_cache_trim(LayoutCache *c, int mark)
{
    for (int i = mark; i < c->n; i++) {
        g_object_unref(c->items[i].layout);
        g_hash_table_remove(c->index, c->keys[i]);   /* frees the key */
    }
    if (mark < c->n)
        c->n = mark;
}

double layout_natural_width(LayoutCache *c, LayoutFont font, const char *text)
{
    return layout_get(c, font, -1, PANGO_ALIGN_LEFT, text)->right;
}

double layout_min_width(LayoutCache *c, LayoutFont font, const char *text)
{
    /* wrapped at every break opportunity, its widest line is its widest word */
    return layout_get(c, font, 1, PANGO_ALIGN_LEFT, text)->right;
}
