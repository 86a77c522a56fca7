/* brief_pillars.c -- the GCI pillars chart; see brief_pillars.h. */
#include "render/brief/brief_pillars.h"

#include "render/chart/chart_views.h"

double brief_pillars(Page *pg, const ChartPrep *prep, double x, double y, double w)
{
    if (!pg->dry) {
        cairo_save(pg->cr);
        cairo_translate(pg->cr, x, y);
        Err err = chart_view_country_box(pg->cr, prep, pg->country, w, PILLARS_H,
                                         pg->ctx->diag);
        cairo_restore(pg->cr);
        if (err && !pg->err)
            pg->err = err;
    }
    return PILLARS_H;
}
