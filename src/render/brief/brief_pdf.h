/* brief_pdf.h -- PDF files of recorded brief pages.
 *
 * pdf_write() writes `pages[0..n)` (cairo recording surfaces of one A4
 * page each, borrowed) as the pages of `rel`, a path under ctx->outdir,
 * restricted to PDF 1.5, with its title, the programme as author, the
 * program as creator and, for reproducible bytes (§5), the build's time
 * (SOURCE_DATE_EPOCH, else the as-of date: settings_build_time()) as its
 * creation and modification dates.
 *
 * Returns ERR_WRITE when the path is too long or the file cannot be
 * written, ERR_RENDER on any other cairo failure, each noted in ctx->diag
 * under `rel`.  A file left half-written is the caller's to remove (the
 * build's publish_abort()).
 */
#ifndef CYBERDASH_BRIEF_PDF_H
#define CYBERDASH_BRIEF_PDF_H

#include <cairo.h>

#include "base/err.h"
#include "render/render.h"

Err pdf_write(const RenderCtx *ctx, const char *rel, cairo_surface_t *const *pages, int n,
              const char *title);

#endif
