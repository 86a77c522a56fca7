/* fonts.c -- the shared font caches, set up once and released at exit. */

#include "render/fonts.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

void fonts_init(void)
{
    FcInit();
}

/* Neither cairo_debug_reset_static_data() nor FcFini(): Pango 1.50 may
 * still hold a font face and a fontconfig cache then (its font loading
 * runs on a thread of its own), and both abort the process on it -- the
 * chart process of 5 builds in 420 of the hostile fixture died so
 * (SIGABRT in _cairo_hash_table_destroy and FcCacheFini), which is what
 * made e2e_browser and e2e_site fail now and then.  Their static caches
 * are left to the exit (still reachable, not leaked: e2e_valgrind). */
void fonts_release(void)
{
    pango_cairo_font_map_set_default(NULL);
}
