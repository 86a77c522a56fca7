/* brief_frame.h -- the frame of a brief page: the header at the top and
 * the sources footer anchored to the bottom margin.
 *
 * Header: the programme and the kind of document, the country's name,
 * then region, ISO3, as-of date and fiscal quarter, over an accent rule.
 * Footer: a rule, the data sources (the GCI editions published by the
 * as-of date and the as-of date itself), the programme and the program's
 * version.  Both are a few lines of bounded height; the page measures the
 * footer first (Page.dry) to place it so it ends at PAGE_BOTTOM.
 *
 * Both draw at the top y given, across the content width.  The header
 * returns the y where it ends, the footer the height it took.  They cannot
 * fail; their texts are in the page's arena.
 */
#ifndef CYBERDASH_BRIEF_FRAME_H
#define CYBERDASH_BRIEF_FRAME_H

#include "render/brief/brief_page.h"

double brief_frame_header(Page *pg, double y);
double brief_frame_footer(Page *pg, double y);

#endif
