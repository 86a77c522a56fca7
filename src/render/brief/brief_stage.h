/* brief_stage.h -- the development-stage section of a brief (§3.4, G).
 *
 * A heading; three boxes of one height, baseline -> current -> target,
 * each with its stage word and where it came from (the GCI tier or
 * overall percent of an edition, an assessment of a date, the country
 * table or a rule), each as wide as its text asks (at least a quarter of
 * the width); then whether the target is reached.  Texts wrap, never cut.
 *
 * brief_stage() draws it at the top y given, across the content width,
 * and returns its height.  It cannot fail; its texts are in the page's
 * arena.
 */
#ifndef CYBERDASH_BRIEF_STAGE_H
#define CYBERDASH_BRIEF_STAGE_H

#include "render/brief/brief_page.h"

double brief_stage(Page *pg, double y);

#endif
