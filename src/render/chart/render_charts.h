/* render_charts.h -- the dashboard's PNG charts (§4, issue 11).
 *
 * render_charts() writes into OUT/charts/: d2_cumulative.png,
 * i1_dumbbell.png, i1_context.png, stages.png, participants.png,
 * trend.png and country_ISO3.png for each cooperation country.  Each
 * chart's look comes from resources/charts/NAME.ini (chart.h), every
 * label from the catalogue's charts.* keys (i18n/<lang>/charts.ini).
 * Charts are drawn on all cores; the bytes do not depend on which.
 *
 * Returns ERR_CONFIG for a bad chart definition, ERR_WRITE when a file
 * cannot be written, ERR_RENDER for a cairo failure; each noted in
 * ctx->diag.  Calls chart_fonts_init() itself.
 */
#ifndef CYBERDASH_RENDER_CHARTS_H
#define CYBERDASH_RENDER_CHARTS_H

#include "render/render.h"

Err render_charts(const RenderCtx *ctx);

#endif
