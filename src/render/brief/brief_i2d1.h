/* brief_i2d1.h -- the country's I2 result and its projects' D1 results
 * (§3.9, §3.10, §4 "I2 and D1" on the brief): two short lines across the
 * page under the middle band.
 *
 * "I2: not rated (3 assessments; newest: May 2024, CMM review)" and
 * "D1 of its projects: 1 improved, 2 no local scenario".  They wrap,
 * never cut.  brief_i2d1() draws
 * them in the column (x, w) from y and returns their height; it cannot
 * fail; texts are in the page's arena. */
#ifndef CYBERDASH_BRIEF_I2D1_H
#define CYBERDASH_BRIEF_I2D1_H

#include "render/brief/brief_page.h"

double brief_i2d1(Page *pg, double x, double y, double w);

#endif
