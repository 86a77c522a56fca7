/* render_xlsx.c -- the workbook (SPEC §4, issue 7): document properties
 * and the order of the sheets.  The sheets are in xlsx_summary.c,
 * xlsx_ind.c and xlsx_tables.c; what they share in xlsx_book.c. */
#include "render/xlsx/render_xlsx.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fsutil.h"
#include "render/xlsx/xlsx_book.h"
#include "render/xlsx/xlsx_sheets.h"

/* ---- document properties ---- */

static void set_properties(Xlsx *x, const char *quarter)
{
    const Settings *s = x->ctx->s;
    char date[11];
    date_format(x->ind->as_of, date);
    char *title = catalog_format(x->ctx->cat, "xlsx.doc_title", "programme",
                                 s->programme, "quarter", quarter, NULL);
    char *subject = catalog_format(x->ctx->cat, "xlsx.doc_subject",
                                   "date", date, NULL);
    /* §4: the fingerprint of the data and settings behind the figures */
    char *comments = catalog_format(x->ctx->cat, "xlsx.doc_comments", "fingerprint",
                                    x->ctx->inputs->overall, NULL);
    char keywords[FP_HEX + 8];
    snprintf(keywords, sizeof keywords, "sha256:%s", x->ctx->inputs->overall);
    lxw_doc_properties props = {
        .title = title,
        .subject = subject,
        .author = (char *)xl(x, "xlsx.doc_author"),
        .company = (char *)s->programme,
        .keywords = keywords,
        .comments = comments,
        .created = settings_build_time(s, x->ind->as_of),
    };
    workbook_set_properties(x->book.wb, &props);  /* copies the strings */
    free(title);
    free(subject);
    free(comments);
}

static Err (*const sheets[])(Xlsx *) = {
    xlsx_summary, xlsx_i1, xlsx_i2, xlsx_d1, xlsx_d2, xlsx_g, xlsx_context,
    xlsx_countries, xlsx_projects, xlsx_scenarios, xlsx_participation, xlsx_participation_records,
    xlsx_gci, xlsx_assessments, xlsx_changes, xlsx_trend,
};

static Err write_sheets(Xlsx *x)
{
    Err err = ERR_OK;
    for (size_t i = 0; i < sizeof sheets / sizeof sheets[0] && !err; i++)
        err = sheets[i](x);
    return err;
}

static Err close_workbook(Xlsx *x, const char *path, Err err)
{
    lxw_error le = workbook_close(x->book.wb);   /* frees, on any path */
    if (!err && le != LXW_NO_ERROR) {
        diag_error(x->ctx->diag, path, 0, "cannot write the workbook: %s",
                   lxw_strerror(le));
        err = le == LXW_ERROR_CREATING_XLSX_FILE ? ERR_WRITE : ERR_RENDER;
    }
    if (err)
        remove(path);
    return err;
}

Err render_xlsx(const RenderCtx *ctx)
{
    char path[4096];
    const Indicators *ind = ctx->ind;
    if (!fs_path_fmt(path, sizeof path, "%s/cyberdash-FY%d-Q%d.xlsx",
                  ctx->outdir, ind->fiscal_year, ind->quarter)) {
        diag_error(ctx->diag, ctx->outdir, 0, "output path too long");
        return ERR_WRITE;
    }
    /* constant_memory: rows go to a temporary file as they are written
     * (100,000-row sheets stay fast and small in memory); its temporary
     * files go in the build folder, which we know we may write. */
    lxw_workbook_options opt = { .constant_memory = LXW_TRUE,
                                 .tmpdir = (char *)ctx->outdir };
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    if (!wb) {
        diag_error(ctx->diag, path, 0, "cannot create the workbook");
        return ERR_WRITE;
    }
    Xlsx x = { .ctx = ctx, .m = ctx->m, .ind = ind, .cat = ctx->cat };
    xbook_init(&x.book, wb, ctx->diag);
    char quarter[64];
    catalog_quarter(ctx->cat, ind->fiscal_year, ind->quarter, quarter,
                    sizeof quarter);
    set_properties(&x, quarter);
    Err err = write_sheets(&x);
    err = close_workbook(&x, path, err);
    xbook_release(&x.book);
    arena_release(&x.scratch);
    return err;
}
