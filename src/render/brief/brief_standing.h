/* brief_standing.h -- the country's I1 standing (§3.2) with its context
 * (§3.8): the left column of a brief's middle band.
 *
 * A heading; the targeted pillars; a table of each targeted pillar's
 * baseline, latest and change in points; the result (mean change and
 * whether it improved under the build's rule, or why the country is not
 * assessable); then the comparison with the group and, when it has five
 * countries or more, the region.  Its height is bounded: five pillars at
 * most and a line limit on every text.
 *
 * brief_standing() draws it in the column (x, w) from the top y given and
 * returns its height.  It cannot fail; its texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_STANDING_H
#define CYBERDASH_BRIEF_STANDING_H

#include "render/brief/brief_page.h"

double brief_standing(Page *pg, double x, double y, double w);

#endif
