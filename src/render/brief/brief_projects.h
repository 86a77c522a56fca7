/* brief_projects.h -- the projects table of a brief: what is left of the
 * page between the pillars chart and the footer.
 *
 * A heading with the number of the country's projects started by the
 * as-of date; then one row a project, newest start first (then by id):
 * title, scheme, period (as reported, else as dates), counterpart and
 * partners, each cell ellipsized after two lines, every other row shaded.
 * Rows are added while they fit above `limit`; the rest are counted in a
 * "+N more" line, which the last row that fits leaves room for.
 *
 * brief_projects() draws it across the content width from the top y
 * given, never below `limit`, and returns the y where it ends.  It cannot
 * fail; its texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_PROJECTS_H
#define CYBERDASH_BRIEF_PROJECTS_H

#include "render/brief/brief_page.h"

double brief_projects(Page *pg, double y, double limit);

#endif
