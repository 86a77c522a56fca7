/* fonts.h -- the font caches every renderer that draws text shares.
 *
 * Fontconfig, Pango and cairo keep caches for the life of the process.
 * fonts_init() reads the font configuration once, before the build forks
 * its chart process, so both processes start from it; fonts_release()
 * frees the caches at the end so that leak checkers see a clean exit
 * (dependency-notes §8).  Call it only when no drawing is under way and
 * none failed: cairo's debug reset aborts on fonts still held.
 */
#ifndef CYBERDASH_FONTS_H
#define CYBERDASH_FONTS_H

void fonts_init(void);
void fonts_release(void);

#endif
