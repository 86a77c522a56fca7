/* render_html.h -- the static site (SPEC §4, §5; issue 5).
 *
 * render_html() writes, under ctx->outdir:
 *   index.html               the dashboard: a card per indicator, the
 *                            charts with alt text and data tables, the
 *                            country table, the as-of date and quarter;
 *   countries/ISO3.html      every country with any data;
 *   projects.html            every project started by the as-of date
 *                            (sortable/filterable by assets/site.js,
 *                            complete without it);
 *   projects/NAME.html       one per project, NAME = html_safe_filename();
 *   methodology.html         rules, settings, sources, exclusions;
 *   assets/site.css, site.js, favicon.svg copied from <resources>/templates/assets/.
 * Pages come from the ctemplate files in <resources>/templates/ (each with
 * the autoescape pragma, so every data value is escaped for its context);
 * every label from the catalogue (html.*, common.*, methodology.*).  Links
 * are relative, so the site works from file:// and any sub-path.  Charts
 * (charts/ PNG files) and briefs (briefs/ISO3.pdf) are written by their own
 * renderers; the pages only refer to them.
 *
 * Output bytes depend only on the inputs: no clock is read.  Returns
 * ERR_RENDER (with a message in ctx->diag) when a template fails, ERR_WRITE
 * when a file cannot be written.
 */
#ifndef CYBERDASH_RENDER_HTML_H
#define CYBERDASH_RENDER_HTML_H

#include "render/render.h"

Err render_html(const RenderCtx *ctx);

#endif
