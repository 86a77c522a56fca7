/* brief_projects.h -- the projects table of a brief: what is left of the
 * page between the pillars chart and the footer.
 *
 * A heading with the number of the country's projects started by the
 * as-of date; then one row a project: first those with partners other
 * than the programme (what a donor meeting is about, SPEC §4), then the
 * rest, each group newest start first (then in file order).  A row is
 * one paragraph across the page: the title in bold, then its facts
 * (scheme, period, counterpart, partners); it wraps between words,
 * nothing is cut; every other row is shaded.  Rows are kept while they fit above `limit`; the projects that
 * do not fit in full are then listed under a line that says so, one a
 * line with its partners, so that no project and no partner is missing.
 *
 * brief_projects() draws it across the content width from the top y
 * given, never below `limit`, and returns the y where it ends.
 * brief_projects_height() is the height it takes with every row in full
 * or with `least` every project by id only, drawn nowhere.  Drawing past
 * `limit` counts as overflow (brief_page.h).  Neither can fail; their texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_PROJECTS_H
#define CYBERDASH_BRIEF_PROJECTS_H

#include "render/brief/brief_page.h"

double brief_projects(Page *pg, double y, double limit);
/* `room`: with every row in full, rows are laid out only while they fit
 * in it; a list taller than `room` is only known to be so (its height is
 * then more than room). */
double brief_projects_height(Page *pg, bool least, double room);

#endif
