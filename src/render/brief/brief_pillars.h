/* brief_pillars.h -- the GCI section of a brief, across the page.
 *
 * The latest overall GCI score the country has in an edition published by
 * the as-of date, as published (rat_format_decimal: 0.643 stays 0.643) with
 * its edition's maximum and the tier when the edition gives one; a country
 * in no edition says so in words.  Then the pillars chart: each pillar's
 * score in percent of its edition's maximum, one bar an edition, for the
 * editions published by the as-of date that give this country pillar
 * scores (an edition with the overall score only, such as 2018, is left
 * out rather than drawn as a row of "n/a"); the targeted pillars are
 * shaded, each bar carries its whole percent above it.  Drawn here with
 * the page's primitives, so its texts are the page's size and measured
 * like every other text.
 *
 * brief_pillars() draws it at (x, y) in the width w, using at most
 * `height` (PILLARS_MIN_H unless the projects need the room; a country
 * without pillar scores needs only its lines), unless the page is measuring, and returns
 * the height it used.  It cannot fail.
 */
#ifndef CYBERDASH_BRIEF_PILLARS_H
#define CYBERDASH_BRIEF_PILLARS_H

#include "render/brief/brief_page.h"

#define PILLARS_MIN_H 130.0   /* heading, legend, bars at least 72 pt, labels */
#define PILLARS_MAX_H 250.0

double brief_pillars(Page *pg, double x, double y, double w, double height);

#endif
