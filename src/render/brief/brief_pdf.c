/* brief_pdf.c -- PDF files of recorded brief pages; see brief_pdf.h. */
#include "render/brief/brief_pdf.h"

#include <cairo-pdf.h>
#include <time.h>

#include "base/fsutil.h"
#include "render/brief/brief_page.h"

/* §5: the build's time (SOURCE_DATE_EPOCH, else the as-of date). */
static void creation_date(const RenderCtx *ctx, char buf[32])
{
    time_t t = settings_build_time(ctx->s, ctx->ind->as_of);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void set_metadata(const RenderCtx *ctx, cairo_surface_t *sf, const char *title)
{
    char date[32];
    creation_date(ctx, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_AUTHOR, ctx->s->programme);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR,
                                   "cyberdash " CYBERDASH_VERSION);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, date);
}

Err pdf_write(const RenderCtx *ctx, const char *rel, cairo_surface_t *const *pages, int n,
              const char *title)
{
    char path[4096];
    if (!fs_path_fmt(path, sizeof path, "%s/%s", ctx->outdir, rel)) {
        diag_error(ctx->diag, rel, 0, "output path too long");
        return ERR_WRITE;
    }
    cairo_surface_t *sf = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    cairo_status_t cs = cairo_surface_status(sf);
    if (cs == CAIRO_STATUS_SUCCESS) {
        cairo_pdf_surface_restrict_to_version(sf, CAIRO_PDF_VERSION_1_5);
        set_metadata(ctx, sf, title);
        cairo_t *cr = cairo_create(sf);
        for (int i = 0; i < n; i++) {
            cairo_set_source_surface(cr, pages[i], 0, 0);
            cairo_paint(cr);
            cairo_show_page(cr);
        }
        cs = cairo_status(cr);
        cairo_destroy(cr);
        cairo_surface_finish(sf);
        if (cs == CAIRO_STATUS_SUCCESS)
            cs = cairo_surface_status(sf);
    }
    cairo_surface_destroy(sf);
    if (cs == CAIRO_STATUS_SUCCESS)
        return ERR_OK;
    diag_error(ctx->diag, rel, 0, "cannot write brief: %s", cairo_status_to_string(cs));
    return cs == CAIRO_STATUS_WRITE_ERROR || cs == CAIRO_STATUS_FILE_NOT_FOUND ? ERR_WRITE
                                                                               : ERR_RENDER;
}
