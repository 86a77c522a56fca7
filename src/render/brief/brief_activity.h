/* brief_activity.h -- what the country's cooperation did: the right
 * column of a brief's middle band.
 *
 * Participation by fiscal year (participants, women with their share,
 * activities): the newest ACTIVITY_MAX_FY_ROWS years, with a line that
 * counts the earlier ones; then the ACTIVITY_MAX_ASSESSMENTS newest
 * assessments known on the as-of date (newest first; of two on one date
 * the later row first, §3.7), each with its date and kind, its rating,
 * assessed stage, pillar and project; the newest with its whole summary,
 * the others with a line saying their summary is on the country page
 * (the page has no room for three whole summaries).  Either part says
 * so when there is nothing to show.  Its height is bounded by those
 * counts; its texts wrap, never cut (what runs off is reported).
 *
 * brief_activity() draws it in the column (x, w) from the top y given and
 * returns its height.  It cannot fail; its texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_ACTIVITY_H
#define CYBERDASH_BRIEF_ACTIVITY_H

#include "render/brief/brief_page.h"

#define ACTIVITY_MAX_FY_ROWS 6
#define ACTIVITY_MAX_ASSESSMENTS 3

double brief_activity(Page *pg, double x, double y, double w);

#endif
