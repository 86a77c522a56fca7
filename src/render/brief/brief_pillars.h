/* brief_pillars.h -- the GCI pillars chart of a brief, across the page.
 *
 * The charts module's country chart (five GCI pillars across editions,
 * targeted pillars marked; it draws its own title and legend) scaled into
 * a box PILLARS_H high.  `prep` is the build's ChartPrep holding
 * VIEW_COUNTRY (chart_prep.h), borrowed.
 *
 * brief_pillars() draws it at (x, y) in the width w, unless the page is
 * measuring, and returns PILLARS_H.  A chart failure (ERR_RENDER, noted
 * in the Diag by the charts module) is kept in pg->err if it is the
 * page's first.
 */
#ifndef CYBERDASH_BRIEF_PILLARS_H
#define CYBERDASH_BRIEF_PILLARS_H

#include "render/brief/brief_page.h"
#include "render/chart/chart_prep.h"

#define PILLARS_H 140.0   /* across the page: labels about 8 pt */

double brief_pillars(Page *pg, const ChartPrep *prep, double x, double y, double w);

#endif
