/* fonts.c -- the shared font caches, set up once and released at exit. */

#include "render/fonts.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

void fonts_init(void)
{
    FcInit();
}

void fonts_release(void)
{
    pango_cairo_font_map_set_default(NULL);
    cairo_debug_reset_static_data();
    FcFini();
}
