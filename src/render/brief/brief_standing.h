/* brief_standing.h -- the country's I1 standing (§3.2) with its context
 * (§3.8): the left column of a brief's middle band.
 *
 * A heading; the targeted pillars; a table of each targeted pillar's
 * baseline, latest and change in points; the result (mean change and
 * whether it improved under the build's rule, or why the country is not
 * assessable).  Then, across the page under the band (a sentence needs
 * half the lines there), the comparison with the group and, when it has
 * five countries or more, the region.
 *
 * brief_standing() draws the column (x, w) from the top y given and
 * brief_standing_context() the comparison in (x, w); each returns its
 * height (0 for a country without a comparison).  They cannot fail; their
 * texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_STANDING_H
#define CYBERDASH_BRIEF_STANDING_H

#include "render/brief/brief_page.h"

double brief_standing(Page *pg, double x, double y, double w);
double brief_standing_context(Page *pg, double x, double y, double w);

#endif
