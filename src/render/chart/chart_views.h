/* chart_views.h -- the dashboard's charts (§4), drawn from prepared texts.
 *
 * Used by render_charts.c (the PNG files) and the briefs (the country
 * chart on each page).  The views read only a ChartPrep (chart_prep.h),
 * the model and the indicators, all read-only, and can run on any thread.
 *
 * Each view draws in design pixels (def->width x height) and returns the
 * height it needs: more than `height` when its rows did not fit, and the
 * caller draws it again on a taller surface.
 */
#ifndef CYBERDASH_CHART_VIEWS_H
#define CYBERDASH_CHART_VIEWS_H

#include "render/chart/chart.h"
#include "render/chart/chart_prep.h"

/* Draw one view on ch (begun with p->defs[kind]) in a width x height box.
 * `country` is a model country index for VIEW_COUNTRY, a model scenario
 * index for VIEW_SCENARIO (an indicator with a result).  Returns the
 * height the view needs. */
double chart_view_draw(Chart *ch, const ChartPrep *p, ViewKind kind,
                       int country, double width, double height);

/* The country chart (five GCI pillars across editions, targeted pillars
 * marked) scaled into the box (0,0)-(w,h) of any cairo context, e.g. a
 * PDF page translated to the spot; fonts from Pango's default map of the
 * calling thread.  `prep` holds VIEW_COUNTRY.  ERR_RENDER, noted in `d`,
 * when cairo fails. */
Err chart_view_country_box(cairo_t *cr, const ChartPrep *prep, int country,
                           double w, double h, Diag *d);

#endif
