/* fonts.h -- the font caches every renderer that draws text shares.
 *
 * Fontconfig, Pango and cairo keep caches for the life of the process.
 * fonts_init() reads the font configuration once, before the build forks
 * its chart process, so both processes start from it; fonts_release()
 * drops Pango's default font map at the end.  cairo's and fontconfig's
 * own caches stay until the exit: their debug resets abort when Pango
 * still holds a font (fonts.c).
 */
#ifndef CYBERDASH_FONTS_H
#define CYBERDASH_FONTS_H

void fonts_init(void);
void fonts_release(void);

#endif
